package workbook_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/internal/datagen"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/workbook"
)

// sample reads the sample dataset.
func sample(t testing.TB) *tracking.Dataset {
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

// export writes ds as a workbook and reads it back.
func export(t testing.TB, ds *tracking.Dataset, opt workbook.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := workbook.Write(&b, ds, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func read(t testing.TB, data []byte, name string) *workbook.Book {
	t.Helper()
	b, err := workbook.Read(bytes.NewReader(data), name, workbook.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func encode(t testing.TB, ds *tracking.Dataset) []byte {
	t.Helper()
	data, err := tracking.Encode(ds)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// datasets are the datasets the round trips run on: the sample, a
// generated one and the valid datasets of the standard's corpus, which use
// every field of the model.
func datasets(t testing.TB) map[string]*tracking.Dataset {
	t.Helper()
	n := 300
	if testing.Short() {
		n = 40
	}
	out := map[string]*tracking.Dataset{"sample": sample(t), "datagen": datagen.Dataset(n), "tricky": tricky(), "tricky-streamed": trickyStreamed()}
	files, err := filepath.Glob("../../schema/testdata/*/valid/dataset/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus datasets: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ds, err := tracking.Decode(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[strings.TrimPrefix(f, "../../schema/testdata/")] = ds
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	for name, ds := range datasets(t) {
		t.Run(name, func(t *testing.T) {
			want := encode(t, ds)
			for _, lang := range workbook.Languages {
				data := export(t, ds, workbook.Options{Language: lang})
				// alone, from the workbook's own record of the export
				got, ps, err := workbook.Import(nil, tracking.SystemIDGenerator(), read(t, data, "plan.xlsx"))
				if err != nil || !sameProblems(ps, tracking.Validate(ds)) {
					t.Fatalf("%s: import: %v %v", lang, err, ps)
				}
				if g := encode(t, got); !bytes.Equal(g, want) {
					os.WriteFile("/tmp/got.json", g, 0o644)
					os.WriteFile("/tmp/want.json", want, 0o644)
					t.Fatalf("%s: the dataset read back differs from the one exported (diff /tmp/got.json /tmp/want.json)", lang)
				}
				// into the dataset itself
				got, ps, err = workbook.Import(ds, tracking.SystemIDGenerator(), read(t, data, "plan.xlsx"))
				if err != nil || !sameProblems(ps, tracking.Validate(ds)) {
					t.Fatalf("%s: import into: %v %v", lang, err, ps)
				}
				if g := encode(t, got); !bytes.Equal(g, want) {
					t.Fatalf("%s: merging the workbook into its own dataset changed it", lang)
				}
			}
		})
	}
}

// withoutRecord removes the workbook's hidden record of the export, so that
// only its cells say what the dataset holds.
func withoutRecord(t testing.TB, data []byte) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	names := f.GetSheetList()
	last := names[len(names)-1]
	if !slices.Contains([]string{"بيانات التصدير", "Exported", "Exportación", "Exportation", "Экспорт", "导出记录"}, last) {
		t.Fatalf("the last sheet is %q, not the record of the export", last)
	}
	if err := f.DeleteSheet(last); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, err := f.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestRoundTripCellsAlone(t *testing.T) {
	for name, ds := range datasets(t) {
		t.Run(name, func(t *testing.T) {
			want := withoutEmptyLists(t, encode(t, ds))
			for _, lang := range workbook.Languages {
				data := withoutRecord(t, export(t, ds, workbook.Options{Language: lang}))
				got, ps, err := workbook.Import(nil, tracking.SystemIDGenerator(), read(t, data, "plan.xlsx"))
				if err != nil || !sameProblems(ps, tracking.Validate(ds)) {
					t.Fatalf("%s: import: %v %v", lang, err, ps)
				}
				if g := encode(t, got); !bytes.Equal(g, want) {
					os.WriteFile("/tmp/got.json", g, 0o644)
					os.WriteFile("/tmp/want.json", want, 0o644)
					t.Fatalf("%s: the dataset read back differs from the one exported (diff /tmp/got.json /tmp/want.json)", lang)
				}
			}
		})
	}
}

func fixedClock() time.Time { return time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC) }

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// sameProblems reports whether a workbook's problems are those of the
// dataset it was exported from, the rules a corpus dataset breaks on
// purpose, by pointer and code.
func sameProblems(got, want schema.Problems) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i].Pointer != want[i].Pointer || got[i].Code != want[i].Code {
			return false
		}
	}
	return true
}

// withoutEmptyLists re-encodes a dataset without its empty lists: a
// workbook's empty cell cannot tell an empty list from an absent one, and
// reads both as absent. That is the one difference a round trip may make.
func withoutEmptyLists(t testing.TB, data []byte) []byte {
	t.Helper()
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var drop func(v any)
	drop = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				if l, ok := e.([]any); ok && len(l) == 0 {
					delete(v, k)
					continue
				}
				drop(e)
			}
		case []any:
			for _, e := range v {
				drop(e)
			}
		}
	}
	drop(doc)
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := tracking.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return encode(t, ds)
}

// tricky is a dataset of values a workbook's XML and a spreadsheet's 15
// significant digits would change if written naively.
// trickyStreamed is tricky without the characters XML cannot hold, so
// that Write streams its sheets: their literal "_xHHHH_" must read back.
func trickyStreamed() *tracking.Dataset {
	ds := tricky()
	ds.Publisher.Name = tracking.Text{"en": "Fictional _x0041_ publisher", "ar": "ناشر  افتراضي "}
	ds.Recommendations[0].Text = tracking.Text{"en": " leading space, a tab\tand lines\r\nand _x005F_ and _x005F_x0041_ and _xFFFF_"}
	return ds
}

func tricky() *tracking.Dataset {
	ds := tracking.NewDataset("XFS", tracking.Year(2026), tracking.Text{"en": "Fictional _x0041_ publisher\x01", "ar": "ناشر  افتراضي "})
	ds.Recommendations = []tracking.Recommendation{{ID: tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-000000000002"),
		Source: tracking.Source{Family: tracking.MechanismFamilyUPR, Cycle: 1, Session: 1, Document: "A/HRC/00/XFS/1"},
		Text:   tracking.Text{"en": " leading space, a tab\tand lines\r\nand _x005F_ and \uFFFF"}}}
	ds.Indicators = []tracking.Indicator{{ID: tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-000000000003"), Title: tracking.En("Fictional"),
		Type: tracking.IndicatorTypeOutcome, RecommendationIDs: []tracking.ID{ds.Recommendations[0].ID}, Unit: "cases",
		Baseline: &tracking.Measurement{Value: 0.1 + 0.2}, Target: &tracking.Measurement{Value: 9007199254740991},
		Observations: []tracking.Observation{{Date: tracking.Year(2025), Value: 1e-300}, {Date: tracking.Year(2026), Value: -123456789.12345679}}}}
	return ds
}
