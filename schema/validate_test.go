package schema_test

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"math"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/nmirf/nmirf/schema"
)

const minimal = `{"schemaVersion": "1.0", "publisher": {"name": {"en": "Fictional publisher"}}, "date": "2026", "state": "XFS"`

// TestValidateMessages pins the problems, messages included, that
// publishers see for the usual mistakes.
func TestValidateMessages(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		want      schema.Problems
	}{
		{"valid", minimal + `}`, nil},
		{"missing fields", `{"schemaVersion": "1.0", "date": "2026"}`, schema.Problems{
			{Pointer: "/publisher", Code: "schema.required", Message: "is required"},
			{Pointer: "/state", Code: "schema.required", Message: "is required"},
		}},
		{"unknown field", minimal + `, "colour": "blue"}`, schema.Problems{
			{Pointer: "/colour", Code: "schema.additionalProperties", Message: `"colour" is not a field of this object in the standard`},
		}},
		{"impossible date", minimal + `, "recommendations": [{"id": "0190d7a4-5b1e-7c3a-9f12-000000000101", "source": {"family": "upr", "date": "2023-02-29"}, "text": {"en": "x"}}]}`, schema.Problems{
			{Pointer: "/recommendations/0/source/date", Code: "schema.pattern", Message: `"2023-02-29" is not a date as YYYY, YYYY-MM or YYYY-MM-DD, with a year from 0001 and a day that exists in its month`},
		}},
		{"text", minimal + `, "recommendations": [{"id": "0190d7a4-5b1e-7c3a-9f12-000000000101", "source": {"family": "upr"}, "text": {"EN": "x", "fr": ""}}]}`, schema.Problems{
			{Pointer: "/recommendations/0/text/EN", Code: "schema.additionalProperties", Message: `"EN" is not a language tag such as "en", "ar" or "es-419"`},
			{Pointer: "/recommendations/0/text/fr", Code: "schema.minLength", Message: "the text in this language is empty"},
		}},
		{"empty text", minimal + `, "mechanism": {"name": {}, "type": "ministerial", "standing": true}}`, schema.Problems{
			{Pointer: "/mechanism/name", Code: "schema.minProperties", Message: "text is required in at least one language"},
		}},
		{"codes", `{"schemaVersion": "1.0", "publisher": {"name": {"en": "x"}}, "date": "2026", "state": "Paraguay", "mechanism": {"name": {"en": "x"}, "type": "interministerial", "standing": true}}`, schema.Problems{
			{Pointer: "/mechanism/type", Code: "schema.enum", Message: `"interministerial" is not a code of the codelist mechanism-type; did you mean "inter_ministerial"? The codes are: ad_hoc, ministerial, inter_ministerial, institutionally_separate`},
			{Pointer: "/state", Code: "schema.enum", Message: `"Paraguay" is not a code of the codelist country; did you mean "PRY"?`},
		}},
		{"IDs", minimal + `, "clusters": [{"id": "00000000-0000-0000-0000-000000000000", "title": {"en": "x"}, "recommendationIds": ["0190D7A4-5B1E-7C3A-9F12-000000000101"]}]}`, schema.Problems{
			{Pointer: "/clusters/0/id", Code: "schema.not", Message: "the nil UUID (all zeros) is not an ID"},
			{Pointer: "/clusters/0/recommendationIds/0", Code: "schema.pattern", Message: `"0190D7A4-5B1E-7C3A-9F12-000000000101" is not an ID: a UUID in canonical lowercase form, such as "0190d7a4-5b1e-7c3a-9f12-3456789abcde"`},
		}},
		{"types and numbers", minimal + `, "mechanism": {"name": {"en": "x"}, "type": "ministerial", "standing": "yes", "secretariat": {"staff": 2.5, "dedicated": true}, "budget": {"amount": -1, "currency": "EUR", "year": 1850, "dedicated": true}}}`, schema.Problems{
			{Pointer: "/mechanism/budget/amount", Code: "schema.minimum", Message: "must be at least 0"},
			{Pointer: "/mechanism/budget/year", Code: "schema.minimum", Message: "must be at least 1900"},
			{Pointer: "/mechanism/secretariat/staff", Code: "schema.type", Message: "must be a whole number (such as 4 or 2026), without a fraction"},
			{Pointer: "/mechanism/standing", Code: "schema.type", Message: "must be true or false, written without quotation marks"},
		}},
		{"empty string", minimal + `, "entities": [{"id": "0190d7a4-5b1e-7c3a-9f12-000000000001", "ref": "", "name": {"en": "x"}, "kind": "ministry"}]}`, schema.Problems{
			{Pointer: "/entities/0/ref", Code: "schema.minLength", Message: "must not be empty; leave the field out instead"},
		}},
		{"version", `{"schemaVersion": "2.0", "publisher": {"name": {"en": "x"}}, "date": "2026", "state": "XFS"}`, schema.Problems{
			{Pointer: "/schemaVersion", Code: "schema.enum", Message: `"2.0" is not one of: 1.0, 1.1`},
		}},
		{"syntax first", minimal + `, "state": "XFS"}`, schema.Problems{
			{Pointer: "/state", Code: schema.CodeDuplicateKey, Message: `the key "state" appears more than once in this object`},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := schema.Validate(schema.KindDataset, []byte(c.doc))
			// The arguments and keys are checked by TestCatalogue.
			sameMessage := func(a, b schema.Problem) bool {
				a.Args, a.Key = nil, ""
				return a.Equal(b)
			}
			if !slices.EqualFunc(got, c.want, sameMessage) {
				t.Errorf("got\n%v\nwant\n%v", got, c.want)
			}
		})
	}
}

// TestValidateValue checks that a value from Parse or from encoding/json
// gets the problems its bytes get, that numbers out of the float64 range
// are reported, and that the value is left as it was.
func TestValidateValue(t *testing.T) {
	v := schema.DefaultValidator()
	for _, c := range loadCorpus(t) {
		if c.Kind == "" {
			continue
		}
		value, ps := schema.Parse(c.Data, schema.Limits{})
		if len(ps) > 0 {
			continue // the number-overflow document: covered below
		}
		before, _ := schema.Parse(c.Data, schema.Limits{})
		if got, want := v.ValidateValue(c.Kind, value), v.Validate(c.Kind, c.Data); !slices.EqualFunc(got, want, schema.Problem.Equal) {
			t.Errorf("%s: ValidateValue\n%v\nValidate\n%v", c.Name, got, want)
		}
		if !reflect.DeepEqual(value, before) {
			t.Errorf("%s: ValidateValue changed the value", c.Name)
		}
		var plain any
		if err := json.Unmarshal(c.Data, &plain); err == nil {
			if got, want := v.ValidateValue(c.Kind, plain), v.Validate(c.Kind, c.Data); !slices.EqualFunc(got, want, schema.Problem.Equal) {
				t.Errorf("%s: ValidateValue of encoding/json's value\n%v\nValidate\n%v", c.Name, got, want)
			}
		}
	}
	for _, bad := range []any{
		map[string]any{"x": json.Number("1e400")},
		map[string]any{"x": []any{math.Inf(1)}},
		map[string]any{"x": math.NaN()},
	} {
		ps := v.ValidateValue(schema.KindDataset, bad)
		if len(ps) != 1 || ps[0].Code != schema.CodeNumberRange {
			t.Errorf("ValidateValue(%v) = %v, want one %s", bad, ps, schema.CodeNumberRange)
		}
	}
}

func TestValidateReaderAndLimits(t *testing.T) {
	doc := minimal + `}`
	if ps := schema.ValidateReader(schema.KindDataset, strings.NewReader(doc)); len(ps) > 0 {
		t.Errorf("ValidateReader: %v", ps)
	}
	small := schema.DefaultValidator().WithLimits(schema.Limits{MaxBytes: 50})
	if got := small.Limits(); got.MaxBytes != 50 || got.MaxDepth != schema.DefaultLimits.MaxDepth {
		t.Errorf("Limits() = %+v", got)
	}
	for _, ps := range []schema.Problems{small.Validate(schema.KindDataset, []byte(doc)), small.ValidateReader(schema.KindDataset, strings.NewReader(doc))} {
		if len(ps) != 1 || ps[0].Code != schema.CodeTooLarge {
			t.Errorf("past MaxBytes: %v, want one %s", ps, schema.CodeTooLarge)
		}
	}
	shallow := schema.DefaultValidator().WithLimits(schema.Limits{MaxDepth: 2})
	if ps := shallow.Validate(schema.KindDataset, []byte(doc)); len(ps) != 1 || ps[0].Code != schema.CodeTooDeep || ps[0].Pointer != "/publisher/name" {
		t.Errorf("past MaxDepth: %v", ps)
	}
	if ps := schema.ValidateReader(schema.KindDataset, failingReader{}); len(ps) != 1 || ps[0].Code != schema.CodeRead {
		t.Errorf("failing reader: %v", ps)
	}
	if ps := schema.Validate("pamphlet", []byte(doc)); len(ps) != 1 || ps[0].Code != schema.CodeUnknownKind {
		t.Errorf("unknown kind: %v", ps)
	}
	if ps := schema.DefaultValidator().ValidateValue("pamphlet", map[string]any{}); len(ps) != 1 || ps[0].Code != schema.CodeUnknownKind {
		t.Errorf("unknown kind: %v", ps)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

var _ io.Reader = failingReader{}

// TestSchemaFiles checks each published schema: it compiles, declares
// draft 2020-12, and its $id is its kind's ID; the dataset kind is there.
func TestSchemaFiles(t *testing.T) {
	if _, err := schema.NewValidator(schema.Limits{}); err != nil {
		t.Fatal(err)
	}
	kinds := schema.Kinds()
	if !slices.Contains(kinds, schema.KindDataset) {
		t.Fatalf("Kinds() = %v, without the dataset", kinds)
	}
	files, err := fs.Glob(schema.FS(), schema.Version+"/*.schema.json")
	if err != nil || len(files) != len(kinds) {
		t.Errorf("%d schema files %v for the kinds %v (%v)", len(files), files, kinds, err)
	}
	for _, k := range kinds {
		data, err := fs.ReadFile(schema.FS(), k.File())
		if err != nil {
			t.Fatal(err)
		}
		var head struct {
			Schema string `json:"$schema"`
			ID     string `json:"$id"`
		}
		if err := json.Unmarshal(data, &head); err != nil {
			t.Fatalf("%s: %v", k.File(), err)
		}
		if head.Schema != "https://json-schema.org/draft/2020-12/schema" || head.ID != k.ID() {
			t.Errorf("%s: $schema %q, $id %q; want draft 2020-12 and %q", k.File(), head.Schema, head.ID, k.ID())
		}
	}
}

// TestValidateConcurrently validates the corpus from several goroutines at
// once with the shared validator (run it with -race).
func TestValidateConcurrently(t *testing.T) {
	cases := loadCorpus(t)
	v := schema.DefaultValidator()
	want := make([]schema.Problems, len(cases))
	for i, c := range cases {
		want[i] = goProblems(v, c)
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(cases)*4)
	for range 4 {
		wg.Go(func() {
			for i, c := range cases {
				if got := goProblems(v, c); !slices.EqualFunc(got, want[i], schema.Problem.Equal) {
					errs <- c.Name
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for name := range errs {
		t.Errorf("%s: a different result when validated concurrently", name)
	}
}

func TestDetectKind(t *testing.T) {
	read := func(name string) []byte {
		t.Helper()
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	tests := []struct {
		name string
		data []byte
		want schema.Kind
	}{
		{"dataset", read("testdata/1.0/valid/dataset/full.json"), schema.KindDataset},
		{"framework", read("testdata/1.0/valid/framework/default.json"), schema.KindFramework},
		{"assessment", read("testdata/1.0/valid/assessment/sample.json"), schema.KindAssessment},
		{"result", read("testdata/1.0/valid/result/golden.json"), schema.KindResult},
		{"dataset missing a field", []byte(`{"schemaVersion":"1.0","date":"2026","state":"XFS"}`), schema.KindDataset},
		{"broken framework", read("testdata/1.0/invalid/framework/broken.json"), schema.KindFramework},
		{"nothing known", []byte(`{"colour":"blue"}`), ""},
		{"too little", []byte(`{"schemaVersion":"1.0"}`), ""},
		{"not an object", []byte(`[1, 2]`), ""},
		{"not JSON", []byte(`{`), ""},
	}
	for _, tt := range tests {
		got, err := schema.DetectKind(tt.data)
		if got != tt.want || (err == nil) != (tt.want != "") {
			t.Errorf("%s: DetectKind = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}
