package schema

// ValidateWhole validates data as Validate (version "") or ValidateAs does,
// but holds the whole document as values and validates it in one go, as
// Validate did before it validated the elements of large arrays as it read
// them, so that the tests can prove that doing so changes no outcome.
func (v *Validator) ValidateWhole(k Kind, version string, data []byte) Problems {
	if !k.Valid() {
		return unknownKind(k)
	}
	value, ps := parseFloats(data, v.limits, nil)
	if len(ps) > 0 {
		return ps
	}
	if version == "" {
		version = declaredVersion(value)
	}
	sch, ok := v.schemaFor(k, version)
	if !ok {
		return unknownKind(k)
	}
	return withValues(v.validateTree(sch, value), value).Normalize()
}
