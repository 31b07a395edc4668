package maturity

import (
	"math"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// checkMessages checks that the problems of this package among ps render
// from their keys and arguments alone, as their messages; the problems of
// the schema are checked by package schema.
func checkMessages(t *testing.T, ps schema.Problems) {
	t.Helper()
	en, _ := Messages("en")
	var ours schema.Problems
	for _, p := range ps {
		if !strings.HasPrefix(p.Code, "schema.") && !strings.HasPrefix(p.Code, "json.") {
			ours = append(ours, p)
		}
	}
	for _, e := range schematest.CheckRendering(en, ours) {
		t.Error(e)
	}
}

// TestMessageKeys checks that every message key the code builds has a
// template in messages/en.json, that every call gives the arguments its
// template names, and that every template is used.
func TestMessageKeys(t *testing.T) {
	sites, err := schematest.MessageSites(".", map[string]string{"add": "", "problem": ""})
	if err != nil {
		t.Fatal(err)
	}
	en, ok := Messages("en")
	if !ok {
		t.Fatal("no English catalogue")
	}
	// The keys built from values: the scored figures of a result and of
	// a dimension (scoredFigures), the scored flags, and the field rules
	// by their tags (fieldCode, fieldrule.Message).
	dynamic := []string{
		"result.inconsistent#resultIncomplete", "result.inconsistent#dimensionIncomplete",
		"result.inconsistent#resultUnscored", "result.inconsistent#dimensionUnscored",
		"result.inconsistent#dimensionScored", "result.inconsistent#dimensionNotScored",
		"result.inconsistent#overallScored", "result.inconsistent#overallNotScored",
		"value.invalid#required", "value.invalid#enum", "value.invalid#enumSuggest", "value.invalid#min", "value.invalid#max",
		"value.invalid#maxLength", "value.invalid#minItems", "value.format#url", "id.invalid#key",
		"weight.invalid#more", "weight.invalid#max", "rule.thresholds#items", "rule.thresholds#min",
		"rule.thresholds#max",
	}
	for _, e := range schematest.CheckSites(en, sites, dynamic) {
		t.Error(e)
	}
}

// TestMessagesMerge checks that the catalogues of the packages merge into
// one a host can render every problem with: no key has two templates.
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

// TestMessagesOfChecks renders the problems of checks that the other
// tests do not meet through wantProblem.
func TestMessagesOfChecks(t *testing.T) {
	var ps schema.Problems
	ps = append(ps, (*Framework)(nil).Check()...)
	ps = append(ps, (*Assessment)(nil).Check(nil)...)
	ps = append(ps, (*Result)(nil).Check()...)
	ps = append(ps, assessment(tinyFramework()).Check(nil)...)
	ps = append(ps, (&Facts{At: tracking.Year(2026), Values: []FactValue{{Fact: FactNetworks, Value: math.NaN()}}}).Check()...)
	fw := tinyFramework()
	fw.Sources = append(fw.Sources, Source{ID: "s", Title: tracking.En("Again")})
	fw.Dimensions[0].Weight = 0
	fw.Dimensions[1].Criteria[0].Rules = []Rule{{Fact: FactNetworks, Thresholds: []float64{4, 3, 2, 1}}}
	fw.Dimensions[1].Title = tracking.Text{"fr": "Dimension"}
	ps = append(ps, fw.Check()...)
	if len(ps) < 6 {
		t.Errorf("only %d problems: %v", len(ps), ps)
	}
	checkMessages(t, ps)
}

// TestTranslatedMessages checks that the catalogue of every language in
// messages/ has every key of messages/en.json, and no other, with the
// placeholders of the English template.
func TestTranslatedMessages(t *testing.T) {
	for _, e := range schematest.CheckTranslations(Messages) {
		t.Error(e)
	}
}
