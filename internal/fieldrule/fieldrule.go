// Package fieldrule holds what packages tracking and maturity share in
// checking the field rules written in the "validate" struct tags of their
// document types with go-playground/validator: a validator that names
// fields by their JSON names, the rule "enum" for the codes of codelists,
// the JSON pointer of a failing field, and the variants and arguments of
// the messages of the common rules. Each package keeps its own problem
// codes, its own rules and, in its messages/en.json, the templates of the
// messages (see Message).
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

// Message returns the variant of the message that explains why the field
// failed its rule, and the arguments of the message, for the rules both
// packages use; a package words its own rules itself.
//
// The templates are not here: a package that reports field rules keeps,
// in its messages/en.json, a template for the key of each code it gives a
// field rule and each variant (code + "#" + variant) that its struct tags
// can fail. The variants and the arguments they give are:
//
//	required   the field is missing                      (none)
//	items      a list of the wrong length                 count
//	minItems   a list too short                           limit
//	min        a value below the limit                    limit
//	more       a value not above the limit                limit
//	max        a value above the limit                    limit
//	maxLength  a string longer than the limit             limit
//	enum       a code outside its codelist                value, codelist
//	enumSuggest  the same, with the code it likely meant  value, codelist, suggestion
//	date       a date that is not a calendar date         (none)
//	url        not an http or https URL                   value
//	email      not an email address                       value
//	currency   not an ISO 4217 currency code              value
//	rule       any other rule                             rule
//
// Numbers are given as the struct tag writes them; value is the field's
// value as text, codelist the name of the field's codelist in codelists
// (by the field's Go type), or of its Go type when codelists does not
// name it. The suggestion is schema.Suggest's.
func Message(fe validator.FieldError, codelists map[reflect.Type]string) (variant string, args schema.Args) {
	switch fe.ActualTag() {
	case "required":
		return "required", nil
	case "min", "gt", "len":
		switch {
		case fe.Kind() == reflect.Slice && fe.ActualTag() == "len":
			return "items", schema.Args{"count": fe.Param()}
		case fe.Kind() == reflect.Slice:
			return "minItems", schema.Args{"limit": fe.Param()}
		case fe.ActualTag() == "gt":
			return "more", schema.Args{"limit": fe.Param()}
		}
		return "min", schema.Args{"limit": fe.Param()}
	case "max":
		if fe.Kind() == reflect.String {
			return "maxLength", schema.Args{"limit": fe.Param()}
		}
		return "max", schema.Args{"limit": fe.Param()}
	case "enum":
		value := fmt.Sprint(fe.Value())
		name, ok := codelists[fe.Type()]
		if !ok {
			return "enum", schema.Args{"value": value, "codelist": fe.Type().Name()}
		}
		if code, ok := schema.Suggest(name, value); ok {
			return "enumSuggest", schema.Args{"value": value, "codelist": name, "suggestion": code}
		}
		return "enum", schema.Args{"value": value, "codelist": name}
	case "date":
		return "date", nil
	case "http_url":
		return "url", schema.Args{"value": fmt.Sprint(fe.Value())}
	case "email":
		return "email", schema.Args{"value": fmt.Sprint(fe.Value())}
	case "iso4217":
		return "currency", schema.Args{"value": fmt.Sprint(fe.Value())}
	}
	return "rule", schema.Args{"rule": fe.ActualTag()}
}
