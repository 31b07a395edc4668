package maturity

import (
	"github.com/nmirf/nmirf/schema"
)

// load validates data against the schema of the kind and decodes it into v,
// strictly. The schema reports every problem of shape with its pointer; the
// decoder then catches what a schema cannot say, such as a calendar date
// that does not exist.
func load(k schema.Kind, data []byte, v any) error {
	ps, _ := schema.Decode(k, data, v)
	return ps.Err()
}

// loadChecked is load followed by the document's own checks. When the
// schema finds problems but the document still decodes, the checks run as
// well, so that the caller sees every problem at once; a check's problem is
// then left out when the schema already reported one at or above its place,
// or when it repeats a rule of the schema.
func loadChecked(k schema.Kind, data []byte, v any, check func() schema.Problems) error {
	ps, decoded := schema.Decode(k, data, v)
	if !decoded {
		return ps
	}
	if len(ps) == 0 {
		return check().Err()
	}
	for _, p := range check() {
		if !schemaRule[p.Code] && !ps.Covers(p.Pointer) {
			ps = append(ps, p)
		}
	}
	return ps.Normalize()
}

// schemaRule holds the codes of checks that repeat a rule of the schemas.
var schemaRule = map[string]bool{CodeEmptyText: true, CodeSchemaVersion: true, CodeInvalidValue: true, "id.invalid": true, CodeWeight: true}
