package schematest

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// maxSafe is the largest integer that every JSON reader holds exactly
// (2^53 - 1); whole-number fields of the standard stay within ±maxSafe.
const maxSafe = 1<<53 - 1

// Parity checks that a Go type and the JSON Schema of a kind describe the
// same documents:
//
//   - every exported field of every struct is a property of the matching
//     object schema, and every property is a field (by JSON name); the
//     fields of an embedded struct without a JSON name count as the outer
//     struct's, as encoding/json flattens them;
//   - a property is required exactly when its field's json tag has neither
//     omitzero nor omitempty;
//   - every object schema forbids additional properties, as Go's
//     DisallowUnknownFields does;
//   - types match: structs are objects (defined under $defs), slices
//     arrays, strings strings, bools booleans, ints integers, floats
//     numbers;
//   - bounds match the validate tag: min and max of numbers become minimum
//     and maximum, gt exclusiveMinimum, min, max and len of slices minItems
//     and maxItems, max of strings maxLength; whole numbers are bounded by
//     ±(2^53-1) at most, floats by the largest float64;
//   - an enumeration type (one with a Values method returning its codes)
//     refers to the definition named after its codelist, whose "enum" lists
//     the codelist's codes, in order, and exactly the type's values;
//   - the leaf types and string formats listed refer to their definitions
//     (a plain string may instead be a constant or an enum, such as the version of the
//     standard);
//   - every property and every definition has a description (the schemas
//     under "not", which state rules about properties described elsewhere,
//     are not descriptions of objects and are left out).
type Parity struct {
	// Kind is the kind of document, whose schema is read from schema.FS.
	Kind schema.Kind
	// Root is the Go type of the whole document.
	Root reflect.Type
	// Leaves maps Go types to the definition they must refer to, such as
	// tracking.Text to "text".
	Leaves map[reflect.Type]string
	// Formats maps a validate tag of a string field to the definition the
	// field must refer to, such as "http_url" to "url"; the key "" gives
	// the definition of plain strings.
	Formats map[string]string
}

// Check returns every disagreement found.
func (p Parity) Check() []error {
	c := &checker{p: p, docs: map[string]map[string]any{}, seen: map[string]bool{}}
	root, err := c.doc(p.Kind.File())
	if err != nil {
		return []error{err}
	}
	c.descriptions(p.Kind.File(), root)
	c.object(p.Root, node{file: p.Kind.File(), ptr: "", v: root}, p.Root.Name())
	return c.errs
}

type checker struct {
	p    Parity
	docs map[string]map[string]any
	seen map[string]bool
	errs []error
}

// node is a schema and where it is.
type node struct {
	file string // path in schema.FS
	ptr  string // JSON pointer in the file
	v    map[string]any
}

func (n node) String() string { return n.file + "#" + n.ptr }

func (c *checker) fail(where, format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf("%s: %s", where, fmt.Sprintf(format, args...)))
}

func (c *checker) doc(file string) (map[string]any, error) {
	if d, ok := c.docs[file]; ok {
		return d, nil
	}
	data, err := fs.ReadFile(schema.FS(), file)
	if err != nil {
		return nil, err
	}
	var d map[string]any
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	c.docs[file] = d
	return d, nil
}

// deref follows the $ref of n, if any, to the schema it names.
func (c *checker) deref(n node) (node, bool) {
	ref, ok := n.v["$ref"].(string)
	if !ok {
		return node{}, false
	}
	file, frag, _ := strings.Cut(ref, "#")
	switch {
	case file == "":
		file = n.file
	case strings.HasPrefix(file, schema.BaseURL):
		file = schema.Version + "/" + strings.TrimPrefix(file, schema.BaseURL)
	default:
		file = schema.Version + "/" + file
	}
	d, err := c.doc(file)
	if err != nil {
		c.fail(n.String(), "$ref %q: %v", ref, err)
		return node{}, false
	}
	var v any = d
	for tok := range strings.SplitSeq(strings.TrimPrefix(frag, "/"), "/") {
		if tok == "" {
			continue
		}
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		m, _ := v.(map[string]any)
		v = m[tok]
	}
	m, ok := v.(map[string]any)
	if !ok {
		c.fail(n.String(), "$ref %q names no schema", ref)
		return node{}, false
	}
	return node{file: file, ptr: frag, v: m}, true
}

// refName returns the definition n refers to, or "".
func refName(n node) string {
	ref, _ := n.v["$ref"].(string)
	_, frag, _ := strings.Cut(ref, "#")
	name, ok := strings.CutPrefix(frag, "/$defs/")
	if !ok || strings.Contains(name, "/") {
		return ""
	}
	return name
}

// lookup returns the keyword kw of n or of the schemas n refers to.
func (c *checker) lookup(n node, kw string) (any, bool) {
	for range 16 {
		if v, ok := n.v[kw]; ok {
			return v, true
		}
		var ok bool
		if n, ok = c.deref(n); !ok {
			return nil, false
		}
	}
	return nil, false
}

func (c *checker) object(t reflect.Type, n node, where string) {
	key := t.String() + " " + n.String()
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	if typ, _ := n.v["type"].(string); typ != "object" {
		c.fail(where, "the schema %s of the struct %s is not of type object", n, t)
	}
	if ap, ok := n.v["additionalProperties"].(bool); !ok || ap {
		c.fail(where, "the schema %s must forbid additional properties, as decoding with DisallowUnknownFields does", n)
	}
	props, _ := n.v["properties"].(map[string]any)
	var required []string
	if r, ok := n.v["required"].([]any); ok {
		for _, x := range r {
			s, _ := x.(string)
			required = append(required, s)
		}
	}
	var names, wantRequired []string
	for _, f := range jsonFields(t) {
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			c.fail(where, "field %s: every field needs a JSON name in its tag", f.Name)
			continue
		}
		names = append(names, name)
		omit := slices.ContainsFunc(strings.Split(opts, ","), func(o string) bool { return o == "omitzero" || o == "omitempty" })
		if !omit {
			wantRequired = append(wantRequired, name)
		}
		pv, ok := props[name].(map[string]any)
		if !ok {
			c.fail(where, "the field %s (%q) is not a property of %s", f.Name, name, n)
			continue
		}
		pn := node{file: n.file, ptr: n.ptr + "/properties/" + name, v: pv}
		c.value(f.Type, pn, where+"."+name, parseTag(f.Tag.Get("validate")), true)
	}
	for name := range props {
		if !slices.Contains(names, name) {
			c.fail(where, "the property %q of %s is no field of %s", name, n, t)
		}
	}
	slices.Sort(required)
	slices.Sort(wantRequired)
	if !slices.Equal(required, wantRequired) {
		c.fail(where, "%s requires %v; the fields without omitzero or omitempty are %v", n, required, wantRequired)
	}
}

// jsonFields returns the exported fields of a struct as encoding/json sees
// them: the fields of an embedded struct without a JSON name stand for it.
func jsonFields(t reflect.Type) []reflect.StructField {
	var out []reflect.StructField
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
			out = append(out, jsonFields(f.Type)...)
		case f.IsExported():
			out = append(out, f)
		}
	}
	return out
}

// value checks the schema n of a value of type t. A property (not an array
// item) must have a description.
func (c *checker) value(t reflect.Type, n node, where string, tag validateTag, property bool) {
	if d, _ := n.v["description"].(string); property && strings.TrimSpace(d) == "" {
		c.fail(where, "the property %s has no description", n)
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if name, ok := c.p.Leaves[t]; ok {
		if got := refName(n); got != name {
			c.fail(where, "a %s must refer to the definition %q, not %q", t, name, got)
		}
		return
	}
	if values, ok := enumValues(t); ok {
		c.enum(t, values, n, where)
		return
	}
	typ, _ := c.lookup(n, "type")
	switch t.Kind() {
	case reflect.Struct:
		target, ok := c.deref(n)
		if !ok || refName(n) == "" {
			c.fail(where, "the struct %s must refer to a definition under $defs", t)
			return
		}
		c.object(t, target, where)
	case reflect.Slice:
		if typ != "array" {
			c.fail(where, "a slice must be of type array, not %v", typ)
		}
		c.bound(where, n, "minItems", orNil(tag.length, tag.min))
		c.bound(where, n, "maxItems", orNil(tag.length, tag.max))
		items, ok := c.lookup(n, "items")
		im, _ := items.(map[string]any)
		if !ok || im == nil {
			c.fail(where, "an array must give the schema of its items")
			return
		}
		c.value(t.Elem(), node{file: n.file, ptr: n.ptr + "/items", v: im}, where+"[]", tag.elem(), false)
	case reflect.String:
		format := ""
		for _, f := range tag.rules {
			if _, ok := c.p.Formats[f]; ok {
				format = f
			}
		}
		if _, isConst := n.v["const"].(string); isConst && format == "" {
			break // a constant, such as the version of the standard in 1.0
		}
		if enum, isEnum := n.v["enum"].([]any); isEnum && format == "" && len(enum) > 0 {
			break // a list of values, such as the versions of the standard a document may follow
		}
		if want := c.p.Formats[format]; refName(n) != want {
			c.fail(where, "a string field with the format %q must refer to the definition %q, not %q", format, want, refName(n))
		}
		if format == "" {
			c.bound(where, n, "maxLength", tag.max) // a format's definition holds its own bounds
		}
	case reflect.Bool:
		if typ != "boolean" {
			c.fail(where, "a bool must be of type boolean, not %v", typ)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if typ != "integer" {
			c.fail(where, "an integer must be of type integer, not %v", typ)
		}
		c.bound(where, n, "minimum", orDefault(tag.min, -maxSafe))
		c.bound(where, n, "maximum", orDefault(tag.max, maxSafe))
		for _, kw := range []string{"minimum", "maximum"} {
			if v, ok := c.number(n, kw); ok && math.Abs(v) > maxSafe {
				c.fail(where, "the %s %v of a whole number is beyond ±(2^53-1), which not every JSON reader holds exactly", kw, v)
			}
		}
	case reflect.Float32, reflect.Float64:
		if typ != "number" {
			c.fail(where, "a float must be of type number, not %v", typ)
		}
		if tag.gt != nil {
			c.bound(where, n, "exclusiveMinimum", tag.gt)
			c.bound(where, n, "minimum", tag.min)
		} else {
			c.bound(where, n, "minimum", orDefault(tag.min, -math.MaxFloat64))
		}
		c.bound(where, n, "maximum", orDefault(tag.max, math.MaxFloat64))
	default:
		c.fail(where, "the Go type %s has no rule in the parity check; add it to Leaves", t)
	}
}

func (c *checker) enum(t reflect.Type, values []string, n node, where string) {
	name := refName(n)
	target, ok := c.deref(n)
	if !ok || name == "" {
		c.fail(where, "the enumeration %s must refer to the definition of its codelist", t)
		return
	}
	var enum []string
	list, _ := target.v["enum"].([]any)
	for _, x := range list {
		s, _ := x.(string)
		enum = append(enum, s)
	}
	if !slices.Equal(enum, values) {
		c.fail(where, "the definition %q lists %d codes that differ from the %d values of %s", name, len(enum), len(values), t)
	}
	codes, err := schema.Codelist(name)
	if err != nil {
		c.fail(where, "the definition %q of %s is named after no codelist: %v", name, t, err)
		return
	}
	var cl []string
	for _, code := range codes {
		cl = append(cl, code.Code)
	}
	if !slices.Equal(enum, cl) {
		c.fail(where, "the definition %q does not list the codes of the codelist %s, in order", name, name)
	}
}

// number returns a numeric keyword of n or of the schemas it refers to.
func (c *checker) number(n node, kw string) (float64, bool) {
	v, ok := c.lookup(n, kw)
	f, isNum := v.(float64)
	return f, ok && isNum
}

// bound checks that the schema sets the keyword kw to want, or does not set
// it when want is nil.
func (c *checker) bound(where string, n node, kw string, want *float64) {
	got, ok := c.number(n, kw)
	switch {
	case want == nil && ok:
		c.fail(where, "the schema sets %s %v, which the validate tag does not", kw, got)
	case want != nil && !ok:
		c.fail(where, "the schema lacks %s %v", kw, *want)
	case want != nil && got != *want:
		c.fail(where, "the schema sets %s %v; the validate tag says %v", kw, got, *want)
	}
}

// descriptions reports properties and definitions without a description,
// and object schemas that allow additional properties, anywhere in doc.
func (c *checker) descriptions(file string, doc map[string]any) {
	var walk func(v any, ptr string)
	walk = func(v any, ptr string) {
		switch x := v.(type) {
		case map[string]any:
			if x["type"] == "object" {
				if ap, ok := x["additionalProperties"].(bool); !ok || ap {
					c.fail(file+"#"+ptr, "an object schema must set additionalProperties to false")
				}
			}
			for _, group := range []string{"properties", "$defs"} {
				m, _ := x[group].(map[string]any)
				for name, s := range m {
					sm, _ := s.(map[string]any)
					if d, _ := sm["description"].(string); strings.TrimSpace(d) == "" {
						c.fail(file+"#"+ptr+"/"+group+"/"+name, "no description")
					}
				}
			}
			for k, e := range x {
				if k != "not" {
					walk(e, ptr+"/"+schema.EscapeToken(k))
				}
			}
		case []any:
			for i, e := range x {
				walk(e, ptr+"/"+strconv.Itoa(i))
			}
		}
	}
	walk(doc, "")
}

// enumValues returns the codes of an enumeration type: a string type with a
// Values method that returns a slice of its values.
func enumValues(t reflect.Type) ([]string, bool) {
	m, ok := t.MethodByName("Values")
	if t.Kind() != reflect.String || !ok || m.Type.NumIn() != 1 || m.Type.NumOut() != 1 || m.Type.Out(0).Kind() != reflect.Slice {
		return nil, false
	}
	out := m.Func.Call([]reflect.Value{reflect.Zero(t)})[0]
	values := make([]string, out.Len())
	for i := range values {
		values[i] = out.Index(i).String()
	}
	return values, true
}

// validateTag is the part of a go-playground validate tag the parity check
// reads: min and max of the field, and the rules for the elements after
// "dive".
type validateTag struct {
	rules                []string
	min, max, gt, length *float64
	rest                 string
}

func parseTag(tag string) validateTag {
	var t validateTag
	field, rest, _ := strings.Cut(tag, ",dive")
	if strings.HasPrefix(tag, "dive") {
		field, rest = "", strings.TrimPrefix(tag, "dive")
	}
	t.rest = strings.TrimPrefix(rest, ",")
	for r := range strings.SplitSeq(field, ",") {
		name, arg, _ := strings.Cut(r, "=")
		t.rules = append(t.rules, name)
		if v, err := strconv.ParseFloat(arg, 64); err == nil {
			switch name {
			case "min":
				t.min = &v
			case "max":
				t.max = &v
			case "gt":
				t.gt = &v
			case "len":
				t.length = &v
			}
		}
	}
	return t
}

func (t validateTag) elem() validateTag { return parseTag(t.rest) }

// orNil returns p, or q when p is nil.
func orNil(p, q *float64) *float64 {
	if p != nil {
		return p
	}
	return q
}

func orDefault(p *float64, v float64) *float64 {
	if p != nil {
		return p
	}
	return &v
}
