package maturity

import (
	"errors"
	"testing"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// FuzzLoadFramework: any input either loads as a framework that passes its
// own checks, scores and renders, or fails with problems; it never panics.
// The seeds are small, so that the fuzzer mutates them quickly: the default
// framework (62 KB) is loaded by the tests.
func FuzzLoadFramework(f *testing.F) {
	f.Add(smallDocuments(f)[schema.KindFramework])
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"schemaVersion":"1.0","id":"x","version":"1","title":{"en":"x"},"levels":{},"sources":[],"dimensions":[]}`))
	f.Add([]byte("{\"id\": \"\xff\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fw, err := LoadFramework(data)
		if err != nil {
			var ps schema.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error %v is not a list of problems", err)
			}
			return
		}
		if ps := fw.Check(); len(ps) > 0 {
			t.Fatalf("a loaded framework fails its checks: %v", ps)
		}
		a := &Assessment{SchemaVersion: "1.0", Framework: fw.Ref(), State: "XFS", Date: tracking.Year(2026), Respondents: []Respondent{{ID: "r", Name: tracking.En("R")}}}
		for i, c := range fw.Criteria() {
			a.Answers = append(a.Answers, Answer{Criterion: c.ID, Respondent: "r", Level: LevelOf(i % 5)})
		}
		r, err := Score(fw, a, nil)
		if err != nil {
			t.Fatalf("scoring a complete assessment: %v", err)
		}
		_ = r.Markdown("ar")
		_ = r.RadarSVG("en")
		if _, err := r.JSON(); err != nil {
			t.Fatalf("writing the result: %v", err)
		}
	})
}

// FuzzLoadAssessment: any input either loads as an assessment of the
// default framework that scores, or fails with problems; it never panics.
func FuzzLoadAssessment(f *testing.F) {
	f.Add([]byte(`{"schemaVersion":"1.0","framework":{"id":"nmirf-synthesis","version":"1.0.0"},"state":"XFS","date":"2026-06","respondents":[{"id":"sec","name":"Secretariat"},{"id":"moj","name":"Ministry"}],"answers":[{"criterion":"legal-basis","respondent":"sec","level":"established","evidence":[{"document":"Decree 7/2022"},{"record":{"kind":"action","id":"0190a000-0000-7000-8000-000004000001"}}]},{"criterion":"legal-basis","respondent":"moj","level":"nascent"},{"criterion":"parliament-subnational","respondent":"sec","notApplicable":true,"justification":{"en":"A unitary State."}},{"criterion":"timely-reporting","respondent":"sec","level":"advanced"}]}`))
	f.Add([]byte(`{"schemaVersion":"1.0","framework":{"id":"nmirf-synthesis","version":"1.0.0"},"state":"XFS","date":"2026","respondents":[],"answers":[]}`))
	f.Add([]byte(`{"answers":[{"criterion":"standing","respondent":"a","notApplicable":true}]}`))
	f.Add([]byte(`[[[[[[`))
	fw := DefaultFramework()
	_, _, _, facts := fixture(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := LoadAssessment(data, fw)
		if err != nil {
			var ps schema.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error %v is not a list of problems", err)
			}
			return
		}
		r, err := Score(fw, a, facts)
		if err != nil {
			t.Fatalf("scoring a loaded assessment: %v", err)
		}
		if r.Overall.Score < 0 || r.Overall.Score > 100 || r.Overall.Coverage < 0 || r.Overall.Coverage > 1 {
			t.Fatalf("figures out of range: %+v", r.Overall)
		}
		data, err = r.JSON()
		if err != nil {
			t.Fatalf("writing the result: %v", err)
		}
		if ps := schema.Validate(schema.KindResult, data); len(ps) > 0 {
			t.Fatalf("the result does not validate: %v", ps)
		}
	})
}

// FuzzLoadResult: any input either loads as a result that renders and
// compares with itself, or fails with problems; it never panics.
func FuzzLoadResult(f *testing.F) {
	f.Add(minimalResult(f))
	f.Add([]byte(`{"schemaVersion":"1.0"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := LoadResult(data)
		if err != nil {
			var ps schema.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error %v is not a list of problems", err)
			}
			return
		}
		// One language a run, chosen by the input, keeps each run short.
		lang := Languages()[len(data)%len(Languages())]
		_ = r.Markdown(lang)
		_ = r.RadarSVG(lang)
		c, err := Compare(r, r)
		if err != nil {
			t.Fatal(err)
		}
		_ = c.Markdown(lang)
	})
}

// minimalResult is the result of one answer to a framework of one
// criterion: a seed small enough for the fuzzer to run and minimise
// quickly.
func minimalResult(t testing.TB) []byte {
	t.Helper()
	fw := tinyFramework()
	fw.Dimensions = fw.Dimensions[:1]
	fw.Dimensions[0].Criteria = fw.Dimensions[0].Criteria[:1]
	fw.Dimensions[0].Criteria[0].MustHave = true
	a := assessment(fw, "a1=emerging")
	a.Respondents = a.Respondents[:1]
	r, err := Score(fw, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := r.JSON()
	if err != nil {
		t.Fatal(err)
	}
	return data
}
