package uhri

import (
	"testing"

	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// checkMessages checks that ps render from their keys and arguments alone,
// as their messages.
func checkMessages(t *testing.T, ps schema.Problems) {
	t.Helper()
	en, _ := Messages("en")
	for _, e := range schematest.CheckRendering(en, ps) {
		t.Error(e)
	}
}

// checkWarnings checks the messages of warnings (see checkMessages).
func checkWarnings(t *testing.T, ws []Warning) {
	t.Helper()
	ps := make(schema.Problems, len(ws))
	for i, w := range ws {
		ps[i] = w.Problem
	}
	checkMessages(t, ps)
}

// TestMessageKeys checks that every message key the code builds has a
// template in messages/en.json, that every call gives the arguments its
// template names, and that every template is used. The readers of the
// other tests render every warning and error they meet.
func TestMessageKeys(t *testing.T) {
	sites, err := schematest.MessageSites(".", map[string]string{
		"fail": "", "warn": "", "warning": "", "add": "", "problem": "",
	})
	if err != nil {
		t.Fatal(err)
	}
	en, ok := Messages("en")
	if !ok {
		t.Fatal("no English catalogue")
	}
	// The keys built from values: the dates that cannot be read
	// (parseDate), a date after the latest (normalizer.date) and a CSV
	// row that cannot be read.
	dynamic := []string{
		CodeDateInvalid + "#excelRange", CodeDateInvalid + "#notDate", CodeDateInvalid + "#notCalendar",
		CodeDateAmbiguous, CodeDateImplausible + "#exportDate", CodeDateImplausible + "#late",
		SkipRowSyntax + "#csv", SkipRowSyntax + "#csvLine", SkipRowSyntax + "#csvLines",
	}
	for _, e := range schematest.CheckSites(en, sites, dynamic) {
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

// TestTranslatedMessages checks that the catalogue of every language in
// messages/ has every key of messages/en.json, and no other, with the
// placeholders of the English template.
func TestTranslatedMessages(t *testing.T) {
	for _, e := range schematest.CheckTranslations(Messages) {
		t.Error(e)
	}
}
