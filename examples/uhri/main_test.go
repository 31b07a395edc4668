package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/uhri"
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

// TestXLSX imports the workbook and its CSV form, and checks that they
// give the same dataset.
func TestXLSX(t *testing.T) {
	code, fromXLSX, errs := importer("-state", "cze", fixtures+"export.xlsx")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, errs, "UHRI import (xlsx)")
	code, fromCSV, errs := importer("-state", "CZE", "-format", "csv", fixtures+"export-corrected.csv")
	require.Equal(t, 1, code, "the corrected CSV is separated by semicolons: %s", errs)
	code, fromXLSX2, errs := importer("-state", "CZE", "-format", "xlsx", fixtures+"export.xlsx")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, fromXLSX, fromXLSX2, "-state in lower case")
	_ = fromCSV
	ds, err := tracking.Decode([]byte(fromXLSX))
	require.NoError(t, err)
	assert.NotEmpty(t, ds.Recommendations)
}

// TestAliasAndReport checks -alias, the hint that names it, and -report.
func TestAliasAndReport(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "report.json")
	code, _, errs := importer("-state", "CZE", "-report", report, fixtures+"export.json")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, errs, `hint: 1 warnings name a country the importer does not know; give each name's code with -alias "NAME=XXX"`)
	data, err := os.ReadFile(report)
	require.NoError(t, err)
	var rep uhri.Report
	require.NoError(t, json.Unmarshal(data, &rep))
	n := 0
	for _, c := range rep.WarningCounts {
		n += c
	}
	assert.Len(t, rep.Warnings, n, "the JSON report lists every warning")

	// An illustrative mapping, only to test the flag.
	code, out, errs := importer("-state", "CZE", "-alias", "Kosovo=CZE", "-alias", "Ruritania = cze", fixtures+"export.json")
	require.Equal(t, 0, code, errs)
	assert.NotContains(t, errs, `"Kosovo" is not one the importer knows`)
	assert.NotContains(t, errs, "hint:")
	ds, err := tracking.Decode([]byte(out))
	require.NoError(t, err)
	assert.Len(t, ds.Recommendations, 9, "the record about Kosovo is imported")
}

// TestNothingKept checks that a State the export does not hold is an
// error that names the States and bodies it holds.
func TestNothingKept(t *testing.T) {
	code, out, errs := importer("-state", "FRA", fixtures+"export.json")
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, "none of its 30 records concerns FRA or passes the filters; nothing is written (the export holds records about CZE 9, TUR 7, BOL 5, SWZ 4, MKD 3, PSE 2")
	assert.Contains(t, errs, "; by body UPR 10, CEDAW 2")
	assert.Contains(t, errs, "the filter kept none of the 30 records; the export holds")
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
	tests := []struct {
		body string
		want []string // the bodies imported, sorted
	}{
		{"CRC", []string{"CRC"}},
		{"CRC, UPR", []string{"CRC", "UPR"}},
		{" upr ,, crc ", []string{"CRC", "UPR"}},
	}
	for _, tt := range tests {
		code, out, errs := importer("-state", "CZE", "-body", tt.body, fixtures+"export.json")
		require.Equal(t, 0, code, errs)
		ds, err := tracking.Decode([]byte(out))
		require.NoError(t, err)
		var got []string
		for _, r := range ds.Recommendations {
			if !slices.Contains(got, r.Source.Body) {
				got = append(got, r.Source.Body)
			}
		}
		slices.Sort(got)
		assert.Equal(t, tt.want, got, "-body %q", tt.body)
	}
}

func TestPublisher(t *testing.T) {
	tests := []struct {
		args []string
		want tracking.Text
	}{
		{nil, tracking.En("National mechanism for implementation, reporting and follow-up")},
		{[]string{"-lang", "fr"}, tracking.En("National mechanism for implementation, reporting and follow-up")},
		{[]string{"-lang", "fr", "-publisher", "Mécanisme national illustratif"}, tracking.Text{"fr": "Mécanisme national illustratif"}},
		{[]string{"-publisher", "Illustrative mechanism"}, tracking.En("Illustrative mechanism")},
	}
	for _, tt := range tests {
		args := append(append([]string{"-state", "CZE"}, tt.args...), fixtures+"export.json")
		code, out, errs := importer(args...)
		require.Equal(t, 0, code, errs)
		ds, err := tracking.Decode([]byte(out))
		require.NoError(t, err)
		assert.Equal(t, tt.want, ds.Publisher.Name, "%v", tt.args)
	}
}

// TestIntoAnInvalidDataset checks that a dataset that breaks the rules
// before the import is reported as such, with its name, and that nothing
// is imported into it.
func TestIntoAnInvalidDataset(t *testing.T) {
	dir := t.TempDir()
	into := filepath.Join(dir, "dataset.json")
	code, _, errs := importer("-state", "CZE", "-o", into, fixtures+"export.json")
	require.Equal(t, 0, code, errs)
	data, err := os.ReadFile(into)
	require.NoError(t, err)
	ds, err := tracking.Decode(data)
	require.NoError(t, err)
	// A cluster of a recommendation the dataset does not hold.
	ds.Clusters = []tracking.Cluster{{
		ID:                tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-000000000002"),
		Title:             tracking.En("Illustrative cluster"),
		RecommendationIDs: []tracking.ID{tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-0000000000ff")},
	}}
	require.NotEmpty(t, tracking.Validate(ds))
	data, err = tracking.Encode(ds)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(into, data, 0o644))

	code, _, errs = importer("-into", into, fixtures+"export-newer.json")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, into+": the dataset breaks the rules, so nothing is imported into it")
	assert.NotContains(t, errs, "UHRI import", "nothing is imported")
	assert.NotContains(t, errs, "the merged dataset")
}

func TestErrors(t *testing.T) {
	for _, args := range [][]string{
		{fixtures + "export.json"},                                            // no State
		{"-state", "Czechia", fixtures + "export.json"},                       // a name, not a code
		{"-state", "CZE"},                                                     // no export
		{"-state", "CZE", "-format", "xls", "export.xls"},                     // unknown format
		{"-state", "CZE", "-alias", "Atlantis", fixtures + "export.json"},     // no code
		{"-state", "CZE", "-alias", "Atlantis=ATL", fixtures + "export.json"}, // not a code
		{"-state", "CZE", "-from", "June", fixtures + "export.json"},
		{"-state", "CZE", "-lang", "English", fixtures + "export.json"},             // not a language tag
		{"-state", "CZE", "-from", "2025", "-to", "2024", fixtures + "export.json"}, // an empty range
		{"-state", "CZE", "-lang", "English", "missing.json"},                       // a usage error first
		{"-nope"},
	} {
		code, _, errs := importer(args...)
		assert.Equal(t, 2, code, args)
		assert.NotEmpty(t, errs, args)
	}
	_, _, errs := importer("-state", "CZE", "-lang", "English", fixtures+"export.json")
	assert.Contains(t, errs, `-lang: Language "English" is not a language tag`)
	_, _, errs = importer("-state", "CZE", "-from", "2025", "-to", "2024", fixtures+"export.json")
	assert.Contains(t, errs, "-to: Filter.To (2024) is before Filter.From (2025)")
	code, _, errs := importer("-state", "CZE", "missing.json")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "missing.json")
	code, _, errs = importer("-into", fixtures+"export.json", fixtures+"export.json")
	assert.Equal(t, 1, code, "an export is not a dataset")
	assert.Contains(t, errs, "export.json")
}

func TestProgressBar(t *testing.T) {
	assert.Equal(t, "[###############...............]  50%  1200 records  5.0 MB of 10.0 MB", barLine(uhri.Progress{Records: 1200, Bytes: 5e6, Total: 10e6}))
	assert.Equal(t, "1200 records  5.0 MB read", barLine(uhri.Progress{Records: 1200, Bytes: 5e6}))
	assert.Nil(t, newProgressBar(&bytes.Buffer{}), "no bar but on a terminal")
}
