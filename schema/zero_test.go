package schema

import (
	"reflect"
	"testing"

	"github.com/nmirf/nmirf/internal/zerotest"
)

// TestZeroValuesDoNotPanic calls every exported function of the package
// with zero arguments (nil, empty), and every exported method on the zero
// value of its type (and, for methods with a pointer receiver, on a nil
// pointer), and checks that none panics; first it checks, from the
// source, that the lists below name every exported function and type (see
// internal/zerotest).
func TestZeroValuesDoNotPanic(t *testing.T) {
	zerotest.Check(t, zerotest.API{
		Dir: ".",
		Funcs: map[string]any{
			"ParseCatalogue": ParseCatalogue, "LoadCatalogues": LoadCatalogues, "MergeCatalogues": MergeCatalogues, "Localize": Localize,
			"Placeholders": Placeholders, "EmbeddedCatalogues": EmbeddedCatalogues, "Messages": Messages, "FS": FS,
			"CodelistIn": CodelistIn, "Codelist": Codelist, "CodelistNames": CodelistNames, "Codelists": Codelists,
			"LookupCodelist": LookupCodelist, "ReadCodelist": ReadCodelist, "ReadCodelistTranslations": ReadCodelistTranslations,
			"DefaultCodelistTranslations": DefaultCodelistTranslations, "CodeTitle": CodeTitle,
			"Decode": Decode, "DecodeStrict": DecodeStrict, "DecodeProblems": DecodeProblems, "PlainIntegers": PlainIntegers,
			"Write": Write, "Versions": Versions, "KnownVersion": KnownVersion, "BaseURLOf": BaseURLOf,
			"LaterVersion": LaterVersion, "DetectKind": DetectKind, "Format": Format, "Compare": Compare,
			"ComparePointers": ComparePointers, "Pointer": Pointer, "EscapeToken": EscapeToken, "Suggest": Suggest,
			"Parse": Parse, "CheckSyntax": CheckSyntax, "NewValidator": NewValidator, "Kinds": Kinds, "KindsIn": KindsIn,
			"DefaultValidator": DefaultValidator, "Validate": Validate, "ValidateReader": ValidateReader,
		},
		PanicsByDesign: []string{"MustLoadCatalogues"},
		Values: []any{
			Catalogue{}, Catalogues{}, Code{}, CodelistInfo{}, CodelistUse(""), CodelistTranslations{}, Kind(""),
			Problem{}, RecordRef{}, Location{}, Problems{}, Limits{}, Validator{},
		},
		Types: map[string]reflect.Type{"Args": reflect.TypeFor[Args]()}, // an alias, which has no name of its own
	})
}
