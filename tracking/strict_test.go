package tracking_test

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/datagen"
	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// samePaths returns "" when Check and Decode give data the same result as
// their schema paths do (the same problems, the same dataset), and a
// description of the first difference otherwise.
func samePaths(data []byte) string {
	ds, ps := tracking.Check(data)
	wantDS, wantPS := tracking.CheckWithSchema(data)
	if !reflect.DeepEqual(ps, wantPS) {
		return fmt.Sprintf("Check reported\n%v\nthe schema's path\n%v", ps, wantPS)
	}
	if !reflect.DeepEqual(ds, wantDS) {
		return "Check and the schema's path return different datasets"
	}
	dds, err := tracking.Decode(data)
	wantDDS, wantErr := tracking.DecodeWithSchema(data)
	if !reflect.DeepEqual(err, wantErr) {
		return fmt.Sprintf("Decode returned %v, the schema's path %v", err, wantErr)
	}
	if !reflect.DeepEqual(dds, wantDDS) {
		return "Decode and the schema's path return different datasets"
	}
	return ""
}

// TestStrictPassAgreesWithTheSchemaPath checks Check and Decode against
// their schema paths on every dataset of the corpus, generated datasets
// and mutations of the 1.1 documents, and that the strict pass does vouch
// for the valid documents of the current version.
func TestStrictPassAgreesWithTheSchemaPath(t *testing.T) {
	cases, err := schematest.LoadCorpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if c.Kind != schema.KindDataset && c.Kind != "" {
			continue
		}
		if why := samePaths(c.Data); why != "" {
			t.Errorf("%s: %s", c.Name, why)
		}
	}
	for _, n := range []int{0, 1, 7, 60} {
		data, err := tracking.Encode(datagen.Dataset(n))
		if err != nil {
			t.Fatal(err)
		}
		if !tracking.StrictPass(data) {
			t.Errorf("n=%d: the strict pass does not vouch for a generated dataset", n)
		}
		if why := samePaths(data); why != "" {
			t.Errorf("n=%d: %s", n, why)
		}
	}
	if !tracking.StrictPass(readCorpus(t, "1.1/valid/dataset/full.json")) {
		t.Error("the strict pass does not vouch for 1.1/valid/dataset/full.json")
	}
	// A document of an earlier version goes to its version's schema.
	if tracking.StrictPass(readCorpus(t, "1.0/valid/dataset/full.json")) {
		t.Error("the strict pass vouches for a 1.0 document")
	}
	// A 1.0 document with what only 1.1 has goes to the schema of 1.0.
	var doc map[string]any
	if err := json.Unmarshal(readCorpus(t, "1.0/valid/dataset/full.json"), &doc); err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{
		schematest.Replaced(doc, "/$schema", "https://example.org/schema.json"),
		schematest.Replaced(doc, "/recommendations/0/sdgGoals", []any{}),
	} {
		data, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if tracking.StrictPass(data) {
			t.Errorf("the strict pass vouches for a 1.0 document that holds 1.1 data: %s", data)
		}
		if why := samePaths(data); why != "" {
			t.Errorf("1.0 with 1.1 data: %s", why)
		}
	}
	perValue, every := 4, 1
	if testing.Short() {
		perValue, every = 1, 3
	}
	checked := 0
	for _, seed := range []string{"1.1/valid/dataset/full.json", "1.1/valid/dataset/minimal.json", "1.0/valid/dataset/full.json", "1.0/valid/dataset/numbers.json"} {
		variants, err := schematest.Mutations(readCorpus(t, seed), perValue, every)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range variants {
			checked++
			if why := samePaths(v); why != "" {
				t.Errorf("%s mutated: %s\n%s", seed, why, v)
			}
		}
	}
	t.Logf("%d mutations checked", checked)
}

// FuzzStrictPass checks, for any input, that Check and Decode never panic
// and give what their schema paths give.
func FuzzStrictPass(f *testing.F) {
	for _, name := range []string{"1.1/valid/dataset/full.json", "1.1/valid/dataset/minimal.json", "1.0/valid/dataset/full.json"} {
		f.Add(readCorpus(f, name))
	}
	small, err := tracking.Encode(datagen.Dataset(3))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small)
	f.Add([]byte(strings.Replace(string(small), `"en"`, `"EN"`, 1)))
	f.Fuzz(func(t *testing.T, data []byte) {
		if why := samePaths(data); why != "" {
			t.Errorf("%s\n%q", why, data)
		}
	})
}
