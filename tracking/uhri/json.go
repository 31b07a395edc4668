package uhri

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nmirf/nmirf/schema"
)

// nextJSON reads the next element of the JSON array: it finds where the
// element ends, checks its syntax with json.Valid, and jsonObject walks the
// checked bytes. Only the array's punctuation is read outside elements.
func (r *Reader) nextJSON() (*rawRecord, error) {
	if !r.started {
		r.start()
		c, err := r.skipJSONSpace()
		if err == io.EOF {
			return nil, fail("", nil, CodeExportEmpty, "json", nil)
		}
		if err != nil {
			return nil, r.readError(-1, err)
		}
		if c != '[' {
			return nil, fail("", nil, CodeExportNotArray, "", schema.Args{"type": jsonType([]byte{c})})
		}
		r.discard(1)
		c, err = r.skipJSONSpace()
		if err != nil {
			return nil, r.readError(-1, err)
		}
		if c == ']' {
			return nil, r.endJSON()
		}
	} else {
		// After an element: a comma, or the end of the array.
		c, err := r.skipJSONSpace()
		if err != nil {
			return nil, r.readError(-1, err)
		}
		switch c {
		case ']':
			return nil, r.endJSON()
		case ',':
			r.discard(1)
			if _, err := r.skipJSONSpace(); err != nil {
				return nil, r.readError(-1, err)
			}
		default:
			return nil, fail(schema.Pointer(r.index), nil, CodeExportMalformed, "afterRecord", schema.Args{"offset": strconv.FormatInt(int64(r.consumed), 10), "char": describeByte(c), "index": strconv.Itoa(r.index - 1)})
		}
	}
	start := r.consumed
	r.src.setMark(start)
	if err := r.readElement(); err != nil {
		return nil, r.readError(start, err)
	}
	if len(r.elem) == 0 {
		args := schema.Args{"offset": strconv.FormatInt(int64(start), 10), "index": strconv.Itoa(r.index)}
		if c, _ := r.br.Peek(1); len(c) == 1 {
			args["char"] = describeByte(c[0])
			return nil, fail(schema.Pointer(r.index), nil, CodeExportMalformed, "record", args)
		}
		return nil, fail(schema.Pointer(r.index), nil, CodeExportMalformed, "noRecord", args)
	}
	if !json.Valid(r.elem) {
		return r.malformed(start), nil
	}
	raw := r.newRaw(Location{Index: r.index, Offset: start})
	if r.elem[0] == '{' {
		// One string for the element: the values are its substrings.
		r.jsonObject(raw, string(r.elem))
		return raw, nil
	}
	raw.skip = SkipNotObject
	raw.warnings = append(raw.warnings, raw.warning(nil, SkipNotObject, "", schema.Args{"type": jsonType(r.elem)}))
	return raw, nil
}

// endJSON reads the closing bracket of the array and checks that only
// white space follows.
func (r *Reader) endJSON() error {
	r.discard(1)
	c, err := r.skipJSONSpace()
	if err == io.EOF {
		return io.EOF
	}
	if err != nil {
		return r.readError(-1, err)
	}
	return fail("", nil, CodeExportMalformed, "afterArray", schema.Args{"char": describeByte(c), "offset": strconv.FormatInt(int64(r.consumed), 10)})
}

// discard consumes n buffered bytes.
func (r *Reader) discard(n int) {
	r.br.Discard(n)
	r.consumed += int64(n)
}

// skipJSONSpace consumes white space and returns the next byte, unread.
func (r *Reader) skipJSONSpace() (byte, error) {
	for {
		buf, err := r.br.Peek(max(1, r.br.Buffered()))
		for i, c := range buf {
			if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
				r.discard(i)
				return c, nil
			}
		}
		r.discard(len(buf))
		if err != nil {
			return 0, err
		}
	}
}

// maxJSONDepth is the deepest nesting encoding/json reads.
const maxJSONDepth = 10000

// readElement reads one array element, which starts at the next byte,
// into r.elem: an object or array up to its closing bracket, a string up
// to its closing quote, or another scalar up to the next delimiter.
//
// The element need not be valid JSON: its end is found from its strings
// and brackets alone, so that a record with a syntax error inside it is
// skipped and the records after it are read. A closing bracket closes the
// innermost open bracket of its kind, and any left open inside it (as in
// {"a": [1}); a closing bracket of a kind the element has not opened ends
// the element before it, where it belongs to the array around.
func (r *Reader) readElement() error {
	const (
		container = iota
		str
		literal
	)
	r.elem = r.elem[:0]
	r.closers = r.closers[:0]
	r.depth = 0
	mode := container
	inString, escaped := false, false
	for first := true; ; first = false {
		buf, err := r.br.Peek(max(1, r.br.Buffered()))
		if first && len(buf) > 0 {
			switch buf[0] {
			case '{', '[':
			case '"':
				mode = str
			default:
				mode = literal
			}
		}
		end := -1
	scan:
		for i, c := range buf {
			if mode == literal {
				if c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r' {
					end = i
					break
				}
				continue
			}
			if inString {
				switch {
				case escaped:
					escaped = false
				case c == '\\':
					escaped = true
				case c == '"':
					inString = false
					if mode == str {
						end = i + 1
						break scan
					}
				}
				continue
			}
			switch c {
			case '"':
				inString = true
			case '{':
				r.closers = append(r.closers, '}')
				r.depth = max(r.depth, len(r.closers))
			case '[':
				r.closers = append(r.closers, ']')
				r.depth = max(r.depth, len(r.closers))
			case '}', ']':
				k := bytes.LastIndexByte(r.closers, c)
				if k < 0 {
					end = i
					break scan
				}
				r.closers = r.closers[:k]
				if k == 0 {
					end = i + 1
					break scan
				}
			}
		}
		if end >= 0 {
			r.elem = append(r.elem, buf[:end]...)
			r.discard(end)
			return r.checkElementSize()
		}
		r.elem = append(r.elem, buf...)
		r.discard(len(buf))
		if err := r.checkElementSize(); err != nil {
			return err
		}
		if err != nil {
			if mode == literal && err == io.EOF && len(r.elem) > 0 {
				return nil // a scalar at the very end; the missing "]" is reported next
			}
			return err
		}
	}
}

// malformed returns the raw record of an element that is not valid JSON,
// which starts at byte start: skipped, with a warning that says where the
// syntax breaks, and with its annotation ID when one can be read.
func (r *Reader) malformed(start int64) *rawRecord {
	raw := r.newRaw(Location{Index: r.index, Offset: start})
	raw.skip = SkipRowSyntax
	var w Warning
	var v json.RawMessage
	err := json.Unmarshal(r.elem, &v)
	var se *json.SyntaxError
	switch {
	case r.depth > maxJSONDepth:
		w = raw.warning(nil, SkipRowSyntax, "jsonDepth", schema.Args{"depth": strconv.Itoa(r.depth), "limit": strconv.Itoa(maxJSONDepth)})
	case errors.As(err, &se):
		w = raw.warning(nil, SkipRowSyntax, "jsonSyntax", schema.Args{"offset": strconv.FormatInt(start+se.Offset-1, 10), "error": strings.TrimPrefix(se.Error(), "json: ")})
	case err != nil:
		w = raw.warning(nil, SkipRowSyntax, "jsonError", schema.Args{"error": strings.TrimPrefix(err.Error(), "json: ")})
	default:
		w = raw.warning(nil, SkipRowSyntax, "json", nil)
	}
	raw.warnings = append(raw.warnings, w)
	if r.elem[0] == '{' {
		if id, ok := salvageID(string(r.elem)); ok {
			raw.one[fID] = id
			raw.vals[fID] = raw.one[fID : fID+1 : fID+1]
			raw.names[fID] = fields[fID].key
		}
	}
	return raw
}

// salvageID returns the annotation ID of a record that is not valid JSON,
// when a key at its top level names it and its value is a valid string,
// so that the warning about the record names it.
func salvageID(data string) (string, bool) {
	i := skipSpace(data, 1)
	for i < len(data) && data[i] == '"' {
		end, _ := stringEnd(data, i)
		var key string
		if json.Unmarshal([]byte(data[i:end]), &key) != nil {
			return "", false
		}
		i = skipSpace(data, end)
		if i >= len(data) || data[i] != ':' {
			return "", false
		}
		i = skipSpace(data, i+1)
		vend := valueEnd(data, i)
		if f, ok := lookupField(key); ok && f == fID {
			var id string
			if json.Unmarshal([]byte(data[i:vend]), &id) != nil || !utf8.ValidString(data[i:vend]) {
				return "", false
			}
			return id, true
		}
		i = skipSpace(data, vend)
		if i >= len(data) || data[i] != ',' {
			return "", false
		}
		i = skipSpace(data, i+1)
	}
	return "", false
}

// checkElementSize fails once the element passes Options.MaxRecordBytes.
func (r *Reader) checkElementSize() error {
	if int64(len(r.elem)) > r.src.max {
		return ErrRecordTooLarge
	}
	return nil
}

// describeByte names a byte of JSON for messages.
func describeByte(c byte) string {
	if c >= 0x20 && c < 0x7f {
		return fmt.Sprintf("%q", rune(c))
	}
	return fmt.Sprintf("the byte 0x%02x", c)
}

// jsonObject reads the keys of one record, an object whose syntax the
// decoder has checked.
func (r *Reader) jsonObject(raw *rawRecord, data string) {
	var unknown []string
	i := skipSpace(data, 1)
	for i < len(data) && data[i] == '"' {
		end, escaped := stringEnd(data, i)
		keyBytes := data[i:end]
		var key string
		f, exact := fieldKeys[keyBytes[1:len(keyBytes)-1]]
		switch {
		case exact && !escaped:
			key = fields[f].key // no allocation for the usual keys
		case escaped:
			if err := json.Unmarshal([]byte(keyBytes), &key); err != nil {
				key = keyBytes
			}
		default:
			key = keyBytes[1 : len(keyBytes)-1]
		}
		i = skipSpace(data, end)
		if i < len(data) && data[i] == ':' {
			i = skipSpace(data, i+1)
		}
		vend := valueEnd(data, i)
		val := data[i:vend]
		i = skipSpace(data, vend)
		if i < len(data) && data[i] == ',' {
			i = skipSpace(data, i+1)
		}

		if !exact || escaped {
			f, exact = lookupField(key)
		}
		if !exact {
			if !containsString(unknown, key) {
				unknown = append(unknown, key)
			}
			continue
		}
		if raw.set[f] {
			raw.warnings = append(raw.warnings, raw.warning([]any{key}, CodeFieldRepeated, "", schema.Args{"key": key, "first": raw.names[f]}))
			continue
		}
		raw.set[f] = true
		raw.names[f] = key
		raw.vals[f] = r.jsonValues(raw, f, key, val)
	}
	for _, k := range unknown {
		r.unknownField(k)
	}
}

func containsString(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// The scanning functions below walk JSON whose syntax encoding/json has
// already checked. They still stay within bounds on any input.

// skipSpace returns the index of the first byte at or after i that is not
// JSON white space.
func skipSpace(d string, i int) int {
	for i < len(d) && (d[i] == ' ' || d[i] == '\t' || d[i] == '\n' || d[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index just past the string that starts at d[i],
// and whether it holds escapes.
func stringEnd(d string, i int) (int, bool) {
	escaped := false
	for j := i + 1; j < len(d); j++ {
		switch d[j] {
		case '\\':
			escaped = true
			j++
		case '"':
			return j + 1, escaped
		}
	}
	return len(d), escaped
}

// valueEnd returns the index just past the value that starts at d[i].
func valueEnd(d string, i int) int {
	if i >= len(d) {
		return len(d)
	}
	switch d[i] {
	case '"':
		end, _ := stringEnd(d, i)
		return end
	case '{', '[':
		depth := 0
		for j := i; j < len(d); j++ {
			switch d[j] {
			case '"':
				end, _ := stringEnd(d, j)
				j = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			}
		}
		return len(d)
	}
	j := i
	for j < len(d) && d[j] != ',' && d[j] != '}' && d[j] != ']' && d[j] != ' ' && d[j] != '\t' && d[j] != '\n' && d[j] != '\r' {
		j++
	}
	return j
}

// jsonValues reads the values of a JSON value: a string, a number, null,
// or an array of those. Other values are reported and left out. The
// values it returns live in the Reader's scratch space, valid until the
// next record.
func (r *Reader) jsonValues(raw *rawRecord, f field, key string, v string) []string {
	if len(v) == 0 {
		return nil
	}
	switch c := v[0]; {
	case c == '"':
		s, ok := raw.jsonString(v, key, -1)
		if !ok {
			return nil
		}
		raw.one[f] = s
		return raw.one[f : f+1 : f+1]
	case c == 'n':
		return nil
	case (c == '-' || c >= '0' && c <= '9') && fields[f].numeric:
		raw.one[f] = v
		return raw.one[f : f+1 : f+1]
	case c == '[':
		start := len(r.scratch)
		i := skipSpace(v, 1)
		for n := 0; i < len(v) && v[i] != ']'; n++ {
			end := valueEnd(v, i)
			if end <= i {
				break // not reached on checked JSON; keeps the loop finite
			}
			e := v[i:end]
			switch {
			case len(e) > 0 && e[0] == '"':
				if s, ok := raw.jsonString(e, key, n); ok {
					r.scratch = append(r.scratch, s)
				}
			case len(e) > 0 && (e[0] == '-' || e[0] >= '0' && e[0] <= '9') && fields[f].numeric:
				r.scratch = append(r.scratch, e)
			case e == "null":
			default:
				raw.warnings = append(raw.warnings, raw.warning([]any{key, n}, CodeFieldType, "item", schema.Args{"type": jsonType(e)}))
			}
			i = skipSpace(v, end)
			if i < len(v) && v[i] == ',' {
				i = skipSpace(v, i+1)
			}
		}
		return r.scratch[start:len(r.scratch):len(r.scratch)]
	}
	raw.warnings = append(raw.warnings, raw.warning([]any{key}, CodeFieldType, "", schema.Args{"type": jsonType(v)}))
	return nil
}

// jsonString decodes a JSON string: the item-th of an array, or the value
// of key itself when item is negative.
func (raw *rawRecord) jsonString(v string, key string, item int) (string, bool) {
	if len(v) >= 2 && strings.IndexByte(v, '\\') < 0 && utf8.ValidString(v) {
		return v[1 : len(v)-1], true
	}
	return raw.decodeString(v, key, item)
}

// decodeString decodes a JSON string with escapes or invalid UTF-8,
// reporting text that was not valid UTF-8 (encoding/json replaces it with
// U+FFFD).
func (raw *rawRecord) decodeString(v string, key string, item int) (string, bool) {
	tokens := []any{key}
	if item >= 0 {
		tokens = append(tokens, item)
	}
	var s string
	if err := json.Unmarshal([]byte(v), &s); err != nil {
		raw.warnings = append(raw.warnings, raw.warning(tokens, CodeFieldType, "string", schema.Args{"error": strings.TrimPrefix(err.Error(), "json: ")}))
		return "", false
	}
	if strings.ContainsRune(s, utf8.RuneError) && (!utf8.ValidString(v) || strings.Contains(strings.ToLower(v), `\ud`)) {
		raw.warnings = append(raw.warnings, raw.warning(tokens, CodeInvalidUTF8, "json", nil))
	}
	return s, true
}
