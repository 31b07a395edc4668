package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nmirf/nmirf/tracking"
)

// TestWordsComplete keeps the program's words in the six languages.
func TestWordsComplete(t *testing.T) {
	assert.Empty(t, words.Missing())
}

// TestSummaryInTheLanguage checks the report, the hint and the messages of
// the warnings in French, Arabic and Chinese, chosen by -lang (the
// language of the export's text too) or by -summary-lang alone.
func TestSummaryInTheLanguage(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"-summary-lang", "fr"}, []string{
			"Import de l’Index universel des droits de l’homme (json)\n",
			"  enregistrements lus                 35\n",
			"  recommandations ajoutées             8\n",
			"    uhri.country.unknown               1\n",
			"le pays «\u00a0Kosovo\u00a0» n’est pas connu de l’importateur",
			"conseil\u00a0: 1 avertissements nomment un pays que l’importateur ne connaît pas",
		}},
		{[]string{"-lang", "ar"}, []string{
			"استيراد من الفهرس العالمي لحقوق الإنسان (json)\n",
			"  السجلات المقروءة                    35\n",
			"تلميح: 1 من التحذيرات تذكر بلدًا لا يعرفه برنامج الاستيراد",
		}},
		{[]string{"-lang", "ar", "-arabic-digits"}, []string{
			"  السجلات المقروءة                    ٣٥\n",
			"تلميح: ١ من التحذيرات",
		}},
		{[]string{"-lang", "zh-Hans"}, []string{
			"世界人权索引导入（json）\n",
			"  读取的记录                          35\n",
			"提示：有1条警告提到导入程序不认识的国家",
		}},
		// A language outside the six: the export's text is tagged with
		// it, the report is in English.
		{[]string{"-lang", "pt"}, []string{"UHRI import (json)\n", "hint: 1 warnings"}},
	}
	for _, tt := range tests {
		args := append(append([]string{"-state", "CZE"}, tt.args...), fixtures+"export.json")
		code, out, errs := importer(args...)
		require.Equal(t, 0, code, errs)
		for _, want := range tt.want {
			assert.Contains(t, errs, want, "%v", tt.args)
		}
		// -summary-lang changes the report, never the data.
		if tt.args[0] == "-summary-lang" {
			ds, err := tracking.Decode([]byte(out))
			require.NoError(t, err)
			for _, r := range ds.Recommendations {
				_, en := r.Text["en"]
				assert.True(t, en, "the export's text stays English")
			}
		}
	}
	code, _, errs := importer("-summary-lang", "de", "-state", "CZE", fixtures+"export.json")
	assert.Equal(t, 2, code, errs)
}

// TestNothingKeptInTheLanguage checks the error of an import that kept
// nothing, and the report's words for it, in French and Chinese.
func TestNothingKeptInTheLanguage(t *testing.T) {
	code, _, errs := importer("-summary-lang", "fr", "-state", "FRA", fixtures+"export.json")
	assert.Equal(t, 1, code)
	for _, want := range []string{
		"le filtre n’a retenu aucun des 30 enregistrements\u00a0; l’export contient\n",
		"aucun de ses 30 enregistrements ne concerne FRA ou ne passe les filtres\u00a0; rien n’est écrit (l’export contient des enregistrements sur CZE 9, TUR 7, BOL 5, SWZ 4, MKD 3, PSE 2",
		"\u00a0; par organe UPR 10, CEDAW 2",
	} {
		assert.Contains(t, errs, want)
	}
	code, _, errs = importer("-summary-lang", "zh", "-state", "FRA", fixtures+"export.json")
	assert.Equal(t, 1, code)
	assert.Contains(t, errs, "其30条记录均不涉及FRA或未通过筛选；未写入任何内容（导出文件包含关于CZE 9、TUR 7、BOL 5")
}

// TestStateByName checks that a country's name given to -state, in any of
// the six languages, is a usage error that suggests its code.
func TestStateByName(t *testing.T) {
	for _, tt := range []struct{ lang, state, want string }{
		{"en", "Czechia", `-state must be an ISO 3166-1 alpha-3 code, not "Czechia": did you mean CZE?`},
		{"fr", "Tchéquie", "-state doit être un code ISO 3166-1 alpha-3, et non \"Tchéquie\"\u00a0: vouliez-vous dire CZE\u00a0?"},
		{"ar", "المغرب", `-state: did you mean`},
		{"en", "Atlantis", `-state must be an ISO 3166-1 alpha-3 code such as PRY, not "Atlantis" (or give -into)`},
	} {
		code, _, errs := importer("-summary-lang", tt.lang, "-state", tt.state, fixtures+"export.json")
		assert.Equal(t, 2, code)
		if tt.lang == "ar" {
			assert.True(t, strings.Contains(errs, "هل تقصد MAR؟"), errs)
			continue
		}
		assert.Contains(t, errs, tt.want)
	}
}

// TestReaderErrorsInLanguage checks that an error of the reader, a
// schema.Problems, is printed in the language of the messages.
func TestReaderErrorsInLanguage(t *testing.T) {
	export := filepath.Join(t.TempDir(), "cut.json")
	require.NoError(t, os.WriteFile(export, []byte(`[{"AnnotationId": "a", "Text": "x"`), 0o644))
	for lang, want := range map[string]string{
		"en": "the export ends early, at byte 34, inside record 0, which starts at byte 1 [uhri.export.truncated]",
		"fr": "l’export se termine trop tôt, à l’octet 34, au milieu de l’enregistrement 0, qui commence à l’octet 1 [uhri.export.truncated]",
	} {
		code, _, errs := importer("-state", "CZE", "-summary-lang", lang, export)
		assert.Equal(t, 1, code, lang)
		assert.Contains(t, errs, want, lang)
	}
}
