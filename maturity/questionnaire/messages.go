package questionnaire

import (
	"embed"

	"github.com/nmirf/nmirf/schema"
)

//go:embed messages/*.json
var messageFiles embed.FS

// catalogues are the message catalogues of this package.
var catalogues = schema.EmbeddedCatalogues(messageFiles, "messages")

// Messages returns the catalogue of the messages of the problems that Make
// and Read report, in the language lang, and whether the package has one;
// "en" is always there. The keys are the problem codes of this package,
// or code#variant; the problems that reuse a code of package maturity are
// worded for a questionnaire under the variant "questionnaire" (such as
// answer.noLevel#questionnaire), so that this catalogue and maturity's
// merge (schema.MergeCatalogues). It is safe for concurrent use.
func Messages(lang string) (schema.Catalogue, bool) { return catalogues.Get(lang) }

// problem builds a problem of this package from its English templates,
// messages/en.json: the key is the code, or code#variant when variant is
// set.
func problem(pointer, code, variant string, args schema.Args) schema.Problem {
	return catalogues.Problem(pointer, code, variant, args)
}
