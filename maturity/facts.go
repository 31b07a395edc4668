package maturity

import (
	"cmp"
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
	// Conclusive is true when the fact is established by what the dataset
	// keeps: the mechanism's profile, and collections the dataset declares
	// it keeps in full (tracking.Dataset.CompleteCollections). A fact that
	// counts records of an undeclared collection is a lower bound, not a
	// fact: it holds no claim down. Since version 1.1.
	Conclusive bool `json:"conclusive,omitzero"`
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
	// Scope says which recommendations the facts of plan, action and
	// indicator coverage count; empty in facts of version 1.0, which
	// counted every recommendation. Since version 1.1.
	Scope Scope `json:"scope,omitzero" validate:"omitempty,enum"`
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
// at, as the zero FactOptions do: plan, action and indicator coverage
// count the current recommendations (ScopeCurrent). The caller gives the
// date; nothing here reads a clock. Without a dataset (ix nil) no fact is
// known.
func ComputeFacts(ix *tracking.Index, at time.Time) *Facts {
	return FactOptions{}.Compute(ix, at)
}

// FactOptions say how to compute facts.
type FactOptions struct {
	// Scope says which recommendations the facts of plan, action and
	// indicator coverage (recommendations_with_lead, _with_action and
	// _with_indicator) count; empty means ScopeCurrent: the
	// recommendations of the latest UPR cycle in the dataset that the
	// State supported, fully or in part, and those of the latest review by
	// each treaty body. A State plans for what it accepted in its latest
	// review, not for what it noted or what earlier cycles repeat (OHCHR,
	// Practical Guide, HR/PUB/16/1, on follow-up plans). ScopeAll counts
	// every recommendation, as version 1.0 did.
	Scope Scope
}

// Compute computes the facts of the dataset indexed by ix at the date at.
// Each fact is conclusive (FactValue.Conclusive) when what it counts is
// what the dataset keeps: the mechanism's profile, or collections the
// dataset declares it keeps in full.
func (o FactOptions) Compute(ix *tracking.Index, at time.Time) *Facts {
	scope := cmp.Or(o.Scope, ScopeCurrent)
	if ix == nil || ix.Dataset() == nil {
		return &Facts{At: tracking.DateOf(at), Scope: scope, Values: []FactValue{}}
	}
	ds := ix.Dataset()
	c := factCounter{values: map[Fact]FactValue{}, ds: ds}
	if m := ds.Mechanism; m != nil {
		mechanismFacts(&c, ix, m)
	}
	reportingFacts(&c, ds, at)
	consultationFacts(&c, ds, at)
	recommendationFacts(&c, ix, at, scope)
	fs := &Facts{At: tracking.DateOf(at), Scope: scope, Values: []FactValue{}}
	for _, f := range factValues {
		if v, ok := c.values[f]; ok {
			v.Conclusive = c.conclusive(f)
			fs.Values = append(fs.Values, v)
		}
	}
	return fs
}

// factCollections are the collections each fact counts records of, beyond
// the mechanism's profile: the fact is conclusive only when the dataset
// keeps every one of them in full. Facts of the profile alone are not
// listed: a profile the dataset gives is read as complete.
var factCollections = map[Fact][]tracking.RecordKind{
	FactObligationsOverdue:           {tracking.RecordKindObligation},
	FactObligationsOnTime:            {tracking.RecordKindObligation},
	FactFollowUpReportsOnTime:        {tracking.RecordKindObligation},
	FactConsultationsNHRI:            {tracking.RecordKindConsultation},
	FactConsultationsCivilSociety:    {tracking.RecordKindConsultation},
	FactOpenSessions:                 {tracking.RecordKindConsultation},
	FactRecommendationsWithLead:      {tracking.RecordKindRecommendation, tracking.RecordKindAction, tracking.RecordKindCluster},
	FactRecommendationsWithAction:    {tracking.RecordKindRecommendation, tracking.RecordKindAction, tracking.RecordKindCluster},
	FactRecommendationsWithIndicator: {tracking.RecordKindRecommendation, tracking.RecordKindAction, tracking.RecordKindCluster, tracking.RecordKindIndicator},
	FactRecommendationsWithSDG:       {tracking.RecordKindRecommendation},
	FactRecommendationsClustered:     {tracking.RecordKindRecommendation, tracking.RecordKindCluster},
	FactClustersPrioritised:          {tracking.RecordKindCluster},
	FactRecommendationsAssessed:      {tracking.RecordKindRecommendation, tracking.RecordKindAssessment},
	FactRecommendationsImplemented:   {tracking.RecordKindRecommendation, tracking.RecordKindAssessment},
	FactActionsSMART:                 {tracking.RecordKindAction},
	FactIndicatorsWithBaselineTarget: {tracking.RecordKindIndicator},
	FactIndicatorsWithProgress:       {tracking.RecordKindIndicator},
	FactProgressReportsOnTime:        {tracking.RecordKindProgressReport},
}

// FactCollections returns the collections whose records the fact counts,
// which a dataset must keep in full for the fact to be conclusive; none
// for a fact of the mechanism's profile.
func FactCollections(f Fact) []tracking.RecordKind { return slices.Clone(factCollections[f]) }

type factCounter struct {
	values map[Fact]FactValue
	ds     *tracking.Dataset
}

// conclusive reports whether the dataset keeps every collection the fact
// counts.
func (c *factCounter) conclusive(f Fact) bool {
	for _, k := range factCollections[f] {
		if !c.ds.Complete(k) {
			return false
		}
	}
	return true
}

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

// chairRank ranks the office that chairs the mechanism as the default
// framework's descriptors of leadership do: no chair is absent (0),
// another office, without political authority, nascent (1), a senior
// official or a deputy minister emerging (2), a minister established (3),
// the head of State or government advanced (4).
var chairRank = map[tracking.ChairLevel]float64{
	tracking.ChairLevelHeadOfState: 4, tracking.ChairLevelHeadOfGovernment: 4, tracking.ChairLevelMinister: 3,
	tracking.ChairLevelDeputyMinister: 2, tracking.ChairLevelSeniorOfficial: 2, tracking.ChairLevelOther: 1,
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
		if stateBranch(e, mem.Role) {
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

// stateBranch reports whether a member counts towards the branches of the
// State the mechanism brings together: a full member (not an observer) of
// a branch of the State other than the independent institutions. The
// national human rights institution takes part, if at all, as an
// independent observer (OHCHR, Practical Guide, HR/PUB/16/1; Paris
// Principles, General Assembly resolution 48/134): it is not a branch the
// government coordinates.
func stateBranch(e *tracking.Entity, role tracking.MemberRole) bool {
	return role == tracking.MemberRoleMember && e.Branch != "" && e.Branch != tracking.BranchIndependent &&
		e.Kind != tracking.EntityKindNHRI && e.Kind != tracking.EntityKindCivilSociety && e.Kind != tracking.EntityKindUNEntity
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

// voluntary reports whether a report is one a State may choose not to
// make: the UPR mid-term report, which the Human Rights Council
// encourages but does not require (resolution 16/21, annex, paragraph 18).
// A voluntary report is never overdue, and counts in the shares of reports
// on time only once it is submitted.
func voluntary(k tracking.ObligationKind) bool { return k == tracking.ObligationKindUPRMidtermReport }

// reportingFacts counts the reports due by the date: obligations overdue (as
// tracking.Due lists them, voluntary reports aside), and the share of
// reports due by then that were submitted on time (tracking.OnTime) by
// then. A dataset without obligations does not say whether any report is
// overdue, unless it declares that it keeps them all.
func reportingFacts(c *factCounter, ds *tracking.Dataset, at time.Time) {
	if len(ds.Obligations) > 0 || ds.Complete(tracking.RecordKindObligation) {
		overdue := 0
		for _, item := range tracking.Due(ds, at, 0) {
			if item.Kind == tracking.RecordKindObligation && item.State == tracking.DueStateOverdue && !voluntary(obligationKind(ds, item.ID)) {
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
		if !counted || voluntary(o.Kind) && !met && (o.Submitted.IsZero() || o.Submitted.First().After(today)) {
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
	if len(ds.Consultations) == 0 && !ds.Complete(tracking.RecordKindConsultation) {
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

// recommendationFacts measures the follow-up plan: the recommendations in
// scope with a lead entity (Index.LeadEntities), with an action
// (Index.ActionsFor) and with an indicator (Index.IndicatorsFor); every
// recommendation with an SDG link of the State's (its own, or one it
// confirmed), in a cluster, assessed and implemented
// (tracking.CurrentStatus, through tracking.Total); the SMART actions; the
// indicators with a baseline and a target, and with known progress
// (Indicator.ProgressAt). Concerns and observations are not
// recommendations and are not counted.
func recommendationFacts(c *factCounter, ix *tracking.Index, at time.Time, scope Scope) {
	ds := ix.Dataset()
	t := tracking.Total(ix, at)
	c.share(FactRecommendationsAssessed, t.Assessed(), t.Total)
	c.share(FactRecommendationsImplemented, t.PartiallyImplemented+t.FullyImplemented, t.Total)
	inScope := scopeFilter(ds, scope)
	var planned, withLead, withAction, withInd, withSDG, clustered, all int
	for i := range ds.Recommendations {
		r := &ds.Recommendations[i]
		if r.Kind == tracking.RecommendationKindObservation || !r.Active() {
			continue // closed or superseded recommendations are no longer open work
		}
		all++
		if inScope(r) {
			planned++
			if len(ix.LeadEntities(r.ID)) > 0 {
				withLead++
			}
			if len(ix.ActionsFor(r.ID)) > 0 {
				withAction++
			}
			if len(ix.IndicatorsFor(r.ID)) > 0 {
				withInd++
			}
		}
		if slices.ContainsFunc(r.SDGGoalLinks(), tracking.SDGGoalLink.Owned) {
			withSDG++
		}
		if len(ix.ClustersOf(r.ID)) > 0 {
			clustered++
		}
	}
	c.share(FactRecommendationsWithLead, withLead, planned)
	c.share(FactRecommendationsWithAction, withAction, planned)
	c.share(FactRecommendationsWithIndicator, withInd, planned)
	c.share(FactRecommendationsWithSDG, withSDG, all)
	c.share(FactRecommendationsClustered, clustered, all)
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

// scopeFilter returns the test of a recommendation's being in the scope.
// In ScopeCurrent: a UPR recommendation of the latest cycle in the dataset
// that the State supported or supported in part, or a treaty-body
// recommendation of the latest review by its committee (the latest
// document of the committee, by its date).
func scopeFilter(ds *tracking.Dataset, scope Scope) func(*tracking.Recommendation) bool {
	if scope == ScopeAll {
		return func(*tracking.Recommendation) bool { return true }
	}
	cycle := 0
	type review struct {
		date tracking.PartialDate
		doc  string
	}
	latest := map[string]review{}
	for i := range ds.Recommendations {
		src := &ds.Recommendations[i].Source
		switch src.Family {
		case tracking.MechanismFamilyUPR:
			cycle = max(cycle, src.Cycle)
		case tracking.MechanismFamilyTreatyBody:
			if l, ok := latest[src.Body]; !ok || src.Date.Compare(l.date) > 0 {
				latest[src.Body] = review{src.Date, src.Document}
			}
		}
	}
	return func(r *tracking.Recommendation) bool {
		switch src := &r.Source; src.Family {
		case tracking.MechanismFamilyUPR:
			return src.Cycle == cycle && r.Position != nil &&
				(r.Position.Value == tracking.PositionSupported || r.Position.Value == tracking.PositionSupportedInPart)
		case tracking.MechanismFamilyTreatyBody:
			l := latest[src.Body]
			return src.Date.Compare(l.date) == 0 && src.Document == l.doc
		}
		return false
	}
}

// obligationKind returns the kind of the obligation with the ID.
func obligationKind(ds *tracking.Dataset, id tracking.ID) tracking.ObligationKind {
	for i := range ds.Obligations {
		if ds.Obligations[i].ID == id {
			return ds.Obligations[i].Kind
		}
	}
	return ""
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
