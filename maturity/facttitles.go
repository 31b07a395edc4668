package maturity

import "github.com/nmirf/nmirf/schema"

// factTitle returns the title of the fact in the language: the title the
// standard publishes for the code of the codelist "maturity-fact" in that
// language (schema/codelists/translations, which follow the glossary), or
// its English title.
func factTitle(f Fact, lang string) string {
	if t := schema.CodeTitle("maturity-fact", string(f), base(lang)); t != "" {
		return t
	}
	return f.Title()
}
