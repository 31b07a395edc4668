package schema

// NewValidatorAsPublished compiles the schemas exactly as published,
// without inlining their leaf definitions, so that the tests can prove the
// inlining changes no outcome.
func NewValidatorAsPublished(lim Limits) (*Validator, error) { return newValidator(lim, false) }

// SuggestAliases returns the aliases of codes that Suggest knows, by
// codelist.
func SuggestAliases() map[string]map[string]string { return suggestAliases }

// WithValuesAt is withValuesAt, for the test of a value validated alone.
func WithValuesAt(ps Problems, value any, base string) Problems { return withValuesAt(ps, value, base) }

// ProblemOf builds a problem of this package from its catalogue.
func ProblemOf(pointer, code, variant string, args Args) Problem {
	return problem(pointer, code, variant, args)
}

// WithValues is withValues.
func WithValues(ps Problems, doc any) Problems { return withValues(ps, doc) }
