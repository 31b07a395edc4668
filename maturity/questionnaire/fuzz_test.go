package questionnaire_test

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/maturity/questionnaire"
	"github.com/nmirf/nmirf/schema"
)

// FuzzRead: any bytes either read as an assessment that passes its checks
// or give problems, each with a code, a message and the file; never a
// panic. The seeds are a questionnaire, a filled one, one with mistakes,
// and files that are not questionnaires.
func FuzzRead(f *testing.F) {
	fw := maturity.DefaultFramework()
	blank, err := questionnaire.Make(fw, questionnaire.Options{Language: "ar"})
	if err != nil {
		f.Fatal(err)
	}
	l := readLayout(f, blank)
	filled := fillWithExcelize(f, blank, answers(fw, l, "Ana", maturity.ConstituencyNHRI, titleOf, 1))
	wrong := fillWithExcelize(f, filled, []edit{{Cell: l.cell("A", "mandate"), Value: "x"}, {Cell: l.cell("M", "standing"), Value: "?"}, {Sheet: sheet("nmirf"), Cell: "B11", Value: "99"}})
	var empty bytes.Buffer
	zw := zip.NewWriter(&empty)
	if _, err := zw.Create("xl/workbook.xml"); err != nil {
		f.Fatal(err)
	}
	zw.Close()
	for _, seed := range [][]byte{blank, filled, wrong, empty.Bytes(), []byte("PK\x03\x04"), nil} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := questionnaire.Read(fw, meta(), questionnaire.File{Name: "f.xlsx", Data: data})
		if err == nil {
			if ps := a.Check(fw); len(ps) > 0 {
				t.Fatalf("read an assessment that fails its checks: %v", ps)
			}
			return
		}
		ps, ok := err.(schema.Problems)
		if !ok || len(ps) == 0 {
			t.Fatalf("error %v is no list of problems", err)
		}
		for _, p := range ps {
			if p.Code == "" || p.Message == "" || p.Location.File != "f.xlsx" {
				t.Fatalf("problem without code, message or file: %+v", p)
			}
		}
	})
}
