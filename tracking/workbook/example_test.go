package workbook_test

import (
	"bytes"
	"fmt"
	"os"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/workbook"
)

// A secretariat writes its dataset as a workbook; a focal point changes a
// cell and adds an action without an ID; the secretariat imports the
// workbook back into the dataset.
func Example() {
	ds := tracking.NewDataset("XFS", tracking.Date(2026, 6, 30), tracking.En("Fictional secretariat"))
	moj := tracking.Entity{ID: tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-000000000001"), Ref: "MOJ",
		Name: tracking.En("Fictional ministry of justice"), Kind: tracking.EntityKindMinistry}
	rec := tracking.Recommendation{ID: tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-000000000002"), Ref: "UPR-01",
		Source: tracking.Source{Family: tracking.MechanismFamilyUPR, Cycle: 4, Document: "A/HRC/00/XFS/1"},
		Text:   tracking.En("Fictional recommendation.")}
	ds.Entities, ds.Recommendations = []tracking.Entity{moj}, []tracking.Recommendation{rec}

	var file bytes.Buffer
	if err := workbook.Write(&file, ds, workbook.Options{Language: "en"}); err != nil {
		fmt.Println(err)
		return
	}

	// The focal point's edits, as a spreadsheet program would save them.
	f, _ := excelize.OpenReader(&file)
	_ = f.SetCellStr("Entities", "D2", "Justice") // the acronym
	_ = f.SetSheetRow("Actions", "B2", &[]any{"A-01", "Draft the bill"})
	_ = f.SetCellStr("Actions", "E2", "UPR-01")      // Recommendations, by ref
	_ = f.SetCellStr("Actions", "K2", "In progress") // Status, by its title
	var edited bytes.Buffer
	_, _ = f.WriteTo(&edited)

	book, err := workbook.Read(&edited, "plan.xlsx", workbook.Limits{})
	if err != nil {
		fmt.Println(err)
		return
	}
	gen := tracking.NewV7Generator(func() time.Time { return time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC) }, zeros{})
	out, problems, err := workbook.Import(ds, gen, book)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := out.Actions[0]
	fmt.Println(out.Entities[0].Acronym, a.Ref, a.Title.Get("en"), a.Status, a.RecommendationIDs[0] == rec.ID, len(problems))
	// Output: Justice A-01 Draft the bill in_progress true 0
}

// The implementation matrix of the sample dataset's recommendations not
// yet assessed, as CSV.
func ExampleNewMatrix() {
	data, _ := os.ReadFile("../../examples/sample/dataset.json")
	ds, _ := tracking.Decode(data)
	m, err := workbook.NewMatrix(ds, workbook.MatrixOptions{
		At: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC), Body: "CAT",
		Status: []tracking.ImplementationStatus{""},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range m.Groups[0].Rows {
		fmt.Println(r[0], r[1], r[8])
	}
	// Output:
	// CAT-11 11 MOJ (lead); MOI
	// CAT-25 25 MOJ (lead)
}
