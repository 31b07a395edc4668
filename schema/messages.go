package schema

import (
	"bytes"
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
// itself, one problem each, with the field's name as the argument "name".
func problemsOf(ve *jsonschema.ValidationError, def, rest string) Problems {
	ptr := pointerOf(ve.InstanceLocation)
	switch k := ve.ErrorKind.(type) {
	case *kind.Required:
		ps := make(Problems, len(k.Missing))
		for i, m := range k.Missing {
			ps[i] = problem(ptr+"/"+EscapeToken(m), "schema.required", "", Args{"name": m})
		}
		return ps
	case *kind.AdditionalProperties:
		variant := ""
		if def == "text" {
			variant = "languageTag"
		}
		ps := make(Problems, len(k.Properties))
		for i, name := range k.Properties {
			ps[i] = problem(ptr+"/"+EscapeToken(name), "schema.additionalProperties", variant, Args{"name": shorten(name)})
		}
		return ps
	case *kind.FalseSchema:
		return Problems{problem(ptr, "schema.additionalProperties", "notAllowed", nil)}
	case *kind.PropertyNames:
		variant := ""
		if def == "text" {
			variant = "languageTag"
		}
		return Problems{problem(ptr+"/"+EscapeToken(k.Property), "schema.propertyNames", variant, Args{"key": shorten(k.Property)})}
	}
	code := codeOf(ve.ErrorKind)
	variant, args, ok := messageOf(ve.ErrorKind, def, rest, ve.SchemaURL)
	if !ok {
		// A keyword the standard's schemas do not use yet: the validator's
		// English message, as the argument "message" of the variant
		// "other".
		p := problem(ptr, code, "other", Args{"message": ve.ErrorKind.LocalizedString(printer)})
		p.Message = p.Args["message"]
		return Problems{p}
	}
	return Problems{problem(ptr, code, variant, args)}
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

// messageOf returns the variant of the message of a failed keyword and its
// arguments, or false for a keyword it does not word. Failures inside the
// shared definitions of the standard (dates, IDs, language maps, codelists)
// get messages that name what the value should be, and a failed "not" the
// description of the schema that holds it, which states the rule.
func messageOf(ek jsonschema.ErrorKind, def, rest, schemaURL string) (string, Args, bool) {
	switch k := ek.(type) {
	case *kind.Type:
		return "", Args{"allowed": strings.Join(k.Want, ", "), "type": k.Got}, true
	case *kind.Enum:
		want := make([]string, len(k.Want))
		for i, w := range k.Want {
			want[i] = display(w)
		}
		args := Args{"value": display(k.Got), "allowed": strings.Join(want, ", ")}
		switch {
		case isCodelist(def) && rest == "":
			return "codelist", Args{"value": display(k.Got), "codelist": def}, true
		case len(k.Want) > 8:
			args["count"] = strconv.Itoa(len(k.Want))
			return "many", args, true
		}
		return "", args, true
	case *kind.Const:
		return "", Args{"expected": jsonText(k.Want), "value": jsonText(k.Got)}, true
	case *kind.Pattern:
		args := Args{"value": shorten(k.Got)}
		switch def + rest {
		case "date", "id", "key", "url", "email":
			return def, args, true
		}
		args["pattern"] = k.Want
		return "", args, true
	case *kind.Not:
		if def == "id" {
			return "nilID", nil, true
		}
		if d := descriptionAt(schemaURL); d != "" {
			return "description", Args{"description": d}, true
		}
	case *kind.MinLength:
		switch {
		case def == "text":
			return "text", nil, true
		case k.Want == 1:
			return "empty", nil, true
		}
		return "", Args{"limit": strconv.Itoa(k.Want)}, true
	case *kind.MaxLength:
		return "", Args{"limit": strconv.Itoa(k.Want)}, true
	case *kind.MinProperties:
		if def == "text" {
			return "text", nil, true
		}
		return "", Args{"limit": strconv.Itoa(k.Want)}, true
	case *kind.MinItems:
		return "", Args{"limit": strconv.Itoa(k.Want)}, true
	case *kind.MaxItems:
		return "", Args{"limit": strconv.Itoa(k.Want)}, true
	case *kind.Minimum:
		return "", Args{"limit": ratString(k.Want)}, true
	case *kind.Maximum:
		return "", Args{"limit": ratString(k.Want)}, true
	case *kind.ExclusiveMinimum:
		return "", Args{"limit": ratString(k.Want)}, true
	case *kind.ExclusiveMaximum:
		return "", Args{"limit": ratString(k.Want)}, true
	}
	return "", nil, false
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

// display writes a JSON value for a message argument: a string as it is,
// shortened when long, anything else in JSON notation.
func display(v any) string {
	if s, ok := v.(string); ok {
		return shorten(s)
	}
	return jsonText(v)
}

// jsonText writes a JSON value in JSON notation, shortened when long.
func jsonText(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return abbreviate(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

// shorten shortens a long string for a message argument.
func shorten(s string) string {
	if r := []rune(s); len(r) > 60 {
		s = string(r[:40]) + "…" + string(r[len(r)-12:])
	}
	return s
}

func ratString(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	f, _ := r.Float64()
	return fmt.Sprint(f)
}
