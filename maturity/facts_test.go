package maturity

import (
	"fmt"
	"testing"
	"time"

	"github.com/nmirf/nmirf/tracking"
)

// The facts of the test dataset at 30 June 2026, counted by hand from
// testdata/dataset.json.
func TestComputeFacts(t *testing.T) {
	_, _, _, facts := fixture(t)
	want := map[Fact]FactValue{
		FactLegalBasis:                     {Value: 1},
		FactStanding:                       {Value: 1},
		FactMandateFunctions:               {Value: 5.0 / 7, Count: 5, Of: 7},
		FactMandateFamilies:                {Value: 0.75, Count: 3, Of: 4},
		FactChairLevel:                     {Value: 3},                        // a minister
		FactSecretariatStaff:               {Value: 3},                        //
		FactSecretariatTrained:             {Value: 0},                        //
		FactBudgetDedicated:                {Value: 0},                        // a budget, but no line of its own
		FactMemberBranches:                 {Value: 1},                        // executive: parliament and the NHRI are observers
		FactStatisticsOfficeMember:         {Value: 1},                        //
		FactMeetingsPerYear:                {Value: 2},                        // semiannual
		FactFocalPointCoverage:             {Value: 0.8, Count: 4, Of: 5},     // five members; the statistics office has none
		FactFocalPointAlternates:           {Value: 0.4, Count: 2, Of: 5},     //
		FactFocalPointValidators:           {Value: 0.2, Count: 1, Of: 5},     //
		FactObligationsOverdue:             {Value: 1},                        // CAT, due November 2024
		FactObligationsOnTime:              {Value: 0.5, Count: 2, Of: 4},     // CEDAW late, CAT overdue, mid-term and follow-up on time; CRC not yet due
		FactFollowUpReportsOnTime:          {Value: 1, Count: 2, Of: 2},       //
		FactConsultationsNHRI:              {Value: 2},                        // September 2025 and May 2026; November 2024 is too old
		FactConsultationsCivilSociety:      {Value: 2},                        // September 2025 and February 2026
		FactOpenSessions:                   {Value: 1},                        //
		FactConsultationArrangementsFormal: {Value: 1},                        // the NHRI arrangement
		FactTrackingTool:                   {Value: 1},                        // a spreadsheet
		FactTrackingToolPublic:             {Value: 0},                        //
		FactRecommendationsWithLead:        {Value: 6.0 / 7, Count: 6, Of: 7}, // of the 7 current ones: five assigned, CEDAW-2 through its cluster's action
		FactRecommendationsWithAction:      {Value: 5.0 / 7, Count: 5, Of: 7}, //
		FactRecommendationsWithIndicator:   {Value: 3.0 / 7, Count: 3, Of: 7}, // through ACT-1, ACT-2 and ACT-4
		FactRecommendationsWithSDG:         {Value: 0.75, Count: 6, Of: 8},    //
		FactRecommendationsClustered:       {Value: 0.5, Count: 4, Of: 8},     //
		FactClustersPrioritised:            {Value: 0.5, Count: 1, Of: 2},     //
		FactRecommendationsAssessed:        {Value: 0.25, Count: 2, Of: 8},    // a grade alone is no status
		FactRecommendationsImplemented:     {Value: 0.125, Count: 1, Of: 8},   //
		FactActionsSMART:                   {Value: 0.75, Count: 3, Of: 4},    //
		FactIndicatorsWithBaselineTarget:   {Value: 2.0 / 3, Count: 2, Of: 3},
		FactIndicatorsWithProgress:         {Value: 1.0 / 3, Count: 1, Of: 3},
		FactProgressReportsOnTime:          {Value: 0.5, Count: 2, Of: 4}, // PR-1 and PR-3 on time, PR-2 late, PR-4 overdue; PR-5 not yet due
		FactNetworks:                       {Value: 1},
	}
	for f, w := range want {
		got, ok := facts.Get(f)
		if !ok {
			t.Errorf("%s is unknown", f)
			continue
		}
		if !near(got.Value, w.Value) || got.Count != w.Count || got.Of != w.Of {
			t.Errorf("%s = %v (%d/%d), want %v (%d/%d)", f, got.Value, got.Count, got.Of, w.Value, w.Count, w.Of)
		}
	}
	if facts.At.String() != "2026-06-30" {
		t.Errorf("facts at %v", facts.At)
	}
	for i := 1; i < len(facts.Values); i++ {
		if indexOf(facts.Values[i-1].Fact) >= indexOf(facts.Values[i].Fact) {
			t.Errorf("facts out of codelist order at %d", i)
		}
	}
}

func indexOf(f Fact) int {
	for i, g := range factValues {
		if g == f {
			return i
		}
	}
	return -1
}

// What the data cannot tell is unknown, never zero.
func TestComputeFactsUnknown(t *testing.T) {
	ds := &tracking.Dataset{SchemaVersion: "1.0", State: "XFS", Date: tracking.MustParseDate("2026")}
	facts := ComputeFacts(tracking.NewIndex(ds), at)
	for _, f := range []Fact{FactLegalBasis, FactRecommendationsWithLead, FactActionsSMART, FactIndicatorsWithBaselineTarget,
		FactProgressReportsOnTime, FactObligationsOnTime, FactFocalPointCoverage, FactMeetingsPerYear} {
		if v, ok := facts.Get(f); ok {
			t.Errorf("%s = %v from an empty dataset", f, v.Value)
		}
	}
	// A dataset without obligations or consultations does not say how
	// many reports are overdue or how many consultations were held.
	for _, f := range []Fact{FactObligationsOverdue, FactConsultationsNHRI, FactConsultationsCivilSociety, FactOpenSessions} {
		if v, ok := facts.Get(f); ok {
			t.Errorf("%s = %v from a dataset without such records", f, v.Value)
		}
	}
	var none *Facts
	if _, ok := none.Get(FactNetworks); ok {
		t.Error("nil facts know something")
	}
	if fs := ComputeFacts(nil, at); len(fs.Values) != 0 || fs.At.String() != "2026-06-30" {
		t.Errorf("facts without a dataset: %+v", fs)
	}
}

// Counts of events are known, and may be zero, once the dataset records
// events of that kind: an obligation not yet due, a consultation too old
// for the window.
func TestComputeFactsKnownZero(t *testing.T) {
	id := func(n int) tracking.ID { return tracking.MustParseID(fmt.Sprintf("0190b000-0000-7000-8000-%012d", n)) }
	ds := &tracking.Dataset{SchemaVersion: "1.0", State: "XFS", Date: tracking.MustParseDate("2026"),
		Obligations: []tracking.Obligation{{ID: id(1), Kind: tracking.ObligationKindPeriodicReport, Family: tracking.MechanismFamilyTreatyBody, Body: "CAT",
			Due: tracking.MustParseDate("2027-06")}},
		Consultations: []tracking.Consultation{{ID: id(2), Date: tracking.MustParseDate("2019-05"), Participants: []tracking.Stakeholder{tracking.StakeholderNHRI}}},
	}
	facts := ComputeFacts(tracking.NewIndex(ds), at)
	for _, f := range []Fact{FactObligationsOverdue, FactConsultationsNHRI, FactConsultationsCivilSociety, FactOpenSessions} {
		if v, ok := facts.Get(f); !ok || v.Value != 0 {
			t.Errorf("%s = %v %v, want a known 0", f, v.Value, ok)
		}
	}
}

// Without obligations or consultations in the data, the criteria on
// timely reporting and on civil society get no data level from those
// facts: nothing confirms the claims and nothing contradicts them.
func TestMissingDataNeitherConfirmsNorContradicts(t *testing.T) {
	ds := &tracking.Dataset{SchemaVersion: "1.0", State: "XFS", Date: tracking.MustParseDate("2026")}
	facts := ComputeFacts(tracking.NewIndex(ds), at)
	fw := DefaultFramework()
	a := &Assessment{SchemaVersion: "1.0", Framework: fw.Ref(), State: "XFS", Date: tracking.MustParseDate("2026-06"),
		Respondents: []Respondent{{ID: "sec", Name: tracking.En("Secretariat")}},
		Answers: []Answer{
			{Criterion: "timely-reporting", Respondent: "sec", Level: LevelAbsent},
			{Criterion: "civil-society", Respondent: "sec", Level: LevelAdvanced},
		}}
	r, err := Score(fw, a, facts)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"timely-reporting", "civil-society"} {
		c := r.Criterion(id)
		if c.DataLevel != "" || c.Contradicted {
			t.Errorf("%s: data level %q, contradicted %v, from data that hold no such records", id, c.DataLevel, c.Contradicted)
		}
		for _, rr := range c.Rules {
			if rr.Known {
				t.Errorf("%s: the rule on %s reads a known value %v", id, rr.Fact, rr.Value)
			}
		}
	}
}

// The window of twelve months and the date of the facts: nothing after
// the date counts, and a consultation dated only by its month counts when
// the month overlaps the window.
func TestComputeFactsWindow(t *testing.T) {
	ds, _, _, _ := fixture(t)
	ix := tracking.NewIndex(ds)
	tests := []struct {
		at         time.Time
		nhri, open float64
		overdue    float64
	}{
		{time.Date(2025, 11, 15, 0, 0, 0, 0, time.UTC), 2, 0, 2}, // November 2024 (the month overlaps) and September 2025; CAT and CEDAW overdue
		{time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), 1, 0, 1},  // November 2024 has left the window; CEDAW submitted in December
		{time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC), 1, 1, 1},  // the open session's day counts
		{time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC), 0, 0, 2},   // nothing in the last twelve months; CAT and CRC overdue
	}
	for _, tt := range tests {
		facts := ComputeFacts(ix, tt.at)
		nhri, _ := facts.Get(FactConsultationsNHRI)
		open, _ := facts.Get(FactOpenSessions)
		overdue, _ := facts.Get(FactObligationsOverdue)
		if nhri.Value != tt.nhri || open.Value != tt.open || overdue.Value != tt.overdue {
			t.Errorf("at %s: NHRI %v open %v overdue %v, want %v %v %v", tt.at.Format(time.DateOnly), nhri.Value, open.Value, overdue.Value, tt.nhri, tt.open, tt.overdue)
		}
	}
}
