package tracking

import (
	"embed"
	"sync"

	"github.com/nmirf/nmirf/schema"
)

//go:embed messages/*.json
var messageFiles embed.FS

// catalogues holds the embedded message catalogues of this package, by
// language; built once, never changed.
var catalogues = sync.OnceValue(func() map[string]schema.Catalogue {
	return schema.MustLoadCatalogues(messageFiles, "messages")
})

// Messages returns the catalogue of the messages of the problems that
// Validate and Check report, in the language lang, and whether the
// package has one; "en" is always there. The keys are the problem codes,
// or code#variant where a code is worded in several ways (see
// schema.Catalogue). It is safe for concurrent use.
func Messages(lang string) (schema.Catalogue, bool) {
	c, ok := catalogues()[lang]
	return c, ok
}

// problem builds a problem of this package from its English templates,
// messages/en.json: the key is the code, or code#variant when variant is
// set. The templates of the field rules of internal/fieldrule are there
// too, under the codes this package gives them.
func problem(pointer, code, variant string, args schema.Args) schema.Problem {
	c, _ := Messages("en")
	return c.Problem(pointer, code, variant, args)
}
