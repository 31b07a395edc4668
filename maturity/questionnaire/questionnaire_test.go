package questionnaire_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/internal/crosscheck"
	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/maturity/questionnaire"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// edit is one cell a respondent fills; an empty sheet is the
// questionnaire's sheet.
type edit struct {
	Sheet *string `json:"sheet"`
	Cell  string  `json:"cell"`
	Value any     `json:"value"`
}

func sheet(name string) *string { return &name }

// layout is what a respondent sees of a questionnaire: the sheet, and the
// row of each criterion, found by its ID in column A.
type layout struct {
	sheet string
	rows  map[string]int
	lang  string
}

func readLayout(t testing.TB, data []byte) layout {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l := layout{sheet: f.GetSheetList()[1], rows: map[string]int{}}
	l.lang, _ = f.GetCellValue("nmirf", "B5")
	rows, err := f.GetRows(l.sheet)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if len(r) > 0 && i >= 7 {
			if c, _ := maturity.DefaultFramework().Criterion(r[0]); c != nil {
				l.rows[r[0]] = i + 1
			}
		}
	}
	return l
}

func (l layout) cell(col, criterion string) string {
	return col + itoa(l.rows[criterion])
}

func itoa(i int) string { return strconv.Itoa(i) }

// fillWithPython fills questionnaires with openpyxl, in one run of
// Python: each of data with the edits of the same index.
func fillWithPython(t *testing.T, python string, data [][]byte, edits [][]edit) [][]byte {
	t.Helper()
	dir := t.TempDir()
	type job struct {
		In    string `json:"in"`
		Out   string `json:"out"`
		Edits []edit `json:"edits"`
	}
	var jobs []job
	for i, d := range data {
		j := job{In: filepath.Join(dir, itoa(i)+".xlsx"), Out: filepath.Join(dir, itoa(i)+"-filled.xlsx"), Edits: edits[i]}
		if err := os.WriteFile(j.In, d, 0o644); err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, j)
	}
	js, err := json.Marshal(jobs)
	if err != nil {
		t.Fatal(err)
	}
	spec := filepath.Join(dir, "jobs.json")
	if err := os.WriteFile(spec, js, 0o644); err != nil {
		t.Fatal(err)
	}
	if msg, err := exec.Command(python, "testdata/fill.py", spec).CombinedOutput(); err != nil {
		t.Fatalf("fill.py: %v\n%s", err, msg)
	}
	var out [][]byte
	for _, j := range jobs {
		filled, err := os.ReadFile(j.Out)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, filled)
	}
	return out
}

// fillWithExcelize fills the questionnaire in Go, for the tests of
// mistakes, which run where Python is missing too.
func fillWithExcelize(t testing.TB, data []byte, edits []edit) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	q := f.GetSheetList()[1]
	for _, e := range edits {
		s := q
		if e.Sheet != nil {
			s = *e.Sheet
		}
		if err := f.SetCellValue(s, e.Cell, e.Value); err != nil {
			t.Fatal(err)
		}
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// answers gives every criterion of the default framework a level, with
// the level titles in the questionnaire's language, a comment and one
// evidence item, and the respondent's name, role and constituency.
func answers(fw *maturity.Framework, l layout, name string, c maturity.Constituency, titleOf func(maturity.Constituency, string) string, rank int) []edit {
	edits := []edit{
		{Cell: "D2", Value: name},
		{Cell: "D3", Value: "Focal point"},
		{Cell: "D4", Value: titleOf(c, l.lang)},
	}
	levels := maturity.Level("").Values()
	for i, crit := range fw.Criteria() {
		level := levels[(rank+i)%len(levels)]
		edits = append(edits,
			edit{Cell: l.cell("M", crit.ID), Value: fw.LevelTitle(level, l.lang)},
			edit{Cell: l.cell("N", crit.ID), Value: "Comment on " + crit.ID},
			edit{Cell: l.cell("O", crit.ID), Value: "Evidence for " + crit.ID},
			edit{Cell: l.cell("P", crit.ID), Value: "Decree 12/2021"},
			edit{Cell: l.cell("Q", crit.ID), Value: "https://example.org/" + crit.ID},
		)
	}
	return edits
}

var constituencyTitles = map[string]map[maturity.Constituency]string{
	"ar": {maturity.ConstituencyGovernment: "الحكومة", maturity.ConstituencyNHRI: "المؤسسة الوطنية لحقوق الإنسان"},
	"en": {maturity.ConstituencyGovernment: "Government", maturity.ConstituencyCivilSociety: "Civil society"},
	"es": {maturity.ConstituencyCivilSociety: "Sociedad civil"},
	"fr": {maturity.ConstituencyNHRI: "Institution nationale des droits de l’homme"},
	"ru": {maturity.ConstituencyUNEntity: "Структура ООН"},
	"zh": {maturity.ConstituencyOther: "其他"},
}

func titleOf(c maturity.Constituency, lang string) string { return constituencyTitles[lang][c] }

var respondentConstituency = map[string]maturity.Constituency{
	"ar": maturity.ConstituencyGovernment,
	"en": maturity.ConstituencyCivilSociety,
	"es": maturity.ConstituencyCivilSociety,
	"fr": maturity.ConstituencyNHRI,
	"ru": maturity.ConstituencyUNEntity,
	"zh": maturity.ConstituencyOther,
}

func meta() questionnaire.Assessment {
	return questionnaire.Assessment{State: "XFS", Date: tracking.MustParseDate("2026-06")}
}

// TestFillReadScore makes the default framework's questionnaire in the six
// languages, fills each with openpyxl as a respondent of another
// constituency, reads the six files back as one assessment and scores it.
func TestFillReadScore(t *testing.T) {
	python := crosscheck.RequirePython(t, "python3-openpyxl", "openpyxl")
	fw := maturity.DefaultFramework()
	var blanks [][]byte
	var edits [][]edit
	for i, lang := range questionnaire.Languages() {
		data, err := questionnaire.Make(fw, questionnaire.Options{Language: lang})
		if err != nil {
			t.Fatal(err)
		}
		l := readLayout(t, data)
		if len(l.rows) != len(fw.Criteria()) {
			t.Fatalf("%s: %d criterion rows, want %d", lang, len(l.rows), len(fw.Criteria()))
		}
		blanks = append(blanks, data)
		edits = append(edits, answers(fw, l, "Respondent "+lang, respondentConstituency[lang], titleOf, i))
	}
	var files []questionnaire.File
	for i, filled := range fillWithPython(t, python, blanks, edits) {
		files = append(files, questionnaire.File{Name: "answers/" + questionnaire.Languages()[i] + ".xlsx", Data: filled})
	}
	a, err := questionnaire.Read(fw, meta(), files...)
	if err != nil {
		t.Fatal(err)
	}
	if ps := a.Check(fw); len(ps) > 0 {
		t.Fatal(ps)
	}
	if len(a.Respondents) != 6 || len(a.Answers) != 6*len(fw.Criteria()) {
		t.Fatalf("%d respondents, %d answers", len(a.Respondents), len(a.Answers))
	}
	for i, lang := range questionnaire.Languages() {
		p := a.Respondents[i]
		if p.ID != lang || p.Name[lang] != "Respondent "+lang || len(p.Name) != 1 || p.Constituency != respondentConstituency[lang] || p.Role[lang] != "Focal point" || !p.FactsShown.IsZero() {
			t.Errorf("respondent %d: %+v", i, p)
		}
	}
	levels := maturity.Level("").Values()
	for k, ans := range a.Answers {
		i, j := k/len(fw.Criteria()), k%len(fw.Criteria())
		lang := questionnaire.Languages()[i]
		crit := fw.Criteria()[j]
		want := levels[(i+j)%len(levels)]
		if ans.Criterion != crit.ID || ans.Respondent != lang || ans.Level != want || ans.Comment[lang] != "Comment on "+crit.ID ||
			len(ans.Evidence) != 1 || ans.Evidence[0].Document != "Decree 12/2021" || ans.Evidence[0].URL != "https://example.org/"+crit.ID || ans.Evidence[0].Title[lang] != "Evidence for "+crit.ID {
			t.Errorf("answer %d: %+v, want %s by %s at %s", k, ans, crit.ID, lang, want)
		}
	}
	r, err := maturity.Score(fw, a, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Overall.Scored || r.Overall.Counts.Answered != len(fw.Criteria()) {
		t.Errorf("overall: %+v", r.Overall)
	}
	// The assessment is a valid document of the standard.
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(a); err != nil {
		t.Fatal(err)
	}
	if _, err := maturity.LoadAssessment(buf.Bytes(), fw); err != nil {
		t.Fatal(err)
	}
}

// TestMistakesWithPython reads mistakes openpyxl wrote: a level left
// empty and an edited criterion ID.
func TestMistakesWithPython(t *testing.T) {
	python := crosscheck.RequirePython(t, "python3-openpyxl", "openpyxl")
	fw := maturity.DefaultFramework()
	data, err := questionnaire.Make(fw, questionnaire.Options{Language: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	l := readLayout(t, data)
	edits := answers(fw, l, "Répondante", maturity.ConstituencyNHRI, titleOf, 0)
	edits = append(edits, edit{Cell: l.cell("M", "mandate"), Value: nil}, edit{Cell: l.cell("A", "leadership"), Value: "leader"})
	filled := fillWithPython(t, python, [][]byte{data}, [][]edit{edits})[0]
	_, err = questionnaire.Read(fw, meta(), questionnaire.File{Name: "fr.xlsx", Data: filled})
	ps, _ := err.(schema.Problems)
	want := []schema.Problem{
		{Code: maturity.CodeNoLevel, Record: schema.RecordRef{Kind: "criterion", ID: "mandate"}, Location: schema.Location{File: "fr.xlsx", Sheet: "Questionnaire", Cell: l.cell("M", "mandate")}},
		{Code: questionnaire.CodeCriterionEdited, Record: schema.RecordRef{Kind: "criterion", ID: "leadership"}, Location: schema.Location{File: "fr.xlsx", Sheet: "Questionnaire", Cell: l.cell("A", "leadership")}},
	}
	checkProblems(t, ps, want)
}

// checkProblems checks that ps holds the problems, by code, record and
// location, each with a pointer and a message, and nothing else.
func checkProblems(t *testing.T, ps schema.Problems, want []schema.Problem) {
	t.Helper()
	if len(ps) != len(want) {
		t.Fatalf("got %d problems, want %d:\n%v", len(ps), len(want), ps)
	}
	for _, w := range want {
		i := slices.IndexFunc(ps, func(p schema.Problem) bool {
			return p.Code == w.Code && p.Record == w.Record && p.Location == w.Location
		})
		if i < 0 {
			t.Errorf("no problem %s %v at %v among\n%v", w.Code, w.Record, w.Location, ps)
			continue
		}
		if ps[i].Message == "" || w.Pointer != "" && ps[i].Pointer != w.Pointer {
			t.Errorf("problem %v: want pointer %q and a message", ps[i], w.Pointer)
		}
	}
}

// framework returns a copy of the default framework, changed.
func framework(t testing.TB, change func(*maturity.Framework)) *maturity.Framework {
	t.Helper()
	data, err := json.Marshal(maturity.DefaultFramework())
	if err != nil {
		t.Fatal(err)
	}
	var fw maturity.Framework
	if err := json.Unmarshal(data, &fw); err != nil {
		t.Fatal(err)
	}
	change(&fw)
	return &fw
}

// TestMistakes gives every mistake the issue lists, and a few more, its
// problem: at the file, sheet and cell, with the record and the pointer
// into the assessment.
func TestMistakes(t *testing.T) {
	fw := framework(t, func(fw *maturity.Framework) {
		c, _ := fw.Criterion("resources")
		c.MayNotApply = true
	})
	data, err := questionnaire.Make(fw, questionnaire.Options{Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	l := readLayout(t, data)
	base := answers(fw, l, "Ana", maturity.ConstituencyGovernment, titleOf, 1)
	index := func(id string) int {
		return slices.IndexFunc(fw.Criteria(), func(c *maturity.Criterion) bool { return c.ID == id })
	}
	crit := func(id string) schema.RecordRef { return schema.RecordRef{Kind: "criterion", ID: id} }
	at := func(col, id string) schema.Location {
		return schema.Location{File: "q.xlsx", Sheet: "Questionnaire", Cell: l.cell(col, id)}
	}
	ptr := func(id, field string) string { return schema.Pointer("answers", index(id), field) }
	meta := func(c string) schema.Location { return schema.Location{File: "q.xlsx", Sheet: "nmirf", Cell: c} }
	for _, c := range []struct {
		name  string
		edits []edit
		fw    *maturity.Framework
		want  []schema.Problem
	}{
		{"level left empty", []edit{{Cell: l.cell("M", "mandate"), Value: ""}}, nil,
			[]schema.Problem{{Code: maturity.CodeNoLevel, Pointer: ptr("mandate", "level"), Record: crit("mandate"), Location: at("M", "mandate")}}},
		{"not applicable without a justification", []edit{{Cell: l.cell("M", "resources"), Value: "Not applicable"}, {Cell: l.cell("N", "resources"), Value: ""}}, nil,
			[]schema.Problem{{Code: maturity.CodeNoJustification, Pointer: ptr("resources", "justification"), Record: crit("resources"), Location: at("N", "resources")}}},
		{"must-have not applicable", []edit{{Cell: l.cell("M", "legal-basis"), Value: "Not applicable"}}, nil,
			[]schema.Problem{{Code: maturity.CodeMustHaveNA, Pointer: ptr("legal-basis", "notApplicable"), Record: crit("legal-basis"), Location: at("M", "legal-basis")}}},
		{"not applicable where the framework does not offer it", []edit{{Cell: l.cell("M", "mandate"), Value: "Not applicable"}}, nil,
			[]schema.Problem{{Code: questionnaire.CodeNotOffered, Pointer: ptr("mandate", "notApplicable"), Record: crit("mandate"), Location: at("M", "mandate")}}},
		{"edited criterion ID", []edit{{Cell: l.cell("A", "standing"), Value: "standing2"}}, nil,
			[]schema.Problem{{Code: questionnaire.CodeCriterionEdited, Pointer: ptr("standing", "criterion"), Record: crit("standing"), Location: at("A", "standing")}}},
		{"another framework", nil, framework(t, func(fw *maturity.Framework) { fw.ID = "official-mgf" }),
			[]schema.Problem{{Code: maturity.CodeWrongFramework, Pointer: "/framework/id", Location: meta("B3")}}},
		{"another version", nil, framework(t, func(fw *maturity.Framework) { fw.Version = "2.0.0" }),
			[]schema.Problem{{Code: maturity.CodeFrameworkVersion, Pointer: "/framework/version", Location: meta("B4")}}},
		{"not a level", []edit{{Cell: l.cell("M", "mandate"), Value: "Excellent"}}, nil,
			[]schema.Problem{{Code: questionnaire.CodeUnknownLevel, Pointer: ptr("mandate", "level"), Record: crit("mandate"), Location: at("M", "mandate")}}},
		{"no name", []edit{{Cell: "D2", Value: ""}}, nil,
			[]schema.Problem{{Code: questionnaire.CodeNoName, Pointer: "/respondents/0/name", Record: schema.RecordRef{Kind: "respondent", ID: "q"}, Location: schema.Location{File: "q.xlsx", Sheet: "Questionnaire", Cell: "D2"}}}},
		{"unknown constituency", []edit{{Cell: "D4", Value: "Parliament"}}, nil,
			[]schema.Problem{{Code: questionnaire.CodeConstituency, Pointer: "/respondents/0/constituency", Record: schema.RecordRef{Kind: "respondent", ID: "q"}, Location: schema.Location{File: "q.xlsx", Sheet: "Questionnaire", Cell: "D4"}}}},
		{"evidence with a title only", []edit{{Cell: l.cell("P", "mandate"), Value: ""}, {Cell: l.cell("Q", "mandate"), Value: ""}}, nil,
			[]schema.Problem{{Code: maturity.CodeEmptyEvidence, Pointer: ptr("mandate", "evidence") + "/0", Record: crit("mandate"), Location: at("P", "mandate")}}},
		{"a link that is no web address", []edit{{Cell: l.cell("Q", "mandate"), Value: "see the decree"}}, nil,
			[]schema.Problem{{Code: maturity.CodeInvalidFormat, Pointer: ptr("mandate", "evidence") + "/0/url", Record: crit("mandate"), Location: at("Q", "mandate")}}},
		{"the hidden sheet changed", []edit{{Sheet: sheet("nmirf"), Cell: "B1", Value: "something"}}, nil,
			[]schema.Problem{{Code: questionnaire.CodeNotQuestionnaire, Location: meta("B1")}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := fw
			if c.fw != nil {
				f = c.fw
			}
			filled := fillWithExcelize(t, data, append(slices.Clone(base), c.edits...))
			_, err := questionnaire.Read(f, meta0(), questionnaire.File{Name: "q.xlsx", Data: filled})
			ps, ok := err.(schema.Problems)
			if !ok {
				t.Fatalf("error %v is not a schema.Problems", err)
			}
			checkProblems(t, ps, c.want)
		})
	}
	t.Run("not a workbook", func(t *testing.T) {
		_, err := questionnaire.Read(fw, meta0(), questionnaire.File{Name: "q.xlsx", Data: []byte("name,level\n")})
		ps, _ := err.(schema.Problems)
		checkProblems(t, ps, []schema.Problem{{Code: questionnaire.CodeUnreadable, Location: schema.Location{File: "q.xlsx"}}})
	})
	t.Run("every mistake of two files at once, sorted", func(t *testing.T) {
		one := fillWithExcelize(t, data, append(slices.Clone(base), edit{Cell: l.cell("M", "mandate"), Value: ""}))
		two := fillWithExcelize(t, data, append(slices.Clone(base), edit{Cell: "D2", Value: ""}))
		_, err := questionnaire.Read(fw, meta0(), questionnaire.File{Name: "a/one.xlsx", Data: one}, questionnaire.File{Name: "b/one.xlsx", Data: two})
		ps, _ := err.(schema.Problems)
		checkProblems(t, ps, []schema.Problem{
			{Code: maturity.CodeNoLevel, Record: crit("mandate"), Location: schema.Location{File: "a/one.xlsx", Sheet: "Questionnaire", Cell: l.cell("M", "mandate")}},
			{Code: questionnaire.CodeNoName, Pointer: "/respondents/1/name", Record: schema.RecordRef{Kind: "respondent", ID: "one-2"}, Location: schema.Location{File: "b/one.xlsx", Sheet: "Questionnaire", Cell: "D2"}},
		})
	})
	t.Run("not applicable with a justification", func(t *testing.T) {
		filled := fillWithExcelize(t, data, append(slices.Clone(base), edit{Cell: l.cell("M", "resources"), Value: "Not applicable"}, edit{Cell: l.cell("N", "resources"), Value: "No budget line exists in this State's system."}))
		a, err := questionnaire.Read(fw, meta0(), questionnaire.File{Name: "q.xlsx", Data: filled})
		if err != nil {
			t.Fatal(err)
		}
		ans := a.Answers[index("resources")]
		if !ans.NotApplicable || ans.Level != "" || ans.Justification["en"] == "" || ans.Comment != nil {
			t.Errorf("%+v", ans)
		}
	})
}

func meta0() questionnaire.Assessment { return meta() }

// TestMake checks what a respondent sees in every language: the sheets,
// right to left in Arabic, the level titles of the framework, "not
// applicable" offered only where the framework allows it, locked cells,
// and a note where the framework's texts fall back to English.
func TestMake(t *testing.T) {
	fw := framework(t, func(fw *maturity.Framework) {
		c, _ := fw.Criterion("resources")
		c.MayNotApply = true
	})
	for _, lang := range questionnaire.Languages() {
		t.Run(lang, func(t *testing.T) {
			data, err := questionnaire.Make(fw, questionnaire.Options{Language: lang, Name: "Ana", Constituency: maturity.ConstituencyNHRI})
			if err != nil {
				t.Fatal(err)
			}
			for range 5 {
				again, _ := questionnaire.Make(fw, questionnaire.Options{Language: lang, Name: "Ana", Constituency: maturity.ConstituencyNHRI})
				if !bytes.Equal(data, again) {
					t.Fatal("two questionnaires of the same framework and options differ")
				}
			}
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			sheets := f.GetSheetList()
			if len(sheets) != 3 || sheets[2] != "nmirf" {
				t.Fatalf("sheets %q", sheets)
			}
			if visible, _ := f.GetSheetVisible("nmirf"); visible {
				t.Error("the sheet of metadata is visible")
			}
			for _, s := range sheets[:2] {
				view, err := f.GetSheetView(s, 0)
				if err != nil {
					t.Fatal(err)
				}
				if rtl := view.RightToLeft != nil && *view.RightToLeft; rtl != (lang == "ar") {
					t.Errorf("%s: right to left %v", s, rtl)
				}
			}
			q := sheets[1]
			if v, _ := f.GetCellValue(q, "D2"); v != "Ana" {
				t.Errorf("name %q", v)
			}
			l := readLayout(t, data)
			if len(l.rows) != len(fw.Criteria()) {
				t.Errorf("%d criterion rows", len(l.rows))
			}
			if v, _ := f.GetCellValue(q, l.cell("C", "legal-basis")); v != "★" {
				t.Errorf("the must-have legal-basis is marked %q", v)
			}
			for _, c := range []string{"D2", "D3", "D4", l.cell("M", "mandate"), l.cell("Q", "mandate")} {
				if locked(t, f, q, c) {
					t.Errorf("%s is locked", c)
				}
			}
			for _, c := range []string{"A1", l.cell("A", "mandate"), l.cell("D", "mandate"), l.cell("E", "mandate")} {
				if !locked(t, f, q, c) {
					t.Errorf("%s is not locked", c)
				}
			}
			lists, err := f.GetDataValidations(q)
			if err != nil {
				t.Fatal(err)
			}
			offers := map[string]string{}
			for _, dv := range lists {
				for _, ref := range strings.Fields(dv.Sqref) {
					offers[ref] = dv.Formula1
				}
			}
			if !strings.HasSuffix(offers[l.cell("M", "resources")], "$D$6") || !strings.HasSuffix(offers[l.cell("M", "mandate")], "$D$5") || !strings.HasSuffix(offers[l.cell("M", "legal-basis")], "$D$5") {
				t.Errorf("drop-downs: %v", offers)
			}
			for i, level := range maturity.Level("").Values() {
				if v, _ := f.GetCellValue("nmirf", "D"+itoa(i+1)); v != fw.LevelTitle(level, lang) || v == "" {
					t.Errorf("level %s: %q", level, v)
				}
			}
			steps, _ := f.GetCellValue(sheets[0], "A7")
			note, _ := f.GetCellValue(sheets[0], "A8")
			if steps == "" || (len(fw.Untranslated(lang)) == 0) != (note == "") {
				t.Errorf("instructions: %q, then %q", steps, note)
			}
		})
	}
	if _, err := questionnaire.Make(fw, questionnaire.Options{Language: "de"}); err == nil {
		t.Error("Make accepted a language that is none of the six")
	}
	if _, err := questionnaire.Make(nil, questionnaire.Options{}); err == nil {
		t.Error("Make accepted no framework")
	}
}

func locked(t *testing.T, f *excelize.File, sheet, c string) bool {
	t.Helper()
	id, err := f.GetCellStyle(sheet, c)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return st.Protection == nil || st.Protection.Locked
}

// TestFacts prefills the facts of the tracking data: the data level and
// the figures beside the criteria, and the assessment read back records
// that the respondent was shown them, which the report says.
func TestFacts(t *testing.T) {
	fw := maturity.DefaultFramework()
	ds, err := tracking.Decode(must(os.ReadFile("../testdata/dataset.json")))
	if err != nil {
		t.Fatal(err)
	}
	facts := maturity.ComputeFacts(tracking.NewIndex(ds), time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC))
	data, err := questionnaire.Make(fw, questionnaire.Options{Language: "es", Facts: facts})
	if err != nil {
		t.Fatal(err)
	}
	l := readLayout(t, data)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	level, _ := f.GetCellValue(l.sheet, l.cell("K", "legal-basis"))
	figures, _ := f.GetCellValue(l.sheet, l.cell("L", "legal-basis"))
	f.Close()
	if level == "" || !strings.Contains(figures, "Base jurídica") {
		t.Errorf("legal-basis: data level %q, figures %q", level, figures)
	}
	filled := fillWithExcelize(t, data, answers(fw, l, "Ana", maturity.ConstituencyCivilSociety, titleOf, 2))
	a, err := questionnaire.Read(fw, meta(), questionnaire.File{Name: "ana.xlsx", Data: filled})
	if err != nil {
		t.Fatal(err)
	}
	if a.Respondents[0].FactsShown != facts.At {
		t.Errorf("facts shown %v, want %v", a.Respondents[0].FactsShown, facts.At)
	}
	res, err := maturity.Score(fw, a, facts)
	if err != nil {
		t.Fatal(err)
	}
	if cr := res.Criterion("legal-basis"); cr == nil || cr.DataLevel == "" || !strings.HasPrefix(level, itoa(cr.DataLevel.Rank())+" · ") {
		t.Errorf("data level %q, the score's %+v", level, cr)
	}
	if md := res.Markdown("en"); !strings.Contains(md, "Shown the facts of the tracking data before answering") || !strings.Contains(md, "Ana (2026-06-30)") {
		t.Errorf("the report does not say that the facts were shown:\n%s", md[:min(len(md), 1500)])
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
