package schematest

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/nmirf/nmirf/schema"
)

// Lost compares a document with the document written back after decoding
// it into Go values and encoding them again, both as parsed by
// schema.Parse, and describes every difference: a value that changed, a
// member the Go side dropped, a member it added. Dropping a member is no
// loss when the member said nothing: false, or an object whose members all
// say nothing (such as "smart": {}). Numbers compare as 64-bit
// floating-point values, as JSON readers hold them.
func Lost(input, output any) []string {
	var diffs []string
	lost(input, output, "", &diffs)
	return diffs
}

func lost(in, out any, ptr string, diffs *[]string) {
	add := func(format string, args ...any) {
		at := ptr
		if at == "" {
			at = "/"
		}
		*diffs = append(*diffs, at+": "+fmt.Sprintf(format, args...))
	}
	switch x := in.(type) {
	case map[string]any:
		y, ok := out.(map[string]any)
		if !ok {
			add("an object became %s", describe(out))
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			p := ptr + "/" + schema.EscapeToken(k)
			if yv, ok := y[k]; ok {
				lost(x[k], yv, p, diffs)
			} else if !saysNothing(x[k]) {
				*diffs = append(*diffs, p+": dropped "+describe(x[k]))
			}
		}
		for k, v := range y {
			if _, ok := x[k]; !ok {
				*diffs = append(*diffs, ptr+"/"+schema.EscapeToken(k)+": added "+describe(v))
			}
		}
	case []any:
		y, ok := out.([]any)
		if !ok || len(x) != len(y) {
			add("an array of %d became %s", len(x), describe(out))
			return
		}
		for i := range x {
			lost(x[i], y[i], ptr+"/"+strconv.Itoa(i), diffs)
		}
	case json.Number:
		a, errA := strconv.ParseFloat(string(x), 64)
		bn, ok := out.(json.Number)
		b, errB := strconv.ParseFloat(string(bn), 64)
		if !ok || errA != nil || errB != nil || a != b {
			add("the number %s became %s", x, describe(out))
		}
	default:
		if in != out {
			add("%s became %s", describe(in), describe(out))
		}
	}
}

// saysNothing reports whether a member may be left out without loss.
func saysNothing(v any) bool {
	switch x := v.(type) {
	case bool:
		return !x
	case map[string]any:
		for _, e := range x {
			if !saysNothing(e) {
				return false
			}
		}
		return true
	}
	return false
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return strconv.Quote(x)
	case map[string]any:
		return fmt.Sprintf("an object of %d members", len(x))
	case []any:
		return fmt.Sprintf("an array of %d", len(x))
	}
	return fmt.Sprint(v)
}
