package tracking

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// Decode reads a dataset from a JSON document, strictly: it rejects
// malformed JSON, invalid UTF-8, duplicate object keys, unknown fields,
// values of the wrong type or outside their codelist, trailing data, and
// documents past schema.DefaultLimits. On failure the error is a
// schema.Problems listing every problem found, with its JSON pointer.
//
// Decode checks the document's shape, not the rules across records: call
// Validate on the result for those.
func Decode(data []byte) (*Dataset, error) {
	return DecodeWithLimits(data, schema.DefaultLimits)
}

// DecodeWithLimits is Decode with limits on size and depth.
func DecodeWithLimits(data []byte, lim schema.Limits) (*Dataset, error) {
	if ps := schema.CheckSyntax(data, lim); len(ps) > 0 {
		return nil, ps
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var ds Dataset
	if err := dec.Decode(&ds); err != nil {
		return nil, decodeProblems(err)
	}
	return &ds, nil
}

// ReadDataset reads all of r, up to lim.MaxBytes, and decodes it with
// DecodeWithLimits.
func ReadDataset(r io.Reader, lim schema.Limits) (*Dataset, error) {
	if lim.MaxBytes <= 0 {
		lim.MaxBytes = schema.DefaultLimits.MaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, lim.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("tracking: reading a dataset: %w", err)
	}
	return DecodeWithLimits(data, lim)
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

// Encode writes ds as an indented JSON document that Decode reads back to
// an equal dataset. It fails on values that cannot be written, such as a
// code outside its codelist, the zero ID where an ID is required, or a
// number that is not finite.
func Encode(ds *Dataset) ([]byte, error) {
	var b bytes.Buffer
	if err := WriteDataset(&b, ds); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteDataset writes ds to w as Encode does.
func WriteDataset(w io.Writer, ds *Dataset) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(ds); err != nil {
		return fmt.Errorf("tracking: encoding a dataset: %w", err)
	}
	return nil
}
