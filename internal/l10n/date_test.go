package l10n

import "testing"

func TestDate(t *testing.T) {
	tests := []struct {
		lang             string
		year, month, day int
		want             string
	}{
		{"en", 2026, 0, 0, "2026"},
		{"en", 2026, 6, 0, "June 2026"},
		{"en", 2026, 6, 30, "30 June 2026"},
		{"fr", 2026, 6, 0, "juin 2026"},
		{"fr", 2026, 6, 1, "1er juin 2026"},
		{"fr", 2026, 12, 31, "31 décembre 2026"},
		{"es", 2026, 6, 0, "junio de 2026"},
		{"es", 2026, 6, 30, "30 de junio de 2026"},
		{"ru", 2026, 0, 0, "2026 г."},
		{"ru", 2026, 6, 0, "июнь 2026 г."},
		{"ru", 2026, 6, 30, "30 июня 2026 г."},
		{"zh", 2026, 0, 0, "2026年"},
		{"zh", 2026, 6, 0, "2026年6月"},
		{"zh", 2026, 6, 30, "2026年6月30日"},
		{"ar", 2026, 0, 0, "2026"},
		{"ar", 2026, 6, 0, "حزيران/يونيه 2026"},
		{"ar", 2026, 12, 5, "5 كانون الأول/ديسمبر 2026"},
		{"pt", 2026, 6, 3, "2026-06-03"},
		{"en", 0, 6, 3, ""},
		{"en", 2026, 13, 0, "2026-13"},
		{"fr", 2026, 0, 4, "2026-00-04"},
	}
	for _, tt := range tests {
		if got := Date(tt.lang, tt.year, tt.month, tt.day); got != tt.want {
			t.Errorf("Date(%q, %d, %d, %d) = %q, want %q", tt.lang, tt.year, tt.month, tt.day, got, tt.want)
		}
	}
}

// TestDateEveryLanguage checks that every one of Languages has month
// names, so that no language falls back to the ISO form.
func TestDateEveryLanguage(t *testing.T) {
	for _, l := range Languages {
		if _, ok := months[l]; !ok {
			t.Errorf("no month names in %s", l)
		}
	}
}

func TestPrinterDate(t *testing.T) {
	for _, tt := range []struct{ lang, in, want string }{
		{"fr", "2026-12-03", "3 décembre 2026"},
		{"zh", "2026-06", "2026年6月"},
		{"en", "2026", "2026"},
		{"en", "soon", "soon"},
		{"en", "2026-6-30", "2026-6-30"},
		{"en", "2026-06-30-01", "2026-06-30-01"},
		{"en", "0000", "0000"},
		{"ar", "2026-06-30", "30 حزيران/يونيه 2026"},
	} {
		if got := NewPrinter(tt.lang, nil, true).Date(tt.in); got != tt.want {
			t.Errorf("%s: Date(%q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}
