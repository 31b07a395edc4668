package maturity

import (
	"reflect"
	"testing"

	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// parities describe how the Go types of the three documents of this
// package map to their schemas.
func parities() []schematest.Parity {
	leaves := map[reflect.Type]string{
		reflect.TypeFor[tracking.Text]():        "text",
		reflect.TypeFor[tracking.PartialDate](): "date",
		reflect.TypeFor[tracking.ID]():          "id",
	}
	formats := map[string]string{"": "string", "key": "key", "http_url": "url"}
	return []schematest.Parity{
		{Kind: schema.KindFramework, Root: reflect.TypeFor[Framework](), Leaves: leaves, Formats: formats},
		{Kind: schema.KindAssessment, Root: reflect.TypeFor[Assessment](), Leaves: leaves, Formats: formats},
		{Kind: schema.KindResult, Root: reflect.TypeFor[Result](), Leaves: leaves, Formats: formats},
	}
}

// TestSchemaParity checks that the schemas of frameworks, assessments and
// results and the Go types describe the same documents: fields and
// properties, required fields, types, the bounds of the validate tags, and
// codelists in order (see schematest.Parity), as the dataset's test does.
func TestSchemaParity(t *testing.T) {
	for _, p := range parities() {
		for _, err := range p.Check() {
			t.Errorf("%s: %v", p.Kind, err)
		}
	}
}

// TestSchemaParityFindsDisagreements proves that the parity check can fail
// on the types of this package: a bound missing from a tag, a field the
// schema lacks, a whole number without its bound.
func TestSchemaParityFindsDisagreements(t *testing.T) {
	type counts struct {
		Criteria      int `json:"criteria" validate:"min=0"`
		Answered      int `json:"answered" validate:"min=0,max=9007199254740991"`
		NotApplicable int `json:"notApplicable" validate:"min=0,max=9007199254740991"`
		Unanswered    int `json:"unanswered" validate:"min=0,max=9007199254740991"`
		Contradicted  int `json:"contradicted" validate:"min=0,max=9007199254740991"`
	}
	type overall struct {
		Overall
		Counts counts `json:"counts"`
	}
	type ruleResult struct {
		Rule
		Known bool    `json:"known"`
		Value float64 `json:"value"`
		Level Level   `json:"level,omitzero" validate:"omitempty,enum"`
		Extra bool    `json:"extra"`
	}
	type framework struct {
		Framework
		Version string `json:"version" validate:"required"`
	}
	leaves := parities()[0].Leaves
	formats := parities()[0].Formats
	for _, c := range []struct {
		kind schema.Kind
		typ  reflect.Type
	}{
		{schema.KindResult, reflect.TypeFor[struct {
			Result
			Overall overall `json:"overall"`
		}]()},
		{schema.KindResult, reflect.TypeFor[struct {
			Result
			Dimensions []struct {
				DimensionResult
				Criteria []struct {
					CriterionResult
					Rules []ruleResult `json:"rules,omitzero" validate:"dive"`
				} `json:"criteria" validate:"min=1,dive"`
			} `json:"dimensions" validate:"min=1,dive"`
		}]()},
		{schema.KindFramework, reflect.TypeFor[framework]()},
	} {
		p := schematest.Parity{Kind: c.kind, Root: c.typ, Leaves: leaves, Formats: formats}
		if errs := p.Check(); len(errs) == 0 {
			t.Errorf("%v: the parity check found no disagreement", c.typ)
		}
	}
}
