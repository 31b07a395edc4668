package workbook_test

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/workbook"
)

// seedBooks are workbooks a fuzzer starts from: an export, and exports a
// person or another program broke in the ways spreadsheets break.
func seedBooks(t testing.TB) [][]byte {
	ds := tracking.NewDataset("XFS", tracking.Year(2026), tracking.En("Fictional publisher"))
	ds.Entities = []tracking.Entity{{ID: tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-00000000f001"), Ref: "MOJ", Name: tracking.En("Fictional ministry"), Kind: tracking.EntityKindMinistry}}
	ds.Actions = []tracking.Action{{ID: tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-00000000f201"), Ref: "A-1", Title: tracking.En("Fictional action"),
		LeadEntityID: ds.Entities[0].ID, Status: tracking.ActionStatusInProgress, ClusterIDs: nil}}
	plain := export(t, ds, workbook.Options{})
	out := [][]byte{plain, withoutRecord(t, plain), []byte("PK\x03\x04 not really"), nil}
	for _, f := range []func(*excelize.File){
		func(f *excelize.File) { _ = f.SetCellFormula("Actions", "J2", "=1/0") },        // a formula
		func(f *excelize.File) { _ = f.MergeCell("Actions", "B2", "D3") },               // merged cells
		func(f *excelize.File) { _ = f.SetCellValue("Actions", "J2", 42.5) },            // a number where a date stands
		func(f *excelize.File) { _ = f.SetCellBool("Actions", "A2", true) },             // a boolean as the key
		func(f *excelize.File) { _ = f.SetCellStr("Profile", "A3", "/mechanism/x/9") },  // a field that cannot be set
		func(f *excelize.File) { _ = f.SetCellStr("Actions", "A1", "Ref") },             // two columns named alike
		func(f *excelize.File) { _ = f.SetCellStr("Exported", "C2", "{not json") },      // a broken record of the export
		func(f *excelize.File) { _ = f.SetCellValue("Actions", "B100000", "far down") }, // a sheet far longer than its data
	} {
		out = append(out, edit(t, plain, f))
	}
	// Workbooks in other languages, and one that mixes two.
	fr := export(t, ds, workbook.Options{Language: "fr"})
	out = append(out, fr, export(t, ds, workbook.Options{Language: "ar"}), edit(t, fr, func(f *excelize.File) {
		_ = f.SetCellStr("Mesures", "A1", "ID")
		_ = f.SetSheetName("Entités", "Entities")
	}))
	return out
}

// FuzzRead checks that reading and importing any file gives a book or
// problems, never a panic, and that every problem has a code and a
// message.
func FuzzRead(f *testing.F) {
	for _, b := range seedBooks(f) {
		f.Add(b)
	}
	gen := tracking.NewV7Generator(func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }, zeros{})
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := workbook.Read(bytes.NewReader(data), "fuzz.xlsx", workbook.Limits{MaxBytes: 1 << 20, MaxUnzipped: 16 << 20})
		var ps schema.Problems
		if errors.As(err, &ps) {
			return
		}
		if err != nil {
			t.Fatalf("an ordinary error from an in-memory reader: %v", err)
		}
		_, ps, err = workbook.Import(nil, gen, b)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			if p.Code == "" || p.Message == "" {
				t.Fatalf("a problem without code or message: %+v", p)
			}
		}
	})
}

// TestBrokenWorkbooks imports the seeds: each gives problems or a dataset,
// never a panic.
func TestBrokenWorkbooks(t *testing.T) {
	gen := tracking.SystemIDGenerator()
	for i, data := range seedBooks(t) {
		b, err := workbook.Read(bytes.NewReader(data), "broken.xlsx", workbook.Limits{})
		var ps schema.Problems
		if errors.As(err, &ps) {
			if ps[0].Code != workbook.CodeUnreadable || ps[0].Location.File != "broken.xlsx" {
				t.Errorf("seed %d: %v", i, ps)
			}
			continue
		}
		if err != nil {
			t.Fatalf("seed %d: %v", i, err)
		}
		if _, _, err := workbook.Import(nil, gen, b); err != nil {
			t.Errorf("seed %d: %v", i, err)
		}
	}
}
