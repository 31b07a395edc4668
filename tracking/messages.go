package tracking

import (
	"embed"

	"github.com/nmirf/nmirf/schema"
)

//go:embed messages/*.json
var messageFiles embed.FS

// catalogues are the message catalogues of this package.
var catalogues = schema.EmbeddedCatalogues(messageFiles, "messages")

// Messages returns the catalogue of the messages of the problems that
// Validate and Check report, in the language lang, and whether the
// package has one; "en" is always there. The keys are the problem codes,
// or code#variant where a code is worded in several ways (see
// schema.Catalogue). It is safe for concurrent use.
func Messages(lang string) (schema.Catalogue, bool) {
	return catalogues.Get(lang)
}

// problem builds a problem of this package from its English templates,
// messages/en.json: the key is the code, or code#variant when variant is
// set. The templates of the field rules of internal/fieldrule are there
// too, under the codes this package gives them.
func problem(pointer, code, variant string, args schema.Args) schema.Problem {
	return catalogues.Problem(pointer, code, variant, args)
}
