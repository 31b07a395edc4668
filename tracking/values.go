package tracking

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/nmirf/nmirf/schema"
)

// Problem codes of the checks on values that the struct tags cannot
// express.
const (
	CodeInvalidUTF8 = "field.utf8"   // a string that is not valid UTF-8
	CodeNotFinite   = "field.finite" // a number that is NaN or infinite
	CodeBlankText   = "text.blank"   // text with no letter, digit, punctuation or symbol
)

// valueProblems walks every string, map key and number of ds, as JSON
// would write them, and reports what encoding would lose or refuse: text
// that is not valid UTF-8 (encoding/json would silently replace it) and
// numbers that are not finite (it cannot write them). Decode never yields
// either; a dataset built in Go can hold both. It also reports text that is
// empty in practice (see Blank) wherever the standard asks for text, in
// every version: every string of a dataset is one that may not be empty.
func valueProblems(ds *Dataset) schema.Problems {
	w := valueWalker{}
	w.walk(reflect.ValueOf(ds).Elem())
	return w.ps
}

// valueWalker walks a dataset, keeping the path to the value it is at as
// reference tokens, so that a pointer is built only for a problem.
type valueWalker struct {
	path []pathToken
	ps   schema.Problems
	// keys, when not nil, counts the members a document must hold for each
	// name of presenceNames, as the strict pass checks (see strict.go).
	keys map[string]int
}

// pathToken is a reference token of the walker's path: a member's name,
// or an element's index when name is "" and index is not negative. It
// holds either without converting it to an interface, which would
// allocate for every value walked.
type pathToken struct {
	name  string
	index int
}

func (w *valueWalker) add(code, variant string, args schema.Args) {
	toks := make([]any, len(w.path))
	for i, t := range w.path {
		if t.index >= 0 {
			toks[i] = t.index
		} else {
			toks[i] = t.name
		}
	}
	w.ps = append(w.ps, problem(schema.Pointer(toks...), code, variant, args))
}

func (w *valueWalker) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem())
		}
	case reflect.Struct:
		t := v.Type()
		if w.keys != nil {
			w.countKeys(t, v)
		}
		for _, f := range walkedFields(t) {
			w.path = append(w.path, pathToken{name: f.name, index: -1})
			w.walk(v.Field(f.index))
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Slice, reflect.Array:
		if !walked(v.Type().Elem()) {
			return // numbers or booleans that cannot be NaN, an ID's bytes
		}
		for i := range v.Len() {
			w.path = append(w.path, pathToken{index: i})
			w.walk(v.Index(i))
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			k := iter.Key().String()
			if w.keys != nil && presenceNames()[k] {
				w.keys[k]++
			}
			w.path = append(w.path, pathToken{name: k, index: -1})
			if !utf8.ValidString(k) {
				w.add(CodeInvalidUTF8, "key", nil)
			}
			w.walk(iter.Value())
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			w.add(CodeInvalidUTF8, "", nil)
		}
		if Blank(v.String()) {
			w.add(CodeBlankText, "", nil)
		}
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			w.add(CodeNotFinite, "", schema.Args{"value": strconv.FormatFloat(f, 'g', -1, 64)})
		}
	}
}

// walkedField is a field of a struct type that the walker visits.
type walkedField struct {
	index int
	name  string
}

// walkedFields returns the fields of a struct type that JSON writes and
// that may hold what the walker looks for (a string, a map, a float, or a
// struct, slice or pointer that holds one); it computes them once per type.
func walkedFields(t reflect.Type) []walkedField {
	if fs, ok := walkedFieldCache.Load(t); ok {
		return fs.([]walkedField)
	}
	var fs []walkedField
	for i, name := range jsonNames(t) {
		if name != "" && walked(t.Field(i).Type) {
			fs = append(fs, walkedField{index: i, name: name})
		}
	}
	walkedFieldCache.Store(t, fs)
	return fs
}

var walkedFieldCache sync.Map // reflect.Type → []walkedField

// walked reports whether a value of type t may hold what the walker looks
// for, or, for a struct, members the strict pass counts; it computes the
// answer once per type.
func walked(t reflect.Type) bool {
	if b, ok := walkedCache.Load(t); ok {
		return b.(bool)
	}
	walkedCache.Store(t, true) // a type that refers to itself is walked
	var b bool
	switch t.Kind() {
	case reflect.String, reflect.Map, reflect.Float32, reflect.Float64, reflect.Interface:
		b = true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		b = t.Elem().Kind() != reflect.Uint8 && walked(t.Elem())
	case reflect.Struct:
		// A struct is walked when it has any field JSON writes, as its
		// members are counted for the strict pass.
		for _, name := range jsonNames(t) {
			if name != "" {
				b = true
				break
			}
		}
	}
	walkedCache.Store(t, b)
	return b
}

var walkedCache sync.Map // reflect.Type → bool

// Blank reports whether s is text that is empty in practice: not empty,
// but with no letter, digit, punctuation mark or symbol, only white space,
// control characters or format characters (such as a zero-width space or
// a byte order mark). A person reading it sees nothing.
func Blank(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.In(r, unicode.Cc, unicode.Cf, unicode.Zs, unicode.Zl, unicode.Zp) {
			return false
		}
	}
	return true
}

// jsonNames returns the JSON names of the fields of a struct type, "" for
// the fields JSON leaves out; it computes them once per type.
func jsonNames(t reflect.Type) []string {
	if names, ok := jsonNameCache.Load(t); ok {
		return names.([]string)
	}
	names := make([]string, t.NumField())
	for i := range names {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "-" {
			names[i] = name
		}
	}
	jsonNameCache.Store(t, names)
	return names
}

var jsonNameCache sync.Map // reflect.Type → []string
