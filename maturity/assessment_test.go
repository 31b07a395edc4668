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
			wantProblem(t, err, tt.pointer, tt.code)
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
	two.Respondents = []Respondent{{ID: "r2", Name: tracking.En("Respondent two")}}
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
	other.Respondents = []Respondent{{ID: "r9", Name: tracking.En("x")}}
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
		answerOf(m, 0)["colour"] = "blue"                                               // schema
		delete(answerOf(m, 1), "justification")                                         // rule
		answerOf(m, 2)["criterion"] = "z9"                                              // rule
		m["respondents"].([]any)[0].(map[string]any)["name"] = map[string]any{"en": ""} // schema, not repeated by the rule
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
		"/respondents/0/name/en schema.minLength",
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems = %q, want %q", got, want)
	}
}

// An assessment of another version of the framework is refused: its
// criteria may differ from those that would score it. It used to be
// scored, since only the IDs were compared.
func TestAssessmentOfAnotherVersion(t *testing.T) {
	fw := tinyFramework()
	data := assessmentJSON(t, func(m map[string]any) { m["framework"].(map[string]any)["version"] = "2" })
	_, err := LoadAssessment(data, fw)
	var ps schema.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Pointer != "/framework/version" || ps[0].Code != CodeFrameworkVersion {
		t.Errorf("LoadAssessment: %v", err)
	}
	a := assessment(fw, "a1=advanced")
	a.Framework.Version = "0.9"
	if _, err := Score(fw, a, nil); !errors.As(err, &ps) || ps[0].Code != CodeFrameworkVersion {
		t.Errorf("Score: %v", err)
	}
}

// A missing collection is reported once, not at every reference into it: a
// framework without sources used to report every citation as unknown (56
// of 58 problems for the default framework), an assessment without
// respondents every answer.
func TestMissingCollectionReportedOnce(t *testing.T) {
	var fw map[string]any
	if err := json.Unmarshal(DefaultFrameworkJSON(), &fw); err != nil {
		t.Fatal(err)
	}
	delete(fw, "sources")
	data, err := json.Marshal(fw)
	if err != nil {
		t.Fatal(err)
	}
	_, err = LoadFramework(data)
	var ps schema.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Pointer != "/sources" || ps[0].Code != "schema.required" {
		t.Errorf("a framework without sources: %v", err)
	}
	_, err = LoadAssessment(assessmentJSON(t, func(m map[string]any) { delete(m, "respondents") }), tinyFramework())
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Pointer != "/respondents" {
		t.Errorf("an assessment without respondents: %v", err)
	}
	a := assessment(tinyFramework(), "a1=advanced", "a2=advanced", "b1=advanced")
	a.Respondents = nil
	if ps := a.Check(tinyFramework()); len(ps) != 1 || ps[0].Code != CodeNoRespondents {
		t.Errorf("Check of answers without respondents: %v", ps)
	}
}

// Nil arguments give problems, errors or empty results, never a panic.
func TestNilArguments(t *testing.T) {
	fw := tinyFramework()
	a := assessment(fw, "a1=advanced")
	var nilA *Assessment
	var nilFw *Framework
	var nilR *Result
	var nilC *Comparison
	checks := []struct {
		name string
		ok   bool
	}{
		{"Merge(a, nil)", func() bool { _, err := Merge(a, nil); return err != nil }()},
		{"Merge(nil)", func() bool { _, err := Merge(nil); return err != nil }()},
		{"a.Check(nil)", len(a.Check(nil)) == 1},
		{"nil.Check(fw)", len(nilA.Check(fw)) == 1},
		{"a.CheckRecords(nil)", len(a.CheckRecords(nil)) == 1},
		{"nil.CheckRecords(ix)", len(nilA.CheckRecords(tracking.NewIndex(&tracking.Dataset{}))) == 1},
		{"nil framework Check", len(nilFw.Check()) == 1},
		{"ComputeFacts(nil, at)", ComputeFacts(nil, at) != nil},
		{"nil result Markdown", nilR.Markdown("ar") == "" && nilR.RadarSVG("fr") == ""},
		{"nil result Check", len(nilR.Check()) == 1},
		{"nil comparison Markdown", nilC.Markdown("en") == ""},
		{"nil facts Check", len((*Facts)(nil).Check()) == 0},
		{"Score(nil, a, nil)", func() bool { _, err := Score(nil, a, nil); return err != nil }()},
		{"Score(fw, nil, nil)", func() bool { _, err := Score(fw, nil, nil); return err != nil }()},
		{"Compare(nil, nil)", func() bool { _, err := Compare(nil, nil); return err != nil }()},
		{"nil result JSON", func() bool { _, err := nilR.JSON(); return err != nil }()},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("%s", c.name)
		}
	}
}

// Merge refuses what it cannot merge faithfully: a respondent ID repeated
// within one assessment (it used to be accepted), assessments of other
// framework versions, and answers by a respondent another assessment
// lists.
func TestMergeChecksWhatItMerges(t *testing.T) {
	fw := tinyFramework()
	one := assessment(fw, "a1=advanced")
	one.Respondents = []Respondent{{ID: "r1", Name: tracking.En("One")}, {ID: "r1", Name: tracking.En("One again")}}
	two := assessment(fw)
	two.Respondents = []Respondent{{ID: "r2", Name: tracking.En("Two")}}
	two.Answers = []Answer{answer("a1=nascent", "r2")}
	tests := []struct {
		name    string
		as      []*Assessment
		pointer string
		code    string
	}{
		{"a respondent twice in one assessment", []*Assessment{one, two}, "/0/respondents/1/id", CodeDuplicateID},
		{"another version", func() []*Assessment {
			a, b := *one, *two
			a.Respondents = a.Respondents[:1]
			b.Framework.Version = "2"
			return []*Assessment{&a, &b}
		}(), "/1/framework/version", CodeFrameworkVersion},
		{"an answer by another assessment's respondent", func() []*Assessment {
			a, b := *one, *two
			a.Respondents = a.Respondents[:1]
			b.Answers = []Answer{answer("a2=nascent", "r1")}
			return []*Assessment{&a, &b}
		}(), "/1/answers/0/respondent", CodeUnknownResp},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Merge(tt.as...)
			var ps schema.Problems
			if !errors.As(err, &ps) || !slices.ContainsFunc(ps, func(p schema.Problem) bool { return p.Pointer == tt.pointer && p.Code == tt.code }) {
				t.Errorf("Merge: %v; want %s at %s", err, tt.code, tt.pointer)
			}
			checkMessages(t, ps)
		})
	}
}
