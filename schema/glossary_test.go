package schema_test

import (
	"encoding/csv"
	"os"
	"slices"
	"testing"

	"github.com/nmirf/nmirf/internal/langtest"
)

// TestGlossary keeps the glossary that every translation follows complete
// in the six UN languages, each term in its language's script.
func TestGlossary(t *testing.T) {
	f, err := os.Open("glossary.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := []string{"en", "ar", "es", "fr", "ru", "zh", "check", "note"}
	if !slices.Equal(rows[0], header) {
		t.Fatalf("header %v, want %v", rows[0], header)
	}
	seen := map[string]bool{}
	for _, row := range rows[1:] {
		if seen[row[0]] {
			t.Errorf("%q appears twice", row[0])
		}
		seen[row[0]] = true
		for i, lang := range header[:6] {
			if row[i] == "" {
				t.Errorf("%q has no %s term", row[0], lang)
			} else if err := langtest.Script(lang, row[i]); err != nil {
				t.Errorf("%q in %s: %v", row[0], lang, err)
			}
		}
		if row[6] != "yes" && row[6] != "no" {
			t.Errorf("%q: check is %q, want yes or no", row[0], row[6])
		}
	}
}
