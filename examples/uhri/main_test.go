package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nmirf/nmirf/tracking"
)

const fixtures = "../../tracking/uhri/testdata/"

func clock() time.Time { return time.Date(2026, 6, 30, 12, 0, 0, 0, time.UTC) }

func ids() tracking.IDGenerator {
	return tracking.NewV7Generator(clock, bytes.NewReader(make([]byte, 1<<16)))
}

func importer(args ...string) (int, string, string) {
	var out, errs bytes.Buffer
	code := run(args, &out, &errs, clock, ids())
	return code, out.String(), errs.String()
}

func TestImportIntoANewDataset(t *testing.T) {
	code, out, errs := importer("-state", "CZE", fixtures+"export.json")
	require.Equal(t, 0, code, errs)
	for _, want := range []string{"UHRI import (json)", "records read                        35", "recommendations added                8", "uhri.country.unknown"} {
		assert.Contains(t, errs, want)
	}
	ds, err := tracking.Decode([]byte(out))
	require.NoError(t, err)
	assert.Empty(t, tracking.Validate(ds))
	assert.Equal(t, tracking.Country("CZE"), ds.State)
	assert.Equal(t, "2026-06-30", ds.Date.String(), "a new dataset is dated by the clock")
	assert.Len(t, ds.Recommendations, 8)
}

func TestMergeTwiceChangesNothing(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first.json")
	code, _, errs := importer("-state", "CZE", "-date", "2026-01-31", "-o", first, fixtures+"export-misspelt.csv")
	require.Equal(t, 0, code, errs)
	second := filepath.Join(dir, "second.json")
	code, _, errs = importer("-into", first, "-o", second, "-format", "csv", fixtures+"export-misspelt.csv")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, errs, "recommendations added                0")
	a, err := os.ReadFile(first)
	require.NoError(t, err)
	b, err := os.ReadFile(second)
	require.NoError(t, err)
	assert.Equal(t, string(a), string(b), "importing the same export twice changes nothing")
}

func TestFilters(t *testing.T) {
	code, out, errs := importer("-state", "CZE", "-body", "CRC", fixtures+"export.json")
	require.Equal(t, 0, code, errs)
	ds, err := tracking.Decode([]byte(out))
	require.NoError(t, err)
	require.NotEmpty(t, ds.Recommendations)
	for _, r := range ds.Recommendations {
		assert.Equal(t, "CRC", r.Source.Body)
	}
}

func TestErrors(t *testing.T) {
	for _, args := range [][]string{
		{fixtures + "export.json"},                          // no State
		{"-state", "Czechia", fixtures + "export.json"},     // a name, not a code
		{"-state", "CZE"},                                   // no export
		{"-state", "CZE", "-format", "xlsx", "export.xlsx"}, // unknown format
		{"-state", "CZE", "-from", "June", fixtures + "export.json"},
		{"-nope"},
	} {
		code, _, errs := importer(args...)
		assert.Equal(t, 2, code, args)
		assert.NotEmpty(t, errs, args)
	}
	code, _, errs := importer("-state", "CZE", "missing.json")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "missing.json")
	code, _, errs = importer("-into", fixtures+"export.json", fixtures+"export.json")
	assert.Equal(t, 1, code, "an export is not a dataset")
	assert.Contains(t, errs, "export.json")
}
