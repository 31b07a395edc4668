package tracking

import (
	"slices"

	"github.com/nmirf/nmirf/schema"
)

// Index answers look-ups over a dataset: records by ID and by human
// reference, and the records linked to a recommendation. Build it with
// NewIndex after the dataset is complete; it holds positions in the
// dataset's slices, so it goes stale when records are added, removed or
// changed other than through Index.Put and Index.Delete, which keep it up to
// date in time that does not grow with the dataset.
//
// When two records share an ID or a reference (which Validate reports), the
// index keeps the first.
//
// An Index is safe for concurrent use by goroutines that only read it, as
// long as its dataset does not change. A nil or zero Index answers as the
// index of an empty dataset.
type Index struct {
	ds    *Dataset
	byID  map[ID]location
	byRef map[string]location
	// dupIDs and dupRefs hold, for an ID or a reference that several
	// records share, all their locations in document order, so that Put
	// and Delete can tell which comes first when one goes.
	dupIDs  map[ID][]location
	dupRefs map[string][]location

	actionsByRec     map[ID][]int
	clustersByRec    map[ID][]int
	indicatorsByRec  map[ID][]int
	assessmentsByRec map[ID][]int
	actionsByCluster map[ID][]int
	indicatorsByAct  map[ID][]int
}

// location is where a record stands in its dataset.
type location struct {
	kind RecordKind
	i    int
	id   ID
}

// pointer returns the JSON pointer of the record.
func (l location) pointer() string { return schema.Pointer(collection(l.kind), l.i) }

// collection returns the JSON name of the dataset's collection of kind.
func collection(kind RecordKind) string {
	switch kind {
	case RecordKindProgressReport:
		return "progressReports"
	case RecordKindEntity:
		return "entities"
	}
	return string(kind) + "s"
}

// NewIndex indexes ds. A nil ds is indexed as an empty dataset.
func NewIndex(ds *Dataset) *Index {
	if ds == nil {
		ds = &Dataset{}
	}
	n := len(ds.Entities) + len(ds.Recommendations) + len(ds.Clusters) + len(ds.Actions) +
		len(ds.Indicators) + len(ds.ProgressReports) + len(ds.Assessments) + len(ds.Obligations) + len(ds.Consultations)
	ix := &Index{
		ds:               ds,
		byID:             make(map[ID]location, n),
		byRef:            make(map[string]location),
		actionsByRec:     make(map[ID][]int),
		clustersByRec:    make(map[ID][]int),
		indicatorsByRec:  make(map[ID][]int),
		assessmentsByRec: make(map[ID][]int),
		actionsByCluster: make(map[ID][]int),
		indicatorsByAct:  make(map[ID][]int),
	}
	ds.eachRecord(func(l location, ref string) {
		if first, dup := ix.byID[l.id]; !dup && !l.id.IsZero() {
			ix.byID[l.id] = l
		} else if dup {
			addDup(&ix.dupIDs, l.id, first, l)
		}
		if first, dup := ix.byRef[ref]; !dup && ref != "" {
			ix.byRef[ref] = l
		} else if dup {
			addDup(&ix.dupRefs, ref, first, l)
		}
	})
	for i := range ds.Clusters {
		for _, r := range uniqueIDs(ds.Clusters[i].RecommendationIDs) {
			ix.clustersByRec[r] = append(ix.clustersByRec[r], i)
		}
	}
	for i := range ds.Actions {
		for _, r := range uniqueIDs(ds.Actions[i].RecommendationIDs) {
			ix.actionsByRec[r] = append(ix.actionsByRec[r], i)
		}
		for _, c := range uniqueIDs(ds.Actions[i].ClusterIDs) {
			ix.actionsByCluster[c] = append(ix.actionsByCluster[c], i)
		}
	}
	for i := range ds.Indicators {
		for _, r := range uniqueIDs(ds.Indicators[i].RecommendationIDs) {
			ix.indicatorsByRec[r] = append(ix.indicatorsByRec[r], i)
		}
		for _, a := range uniqueIDs(ds.Indicators[i].ActionIDs) {
			ix.indicatorsByAct[a] = append(ix.indicatorsByAct[a], i)
		}
	}
	for i := range ds.Assessments {
		r := ds.Assessments[i].RecommendationID
		ix.assessmentsByRec[r] = append(ix.assessmentsByRec[r], i)
	}
	return ix
}

// uniqueIDs returns ids without repeats, keeping the first of each.
func uniqueIDs(ids []ID) []ID {
	if len(ids) < 2 {
		return ids
	}
	out := make([]ID, 0, len(ids))
	for _, id := range ids {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// eachRecord calls f for every record of the dataset, in document order.
func (ds *Dataset) eachRecord(f func(l location, ref string)) {
	ds.eachID(func(kind RecordKind, i int, id *ID, ref string) { f(location{kind, i, *id}, ref) })
}

// eachID calls f with the kind, position, ID (to read or set) and human
// reference of every record of the dataset, in document order.
func (ds *Dataset) eachID(f func(kind RecordKind, i int, id *ID, ref string)) {
	for i := range ds.Entities {
		f(RecordKindEntity, i, &ds.Entities[i].ID, ds.Entities[i].Ref)
	}
	for i := range ds.Recommendations {
		f(RecordKindRecommendation, i, &ds.Recommendations[i].ID, ds.Recommendations[i].Ref)
	}
	for i := range ds.Clusters {
		f(RecordKindCluster, i, &ds.Clusters[i].ID, ds.Clusters[i].Ref)
	}
	for i := range ds.Actions {
		f(RecordKindAction, i, &ds.Actions[i].ID, ds.Actions[i].Ref)
	}
	for i := range ds.Indicators {
		f(RecordKindIndicator, i, &ds.Indicators[i].ID, ds.Indicators[i].Ref)
	}
	for i := range ds.ProgressReports {
		f(RecordKindProgressReport, i, &ds.ProgressReports[i].ID, ds.ProgressReports[i].Ref)
	}
	for i := range ds.Assessments {
		f(RecordKindAssessment, i, &ds.Assessments[i].ID, "")
	}
	for i := range ds.Obligations {
		f(RecordKindObligation, i, &ds.Obligations[i].ID, ds.Obligations[i].Ref)
	}
	for i := range ds.Consultations {
		f(RecordKindConsultation, i, &ds.Consultations[i].ID, ds.Consultations[i].Ref)
	}
}

// emptyIndex indexes the empty dataset, for the methods of a nil or zero
// Index.
var emptyIndex = NewIndex(nil)

// orEmpty returns ix, or the index of the empty dataset when ix is nil or
// the zero Index, so that their methods answer as for an empty dataset.
func (ix *Index) orEmpty() *Index {
	if ix == nil || ix.ds == nil {
		return emptyIndex
	}
	return ix
}

// Dataset returns the indexed dataset (nil for a nil or zero Index).
func (ix *Index) Dataset() *Dataset {
	if ix == nil {
		return nil
	}
	return ix.ds
}

// Kind returns the kind of the record with the ID, or "" when there is none.
func (ix *Index) Kind(id ID) RecordKind {
	ix = ix.orEmpty()
	return ix.byID[id].kind
}

// Ref returns the kind and ID of the record with the human reference ref.
func (ix *Index) Ref(ref string) (RecordKind, ID, bool) {
	ix = ix.orEmpty()
	l, ok := ix.byRef[ref]
	if !ok {
		return "", ID{}, false
	}
	return l.kind, l.id, true
}

// Pointer returns the JSON pointer of the record with the ID, such as
// "/actions/3", or "" when there is none.
func (ix *Index) Pointer(id ID) string {
	ix = ix.orEmpty()
	l, ok := ix.byID[id]
	if !ok {
		return ""
	}
	return l.pointer()
}

// find returns the position of the record with the ID when it is of kind.
func (ix *Index) find(id ID, kind RecordKind) (int, bool) {
	l, ok := ix.byID[id]
	if !ok || l.kind != kind {
		return 0, false
	}
	return l.i, true
}

func get[T any](ix *Index, s []T, id ID, kind RecordKind) *T {
	if i, ok := ix.find(id, kind); ok {
		return &s[i]
	}
	return nil
}

// Entity returns the entity with the ID, or nil.
func (ix *Index) Entity(id ID) *Entity {
	ix = ix.orEmpty()
	return get(ix, ix.ds.Entities, id, RecordKindEntity)
}

// Recommendation returns the recommendation with the ID, or nil.
func (ix *Index) Recommendation(id ID) *Recommendation {
	ix = ix.orEmpty()
	return get(ix, ix.ds.Recommendations, id, RecordKindRecommendation)
}

// Cluster returns the cluster with the ID, or nil.
func (ix *Index) Cluster(id ID) *Cluster {
	ix = ix.orEmpty()
	return get(ix, ix.ds.Clusters, id, RecordKindCluster)
}

// Action returns the action with the ID, or nil.
func (ix *Index) Action(id ID) *Action {
	ix = ix.orEmpty()
	return get(ix, ix.ds.Actions, id, RecordKindAction)
}

// Indicator returns the indicator with the ID, or nil.
func (ix *Index) Indicator(id ID) *Indicator {
	ix = ix.orEmpty()
	return get(ix, ix.ds.Indicators, id, RecordKindIndicator)
}

// ProgressReport returns the progress report with the ID, or nil.
func (ix *Index) ProgressReport(id ID) *ProgressReport {
	ix = ix.orEmpty()
	return get(ix, ix.ds.ProgressReports, id, RecordKindProgressReport)
}

// Assessment returns the implementation assessment with the ID, or nil.
func (ix *Index) Assessment(id ID) *Assessment {
	ix = ix.orEmpty()
	return get(ix, ix.ds.Assessments, id, RecordKindAssessment)
}

// Obligation returns the reporting obligation with the ID, or nil.
func (ix *Index) Obligation(id ID) *Obligation {
	ix = ix.orEmpty()
	return get(ix, ix.ds.Obligations, id, RecordKindObligation)
}

// Consultation returns the consultation with the ID, or nil.
func (ix *Index) Consultation(id ID) *Consultation {
	ix = ix.orEmpty()
	return get(ix, ix.ds.Consultations, id, RecordKindConsultation)
}

// RecommendationByRef returns the recommendation with the human reference
// ref, or nil.
func (ix *Index) RecommendationByRef(ref string) *Recommendation {
	ix = ix.orEmpty()
	if l, ok := ix.byRef[ref]; ok && l.kind == RecordKindRecommendation {
		return &ix.ds.Recommendations[l.i]
	}
	return nil
}

// RecommendationByIdentifier returns the recommendation that carries the
// identifier value in scheme (for example scheme "uhri" and a UHRI
// annotation ID), or nil. It scans the recommendations.
func (ix *Index) RecommendationByIdentifier(scheme, value string) *Recommendation {
	ix = ix.orEmpty()
	for i := range ix.ds.Recommendations {
		for _, id := range ix.ds.Recommendations[i].Identifiers {
			if id.Scheme == scheme && id.Value == value {
				return &ix.ds.Recommendations[i]
			}
		}
	}
	return nil
}

func pick[T any](s []T, is []int) []*T {
	out := make([]*T, len(is))
	for k, i := range is {
		out[k] = &s[i]
	}
	return out
}

// ActionsFor returns the actions that implement the recommendation, directly
// or through one of its clusters, in document order.
func (ix *Index) ActionsFor(rec ID) []*Action {
	ix = ix.orEmpty()
	is := slices.Clone(ix.actionsByRec[rec])
	for _, c := range ix.clustersByRec[rec] {
		is = append(is, ix.actionsByCluster[ix.ds.Clusters[c].ID]...)
	}
	slices.Sort(is)
	return pick(ix.ds.Actions, slices.Compact(is))
}

// IndicatorsFor returns the indicators that measure the recommendation,
// directly or through one of its actions, in document order.
func (ix *Index) IndicatorsFor(rec ID) []*Indicator {
	ix = ix.orEmpty()
	is := slices.Clone(ix.indicatorsByRec[rec])
	for _, a := range ix.ActionsFor(rec) {
		is = append(is, ix.indicatorsByAct[a.ID]...)
	}
	slices.Sort(is)
	return pick(ix.ds.Indicators, slices.Compact(is))
}

// ClustersOf returns the clusters the recommendation belongs to, in
// document order.
func (ix *Index) ClustersOf(rec ID) []*Cluster {
	ix = ix.orEmpty()
	return pick(ix.ds.Clusters, ix.clustersByRec[rec])
}

// AssessmentsFor returns the implementation assessments of the
// recommendation, oldest first (by date, then document order).
func (ix *Index) AssessmentsFor(rec ID) []*Assessment {
	ix = ix.orEmpty()
	as := pick(ix.ds.Assessments, ix.assessmentsByRec[rec])
	slices.SortStableFunc(as, func(a, b *Assessment) int { return a.Date.Compare(b.Date) })
	return as
}

// ResponsibleEntities returns the IDs of the entities responsible for the
// recommendation: its lead assignments first, then its supporting
// assignments, then the lead entities of its actions, without repeats.
func (ix *Index) ResponsibleEntities(rec ID) []ID {
	ix = ix.orEmpty()
	r := ix.Recommendation(rec)
	if r == nil {
		return nil
	}
	var ids []ID
	add := func(id ID) {
		if !id.IsZero() && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, a := range r.Assignments {
		if a.Lead {
			add(a.EntityID)
		}
	}
	for _, a := range r.Assignments {
		if !a.Lead {
			add(a.EntityID)
		}
	}
	for _, a := range ix.ActionsFor(rec) {
		add(a.LeadEntityID)
	}
	return ids
}

// LeadEntities returns the IDs of the recommendation's lead entities: its
// lead assignments, or, when it has none, the lead entities of its actions.
func (ix *Index) LeadEntities(rec ID) []ID {
	ix = ix.orEmpty()
	r := ix.Recommendation(rec)
	if r == nil {
		return nil
	}
	var ids []ID
	for _, a := range r.Assignments {
		if a.Lead && !slices.Contains(ids, a.EntityID) {
			ids = append(ids, a.EntityID)
		}
	}
	if len(ids) > 0 {
		return ids
	}
	for _, a := range ix.ActionsFor(rec) {
		if !a.LeadEntityID.IsZero() && !slices.Contains(ids, a.LeadEntityID) {
			ids = append(ids, a.LeadEntityID)
		}
	}
	return ids
}
