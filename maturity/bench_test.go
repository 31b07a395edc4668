package maturity

import (
	"fmt"
	"testing"

	"github.com/nmirf/nmirf/tracking"
)

// largeDataset builds a dataset of a fictional State with n
// recommendations and a plan in proportion: an action for every second
// recommendation, an indicator for every fourth, two progress reports per
// action, an assessment per recommendation, and clusters of ten.
func largeDataset(n int) *tracking.Dataset {
	id := func(kind, i int) tracking.ID {
		return tracking.MustParseID(fmt.Sprintf("0190c000-0000-7000-8000-%02d%010d", kind, i))
	}
	ds := &tracking.Dataset{SchemaVersion: "1.0", State: "XFS", Date: tracking.MustParseDate("2026-06-30"), Publisher: tracking.Publisher{Name: tracking.En("Fictional publisher")}}
	for i := range 40 {
		ds.Entities = append(ds.Entities, tracking.Entity{ID: id(1, i), Name: tracking.En(fmt.Sprintf("Entity %d", i)), Kind: tracking.EntityKindMinistry, Branch: tracking.BranchExecutive})
	}
	m := &tracking.Mechanism{Name: tracking.En("Mechanism"), Type: tracking.MechanismTypeInterMinisterial, Standing: true,
		LegalBasis: &tracking.LegalBasis{Kind: tracking.InstrumentKindLaw}, MeetingFrequency: tracking.FrequencyQuarterly}
	for i := range 40 {
		m.Members = append(m.Members, tracking.Member{EntityID: id(1, i), Role: tracking.MemberRoleMember})
		m.FocalPoints = append(m.FocalPoints, tracking.FocalPoint{EntityID: id(1, i), Role: tracking.FocalPointRoleMain})
	}
	ds.Mechanism = m
	sources := []tracking.Source{
		{Family: tracking.MechanismFamilyUPR},
		{Family: tracking.MechanismFamilyTreatyBody, Body: "CRC"},
		{Family: tracking.MechanismFamilySpecialProcedure, Body: "SR on the right to food"},
		{Family: tracking.MechanismFamilyRegional, Body: "IACHR"},
	}
	for i := range n {
		r := tracking.Recommendation{ID: id(2, i), Source: sources[i%4], Text: tracking.En("Recommendation")}
		if i%3 != 0 {
			r.Assignments = []tracking.Assignment{{EntityID: id(1, i%40), Lead: true}}
		}
		if i%2 == 0 {
			r.SDGTargets = []tracking.SDGLink{{Target: "16.3", Origin: tracking.LinkOriginUHRI}}
		}
		ds.Recommendations = append(ds.Recommendations, r)
		ds.Assessments = append(ds.Assessments, tracking.Assessment{ID: id(7, i), RecommendationID: r.ID, Date: tracking.MustParseDate("2026-01"),
			Status: tracking.ImplementationStatus("").Values()[i%4], Source: tracking.AssessmentSourceState})
		if i%10 == 0 {
			c := tracking.Cluster{ID: id(3, i), Title: tracking.En("Cluster"), Priority: tracking.PriorityHigh}
			for j := i; j < min(i+10, n); j++ {
				c.RecommendationIDs = append(c.RecommendationIDs, id(2, j))
			}
			ds.Clusters = append(ds.Clusters, c)
		}
	}
	for i := 0; i < n; i += 2 {
		a := tracking.Action{ID: id(4, i), Title: tracking.En("Action"), RecommendationIDs: []tracking.ID{id(2, i)}, LeadEntityID: id(1, i%40),
			Status: tracking.ActionStatusInProgress, SMART: tracking.SMART{Specific: true, Measurable: i%4 == 0, Assignable: true, Relevant: true, TimeBound: true}}
		ds.Actions = append(ds.Actions, a)
		for k := range 2 {
			pr := tracking.ProgressReport{ID: id(6, 2*i+k), ActionID: a.ID, EntityID: a.LeadEntityID, Due: tracking.MustParseDate(fmt.Sprintf("2026-%02d", 1+(i+k)%12))}
			if (i+k)%3 != 0 {
				pr.Submitted = pr.Due
			}
			ds.ProgressReports = append(ds.ProgressReports, pr)
		}
		if i%4 == 0 {
			ds.Indicators = append(ds.Indicators, tracking.Indicator{ID: id(5, i), Title: tracking.En("Indicator"), Type: tracking.IndicatorTypeOutcome,
				ActionIDs: []tracking.ID{a.ID}, Unit: "percent", Baseline: &tracking.Measurement{Value: 10}, Target: &tracking.Measurement{Value: 50},
				Observations: []tracking.Observation{{Date: tracking.MustParseDate("2025"), Value: 20}, {Date: tracking.MustParseDate("2026-03"), Value: 30}}})
		}
	}
	for i := range 200 {
		ds.Obligations = append(ds.Obligations, tracking.Obligation{ID: id(8, i), Kind: tracking.ObligationKindPeriodicReport, Family: tracking.MechanismFamilyTreatyBody, Body: "CAT",
			Due: tracking.MustParseDate(fmt.Sprintf("%d-06", 2016+i%12))})
	}
	for i := range 100 {
		ds.Consultations = append(ds.Consultations, tracking.Consultation{ID: id(9, i), Date: tracking.MustParseDate(fmt.Sprintf("%d-%02d", 2024+i%3, 1+i%12)),
			Participants: []tracking.Stakeholder{tracking.StakeholderNHRI, tracking.StakeholderCivilSociety}})
	}
	return ds
}

// BenchmarkComputeFacts computes the facts of a dataset of 10,000
// recommendations, 5,000 actions, 1,250 indicators, 10,000 progress
// reports and 10,000 assessments, from its index.
func BenchmarkComputeFacts(b *testing.B) {
	ix := tracking.NewIndex(largeDataset(10_000))
	for b.Loop() {
		ComputeFacts(ix, at)
	}
}

// BenchmarkComputeFactsWithIndex is BenchmarkComputeFacts with the
// building of the index, as a caller with only the dataset pays it.
func BenchmarkComputeFactsWithIndex(b *testing.B) {
	ds := largeDataset(10_000)
	for b.Loop() {
		ComputeFacts(tracking.NewIndex(ds), at)
	}
}

func TestLargeDatasetFacts(t *testing.T) {
	if testing.Short() {
		t.Skip("large dataset")
	}
	ds := largeDataset(2_000)
	if ps := tracking.Validate(ds); len(ps) > 0 {
		t.Fatalf("the benchmark dataset is invalid: %v", ps[:min(len(ps), 5)])
	}
	facts := FactOptions{Scope: ScopeAll}.Compute(tracking.NewIndex(ds), at)
	for f, want := range map[Fact]float64{FactRecommendationsWithAction: 0.5, FactRecommendationsClustered: 1, FactRecommendationsAssessed: 1} {
		if v, _ := facts.Get(f); !near(v.Value, want) {
			t.Errorf("%s = %v, want %v", f, v.Value, want)
		}
	}
}

// BenchmarkScore scores the test assessment (two respondents, 35 answers)
// against the default framework (25 criteria).
func BenchmarkScore(b *testing.B) {
	_, fw, a, facts := fixture(b)
	for b.Loop() {
		if _, err := Score(fw, a, facts); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarkdown(b *testing.B) {
	_, fw, a, facts := fixture(b)
	r, _ := Score(fw, a, facts)
	for b.Loop() {
		_ = r.Markdown("ar")
	}
}

func BenchmarkRadarSVG(b *testing.B) {
	_, fw, a, facts := fixture(b)
	r, _ := Score(fw, a, facts)
	for b.Loop() {
		_ = r.RadarSVG("ar")
	}
}

// BenchmarkLoadFramework loads the default framework from JSON: schema
// validation, strict decoding and the framework's checks.
func BenchmarkLoadFramework(b *testing.B) {
	data := DefaultFrameworkJSON()
	for b.Loop() {
		if _, err := LoadFramework(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadAssessment loads the test assessment (two respondents, 35
// answers) against the default framework: schema validation, strict
// decoding and the assessment's checks.
func BenchmarkLoadAssessment(b *testing.B) {
	data := readFile(b, "testdata/assessment.json")
	fw := DefaultFramework()
	for b.Loop() {
		if _, err := LoadAssessment(data, fw); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadResult loads the golden result (25 criteria, 38 facts):
// schema validation, strict decoding and the consistency checks.
func BenchmarkLoadResult(b *testing.B) {
	data := readFile(b, "testdata/golden/result.json")
	for b.Loop() {
		if _, err := LoadResult(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompare compares last year's result of the test assessment with
// this year's.
func BenchmarkCompare(b *testing.B) {
	ds, fw, a, facts := fixture(b)
	cur, err := Score(fw, a, facts)
	if err != nil {
		b.Fatal(err)
	}
	last := *a
	last.Date = tracking.MustParseDate("2025-06")
	last.Answers = a.Answers[:len(a.Answers)/2]
	prev, err := Score(fw, &last, ComputeFacts(tracking.NewIndex(ds), at.AddDate(-1, 0, 0)))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Compare(prev, cur); err != nil {
			b.Fatal(err)
		}
	}
}
