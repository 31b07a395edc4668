package workbook

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// sheetKeys are the English names of every sheet a workbook or a matrix
// may have.
func sheetKeys() []string {
	out := []string{sheetInstructions, sheetProfile, sheetLists, sheetExport, "Matrix"}
	for _, s := range sheets {
		out = append(out, s.name)
	}
	return out
}

// TestSheetNames checks that every sheet name keeps to Excel's limits in
// every language, that the names of a language differ, and that each
// name, in any language, reads back as its sheet and no other.
func TestSheetNames(t *testing.T) {
	for _, lang := range Languages {
		seen := map[string]string{}
		for _, key := range sheetKeys() {
			n := word(key, lang)
			if n == "" || utf8.RuneCountInString(n) > 31 || strings.ContainsAny(n, `[]:*?/\`) ||
				strings.HasPrefix(n, "'") || strings.HasSuffix(n, "'") || strings.TrimSpace(n) != n {
				t.Errorf("%s: the sheet name %q breaks Excel's rules", lang, n)
			}
			if other, dup := seen[fold(n)]; dup {
				t.Errorf("%s: %s and %s are both named %q", lang, key, other, n)
			}
			seen[fold(n)] = key
		}
	}
	for _, s := range sheets {
		for _, n := range words[s.name] {
			if got, ok := sheetNamed(n); !ok || got.name != s.name {
				t.Errorf("%q reads as %v, want the sheet %s", n, got, s.name)
			}
			if wordIs(sheetProfile, n) || wordIs(sheetExport, n) || wordIs(sheetLists, n) || wordIs(sheetInstructions, n) {
				t.Errorf("%q names both %s and another sheet", n, s.name)
			}
		}
	}
}

// TestHeadersUnambiguous checks that every header of a sheet, in each of
// the six languages, reads back as its own column and no other, so that a
// workbook in any language, or in several, imports.
func TestHeadersUnambiguous(t *testing.T) {
	for _, s := range sheets {
		keys := []string{s.keyHeader()}
		if s.parent == "" {
			keys = append(keys, headerDelete)
		}
		for _, c := range s.columns {
			keys = append(keys, c.header)
		}
		for _, k := range keys {
			if _, ok := words[k]; !ok {
				t.Errorf("%s: the header %q has no translations", s.name, k)
			}
		}
		for i, a := range keys {
			for _, b := range keys[i+1:] {
				for _, f := range words[a] {
					if wordIs(b, f) {
						t.Errorf("%s: %q is a form of both %q and %q", s.name, f, a, b)
					}
				}
			}
		}
		for _, c := range s.columns {
			for li, f := range words[c.header] {
				h := f
				if c.kind == kText {
					h += " (" + Languages[li] + ")"
				}
				l, ok := s.layoutOf(h)
				if !ok || l.header != c.header {
					t.Errorf("%s: %q reads as %q, want %q", s.name, h, l.header, c.header)
				}
			}
		}
	}
}

// TestWords checks that every word has a form in each language, and that
// the phrases keep their placeholders.
func TestWords(t *testing.T) {
	for key, forms := range words {
		if forms[1] != key && !strings.Contains(key, " ") && key != strings.ToLower(key) {
			t.Errorf("the English form of %q is %q", key, forms[1])
		}
		for i, f := range forms {
			if strings.TrimSpace(f) == "" {
				t.Errorf("%q has no %s form", key, Languages[i])
			}
			if got, want := schema.Placeholders(f), schema.Placeholders(forms[1]); !slices.Equal(sorted(got), sorted(want)) {
				t.Errorf("%q in %s has the placeholders %v, want %v", key, Languages[i], got, want)
			}
		}
	}
}

// TestPromptLimits checks that the drop-downs' prompts and warnings keep
// to Excel's limits: a title of 32 characters, a message of 255.
func TestPromptLimits(t *testing.T) {
	for key, limit := range map[string]int{"choose": 32, "not in list": 32, "choose help": 255,
		"not in list help": 255, "yes or no": 255, "delete help": 255} {
		for i, f := range words[key] {
			if n := len(utf16.Encode([]rune(f))); n > limit {
				t.Errorf("%q in %s is %d characters long, more than %d", key, Languages[i], n, limit)
			}
		}
	}
}

func sorted(s []string) []string { s = slices.Clone(s); slices.Sort(s); return s }

// TestCatalogues checks that the message catalogues of the six languages
// have the same keys and placeholders, and that every problem the package
// reports has a template.
func TestCatalogues(t *testing.T) {
	en, _ := Messages("en")
	for _, lang := range Languages {
		c, ok := Messages(lang)
		if !ok {
			t.Fatalf("no %s catalogue", lang)
		}
		if !slices.Equal(c.Keys(), en.Keys()) {
			t.Errorf("%s has the keys %v, want %v", lang, c.Keys(), en.Keys())
		}
		for _, k := range en.Keys() {
			a, _ := en.Template(k)
			b, _ := c.Template(k)
			if !slices.Equal(sorted(schema.Placeholders(a)), sorted(schema.Placeholders(b))) {
				t.Errorf("%s %s: placeholders %v, want %v", lang, k, schema.Placeholders(b), schema.Placeholders(a))
			}
		}
	}
	for _, k := range []string{CodeUnreadable, CodeUnreadable + "#size", CodeUnknownColumn, CodeRepeatedColumn, CodeRepeatedSheet, CodeInvalidKey,
		CodeRepeatedKey, CodeUnknownField, CodeUnknownField + "#unset", CodeConflict, CodeConflict + "#rows", CodeUnknownRef + "#workbook"} {
		if _, ok := en.Template(k); !ok {
			t.Errorf("no template for %s", k)
		}
	}
}

func sampleDataset(t testing.TB) *tracking.Dataset {
	t.Helper()
	data, err := os.ReadFile("../../examples/sample/dataset.json")
	if err != nil {
		t.Fatal(err)
	}
	ds, err := tracking.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// english returns the English forms of the words whose form in lang
// differs.
func english(lang string) map[string]bool {
	out := map[string]bool{}
	for key, forms := range words {
		if w := word(key, lang); w != forms[1] {
			out[forms[1]] = true
			out[fill(key, "en", map[string]string{"id": "ID", "delete": "Delete", "yes": "yes"})] = true
		}
	}
	return out
}

// TestNoEnglishLeaks exports the sample in each language but English and
// checks that no English word stands where the language has its own: in
// sheet names, headers, comments, the drop-downs' prompts and warnings,
// the instructions and the cells of yes or no and of notes.
func TestNoEnglishLeaks(t *testing.T) {
	ds := sampleDataset(t)
	for _, lang := range Languages {
		if lang == "en" {
			continue
		}
		t.Run(lang, func(t *testing.T) {
			en := english(lang)
			f, err := Export(ds, Options{Language: lang})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if _, err := f.WriteTo(&b); err != nil {
				t.Fatal(err)
			}
			f, err = excelize.OpenReader(&b)
			if err != nil {
				t.Fatal(err)
			}
			leak := func(where, s string) {
				t.Helper()
				if v, tag := splitNote(s); tag != "" && tracking.ValidLanguageTag(tag) {
					s = v
				}
				if en[s] {
					t.Errorf("%s: %q is English", where, s)
				}
			}
			var checked int
			for _, name := range f.GetSheetList() {
				leak("sheet name", name)
				if visible, _ := f.GetSheetVisible(name); !visible {
					continue
				}
				rows, err := f.GetRows(name)
				if err != nil {
					t.Fatal(err)
				}
				for i, r := range rows {
					for j, c := range r {
						if i == 0 {
							leak(name+" header", c)
							checked++
						}
						for _, l := range strings.Split(c, "\n") {
							if _, note := splitNote(l); note != "" {
								for part := range strings.SplitSeq(note, ",") {
									leak(name+" note", strings.TrimSpace(part))
								}
							}
							if j > 0 && i > 0 && (l == "yes" && word("yes", lang) != "yes" || l == "no" && word("no", lang) != "no") {
								t.Errorf("%s: an English %q in row %d", name, l, i+1)
							}
						}
					}
				}
				comments, err := f.GetComments(name)
				if err != nil {
					t.Fatal(err)
				}
				for _, c := range comments {
					leak(name+" comment", c.Text)
					checked++
				}
				dvs, err := f.GetDataValidations(name)
				if err != nil {
					t.Fatal(err)
				}
				for _, dv := range dvs {
					for _, s := range []*string{dv.PromptTitle, dv.Prompt, dv.ErrorTitle, dv.Error} {
						if s != nil {
							leak(name+" drop-down", *s)
							checked++
						}
					}
					if strings.Contains(dv.Formula1, `"yes`) {
						t.Errorf("%s: the drop-down %s offers English", name, dv.Formula1)
					}
				}
			}
			if checked < 200 {
				t.Errorf("only %d headers, comments and prompts checked", checked)
			}
		})
	}
}

// TestMatrixLanguages builds the matrix in each language and checks that
// its headers, group titles and Markdown heading are in it, and no
// English word where the language has its own.
func TestMatrixLanguages(t *testing.T) {
	ds := sampleDataset(t)
	at := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	for _, lang := range Languages {
		en := english(lang)
		for _, g := range []Grouping{GroupCluster, GroupTheme} {
			m, err := NewMatrix(ds, MatrixOptions{At: at, Language: lang, Group: g})
			if err != nil {
				t.Fatal(err)
			}
			if m.Columns[0] != word("Ref", lang) || m.Columns[5] != word("Recommendation", lang) || m.Language != lang {
				t.Errorf("%s: columns %v", lang, m.Columns)
			}
			for _, c := range m.Columns {
				if v, _ := splitNote(c); en[c] || en[v] {
					t.Errorf("%s: the column %q is English", lang, c)
				}
			}
			last := m.Groups[len(m.Groups)-1].Title
			if want := word("No cluster", lang); g == GroupCluster && last != want {
				t.Errorf("%s: the last group is %q, want %q", lang, last, want)
			}
			for _, gr := range m.Groups {
				for _, r := range gr.Rows {
					if strings.Contains(r[8], "(lead)") && lang != "en" || strings.Contains(r[2], "cycle ") && lang != "en" && lang != "fr" {
						t.Errorf("%s: English words in %q, %q", lang, r[2], r[8])
					}
				}
			}
			var b bytes.Buffer
			if err := m.WriteMarkdown(&b); err != nil || !strings.HasPrefix(b.String(), "# "+word("Implementation matrix", lang)+"\n") ||
				!strings.Contains(b.String(), "| "+word("Ref", lang)+" | ") {
				t.Errorf("%s: markdown %v\n%.300s", lang, err, b.String())
			}
			b.Reset()
			if err := m.WriteCSV(&b); err != nil || !strings.HasPrefix(b.String(), word("Group", lang)+","+word("Ref", lang)+",") {
				t.Errorf("%s: csv %v\n%.200s", lang, err, b.String())
			}
			b.Reset()
			if err := m.WriteXLSX(&b, tracking.RightToLeft(lang)); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&b)
			if err != nil {
				t.Fatal(err)
			}
			if got := f.GetSheetList(); len(got) != 1 || got[0] != word("Matrix", lang) {
				t.Errorf("%s: sheets %v", lang, got)
			}
			if v, _ := f.GetCellValue(word("Matrix", lang), "A1"); v != word("Ref", lang) {
				t.Errorf("%s: A1 is %q", lang, v)
			}
		}
	}
}

// TestUnknownHeaderNamesExpected checks that a header no column has gets
// a problem at its cell that names the sheet's headers in the workbook's
// language, and that the key and Delete columns are recognised whatever
// their language.
func TestUnknownHeaderNamesExpected(t *testing.T) {
	ds := sampleDataset(t)
	f, err := Export(ds, Options{Language: "fr"})
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Mesures")
	last, _ := excelize.CoordinatesToCellName(len(rows[0]), 1)
	_ = f.SetCellStr("Mesures", "A1", "标识符")    // the key, in Chinese
	_ = f.SetCellStr("Mesures", last, "Delete") // Delete, in English
	_ = f.SetCellStr("Mesures", "AZ1", "Couleur")
	var a03 int
	for i, r := range rows {
		if len(r) > 1 && r[1] == "A-03" {
			a03 = i + 1
		}
	}
	del, _ := excelize.CoordinatesToCellName(len(rows[0]), a03)
	_ = f.SetCellStr("Mesures", del, "да")
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	book, err := Read(&b, "mesures.xlsx", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if book.Language != "fr" {
		t.Errorf("the workbook's language is %q", book.Language)
	}
	got, ps, err := Import(ds, tracking.SystemIDGenerator(), book)
	if err != nil {
		t.Fatal(err)
	}
	// Deleting A-03 leaves the links to it dangling; nothing else is amiss.
	ps = slices.DeleteFunc(ps, func(p schema.Problem) bool {
		return p.Code == tracking.CodeUnknownReference && strings.Contains(p.Message, ds.Actions[2].ID.String())
	})
	if ds.Actions[2].Ref != "A-03" || len(ps) != 1 || ps[0].Code != CodeUnknownColumn ||
		ps[0].Location != (schema.Location{File: "mesures.xlsx", Sheet: "Mesures", Cell: "AZ1"}) {
		t.Fatalf("problems %v", ps)
	}
	exp := ps[0].Args["expected"]
	for _, h := range []string{"Identifiant", "Référence", "Titre (fr)", "Entité chef de file", "Supprimer"} {
		if !strings.Contains(exp, h) {
			t.Errorf("the expected headers %q lack %q", exp, h)
		}
	}
	if strings.Contains(exp, "Lead entity") {
		t.Errorf("the expected headers %q are English", exp)
	}
	fr, _ := Messages("fr")
	if msg, ok := fr.Render(ps[0]); !ok || !strings.Contains(msg, "Couleur") || !strings.Contains(msg, "la feuille Mesures") {
		t.Errorf("in French: %q", msg)
	}
	if got == nil || len(got.Actions) != len(ds.Actions)-1 {
		t.Fatalf("the row marked for deletion in a column headed in English was not deleted")
	}
	for _, a := range got.Actions {
		if a.Ref == "A-03" {
			t.Error("A-03 is still there")
		}
	}

	// A workbook made without Export takes its language from its sheets.
	g := excelize.NewFile()
	_ = g.SetSheetName("Sheet1", "Меры")
	_ = g.SetSheetRow("Меры", "A1", &[]any{"Идентификатор", "Обозначение", "Цвет"})
	b.Reset()
	if _, err := g.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	book, err = Read(&b, "меры.xlsx", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if book.Language != "ru" || len(book.problems) != 1 || !strings.Contains(book.problems[0].Args["expected"], "Ведущая структура") {
		t.Errorf("language %q, problems %v", book.Language, book.problems)
	}

	// The same sheet twice, in two languages: the second is reported, not
	// read in silence.
	_, _ = g.NewSheet("Actions")
	_ = g.SetSheetRow("Actions", "A1", &[]any{"ID", "Ref"})
	b.Reset()
	if _, err := g.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	book, err = Read(&b, "меры.xlsx", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var repeated bool
	for _, p := range book.problems {
		if p.Code == CodeRepeatedSheet && p.Location.Sheet == "Actions" && p.Args["first"] == "Меры" {
			repeated = true
		}
	}
	if !repeated {
		t.Errorf("no repeated sheet in %v", book.problems)
	}
}

// TestStreamedSameAsExport checks that Write, which streams the big
// sheets, writes the same workbook as Export, which holds it: the same
// sheets, cells, comments, drop-downs, panes and directions.
func TestStreamedSameAsExport(t *testing.T) {
	ds := sampleDataset(t)
	for _, lang := range []string{"ar", "en", "zh"} {
		f, err := Export(ds, Options{Language: lang})
		if err != nil {
			t.Fatal(err)
		}
		var held, streamed bytes.Buffer
		if _, err := f.WriteTo(&held); err != nil {
			t.Fatal(err)
		}
		if err := Write(&streamed, ds, Options{Language: lang}); err != nil {
			t.Fatal(err)
		}
		a, err := excelize.OpenReader(&held)
		if err != nil {
			t.Fatal(err)
		}
		b, err := excelize.OpenReader(&streamed)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(a.GetSheetList(), b.GetSheetList()) {
			t.Fatalf("%s: sheets %v and %v", lang, a.GetSheetList(), b.GetSheetList())
		}
		for _, name := range a.GetSheetList() {
			ra, _ := a.GetRows(name)
			rb, _ := b.GetRows(name)
			if !slices.EqualFunc(ra, rb, slices.Equal) {
				t.Errorf("%s: the cells of %s differ", lang, name)
			}
			ca, _ := a.GetComments(name)
			cb, _ := b.GetComments(name)
			if len(ca) != len(cb) {
				t.Errorf("%s: %s has %d comments streamed, %d held", lang, name, len(cb), len(ca))
			}
			da, _ := a.GetDataValidations(name)
			db, _ := b.GetDataValidations(name)
			if len(da) != len(db) {
				t.Errorf("%s: %s has %d drop-downs streamed, %d held", lang, name, len(db), len(da))
			}
			pa, _ := a.GetPanes(name)
			pb, _ := b.GetPanes(name)
			if pa.Freeze != pb.Freeze || pa.TopLeftCell != pb.TopLeftCell {
				t.Errorf("%s: %s panes %+v streamed, %+v held", lang, name, pb, pa)
			}
			va, _ := a.GetSheetView(name, 0)
			vb, _ := b.GetSheetView(name, 0)
			if (va.RightToLeft != nil && *va.RightToLeft) != (vb.RightToLeft != nil && *vb.RightToLeft) {
				t.Errorf("%s: %s direction differs", lang, name)
			}
			sa, _ := a.GetCellStyle(name, "B1")
			sb, _ := b.GetCellStyle(name, "B1")
			if sa != sb {
				t.Errorf("%s: %s header style %d streamed, %d held", lang, name, sb, sa)
			}
		}
	}
}
