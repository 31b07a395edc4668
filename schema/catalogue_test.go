package schema_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
)

// english returns the package's English catalogue.
func english(t *testing.T) schema.Catalogue {
	t.Helper()
	c, ok := schema.Messages("en")
	if !ok {
		t.Fatal("no English catalogue")
	}
	return c
}

// TestCatalogueKeys checks that every message key the code builds has a
// template in messages/en.json, that every call gives the arguments its
// template names, and that every template is used.
func TestCatalogueKeys(t *testing.T) {
	sites, err := schematest.MessageSites(".", map[string]string{
		"problem": "", "add": "", "fail": schema.CodeSyntax,
	})
	if err != nil {
		t.Fatal(err)
	}
	// Keys that the code builds from values: the variants of a parser's
	// unexpected byte, of invalid UTF-8, and of the schema keywords.
	dynamic := []string{
		"json.syntax#value", "json.syntax#valueEnd", "json.syntax#key", "json.syntax#keyEnd",
		"json.syntax#colon", "json.syntax#colonEnd", "json.syntax#objectNext", "json.syntax#arrayNext",
		"json.invalidUTF8#string", "json.invalidUTF8#key",
		"schema.additionalProperties", "schema.additionalProperties#languageTag",
		"schema.propertyNames", "schema.propertyNames#languageTag",
		"schema.type", "schema.enum", "schema.enum#codelist", "schema.enum#many", "schema.const",
		"schema.enum#suggest", "schema.enum#manySuggest", "schema.enum#codelistSuggest",
		"schema.enum#codelistAllowed", "schema.enum#codelistAllowedSuggest",
		"schema.type#integer", "schema.type#integerString", "schema.type#text", "schema.type#textValue",
		"schema.type#numberString", "schema.type#booleanString", "schema.additionalProperties#suggest",
		"schema.pattern", "schema.pattern#date", "schema.pattern#id", "schema.pattern#key",
		"schema.pattern#url", "schema.pattern#email", "schema.not#nilID", "schema.not#description",
		"schema.minLength", "schema.minLength#text", "schema.minLength#empty", "schema.maxLength",
		"schema.minProperties", "schema.minProperties#text", "schema.minItems", "schema.maxItems",
		"schema.minimum", "schema.maximum", "schema.exclusiveMinimum", "schema.exclusiveMaximum",
	}
	// The keywords that no schema of the standard uses yet keep the
	// validator's message, as the variant "other".
	for _, k := range english(t).Keys() {
		if strings.HasSuffix(k, "#other") {
			dynamic = append(dynamic, k)
		}
	}
	for _, e := range schematest.CheckSites(english(t), sites, dynamic) {
		t.Error(e)
	}
}

// TestCatalogueRendering checks that the English catalogue renders every
// problem of the corpus, and of documents that fail in other ways, as its
// message, from its key and arguments alone.
func TestCatalogueRendering(t *testing.T) {
	v := schema.DefaultValidator()
	var ps schema.Problems
	for _, c := range loadCorpus(t) {
		ps = append(ps, goProblems(v, c)...)
	}
	for _, doc := range []string{
		"", "\ufeff{}", "{} x", `{"a": tru}`, `{"a" 1}`, `{"a": 1 x`, `[1 x`, `{"a": 1`, `[1`, `{"a`,
		`{"a": "\q"}`, `{"a": "\u12"}`, `{"a": "\ud800"}`, "{\"a\": \"\x01\"}", `{"a": -}`, `{"a": 1.}`,
		`{"a": 1e}`, `{"a": 1e999}`, `{1: 2}`, `[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[`,
	} {
		ps = append(ps, v.Validate(schema.KindDataset, []byte(doc))...)
	}
	ps = append(ps, v.Validate("nothing", nil)...)
	var x struct{ A int }
	ps = append(ps, schema.DecodeProblems(jsonErr(`{"A": "x"}`, &x))...)
	ps = append(ps, schema.DecodeProblems(jsonErr(`{"B": 1}`, &x))...)
	for _, e := range schematest.CheckRendering(english(t), ps) {
		t.Error(e)
	}
}

// TestParseCatalogue checks the catalogues that cannot be read.
func TestParseCatalogue(t *testing.T) {
	for _, data := range []string{`[]`, `{"a": 1}`, `{"": "x"}`, `{"a": "{b"}`, `{"a": "b}"}`} {
		if _, err := schema.ParseCatalogue("en", []byte(data)); err == nil {
			t.Errorf("%s: no error", data)
		}
	}
	c, err := schema.ParseCatalogue("en", []byte(`{"a": "{{{x}}} {y} {x}"}`))
	if err != nil {
		t.Fatal(err)
	}
	tmpl, _ := c.Template("a")
	if got := fmt.Sprint(schema.Placeholders(tmpl)); got != "[x y]" {
		t.Errorf("placeholders %s", got)
	}
	if p := c.Problem("/b", "b", "", schema.Args{"n": "1"}); p.Message != "b n=1" || p.MessageKey() != "b" {
		t.Errorf("a problem without a template: %+v", p)
	}
	if _, err := schema.MergeCatalogues(c, schema.Catalogue{}); err != nil {
		t.Error(err)
	}
	other, _ := schema.ParseCatalogue("en", []byte(`{"a": "other"}`))
	if _, err := schema.MergeCatalogues(c, other); err == nil {
		t.Error("merged two templates of one key")
	}
}

func ExampleCatalogue_Render() {
	en, _ := schema.ParseCatalogue("en", []byte(`{
  "answer.level": "the level {level} is not one of {allowed}",
  "answer.level#missing": "an answer needs a level"
}`))
	fr, _ := schema.ParseCatalogue("fr", []byte(`{
  "answer.level": "le niveau {level} n'est pas l'un de {allowed}",
  "answer.level#missing": "une réponse doit donner un niveau"
}`))
	p := en.Problem("/answers/0/level", "answer.level", "", schema.Args{"level": "5", "allowed": "1, 2, 3, 4"})
	fmt.Println(p)
	msg, _ := fr.Render(p)
	fmt.Println(msg)
	p = en.Problem("/answers/1", "answer.level", "missing", nil)
	fmt.Println(p.MessageKey())
	msg, _ = fr.Render(p)
	fmt.Println(msg)
	// Output:
	// /answers/0/level: the level 5 is not one of 1, 2, 3, 4 [answer.level]
	// le niveau 5 n'est pas l'un de 1, 2, 3, 4
	// answer.level#missing
	// une réponse doit donner un niveau
}

// jsonErr returns the error of encoding/json decoding data into v.
func jsonErr(data string, v any) error {
	dec := json.NewDecoder(strings.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(v)
}

// TestTranslatedMessages checks that the catalogue of every language in
// messages/ has every key of messages/en.json, and no other, with the
// placeholders of the English template.
func TestTranslatedMessages(t *testing.T) {
	for _, e := range schematest.CheckTranslations(schema.Messages) {
		t.Error(e)
	}
}
