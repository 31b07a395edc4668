package maturity

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/nmirf/nmirf/internal/langtest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// unLanguages are the six official languages of the United Nations.
var unLanguages = []string{"ar", "en", "es", "fr", "ru", "zh"}

// TestDefaultFrameworkSixLanguages keeps every text of the default
// framework (titles, statements, level descriptors, guidance, descriptions
// and sources' titles) complete in the six UN languages.
func TestDefaultFrameworkSixLanguages(t *testing.T) {
	fw := DefaultFramework()
	for _, lang := range unLanguages {
		if missing := fw.Untranslated(lang); len(missing) > 0 {
			t.Errorf("%s: %d texts missing, such as %s", lang, len(missing), missing[0])
		}
	}
}

// TestDefaultFrameworkScripts catches a text copied instead of translated:
// each language's texts are in its own script, and no two languages share
// a text longer than a proper name.
func TestDefaultFrameworkScripts(t *testing.T) {
	fw := DefaultFramework()
	n := 0
	fw.eachText(func(ptr string, txt tracking.Text) {
		n++
		for lang, s := range txt {
			if err := langtest.Script(lang, s); err != nil {
				t.Errorf("%s/%s: %v", ptr, lang, err)
			}
			if strings.TrimSpace(s) != s || strings.Contains(s, "  ") {
				t.Errorf("%s/%s: stray spaces in %q", ptr, lang, s)
			}
		}
		if shared := langtest.Shared(txt); len(shared) > 0 {
			t.Errorf("%s: the same text in %s", ptr, strings.Join(shared, ", "))
		}
	})
	if n < 230 {
		t.Errorf("walked %d texts, want the framework's 238", n)
	}
}

// TestDefaultTranslationFiles checks each translation file on its own: it
// loads, is named for its language, names only places of the framework and
// completes the English structure in its language.
func TestDefaultTranslationFiles(t *testing.T) {
	entries, err := os.ReadDir("frameworks")
	if err != nil {
		t.Fatal(err)
	}
	var langs []string
	for _, e := range entries {
		lang, ok := strings.CutPrefix(strings.TrimSuffix(e.Name(), ".json"), "default.")
		if !ok {
			continue
		}
		langs = append(langs, lang)
		data, err := os.ReadFile("frameworks/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		tr, err := LoadTranslation(data)
		if err != nil {
			t.Errorf("%s: %v", e.Name(), err)
			continue
		}
		if tr.Language != lang {
			t.Errorf("%s holds the language %q", e.Name(), tr.Language)
		}
		fw, err := LoadFramework(defaultFrameworkJSON)
		if err != nil {
			t.Fatal(err)
		}
		if ps := fw.Translate(tr); len(ps) > 0 {
			t.Errorf("%s: %v", e.Name(), ps)
		}
		if missing := fw.Untranslated(lang); len(missing) > 0 {
			t.Errorf("%s lacks %d texts, such as %s", e.Name(), len(missing), missing[0])
		}
	}
	if want := []string{"ar", "es", "fr", "ru", "zh"}; !slices.Equal(langs, want) {
		t.Errorf("translation files for %v, want %v", langs, want)
	}
}

// TestTranslationRoundTrip checks that Translation gives back what
// Translate took, so that a host can export a language, have it revised and
// load it again.
func TestTranslationRoundTrip(t *testing.T) {
	fw := DefaultFramework()
	for _, lang := range unLanguages {
		tr := fw.Translation(lang)
		data, err := json.Marshal(tr)
		if err != nil {
			t.Fatal(err)
		}
		back, err := LoadTranslation(data)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		bare, _ := LoadFramework(defaultFrameworkJSON)
		strip(bare, lang)
		if ps := bare.Translate(back); len(ps) > 0 {
			t.Fatalf("%s: %v", lang, ps)
		}
		if got, want := bare.Translation(lang), fw.Translation(lang); !jsonEqual(t, got, want) {
			t.Errorf("%s: the translation does not round-trip", lang)
		}
	}
}

// strip removes the language's texts from the framework.
func strip(fw *Framework, lang string) {
	fw.eachText(func(_ string, t tracking.Text) { delete(t, lang) })
}

func jsonEqual(t *testing.T, a, b any) bool {
	t.Helper()
	x, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	y, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return string(x) == string(y)
}

// TestTranslateHostLanguage adds a seventh language, Portuguese, from a
// file the host keeps: its texts come out in Portuguese, and the texts it
// does not translate fall back along the caller's preferences.
func TestTranslateHostLanguage(t *testing.T) {
	data, err := os.ReadFile("testdata/translations/default.pt.json")
	if err != nil {
		t.Fatal(err)
	}
	tr, err := LoadTranslation(data)
	if err != nil {
		t.Fatal(err)
	}
	fw := DefaultFramework()
	if ps := fw.Translate(tr); len(ps) > 0 {
		t.Fatal(ps)
	}
	c, d := fw.Criterion("legal-basis")
	if got := c.Levels.Established.Get("pt"); !strings.HasPrefix(got, "Uma lei, decreto") {
		t.Errorf("legal-basis, established, in Portuguese: %q", got)
	}
	if got := d.Title.Get("pt-BR"); got != "Quadro institucional e mandato" {
		t.Errorf("dimension title for pt-BR: %q", got)
	}
	other, _ := fw.Criterion("mandate")
	if got, want := other.Statement.Get("pt", "es"), other.Statement["es"]; got != want {
		t.Errorf("an untranslated statement falls back to Spanish when the host asks: %q", got)
	}
	if got := fw.Levels.Emerging.Get("pt"); got != "Em desenvolvimento" {
		t.Errorf("level name: %q", got)
	}
	if n := len(fw.Untranslated("pt")); n == 0 || n >= 238 {
		t.Errorf("Untranslated(pt) lists %d texts", n)
	}
	// The default framework itself is unchanged.
	if _, ok := DefaultFramework().Title["pt"]; ok {
		t.Error("Translate changed the shared default framework")
	}
}

// TestTranslateProblems checks that a translation naming places the
// framework lacks is refused whole, with pointers into the translation.
func TestTranslateProblems(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string // pointer code
	}{
		{"unknown criterion", `{"language":"pt","criteria":{"legal-bases":{"title":"x"}}}`, []string{"/criteria/legal-bases " + CodeTranslationKey}},
		{"unknown dimension and source", `{"language":"pt","dimensions":{"x":{"title":"x"}},"sources":{"y":"y"}}`, []string{"/dimensions/x " + CodeTranslationKey, "/sources/y " + CodeTranslationKey}},
		{"other framework", `{"language":"pt","framework":"mgf"}`, []string{"/framework " + CodeTranslationFramework}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := LoadTranslation([]byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			fw := DefaultFramework()
			before := fw.Translation("pt")
			ps := fw.Translate(tr)
			var got []string
			for _, p := range ps {
				got = append(got, p.Pointer+" "+p.Code)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("problems %v, want %v", got, tt.want)
			}
			if !jsonEqual(t, fw.Translation("pt"), before) {
				t.Error("a refused translation changed the framework")
			}
		})
	}
}

func TestLoadTranslationProblems(t *testing.T) {
	tests := []struct {
		name, doc, pointer, code string
	}{
		{"not JSON", `{`, "", CodeTranslationSyntax},
		{"unknown field", `{"language":"fr","titles":"x"}`, "", CodeTranslationSyntax},
		{"number for text", `{"language":"fr","title":3}`, "/title", CodeTranslationSyntax},
		{"no language", `{"title":"x"}`, "/language", CodeTranslationLanguage},
		{"bad language", `{"language":"French"}`, "/language", CodeTranslationLanguage},
		{"two values", `{"language":"fr"} {}`, "", CodeTranslationSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadTranslation([]byte(tt.doc))
			ps, ok := err.(schema.Problems)
			if !ok || len(ps) != 1 {
				t.Fatalf("error %v, want one problem", err)
			}
			if ps[0].Pointer != tt.pointer || ps[0].Code != tt.code {
				t.Errorf("got %s %s, want %s %s", ps[0].Pointer, ps[0].Code, tt.pointer, tt.code)
			}
		})
	}
}

// TestFrameworkInOneLanguage loads a framework written in French alone:
// a framework needs text in one language, not English.
func TestFrameworkInOneLanguage(t *testing.T) {
	fw := DefaultFramework()
	fw.eachText(func(_ string, t tracking.Text) {
		for lang := range t {
			if lang != "fr" {
				delete(t, lang)
			}
		}
	})
	data, err := json.Marshal(fw)
	if err != nil {
		t.Fatal(err)
	}
	got, err := LoadFramework(data)
	if err != nil {
		t.Fatalf("a French-only framework does not load: %v", err)
	}
	if s := got.Title.Get("en"); !strings.HasPrefix(s, "Cadre de maturité") {
		t.Errorf("the English reader gets %q, want the French title", s)
	}
	if missing := got.Untranslated("en"); len(missing) != 242 {
		t.Errorf("Untranslated(en) lists %d texts, want 242", len(missing))
	}
}

func FuzzLoadTranslation(f *testing.F) {
	for _, lang := range []string{"ar", "fr"} {
		data, err := os.ReadFile("frameworks/default." + lang + ".json")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"language":"pt","criteria":{"x":{"levels":{"absent":1}}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := LoadTranslation(data)
		if err != nil {
			if _, ok := err.(schema.Problems); !ok {
				t.Fatalf("error %T, want schema.Problems", err)
			}
			return
		}
		fw := DefaultFramework()
		if ps := fw.Translate(tr); len(ps) == 0 {
			for _, ptr := range fw.Untranslated("en") {
				t.Fatalf("a translation removed the English text at %s", ptr)
			}
		}
	})
}

// TestDefaultFrameworkFollowsGlossary checks the glossary's fixed terms
// (those marked check=yes in schema/glossary.csv): where an English text
// uses the term, its Arabic, Chinese, French and Spanish texts use the
// glossary's term for it. Russian is left out: its cases change the form.
func TestDefaultFrameworkFollowsGlossary(t *testing.T) {
	f, err := os.Open("../schema/glossary.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	cols := map[string]int{}
	for i, h := range rows[0] {
		cols[h] = i
	}
	fw := DefaultFramework()
	for _, row := range rows[1:] {
		if row[cols["check"]] != "yes" {
			continue
		}
		term := strings.ToLower(row[cols["en"]])
		fw.eachText(func(ptr string, txt tracking.Text) {
			if !strings.Contains(strings.ToLower(txt["en"]), term) {
				return
			}
			for _, lang := range []string{"ar", "es", "fr", "zh"} {
				if want := fold(lang, row[cols[lang]]); !strings.Contains(fold(lang, txt[lang]), want) {
					t.Errorf("%s/%s: %q lacks %q, the glossary's term for %q", ptr, lang, txt[lang], want, term)
				}
			}
		})
	}
}

// fold prepares a text for a search of a glossary term: lower case, and in
// Arabic without the article and the one-letter proclitics that attach to
// a word (وال، بال، لل...), so that "للمجتمع المدني" holds "المجتمع المدني"
// and "نظام داخلي" holds "النظام الداخلي".
func fold(lang, s string) string {
	s = strings.ToLower(s)
	if lang != "ar" {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		for _, p := range []string{"وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل"} {
			if rest, ok := strings.CutPrefix(w, p); ok && utf8.RuneCountInString(rest) >= 3 {
				w = rest
				break
			}
		}
		words[i] = w
	}
	return strings.Join(words, " ")
}

// TestReportWordsRussianChinese keeps the Russian and Chinese words of the
// reports complete: a key for every key of the English table, the same
// verbs, and each text in its language's script.
func TestReportWordsRussianChinese(t *testing.T) {
	for key, m := range messages {
		rz, ok := messagesRuZh[key]
		if !ok {
			t.Errorf("%s: no Russian and Chinese words", key)
			continue
		}
		for i, lang := range []string{"ru", "zh"} {
			if got, want := strings.Count(rz[i], "%"), strings.Count(m[0], "%"); got != want {
				t.Errorf("%s/%s: %d verbs, want %d", key, lang, got, want)
			}
			words := strings.NewReplacer("%s", "", "%d", "").Replace(rz[i])
			if err := langtest.Script(lang, words); err != nil && strings.ContainsFunc(words, unicode.IsLetter) {
				t.Errorf("%s/%s: %v", key, lang, err)
			}
		}
	}
	for key := range messagesRuZh {
		if _, ok := messages[key]; !ok {
			t.Errorf("%s: not a key of the English words", key)
		}
	}
}
