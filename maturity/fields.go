package maturity

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"

	"github.com/nmirf/nmirf/internal/fieldrule"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// The field rules of the documents are written in the struct tags of their
// types ("validate"), as the schemas state them: required values, keys,
// codes of the codelists, language maps, dates, bounds of numbers. The
// schema tests prove that the tags and the schemas agree.

// keyMaxLength is the longest key the schemas accept.
const keyMaxLength = 100

// fieldValidator checks the field rules of the tags. It is built once and
// safe for concurrent use.
var fieldValidator = sync.OnceValue(func() *validator.Validate {
	v := fieldrule.New(enumValid)
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(v.RegisterValidation("key", func(fl validator.FieldLevel) bool { return validKey(fl.Field().String()) }))
	// A language map is checked whole, in one call rather than one per
	// key and value; fieldProblems then points at the keys at fault.
	must(v.RegisterValidation("text", func(fl validator.FieldLevel) bool {
		t, ok := fl.Field().Interface().(tracking.Text)
		return ok && len(textProblems("", t)) == 0
	}))
	v.RegisterStructValidation(func(sl validator.StructLevel) {
		if d, ok := sl.Current().Interface().(tracking.PartialDate); ok && !d.Valid() {
			sl.ReportError(d, "", "", "date", "")
		}
	}, tracking.PartialDate{})
	return v
})

// enumValid holds the check of each enumeration the documents use. Reading
// the code as a string avoids converting every value to an interface.
var enumValid = map[reflect.Type]func(string) bool{
	reflect.TypeFor[Level]():               func(s string) bool { return Level(s).Valid() },
	reflect.TypeFor[Fact]():                func(s string) bool { return Fact(s).Valid() },
	reflect.TypeFor[Method]():              func(s string) bool { return Method(s).Valid() },
	reflect.TypeFor[Status]():              func(s string) bool { return Status(s).Valid() },
	reflect.TypeFor[Confidence]():          func(s string) bool { return Confidence(s).Valid() },
	reflect.TypeFor[Constituency]():        func(s string) bool { return Constituency(s).Valid() },
	reflect.TypeFor[Scope]():               func(s string) bool { return Scope(s).Valid() },
	reflect.TypeFor[tracking.Country]():    func(s string) bool { return tracking.Country(s).Valid() },
	reflect.TypeFor[tracking.RecordKind](): func(s string) bool { return tracking.RecordKind(s).Valid() },
}

// validKey reports whether s is a key: letters, digits, '.', '_' and '-',
// starting with a letter or digit, at most keyMaxLength characters.
func validKey(s string) bool {
	if s == "" || len(s) > keyMaxLength {
		return false
	}
	for i := range len(s) {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case i > 0 && (c == '.' || c == '_' || c == '-'):
		default:
			return false
		}
	}
	return true
}

// fieldProblems checks v, a pointer to a document's type, against the rules
// of its tags, and reports each failure with the JSON pointer of the value
// and one of this package's codes.
func fieldProblems(v any) schema.Problems {
	err := fieldValidator().Struct(v)
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		if err != nil {
			return schema.Problems{problem("", CodeInvalidValue, "error", schema.Args{"error": err.Error()})}
		}
		return nil
	}
	ps := make(schema.Problems, 0, len(ves))
	for _, fe := range ves {
		ptr := fieldrule.Pointer(fe.Namespace())
		if t, ok := fe.Value().(tracking.Text); ok && fe.Tag() == "text" {
			ps = append(ps, textProblems(ptr, t)...)
			continue
		}
		variant, args := fieldMessage(fe)
		ps = append(ps, problem(ptr, fieldCode(fe), variant, args))
	}
	return ps
}

// textProblems checks a language map: text in at least one language, keys
// that are language tags, no empty text.
func textProblems(ptr string, t tracking.Text) schema.Problems {
	var ps schema.Problems
	if len(t) == 0 {
		add(&ps, ptr, CodeEmptyText, "missing", nil)
	}
	for lang, s := range t {
		switch {
		case !tracking.ValidLanguageTag(lang):
			add(&ps, ptr+schema.Pointer(lang), CodeEmptyText, "languageTag", schema.Args{"value": lang})
		case s == "":
			add(&ps, ptr+schema.Pointer(lang), CodeEmptyText, "empty", nil)
		}
	}
	return ps
}

func fieldCode(fe validator.FieldError) string {
	switch {
	case fe.Tag() == "text":
		return CodeEmptyText
	case fe.ActualTag() == "key":
		return CodeInvalidID
	case fe.ActualTag() == "http_url":
		return CodeInvalidFormat
	case fe.StructField() == "Weight":
		return CodeWeight
	case fe.StructField() == "Thresholds" || strings.HasPrefix(fe.StructField(), "Thresholds["):
		return CodeThresholds
	}
	return CodeInvalidValue
}

// fieldMessage returns the variant of the message of a failed field rule
// and its arguments (see fieldrule.Message).
func fieldMessage(fe validator.FieldError) (string, schema.Args) {
	if fe.ActualTag() == "key" {
		return "key", schema.Args{"value": fmt.Sprint(fe.Value()), "limit": strconv.Itoa(keyMaxLength)}
	}
	return fieldrule.Message(fe, enumCodelists)
}
