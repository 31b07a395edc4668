// Package examples_test builds each example program and runs it as a
// person would, on the built-in data and on test files, so that the
// commands the README gives cannot rot.
package examples_test

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/maturity"
)

// build compiles the example programs once into a temporary folder.
func build(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the example programs")
	}
	touchSources(t)
	bin := t.TempDir()
	cmd := exec.Command("go", "build", "-o", bin+string(filepath.Separator), "./assess", "./validate", "./track", "./uhri", "./workbook", "./questionnaire")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	return bin
}

// touchSources opens every Go file and embedded data file of the module,
// so that go test's cache, which tracks the files a test opens, does not
// reuse a result after the programs or the packages they use changed: the
// build in a child process is invisible to it.
func touchSources(t *testing.T) {
	t.Helper()
	err := filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		switch filepath.Ext(path) {
		case ".go", ".json", ".csv", ".mod", ".sum":
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			return f.Close()
		}
		return nil
	})
	require.NoError(t, err)
}

// run runs a built program in dir and returns its exit status and output.
func run(t *testing.T, bin, dir, name string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(filepath.Join(bin, name), args...)
	cmd.Dir = dir
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, stdout.String(), stderr.String()
	case errors.As(err, &exit):
		return exit.ExitCode(), stdout.String(), stderr.String()
	}
	t.Fatalf("%s: %v", name, err)
	return 0, "", ""
}

func abs(t *testing.T, path string) string {
	t.Helper()
	p, err := filepath.Abs(path)
	require.NoError(t, err)
	return p
}

func TestCommands(t *testing.T) {
	bin := build(t)
	dir := t.TempDir()

	t.Run("assess on the built-in data", func(t *testing.T) {
		code, out, errs := run(t, bin, dir, "assess")
		require.Equal(t, 0, code, errs)
		assert.Contains(t, out, "## Overall")
		assert.Contains(t, out, "## Next steps")
		assert.Contains(t, errs, "radar chart written to nmirf-profile.svg")
		svg, err := os.ReadFile(filepath.Join(dir, "nmirf-profile.svg"))
		require.NoError(t, err)
		assert.Contains(t, string(svg), "<svg")
	})
	t.Run("assess on files, in Arabic", func(t *testing.T) {
		code, out, errs := run(t, bin, dir, "assess", "-lang", "ar", "-chart", "chart-ar.svg",
			abs(t, "sample/assessment.json"), abs(t, "sample/dataset.json"))
		require.Equal(t, 0, code, errs)
		assert.Contains(t, out, `dir="rtl"`)
		_, err := os.Stat(filepath.Join(dir, "chart-ar.svg"))
		assert.NoError(t, err)
	})
	t.Run("assess on a bad file", func(t *testing.T) {
		bad := abs(t, "assess/testdata/invalid-assessment.json")
		code, out, errs := run(t, bin, dir, "assess", bad)
		assert.Equal(t, 1, code)
		assert.Empty(t, out)
		assert.Contains(t, errs, bad+": /answers/0/criterion: ")
	})
	t.Run("validate", func(t *testing.T) {
		code, _, errs := run(t, bin, dir, "validate", abs(t, "sample/dataset.json"), abs(t, "sample/assessment.json"))
		assert.Equal(t, 0, code, errs)
		bad := abs(t, "../schema/testdata/1.0/invalid/dataset/bad-dates.json")
		code, out, _ := run(t, bin, dir, "validate", bad)
		assert.Equal(t, 1, code)
		assert.Contains(t, out, bad+": /date: ")
		code, _, _ = run(t, bin, dir, "validate")
		assert.Equal(t, 2, code)
	})
	t.Run("track", func(t *testing.T) {
		code, out, errs := run(t, bin, dir, "track", "-at", "2026-06-30")
		require.Equal(t, 0, code, errs)
		assert.Contains(t, out, "Overdue (2)")
		assert.Contains(t, out, "Due in the next 30 days (3)")
		assert.Contains(t, out, "Progress by responsible entity")
	})
	t.Run("questionnaire, read back and scored", func(t *testing.T) {
		code, _, errs := run(t, bin, dir, "questionnaire", "make", "-lang", "es", "-dataset", abs(t, "sample/dataset.json"), "-respondent", "Secretaría", "-o", "es.xlsx")
		require.Equal(t, 0, code, errs)
		fillQuestionnaire(t, filepath.Join(dir, "es.xlsx"))
		code, _, errs = run(t, bin, dir, "questionnaire", "read", "-state", "XFS", "-date", "2026-06", "-o", "es.json", "es.xlsx")
		require.Equal(t, 0, code, errs)
		code, out, errs := run(t, bin, dir, "assess", "-lang", "es", "-chart", "", "es.json", abs(t, "sample/dataset.json"))
		require.Equal(t, 0, code, errs)
		assert.Contains(t, out, "Secretaría")
		assert.Contains(t, out, "Vieron los hechos de los datos de seguimiento antes de responder")
	})
	t.Run("uhri", func(t *testing.T) {
		code, out, errs := run(t, bin, dir, "uhri", "-state", "CZE", abs(t, "../tracking/uhri/testdata/export.json"))
		require.Equal(t, 0, code, errs)
		assert.Contains(t, errs, "UHRI import (json)")
		assert.Contains(t, out, `"schemaVersion": "1.1"`)
	})
}

// fillQuestionnaire answers every criterion of a questionnaire of the
// default framework at level 2, as a respondent would.
func fillQuestionnaire(t *testing.T, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	require.NoError(t, err)
	defer f.Close()
	q := f.GetSheetList()[1]
	lang, _ := f.GetCellValue("nmirf", "B5")
	fw := maturity.DefaultFramework()
	rows, err := f.GetRows(q)
	require.NoError(t, err)
	for i, r := range rows {
		if len(r) == 0 {
			continue
		}
		if c, _ := fw.Criterion(r[0]); c != nil {
			require.NoError(t, f.SetCellValue(q, "M"+strconv.Itoa(i+1), fw.LevelTitle(maturity.LevelEmerging, lang)))
		}
	}
	require.NoError(t, f.Save())
}
