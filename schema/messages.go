package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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
		var fields *suggestions
		if variant == "" {
			fields = newSuggestions(propertiesAt(ve.SchemaURL))
		}
		ps := make(Problems, len(k.Properties))
		for i, name := range k.Properties {
			args, v := Args{"name": shorten(name)}, variant
			// A field of the object in another case or spelling.
			if fields != nil {
				if s, ok := fields.suggestField(name); ok {
					args["suggestion"], v = s, "suggest"
				}
			}
			ps[i] = problem(ptr+"/"+EscapeToken(name), "schema.additionalProperties", v, args)
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
		args := Args{"allowed": strings.Join(k.Want, ", "), "type": k.Got}
		switch {
		case def == "text" && rest == "" && slices.Equal(k.Want, []string{"object"}):
			// A language map given as a plain string (or a number): what
			// a text is, with an example (see withValues).
			return "text", args, true
		case slices.Equal(k.Want, []string{"integer"}) && k.Got == "number":
			return "integer", args, true
		case slices.Equal(k.Want, []string{"integer"}) && k.Got == "string":
			return "integerString", args, true
		case slices.Equal(k.Want, []string{"number"}) && k.Got == "string":
			return "numberString", args, true
		case slices.Equal(k.Want, []string{"boolean"}) && k.Got == "string":
			return "booleanString", args, true
		}
		return "", args, true
	case *kind.Enum:
		return enumMessage(k, def, rest)
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

// shortList is the most values an enum problem lists (as the argument
// "allowed"); a longer list is named by its codelist or by its size.
const shortList = 12

// enumMessage words a value outside an enumeration: the allowed values
// when there are at most shortList ("allowed"), the codelist they come from
// ("codelist"), and the value the mistake most likely meant ("suggestion",
// see Suggest), so that a host can say "did you mean …?" in its language.
// The variant says which of these the message names.
func enumMessage(k *kind.Enum, def, rest string) (string, Args, bool) {
	args := Args{"value": display(k.Got)}
	codelist := isCodelist(def) && rest == ""
	if codelist {
		args["codelist"] = def
	}
	if got, ok := k.Got.(string); ok {
		if s, ok := suggestEnum(def, codelist, got, k.Want); ok {
			args["suggestion"] = s
		}
	}
	if len(k.Want) <= shortList {
		want := make([]string, len(k.Want))
		for i, w := range k.Want {
			want[i] = display(w)
		}
		args["allowed"] = strings.Join(want, ", ")
	} else if !codelist {
		args["count"] = strconv.Itoa(len(k.Want))
	}
	_, allowed := args["allowed"]
	_, suggested := args["suggestion"]
	variant := ""
	switch {
	case codelist && allowed && suggested:
		variant = "codelistAllowedSuggest"
	case codelist && allowed:
		variant = "codelistAllowed"
	case codelist && suggested:
		variant = "codelistSuggest"
	case codelist:
		variant = "codelist"
	case allowed && suggested:
		variant = "suggest"
	case allowed:
	case suggested:
		variant = "manySuggest"
	default:
		variant = "many"
	}
	return variant, args, true
}

// suggestEnum returns the value of want that got most likely meant: for a
// codelist, by Suggest (its titles in the six languages included); for
// another enumeration, by case, separators and spelling alone. The
// suggestion is always one of want.
func suggestEnum(def string, codelist bool, got string, want []any) (string, bool) {
	codes := make([]string, 0, len(want))
	for _, w := range want {
		if s, ok := w.(string); ok {
			codes = append(codes, s)
		}
	}
	var s string
	var ok bool
	if codelist {
		s, ok = Suggest(def, got)
	} else {
		s, ok = newSuggestions(codes).suggest(got, nil)
	}
	if !ok || !slices.Contains(codes, s) {
		return "", false
	}
	return s, true
}

// descriptionAt returns the description of the schema at a location in the
// embedded schemas, such as ".../assessment.schema.json#/$defs/answer/allOf/0",
// or "" when there is none.
func descriptionAt(url string) string {
	d, _ := schemaAt(url)["description"].(string)
	return d
}

// propertiesAt returns the names of the properties of the schema at a
// location in the embedded schemas, sorted, or none.
func propertiesAt(url string) []string {
	props, _ := schemaAt(url)["properties"].(map[string]any)
	return slices.Sorted(maps.Keys(props))
}

// schemaAt returns the schema at a location in the embedded schemas, as
// published, or nil. A location inside a definition that a validator
// copied where it is referred to is followed through the reference.
func schemaAt(url string) map[string]any {
	name, frag, _ := strings.Cut(strings.TrimPrefix(url, siteURL), "#")
	root := publishedSchemas()[name]
	var v any = root
	for tok := range strings.SplitSeq(strings.TrimPrefix(frag, "/"), "/") {
		if tok == "" {
			continue
		}
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch x := v.(type) {
		case map[string]any:
			if _, ok := x[tok]; !ok {
				x = followRef(root, x)
			}
			v = x[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	m, _ := v.(map[string]any)
	if m != nil {
		if _, ok := m["properties"]; !ok {
			m = followRef(root, m)
		}
	}
	return m
}

// followRef returns the schema that m refers to with a "$ref" within its
// document ("#/$defs/source"), through up to eight references, or m.
func followRef(root any, m map[string]any) map[string]any {
	for range 8 {
		ref, ok := m["$ref"].(string)
		if !ok || !strings.HasPrefix(ref, "#/") {
			return m
		}
		var v any = root
		for tok := range strings.SplitSeq(ref[2:], "/") {
			x, _ := v.(map[string]any)
			v = x[strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")]
		}
		next, ok := v.(map[string]any)
		if !ok {
			return m
		}
		m = next
	}
	return m
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

// withValues completes, from the document, the problems whose message
// shows the value at fault: a plain string given where a text (a language
// map) belongs gets the string as the argument "value" and, as "example",
// the language map it should have been ({"fr": "Plan national"}), in the
// language the string seems to be written in (see guessLanguage). It
// changes ps in place and returns it.
func withValues(ps Problems, doc any) Problems { return withValuesAt(ps, doc, "") }

// withValuesAt is withValues for the problems of a value that stands at
// the pointer base of its document (an element of a top-level array
// validated alone): the problems' pointers start with base.
//
// A problem completed so already, from a value validated alone, whose
// string says nothing of its language, takes the language of the
// document's texts when withValues is given the document.
func withValuesAt(ps Problems, value any, base string) Problems {
	for i, p := range ps {
		switch {
		case p.Key == "schema.type#text" && p.Args["type"] == "string":
			rest, ok := strings.CutPrefix(p.Pointer, base)
			if !ok || rest != "" && rest[0] != '/' {
				continue
			}
			if s, ok := valueAt(value, rest).(string); ok {
				ps[i] = textProblem(p, shorten(s), guessLanguage(s, value))
			}
		case p.Key == "schema.type#textValue" && base == "" && textLanguage(p.Args["value"]) == "":
			if lang := commonLanguage(value); lang != "" && lang != p.Args["language"] {
				ps[i] = textProblem(p, p.Args["value"], lang)
			}
		}
	}
	return ps
}

// textProblem returns p, a plain string s given for a text, with the
// example of the language map in the language lang.
func textProblem(p Problem, s, lang string) Problem {
	args := Args{"allowed": p.Args["allowed"], "type": p.Args["type"], "value": s,
		"example": "{" + jsonText(lang) + ": " + jsonText(s) + "}", "language": lang}
	q := problem(p.Pointer, p.Code, "textValue", args)
	q.Record, q.Location = p.Record, p.Location
	return q
}

// valueAt returns the value at a JSON pointer in a document parsed into
// maps and slices, or nil when there is none.
func valueAt(doc any, pointer string) any {
	if pointer == "" {
		return doc
	}
	v := doc
	for tok := range strings.SplitSeq(strings.TrimPrefix(pointer, "/"), "/") {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// guessLanguage returns the language tag a text seems to be written in,
// for the example of a language map: by its script (Arabic, Cyrillic,
// Chinese characters), else by the little words and accents of English,
// French and Spanish, else the language the document's other texts are
// most often given in, else English.
func guessLanguage(s string, doc any) string {
	if lang := textLanguage(s); lang != "" {
		return lang
	}
	if lang := commonLanguage(doc); lang != "" {
		return lang
	}
	return "en"
}

// textLanguage returns the language a text's script or little words
// show: "ar", "ru" or "zh" by script, "en", "fr" or "es" by the words and
// accents of Latin script (see latinLanguage), or "" when they do not
// tell.
func textLanguage(s string) string {
	scripts := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Arabic, r):
			scripts["ar"]++
		case unicode.Is(unicode.Cyrillic, r):
			scripts["ru"]++
		case unicode.Is(unicode.Han, r):
			scripts["zh"]++
		case unicode.Is(unicode.Latin, r):
			scripts["latin"]++
		}
	}
	best, n := "", 0
	for _, lang := range []string{"ar", "ru", "zh", "latin"} {
		if scripts[lang] > n {
			best, n = lang, scripts[lang]
		}
	}
	if best != "latin" && best != "" {
		return best
	}
	return latinLanguage(s)
}

// latinMarks are the little words and letters that tell English, French
// and Spanish apart.
var latinMarks = map[string][]string{
	"en": {"the", "of", "and", "for", "to", "on", "with", "in", "by", "an"},
	"fr": {"le", "la", "les", "des", "du", "de", "et", "pour", "sur", "aux", "au", "une", "un", "en", "l", "d", "é", "è", "ê", "à", "ç", "ù", "œ", "û", "ô", "â", "î"},
	"es": {"el", "los", "las", "del", "de", "y", "para", "por", "una", "con", "en", "la", "ñ", "á", "í", "ó", "ú", "¿", "¡"},
}

// latinLanguage returns "en", "fr" or "es" when the words and letters of s
// point to one of them more than to the others, and "" otherwise.
func latinLanguage(s string) string {
	lower := strings.ToLower(s)
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) })
	score := map[string]int{}
	for lang, marks := range latinMarks {
		for _, m := range marks {
			if !isASCII(m) { // an accented letter or a sign
				score[lang] += strings.Count(lower, m)
				continue
			}
			for _, w := range words {
				if w == m {
					score[lang]++
				}
			}
		}
	}
	best, n, ties := "", 0, 0
	for _, lang := range []string{"en", "fr", "es"} {
		switch {
		case score[lang] > n:
			best, n, ties = lang, score[lang], 0
		case score[lang] == n && n > 0:
			ties++
		}
	}
	if ties > 0 {
		return ""
	}
	return best
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// commonLanguage returns the language the document's texts (objects whose
// keys are all language tags and whose values are strings) are most often
// given in, Latin-script languages only, or "" when it has none.
func commonLanguage(doc any) string {
	count := map[string]int{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			text := len(x) > 0
			for k, e := range x {
				if _, ok := e.(string); !ok || !languageKey.MatchString(k) {
					text = false
				}
			}
			if text {
				for k := range x {
					if k != "ar" && k != "ru" && k != "zh" && !strings.HasPrefix(k, "zh-") {
						count[k]++
					}
				}
				return
			}
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(doc)
	best, n := "", 0
	for _, k := range slices.Sorted(maps.Keys(count)) {
		if count[k] > n {
			best, n = k, count[k]
		}
	}
	return best
}

// languageKey matches the keys of a language map, as the schema's "text"
// does.
var languageKey = regexp.MustCompile(`^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$`)
