package tracking

import (
	"bytes"
	"io"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// Decode reads a dataset from a JSON document, strictly, with the verdict
// of the dataset schema of the standard (schema.KindDataset), so that every
// problem of shape comes with the JSON pointer of the value at fault. A
// document of the current version is read in one strict pass (see
// strict.go) that builds no generic tree; one the pass cannot vouch for is
// validated against the schema of the version it declares, which names
// every problem: malformed JSON, invalid UTF-8, duplicate
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
	if ds, ok := decodeStrictPass(data, lim); ok {
		return ds, nil
	}
	return decodeWithSchema(data, lim)
}

// decodeWithSchema is DecodeWithLimits through the schema validator, for
// the documents the strict pass cannot vouch for.
func decodeWithSchema(data []byte, lim schema.Limits) (*Dataset, error) {
	var ds Dataset
	if ps, _ := schema.DefaultValidator().WithLimits(lim).Decode(schema.KindDataset, data, &ds); len(ps) > 0 {
		withRecords(ps, func() func(RecordKind, int) string { return idInDocument(data) })
		return nil, ps
	}
	return &ds, nil
}

// Check reads a dataset from a JSON document and reports every problem it
// finds at once: those of shape, as Decode finds them, and those of the
// rules across records, as Validate finds them. When the shape is wrong
// but the document still reads loosely (see schema.Validator.Decode: unknown
// fields ignored, for instance), the rules run on that reading, and a
// rule's problem at or below a place the schema already faulted is left
// out, so that one mistake is reported once; when it does not read at all
// (a code outside its codelist, a malformed date), only the schema's
// problems are reported, since rules on a half-read dataset would mislead. The dataset is returned when its shape is right, even if rules are
// broken; otherwise it is nil. Problems come sorted.
func Check(data []byte) (*Dataset, schema.Problems) {
	// The rules across records run after the strict pass, not beside it:
	// beside it they save a tenth of the time but raise the validate
	// command's peak memory to its limit of five times the document.
	if ds, ok := decodeStrictPass(data, schema.DefaultLimits); ok {
		c := checker{ix: NewIndex(ds)}
		c.run(ds)
		withRecords(c.ps, func() func(RecordKind, int) string { return idIn(ds) })
		return ds, c.ps.Normalize()
	}
	return checkWithSchema(data)
}

// checkWithSchema is Check through the schema validator, for the documents
// the strict pass cannot vouch for.
func checkWithSchema(data []byte) (*Dataset, schema.Problems) {
	var ds Dataset
	ps, decoded := schema.Decode(schema.KindDataset, data, &ds)
	switch {
	case !decoded:
		withRecords(ps, func() func(RecordKind, int) string { return idInDocument(data) })
		return nil, ps
	case len(ps) == 0:
		return &ds, Validate(&ds)
	}
	for _, p := range Validate(&ds) {
		if !ps.Covers(p.Pointer) && !isFieldRule(p.Code) {
			ps = append(ps, p)
		}
	}
	withRecords(ps, func() func(RecordKind, int) string { return idIn(&ds) })
	return nil, ps.Normalize()
}

// isFieldRule reports whether a problem code is one of the field rules,
// which repeat what the schema checks.
func isFieldRule(code string) bool { return strings.HasPrefix(code, "field.") }

// ReadDataset reads all of r, up to lim.MaxBytes, and decodes it with
// DecodeWithLimits.
func ReadDataset(r io.Reader, lim schema.Limits) (*Dataset, error) {
	if r == nil {
		return nil, schema.Problems{problem("", "io.read", "nilReader", nil)}
	}
	if lim.MaxBytes <= 0 {
		lim.MaxBytes = schema.DefaultLimits.MaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, lim.MaxBytes+1))
	if err != nil {
		return nil, schema.Problems{problem("", "io.read", "dataset", schema.Args{"error": err.Error()})}
	}
	return DecodeWithLimits(data, lim)
}

// Encode writes ds as an indented JSON document that Decode reads back to
// an equal dataset. It writes the version of the standard the dataset
// declares in SchemaVersion, so that a document read and written again
// keeps its version; but a dataset that holds what its declared version
// cannot (a 1.0 dataset merged with data only 1.1 has) is written as a
// document of the current version, SchemaVersion, which holds everything
// the earlier versions hold. A dataset that declares no version, or one
// the library does not know, is written as the current version too. ds
// itself is not changed. Writing a dataset that declares an earlier version
// costs a schema validation of the output; EncodeVersion writes a chosen
// version.
//
// Encode fails on values that cannot be written as they are, such as a
// code outside its codelist, the zero ID where an ID is required, a number
// that is not finite or text that is not valid UTF-8 (which JSON would
// change); its error is then a schema.Problems naming each one, as every
// error of the package's codecs is.
func Encode(ds *Dataset) ([]byte, error) {
	if ds == nil {
		return nil, schema.Problems{problem("", "field.required", "dataset", nil)}
	}
	if ps := unwritable(ds); len(ps) > 0 {
		return nil, ps
	}
	out := *ds
	if !schema.KnownVersion(out.SchemaVersion) {
		out.SchemaVersion = SchemaVersion
	}
	var b bytes.Buffer
	if err := schema.Write(&b, &out); err != nil {
		return nil, encodeProblems(ds, err)
	}
	if out.SchemaVersion != SchemaVersion && len(schema.DefaultValidator().ValidateAs(schema.KindDataset, out.SchemaVersion, b.Bytes())) > 0 {
		out.SchemaVersion = SchemaVersion
		b.Reset()
		if err := schema.Write(&b, &out); err != nil {
			return nil, encodeProblems(ds, err)
		}
	}
	return b.Bytes(), nil
}

// WriteDataset writes ds to w as Encode does.
func WriteDataset(w io.Writer, ds *Dataset) error {
	if w == nil {
		return schema.Problems{problem("", "io.write", "nilWriter", nil)}
	}
	data, err := Encode(ds)
	if err != nil {
		return err
	}
	if _, err := w.Write(data); err != nil {
		return schema.Problems{problem("", "io.write", "", schema.Args{"error": err.Error()})}
	}
	return nil
}

// EncodeVersion writes ds as Encode does, but as a document of version
// version of the standard (one of schema.Versions), for a reader that
// knows no later version. When ds holds what that version cannot, the
// error is a schema.Problems that names each value (the schema of that
// version faulting it), and nothing is returned.
func EncodeVersion(ds *Dataset, version string) ([]byte, error) {
	if !schema.KnownVersion(version) {
		return nil, schema.Problems{problem("/schemaVersion", "dataset.schemaVersion", "encode",
			schema.Args{"value": version, "versions": strings.Join(schema.Versions(), ", ")})}
	}
	if ds == nil {
		return nil, schema.Problems{problem("", "field.required", "dataset", nil)}
	}
	if ps := unwritable(ds); len(ps) > 0 {
		return nil, ps
	}
	out := *ds
	out.SchemaVersion = version
	var b bytes.Buffer
	if err := schema.Write(&b, &out); err != nil {
		return nil, encodeProblems(ds, err)
	}
	if ps := schema.DefaultValidator().ValidateAs(schema.KindDataset, version, b.Bytes()); len(ps) > 0 {
		return nil, ps
	}
	return b.Bytes(), nil
}

// unwritable returns the problems of the values of ds that JSON would
// change in writing them: text that is not valid UTF-8 (encoding/json
// replaces it) and numbers that are not finite.
func unwritable(ds *Dataset) schema.Problems {
	var ps schema.Problems
	for _, p := range valueProblems(ds) {
		if p.Code == CodeInvalidUTF8 || p.Code == CodeNotFinite {
			ps = append(ps, p)
		}
	}
	withRecords(ps, func() func(RecordKind, int) string { return idIn(ds) })
	return ps.Normalize()
}

// encodeProblems explains why ds could not be written: the field rules'
// problems (a code outside its codelist, an invalid date, the zero ID),
// which name each value; or, when they find none, the encoder's error.
func encodeProblems(ds *Dataset, err error) schema.Problems {
	ps := fieldProblems(ds)
	if len(ps) == 0 {
		ps = schema.Problems{problem("", "encode.failed", "", schema.Args{"error": err.Error()})}
	}
	withRecords(ps, func() func(RecordKind, int) string { return idIn(ds) })
	return ps.Normalize()
}
