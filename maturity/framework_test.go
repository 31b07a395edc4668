package maturity

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

func TestDefaultFrameworkValidatesAgainstItsSchema(t *testing.T) {
	if ps := schema.Validate(schema.KindFramework, DefaultFrameworkJSON()); len(ps) > 0 {
		t.Fatal(ps)
	}
	fw := DefaultFramework()
	if ps := fw.Check(); len(ps) > 0 {
		t.Fatal(ps)
	}
}

// Every criterion cites a source the framework lists and has all five
// level descriptors, in English at least (translation_test.go keeps every
// text complete in the six UN languages).
func TestDefaultFrameworkIsComplete(t *testing.T) {
	fw := DefaultFramework()
	langs := []string{"ar", "en", "es", "fr"}
	full := func(what string, tx tracking.Text) {
		t.Helper()
		for _, l := range langs {
			if strings.TrimSpace(tx[l]) == "" {
				t.Errorf("%s has no %s text", what, l)
			}
		}
	}
	full("the framework title", fw.Title)
	for _, l := range levelValues {
		full("the title of level "+string(l), fw.Levels.Get(l))
	}
	elements := map[string]bool{}
	n := 0
	for _, d := range fw.Dimensions {
		full("dimension "+d.ID, d.Title)
		for _, c := range d.Criteria {
			n++
			full("criterion "+c.ID, c.Title)
			if len(c.Sources) == 0 {
				t.Errorf("criterion %s cites no source", c.ID)
			}
			for _, s := range c.Sources {
				if fw.Source(s.Source) == nil {
					t.Errorf("criterion %s cites the unknown source %q", c.ID, s.Source)
				}
			}
			for _, l := range levelValues {
				if strings.TrimSpace(c.Levels.Get(l).Get("en")) == "" {
					t.Errorf("criterion %s has no English descriptor for level %s", c.ID, l)
				}
			}
			for _, tx := range []tracking.Text{c.Statement, c.Guidance} {
				if tx["en"] == "" {
					t.Errorf("criterion %s lacks its statement or guidance", c.ID)
				}
			}
			for _, e := range c.Elements {
				elements[e] = true
			}
		}
	}
	if len(fw.Dimensions) != 7 || n < 20 {
		t.Errorf("%d dimensions and %d criteria, want the 7 dimensions of the synthesis and at least 20 criteria", len(fw.Dimensions), n)
	}
	for i := 1; i <= 20; i++ {
		if e := fmt.Sprintf("E%d", i); !elements[e] {
			t.Errorf("no criterion draws on element %s", e)
		}
	}
	var must int
	for _, c := range fw.Criteria() {
		if c.MustHave {
			must++
		}
	}
	if must == 0 {
		t.Error("the default framework has no must-have criterion")
	}
}

// Every rule of the default framework reads a fact that the test dataset
// gives, so that no rule is dead.
func TestDefaultFrameworkRulesReadKnownFacts(t *testing.T) {
	_, fw, _, facts := fixture(t)
	for _, c := range fw.Criteria() {
		for _, r := range c.Rules {
			if _, ok := facts.Get(r.Fact); !ok {
				t.Errorf("criterion %s reads %s, which the test dataset does not give", c.ID, r.Fact)
			}
		}
	}
}

func TestDefaultFrameworkIsACopy(t *testing.T) {
	a := DefaultFramework()
	a.Dimensions[0].Criteria[0].Title["en"] = "changed"
	a.Dimensions[0].Criteria[0].Rules[0].Thresholds[0] = 99
	b := DefaultFramework()
	if b.Dimensions[0].Criteria[0].Title["en"] == "changed" || b.Dimensions[0].Criteria[0].Rules[0].Thresholds[0] == 99 {
		t.Error("changing one copy of the default framework changed the next")
	}
}

// frameworkJSON returns the tiny framework as JSON after edit changes its
// generic form.
func frameworkJSON(t *testing.T, edit func(m map[string]any)) []byte {
	t.Helper()
	data, err := json.Marshal(tinyFramework())
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(m)
	}
	data, err = json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func dim(m map[string]any, i int) map[string]any { return m["dimensions"].([]any)[i].(map[string]any) }

func criterionOf(m map[string]any, i, j int) map[string]any {
	return dim(m, i)["criteria"].([]any)[j].(map[string]any)
}

func TestLoadFramework(t *testing.T) {
	fw, err := LoadFramework(frameworkJSON(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	if len(fw.Criteria()) != 5 {
		t.Errorf("loaded %d criteria, want 5", len(fw.Criteria()))
	}
	tests := []struct {
		name    string
		data    []byte
		pointer string // "*" for any pointer
		code    string
	}{
		{"not JSON", []byte(`{"id": `), "/id", schema.CodeSyntax},
		{"empty", []byte(``), "", schema.CodeSyntax},
		{"invalid UTF-8", []byte("{\"id\": \"\xff\"}"), "/id", schema.CodeInvalidUTF8},
		{"duplicate key", []byte(`{"id": "a", "id": "b"}`), "/id", schema.CodeDuplicateKey},
		{"deeply nested", []byte(strings.Repeat("[", 100) + strings.Repeat("]", 100)), "*", schema.CodeTooDeep},
		{"unknown field", frameworkJSON(t, func(m map[string]any) { m["colour"] = "blue" }), "/colour", "schema.additionalProperties"},
		{"missing title", frameworkJSON(t, func(m map[string]any) { delete(m, "title") }), "/title", "schema.required"},
		{"wrong type", frameworkJSON(t, func(m map[string]any) { dim(m, 0)["weight"] = "heavy" }), "/dimensions/0/weight", "schema.type"},
		{"weight zero", frameworkJSON(t, func(m map[string]any) { criterionOf(m, 0, 0)["weight"] = 0 }), "/dimensions/0/criteria/0/weight", "schema.exclusiveMinimum"},
		{"wrong schema version", frameworkJSON(t, func(m map[string]any) { m["schemaVersion"] = "0.9" }), "/schemaVersion", "schema.enum"},
		{"no source cited", frameworkJSON(t, func(m map[string]any) { criterionOf(m, 0, 1)["sources"] = []any{} }), "/dimensions/0/criteria/1/sources", "schema.minItems"},
		{"missing descriptor", frameworkJSON(t, func(m map[string]any) { delete(criterionOf(m, 1, 0)["levels"].(map[string]any), "emerging") }), "/dimensions/1/criteria/0/levels/emerging", "schema.required"},
		{"bad language tag", frameworkJSON(t, func(m map[string]any) { m["title"] = map[string]any{"English": "x"} }), "/title/English", "schema.additionalProperties"},
		{"duplicate criterion", frameworkJSON(t, func(m map[string]any) { criterionOf(m, 1, 2)["id"] = "a1" }), "/dimensions/1/criteria/2/id", CodeDuplicateID},
		{"duplicate dimension", frameworkJSON(t, func(m map[string]any) { dim(m, 1)["id"] = "A" }), "/dimensions/1/id", CodeDuplicateID},
		{"unknown source", frameworkJSON(t, func(m map[string]any) {
			criterionOf(m, 0, 0)["sources"] = []any{map[string]any{"source": "s"}, map[string]any{"source": "nowhere"}}
		}), "/dimensions/0/criteria/0/sources/1/source", CodeUnknownSource},
		{"unused source", frameworkJSON(t, func(m map[string]any) {
			m["sources"] = append(m["sources"].([]any), map[string]any{"id": "t", "title": map[string]any{"en": "Uncited"}})
		}), "/sources/1", CodeUnusedSource},
		{"three thresholds", frameworkJSON(t, func(m map[string]any) {
			criterionOf(m, 0, 0)["rules"] = []any{map[string]any{"fact": "networks", "thresholds": []any{1, 2, 3}}}
		}), "/dimensions/0/criteria/0/rules/0/thresholds", "schema.minItems"},
		{"thresholds out of order", frameworkJSON(t, func(m map[string]any) {
			criterionOf(m, 0, 0)["rules"] = []any{map[string]any{"fact": "networks", "thresholds": []any{1, 3, 2, 4}}}
		}), "/dimensions/0/criteria/0/rules/0/thresholds", CodeThresholds},
		{"falling thresholds not marked", frameworkJSON(t, func(m map[string]any) {
			criterionOf(m, 0, 0)["rules"] = []any{map[string]any{"fact": "obligations_overdue", "thresholds": []any{3, 2, 1, 0}}}
		}), "/dimensions/0/criteria/0/rules/0/thresholds", CodeThresholds},
		{"unknown fact", frameworkJSON(t, func(m map[string]any) {
			criterionOf(m, 0, 0)["rules"] = []any{map[string]any{"fact": "happiness", "thresholds": []any{1, 2, 3, 4}}}
		}), "/dimensions/0/criteria/0/rules/0/fact", "schema.enum"},
		{"bad date", frameworkJSON(t, func(m map[string]any) { m["sources"].([]any)[0].(map[string]any)["date"] = "2025-02-30" }), "/sources/0/date", "schema.pattern"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fw, err := LoadFramework(tt.data)
			if fw != nil || err == nil {
				t.Fatal("loaded an invalid framework")
			}
			ps := wantProblem(t, err, tt.pointer, tt.code)
			if !slices.IsSortedFunc(ps, schema.Compare) {
				t.Errorf("problems are not sorted: %v", ps)
			}
		})
	}
}

// Every problem is reported, not only the first.
func TestLoadFrameworkReportsEveryProblem(t *testing.T) {
	data := frameworkJSON(t, func(m map[string]any) {
		criterionOf(m, 1, 2)["id"] = "a1"
		criterionOf(m, 0, 0)["sources"] = []any{map[string]any{"source": "nowhere"}}
		criterionOf(m, 0, 1)["rules"] = []any{map[string]any{"fact": "networks", "thresholds": []any{4, 3, 2, 1}}}
	})
	_, err := LoadFramework(data)
	var ps schema.Problems
	if !errors.As(err, &ps) || len(ps) != 3 {
		t.Errorf("problems = %v", err)
	}
}

// elementSources are the sources of each candidate element (E1 to E20) of
// the guidance that the default framework synthesises, as the table of
// elements behind it lists them: a criterion may cite only the sources of
// the elements it draws on.
var elementSources = map[string][]string{
	"E1":  {"ohchr-gateway", "glion-x-prep", "paraguay-decree-4368"},
	"E2":  {"ohchr-study-2016", "pacific-principles"},
	"E3":  {"ohchr-tb-definition", "urg"},
	"E4":  {"glion-x-prep", "asuncion-2024", "practice-portugal"},
	"E5":  {"urg", "glion-xi-prep"},
	"E6":  {"ohchr-guide-2016", "practice-portugal", "simore", "paraguay-decree-4368"},
	"E7":  {"ohchr-study-2016"},
	"E8":  {"glion-x-prep", "practice-portugal", "practice-belgium"},
	"E9":  {"glion-x-prep", "simore"},
	"E10": {"ohchr-guide-2016"},
	"E11": {"glion-x-prep", "nrtd"},
	"E12": {"nrtd", "glion-xi-prep", "impact-oss"},
	"E13": {"ohchr-guide-2016", "asuncion-2024", "practice-portugal"},
	"E14": {"ohchr-guide-2016", "nrtd", "simore", "impact-oss"},
	"E15": {"glion-x-prep", "hrc-res-36-29"},
	"E16": {"simore", "impact-oss"},
	"E17": {"ohchr-study-2016"},
	"E18": {"urg", "glion-x-prep"},
	"E19": {"asuncion-2024", "practice-belgium"},
	"E20": {"marrakech-declaration-2022", "asuncion-2024"},
}

// domainSources are the sources the domain notes name beside the table of
// elements, for the elements they bear on: OHCHR's report A/HRC/50/64,
// whose first theme is institutional set-up and mandate (E1, E2), and the
// Human Rights Council's resolutions on international cooperation for
// national follow-up systems and mechanisms (E20).
var domainSources = map[string][]string{
	"E1":  {"ohchr-report-2022"},
	"E2":  {"ohchr-report-2022"},
	"E20": {"hrc-res-30-25", "hrc-res-42-30", "hrc-res-51-33"},
}

// sourceDates are the dates of the sources: those the domain notes give,
// made precise where the document itself says (the resolutions' dates of
// adoption, the Pacific Regional NMIRF Dialogue of April 2019, the last
// day of the Marrakech seminar, the day the Asunción Declaration was
// adopted); the others have none, and so none in the framework.
var sourceDates = map[string]string{
	"ohchr-guide-2016": "2016", "ohchr-study-2016": "2016", "glion-x-prep": "2024", "marrakech-declaration-2022": "2022-12-08",
	"asuncion-2024": "2024-05-09", "hrc-res-36-29": "2017-09-29", "paraguay-decree-4368": "2015", "pacific-principles": "2019-04",
	"hrc-res-30-25": "2015-10-02", "hrc-res-42-30": "2019", "hrc-res-51-33": "2022", "ohchr-report-2022": "2022",
}

// Every citation of the default framework is traceable to the table of
// elements: the source belongs to an element the criterion draws on, and a
// source's date is the one the table gives. Technical cooperation used to
// cite resolution 36/29, which the table does not give for element E20,
// and the Pacific Principles had a date the table does not give.
func TestDefaultFrameworkCitationsAreTraceable(t *testing.T) {
	fw := DefaultFramework()
	for _, c := range fw.Criteria() {
		for _, cit := range c.Sources {
			ok := false
			for _, e := range c.Elements {
				ok = ok || slices.Contains(elementSources[e], cit.Source) || slices.Contains(domainSources[e], cit.Source)
			}
			if !ok {
				t.Errorf("criterion %s (elements %v) cites %s, a source of none of its elements", c.ID, c.Elements, cit.Source)
			}
		}
	}
	for _, s := range fw.Sources {
		if got := s.Date.String(); got != sourceDates[s.ID] {
			t.Errorf("source %s is dated %q; the domain notes give %q", s.ID, got, sourceDates[s.ID])
		}
	}
}
