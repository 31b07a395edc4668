package schema

import (
	"strconv"
	"strings"
)

// inlineLeaves rewrites a schema document, before it is compiled, so that
// every "$ref" to a local definition that can be copied (one under "$defs"
// that defines no identifier or anchor and refers, directly or through
// others, to no definition but copyable ones: a date, an ID, a codelist, a
// recommendation) is replaced by the definition's keywords, its own
// references already replaced. The published files keep their definitions,
// which are easier to read; the validator walks a smaller tree, since each
// "$ref" costs the validator a frame per value. A reference is kept where
// the referring schema shares a keyword with the definition (other than the
// annotations "description", "title" and "$comment"), so that both keep
// applying; definitions that refer to themselves, directly or not, stay
// references.
//
// The validation outcome is the same; only the schema locations of
// failures change. inlineLeaves returns, for each place where it inlined a
// definition (within the copies of other definitions too), the
// definition's name keyed by the JSON pointer of that place, so that
// messages can still name the definition.
func inlineLeaves(doc any) map[string]string {
	root, ok := doc.(map[string]any)
	if !ok {
		return nil
	}
	defs, _ := root["$defs"].(map[string]any)
	leaves := copyable(defs)
	at := map[string]string{}
	expanded := map[string]bool{}
	// inner holds, for each expanded definition, the places inlined within
	// it, relative to it.
	type place struct{ rest, def string }
	inner := map[string][]place{}
	var expand func(name string)
	var walk func(v any, ptr string)
	walk = func(v any, ptr string) {
		switch x := v.(type) {
		case map[string]any:
			if ref, ok := x["$ref"].(string); ok {
				name, found := strings.CutPrefix(ref, "#/$defs/")
				def, leaf := leaves[name]
				if found && leaf {
					expand(name) // first, so that overlaps sees all its keywords
				}
				if found && leaf && !overlaps(x, def) {
					delete(x, "$ref")
					own := make([]string, 0, len(x))
					for k := range x {
						own = append(own, k)
					}
					for k, dv := range def {
						if _, annotation := annotations[k]; annotation {
							if _, has := x[k]; has {
								continue
							}
						}
						x[k] = dv
					}
					at[ptr] = name
					// The places inlined within the definition, now within
					// this copy of it.
					for _, in := range inner[name] {
						at[ptr+in.rest] = in.def
					}
					// The copy is expanded already; the referrer's own
					// keywords may not be.
					for _, k := range own {
						walk(x[k], ptr+"/"+EscapeToken(k))
					}
					return
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
	expand = func(name string) {
		if expanded[name] {
			return
		}
		expanded[name] = true
		within := "/$defs/" + EscapeToken(name)
		walk(defs[name], within)
		for p, d := range at {
			if rest, ok := strings.CutPrefix(p, within+"/"); ok {
				inner[name] = append(inner[name], place{"/" + rest, d})
			}
		}
	}
	walk(root, "")
	for name := range defs {
		expand(name)
	}
	return at
}

// copyable returns the definitions inlineLeaves may copy, by name: those
// that define no identifier or anchor and whose references all lead,
// without a cycle, to copyable definitions.
func copyable(defs map[string]any) map[string]map[string]any {
	refs := map[string][]string{}
	ok := map[string]bool{}
	for name, d := range defs {
		m, isMap := d.(map[string]any)
		if !isMap {
			continue
		}
		var names []string
		if refsOf(m, &names) {
			refs[name] = names
			ok[name] = true
		}
	}
	// Drop, until none is left to drop, every definition that refers to
	// one that is not copyable; a cycle is dropped as a whole, since none
	// of its members can be copied before the others.
	state := map[string]int{} // 0 unvisited, 1 on the path, 2 done
	var visit func(name string) bool
	visit = func(name string) bool {
		switch state[name] {
		case 1:
			return false
		case 2:
			return ok[name]
		}
		state[name] = 1
		for _, r := range refs[name] {
			if !visit(r) {
				ok[name] = false
			}
		}
		state[name] = 2
		return ok[name]
	}
	leaves := map[string]map[string]any{}
	for name := range refs {
		if visit(name) {
			leaves[name] = defs[name].(map[string]any)
		}
	}
	return leaves
}

// refsOf adds to names the local definitions a schema refers to with
// "$ref", and reports whether it defines no identifier or anchor and uses no
// other kind of reference, so that it reads the same wherever it is copied.
func refsOf(v any, names *[]string) bool {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			switch k {
			case "$ref":
				ref, _ := e.(string)
				name, local := strings.CutPrefix(ref, "#/$defs/")
				if !local || strings.Contains(name, "/") {
					return false
				}
				*names = append(*names, name)
				continue
			case "$dynamicRef", "$recursiveRef", "$id", "$anchor", "$dynamicAnchor", "$recursiveAnchor", "$defs", "definitions":
				return false
			}
			if !refsOf(e, names) {
				return false
			}
		}
	case []any:
		for _, e := range x {
			if !refsOf(e, names) {
				return false
			}
		}
	}
	return true
}

// annotations are keywords that do not affect validation.
var annotations = map[string]struct{}{"description": {}, "title": {}, "$comment": {}, "examples": {}}

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
