package tracking

import (
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
)

// TestFieldRulePartsAgree checks that the parts the strict pass splits
// the field rules into pass together exactly when fieldProblems finds
// nothing, for any number of parts, with one rule broken anywhere: in the
// dataset's own fields or in any record of any collection.
func TestFieldRulePartsAgree(t *testing.T) {
	passes := func(ds *Dataset, n int) bool {
		var stop atomic.Bool
		for _, part := range fieldRuleParts(ds, n) {
			if !part(&stop) {
				return false
			}
		}
		return true
	}
	breaks := map[string]func(ds *Dataset){
		"none":           func(*Dataset) {},
		"dataset state":  func(ds *Dataset) { ds.State = "Morocco" },
		"first entity":   func(ds *Dataset) { ds.Entities[0].Kind = "office" },
		"last entity":    func(ds *Dataset) { ds.Entities[len(ds.Entities)-1].Name = Text{} },
		"recommendation": func(ds *Dataset) { ds.Recommendations[len(ds.Recommendations)-1].Source.Family = "upr " },
		"action":         func(ds *Dataset) { ds.Actions[0].Status = "done" },
		"indicator":      func(ds *Dataset) { ds.Indicators[len(ds.Indicators)-1].Type = "" },
		"cluster":        func(ds *Dataset) { ds.Clusters[0].Title = Text{"en": ""} },
		"last record":    func(ds *Dataset) { ds.Assessments[len(ds.Assessments)-1].Status = "finished" },
	}
	for name, mutate := range breaks {
		ds := editDataset()
		if len(ds.Entities) < 2 || len(ds.Recommendations) == 0 || len(ds.Actions) == 0 || len(ds.Indicators) == 0 ||
			len(ds.Clusters) == 0 || len(ds.Assessments) == 0 || len(ds.Obligations)+len(ds.Consultations) > 0 {
			t.Fatal("the dataset lacks the records the test breaks")
		}
		mutate(ds)
		want := len(fieldProblems(ds)) == 0
		if (name == "none") != want {
			t.Fatalf("%s: fieldProblems finds %v", name, fieldProblems(ds))
		}
		for n := 1; n <= 7; n++ {
			if got := passes(ds, n); got != want {
				t.Errorf("%s, %d parts: the parts pass: %v; fieldProblems finds nothing: %v", name, n, got, want)
			}
		}
	}
}

// TestEveryKindHasItsCollection checks that the table the index and the
// strict pass read the collections through names one collection of
// Dataset for every kind of record, under its JSON name.
func TestEveryKindHasItsCollection(t *testing.T) {
	if len(collectionIndex) != len(recordKinds) || len(collectionFields) != len(recordKinds) {
		t.Fatalf("%d collections, %d field names for %d kinds", len(collectionIndex), len(collectionFields), len(recordKinds))
	}
	ds := reflect.TypeFor[Dataset]()
	for kind, i := range collectionIndex {
		name, _, _ := strings.Cut(ds.Field(i).Tag.Get("json"), ",")
		if name != collection(kind) {
			t.Errorf("%s: the field %s is written as %q, not %q", kind, ds.Field(i).Name, name, collection(kind))
		}
	}
}
