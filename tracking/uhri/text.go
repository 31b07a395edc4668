package uhri

import (
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// blockTags are the HTML elements that end a line of text.
var blockTags = map[string]bool{
	"br": true, "p": true, "div": true, "li": true, "ul": true, "ol": true, "tr": true,
	"table": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "section": true, "article": true, "hr": true, "dd": true, "dt": true,
	"dl": true, "caption": true, "header": true, "footer": true, "pre": true, "address": true,
}

// knownElements are the HTML elements whose tags the cleaner removes
// without a word: those that mark up text (Word's "o:p" included). Other
// names in angle brackets are text, unless their attributes show them to
// be markup.
var knownElements = func() map[string]bool {
	m := map[string]bool{"o:p": true}
	for _, name := range strings.Fields(`a abbr acronym address article aside b basefont bdi bdo big
		blockquote body br caption center cite code col colgroup dd del dfn div dl dt em figcaption
		figure font footer h1 h2 h3 h4 h5 h6 head header hr html i img ins kbd li main mark meta nav
		nobr ol p pre q s samp section small span strike strong sub sup table tbody td tfoot th thead
		time title tr tt u ul var wbr`) {
		m[name] = true
	}
	for name := range blockTags {
		m[name] = true
	}
	return m
}()

// booleanAttributes are the HTML attributes that may stand without a
// value in the elements above. Any other attribute of a tag needs one, so
// that "<b and y>" is text and not a tag.
var booleanAttributes = map[string]bool{
	"nowrap": true, "noshade": true, "compact": true, "hidden": true, "itemscope": true,
	"reversed": true, "ismap": true, "open": true,
}

// cleanText turns the text of an export into plain text: HTML markup
// removed (block elements such as <p> and <br> end a line), entities such
// as "&amp;" and "&#8217;" decoded once, lines trimmed and empty lines
// dropped. The text within a line stays as published: its spaces, tabs and
// no-break spaces are not collapsed.
//
// Only markup goes: well-formed tags of known elements, complete comments,
// and a document type or XML declaration. Anything else in angle brackets
// ("Ratify <the Convention>", "x <b and y> z", an unterminated "<!--")
// stays as text. Tags of elements the cleaner does not know are removed
// only when their attributes show them to be markup (`<st1:place
// w:st="on">`), and then returned in removed, so that the record can say
// what it lost.
func cleanText(s string) (text string, removed []string) {
	if plain(s) {
		return strings.TrimSpace(s), nil
	}
	if strings.IndexByte(s, '<') >= 0 {
		s, removed = stripTags(s)
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for line := range strings.Lines(s) {
		line = strings.TrimFunc(line, isBlank)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String(), removed
}

// isBlank reports whether r is white space at the end of a line: space,
// tab, line breaks, no-break and zero-width spaces, byte order marks.
func isBlank(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff'
}

// plain reports whether s needs no cleaning but trimming: ASCII with no
// tag, entity, line break or tab.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '<', c == '&', c < ' ', c >= 0x80:
			return false
		}
	}
	return true
}

// maxRemovedListed bounds the tags of unknown elements that cleanText
// lists.
const maxRemovedListed = 8

// stripTags removes HTML markup (see cleanText) and returns the tags of
// unknown elements it removed.
func stripTags(s string) (string, []string) {
	var b strings.Builder
	b.Grow(len(s))
	var removed, opened []string
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			return b.String(), removed
		}
		b.WriteString(s[:i])
		s = s[i:]
		n, name, closing, unknown := markup(s)
		if n == 0 || unknown && closing && !slices.Contains(opened, name) {
			b.WriteByte('<')
			s = s[1:]
			continue
		}
		if unknown {
			if !closing && !slices.Contains(opened, name) {
				opened = append(opened, name)
			}
			if tag := s[:n]; len(removed) < maxRemovedListed && !slices.Contains(removed, tag) {
				removed = append(removed, tag)
			}
		}
		if blockTags[name] {
			b.WriteByte('\n')
		}
		s = s[n:]
	}
}

// markup reports the length of the markup s starts with, 0 if s does not
// start with markup: a complete comment, a document type or XML
// declaration, Word's "<![if …]>" and "<![endif]>", or a well-formed tag. For a tag it returns the element's
// lower-case name, whether the tag closes the element, and whether the
// element is not one of knownElements; such a tag counts as markup only
// when it has an attribute with a value, or closes an element.
func markup(s string) (n int, name string, closing, unknown bool) {
	switch {
	case strings.HasPrefix(s, "<!--"):
		if end := strings.Index(s[4:], "-->"); end >= 0 {
			return 4 + end + 3, "", false, false
		}
		return 0, "", false, false
	case len(s) >= 9 && strings.EqualFold(s[:9], "<!doctype"):
		if end := strings.IndexByte(s, '>'); end >= 0 && !strings.Contains(s[1:end], "<") {
			return end + 1, "", false, false
		}
		return 0, "", false, false
	case strings.HasPrefix(s, "<![if ") || strings.HasPrefix(s, "<![endif]>"):
		// Word's conditional markup, revealed to other browsers.
		if end := strings.Index(s, "]>"); end >= 0 && !strings.Contains(s[3:end], "<") {
			return end + 2, "", false, false
		}
		return 0, "", false, false
	case strings.HasPrefix(s, "<?xml"):
		if end := strings.Index(s, "?>"); end >= 0 && !strings.Contains(s[2:end], "<") {
			return end + 2, "", false, false
		}
		return 0, "", false, false
	}
	i := 1
	if i < len(s) && s[i] == '/' {
		closing = true
		i++
	}
	start := i
	for i < len(s) && (isLetter(s[i]) || i > start && (isDigit(s[i]) || s[i] == '-' || s[i] == ':')) {
		i++
	}
	if i == start {
		return 0, "", false, false
	}
	name = strings.ToLower(s[start:i])
	unknown = !knownElements[name]
	if closing {
		i = skipHTMLSpace(s, i)
		if i < len(s) && s[i] == '>' {
			return i + 1, name, true, unknown
		}
		return 0, "", false, false
	}
	valued := false
	for {
		j := skipHTMLSpace(s, i)
		if j >= len(s) {
			return 0, "", false, false
		}
		switch {
		case s[j] == '>':
			if unknown && !valued {
				return 0, "", false, false
			}
			return j + 1, name, false, unknown
		case s[j] == '/' && j+1 < len(s) && s[j+1] == '>':
			if unknown && !valued {
				return 0, "", false, false
			}
			return j + 2, name, false, unknown
		case j == i:
			return 0, "", false, false // an attribute must follow white space
		}
		end, hasValue, ok := attribute(s, j)
		if !ok {
			return 0, "", false, false
		}
		valued = valued || hasValue
		i = end
	}
}

// attribute reads the attribute at s[i]: a name, and "=" and a value
// (quoted, or a run of characters that cannot end a tag) unless the name is
// one of booleanAttributes. It returns where the attribute ends.
func attribute(s string, i int) (end int, hasValue, ok bool) {
	start := i
	for i < len(s) && (isLetter(s[i]) || s[i] == '_' || s[i] == ':' || i > start && (isDigit(s[i]) || s[i] == '-' || s[i] == '.')) {
		i++
	}
	if i == start {
		return 0, false, false
	}
	attr := strings.ToLower(s[start:i])
	j := skipHTMLSpace(s, i)
	if j >= len(s) || s[j] != '=' {
		return i, false, booleanAttributes[attr]
	}
	j = skipHTMLSpace(s, j+1)
	if j >= len(s) {
		return 0, false, false
	}
	if q := s[j]; q == '"' || q == '\'' {
		k := strings.IndexByte(s[j+1:], q)
		if k < 0 {
			return 0, false, false
		}
		return j + 1 + k + 1, true, true
	}
	k := j
	for k < len(s) && !strings.ContainsRune(" \t\n\r\f\"'=<>`", rune(s[k])) {
		k++
	}
	if k == j {
		return 0, false, false
	}
	return k, true, true
}

func skipHTMLSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f') {
		i++
	}
	return i
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// splitParagraph takes the paragraph number off the start of a text:
// "140.7 Ratify …" → "140.7", "Ratify …"; "49. The Committee …" → "49",
// "The Committee …"; "3.The Committee …", the number run into the text,
// → "3", "The Committee …". A number is taken only when a dot belongs to it
// and what follows starts like a sentence (a capital letter, a quotation
// mark or an opening bracket), so that "1.5 million people" or "2030
// Agenda" stay as they are.
func splitParagraph(text string) (para, rest string) {
	i := 0
	dotted := false
	trailingDot := false
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
			trailingDot = true
		} else {
			para = text[:i]
		}
		break
	}
	if !dotted || i >= len(text) {
		return "", text
	}
	rest = strings.TrimLeftFunc(text[i:], func(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' })
	if rest == "" {
		return "", text
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if len(rest) == len(text)-i {
		// No space after the number: only "3.The", a dot then a capital.
		if !trailingDot || !unicode.IsUpper(r) {
			return "", text
		}
	}
	if !(unicode.IsUpper(r) || strings.ContainsRune("\"“«'‘([", r) || unicode.IsLetter(r) && !unicode.IsLower(r)) {
		return "", text
	}
	return para, rest
}

// maxHeadingLines and maxHeadingBytes bound what splitSection takes for
// the heading of a section.
const (
	maxHeadingLines = 3
	maxHeadingBytes = 300
)

// splitSection takes the heading of a section of the document off the
// start of a text: "Domestic application of the Covenant\n7. Reiterating
// …" → "Domestic application of the Covenant", "7. Reiterating …". The
// lines before the first numbered paragraph are a heading when there are
// at most three, each short and none ending as a sentence does (with a
// full stop, a colon or a semicolon); the heading is those lines, one per
// line. Otherwise the text is returned whole.
func splitSection(text string) (section, rest string) {
	if text == "" || text[0] >= '0' && text[0] <= '9' {
		return "", text
	}
	var lines []string
	s := text
	for len(lines) < maxHeadingLines {
		line, after, ok := strings.Cut(s, "\n")
		if !ok {
			return "", text
		}
		if len(line) > maxHeadingBytes || strings.HasSuffix(line, ".") || strings.HasSuffix(line, ":") || strings.HasSuffix(line, ";") {
			return "", text
		}
		lines = append(lines, line)
		if para, _ := splitParagraph(after); para != "" {
			return strings.Join(lines, "\n"), after
		}
		s = after
	}
	return "", text
}

// decodeEntities decodes the HTML entities of a value other than the text
// ("&amp;" → "&"), once, as cleanText does for the text.
func decodeEntities(v string) string {
	if strings.IndexByte(v, '&') < 0 {
		return v
	}
	return html.UnescapeString(v)
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

// trimValue trims white space and a leading "- " or "• " from one value,
// after decoding its HTML entities ("Equality &amp; non-discrimination").
func trimValue(v string) string {
	v = strings.TrimSpace(decodeEntities(v))
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
