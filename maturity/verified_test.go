package maturity

import (
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/tracking"
)

// An inflated assessment, every answer Advanced, scored with the test data,
// passes no must-have above what the data show: each must-have's verified
// level, and so the staged level, is no higher than its data level.
func TestInflatedAssessmentCannotPassMustHave(t *testing.T) {
	_, fw, a, facts := fixture(t)
	for i := range a.Answers {
		if !a.Answers[i].NotApplicable {
			a.Answers[i].Level = LevelAdvanced
		}
	}
	r := mustScore(t, Scorer{}, fw, a, facts)
	lowest := MaxRank
	for _, d := range r.Dimensions {
		for _, c := range d.Criteria {
			if !c.MustHave || c.Status != StatusAnswered {
				continue
			}
			if c.Unverified || c.DataLevel == "" {
				t.Fatalf("must-have %s is unverified with the full test data", c.ID)
			}
			if c.Level.Rank() > c.DataLevel.Rank() {
				t.Errorf("must-have %s: verified %s above the data's %s", c.ID, c.Level, c.DataLevel)
			}
			lowest = min(lowest, c.DataLevel.Rank())
		}
	}
	if lowest == MaxRank {
		t.Fatal("the data place every must-have at Advanced: the test proves nothing")
	}
	o := r.Overall
	if o.Level == "" || o.Level.Rank() > lowest {
		t.Errorf("staged level %q, but a must-have's data show %s", o.Level, LevelOf(lowest))
	}
	if o.Claimed == nil || o.Claimed.Level.Rank() <= o.Level.Rank() {
		t.Errorf("claimed figures %+v: the inflated claim should stand above the verified level %s", o.Claimed, o.Level)
	}
	// Scored on claims alone, the same answers pass every gate.
	if c := mustScore(t, Scorer{ClaimsOnly: true}, fw, a, facts); c.Overall.Level.Rank() <= o.Level.Rank() {
		t.Errorf("claims alone give %s, verified %s", c.Overall.Level, o.Level)
	}
}

// Leaving out the data, the declaration of what the dataset keeps in full,
// or the evidence never raises a verified figure or a confidence: at most
// it makes a verified figure unavailable. Without the data or the
// declaration, the confidence is lower.
func TestLeavingThingsOutNeverRaisesAFigure(t *testing.T) {
	ds, fw, a, facts := fixture(t)
	full := mustScore(t, Scorer{}, fw, a, facts)
	if len(full.Overall.Unverified) > 0 {
		t.Fatalf("the full test data leave %v unverified", full.Overall.Unverified)
	}

	undeclared := *ds
	undeclared.CompleteCollections = nil
	noEvidence := *a
	noEvidence.Answers = slices.Clone(a.Answers)
	for i := range noEvidence.Answers {
		noEvidence.Answers[i].Evidence = nil
	}
	cases := []struct {
		name  string
		a     *Assessment
		facts *Facts
		lower bool // the confidence must be strictly lower
	}{
		{"no data", a, nil, true},
		{"no declaration", a, ComputeFacts(tracking.NewIndex(&undeclared), at), true},
		{"no evidence", &noEvidence, facts, true},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			r := mustScore(t, Scorer{}, fw, tt.a, tt.facts)
			noHigher := func(what string, fullOK, ok bool, fullV, v float64) {
				if ok && (!fullOK || v > fullV+1e-9) {
					t.Errorf("%s: %v, above the full data's %v (known %v)", what, v, fullV, fullOK)
				}
			}
			o, fo := r.Overall, full.Overall
			noHigher("score", len(fo.Unverified) == 0, o.Scored && len(o.Unverified) == 0, fo.Score, o.Score)
			noHigher("staged level", fo.Level != "", o.Level != "", float64(fo.Level.Rank()), float64(o.Level.Rank()))
			noHigher("confidence", true, true, fo.Confidence, o.Confidence)
			if tt.lower && o.Confidence >= fo.Confidence {
				t.Errorf("confidence %v, not below the full data's %v", o.Confidence, fo.Confidence)
			}
			for i, d := range r.Dimensions {
				fd := full.Dimensions[i]
				noHigher(d.ID+" score", len(fd.Unverified) == 0, d.Scored && len(d.Unverified) == 0, fd.Score, d.Score)
				noHigher(d.ID+" confidence", fd.Scored, d.Scored, fd.Confidence, d.Confidence)
				for j, c := range d.Criteria {
					fc := fd.Criteria[j]
					noHigher(c.ID+" level", fc.Level != "", c.Level != "", float64(fc.Level.Rank()), float64(c.Level.Rank()))
					noHigher(c.ID+" confidence", true, c.Confidence != "", fc.Confidence.Weight(), c.Confidence.Weight())
				}
			}
		})
	}
	// Without data the result says so: every criterion with rules is
	// unverified, and no verified score is given.
	if r := mustScore(t, Scorer{}, fw, a, nil); r.Overall.Score != 0 || r.Overall.Level != "" || len(r.Overall.Unverified) == 0 {
		t.Errorf("without data: score %v, level %q, unverified %v", r.Overall.Score, r.Overall.Level, r.Overall.Unverified)
	}
}

// The answers of the national human rights institution and of civil
// society stand beside the State's claim as views, and never move it.
func TestViewsDoNotMoveTheClaim(t *testing.T) {
	_, fw, a, facts := fixture(t)
	with := *a
	with.Respondents = append(slices.Clone(a.Respondents),
		Respondent{ID: "nhri", Name: tracking.En("National commission"), Constituency: ConstituencyNHRI},
		Respondent{ID: "ngo", Name: tracking.En("Coalition of NGOs"), Constituency: ConstituencyCivilSociety})
	with.Answers = slices.Clone(a.Answers)
	for _, c := range fw.Criteria() {
		with.Answers = append(with.Answers, Answer{Criterion: c.ID, Respondent: "nhri", Level: LevelAdvanced},
			Answer{Criterion: c.ID, Respondent: "ngo", Level: LevelAbsent})
	}
	for _, m := range []Method{MethodMedian, MethodMinimum, MethodMean} {
		before := mustScore(t, Scorer{Method: m}, fw, a, facts)
		after := mustScore(t, Scorer{Method: m}, fw, &with, facts)
		for _, d := range before.Dimensions {
			for _, c := range d.Criteria {
				ac := after.Criterion(c.ID)
				if ac.Claimed != c.Claimed || ac.Level != c.Level || ac.Spread != c.Spread || ac.Status != c.Status {
					t.Errorf("%s %s: claim %s level %s spread %d became %s %s %d", m, c.ID, c.Claimed, c.Level, c.Spread, ac.Claimed, ac.Level, ac.Spread)
				}
			}
		}
		if after.Overall.Score != before.Overall.Score || after.Overall.Level != before.Overall.Level {
			t.Errorf("%s: the overall figures moved: %v %s → %v %s", m, before.Overall.Score, before.Overall.Level, after.Overall.Score, after.Overall.Level)
		}
	}
	after := mustScore(t, Scorer{}, fw, &with, facts)
	c := after.Criterion("legal-basis")
	want := []View{{Constituency: ConstituencyNHRI, Level: LevelAdvanced}, {Constituency: ConstituencyCivilSociety, Level: LevelAbsent}}
	if !slices.Equal(c.Views, want) {
		t.Errorf("views %+v, want %+v", c.Views, want)
	}
	if md := after.Markdown("en"); !strings.Contains(md, "Coalition of NGOs: Absent (0) (view of civil society; ⚠ differs from the State's claim)") {
		t.Error("the report does not show that civil society's view differs from the claim")
	}
}

// Answering "not applicable" is a problem on a criterion a framework of
// version 1.1 does not mark as one that may not apply; a framework of
// version 1.0 cannot mark them, and lets any criterion but a must-have be
// found not applicable.
func TestNotApplicableOnlyWhereItMayBe(t *testing.T) {
	fw := tinyFramework()
	fw.SchemaVersion = "1.1"
	fw.Dimensions[0].Criteria[1].MayNotApply = true
	a := assessment(fw, "a1=na", "a2=na")
	ps := a.Check(fw)
	if len(ps) != 1 || ps[0].Pointer != "/answers/0/notApplicable" || ps[0].Code != CodeNAUnlisted {
		t.Errorf("problems %v, want one %s at /answers/0/notApplicable", ps, CodeNAUnlisted)
	}
	fw.SchemaVersion = "1.0"
	if ps := a.Check(fw); len(ps) > 0 {
		t.Errorf("a framework of version 1.0: %v", ps)
	}
	fw.SchemaVersion = "1.1"
	fw.Dimensions[1].Criteria[0].MayNotApply = true // b1, a must-have
	wantProblem(t, fw.Check(), "/dimensions/1/criteria/0/mayNotApply", CodeMayNotApply)
}

// The default framework marks which criteria may not apply, never a
// must-have, and every source names a document or a link, or says that
// neither is known.
func TestDefaultFrameworkApplicability(t *testing.T) {
	fw := DefaultFramework()
	var may []string
	for _, c := range fw.Criteria() {
		if c.MayNotApply {
			may = append(may, c.ID)
		}
	}
	if want := []string{"follow-up-reports", "parliament-subnational"}; !slices.Equal(may, want) {
		t.Errorf("criteria that may not apply: %v, want %v", may, want)
	}
	// Every source can be opened, by its symbol or link, or says what is
	// not known; the documents the issue names are there.
	for _, s := range fw.Sources {
		if s.Document == "" && s.URL == "" && s.Note["en"] == "" {
			t.Errorf("source %s gives no document, no link and no note", s.ID)
		}
	}
	for _, doc := range []string{"HR/PUB/16/1", "HR/PUB/16/1/Add.1", "A/HRC/50/64", "A/HRC/RES/30/25", "A/HRC/RES/36/29", "A/HRC/RES/42/30", "A/HRC/RES/51/33"} {
		if !slices.ContainsFunc(fw.Sources, func(s Source) bool { return s.Document == doc }) {
			t.Errorf("no source is the document %s", doc)
		}
	}
	withURL := 0
	for _, s := range fw.Sources {
		if s.URL != "" {
			withURL++
		}
	}
	if withURL < 8 {
		t.Errorf("%d sources give a link", withURL)
	}
	fw.Sources[0].Document, fw.Sources[0].URL, fw.Sources[0].Note = "", "", nil
	wantProblem(t, fw.Check(), "/sources/0", CodeSourceUnlocated)
}

// A comparison says when the two results were scored by different
// methods, and then compares the claims, like with like, rather than show
// a drop that comes from the method; it says whether the data back each
// move and lists new and resolved contradictions.
func TestCompareSaysWhy(t *testing.T) {
	_, fw, a, facts := fixture(t)
	verified := mustScore(t, Scorer{}, fw, a, facts)
	claimsAlone := mustScore(t, Scorer{ClaimsOnly: true}, fw, a, facts)
	c, err := Compare(claimsAlone, verified)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Method || !c.Claimed {
		t.Errorf("method %v, claimed %v: the results differ in method", c.Method, c.Claimed)
	}
	if c.Score.Delta != 0 || len(c.Criteria) != 0 {
		t.Errorf("the same claims compare as a change: %+v, %d criteria", c.Score, len(c.Criteria))
	}
	if md := c.Markdown("en"); !strings.Contains(md, "different methods") {
		t.Error("the report does not say that the methods differ")
	}

	// A year later the claims rose: one move the data bear out, one they
	// do not, which is a new contradiction.
	later := *a
	later.Date = tracking.MustParseDate("2027")
	later.Answers = slices.Clone(a.Answers)
	for i, ans := range later.Answers {
		switch ans.Criterion {
		case "legal-basis":
			later.Answers[i].Level = LevelAdvanced // the data show Advanced
		case "leadership":
			later.Answers[i].Level = LevelAdvanced // the data show Established
		}
	}
	next := mustScore(t, Scorer{}, fw, &later, facts)
	c, err = Compare(verified, next)
	if err != nil {
		t.Fatal(err)
	}
	if c.Method || c.Claimed {
		t.Errorf("method %v, claimed %v: both results are verified and complete", c.Method, c.Claimed)
	}
	moves := map[string]CriterionChange{}
	for _, cc := range c.Criteria {
		moves[cc.ID] = cc
	}
	if m := moves["legal-basis"]; !m.Backed || m.Level.To != LevelAdvanced {
		t.Errorf("legal-basis: %+v, want a move to Advanced that the data back", m)
	}
	if _, ok := moves["leadership"]; ok {
		t.Error("leadership moved, though the data hold its verified level where it was")
	}
	if !slices.Contains(c.NewContradictions, "leadership") {
		t.Errorf("new contradictions %v lack leadership", c.NewContradictions)
	}
	// The year after, the claim came back to what the data show.
	after := *a
	after.Date = tracking.MustParseDate("2028")
	if c, err := Compare(next, mustScore(t, Scorer{}, fw, &after, facts)); err != nil || !slices.Contains(c.ResolvedContradictions, "leadership") {
		t.Errorf("resolved contradictions: %v (%v), want leadership", c, err)
	}
}

// The chart draws the claimed and the verified outlines, the verified
// points as opaque as the confidence is high, with a legend in every
// report language; scored without data, it says so at its top and draws
// the claims alone.
func TestRadarShowsClaimedAndVerified(t *testing.T) {
	_, fw, a, facts := fixture(t)
	r := mustScore(t, Scorer{}, fw, a, facts)
	for _, lang := range Languages() {
		svg := r.RadarSVG(lang)
		for _, want := range []string{`stroke-dasharray="6 4"`, xmlText(msg(builtIn(lang), "verifiedOutline")), xmlText(msg(builtIn(lang), "claimedOutline")), xmlText(msg(builtIn(lang), "confidenceNote"))} {
			if !strings.Contains(svg, want) {
				t.Errorf("%s: the chart lacks %q", lang, want)
			}
		}
		if strings.Count(svg, `<circle `) != len(r.Dimensions) {
			t.Errorf("%s: %d points for %d dimensions", lang, strings.Count(svg, `<circle `), len(r.Dimensions))
		}
	}
	d := r.Dimensions[0]
	if want := `fill-opacity="` + f2(0.15+0.85*d.Confidence) + `"`; !strings.Contains(r.RadarSVG("en"), want) {
		t.Errorf("the first point's opacity is not its confidence: %s", want)
	}
	// Without data only a dimension whose criteria have no rules keeps a
	// verified point.
	none := mustScore(t, Scorer{}, fw, a, nil)
	svg := none.RadarSVG("ar")
	verified := 0
	for _, d := range none.Dimensions {
		if d.Scored && len(d.Unverified) == 0 {
			verified++
		}
	}
	if !strings.Contains(svg, strings.Fields(msg(builtIn("ar"), "noDataTop"))[0]) || strings.Count(svg, `<circle `) != verified || !strings.Contains(svg, `dir="rtl"`) {
		t.Errorf("without data, the Arabic chart does not say so, or draws more than %d verified points", verified)
	}
}
