package maturity

import (
	"errors"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// at is the date the test data are read at.
var at = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

func descriptors(prefix string) Descriptors {
	return Descriptors{
		Absent:      tracking.En(prefix + " absent"),
		Nascent:     tracking.En(prefix + " nascent"),
		Emerging:    tracking.En(prefix + " emerging"),
		Established: tracking.En(prefix + " established"),
		Advanced:    tracking.En(prefix + " advanced"),
	}
}

func crit(id string, weight float64, must bool, rules ...Rule) Criterion {
	return Criterion{
		ID: id, Title: tracking.En("Criterion " + id), Statement: tracking.En("Statement " + id),
		Levels: descriptors(id), Sources: []Citation{{Source: "s"}}, Weight: weight, MustHave: must,
		Guidance: tracking.En("Guidance " + id), Rules: rules,
	}
}

// tinyFramework has two dimensions: A (weight 1) with a1 (weight 1) and a2
// (weight 3); B (weight 2) with b1 (weight 1, must-have), b2 (weight 1)
// and b3 (weight 2).
func tinyFramework() *Framework {
	return &Framework{
		SchemaVersion: "1.0", ID: "tiny", Version: "1", Title: tracking.En("Tiny framework"),
		Levels:  descriptors("level"),
		Sources: []Source{{ID: "s", Title: tracking.En("A source")}},
		Dimensions: []Dimension{
			{ID: "A", Title: tracking.En("Dimension A"), Weight: 1, Criteria: []Criterion{crit("a1", 1, false), crit("a2", 3, false)}},
			{ID: "B", Title: tracking.En("Dimension B"), Weight: 2, Criteria: []Criterion{crit("b1", 1, true), crit("b2", 1, false), crit("b3", 2, false)}},
		},
	}
}

// answers builds an assessment of fw from "criterion=level" pairs of
// respondent "r1"; the level "na" means not applicable.
func assessment(fw *Framework, pairs ...string) *Assessment {
	a := &Assessment{SchemaVersion: "1.0", Framework: fw.Ref(), State: "XFS", Date: tracking.MustParseDate("2026-06"),
		Respondents: []Respondent{{ID: "r1", Name: tracking.En("Respondent one")}, {ID: "r2", Name: tracking.En("Respondent two")}, {ID: "r3", Name: tracking.En("Respondent three")}, {ID: "r4", Name: tracking.En("Respondent four")}}}
	for _, p := range pairs {
		a.Answers = append(a.Answers, answer(p, "r1"))
	}
	return a
}

func answer(pair, respondent string) Answer {
	var crit, level string
	for i := range pair {
		if pair[i] == '=' {
			crit, level = pair[:i], pair[i+1:]
		}
	}
	ans := Answer{Criterion: crit, Respondent: respondent}
	if level == "na" {
		ans.NotApplicable, ans.Justification = true, tracking.En("Does not apply here.")
	} else {
		ans.Level = Level(level)
	}
	return ans
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// fixture loads the test dataset, the default framework and the test
// assessment, and computes the facts at the date at.
func fixture(t testing.TB) (*tracking.Dataset, *Framework, *Assessment, *Facts) {
	t.Helper()
	ds, err := tracking.Decode(readFile(t, "testdata/dataset.json"))
	if err != nil {
		t.Fatal(err)
	}
	fw := DefaultFramework()
	a, err := LoadAssessment(readFile(t, "testdata/assessment.json"), fw)
	if err != nil {
		t.Fatal(err)
	}
	return ds, fw, a, ComputeFacts(tracking.NewIndex(ds), at)
}

func mustScore(t *testing.T, s Scorer, fw *Framework, a *Assessment, facts *Facts) *Result {
	t.Helper()
	r, err := s.Score(fw, a, facts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// wantProblem checks that err is a schema.Problems holding a problem with
// the code at the pointer ("*" for any pointer), and returns the problems.
func wantProblem(t *testing.T, err error, pointer, code string) schema.Problems {
	t.Helper()
	var ps schema.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error %T is not a schema.Problems: %v", err, err)
	}
	if !slices.ContainsFunc(ps, func(p schema.Problem) bool {
		return (pointer == "*" || p.Pointer == pointer) && p.Code == code
	}) {
		t.Errorf("problems %v lack %s at %q", ps, code, pointer)
	}
	checkMessages(t, ps)
	return ps
}
