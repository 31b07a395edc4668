package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Problem codes reported by the validator besides those of Parse. A failed
// schema keyword is reported as "schema.<keyword>", such as
// "schema.required", "schema.additionalProperties", "schema.enum",
// "schema.pattern" or "schema.type".
const (
	CodeUnknownKind    = "schema.unknownKind"    // no schema for the kind asked for
	CodeUnknownVersion = "schema.unknownVersion" // no version of the standard by the name asked for
	CodeRead           = "io.read"               // the reader failed
)

// Validator validates documents against the embedded schemas. It compiles
// each schema once; it is safe for concurrent use.
//
// Numbers are validated as 64-bit floating-point values, as JSON Schema
// tools in other languages (JavaScript's ajv, Python's jsonschema) read
// them, so that every tool gives the same verdict on the same document.
//
// A document is validated against the schema of the version it declares in
// its top-level "schemaVersion" member, when that is one of Versions, and
// against the schema of the current Version otherwise (which then reports
// the missing or unknown version).
type Validator struct {
	limits  Limits
	schemas map[versionKind]*jsonschema.Schema
	inlined map[string]string // schema location → the definition inlined there
}

// versionKind names the schema of one kind in one version.
type versionKind struct {
	version string
	kind    Kind
}

// NewValidator compiles the embedded schema of every kind in every version
// of the standard (see Versions and Kinds). It never touches the network:
// every $ref resolves within the embedded files. Zero fields of lim take
// their values from DefaultLimits.
func NewValidator(lim Limits) (*Validator, error) { return newValidator(lim, true) }

// newValidator compiles the schemas, with their leaf definitions inlined or
// as published.
func newValidator(lim Limits, inline bool) (*Validator, error) {
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	loader := &embeddedLoader{inline: inline, inlined: map[string]string{}}
	c.UseLoader(loader)
	v := &Validator{limits: lim.orDefault(), schemas: map[versionKind]*jsonschema.Schema{}, inlined: loader.inlined}
	for _, ver := range versions {
		for _, k := range KindsIn(ver) {
			sch, err := c.Compile(k.IDIn(ver))
			if err != nil {
				return nil, fmt.Errorf("schema: compiling %s: %w", k.FileIn(ver), err)
			}
			v.schemas[versionKind{ver, k}] = sch
		}
	}
	return v, nil
}

// Kinds returns the kinds of documents whose schema the current version of
// the standard publishes, in the order of Kind.Values.
func Kinds() []Kind { return KindsIn(Version) }

// KindsIn returns the kinds of documents whose schema version v of the
// standard publishes, in the order of Kind.Values.
func KindsIn(v string) []Kind {
	var ks []Kind
	for _, k := range kindValues {
		if _, err := fs.Stat(files, k.FileIn(v)); err == nil {
			ks = append(ks, k)
		}
	}
	return ks
}

// schemaFor returns the schema of kind k for a document that declares
// version declared: that version's when it is known, the current one's
// otherwise.
func (v *Validator) schemaFor(k Kind, declared string) (*jsonschema.Schema, bool) {
	if !KnownVersion(declared) {
		declared = Version
	}
	sch, ok := v.schemas[versionKind{declared, k}]
	return sch, ok
}

// declaredVersion returns the top-level "schemaVersion" member of a parsed
// document, or "" when it has none that is a string.
func declaredVersion(value any) string {
	m, _ := value.(map[string]any)
	s, _ := m["schemaVersion"].(string)
	return s
}

// WithLimits returns a validator that shares v's compiled schemas but
// applies lim (zero fields from DefaultLimits). It is cheap: use it to
// validate with other limits than the default validator's.
func (v *Validator) WithLimits(lim Limits) *Validator {
	return &Validator{limits: lim.orDefault(), schemas: v.schemas, inlined: v.inlined}
}

// Limits returns the limits v applies.
func (v *Validator) Limits() Limits { return v.limits }

// embeddedLoader loads schemas from the embedded files by their $id. With
// inline set, it inlines their leaf definitions (see inlineLeaves) and
// records where.
type embeddedLoader struct {
	inline  bool
	inlined map[string]string
}

func (l *embeddedLoader) Load(url string) (any, error) {
	file, ok := strings.CutPrefix(url, siteURL)
	if ver, name, _ := strings.Cut(file, "/"); !ok || !KnownVersion(ver) || name == "" {
		return nil, fmt.Errorf("schema: %s is not an embedded schema, and schemas are never fetched from the network", url)
	}
	data, err := fs.ReadFile(files, file)
	if err != nil {
		return nil, err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	if l.inline {
		for ptr, def := range inlineLeaves(doc) {
			l.inlined[url+"#"+ptr] = def
		}
	}
	return doc, nil
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
		return Problems{problem("", CodeRead, "", Args{"error": err.Error()})}
	}
	return v.Validate(k, data)
}

// Validate parses data strictly (see Parse) and validates it against the
// schema of the kind in the version the document declares (see Validator).
// It returns every problem, sorted and without duplicates; none means data
// is valid. The problems of Parse (malformed JSON, duplicate keys, invalid
// UTF-8, limits) come alone: the schema is applied only to a well-formed
// document.
func (v *Validator) Validate(k Kind, data []byte) Problems { return v.validate(k, "", data) }

// ValidateAs is Validate against the schema of version version, whatever
// the document declares: a document of version 1.0 validated as 1.1, for
// instance. An unknown version is a problem with the code
// CodeUnknownVersion.
func (v *Validator) ValidateAs(k Kind, version string, data []byte) Problems {
	if !KnownVersion(version) {
		return Problems{unknownVersion(version)}
	}
	return v.validate(k, version, data)
}

func (v *Validator) validate(k Kind, version string, data []byte) Problems {
	if !k.Valid() {
		return unknownKind(k)
	}
	value, ps := parseFloats(data, v.limits)
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
	return v.validateTree(sch, value)
}

// ValidateValue validates a value decoded by Parse, or by encoding/json
// into an any. Numbers may be json.Number or float64; they are validated as
// float64 values, as Validate does. A number that a float64 cannot hold, or
// a float64 that is not finite, is reported with CodeNumberRange. The value
// is not modified.
func (v *Validator) ValidateValue(k Kind, value any) Problems {
	sch, ok := v.schemaFor(k, declaredVersion(value))
	if !ok {
		return unknownKind(k)
	}
	var ps Problems
	value, _ = floatNumbers(value, nil, &ps)
	if len(ps) > 0 {
		return ps.Normalize()
	}
	return v.validateTree(sch, value)
}

func unknownKind(k Kind) Problems {
	return Problems{problem("", CodeUnknownKind, "", Args{"kind": string(k), "version": Version})}
}

func unknownVersion(v string) Problem {
	return Problem{Code: CodeUnknownVersion, Message: fmt.Sprintf("%q is not a version of the standard; the versions are %s", v, strings.Join(versions, ", "))}
}

// floatNumbers returns value with every json.Number replaced by its float64
// value, copying only the maps and slices that change, and whether anything
// changed. It reports numbers out of the float64 range.
func floatNumbers(value any, path []any, ps *Problems) (any, bool) {
	switch x := value.(type) {
	case json.Number:
		f, ok := numberValue([]byte(x))
		if !ok {
			ps.add(Pointer(path...), CodeNumberRange, "", Args{"value": abbreviate([]byte(x))})
			return nil, true
		}
		return f, true
	case float32:
		return floatNumbers(float64(x), path, ps)
	case float64:
		if math.IsInf(x, 0) || math.IsNaN(x) {
			ps.add(Pointer(path...), CodeNumberRange, "notFinite", Args{"value": fmt.Sprint(x)})
		}
		return x, false
	case map[string]any:
		var out map[string]any
		for key, e := range x {
			f, changed := floatNumbers(e, append(path, key), ps)
			if changed && out == nil {
				out = make(map[string]any, len(x))
				for k2, e2 := range x {
					out[k2] = e2
				}
			}
			if changed {
				out[key] = f
			}
		}
		if out != nil {
			return out, true
		}
	case []any:
		var out []any
		for i, e := range x {
			f, changed := floatNumbers(e, append(path, i), ps)
			if changed && out == nil {
				out = append([]any(nil), x...)
			}
			if changed {
				out[i] = f
			}
		}
		if out != nil {
			return out, true
		}
	}
	return value, false
}

func (v *Validator) validateTree(sch *jsonschema.Schema, value any) Problems {
	err := sch.Validate(value)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return Problems{problem("", "schema.invalid", "error", Args{"error": err.Error()})}
	}
	var ps Problems
	v.collect(ve, &ps)
	return withValues(ps, value).Normalize()
}

// collect walks the causes of a validation error down to its leaves, which
// hold the messages; the flat output of the validator loses those reached
// through $ref.
func (v *Validator) collect(ve *jsonschema.ValidationError, ps *Problems) {
	if _, ok := ve.ErrorKind.(*kind.PropertyNames); !ok && len(ve.Causes) > 0 {
		for _, c := range ve.Causes {
			v.collect(c, ps)
		}
		return
	}
	def, rest := v.defOf(ve.SchemaURL)
	*ps = append(*ps, problemsOf(ve, def, rest)...)
}

// defOf splits a schema location into the name of the definition of the
// standard it lies in and the rest of the location: ".../dataset.schema.json
// #/$defs/text/patternProperties/..." gives "text" and "/patternProperties/
// ...", and so does the place where the definition "text" was inlined.
func (v *Validator) defOf(schemaURL string) (def, rest string) {
	for loc := schemaURL; ; {
		if d, ok := v.inlined[loc]; ok {
			return d, schemaURL[len(loc):]
		}
		i := strings.LastIndexByte(loc, '/')
		if i < 0 || !strings.Contains(loc[:i], "#") {
			break
		}
		loc = loc[:i]
	}
	_, frag, _ := strings.Cut(schemaURL, "#")
	after, ok := strings.CutPrefix(frag, "/$defs/")
	if !ok {
		return "", frag
	}
	def, rest, _ = strings.Cut(after, "/")
	if rest != "" {
		rest = "/" + rest
	}
	return def, rest
}

// printer writes the validator's messages in English.
var printer = message.NewPrinter(language.English)
