package l10n

import "testing"

func TestPrinter(t *testing.T) {
	w := Words{"n": {"ar": "العدد: %d", "en": "%d items", "fr": "%d éléments"}}
	tests := []struct {
		lang   string
		arabic bool
		want   string
	}{
		{"en", false, "12,345 items"},
		{"fr", false, "12\u00a0345 éléments"},
		{"ar", false, "العدد: 12,345"},
		{"ar", true, "العدد: ١٢٬٣٤٥"},
		{"ru", false, "12\u00a0345 items"}, // the English words, Russian digits
	}
	for _, tt := range tests {
		if got := NewPrinter(tt.lang, w, tt.arabic).Sprintf("n", 12345); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.lang, got, tt.want)
		}
	}
	if got := NewPrinter("zh", w, false).List([]string{"a", "b"}); got != "a、b" {
		t.Errorf("zh list %q", got)
	}
	if got := NewPrinter("ar", w, false).List([]string{"أ", "ب"}); got != "أ، ب" {
		t.Errorf("ar list %q", got)
	}
	if got := NewPrinter("en", w, false).Sprintf("missing"); got != "missing" {
		t.Errorf("missing key %q", got)
	}
}

func TestParse(t *testing.T) {
	for tag, want := range map[string]string{"fr": "fr", "fr-CA": "fr", "es-419": "es", "zh-Hans": "zh", "ar": "ar"} {
		if got, err := Parse(tag); err != nil || got != want {
			t.Errorf("Parse(%q) = %q, %v", tag, got, err)
		}
	}
	for _, tag := range []string{"de", "English", ""} {
		if _, err := Parse(tag); err == nil {
			t.Errorf("Parse(%q) accepted", tag)
		}
	}
}

func TestMissing(t *testing.T) {
	w := Words{"a": {"en": "a", "fr": "a"}}
	if got := w.Missing(); len(got) != 4 || got[0] != "a/ar" {
		t.Errorf("Missing = %v", got)
	}
}
