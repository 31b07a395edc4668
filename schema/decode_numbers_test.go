package schema

import "testing"

func TestPlainIntegers(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"a": 2.0, "b": 2e0, "c": -0.0, "d": 1.5, "e": 3, "f": 2.5e1, "g": 1E+2}`, `{"a": 2, "b": 2, "c": -0, "d": 1.5, "e": 3, "f": 25, "g": 100}`},
		{`["2.0", "a\"2.0", 4.000, 1e300, 9007199254740992.0, 9007199254740994.0]`, `["2.0", "a\"2.0", 4, 1e300, 9007199254740992, 9007199254740994.0]`},
		{`{"x\\": 1.0}`, `{"x\\": 1}`},
		{`[1e-400]`, `[0]`},
	} {
		got, changed := PlainIntegers([]byte(c.in))
		if string(got) != c.want || !changed {
			t.Errorf("PlainIntegers(%s) = %s, %v; want %s", c.in, got, changed, c.want)
		}
	}
	if got, changed := PlainIntegers([]byte(`{"a": 1, "b": "2.0", "c": 1.5}`)); changed || string(got) != `{"a": 1, "b": "2.0", "c": 1.5}` {
		t.Errorf("PlainIntegers changed a document with nothing to change: %s", got)
	}
}

func TestDecode(t *testing.T) {
	type publisher struct {
		Name map[string]string `json:"name"`
	}
	type dataset struct {
		SchemaVersion string    `json:"schemaVersion"`
		Publisher     publisher `json:"publisher"`
		Date          string    `json:"date"`
		State         string    `json:"state"`
	}
	valid := `{"schemaVersion": "1.0", "publisher": {"name": {"en": "x"}}, "date": "2026", "state": "XFS"}`
	var d dataset
	ps, ok := Decode(KindDataset, []byte(valid), &d)
	if len(ps) > 0 || !ok || d.State != "XFS" || d.Publisher.Name["en"] != "x" {
		t.Fatalf("valid document: %v, %v, %+v", ps, ok, d)
	}

	// A document that breaks the schema still decodes loosely, for the
	// caller's own rules; the problems are the schema's.
	var loose dataset
	ps, ok = Decode(KindDataset, []byte(`{"schemaVersion": "1.0", "date": "2026", "state": "XFS", "colour": "blue"}`), &loose)
	if !ok || loose.State != "XFS" || len(ps) != 2 {
		t.Fatalf("loose decoding: %v, %v, %+v", ps, ok, loose)
	}

	// A document encoding/json cannot read leaves v unfilled.
	var none dataset
	ps, ok = Decode(KindDataset, []byte(`{"state": 5`), &none)
	if ok || len(ps) == 0 {
		t.Fatalf("malformed document: %v, %v", ps, ok)
	}

	// A valid document that does not fit the Go type is reported as
	// problems too.
	var wrong struct {
		State int `json:"state"`
	}
	ps, ok = Decode(KindDataset, []byte(valid), &wrong)
	if ok || len(ps) != 1 || ps[0].Code != "schema.additionalProperties" {
		t.Fatalf("mismatched type: %v, %v", ps, ok)
	}
}
