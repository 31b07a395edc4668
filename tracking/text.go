package tracking

import (
	"maps"
	"slices"
	"strings"
)

// Text is text that people read, as a language map: each key is a language
// tag (BCP 47, such as "en", "ar" or "es-419") and each value the text in
// that language. The six UN languages are the usual keys; national
// languages may be added.
type Text map[string]string

// En returns a Text with English text only.
func En(s string) Text { return Text{"en": s} }

// Get returns the text in the first of the languages langs that t holds,
// in the caller's order of preference: for each language, the language
// itself, then the language without its region or script ("es-419" →
// "es"). When t holds none of them, Get falls back to English, then to the
// first language in sorted order. It returns "" for an empty Text.
//
// Get("fr") reads French or else English; Get("pt", "es", "fr") lets a
// Lusophone reader fall back to Spanish, then French, before English.
func (t Text) Get(langs ...string) string {
	for _, lang := range langs {
		if s, ok := t[lang]; ok {
			return s
		}
		if base, _, cut := strings.Cut(lang, "-"); cut {
			if s, ok := t[base]; ok {
				return s
			}
		}
	}
	if s, ok := t["en"]; ok {
		return s
	}
	if len(t) == 0 {
		return ""
	}
	return t[slices.Sorted(maps.Keys(t))[0]]
}

// Languages returns the language tags of t, sorted.
func (t Text) Languages() []string { return slices.Sorted(maps.Keys(t)) }

// Clone returns a copy of t.
func (t Text) Clone() Text {
	if t == nil {
		return nil
	}
	return maps.Clone(t)
}

// ValidLanguageTag reports whether tag is a well-formed language tag as the
// standard accepts it: a primary language subtag of two or three lower-case
// letters, then optional subtags of one to eight letters or digits, joined by
// hyphens ("en", "ar", "zh-Hans", "es-419").
func ValidLanguageTag(tag string) bool {
	primary, rest, _ := strings.Cut(tag, "-")
	if len(primary) < 2 || len(primary) > 3 {
		return false
	}
	for _, c := range []byte(primary) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	if rest == "" {
		return !strings.HasSuffix(tag, "-")
	}
	for sub := range strings.SplitSeq(rest, "-") {
		if len(sub) < 1 || len(sub) > 8 {
			return false
		}
		for _, c := range []byte(sub) {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
				return false
			}
		}
	}
	return true
}

// rtlLanguages are the primary language subtags written right to left.
var rtlLanguages = map[string]bool{"ar": true, "he": true, "fa": true, "ur": true, "ps": true, "dv": true, "yi": true, "ckb": true, "sd": true, "ug": true}

// RightToLeft reports whether text in the language tag is written right to
// left, as Arabic is among the UN languages.
func RightToLeft(tag string) bool {
	primary, _, _ := strings.Cut(tag, "-")
	return rtlLanguages[primary]
}

// RightToLeft reports whether the language is written right to left (only
// Arabic among the UN languages).
func (l Language) RightToLeft() bool { return RightToLeft(string(l)) }
