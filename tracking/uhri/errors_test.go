package uhri

import (
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// TestCodecErrorsAreProblems checks that every failure of the readers is a
// schema.Problems whose problems have a code, a pointer and a message from
// the catalogue, and that the errors caused by a sentinel still match it
// (errors.Is).
func TestCodecErrorsAreProblems(t *testing.T) {
	read := func(export string, f Format, opts Options, n int) error {
		r, err := NewReader(strings.NewReader(export), f, opts)
		if err != nil {
			return err
		}
		for range n {
			if _, err = r.Read(); err != nil {
				return err
			}
		}
		return nil
	}
	afterClose := func() error {
		data, err := os.ReadFile("testdata/export.xlsx")
		if err != nil {
			t.Fatal(err)
		}
		r, err := NewReader(strings.NewReader(string(data)), XLSX, Options{Comma: ';'})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.Read(); err != nil {
			t.Fatal(err)
		}
		if err := r.Close(); err != nil {
			t.Fatal(err)
		}
		_, err = r.Read()
		return err
	}
	big := strings.Repeat("x", 2000)
	var unmade *Reader
	ds := tracking.NewDataset("FRA", tracking.Year(2026), tracking.En("Secretariat"))
	tests := []struct {
		name     string
		err      error
		pointer  string
		code     string
		sentinel error
	}{
		{"unknown format", func() error { _, err := NewReader(strings.NewReader("[]"), "pdf", Options{}); return err }(), "", CodeFormat, nil},
		{"nil reader", func() error { _, err := NewReader(nil, JSON, Options{}); return err }(), "", CodeExportRead, nil},
		{"invalid options", func() error { _, err := NewReader(strings.NewReader("[]"), JSON, Options{Size: -1}); return err }(), "/Size", CodeOptions, nil},
		{"unknown body family", (&Options{BodyAliases: map[string]Body{"X": {"unknown", "X"}}}).Check(), "/BodyAliases/X", CodeOptions, nil},
		{"unknown treaty body", (&Options{BodyAliases: map[string]Body{"X": {tracking.MechanismFamilyTreatyBody, "XYZ"}}}).Check(), "/BodyAliases/X", CodeOptions, nil},
		{"body without a code", (&Options{BodyAliases: map[string]Body{"X": {tracking.MechanismFamilyRegional, ""}}}).Check(), "/BodyAliases/X", CodeOptions, nil},
		{"empty export", read("  ", JSON, Options{}, 1), "", CodeExportEmpty, nil},
		{"not an array", read(`{}`, JSON, Options{}, 1), "", CodeExportNotArray, nil},
		{"truncated", read(`[{"AnnotationId": "a", "Text": "x"}`, JSON, Options{}, 2), "", CodeExportTruncated, io.ErrUnexpectedEOF},
		{"too large", read(`[{"AnnotationId": "a", "Text": "`+big+`"}]`, JSON, Options{MaxRecordBytes: 1000}, 1), "/0", CodeRecordTooLarge, ErrRecordTooLarge},
		{"failing reader", func() error {
			r, err := NewReader(iotest.ErrReader(errors.New("disk gone")), JSON, Options{})
			if err != nil {
				return err
			}
			_, err = r.Read()
			return err
		}(), "", CodeExportRead, nil},
		{"header without text", read("OHCHR Annotation Id\na\n", CSV, Options{}, 1), "", CodeHeaderMissing, nil},
		{"Read after Close", afterClose(), "", CodeReaderClosed, errClosed},
		{"Read of an unmade Reader", func() error { _, err := unmade.Read(); return err }(), "", CodeReaderUnmade, nil},
		{"Close of an unmade Reader", unmade.Close(), "", CodeReaderUnmade, nil},
		{"Import without a dataset", func() error {
			r, _ := NewReader(strings.NewReader("[]"), JSON, Options{})
			_, err := Import(nil, r, tracking.SystemIDGenerator())
			return err
		}(), "", CodeImportArguments, nil},
		{"Import of a used Reader", func() error {
			r, _ := NewReader(strings.NewReader("[]"), JSON, Options{})
			_, _ = r.Read()
			_, err := Import(ds, r, tracking.SystemIDGenerator())
			return err
		}(), "", CodeImportArguments, nil},
	}
	var all schema.Problems
	for _, tt := range tests {
		var ps schema.Problems
		if !errors.As(tt.err, &ps) {
			t.Errorf("%s: %T %v is not a schema.Problems", tt.name, tt.err, tt.err)
			continue
		}
		if len(ps) != 1 {
			t.Errorf("%s: %d problems, want 1: %v", tt.name, len(ps), ps)
			continue
		}
		p := ps[0]
		all = append(all, p)
		if p.Pointer != tt.pointer || p.Code != tt.code {
			t.Errorf("%s: %s at %q, want %s at %q", tt.name, p.Code, p.Pointer, tt.code, tt.pointer)
		}
		if p.Message == "" || strings.Contains(p.Message, "{") {
			t.Errorf("%s: message %q", tt.name, p.Message)
		}
		if tt.sentinel != nil && !errors.Is(tt.err, tt.sentinel) {
			t.Errorf("%s: %v does not match %v", tt.name, tt.err, tt.sentinel)
		}
	}
	checkMessages(t, all)
}
