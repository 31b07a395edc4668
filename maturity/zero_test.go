package maturity

import (
	"testing"

	"github.com/nmirf/nmirf/internal/zerotest"
)

// TestZeroValuesDoNotPanic calls every exported function of the package
// with zero arguments (nil, empty), and every exported method on the zero
// value of its type (and, for methods with a pointer receiver, on a nil
// pointer), and checks that none panics; first it checks, from the
// source, that the lists below name every exported function and type (see
// internal/zerotest).
func TestZeroValuesDoNotPanic(t *testing.T) {
	zerotest.Check(t, zerotest.API{
		Dir: ".",
		Funcs: map[string]any{
			"LoadAssessment": LoadAssessment, "Merge": Merge, "LoadResult": LoadResult, "Compare": Compare,
			"LevelOf": LevelOf, "ComputeFacts": ComputeFacts, "FactCollections": FactCollections,
			"LoadFramework": LoadFramework, "DefaultFramework": DefaultFramework, "DefaultFrameworkJSON": DefaultFrameworkJSON,
			"Languages": Languages, "Messages": Messages, "Score": Score, "LoadTranslation": LoadTranslation,
			"FactTitle": FactTitle, "ReportWordsIn": ReportWordsIn, "LoadReportWords": LoadReportWords,
		},
		Values: []any{
			Assessment{}, Respondent{}, Answer{}, Evidence{}, RecordRef{}, Comparison{}, Change{}, LevelChange{},
			DimensionChange{}, CriterionChange{}, Level(""), Method(""), Confidence(""), Status(""), Constituency(""),
			Scope(""), Fact(""), FactValue{}, Facts{}, FactOptions{}, Framework{}, FrameworkRef{}, Source{}, Dimension{},
			Criterion{}, Citation{}, Descriptors{}, Rule{}, Scorer{}, Result{}, Overall{}, Figures{}, Counts{},
			DimensionResult{}, CriterionResult{}, RuleResult{}, View{}, Step{}, Translation{}, LevelTexts{},
			DimensionTexts{}, CriterionTexts{}, ReportOptions{}, ReportWords{},
		},
	})
}
