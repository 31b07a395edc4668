package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nmirf/nmirf/internal/datagen"
	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

func TestParseProblems(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		lim       schema.Limits
		wants     []schematest.Want
	}{
		{"valid", `{"a": [1, 2.5, -0, 1e-400, "x", true, null, {}]}`, schema.Limits{}, nil},
		{"largest float", `[1.7976931348623157e308, 1.7976931348623158e308, -1.7976931348623157e308]`, schema.Limits{}, nil},
		{"numbers too large", `{"a": [1e400, 2, -1e999, 1.7976931348623159e308]}`, schema.Limits{},
			[]schematest.Want{want("/a/0", schema.CodeNumberRange), want("/a/2", schema.CodeNumberRange), want("/a/3", schema.CodeNumberRange)}},
		{"huge exponent", `{"value": 1e999999999999}`, schema.Limits{}, []schematest.Want{want("/value", schema.CodeNumberRange)}},
		{"long number", `[` + strings.Repeat("1", 5000) + `]`, schema.Limits{}, []schematest.Want{want("/0", schema.CodeNumberRange)}},
		{"long fraction", `[0.` + strings.Repeat("1", 5000) + `]`, schema.Limits{}, nil},
		{"duplicate keys", `{"a": 1, "b": {"c": 1, "c": 2}, "a": 3}`, schema.Limits{},
			[]schematest.Want{want("/a", schema.CodeDuplicateKey), want("/b/c", schema.CodeDuplicateKey)}},
		{"duplicate keys in a large object", bigObject(40, 37), schema.Limits{}, []schematest.Want{want("/k3", schema.CodeDuplicateKey)}},
		{"escaped duplicate", `{"en": 1, "\u0065n": 2}`, schema.Limits{}, []schematest.Want{want("/en", schema.CodeDuplicateKey)}},
		{"invalid UTF-8 in a key", "{\"a\xff\": 1}", schema.Limits{}, []schematest.Want{want("", schema.CodeInvalidUTF8)}},
		{"lone surrogate", `["\udc00"]`, schema.Limits{}, []schematest.Want{want("/0", schema.CodeInvalidUTF8)}},
		{"surrogate pair", `["\ud83d\ude00"]`, schema.Limits{}, nil},
		{"trailing data", `{} {}`, schema.Limits{}, []schematest.Want{want("", schema.CodeTrailingData)}},
		{"too large", `[1, 2, 3]`, schema.Limits{MaxBytes: 5}, []schematest.Want{want("", schema.CodeTooLarge)}},
		{"too deep", `[[[[1]]]]`, schema.Limits{MaxDepth: 3}, []schematest.Want{want("/0/0/0", schema.CodeTooDeep)}},
		{"deep enough", `[[[1]]]`, schema.Limits{MaxDepth: 3}, nil},
		{"byte order mark", "\xef\xbb\xbf{}", schema.Limits{}, []schematest.Want{want("", schema.CodeSyntax)}},
		{"empty", " \n", schema.Limits{}, []schematest.Want{want("", schema.CodeSyntax)}},
		{"leading zero", `[01]`, schema.Limits{}, []schematest.Want{want("", schema.CodeSyntax)}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, ps := schema.Parse([]byte(c.doc), c.lim)
			if got := schematest.Wants(ps); !slices.Equal(got, append([]schematest.Want{}, c.wants...)) {
				t.Errorf("Parse: got %v, want %v", ps, c.wants)
			}
			if got := schema.CheckSyntax([]byte(c.doc), c.lim); !slices.EqualFunc(got, ps, schema.Problem.Equal) {
				t.Errorf("CheckSyntax reported %v, Parse %v", got, ps)
			}
		})
	}
}

func want(pointer, code string) schematest.Want {
	return schematest.Want{Pointer: pointer, Code: code}
}

// bigObject writes an object of n keys "k0"... in which key dup appears
// again as key 3.
func bigObject(n, dup int) string {
	var b strings.Builder
	b.WriteByte('{')
	for i := range n {
		key := i
		if i == dup {
			key = 3
		}
		fmt.Fprintf(&b, "%q: %d,", fmt.Sprintf("k%d", key), i)
	}
	b.WriteString(`"last": 0}`)
	return b.String()
}

// TestParseMatchesEncodingJSON parses documents that encoding/json also
// reads (with UseNumber) and compares the values, strings shared between
// equal values included.
func TestParseMatchesEncodingJSON(t *testing.T) {
	docs := [][]byte{[]byte(`{"a": [1, 2.50, -0, "x\u00e9\ud83d\ude00", true, null, {"b": {}}], "c": []}`)}
	for _, c := range loadCorpus(t) {
		if c.Valid {
			docs = append(docs, c.Data)
		}
	}
	data, err := tracking.Encode(datagen.Dataset(30))
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, data)
	var many strings.Builder // more distinct short strings than the parser shares
	many.WriteByte('[')
	for i := range 6000 {
		fmt.Fprintf(&many, `{"k%d": "v%d"},`, i%5000, i)
	}
	many.WriteString(`"end"]`)
	docs = append(docs, []byte(many.String()))
	for i, doc := range docs {
		got, ps := schema.Parse(doc, schema.Limits{})
		if len(ps) > 0 {
			t.Fatalf("document %d: %v", i, ps)
		}
		dec := json.NewDecoder(bytes.NewReader(doc))
		dec.UseNumber()
		var want any
		if err := dec.Decode(&want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("document %d: Parse and encoding/json differ", i)
		}
	}
}

// FuzzParse checks that Parse never panics, agrees with CheckSyntax, reads
// what encoding/json reads, and rejects what encoding/json accepts only for
// the reasons it is stricter: duplicate keys, invalid UTF-8, numbers out of
// the float64 range.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`{}`, `[]`, `{"a": [1, "b", null, true, 1.5e3]}`, `{"a": 1, "a": 2}`, "\"\xff\"", `"\ud800"`, `[1e400]`, `{"a"`, `[1] 2`} {
		f.Add([]byte(s))
	}
	for _, c := range loadCorpusForFuzz(f) {
		f.Add(c.Data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, ps := schema.Parse(data, schema.Limits{})
		if got := schema.CheckSyntax(data, schema.Limits{}); !slices.EqualFunc(got, ps, schema.Problem.Equal) {
			t.Fatalf("CheckSyntax reported %v, Parse %v", got, ps)
		}
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.UseNumber()
		var want any
		jsonErr := dec.Decode(&want)
		if jsonErr == nil {
			if _, err := dec.Token(); err != io.EOF {
				jsonErr = fmt.Errorf("trailing data (%v)", err)
			}
		}
		if len(ps) == 0 {
			if jsonErr != nil {
				t.Fatalf("Parse accepts what encoding/json rejects: %v", jsonErr)
			}
			if !reflect.DeepEqual(v, want) {
				t.Fatalf("Parse read %#v, encoding/json %#v", v, want)
			}
			return
		}
		if jsonErr == nil && utf8.Valid(data) {
			for _, p := range ps {
				if p.Code != schema.CodeDuplicateKey && p.Code != schema.CodeInvalidUTF8 && p.Code != schema.CodeNumberRange && p.Code != schema.CodeTooDeep {
					t.Fatalf("Parse rejects valid JSON with %v", p)
				}
			}
		}
	})
}

func loadCorpusForFuzz(f *testing.F) []schematest.Case {
	cases, err := schematest.LoadCorpus("testdata")
	if err != nil {
		f.Fatal(err)
	}
	return cases
}
