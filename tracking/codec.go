package tracking

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// Decode reads a dataset from a JSON document, strictly. It first
// validates the document against the dataset schema of the standard
// (schema.KindDataset), so that every problem of shape comes with the JSON
// pointer of the value at fault: malformed JSON, invalid UTF-8, duplicate
// object keys, trailing data, documents past schema.DefaultLimits, unknown
// fields, missing required fields, values of the wrong type, codes outside
// their codelist, impossible dates, IDs not in canonical form, numbers a
// 64-bit float cannot hold. Field names must match exactly, where
// encoding/json alone would match them regardless of case. On failure the
// error is a schema.Problems listing every problem found, sorted.
//
// Numbers are read as JSON Schema reads them: a whole-number field such as
// a UPR cycle accepts 2, 2.0 and 2e0 alike (Encode writes 2).
//
// Decode checks the document's shape, not the rules across records: call
// Validate on the result for those.
func Decode(data []byte) (*Dataset, error) {
	return DecodeWithLimits(data, schema.DefaultLimits)
}

// DecodeWithLimits is Decode with limits on size and depth. Zero fields of
// lim take their values from schema.DefaultLimits.
func DecodeWithLimits(data []byte, lim schema.Limits) (*Dataset, error) {
	if ps := schema.DefaultValidator().WithLimits(lim).Validate(schema.KindDataset, data); len(ps) > 0 {
		return nil, ps
	}
	return decodeJSON(data)
}

// decodeJSON decodes a document into a Dataset with encoding/json, rejecting
// unknown fields. encoding/json refuses a whole number written with a
// fraction or an exponent ("2.0", "2e0") for an int field, which JSON
// Schema accepts; when it does, the numbers are rewritten in plain form and
// the document decoded again. Any other failure is reported as problems.
func decodeJSON(data []byte) (*Dataset, error) {
	ds, err := unmarshalStrict(data)
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && strings.HasPrefix(te.Value, "number") {
		if plain, changed := plainIntegers(data); changed {
			ds, err = unmarshalStrict(plain)
		}
	}
	if err != nil {
		return nil, decodeProblems(err)
	}
	return ds, nil
}

func unmarshalStrict(data []byte) (*Dataset, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var ds Dataset
	if err := dec.Decode(&ds); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("json: unexpected data after the dataset")
	}
	return &ds, nil
}

// plainIntegers rewrites every number of a JSON document that is written
// with a fraction or an exponent but whose 64-bit floating-point value is a
// whole number of at most 2^53 in magnitude ("2.0", "2e0", "-0.0") in plain
// form ("2", "2", "-0"). Read as float64, every rewritten number keeps its
// value, so float fields decode as before. It reports whether it rewrote
// anything. The document must be well-formed.
func plainIntegers(data []byte) ([]byte, bool) {
	var out []byte
	last := 0
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '"':
			i++
			for i < len(data) && data[i] != '"' {
				if data[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case c == '-' || c >= '0' && c <= '9':
			start := i
			plain := true
			for i < len(data) && strings.IndexByte("+-0123456789.eE", data[i]) >= 0 {
				if c := data[i]; c == '.' || c == 'e' || c == 'E' {
					plain = false
				}
				i++
			}
			if plain {
				continue
			}
			f, err := strconv.ParseFloat(string(data[start:i]), 64)
			if err != nil || f != math.Trunc(f) || math.Abs(f) > 1<<53 {
				continue
			}
			out = append(out, data[last:start]...)
			if f == 0 && math.Signbit(f) {
				out = append(out, "-0"...)
			} else {
				out = strconv.AppendInt(out, int64(f), 10)
			}
			last = i
		default:
			i++
		}
	}
	if out == nil {
		return data, false
	}
	return append(out, data[last:]...), true
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
