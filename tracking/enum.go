package tracking

//go:generate go run ../internal/cmd/enumgen -codelists ../schema/codelists -o enums_gen.go

import (
	"fmt"
	"reflect"
)

// marshalEnum returns the code of a valid enumeration value.
func marshalEnum[T ~string](v T, valid bool) ([]byte, error) {
	if !valid {
		return nil, fmt.Errorf("tracking: %q is not a valid %s", string(v), typeName[T]())
	}
	return []byte(v), nil
}

// unmarshalEnum sets *v to text when text is a code of the codelist.
func unmarshalEnum[T ~string](v *T, text []byte, titles map[T]string) error {
	if _, ok := titles[T(text)]; !ok {
		return fmt.Errorf("tracking: %q is not a valid %s", text, typeName[T]())
	}
	*v = T(text)
	return nil
}

func typeName[T any]() string {
	return reflect.TypeFor[T]().Name()
}
