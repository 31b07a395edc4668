package uhri

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/crosscheck"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking/uhri/internal/uhrigen"
)

var update = flag.Bool("update", false, "rewrite testdata/export.xlsx from testdata/export-corrected.csv")

// csvRows reads the rows of the corrected CSV fixture, header first.
func csvRows(t testing.TB) [][]string { return csvRowsOf(t, "testdata/export-corrected.csv", ';') }

// csvRowsOf reads the rows of a CSV fixture, header first.
func csvRowsOf(t testing.TB, path string, comma rune) [][]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	cr.Comma = comma
	rows, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// numericColumns are the columns of the fixture whose numbers the XLSX
// fixture holds as numbers, and whether they are dates.
var numericColumns = map[string]bool{
	"Document Publication Date":   true,
	"Date of publication on UHRI": true,
	"UPR Session":                 false,
}

// workbookOf writes rows of a CSV fixture as Excel writes a workbook.
func workbookOf(t testing.TB, rows [][]string) []byte {
	var buf bytes.Buffer
	err := uhrigen.WriteXLSX(&buf, func(yield func([]uhrigen.Cell) bool) {
		for i, row := range rows {
			cells := make([]uhrigen.Cell, len(row))
			for j, v := range row {
				date, numeric := numericColumns[rows[0][j]]
				if i > 0 && numeric && v != "" && strings.Trim(v, "0123456789") == "" {
					cells[j] = uhrigen.Cell{Number: v, Date: date}
				} else {
					cells[j] = uhrigen.Cell{Text: v}
				}
			}
			if !yield(cells) {
				return
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestFixtureXLSXUpToDate checks that testdata/export.xlsx is the corrected
// CSV fixture as a workbook; go test -run XLSXUpToDate -update rewrites it.
func TestFixtureXLSXUpToDate(t *testing.T) {
	for _, f := range []struct {
		xlsx, csv string
		comma     rune
	}{
		{"testdata/export.xlsx", "testdata/export-corrected.csv", ';'},
		{"testdata/forms/export.xlsx", "testdata/forms/export.csv", ','},
	} {
		want := workbookOf(t, csvRowsOf(t, f.csv, f.comma))
		if *update {
			if err := os.WriteFile(f.xlsx, want, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := os.ReadFile(f.xlsx)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not %s as a workbook: run go test -run XLSXUpToDate -update", f.xlsx, f.csv)
		}
	}
}

// TestFixtureXLSX reads the workbook and checks that it gives what the CSV
// form of the same export gives, record by record and warning by warning,
// and that the warnings name the cells.
func TestFixtureXLSX(t *testing.T) {
	fromCSV, csvRep := readFile(t, "testdata/export-corrected.csv", CSV, Options{Comma: ';'})
	fromXLSX, xlsxRep := readFile(t, "testdata/export.xlsx", XLSX, Options{})
	if len(fromXLSX) != len(fromCSV) {
		t.Fatalf("%d records from the workbook, %d from the CSV", len(fromXLSX), len(fromCSV))
	}
	for i, x := range fromXLSX {
		c := fromCSV[i]
		checkDiff(t, x.ID+" ", x.Recommendation, c.Recommendation)
		checkDiff(t, x.ID+" states ", x.States, c.States)
		checkDiff(t, x.ID+" regions ", x.Regions, c.Regions)
		checkDiff(t, x.ID+" recommending regions ", x.RecommendingRegions, c.RecommendingRegions)
		checkDiff(t, x.ID+" indexed ", x.Indexed, c.Indexed)
		checkDiff(t, x.ID+" warnings ", codes(x.Warnings), codes(c.Warnings))
		if x.Location.Sheet != uhrigen.Sheet || x.Location.Row != i+2 {
			t.Errorf("%s: location %+v, want row %d of %s", x.ID, x.Location, i+2, uhrigen.Sheet)
		}
		for _, w := range x.Warnings {
			if w.Problem.Location.Sheet != uhrigen.Sheet || w.Problem.Location.Cell == "" {
				t.Errorf("%s: the warning %s names no cell", x.ID, w)
			}
		}
	}
	checkDiff(t, "by body ", xlsxRep.ByBody, csvRep.ByBody)
	checkDiff(t, "warning counts ", xlsxRep.WarningCounts, csvRep.WarningCounts)
	if xlsxRep.Format != XLSX {
		t.Errorf("report format %q", xlsxRep.Format)
	}
}

// TestXLSXWarningCell checks the cell a warning names: the column of the
// field, the row of the record.
func TestXLSXWarningCell(t *testing.T) {
	var buf bytes.Buffer
	err := uhrigen.WriteXLSX(&buf, slices.Values([][]uhrigen.Cell{
		{{Text: "OHCHR Annotation Id"}, {Text: "Text"}, {Text: "Countries Concerned"}},
		{},
		{{Text: "a0000000-0000-4000-8000-000000000001"}, {Text: "Ratify the illustrative protocol."}, {Text: "- Atlantis"}},
	}))
	if err != nil {
		t.Fatal(err)
	}
	as, rep := readString(t, buf.String(), XLSX, Options{})
	if len(as) != 1 || len(rep.Warnings) != 2 {
		t.Fatalf("%d records, warnings %v", len(as), rep.Warnings)
	}
	w := rep.Warnings[0]
	checkDiff(t, "", w.Problem.Location, schema.Location{Sheet: uhrigen.Sheet, Cell: "C3"})
	if w.Code != CodeCountryUnknown || !strings.Contains(w.String(), "Export!C3") {
		t.Errorf("warning %s", w)
	}
}

// TestXLSXBroken checks what stops an XLSX import: not a workbook, an
// empty file, a workbook without the columns.
func TestXLSXBroken(t *testing.T) {
	var noHeader bytes.Buffer
	uhrigen.WriteXLSX(&noHeader, slices.Values([][]uhrigen.Cell{{{Text: "Something"}}}))
	for _, tt := range []struct {
		name, in, code string
	}{
		{"empty", "", CodeExportEmpty},
		{"not a zip", "Text,OHCHR Annotation Id\n", CodeExportMalformed},
		{"no header", noHeader.String(), CodeHeaderMissing},
	} {
		r, err := NewReader(strings.NewReader(tt.in), XLSX, Options{})
		if err != nil {
			t.Fatal(err)
		}
		_, err = r.Read()
		var ps schema.Problems
		if !errors.As(err, &ps) || ps[0].Code != tt.code {
			t.Errorf("%s: %v, want %s", tt.name, err, tt.code)
		}
	}
}

// TestXLSXOpenpyxl reads the workbook with openpyxl, an independent reader,
// and checks that it holds the cells of the CSV fixture: texts as shared
// strings, dates as dates, sessions as numbers.
func TestXLSXOpenpyxl(t *testing.T) {
	python := crosscheck.RequirePython(t, "python3-openpyxl", "openpyxl")
	script := `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
epoch = datetime.datetime(1899, 12, 30)
rows = []
for row in ws.iter_rows():
    out = []
    for c in row:
        v = c.value
        if v is None:
            out.append("")
        elif isinstance(v, datetime.datetime):
            out.append("date:" + str((v - epoch).days))
        elif isinstance(v, (int, float)):
            out.append("number:" + str(int(v)))
        else:
            out.append(v)
    rows.append(out)
json.dump({"sheet": ws.title, "rows": rows}, sys.stdout)
`
	out, err := exec.Command(python, "-c", script, "testdata/export.xlsx").Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var got struct {
		Sheet string
		Rows  [][]string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	want := csvRows(t)
	if got.Sheet != uhrigen.Sheet || len(got.Rows) != len(want) {
		t.Fatalf("openpyxl reads sheet %q with %d rows, want %q with %d", got.Sheet, len(got.Rows), uhrigen.Sheet, len(want))
	}
	for i, row := range want {
		for j, v := range row {
			g := ""
			if j < len(got.Rows[i]) {
				g = got.Rows[i][j]
			}
			if date, numeric := numericColumns[want[0][j]]; i > 0 && numeric && v != "" && strings.Trim(v, "0123456789") == "" {
				v = "number:" + v
				if date {
					v = "date:" + strings.TrimPrefix(v, "number:")
				}
			}
			if g != v {
				t.Errorf("row %d, column %d: openpyxl reads %q, want %q", i+1, j+1, g, v)
			}
		}
	}
}

// TestProgress checks that Options.Progress hears of the records and bytes
// read, of the size of a file, in every format.
func TestProgress(t *testing.T) {
	for _, tt := range []struct {
		path string
		f    Format
		opts Options
	}{
		{"testdata/export.json", JSON, Options{}},
		{"testdata/export-corrected.csv", CSV, Options{Comma: ';'}},
		{"testdata/export.xlsx", XLSX, Options{}},
	} {
		in, err := os.Open(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		fi, _ := in.Stat()
		var last Progress
		calls := 0
		tt.opts.Progress = func(p Progress) { last = p; calls++ }
		r, err := NewReader(in, tt.f, tt.opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, err := range r.All() {
			if err != nil {
				t.Fatal(err)
			}
		}
		in.Close()
		if calls == 0 || last.Total != fi.Size() || last.Bytes != fi.Size() || last.Records != r.Report().Read {
			t.Errorf("%s: %d calls, the last %+v; want %d records and %d bytes", tt.path, calls, last, r.Report().Read, fi.Size())
		}
		if err := r.Close(); err != nil {
			t.Errorf("%s: Close: %v", tt.path, err)
		}
	}
}

// TestXLSXTempDir reads a sheet larger than the library keeps in memory,
// and checks that its temporary file goes to Options.TempDir and is gone
// once the export is read.
func TestXLSXTempDir(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a workbook of 60,000 records")
	}
	var book bytes.Buffer
	if err := uhrigen.XLSX(&book, 60_000, 1); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	r, err := NewReader(bytes.NewReader(book.Bytes()), XLSX, Options{TempDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Read(); err != nil {
		t.Fatal(err)
	}
	during, _ := os.ReadDir(dir)
	for _, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
	}
	after, _ := os.ReadDir(dir)
	if len(during) == 0 || len(after) != 0 {
		t.Errorf("%d temporary files while reading, %d after", len(during), len(after))
	}
	if r.Report().Read != 60_000 {
		t.Errorf("read %d records", r.Report().Read)
	}
}
