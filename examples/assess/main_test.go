package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nmirf/nmirf/examples/sample"
	"github.com/nmirf/nmirf/maturity"
)

// runIn runs the program in a temporary directory and returns its exit
// status, output and error output.
func runIn(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var out, errs bytes.Buffer
	code := run(args, &out, &errs)
	return code, out.String(), errs.String()
}

func TestBuiltInDataPrintsTheReportAndWritesTheChart(t *testing.T) {
	dir := t.TempDir()
	code, out, errs := runIn(t, dir)
	require.Equal(t, 0, code, errs)
	for _, want := range []string{
		"Self-assessment of the National Committee for Reporting and Follow-up",
		"## Overall",
		"## Claims above what the data show",
		"## Next steps",
		"Tracking data at: 30 June 2026",
	} {
		assert.Contains(t, out, want)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "nmirf-profile.svg"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(svg), "<svg") || strings.HasPrefix(string(svg), "<?xml"))
	assert.Contains(t, errs, "radar chart written to nmirf-profile.svg")
}

func TestFilesLanguagesAndFormats(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.json")
	d := filepath.Join(dir, "d.json")
	require.NoError(t, os.WriteFile(a, sample.AssessmentJSON, 0o644))
	require.NoError(t, os.WriteFile(d, sample.DatasetJSON, 0o644))

	code, out, errs := runIn(t, dir, "-lang", "ar", "-chart", "", a, d)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, `dir="rtl"`)
	_, err := os.Stat(filepath.Join(dir, "nmirf-profile.svg"))
	assert.True(t, os.IsNotExist(err), "-chart \"\" writes no chart")

	code, out, errs = runIn(t, dir, "-format", "json", "-o", "result.json", a, d)
	require.Equal(t, 0, code, errs)
	assert.Empty(t, out)
	data, err := os.ReadFile(filepath.Join(dir, "result.json"))
	require.NoError(t, err)
	r, err := maturity.LoadResult(data)
	require.NoError(t, err, "the JSON output is a valid result document")
	assert.NotEmpty(t, r.Dimensions)
	_, err = os.Stat(filepath.Join(dir, "result.svg"))
	assert.NoError(t, err, "the chart goes next to the report")

	// Claims alone, and every recommendation in plan coverage: the
	// result says how it was scored.
	code, out, errs = runIn(t, dir, "-claims", "-scope", "all", "-format", "json", "-chart", "", a, d)
	require.Equal(t, 0, code, errs)
	claims, err := maturity.LoadResult([]byte(out))
	require.NoError(t, err)
	assert.False(t, claims.Verified, "-claims scores the claims alone")
	assert.Equal(t, maturity.ScopeAll, claims.Facts.Scope)
	assert.True(t, r.Verified, "the figures are verified by default")

	// Compare with the earlier result: the same result gives no change.
	code, out, errs = runIn(t, dir, "-previous", "result.json", "-lang", "fr", "-chart", "", a, d)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "Auto-évaluation")

	code, out, errs = runIn(t, dir, "-previous", "result.json", "-format", "json", "-chart", "", a, d)
	require.Equal(t, 0, code, errs)
	var both struct {
		Result     json.RawMessage `json:"result"`
		Comparison json.RawMessage `json:"comparison"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &both))
	assert.NotEmpty(t, both.Result)
	assert.NotEmpty(t, both.Comparison)

	// An assessment alone is scored without data.
	code, out, errs = runIn(t, dir, "-chart", "", a)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, errs, "without checking them against tracking data")
	assert.NotContains(t, out, "## Claims above what the data show")
}

func TestBadInputNamesTheFileAndPointer(t *testing.T) {
	wd, err := os.Getwd()
	require.NoError(t, err)
	bad := filepath.Join(wd, "testdata", "invalid-assessment.json")
	dir := t.TempDir()
	code, out, errs := runIn(t, dir, bad)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, bad+": /answers/0/criterion: ")
	assert.Contains(t, errs, bad+": /answers/30")
	assert.Contains(t, errs, "justification")

	badLevel := filepath.Join(wd, "testdata", "invalid-level.json")
	code, _, errs = runIn(t, dir, badLevel)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, badLevel+": /answers/2/level: ")

	code, _, errs = runIn(t, dir, filepath.Join(dir, "missing.json"))
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "missing.json")

	notJSON := filepath.Join(dir, "x.json")
	require.NoError(t, os.WriteFile(notJSON, []byte("{\"a\":"), 0o644))
	code, _, errs = runIn(t, dir, notJSON)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, notJSON+": /a: ")
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"-format", "pdf"}, {"-lang", "de"}, {"a", "b", "c"}, {"-nope"}, {"-at", "2026"}, {"-scope", "latest"},
	} {
		code, _, errs := runIn(t, dir, args...)
		assert.Equal(t, 2, code, args)
		assert.NotEmpty(t, errs, args)
	}
}

func TestFilesInTheWrongOrderOrPlace(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.json")
	d := filepath.Join(dir, "d.json")
	require.NoError(t, os.WriteFile(a, sample.AssessmentJSON, 0o644))
	require.NoError(t, os.WriteFile(d, sample.DatasetJSON, 0o644))
	code, _, errs := runIn(t, dir, "-chart", "", d, a)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, d+": /: this is a dataset, not an assessment")

	code, _, errs = runIn(t, dir, "-o", "same.svg", "-chart", "same.svg")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "give -chart another file")
	_, err := os.Stat(filepath.Join(dir, "same.svg"))
	assert.True(t, os.IsNotExist(err), "nothing is written")

	code, _, errs = runIn(t, dir, "-at", "2026-13-01", a)
	assert.Equal(t, 2, code, "a bad -at is refused even without a dataset")
	assert.Contains(t, errs, "-at wants a full date")
}

// The program writes, on its built-in data, the report and chart that are
// package maturity's golden files of the sample, in each of the six
// languages and in Arabic with Arabic-Indic digits: what the README shows
// is what the program prints.
func TestReportsInSixLanguages(t *testing.T) {
	wd, err := os.Getwd()
	require.NoError(t, err)
	goldenDir := filepath.Join(wd, "..", "..", "maturity", "testdata", "golden")
	for _, tt := range []struct {
		args []string
		name string
	}{
		{[]string{"-lang", "ar"}, "ar"}, {[]string{"-lang", "en"}, "en"}, {[]string{"-lang", "es"}, "es"},
		{[]string{"-lang", "fr-CA"}, "fr"}, {[]string{"-lang", "ru"}, "ru"}, {[]string{"-lang", "zh"}, "zh"},
		{[]string{"-lang", "ar", "-arabic-digits"}, "ar-arab"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			code, out, errs := runIn(t, dir, tt.args...)
			require.Equal(t, 0, code, errs)
			want, err := os.ReadFile(filepath.Join(goldenDir, "sample."+tt.name+".md"))
			require.NoError(t, err)
			assert.Equal(t, string(want), out)
			svg, err := os.ReadFile(filepath.Join(dir, "nmirf-profile.svg"))
			require.NoError(t, err)
			want, err = os.ReadFile(filepath.Join(goldenDir, "sample-radar."+tt.name+".svg"))
			require.NoError(t, err)
			assert.Equal(t, string(want), string(svg))
		})
	}
	// The notes on standard error are in the language too; a problem is
	// rendered from the catalogue of the language.
	dir := t.TempDir()
	a := filepath.Join(dir, "a.json")
	require.NoError(t, os.WriteFile(a, sample.AssessmentJSON, 0o644))
	code, _, errs := runIn(t, dir, "-lang", "zh", a)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, errs, "未提供数据集")
	assert.Contains(t, errs, "雷达图已写入nmirf-profile.svg")
	bad := filepath.Join(wd, "testdata", "invalid-level.json")
	code, _, errs = runIn(t, dir, "-lang", "fr", bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, bad+": /answers/2/level: ")
	_, enErrs := runIn2(t, dir, bad)
	assert.NotEqual(t, enErrs, errs, "the problem is in French")
}

// runIn2 is runIn for the error output alone.
func runIn2(t *testing.T, dir string, args ...string) (int, string) {
	t.Helper()
	code, _, errs := runIn(t, dir, args...)
	return code, errs
}

// The README's excerpts of the reports in the six languages are lines the
// program prints: each cell of its table is in the golden report of its
// column's language, and each line of its text block in the Russian,
// Chinese or Arabic-Indic one.
func TestREADMEExcerptsAreTheProgramsOutput(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(readme), "## In the six UN languages\n")
	require.True(t, ok, "the README has no section on the six languages")
	section, _, _ = strings.Cut(section, "\n## ")
	golden := func(name string) string {
		data, err := os.ReadFile(filepath.Join("..", "..", "maturity", "testdata", "golden", "sample."+name+".md"))
		require.NoError(t, err)
		return string(data)
	}
	cols := []string{golden("en"), golden("fr"), golden("ar")}
	rows := 0
	for line := range strings.SplitSeq(section, "\n") {
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| English") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		require.Len(t, cells, 3, line)
		for i, c := range cells {
			assert.Contains(t, cols[i], strings.ReplaceAll(c, `\|`, "|"), "column %d", i)
		}
		rows++
	}
	assert.GreaterOrEqual(t, rows, 3)
	_, block, ok := strings.Cut(section, "```text\n")
	require.True(t, ok)
	block, _, _ = strings.Cut(block, "```")
	others := golden("ru") + golden("zh") + golden("ar-arab")
	lines := 0
	for line := range strings.SplitSeq(block, "\n") {
		if line != "" {
			assert.Contains(t, others, line+"\n")
			lines++
		}
	}
	assert.GreaterOrEqual(t, lines, 6)
}
