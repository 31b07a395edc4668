package schema

import (
	"strconv"
	"strings"
)

// inlineLeaves rewrites a schema document, before it is compiled, so that
// every "$ref" to a local leaf definition (one under "$defs" that holds no
// reference and no identifier of its own, such as a date, an ID or a
// codelist) is replaced by the definition's keywords. The published files
// keep their definitions, which are easier to read; the validator walks a
// smaller tree, since each "$ref" costs the validator a frame per value. A
// reference is kept where the referring schema shares a keyword with the
// definition (other than the annotations "description", "title" and
// "$comment"), so that both keep applying.
//
// The validation outcome is the same; only the schema locations of
// failures change. inlineLeaves returns, for each place where it inlined a
// definition, the definition's name keyed by the JSON pointer of that place,
// so that messages can still name the definition.
func inlineLeaves(doc any) map[string]string {
	root, ok := doc.(map[string]any)
	if !ok {
		return nil
	}
	defs, _ := root["$defs"].(map[string]any)
	leaves := map[string]map[string]any{}
	for name, d := range defs {
		if m, ok := d.(map[string]any); ok && isLeaf(m) {
			leaves[name] = m
		}
	}
	at := map[string]string{}
	var walk func(v any, ptr string)
	walk = func(v any, ptr string) {
		switch x := v.(type) {
		case map[string]any:
			if ref, ok := x["$ref"].(string); ok {
				name, found := strings.CutPrefix(ref, "#/$defs/")
				if def, leaf := leaves[name]; found && leaf && !overlaps(x, def) {
					delete(x, "$ref")
					for k, dv := range def {
						if _, annotation := annotations[k]; annotation {
							if _, has := x[k]; has {
								continue
							}
						}
						x[k] = dv
					}
					at[ptr] = name
				}
			}
			for k, e := range x {
				if k == "$defs" && ptr == "" {
					continue // definitions are walked on their own below
				}
				walk(e, ptr+"/"+EscapeToken(k))
			}
		case []any:
			for i, e := range x {
				walk(e, ptr+"/"+strconv.Itoa(i))
			}
		}
	}
	walk(root, "")
	for name, d := range defs {
		if _, leaf := leaves[name]; !leaf {
			walk(d, "/$defs/"+EscapeToken(name))
		}
	}
	return at
}

// annotations are keywords that do not affect validation.
var annotations = map[string]struct{}{"description": {}, "title": {}, "$comment": {}, "examples": {}}

// isLeaf reports whether a definition can be copied where it is referred
// to: it refers to nothing and defines no identifier or anchor.
func isLeaf(v any) bool {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			switch k {
			case "$ref", "$dynamicRef", "$recursiveRef", "$id", "$anchor", "$dynamicAnchor", "$recursiveAnchor", "$defs", "definitions":
				return false
			}
			if !isLeaf(e) {
				return false
			}
		}
	case []any:
		for _, e := range x {
			if !isLeaf(e) {
				return false
			}
		}
	}
	return true
}

// overlaps reports whether a referring schema and a definition share a
// keyword that affects validation.
func overlaps(referrer, def map[string]any) bool {
	for k := range def {
		if _, annotation := annotations[k]; annotation {
			continue
		}
		if _, ok := referrer[k]; ok {
			return true
		}
	}
	return false
}
