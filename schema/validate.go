package schema

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Validator validates documents against the embedded schemas. It compiles
// each schema once; it is safe for concurrent use.
type Validator struct {
	limits  Limits
	schemas map[Kind]*jsonschema.Schema
}

// NewValidator compiles the embedded schemas of every kind. It never
// touches the network: every $ref resolves within the embedded files.
func NewValidator(lim Limits) (*Validator, error) {
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.UseLoader(embeddedLoader{})
	v := &Validator{limits: lim.orDefault(), schemas: map[Kind]*jsonschema.Schema{}}
	for _, k := range kindValues {
		if _, err := fs.Stat(files, k.File()); err != nil {
			continue // this kind's schema is not published in this version
		}
		sch, err := c.Compile(k.ID())
		if err != nil {
			return nil, fmt.Errorf("schema: compiling %s: %w", k.File(), err)
		}
		v.schemas[k] = sch
	}
	return v, nil
}

// embeddedLoader loads schemas from the embedded files by their $id.
type embeddedLoader struct{}

func (embeddedLoader) Load(url string) (any, error) {
	if len(url) <= len(BaseURL) || url[:len(BaseURL)] != BaseURL {
		return nil, fmt.Errorf("schema: %s is not an embedded schema, and schemas are never fetched from the network", url)
	}
	data, err := fs.ReadFile(files, Version+"/"+url[len(BaseURL):])
	if err != nil {
		return nil, err
	}
	return jsonschema.UnmarshalJSON(bytes.NewReader(data))
}

var defaultValidator = sync.OnceValues(func() (*Validator, error) { return NewValidator(DefaultLimits) })

// DefaultValidator returns the shared validator with DefaultLimits.
func DefaultValidator() *Validator {
	v, err := defaultValidator()
	if err != nil {
		panic(err) // the embedded schemas are tested to compile
	}
	return v
}

// Validate validates data as a document of the kind with the default
// validator. It returns every problem, sorted; none means data is valid.
func Validate(k Kind, data []byte) Problems { return DefaultValidator().Validate(k, data) }

// ValidateReader is Validate for a document read from r.
func ValidateReader(k Kind, r io.Reader) Problems { return DefaultValidator().ValidateReader(k, r) }

// ValidateReader reads r, up to the validator's size limit, and validates
// what it read.
func (v *Validator) ValidateReader(k Kind, r io.Reader) Problems {
	data, err := io.ReadAll(io.LimitReader(r, v.limits.MaxBytes+1))
	if err != nil {
		return Problems{{Code: "io.read", Message: err.Error()}}
	}
	return v.Validate(k, data)
}

// Validate parses data strictly (see Parse) and validates it against the
// schema of the kind.
func (v *Validator) Validate(k Kind, data []byte) Problems {
	value, ps := Parse(data, v.limits)
	if len(ps) > 0 {
		return ps
	}
	return v.ValidateValue(k, value)
}

// ValidateValue validates a value decoded by Parse.
func (v *Validator) ValidateValue(k Kind, value any) Problems {
	sch, ok := v.schemas[k]
	if !ok {
		return Problems{{Code: "schema.unknownKind", Message: fmt.Sprintf("no schema for documents of kind %q", k)}}
	}
	err := sch.Validate(value)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return Problems{{Code: "schema.invalid", Message: err.Error()}}
	}
	var ps Problems
	collect(ve, &ps)
	return ps.Normalize()
}

// collect walks the causes of a validation error down to its leaves, which
// hold the messages; the flat output of the validator loses those reached
// through $ref.
func collect(ve *jsonschema.ValidationError, ps *Problems) {
	if len(ve.Causes) > 0 {
		for _, c := range ve.Causes {
			collect(c, ps)
		}
		return
	}
	toks := make([]any, len(ve.InstanceLocation))
	for i, t := range ve.InstanceLocation {
		toks[i] = t
	}
	code := "schema.invalid"
	if kw := ve.ErrorKind.KeywordPath(); len(kw) > 0 {
		code = "schema." + kw[len(kw)-1]
	}
	if _, ok := ve.ErrorKind.(*kind.FalseSchema); ok {
		code = "schema.additionalProperties"
	}
	*ps = append(*ps, Problem{Pointer: Pointer(toks...), Code: code, Message: ve.ErrorKind.LocalizedString(printer)})
}

// printer writes the validator's messages in English.
var printer = message.NewPrinter(language.English)
