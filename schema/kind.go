package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"sync"

	"github.com/go-json-experiment/json/jsontext"
)

// Version is the current version of the data standard: the version the
// library writes. The package embeds the schemas of every published
// version (Versions) and reads documents of any of them. A published
// version is never edited, only superseded.
const Version = "1.1"

// BaseURL is the URL under which the schemas of Version are published; a
// schema's $id is BaseURL followed by its file name.
const BaseURL = siteURL + Version + "/"

// siteURL is the address under which every version has its folder.
const siteURL = "https://nmirf.github.io/nmirf/schema/"

// versions lists the published versions, oldest first.
var versions = []string{"1.0", "1.1"}

// Versions returns the versions of the standard whose schemas the package
// embeds, oldest first; the last is Version. Every valid document of a
// version is a valid document of each later version with the same first
// number (a minor version only adds).
func Versions() []string { return slices.Clone(versions) }

// KnownVersion reports whether v is one of Versions.
func KnownVersion(v string) bool { return slices.Contains(versions, v) }

// BaseURLOf returns the URL under which the schemas of version v are
// published.
func BaseURLOf(v string) string { return siteURL + v + "/" }

// LaterVersion returns the later of two versions of Versions; an unknown
// version counts as earlier than any known one.
func LaterVersion(a, b string) string {
	if slices.Index(versions, a) >= slices.Index(versions, b) {
		return a
	}
	return b
}

// Kind names a kind of document of the standard. Each kind has one JSON
// Schema per version, the file "<version>/<kind>.schema.json" of FS.
type Kind string

// The kinds of documents.
const (
	// KindDataset is a State's tracking data (package tracking).
	KindDataset Kind = "dataset"
	// KindFramework is a maturity framework (package maturity).
	KindFramework Kind = "framework"
	// KindAssessment is a self-assessment against a framework.
	KindAssessment Kind = "assessment"
	// KindResult is the scored result of a self-assessment.
	KindResult Kind = "result"
)

var kindValues = []Kind{KindDataset, KindFramework, KindAssessment, KindResult}

// Values returns every Kind.
func (Kind) Values() []Kind { return slices.Clone(kindValues) }

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { return slices.Contains(kindValues, k) }

// String returns the kind's name.
func (k Kind) String() string { return string(k) }

// File returns the path of the kind's schema of the current Version in FS.
func (k Kind) File() string { return k.FileIn(Version) }

// FileIn returns the path of the kind's schema of version v in FS.
func (k Kind) FileIn(v string) string { return v + "/" + string(k) + ".schema.json" }

// ID returns the $id of the kind's schema of the current Version.
func (k Kind) ID() string { return k.IDIn(Version) }

// IDIn returns the $id of the kind's schema of version v.
func (k Kind) IDIn(v string) string { return BaseURLOf(v) + string(k) + ".schema.json" }

// MarshalText returns the kind's name, or an error for an unknown kind.
func (k Kind) MarshalText() ([]byte, error) {
	if !k.Valid() {
		return nil, fmt.Errorf("schema: unknown document kind %q", string(k))
	}
	return []byte(k), nil
}

// UnmarshalText accepts the name of a known kind.
func (k *Kind) UnmarshalText(text []byte) error {
	if !Kind(text).Valid() {
		return fmt.Errorf("schema: unknown document kind %q; known kinds are %v", text, kindValues)
	}
	*k = Kind(text)
	return nil
}

// DetectKind tells the kind of a document from its top-level fields. Every
// kind's schema requires some fields at the top; DetectKind picks the kind
// whose required fields the document has the largest share of, so that a
// document missing a field or two is still recognised and then validated
// against the right schema. It fails when data is not a JSON object, or
// when no kind has more than half of its required fields present, or when
// two kinds tie.
func DetectKind(data []byte) (Kind, error) {
	top, ok := topLevelNames(data)
	if !ok {
		return "", errors.New("schema: cannot tell the kind of a document that is not a JSON object")
	}
	best, bestShare, tie := Kind(""), 0.0, false
	for _, k := range Kinds() {
		req := requiredFields()[k]
		if len(req) == 0 {
			continue
		}
		n := 0
		for _, f := range req {
			if top[f] {
				n++
			}
		}
		share := float64(n) / float64(len(req))
		switch {
		case share > bestShare:
			best, bestShare, tie = k, share, false
		case share == bestShare:
			tie = true
		}
	}
	if bestShare <= 0.5 || tie {
		return "", fmt.Errorf("schema: cannot tell the kind of the document from its fields (it may be one of %v)", Kinds())
	}
	return best, nil
}

// topLevelNames returns the names of the top-level members of a document
// that is one JSON object, reading past their values without keeping them,
// and false for any other document. It is as lenient as encoding/json:
// duplicate names and invalid UTF-8 are left to the validator to report.
func topLevelNames(data []byte) (map[string]bool, bool) {
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '{' {
		return nil, false
	}
	names := map[string]bool{}
	for dec.PeekKind() == '"' {
		tok, err := dec.ReadToken()
		if err != nil {
			return nil, false
		}
		names[tok.String()] = true
		if dec.SkipValue() != nil {
			return nil, false
		}
	}
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '}' {
		return nil, false
	}
	if _, err := dec.ReadToken(); err != io.EOF {
		return nil, false // trailing data
	}
	return names, true
}

// requiredFields holds, by kind, the fields its schema requires at the top.
var requiredFields = sync.OnceValue(func() map[Kind][]string {
	out := map[Kind][]string{}
	for _, k := range Kinds() {
		data, err := fs.ReadFile(files, k.File())
		if err != nil {
			continue
		}
		var doc struct {
			Required []string `json:"required"`
		}
		if json.Unmarshal(data, &doc) == nil {
			out[k] = doc.Required
		}
	}
	return out
})
