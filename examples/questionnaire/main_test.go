package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/maturity"
)

func runIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var out, errs bytes.Buffer
	code := run(args, &out, &errs)
	return code, out.String(), errs.String()
}

// Fill answers every criterion of a questionnaire of the default
// framework at the level of the given rank, as a respondent would, in the
// questionnaire's language.
func Fill(t *testing.T, path, name string, rank int) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	defer f.Close()
	q := f.GetSheetList()[1]
	lang, _ := f.GetCellValue("nmirf", "B5")
	fw := maturity.DefaultFramework()
	require.NoError(t, f.SetCellValue(q, "D2", name))
	rows, err := f.GetRows(q)
	require.NoError(t, err)
	for i, r := range rows {
		if len(r) == 0 {
			continue
		}
		if c, _ := fw.Criterion(r[0]); c != nil {
			row := strconv.Itoa(i + 1)
			require.NoError(t, f.SetCellValue(q, "M"+row, fw.LevelTitle(maturity.LevelOf(rank), lang)))
			require.NoError(t, f.SetCellValue(q, "P"+row, "Decree 12/2021"))
		}
	}
	require.NoError(t, f.Save())
}

func TestMakeFillRead(t *testing.T) {
	dir := t.TempDir()
	sample, err := filepath.Abs("../sample/dataset.json")
	require.NoError(t, err)
	code, _, errs := runIn(t, dir, "make", "-lang", "fr", "-respondent", "Secrétariat", "-o", "fr.xlsx")
	require.Equal(t, 0, code, errs)
	code, _, errs = runIn(t, dir, "make", "-lang", "ar", "-dataset", sample, "-o", "ar.xlsx")
	require.Equal(t, 0, code, errs)

	// Unanswered, the questionnaires give a problem per criterion, at its cell.
	code, _, errs = runIn(t, dir, "read", "-state", "XFS", "-date", "2026-06", "-o", "a.json", "fr.xlsx")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "fr.xlsx:Questionnaire!M9: /answers/0/level: no level is chosen for the criterion legal-basis")
	// In the language of -lang.
	code, _, errs = runIn(t, dir, "read", "-state", "XFS", "-date", "2026-06", "-lang", "fr", "-o", "a.json", "fr.xlsx")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "fr.xlsx:Questionnaire!M9: /answers/0/level: aucun niveau n’est choisi pour le critère legal-basis ; choisissez-en un dans la liste : ")
	assert.Contains(t, errs, "[answer.noLevel]")

	Fill(t, filepath.Join(dir, "fr.xlsx"), "Secrétariat", 3)
	Fill(t, filepath.Join(dir, "ar.xlsx"), "وزارة العدل", 2)
	code, _, errs = runIn(t, dir, "read", "-state", "XFS", "-date", "2026-06", "-title", "Self-assessment 2026", "-o", "a.json", "fr.xlsx", "ar.xlsx")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, errs, "a.json written (2 respondents, 50 answers)")
	data, err := os.ReadFile(filepath.Join(dir, "a.json"))
	require.NoError(t, err)
	a, err := maturity.LoadAssessment(data, maturity.DefaultFramework())
	require.NoError(t, err)
	assert.Equal(t, "Secrétariat", a.Respondents[0].Name["fr"])
	assert.Equal(t, "وزارة العدل", a.Respondents[1].Name["ar"])
	assert.Equal(t, "2026-06-30", a.Respondents[1].FactsShown.String())
	assert.True(t, a.Respondents[0].FactsShown.IsZero())
}

func TestUsage(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		nil,
		{"print"},
		{"make"},
		{"make", "-lang", "de", "-o", "x.xlsx"},
		{"make", "-at", "2026-06-30", "-o", "x.xlsx"},
		{"read", "-o", "a.json", "x.xlsx"},
		{"read", "-state", "XFS", "-date", "June", "-o", "a.json", "x.xlsx"},
		{"read", "-state", "XFS", "-date", "2026", "x.xlsx"},
		{"read", "-state", "XFS", "-date", "2026", "-o", "a.json"},
		{"read", "-state", "XFS", "-date", "2026", "-lang", "de", "-o", "a.json", "x.xlsx"},
	} {
		code, _, errs := runIn(t, dir, args...)
		assert.Equal(t, 2, code, "%q: %s", args, errs)
	}
	code, _, errs := runIn(t, dir, "read", "-state", "XFS", "-date", "2026", "-o", "a.json", "missing.xlsx")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "missing.xlsx")
}
