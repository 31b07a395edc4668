package questionnaire

import (
	"errors"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// TestCodecErrorsAreProblems checks that every failure of Make and Read is
// a schema.Problems whose problems have a code, a pointer or location, and
// a message from the catalogue.
func TestCodecErrorsAreProblems(t *testing.T) {
	fw := maturity.DefaultFramework()
	meta := Assessment{State: "XFS", Date: tracking.Year(2026)}
	second := func(_ any, err error) error { return err }
	tests := []struct {
		name    string
		err     error
		pointer string
		code    string
		loc     schema.Location
	}{
		{"Make without a framework", second(Make(nil, Options{})), "", maturity.CodeFrameworkMissing, schema.Location{}},
		{"Make in an unknown language", second(Make(fw, Options{Language: "de"})), "/Language", CodeLanguage, schema.Location{}},
		{"Make for an unknown constituency", second(Make(fw, Options{Constituency: "press"})), "/Constituency", CodeConstituency, schema.Location{}},
		// The spreadsheet library fails on no framework met so far; what
		// Make returns when it does.
		{"Make failing to write", failedWrite(errors.New("zip: write error")), "", CodeWrite, schema.Location{}},
		{"Read without a framework", second(Read(nil, meta)), "", maturity.CodeFrameworkMissing, schema.Location{}},
		{"Read of no workbook", second(Read(fw, meta, File{Name: "a.xlsx", Data: []byte("not a workbook")})), "", CodeUnreadable, schema.Location{File: "a.xlsx"}},
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
		if p.Pointer != tt.pointer || p.Code != tt.code || p.Location != tt.loc {
			t.Errorf("%s: %s at %q %v, want %s at %q %v", tt.name, p.Code, p.Pointer, p.Location, tt.code, tt.pointer, tt.loc)
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

// TestMessageKeys checks that every message key the code builds has a
// template in messages/en.json, that every call gives the arguments its
// template names, and that every template is used.
func TestMessageKeys(t *testing.T) {
	sites, err := schematest.MessageSites(".", map[string]string{"problem": "", "report": ""})
	if err != nil {
		t.Fatal(err)
	}
	en, _ := Messages("en")
	// The keys of the codes of package maturity, which the sites name
	// by maturity's constants.
	dynamic := []string{
		maturity.CodeFrameworkMissing + "#make", maturity.CodeFrameworkMissing + "#read",
		maturity.CodeWrongFramework + "#questionnaire", maturity.CodeFrameworkVersion + "#questionnaire",
		maturity.CodeMustHaveNA + "#questionnaire", maturity.CodeNoLevel + "#questionnaire",
		maturity.CodeNoJustification + "#questionnaire", maturity.CodeEmptyEvidence + "#questionnaire",
		maturity.CodeInvalidFormat + "#questionnaire",
	}
	for _, e := range schematest.CheckSites(en, sites, dynamic) {
		t.Error(e)
	}
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
	for _, f := range []func(string) (schema.Catalogue, bool){schema.Messages, tracking.Messages, maturity.Messages, Messages} {
		c, _ := f("en")
		cs = append(cs, c)
	}
	if _, err := schema.MergeCatalogues(cs...); err != nil {
		t.Error(err)
	}
}
