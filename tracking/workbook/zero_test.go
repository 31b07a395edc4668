package workbook

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

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
			"Export": Export, "Import": Import, "Messages": Messages, "Write": Write, "Read": Read,
			"NewMatrix": NewMatrix,
		},
		Values: []any{
			Book{}, Grouping(""), Limits{}, Matrix{}, MatrixGroup{}, MatrixOptions{}, Options{},
		},
	})
	// The variadic books: a nil one and a zero one, into nil and an empty
	// dataset; an empty dataset to the writers.
	for _, into := range []*tracking.Dataset{nil, {}} {
		zerotest.Call(t, "Import a nil book", Import, into, nil, (*Book)(nil))
		zerotest.Call(t, "Import a zero book", Import, into, nil, &Book{})
	}
	ds := tracking.NewDataset("FRA", tracking.Date(2026, 6, 30), tracking.En("Ministry"))
	for _, d := range []*tracking.Dataset{{}, ds} {
		zerotest.Call(t, "Export", Export, d)
		zerotest.Call(t, "Write to nil", Write, nil, d)
		zerotest.Call(t, "NewMatrix", NewMatrix, d)
	}
	for _, m := range []*Matrix{nil, {}} {
		zerotest.Call(t, "WriteCSV", m.WriteCSV, io.Discard)
		zerotest.Call(t, "WriteMarkdown", m.WriteMarkdown, io.Discard)
		zerotest.Call(t, "WriteXLSX", m.WriteXLSX, io.Discard)
	}
	// Each argument zero among valid ones.
	zerotest.CallEach(t, "Export", Export, ds, Options{Language: "fr"})
	zerotest.CallEach(t, "Write", Write, io.Discard, ds, Options{Language: "ar"})
	zerotest.CallEach(t, "NewMatrix", NewMatrix, ds, MatrixOptions{At: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC), Language: "es"})
	var buf bytes.Buffer
	if err := Write(&buf, ds, Options{}); err != nil {
		t.Fatal(err)
	}
	zerotest.CallEach(t, "Read", Read, bytes.NewReader(buf.Bytes()), "a.xlsx", Limits{MaxBytes: 1 << 20})
	book, err := Read(bytes.NewReader(buf.Bytes()), "a.xlsx", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	zerotest.CallEach(t, "Import", Import, ds, tracking.SystemIDGenerator(), book, book)
}

// TestNilArguments checks that the functions and methods of the package
// return an error for a nil argument that they need, instead of panicking
// or doing nothing.
func TestNilArguments(t *testing.T) {
	ds := tracking.NewDataset("FRA", tracking.Date(2026, 6, 30), tracking.En("Ministry"))
	m, err := NewMatrix(ds, MatrixOptions{At: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	var nilMatrix *Matrix
	_, readErr := Read(nil, "a.xlsx", Limits{})
	tests := []struct {
		name string
		err  error
	}{
		{"Read from nil", readErr},
		{"Write to nil", Write(nil, ds, Options{})},
		{"WriteCSV to nil", m.WriteCSV(nil)},
		{"WriteMarkdown to nil", m.WriteMarkdown(nil)},
		{"WriteXLSX to nil", m.WriteXLSX(nil, false)},
		{"WriteCSV of nil", nilMatrix.WriteCSV(io.Discard)},
		{"WriteMarkdown of nil", nilMatrix.WriteMarkdown(io.Discard)},
		{"WriteXLSX of nil", nilMatrix.WriteXLSX(io.Discard, true)},
	}
	for _, tt := range tests {
		var ps schema.Problems
		if !errors.As(tt.err, &ps) || len(ps) != 1 || ps[0].Code != CodeArguments || !strings.Contains(ps[0].Message, " is nil") {
			t.Errorf("%s: %v, want a problem saying what is nil", tt.name, tt.err)
		}
	}
}
