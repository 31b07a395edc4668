package maturity

import (
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// load validates data against the schema of the kind and decodes it into v,
// strictly, then applies the document's checks: fields, the rules that the
// schema states too, which matter for documents built in Go, and rules,
// which only this package states.
//
// When the schema finds problems but the document still decodes, the rules
// run as well, so that the caller sees every problem at once; a rule's
// problem is then left out when the schema already reported one at or
// above its place. The field checks add nothing then, since the schema
// said the same, except that a field check's own code and message replace
// the schema's generic "schema.not" for the same fault.
//
// Every problem about a record of the document names it (see withRecords).
func loadChecked(k schema.Kind, data []byte, v any, fields, rules func() schema.Problems) error {
	ps := checkLoaded(k, data, v, fields, rules)
	return withRecords(ps, v).Err()
}

// checkLoaded is loadChecked without the records.
func checkLoaded(k schema.Kind, data []byte, v any, fields, rules func() schema.Problems) schema.Problems {
	ps, decoded := schema.Decode(k, data, v)
	if !decoded {
		return ps
	}
	if len(ps) == 0 {
		return append(fields(), rules()...).Normalize()
	}
	consumed := make([]bool, len(ps))
	for _, p := range fields() {
		for i, q := range ps {
			if !consumed[i] && q.Code == "schema.not" && (q.Pointer == p.Pointer || parent(p.Pointer) == q.Pointer) {
				ps[i], consumed[i] = p, true
				break
			}
		}
	}
	for _, p := range rules() {
		if !ps.Covers(p.Pointer) {
			ps = append(ps, p)
		}
	}
	return ps.Normalize()
}

// parent returns the pointer of the value that holds the value at ptr.
func parent(ptr string) string {
	if i := strings.LastIndexByte(ptr, '/'); i >= 0 {
		return ptr[:i]
	}
	return ""
}
