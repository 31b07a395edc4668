package workbook_test

import (
	"encoding/json"
	"github.com/nmirf/nmirf/schema"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/crosscheck"
	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/workbook"
)

// found is what testdata/openpyxl_edit.py reports of a workbook.
type found struct {
	Sheets      []string            `json:"sheets"`
	Hidden      map[string]string   `json:"hidden"`
	Headers     map[string][]any    `json:"headers"`
	Frozen      map[string]string   `json:"frozen"`
	RTL         map[string]bool     `json:"rtl"`
	Validations map[string][]string `json:"validations"`
	Values      map[string]any      `json:"values"`
}

// TestOpenpyxl opens an exported workbook with openpyxl, an independent
// reader, checks what it sees, lets it edit the workbook as a person
// would (a changed cell, a new row without an ID, a sorted sheet) and
// imports the result.
func TestOpenpyxl(t *testing.T) {
	py := crosscheck.RequirePython(t, "python3-openpyxl", "openpyxl")
	ds := sample(t)
	for _, lang := range []string{"en", "ar"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			in, out := filepath.Join(dir, "in.xlsx"), filepath.Join(dir, "out.xlsx")
			if err := os.WriteFile(in, export(t, ds, workbook.Options{Language: lang}), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(py, "testdata/openpyxl_edit.py", in, out)
			cmd.Stderr = os.Stderr
			stdout, err := cmd.Output()
			if err != nil {
				t.Fatalf("openpyxl: %v", err)
			}
			var f found
			if err := json.Unmarshal(stdout, &f); err != nil {
				t.Fatalf("%v: %s", err, stdout)
			}
			wantSheets := []string{"Profile", "Entities", "Recommendations", "Classifications", "Clusters", "Actions", "Action documents", "Indicators", "Observations", "Progress reports", "Report documents", "Assessments", "Assessment documents", "Obligations", "Consultations", "Consultation documents", "Lists", "Exported"}
			if !slices.Equal(f.Sheets, wantSheets) {
				t.Errorf("sheets %v, want %v", f.Sheets, wantSheets)
			}
			if f.Hidden["Exported"] != "veryHidden" || f.Hidden["Lists"] != "hidden" || f.Hidden["Actions"] != "visible" {
				t.Errorf("visibility %v", f.Hidden)
			}
			h := f.Headers["Actions"]
			if len(h) < 3 || h[0] != "ID" || h[1] != "Ref" || h[2] != "Title ("+lang+")" || h[len(h)-1] != "Delete" {
				t.Errorf("Actions headers %v", h)
			}
			if f.Frozen["Actions"] != "B2" {
				t.Errorf("Actions frozen at %q, want B2", f.Frozen["Actions"])
			}
			if f.RTL["Actions"] != (lang == "ar") {
				t.Errorf("Actions right to left: %v", f.RTL["Actions"])
			}
			var status bool
			for _, v := range f.Validations["Actions"] {
				if strings.Contains(v, "list Lists!$") {
					status = true
				}
			}
			if !status {
				t.Errorf("Actions has no drop-down from the Lists sheet: %v", f.Validations["Actions"])
			}
			if f.Values["A-01 status"] != schema.CodeTitle("action-status", "in_progress", lang, "en") || f.Values["A-01 lead"] != "MOI" {
				t.Errorf("A-01 reads %v", f.Values)
			}

			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			gen := tracking.NewV7Generator(fixedClock, zeros{})
			got, ps, err := workbook.Import(ds, gen, read(t, data, "out.xlsx"))
			if err != nil || len(ps) > 0 {
				t.Fatalf("import: %v %v", err, ps)
			}
			ix := tracking.NewIndex(got)
			var a01, added *tracking.Action
			for i := range got.Actions {
				switch got.Actions[i].Ref {
				case "A-01":
					a01 = &got.Actions[i]
				case "A-NEW":
					added = &got.Actions[i]
				}
			}
			if a01 == nil || a01.Status != tracking.ActionStatusCompleted {
				t.Errorf("A-01 is %+v, want completed", a01)
			}
			if added == nil || added.ID.IsZero() || added.Status != tracking.ActionStatusInPreparation ||
				len(added.RecommendationIDs) != 2 || ix.Recommendation(added.RecommendationIDs[0]).Ref != "UPR-01" ||
				ix.Entity(added.LeadEntityID).Ref != "MOI" || added.Start.String() != "2026-09" {
				t.Errorf("the new action is %+v", added)
			}
			// Nothing else changed: the sort of Recommendations included.
			want := *ds
			want.Actions = slices.Clone(ds.Actions)
			for i := range want.Actions {
				if want.Actions[i].Ref == "A-01" {
					want.Actions[i].Status = tracking.ActionStatusCompleted
				}
			}
			want.Actions = append(want.Actions, *added)
			if g, w := encode(t, got), encode(t, &want); string(g) != string(w) {
				t.Errorf("the import changed more than the edits")
			}
		})
	}
}
