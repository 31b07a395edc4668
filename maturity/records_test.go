package maturity

import (
	"errors"
	"testing"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// TestProblemsNameTheirRecord checks that a problem inside a criterion, a
// dimension, a source, a respondent or an answer names that record by its
// key, so that it can be followed when the records are reordered.
func TestProblemsNameTheirRecord(t *testing.T) {
	fw := tinyFramework()
	c := &fw.Dimensions[0].Criteria[0]
	c.Statement = tracking.Text{"en": ""}
	ps := fw.Check()
	want := schema.RecordRef{Kind: RecordCriterion, ID: c.ID}
	found := false
	for _, p := range ps {
		if p.Pointer == "/dimensions/0/criteria/0/statement/en" {
			found = true
			if p.Record != want {
				t.Errorf("%v names %v, want %v", p, p.Record, want)
			}
		}
	}
	if !found {
		t.Fatalf("no problem for the empty statement: %v", ps)
	}

	data := frameworkJSON(t, func(m map[string]any) {
		m["sources"].([]any)[0].(map[string]any)["title"] = map[string]any{"en": ""}
	})
	_, err := LoadFramework(data)
	var lps schema.Problems
	if !errors.As(err, &lps) {
		t.Fatalf("LoadFramework: %v", err)
	}
	for _, p := range lps {
		if p.Record.Kind != RecordSource || p.Record.ID != fw.Sources[0].ID {
			t.Errorf("%v names %v, want the source %s", p, p.Record, fw.Sources[0].ID)
		}
	}

	a := &Assessment{Respondents: []Respondent{{ID: "r1"}}, Answers: []Answer{{Respondent: "r1", Criterion: "c1"}}}
	for ptr, want := range map[string]schema.RecordRef{
		"/respondents/0/name":  {Kind: RecordRespondent, ID: "r1"},
		"/answers/0/level":     {Kind: RecordAnswer, ID: "r1/c1"},
		"/answers/1/level":     {},
		"/answers/x":           {},
		"/date":                {},
		"":                     {},
		"/respondents/-1/name": {},
	} {
		if got := recordAt(a, ptr); got != want {
			t.Errorf("%q: got %v, want %v", ptr, got, want)
		}
	}
	if got := recordAt((*Result)(nil), "/dimensions/0"); !got.IsZero() {
		t.Errorf("a nil result names %v", got)
	}
}
