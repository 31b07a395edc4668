package maturity

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// load validates data against the schema of the kind and decodes it into v,
// strictly. The schema reports every problem of shape with its pointer; the
// decoder then catches what a schema cannot say, such as a calendar date
// that does not exist.
func load(k schema.Kind, data []byte, v any) error {
	ps, _ := decode(k, data, v)
	return ps.Err()
}

// loadChecked is load followed by the document's own checks. When the
// schema finds problems but the document still decodes, the checks run as
// well, so that the caller sees every problem at once; a check's problem is
// then left out when the schema already reported one at or above its place,
// or when it repeats a rule of the schema.
func loadChecked(k schema.Kind, data []byte, v any, check func() schema.Problems) error {
	ps, decoded := decode(k, data, v)
	if !decoded {
		return ps
	}
	if len(ps) == 0 {
		return check().Err()
	}
	for _, p := range check() {
		if !schemaRule[p.Code] && !covered(ps, p.Pointer) {
			ps = append(ps, p)
		}
	}
	return ps.Normalize()
}

// schemaRule holds the codes of checks that repeat a rule of the schemas.
var schemaRule = map[string]bool{CodeEmptyText: true, CodeSchemaVersion: true, CodeInvalidValue: true, "id.invalid": true, CodeWeight: true}

// covered reports whether one of ps points at ptr or above it (the whole
// document aside).
func covered(ps schema.Problems, ptr string) bool {
	for _, p := range ps {
		if p.Pointer != "" && (ptr == p.Pointer || strings.HasPrefix(ptr, p.Pointer+"/")) {
			return true
		}
	}
	return false
}

// decode validates data against the schema of the kind and decodes it into
// v. It returns the problems found and whether v was decoded: a document
// the schema rejects may still decode, loosely, for the checks to run on.
func decode(k schema.Kind, data []byte, v any) (schema.Problems, bool) {
	ps := schema.Validate(k, data)
	dec := json.NewDecoder(bytes.NewReader(data))
	if len(ps) == 0 {
		dec.DisallowUnknownFields()
	}
	if err := dec.Decode(v); err != nil {
		if len(ps) > 0 {
			return ps, false
		}
		return decodeProblems(err), false
	}
	return ps, true
}

// decodeProblems turns an encoding/json error into problems.
func decodeProblems(err error) schema.Problems {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		ptr := ""
		if te.Field != "" {
			ptr = "/" + strings.ReplaceAll(te.Field, ".", "/")
		}
		return schema.Problems{{Pointer: ptr, Code: "schema.type", Message: fmt.Sprintf("a JSON %s cannot be a %s", te.Value, te.Type)}}
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	code := "schema.invalid"
	if strings.HasPrefix(msg, "unknown field") {
		code = "schema.additionalProperties"
	}
	return schema.Problems{{Code: code, Message: msg}}
}
