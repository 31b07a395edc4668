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
	if ps := schema.Validate(k, data); len(ps) > 0 {
		return ps
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeProblems(err)
	}
	return nil
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
