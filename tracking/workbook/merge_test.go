package workbook_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/workbook"
)

// edit opens a workbook, lets f change it and returns the bytes.
func edit(t testing.TB, data []byte, f func(*excelize.File)) []byte {
	t.Helper()
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	f(x)
	var b bytes.Buffer
	if _, err := x.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// cellOf returns the cell of the row whose Ref (or ID) is key, in the
// column of the header.
func cellOf(t *testing.T, f *excelize.File, sheet, key, header string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], header)
	refCol := slices.IndexFunc(rows[0], func(h string) bool { return slices.Contains(refHeaders, h) })
	if col < 0 {
		t.Fatalf("%s has no column %q", sheet, header)
	}
	for i, r := range rows[1:] {
		if (refCol >= 0 && refCol < len(r) && r[refCol] == key) || (len(r) > 0 && r[0] == key) {
			c, _ := excelize.CoordinatesToCellName(col+1, i+2)
			return c
		}
	}
	t.Fatalf("%s has no row %q", sheet, key)
	return ""
}

// refHeaders are the headers of the Ref column in the six languages.
var refHeaders = []string{"الرمز المرجعي", "Ref", "Referencia", "Référence", "Обозначение", "编号"}

func set(t *testing.T, f *excelize.File, sheet, key, header, value string) string {
	t.Helper()
	c := cellOf(t, f, sheet, key, header)
	if err := f.SetCellStr(sheet, c, value); err != nil {
		t.Fatal(err)
	}
	return c
}

func find(ps schema.Problems, code string) *schema.Problem {
	for i := range ps {
		if ps[i].Code == code {
			return &ps[i]
		}
	}
	return nil
}

func TestEntityWorkbook(t *testing.T) {
	ds := sample(t)
	ix := tracking.NewIndex(ds)
	_, moi, _ := ix.Ref("MOI")
	data := export(t, ds, workbook.Options{Entity: moi, Language: "fr"})
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Profile", "Profil"} {
		if idx, _ := f.GetSheetIndex(name); idx >= 0 {
			t.Error("an entity's workbook has the profile")
		}
	}
	rows, _ := f.GetRows("Recommandations")
	for _, r := range rows[1:] {
		id := tracking.MustParseID(r[0])
		if !slices.Contains(ix.ResponsibleEntities(id), moi) {
			t.Errorf("MOI's workbook holds recommendation %s", r[1])
		}
	}
	if len(rows) < 2 {
		t.Fatal("MOI's workbook holds no recommendation")
	}

	// Meanwhile the secretariat edits the dataset.
	now := *ds
	now.Actions = slices.Clone(ds.Actions)
	for i := range now.Actions {
		if now.Actions[i].Ref == "A-01" {
			now.Actions[i].Title = tracking.Text{"en": "Draft the law on the national preventive mechanism"}
			now.Actions[i].End = tracking.MustParseDate("2027-06")
		}
	}
	var titleCell, budgetCell, leadCell, endCell string
	back := edit(t, data, func(f *excelize.File) {
		// The workbook is in French: its sheets and headers are.
		titleCell = set(t, f, "Mesures", "A-01", "Titre (en)", "Draft a law on the preventive mechanism")
		budgetCell = set(t, f, "Mesures", "A-01", "Ligne budgétaire", "MOI-2026-08")
		endCell = set(t, f, "Mesures", "A-01", "Fin", "2027-06") // the same change on both sides
		leadCell = set(t, f, "Mesures", "A-02", "Entité chef de file", "NOPE")
		set(t, f, "Mesures", "A-03", "Supprimer", "oui")
	})
	got, ps, err := workbook.Import(&now, tracking.SystemIDGenerator(), read(t, back, "moi.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	conflict := find(ps, workbook.CodeConflict)
	if conflict == nil {
		t.Fatalf("no conflict in %v", ps)
	}
	if conflict.Location != (schema.Location{File: "moi.xlsx", Sheet: "Mesures", Cell: titleCell}) ||
		conflict.Args["workbook"] != `"Draft a law on the preventive mechanism"` ||
		conflict.Args["dataset"] != `"Draft the law on the national preventive mechanism"` ||
		conflict.Record.Kind != "action" || conflict.Pointer != "/actions/0/title/en" {
		t.Errorf("conflict %+v", conflict)
	}
	unknown := find(ps, tracking.CodeUnknownReference)
	if unknown == nil || unknown.Location.Cell != leadCell || unknown.Location.Sheet != "Mesures" || unknown.Pointer != "/actions/1/leadEntityId" ||
		unknown.Args["sheet"] != "Entités" {
		t.Errorf("unknown reference %+v", unknown)
	}
	if got == nil {
		t.Fatalf("no dataset: %v", ps)
	}
	gix := tracking.NewIndex(got)
	a01 := gix.Action(ix.Action(idOf(t, ix, "A-01")).ID)
	if a01.Title.Get("en") != "Draft the law on the national preventive mechanism" || a01.BudgetLine != "MOI-2026-08" || a01.End.String() != "2027-06" {
		t.Errorf("A-01 is %+v", a01)
	}
	if gix.Action(idOf(t, ix, "A-03")) != nil {
		t.Error("A-03 was marked for deletion and is still there")
	}
	if len(got.Recommendations) != len(ds.Recommendations) {
		t.Error("a partial workbook changed the number of recommendations")
	}
	_ = budgetCell
	_ = endCell
}

func idOf(t *testing.T, ix *tracking.Index, ref string) tracking.ID {
	t.Helper()
	_, id, ok := ix.Ref(ref)
	if !ok {
		t.Fatalf("no record %s", ref)
	}
	return id
}

// TestProblemsCarryCells checks that the problems of tracking.Check on a
// workbook's values point at their cells.
func TestProblemsCarryCells(t *testing.T) {
	ds := sample(t)
	var endCell, statusCell string
	back := edit(t, export(t, ds, workbook.Options{}), func(f *excelize.File) {
		endCell = set(t, f, "Actions", "A-02", "End", "2026-13")
		statusCell = set(t, f, "Actions", "A-04", "Status", "done")
		f.SetCellStr("Actions", "Z1", "Colour")
	})
	got, ps, err := workbook.Import(nil, tracking.SystemIDGenerator(), read(t, back, "plan.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	if got != nil {
		t.Error("a dataset with problems of shape came back")
	}
	want := map[string]schema.Location{
		"/actions/1/end":    {File: "plan.xlsx", Sheet: "Actions", Cell: endCell},
		"/actions/3/status": {File: "plan.xlsx", Sheet: "Actions", Cell: statusCell},
	}
	for ptr, loc := range want {
		var hit bool
		for _, p := range ps {
			if p.Pointer == ptr {
				hit = true
				if p.Location != loc || p.Record.Kind != "action" || p.Record.ID == "" {
					t.Errorf("%s: %+v, want at %v", ptr, p, loc)
				}
			}
		}
		if !hit {
			t.Errorf("no problem at %s in %v", ptr, ps)
		}
	}
	if p := find(ps, workbook.CodeUnknownColumn); p == nil || p.Location.Cell != "Z1" {
		t.Errorf("unknown column: %+v", p)
	}
}
