package workbook

import (
	"embed"

	"github.com/nmirf/nmirf/schema"
)

//go:embed messages/*.json
var messageFiles embed.FS

// catalogues are the message catalogues of this package.
var catalogues = schema.EmbeddedCatalogues(messageFiles, "messages")

// Messages returns the catalogue of the messages of the problems that the
// package's readers and writers report (workbook.*, and
// reference.unknown#workbook), in the
// language lang, and whether the package has one; "en" is always there.
// The problems of tracking.Check that Import passes on keep that
// package's keys (tracking.Messages). It is safe for concurrent use.
func Messages(lang string) (schema.Catalogue, bool) { return catalogues.Get(lang) }

// problem builds a problem of this package from its English templates,
// messages/en.json: the key is the code, or code#variant when variant is
// set.
func problem(pointer, code, variant string, args schema.Args) schema.Problem {
	return catalogues.Problem(pointer, code, variant, args)
}
