package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

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
// each schema once; it is safe for concurrent use. The methods of a nil
// *Validator use DefaultValidator.
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
	// items holds, for each schema, the schemas of the elements of the
	// top-level arrays that can be validated one by one (see itemsOf).
	items map[versionKind]map[string]*jsonschema.Schema
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
	c.UseRegexpEngine(compileMemo)
	v := &Validator{limits: lim.orDefault(), schemas: map[versionKind]*jsonschema.Schema{}, inlined: loader.inlined, items: map[versionKind]map[string]*jsonschema.Schema{}}
	for _, ver := range versions {
		for _, k := range KindsIn(ver) {
			sch, err := c.Compile(k.IDIn(ver))
			if err != nil {
				return nil, fmt.Errorf("schema: compiling %s: %w", k.FileIn(ver), err)
			}
			v.schemas[versionKind{ver, k}] = sch
			v.items[versionKind{ver, k}] = itemsOf(sch)
		}
	}
	return v, nil
}

// itemsOf returns, by member name, the schemas of the elements of the
// top-level arrays of a schema that can be validated one element at a time,
// with the same outcome as validating the whole document: the root schema
// looks at its members one by one (properties, required and the like, but
// no combinator, reference, enum or const that would see the whole object),
// and the member's schema asks only that the value be an array and that
// each element follow one schema (type and items, nothing that compares
// elements or counts them).
func itemsOf(root *jsonschema.Schema) map[string]*jsonschema.Schema {
	if root.DraftVersion < 2020 || root.Bool != nil || root.Ref != nil || root.RecursiveRef != nil || root.DynamicRef != nil ||
		root.Enum != nil || root.Const != nil || root.Not != nil || len(root.AllOf)+len(root.AnyOf)+len(root.OneOf) > 0 ||
		root.If != nil || root.Then != nil || root.Else != nil || len(root.Dependencies) > 0 || len(root.DependentSchemas) > 0 ||
		root.UnevaluatedProperties != nil || len(root.Extensions) > 0 {
		return nil
	}
	items := map[string]*jsonschema.Schema{}
	for name, p := range root.Properties {
		matched := false
		for re := range root.PatternProperties {
			matched = matched || re.MatchString(name)
		}
		if !matched && onlyItems(p) {
			items[name] = p.Items2020
		}
	}
	return items
}

// onlyItems reports whether a schema asks of a value only that it be an
// array whose elements each follow Items2020: besides those two keywords,
// it holds annotations alone.
func onlyItems(s *jsonschema.Schema) bool {
	if s.Items2020 == nil || s.Types == nil || !slices.Equal(s.Types.ToStrings(), []string{"array"}) {
		return false
	}
	val := reflect.ValueOf(s).Elem()
	for i, f := range reflect.VisibleFields(val.Type()) {
		if _, ok := annotationFields[f.Name]; ok || !f.IsExported() {
			continue
		}
		if !val.Field(i).IsZero() {
			return false
		}
	}
	return true
}

// annotationFields are the fields of a compiled schema that do not affect
// validation, with those onlyItems allows.
var annotationFields = map[string]struct{}{
	"DraftVersion": {}, "Location": {}, "Types": {}, "Items2020": {},
	"Title": {}, "Description": {}, "Default": {}, "Comment": {}, "ReadOnly": {}, "WriteOnly": {}, "Examples": {}, "Deprecated": {},
}

// compileMemo compiles a pattern of a schema with the regexp package, as
// the validator does by default, into a memoRegexp.
func compileMemo(pattern string) (jsonschema.Regexp, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return nil, err
	}
	return &memoRegexp{Regexp: re}, nil
}

// memoRegexp is a pattern of a schema that remembers whether it matches the
// short strings it has seen, up to patternMemoSize of them: dates, language tags
// and codes repeat throughout a document, and looking a verdict up costs
// less than matching again. A pattern whose strings seldom repeat (IDs)
// stops remembering once its memory is full. It is safe for concurrent use.
type memoRegexp struct {
	*regexp.Regexp
	off          atomic.Bool // remembering does not pay
	mu           sync.Mutex
	seen         map[string]bool
	hits, misses int
}

// patternMemoSize and patternMemoLen bound the strings a memoRegexp remembers.
const (
	patternMemoSize = 4096
	patternMemoLen  = 40
)

// MatchString reports whether s matches the pattern.
func (m *memoRegexp) MatchString(s string) bool {
	if len(s) > patternMemoLen || m.off.Load() {
		return m.Regexp.MatchString(s)
	}
	m.mu.Lock()
	ok, found := m.seen[s]
	if found {
		m.hits++
		m.mu.Unlock()
		return ok
	}
	m.mu.Unlock()
	ok = m.Regexp.MatchString(s)
	m.mu.Lock()
	m.misses++
	switch {
	case len(m.seen) < patternMemoSize:
		if m.seen == nil {
			m.seen = make(map[string]bool)
		}
		m.seen[strings.Clone(s)] = ok
	case m.misses > m.hits:
		m.off.Store(true)
		m.seen = nil
	}
	m.mu.Unlock()
	return ok
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
	v = v.orDefault()
	return &Validator{limits: lim.orDefault(), schemas: v.schemas, inlined: v.inlined, items: v.items}
}

// Limits returns the limits v applies.
func (v *Validator) Limits() Limits { return v.orDefault().limits }

// orDefault returns v, or the default validator when v is nil.
func (v *Validator) orDefault() *Validator {
	if v == nil {
		return DefaultValidator()
	}
	return v
}

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
// what it read. A nil r reads as an empty document.
func (v *Validator) ValidateReader(k Kind, r io.Reader) Problems {
	v = v.orDefault()
	if r == nil {
		return v.Validate(k, nil) // nothing to read: an empty document
	}
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
func (v *Validator) Validate(k Kind, data []byte) Problems {
	return v.orDefault().validate(k, "", data)
}

// ValidateAs is Validate against the schema of version version, whatever
// the document declares: a document of version 1.0 validated as 1.1, for
// instance. An unknown version is a problem with the code
// CodeUnknownVersion.
func (v *Validator) ValidateAs(k Kind, version string, data []byte) Problems {
	v = v.orDefault()
	if !KnownVersion(version) {
		return Problems{unknownVersion(version)}
	}
	return v.validate(k, version, data)
}

func (v *Validator) validate(k Kind, version string, data []byte) Problems {
	if !k.Valid() {
		return unknownKind(k)
	}
	// The elements of the large arrays (a dataset's recommendations, say)
	// are validated as they are parsed and dropped: the document is never
	// held whole as values, which would take several times its size.
	s := &streamed{v: v, kind: k, version: version}
	defer s.wait()
	value, ps := parseFloats(data, v.limits, s)
	elements := s.wait()
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
	if s.root != nil && s.root != sch {
		// The elements went to another schema than the document's: not
		// possible, as the version declared is read once, but validate the
		// whole document rather than trust them.
		if value, ps = parseFloats(data, v.limits, nil); len(ps) > 0 {
			return ps
		}
		elements = nil
	}
	return withValues(append(v.validateTree(sch, value), elements...), value).Normalize()
}

// streamed validates the elements of the top-level arrays of a document
// as parseFloats reads them, against the schema of the kind in the version
// given, or else in the version the document declares, once it has been
// read. When the program may run more than one goroutine at once
// (GOMAXPROCS), the elements are validated by as many goroutines while
// the document is read.
type streamed struct {
	v       *Validator
	kind    Kind
	version string
	root    *jsonschema.Schema // the schema the elements went to

	work     chan element // to the goroutines, once started
	done     sync.WaitGroup
	mu       sync.Mutex
	problems Problems
}

// element is an element of a top-level array, to validate against item.
type element struct {
	item  *jsonschema.Schema
	key   string
	index int
	value any
}

func (s *streamed) items(key, declared string, known bool) func(int, any) {
	version := s.version
	if version == "" {
		if !known {
			return nil
		}
		version = declared
	}
	if !KnownVersion(version) {
		version = Version
	}
	item := s.v.items[versionKind{version, s.kind}][key]
	if item == nil {
		return nil
	}
	s.root = s.v.schemas[versionKind{version, s.kind}]
	return func(i int, e any) {
		el := element{item, key, i, e}
		if n := runtime.GOMAXPROCS(0); n > 1 && s.work == nil {
			work := make(chan element, 16*n)
			s.work = work
			for range n {
				s.done.Go(func() {
					var ps Problems
					for el := range work {
						s.check(el, &ps)
					}
					s.mu.Lock()
					s.problems = append(s.problems, ps...)
					s.mu.Unlock()
				})
			}
		}
		if s.work != nil {
			s.work <- el
			return
		}
		s.check(el, &s.problems)
	}
}

// check validates one element.
func (s *streamed) check(el element, ps *Problems) {
	err := el.item.Validate(el.value)
	if err == nil {
		return
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		*ps = append(*ps, problem("", "schema.invalid", "error", Args{"error": err.Error()}))
		return
	}
	n := len(*ps)
	s.v.collect(ve, []string{el.key, strconv.Itoa(el.index)}, ps)
	withValuesAt((*ps)[n:], el.value, Pointer(el.key, el.index))
}

// wait waits until every element handed over has been validated, and
// returns the problems found.
func (s *streamed) wait() Problems {
	if s.work != nil {
		close(s.work)
		s.work = nil
		s.done.Wait()
	}
	return s.problems
}

// ValidateValue validates a value decoded by Parse, or by encoding/json
// into an any. Numbers may be json.Number or float64; they are validated as
// float64 values, as Validate does. A number that a float64 cannot hold, or
// a float64 that is not finite, is reported with CodeNumberRange. The value
// is not modified.
func (v *Validator) ValidateValue(k Kind, value any) Problems {
	v = v.orDefault()
	sch, ok := v.schemaFor(k, declaredVersion(value))
	if !ok {
		return unknownKind(k)
	}
	var ps Problems
	value, _ = floatNumbers(value, nil, &ps)
	if len(ps) > 0 {
		return ps.Normalize()
	}
	return withValues(v.validateTree(sch, value), value).Normalize()
}

func unknownKind(k Kind) Problems {
	return Problems{problem("", CodeUnknownKind, "", Args{"kind": string(k), "version": Version})}
}

func unknownVersion(v string) Problem {
	return problem("", CodeUnknownVersion, "", Args{"version": v, "versions": strings.Join(versions, ", ")})
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

// validateTree validates value against sch and returns the problems as the
// validator words them; the callers complete them with the document's
// values (withValues) once, and sort them.
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
	v.collect(ve, nil, &ps)
	return ps
}

// collect walks the causes of a validation error down to its leaves, which
// hold the messages; the flat output of the validator loses those reached
// through $ref. The instance locations of the leaves are relative to the
// value at prefix.
func (v *Validator) collect(ve *jsonschema.ValidationError, prefix []string, ps *Problems) {
	if _, ok := ve.ErrorKind.(*kind.PropertyNames); !ok && len(ve.Causes) > 0 {
		for _, c := range ve.Causes {
			v.collect(c, prefix, ps)
		}
		return
	}
	def, rest := v.defOf(ve.SchemaURL)
	if len(prefix) > 0 {
		leaf := *ve
		leaf.InstanceLocation = append(prefix[:len(prefix):len(prefix)], ve.InstanceLocation...)
		ve = &leaf
	}
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
