package schematest

import (
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// Agreement compares, document by document, the verdict of the schema of a
// kind with the verdict of its Go model, reached without the schema: the
// strict parser accepts the document, it holds no null (no field of the
// standard takes one), it decodes strictly into the Go type, the Go field
// rules pass, and writing the value back loses nothing and adds nothing
// (Lost), so that a field Go would drop or invent counts as a rejection.
type Agreement struct {
	// Kind is the kind of document.
	Kind schema.Kind
	// Decode decodes a document strictly into a new value of the Go type,
	// as schema.DecodeStrict does.
	Decode func(data []byte) (any, error)
	// Problems applies the Go rules of single values (those the schema
	// states too) to a decoded value. Formats beyond their shape (a URL
	// that parses) are the Go library's own: it reports them only when
	// withFormats is set.
	Problems func(v any, withFormats bool) schema.Problems
	// Encode writes a value back as a document.
	Encode func(v any) ([]byte, error)
}

// GoVerdict decides, without the schema, whether the Go model accepts a
// document, and says why not.
func (a Agreement) GoVerdict(data []byte, withFormats bool) (bool, string) {
	in, ps := schema.Parse(data, schema.Limits{})
	if len(ps) > 0 {
		return false, "parse: " + ps.Error()
	}
	if ptr, ok := findNull(in, ""); ok {
		return false, "null at " + ptr
	}
	v, err := a.Decode(data)
	if err != nil {
		return false, "decode: " + err.Error()
	}
	if ps := a.Problems(v, withFormats); len(ps) > 0 {
		return false, "field rules: " + ps.Error()
	}
	written, err := a.Encode(v)
	if err != nil {
		return false, "encode: " + err.Error()
	}
	out, ps := schema.Parse(written, schema.Limits{})
	if len(ps) > 0 {
		return false, "parse of the encoded document: " + ps.Error()
	}
	if diffs := Lost(in, out); len(diffs) > 0 {
		return false, "round trip: " + strings.Join(diffs, "; ")
	}
	return true, ""
}

// Check returns "" when the schema and the Go model give the document the
// same verdict and, for an accepted document, when it decodes, encodes and
// decodes again to the same value, which the schema accepts too; it
// returns the first disagreement otherwise.
func (a Agreement) Check(data []byte) string {
	ps := schema.Validate(a.Kind, data)
	if len(ps) > 0 {
		if ok, _ := a.GoVerdict(data, true); ok {
			return "the Go model accepts it, the schema does not: " + ps.Error()
		}
		return ""
	}
	if ok, why := a.GoVerdict(data, false); !ok {
		return "the schema accepts it, the Go model does not: " + why
	}
	v, err := a.Decode(data)
	if err != nil {
		return "decode: " + err.Error()
	}
	written, err := a.Encode(v)
	if err != nil {
		return "encode: " + err.Error()
	}
	if ps := schema.Validate(a.Kind, written); len(ps) > 0 {
		return "the schema rejects what Go wrote: " + ps.Error()
	}
	again, err := a.Decode(written)
	if err != nil {
		return "decode of what Go wrote: " + err.Error()
	}
	if !reflect.DeepEqual(v, again) {
		return "decode, encode, decode changed the value"
	}
	return ""
}

// findNull returns the pointer of the first null in a parsed document.
func findNull(v any, ptr string) (string, bool) {
	switch x := v.(type) {
	case nil:
		return ptr, true
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			if p, ok := findNull(x[k], ptr+"/"+schema.EscapeToken(k)); ok {
				return p, true
			}
		}
	case []any:
		for i, e := range x {
			if p, ok := findNull(e, ptr+"/"+strconv.Itoa(i)); ok {
				return p, true
			}
		}
	}
	return "", false
}

// Replacements are JSON values of every type and edge cases of the
// standard, with which Mutations replace the values of documents.
var Replacements = []string{
	`null`, `true`, `false`, `0`, `-0`, `1`, `-1`, `1.5`, `2.0`, `1e2`, `1e400`, `9007199254740992`, `1e16`, `-1e16`,
	`""`, `" "`, `"x"`, `"-x"`, `"2025"`, `"2025-02-29"`, `"2024-02-29"`, `"00000000-0000-0000-0000-000000000000"`,
	`"0190d7a4-5b1e-7c3a-9f12-00000000000A"`, `"https://example.org"`, `"USD"`, `"XFS"`, `"upr"`, `"advanced"`, `"networks"`,
	`{}`, `{"en": "x"}`, `{"en": ""}`, `{"EN": "x"}`, `[]`, `[{}]`, `["x"]`, `[1, 2, 3, 4]`,
}

// Mutations returns variants of a document, each changed at one value:
// every member removed, and every value replaced by perValue of the
// Replacements, in rotation so that every replacement meets values of
// every kind; with every above 1, only every every-th value changes.
func Mutations(data []byte, perValue, every int) ([][]byte, error) {
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	var out [][]byte
	for i, ptr := range Pointers(doc, "") {
		if i%every != 0 {
			continue
		}
		if ptr != "" {
			b, err := json.Marshal(Without(doc, ptr))
			if err != nil {
				return nil, err
			}
			out = append(out, b)
		}
		for j := range perValue {
			r := Replacements[(i*perValue+j)%len(Replacements)]
			b, err := json.Marshal(Replaced(doc, ptr, json.RawMessage(r)))
			if err != nil {
				return nil, err
			}
			out = append(out, b)
		}
	}
	return out, nil
}

// Pointers lists the JSON pointers of every value of doc, a document
// decoded by encoding/json, in a stable order.
func Pointers(doc any, ptr string) []string {
	out := []string{ptr}
	switch x := doc.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			out = append(out, Pointers(x[k], ptr+"/"+schema.EscapeToken(k))...)
		}
	case []any:
		for i, e := range x {
			out = append(out, Pointers(e, ptr+"/"+strconv.Itoa(i))...)
		}
	}
	return out
}

// Without returns a copy of doc without the value at ptr.
func Without(doc any, ptr string) any {
	return edit(doc, ptr, func(any) (any, bool) { return nil, false })
}

// Replaced returns a copy of doc with v at ptr.
func Replaced(doc any, ptr string, v any) any {
	return edit(doc, ptr, func(any) (any, bool) { return v, true })
}

// edit returns a copy of doc with the value at ptr changed by set, which
// returns the new value and whether to keep one.
func edit(doc any, ptr string, set func(any) (any, bool)) any {
	if ptr == "" {
		v, _ := set(doc)
		return v
	}
	tok, rest, _ := strings.Cut(strings.TrimPrefix(ptr, "/"), "/")
	if rest != "" {
		rest = "/" + rest
	}
	tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
	switch x := doc.(type) {
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, v := range x {
			out[k] = v
		}
		if rest == "" {
			if v, keep := set(x[tok]); keep {
				out[tok] = v
			} else {
				delete(out, tok)
			}
		} else {
			out[tok] = edit(x[tok], rest, set)
		}
		return out
	case []any:
		i, _ := strconv.Atoi(tok)
		out := slices.Clone(x)
		if rest == "" {
			if v, keep := set(x[i]); keep {
				out[i] = v
			} else {
				out = slices.Delete(out, i, i+1)
			}
		} else {
			out[i] = edit(x[i], rest, set)
		}
		return out
	}
	return doc
}
