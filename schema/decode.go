package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
)

// Decode validates data as a document of the kind k with the default
// validator and decodes it into v (see Validator.Decode).
func Decode(k Kind, data []byte, v any) (Problems, bool) {
	return DefaultValidator().Decode(k, data, v)
}

// Decode validates data as a document of the kind k and decodes it into v,
// a pointer to the Go type of that kind, with encoding/json. It returns the
// problems found, sorted, and whether v was filled.
//
// A valid document decodes strictly (DecodeStrict). A document that breaks
// the schema still decodes, loosely, when encoding/json can read it, so
// that a caller can apply its own rules to it and report every problem at
// once; v is then filled only as far as the document allows, and the
// problems are the schema's. A document encoding/json cannot read at all
// leaves v unfilled.
func (val *Validator) Decode(k Kind, data []byte, v any) (Problems, bool) {
	val = val.orDefault()
	ps := val.Validate(k, data)
	if len(ps) == 0 {
		if err := DecodeStrict(data, v); err != nil {
			return DecodeProblems(err), false
		}
		return nil, true
	}
	if !json.Valid(data) || json.Unmarshal(data, v) != nil {
		return ps, false
	}
	return ps, true
}

// DecodeStrict decodes a JSON document into v with encoding/json, as a
// document that passed its schema is decoded: unknown fields and trailing
// data are errors. encoding/json refuses a whole number written with a
// fraction or an exponent ("2.0", "2e0") for an integer field, which JSON
// Schema accepts; when it does, the numbers are rewritten in plain form and
// the document decoded again, so that every value keeps its meaning.
//
// A value of the wrong type for its Go field fails with an error from
// which DecodeProblems builds a problem that points at the value, array
// indexes included.
func DecodeStrict(data []byte, v any) error {
	err := unmarshalStrict(data, v)
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && strings.HasPrefix(te.Value, "number") {
		if plain, changed := PlainIntegers(data); changed {
			data = plain
			err = unmarshalStrict(data, v)
		}
	}
	if errors.As(err, &te) {
		if ptr, ok := pointerAt(data, te.Offset); ok {
			return &typeError{pointer: ptr, err: te}
		}
	}
	return err
}

func unmarshalStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("json: unexpected data after the document")
	}
	return nil
}

// typeError is an encoding/json type error with the JSON pointer of the
// value at fault, which encoding/json names without its array indexes.
type typeError struct {
	pointer string
	err     *json.UnmarshalTypeError
}

func (e *typeError) Error() string { return e.pointer + ": " + e.err.Error() }
func (e *typeError) Unwrap() error { return e.err }

// pointerAt returns the JSON pointer of the value of a well-formed document
// where encoding/json reports a type error at offset: the scalar that ends
// there, or the object or array whose opening bracket does.
func pointerAt(data []byte, offset int64) (string, bool) {
	type frame struct {
		object, wantKey bool
		key             string
		index           int
	}
	var stack []frame
	pointer := func() string {
		var b strings.Builder
		for _, f := range stack {
			b.WriteByte('/')
			if f.object {
				b.WriteString(EscapeToken(f.key))
			} else {
				b.WriteString(strconv.Itoa(f.index))
			}
		}
		return b.String()
	}
	// next moves the innermost container past the value just read.
	next := func() {
		if n := len(stack); n > 0 {
			if stack[n-1].object {
				stack[n-1].wantKey = true
			} else {
				stack[n-1].index++
			}
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	for {
		tok, err := dec.Token()
		if err != nil {
			return "", false
		}
		delim, isDelim := tok.(json.Delim)
		if isDelim && (delim == '}' || delim == ']') {
			stack = stack[:len(stack)-1]
			next()
			continue
		}
		if n := len(stack); n > 0 && stack[n-1].wantKey {
			stack[n-1].key, _ = tok.(string)
			stack[n-1].wantKey = false
			continue
		}
		if dec.InputOffset() == offset {
			return pointer(), true
		}
		if isDelim {
			stack = append(stack, frame{object: delim == '{', wantKey: delim == '{'})
			continue
		}
		next()
	}
}

// CodeDecodeType is the code of a value whose JSON type the Go field it
// decodes into cannot hold, such as a string where a number is expected.
// The schemas rule such values out: the problem means that a document was
// decoded without validation, or that a Go type and its schema disagree.
const CodeDecodeType = "decode.type"

// DecodeProblems turns an error of DecodeStrict or of encoding/json into
// problems. A type error (CodeDecodeType) points at the value at fault,
// array indexes included, when it comes from DecodeStrict; from
// encoding/json alone it points at the field, whose path encoding/json
// gives without indexes. An unknown field is reported as
// "schema.additionalProperties", anything else as "schema.invalid".
func DecodeProblems(err error) Problems {
	if err == nil {
		return nil
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		ptr := ""
		var pe *typeError
		if errors.As(err, &pe) {
			ptr = pe.pointer
		} else if te.Field != "" {
			for f := range strings.SplitSeq(te.Field, ".") {
				ptr += "/" + EscapeToken(f)
			}
		}
		return Problems{problem(ptr, CodeDecodeType, "", Args{"json": te.Value, "type": te.Type.String()})}
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if q, ok := strings.CutPrefix(msg, "unknown field "); ok {
		if name, err := strconv.Unquote(q); err == nil {
			return Problems{problem("", "schema.additionalProperties", "decode", Args{"name": name})}
		}
	}
	return Problems{problem("", "schema.invalid", "error", Args{"error": msg})}
}

// PlainIntegers rewrites every number of a JSON document that is written
// with a fraction or an exponent but whose 64-bit floating-point value is a
// whole number of at most 2^53 in magnitude ("2.0", "2e0", "-0.0") in plain
// form ("2", "2", "-0"). Read as float64, every rewritten number keeps its
// value, so float fields decode as before. It reports whether it rewrote
// anything. The document must be well-formed.
func PlainIntegers(data []byte) ([]byte, bool) {

	var out []byte
	last := 0
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '"':
			i++
			for i < len(data) && data[i] != '"' {
				if data[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case c == '-' || c >= '0' && c <= '9':
			start := i
			plain := true
			for i < len(data) && strings.IndexByte("+-0123456789.eE", data[i]) >= 0 {
				if c := data[i]; c == '.' || c == 'e' || c == 'E' {
					plain = false
				}
				i++
			}
			if plain {
				continue
			}
			f, err := strconv.ParseFloat(string(data[start:i]), 64)
			if err != nil || f != math.Trunc(f) || math.Abs(f) > 1<<53 {
				continue
			}
			out = append(out, data[last:start]...)
			if f == 0 && math.Signbit(f) {
				out = append(out, "-0"...)
			} else {
				out = strconv.AppendInt(out, int64(f), 10)
			}
			last = i
		default:
			i++
		}
	}
	if out == nil {
		return data, false
	}
	return append(out, data[last:]...), true
}

// Write writes v as JSON in the form the standard's documents take:
// indented by two spaces, with "<", ">" and "&" left as they are (no HTML
// escaping), and a final newline. Every package and program that writes
// documents uses it, so that they all write them alike.
func Write(w io.Writer, v any) error {
	if w == nil {
		return errors.New("schema: no writer to write to")
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
