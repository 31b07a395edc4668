package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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
