package maturity

import (
	"encoding/json"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

func codes(t *testing.T, list string) []string {
	t.Helper()
	cs, err := schema.Codelist(list)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range cs {
		out = append(out, c.Code)
	}
	return out
}

func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// The Go enumerations, the codelists and the schemas' enums agree.
func TestEnumsMatchCodelistsAndSchemas(t *testing.T) {
	tests := []struct {
		list   string
		values []string
	}{
		{"maturity-level", strs(Level("").Values())},
		{"consolidation-method", strs(Method("").Values())},
		{"maturity-confidence", strs(Confidence("").Values())},
		{"criterion-status", strs(Status("").Values())},
		{"maturity-fact", strs(Fact("").Values())},
	}
	for _, tt := range tests {
		if got := codes(t, tt.list); !slices.Equal(got, tt.values) {
			t.Errorf("codelist %s = %v, Go values %v", tt.list, got, tt.values)
		}
	}
	defs := func(k schema.Kind) map[string]any {
		data, err := fs.ReadFile(schema.FS(), k.File())
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		return m["$defs"].(map[string]any)
	}
	enum := func(m map[string]any, path ...string) []string {
		var v any = m
		for _, p := range path {
			v = v.(map[string]any)[p]
		}
		var out []string
		for _, e := range v.(map[string]any)["enum"].([]any) {
			out = append(out, e.(string))
		}
		return out
	}
	for _, k := range []schema.Kind{schema.KindFramework, schema.KindAssessment, schema.KindResult} {
		d := defs(k)
		if got := enum(d, "maturity-level"); !slices.Equal(got, strs(levelValues)) {
			t.Errorf("%s level enum = %v", k, got)
		}
		if got := enum(d, "maturity-fact"); !slices.Equal(got, strs(factValues)) {
			t.Errorf("%s fact enum = %v", k, got)
		}
	}
	a := defs(schema.KindAssessment)
	if got := enum(a, "record-kind"); !slices.Equal(got, strs(tracking.RecordKind("").Values())) {
		t.Errorf("record kinds = %v", got)
	}
	r := defs(schema.KindResult)
	if got := enum(r, "criterion-status"); !slices.Equal(got, strs(statusValues)) {
		t.Errorf("statuses = %v", got)
	}
	if got := enum(r, "maturity-confidence"); !slices.Equal(got, strs(confidenceValues)) {
		t.Errorf("confidences = %v", got)
	}
	if got := enum(r, "consolidation-method"); !slices.Equal(got, strs(methodValues)) {
		t.Errorf("methods = %v", got)
	}
}

func TestSchemaIDs(t *testing.T) {
	for _, k := range []schema.Kind{schema.KindFramework, schema.KindAssessment, schema.KindResult} {
		data, err := fs.ReadFile(schema.FS(), k.File())
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		if m["$id"] != schema.BaseURL+string(k)+".schema.json" || m["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
			t.Errorf("%s: $id %v, $schema %v", k, m["$id"], m["$schema"])
		}
		checkSchemaObjects(t, string(k), m)
	}
}

// checkSchemaObjects checks that every object schema forbids unknown
// properties and that every property has a description. The schemas under
// "not" state rules about properties described elsewhere (a level or "not
// applicable", not both); they are no object schemas of their own, and
// forbidding other properties there would change the rule.
func checkSchemaObjects(t *testing.T, at string, v any) {
	switch v := v.(type) {
	case map[string]any:
		if props, ok := v["properties"].(map[string]any); ok {
			if v["additionalProperties"] != false {
				t.Errorf("%s: additionalProperties is not false", at)
			}
			for name, p := range props {
				if d, _ := p.(map[string]any)["description"].(string); d == "" {
					t.Errorf("%s/%s: no description", at, name)
				}
			}
		}
		for k, c := range v {
			if k != "not" {
				checkSchemaObjects(t, at+"/"+k, c)
			}
		}
	case []any:
		for _, c := range v {
			checkSchemaObjects(t, at, c)
		}
	}
}

func TestEnumText(t *testing.T) {
	var l Level
	if err := l.UnmarshalText([]byte("established")); err != nil || l != LevelEstablished || l.Rank() != 3 {
		t.Errorf("UnmarshalText(established) = %v %v", l, err)
	}
	if err := l.UnmarshalText([]byte("3")); err == nil {
		t.Error("accepted the level 3 written as a number")
	}
	if _, err := Level("").MarshalText(); err == nil {
		t.Error("wrote the empty level")
	}
	if LevelOf(-1) != LevelAbsent || LevelOf(9) != LevelAdvanced {
		t.Error("LevelOf does not clamp")
	}
	if n, ok := LevelAdvanced.Next(); ok || n != "" {
		t.Error("advanced has a next level")
	}
	if LevelEmerging.Title() != "Emerging" || FactNetworks.Title() != "Networks" || MethodMedian.Title() != "Median" {
		t.Error("titles do not come from the codelists")
	}
	var f Fact
	if err := f.UnmarshalText([]byte("happiness")); err == nil {
		t.Error("accepted an unknown fact")
	}
	var m Method
	if err := m.UnmarshalText([]byte("mode")); err == nil {
		t.Error("accepted an unknown method")
	}
	var c Confidence
	if err := c.UnmarshalText([]byte("certain")); err == nil {
		t.Error("accepted an unknown confidence")
	}
	var s Status
	if err := s.UnmarshalText([]byte("skipped")); err == nil {
		t.Error("accepted an unknown status")
	}
	if ConfidenceHigh.Weight() != 1 || ConfidenceMedium.Weight() != 0.5 || ConfidenceLow.Weight() != 0 {
		t.Error("confidence weights")
	}
}

// validKey agrees with the pattern of the schemas' definition "key" and
// with its length.
func TestValidKeyMatchesSchema(t *testing.T) {
	data, err := fs.ReadFile(schema.FS(), schema.KindFramework.File())
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Defs struct {
			Key struct {
				Pattern   string `json:"pattern"`
				MaxLength int    `json:"maxLength"`
			} `json:"key"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(doc.Defs.Key.Pattern)
	for _, s := range []string{"", "a", "A1", "1", "a.b_c-d", "-a", ".a", "_a", "a b", "é", "a/b", "a\n", strings.Repeat("k", 100), strings.Repeat("k", 101)} {
		want := re.MatchString(s) && len([]rune(s)) <= doc.Defs.Key.MaxLength
		if got := validKey(s); got != want {
			t.Errorf("validKey(%q) = %v, the schema says %v", s, got, want)
		}
	}
	for c := range 128 {
		s := "a" + string(rune(c))
		if got, want := validKey(s), re.MatchString(s); got != want {
			t.Errorf("validKey(%q) = %v, the schema says %v", s, got, want)
		}
	}
}
