package tracking

import (
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/nmirf/nmirf/schema"
)

// Problem codes of the checks on values that the struct tags cannot
// express.
const (
	CodeInvalidUTF8 = "field.utf8"   // a string that is not valid UTF-8
	CodeNotFinite   = "field.finite" // a number that is NaN or infinite
)

// valueProblems walks every string, map key and number of ds, as JSON
// would write them, and reports what encoding would lose or refuse: text
// that is not valid UTF-8 (encoding/json would silently replace it) and
// numbers that are not finite (it cannot write them). Decode never yields
// either; a dataset built in Go can hold both.
func valueProblems(ds *Dataset) schema.Problems {
	w := valueWalker{}
	w.walk(reflect.ValueOf(ds).Elem())
	return w.ps
}

// valueWalker walks a dataset, keeping the path to the value it is at as
// reference tokens, so that a pointer is built only for a problem.
type valueWalker struct {
	path []any
	ps   schema.Problems
}

func (w *valueWalker) add(code, variant string, args schema.Args) {
	w.ps = append(w.ps, problem(schema.Pointer(w.path...), code, variant, args))
}

func (w *valueWalker) walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem())
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			name := jsonNames(t)[i]
			if name == "" {
				continue // unexported (PartialDate, ID) or not in JSON
			}
			w.path = append(w.path, name)
			w.walk(v.Field(i))
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return // an ID's bytes
		}
		for i := range v.Len() {
			w.path = append(w.path, i)
			w.walk(v.Index(i))
			w.path = w.path[:len(w.path)-1]
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			k := iter.Key().String()
			w.path = append(w.path, k)
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
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			w.add(CodeNotFinite, "", schema.Args{"value": strconv.FormatFloat(f, 'g', -1, 64)})
		}
	}
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
