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
	CodeNumberRange  = "json.numberRange"
)

// Parse decodes one JSON document into generic values (map[string]any,
// []any, json.Number, string, bool and nil), more strictly than
// encoding/json: it reports every duplicate object key and every string that
// is not valid UTF-8 (including escaped lone surrogates), and it rejects
// trailing data, documents larger than lim.MaxBytes and nesting deeper than
// lim.MaxDepth. Zero fields of lim take their values from DefaultLimits.
//
// Numbers keep their exact text as json.Number. Every number must fit a
// 64-bit floating-point value (IEEE 754 double precision, as I-JSON, RFC
// 7493, asks): a number too large for one, such as 1e400, is reported with
// the code CodeNumberRange, since readers in most languages cannot hold it.
// A number too small for one, such as 1e-400, is accepted: it reads as zero
// everywhere.
//
// A syntax error stops the parse; the other problems are collected and
// parsing goes on, so that one pass reports them all. The returned value is
// nil whenever problems is not empty.
func Parse(data []byte, lim Limits) (value any, problems Problems) {
	p := parser{data: data, build: true}
	v := p.run(lim.orDefault())
	if len(p.problems) > 0 {
		return nil, p.problems.Normalize()
	}
	return v, nil
}

// parseFloats is Parse with numbers as float64 values, the form the schema
// validator works on: JSON Schema tools in other languages read numbers as
// 64-bit floating-point values, and validating the same values gives the
// same verdicts.
//
// Its strings are substrings of copies of data made a chunk at a time (see
// parser.text), rather than a string each: copying costs less than
// allocating every string, and a chunk lives only as long as a value cut
// from it.
//
// When split is not nil, it is asked, for each top-level member whose value
// is an array, for a function to hand the array's elements to one by one as
// they are read (see splitter); the elements of such an array are not kept,
// and the array stands in the value as an empty array. Elements are handed
// over only while no problem has been found.
func parseFloats(data []byte, lim Limits, split splitter) (value any, problems Problems) {
	p := parser{data: data, build: true, floats: true, chunked: true, split: split}
	v := p.run(lim.orDefault())
	if len(p.problems) > 0 {
		return nil, p.problems.Normalize()
	}
	return v, nil
}

// splitter decides which arrays of a document parseFloats hands over element
// by element instead of keeping them.
type splitter interface {
	// items returns the function that takes the elements of the array that
	// is the value of the top-level member key, or nil to keep the array.
	// declared is the string value of the top-level "schemaVersion" member
	// ("" when it is not a string) and known whether that member has been
	// read yet.
	items(key, declared string, known bool) func(index int, element any)
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
	floats   bool // build numbers as float64, not json.Number
	chunked  bool // cut strings without escapes from copies of chunks of data
	chunk    string
	chunkAt  int      // the offset in data of chunk
	split    splitter // see parseFloats
	declared string   // the top-level "schemaVersion" read, for split
	known    bool     // whether declared was read
	maxDepth int
	path     []token  // where the parser is, for problems
	members  []member // the members of the objects being read, innermost last
	elems    []any    // the elements of the arrays being read, innermost last
	interned map[string]string
	problems Problems
	buf      []byte
	fatal    bool
}

// token is one reference token of the parser's position: an object key or,
// when key is empty and index is not negative, an array index. Indexes stay
// numbers until a problem needs the pointer.
type token struct {
	key   string
	index int
}

// member is one key and value of an object being read.
type member struct {
	key   string
	value any
}

// maxInterned bounds the strings a parser shares between equal values.
const maxInterned = 1 << 12

// chunkSize is the size of the copies of data that parseFloats cuts
// strings from.
const chunkSize = 64 << 10

// text returns the string of data[start:end]. When the parser copies data
// by chunks, it is cut from the chunk that holds it, copied first when the
// last chunk does not. Otherwise, object keys and short values (codes,
// dates, language tags), which repeat throughout a document, are allocated
// once per parse and shared.
func (p *parser) text(start, end int, isKey bool) string {
	if p.chunked {
		if start < p.chunkAt || end > p.chunkAt+len(p.chunk) {
			p.chunkAt = start
			p.chunk = string(p.data[start:min(len(p.data), start+max(chunkSize, end-start))])
		}
		return p.chunk[start-p.chunkAt : end-p.chunkAt]
	}
	b := p.data[start:end]
	if !isKey && len(b) > 24 {
		return string(b)
	}
	if s, ok := p.interned[string(b)]; ok {
		return s
	}
	s := string(b)
	if p.interned == nil {
		p.interned = make(map[string]string)
	}
	if len(p.interned) < maxInterned {
		p.interned[s] = s
	}
	return s
}

func (p *parser) run(lim Limits) any {
	if int64(len(p.data)) > lim.MaxBytes {
		p.problems.add("", CodeTooLarge, "", Args{"size": strconv.Itoa(len(p.data)), "limit": strconv.FormatInt(lim.MaxBytes, 10)})
		return nil
	}
	p.maxDepth = lim.MaxDepth
	if len(p.data) >= 3 && p.data[0] == 0xef && p.data[1] == 0xbb && p.data[2] == 0xbf {
		p.fail("bom", nil)
		return nil
	}
	p.skipSpace()
	if p.pos == len(p.data) {
		p.fail("empty", nil)
		return nil
	}
	v := p.value(0)
	if p.fatal {
		return nil
	}
	p.skipSpace()
	if p.pos < len(p.data) {
		p.problems.add("", CodeTrailingData, "", Args{"offset": strconv.Itoa(p.pos)})
	}
	return v
}

func (p *parser) pointer() string {
	toks := make([]any, len(p.path))
	for i, t := range p.path {
		if t.index >= 0 {
			toks[i] = t.index
		} else {
			toks[i] = t.key
		}
	}
	return Pointer(toks...)
}

// fail reports the syntax error that ends parsing, worded by the variant
// of CodeSyntax.
func (p *parser) fail(variant string, args Args) {
	if p.fatal {
		return
	}
	p.fatal = true
	p.problems.add(p.pointer(), CodeSyntax, variant, args)
}

// unexpected reports an unexpected byte, or the end of input, where the
// variant of CodeSyntax says what was expected; the end of input is the
// variant with "End" appended.
func (p *parser) unexpected(variant string) {
	if p.pos >= len(p.data) {
		p.fail(variant+"End", nil)
		return
	}
	p.fail(variant, Args{"char": p.describe(), "offset": strconv.Itoa(p.pos)})
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

// describe writes the byte at the parser's position for a message: the
// character in single quotes, or the byte in hexadecimal when it is not a
// printable ASCII character.
func (p *parser) describe() string {
	c := p.data[p.pos]
	if c < 0x20 || c >= 0x7f {
		return fmt.Sprintf("byte 0x%02x", c)
	}
	return fmt.Sprintf("%q", c)
}

func (p *parser) value(depth int) any {
	if p.pos >= len(p.data) {
		p.fail("valueEnd", nil)
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
		p.unexpected("value")
		return nil
	}
}

func (p *parser) literal(word string, v any) any {
	if len(p.data)-p.pos >= len(word) && string(p.data[p.pos:p.pos+len(word)]) == word {
		p.pos += len(word)
		return v
	}
	p.unexpected("value")
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
		p.fail("number", Args{"offset": strconv.Itoa(start)})
		return nil
	}
	if p.pos < len(d) && d[p.pos] == '.' {
		p.pos++
		if !p.digits() {
			p.fail("fraction", Args{"offset": strconv.Itoa(start)})
			return nil
		}
	}
	if p.pos < len(d) && (d[p.pos] == 'e' || d[p.pos] == 'E') {
		p.pos++
		if p.pos < len(d) && (d[p.pos] == '+' || d[p.pos] == '-') {
			p.pos++
		}
		if !p.digits() {
			p.fail("exponent", Args{"offset": strconv.Itoa(start)})
			return nil
		}
	}
	lit := d[start:p.pos]
	f, ok := numberValue(lit)
	if !ok {
		p.problems.add(p.pointer(), CodeNumberRange, "", Args{"value": abbreviate(lit)})
		return nil
	}
	switch {
	case !p.build:
		return nil
	case p.floats:
		return f
	}
	return json.Number(lit)
}

// numberValue returns the float64 value of a well-formed JSON number, and
// false when the number is too large for a float64. Plain integers of up to
// 15 digits, the usual case, are converted without strconv.
func numberValue(lit []byte) (float64, bool) {
	digits := lit
	neg := len(digits) > 0 && digits[0] == '-'
	if neg {
		digits = digits[1:]
	}
	if len(digits) <= 15 {
		n := int64(0)
		plain := true
		for _, c := range digits {
			if c < '0' || c > '9' {
				plain = false
				break
			}
			n = n*10 + int64(c-'0')
		}
		if plain {
			if neg {
				return -float64(n), true
			}
			return float64(n), true
		}
	}
	f, err := strconv.ParseFloat(string(lit), 64)
	if err != nil {
		// The literal is well-formed, so the only error is ErrRange, which
		// ParseFloat reports for overflow only (underflow gives zero).
		return 0, false
	}
	return f, true
}

// abbreviate shortens a long literal for a message.
func abbreviate(lit []byte) string {
	if len(lit) <= 40 {
		return string(lit)
	}
	return string(lit[:20]) + "…" + string(lit[len(lit)-12:])
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
				return p.text(start, i, isKey), true
			}
			return "", true
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			p.pos = i
			p.fail("control", Args{"char": fmt.Sprintf("0x%02x", c), "offset": strconv.Itoa(i)})
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
			p.fail("unterminatedString", Args{"offset": strconv.Itoa(start - 1)})
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
				p.fail("unterminatedEscape", Args{"offset": strconv.Itoa(i)})
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
				p.fail("escape", Args{"char": string(rune(e)), "offset": strconv.Itoa(i - 2)})
				return "", false
			}
		case c < 0x20:
			p.pos = i
			p.fail("control", Args{"char": fmt.Sprintf("0x%02x", c), "offset": strconv.Itoa(i)})
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
	variant := "string"
	if isKey {
		variant = "key"
	}
	p.problems.add(p.pointer(), CodeInvalidUTF8, variant, nil)
	return s, false
}

func (p *parser) hex4(i int) (rune, bool) {
	if i+4 > len(p.data) {
		p.pos = i
		p.fail("unterminatedUnicode", Args{"offset": strconv.Itoa(i - 2)})
		return 0, false
	}
	n, err := strconv.ParseUint(string(p.data[i:i+4]), 16, 16)
	if err != nil {
		p.pos = i
		p.fail("unicode", Args{"offset": strconv.Itoa(i - 2)})
		return 0, false
	}
	return rune(n), true
}

func (p *parser) enter(depth int) bool {
	if depth > p.maxDepth {
		if !p.fatal {
			p.fatal = true
			p.problems.add(p.pointer(), CodeTooDeep, "", Args{"limit": strconv.Itoa(p.maxDepth)})
		}
		return false
	}
	return true
}

func (p *parser) object(depth int) any {
	if !p.enter(depth) {
		return nil
	}
	p.pos++ // {
	base := len(p.members)
	defer func() {
		clear(p.members[base:])
		p.members = p.members[:base]
	}()
	var seen map[string]struct{} // replaces the linear scan in large objects
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		if p.build {
			return map[string]any{}
		}
		return nil
	}
	for {
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			p.unexpected("key")
			return nil
		}
		key, _ := p.strKey(true)
		if p.fatal {
			return nil
		}
		p.path = append(p.path, token{key: key, index: -1})
		dup := false
		if seen != nil {
			_, dup = seen[key]
			seen[key] = struct{}{}
		} else {
			for _, m := range p.members[base:] {
				if m.key == key {
					dup = true
					break
				}
			}
			if n := len(p.members) - base; n >= 32 {
				seen = make(map[string]struct{}, 2*n)
				for _, m := range p.members[base:] {
					seen[m.key] = struct{}{}
				}
				seen[key] = struct{}{}
			}
		}
		if dup {
			p.problems.add(p.pointer(), CodeDuplicateKey, "", Args{"key": key})
		}
		p.skipSpace()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			p.unexpected("colon")
			return nil
		}
		p.pos++
		p.skipSpace()
		var v any
		if each := p.splitAt(depth, key); each != nil {
			v = p.arrayEach(depth+1, each)
		} else {
			v = p.value(depth)
		}
		if p.fatal {
			return nil
		}
		if depth == 1 && key == "schemaVersion" && p.split != nil {
			p.declared, _ = v.(string)
			p.known = true
		}
		if !dup {
			p.members = append(p.members, member{key, v})
		}
		p.path = p.path[:len(p.path)-1]
		p.skipSpace()
		if p.pos >= len(p.data) {
			p.fail("objectEnd", nil)
			return nil
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
			if !p.build {
				return nil
			}
			ms := p.members[base:]
			obj := make(map[string]any, len(ms))
			for _, m := range ms {
				obj[m.key] = m.value
			}
			return obj
		default:
			p.unexpected("objectNext")
			return nil
		}
	}
}

func (p *parser) array(depth int) any {
	if !p.enter(depth) {
		return nil
	}
	p.pos++ // [
	base := len(p.elems)
	defer func() {
		clear(p.elems[base:])
		p.elems = p.elems[:base]
	}()
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		if p.build {
			return []any{}
		}
		return nil
	}
	for i := 0; ; i++ {
		p.path = append(p.path, token{index: i})
		p.skipSpace()
		v := p.value(depth)
		if p.fatal {
			return nil
		}
		p.path = p.path[:len(p.path)-1]
		if p.build {
			p.elems = append(p.elems, v)
		}
		p.skipSpace()
		if p.pos >= len(p.data) {
			p.fail("arrayEnd", nil)
			return nil
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			if !p.build {
				return nil
			}
			return append([]any(nil), p.elems[base:]...)
		default:
			p.unexpected("arrayNext")
			return nil
		}
	}
}

// splitAt returns the function to hand the elements of the value at the
// parser's position to, when that value is an array that is the member key
// of the top-level object (depth 1) and the splitter takes it.
func (p *parser) splitAt(depth int, key string) func(int, any) {
	if p.split == nil || depth != 1 || p.pos >= len(p.data) || p.data[p.pos] != '[' || len(p.problems) > 0 {
		return nil
	}
	return p.split.items(key, p.declared, p.known)
}

// arrayEach reads an array as array does, but hands each element to each as
// soon as it is read, while no problem has been found, instead of keeping
// it, and returns an empty array.
func (p *parser) arrayEach(depth int, each func(int, any)) any {
	if !p.enter(depth) {
		return nil
	}
	p.pos++ // [
	p.skipSpace()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return []any{}
	}
	for i := 0; ; i++ {
		p.path = append(p.path, token{index: i})
		p.skipSpace()
		v := p.value(depth)
		if p.fatal {
			return nil
		}
		p.path = p.path[:len(p.path)-1]
		if len(p.problems) == 0 {
			each(i, v)
		}
		p.skipSpace()
		if p.pos >= len(p.data) {
			p.fail("arrayEnd", nil)
			return nil
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			return []any{}
		default:
			p.unexpected("arrayNext")
			return nil
		}
	}
}
