package tracking_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/datagen"
	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

const corpusDir = "../schema/testdata"

// TestSchemaParity checks that the dataset schema and the Go types describe
// the same documents: fields and properties, required fields, types,
// bounds, and codelists in order (see schematest.Parity).
func TestSchemaParity(t *testing.T) {
	p := schematest.Parity{
		Kind: schema.KindDataset,
		Root: reflect.TypeFor[tracking.Dataset](),
		Leaves: map[reflect.Type]string{
			reflect.TypeFor[tracking.Text]():        "text",
			reflect.TypeFor[tracking.PartialDate](): "date",
			reflect.TypeFor[tracking.ID]():          "id",
		},
		Formats: map[string]string{"": "string", "http_url": "url", "email": "email", "iso4217": "currency"},
	}
	for _, err := range p.Check() {
		t.Error(err)
	}
}

// TestSchemaParityFindsDisagreements proves that the parity check can fail:
// it checks types that differ from the dataset schema in one way each.
func TestSchemaParityFindsDisagreements(t *testing.T) {
	type extraField struct {
		tracking.Publisher
	}
	type renamed struct {
		SchemaVersion string               `json:"schemaVersion"`
		Publisher     tracking.Publisher   `json:"publisher"`
		Date          tracking.PartialDate `json:"date"`
		State         tracking.Country     `json:"country"`
	}
	type optional struct {
		SchemaVersion string               `json:"schemaVersion,omitzero"`
		Publisher     tracking.Publisher   `json:"publisher"`
		Date          tracking.PartialDate `json:"date"`
		State         tracking.Country     `json:"state"`
	}
	type wrongEnum struct {
		SchemaVersion string               `json:"schemaVersion"`
		Publisher     tracking.Publisher   `json:"publisher"`
		Date          tracking.PartialDate `json:"date"`
		State         tracking.SDGTarget   `json:"state"`
	}
	leaves := map[reflect.Type]string{
		reflect.TypeFor[tracking.Text]():        "text",
		reflect.TypeFor[tracking.PartialDate](): "date",
		reflect.TypeFor[tracking.ID]():          "id",
	}
	formats := map[string]string{"": "string", "http_url": "url", "email": "email", "iso4217": "currency"}
	for _, typ := range []reflect.Type{reflect.TypeFor[extraField](), reflect.TypeFor[renamed](), reflect.TypeFor[optional](), reflect.TypeFor[wrongEnum]()} {
		p := schematest.Parity{Kind: schema.KindDataset, Root: typ, Leaves: leaves, Formats: formats}
		if errs := p.Check(); len(errs) == 0 {
			t.Errorf("%v: the parity check found no disagreement", typ)
		}
	}
}

// TestDecodeCorpus decodes the corpus of dataset documents: Decode accepts
// every valid one, and the decoded dataset passes the field rules; it
// rejects every invalid or malformed one with exactly the problems its
// .want file lists.
func TestDecodeCorpus(t *testing.T) {
	cases, err := schematest.LoadCorpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cases {
		if c.Kind != schema.KindDataset && c.Kind != "" {
			continue
		}
		if c.Version != "" && declared(c.Data) != c.Version {
			continue // Decode judges a document by the version it declares, not the corpus's
		}
		n++
		t.Run(c.Name, func(t *testing.T) {
			ds, err := tracking.Decode(c.Data)
			if c.Valid {
				if err != nil {
					t.Fatalf("Decode: %v", err)
				}
				if ps := fieldProblems(tracking.Validate(ds), false); len(ps) > 0 {
					t.Errorf("the schema accepts it but the field rules find:\n%v", ps)
				}
				return
			}
			var ps schema.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("Decode returned %v, want schema.Problems", err)
			}
			if got := schematest.Wants(ps); !slices.Equal(got, c.Want) {
				t.Errorf("Decode reported\n%v\nwant\n%v", got, c.Want)
			}
		})
	}
	if n == 0 {
		t.Fatal("no dataset document in the corpus")
	}
}

// fieldProblems keeps the problems of tracking.Validate that are about the
// shape of one value, which the schema must agree with, and drops the rules
// across fields and records, which are the Go library's alone. Format
// checks (URLs, email addresses) are kept only when withFormats is set: the
// schema checks a looser form of them.
func fieldProblems(ps schema.Problems, withFormats bool) schema.Problems {
	var out schema.Problems
	for _, p := range ps {
		switch {
		case p.Code == "field.format" && !withFormats:
		case strings.HasPrefix(p.Code, "field."), p.Code == tracking.CodeSchemaVersion:
			out = append(out, p)
		}
	}
	return out
}

// dataset compares the verdicts of the dataset schema and of the Go model.
var dataset = schematest.Agreement{
	Kind: schema.KindDataset,
	Decode: func(data []byte) (any, error) {
		return tracking.DecodeJSON(data)
	},
	Problems: func(v any, withFormats bool) schema.Problems {
		return fieldProblems(tracking.Validate(v.(*tracking.Dataset)), withFormats)
	},
	Encode: func(v any) ([]byte, error) { return tracking.Encode(v.(*tracking.Dataset)) },
}

// agree checks that the schema and the Go model give a document the same
// verdict (see schematest.Agreement), and that Decode, which validates
// against the schema, follows the schema's verdict. It returns a
// description of the first disagreement, or "".
func agree(data []byte) string {
	if why := dataset.Check(data); why != "" {
		return why
	}
	valid := len(schema.Validate(schema.KindDataset, data)) == 0
	if _, err := tracking.Decode(data); (err == nil) != valid {
		return fmt.Sprintf("Decode and the schema disagree: schema valid %v, Decode error %v", valid, err)
	}
	return ""
}

// TestSchemaAgreesWithGoOnMutations changes documents one value at a time
// (every member removed, every value replaced by values of every JSON type
// and by edge cases) and checks that the schema and the Go model agree on
// each result. Each value gets a few of the replacements, in rotation, so
// that every replacement meets values of every kind; with -short, one, on
// every third value.
func TestSchemaAgreesWithGoOnMutations(t *testing.T) {
	perValue, every := 3, 1
	if testing.Short() {
		perValue, every = 1, 3
	}
	replacements := []string{
		`null`, `true`, `false`, `0`, `-0`, `1`, `-1`, `1.5`, `2.0`, `1e2`, `1e400`, `9007199254740992`,
		`""`, `" "`, `"x"`, `"2025"`, `"2025-02-29"`, `"2024-02-29"`, `"00000000-0000-0000-0000-000000000000"`,
		`"0190d7a4-5b1e-7c3a-9f12-00000000000A"`, `"https://example.org"`, `"a@example.org"`, `"USD"`, `"XFS"`, `"16.3"`, `"upr"`,
		`{}`, `{"en": "x"}`, `{"en": ""}`, `{"EN": "x"}`, `[]`, `[{}]`, `["x"]`,
	}
	seeds := []string{"1.0/valid/dataset/full.json", "1.0/valid/dataset/numbers.json", "1.0/valid/dataset/empty-collections.json"}
	checked := 0
	for _, seed := range seeds {
		data := readCorpus(t, seed)
		var doc any
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		for i, ptr := range schematest.Pointers(doc, "") {
			if i%every != 0 {
				continue
			}
			var variants [][]byte
			if ptr != "" {
				variants = append(variants, marshal(t, schematest.Without(doc, ptr)))
			}
			for j := range perValue {
				r := replacements[(i*perValue+j)%len(replacements)]
				var v any = rawNumber(r) // numbers such as 1e400 or 2.0 keep their spelling
				if strings.ContainsAny(r[:1], `"{[tfn`) {
					if err := json.Unmarshal([]byte(r), &v); err != nil {
						t.Fatal(err)
					}
				}
				variants = append(variants, marshal(t, schematest.Replaced(doc, ptr, v)))
			}
			for _, variant := range variants {
				checked++
				if why := agree(variant); why != "" {
					t.Errorf("%s, %s changed:\n%s\n%s", seed, ptr, why, variant)
				}
			}
		}
	}
	t.Logf("%d documents checked", checked)
}

// TestSchemaAgreesWithGoOnGeneratedDatasets checks generated datasets, as
// Go writes them, against the schema.
func TestSchemaAgreesWithGoOnGeneratedDatasets(t *testing.T) {
	for _, n := range []int{0, 1, 7, 60} {
		data, err := tracking.Encode(datagen.Dataset(n))
		if err != nil {
			t.Fatal(err)
		}
		if ps := schema.Validate(schema.KindDataset, data); len(ps) > 0 {
			t.Errorf("n=%d: the schema rejects a generated dataset:\n%v", n, ps)
		}
		if why := agree(data); why != "" {
			t.Errorf("n=%d: %s", n, why)
		}
	}
}

// FuzzSchemaAgreesWithGo checks, for any input, that Decode never panics and
// that the schema and the Go model give the same verdict: whatever the
// schema accepts decodes, passes the field rules and round-trips without
// loss; whatever the Go model accepts, the schema accepts.
func FuzzSchemaAgreesWithGo(f *testing.F) {
	cases, err := schematest.LoadCorpus(corpusDir)
	if err != nil {
		f.Fatal(err)
	}
	for _, c := range cases {
		if c.Kind == schema.KindDataset || c.Kind == "" {
			f.Add(c.Data)
		}
	}
	small, err := tracking.Encode(datagen.Dataset(3))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small)
	f.Fuzz(func(t *testing.T, data []byte) {
		if why := agree(data); why != "" {
			t.Errorf("%s\n%q", why, data)
		}
	})
}

// FuzzSchemaAgreesWithGoOnValues replaces one value of a valid document,
// chosen by the fuzzer, with any JSON the fuzzer writes, and checks that
// the schema and the Go model agree on the result. It explores the values
// of each field more deeply than mutating bytes does.
func FuzzSchemaAgreesWithGoOnValues(f *testing.F) {
	var docs []any
	for _, name := range []string{"1.0/valid/dataset/full.json", "1.0/valid/dataset/numbers.json"} {
		var doc any
		dec := json.NewDecoder(bytes.NewReader(readCorpus(f, name)))
		dec.UseNumber()
		if err := dec.Decode(&doc); err != nil {
			f.Fatal(err)
		}
		docs = append(docs, doc)
	}
	for i, v := range []string{`"2024-02-29"`, `2.0`, `1e308`, `{"en": "x", "fr-CA": "y"}`, `"\u00e9"`, `[]`, `{}`, `null`, `"XFS"`, `-0`} {
		f.Add(uint8(i%2), uint16(7*i), []byte(v))
	}
	f.Fuzz(func(t *testing.T, which uint8, at uint16, value []byte) {
		doc := docs[int(which)%len(docs)]
		ptrs := schematest.Pointers(doc, "")
		ptr := ptrs[int(at)%len(ptrs)]
		data, err := json.Marshal(schematest.Replaced(doc, ptr, json.RawMessage(value)))
		if err != nil {
			return // not one JSON value
		}
		if why := agree(data); why != "" {
			t.Errorf("%s changed to %q: %s", ptr, value, why)
		}
	})
}

// TestSchemaPatternsMatchGo compares the patterns of the shared definitions
// with the Go functions that parse the same values: dates with
// tracking.ParseDate (every year from 0001 to 9999 at its leap day, every
// month and day of many years), IDs with tracking.ParseID and language tags
// with tracking.ValidLanguageTag (every string of up to 5 characters over
// an alphabet that exercises each rule).
func TestSchemaPatternsMatchGo(t *testing.T) {
	datePattern := definitionPattern(t, "date")
	dateOK := func(s string) bool { _, err := tracking.ParseDate(s); return err == nil }
	check := func(what string, re *regexp.Regexp, goOK func(string) bool, s string) {
		t.Helper()
		if got, want := re.MatchString(s), goOK(s); got != want {
			t.Errorf("%s %q: the schema says %v, Go says %v", what, s, got, want)
		}
	}
	for y := 0; y <= 10000; y++ {
		ys := fmt.Sprintf("%04d", y)
		for _, s := range []string{ys, ys + "-02", ys + "-02-28", ys + "-02-29", ys + "-02-30", ys + "-12-31"} {
			check("date", datePattern, dateOK, s)
		}
	}
	years := []int{1, 4, 99, 100, 399, 400, 1582, 1600, 1700, 1800, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9996, 9999}
	for _, y := range years {
		for m := 0; m <= 13; m++ {
			check("date", datePattern, dateOK, fmt.Sprintf("%04d-%02d", y, m))
			for d := 0; d <= 32; d++ {
				check("date", datePattern, dateOK, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	for _, s := range []string{"", "2025-", "2025-1", "2025-01-", "2025-01-1", "+2025", "-2025", "2025-01-01T00:00", "２０２５", "2025\n", "\n2025", "2025-06-30 "} {
		check("date", datePattern, dateOK, s)
	}

	idPattern := definitionPattern(t, "id")
	idNot := definitionNot(t, "id")
	idOK := func(s string) bool { id, err := tracking.ParseID(s); return err == nil && !id.IsZero() }
	idSchema := func(s string) bool { return idPattern.MatchString(s) && s != idNot }
	for _, s := range []string{
		"0190d7a4-5b1e-7c3a-9f12-3456789abcde", "0190D7A4-5B1E-7C3A-9F12-3456789ABCDE", "0190d7a4-5b1e-7c3a-9f12-3456789abcdE",
		"{0190d7a4-5b1e-7c3a-9f12-3456789abcde}", "urn:uuid:0190d7a4-5b1e-7c3a-9f12-3456789abcde", "0190d7a45b1e7c3a9f123456789abcde",
		"00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "0190d7a4-5b1e-7c3a-9f12-3456789abcd",
		"0190d7a4-5b1e-7c3a-9f12-3456789abcdef", "0190d7a4_5b1e_7c3a_9f12_3456789abcde", "g190d7a4-5b1e-7c3a-9f12-3456789abcde", "",
	} {
		if got, want := idSchema(s), idOK(s); got != want {
			t.Errorf("id %q: the schema says %v, Go says %v", s, got, want)
		}
	}

	tagPattern := textKeyPattern(t)
	alphabet := []string{"a", "z", "A", "0", "-", "é"}
	var tags func(prefix string, n int)
	tags = func(prefix string, n int) {
		check("language tag", tagPattern, tracking.ValidLanguageTag, prefix)
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			tags(prefix+c, n-1)
		}
	}
	tags("", 5)
	for _, s := range []string{"en-abcdefgh", "en-abcdefghi", "es-419", "zh-Hans-CN", "sr-Latn-RS-x-private1", "abcd", "en\n"} {
		check("language tag", tagPattern, tracking.ValidLanguageTag, s)
	}
}

// definitionPattern compiles the pattern of a definition of the dataset
// schema, as Go's regexp reads it.
func definitionPattern(t *testing.T, def string) *regexp.Regexp {
	t.Helper()
	d := definition(t, def)
	p, _ := d["pattern"].(string)
	re, err := regexp.Compile(p)
	if err != nil || p == "" {
		t.Fatalf("the definition %q has no pattern Go can compile: %v", def, err)
	}
	return re
}

func definitionNot(t *testing.T, def string) string {
	t.Helper()
	not, _ := definition(t, def)["not"].(map[string]any)
	s, _ := not["const"].(string)
	return s
}

func textKeyPattern(t *testing.T) *regexp.Regexp {
	t.Helper()
	pp, _ := definition(t, "text")["patternProperties"].(map[string]any)
	if len(pp) != 1 {
		t.Fatal("the definition text must have one pattern for its keys")
	}
	for p := range pp {
		return regexp.MustCompile(p)
	}
	return nil
}

func definition(t *testing.T, def string) map[string]any {
	t.Helper()
	data, err := fs.ReadFile(schema.FS(), schema.KindDataset.File())
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Defs map[string]map[string]any `json:"$defs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	d, ok := doc.Defs[def]
	if !ok {
		t.Fatalf("no definition %q", def)
	}
	return d
}

// declared returns the version of the standard a document declares.
func declared(data []byte) string {
	var doc struct {
		SchemaVersion string `json:"schemaVersion"`
	}
	json.Unmarshal(data, &doc)
	return doc.SchemaVersion
}

func readCorpus(t testing.TB, name string) []byte {
	t.Helper()
	cases, err := schematest.LoadCorpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if c.Name == name {
			return c.Data
		}
	}
	t.Fatalf("no corpus document %s", name)
	return nil
}

// rawNumber is a number that keeps its spelling when marshalled.
type rawNumber string

func (n rawNumber) MarshalJSON() ([]byte, error) { return []byte(n), nil }

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
