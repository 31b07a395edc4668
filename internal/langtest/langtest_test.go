package langtest

import (
	"slices"
	"testing"
)

func TestScript(t *testing.T) {
	tests := []struct {
		lang, text string
		ok         bool
	}{
		{"ar", "التعاون التقني", true},
		{"ar", "معايير الإجراءات الذكية (SMART)", true},
		{"ar", "Technical cooperation", false},
		{"ar", "باسم «سادата»", false},
		{"ru", "Техническое сотрудничество", true},
		{"ru", "Гليонских диалогов", false},
		{"ru", "Technical cooperation", false},
		{"zh", "符合SMART标准的行动很少。", true},
		{"zh", "Technical cooperation", false},
		{"fr", "Coopération technique, mise en œuvre", true},
		{"fr", "التعاون التقني", false},
		{"es", "Cooperación técnica", true},
		{"pt", "Cooperação técnica", true},
		{"en", "2026, A/HRC/59/15", true},
	}
	for _, tt := range tests {
		if err := Script(tt.lang, tt.text); (err == nil) != tt.ok {
			t.Errorf("Script(%s, %q) = %v, want ok=%v", tt.lang, tt.text, err, tt.ok)
		}
	}
}

func TestShared(t *testing.T) {
	got := Shared(map[string]string{
		"en": "Coordination",
		"fr": "Coordination",
		"es": "The same long sentence copied twice.",
		"ru": "The same long sentence copied twice.",
	})
	if want := []string{"es=ru"}; !slices.Equal(got, want) {
		t.Errorf("Shared = %v, want %v", got, want)
	}
}
