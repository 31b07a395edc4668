package workbook_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/nmirf/nmirf/internal/crosscheck"
	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/workbook"
)

// TestLibreOffice has LibreOffice, headless, open an exported workbook
// (in Arabic, French and Chinese) and save it again as XLSX, as a person who edits in LibreOffice Calc
// does, then imports what it wrote: the dataset comes back the same, from
// the workbook's cells alone too.
func TestLibreOffice(t *testing.T) {
	if testing.Short() {
		t.Skip("starts LibreOffice")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		soffice = crosscheck.RequireCommand(t, "libreoffice", "apt-get install libreoffice-calc-nogui")
	}
	ds := sample(t)
	for _, lang := range []string{"ar", "fr", "zh"} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "plan.xlsx")
			if err := os.WriteFile(in, export(t, ds, workbook.Options{Language: lang}), 0o644); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "out")
			cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
				"--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, in)
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("LibreOffice: %v\n%s", err, msg)
			}
			data, err := os.ReadFile(filepath.Join(out, "plan.xlsx"))
			if err != nil {
				t.Fatalf("LibreOffice wrote no workbook: %v", err)
			}
			want := encode(t, ds)
			got, ps, err := workbook.Import(nil, tracking.SystemIDGenerator(), read(t, data, "plan.xlsx"))
			if err != nil || len(ps) > 0 {
				t.Fatalf("import: %v %v", err, ps)
			}
			if !bytes.Equal(encode(t, got), want) {
				t.Error("the workbook LibreOffice saved gives another dataset")
			}
			got, ps, err = workbook.Import(nil, tracking.SystemIDGenerator(), read(t, withoutRecord(t, data), "plan.xlsx"))
			if err != nil || len(ps) > 0 {
				t.Fatalf("import of the cells alone: %v %v", err, ps)
			}
			if g := encode(t, got); !bytes.Equal(g, want) {
				t.Error("the cells of the workbook LibreOffice saved give another dataset")
			}
		})
	}
}
