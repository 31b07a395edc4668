package uhri

import (
	"os"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// TestSummaryWords checks that the words of the report's text are in the
// six languages, with the placeholders of the English, and that the code
// uses every key.
func TestSummaryWords(t *testing.T) {
	for _, e := range schematest.CheckTranslations(SummaryWords) {
		t.Error(e)
	}
	src, err := os.ReadFile("summary.go")
	if err != nil {
		t.Fatal(err)
	}
	en, _ := SummaryWords("en")
	for _, k := range en.Keys() {
		if !strings.Contains(string(src), `"`+k+`"`) {
			t.Errorf("the key %s is used nowhere", k)
		}
	}
}

// TestReportText checks the report in French, Arabic and Chinese: its
// words, its numbers as the language writes them, the messages of the
// warnings in the language, and codes, IDs and positions as they are.
func TestReportText(t *testing.T) {
	_, rep := readFile(t, "testdata/export.json", JSON, Options{MaxWarnings: 1})
	rep.Read += 12000 // a count large enough to be grouped
	tests := []struct {
		lang string
		want []string
	}{
		{"en", []string{
			"UHRI import (json)",
			"  records read                    12,035\n",
			"by UPR position: Supported 5, none 2, Supported in part 2, Noted 1",
			"warnings 31, by code, the most frequent first, with the first 3 of each\n",
			"    uhri.upr.notUPR                    4\n",
			"      record 5 (byte 3480) a0000000-0000-4000-8000-000000000006: /5/UprPositions:",
			"      … and 1 more\n",
		}},
		{"fr", []string{
			"Import de l’Index universel des droits de l’homme (json)\n",
			"  enregistrements lus             12\u00a0035\n",
			"  par position à l’Examen périodique universel\u00a0: Acceptée 5, aucune 2, Acceptée en partie 2, Prise en note 1\n",
			"  par organe\u00a0: UPR 10, CEDAW 2, CRC 2",
			"  avertissements\u00a0: 31, par code, du plus fréquent au moins fréquent, avec les 3 premiers de chacun\n",
			"    uhri.upr.notUPR                    4\n",
			"      enregistrement 5 (octet 3480) a0000000-0000-4000-8000-000000000006: /5/UprPositions: ",
			"      … et 1 de plus\n",
			"le rapport liste 1 avertissements\u00a0; les 30 au-delà d’Options.MaxWarnings sont seulement comptés",
		}},
		{"ar", []string{
			"استيراد من الفهرس العالمي لحقوق الإنسان (json)\n",
			"  السجلات المقروءة                12,035\n",
			"  حسب الموقف في الاستعراض الدوري الشامل: مؤيَّدة 5، بلا موقف 2، مؤيَّدة جزئيًا 2، محاط بها علمًا 1\n",
			"  التحذيرات: 31، حسب الرمز، الأكثر تكرارًا أولًا، مع أول 3 من كل رمز\n",
			"      السجل 5 (البايت 3480) a0000000-0000-4000-8000-000000000006: /5/UprPositions: ",
		}},
		{"ar-u-nu-arab", []string{
			"  السجلات المقروءة                ١٢٬٠٣٥\n",
			"      السجل 5 (البايت 3480) a0000000-0000-4000-8000-000000000006",
		}},
		{"zh", []string{
			"世界人权索引导入（json）\n",
			"  读取的记录                      12,035\n",
			"  按普遍定期审议中的立场：支持 5、无 2、部分支持 2、注意到 1\n",
			"      记录5（第3480字节） a0000000-0000-4000-8000-000000000006: /5/UprPositions: ",
			"      ……另有1条\n",
			"  警告：31条，按代码分列，频次最高者在前，每个代码列出前3条\n",
		}},
	}
	for _, tt := range tests {
		s := rep.Text(tt.lang)
		for _, want := range tt.want {
			if !strings.Contains(s, want) {
				t.Errorf("%s: the report lacks %q:\n%s", tt.lang, want, s)
			}
		}
	}
	// The warnings' messages come from the catalogue of the language.
	fr, _ := Messages("fr")
	w := rep.Warnings[0]
	m, _ := fr.Render(w.Problem)
	if !strings.Contains(rep.Text("fr"), m) || m == w.Message {
		t.Errorf("the French report lacks the French message %q of %s:\n%s", m, w.Code, rep.Text("fr"))
	}
	// A language outside the six gives English.
	if rep.Text("pt") != rep.String() || rep.Text("") != rep.String() {
		t.Error("a language outside the six does not give the English report")
	}
}

// TestNothingKeptText checks the report of a filter that kept nothing in
// French and Chinese.
func TestNothingKeptText(t *testing.T) {
	_, rep := readFile(t, "testdata/export.json", JSON, Options{Filter: Filter{States: []tracking.Country{"FRA"}}})
	for lang, want := range map[string][]string{
		"fr": {
			"  le filtre n’a retenu aucun des 30 enregistrements\u00a0; l’export contient\n",
			"    enregistrements par État\u00a0: CZE 9, TUR 7, BOL 5, SWZ 4, MKD 3, PSE 2",
			"    enregistrements par organe\u00a0: UPR 10, CEDAW 2",
		},
		"zh": {
			"  筛选未保留30条记录中的任何一条；导出文件包含\n",
			"    按国家分列的记录：CZE 9、TUR 7、BOL 5、SWZ 4、MKD 3、PSE 2",
		},
	} {
		if s := rep.Text(lang); !containsAll(s, want) {
			t.Errorf("%s: the report lacks one of %q:\n%s", lang, want, s)
		}
	}
}

func containsAll(s string, subs []string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}

// TestWarningInTheLanguage checks where a warning says its record stands,
// in French: a CSV line, a sheet's row, a byte of a JSON export, or the
// cell of the problem.
func TestWarningInTheLanguage(t *testing.T) {
	p := problem("/3/Countries", CodeCountryUnknown, "", map[string]string{"country": "Atlantis"})
	w := newSummaryWriter("fr")
	for _, tt := range []struct {
		warning Warning
		want    string
	}{
		{Warning{Location: Location{Index: 3, Line: 5}, AnnotationID: "x", Problem: p}, "enregistrement 3 (ligne 5) x: /3/Countries: le pays «\u00a0Atlantis\u00a0»"},
		{Warning{Location: Location{Index: 3, Sheet: "Export", Row: 5}, Problem: p}, "enregistrement 3 (ligne 5 de la feuille Export): /3/Countries: "},
		{Warning{Location: Location{Index: 3, Offset: 1204}, Problem: p}, "enregistrement 3 (octet 1204): "},
	} {
		if got := w.warning(tt.warning); !strings.HasPrefix(got, tt.want) {
			t.Errorf("got %q, want it to start with %q", got, tt.want)
		}
	}
	q := p
	q.Location = schema.Location{Sheet: "Export", Cell: "C5"}
	if got := w.warning(Warning{Location: Location{Index: 3, Sheet: "Export", Row: 5}, Problem: q}); !strings.HasPrefix(got, "enregistrement 3: Export!C5: /3/Countries: ") {
		t.Errorf("got %q", got)
	}
}
