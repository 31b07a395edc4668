package schema

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
)

// problemsOf turns a leaf of the validator's error tree into problems with
// a JSON pointer to the value at fault, a stable code and a message in the
// words of the standard. Required and unknown fields point at the field
// itself, one problem each.
func problemsOf(ve *jsonschema.ValidationError, def, rest string) Problems {
	ptr := pointerOf(ve.InstanceLocation)
	switch k := ve.ErrorKind.(type) {
	case *kind.Required:
		ps := make(Problems, len(k.Missing))
		for i, m := range k.Missing {
			ps[i] = Problem{Pointer: ptr + "/" + EscapeToken(m), Code: "schema.required", Message: "is required"}
		}
		return ps
	case *kind.AdditionalProperties:
		format := "%s is not a field of this object in the standard"
		if def == "text" {
			format = "%s is not a language tag such as \"en\", \"ar\" or \"es-419\""
		}
		ps := make(Problems, len(k.Properties))
		for i, name := range k.Properties {
			ps[i] = Problem{Pointer: ptr + "/" + EscapeToken(name), Code: "schema.additionalProperties", Message: fmt.Sprintf(format, quote(name))}
		}
		return ps
	case *kind.FalseSchema:
		return Problems{{Pointer: ptr, Code: "schema.additionalProperties", Message: "is not allowed here"}}
	case *kind.PropertyNames:
		msg := fmt.Sprintf("the key %s is not allowed here", quote(k.Property))
		if def == "text" {
			msg = fmt.Sprintf("the key %s is not a language tag such as \"en\", \"ar\" or \"es-419\"", quote(k.Property))
		}
		return Problems{{Pointer: ptr + "/" + EscapeToken(k.Property), Code: "schema.propertyNames", Message: msg}}
	}
	return Problems{{Pointer: ptr, Code: codeOf(ve.ErrorKind), Message: messageOf(ve.ErrorKind, def, rest, ve.SchemaURL)}}
}

func codeOf(k jsonschema.ErrorKind) string {
	if _, ok := k.(*kind.Not); ok {
		return "schema.not"
	}
	if kw := k.KeywordPath(); len(kw) > 0 {
		return "schema." + kw[len(kw)-1]
	}
	return "schema.invalid"
}

// messageOf writes the message of a failed keyword. Failures inside the
// shared definitions of the standard (dates, IDs, language maps, codelists)
// get messages that name what the value should be, and a failed "not" the
// description of the schema that holds it, which states the rule; others
// keep the validator's message.
func messageOf(ek jsonschema.ErrorKind, def, rest, schemaURL string) string {
	switch k := ek.(type) {
	case *kind.Type:
		return fmt.Sprintf("must be %s, not %s", typeNames(k.Want), article(k.Got))
	case *kind.Enum:
		if isCodelist(def) && rest == "" {
			return fmt.Sprintf("%s is not a code of the codelist %s", display(k.Got), def)
		}
		if len(k.Want) > 8 {
			return fmt.Sprintf("%s is not one of the %d values allowed here", display(k.Got), len(k.Want))
		}
		want := make([]string, len(k.Want))
		for i, w := range k.Want {
			want[i] = display(w)
		}
		return fmt.Sprintf("%s is not one of %s", display(k.Got), strings.Join(want, ", "))
	case *kind.Const:
		return fmt.Sprintf("must be %s, not %s", display(k.Want), display(k.Got))
	case *kind.Pattern:
		switch def + rest {
		case "date":
			return fmt.Sprintf("%s is not a date as YYYY, YYYY-MM or YYYY-MM-DD, with a year from 0001 and a day that exists in its month", quote(k.Got))
		case "id":
			return fmt.Sprintf("%s is not an ID: a UUID in canonical lowercase form, such as \"0190d7a4-5b1e-7c3a-9f12-3456789abcde\"", quote(k.Got))
		case "key":
			return fmt.Sprintf("%s is not a key: letters, digits, \".\", \"_\" and \"-\", starting with a letter or digit", quote(k.Got))
		case "url":
			return fmt.Sprintf("%s is not a web address starting with http:// or https://", quote(k.Got))
		case "email":
			return fmt.Sprintf("%s is not an email address", quote(k.Got))
		}
		return fmt.Sprintf("%s does not match the pattern %s", quote(k.Got), k.Want)
	case *kind.Not:
		if def == "id" {
			return "the nil UUID (all zeros) is not an ID"
		}
		if d := descriptionAt(schemaURL); d != "" {
			return d
		}
	case *kind.MinLength:
		switch {
		case def == "text":
			return "the text in this language is empty"
		case k.Want == 1:
			return "must not be empty; leave the field out instead"
		}
		return fmt.Sprintf("must be at least %d characters long", k.Want)
	case *kind.MaxLength:
		return fmt.Sprintf("must be at most %d characters long", k.Want)
	case *kind.MinProperties:
		if def == "text" {
			return "text is required in at least one language"
		}
		return fmt.Sprintf("needs at least %d field(s)", k.Want)
	case *kind.MinItems:
		return fmt.Sprintf("needs at least %d item(s)", k.Want)
	case *kind.MaxItems:
		return fmt.Sprintf("has more than %d item(s)", k.Want)
	case *kind.Minimum:
		return fmt.Sprintf("must be at least %s", ratString(k.Want))
	case *kind.Maximum:
		return fmt.Sprintf("must be at most %s", ratString(k.Want))
	case *kind.ExclusiveMinimum:
		return fmt.Sprintf("must be more than %s", ratString(k.Want))
	case *kind.ExclusiveMaximum:
		return fmt.Sprintf("must be less than %s", ratString(k.Want))
	}
	return ek.LocalizedString(printer)
}

// descriptionAt returns the description of the schema at a location in the
// embedded schemas, such as ".../assessment.schema.json#/$defs/answer/allOf/0",
// or "" when there is none.
func descriptionAt(url string) string {
	name, frag, _ := strings.Cut(strings.TrimPrefix(url, siteURL), "#")
	var v any = publishedSchemas()[name]
	for tok := range strings.SplitSeq(strings.TrimPrefix(frag, "/"), "/") {
		if tok == "" {
			continue
		}
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return ""
			}
			v = x[i]
		default:
			return ""
		}
	}
	m, _ := v.(map[string]any)
	d, _ := m["description"].(string)
	return d
}

// publishedSchemas holds the embedded schemas as published, by their path
// in FS ("1.1/dataset.schema.json").
var publishedSchemas = sync.OnceValue(func() map[string]any {
	out := map[string]any{}
	for _, ver := range versions {
		for _, k := range KindsIn(ver) {
			data, err := fs.ReadFile(files, k.FileIn(ver))
			if err != nil {
				continue
			}
			var doc any
			if json.Unmarshal(data, &doc) == nil {
				out[k.FileIn(ver)] = doc
			}
		}
	}
	return out
})

func pointerOf(loc []string) string {
	var b strings.Builder
	for _, t := range loc {
		b.WriteByte('/')
		b.WriteString(EscapeToken(t))
	}
	return b.String()
}

var codelistNames = sync.OnceValue(CodelistNames)

func isCodelist(name string) bool {
	_, ok := slices.BinarySearch(codelistNames(), name)
	return ok
}

func typeNames(want []string) string {
	names := make([]string, len(want))
	for i, w := range want {
		names[i] = article(w)
	}
	return strings.Join(names, " or ")
}

func article(t string) string {
	switch t {
	case "object", "array", "integer":
		return "an " + t
	case "null":
		return "null"
	}
	return "a " + t
}

// display writes a JSON value for a message, shortened when long.
func display(v any) string {
	switch x := v.(type) {
	case string:
		return quote(x)
	case float64:
		return fmt.Sprint(x)
	case nil:
		return "null"
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	}
	return fmt.Sprint(v)
}

func quote(s string) string {
	if r := []rune(s); len(r) > 60 {
		s = string(r[:40]) + "…" + string(r[len(r)-12:])
	}
	return fmt.Sprintf("%q", s)
}

func ratString(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	f, _ := r.Float64()
	return fmt.Sprint(f)
}
