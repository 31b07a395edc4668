package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nmirf/nmirf/internal/l10n"
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
		{fixtures + "export.json"},                          // no State
		{"-state", "Czechia", fixtures + "export.json"},     // a name, not a code
		{"-state", "CZE"},                                   // no export
		{"-state", "CZE", "-format", "xlsx", "export.xlsx"}, // unknown format
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

// TestReportInSixLanguages checks the report's words in each language: in
// English it is word for word what uhri.Report writes.
func TestReportInSixLanguages(t *testing.T) {
	assert.Empty(t, words.Missing())
	for lang, want := range map[string][]string{
		"fr": {"Importation de l’Index universel des droits de l’homme (json)", "enregistrements lus", "recommandations ajoutées", "uhri.country.unknown"},
		"ar": {"الاستيراد من الفهرس العالمي لحقوق الإنسان (json)", "السجلات المقروءة", "35"},
		"zh": {"从世界人权索引导入（json）", "已读取记录", "35"},
		"ru": {"прочитано записей", "35"},
		"es": {"registros leídos", "35"},
	} {
		code, _, errs := importer("-state", "CZE", "-lang", lang, fixtures+"export.json")
		require.Equal(t, 0, code, errs)
		for _, w := range want {
			assert.Contains(t, errs, w, lang)
		}
	}
	_, _, errs := importer("-state", "CZE", "-lang", "ar", "-arabic-digits", fixtures+"export.json")
	assert.Contains(t, errs, "٣٥")
	assert.Contains(t, errs, "(json)", "codes stay as they are")

	f, err := os.Open(fixtures + "export.json")
	require.NoError(t, err)
	defer f.Close()
	r, err := uhri.NewReader(f, uhri.JSON, uhri.Options{ExportDate: tracking.DateOf(clock())})
	require.NoError(t, err)
	rep, err := uhri.Import(tracking.NewDataset("CZE", tracking.DateOf(clock()), tracking.En("x")), r, ids())
	require.NoError(t, err)
	assert.Equal(t, rep.String(), summary(l10n.NewPrinter("en", words, false), rep))
}
