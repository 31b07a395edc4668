package schema

import (
	"encoding/json"
	"testing"
)

// TestDecodeProblemsPointAtTheValue decodes values of the wrong type: the
// problem points at the value itself, with its array indexes and escaped
// keys, and has the code of decoding, not of a schema keyword.
func TestDecodeProblemsPointAtTheValue(t *testing.T) {
	type value struct {
		Count  int            `json:"count"`
		Counts map[string]int `json:"counts"`
	}
	type doc struct {
		Facts struct {
			Values []value `json:"values"`
		} `json:"facts"`
		Grid  [][]int `json:"grid"`
		Title string  `json:"title"`
	}
	for _, c := range []struct{ data, pointer string }{
		{`{"facts": {"values": [{"count": 1}, {"count": "x"}]}}`, "/facts/values/1/count"},
		{`{"facts": {"values": [{}, {}, {"count": {"a": [1, 2]}}]}}`, "/facts/values/2/count"},
		{`{"facts": {"values": [{"counts": {"a/b~c": true}}]}}`, "/facts/values/0/counts/a~1b~0c"},
		{`{"grid": [[1, 2], [3, "4"]]}`, "/grid/1/1"},
		{`{"title": ["a", "b"], "grid": []}`, "/title"},
		{`{"facts": {"values": [{"count": 1.5}]}}`, "/facts/values/0/count"},
		{`{"facts": {"values": [{"count": 2.0}, {"count": 1e300}]}}`, "/facts/values/1/count"},
		{`[1]`, ""},
	} {
		var d doc
		err := DecodeStrict([]byte(c.data), &d)
		if err == nil {
			t.Errorf("%s: decoded", c.data)
			continue
		}
		ps := DecodeProblems(err)
		if len(ps) != 1 || ps[0].Pointer != c.pointer || ps[0].Code != CodeDecodeType || ps[0].Message == "" {
			t.Errorf("%s: %v, want one %s at %q", c.data, ps, CodeDecodeType, c.pointer)
		}
	}
	// An error of encoding/json alone has no offset this package can read
	// back: the problem points at the field.
	var d doc
	err := json.Unmarshal([]byte(`{"facts": {"values": [{"count": "x"}]}}`), &d)
	if ps := DecodeProblems(err); len(ps) != 1 || ps[0].Pointer != "/facts/values/count" || ps[0].Code != CodeDecodeType {
		t.Errorf("from encoding/json: %v", ps)
	}
	if ps := DecodeProblems(DecodeStrict([]byte(`{"colour": 1}`), &d)); len(ps) != 1 || ps[0].Code != "schema.additionalProperties" {
		t.Errorf("unknown field: %v", ps)
	}
}
