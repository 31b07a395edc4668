package questionnaire

import (
	"testing"

	"github.com/nmirf/nmirf/internal/zerotest"
	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/tracking"
)

// TestZeroValuesDoNotPanic calls every exported function of the package
// with zero arguments (nil, empty), and every exported method on the zero
// value of its type (and, for methods with a pointer receiver, on a nil
// pointer), and checks that none panics; first it checks, from the
// source, that the lists below name every exported function and type (see
// internal/zerotest).
func TestZeroValuesDoNotPanic(t *testing.T) {
	zerotest.Check(t, zerotest.API{
		Dir: ".",
		Funcs: map[string]any{
			"Languages": Languages, "Make": Make, "Messages": Messages, "Read": Read,
		},
		Values: []any{Assessment{}, File{}, Options{}},
	})
	// The variadic files: a zero one, with no framework and with an empty
	// one; an empty framework to Make.
	for _, fw := range []*maturity.Framework{nil, {}} {
		zerotest.Call(t, "Read a zero file", Read, fw, Assessment{}, File{})
		zerotest.Call(t, "Make", Make, fw)
	}
	// Each argument zero among valid ones.
	fw := maturity.DefaultFramework()
	data, err := Make(fw, Options{Language: "fr", Name: "Secrétariat"})
	if err != nil {
		t.Fatal(err)
	}
	zerotest.CallEach(t, "Make", Make, fw, Options{Language: "ar", Name: "الأمانة"})
	meta := Assessment{State: "XFS", Date: tracking.YearMonth(2026, 6)}
	zerotest.CallEach(t, "Read", Read, fw, meta, File{Name: "secretariat.xlsx", Data: data}, File{Name: "b.xlsx", Data: data})
}
