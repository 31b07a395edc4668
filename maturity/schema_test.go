package maturity

import (
	"encoding/json"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/schema"
)

// jsonFields returns the JSON names of a struct's fields, and those
// without omitzero or omitempty, which a document must have. Embedded
// structs contribute their fields, as encoding/json flattens them.
func jsonFields(t reflect.Type) (all, required []string) {
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if f.Anonymous {
			a, r := jsonFields(f.Type)
			all, required = append(all, a...), append(required, r...)
			continue
		}
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		all = append(all, name)
		if !strings.Contains(opts, "omitzero") && !strings.Contains(opts, "omitempty") {
			required = append(required, name)
		}
	}
	slices.Sort(all)
	slices.Sort(required)
	return all, required
}

// The schemas list exactly the Go fields as properties, and require
// exactly those without omitzero.
func TestSchemasMatchGoTypes(t *testing.T) {
	load := func(k schema.Kind) map[string]any {
		data, err := fs.ReadFile(schema.FS(), k.File())
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	docs := map[schema.Kind]map[string]any{}
	for _, k := range []schema.Kind{schema.KindFramework, schema.KindAssessment, schema.KindResult} {
		docs[k] = load(k)
	}
	tests := []struct {
		kind schema.Kind
		def  string // "" for the document itself
		v    any
	}{
		{schema.KindFramework, "", Framework{}},
		{schema.KindFramework, "source", Source{}},
		{schema.KindFramework, "dimension", Dimension{}},
		{schema.KindFramework, "criterion", Criterion{}},
		{schema.KindFramework, "citation", Citation{}},
		{schema.KindFramework, "descriptors", Descriptors{}},
		{schema.KindFramework, "rule", Rule{}},
		{schema.KindFramework, "frameworkRef", FrameworkRef{}},
		{schema.KindAssessment, "", Assessment{}},
		{schema.KindAssessment, "respondent", Respondent{}},
		{schema.KindAssessment, "answer", Answer{}},
		{schema.KindAssessment, "evidence", Evidence{}},
		{schema.KindAssessment, "recordRef", RecordRef{}},
		{schema.KindResult, "", Result{}},
		{schema.KindResult, "overall", Overall{}},
		{schema.KindResult, "counts", Counts{}},
		{schema.KindResult, "dimension", DimensionResult{}},
		{schema.KindResult, "criterion", CriterionResult{}},
		{schema.KindResult, "ruleResult", RuleResult{}},
		{schema.KindResult, "step", Step{}},
		{schema.KindResult, "facts", Facts{}},
		{schema.KindResult, "factValue", FactValue{}},
		{schema.KindResult, "descriptors", Descriptors{}},
	}
	for _, tt := range tests {
		s := docs[tt.kind]
		if tt.def != "" {
			s = s["$defs"].(map[string]any)[tt.def].(map[string]any)
		}
		var props, req []string
		for p := range s["properties"].(map[string]any) {
			props = append(props, p)
		}
		if r, ok := s["required"].([]any); ok {
			for _, x := range r {
				req = append(req, x.(string))
			}
		}
		slices.Sort(props)
		slices.Sort(req)
		all, required := jsonFields(reflect.TypeOf(tt.v))
		name := string(tt.kind) + "#" + tt.def
		if !slices.Equal(props, all) {
			t.Errorf("%s: properties %v, Go fields %v", name, props, all)
		}
		if !slices.Equal(req, required) {
			t.Errorf("%s: required %v, Go fields without omitzero %v", name, req, required)
		}
		if s["additionalProperties"] != false {
			t.Errorf("%s: additionalProperties is not false", name)
		}
	}
}
