package schema

// NewValidatorAsPublished compiles the schemas exactly as published,
// without inlining their leaf definitions, so that the tests can prove the
// inlining changes no outcome.
func NewValidatorAsPublished(lim Limits) (*Validator, error) { return newValidator(lim, false) }

// SuggestAliases returns the aliases of codes that Suggest knows, by
// codelist.
func SuggestAliases() map[string]map[string]string { return suggestAliases }
