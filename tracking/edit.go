package tracking

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/nmirf/nmirf/schema"
)

// addDup records that l uses the key (an ID or a reference) that first
// uses, first being the first location of the key seen so far.
func addDup[K comparable](m *map[K][]location, key K, first, l location) {
	if *m == nil {
		*m = map[K][]location{}
	}
	if len((*m)[key]) == 0 {
		(*m)[key] = []location{first}
	}
	(*m)[key] = insertLocation((*m)[key], l)
}

// before reports whether a comes before b in document order.
func before(a, b location) bool {
	if a.kind != b.kind {
		return slices.Index(recordKindValues, a.kind) < slices.Index(recordKindValues, b.kind)
	}
	return a.i < b.i
}

func insertLocation(ls []location, l location) []location {
	i := 0
	for i < len(ls) && before(ls[i], l) {
		i++
	}
	return slices.Insert(ls, i, l)
}

// keyAdd indexes the key of a record at l: byKey holds the first location
// of each key, dups every location of a key used more than once.
func keyAdd[K comparable](byKey map[K]location, dups *map[K][]location, key K, l location) {
	first, used := byKey[key]
	if !used {
		byKey[key] = l
		return
	}
	addDup(dups, key, first, l)
	byKey[key] = (*dups)[key][0]
}

// keyRemove undoes keyAdd.
func keyRemove[K comparable](byKey map[K]location, dups map[K][]location, key K, l location) {
	ls, shared := dups[key]
	if !shared {
		if byKey[key] == l {
			delete(byKey, key)
		}
		return
	}
	ls = slices.DeleteFunc(ls, func(m location) bool { return m == l })
	byKey[key] = ls[0]
	if len(ls) == 1 {
		delete(dups, key)
	} else {
		dups[key] = ls
	}
}

// links calls f with each index map a record at l adds itself to, and the
// key it is listed under.
func (ix *Index) links(l location, f func(m map[ID][]int, key ID)) {
	ds := ix.ds
	switch l.kind {
	case RecordKindCluster:
		for _, r := range uniqueIDs(ds.Clusters[l.i].RecommendationIDs) {
			f(ix.clustersByRec, r)
		}
	case RecordKindAction:
		for _, r := range uniqueIDs(ds.Actions[l.i].RecommendationIDs) {
			f(ix.actionsByRec, r)
		}
		for _, c := range uniqueIDs(ds.Actions[l.i].ClusterIDs) {
			f(ix.actionsByCluster, c)
		}
	case RecordKindIndicator:
		for _, r := range uniqueIDs(ds.Indicators[l.i].RecommendationIDs) {
			f(ix.indicatorsByRec, r)
		}
		for _, a := range uniqueIDs(ds.Indicators[l.i].ActionIDs) {
			f(ix.indicatorsByAct, a)
		}
	case RecordKindAssessment:
		f(ix.assessmentsByRec, ds.Assessments[l.i].RecommendationID)
	}
}

// index adds the record at l to the index.
func (ix *Index) index(l location) {
	if !l.id.IsZero() {
		keyAdd(ix.byID, &ix.dupIDs, l.id, l)
	}
	if ref := refOf(ix.record(l)); ref != "" {
		keyAdd(ix.byRef, &ix.dupRefs, ref, l)
	}
	ix.links(l, func(m map[ID][]int, key ID) {
		is := m[key]
		at, _ := slices.BinarySearch(is, l.i)
		m[key] = slices.Insert(is, at, l.i)
	})
}

// unindex removes the record at l from the index.
func (ix *Index) unindex(l location) {
	if !l.id.IsZero() {
		keyRemove(ix.byID, ix.dupIDs, l.id, l)
	}
	if ref := refOf(ix.record(l)); ref != "" {
		keyRemove(ix.byRef, ix.dupRefs, ref, l)
	}
	ix.links(l, func(m map[ID][]int, key ID) {
		is := slices.DeleteFunc(m[key], func(i int) bool { return i == l.i })
		if len(is) == 0 {
			delete(m, key)
		} else {
			m[key] = is
		}
	})
}

// kindOf returns the kind of a record given as a non-nil pointer to one
// of the record types, and its ID.
func kindOf(rec any) (RecordKind, ID, bool) {
	v := reflect.ValueOf(rec)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return "", ID{}, false
	}
	kind, ok := recordKinds[v.Type().Elem()]
	if !ok {
		return "", ID{}, false
	}
	return kind, v.Elem().FieldByName("ID").Interface().(ID), true
}

// collectionIndex is the index of each kind's collection among the
// fields of Dataset, and collectionFields their names, in the order of the
// fields: the slices of the record types of recordKinds.
var collectionIndex, collectionFields = func() (map[RecordKind]int, []string) {
	idx := map[RecordKind]int{}
	var names []string
	t := reflect.TypeFor[Dataset]()
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Type.Kind() != reflect.Slice {
			continue
		}
		if kind, ok := recordKinds[f.Type.Elem()]; ok {
			idx[kind] = i
			names = append(names, f.Name)
		}
	}
	return idx, names
}()

// recordKinds maps each record type to its kind.
var recordKinds = map[reflect.Type]RecordKind{
	reflect.TypeFor[Entity]():         RecordKindEntity,
	reflect.TypeFor[Recommendation](): RecordKindRecommendation,
	reflect.TypeFor[Cluster]():        RecordKindCluster,
	reflect.TypeFor[Action]():         RecordKindAction,
	reflect.TypeFor[Indicator]():      RecordKindIndicator,
	reflect.TypeFor[ProgressReport](): RecordKindProgressReport,
	reflect.TypeFor[Assessment]():     RecordKindAssessment,
	reflect.TypeFor[Obligation]():     RecordKindObligation,
	reflect.TypeFor[Consultation]():   RecordKindConsultation,
}

// Put adds a record to the index's dataset, or replaces the record of the
// same kind and ID (the first, when several share it), and updates the
// index, in time that does not grow with the dataset. rec is a pointer to
// one of the record types (*Entity, *Recommendation, *Cluster, *Action,
// *Indicator, *ProgressReport, *Assessment, *Obligation, *Consultation),
// whose value is copied; its ID must not be zero (see Dataset.AssignIDs).
// A new record goes at the end of its collection. It returns the pointer
// of the record, such as "/actions/3".
//
// Its error is a schema.Problems, as every error of the package is.
//
// Put and Delete change the index's dataset; pointers to records that the
// index returned before may go stale. They are not safe for concurrent use
// with anything else that uses the index.
func (ix *Index) Put(rec any) (string, error) {
	if ix == nil || ix.ds == nil {
		return "", schema.Problems{problem("", "index.put", "noIndex", nil)}
	}
	kind, id, ok := kindOf(rec)
	if !ok {
		return "", schema.Problems{problem("", "index.put", "notRecord", schema.Args{"type": fmt.Sprintf("%T", rec)})}
	}
	if id.IsZero() {
		return "", schema.Problems{problem("", "index.put", "noID", schema.Args{"kind": string(kind)})}
	}
	l, found := ix.byID[id]
	if found && l.kind == kind {
		if ix.record(l) == rec {
			return "", schema.Problems{problem(l.pointer(), "index.put", "same", nil)}
		}
		ix.unindex(l)
	} else {
		l = location{kind: kind, i: ix.grow(kind), id: id}
	}
	ix.set(l, rec)
	ix.index(l)
	return l.pointer(), nil
}

// Delete removes the record of the kind with the ID (the first, when
// several share it) from the index's dataset and updates the index, in time
// that does not grow with the dataset: the last record of the collection
// takes its place, so that the order of the collection changes (problems
// name their records by ID, see schema.Problem.Record). It reports whether
// there was such a record.
func (ix *Index) Delete(kind RecordKind, id ID) bool {
	if ix == nil || ix.ds == nil {
		return false
	}
	l, ok := ix.byID[id]
	if !ok || l.kind != kind {
		return false
	}
	last := location{kind: kind, i: ix.count(kind) - 1}
	ix.unindex(l)
	if last.i != l.i {
		_, last.id, _ = kindOf(ix.record(last))
		ix.unindex(last)
		ix.set(l, ix.record(last))
		ix.index(location{kind: kind, i: l.i, id: last.id})
	}
	ix.shrink(kind)
	return true
}

// collectionOf returns the dataset's collection of records of a kind, as
// an addressable slice.
func (ix *Index) collectionOf(kind RecordKind) reflect.Value {
	return reflect.ValueOf(ix.ds).Elem().Field(collectionIndex[kind])
}

// count returns the number of records of a kind.
func (ix *Index) count(kind RecordKind) int { return ix.collectionOf(kind).Len() }

// grow adds a zero record of a kind at the end of its collection and
// returns its position.
func (ix *Index) grow(kind RecordKind) int {
	c := ix.collectionOf(kind)
	c.Set(reflect.Append(c, reflect.Zero(c.Type().Elem())))
	return c.Len() - 1
}

// shrink removes the last record of a kind, clearing it so that the
// collector can free what it held.
func (ix *Index) shrink(kind RecordKind) {
	c := ix.collectionOf(kind)
	c.Index(c.Len() - 1).SetZero()
	c.SetLen(c.Len() - 1)
}

// set copies the record rec points to into the place l.
func (ix *Index) set(l location, rec any) {
	ix.collectionOf(l.kind).Index(l.i).Set(reflect.ValueOf(rec).Elem())
}

// record returns a pointer to the record at l.
func (ix *Index) record(l location) any {
	return ix.collectionOf(l.kind).Index(l.i).Addr().Interface()
}
