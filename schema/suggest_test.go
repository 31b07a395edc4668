package schema_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/schema"
)

// TestSuggest checks the suggestions on mistakes people make.
func TestSuggest(t *testing.T) {
	tests := []struct {
		list, value, want string
	}{
		{"maturity-level", "Established", "established"},
		{"maturity-level", "ESTABLISHED", "established"},
		{"maturity-level", "establised", "established"},
		{"maturity-level", "Établi", "established"},
		{"maturity-level", "متنامٍ", "emerging"},
		{"implementation-status", "in-progress", "in_progress"},
		{"implementation-status", "In progress", "in_progress"},
		{"implementation-status", "not implemented", "not_started"},
		{"implementation-status", "partialy_implemented", "partially_implemented"},
		{"position", "accepted", "supported"},
		{"position", "Supported/Noted", "supported_in_part"},
		{"position", "Rejected", "noted"},
		{"position", "suported", "supported"},
		{"position", "Prise en note", "noted"},
		{"country", "Morocco", "MAR"},
		{"country", "Maroc", "MAR"},
		{"country", "المغرب", "MAR"},
		{"country", "Turkey", "TUR"}, // the former name
		{"country", "Bolivia", "BOL"},
		{"country", "Marocco", "MAR"},
		{"country", "Tunesia", "TUN"},
		{"country", "Argelia", "DZA"}, // Spanish
		{"country", "Austrlia", ""},   // Australia or Austria, a letter from each
		{"country", "Bolivie", "BOL"},
		{"country", "Iran", "IRN"},
		{"country", "Russia", "RUS"},
		{"country", "United States", "USA"},
		{"country", "UK", "GBR"},
		{"country", "Viet Nam", "VNM"},
		{"country", "Virgin Islands", ""}, // British or of the United States
		{"action-status", "In progress", "in_progress"},
		{"action-status", "en cours", "in_progress"},
		{"action-status", "done", "completed"},
		{"action-status", "Terminée", "completed"},
		{"action-status", "fait", "completed"},
		{"action-status", "En marcha", "in_progress"},
		{"action-status", "Planned", "in_preparation"},
		{"entity-kind", "Ministère", "ministry"},
		{"mechanism-type", "Inter-ministerial", "inter_ministerial"},
		{"country", "Türkiye", "TUR"},
		{"country", "turkiye", "TUR"},
		{"country", "mar", "MAR"},
		{"country", "Czechia", "CZE"},
		{"country", "État de Palestine", "PSE"},
		{"treaty-body", "Committee against Torture", "CAT"},
		{"treaty-body", "cedaw", "CEDAW"},
		{"treaty-body", "Комитет против пыток", "CAT"},
		{"sdg-target", "16.3", ""}, // a code is not a mistake
		{"sdg-goal", "Gender equality and the empowerment of women and girls", "5"},
		{"currency", "euro", "EUR"},
		{"position", "maybe", ""},
		{"position", "", ""},
		{"no-such-list", "x", ""},
	}
	for _, tt := range tests {
		got, ok := schema.Suggest(tt.list, tt.value)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Suggest(%s, %q) = %q, %v; want %q", tt.list, tt.value, got, ok, tt.want)
		}
	}
}

// BenchmarkSuggest measures a suggestion Suggest remembers, and one it
// seeks: a misspelt country name, compared with 250 codes and their titles
// in six languages.
func BenchmarkSuggest(b *testing.B) {
	schema.Suggest("country", "x")
	b.Run("remembered", func(b *testing.B) {
		for b.Loop() {
			schema.Suggest("country", "Marocco")
		}
	})
	values := make([]string, 5000)
	for i := range values {
		values[i] = fmt.Sprintf("Marocc%d", i)
	}
	for _, v := range values { // past what Suggest remembers
		schema.Suggest("country", v)
	}
	b.Run("sought", func(b *testing.B) {
		i := 0
		for b.Loop() {
			schema.Suggest("country", values[i%len(values)]+"x")
			i++
		}
	})
}

// TestSuggestAliases checks that every alias names a code of its
// codelist.
func TestSuggestAliases(t *testing.T) {
	for list, aliases := range schema.SuggestAliases() {
		for alias, code := range aliases {
			if schema.CodeTitle(list, code, "en") == "" {
				t.Errorf("the alias %q of %s names %q, not a code of the codelist", alias, list, code)
			}
		}
	}
}

// FuzzSuggest checks that a suggestion is always a code of its codelist,
// whatever the value.
func FuzzSuggest(f *testing.F) {
	for _, s := range []string{"Morocco", "In progress", "accepted", "", "é", "\xff", "Bolivia (", "ESTABLISHED"} {
		f.Add(s)
	}
	lists := []string{"country", "position", "action-status", "maturity-level"}
	f.Fuzz(func(t *testing.T, value string) {
		for _, list := range lists {
			code, ok := schema.Suggest(list, value)
			if ok && schema.CodeTitle(list, code, "en") == "" {
				t.Errorf("Suggest(%s, %q) = %q, not a code", list, value, code)
			}
			if !ok && code != "" {
				t.Errorf("Suggest(%s, %q) = %q, false", list, value, code)
			}
		}
	})
}

// BenchmarkEnumProblems measures validating a dataset of 2,000
// recommendations whose recommending State is a misspelt country name
// (every one a problem with a suggestion sought among 250 codes and their
// titles in six languages), beside the same dataset with valid codes.
func BenchmarkEnumProblems(b *testing.B) {
	doc := func(state string) []byte {
		var sb strings.Builder
		sb.WriteString(`{"schemaVersion": "1.1", "publisher": {"name": {"fr": "x"}}, "date": "2026", "state": "MAR", "recommendations": [`)
		for i := range 2000 {
			if i > 0 {
				sb.WriteString(",")
			}
			fmt.Fprintf(&sb, `{"id": "0190d7a4-5b1e-7c3a-9f12-%012d", "source": {"family": "upr", "recommendingStates": [%q]}, "text": {"fr": "Ratifier"}}`, i+1, state)
		}
		sb.WriteString("]}")
		return []byte(sb.String())
	}
	valid, misspelt := doc("FRA"), doc("Marocco")
	if ps := schema.Validate(schema.KindDataset, misspelt); len(ps) != 2000 || ps[0].Args["suggestion"] != "MAR" {
		b.Fatalf("%d problems: %v", len(ps), ps[:1])
	}
	b.Run("valid", func(b *testing.B) {
		for b.Loop() {
			schema.Validate(schema.KindDataset, valid)
		}
	})
	b.Run("misspelt", func(b *testing.B) {
		for b.Loop() {
			schema.Validate(schema.KindDataset, misspelt)
		}
	})
}
