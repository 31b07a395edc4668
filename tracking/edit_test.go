package tracking

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/schema"
)

// editDataset is a small dataset whose records refer to each other, built
// here so that the test of package tracking needs no other package.
func editDataset() *Dataset {
	id := func(kind, n int) ID {
		return MustParseID("01900000-0000-7" + strconv.Itoa(100+kind) + "-8000-" + strings.Repeat("0", 11) + strconv.Itoa(n))
	}
	ds := NewDataset("XFS", Year(2026), En("Edits"))
	for i := range 3 {
		ds.Entities = append(ds.Entities, Entity{ID: id(1, i), Ref: "E" + strconv.Itoa(i), Name: En("Entity"), Kind: EntityKindMinistry})
		ds.Recommendations = append(ds.Recommendations, Recommendation{
			ID: id(2, i), Ref: "R" + strconv.Itoa(i), Text: En("Recommendation"),
			Source: Source{Family: MechanismFamilyUPR, Cycle: 4, Session: 45, Date: Year(2024), RecommendingStates: []Country{"FRA"}},
		})
		ds.Clusters = append(ds.Clusters, Cluster{ID: id(3, i), Title: En("Cluster"), RecommendationIDs: []ID{id(2, i)}})
		ds.Actions = append(ds.Actions, Action{ID: id(4, i), Ref: "A" + strconv.Itoa(i), Title: En("Action"),
			RecommendationIDs: []ID{id(2, i)}, ClusterIDs: []ID{id(3, i)}, LeadEntityID: id(1, i), Status: ActionStatusInProgress})
		ds.Indicators = append(ds.Indicators, Indicator{ID: id(5, i), Title: En("Indicator"), Type: IndicatorTypeProcess,
			RecommendationIDs: []ID{id(2, i)}, ActionIDs: []ID{id(4, i)}})
		ds.Assessments = append(ds.Assessments, Assessment{ID: id(7, i), RecommendationID: id(2, i), Date: Year(2025),
			Status: ImplementationStatusInProgress, Source: AssessmentSourceState})
	}
	return ds
}

// sameIndex reports how ix differs from an index built anew from its
// dataset, or "".
func sameIndex(ix *Index) string {
	want := NewIndex(ix.ds)
	same := func(x, y any) bool {
		if reflect.ValueOf(x).Len() == 0 && reflect.ValueOf(y).Len() == 0 {
			return true
		}
		return reflect.DeepEqual(x, y)
	}
	for name, pair := range map[string][2]any{
		"byID": {ix.byID, want.byID}, "byRef": {ix.byRef, want.byRef},
		"dupIDs": {ix.dupIDs, want.dupIDs}, "dupRefs": {ix.dupRefs, want.dupRefs},
		"actionsByRec": {ix.actionsByRec, want.actionsByRec}, "clustersByRec": {ix.clustersByRec, want.clustersByRec},
		"indicatorsByRec": {ix.indicatorsByRec, want.indicatorsByRec}, "assessmentsByRec": {ix.assessmentsByRec, want.assessmentsByRec},
		"actionsByCluster": {ix.actionsByCluster, want.actionsByCluster}, "indicatorsByAct": {ix.indicatorsByAct, want.indicatorsByAct},
	} {
		if !same(pair[0], pair[1]) {
			return name + " differs from a new index"
		}
	}
	return ""
}

// TestEditsKeepTheIndexAndTheProblems applies random edits through Put and
// Delete (changes of references, IDs and human references, some unknown
// or shared, additions and deletions) and checks after each that the
// index is the one NewIndex builds and that ValidateRecord gives, record by
// record, what Validate gives for the whole dataset.
func TestEditsKeepTheIndexAndTheProblems(t *testing.T) {
	ds := editDataset()
	ix := NewIndex(ds)
	rng := rand.New(rand.NewPCG(1, 2))
	var ids []ID
	ds.eachID(func(_ RecordKind, _ int, id *ID, _ string) { ids = append(ids, *id) })
	ids = append(ids, MustParseID("01900000-0000-7999-8000-000000000000"))
	anyID := func() ID { return ids[rng.IntN(len(ids))] }
	refs := []string{"", "E0", "R1", "A2", "X"}
	edits := 400
	if testing.Short() {
		edits = 100
	}
	broken := 0
	for step := range edits {
		kinds := []RecordKind{RecordKindEntity, RecordKindRecommendation, RecordKindCluster, RecordKindAction, RecordKindIndicator, RecordKindAssessment}
		kind := kinds[rng.IntN(len(kinds))]
		n := ix.count(kind)
		var what string
		switch op := rng.IntN(5); {
		case op == 0 && n > 0:
			_, id, _ := kindOf(ix.record(location{kind: kind, i: rng.IntN(n)}))
			what = "delete " + string(kind)
			ix.Delete(kind, id)
		case n > 0:
			// A changed copy of a record, sometimes under another ID.
			src := reflect.ValueOf(ix.record(location{kind: kind, i: rng.IntN(n)})).Elem()
			cp := reflect.New(src.Type())
			cp.Elem().Set(src)
			rec := cp.Interface()
			v := cp.Elem()
			if rng.IntN(3) == 0 {
				v.FieldByName("ID").Set(reflect.ValueOf(anyID()))
			}
			if f := v.FieldByName("Ref"); f.IsValid() {
				f.SetString(refs[rng.IntN(len(refs))])
			}
			for _, name := range []string{"RecommendationIDs", "ClusterIDs", "ActionIDs"} {
				if f := v.FieldByName(name); f.IsValid() {
					f.Set(reflect.ValueOf([]ID{anyID(), anyID()}[:1+rng.IntN(2)]))
				}
			}
			if f := v.FieldByName("RecommendationID"); f.IsValid() {
				f.Set(reflect.ValueOf(anyID()))
			}
			if f := v.FieldByName("ParentID"); f.IsValid() && rng.IntN(2) == 0 {
				f.Set(reflect.ValueOf(anyID()))
			}
			what = "put " + string(kind)
			if _, err := ix.Put(rec); err != nil {
				t.Fatalf("step %d: %s: %v", step, what, err)
			}
		default:
			continue
		}
		if why := sameIndex(ix); why != "" {
			t.Fatalf("step %d, %s: %s", step, what, why)
		}
		all := Validate(ds)
		if len(all) > 0 {
			broken++
		}
		ds.eachRecord(func(l location, _ string) {
			if ix.byID[l.id] != l {
				return
			}
			got := ValidateRecord(ix, l.kind, l.id)
			want := schema.Problems{}
			for _, p := range all {
				if p.Pointer == l.pointer() || strings.HasPrefix(p.Pointer, l.pointer()+"/") {
					want = append(want, p)
				}
			}
			if !slices.EqualFunc(got, want, schema.Problem.Equal) {
				t.Fatalf("step %d, %s: %s: ValidateRecord gives\n%v\nValidate gives\n%v", step, what, l.pointer(), got, want)
			}
		})
	}
	if broken < edits/4 {
		t.Errorf("only %d of %d edits left problems: the edits do not exercise the rules", broken, edits)
	}
	if len(ds.Actions) == 3 && len(ds.Entities) == 3 {
		t.Error("the edits neither added nor removed records")
	}
}

func TestPutAndDeleteRefuse(t *testing.T) {
	ds := editDataset()
	ix := NewIndex(ds)
	if _, err := ix.Put(&ds.Actions[0]); err == nil {
		t.Error("Put accepts the record of the dataset itself")
	}
	if _, err := ix.Put(&Action{}); err == nil {
		t.Error("Put accepts a record without an ID")
	}
	if _, err := ix.Put(Action{ID: ds.Actions[0].ID}); err == nil {
		t.Error("Put accepts a record that is not a pointer")
	}
	if _, err := ix.Put((*Action)(nil)); err == nil {
		t.Error("Put accepts a nil record")
	}
	if _, err := ix.Put(&ds.Mechanism); err == nil {
		t.Error("Put accepts a pointer to something that is not a record")
	}
	if _, err := (&Index{}).Put(&Action{ID: ds.Actions[0].ID}); err == nil {
		t.Error("Put on a zero index works")
	}
	if ix.Delete(RecordKindEntity, ds.Actions[0].ID) {
		t.Error("Delete removes a record of another kind")
	}
	if (*Index)(nil).Delete(RecordKindAction, ds.Actions[0].ID) {
		t.Error("Delete on a nil index removes something")
	}
}
