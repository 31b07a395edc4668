package tracking

import (
	"math"
	"reflect"
	"strconv"
	"strings"
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
	w.walk(reflect.ValueOf(ds).Elem(), "")
	return w.ps
}

type valueWalker struct{ ps schema.Problems }

func (w *valueWalker) walk(v reflect.Value, ptr string) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			w.walk(v.Elem(), ptr)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue // PartialDate and ID hold no text
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			w.walk(v.Field(i), ptr+"/"+schema.EscapeToken(name))
		}
	case reflect.Slice, reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return // an ID's bytes
		}
		for i := range v.Len() {
			w.walk(v.Index(i), ptr+"/"+strconv.Itoa(i))
		}
	case reflect.Map:
		iter := v.MapRange()
		for iter.Next() {
			k := iter.Key().String()
			p := ptr + "/" + schema.EscapeToken(k)
			if !utf8.ValidString(k) {
				w.ps.Add(p, CodeInvalidUTF8, "the key is not valid UTF-8 text; written as JSON it would change")
			}
			w.walk(iter.Value(), p)
		}
	case reflect.String:
		if !utf8.ValidString(v.String()) {
			w.ps.Add(ptr, CodeInvalidUTF8, "the text is not valid UTF-8; written as JSON it would change")
		}
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			w.ps.Add(ptr, CodeNotFinite, "%v is not a number JSON can hold", f)
		}
	}
}
