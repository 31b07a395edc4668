package maturity

import (
	"encoding/json"
	"testing"

	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// agreements compare the schemas of frameworks, assessments and results
// with the Go models: the types, decoded strictly, and their field checks.
var agreements = map[schema.Kind]schematest.Agreement{
	schema.KindFramework: {
		Kind:   schema.KindFramework,
		Decode: func(data []byte) (any, error) { var fw Framework; return &fw, schema.DecodeStrict(data, &fw) },
		Problems: func(v any, withFormats bool) schema.Problems {
			return shapeOnly(v.(*Framework).fieldChecks(), withFormats)
		},
		Encode: func(v any) ([]byte, error) { return json.Marshal(v) },
	},
	schema.KindAssessment: {
		Kind:   schema.KindAssessment,
		Decode: func(data []byte) (any, error) { var a Assessment; return &a, schema.DecodeStrict(data, &a) },
		Problems: func(v any, withFormats bool) schema.Problems {
			return shapeOnly(v.(*Assessment).fieldChecks(), withFormats)
		},
		Encode: func(v any) ([]byte, error) { return json.Marshal(v) },
	},
	schema.KindResult: {
		Kind:   schema.KindResult,
		Decode: func(data []byte) (any, error) { var r Result; return &r, schema.DecodeStrict(data, &r) },
		Problems: func(v any, withFormats bool) schema.Problems {
			return shapeOnly(v.(*Result).fieldChecks(), withFormats)
		},
		Encode: func(v any) ([]byte, error) { return v.(*Result).JSON() },
	},
}

// shapeOnly drops the format checks (a URL that parses) unless withFormats
// is set: the schema checks a looser form of them.
func shapeOnly(ps schema.Problems, withFormats bool) schema.Problems {
	var out schema.Problems
	for _, p := range ps {
		if withFormats || p.Code != CodeInvalidFormat {
			out = append(out, p)
		}
	}
	return out
}

// smallDocuments returns a small valid document of each kind, built from
// the tiny framework: the seeds of the agreement tests and fuzz targets.
func smallDocuments(t testing.TB) map[schema.Kind][]byte {
	t.Helper()
	fw := tinyFramework()
	fw.Sources[0].URL = "https://example.org/guide"
	fw.Sources[0].Date = tracking.MustParseDate("2016")
	fw.Dimensions[0].Criteria[0].Rules = []Rule{{Fact: FactRecommendationsWithLead, Thresholds: []float64{0.25, 0.5, 0.75, 0.9}}}
	fw.Dimensions[0].Criteria[1].Rules = []Rule{{Fact: FactObligationsOverdue, Thresholds: []float64{3, 2, 1, 0}, LowerIsBetter: true}}
	fw.Dimensions[0].Criteria[1].Elements = []string{"E1"}
	fwData, err := json.Marshal(fw)
	if err != nil {
		t.Fatal(err)
	}
	a := assessment(fw, "a1=established", "a2=emerging", "b2=na")
	a.Title = tracking.En("Illustrative assessment")
	a.Respondents[0].Role = tracking.En("Secretariat")
	a.Answers[0].Evidence = []Evidence{{Document: "Decree 1/2020", URL: "https://example.org/decree"},
		{Title: tracking.En("Action"), Record: &RecordRef{Kind: tracking.RecordKindAction, ID: tracking.MustParseID("0190a000-0000-7000-8000-000004000001")}}}
	a.Answers[0].Comment = tracking.En("A comment.")
	aData, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	facts := &Facts{At: tracking.MustParseDate("2026-06-30"), Values: []FactValue{
		{Fact: FactObligationsOverdue, Value: 2},
		{Fact: FactRecommendationsWithLead, Value: 0.5, Count: 1, Of: 2},
	}}
	r, err := Score(fw, a, facts)
	if err != nil {
		t.Fatal(err)
	}
	rData, err := r.JSON()
	if err != nil {
		t.Fatal(err)
	}
	return map[schema.Kind][]byte{schema.KindFramework: fwData, schema.KindAssessment: aData, schema.KindResult: rData}
}

// TestSchemaAgreesWithGo checks the documents of the corpus and the small
// documents: the schema and the Go model give each the same verdict.
func TestSchemaAgreesWithGo(t *testing.T) {
	cases, err := schematest.LoadCorpus("../schema/testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if a, ok := agreements[c.Kind]; ok {
			if why := a.Check(c.Data); why != "" {
				t.Errorf("%s: %s", c.Name, why)
			}
		}
	}
	for k, data := range smallDocuments(t) {
		if ps := schema.Validate(k, data); len(ps) > 0 {
			t.Fatalf("the small %s is invalid: %v", k, ps)
		}
		if why := agreements[k].Check(data); why != "" {
			t.Errorf("the small %s: %s", k, why)
		}
	}
}

// TestSchemaAgreesWithGoOnMutations changes the small documents one value
// at a time (every member removed, every value replaced by values of every
// JSON type and by edge cases) and checks that the schema and the Go model
// agree on each result; with -short, on every third value.
func TestSchemaAgreesWithGoOnMutations(t *testing.T) {
	perValue, every := 3, 1
	if testing.Short() {
		perValue, every = 1, 3
	}
	n := 0
	for k, data := range smallDocuments(t) {
		variants, err := schematest.Mutations(data, perValue, every)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range variants {
			n++
			if why := agreements[k].Check(v); why != "" {
				t.Errorf("%s: %s\n%s", k, why, v)
			}
		}
	}
	t.Logf("%d documents checked", n)
}

// FuzzSchemaAgreesWithGo checks, for any input read as a framework, an
// assessment or a result, that the schema and the Go model give the same
// verdict, both ways: what the schema accepts, Go decodes, passes its field
// rules and writes back without loss; what Go accepts so, the schema
// accepts.
func FuzzSchemaAgreesWithGo(f *testing.F) {
	kinds := []schema.Kind{schema.KindFramework, schema.KindAssessment, schema.KindResult}
	docs := smallDocuments(f)
	for i, k := range kinds {
		f.Add(uint8(i), docs[k])
	}
	f.Add(uint8(1), []byte(`{"schemaVersion":"1.0","framework":{"id":"x","version":"1"},"state":"XFS","date":"2026","respondents":[],"answers":[{"criterion":"c","respondent":"r","notApplicable":true}]}`))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		k := kinds[int(kind)%len(kinds)]
		if why := agreements[k].Check(data); why != "" {
			t.Errorf("%s: %s\n%q", k, why, data)
		}
	})
}

// FuzzSchemaAgreesWithGoOnValues replaces one value of a small document of
// each kind, chosen by the fuzzer, with any JSON the fuzzer writes, and
// checks that the schema and the Go model agree on the result. It
// explores the values of each field more deeply than mutating bytes does.
func FuzzSchemaAgreesWithGoOnValues(f *testing.F) {
	kinds := []schema.Kind{schema.KindFramework, schema.KindAssessment, schema.KindResult}
	var docs []any
	var ptrs [][]string
	for _, k := range kinds {
		var doc any
		if err := json.Unmarshal(smallDocuments(f)[k], &doc); err != nil {
			f.Fatal(err)
		}
		docs = append(docs, doc)
		ptrs = append(ptrs, schematest.Pointers(doc, ""))
	}
	for i, v := range []string{`"2024-02-29"`, `2.0`, `1e15`, `{"en": "x", "fr-CA": "y"}`, `true`, `[]`, `{}`, `null`, `"-a"`, `-0`, `4.5`} {
		f.Add(uint8(i%3), uint16(7*i), []byte(v))
	}
	f.Fuzz(func(t *testing.T, which uint8, at uint16, value []byte) {
		i := int(which) % len(kinds)
		ptr := ptrs[i][int(at)%len(ptrs[i])]
		data, err := json.Marshal(schematest.Replaced(docs[i], ptr, json.RawMessage(value)))
		if err != nil {
			return // not one JSON value
		}
		if why := agreements[kinds[i]].Check(data); why != "" {
			t.Errorf("%s: %s changed to %q: %s", kinds[i], ptr, value, why)
		}
	})
}
