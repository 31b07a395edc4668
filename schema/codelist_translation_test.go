package schema_test

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/nmirf/nmirf/internal/langtest"
	"github.com/nmirf/nmirf/schema"
)

// TestCodelistTranslationsComplete keeps every title of every codelist in
// the six UN languages: English in the codelists, the others in the files
// beside them.
func TestCodelistTranslationsComplete(t *testing.T) {
	tr := schema.DefaultCodelistTranslations()
	if got, want := tr.Languages(), []string{"ar", "es", "fr", "ru", "zh"}; !slices.Equal(got, want) {
		t.Fatalf("languages %v, want %v", got, want)
	}
	for _, lang := range tr.Languages() {
		if missing := tr.Missing(lang); len(missing) > 0 {
			t.Errorf("%s: %d titles missing, such as %s", lang, len(missing), missing[0])
		}
	}
}

// TestCodelistTranslationsScripts catches a copied title: each language's
// titles are in its own script, and no two languages share a title longer
// than a proper name.
func TestCodelistTranslationsScripts(t *testing.T) {
	tr := schema.DefaultCodelistTranslations()
	for _, name := range schema.CodelistNames() {
		codes, err := schema.Codelist(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range codes {
			texts := map[string]string{"en": c.Title}
			for _, lang := range tr.Languages() {
				s := tr.Title(name, c.Code, lang)
				if s == c.Title && len(s) > langtest.ProperNameLength {
					t.Errorf("%s/%s/%s: the English title", name, c.Code, lang)
				}
				if s == c.Title {
					continue // untranslated, or a name written alike
				}
				texts[lang] = s
				if err := langtest.Script(lang, s); err != nil {
					t.Errorf("%s/%s/%s: %v", name, c.Code, lang, err)
				}
			}
			if shared := langtest.Shared(texts); len(shared) > 0 {
				t.Errorf("%s/%s: the same title in %s", name, c.Code, strings.Join(shared, ", "))
			}
		}
	}
}

func TestCodeTitle(t *testing.T) {
	tests := []struct {
		list, code string
		langs      []string
		want       string
	}{
		{"position", "noted", []string{"fr"}, "Prise en note"},
		{"position", "noted", []string{"es-419"}, "Tomada en consideración"},
		{"position", "noted", []string{"pt", "es"}, "Tomada en consideración"},
		{"position", "noted", []string{"pt"}, "Noted"},
		{"position", "noted", nil, "Noted"},
		{"country", "TUR", []string{"fr"}, "Türkiye"},
		{"country", "SWZ", []string{"ru"}, "Эсватини"},
		{"treaty-body", "CEDAW", []string{"ar"}, "اللجنة المعنية بالقضاء على التمييز ضد المرأة"},
		{"maturity-level", "nascent", []string{"ar"}, "أوّلي"},
		{"position", "accepted", []string{"fr"}, ""},
		{"no-such-list", "x", []string{"fr"}, ""},
	}
	for _, tt := range tests {
		if got := schema.CodeTitle(tt.list, tt.code, tt.langs...); got != tt.want {
			t.Errorf("CodeTitle(%s, %s, %v) = %q, want %q", tt.list, tt.code, tt.langs, got, tt.want)
		}
	}
}

// portuguese is a host's own translation files, laid out as the shipped
// ones are: <lang>/<codelist>.csv.
var portuguese = fstest.MapFS{
	"pt/position.csv":    {Data: []byte("code,title\nsupported,Apoiada\nsupported_in_part,Apoiada em parte\nnoted,Registada\n")},
	"pt/treaty-body.csv": {Data: []byte("code,title\nCCPR,Comité dos Direitos Humanos\n")},
}

// badTranslations holds one of each mistake a translator can make.
var badTranslations = fstest.MapFS{
	"README":           {Data: []byte("x")},
	"pt/position.csv":  {Data: []byte("code,title\nsupported,Apoiada\nsupported,Apoiada outra vez\naccepted,Aceite\nnoted,\n")},
	"pt/positions.csv": {Data: []byte("code,title\n")},
	"pt/grade.csv":     {Data: []byte("code;title\n")},
}

// TestCodelistTranslationsHostLanguage adds Portuguese from files a host
// keeps, as the shipped languages are laid out.
func TestCodelistTranslationsHostLanguage(t *testing.T) {
	pt, err := schema.ReadCodelistTranslations(portuguese)
	if err != nil {
		t.Fatal(err)
	}
	tr := schema.DefaultCodelistTranslations().With(pt)
	if got := tr.Title("position", "noted", "pt-BR"); got != "Registada" {
		t.Errorf("pt-BR title %q", got)
	}
	if got := tr.Title("position", "noted", "fr"); got != "Prise en note" {
		t.Errorf("the shipped French title is lost: %q", got)
	}
	if got := tr.Title("treaty-body", "CAT", "pt", "es"); got != "Comité contra la Tortura" {
		t.Errorf("fallback to Spanish: %q", got)
	}
	if n := len(tr.Missing("pt")); n == 0 {
		t.Error("Missing(pt) lists nothing")
	}
	if schema.DefaultCodelistTranslations().Title("position", "noted", "pt") != "Noted" {
		t.Error("With changed the shipped translations")
	}
}

func TestReadCodelistTranslationsProblems(t *testing.T) {
	_, err := schema.ReadCodelistTranslations(badTranslations)
	ps, ok := err.(schema.Problems)
	if !ok {
		t.Fatalf("error %v, want problems", err)
	}
	var got []string
	for _, p := range ps {
		got = append(got, p.Code+" "+p.Location.String())
	}
	want := []string{
		"translation.file ",
		"translation.codelist pt/positions.csv",
		"translation.file pt/grade.csv:1",
		"translation.code pt/position.csv:3",
		"translation.code pt/position.csv:4",
		"translation.noTitle pt/position.csv:5",
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("problems\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func FuzzReadCodelistTranslations(f *testing.F) {
	f.Add("position", []byte("code,title\nnoted,Registada\n"))
	f.Add("grade", []byte("code,title\nA,\"Muito\nsatisfatória\"\n"))
	f.Add("country", []byte("code,title\nTUR,Türkiye\nTUR,x\n\"\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		fsys := fstest.MapFS{"pt/" + name + ".csv": {Data: data}}
		tr, err := schema.ReadCodelistTranslations(fsys)
		if err != nil {
			if _, ok := err.(schema.Problems); !ok && !strings.Contains(name, "/") {
				t.Fatalf("error %T %v, want schema.Problems", err, err)
			}
			return
		}
		_ = tr.Title(name, "x", "pt")
	})
}

func BenchmarkCodeTitle(b *testing.B) {
	schema.CodeTitle("position", "noted", "fr")
	for b.Loop() {
		schema.CodeTitle("treaty-body", "CEDAW", "pt-BR", "pt", "es")
	}
}
