// Package schematest holds the test machinery of the data standard that is
// the same for every kind of document: the corpus of valid and invalid
// documents, the check that Go types and JSON Schemas agree, and the
// comparison of a document with what Go writes back. Adding a kind to the
// standard means dropping its schema and corpus files in; the machinery
// needs no change.
package schematest

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// The layout of a corpus directory, with a folder per version of the
// standard whose documents it holds:
//
//	<version>/valid/<kind>/<name>.json    documents every validator must
//	                                      accept as documents of <version>
//	<version>/invalid/<kind>/<name>.json  documents every validator must
//	                                      reject as documents of <version>
//	<version>/invalid/<kind>/<name>.want  the problems each must report
//	malformed/<name>.json                 documents the strict Go parser
//	malformed/<name>.want                 rejects but that JSON Schema cannot
//	                                      see (duplicate keys, invalid UTF-8,
//	                                      trailing data, limits)
//
// A .want file is a JSON array of {"pointer": ..., "code": ...}: exactly the
// problems, without duplicates, that the Go validator reports (messages are
// not compared). The valid and invalid documents are also validated by an
// independent validator in another language; the malformed ones are Go's
// own.

// Case is one document of a corpus.
type Case struct {
	// Name is the document's path within the corpus, such as
	// "1.0/invalid/dataset/bad-dates.json".
	Name string
	// Version is the version of the standard the document is judged by;
	// it is empty for malformed documents, which fail before any schema
	// applies.
	Version string
	// Kind is the kind of document; it is empty for malformed documents.
	Kind schema.Kind
	// Data is the document.
	Data []byte
	// Valid is true for the documents under "valid/".
	Valid bool
	// Want is the problems an invalid or malformed document must report.
	Want []Want
}

// Want is one problem a document must report.
type Want struct {
	Pointer string `json:"pointer"`
	Code    string `json:"code"`
}

// String formats the problem as in its .want file.
func (w Want) String() string { return fmt.Sprintf("%q %s", w.Pointer, w.Code) }

// Wants reduces problems to their pointers and codes, in order and without
// duplicates, as a .want file lists them.
func Wants(ps schema.Problems) []Want {
	ws := []Want{}
	for _, p := range ps {
		w := Want{p.Pointer, p.Code}
		if len(ws) == 0 || ws[len(ws)-1] != w {
			ws = append(ws, w)
		}
	}
	return ws
}

// LoadCorpus reads the corpus under dir: the documents of every version of
// the standard (schema.Versions) that has a folder there, then the
// malformed ones. It fails on a document without its .want file, a .want
// file without its document, a kind that has no schema in its version, a
// folder that names no version, and an empty corpus.
func LoadCorpus(dir string) ([]Case, error) {
	fsys := os.DirFS(dir)
	var cases []Case
	var errs []error
	top, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	for _, e := range top {
		if name := e.Name(); e.IsDir() && !schema.KnownVersion(name) && name != "malformed" && name != "fuzz" {
			errs = append(errs, fmt.Errorf("%s: neither a version of the standard (%v) nor malformed/", name, schema.Versions()))
		}
	}
	for _, version := range schema.Versions() {
		cs, err := loadVersion(fsys, version)
		errs = append(errs, err)
		cases = append(cases, cs...)
	}
	cs, err := loadDir(fsys, "malformed", "", false)
	if !errors.Is(err, fs.ErrNotExist) {
		errs = append(errs, err)
		cases = append(cases, cs...)
	}
	if len(cases) == 0 {
		errs = append(errs, fmt.Errorf("no document in the corpus %s", dir))
	}
	return cases, errors.Join(errs...)
}

// loadVersion reads the documents of one version of the corpus.
func loadVersion(fsys fs.FS, version string) ([]Case, error) {
	var cases []Case
	var errs []error
	kinds := schema.KindsIn(version)
	for _, verdict := range []string{"valid", "invalid"} {
		entries, err := fs.ReadDir(fsys, path.Join(version, verdict))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			kind := schema.Kind(e.Name())
			if !e.IsDir() || !slices.Contains(kinds, kind) {
				errs = append(errs, fmt.Errorf("%s/%s/%s: not a kind of document with a schema in version %s (%v)", version, verdict, e.Name(), version, kinds))
				continue
			}
			cs, err := loadDir(fsys, path.Join(version, verdict, e.Name()), kind, verdict == "valid")
			for i := range cs {
				cs[i].Version = version
			}
			errs = append(errs, err)
			cases = append(cases, cs...)
		}
	}
	return cases, errors.Join(errs...)
}

func loadDir(fsys fs.FS, dir string, kind schema.Kind, valid bool) ([]Case, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var cases []Case
	var errs []error
	names := map[string]bool{}
	for _, e := range entries {
		names[e.Name()] = true
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasSuffix(name, ".want"):
			if valid {
				errs = append(errs, fmt.Errorf("%s/%s: a valid document reports no problem", dir, name))
			} else if !names[strings.TrimSuffix(name, ".want")+".json"] {
				errs = append(errs, fmt.Errorf("%s/%s: no document for these problems", dir, name))
			}
			continue
		case !strings.HasSuffix(name, ".json"):
			errs = append(errs, fmt.Errorf("%s/%s: neither a .json document nor a .want file", dir, name))
			continue
		}
		c := Case{Name: path.Join(dir, name), Kind: kind, Valid: valid}
		if c.Data, err = fs.ReadFile(fsys, c.Name); err != nil {
			return nil, err
		}
		if !valid {
			want, err := fs.ReadFile(fsys, strings.TrimSuffix(c.Name, ".json")+".want")
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: an invalid document needs the .want file of its problems: %w", c.Name, err))
				continue
			}
			if err := json.Unmarshal(want, &c.Want); err != nil || len(c.Want) == 0 {
				errs = append(errs, fmt.Errorf("%s: the .want file must be a non-empty JSON array of {\"pointer\", \"code\"}: %v", c.Name, err))
				continue
			}
		}
		cases = append(cases, c)
	}
	return cases, errors.Join(errs...)
}
