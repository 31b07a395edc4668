package schema_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/datagen"
	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// streamDocs returns the documents the streaming tests read, by name: the
// corpus, and a generated dataset with faults in and around the arrays
// whose elements Validate checks as it reads them.
func streamDocs(t testing.TB) map[string][]byte {
	t.Helper()
	docs := map[string][]byte{}
	cases, err := schematest.LoadCorpus("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		docs[c.Name] = c.Data
	}
	data, err := tracking.Encode(datagen.Dataset(30))
	if err != nil {
		t.Fatal(err)
	}
	docs["generated"] = data
	first := func(old, new string) []byte {
		return bytes.Replace(data, []byte(old), []byte(new), 1)
	}
	all := func(old, new string) []byte {
		return bytes.ReplaceAll(data, []byte(old), []byte(new))
	}
	version := `"schemaVersion": "` + schema.Version + `",`
	for name, doc := range map[string][]byte{
		"status":           all(`"status": "in_progress"`, `"status": "ongoing"`),
		"date":             all(`"date": "2025-03-`, `"date": "2025-02-3`),
		"language tag":     all(`"en": "Illustrative`, `"EN": "Illustrative`),
		"type":             all(`"lead": true`, `"lead": "yes"`),
		"empty":            all(`"ref": "R1"`, `"ref": ""`),
		"unknown member":   all(`"unit": "percent"`, `"unit": "percent", "scale": 1`),
		"element type":     first(`"recommendations": [`, `"recommendations": [1, "x", null, [],`),
		"not an array":     first(`"recommendations": [`, `"recommendations": {"a": [`),
		"empty array":      first(`"recommendations": [`, `"recommendations": [], "x": [`),
		"version last":     versionLast(first(version, ""), strings.TrimSuffix(version, ",")),
		"version unknown":  all(version, `"schemaVersion": "9.9",`),
		"version 1.0":      all(version, `"schemaVersion": "1.0",`),
		"version number":   all(version, `"schemaVersion": 1.1,`),
		"version twice":    first(`"recommendations": [`, version+`"recommendations": [`),
		"duplicate key":    all(`"status": "in_progress"`, `"status": "ongoing", "status": "x"`),
		"syntax at end":    append(all(`"lead": true`, `"lead": "yes"`), '}'),
		"syntax in array":  first(`"recommendations": [`, `"recommendations": [{"id": "x", "id": 1}, {,`),
		"number range":     first(`"recommendations": [`, `"recommendations": [1e400,`),
		"invalid UTF-8":    all(`"en": "Illustrative`, "\"en\": \"\xffIllustrative"),
		"entity duplicate": all(`"entities": [`, `"entities": [], "entities": [`),
	} {
		docs["generated, "+name] = doc
	}
	return docs
}

// versionLast moves the member version to the end of a document.
func versionLast(doc []byte, version string) []byte {
	doc = bytes.TrimRight(doc, "\n")
	return append(doc[:len(doc)-1:len(doc)-1], []byte(", "+version+"}\n")...)
}

// TestStreamingChangesNothing compares Validate, which validates the
// elements of the top-level arrays as it reads them, with the validation of
// the whole document held as values: on the corpus and on generated
// datasets with faults, in every version, both report the same problems,
// messages included.
func TestStreamingChangesNothing(t *testing.T) {
	v := schema.DefaultValidator()
	for name, doc := range streamDocs(t) {
		kind := kindOf(name)
		versions := append([]string{""}, schema.Versions()...)
		for _, version := range versions {
			want := v.ValidateWhole(kind, version, doc)
			var got schema.Problems
			if version == "" {
				got = v.Validate(kind, doc)
			} else {
				got = v.ValidateAs(kind, version, doc)
			}
			if !slices.EqualFunc(got, want, schema.Problem.Equal) {
				t.Errorf("%s as %q: streamed\n%v\nwhole\n%v", name, version, got, want)
			}
		}
	}
}

// kindOf returns the kind of a corpus document by its name
// (version/kind/...), or the dataset kind.
func kindOf(name string) schema.Kind {
	if parts := strings.Split(name, "/"); len(parts) == 3 {
		return schema.Kind(parts[1])
	}
	return schema.KindDataset
}

// FuzzValidateStreaming checks, on any input, that validating the elements
// of the top-level arrays as they are read gives the problems of validating
// the whole document.
func FuzzValidateStreaming(f *testing.F) {
	for name, doc := range streamDocs(f) {
		if len(doc) < 64<<10 {
			f.Add(doc, uint8(kindIndex(kindOf(name))))
		}
	}
	f.Add([]byte(`{"schemaVersion": "1.1", "recommendations": [{}, 1], "actions": {}}`), uint8(0))
	v := schema.DefaultValidator()
	kinds := schema.Kinds()
	f.Fuzz(func(t *testing.T, data []byte, k uint8) {
		kind := kinds[int(k)%len(kinds)]
		want := v.ValidateWhole(kind, "", data)
		if got := v.Validate(kind, data); !slices.EqualFunc(got, want, schema.Problem.Equal) {
			t.Fatalf("streamed\n%v\nwhole\n%v", got, want)
		}
	})
}

func kindIndex(k schema.Kind) int {
	return max(0, slices.Index(schema.Kinds(), k))
}
