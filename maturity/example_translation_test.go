package maturity_test

import (
	"fmt"

	"github.com/nmirf/nmirf/maturity"
)

// A host adds a language the library does not ship, Portuguese here, from
// a translation file of its own; texts it leaves out fall back along the
// reader's preferences.
func ExampleFramework_Translate() {
	tr, err := maturity.LoadTranslation([]byte(`{
		"language": "pt",
		"framework": "nmirf-synthesis",
		"levels": {"established": "Consolidado"},
		"criteria": {"legal-basis": {"title": "Base jurídica e termos de referência"}}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fw := maturity.DefaultFramework()
	if ps := fw.Translate(tr); len(ps) > 0 {
		fmt.Println(ps)
		return
	}
	c, _ := fw.Criterion("legal-basis")
	fmt.Println(c.Title.Get("pt"))
	fmt.Println(fw.Levels.Established.Get("pt"))
	fmt.Println(c.Statement.Get("pt", "es"))
	fmt.Println(len(fw.Untranslated("pt")), "texts left to translate")
	// Output:
	// Base jurídica e termos de referência
	// Consolidado
	// El mecanismo se apoya en un instrumento jurídico (una ley, un decreto o una resolución del consejo de ministros) que establece su mandato, su composición y sus métodos de trabajo en unos términos de referencia.
	// 240 texts left to translate
}
