package maturity

import (
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// factTitle returns the title of the fact in the language: the title the
// standard publishes for the code of the codelist "maturity-fact" in that
// language (schema/codelists/translations, which follow the glossary), or
// its English title.
func factTitle(f Fact, lang string) string {
	b, _, _ := strings.Cut(lang, "-")
	if t := schema.CodeTitle("maturity-fact", string(f), b); t != "" {
		return t
	}
	return f.Title()
}
