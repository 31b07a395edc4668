package maturity

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// TestReportInAHostLanguage writes the sample's report and chart in
// Portuguese, a language a host adds with files of its own: the
// framework's translation and the reports' words. The report's own words
// are Portuguese, its numbers written as Portuguese writes them.
func TestReportInAHostLanguage(t *testing.T) {
	data, err := os.ReadFile("testdata/translations/report.pt.json")
	if err != nil {
		t.Fatal(err)
	}
	words, err := LoadReportWords(data)
	if err != nil {
		t.Fatal(err)
	}
	if en, _ := ReportWordsIn("en"); len(words) != len(en) {
		t.Errorf("the Portuguese words have %d keys, the English %d", len(words), len(en))
	}
	trData, err := os.ReadFile("testdata/translations/default.pt.json")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := LoadTranslation(trData)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := tracking.Decode(readFile(t, "../examples/sample/dataset.json"))
	if err != nil {
		t.Fatal(err)
	}
	fw := DefaultFramework()
	if ps := fw.Translate(tr); len(ps) > 0 {
		t.Fatal(ps)
	}
	a, err := LoadAssessment(readFile(t, "../examples/sample/assessment.json"), fw)
	if err != nil {
		t.Fatal(err)
	}
	r := mustScore(t, Scorer{}, fw, a, FactOptions{}.Compute(tracking.NewIndex(ds), ds.Date.Last()))
	opts := ReportOptions{Lang: "pt-BR", Words: words}
	md := opts.Markdown(r)
	for _, want := range []string{"## Resultado global", "## Próximos passos", "| Verificado |", "46,6 / 100", "Critérios: 25; respondidos: 24", "Em desenvolvimento (2)"} {
		if !strings.Contains(md, want) {
			t.Errorf("the Portuguese report lacks %q", want)
		}
	}
	for _, english := range []string{"## Overall", "## Next steps", "Criteria: 25", "How the figures are computed"} {
		if strings.Contains(md, english) {
			t.Errorf("the Portuguese report holds the English %q", english)
		}
	}
	svg := opts.RadarSVG(r)
	if !strings.Contains(svg, "Perfil por dimensão") || !strings.Contains(svg, "Verificado") {
		t.Error("the Portuguese chart lacks its words")
	}
	// Words left out are written in English; without words, the report is
	// English.
	partial := ReportWords{"overall": "Resultado global"}
	md = ReportOptions{Lang: "pt", Words: partial}.Markdown(r)
	if !strings.Contains(md, "## Resultado global") || !strings.Contains(md, "## Next steps") {
		t.Error("partial words: the given word or the English fallback is missing")
	}
	if (ReportOptions{Lang: "pt"}).Markdown(r) != r.Markdown("en") {
		t.Error("a language without words is not written in English")
	}
	// Words for a built-in language are not used: the built-in ones are.
	if (ReportOptions{Lang: "fr", Words: partial}).Markdown(r) != r.Markdown("fr") {
		t.Error("words given for French replaced the built-in French words")
	}
}

func TestReportWordsCheck(t *testing.T) {
	tests := []struct {
		name, json, key string
	}{
		{"not an object", `["a"]`, "value.invalid#reportWords"},
		{"unknown key", `{"overal": "Resultado global"}`, "value.invalid#reportWordsKey"},
		{"verb lost", `{"counts": "Critérios: %d"}`, "value.invalid#reportWordsVerbs"},
		{"verb changed", `{"moreSteps": "Há mais %s passos."}`, "value.invalid#reportWordsVerbs"},
	}
	for _, tt := range tests {
		_, err := LoadReportWords([]byte(tt.json))
		if err == nil || !strings.Contains(err.Error(), "["+strings.SplitN(tt.key, "#", 2)[0]+"]") {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var ps schema.Problems
		if !errors.As(err, &ps) || len(ps) == 0 {
			t.Errorf("%s: %v is not a schema.Problems", tt.name, err)
			continue
		}
		if ps[0].MessageKey() != tt.key || strings.Contains(ps[0].Message, "{") {
			t.Errorf("%s: %+v, want the key %s", tt.name, ps[0], tt.key)
		}
	}
	if _, err := LoadReportWords([]byte(`{"counts": "Critérios: %d; respondidos: %d; não aplicáveis: %d; sem resposta: %d; acima: %d."}`)); err != nil {
		t.Errorf("valid words refused: %v", err)
	}
	for _, lang := range Languages() {
		w, ok := ReportWordsIn(lang)
		if !ok || len(w.Check()) > 0 {
			t.Errorf("the built-in words in %s do not pass their own check: %v", lang, w.Check())
		}
	}
	if _, ok := ReportWordsIn("pt"); ok {
		t.Error("ReportWordsIn gives words for a language that is not built in")
	}
}
