package tracking

import (
	"bytes"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	jsonv2 "github.com/go-json-experiment/json"

	"github.com/nmirf/nmirf/schema"
)

// The one strict pass.
//
// Decode and Check read most datasets in one pass: github.com/go-json-
// experiment/json decodes the bytes strictly into the model (duplicate
// names, invalid UTF-8, unknown members and trailing data are errors; field
// names match exactly; the model's own UnmarshalText methods read dates,
// IDs and codes), and the Go field rules then check the values. The schema
// and the Go model agree on every document (the agreement tests and
// fuzzers of schema_parity_test.go): a document that decodes strictly,
// holds no null, loses nothing when written back and passes the field
// rules is one the schema accepts. So when the strict pass finds nothing
// wrong, the schema would find nothing either, and its generic tree is not
// built.
//
// Whenever the strict pass cannot vouch for a document, it falls back to
// the schema validator, which gives every problem with the codes and
// pointers of the standard: when the document declares no version the
// pass knows (1.0 and 1.1; a 1.0 document that holds what only 1.1 has
// goes to the schema of 1.0, which names it), when the decode fails, when a field rule fails,
// and when the document holds a value that decoding would not keep as
// written (null or an empty string, which the prescan finds, erring on the
// side of the fallback; a number or boolean member that is absent though
// it would be written back, or a zero that would be dropped, which a count
// of the members of those names finds). Problems are therefore the same
// whichever path found them; only the time differs.

// strictOptions are the options of the strict pass: besides the defaults
// of version 2 (duplicate names and invalid UTF-8 refused, names matched
// exactly), unknown members are refused.
var strictOptions = jsonv2.RejectUnknownMembers(true)

// decodeStrictPass decodes data in one strict pass. It returns the
// dataset and true when the schema of the current version is certain to
// accept the document and no field rule fails; otherwise nil and false, and
// the caller takes the schema's path.
func decodeStrictPass(data []byte, lim schema.Limits) (*Dataset, bool) {
	if lim.MaxBytes <= 0 {
		lim.MaxBytes = schema.DefaultLimits.MaxBytes
	}
	// The model nests far less deep than any depth limit, so a document
	// that decodes into it is within MaxDepth.
	if int64(len(data)) > lim.MaxBytes || mayHoldNullOrEmpty(data) {
		return nil, false
	}
	var ds Dataset
	if err := jsonv2.Unmarshal(data, &ds, strictOptions); err != nil {
		return nil, false
	}
	if ds.SchemaVersion != SchemaVersion {
		// A document of an earlier version goes to that version's schema,
		// which alone knows what the version lacks; so does an unknown one.
		return nil, false
	}
	// The field rules and the walk over the values read the dataset
	// alone: on more than one core, they run at once, the rules on the
	// records in parts.
	var fieldsFail atomic.Bool
	var rules sync.WaitGroup
	if n := runtime.GOMAXPROCS(0); n > 1 {
		parts := fieldRuleParts(&ds, n)
		for _, part := range parts {
			rules.Go(func() {
				if !fieldsFail.Load() && !part(&fieldsFail) {
					fieldsFail.Store(true)
				}
			})
		}
	} else if len(fieldProblems(&ds)) > 0 {
		return nil, false
	}
	w := valueWalker{keys: map[string]int{}}
	w.walk(reflect.ValueOf(&ds).Elem())
	asDecoded := len(w.ps) == 0 && membersAsDecoded(data, w.keys)
	rules.Wait()
	if fieldsFail.Load() || !asDecoded {
		return nil, false
	}
	return &ds, true
}

// mayHoldNullOrEmpty reports whether data may hold null or an empty
// string: values the standard rules out where the model cannot tell them
// from an absent member. It errs on the side of yes: the same bytes inside
// a string count too.
func mayHoldNullOrEmpty(data []byte) bool {
	return bytes.Contains(data, []byte("null")) || bytes.Contains(data, []byte(`""`))
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' }

// presenceField is a field whose member the strict pass counts: a number
// or a boolean that is always written, so that an absent member would be
// written back as zero, or a number left out when zero, so that a member
// holding zero would be dropped.
type presenceField struct {
	index    int
	name     string
	omitzero bool
	counted  bool // a number or a boolean of the kinds above
}

// presenceFields returns the fields of a struct type, with counted set on
// its presence fields; it computes them once per type.
func presenceFields(t reflect.Type) []presenceField {
	if fs, ok := presenceCache.Load(t); ok {
		return fs.([]presenceField)
	}
	var fs []presenceField
	for i, name := range jsonNames(t) {
		if name == "" {
			continue
		}
		_, opts, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		omit := strings.Contains(opts, "omitzero") || strings.Contains(opts, "omitempty")
		f := presenceField{index: i, name: name, omitzero: omit}
		switch t.Field(i).Type.Kind() {
		case reflect.Bool:
			f.counted = !omit
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
			reflect.Float32, reflect.Float64:
			f.counted = true
		}
		fs = append(fs, f)
	}
	presenceCache.Store(t, fs)
	return fs
}

var presenceCache sync.Map // reflect.Type → []presenceField

// presenceNames are the JSON names of every presence field of the model.
var presenceNames = sync.OnceValue(func() map[string]bool {
	names := map[string]bool{}
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return
		}
		seen[t] = true
		for _, f := range presenceFields(t) {
			if f.counted {
				names[f.name] = true
			}
		}
		for i, name := range jsonNames(t) {
			if name != "" {
				walk(t.Field(i).Type)
			}
		}
	}
	walk(reflect.TypeFor[Dataset]())
	return names
})

// countKeys counts, for a struct value, the members the document must hold
// for its presence fields.
func (w *valueWalker) countKeys(t reflect.Type, v reflect.Value) {
	for _, f := range countedFields(t) {
		if !f.omitzero || !v.Field(f.index).IsZero() {
			w.keys[f.name]++
		}
	}
}

// countedFields returns the fields of a struct type whose names are in
// presenceNames; it computes them once per type.
func countedFields(t reflect.Type) []presenceField {
	if fs, ok := countedCache.Load(t); ok {
		return fs.([]presenceField)
	}
	names := presenceNames()
	var fs []presenceField
	for _, f := range presenceFields(t) {
		if names[f.name] {
			fs = append(fs, f)
		}
	}
	countedCache.Store(t, fs)
	return fs
}

var countedCache sync.Map // reflect.Type → []presenceField

// membersAsDecoded reports whether data, a well-formed JSON document,
// holds for each name of presenceNames exactly as many members as the
// decoded dataset needs: no member left out that would be written back as
// zero, none holding a zero that would be dropped. It counts the names in
// one pass over the colons that end member names: in well-formed JSON, a
// colon preceded (after white space) by an unescaped quote ends a name,
// and that name starts at the unescaped quote before.
func membersAsDecoded(data []byte, want map[string]int) bool {
	names := presenceNames()
	got := make(map[string]int, len(names))
	for i := 0; ; i++ {
		j := bytes.IndexByte(data[i:], ':')
		if j < 0 {
			break
		}
		i += j
		end := i - 1
		for end >= 0 && isSpace(data[end]) {
			end--
		}
		if end < 0 || data[end] != '"' || escaped(data, end) {
			continue // a colon inside a string
		}
		start := bytes.LastIndexByte(data[:end], '"')
		if start < 0 || escaped(data, start) {
			continue // a name that holds a quote, which no presence name does
		}
		if name := data[start+1 : end]; names[string(name)] {
			got[string(name)]++
		}
	}
	for name := range names {
		if got[name] != want[name] {
			return false
		}
	}
	return true
}

// escaped reports whether the quote at data[i] is escaped: preceded by an
// odd number of backslashes.
func escaped(data []byte, i int) bool {
	n := 0
	for i--; i >= 0 && data[i] == '\\'; i-- {
		n++
	}
	return n%2 == 1
}

// fieldRuleParts splits the field rules of ds into n parts of about as
// many records each, the first also checking the dataset's own fields.
// Each part reports whether its records pass, and stops early once stop
// is set. Together they pass exactly when fieldProblems(ds) is empty: the
// collections' only rule is "dive", and no rule of a record reads outside
// it.
func fieldRuleParts(ds *Dataset, n int) []func(stop *atomic.Bool) bool {
	v := reflect.ValueOf(ds).Elem()
	var records []reflect.Value // the collections, in order
	total := 0
	for _, name := range collectionFields {
		c := v.FieldByName(name)
		records = append(records, c)
		total += c.Len()
	}
	size := (total + n - 1) / n
	parts := []func(*atomic.Bool) bool{func(*atomic.Bool) bool {
		return fieldValidator().StructExcept(ds, collectionFields...) == nil
	}}
	for start := 0; start < total; start += size {
		end := min(start+size, total)
		parts = append(parts, func(stop *atomic.Bool) bool {
			val := fieldValidator()
			i := 0 // the index of the first record of c among all
			for _, c := range records {
				lo, hi := max(start-i, 0), min(end-i, c.Len())
				for j := lo; j < hi; j++ {
					if j%64 == 0 && stop.Load() {
						return true // another part failed: its answer stands
					}
					if val.Struct(c.Index(j).Addr().Interface()) != nil {
						return false
					}
				}
				i += c.Len()
			}
			return true
		})
	}
	return parts
}
