package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/tracking"
)

const sampleDataset = "../sample/dataset.json"

func fixedClock() time.Time { return time.Date(2026, 6, 30, 9, 0, 0, 0, time.UTC) }

func runIn(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	code := run(args, &out, &errs, fixedClock, tracking.SystemIDGenerator())
	return code, out.String(), errs.String()
}

func TestExportImport(t *testing.T) {
	dir := t.TempDir()
	book, back := filepath.Join(dir, "plan.xlsx"), filepath.Join(dir, "back.json")
	code, _, errs := runIn(t, "export", sampleDataset, "-lang", "ar", "-o", book)
	require.Equal(t, 0, code, errs)
	code, out, errs := runIn(t, "import", "-o", back, book)
	require.Equal(t, 0, code, errs+out)
	data, err := os.ReadFile(sampleDataset)
	require.NoError(t, err)
	ds, err := tracking.Decode(data)
	require.NoError(t, err)
	want, err := tracking.Encode(ds)
	require.NoError(t, err)
	got, err := os.ReadFile(back)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))

	moj := filepath.Join(dir, "moj.xlsx")
	code, _, errs = runIn(t, "export", "-entity", "MOJ", "-o", moj, sampleDataset)
	require.Equal(t, 0, code, errs)
	code, out, errs = runIn(t, "import", "-into", sampleDataset, "-o", back, moj, book)
	require.Equal(t, 0, code, errs+out)
}

func TestImportReportsCells(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.xlsx")
	require.NoError(t, os.WriteFile(bad, []byte("not a workbook"), 0o644))
	code, out, _ := runIn(t, "import", "-o", filepath.Join(dir, "x.json"), bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "bad.xlsx: /: the file cannot be read as an XLSX workbook")
}

func TestMatrix(t *testing.T) {
	for format, want := range map[string]string{"md": "| Ref | Paragraph |", "csv": "Group,Ref,Paragraph", "xlsx": "PK"} {
		code, out, errs := runIn(t, "matrix", "-format", format, "-at", "2026-06-30", "-group", "theme", sampleDataset)
		require.Equal(t, 0, code, errs)
		assert.True(t, strings.Contains(out, want), format)
	}
	code, out, errs := runIn(t, "matrix", sampleDataset, "-cycle", "4", "-status", "none,in_progress", "-format", "csv")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "UPR-03")
	assert.NotContains(t, out, "CAT-")
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{{}, {"nope"}, {"export", sampleDataset}, {"import", "x.xlsx"}, {"matrix"}, {"matrix", "-format", "pdf", sampleDataset}, {"matrix", "-status", "done", sampleDataset}, {"export", "-entity", "NOPE", "-o", "x.xlsx", sampleDataset}} {
		code, _, errs := runIn(t, args...)
		assert.Equal(t, 2, code, args)
		assert.NotEmpty(t, errs, args)
	}
}

// TestImportFrench exports a French workbook, edits it as a person would,
// in French, and imports it: the edit lands, and a header no column has is
// reported in French, naming the French headers.
func TestImportFrench(t *testing.T) {
	dir := t.TempDir()
	book, back := filepath.Join(dir, "plan.xlsx"), filepath.Join(dir, "back.json")
	code, _, errs := runIn(t, "export", "-lang", "fr", "-o", book, sampleDataset)
	require.Equal(t, 0, code, errs)
	f, err := excelize.OpenFile(book)
	require.NoError(t, err)
	rows, err := f.GetRows("Mesures")
	require.NoError(t, err)
	col := slices.Index(rows[0], "Ligne budgétaire")
	require.GreaterOrEqual(t, col, 0, rows[0])
	cell, _ := excelize.CoordinatesToCellName(col+1, 2)
	require.NoError(t, f.SetCellStr("Mesures", cell, "BUD-2026-01"))
	require.NoError(t, f.SetCellStr("Mesures", "AZ1", "Couleur"))
	require.NoError(t, f.Save())

	code, out, errs := runIn(t, "import", "-o", back, book)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "Mesures!AZ1: /: la feuille Mesures n’a pas de colonne Couleur", errs)
	assert.Contains(t, out, "Ligne budgétaire", out)
	assert.Contains(t, errs, "Problèmes\u00a0: 1")
	data, err := os.ReadFile(back)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"budgetLine": "BUD-2026-01"`)
}

// TestErrorsInLanguage checks that the errors of the workbook package's
// readers and writers, each a schema.Problems, are printed with their
// code, in the language of -lang where it has a catalogue.
func TestErrorsInLanguage(t *testing.T) {
	dir := t.TempDir()
	notBook := filepath.Join(dir, "notes.xlsx")
	require.NoError(t, os.WriteFile(notBook, []byte("not a workbook"), 0o644))
	code, out, _ := runIn(t, "import", "-lang", "fr", "-o", filepath.Join(dir, "back.json"), notBook)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "notes.xlsx: /: le fichier ne peut pas être lu comme un classeur XLSX")
	assert.Contains(t, out, "[workbook.unreadable]")

	code, _, errs := runIn(t, "export", "-lang", "de", "-o", filepath.Join(dir, "x.xlsx"), sampleDataset)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, `/Language: "de" is not a language of the workbooks; choose one of ar, en, es, fr, ru, zh [workbook.arguments]`)
}
