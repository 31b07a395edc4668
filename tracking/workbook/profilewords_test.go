package workbook

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/nmirf/nmirf/tracking"
)

// TestProfileWordsCoverTheModel checks that every JSON name of the
// dataset's fields outside its collections has its words in the six
// languages, each in the script of its language.
func TestProfileWordsCoverTheModel(t *testing.T) {
	visited := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Pointer || typ.Kind() == reflect.Slice || typ.Kind() == reflect.Map {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || visited[typ] {
			return
		}
		visited[typ] = true
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			if _, ok := profileWords[name]; !ok {
				t.Errorf("the profile field %q (%s.%s) has no words", name, typ.Name(), f.Name)
			}
			walk(f.Type)
		}
	}
	ds := reflect.TypeFor[tracking.Dataset]()
	for i := range ds.NumField() {
		if f := ds.Field(i); f.Type.Kind() != reflect.Slice {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if _, ok := profileWords[name]; !ok && name != "" {
				t.Errorf("the dataset's field %q has no words", name)
			}
			walk(f.Type)
		}
	}
	scripts := map[string]*unicode.RangeTable{"ar": unicode.Arabic, "ru": unicode.Cyrillic, "zh": unicode.Han}
	for name, w := range profileWords {
		for i, lang := range Languages {
			if strings.TrimSpace(w[i]) == "" {
				t.Errorf("%s: no word in %s", name, lang)
			}
			if sc := scripts[lang]; sc != nil && !strings.ContainsFunc(w[i], func(r rune) bool { return unicode.Is(sc, r) }) {
				t.Errorf("%s: %q is not in the script of %s", name, w[i], lang)
			}
		}
	}
}

func TestProfileLabel(t *testing.T) {
	for _, tt := range []struct{ ptr, lang, want string }{
		{"/mechanism/secretariat/staff", "fr", "Mécanisme › Secrétariat › Effectif"},
		{"/publisher/name/ar", "es", "Editor › Nombre (ar)"},
		{"/mechanism/focalPoints/0/role", "zh", "机制 › 协调人 › 1 › 角色"},
		{"/mechanism/newField", "ru", "Механизм › newField"},
		{"/schemaVersion", "ar", "إصدار المعيار"},
	} {
		if got := profileLabel(tt.ptr, tt.lang); got != tt.want {
			t.Errorf("profileLabel(%q, %s) = %q, want %q", tt.ptr, tt.lang, got, tt.want)
		}
	}
}
