package uhri

import (
	"errors"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/zerotest"
	"github.com/nmirf/nmirf/schema"
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
			"IsSkip": IsSkip, "LookupCountry": LookupCountry, "MandateKnown": MandateKnown, "Messages": Messages,
			"Recode": Recode, "SummaryWords": SummaryWords, "LookupBody": LookupBody, "NewReader": NewReader,
			"Import": Import,
		},
		Values: []any{
			Annotation{}, Body{}, Filter{}, Format(""), Location{}, Options{}, Progress{}, Reader{}, Report{}, Warning{},
		},
	})
	// A Reader of each format over a nil io.Reader.
	for _, f := range []Format{JSON, CSV, XLSX} {
		zerotest.Call(t, "NewReader "+string(f)+" of nil, Read", func() {
			r, err := NewReader(nil, f, Options{})
			if err == nil {
				_, err = r.Read()
			}
			if err == nil {
				t.Errorf("NewReader %s of nil: no error", f)
			}
		})
	}
	// Import into an empty dataset, and from a zero reader.
	zerotest.Call(t, "Import into an empty dataset", Import, &tracking.Dataset{})
	zerotest.Call(t, "Import from a zero reader", Import, &tracking.Dataset{}, &Reader{}, tracking.SystemIDGenerator())
	// Each argument zero among valid ones.
	for _, f := range []Format{JSON, CSV} {
		zerotest.CallEach(t, "NewReader "+string(f), NewReader, strings.NewReader("[]"), f, Options{Language: "fr"})
	}
	ds := tracking.NewDataset("FRA", tracking.Date(2026, 6, 30), tracking.En("Ministry"))
	r, err := NewReader(strings.NewReader("[]"), JSON, Options{})
	if err != nil {
		t.Fatal(err)
	}
	zerotest.CallEach(t, "Import", Import, ds, r, tracking.SystemIDGenerator())
}

// TestReaderUnmade checks that a Reader that NewReader did not make says
// so, instead of panicking or reading nothing.
func TestReaderUnmade(t *testing.T) {
	for _, tt := range []struct {
		r          *Reader
		importCode string // Import's code; Read and Close give CodeReaderUnmade
	}{
		{nil, CodeImportArguments},
		{&Reader{}, CodeReaderUnmade},
	} {
		r := tt.r
		_, readErr := r.Read()
		_, importErr := Import(&tracking.Dataset{}, r, tracking.SystemIDGenerator())
		for i, err := range []error{readErr, r.Close(), importErr} {
			want := CodeReaderUnmade
			if i == 2 {
				want = tt.importCode
			}
			var ps schema.Problems
			if !errors.As(err, &ps) || ps[0].Code != want {
				t.Errorf("%#v: %v, want a problem of code %s", r, err, want)
			}
			checkMessages(t, ps)
		}
		if rep := r.Report(); rep == nil || rep.Read != 0 {
			t.Errorf("%#v: Report() = %v, want an empty report", r, rep)
		}
	}
	var o *Options
	if err := o.Check(); err != nil {
		t.Errorf("nil Options: Check() = %v, want nil as for the zero Options", err)
	}
	var rep *Report
	if rep.NothingKept() || rep.String() != (&Report{}).String() {
		t.Errorf("a nil Report does not render as an empty one: %q", rep.String())
	}
}
