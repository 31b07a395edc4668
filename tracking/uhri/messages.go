package uhri

import (
	"embed"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

//go:embed messages/*.json
var messageFiles embed.FS

// catalogues are the message catalogues of this package.
var catalogues = schema.EmbeddedCatalogues(messageFiles, "messages")

// Messages returns the catalogue of the messages of the warnings and the
// errors of this package, in the language lang, and whether the package
// has one; "en" is always there. The keys are the problem codes, or
// code#variant where a code is worded in several ways (see
// schema.Catalogue). It is safe for concurrent use.
func Messages(lang string) (schema.Catalogue, bool) {
	return catalogues.Get(lang)
}

// problem builds a problem of this package from its English templates,
// messages/en.json: the key is the code, or code#variant when variant is
// set.
func problem(pointer, code, variant string, args schema.Args) schema.Problem {
	return catalogues.Problem(pointer, code, variant, args)
}

// add appends a problem built by problem to ps.
func add(ps *schema.Problems, pointer, code, variant string, args schema.Args) {
	*ps = append(*ps, problem(pointer, code, variant, args))
}

// plainList joins values for a message argument, as they are.
func plainList(vals []string) string { return strings.Join(vals, ", ") }

// jsonType names the type of a JSON value for a message argument:
// "object", "array", "string", "boolean", "null" or "number" ("empty"
// for nothing).
func jsonType[T ~string | ~[]byte](v T) string {
	v = v[skipSpace(string(v), 0):]
	if len(v) == 0 {
		return "empty"
	}
	switch v[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	return "number"
}
