package tracking

import (
	"cmp"
	"slices"
	"strconv"
	"time"
)

// CurrentStatus returns the assessment that gives the recommendation's
// implementation status at the date at: the latest assessment with a status
// whose date has begun by at (an assessment dated "2025-06" counts from
// 1 June 2025). Only the calendar date of at counts, in at's location. Among assessments of the same date the last in the dataset
// wins. When sources are given, only assessments from those sources count,
// so that the State's view and the NHRI's view can be read apart. The
// second result is false when no assessment qualifies.
func CurrentStatus(ix *Index, rec ID, at time.Time, sources ...AssessmentSource) (*Assessment, bool) {
	ix = ix.orEmpty()
	day := DateOf(at).First()
	var best *Assessment
	for _, i := range ix.assessmentsByRec[rec] {
		a := &ix.ds.Assessments[i]
		if a.Status == "" || a.Date.First().After(day) {
			continue
		}
		if len(sources) > 0 && !slices.Contains(sources, a.Source) {
			continue
		}
		if best == nil || a.Date.Compare(best.Date) >= 0 {
			best = a
		}
	}
	return best, best != nil
}

// Tally counts recommendations by their current implementation status.
type Tally struct {
	// Total is the number of recommendations counted.
	Total int `json:"total"`
	// NotAssessed counts those with no assessment by the date.
	NotAssessed int `json:"notAssessed"`
	// NotStarted counts those whose implementation has not started.
	NotStarted int `json:"notStarted"`
	// InProgress counts those in progress.
	InProgress int `json:"inProgress"`
	// PartiallyImplemented counts those partially implemented.
	PartiallyImplemented int `json:"partiallyImplemented"`
	// FullyImplemented counts those fully implemented.
	FullyImplemented int `json:"fullyImplemented"`
	// WithAction counts those that at least one action implements.
	WithAction int `json:"withAction"`
	// WithLead counts those with a lead entity.
	WithLead int `json:"withLead"`
}

// add counts one recommendation.
func (t *Tally) add(status ImplementationStatus, hasAction, hasLead bool) {
	t.Total++
	switch status {
	case ImplementationStatusNotStarted:
		t.NotStarted++
	case ImplementationStatusInProgress:
		t.InProgress++
	case ImplementationStatusPartiallyImplemented:
		t.PartiallyImplemented++
	case ImplementationStatusFullyImplemented:
		t.FullyImplemented++
	default:
		t.NotAssessed++
	}
	if hasAction {
		t.WithAction++
	}
	if hasLead {
		t.WithLead++
	}
}

// Count returns the number of recommendations with the status; the empty
// status counts those not assessed.
func (t Tally) Count(s ImplementationStatus) int {
	switch s {
	case ImplementationStatusNotStarted:
		return t.NotStarted
	case ImplementationStatusInProgress:
		return t.InProgress
	case ImplementationStatusPartiallyImplemented:
		return t.PartiallyImplemented
	case ImplementationStatusFullyImplemented:
		return t.FullyImplemented
	case "":
		return t.NotAssessed
	}
	return 0
}

// Assessed returns the number of recommendations with a current status.
func (t Tally) Assessed() int { return t.Total - t.NotAssessed }

// ShareFullyImplemented returns the share of all counted recommendations
// that are fully implemented, from 0 to 1 (0 when none are counted).
func (t Tally) ShareFullyImplemented() float64 { return share(t.FullyImplemented, t.Total) }

// ShareImplemented returns the share of all counted recommendations that
// are partially or fully implemented, from 0 to 1.
func (t Tally) ShareImplemented() float64 {
	return share(t.PartiallyImplemented+t.FullyImplemented, t.Total)
}

func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// Group is one line of a roll-up: the recommendations that share a key.
type Group struct {
	// Key identifies the group: a mechanism family, a body code, a term
	// code, an SDG goal number, or a cluster or entity ID. The empty key
	// gathers the recommendations that have no key of this kind.
	Key string `json:"key"`
	// Label names the group for people.
	Label Text `json:"label,omitzero"`
	// Tally counts the group's recommendations.
	Tally Tally `json:"tally"`
}

// Grouping says which groups a recommendation belongs to in a roll-up. A
// recommendation may belong to several groups (several themes or SDG
// goals, several responsible entities) and is then counted in each; one
// that belongs to none is counted in the group with the empty key. The
// package's groupings and those of GroupBy are values, safe to share; the
// zero Grouping puts every recommendation in one group.
type Grouping struct {
	// Name describes the grouping, such as "body".
	Name  string
	keys  func(ix *Index, r *Recommendation) []string
	label func(ix *Index, key string) Text
}

// GroupBy returns a grouping of the caller's own, named name: keys gives
// the keys of the groups a recommendation belongs to (none puts it in the
// group with the empty key), and label, which may be nil, names a group for
// people. Both are called with the index the roll-up reads, and must not
// change it. A nil keys puts every recommendation in one group.
func GroupBy(name string, keys func(ix *Index, r *Recommendation) []string, label func(ix *Index, key string) Text) Grouping {
	return Grouping{Name: name, keys: keys, label: label}
}

// ByCycle groups UPR recommendations by cycle ("4"); other recommendations,
// and UPR ones whose cycle is not given, fall in the group with the empty
// key.
var ByCycle = Grouping{
	Name: "cycle",
	keys: func(_ *Index, r *Recommendation) []string {
		if r.Source.Family != MechanismFamilyUPR || r.Source.Cycle == 0 {
			return nil
		}
		return []string{strconv.Itoa(r.Source.Cycle)}
	},
	label: func(_ *Index, key string) Text { return En("UPR cycle " + key) },
}

// ByPosition groups UPR recommendations by the State's position on them
// (its code, such as "supported"); recommendations with no position fall in
// the group with the empty key.
var ByPosition = Grouping{
	Name: "position",
	keys: func(_ *Index, r *Recommendation) []string {
		if r.Position == nil || r.Position.Value == "" {
			return nil
		}
		return []string{string(r.Position.Value)}
	},
	label: func(_ *Index, key string) Text { return titleText(Position(key).Title()) },
}

// ByFamily groups recommendations by mechanism family.
var ByFamily = Grouping{
	Name: "family",
	keys: func(_ *Index, r *Recommendation) []string { return []string{string(r.Source.Family)} },
	label: func(_ *Index, key string) Text {
		return titleText(MechanismFamily(key).Title())
	},
}

// ByBody groups recommendations by the body that made them; UPR
// recommendations fall under the key "UPR".
var ByBody = Grouping{
	Name: "body",
	keys: func(_ *Index, r *Recommendation) []string {
		if r.Source.Family == MechanismFamilyUPR {
			return []string{"UPR"}
		}
		if r.Source.Body == "" {
			return nil
		}
		return []string{r.Source.Body}
	},
	label: func(_ *Index, key string) Text {
		if key == "UPR" {
			return titleText(MechanismFamilyUPR.Title())
		}
		if t := TreatyBody(key).Title(); t != "" {
			return titleText(t)
		}
		return titleText(key)
	},
}

// BySDGGoal groups recommendations by the SDG goals they are linked to,
// directly or through a target ("16.3" counts for goal "16"), whoever made
// the link; a recommendation counts once per goal.
var BySDGGoal = Grouping{
	Name: "sdgGoal",
	keys: func(_ *Index, r *Recommendation) []string {
		var keys []string
		for _, l := range r.SDGGoalLinks() {
			if !slices.Contains(keys, string(l.Goal)) {
				keys = append(keys, string(l.Goal))
			}
		}
		return keys
	},
	label: func(_ *Index, key string) Text { return titleText(SDGGoal(key).Title()) },
}

// ByCluster groups recommendations by the clusters they belong to.
var ByCluster = Grouping{
	Name: "cluster",
	keys: func(ix *Index, r *Recommendation) []string {
		var keys []string
		for _, c := range ix.ClustersOf(r.ID) {
			keys = append(keys, c.ID.String())
		}
		return keys
	},
	label: func(ix *Index, key string) Text {
		if id, err := ParseID(key); err == nil {
			if c := ix.Cluster(id); c != nil {
				return c.Title
			}
		}
		return nil
	},
}

// ByResponsibleEntity groups recommendations by their responsible entities
// (see Index.ResponsibleEntities).
var ByResponsibleEntity = Grouping{
	Name: "entity",
	keys: func(ix *Index, r *Recommendation) []string {
		var keys []string
		for _, id := range ix.ResponsibleEntities(r.ID) {
			keys = append(keys, id.String())
		}
		return keys
	},
	label: func(ix *Index, key string) Text {
		if id, err := ParseID(key); err == nil {
			if e := ix.Entity(id); e != nil {
				return e.Name
			}
		}
		return nil
	},
}

// ByTerm groups recommendations by their classification terms of one
// scheme, such as the UHRI themes (scheme "uhri-theme").
func ByTerm(scheme string) Grouping {
	return Grouping{
		Name: scheme,
		keys: func(_ *Index, r *Recommendation) []string {
			var keys []string
			for _, t := range r.Classifications {
				if t.Scheme == scheme && !slices.Contains(keys, t.Code) {
					keys = append(keys, t.Code)
				}
			}
			return keys
		},
		label: func(ix *Index, key string) Text {
			for _, r := range ix.orEmpty().ds.Recommendations {
				for _, t := range r.Classifications {
					if t.Scheme == scheme && t.Code == key && len(t.Label) > 0 {
						return t.Label
					}
				}
			}
			return nil
		},
	}
}

func titleText(s string) Text {
	if s == "" {
		return nil
	}
	return En(s)
}

// RollUp counts the recommendations of the index's dataset by their
// current status at the date at (see CurrentStatus), in the groups of by.
// When sources are given, only assessments from those sources count, so
// that the State's view and the NHRI's view roll up apart. Concerns and
// observations (Kind "observation") are left out, and so are
// recommendations that are not active (closed, or superseded by a later
// one: see Recommendation.Active), which are no longer open work. Groups come sorted by key
// (numeric keys in numeric order), the empty key first.
//
// A nil or zero ix counts nothing; a zero Grouping puts every
// recommendation in the group with the empty key.
func RollUp(ix *Index, at time.Time, by Grouping, sources ...AssessmentSource) []Group {
	ix = ix.orEmpty()
	if by.keys == nil {
		by = everything
	}
	groups := map[string]*Group{}
	for i := range ix.ds.Recommendations {
		r := &ix.ds.Recommendations[i]
		if r.Kind == RecommendationKindObservation || !r.Active() {
			continue
		}
		var status ImplementationStatus
		if a, ok := CurrentStatus(ix, r.ID, at, sources...); ok {
			status = a.Status
		}
		hasAction := len(ix.ActionsFor(r.ID)) > 0
		hasLead := len(ix.LeadEntities(r.ID)) > 0
		keys := by.keys(ix, r)
		if len(keys) == 0 {
			keys = []string{""}
		}
		for _, k := range keys {
			g, ok := groups[k]
			if !ok {
				g = &Group{Key: k}
				groups[k] = g
			}
			g.Tally.add(status, hasAction, hasLead)
		}
	}
	out := make([]Group, 0, len(groups))
	for k, g := range groups {
		if k != "" && by.label != nil {
			g.Label = by.label(ix, k)
		}
		out = append(out, *g)
	}
	slices.SortFunc(out, func(a, b Group) int { return compareKeys(a.Key, b.Key) })
	return out
}

// compareKeys orders group keys as text, but numbers as numbers, so that
// SDG goal "4" comes before goal "10".
func compareKeys(a, b string) int {
	na, errA := strconv.Atoi(a)
	nb, errB := strconv.Atoi(b)
	if errA == nil && errB == nil {
		return cmp.Compare(na, nb)
	}
	return cmp.Compare(a, b)
}

// everything puts every recommendation in the one group with the empty key.
var everything = Grouping{Name: "all", keys: func(*Index, *Recommendation) []string { return nil }}

// Total counts every recommendation of the index's dataset by its current
// status at the date at, from the given sources or all, leaving out
// concerns and observations and recommendations that are not active.
func Total(ix *Index, at time.Time, sources ...AssessmentSource) Tally {
	var t Tally
	for _, g := range RollUp(ix, at, everything, sources...) {
		t = g.Tally
	}
	return t
}

// Goal returns the SDG goal of the target ("16.3" → "16"), or "" for an
// invalid target.
func (s SDGTarget) Goal() SDGGoal {
	if !s.Valid() {
		return ""
	}
	for i := range len(s) {
		if s[i] == '.' {
			return SDGGoal(s[:i])
		}
	}
	return ""
}

// IndicatorProgress is how far an indicator has moved from its baseline
// towards its target.
type IndicatorProgress struct {
	// Latest is the latest observation by the date asked, if any.
	Latest *Observation `json:"latest,omitzero"`
	// Known is false when progress cannot be computed: no baseline, no
	// target, no observation, or a target equal to the baseline.
	Known bool `json:"known"`
	// Raw is (latest − baseline) / (target − baseline): 0 at the baseline,
	// 1 at the target, below 0 when the indicator moved away from the
	// target, above 1 when it went past it. It works for targets below the
	// baseline too (a rate to be reduced).
	Raw float64 `json:"raw"`
	// Share is Raw clamped to the range 0 to 1.
	Share float64 `json:"share"`
	// Achieved is true when the latest value has reached the target.
	Achieved bool `json:"achieved"`
}

// ProgressAt returns the indicator's progress at the date at, from the
// latest observation of the total (not broken down: see
// Observation.Total) whose date has begun by then. Only the calendar date
// of at counts, in at's location.
func (in *Indicator) ProgressAt(at time.Time) IndicatorProgress {
	var p IndicatorProgress
	if in == nil {
		return p
	}
	day := DateOf(at).First()
	for i := range in.Observations {
		o := &in.Observations[i]
		if o.Date.First().After(day) || !o.Total() {
			continue
		}
		if p.Latest == nil || o.Date.Compare(p.Latest.Date) >= 0 {
			p.Latest = o
		}
	}
	if p.Latest == nil || in.Baseline == nil || in.Target == nil || in.Target.Value == in.Baseline.Value {
		return p
	}
	p.Known = true
	p.Raw = (p.Latest.Value - in.Baseline.Value) / (in.Target.Value - in.Baseline.Value)
	p.Share = min(max(p.Raw, 0), 1)
	p.Achieved = p.Raw >= 1
	return p
}

// SDGGoalLinks returns the SDG goals r is linked to, each with the origin
// of its link: the goals it links directly (SDGGoals), then the goals of
// the targets it links (SDGTargets), which imply them. A goal linked in
// several ways appears once per origin, in that order, so that a count by
// origin (the State's own links apart from UHRI's or a machine's) sees
// every origin that vouches for it. A goal's entry is confirmed when any
// link of that origin to the goal or one of its targets is.
func (r *Recommendation) SDGGoalLinks() []SDGGoalLink {
	if r == nil {
		return nil
	}
	links := make([]SDGGoalLink, 0, len(r.SDGGoals)+len(r.SDGTargets))
	add := func(l SDGGoalLink) {
		if l.Goal == "" {
			return
		}
		for i := range links {
			if links[i].Goal == l.Goal && links[i].Origin == l.Origin {
				links[i].Confirmed = links[i].Confirmed || l.Confirmed
				return
			}
		}
		links = append(links, l)
	}
	for _, l := range r.SDGGoals {
		add(l)
	}
	for _, l := range r.SDGTargets {
		add(SDGGoalLink{Goal: l.Target.Goal(), Origin: l.Origin, Confirmed: l.Confirmed})
	}
	return links
}
