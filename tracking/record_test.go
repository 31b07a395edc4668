package tracking_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/datagen"
	"github.com/nmirf/nmirf/schema"
	. "github.com/nmirf/nmirf/tracking"
)

// inRecord keeps the problems at or below the pointer of a record.
func inRecord(ps schema.Problems, ptr string) schema.Problems {
	var out schema.Problems
	for _, p := range ps {
		if p.Pointer == ptr || strings.HasPrefix(p.Pointer, ptr+"/") {
			out = append(out, p)
		}
	}
	return out
}

// checkRecordsOneByOne checks that ValidateRecord gives, for every record
// that is the first with its ID, the problems Validate gives in it.
func checkRecordsOneByOne(t *testing.T, ds *Dataset) {
	t.Helper()
	all := Validate(ds)
	ix := NewIndex(ds)
	kinds, ids, pointers := FirstRecords(ds)
	for i, kind := range kinds {
		got := ValidateRecord(ix, kind, ids[i])
		want := inRecord(all, pointers[i])
		if !slices.EqualFunc(got, want, schema.Problem.Equal) {
			t.Errorf("%s %s: ValidateRecord gives\n%v\nValidate gives\n%v", kind, pointers[i], got, want)
		}
	}
}

// TestValidateRecord checks ValidateRecord against Validate on the valid
// fixture and a generated dataset; TestValidateRules checks it on every
// dataset that breaks a rule.
func TestValidateRecord(t *testing.T) {
	checkRecordsOneByOne(t, loadValid(t))
	checkRecordsOneByOne(t, datagen.Dataset(50))
	if ps := ValidateRecord(NewIndex(loadValid(t)), RecordKindAction, ID{}); ps != nil {
		t.Errorf("a record the index does not hold has problems: %v", ps)
	}
	if ps := ValidateRecord(nil, RecordKindAction, ID{}); ps != nil {
		t.Errorf("a nil index has problems: %v", ps)
	}
}
