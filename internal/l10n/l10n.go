// Package l10n writes the example programs' own words in the six UN
// languages: a table of words per program, numbers formatted for the
// language (golang.org/x/text/message), Western digits in Arabic by default
// (as the Maghreb and most data tools write them) and Arabic-Indic digits
// as an option, and lists joined as each language joins them. Years, codes,
// dates and document symbols are strings the programs pass through as they
// are: only numbers given to a %d or %v verb are localised.
package l10n

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Languages are the six official languages of the United Nations, the
// languages of the programs' words.
var Languages = []string{"ar", "en", "es", "fr", "ru", "zh"}

// Words holds a program's words: for each key, the text in each language.
// A text is a fmt format.
type Words map[string]map[string]string

// Parse returns the language of the tag among the six ("fr-CA" gives "fr"),
// or an error naming the six.
func Parse(tag string) (string, error) {
	t, err := language.Parse(tag)
	if err == nil {
		base, _ := t.Base()
		if slices.Contains(Languages, base.String()) {
			return base.String(), nil
		}
	}
	return "", fmt.Errorf("%q is not one of the six UN languages: %s", tag, strings.Join(Languages, ", "))
}

// Printer writes words and numbers in one language. It is safe for
// concurrent use once made.
type Printer struct {
	lang  string
	words Words
	p     *message.Printer
}

// NewPrinter returns a printer of the words in lang, one of Languages.
// Numbers are written with Western digits, or, in Arabic when arabicDigits
// is true, with Arabic-Indic digits.
func NewPrinter(lang string, words Words, arabicDigits bool) *Printer {
	tag := language.Make(lang)
	if lang == "ar" {
		tag = language.Make("ar-u-nu-latn")
		if arabicDigits {
			tag = language.Make("ar-u-nu-arab")
		}
	}
	return &Printer{lang: lang, words: words, p: message.NewPrinter(tag)}
}

// Lang returns the printer's language.
func (p *Printer) Lang() string { return p.lang }

// RightToLeft reports whether the printer's language is written right to
// left.
func (p *Printer) RightToLeft() bool { return p.lang == "ar" }

// Sprintf formats the words of key in the printer's language (English when
// the table lacks the language), with numbers formatted for the language.
func (p *Printer) Sprintf(key string, args ...any) string {
	w, ok := p.words[key]
	if !ok {
		return key
	}
	format, ok := w[p.lang]
	if !ok {
		format = w["en"]
	}
	return p.p.Sprintf(format, args...)
}

// Date writes an ISO 8601 date that may be partial ("2026", "2026-06",
// "2026-06-30") as Date does for the printer's language; text that is not
// such a date is returned as it is.
func (p *Printer) Date(iso string) string {
	var y, m, d int
	parts := strings.Split(iso, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return iso
	}
	for i, part := range parts {
		if (i > 0 && len(part) != 2) || strings.Trim(part, "0123456789") != "" {
			return iso
		}
		n, _ := strconv.Atoi(part)
		switch i {
		case 0:
			y = n
		case 1:
			m = n
		case 2:
			d = n
		}
	}
	if out := Date(p.lang, y, m, d); out != "" {
		return out
	}
	return iso
}

// Int formats n for the language: grouped digits, Western or Arabic-Indic.
func (p *Printer) Int(n int) string { return p.p.Sprintf("%d", n) }

// List joins items as the language writes a list: with "، " in Arabic,
// "、" in Chinese and ", " otherwise.
func (p *Printer) List(items []string) string {
	switch p.lang {
	case "ar":
		return strings.Join(items, "، ")
	case "zh":
		return strings.Join(items, "、")
	}
	return strings.Join(items, ", ")
}

// Missing returns the keys of words that lack a text in one of the six
// languages, as "key/lang", for a test that keeps a table complete.
func (w Words) Missing() []string {
	var out []string
	for _, key := range sortedKeys(w) {
		for _, lang := range Languages {
			if w[key][lang] == "" {
				out = append(out, key+"/"+lang)
			}
		}
	}
	return out
}

func sortedKeys(w Words) []string {
	keys := make([]string, 0, len(w))
	for k := range w {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
