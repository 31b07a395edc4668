package maturity

import (
	"slices"
	"time"

	"github.com/nmirf/nmirf/tracking"
)

// FactValue is the value of one fact. A share carries the counts it was
// computed from, so that a reader can check it.
type FactValue struct {
	// Fact is the fact.
	Fact Fact `json:"fact" validate:"required,enum"`
	// Value is the fact's value: a share from 0 to 1, a flag 0 or 1, or a
	// count.
	Value float64 `json:"value"`
	// Count is, for a share, the number of records that have the quality;
	// 0, and left out of the JSON document, when none has it.
	Count int `json:"count,omitzero" validate:"omitempty,min=1,max=9007199254740991"`
	// Of is, for a share, the number of records counted; 0 for a fact that
	// is not a share.
	Of int `json:"of,omitzero" validate:"omitempty,min=1,max=9007199254740991"`
}

// Facts are the facts computed from a tracking dataset at a date. A fact
// the data cannot give is absent, never zero: a share of no records, a
// property of a mechanism the dataset does not describe, a count of events
// (overdue reports, consultations) of a kind the dataset holds no record
// of. The profile of a described mechanism is read as complete: a chair,
// secretariat, budget or tracking tool it does not give counts as none.
type Facts struct {
	// At is the date the facts hold at.
	At tracking.PartialDate `json:"at" validate:"required"`
	// Values are the known facts, in codelist order.
	Values []FactValue `json:"values" validate:"dive"`
}

// Get returns the value of the fact, and false when it is not known.
func (fs *Facts) Get(f Fact) (FactValue, bool) {
	if fs == nil {
		return FactValue{}, false
	}
	for _, v := range fs.Values {
		if v.Fact == f {
			return v, true
		}
	}
	return FactValue{}, false
}

// ComputeFacts computes the facts of the dataset indexed by ix at the date
// at. The caller gives the date; nothing here reads a clock. Recommendations
// are counted as tracking.Total counts them: every recommendation but
// concerns and observations. Without a dataset (ix nil) no fact is known.
func ComputeFacts(ix *tracking.Index, at time.Time) *Facts {
	if ix == nil || ix.Dataset() == nil {
		return &Facts{At: tracking.DateOf(at), Values: []FactValue{}}
	}
	ds := ix.Dataset()
	c := factCounter{values: map[Fact]FactValue{}}
	if m := ds.Mechanism; m != nil {
		mechanismFacts(&c, ix, m)
	}
	reportingFacts(&c, ds, at)
	consultationFacts(&c, ds, at)
	recommendationFacts(&c, ix, at)
	fs := &Facts{At: tracking.DateOf(at), Values: []FactValue{}}
	for _, f := range factValues {
		if v, ok := c.values[f]; ok {
			fs.Values = append(fs.Values, v)
		}
	}
	return fs
}

type factCounter struct{ values map[Fact]FactValue }

func (c *factCounter) set(f Fact, v float64) { c.values[f] = FactValue{Fact: f, Value: v} }

func (c *factCounter) flag(f Fact, b bool) {
	if b {
		c.set(f, 1)
	} else {
		c.set(f, 0)
	}
}

// share records count/of, or nothing when of is zero.
func (c *factCounter) share(f Fact, count, of int) {
	if of > 0 {
		c.values[f] = FactValue{Fact: f, Value: float64(count) / float64(of), Count: count, Of: of}
	}
}

// meetingsPerYear turns a frequency into a number of meetings a year;
// irregular meetings count as none.
var meetingsPerYear = map[tracking.Frequency]float64{
	tracking.FrequencyWeekly: 52, tracking.FrequencyMonthly: 12, tracking.FrequencyQuarterly: 4,
	tracking.FrequencySemiannual: 2, tracking.FrequencyAnnual: 1, tracking.FrequencyIrregular: 0,
}

// chairRank ranks the office that chairs the mechanism.
var chairRank = map[tracking.ChairLevel]float64{
	tracking.ChairLevelHeadOfState: 4, tracking.ChairLevelHeadOfGovernment: 4, tracking.ChairLevelMinister: 3,
	tracking.ChairLevelDeputyMinister: 2, tracking.ChairLevelSeniorOfficial: 1, tracking.ChairLevelOther: 0,
}

// mandateFamilies are the families of mechanisms a comprehensive mandate
// covers.
var mandateFamilies = []tracking.MechanismFamily{
	tracking.MechanismFamilyUPR, tracking.MechanismFamilyTreatyBody,
	tracking.MechanismFamilySpecialProcedure, tracking.MechanismFamilyRegional,
}

func mechanismFacts(c *factCounter, ix *tracking.Index, m *tracking.Mechanism) {
	c.flag(FactLegalBasis, m.LegalBasis != nil)
	c.flag(FactStanding, m.Standing && m.Type != tracking.MechanismTypeAdHoc)
	functions := tracking.MandateFunction("").Values()
	c.share(FactMandateFunctions, countIn(m.Functions, functions), len(functions))
	c.share(FactMandateFamilies, countIn(m.Covers, mandateFamilies), len(mandateFamilies))
	if m.Chair != nil {
		c.set(FactChairLevel, chairRank[m.Chair.Level])
	} else {
		c.set(FactChairLevel, 0)
	}
	if s := m.Secretariat; s != nil {
		c.set(FactSecretariatStaff, float64(s.Staff))
		c.flag(FactSecretariatDedicated, s.Dedicated)
		c.flag(FactSecretariatTrained, s.Trained)
	} else {
		c.set(FactSecretariatStaff, 0)
		c.flag(FactSecretariatDedicated, false)
		c.flag(FactSecretariatTrained, false)
	}
	c.flag(FactBudgetDedicated, m.Budget != nil && m.Budget.Dedicated && m.Budget.Amount > 0)
	branches := map[tracking.Branch]bool{}
	stats := false
	var members []tracking.ID
	for _, mem := range m.Members {
		e := ix.Entity(mem.EntityID)
		if e == nil {
			continue
		}
		if e.Branch != "" {
			branches[e.Branch] = true
		}
		stats = stats || e.Kind == tracking.EntityKindStatisticsOffice
		if mem.Role == tracking.MemberRoleMember && !slices.Contains(members, mem.EntityID) {
			members = append(members, mem.EntityID)
		}
	}
	c.set(FactMemberBranches, float64(len(branches)))
	c.flag(FactStatisticsOfficeMember, stats)
	if n, ok := meetingsPerYear[m.MeetingFrequency]; ok {
		c.set(FactMeetingsPerYear, n)
	}
	c.flag(FactRulesOfProcedure, m.RulesOfProcedure)
	roles := map[tracking.ID]map[tracking.FocalPointRole]bool{}
	for _, fp := range m.FocalPoints {
		if roles[fp.EntityID] == nil {
			roles[fp.EntityID] = map[tracking.FocalPointRole]bool{}
		}
		roles[fp.EntityID][fp.Role] = true
	}
	var main, alt, val int
	for _, id := range members {
		r := roles[id]
		if r[tracking.FocalPointRoleMain] {
			main++
		}
		if r[tracking.FocalPointRoleAlternate] {
			alt++
		}
		if r[tracking.FocalPointRoleValidator] {
			val++
		}
	}
	c.share(FactFocalPointCoverage, main, len(members))
	c.share(FactFocalPointAlternates, alt, len(members))
	c.share(FactFocalPointValidators, val, len(members))
	formal := false
	for _, ca := range m.ConsultationArrangements {
		if ca.Formal && (ca.With == tracking.StakeholderNHRI || ca.With == tracking.StakeholderCivilSociety) {
			formal = true
		}
	}
	c.flag(FactConsultationArrangementsFormal, formal)
	switch {
	case m.TrackingTool == nil:
		c.set(FactTrackingTool, 0)
	case m.TrackingTool.Kind == tracking.TrackingToolKindSpreadsheet:
		c.set(FactTrackingTool, 1)
	default:
		c.set(FactTrackingTool, 2)
	}
	c.flag(FactTrackingToolPublic, m.TrackingTool != nil && m.TrackingTool.Public)
	c.set(FactNetworks, float64(len(m.Networks)))
}

func countIn[T comparable](have, of []T) int {
	n := 0
	for _, v := range of {
		if slices.Contains(have, v) {
			n++
		}
	}
	return n
}

// reportingFacts counts the reports due by the date: obligations overdue (as
// tracking.Due lists them), and the share of reports due by then that were
// submitted on time (tracking.OnTime) by then. A dataset without
// obligations does not say whether any report is overdue.
func reportingFacts(c *factCounter, ds *tracking.Dataset, at time.Time) {
	if len(ds.Obligations) > 0 {
		overdue := 0
		for _, item := range tracking.Due(ds, at, 0) {
			if item.Kind == tracking.RecordKindObligation && item.State == tracking.DueStateOverdue {
				overdue++
			}
		}
		c.set(FactObligationsOverdue, float64(overdue))
	}
	today := tracking.DateOf(at).First()
	onTime := func(due, submitted tracking.PartialDate) (counted, met bool) {
		if due.IsZero() || due.Last().After(today) && (submitted.IsZero() || submitted.First().After(today)) {
			return false, false // not yet due, nor submitted by the date
		}
		return true, !submitted.IsZero() && !submitted.First().After(today) && tracking.OnTime(due, submitted)
	}
	var ob, obMet, fu, fuMet int
	for _, o := range ds.Obligations {
		counted, met := onTime(o.Due, o.Submitted)
		if !counted {
			continue
		}
		ob++
		if met {
			obMet++
		}
		if o.Kind == tracking.ObligationKindFollowUpReport || o.Kind == tracking.ObligationKindUPRMidtermReport {
			fu++
			if met {
				fuMet++
			}
		}
	}
	c.share(FactObligationsOnTime, obMet, ob)
	c.share(FactFollowUpReportsOnTime, fuMet, fu)
	var pr, prMet int
	for _, r := range ds.ProgressReports {
		if counted, met := onTime(r.Due, r.Submitted); counted {
			pr++
			if met {
				prMet++
			}
		}
	}
	c.share(FactProgressReportsOnTime, prMet, pr)
}

// consultationFacts counts the consultations held in the twelve months up
// to the date. A consultation dated only by year or month counts when any
// day it covers falls in that window. A dataset that records no
// consultation at all does not say how many were held.
func consultationFacts(c *factCounter, ds *tracking.Dataset, at time.Time) {
	if len(ds.Consultations) == 0 {
		return
	}
	today := tracking.DateOf(at).First()
	from := today.AddDate(-1, 0, 0)
	var nhri, civil, open int
	for _, k := range ds.Consultations {
		if k.Date.IsZero() || k.Date.First().After(today) || !k.Date.Last().After(from) {
			continue
		}
		if slices.Contains(k.Participants, tracking.StakeholderNHRI) {
			nhri++
		}
		if slices.Contains(k.Participants, tracking.StakeholderCivilSociety) ||
			slices.Contains(k.Participants, tracking.StakeholderHumanRightsDefenders) ||
			slices.Contains(k.Participants, tracking.StakeholderAffectedGroups) {
			civil++
		}
		if k.Format == tracking.ConsultationFormatOpenSession {
			open++
		}
	}
	c.set(FactConsultationsNHRI, float64(nhri))
	c.set(FactConsultationsCivilSociety, float64(civil))
	c.set(FactOpenSessions, float64(open))
}

// recommendationFacts measures the follow-up plan: the recommendations
// with a lead entity and with an action (tracking.Total), with an indicator
// (Index.IndicatorsFor), with an SDG target, in a cluster, assessed and
// implemented (tracking.CurrentStatus, through tracking.Total); the SMART
// actions; the indicators with a baseline and a target, and with known
// progress (Indicator.ProgressAt).
func recommendationFacts(c *factCounter, ix *tracking.Index, at time.Time) {
	ds := ix.Dataset()
	t := tracking.Total(ix, at)
	c.share(FactRecommendationsWithLead, t.WithLead, t.Total)
	c.share(FactRecommendationsWithAction, t.WithAction, t.Total)
	c.share(FactRecommendationsAssessed, t.Assessed(), t.Total)
	c.share(FactRecommendationsImplemented, t.PartiallyImplemented+t.FullyImplemented, t.Total)
	var withInd, withSDG, clustered int
	for i := range ds.Recommendations {
		r := &ds.Recommendations[i]
		if r.Kind == tracking.RecommendationKindObservation {
			continue
		}
		if len(ix.IndicatorsFor(r.ID)) > 0 {
			withInd++
		}
		if len(r.SDGTargets) > 0 {
			withSDG++
		}
		if len(ix.ClustersOf(r.ID)) > 0 {
			clustered++
		}
	}
	c.share(FactRecommendationsWithIndicator, withInd, t.Total)
	c.share(FactRecommendationsWithSDG, withSDG, t.Total)
	c.share(FactRecommendationsClustered, clustered, t.Total)
	prioritised := 0
	for _, cl := range ds.Clusters {
		if cl.Priority != "" {
			prioritised++
		}
	}
	c.share(FactClustersPrioritised, prioritised, len(ds.Clusters))
	var actions, smart int
	for _, a := range ds.Actions {
		if a.Status == tracking.ActionStatusCancelled {
			continue
		}
		actions++
		if a.SMART.All() {
			smart++
		}
	}
	c.share(FactActionsSMART, smart, actions)
	var baseline, progress int
	for i := range ds.Indicators {
		in := &ds.Indicators[i]
		if in.Baseline != nil && in.Target != nil {
			baseline++
		}
		if in.ProgressAt(at).Known {
			progress++
		}
	}
	c.share(FactIndicatorsWithBaselineTarget, baseline, len(ds.Indicators))
	c.share(FactIndicatorsWithProgress, progress, len(ds.Indicators))
}

// factKind says whether a fact is a share (0 to 1, with its counts), a flag
// (0 or 1) or a number.
func factKind(f Fact) string {
	switch f {
	case FactLegalBasis, FactStanding, FactSecretariatDedicated, FactSecretariatTrained, FactBudgetDedicated,
		FactStatisticsOfficeMember, FactRulesOfProcedure, FactConsultationArrangementsFormal, FactTrackingToolPublic:
		return "flag"
	case FactChairLevel, FactSecretariatStaff, FactMemberBranches, FactMeetingsPerYear, FactObligationsOverdue,
		FactConsultationsNHRI, FactConsultationsCivilSociety, FactOpenSessions, FactTrackingTool, FactNetworks:
		return "number"
	}
	return "share"
}
