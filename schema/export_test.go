package schema

// NewValidatorAsPublished compiles the schemas exactly as published,
// without inlining their leaf definitions, so that the tests can prove the
// inlining changes no outcome.
func NewValidatorAsPublished(lim Limits) (*Validator, error) { return newValidator(lim, false) }
