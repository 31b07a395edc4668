package tracking_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	. "github.com/nmirf/nmirf/tracking"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

var (
	moj  = MustParseID("01900000-0000-7000-8000-000000000001")
	moe  = MustParseID("01900000-0000-7000-8000-000000000002")
	nso  = MustParseID("01900000-0000-7000-8000-000000000003")
	r001 = MustParseID("01900000-0000-7000-8000-000000000101")
	r003 = MustParseID("01900000-0000-7000-8000-000000000103")
)

func TestLookups(t *testing.T) {
	ds := loadValid(t)
	ix := NewIndex(ds)
	assert.Equal(t, RecordKindEntity, ix.Kind(moj))
	assert.Equal(t, "Ministry of Justice", ix.Entity(moj).Name.Get("en"))
	assert.Nil(t, ix.Recommendation(moj), "an ID of another kind finds nothing")
	assert.Equal(t, "/recommendations/2", ix.Pointer(r003))
	assert.Equal(t, "", ix.Pointer(ID{}))

	kind, id, ok := ix.Ref("A-002")
	require.True(t, ok)
	assert.Equal(t, RecordKindAction, kind)
	assert.Equal(t, "A-002", ix.Action(id).Ref)
	_, _, ok = ix.Ref("nope")
	assert.False(t, ok)
	assert.Equal(t, r001, ix.RecommendationByRef("R-001").ID)
	assert.Nil(t, ix.RecommendationByRef("A-001"))
	assert.Equal(t, r001, ix.RecommendationByIdentifier("uhri", "5f1d6c0e-8f44-4c5b-9a52-0d5c2f0b6a11").ID)
	assert.Nil(t, ix.RecommendationByIdentifier("upr_info", "5f1d6c0e-8f44-4c5b-9a52-0d5c2f0b6a11"))

	// R-003 is in cluster C-EDU, which action A-002 implements, which
	// indicator I-001 measures.
	require.Len(t, ix.ActionsFor(r003), 1)
	assert.Equal(t, "A-002", ix.ActionsFor(r003)[0].Ref)
	require.Len(t, ix.IndicatorsFor(r003), 1)
	assert.Equal(t, "I-001", ix.IndicatorsFor(r003)[0].Ref)
	require.Len(t, ix.ClustersOf(r003), 1)
	assert.Equal(t, "C-EDU", ix.ClustersOf(r003)[0].Ref)
	assert.Len(t, ix.IndicatorsFor(r001), 1, "I-002 measures R-001 directly")

	assert.Equal(t, []ID{moe, nso}, ix.ResponsibleEntities(r003))
	assert.Equal(t, []ID{moe}, ix.LeadEntities(r003))
	assert.Equal(t, []ID{moj}, ix.ResponsibleEntities(r001))
	assert.Nil(t, ix.ResponsibleEntities(moj))

	as := ix.AssessmentsFor(r001)
	require.Len(t, as, 2)
	assert.Equal(t, "2025-06", as[0].Date.String())
	assert.Same(t, &ds.Assessments[0], ix.Assessment(as[0].ID))
	assert.NotNil(t, ix.ProgressReport(ds.ProgressReports[0].ID))
	assert.NotNil(t, ix.Obligation(ds.Obligations[0].ID))
	assert.NotNil(t, ix.Consultation(ds.Consultations[0].ID))
	assert.NotNil(t, ix.Cluster(ds.Clusters[0].ID))
	assert.NotNil(t, ix.Indicator(ds.Indicators[0].ID))
	assert.Same(t, ds, ix.Dataset())
}

func TestCurrentStatus(t *testing.T) {
	ix := NewIndex(loadValid(t))
	tests := []struct {
		at      string
		sources []AssessmentSource
		want    ImplementationStatus
	}{
		{"2025-05-31", nil, ""},
		{"2025-06-01", nil, ImplementationStatusInProgress},
		{"2025-10-31", nil, ImplementationStatusInProgress},
		{"2025-11-01", nil, ImplementationStatusNotStarted},
		{"2026-06-30", nil, ImplementationStatusNotStarted},
		{"2026-06-30", []AssessmentSource{AssessmentSourceState}, ImplementationStatusInProgress},
		{"2026-06-30", []AssessmentSource{AssessmentSourceNHRI}, ImplementationStatusNotStarted},
		{"2026-06-30", []AssessmentSource{AssessmentSourceCivilSociety}, ""},
	}
	for _, tt := range tests {
		a, ok := CurrentStatus(ix, r001, day(tt.at), tt.sources...)
		if tt.want == "" {
			assert.False(t, ok, tt.at)
			assert.Nil(t, a)
			continue
		}
		require.True(t, ok, tt.at)
		assert.Equal(t, tt.want, a.Status, "%s %v", tt.at, tt.sources)
	}
}

func TestRollUpOnTheFixture(t *testing.T) {
	ix := NewIndex(loadValid(t))
	at := day("2026-06-30")
	byFamily := RollUp(ix, at, ByFamily)
	assert.Equal(t, []Group{
		{Key: "special_procedure", Label: En("Special procedure"), Tally: Tally{Total: 1, NotAssessed: 1}},
		{Key: "treaty_body", Label: En("Treaty body"), Tally: Tally{Total: 1, PartiallyImplemented: 1, WithAction: 1, WithLead: 1}},
		{Key: "upr", Label: En("Universal Periodic Review"), Tally: Tally{Total: 2, NotAssessed: 1, NotStarted: 1, WithAction: 2, WithLead: 2}},
	}, byFamily, "the concern of CEDAW is not a recommendation and is left out")

	var keys []string
	for _, g := range RollUp(ix, at, BySDGGoal) {
		keys = append(keys, g.Key)
	}
	assert.Equal(t, []string{"", "4", "10", "16", "17"}, keys)

	byEntity := RollUp(ix, at, ByResponsibleEntity)
	require.Len(t, byEntity, 4)
	assert.Equal(t, "", byEntity[0].Key)
	assert.Equal(t, moe.String(), byEntity[2].Key)
	assert.Equal(t, "Ministry of Education", byEntity[2].Label.Get("en"))
	assert.Equal(t, Tally{Total: 2, NotAssessed: 1, PartiallyImplemented: 1, WithAction: 2, WithLead: 2}, byEntity[2].Tally)

	byBody := RollUp(ix, at, ByBody)
	require.Len(t, byBody, 3)
	assert.Equal(t, "CRPD", byBody[0].Key)
	assert.Equal(t, "Committee on the Rights of Persons with Disabilities", byBody[0].Label.Get("en"))
	assert.Equal(t, "Special Rapporteur on the right to education", byBody[1].Key)
	assert.Equal(t, "UPR", byBody[2].Key)

	byCluster := RollUp(ix, at, ByCluster)
	require.Len(t, byCluster, 2)
	assert.Equal(t, "Inclusive education", byCluster[1].Label.Get("en"))
	assert.Equal(t, 2, byCluster[1].Tally.Total)

	byTheme := RollUp(ix, at, ByTerm("uhri-theme"))
	require.Len(t, byTheme, 2)
	assert.Equal(t, "National Human Rights Action Plans", byTheme[1].Label.Get("en"))

	total := Total(ix, at)
	assert.Equal(t, Tally{Total: 4, NotAssessed: 2, NotStarted: 1, PartiallyImplemented: 1, WithAction: 3, WithLead: 3}, total)
	assert.Equal(t, 2, total.Assessed())
	assert.InDelta(t, 0.25, total.ShareImplemented(), 1e-12)
	assert.InDelta(t, 0, total.ShareFullyImplemented(), 1e-12)
	assert.Equal(t, 1, total.Count(ImplementationStatusNotStarted))
	assert.Equal(t, 2, total.Count(""))
	assert.Equal(t, 0.0, Tally{}.ShareImplemented())
}

func TestDueOnTheFixture(t *testing.T) {
	ds := loadValid(t)
	items := Due(ds, day("2026-06-30"), 0)
	var got []string
	for _, it := range items {
		got = append(got, it.Ref+" "+string(it.State)+" "+it.Deadline.Format(time.DateOnly))
	}
	assert.Equal(t, []string{
		"OB-003 overdue 2025-03-31",
		"P-002 overdue 2026-01-15",
		"P-003 due 2026-07-15",
	}, got, "OB-002 is due at the end of July, 31 days ahead, outside the 30-day window")
	assert.Equal(t, []int{-456, -166, 15}, []int{items[0].DaysLeft, items[1].DaysLeft, items[2].DaysLeft})
	assert.Equal(t, RecordKindObligation, items[0].Kind)
	assert.Equal(t, moe, items[1].EntityID)

	wider := Due(ds, day("2026-06-30"), 31*24*time.Hour)
	assert.Len(t, wider, 4)
	assert.Equal(t, "OB-002", wider[3].Ref)

	// On the deadline a report is due, not yet overdue; the day after it is.
	onDay := Due(ds, day("2026-07-15"), 0)
	assert.Equal(t, DueStateDue, onDay[len(onDay)-2].State)
	assert.Equal(t, 0, onDay[len(onDay)-2].DaysLeft)
	after := Due(ds, day("2026-07-16"), 0)
	assert.Equal(t, "P-003", after[2].Ref)
	assert.Equal(t, DueStateOverdue, after[2].State)
}

func TestOnTime(t *testing.T) {
	for _, tt := range []struct {
		due, submitted string
		want           bool
	}{
		{"2025-06-15", "2025-06-15", true},
		{"2025-06-15", "2025-06-16", false},
		{"2025-06-15", "2025-06", true},
		{"2025-06", "2025-06-30", true},
		{"2025-06", "2025-07-01", false},
		{"2025", "2025-12-31", true},
		{"2025", "", false},
		{"", "2025", false},
	} {
		var due, sub PartialDate
		if tt.due != "" {
			due = MustParseDate(tt.due)
		}
		if tt.submitted != "" {
			sub = MustParseDate(tt.submitted)
		}
		assert.Equal(t, tt.want, OnTime(due, sub), "%s by %s", tt.submitted, tt.due)
	}
}

func TestIndicatorProgress(t *testing.T) {
	ds := loadValid(t)
	in := &ds.Indicators[0] // baseline 10, target 60; 20 in 2025-06, 35 in 2025-12
	tests := []struct {
		at       string
		known    bool
		raw      float64
		achieved bool
	}{
		{"2025-05-31", false, 0, false},
		{"2025-06-01", true, 0.2, false},
		{"2026-06-30", true, 0.5, false},
	}
	for _, tt := range tests {
		p := in.ProgressAt(day(tt.at))
		assert.Equal(t, tt.known, p.Known, tt.at)
		assert.InDelta(t, tt.raw, p.Raw, 1e-12, tt.at)
		assert.InDelta(t, tt.raw, p.Share, 1e-12, tt.at)
		assert.Equal(t, tt.achieved, p.Achieved, tt.at)
	}
	assert.False(t, ds.Indicators[1].ProgressAt(day("2026-06-30")).Known, "no observation")

	// A target below the baseline: a rate to be reduced.
	down := Indicator{Baseline: &Measurement{Value: 40}, Target: &Measurement{Value: 20},
		Observations: []Observation{{Date: Year(2025), Value: 45}, {Date: Year(2026), Value: 15}}}
	p := down.ProgressAt(day("2025-12-31"))
	assert.InDelta(t, -0.25, p.Raw, 1e-12)
	assert.Equal(t, 0.0, p.Share, "moving away from the target clamps to 0")
	p = down.ProgressAt(day("2026-06-30"))
	assert.InDelta(t, 1.25, p.Raw, 1e-12)
	assert.Equal(t, 1.0, p.Share)
	assert.True(t, p.Achieved)
	flat := Indicator{Baseline: &Measurement{Value: 1}, Target: &Measurement{Value: 1}, Observations: []Observation{{Date: Year(2025), Value: 1}}}
	assert.False(t, flat.ProgressAt(day("2026-01-01")).Known, "a target equal to the baseline gives no progress figure")
}

func TestDatesCountInTheirOwnZone(t *testing.T) {
	ix := NewIndex(loadValid(t))
	// Midnight of 1 June 2025 in a zone east of UTC is still 31 May in UTC,
	// but the calendar date is what counts.
	east := time.Date(2025, 6, 1, 0, 0, 0, 0, time.FixedZone("UTC+3", 3*3600))
	a, ok := CurrentStatus(ix, r001, east)
	require.True(t, ok)
	assert.Equal(t, ImplementationStatusInProgress, a.Status)
	p := ix.Dataset().Indicators[0].ProgressAt(east)
	assert.True(t, p.Known)
}

func TestRollUpBySource(t *testing.T) {
	ix := NewIndex(loadValid(t))
	at := day("2026-06-30")
	// R-001 is "not started" for the NHRI, "in progress" for the State.
	state := Total(ix, at, AssessmentSourceState)
	assert.Equal(t, 1, state.InProgress)
	assert.Equal(t, 0, state.NotStarted)
	nhri := Total(ix, at, AssessmentSourceNHRI)
	assert.Equal(t, 1, nhri.NotStarted)
	assert.Equal(t, 0, nhri.InProgress)
	assert.Equal(t, 3, nhri.NotAssessed)
	groups := RollUp(ix, at, ByFamily, AssessmentSourceUNBody)
	assert.Equal(t, 1, groups[1].Tally.PartiallyImplemented, "the CRPD's own grading")
}

func TestNilDatasets(t *testing.T) {
	assert.Empty(t, Due(nil, day("2026-01-01"), 0))
	ix := NewIndex(nil)
	assert.Nil(t, ix.Recommendation(r001))
	assert.Empty(t, RollUp(ix, day("2026-01-01"), ByFamily))
	assert.Equal(t, Tally{}, Total(ix, day("2026-01-01")))
}

func TestRollUpByCallerGroupings(t *testing.T) {
	ix := NewIndex(loadValid(t))
	at := day("2026-06-30")
	keys := func(gs []Group) []string {
		var out []string
		for _, g := range gs {
			out = append(out, g.Key+"="+strconv.Itoa(g.Tally.Total))
		}
		return out
	}
	assert.Equal(t, []string{"=2", "4=2"}, keys(RollUp(ix, at, ByCycle)))
	byPosition := RollUp(ix, at, ByPosition)
	assert.Equal(t, []string{"=2", "noted=1", "supported=1"}, keys(byPosition))
	assert.Equal(t, "Supported", byPosition[2].Label.Get("en"))

	byYear := GroupBy("year", func(_ *Index, r *Recommendation) []string {
		if r.Source.Date.IsZero() {
			return nil
		}
		return []string{strconv.Itoa(r.Source.Date.Year())}
	}, func(_ *Index, key string) Text { return En("Published in " + key) })
	years := RollUp(ix, at, byYear)
	assert.Equal(t, Total(ix, at), sum(years), "every recommendation in one year")
	assert.Equal(t, "Published in "+years[len(years)-1].Key, years[len(years)-1].Label.Get("en"))

	assert.Equal(t, []string{"=4"}, keys(RollUp(ix, at, Grouping{})), "a zero grouping is one group")
	assert.Empty(t, RollUp(nil, at, ByFamily))
	assert.Equal(t, Tally{}, Total(&Index{}, at))
}

func sum(gs []Group) Tally {
	var t Tally
	for _, g := range gs {
		t.Total += g.Tally.Total
		t.NotAssessed += g.Tally.NotAssessed
		t.NotStarted += g.Tally.NotStarted
		t.InProgress += g.Tally.InProgress
		t.PartiallyImplemented += g.Tally.PartiallyImplemented
		t.FullyImplemented += g.Tally.FullyImplemented
		t.WithAction += g.Tally.WithAction
		t.WithLead += g.Tally.WithLead
	}
	return t
}

// Recommendations that are closed or superseded are no longer open work:
// roll-ups leave them out and progress reports on them are not owed.
func TestStatusLeavesOldWorkOut(t *testing.T) {
	ds := loadValid(t)
	at := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	before := Total(NewIndex(ds), at)
	ds.ProgressReports[1].RecommendationID = ds.Recommendations[0].ID
	owes := func(id ID) bool {
		for _, it := range Due(ds, at, DefaultDueWindow) {
			if it.ID == id {
				return true
			}
		}
		return false
	}
	require.True(t, owes(ds.ProgressReports[1].ID))
	ds.Recommendations[0].Status = RecommendationStatusSuperseded
	ds.Recommendations[0].SupersededBy = ds.Recommendations[1].ID
	ds.Recommendations[2].Status = RecommendationStatusClosed
	assert.Equal(t, before.Total-2, Total(NewIndex(ds), at).Total)
	assert.False(t, owes(ds.ProgressReports[1].ID))
	assert.Empty(t, Validate(ds))
}

// A value broken down by sex is not the total: progress reads the total.
func TestProgressReadsTheTotal(t *testing.T) {
	in := Indicator{Unit: "percent", Baseline: &Measurement{Value: 10}, Target: &Measurement{Value: 20}, Dimensions: []string{"sex"},
		Observations: []Observation{
			{Date: Year(2025), Value: 15},
			{Date: Year(2025), Value: 30, Disaggregation: []Category{{Dimension: "sex", Category: "female"}}},
		}}
	p := in.ProgressAt(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	require.NotNil(t, p.Latest)
	assert.Equal(t, 15.0, p.Latest.Value)
	assert.InDelta(t, 0.5, p.Share, 1e-9)
}
