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

// names are the names of some sheets and headers in the six languages, in
// the order of workbook.Languages, as a person sees them in a workbook.
var names = map[string][6]string{
	"Instructions":    {"التعليمات", "Instructions", "Instrucciones", "Mode d’emploi", "Инструкции", "说明"},
	"Actions":         {"الإجراءات", "Actions", "Medidas", "Mesures", "Меры", "行动"},
	"Recommendations": {"التوصيات", "Recommendations", "Recomendaciones", "Recommandations", "Рекомендации", "建议"},
	"Lists":           {"القوائم", "Lists", "Listas", "Listes", "Списки", "列表"},
	"Exported":        {"بيانات التصدير", "Exported", "Exportación", "Exportation", "Экспорт", "导出记录"},
	"ID":              {"المعرّف", "ID", "Identificador", "Identifiant", "Идентификатор", "标识符"},
	"Ref":             {"الرمز المرجعي", "Ref", "Referencia", "Référence", "Обозначение", "编号"},
	"Title":           {"العنوان", "Title", "Título", "Titre", "Название", "标题"},
	"Status":          {"الحالة", "Status", "Estado", "Statut", "Статус", "状态"},
	"Lead entity":     {"الجهة الرئيسية المسؤولة", "Lead entity", "Entidad rectora", "Entité chef de file", "Ведущая структура", "牵头实体"},
	"Start":           {"البداية", "Start", "Inicio", "Début", "Начало", "开始日期"},
	"Delete":          {"حذف", "Delete", "Eliminar", "Supprimer", "Удалить", "删除"},
}

// namesIn returns names in the language of index i.
func namesIn(i int) map[string]string {
	out := map[string]string{}
	for k, v := range names {
		out[k] = v[i]
	}
	return out
}

// TestOpenpyxl opens a workbook exported in each of the six languages with
// openpyxl, an independent reader, checks what it sees (sheets and
// headers in the workbook's language), lets it edit the workbook as a
// person would (a changed cell, a new row without an ID, a sorted sheet,
// and, in a workbook not in English, a header and a sheet renamed to
// English) and imports the result.
func TestOpenpyxl(t *testing.T) {
	py := crosscheck.RequirePython(t, "python3-openpyxl", "openpyxl")
	ds := sample(t)
	for li, lang := range workbook.Languages {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			in, out, nf := filepath.Join(dir, "in.xlsx"), filepath.Join(dir, "out.xlsx"), filepath.Join(dir, "names.json")
			if err := os.WriteFile(in, export(t, ds, workbook.Options{Language: lang}), 0o644); err != nil {
				t.Fatal(err)
			}
			n := namesIn(li)
			n["completed"] = schema.CodeTitle("action-status", "completed", lang, "en")
			js, _ := json.Marshal(n)
			if err := os.WriteFile(nf, js, 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(py, "testdata/openpyxl_edit.py", in, out, nf)
			cmd.Stderr = os.Stderr
			stdout, err := cmd.Output()
			if err != nil {
				t.Fatalf("openpyxl: %v", err)
			}
			var f found
			if err := json.Unmarshal(stdout, &f); err != nil {
				t.Fatalf("%v: %s", err, stdout)
			}
			if len(f.Sheets) != 19 || f.Sheets[0] != n["Instructions"] || f.Sheets[6] != n["Actions"] || f.Sheets[3] != n["Recommendations"] ||
				f.Sheets[17] != n["Lists"] || f.Sheets[18] != n["Exported"] {
				t.Errorf("sheets %v", f.Sheets)
			}
			actions := n["Actions"]
			if f.Hidden[n["Exported"]] != "veryHidden" || f.Hidden[n["Lists"]] != "hidden" || f.Hidden[actions] != "visible" {
				t.Errorf("visibility %v", f.Hidden)
			}
			h := f.Headers[actions]
			if len(h) < 3 || h[0] != n["ID"] || h[1] != n["Ref"] || h[2] != n["Title"]+" ("+lang+")" || h[len(h)-1] != n["Delete"] {
				t.Errorf("%s headers %v", actions, h)
			}
			if f.Frozen[actions] != "B2" {
				t.Errorf("%s frozen at %q, want B2", actions, f.Frozen[actions])
			}
			for _, s := range f.Sheets {
				if f.RTL[s] != (lang == "ar") && f.Hidden[s] == "visible" {
					t.Errorf("%s right to left: %v", s, f.RTL[s])
				}
			}
			var status bool
			for _, v := range f.Validations[actions] {
				if strings.Contains(v, "list '"+n["Lists"]+"'!$") {
					status = true
				}
			}
			if !status {
				t.Errorf("%s has no drop-down from the sheet %s: %v", actions, n["Lists"], f.Validations[actions])
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
