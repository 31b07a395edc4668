package workbook

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// failingWriter fails every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestCodecErrorsAreProblems checks that every failure of the readers and
// writers of the package is a schema.Problems whose problems have a code,
// a pointer or location, and a message from the catalogue.
func TestCodecErrorsAreProblems(t *testing.T) {
	ds := tracking.NewDataset("FRA", tracking.Date(2026, 6, 30), tracking.En("Ministry"))
	at := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	m, err := NewMatrix(ds, MatrixOptions{At: at})
	if err != nil {
		t.Fatal(err)
	}
	var nilMatrix *Matrix
	second := func(_ any, err error) error { return err }
	third := func(_ *tracking.Dataset, _ schema.Problems, err error) error { return err }
	tests := []struct {
		name    string
		err     error
		pointer string
		code    string
		loc     schema.Location
	}{
		{"Export of nil", second(Export(nil, Options{})), "", CodeArguments, schema.Location{}},
		{"Export in an unknown language", second(Export(ds, Options{Language: "xx"})), "/Language", CodeArguments, schema.Location{}},
		{"Export for an unknown entity", second(Export(ds, Options{Entity: tracking.MustParseID("01900000-0000-7000-8000-000000000009")})), "/Entity", CodeArguments, schema.Location{}},
		{"Write to nil", Write(nil, ds, Options{}), "", CodeArguments, schema.Location{}},
		{"Write of nil", Write(io.Discard, nil, Options{}), "", CodeArguments, schema.Location{}},
		{"Write failing", Write(failingWriter{}, ds, Options{}), "", CodeWrite, schema.Location{}},
		{"Read from nil", second(Read(nil, "a.xlsx", Limits{})), "", CodeArguments, schema.Location{File: "a.xlsx"}},
		{"Read failing", second(Read(iotest.ErrReader(errors.New("disk gone")), "a.xlsx", Limits{})), "", CodeRead, schema.Location{File: "a.xlsx"}},
		{"Read of no workbook", second(Read(strings.NewReader("not a workbook"), "a.xlsx", Limits{})), "", CodeUnreadable, schema.Location{File: "a.xlsx"}},
		{"Read too large", second(Read(strings.NewReader("0123456789"), "a.xlsx", Limits{MaxBytes: 4})), "", CodeUnreadable, schema.Location{File: "a.xlsx"}},
		{"Import of a nil book", third(Import(ds, tracking.SystemIDGenerator(), nil)), "", CodeArguments, schema.Location{}},
		{"NewMatrix of nil", second(NewMatrix(nil, MatrixOptions{At: at})), "", CodeArguments, schema.Location{}},
		{"NewMatrix without a date", second(NewMatrix(ds, MatrixOptions{})), "/At", CodeArguments, schema.Location{}},
		{"WriteCSV to nil", m.WriteCSV(nil), "", CodeArguments, schema.Location{}},
		{"WriteMarkdown to nil", m.WriteMarkdown(nil), "", CodeArguments, schema.Location{}},
		{"WriteXLSX to nil", m.WriteXLSX(nil, false), "", CodeArguments, schema.Location{}},
		{"WriteCSV of nil", nilMatrix.WriteCSV(io.Discard), "", CodeArguments, schema.Location{}},
		{"WriteMarkdown of nil", nilMatrix.WriteMarkdown(io.Discard), "", CodeArguments, schema.Location{}},
		{"WriteXLSX of nil", nilMatrix.WriteXLSX(io.Discard, true), "", CodeArguments, schema.Location{}},
		{"WriteCSV failing", m.WriteCSV(failingWriter{}), "", CodeWrite, schema.Location{}},
		{"WriteMarkdown failing", m.WriteMarkdown(failingWriter{}), "", CodeWrite, schema.Location{}},
		{"WriteXLSX failing", m.WriteXLSX(failingWriter{}, false), "", CodeWrite, schema.Location{}},
		{"corrupt archive", unreadableAt("a.xlsx", schema.Problems{problem("", CodeUnreadable, "archive", schema.Args{"error": "zip: not a valid zip file"})}), "", CodeUnreadable, schema.Location{File: "a.xlsx"}},
		// A sheet the spreadsheet library panics on (here, of no file at
		// all), recovered.
		{"corrupt sheet", unreadableAt("a.xlsx", eachRow(nil, "Actions", func(readRow) {})), "", CodeUnreadable, schema.Location{File: "a.xlsx", Sheet: "Actions"}},
		{"an error of the spreadsheet library", unreadableAt("a.xlsx", errors.New("XML syntax error")), "", CodeUnreadable, schema.Location{File: "a.xlsx"}},
		{"an ID generator failing", errIDGenerator(t, ds), "", CodeIDGenerator, schema.Location{}},
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
		if tt.code == CodeIDGenerator {
			tt.loc = schema.Location{File: "plan.xlsx", Sheet: "Actions", Cell: "A2"}
		}
		if p.Location != tt.loc {
			t.Errorf("%s: location %v, want %v", tt.name, p.Location, tt.loc)
		}
		if p.Message == "" || strings.Contains(p.Message, "{") {
			t.Errorf("%s: message %q", tt.name, p.Message)
		}
	}
	en, _ := Messages("en")
	for _, e := range schematest.CheckRendering(en, all) {
		t.Error(e)
	}
}

// failingGenerator is an ID generator that fails.
type failingGenerator struct{}

func (failingGenerator) NewID() (tracking.ID, error) { return tracking.ID{}, errors.New("no entropy") }

// errIDGenerator returns the error of Import of a workbook with a new row
// (a row without an ID) when the ID generator fails.
func errIDGenerator(t *testing.T, ds *tracking.Dataset) error {
	t.Helper()
	var file bytes.Buffer
	if err := Write(&file, ds, Options{Language: "en"}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&file)
	if err != nil {
		t.Fatal(err)
	}
	_ = f.SetSheetRow("Actions", "B2", &[]any{"A-01", "Draft the bill"})
	var edited bytes.Buffer
	if _, err := f.WriteTo(&edited); err != nil {
		t.Fatal(err)
	}
	book, err := Read(&edited, "plan.xlsx", Limits{})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = Import(ds, failingGenerator{}, book)
	return err
}

// TestTranslatedMessages checks that the catalogue of every language in
// messages/ has every key of messages/en.json, and no other, with the
// placeholders of the English template.
func TestTranslatedMessages(t *testing.T) {
	for _, e := range schematest.CheckTranslations(Messages) {
		t.Error(e)
	}
}

// TestMessagesMerge checks that the catalogues of this package and of the
// packages it reports with merge into one: no key has two templates.
func TestMessagesMerge(t *testing.T) {
	var cs []schema.Catalogue
	for _, f := range []func(string) (schema.Catalogue, bool){schema.Messages, tracking.Messages, Messages} {
		c, _ := f("en")
		cs = append(cs, c)
	}
	if _, err := schema.MergeCatalogues(cs...); err != nil {
		t.Error(err)
	}
}

// TestMessageKeys checks that every message key the code builds has a
// template in messages/en.json, that every call gives the arguments its
// template names, and that every template is used.
func TestMessageKeys(t *testing.T) {
	sites, err := schematest.MessageSites(".", map[string]string{"problem": ""})
	if err != nil {
		t.Fatal(err)
	}
	en, _ := Messages("en")
	// The keys that merger.report builds (its code, variant and arguments
	// stand before the record it names), and tracking's code of an unknown
	// reference.
	dynamic := []string{
		CodeInvalidKey, CodeRepeatedKey, CodeUnknownField, CodeUnknownField + "#unset",
		CodeUnknownRef + "#workbook",
	}
	for _, e := range schematest.CheckSites(en, sites, dynamic) {
		t.Error(e)
	}
}
