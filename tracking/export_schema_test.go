package tracking

import "github.com/nmirf/nmirf/schema"

// DecodeJSON exposes to the tests of package tracking_test the decoding
// that follows schema validation in Decode, so that they can compare the
// verdicts of Go and of the schema.
func DecodeJSON(data []byte) (*Dataset, error) {
	var ds Dataset
	if err := schema.DecodeStrict(data, &ds); err != nil {
		return nil, schema.DecodeProblems(err)
	}
	return &ds, nil
}

// CheckWithSchema and DecodeWithSchema expose the schema's path of Check
// and Decode, which the strict pass must agree with.
var (
	CheckWithSchema  = checkWithSchema
	DecodeWithSchema = func(data []byte) (*Dataset, error) { return decodeWithSchema(data, schema.DefaultLimits) }
	StrictPass       = func(data []byte) bool { _, ok := decodeStrictPass(data, schema.DefaultLimits); return ok }
)

// FirstRecords lists the kind, ID and pointer of every record of ds that is
// the first with its ID, which ValidateRecord can name.
func FirstRecords(ds *Dataset) (kinds []RecordKind, ids []ID, pointers []string) {
	ix := NewIndex(ds)
	ds.eachRecord(func(l location, _ string) {
		if ix.byID[l.id] == l {
			kinds, ids, pointers = append(kinds, l.kind), append(ids, l.id), append(pointers, l.pointer())
		}
	})
	return kinds, ids, pointers
}
