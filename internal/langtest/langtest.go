// Package langtest checks translations in tests: that a text is written in
// the script of its language, and that no two languages share a text (a
// text copied instead of translated).
package langtest

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ProperNameLength is the longest text, in characters, that two languages
// may share: a proper name, an acronym or a short word written alike
// ("Coordination" in English and French). A longer shared text is a copy.
const ProperNameLength = 24

// scriptOf names the script that a language's texts are written in.
func scriptOf(lang string) *unicode.RangeTable {
	primary, _, _ := strings.Cut(lang, "-")
	switch primary {
	case "ar", "fa", "ur":
		return unicode.Arabic
	case "ru", "uk", "be", "bg", "kk", "ky", "sr", "mk", "tg":
		return unicode.Cyrillic
	case "zh", "ja":
		return unicode.Han
	}
	return unicode.Latin
}

var scripts = []*unicode.RangeTable{unicode.Latin, unicode.Arabic, unicode.Cyrillic, unicode.Han}

func script(r rune) *unicode.RangeTable {
	for _, t := range scripts {
		if unicode.Is(t, r) {
			return t
		}
	}
	return nil
}

// Script returns an error when s is not written in the script of the
// language lang: Arabic for "ar", Cyrillic for "ru", Chinese characters for
// "zh", Latin otherwise. Words in Latin letters may stand in a text of
// another script (acronyms such as SMART, names such as SIMORE), as long as
// some letters, and in a text of 40 letters or more most letters, are of the
// language's script; a word that mixes two scripts, and a letter of a third
// script, are errors.
func Script(lang, s string) error {
	want := scriptOf(lang)
	var own, total int
	for word := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
		var first *unicode.RangeTable
		for _, r := range word {
			sc := script(r)
			if sc == nil {
				if unicode.IsMark(r) {
					continue
				}
				return fmt.Errorf("%q holds the letter %q of no expected script", word, r)
			}
			if first == nil {
				first = sc
			} else if sc != first && want != unicode.Han {
				return fmt.Errorf("the word %q mixes two scripts", word)
			}
			if sc != want && sc != unicode.Latin {
				return fmt.Errorf("the word %q is not in the script of %s", word, lang)
			}
			total++
			if sc == want {
				own++
			}
		}
	}
	switch {
	case total > 0 && own == 0:
		return fmt.Errorf("no letter is in the script of %s", lang)
	case total >= 40 && own*2 < total:
		return fmt.Errorf("fewer than half the letters are in the script of %s", lang)
	}
	return nil
}

// Shared returns, for a text given in several languages, the pairs of
// languages whose texts are the same and longer than ProperNameLength,
// as "en=fr".
func Shared(texts map[string]string) []string {
	langs := make([]string, 0, len(texts))
	for l := range texts {
		langs = append(langs, l)
	}
	slices.Sort(langs)
	var out []string
	for i, a := range langs {
		for _, b := range langs[i+1:] {
			if texts[a] == texts[b] && utf8.RuneCountInString(texts[a]) > ProperNameLength {
				out = append(out, a+"="+b)
			}
		}
	}
	return out
}
