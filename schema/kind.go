package schema

import (
	"fmt"
	"slices"
)

// Version is the version of the data standard whose schemas this package
// embeds. A published version is never edited, only superseded.
const Version = "1.0"

// BaseURL is the URL under which the schemas of Version are published; a
// schema's $id is BaseURL followed by its file name.
const BaseURL = "https://nmirf.github.io/nmirf/schema/" + Version + "/"

// Kind names a kind of document of the standard. Each kind has one JSON
// Schema, the file "<Version>/<kind>.schema.json" of FS.
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

// File returns the path of the kind's schema in FS.
func (k Kind) File() string { return Version + "/" + string(k) + ".schema.json" }

// ID returns the $id of the kind's schema.
func (k Kind) ID() string { return BaseURL + string(k) + ".schema.json" }

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
