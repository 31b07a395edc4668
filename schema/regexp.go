package schema

import (
	"regexp"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// regexpEngine compiles the patterns of the schemas with Go's regexp
// package, whose RE2 syntax the standard's patterns keep to (they are also
// valid ECMA-262, as JSON Schema asks).
func regexpEngine(pattern string) (jsonschema.Regexp, error) {
	return regexp.Compile(pattern)
}
