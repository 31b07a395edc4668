package schema

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"
)

// FuzzTopLevelNames checks that topLevelNames, which reads past values
// without keeping them, finds the names encoding/json finds, and fails
// where it fails.
func FuzzTopLevelNames(f *testing.F) {
	for _, s := range []string{`{}`, `{"a": 1, "b": [1, {"c": 2}]}`, `{"a": 1, "a": 2}`, `{"\u0061\"": "x"}`,
		"{\"\xff\": 1}", `{"a": 1} x`, `{"a": 1}  `, `[]`, `null`, `{"a"}`, `{"schemaVersion": "1.1", "state": "XFS"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var top map[string]json.RawMessage
		wantOK := json.Unmarshal(data, &top) == nil && top != nil
		names, ok := topLevelNames(data)
		if ok != wantOK {
			t.Fatalf("topLevelNames says %v, encoding/json %v, for %q", ok, wantOK, data)
		}
		if ok && !slices.Equal(slices.Sorted(maps.Keys(names)), slices.Sorted(maps.Keys(top))) {
			t.Fatalf("topLevelNames found %v, encoding/json %v, for %q", names, top, data)
		}
	})
}
