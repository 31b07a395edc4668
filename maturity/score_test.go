package maturity

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Weights, "not applicable" and unanswered, worked by hand:
//
//	A: a1 (w1) advanced = 100, a2 (w3) absent = 0 → (100 + 0)/4 = 25, nascent.
//	B: b1 (w1) established = 75, b2 not applicable, b3 (w2) unanswered
//	   → 75/1 = 75, established; coverage 1/(1+2) = 1/3.
//	Overall: (1×25 + 2×75)/3 = 58.33, emerging; coverage (1×1 + 2×1/3)/3 = 0.5556.
//
// Had the unanswered b3 counted as zero, B would score 25, not 75.
func TestScoreWeightsNotApplicableUnanswered(t *testing.T) {
	fw := tinyFramework()
	r := mustScore(t, claims, fw, assessment(fw, "a1=advanced", "a2=absent", "b1=established", "b2=na"), nil)
	a, b := r.Dimension("A"), r.Dimension("B")
	if a.Score != 25 || a.Level != LevelNascent || a.Coverage != 1 {
		t.Errorf("A = %v %v coverage %v, want 25 nascent 1", a.Score, a.Level, a.Coverage)
	}
	if b.Score != 75 || b.Level != LevelEstablished || b.Coverage != 0.3333 {
		t.Errorf("B = %v %v coverage %v, want 75 established 0.3333", b.Score, b.Level, b.Coverage)
	}
	o := r.Overall
	if o.Score != 58.3 || o.ScoreLevel != LevelEmerging || o.Level != LevelEmerging || o.Coverage != 0.5556 {
		t.Errorf("overall = %v %v/%v coverage %v, want 58.3 emerging/emerging 0.5556", o.Score, o.ScoreLevel, o.Level, o.Coverage)
	}
	want := Counts{Criteria: 5, Answered: 3, NotApplicable: 1, Unanswered: 1}
	if o.Counts != want {
		t.Errorf("counts = %+v, want %+v", o.Counts, want)
	}
	if c := r.Criterion("b2"); c.Status != StatusNotApplicable || c.Level != "" {
		t.Errorf("b2 = %v %q, want not applicable with no level", c.Status, c.Level)
	}
	if c := r.Criterion("b3"); c.Status != StatusUnanswered || c.Level != "" {
		t.Errorf("b3 = %v %q, want unanswered with no level", c.Status, c.Level)
	}
	if o.Provisional {
		t.Error("provisional, though the must-have b1 is answered")
	}
}

// A dimension whose criteria are all unanswered has no score and no level,
// and stays out of the overall score rather than pulling it to zero.
func TestScoreUnscoredDimension(t *testing.T) {
	fw := tinyFramework()
	r := mustScore(t, claims, fw, assessment(fw, "a1=established", "a2=established"), nil)
	b := r.Dimension("B")
	if b.Scored || b.Level != "" || b.Coverage != 0 {
		t.Errorf("B = scored %v level %q coverage %v, want unscored", b.Scored, b.Level, b.Coverage)
	}
	if r.Overall.Score != 75 || r.Overall.Coverage != 0.3333 {
		t.Errorf("overall %v coverage %v, want 75 and 1/3", r.Overall.Score, r.Overall.Coverage)
	}
	if !r.Overall.Provisional || !slices.Equal(r.Overall.MissingMustHaves, []string{"b1"}) {
		t.Errorf("provisional %v missing %v, want true [b1]", r.Overall.Provisional, r.Overall.MissingMustHaves)
	}
	none := mustScore(t, Scorer{}, fw, assessment(fw), nil)
	if none.Overall.Scored || none.Overall.Level != "" || len(none.NextSteps) != 0 {
		t.Errorf("empty assessment: %+v", none.Overall)
	}
}

// Gates, worked by hand:
//
//	A: a1 advanced (w1), a2 established (w3) → (100 + 225)/4 = 81.25.
//	B: b1 nascent (w1, must-have), b2 advanced (w1), b3 advanced (w2)
//	   → (25 + 100 + 200)/4 = 81.25; the score gives established, b1 holds
//	   the dimension at nascent.
//	Overall: (81.25 + 2×81.25)/3 = 81.25, established; staged nascent.
//
// Next steps: b1 first, since it blocks the staged level (gain
// 25×1/4 × 2/3 = 4.17 points), then a2 (25×3/4 × 1/3 = 6.25 points).
func TestScoreGates(t *testing.T) {
	fw := tinyFramework()
	r := mustScore(t, claims, fw, assessment(fw, "a1=advanced", "a2=established", "b1=nascent", "b2=advanced", "b3=advanced"), nil)
	b := r.Dimension("B")
	if b.Score != 81.3 || b.ScoreLevel != LevelEstablished || b.Level != LevelNascent || !slices.Equal(b.GatedBy, []string{"b1"}) {
		t.Errorf("B = %v %v→%v gated by %v", b.Score, b.ScoreLevel, b.Level, b.GatedBy)
	}
	o := r.Overall
	if o.Score != 81.3 || o.ScoreLevel != LevelEstablished || o.Level != LevelNascent || !slices.Equal(o.GatedBy, []string{"b1"}) {
		t.Errorf("overall = %v %v→%v gated by %v", o.Score, o.ScoreLevel, o.Level, o.GatedBy)
	}
	if len(r.NextSteps) != 2 {
		t.Fatalf("steps = %+v", r.NextSteps)
	}
	s0, s1 := r.NextSteps[0], r.NextSteps[1]
	if s0.Criterion != "b1" || !s0.Blocking || s0.From != LevelNascent || s0.To != LevelEmerging || s0.ScoreGain != 4.17 || s0.DimensionGain != 6.25 {
		t.Errorf("first step = %+v", s0)
	}
	if s0.Descriptor.Get("en") != "b1 emerging" {
		t.Errorf("first step descriptor = %q", s0.Descriptor.Get("en"))
	}
	if s1.Criterion != "a2" || s1.Blocking || s1.ScoreGain != 6.25 || s1.DimensionGain != 18.75 {
		t.Errorf("second step = %+v", s1)
	}
	// Raising b1 by one level adds exactly its ScoreGain.
	up := mustScore(t, claims, fw, assessment(fw, "a1=advanced", "a2=established", "b1=emerging", "b2=advanced", "b3=advanced"), nil)
	if d := up.Overall.Score - r.Overall.Score; d < 4.1 || d > 4.25 {
		t.Errorf("raising b1 added %v points, want about 4.17", d)
	}
	if up.Overall.Level != LevelEmerging {
		t.Errorf("staged level after raising b1 = %v, want emerging", up.Overall.Level)
	}
}

// Consolidation of several respondents, by method.
func TestScoreConsolidation(t *testing.T) {
	fw := tinyFramework()
	three := assessment(fw)
	for i, l := range []string{"nascent", "emerging", "advanced"} {
		three.Answers = append(three.Answers, answer("a1="+l, []string{"r1", "r2", "r3"}[i]))
	}
	four := assessment(fw)
	for i, l := range []string{"absent", "nascent", "established", "advanced"} {
		four.Answers = append(four.Answers, answer("a1="+l, []string{"r1", "r2", "r3", "r4"}[i]))
	}
	tests := []struct {
		name   string
		a      *Assessment
		method Method
		want   Level
		spread int
	}{
		{"median of three", three, MethodMedian, LevelEmerging, 3},
		{"default is median", three, "", LevelEmerging, 3},
		{"minimum of three", three, MethodMinimum, LevelNascent, 3},
		{"mean of three, 7/3 rounded down", three, MethodMean, LevelEmerging, 3},
		{"lower median of four", four, MethodMedian, LevelNascent, 4},
		{"minimum of four", four, MethodMinimum, LevelAbsent, 4},
		{"mean of four, 8/4", four, MethodMean, LevelEmerging, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := mustScore(t, Scorer{Method: tt.method}, fw, tt.a, nil)
			c := r.Criterion("a1")
			if c.Claimed != tt.want || c.Level != tt.want || c.Spread != tt.spread {
				t.Errorf("a1 = %v (level %v) spread %d, want %v spread %d", c.Claimed, c.Level, c.Spread, tt.want, tt.spread)
			}
			if c.Confidence != ConfidenceLow {
				t.Errorf("confidence with respondents %d levels apart = %v, want low", c.Spread, c.Confidence)
			}
			if len(c.Answers) != len(tt.a.Answers) {
				t.Errorf("the result keeps %d answers, want %d", len(c.Answers), len(tt.a.Answers))
			}
			if r.Method != cmpOr(tt.method, MethodMedian) {
				t.Errorf("result method = %v", r.Method)
			}
		})
	}
	if _, err := (Scorer{Method: "mode"}).Score(fw, three, nil); err == nil {
		t.Error("an unknown method was accepted")
	}

	mixed := assessment(fw)
	mixed.Answers = []Answer{answer("a1=na", "r1"), answer("a1=established", "r2"), answer("a2=na", "r1"), answer("a2=na", "r2")}
	r := mustScore(t, Scorer{}, fw, mixed, nil)
	if c := r.Criterion("a1"); c.Status != StatusAnswered || c.Level != LevelEstablished || !c.MixedApplicability {
		t.Errorf("a1 with one 'not applicable' and one level: %v %v mixed %v", c.Status, c.Level, c.MixedApplicability)
	}
	if c := r.Criterion("a2"); c.Status != StatusNotApplicable {
		t.Errorf("a2 found not applicable by all: %v", c.Status)
	}
}

func cmpOr(m, def Method) Method {
	if m == "" {
		return def
	}
	return m
}

// Contradictions between the claims and the data, and confidence.
func TestScoreContradictions(t *testing.T) {
	share := Rule{Fact: FactRecommendationsWithLead, Thresholds: []float64{0.25, 0.5, 0.75, 0.9}}
	overdue := Rule{Fact: FactObligationsOverdue, Thresholds: []float64{3, 2, 1, 0}, LowerIsBetter: true}
	fw := tinyFramework()
	fw.Dimensions[0].Criteria = []Criterion{crit("a1", 1, false, share), crit("a2", 1, false, share, overdue), crit("a3", 1, false, Rule{Fact: FactNetworks, Thresholds: []float64{0, 1, 1, 2}})}
	facts := &Facts{At: tracking.MustParseDate("2026-06-30"), Values: []FactValue{
		{Fact: FactRecommendationsWithLead, Value: 0.6, Count: 6, Of: 10, Conclusive: true},
		{Fact: FactObligationsOverdue, Value: 2, Conclusive: true},
	}}
	withEvidence := func(a Answer) Answer {
		a.Evidence = []Evidence{{Document: "Minutes"}}
		return a
	}
	tests := []struct {
		name         string
		answers      []Answer
		claimsOnly   bool
		id           string
		level, data  Level
		contradicted bool
		unverified   bool
		confidence   Confidence
	}{
		{"claim above the data: held down", []Answer{withEvidence(answer("a1=established", "r1"))}, false, "a1", LevelEmerging, LevelEmerging, true, false, ConfidenceHigh},
		{"claim above the data, claims alone", []Answer{answer("a1=advanced", "r1")}, true, "a1", LevelAdvanced, LevelEmerging, true, false, ConfidenceMedium},
		{"claim at the data, with evidence", []Answer{withEvidence(answer("a1=emerging", "r1"))}, false, "a1", LevelEmerging, LevelEmerging, false, false, ConfidenceHigh},
		{"claim below the data, no evidence", []Answer{answer("a1=nascent", "r1")}, false, "a1", LevelNascent, LevelEmerging, false, false, ConfidenceMedium},
		// a2: the share gives emerging, two overdue reports give emerging
		// (2 ≤ 3, 2 ≤ 2, not ≤ 1): the lower of the two is emerging.
		{"two rules, the lower wins", []Answer{answer("a2=established", "r1")}, false, "a2", LevelEmerging, LevelEmerging, true, false, ConfidenceMedium},
		// a3's fact is unknown: no data level, no verified level.
		{"unknown fact", []Answer{withEvidence(answer("a3=advanced", "r1"))}, false, "a3", "", "", false, true, ConfidenceMedium},
		{"unknown fact, no evidence", []Answer{answer("a3=advanced", "r1")}, false, "a3", "", "", false, true, ConfidenceLow},
		{"unknown fact, claims alone", []Answer{answer("a3=advanced", "r1")}, true, "a3", LevelAdvanced, "", false, false, ConfidenceLow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := assessment(fw)
			a.Answers = tt.answers
			r := mustScore(t, Scorer{ClaimsOnly: tt.claimsOnly}, fw, a, facts)
			c := r.Criterion(tt.id)
			if c.Level != tt.level || c.DataLevel != tt.data || c.Contradicted != tt.contradicted || c.Unverified != tt.unverified || c.Confidence != tt.confidence {
				t.Errorf("%s: level %v data %v contradicted %v unverified %v confidence %v; want %v %v %v %v %v",
					tt.id, c.Level, c.DataLevel, c.Contradicted, c.Unverified, c.Confidence, tt.level, tt.data, tt.contradicted, tt.unverified, tt.confidence)
			}
			if got := len(r.Contradictions()); got != map[bool]int{true: 1, false: 0}[tt.contradicted] || r.Overall.Counts.Contradicted != got {
				t.Errorf("%d contradictions listed, %d counted", got, r.Overall.Counts.Contradicted)
			}
		})
	}
	// A fact over a collection the dataset does not keep in full holds
	// nothing down: the criterion is unverified.
	lower := &Facts{At: facts.At, Values: []FactValue{{Fact: FactRecommendationsWithLead, Value: 0.6, Count: 6, Of: 10}}}
	a1 := assessment(fw)
	a1.Answers = []Answer{withEvidence(answer("a1=advanced", "r1"))}
	if c := mustScore(t, Scorer{}, fw, a1, lower).Criterion("a1"); !c.Unverified || c.Level != "" || !c.Contradicted {
		t.Errorf("a claim over an inconclusive fact: unverified %v, level %q, contradicted %v", c.Unverified, c.Level, c.Contradicted)
	}
	// Each rule shows the fact it read and the level it gave.
	a := assessment(fw)
	a.Answers = []Answer{answer("a2=established", "r1")}
	r := mustScore(t, Scorer{}, fw, a, facts)
	rules := r.Criterion("a2").Rules
	if len(rules) != 2 || !rules[0].Known || rules[0].Value != 0.6 || rules[0].Level != LevelEmerging || rules[1].Value != 2 || rules[1].Level != LevelEmerging {
		t.Errorf("rules = %+v", rules)
	}
	// Without facts, no criterion has a data level.
	r = mustScore(t, Scorer{}, fw, a, nil)
	if c := r.Criterion("a2"); c.DataLevel != "" || c.Contradicted || c.Rules[0].Known {
		t.Errorf("without facts: %+v", c)
	}
}

func TestRuleLevel(t *testing.T) {
	up := Rule{Thresholds: []float64{0.25, 0.5, 0.75, 0.9}}
	down := Rule{Thresholds: []float64{3, 2, 1, 0}, LowerIsBetter: true}
	tests := []struct {
		r    Rule
		v    float64
		want Level
	}{
		{up, 0, LevelAbsent}, {up, 0.25, LevelNascent}, {up, 0.6, LevelEmerging}, {up, 0.75, LevelEstablished}, {up, 1, LevelAdvanced},
		{down, 7, LevelAbsent}, {down, 3, LevelNascent}, {down, 2, LevelEmerging}, {down, 1, LevelEstablished}, {down, 0, LevelAdvanced},
	}
	for _, tt := range tests {
		if got := tt.r.Level(tt.v); got != tt.want {
			t.Errorf("%+v.Level(%v) = %v, want %v", tt.r, tt.v, got, tt.want)
		}
	}
}

func TestScoreRejectsInvalidAssessment(t *testing.T) {
	fw := tinyFramework()
	a := assessment(fw, "zz=established", "a1=na")
	a.Answers[1].Justification = nil
	_, err := Score(fw, a, nil)
	var ps schema.Problems
	if !errors.As(err, &ps) || len(ps) != 2 {
		t.Fatalf("error = %v, want two problems", err)
	}
	if _, err := Score(nil, a, nil); err == nil {
		t.Error("Score without a framework succeeded")
	}
}

// Comparison of two results, worked by hand from the cases above.
func TestCompare(t *testing.T) {
	fw := tinyFramework()
	prev := mustScore(t, claims, fw, assessment(fw, "a1=advanced", "a2=absent", "b1=established", "b2=na"), nil)
	prev.Date = tracking.MustParseDate("2025-06")
	cur := mustScore(t, claims, fw, assessment(fw, "a1=advanced", "a2=established", "b1=nascent", "b2=advanced", "b3=advanced"), nil)
	c, err := Compare(prev, cur)
	if err != nil {
		t.Fatal(err)
	}
	if !near(c.Score.From, 58.3) || !near(c.Score.To, 81.3) || !near(c.Score.Delta, 23) || !c.Score.Comparable() {
		t.Errorf("score change = %+v", c.Score)
	}
	if c.Level.From != LevelEmerging || c.Level.To != LevelNascent {
		t.Errorf("level change = %+v", c.Level)
	}
	if n, ok := c.Level.Steps(); !ok || n != -1 {
		t.Errorf("level steps = %d %v, want -1", n, ok)
	}
	if d := c.Dimensions[0]; d.ID != "A" || !near(d.Score.Delta, 56.3) || d.Level.From != LevelNascent || d.Level.To != LevelEstablished {
		t.Errorf("A change = %+v", d)
	}
	var changed []string
	for _, cc := range c.Criteria {
		changed = append(changed, cc.ID)
	}
	if !slices.Equal(changed, []string{"a2", "b1", "b2", "b3"}) {
		t.Errorf("changed criteria = %v, want a2 b1 b2 b3", changed)
	}
	if b2 := c.Criteria[2]; b2.FromStatus != StatusNotApplicable || b2.ToStatus != StatusAnswered || b2.Level.To != LevelAdvanced {
		t.Errorf("b2 change = %+v", b2)
	}
	other := tinyFramework()
	other.ID = "other"
	o := mustScore(t, Scorer{}, other, assessment(other, "a1=advanced"), nil)
	if _, err := Compare(prev, o); err == nil {
		t.Error("compared results of two frameworks")
	}
	empty := mustScore(t, Scorer{}, fw, assessment(fw), nil)
	c, _ = Compare(empty, cur)
	if c.Score.Comparable() || c.Score.Delta != 0 || c.Score.FromKnown || !c.Score.ToKnown {
		t.Errorf("change from an unscored result = %+v", c.Score)
	}
}

// One framework, assessment and set of facts serve many goroutines: Score
// changes none of them (run with -race).
func TestScoreConcurrently(t *testing.T) {
	_, fw, a, facts := fixture(t)
	want := mustScore(t, Scorer{}, fw, a, facts).Markdown("en")
	done := make(chan string)
	for range 8 {
		go func() {
			r, err := Score(fw, a, facts)
			if err != nil {
				done <- err.Error()
				return
			}
			done <- r.Markdown("en")
		}()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Error("a concurrent score differs")
		}
	}
}

// A must-have criterion applies to every mechanism: "not applicable" on it
// is refused, or it would lift its gate. With all seven must-haves of the
// default framework found not applicable and every other criterion
// advanced, the staged level used to be advanced, and not even
// provisional.
func TestMustHaveCannotBeNotApplicable(t *testing.T) {
	fw := DefaultFramework()
	a := &Assessment{SchemaVersion: "1.0", Framework: fw.Ref(), State: "XFS", Date: tracking.MustParseDate("2026"),
		Respondents: []Respondent{{ID: "sec", Name: tracking.En("Secretariat")}, {ID: "moj", Name: tracking.En("Ministry of Justice")}}}
	var must []string
	for _, c := range fw.Criteria() {
		ans := Answer{Criterion: c.ID, Respondent: "sec", Level: LevelAdvanced}
		if c.MustHave {
			must = append(must, c.ID)
			ans = Answer{Criterion: c.ID, Respondent: "sec", NotApplicable: true, Justification: tracking.En("We find it does not apply.")}
		}
		a.Answers = append(a.Answers, ans)
	}
	if len(must) != 7 {
		t.Fatalf("%d must-haves, want 7", len(must))
	}
	r, err := Score(fw, a, nil)
	var ps schema.Problems
	if r != nil || !errors.As(err, &ps) {
		t.Fatalf("scored: %+v %v", r, err)
	}
	var got []string
	for _, p := range ps {
		if p.Code != CodeMustHaveNA || !strings.HasSuffix(p.Pointer, "/notApplicable") {
			t.Errorf("unexpected problem %v", p)
		}
		got = append(got, a.Answers[answerIndex(t, p.Pointer)].Criterion)
	}
	if !slices.Equal(got, must) {
		t.Errorf("refused %v, want the must-haves %v", got, must)
	}
	// One respondent's level beside another's "not applicable" is refused
	// too: the rule is the answer's, not the consolidation's.
	b := assessment(tinyFramework(), "b1=established")
	b.Answers = append(b.Answers, answer("b1=na", "r2"))
	if _, err := Score(tinyFramework(), b, nil); !errors.As(err, &ps) || len(ps) != 1 || ps[0].Pointer != "/answers/1/notApplicable" {
		t.Errorf("mixed answers to a must-have: %v", err)
	}
}

// answerIndex reads the index of an answer from a pointer "/answers/<i>/...".
func answerIndex(t *testing.T, ptr string) int {
	t.Helper()
	var i int
	if _, err := fmt.Sscanf(ptr, "/answers/%d/", &i); err != nil {
		t.Fatalf("%s: %v", ptr, err)
	}
	return i
}

// Facts that cannot be are refused, rather than scored into a result whose
// document would fail its schema.
func TestScoreRefusesInvalidFacts(t *testing.T) {
	fw := tinyFramework()
	fw.Dimensions[0].Criteria[0].Rules = []Rule{{Fact: FactRecommendationsWithLead, Thresholds: []float64{0.25, 0.5, 0.75, 0.9}}}
	a := assessment(fw, "a1=established")
	good := FactValue{Fact: FactRecommendationsWithLead, Value: 0.5, Count: 1, Of: 2}
	tests := []struct {
		name    string
		facts   *Facts
		pointer string
	}{
		{"no date", &Facts{Values: []FactValue{good}}, "/facts/at"},
		{"NaN", &Facts{At: tracking.Year(2026), Values: []FactValue{{Fact: FactNetworks, Value: math.NaN()}}}, "/facts/values/0/value"},
		{"infinite", &Facts{At: tracking.Year(2026), Values: []FactValue{{Fact: FactNetworks, Value: math.Inf(1)}}}, "/facts/values/0/value"},
		{"a share above 1", &Facts{At: tracking.Year(2026), Values: []FactValue{{Fact: FactActionsSMART, Value: 1.5, Count: 3, Of: 2}}}, "/facts/values/0"},
		{"a share that is not its counts", &Facts{At: tracking.Year(2026), Values: []FactValue{{Fact: FactActionsSMART, Value: 0.9, Count: 1, Of: 2}}}, "/facts/values/0/value"},
		{"a flag of 2", &Facts{At: tracking.Year(2026), Values: []FactValue{{Fact: FactLegalBasis, Value: 2}}}, "/facts/values/0/value"},
		{"a negative count", &Facts{At: tracking.Year(2026), Values: []FactValue{{Fact: FactNetworks, Value: -1}}}, "/facts/values/0/value"},
		{"an unknown fact", &Facts{At: tracking.Year(2026), Values: []FactValue{{Fact: "happiness", Value: 1}}}, "/facts/values/0/fact"},
		{"a fact twice", &Facts{At: tracking.Year(2026), Values: []FactValue{good, good}}, "/facts/values/1/fact"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Score(fw, a, tt.facts)
			var ps schema.Problems
			if r != nil || !errors.As(err, &ps) || !slices.ContainsFunc(ps, func(p schema.Problem) bool { return p.Pointer == tt.pointer }) {
				t.Errorf("Score: %v, want a problem at %s", err, tt.pointer)
			}
			checkMessages(t, ps)
		})
	}
	if _, err := Score(fw, a, &Facts{At: tracking.Year(2026), Values: []FactValue{good}}); err != nil {
		t.Errorf("valid facts: %v", err)
	}
}

// When every criterion is found not applicable, the report says so, rather
// than that no criterion was answered, and shows no coverage where no
// weight applies.
func TestAllNotApplicable(t *testing.T) {
	fw := tinyFramework()
	fw.Dimensions[1].Criteria[0].MustHave = false
	r := mustScore(t, Scorer{}, fw, assessment(fw, "a1=na", "a2=na", "b1=na", "b2=na", "b3=na"), nil)
	if r.Overall.Scored || r.Overall.Counts.NotApplicable != 5 {
		t.Fatalf("overall %+v", r.Overall)
	}
	md := r.Markdown("en")
	if strings.Contains(md, "No criterion was answered") || !strings.Contains(md, "All 5 criteria were found not applicable") {
		t.Errorf("report:\n%s", md)
	}
	if strings.Contains(md, "| 0% |") {
		t.Errorf("a coverage of 0%% where no weight applies:\n%s", md)
	}
	for _, lang := range Languages()[1:] {
		if r.Markdown(lang) == "" || strings.Contains(r.Markdown(lang), msg(builtIn(lang), "noAnswer")) {
			t.Errorf("%s: the report says no criterion was answered", lang)
		}
	}
}

// Compare refuses results of different States, and a previous result
// dated after the current one; it used to compare them silently.
func TestCompareRefusesOtherStatesAndReversedDates(t *testing.T) {
	fw := tinyFramework()
	prev := mustScore(t, Scorer{}, fw, assessment(fw, "a1=nascent"), nil)
	prev.Date = tracking.MustParseDate("2025")
	cur := mustScore(t, Scorer{}, fw, assessment(fw, "a1=advanced"), nil)
	if _, err := Compare(prev, cur); err != nil {
		t.Fatal(err)
	}
	other := *cur
	other.State = "PRY"
	if _, err := Compare(prev, &other); err == nil || !strings.Contains(err.Error(), "State") {
		t.Errorf("compared results of two States: %v", err)
	}
	if _, err := Compare(cur, prev); err == nil || !strings.Contains(err.Error(), "after") {
		t.Errorf("compared a later result as the previous one: %v", err)
	}
	// Partial dates that overlap are in no order: "2026" and "2026-06".
	same := *prev
	same.Date = tracking.MustParseDate("2026")
	if _, err := Compare(cur, &same); err != nil {
		t.Errorf("overlapping dates: %v", err)
	}
}
