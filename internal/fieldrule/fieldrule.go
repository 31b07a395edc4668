// Package fieldrule holds what packages tracking and maturity share in
// checking the field rules written in the "validate" struct tags of their
// document types with go-playground/validator: a validator that names
// fields by their JSON names, the rule "enum" for the codes of codelists,
// the JSON pointer of a failing field, and the English messages of the
// common rules. Each package keeps its own problem codes and its own rules.
package fieldrule

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/nmirf/nmirf/schema"
)

// Embedded names a field that encoding/json flattens into its parent (an
// embedded struct without a JSON name); it adds no token to a pointer.
const Embedded = "\x00"

// New returns a validator that names fields by their JSON names and checks
// the rule "enum" with the check of the field's type in enums (a field of a
// type without a check fails). Reading codes as strings, through their
// type, avoids converting every value to an interface.
func New(enums map[reflect.Type]func(string) bool) *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-":
			return ""
		case name == "" && f.Anonymous:
			return Embedded
		}
		return name
	})
	err := v.RegisterValidation("enum", func(fl validator.FieldLevel) bool {
		valid, ok := enums[fl.Field().Type()]
		return ok && valid(fl.Field().String())
	})
	if err != nil {
		panic(err) // a rule with a name and a function always registers
	}
	return v
}

// Pointer turns a validator namespace such as
// "Dataset.recommendations[3].text[en]" into the JSON pointer
// "/recommendations/3/text/en": the root type's name is dropped, indexes
// and map keys become tokens, and embedded structs add none.
func Pointer(ns string) string {
	_, ns, _ = strings.Cut(ns, ".")
	var toks []any
	for part := range strings.SplitSeq(ns, ".") {
		name, rest, _ := strings.Cut(part, "[")
		if name != "" && name != Embedded {
			toks = append(toks, name)
		}
		for rest != "" {
			var idx string
			idx, rest, _ = strings.Cut(rest, "]")
			rest = strings.TrimPrefix(rest, "[")
			if n, err := strconv.Atoi(idx); err == nil {
				toks = append(toks, n)
			} else {
				toks = append(toks, idx)
			}
		}
	}
	return schema.Pointer(toks...)
}

// Message explains in English why the field failed its rule, for the rules
// both packages use; a package words its own rules itself.
func Message(fe validator.FieldError) string {
	switch fe.ActualTag() {
	case "required":
		return "is required"
	case "min", "gt", "len":
		switch {
		case fe.Kind() == reflect.Slice && fe.ActualTag() == "len":
			return fmt.Sprintf("needs exactly %s item(s)", fe.Param())
		case fe.Kind() == reflect.Slice:
			return fmt.Sprintf("needs at least %s item(s)", fe.Param())
		case fe.ActualTag() == "gt":
			return fmt.Sprintf("must be more than %s", fe.Param())
		}
		return fmt.Sprintf("must be at least %s", fe.Param())
	case "max":
		if fe.Kind() == reflect.String {
			return fmt.Sprintf("must be at most %s characters long", fe.Param())
		}
		return fmt.Sprintf("must be at most %s", fe.Param())
	case "enum":
		return fmt.Sprintf("%q is not a code of the codelist of %s", fe.Value(), fe.Type().Name())
	case "date":
		return "is not a calendar date as YYYY, YYYY-MM or YYYY-MM-DD"
	case "http_url":
		return fmt.Sprintf("%q is not an http or https URL", fe.Value())
	case "email":
		return fmt.Sprintf("%q is not an email address", fe.Value())
	case "iso4217":
		return fmt.Sprintf("%q is not an ISO 4217 currency code", fe.Value())
	}
	return fmt.Sprintf("fails the rule %q", fe.ActualTag())
}
