package maturity

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"

	"github.com/nmirf/nmirf/schema"
)

// ReportWords are the words of the reports and charts in one language, by
// key: the headings, table headers, legends and sentences of
// Result.Markdown, Result.RadarSVG and Comparison.Markdown, each a fmt
// format whose verbs (%s, %d) are those of the English words. A host that
// adds a language translates the words ReportWordsIn("en") gives and gives
// them to ReportOptions.Words. A ReportWords is a plain map: safe to share
// once made, as long as no one changes it.
type ReportWords map[string]string

// ReportWordsIn returns a copy of the built-in words of the reports in
// lang, one of Languages, and whether there are such words.
func ReportWordsIn(lang string) (ReportWords, bool) {
	if !slices.Contains(Languages(), lang) {
		return nil, false
	}
	t := builtIn(lang)
	w := make(ReportWords, len(messages))
	for key := range messages {
		w[key] = msg(t, key)
	}
	return w, true
}

// LoadReportWords reads the words of the reports in a language from a JSON
// object of keys and words, as ReportWordsIn gives them, and checks them
// with Check.
func LoadReportWords(data []byte) (ReportWords, error) {
	var w ReportWords
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, schema.Problems{problem("", CodeInvalidValue, "reportWords", schema.Args{"error": err.Error()})}
	}
	if ps := w.Check(); len(ps) > 0 {
		return nil, ps
	}
	return w, nil
}

// Check reports the words that are not words of the reports (an unknown
// key) and those whose verbs differ from the English words', which would
// print a wrong value or none; a key left out is no problem (its English
// words are used).
func (w ReportWords) Check() schema.Problems {
	var ps schema.Problems
	en := builtIn("en")
	for _, key := range slices.Sorted(maps.Keys(w)) {
		if _, ok := messages[key]; !ok {
			add(&ps, schema.Pointer(key), CodeInvalidValue, "reportWordsKey", schema.Args{"key": key})
			continue
		}
		if got, want := verbs(w[key]), verbs(msg(en, key)); got != want {
			add(&ps, schema.Pointer(key), CodeInvalidValue, "reportWordsVerbs", schema.Args{"key": key, "verbs": want})
		}
	}
	return ps
}

// verbs lists the fmt verbs of a format, in order, such as "%s %d".
func verbs(format string) string {
	var out []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' || i+1 >= len(format) {
			continue
		}
		i++
		if format[i] == '%' {
			continue
		}
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, '%', format[i])
	}
	if len(out) == 0 {
		return strconv.Quote("")
	}
	return string(out)
}
