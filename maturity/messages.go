package maturity

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/nmirf/nmirf/schema"
)

//go:embed messages/*.json
var messageFiles embed.FS

// catalogues are the message catalogues of this package.
var catalogues = schema.EmbeddedCatalogues(messageFiles, "messages")

// Messages returns the catalogue of the messages of the problems that the
// loaders and checks of this package report, in the language lang, and
// whether the package has one; "en" is always there. The keys are the
// problem codes, or code#variant where a code is worded in several ways,
// as CodeInconsistent and CodeInvalidFact are (see schema.Catalogue). It
// is safe for concurrent use.
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

// add appends a problem built by problem to ps.
func add(ps *schema.Problems, pointer, code, variant string, args schema.Args) {
	*ps = append(*ps, problem(pointer, code, variant, args))
}

// number writes a number for a message argument, as JSON would (NaN and
// the infinities as Go writes them).
func number(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// jsonText writes a value for a message argument in JSON notation.
func jsonText(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}
