package tracking_test

import (
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	. "github.com/nmirf/nmirf/tracking"
)

// The synthetic dataset below is built from simple rules on the record
// number i, so that the expected figures can be worked out from the same
// rules in the test, without calling the functions under test.
const (
	synthEntities = 8
	synthClusters = 5
)

var (
	synthAt       = day("2026-06-15")
	synthStatuses = []ImplementationStatus{
		ImplementationStatusNotStarted, ImplementationStatusInProgress,
		ImplementationStatusPartiallyImplemented, ImplementationStatusFullyImplemented,
	}
	synthFamilies = []MechanismFamily{MechanismFamilyUPR, MechanismFamilyTreatyBody, MechanismFamilySpecialProcedure, MechanismFamilyRegional}
)

func synthID(kind, n int) ID {
	return MustParseID(fmt.Sprintf("01900000-0000-7%03d-8000-%012d", kind, n))
}

// synthStatus is the status recommendation i has at synthAt, or "" when it
// has none: every fifth has no assessment; the others cycle through the
// four statuses.
func synthStatus(i int) ImplementationStatus {
	if i%5 == 0 {
		return ""
	}
	return synthStatuses[(i/5+i)%4]
}

// synthDataset builds n recommendations with entities, clusters, actions,
// assessments (some superseded, some after synthAt), progress reports and
// obligations.
func synthDataset(n int) *Dataset {
	ds := NewDataset("XFS", DateOf(synthAt), En("Synthetic data for tests"))
	for e := range synthEntities {
		ds.Entities = append(ds.Entities, Entity{ID: synthID(1, e), Ref: "E" + strconv.Itoa(e), Name: En("Entity " + strconv.Itoa(e)), Kind: EntityKindMinistry})
	}
	for c := range synthClusters {
		ds.Clusters = append(ds.Clusters, Cluster{ID: synthID(3, c), Title: En("Cluster " + strconv.Itoa(c))})
	}
	for i := range n {
		fam := synthFamilies[i%4]
		r := Recommendation{
			ID:              synthID(2, i),
			Ref:             "R" + strconv.Itoa(i),
			Source:          Source{Family: fam, Date: Year(2023)},
			Text:            En("Recommendation " + strconv.Itoa(i)),
			Classifications: []Term{{Scheme: "uhri-theme", Code: "t" + strconv.Itoa(i%6)}},
			SDGTargets:      []SDGLink{{Target: SDGTarget(strconv.Itoa(i%17+1) + ".1"), Origin: LinkOriginUHRI}},
		}
		switch fam {
		case MechanismFamilyUPR:
			r.Source.Cycle, r.Source.Session = 4, 45
			r.Position = &StatePosition{Value: PositionSupported}
		case MechanismFamilyTreatyBody:
			r.Source.Body = []string{"CEDAW", "CRC"}[(i/4)%2]
		case MechanismFamilySpecialProcedure:
			r.Source.Body = "Special Rapporteur on a theme"
		case MechanismFamilyRegional:
			r.Source.Body = "IACHR"
		}
		if i%10 == 0 {
			r.Classifications = append(r.Classifications, Term{Scheme: "uhri-theme", Code: "t6"})
		}
		if i%3 != 2 {
			r.Assignments = []Assignment{{EntityID: synthID(1, i%synthEntities), Lead: true}}
		}
		if i%2 == 0 {
			ds.Clusters[i%synthClusters].RecommendationIDs = append(ds.Clusters[i%synthClusters].RecommendationIDs, r.ID)
		}
		ds.Recommendations = append(ds.Recommendations, r)

		if i%4 != 3 {
			ds.Actions = append(ds.Actions, Action{
				ID: synthID(4, i), Title: En("Action for " + r.Ref), RecommendationIDs: []ID{r.ID},
				LeadEntityID: synthID(1, (i+1)%synthEntities), Status: ActionStatusInProgress,
			})
		}
		if s := synthStatus(i); s != "" {
			// An older assessment with another status, superseded.
			if i%3 == 0 {
				ds.Assessments = append(ds.Assessments, Assessment{ID: synthID(6, 3*i), RecommendationID: r.ID,
					Date: Year(2024), Status: synthStatuses[(i+1)%4], Source: AssessmentSourceState})
			}
			ds.Assessments = append(ds.Assessments, Assessment{ID: synthID(6, 3*i+1), RecommendationID: r.ID,
				Date: YearMonth(2025, time.Month(1+i%12)), Status: s, Source: AssessmentSourceState})
		}
		// A later assessment that must not count at synthAt.
		if i%7 == 0 {
			ds.Assessments = append(ds.Assessments, Assessment{ID: synthID(6, 3*i+2), RecommendationID: r.ID,
				Date: Date(2026, time.July, 1), Status: ImplementationStatusFullyImplemented, Source: AssessmentSourceState})
		}
	}
	// Progress reports due from 60 days before synthAt, one a day; every
	// third one submitted.
	for k := range n / 2 {
		pr := ProgressReport{ID: synthID(5, k), Ref: "P" + strconv.Itoa(k), RecommendationID: synthID(2, k),
			Due: DateOf(synthAt.AddDate(0, 0, k-60))}
		if k%3 == 0 {
			pr.Submitted = pr.Due
		}
		ds.ProgressReports = append(ds.ProgressReports, pr)
	}
	// Reporting obligations with month-precision due dates, one a month from
	// January 2026, none submitted.
	for k := range 12 {
		ds.Obligations = append(ds.Obligations, Obligation{ID: synthID(7, k), Ref: "O" + strconv.Itoa(k),
			Kind: ObligationKindPeriodicReport, Family: MechanismFamilyTreatyBody, Body: "CRC",
			Due: YearMonth(2026, time.Month(1+k))})
	}
	return ds
}

// TestLargeDatasetFigures checks roll-ups and due dates on a dataset of a
// few hundred records against figures worked out from the generating rules.
func TestLargeDatasetFigures(t *testing.T) {
	const n = 300
	ds := synthDataset(n)
	require.Empty(t, Validate(ds), "the synthetic dataset is valid")
	ix := NewIndex(ds)

	// Expected tallies, from the rules alone.
	count := func(t *Tally, i int) {
		t.Total++
		switch synthStatus(i) {
		case "":
			t.NotAssessed++
		case ImplementationStatusNotStarted:
			t.NotStarted++
		case ImplementationStatusInProgress:
			t.InProgress++
		case ImplementationStatusPartiallyImplemented:
			t.PartiallyImplemented++
		case ImplementationStatusFullyImplemented:
			t.FullyImplemented++
		}
		if i%4 != 3 {
			t.WithAction++
		}
		if i%3 != 2 || i%4 != 3 {
			t.WithLead++
		}
	}
	wantFamily := map[string]*Tally{}
	wantTheme := map[string]*Tally{}
	wantGoal := map[string]*Tally{}
	wantCluster := map[string]*Tally{"": {}}
	wantEntity := map[string]*Tally{"": {}}
	var wantTotal Tally
	get := func(m map[string]*Tally, k string) *Tally {
		if m[k] == nil {
			m[k] = &Tally{}
		}
		return m[k]
	}
	for i := range n {
		count(&wantTotal, i)
		count(get(wantFamily, string(synthFamilies[i%4])), i)
		count(get(wantTheme, "t"+strconv.Itoa(i%6)), i)
		if i%10 == 0 {
			count(get(wantTheme, "t6"), i)
		}
		count(get(wantGoal, strconv.Itoa(i%17+1)), i)
		if i%2 == 0 {
			count(get(wantCluster, synthID(3, i%synthClusters).String()), i)
		} else {
			count(wantCluster[""], i)
		}
		var entities []int
		if i%3 != 2 {
			entities = append(entities, i%synthEntities)
		}
		if i%4 != 3 && (len(entities) == 0 || entities[0] != (i+1)%synthEntities) {
			entities = append(entities, (i+1)%synthEntities)
		}
		if len(entities) == 0 {
			count(wantEntity[""], i)
		}
		for _, e := range entities {
			count(get(wantEntity, synthID(1, e).String()), i)
		}
	}
	if wantEntity[""].Total == 0 {
		delete(wantEntity, "")
	}

	check := func(name string, by Grouping, want map[string]*Tally) {
		t.Helper()
		groups := RollUp(ix, synthAt, by)
		got := map[string]Tally{}
		for _, g := range groups {
			got[g.Key] = g.Tally
		}
		wantFlat := map[string]Tally{}
		for k, v := range want {
			wantFlat[k] = *v
		}
		assert.Equal(t, wantFlat, got, name)
	}
	check("family", ByFamily, wantFamily)
	check("theme", ByTerm("uhri-theme"), wantTheme)
	check("SDG goal", BySDGGoal, wantGoal)
	check("cluster", ByCluster, wantCluster)
	check("entity", ByResponsibleEntity, wantEntity)
	assert.Equal(t, wantTotal, Total(ix, synthAt))
	// Spot figures, by hand: 300 recommendations, 60 never assessed (i%5 == 0),
	// 225 with an action (i%4 != 3).
	assert.Equal(t, 300, wantTotal.Total)
	assert.Equal(t, 60, wantTotal.NotAssessed)
	assert.Equal(t, 225, wantTotal.WithAction)

	// Due dates: reports k = 0..149 are due on synthAt+(k-60) days; every
	// third is submitted on its due date, which for k > 60 is after synthAt,
	// so that those were still owed at synthAt. Overdue: owed with k < 60;
	// due: owed with 60 <= k <= 90. Obligations are due at the end of each
	// month of 2026: January to May are overdue on 15 June; June (deadline
	// 30 June) is due; July (31 July) is 46 days away.
	wantOverdue, wantDue := 0, 0
	for k := range n / 2 {
		if k%3 == 0 && k <= 60 {
			continue
		}
		switch {
		case k < 60:
			wantOverdue++
		case k <= 90:
			wantDue++
		}
	}
	wantOverdue += 5
	wantDue++
	gotOverdue, gotDue := 0, 0
	for _, it := range Due(ds, synthAt, DefaultDueWindow) {
		switch it.State {
		case DueStateOverdue:
			gotOverdue++
			assert.Negative(t, it.DaysLeft)
		case DueStateDue:
			gotDue++
			assert.GreaterOrEqual(t, it.DaysLeft, 0)
			assert.LessOrEqual(t, it.DaysLeft, 30)
		}
	}
	assert.Equal(t, 40+5, wantOverdue, "by hand: 60 reports before synthAt, 20 of them submitted, and 5 obligations")
	assert.Equal(t, 30+1, wantDue, "by hand: 31 reports in the window, one of them (k = 60) submitted by synthAt, and 1 obligation")
	assert.Equal(t, wantOverdue, gotOverdue)
	assert.Equal(t, wantDue, gotDue)
}
