package uhri

import (
	"html"
	"strings"
	"unicode"
)

// blockTags are the HTML elements that end a line of text.
var blockTags = map[string]bool{
	"br": true, "p": true, "div": true, "li": true, "ul": true, "ol": true, "tr": true,
	"table": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "section": true, "article": true, "hr": true,
}

// cleanText turns the text of an export into plain text: HTML tags
// removed (block elements such as <p> and <br> end a line), entities such
// as "&amp;" and "&#8217;" decoded once, white space within a line
// collapsed, lines trimmed and empty lines dropped.
func cleanText(s string) string {
	if plain(s) {
		return strings.TrimSpace(s)
	}
	if strings.IndexByte(s, '<') >= 0 {
		s = stripTags(s)
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.Lines(s) {
		line = strings.TrimRight(line, "\r\n")
		// Within a line, every run of white space (no-break spaces from
		// "&nbsp;" included) becomes one space.
		start := b.Len()
		space := false
		for _, r := range line {
			if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
				space = b.Len() > start
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
		if b.Len() > start {
			b.WriteByte('\n')
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// plain reports whether s needs no cleaning but trimming: ASCII with no
// tag, entity, line break, tab or double space.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<', c == '&', c < ' ', c >= 0x80:
			return false
		case c == ' ' && i+1 < len(s) && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// stripTags removes HTML tags and comments. A "<" that does not open a tag
// (as in "a < b") is kept.
func stripTags(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		if strings.HasPrefix(s, "<!--") {
			end := strings.Index(s, "-->")
			if end < 0 {
				return b.String()
			}
			s = s[end+3:]
			continue
		}
		name, isTag := tagName(s)
		end := strings.IndexByte(s, '>')
		if !isTag || end < 0 {
			b.WriteByte('<')
			s = s[1:]
			continue
		}
		if blockTags[name] {
			b.WriteByte('\n')
		}
		s = s[end+1:]
	}
}

// tagName returns the lower-case element name of the tag s starts with, and
// whether s starts with a tag ("<p", "</p", "<br/", "<!DOCTYPE").
func tagName(s string) (string, bool) {
	s = s[1:]
	s = strings.TrimPrefix(s, "/")
	if strings.HasPrefix(s, "!") || strings.HasPrefix(s, "?") {
		return "", true
	}
	n := 0
	for n < len(s) && (s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z' || n > 0 && s[n] >= '0' && s[n] <= '9') {
		n++
	}
	if n == 0 {
		return "", false
	}
	if n < len(s) {
		switch c := s[n]; {
		case c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r':
		default:
			return "", false
		}
	}
	return strings.ToLower(s[:n]), true
}

// splitParagraph takes the paragraph number off the start of a text:
// "140.7 Ratify …" → "140.7", "Ratify …"; "49. The Committee …" → "49",
// "The Committee …". A number is taken only when a dot belongs to it and
// what follows starts like a sentence (a capital letter, a quotation mark
// or an opening bracket), so that "1.5 million people" or "2030 Agenda"
// stay as they are.
func splitParagraph(text string) (para, rest string) {
	i := 0
	dotted := false
	for {
		start := i
		for i < len(text) && text[i] >= '0' && text[i] <= '9' {
			i++
		}
		if i == start || i-start > 4 {
			return "", text
		}
		if i < len(text) && text[i] == '.' {
			dotted = true
			if i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
				i++
				continue
			}
			para = text[:i]
			i++
		} else {
			para = text[:i]
		}
		break
	}
	if !dotted || i >= len(text) || (text[i] != ' ' && text[i] != '\t') {
		return "", text
	}
	rest = strings.TrimLeft(text[i:], " \t")
	if rest == "" {
		return "", text
	}
	r := []rune(rest[:min(len(rest), 4)])[0]
	if !(unicode.IsUpper(r) || strings.ContainsRune("\"“«'‘([", r) || unicode.IsLetter(r) && !unicode.IsLower(r)) {
		return "", text
	}
	return para, rest
}

// splitValues splits the values of a multi-value field: each value may
// hold several, one per line, each perhaps prefixed with "- ". Empty values
// are dropped and the others trimmed.
func splitValues(vals []string) []string {
	var out []string
	for _, v := range vals {
		if !strings.ContainsAny(v, "\n\r") {
			if v = trimValue(v); v != "" {
				out = append(out, v)
			}
			continue
		}
		for line := range strings.Lines(v) {
			for part := range strings.SplitSeq(line, "\r") {
				if part = trimValue(part); part != "" {
					out = append(out, part)
				}
			}
		}
	}
	return out
}

// trimValue trims white space and a leading "- " or "• " from one value.
func trimValue(v string) string {
	v = strings.TrimSpace(v)
	for _, p := range []string{"- ", "• ", "* ", "– "} {
		if strings.HasPrefix(v, p) {
			v = strings.TrimSpace(v[len(p):])
			break
		}
	}
	if v == "-" || v == "•" {
		return ""
	}
	return v
}
