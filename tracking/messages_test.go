package tracking_test

import (
	"testing"

	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/tracking"
)

// TestMessageKeys checks that every message key the code builds has a
// template in messages/en.json, that every call gives the arguments its
// template names, and that every template is used. TestValidateRules
// renders the problems it meets from their keys and arguments.
func TestMessageKeys(t *testing.T) {
	sites, err := schematest.MessageSites(".", map[string]string{"add": "", "problem": ""})
	if err != nil {
		t.Fatal(err)
	}
	en, ok := tracking.Messages("en")
	if !ok {
		t.Fatal("no English catalogue")
	}
	// The keys built from values: dates out of order (checker.order), an
	// unknown reference by the kind of record it should name, and the
	// field rules by their tags (see fieldrule.Message).
	dynamic := []string{
		"date.order#positionDate", "date.order#actionEnd", "date.order#targetDate", "date.order#periodEnd",
		"date.order#due", "date.order#submitted", "date.order#validated", "date.order#assessmentDate",
		"reference.unknown#entity", "reference.unknown#recommendation", "reference.unknown#cluster",
		"reference.unknown#action", "reference.unknown#indicator", "reference.unknown#obligation",
		"field.required", "field.enum", "field.enum#enumSuggest", "field.date", "field.range#min", "field.range#minItems",
		"field.range#max", "field.format#url", "field.format#email", "field.format#currency",
		"field.text#empty", "field.text#missing", "field.languageTag",
		"list.repeated#sdgGoal", "list.repeated#sdgTarget", // repeatedAs
	}
	for _, e := range schematest.CheckSites(en, sites, dynamic) {
		t.Error(e)
	}
}

// TestTranslatedMessages checks that the catalogue of every language in
// messages/ has every key of messages/en.json, and no other, with the
// placeholders of the English template.
func TestTranslatedMessages(t *testing.T) {
	for _, e := range schematest.CheckTranslations(tracking.Messages) {
		t.Error(e)
	}
}
