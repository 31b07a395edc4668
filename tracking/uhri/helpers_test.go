package uhri

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/nmirf/nmirf/tracking"
)

// diff lists the differences between got and want, one per field path, so
// that a failing comparison says which field is wrong.
func diff(got, want any) []string {
	var out []string
	diffValue("", reflect.ValueOf(got), reflect.ValueOf(want), &out)
	return out
}

func diffValue(path string, got, want reflect.Value, out *[]string) {
	if !got.IsValid() || !want.IsValid() {
		if got.IsValid() != want.IsValid() {
			*out = append(*out, fmt.Sprintf("%s: got %v, want %v", path, got, want))
		}
		return
	}
	if got.Type().Comparable() && got.Kind() != reflect.Interface && got.Kind() != reflect.Pointer {
		if got.Interface() != want.Interface() {
			*out = append(*out, fmt.Sprintf("%s: got %#v, want %#v", path, fmtValue(got), fmtValue(want)))
		}
		return
	}
	switch got.Kind() {
	case reflect.Pointer:
		if got.IsNil() || want.IsNil() {
			if got.IsNil() != want.IsNil() {
				*out = append(*out, fmt.Sprintf("%s: got %v, want %v", path, fmtValue(got), fmtValue(want)))
			}
			return
		}
		diffValue(path, got.Elem(), want.Elem(), out)
	case reflect.Struct:
		for i := range got.NumField() {
			f := got.Type().Field(i)
			if f.IsExported() {
				diffValue(path+"."+f.Name, got.Field(i), want.Field(i), out)
			}
		}
	case reflect.Slice:
		if got.Len() != want.Len() {
			*out = append(*out, fmt.Sprintf("%s: got %d items %v, want %d items %v", path, got.Len(), fmtValue(got), want.Len(), fmtValue(want)))
			return
		}
		for i := range got.Len() {
			diffValue(fmt.Sprintf("%s[%d]", path, i), got.Index(i), want.Index(i), out)
		}
	case reflect.Map:
		keys := map[string]reflect.Value{}
		for _, k := range append(got.MapKeys(), want.MapKeys()...) {
			keys[fmt.Sprint(k)] = k
		}
		for name, k := range keys {
			diffValue(fmt.Sprintf("%s[%s]", path, name), got.MapIndex(k), want.MapIndex(k), out)
		}
	default:
		*out = append(*out, fmt.Sprintf("%s: cannot compare %s", path, got.Kind()))
	}
}

func fmtValue(v reflect.Value) any {
	if !v.IsValid() {
		return "<none>"
	}
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		return fmt.Sprintf("&%+v", v.Elem().Interface())
	}
	if s, ok := v.Interface().(fmt.Stringer); ok {
		return s.String()
	}
	return v.Interface()
}

// checkDiff fails the test with every difference, labelled.
func checkDiff(t *testing.T, label string, got, want any) {
	t.Helper()
	for _, d := range diff(got, want) {
		t.Errorf("%s%s", label, d)
	}
}

// Builders of expected values.

func date(s string) tracking.PartialDate { return tracking.MustParseDate(s) }

func uprSource(doc, para, published string, session int, states ...tracking.Country) tracking.Source {
	return tracking.Source{
		Family: tracking.MechanismFamilyUPR, Body: "UPR", Cycle: tracking.UPRCycle(session), Session: session,
		Document: doc, Paragraph: para, Date: optDate(published), RecommendingStates: states,
	}
}

func source(family tracking.MechanismFamily, body, doc, para, published string) tracking.Source {
	return tracking.Source{Family: family, Body: body, Document: doc, Paragraph: para, Date: optDate(published)}
}

func tbSource(body, doc, para, published string) tracking.Source {
	return source(tracking.MechanismFamilyTreatyBody, body, doc, para, published)
}

func optDate(s string) tracking.PartialDate {
	if s == "" {
		return tracking.PartialDate{}
	}
	return date(s)
}

func theme(code, label string) tracking.Term {
	return tracking.Term{Scheme: SchemeTheme, Code: code, Label: tracking.En(label)}
}

func persons(code, label string) tracking.Term {
	return tracking.Term{Scheme: SchemeAffectedPersons, Code: code, Label: tracking.En(label)}
}

func terms(t ...tracking.Term) []tracking.Term { return t }

func sdgs(targets ...string) []tracking.SDGLink {
	out := make([]tracking.SDGLink, len(targets))
	for i, t := range targets {
		out[i] = tracking.SDGLink{Target: tracking.SDGTarget(t), Origin: tracking.LinkOriginUHRI}
	}
	return out
}

func position(p tracking.Position) *tracking.StatePosition { return &tracking.StatePosition{Value: p} }

func countries(c ...tracking.Country) []tracking.Country { return c }

func codes(ws []Warning) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Code
	}
	return out
}

// readFile reads every annotation of a file.
func readFile(t *testing.T, path string, f Format, opts Options) ([]Annotation, *Report) {
	t.Helper()
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	return readAllFrom(t, file, f, opts)
}

// readString reads every annotation of an export given as a string.
func readString(t *testing.T, export string, f Format, opts Options) ([]Annotation, *Report) {
	t.Helper()
	return readAllFrom(t, strings.NewReader(export), f, opts)
}

func readAllFrom(t *testing.T, src interface{ Read([]byte) (int, error) }, f Format, opts Options) ([]Annotation, *Report) {
	t.Helper()
	r, err := NewReader(src, f, opts)
	if err != nil {
		t.Fatal(err)
	}
	var as []Annotation
	for a, err := range r.All() {
		if err != nil {
			t.Fatalf("reading: %v", err)
		}
		as = append(as, a)
	}
	rep := r.Report()
	for _, a := range as {
		checkWarnings(t, a.Warnings)
	}
	checkWarnings(t, rep.Warnings)
	return as, rep
}

// ids returns the annotation IDs of as.
func ids(as []Annotation) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.ID
	}
	return out
}

// fixedIDs returns a generator of reproducible IDs: a fixed clock and a
// counter for random bits.
func fixedIDs() tracking.IDGenerator {
	return tracking.NewV7Generator(func() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }, &counter{})
}

// counter is an io.Reader of ever-changing bytes.
type counter struct{ n byte }

func (c *counter) Read(p []byte) (int, error) {
	for i := range p {
		c.n++
		p[i] = c.n
	}
	return len(p), nil
}

// newDataset returns an empty dataset about state.
func newDataset(state tracking.Country) *tracking.Dataset {
	return &tracking.Dataset{
		SchemaVersion: tracking.SchemaVersion,
		Publisher:     tracking.Publisher{Name: tracking.En("Illustrative national mechanism (test data)")},
		Date:          date("2026-01-02"),
		State:         state,
	}
}
