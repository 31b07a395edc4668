package uhri

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"slices"
	"testing"

	"github.com/nmirf/nmirf/tracking/uhri/internal/uhrigen"
)

// withParts returns the workbook base with the parts named in parts
// replaced (or added), so that a fuzzer can mutate the sheet's XML and the
// shared strings inside an archive that is otherwise whole.
func withParts(t testing.TB, base []byte, parts map[string][]byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(base), int64(len(base)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		w, _ := zw.Create(f.Name)
		if p, ok := parts[f.Name]; ok {
			w.Write(p)
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(w, rc)
		rc.Close()
	}
	zw.Close()
	return buf.Bytes()
}

const (
	sheetPart   = "xl/worksheets/sheet1.xml"
	stringsPart = "xl/sharedStrings.xml"
)

// FuzzReadXLSX reads whole archives: corrupt ones (cut short, bytes
// changed), archives that are not workbooks, and workbooks.
func FuzzReadXLSX(f *testing.F) {
	fixture, err := os.ReadFile("testdata/export.xlsx")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(fixture)
	f.Add(fixture[:len(fixture)/2])
	var small bytes.Buffer
	uhrigen.WriteXLSX(&small, slices.Values([][]uhrigen.Cell{
		{{Text: "OHCHR Annotation Id"}, {Text: "Text"}, {Text: "Document Publication Date"}},
		{{Text: "a"}, {Text: "x"}, {Number: "45000", Date: true}},
	}))
	f.Add(small.Bytes())
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) { fuzzExport(t, data, XLSX) })
}

// FuzzReadXLSXSheet reads workbooks whose sheet and shared strings the
// fuzzer writes: cells of the wrong type (booleans, errors, formulas,
// inline strings, shared strings that are not there), references out of
// order or past the last row and column, rows far apart, broken XML.
func FuzzReadXLSXSheet(f *testing.F) {
	fixture, err := os.ReadFile("testdata/export.xlsx")
	if err != nil {
		f.Fatal(err)
	}
	// Small seeds, so that the fuzzer minimises what it finds quickly; the
	// fixture's sheet is FuzzReadXLSX's.
	sst := []byte(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>OHCHR Annotation Id</t></si><si><t>Text</t></si><si><t>a</t></si><si><r><t>x</t></r><r><t xml:space="preserve"> y</t></r></si></sst>`)
	head := `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`
	for _, rows := range []string{
		`<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>`,
		`<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#N/A</v></c></row>`,
		`<row r="2"><c r="A2" t="s"><v>99</v></c><c r="B2" t="s"><v>-1</v></c></row>`,
		`<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2" t="str"><f>1+1</f><v>2</v></c></row>`,
		`<row r="1048576"><c r="XFD1048576" t="s"><v>2</v></c></row>`,
		`<row r="1048577"><c r="A1048577"><v>1</v></c></row>`,
		`<row r="3"><c r="B3" t="s"><v>3</v></c><c r="A3" t="s"><v>2</v></c></row><row r="2"></row>`,
		`<row r="2"><c r="A2" t="n"><v>1e308</v></c><c r="B2" t="d"><v>2024-01-01T00:00:00</v></c></row>`,
		`<row><c><v>1</v></c><c t="s"><v>3</v></c></row>`,
		`<row r="2"><c r="A2" t="s"><v>2</v>`,
	} {
		f.Add([]byte(head+rows+`</sheetData></worksheet>`), sst)
	}
	f.Fuzz(func(t *testing.T, sheet, strs []byte) {
		book := withParts(t, fixture, map[string][]byte{sheetPart: sheet, stringsPart: strs})
		fuzzExport(t, book, XLSX)
	})
}
