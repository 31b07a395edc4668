package l10n

import "github.com/nmirf/nmirf/schema"

// Catalogues returns the message catalogues in lang of the packages whose
// Messages functions are given, in that order, for schema.Localize; a
// package without a catalogue in lang is left out.
func Catalogues(lang string, messages ...func(string) (schema.Catalogue, bool)) []schema.Catalogue {
	var cs []schema.Catalogue
	for _, get := range messages {
		if c, ok := get(lang); ok {
			cs = append(cs, c)
		}
	}
	return cs
}
