package schema

import (
	"encoding/json"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Limits bounds the documents a decoder accepts, so that a huge or deeply
// nested input fails with a clear problem instead of exhausting memory or
// the stack.
type Limits struct {
	// MaxBytes is the largest document accepted, in bytes.
	MaxBytes int64
	// MaxDepth is the deepest nesting of objects and arrays accepted.
	MaxDepth int
}

// DefaultLimits are the limits used when a caller gives none: documents of
// up to 512 MiB (a dataset of several hundred thousand recommendations) and
// nesting up to 64 levels (the deepest standard document needs fewer than 10).
var DefaultLimits = Limits{MaxBytes: 512 << 20, MaxDepth: 64}

func (l Limits) orDefault() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultLimits.MaxBytes
	}
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultLimits.MaxDepth
	}
	return l
}

// Problem codes reported by Parse and CheckSyntax.
const (
	CodeSyntax       = "json.syntax"
	CodeDuplicateKey = "json.duplicateKey"
	CodeInvalidUTF8  = "json.invalidUTF8"
	CodeTooDeep      = "json.tooDeep"
	CodeTooLarge     = "json.tooLarge"
	CodeTrailingData = "json.trailingData"
)

// Parse decodes one JSON document into generic values (map[string]any,
// []any, json.Number, string, bool and nil), more strictly than
// encoding/json: it reports every duplicate object key and every string that
// is not valid UTF-8 (including escaped lone surrogates), and it rejects
// trailing data, documents larger than lim.MaxBytes and nesting deeper than
// lim.MaxDepth. Zero fields of lim take their values from DefaultLimits.
//
// Numbers keep their exact text as json.Number. A syntax error stops the
// parse; the other problems are collected and the value is still returned,
// so that schema validation can go on and report more. The returned value is
// nil whenever problems is not empty.
func Parse(data []byte, lim Limits) (value any, problems Problems) {
	p := parser{data: data, build: true}
	v := p.run(lim.orDefault())
	if len(p.problems) > 0 {
		return nil, p.problems.Normalize()
	}
	return v, nil
}

// CheckSyntax reports the same problems as Parse without building values.
func CheckSyntax(data []byte, lim Limits) Problems {
	p := parser{data: data}
	p.run(lim.orDefault())
	return p.problems.Normalize()
}

type parser struct {
	data     []byte
	pos      int
	build    bool
	maxDepth int
	path     []string // reference tokens, unescaped
	keys     [][]string
	problems Problems
	buf      []byte
	fatal    bool
}

func (p *parser) run(lim Limits) any {
	if int64(len(p.data)) > lim.MaxBytes {
		p.problems.Add("", CodeTooLarge, "the document is %d bytes, more than the limit of %d bytes", len(p.data), lim.MaxBytes)
		return nil
	}
	p.maxDepth = lim.MaxDepth
	p.skipSpace()
	if p.pos == len(p.data) {
		p.fail("the document is empty")
		return nil
	}
	v := p.value(0)
	if p.fatal {
		return nil
	}
	p.skipSpace()
	if p.pos < len(p.data) {
		p.problems.Add("", CodeTrailingData, "unexpected data after the JSON value at byte offset %d", p.pos)
	}
	return v
}

func (p *parser) pointer() string {
	toks := make([]any, len(p.path))
	for i, t := range p.path {
		toks[i] = t
	}
	return Pointer(toks...)
}

func (p *parser) fail(format string, args ...any) {
	if p.fatal {
		return
	}
	p.fatal = true
	p.problems.Add(p.pointer(), CodeSyntax, "%s", fmt.Sprintf(format, args...))
}

func (p *parser) skipSpace() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) describe() string {
	if p.pos >= len(p.data) {
		return "end of input"
	}
	c := p.data[p.pos]
	if c < 0x20 || c >= 0x7f {
		return fmt.Sprintf("byte 0x%02x at offset %d", c, p.pos)
	}
	return fmt.Sprintf("%q at offset %d", c, p.pos)
}

func (p *parser) value(depth int) any {
	if p.pos >= len(p.data) {
		p.fail("unexpected end of input, a value was expected")
		return nil
	}
	switch c := p.data[p.pos]; c {
	case '{':
		return p.object(depth + 1)
	case '[':
		return p.array(depth + 1)
	case '"':
		s, _ := p.str()
		if p.build {
			return s
		}
		return nil
	case 't':
		return p.literal("true", true)
	case 'f':
		return p.literal("false", false)
	case 'n':
		return p.literal("null", nil)
	default:
		if c == '-' || (c >= '0' && c <= '9') {
			return p.number()
		}
		p.fail("unexpected %s, a value was expected", p.describe())
		return nil
	}
}

func (p *parser) literal(word string, v any) any {
	if len(p.data)-p.pos >= len(word) && string(p.data[p.pos:p.pos+len(word)]) == word {
		p.pos += len(word)
		return v
	}
	p.fail("unexpected %s, a value was expected", p.describe())
	return nil
}

func (p *parser) number() any {
	start := p.pos
	d := p.data
	if p.pos < len(d) && d[p.pos] == '-' {
		p.pos++
	}
	switch {
	case p.pos < len(d) && d[p.pos] == '0':
		p.pos++
	case p.pos < len(d) && d[p.pos] >= '1' && d[p.pos] <= '9':
		for p.pos < len(d) && d[p.pos] >= '0' && d[p.pos] <= '9' {
			p.pos++
		}
	default:
		p.fail("malformed number at offset %d", start)
		return nil
	}
	if p.pos < len(d) && d[p.pos] == '.' {
		p.pos++
		if !p.digits() {
			p.fail("malformed number at offset %d: digits expected after the decimal point", start)
			return nil
		}
	}
	if p.pos < len(d) && (d[p.pos] == 'e' || d[p.pos] == 'E') {
		p.pos++
		if p.pos < len(d) && (d[p.pos] == '+' || d[p.pos] == '-') {
			p.pos++
		}
		if !p.digits() {
			p.fail("malformed number at offset %d: digits expected in the exponent", start)
			return nil
		}
	}
	if p.build {
		return json.Number(d[start:p.pos])
	}
	return nil
}

func (p *parser) digits() bool {
	start := p.pos
	for p.pos < len(p.data) && p.data[p.pos] >= '0' && p.data[p.pos] <= '9' {
		p.pos++
	}
	return p.pos > start
}

// str reads a string starting at the opening quote. It returns the decoded
// text (only when building values or when the string is a key) and whether
// the text is valid Unicode.
func (p *parser) str() (string, bool) {
	return p.strKey(false)
}

func (p *parser) strKey(isKey bool) (string, bool) {
	start := p.pos + 1
	d := p.data
	i := start
	valid := true
	// Fast path: no escapes.
	for i < len(d) {
		c := d[i]
		if c == '"' {
			p.pos = i + 1
			if !valid {
				return p.badUTF8(isKey, string(d[start:i]))
			}
			if p.build || isKey {
				return string(d[start:i]), true
			}
			return "", true
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			p.pos = i
			p.fail("control character 0x%02x in a string at offset %d; it must be escaped", c, i)
			return "", false
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(d[i:])
			if r == utf8.RuneError && size == 1 {
				valid = false
			}
			i += size
			continue
		}
		i++
	}
	// Slow path: decode escapes.
	buf := append(p.buf[:0], d[start:i]...)
	for {
		if i >= len(d) {
			p.pos = i
			p.fail("unterminated string starting at offset %d", start-1)
			return "", false
		}
		c := d[i]
		switch {
		case c == '"':
			p.pos = i + 1
			p.buf = buf
			if !valid {
				return p.badUTF8(isKey, string(buf))
			}
			return string(buf), true
		case c == '\\':
			if i+1 >= len(d) {
				p.pos = i
				p.fail("unterminated escape at offset %d", i)
				return "", false
			}
			e := d[i+1]
			i += 2
			switch e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, ok := p.hex4(i)
				if !ok {
					return "", false
				}
				i += 4
				if utf16.IsSurrogate(r) {
					r2 := rune(-1)
					if i+1 < len(d) && d[i] == '\\' && d[i+1] == 'u' {
						if v, ok := p.hex4(i + 2); ok {
							r2 = v
						} else {
							return "", false
						}
					}
					if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
						buf = utf8.AppendRune(buf, dec)
						i += 6
					} else {
						valid = false
					}
					continue
				}
				buf = utf8.AppendRune(buf, r)
			default:
				p.pos = i - 2
				p.fail("invalid escape \\%c in a string at offset %d", e, i-2)
				return "", false
			}
		case c < 0x20:
			p.pos = i
			p.fail("control character 0x%02x in a string at offset %d; it must be escaped", c, i)
			return "", false
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(d[i:])
			if r == utf8.RuneError && size == 1 {
				valid = false
			}
			buf = append(buf, d[i:i+size]...)
			i += size
		default:
			buf = append(buf, c)
			i++
		}
	}
}

func (p *parser) badUTF8(isKey bool, s string) (string, bool) {
	what := "a string"
	if isKey {
		what = "an object key"
	}
	p.problems.Add(p.pointer(), CodeInvalidUTF8, "%s is not valid UTF-8 text (or holds an unpaired surrogate escape)", what)
	return s, false
}

func (p *parser) hex4(i int) (rune, bool) {
	if i+4 > len(p.data) {
		p.pos = i
		p.fail("unterminated \\u escape at offset %d", i-2)
		return 0, false
	}
	n, err := strconv.ParseUint(string(p.data[i:i+4]), 16, 16)
	if err != nil {
		p.pos = i
		p.fail("invalid \\u escape at offset %d", i-2)
		return 0, false
	}
	return rune(n), true
}

func (p *parser) enter(depth int) bool {
	if depth > p.maxDepth {
		p.fail("nesting deeper than the limit of %d levels", p.maxDepth)
		p.problems[len(p.problems)-1].Code = CodeTooDeep
		return false
	}
	return true
}

func (p *parser) object(depth int) any {
	if !p.enter(depth) {
		return nil
	}
	p.pos++ // {
	var obj map[string]any
	if p.build {
		obj = make(map[string]any)
	}
	for len(p.keys) < depth {
		p.keys = append(p.keys, nil)
	}
	keys := p.keys[depth-1][:0]
	var seen map[string]struct{} // replaces the linear scan in large objects
	defer func() { p.keys[depth-1] = keys[:0] }()
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return obj
	}
	for {
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			p.fail("unexpected %s, an object key was expected", p.describe())
			return nil
		}
		key, _ := p.strKey(true)
		if p.fatal {
			return nil
		}
		p.path = append(p.path, key)
		dup := false
		if p.build {
			_, dup = obj[key]
		} else if seen != nil {
			_, dup = seen[key]
			seen[key] = struct{}{}
		} else {
			for _, k := range keys {
				if k == key {
					dup = true
					break
				}
			}
			keys = append(keys, key)
			if len(keys) > 32 {
				seen = make(map[string]struct{}, 2*len(keys))
				for _, k := range keys {
					seen[k] = struct{}{}
				}
			}
		}
		if dup {
			p.problems.Add(p.pointer(), CodeDuplicateKey, "the key %q appears more than once in this object", key)
		}
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			p.fail("unexpected %s, ':' was expected after an object key", p.describe())
			return nil
		}
		p.pos++
		p.skipSpace()
		v := p.value(depth)
		if p.fatal {
			return nil
		}
		if p.build && !dup {
			obj[key] = v
		}
		p.path = p.path[:len(p.path)-1]
		p.skipSpace()
		if p.pos >= len(p.data) {
			p.fail("unexpected end of input in an object")
			return nil
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
			return obj
		default:
			p.fail("unexpected %s, ',' or '}' was expected", p.describe())
			return nil
		}
	}
}

func (p *parser) array(depth int) any {
	if !p.enter(depth) {
		return nil
	}
	p.pos++ // [
	var arr []any
	if p.build {
		arr = []any{}
	}
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return arr
	}
	for i := 0; ; i++ {
		p.path = append(p.path, strconv.Itoa(i))
		p.skipSpace()
		v := p.value(depth)
		if p.fatal {
			return nil
		}
		p.path = p.path[:len(p.path)-1]
		if p.build {
			arr = append(arr, v)
		}
		p.skipSpace()
		if p.pos >= len(p.data) {
			p.fail("unexpected end of input in an array")
			return nil
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			return arr
		default:
			p.fail("unexpected %s, ',' or ']' was expected", p.describe())
			return nil
		}
	}
}
