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

// factOf computes the facts of a dataset built for one test at the test
// date, and returns the value of f.
func factOf(t *testing.T, ds *tracking.Dataset, opts FactOptions, f Fact) (FactValue, bool) {
	t.Helper()
	ds.SchemaVersion, ds.State, ds.Date = "1.1", "XFS", tracking.MustParseDate("2026-06-30")
	if ds.Publisher.Name == nil {
		ds.Publisher.Name = tracking.En("Fictional publisher")
	}
	if ps := tracking.Validate(ds); len(ps) > 0 {
		t.Fatalf("the test dataset is invalid: %v", ps)
	}
	return opts.Compute(tracking.NewIndex(ds), at).Get(f)
}

func testID(n int) tracking.ID {
	return tracking.MustParseID(fmt.Sprintf("0190c000-0000-7000-8000-%012d", n))
}

func mechanism() *tracking.Mechanism {
	return &tracking.Mechanism{Name: tracking.En("Fictional mechanism"), Type: tracking.MechanismTypeInterMinisterial, Standing: true}
}

// The level of the chair follows the default framework's descriptors: no
// chair is absent, a senior official or a deputy minister emerging, a
// minister established.
func TestChairLevelMatchesDescriptors(t *testing.T) {
	fw := DefaultFramework()
	c, _ := fw.Criterion("leadership")
	tests := []struct {
		chair *tracking.Chair
		want  Level
	}{
		{nil, LevelAbsent},
		{&tracking.Chair{Level: tracking.ChairLevelOther}, LevelNascent},
		{&tracking.Chair{Level: tracking.ChairLevelSeniorOfficial}, LevelEmerging},
		{&tracking.Chair{Level: tracking.ChairLevelDeputyMinister}, LevelEmerging},
		{&tracking.Chair{Level: tracking.ChairLevelMinister}, LevelEstablished},
		{&tracking.Chair{Level: tracking.ChairLevelHeadOfGovernment}, LevelAdvanced},
	}
	for _, tt := range tests {
		m := mechanism()
		m.Chair = tt.chair
		v, ok := factOf(t, &tracking.Dataset{Mechanism: m}, FactOptions{}, FactChairLevel)
		if !ok || !v.Conclusive {
			t.Fatalf("chair %+v: the fact is unknown or not conclusive", tt.chair)
		}
		if got := c.Rules[0].Level(v.Value); got != tt.want {
			t.Errorf("chair %+v: %v gives %s, want %s", tt.chair, v.Value, got, tt.want)
		}
	}
}

// Branches count the State's branches among full members: not observers,
// not the national human rights institution even as a member.
func TestMemberBranchesCountTheStatesBranches(t *testing.T) {
	ents := []tracking.Entity{
		{ID: testID(1), Name: tracking.En("Ministry"), Kind: tracking.EntityKindMinistry, Branch: tracking.BranchExecutive},
		{ID: testID(2), Name: tracking.En("Parliament"), Kind: tracking.EntityKindParliament, Branch: tracking.BranchLegislative},
		{ID: testID(3), Name: tracking.En("Commission"), Kind: tracking.EntityKindNHRI, Branch: tracking.BranchIndependent},
		{ID: testID(4), Name: tracking.En("Court"), Kind: tracking.EntityKindJudiciary, Branch: tracking.BranchJudicial},
		{ID: testID(5), Name: tracking.En("Ombudsperson"), Kind: tracking.EntityKindOther, Branch: tracking.BranchIndependent},
	}
	m := mechanism()
	m.Members = []tracking.Member{
		{EntityID: testID(1), Role: tracking.MemberRoleMember},
		{EntityID: testID(2), Role: tracking.MemberRoleMember},
		{EntityID: testID(3), Role: tracking.MemberRoleMember},
		{EntityID: testID(4), Role: tracking.MemberRoleObserver},
		{EntityID: testID(5), Role: tracking.MemberRoleMember},
	}
	v, _ := factOf(t, &tracking.Dataset{Mechanism: m, Entities: ents}, FactOptions{}, FactMemberBranches)
	if v.Value != 2 {
		t.Errorf("member_branches = %v, want 2 (executive and legislative)", v.Value)
	}
}

// Plan coverage counts, by default, the recommendations of the latest UPR
// cycle that the State supported, fully or in part, and those of the
// latest review by each treaty body; ScopeAll counts them all.
func TestPlanCoverageScope(t *testing.T) {
	rec := func(n int, src tracking.Source, pos tracking.Position) tracking.Recommendation {
		r := tracking.Recommendation{ID: testID(n), Source: src, Text: tracking.En("Fictional recommendation.")}
		if pos != "" {
			r.Position = &tracking.StatePosition{Value: pos}
		}
		return r
	}
	upr := func(cycle int) tracking.Source {
		return tracking.Source{Family: tracking.MechanismFamilyUPR, Cycle: cycle}
	}
	tb := func(date string) tracking.Source {
		return tracking.Source{Family: tracking.MechanismFamilyTreatyBody, Body: "CEDAW", Document: "CEDAW/C/XFS/CO/" + date, Date: tracking.MustParseDate(date)}
	}
	ds := &tracking.Dataset{
		Recommendations: []tracking.Recommendation{
			rec(1, upr(4), tracking.PositionSupported),
			rec(2, upr(4), tracking.PositionSupportedInPart),
			rec(3, upr(4), tracking.PositionNoted),
			rec(4, upr(3), tracking.PositionSupported),
			rec(5, tb("2025"), ""),
			rec(6, tb("2019"), ""),
			rec(7, tracking.Source{Family: tracking.MechanismFamilySpecialProcedure, Body: "SR on the right to food"}, ""),
		},
		Actions: []tracking.Action{{ID: testID(10), Title: tracking.En("Action"), Status: tracking.ActionStatusInProgress,
			RecommendationIDs: []tracking.ID{testID(1), testID(3), testID(4), testID(6)}}},
	}
	v, _ := factOf(t, ds, FactOptions{}, FactRecommendationsWithAction)
	if v.Count != 1 || v.Of != 3 {
		t.Errorf("current scope: %d of %d with an action, want 1 of 3 (UPR-1 of UPR-1, UPR-2 and CEDAW 2025)", v.Count, v.Of)
	}
	v, _ = factOf(t, ds, FactOptions{Scope: ScopeAll}, FactRecommendationsWithAction)
	if v.Count != 4 || v.Of != 7 {
		t.Errorf("all: %d of %d with an action, want 4 of 7", v.Count, v.Of)
	}
}

// A voluntary report, the UPR mid-term report, is never overdue, and
// counts among reports on time only once submitted.
func TestVoluntaryReportsAreNeverOverdue(t *testing.T) {
	ob := func(n int, kind tracking.ObligationKind, due, submitted string) tracking.Obligation {
		o := tracking.Obligation{ID: testID(n), Kind: kind, Family: tracking.MechanismFamilyUPR, Due: tracking.MustParseDate(due)}
		if submitted != "" {
			o.Submitted = tracking.MustParseDate(submitted)
		}
		return o
	}
	ds := &tracking.Dataset{Obligations: []tracking.Obligation{
		ob(1, tracking.ObligationKindUPRMidtermReport, "2025-10", ""),
		ob(2, tracking.ObligationKindUPRNationalReport, "2026-01", "2025-12-20"),
	}}
	if v, _ := factOf(t, ds, FactOptions{}, FactObligationsOverdue); v.Value != 0 {
		t.Errorf("obligations_overdue = %v, want 0: the mid-term report is voluntary", v.Value)
	}
	if v, _ := factOf(t, ds, FactOptions{}, FactObligationsOnTime); v.Count != 1 || v.Of != 1 {
		t.Errorf("obligations_on_time = %d/%d, want 1/1", v.Count, v.Of)
	}
	if _, ok := factOf(t, ds, FactOptions{}, FactFollowUpReportsOnTime); ok {
		t.Error("follow_up_reports_on_time is known, from an unsubmitted voluntary report alone")
	}
}

// SDG integration counts the State's own links and those it confirmed, not
// links of UHRI or a machine alone.
func TestSDGIntegrationCountsTheStatesLinks(t *testing.T) {
	rec := func(n int, targets []tracking.SDGLink, goals []tracking.SDGGoalLink) tracking.Recommendation {
		return tracking.Recommendation{ID: testID(n), Source: tracking.Source{Family: tracking.MechanismFamilyUPR, Cycle: 4},
			Text: tracking.En("Fictional recommendation."), SDGTargets: targets, SDGGoals: goals}
	}
	ds := &tracking.Dataset{Recommendations: []tracking.Recommendation{
		rec(1, []tracking.SDGLink{{Target: "16.3", Origin: tracking.LinkOriginUHRI}}, nil),
		rec(2, []tracking.SDGLink{{Target: "16.3", Origin: tracking.LinkOriginMachine}}, []tracking.SDGGoalLink{{Goal: "5", Origin: tracking.LinkOriginUHRI}}),
		rec(3, []tracking.SDGLink{{Target: "16.3", Origin: tracking.LinkOriginUHRI, Confirmed: true}}, nil),
		rec(4, nil, []tracking.SDGGoalLink{{Goal: "10", Origin: tracking.LinkOriginMachine, Confirmed: true}}),
		rec(5, nil, []tracking.SDGGoalLink{{Goal: "10", Origin: tracking.LinkOriginState}}),
		rec(6, nil, nil),
	}}
	v, _ := factOf(t, ds, FactOptions{}, FactRecommendationsWithSDG)
	if v.Count != 3 || v.Of != 6 {
		t.Errorf("recommendations_with_sdg = %d/%d, want 3/6 (two confirmed, one the State's own)", v.Count, v.Of)
	}
	if v.Conclusive {
		t.Error("the fact is conclusive, but the dataset does not say it keeps every recommendation")
	}
	ds.CompleteCollections = []tracking.RecordKind{tracking.RecordKindRecommendation}
	if v, _ := factOf(t, ds, FactOptions{}, FactRecommendationsWithSDG); !v.Conclusive {
		t.Error("the fact is not conclusive, though the dataset keeps every recommendation")
	}
}

// A collection the dataset declares it keeps in full gives conclusive
// facts, zeros included: no consultation held is a fact, not a gap.
func TestDeclaredCollectionsGiveConclusiveFacts(t *testing.T) {
	ds := &tracking.Dataset{}
	if _, ok := factOf(t, ds, FactOptions{}, FactConsultationsCivilSociety); ok {
		t.Error("consultations known from a dataset that holds none and declares nothing")
	}
	ds.CompleteCollections = []tracking.RecordKind{tracking.RecordKindConsultation, tracking.RecordKindObligation}
	for _, f := range []Fact{FactConsultationsCivilSociety, FactConsultationsNHRI, FactOpenSessions, FactObligationsOverdue} {
		if v, ok := factOf(t, ds, FactOptions{}, f); !ok || v.Value != 0 || !v.Conclusive {
			t.Errorf("%s = %v (known %v, conclusive %v), want a conclusive 0", f, v.Value, ok, v.Conclusive)
		}
	}
}
