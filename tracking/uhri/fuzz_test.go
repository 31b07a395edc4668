package uhri

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// fuzzImportBytes bounds the inputs that fuzzExport also imports, twice,
// and validates: those checks take most of an execution's time, and inputs
// of a few records reach every path of the import. Larger inputs are read
// only, so that the fuzzer keeps its pace (and its minimising short) when a
// mutation makes an input grow.
const fuzzImportBytes = 2 << 10

// fuzzExport reads data as an export of format f and checks what must hold
// for any input: no panic, no hang, every record read accounted for
// (imported, filtered out, or skipped with a warning that says where and
// why), and, for inputs up to fuzzImportBytes, output that the tracking
// model accepts and an import that a second import leaves byte for byte
// the same.
func fuzzExport(t *testing.T, data []byte, f Format) {
	opts := Options{MaxRecordBytes: 8 << 10, MaxWarnings: -1}
	r, err := NewReader(bytes.NewReader(data), f, opts)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	var fatal error
	for a, err := range r.All() {
		if err != nil {
			fatal = err
			break
		}
		// Each record takes at least one byte of the input (a CSV row at
		// least its line break), so a loop that reads more has hung.
		if n++; n > len(data)+1 {
			t.Fatalf("%d records from %d bytes", n, len(data))
		}
		checkAnnotation(t, &a)
	}
	if fatal != nil && fatal.Error() == "" {
		t.Error("an error without a message")
	}
	rep := r.Report()
	if rep.Read != rep.Imported+rep.Filtered+rep.Skipped {
		t.Errorf("read %d records, but imported %d, filtered %d, skipped %d", rep.Read, rep.Imported, rep.Filtered, rep.Skipped)
	}
	skipped := 0
	for _, w := range rep.Warnings {
		if IsSkip(w.Code) {
			skipped++
		}
		if w.Index < 0 || w.Index >= rep.Read || !strings.HasPrefix(w.Pointer, schema.Pointer(w.Index)) || w.Message == "" {
			t.Errorf("a warning that does not say where or what: %+v", w)
		}
	}
	if skipped != rep.Skipped {
		t.Errorf("%d records skipped, %d warnings say why", rep.Skipped, skipped)
	}

	if len(data) > fuzzImportBytes {
		return
	}
	// Merged into a dataset, the records make a valid dataset, and a second
	// import of the same export changes nothing.
	ds := newDataset("")
	gen := fixedIDs()
	merge := func(validate bool) ([]byte, *Report) {
		r, _ := NewReader(bytes.NewReader(data), f, opts)
		rep, err := Import(ds, r, gen)
		if (err == nil) != (fatal == nil) {
			t.Fatalf("Import: %v, Read: %v", err, fatal)
		}
		// The second import's dataset is checked against the first's bytes.
		if validate {
			if ps := tracking.Validate(named(ds)); len(ps) > 0 {
				t.Fatalf("the imported dataset is not valid: %v", ps)
			}
		}
		b, err := tracking.Encode(named(ds))
		if err != nil {
			t.Fatal(err)
		}
		return b, rep
	}
	first, rep1 := merge(true)
	if fatal == nil && rep1.Added+rep1.Combined != rep1.Imported {
		t.Errorf("imported %d records, but added %d and combined %d", rep1.Imported, rep1.Added, rep1.Combined)
	}
	second, rep2 := merge(false)
	if !bytes.Equal(first, second) {
		t.Errorf("the second import changed the dataset:\n%s", firstDifference(first, second))
	}
	if fatal == nil && (rep2.Added != 0 || rep2.Updated != 0) {
		t.Errorf("the second import added %d and updated %d", rep2.Added, rep2.Updated)
	}
}

// checkAnnotation checks one annotation for what every annotation must be.
func checkAnnotation(t *testing.T, a *Annotation) {
	t.Helper()
	rec := &a.Recommendation
	if a.ID == "" || !rec.Kind.Valid() || !rec.Source.Family.Valid() {
		t.Errorf("annotation %+v lacks an ID, a kind or a family", a)
	}
	for lang, s := range rec.Text {
		if s == "" || !utf8.ValidString(s) || s != strings.TrimSpace(s) {
			t.Errorf("text %q in %s", s, lang)
		}
	}
	for _, s := range append([]string{a.ID, rec.Source.Body, rec.Source.Document, rec.Source.Paragraph}, a.Regions...) {
		if !utf8.ValidString(s) {
			t.Errorf("invalid UTF-8 in %q", s)
		}
	}
	for _, w := range a.Warnings {
		if w.AnnotationID != a.ID || w.Index != a.Location.Index {
			t.Errorf("warning %+v is not about annotation %s", w, a.ID)
		}
	}
}

// addJSONSeeds adds the records of a JSON fixture as seeds, one export of
// one record each, and the records that share an annotation ID as one
// export: small seeds that the fuzzer mutates fast.
func addJSONSeeds(f *testing.F, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	var elems []json.RawMessage
	if err := json.Unmarshal(data, &elems); err != nil {
		f.Fatal(err)
	}
	byID := map[string][]string{}
	for _, e := range elems {
		f.Add([]byte("[" + string(e) + "]"))
		var r struct{ AnnotationId string }
		if json.Unmarshal(e, &r) == nil && r.AnnotationId != "" {
			byID[r.AnnotationId] = append(byID[r.AnnotationId], string(e))
		}
	}
	for _, id := range slices.Sorted(maps.Keys(byID)) {
		if es := byID[id]; len(es) > 1 {
			f.Add([]byte("[" + strings.Join(es, ",\n") + "]"))
		}
	}
}

// addCSVSeeds adds the rows of a CSV fixture as seeds, each after the
// header, as the fixture writes them (its broken rows included).
func addCSVSeeds(f *testing.F, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	var header []byte
	for {
		start := r.InputOffset()
		_, err := r.Read()
		if err == io.EOF {
			return
		}
		row := data[start:r.InputOffset()]
		if header == nil {
			header = row
			continue
		}
		f.Add(append(slices.Clip(header), row...))
	}
}

func FuzzReadJSON(f *testing.F) {
	addJSONSeeds(f, "testdata/export.json")
	addJSONSeeds(f, "testdata/export-newer.json")
	for _, s := range []string{
		"", "[]", "[1, \"x\", null, [], {}]", "{", "[{", `[{"AnnotationId": "a", "Text": "x"}]`,
		`[{"AnnotationId": "a", "Text": "x", "AnnotationId": "b"}]`,
		`[{"AnnotationId": "a", "Text": "x", "Body": "UPR", "UprSession": ["41"], "UprCycle": "2"},
		  {"AnnotationId": "a", "Text": "y", "Body": "CRC", "UprPositions": ["Noted"]},
		  {"AnnotationId": "A", "Text": "x", "Body": "UPR", "UprCycle": "4", "UprRecommendingCountry": ["Czechia"]}]`,
		"[{\"Text\": \"\\ud800\", \"AnnotationId\": \"\xff\"}]",
		`[{"AnnotationId": "a", "Text": "<p>1.2 A</p>", "PublicationDate": 99999999, "Sdgs": [["16.3"]]}]`,
		`[{"AnnotationId": "a", "Text": tru}, {"AnnotationId": "b", "Themes": ["x"}, {"AnnotationId": "c", "Text": "x"}]`,
		`[{"AnnotationId": "a", "Text": "Ratify <the Convention> <st1:place w:st=\"on\">here</st1:place> <!-- open"}]`,
		`[{"AnnotationId": "a", "Body": "UPR", "Text": "x", "UprSession": [1e3], "UprCycle": "4.5", "UprPositions": ["Supported", "Pending"]}]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzExport(t, data, JSON) })
}

func FuzzReadCSV(f *testing.F) {
	addCSVSeeds(f, "testdata/export-misspelt.csv")
	for _, s := range []string{
		"", "Text\n", "OHCHR Annotation Id,Text\na,x\n", "OHCHR Annotation Id,Text\n\"a,x\n",
		"OHCHR Annotation Id,Text,Reccomending Body,UPR Session,UPR Position\na,x,UPR,41,Supported\na,y,UPR,42,Noted\n",
		"\ufeffOHCHR Annotation Id,Text\r\na,\"b\"\"c\"\r\n,,\r\n",
		"OHCHR Annotation Id,Text,Document Publication Date\na,x,99999\nb,\"y\nc,z,45000\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { fuzzExport(t, data, CSV) })
}
