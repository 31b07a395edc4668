package maturity

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

func assessmentJSON(t *testing.T, edit func(m map[string]any)) []byte {
	t.Helper()
	fw := tinyFramework()
	a := assessment(fw, "a1=established", "a2=na", "b1=nascent")
	a.Answers[0].Evidence = []Evidence{{Document: "Decree 1/2020"}, {Record: &RecordRef{Kind: tracking.RecordKindAction, ID: tracking.MustParseID("0190a000-0000-7000-8000-000004000001")}}}
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(m)
	}
	if data, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	return data
}

func answerOf(m map[string]any, i int) map[string]any {
	return m["answers"].([]any)[i].(map[string]any)
}

func TestLoadAssessment(t *testing.T) {
	fw := tinyFramework()
	a, err := LoadAssessment(assessmentJSON(t, nil), fw)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Answers) != 3 || a.Answers[1].NotApplicable != true || a.Answers[0].Evidence[1].Record.Kind != tracking.RecordKindAction {
		t.Errorf("loaded %+v", a)
	}
	tests := []struct {
		name    string
		data    []byte
		pointer string
		code    string
	}{
		{"not JSON", []byte(`[`), "*", schema.CodeSyntax},
		{"trailing data", append(assessmentJSON(t, nil), []byte(" {}")...), "", schema.CodeTrailingData},
		{"unknown field", assessmentJSON(t, func(m map[string]any) { answerOf(m, 0)["score"] = 3 }), "/answers/0/score", "schema.additionalProperties"},
		{"unknown level", assessmentJSON(t, func(m map[string]any) { answerOf(m, 0)["level"] = "excellent" }), "/answers/0/level", "schema.enum"},
		{"level as a number", assessmentJSON(t, func(m map[string]any) { answerOf(m, 0)["level"] = 3 }), "/answers/0/level", "schema.type"},
		{"bad record ID", assessmentJSON(t, func(m map[string]any) {
			answerOf(m, 0)["evidence"].([]any)[1].(map[string]any)["record"].(map[string]any)["id"] = "ACT-1"
		}), "/answers/0/evidence/1/record/id", "schema.pattern"},
		{"unknown record kind", assessmentJSON(t, func(m map[string]any) {
			answerOf(m, 0)["evidence"].([]any)[1].(map[string]any)["record"].(map[string]any)["kind"] = "meeting"
		}), "/answers/0/evidence/1/record/kind", "schema.enum"},
		{"unknown country", assessmentJSON(t, func(m map[string]any) { m["state"] = "ABC" }), "/state", "schema.enum"},
		{"not applicable without justification", assessmentJSON(t, func(m map[string]any) { delete(answerOf(m, 1), "justification") }), "/answers/1/justification", CodeNoJustification},
		{"level and not applicable", assessmentJSON(t, func(m map[string]any) { answerOf(m, 1)["level"] = "nascent" }), "/answers/1", CodeLevelAndNA},
		{"no level", assessmentJSON(t, func(m map[string]any) { delete(answerOf(m, 2), "level") }), "/answers/2", CodeNoLevel},
		{"unknown criterion", assessmentJSON(t, func(m map[string]any) { answerOf(m, 2)["criterion"] = "z9" }), "/answers/2/criterion", CodeUnknownCriterion},
		{"unknown respondent", assessmentJSON(t, func(m map[string]any) { answerOf(m, 2)["respondent"] = "r9" }), "/answers/2/respondent", CodeUnknownResp},
		{"answer twice", assessmentJSON(t, func(m map[string]any) { answerOf(m, 2)["criterion"] = "a1" }), "/answers/2", CodeDuplicateAnswer},
		{"duplicate respondent", assessmentJSON(t, func(m map[string]any) {
			m["respondents"].([]any)[1].(map[string]any)["id"] = "r1"
		}), "/respondents/1/id", CodeDuplicateID},
		{"empty evidence", assessmentJSON(t, func(m map[string]any) {
			answerOf(m, 0)["evidence"] = []any{map[string]any{"title": map[string]any{"en": "Something"}}}
		}), "/answers/0/evidence/0", CodeEmptyEvidence},
		{"other framework", assessmentJSON(t, func(m map[string]any) { m["framework"].(map[string]any)["id"] = "other" }), "/framework/id", CodeWrongFramework},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := LoadAssessment(tt.data, fw)
			if a != nil || err == nil {
				t.Fatal("loaded an invalid assessment")
			}
			var ps schema.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error %T is not a schema.Problems: %v", err, err)
			}
			if !slices.ContainsFunc(ps, func(p schema.Problem) bool {
				return (tt.pointer == "*" || p.Pointer == tt.pointer) && p.Code == tt.code
			}) {
				t.Errorf("problems %v lack %s at %q", ps, tt.code, tt.pointer)
			}
		})
	}
	if _, err := LoadAssessment(assessmentJSON(t, nil), nil); err == nil {
		t.Error("loaded an assessment without a framework")
	}
}

func TestCheckRecords(t *testing.T) {
	ds, _, a, _ := fixture(t)
	ix := tracking.NewIndex(ds)
	if ps := a.CheckRecords(ix); len(ps) > 0 {
		t.Fatalf("the test assessment refers to missing records: %v", ps)
	}
	a.Answers[0].Evidence = []Evidence{
		{Record: &RecordRef{Kind: tracking.RecordKindAction, ID: tracking.MustParseID("0190a000-0000-7000-8000-000099000001")}},
		{Record: &RecordRef{Kind: tracking.RecordKindAction, ID: ds.Consultations[0].ID}},
	}
	ps := a.CheckRecords(ix)
	if len(ps) != 2 || ps[0].Code != CodeUnknownRecord || ps[1].Code != CodeRecordKind || ps[1].Pointer != "/answers/0/evidence/1/record/kind" {
		t.Errorf("problems = %v", ps)
	}
}

func TestMerge(t *testing.T) {
	fw := tinyFramework()
	one := assessment(fw, "a1=advanced")
	one.Respondents = one.Respondents[:1]
	two := assessment(fw)
	two.Date = tracking.MustParseDate("2026-07")
	two.Respondents = []Respondent{{ID: "r2", Name: "Respondent two"}}
	two.Answers = []Answer{answer("a1=nascent", "r2")}
	m, err := Merge(one, two)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Respondents) != 2 || len(m.Answers) != 2 || m.Date.String() != "2026-07" {
		t.Errorf("merged = %+v", m)
	}
	r := mustScore(t, Scorer{}, fw, m, nil)
	if c := r.Criterion("a1"); c.Level != LevelNascent || c.Spread != 3 {
		t.Errorf("a1 after merging = %v spread %d, want nascent (the lower median) spread 3", c.Level, c.Spread)
	}
	if len(one.Answers) != 1 {
		t.Error("Merge changed its input")
	}
	if _, err := Merge(one, one); err == nil {
		t.Error("merged two assessments by the same respondent")
	}
	other := assessment(fw)
	other.State = "PRY"
	other.Respondents = []Respondent{{ID: "r9", Name: "x"}}
	if _, err := Merge(one, other); err == nil {
		t.Error("merged assessments of two States")
	}
	if _, err := Merge(); err == nil {
		t.Error("merged nothing")
	}
}

// Problems of shape and problems of the rules come together.
func TestLoadAssessmentReportsEveryProblem(t *testing.T) {
	data := assessmentJSON(t, func(m map[string]any) {
		answerOf(m, 0)["colour"] = "blue"                         // schema
		delete(answerOf(m, 1), "justification")                   // rule
		answerOf(m, 2)["criterion"] = "z9"                        // rule
		m["respondents"].([]any)[0].(map[string]any)["name"] = "" // schema, not repeated by the rule
	})
	_, err := LoadAssessment(data, tinyFramework())
	var ps schema.Problems
	if !errors.As(err, &ps) {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Pointer+" "+p.Code)
	}
	want := []string{
		"/answers/0/colour schema.additionalProperties",
		"/answers/1/justification " + CodeNoJustification,
		"/answers/2/criterion " + CodeUnknownCriterion,
		"/respondents/0/name schema.minLength",
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems = %q, want %q", got, want)
	}
}
