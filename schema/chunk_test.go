package schema

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestParseFloatsChunks checks that the strings parseFloats cuts from its
// chunked copies of a document are those of Parse, across the edges of the
// chunks: strings shorter and longer than a chunk, with and without
// escapes, keys and values.
func TestParseFloatsChunks(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"items": [`)
	for i := range 3000 {
		if i > 0 {
			b.WriteString(",")
		}
		// Lengths that fall across the edges of chunks in every way.
		long := strings.Repeat(string(rune('a'+i%26)), (i*37)%200)
		if i%500 == 7 {
			long = strings.Repeat("é", chunkSize) // longer than a chunk
		}
		item := map[string]any{"k" + long[:min(len(long), 5)]: long, "e": "x\n\"" + long, "n": i}
		data, err := json.Marshal(item)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
	}
	b.WriteString(`]}`)
	doc := []byte(b.String())
	if len(doc) < 4*chunkSize {
		t.Fatalf("the document (%d bytes) should span several chunks", len(doc))
	}
	want, ps := Parse(doc, Limits{})
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	want, _ = floatNumbers(want, nil, &ps)
	got, ps := parseFloats(doc, Limits{}, nil)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("parseFloats read other values than Parse")
	}
}
