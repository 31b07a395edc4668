package schema_test

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"slices"
	"testing"

	"github.com/nmirf/nmirf/schema"
)

// published holds the SHA-256 sums of the files of the published versions
// of the standard. A published version is never edited: a change to one of
// these files is a mistake, and a new version gets its own folder.
var published = map[string]string{
	"1.0/assessment.schema.json": "e53ccc8d947f87a4da39170d1d9979c4014c17790744bd8fb8f607897869e8a9",
	"1.0/dataset.schema.json":    "b6f98efb90cbf6fc92ebda0ebfb856968c240cd2972726de7357a3b668b69f88",
	"1.0/framework.schema.json":  "b377d5aa12edcb94cac32277639b011bc527b47c55ea6abcbf1593398d95c80e",
	"1.0/result.schema.json":     "cf3e8f97991acb3f1b0e116218098f3cb7bd143ec40bff156e46e3f54950e713",
}

func TestPublishedVersionsAreUnchanged(t *testing.T) {
	entries, err := fs.ReadDir(schema.FS(), "1.0")
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		files = append(files, "1.0/"+e.Name())
	}
	for name, want := range published {
		data, err := fs.ReadFile(schema.FS(), name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		sum := sha256.Sum256(data)
		if got := hex.EncodeToString(sum[:]); got != want {
			t.Errorf("%s has changed (SHA-256 %s, published %s): a published version is never edited", name, got, want)
		}
		if !slices.Contains(files, name) {
			t.Errorf("%s is not in the folder", name)
		}
	}
	if len(files) != len(published) {
		t.Errorf("version 1.0 has the files %v; it was published with %d", files, len(published))
	}
}

// TestEarlierDocumentsStayValid validates every valid document of the
// corpus as a document of each later version with the same major number:
// a minor version only adds, so a valid 1.0 document is a valid 1.1
// document. Validated as its own version, as it declares, it stays valid
// too.
func TestEarlierDocumentsStayValid(t *testing.T) {
	v := schema.DefaultValidator()
	n := 0
	for _, c := range loadCorpus(t) {
		if !c.Valid {
			continue
		}
		for _, later := range laterVersions(c.Version) {
			n++
			if ps := v.ValidateAs(c.Kind, later, c.Data); len(ps) > 0 {
				t.Errorf("%s is not valid as %s:\n%v", c.Name, later, ps)
			}
		}
		if ps := v.Validate(c.Kind, c.Data); len(ps) > 0 {
			t.Errorf("%s is not valid as the version it declares:\n%v", c.Name, ps)
		}
	}
	if n == 0 {
		t.Fatal("no valid document in the corpus")
	}
}

func TestVersions(t *testing.T) {
	vs := schema.Versions()
	if vs[len(vs)-1] != schema.Version || !schema.KnownVersion("1.0") || schema.KnownVersion("2.0") {
		t.Errorf("Versions %v, Version %s", vs, schema.Version)
	}
	if schema.LaterVersion("1.0", "1.1") != "1.1" || schema.LaterVersion("1.1", "1.0") != "1.1" || schema.LaterVersion("x", "1.0") != "1.0" {
		t.Error("LaterVersion orders versions wrongly")
	}
	if got := schema.KindDataset.IDIn("1.0"); got != "https://nmirf.github.io/nmirf/schema/1.0/dataset.schema.json" {
		t.Errorf("IDIn: %s", got)
	}
	if got := schema.KindDataset.ID(); got != schema.BaseURL+"dataset.schema.json" {
		t.Errorf("ID: %s", got)
	}
	ps := schema.DefaultValidator().ValidateAs(schema.KindDataset, "0.9", []byte(`{}`))
	if len(ps) != 1 || ps[0].Code != schema.CodeUnknownVersion {
		t.Errorf("ValidateAs an unknown version: %v", ps)
	}
}

// TestValidateByDeclaredVersion checks that a document is validated as the
// version it declares: a field that only a later version defines is an
// unknown field in a document that declares an earlier one.
func TestValidateByDeclaredVersion(t *testing.T) {
	doc := []byte(`{"schemaVersion": "1.0", "publisher": {"name": {"en": "x"}}, "date": "2026", "state": "XFS"}`)
	if ps := schema.Validate(schema.KindDataset, doc); len(ps) > 0 {
		t.Errorf("a 1.0 document: %v", ps)
	}
	if ps := schema.DefaultValidator().ValidateAs(schema.KindDataset, "1.1", doc); len(ps) > 0 {
		t.Errorf("a 1.0 document as 1.1: %v", ps)
	}
	missing := []byte(`{"publisher": {"name": {"en": "x"}}, "date": "2026", "state": "XFS"}`)
	ps := schema.Validate(schema.KindDataset, missing)
	if len(ps) != 1 || ps[0].Pointer != "/schemaVersion" || ps[0].Code != "schema.required" {
		t.Errorf("no version: %v", ps)
	}
}
