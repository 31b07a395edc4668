package questionnaire_test

import (
	"testing"

	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/maturity/questionnaire"
)

// BenchmarkMake makes the default framework's questionnaire.
func BenchmarkMake(b *testing.B) {
	fw := maturity.DefaultFramework()
	for b.Loop() {
		if _, err := questionnaire.Make(fw, questionnaire.Options{Language: "fr"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRead reads ten filled questionnaires of the default framework
// into one assessment.
func BenchmarkRead(b *testing.B) {
	fw := maturity.DefaultFramework()
	data, err := questionnaire.Make(fw, questionnaire.Options{Language: "fr"})
	if err != nil {
		b.Fatal(err)
	}
	filled := fillWithExcelize(b, data, answers(fw, readLayout(b, data), "Ana", maturity.ConstituencyNHRI, titleOf, 1))
	files := make([]questionnaire.File, 10)
	for i := range files {
		files[i] = questionnaire.File{Name: string(rune('a'+i)) + ".xlsx", Data: filled}
	}
	b.SetBytes(int64(len(filled) * len(files)))
	for b.Loop() {
		if _, err := questionnaire.Read(fw, meta(), files...); err != nil {
			b.Fatal(err)
		}
	}
}
