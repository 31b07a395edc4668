package uhri

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/iotest"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

func TestFilter(t *testing.T) {
	tests := []struct {
		name   string
		filter Filter
		want   []string // annotation IDs, by their last two digits
	}{
		{"none", Filter{}, []string{"01", "02", "03", "04", "04", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "27", "28", "29", "30", "31", "32", "33", "35"}},
		{"State", Filter{States: countries("TUR")}, []string{"01", "02", "03", "15", "31", "33", "35"}},
		{"States", Filter{States: countries("PSE", "MKD")}, []string{"10", "11", "13", "14", "16"}},
		{"body", Filter{Bodies: []string{"cedaw", "CRC-OP-AC"}}, []string{"10", "11", "13"}},
		{"UPR body", Filter{Bodies: []string{"UPR"}, States: countries("CZE")}, []string{"04", "04", "06", "07"}},
		{"special procedure by mandate", Filter{Bodies: []string{"Working Group on Arbitrary Detention"}}, []string{"35"}},
		{"family", Filter{Families: []tracking.MechanismFamily{tracking.MechanismFamilySpecialProcedure, tracking.MechanismFamilyRegional}}, []string{"18", "19", "20", "21", "35"}},
		{"kind", Filter{Kinds: []tracking.RecommendationKind{obs}}, []string{"10", "12"}},
		{"from", Filter{From: date("2025")}, []string{"12", "15", "17", "31"}},
		{"to", Filter{To: date("2019-05")}, []string{"07", "32"}},
		{"range", Filter{From: date("2022-03-01"), To: date("2022-07-01")}, []string{"08", "09", "20", "21"}},
		{"all together", Filter{States: countries("BOL"), Families: []tracking.MechanismFamily{tracking.MechanismFamilyRegional}, From: date("2022-02"), To: date("2022-12"), Kinds: []tracking.RecommendationKind{rec}}, []string{"20", "21"}},
		{"nothing", Filter{States: countries("PRY")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, rep := readFile(t, "testdata/export.json", JSON, Options{Filter: tt.filter})
			var short []string
			for _, a := range got {
				short = append(short, a.ID[len(a.ID)-2:])
			}
			if !slices.Equal(short, tt.want) {
				t.Errorf("got %v, want %v", short, tt.want)
			}
			if rep.Imported != len(tt.want) || rep.Read != 35 || rep.Skipped != 5 || rep.Filtered != 30-len(tt.want) {
				t.Errorf("report: read %d, imported %d, filtered %d, skipped %d", rep.Read, rep.Imported, rep.Filtered, rep.Skipped)
			}
			if tt.filter.IsZero() != (tt.name == "none") {
				t.Errorf("IsZero() = %v", tt.filter.IsZero())
			}
		})
	}
}

// TestFilterKeepsUnknownCountries checks that a filter on States keeps the
// warnings about unknown country names of the records it leaves out: one
// of them may be a record the filter wanted.
func TestFilterKeepsUnknownCountries(t *testing.T) {
	_, rep := readFile(t, "testdata/export.json", JSON, Options{Filter: Filter{States: countries("PRY")}})
	var got []string
	for _, w := range rep.Warnings {
		if !IsSkip(w.Code) {
			got = append(got, w.Pointer+" "+w.Code)
		}
	}
	want := []string{"/30/Countries " + CodeCountryUnknown}
	if !slices.Equal(got, want) {
		t.Errorf("warnings kept: %v, want %v", got, want)
	}
}

func TestReaderErrors(t *testing.T) {
	okRecord := `{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "CRC", "Text": "Illustrative."}`
	tests := []struct {
		name    string
		format  Format
		export  string
		read    int    // records read before the error
		err     string // part of the message
		code    string // the problem's code
		pointer string // and its pointer
	}{
		{"empty JSON", JSON, "", 0, "the JSON export is empty", CodeExportEmpty, ""},
		{"blank JSON", JSON, " \n\t ", 0, "the JSON export is empty", CodeExportEmpty, ""},
		{"object, not array", JSON, `{"AnnotationId": "x"}`, 0, "must be an array of records, but it starts with a JSON object", CodeExportNotArray, ""},
		{"number", JSON, `42`, 0, "must be an array of records, but it starts with a JSON number", CodeExportNotArray, ""},
		{"truncated array", JSON, "[" + okRecord, 1, "ends early, at byte 97, after record 0", CodeExportTruncated, ""},
		{"truncated record", JSON, "[" + okRecord + `, {"AnnotationId": "a`, 1, "ends early, at byte 118, inside record 1, which starts at byte 99", CodeExportTruncated, "/1"},
		{"truncated before the first record", JSON, "[ ", 0, "ends early, at byte 2, before its first record", CodeExportTruncated, ""},
		{"missing comma", JSON, "[" + okRecord + okRecord + "]", 1, `'{' after record 0`, CodeExportMalformed, "/1"},
		{"trailing comma", JSON, "[" + okRecord + ",]", 1, "malformed at byte 98: ']' where record 1 belongs", CodeExportMalformed, "/1"},
		{"data after the array", JSON, "[" + okRecord + "] []", 1, `'[' after the end of its array`, CodeExportMalformed, ""},
		{"empty CSV", CSV, "", 0, "the CSV export is empty", CodeExportEmpty, ""},
		{"CSV without ID column", CSV, "Text,Type\nIllustrative.,Recommendations\n", 0, "none of the columns AnnotationId, OHCHR Annotation Id, Annotation Id", CodeHeaderMissing, ""},
		{"CSV with a repeated column", CSV, "OHCHR Annotation Id,Text,Reccomending Body,Recommending Body\n", 0, `column 4 ("Recommending Body") gives the same data as column 3`, CodeHeaderRepeated, ""},
		{"CSV with another separator", CSV, "OHCHR Annotation Id;Text\nx;y\n", 0, "set Options.Comma", CodeHeaderMissing, ""},
		{"CSV header with a stray quote", CSV, "OHCHR Annotation Id,Te\"xt\n", 0, "the CSV header cannot be read", CodeHeaderSyntax, ""},
		{"comma at the end", JSON, "[" + okRecord + ",", 1, "ends early, at byte 98, after record 0", CodeExportTruncated, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewReader(strings.NewReader(tt.export), tt.format, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got error
			for _, err := range r.All() {
				if err != nil {
					got = err
				}
			}
			if got == nil || !strings.Contains(got.Error(), tt.err) {
				t.Fatalf("error %v, want one that says %q", got, tt.err)
			}
			var ps schema.Problems
			if !errors.As(got, &ps) || ps[0].Code != tt.code || ps[0].Pointer != tt.pointer {
				t.Errorf("problems %#v, want the code %s at %q", ps, tt.code, tt.pointer)
			}
			checkMessages(t, ps)
			if r.Report().Read != tt.read {
				t.Errorf("read %d records before the error, want %d", r.Report().Read, tt.read)
			}
			// The error sticks.
			if _, err := r.Read(); err != got {
				t.Errorf("the next Read returned %v, want %v", err, got)
			}
		})
	}
}

// TestMalformedRecordsSkipped checks that a record that is not valid JSON
// is skipped with a warning that says where it is, and that the records
// after it are read.
func TestMalformedRecordsSkipped(t *testing.T) {
	a1 := `{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "CRC", "Text": "One."}`
	a3 := `{"AnnotationId": "a0000000-0000-4000-8000-000000000003", "Body": "CRC", "Text": "Three."}`
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	tests := []struct {
		name   string
		bad    string // record 1
		after  string // what follows it in place of ", a3]"
		id     string // the annotation ID the warning names
		why    string // part of the warning's message
		unread bool   // a3 cannot be read
	}{
		{"a bad literal", `{"AnnotationId":"a0000000-0000-4000-8000-000000000002","Text":tru}`, "", idFmt + "02", "at byte 155, invalid character '}' in literal true", false},
		{"a missing comma", `{"AnnotationId": "a0000000-0000-4000-8000-000000000002" "Text": "x"}`, "", idFmt + "02", "after object key:value pair", false},
		{"a control character", "{\"AnnotationId\": \"a0000000-0000-4000-8000-000000000002\", \"Text\": \"a\x01b\"}", "", idFmt + "02", "invalid character", false},
		{"an unread field nested 20,000 levels deep", `{"AnnotationId": "a0000000-0000-4000-8000-000000000002", "Text": "x", "Extra": ` + deep + `}`, "", idFmt + "02", "nested 20001 levels deep", false},
		{"a bracket left open", `{"AnnotationId": "a0000000-0000-4000-8000-000000000002", "Themes": ["Rights of the child"}`, "", idFmt + "02", "invalid character '}'", false},
		{"a bracket never closed, at the end", `{"AnnotationId": "a0000000-0000-4000-8000-000000000002", "Text": "x"`, "]", idFmt + "02", "unexpected end of JSON input", true},
		{"a bad scalar", `tru`, "", "", "invalid character", false},
		{"a bad ID", `{"AnnotationId": "a\x", "Text": tru}`, "", "", "invalid character", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			after := tt.after
			if after == "" {
				after = ", " + a3 + "]"
			}
			export := "[" + a1 + ", " + tt.bad + after
			got, rep := readString(t, export, JSON, Options{})
			want := []string{id01, idFmt + "03"}
			if tt.unread {
				want = want[:1]
			}
			checkDiff(t, "read ", ids(got), want)
			checkDiff(t, "report ", [3]int{rep.Read, rep.Imported, rep.Skipped}, [3]int{len(want) + 1, len(want), 1})
			checkDiff(t, "skipped ", rep.SkippedBy, map[string]int{SkipRowSyntax: 1})
			if len(rep.Warnings) != 1 {
				t.Fatalf("warnings %v", rep.Warnings)
			}
			w := rep.Warnings[0]
			wantLoc := Location{Index: 1, Offset: int64(1 + len(a1) + 2)}
			if w.Code != SkipRowSyntax || w.Location != wantLoc || w.Pointer != "/1" || w.AnnotationID != tt.id || !strings.Contains(w.Message, tt.why) {
				t.Errorf("warning %+v, want one at %v about %s that says %q", w, wantLoc, tt.id, tt.why)
			}
		})
	}
}

// TestCSVUnterminatedQuote checks that a row whose quote is left open,
// and swallows the rows after it, says which lines it took.
func TestCSVUnterminatedQuote(t *testing.T) {
	tests := []struct {
		name, export string
		want         []string // the IDs read
		message      string   // part of the skip warning
		absorbed     bool     // whether it says lines were absorbed
	}{
		{"to the end", "OHCHR Annotation Id,Text\na,one\nb,\"two\nc,three\nd,four\n", []string{"a"},
			"lines 4 to 5, which may hold other rows, were read into it", true},
		{"closed later", "OHCHR Annotation Id,Text\na,one\nb,\"two\nc\"x,three\nd,four\n", []string{"a", "d"},
			"runs on from line 3 to line 4, so line 4, which may hold another row, was read into it", true},
		{"a stray quote", "OHCHR Annotation Id,Text\na,one\nb,tw\"o\nc,three\n", []string{"a", "c"},
			`bare " in non-quoted-field); it is skipped`, false},
	}
	for _, tt := range tests {
		got, rep := readString(t, tt.export, CSV, Options{})
		checkDiff(t, tt.name+" IDs ", ids(got), tt.want)
		var skip *Warning
		for i, w := range rep.Warnings {
			if w.Code == SkipRowSyntax {
				skip = &rep.Warnings[i]
			}
		}
		if skip == nil || skip.Line != 3 || !strings.Contains(skip.Message, tt.message) || strings.Contains(skip.Message, "read into it") != tt.absorbed {
			t.Errorf("%s: skip warning %v, want one on line 3 that says %q", tt.name, skip, tt.message)
		}
	}
}

// TestTruncatedAtItsEnd checks that an export cut short says where it
// ends, whatever the cut, and wraps io.ErrUnexpectedEOF.
func TestTruncatedAtItsEnd(t *testing.T) {
	export := record("Body", `"CRC"`, "Themes", `["Rights of the child", "Birth registration"]`)
	for n := 1; n < len(export); n++ {
		cut := export[:n]
		r, _ := NewReader(strings.NewReader(cut), JSON, Options{})
		var got error
		for _, err := range r.All() {
			got = err
		}
		var ps schema.Problems
		if !errors.As(got, &ps) || ps[0].Code != CodeExportTruncated {
			continue // cut where the array is malformed, not short
		}
		if !errors.Is(got, io.ErrUnexpectedEOF) || !strings.Contains(got.Error(), fmt.Sprintf("at byte %d,", n)) {
			t.Errorf("cut at %d: %v", n, got)
		}
	}
}

func TestReaderIOError(t *testing.T) {
	boom := errors.New("disk on fire")
	src := io.MultiReader(strings.NewReader(`[{"AnnotationId": "a", "Text": "x"}, {"Annot`), iotest.ErrReader(boom))
	r, _ := NewReader(src, JSON, Options{})
	var got error
	for _, err := range r.All() {
		got = err
	}
	if !errors.Is(got, boom) {
		t.Errorf("got %v, want an error wrapping %v", got, boom)
	}
	// One byte at a time works as well as all at once.
	as, _ := readAllFrom(t, iotest.OneByteReader(strings.NewReader(record("Body", `"CRC"`))), JSON, Options{})
	if len(as) != 1 || as[0].Recommendation.Source.Body != "CRC" {
		t.Errorf("one byte at a time: %+v", as)
	}
}

func TestRecordTooLarge(t *testing.T) {
	big := strings.Repeat("x", 5000)
	tests := []struct {
		format Format
		export string
	}{
		{JSON, `[{"AnnotationId": "a", "Text": "small"}, {"AnnotationId": "b", "Text": "` + big + `"}]`},
		{JSON, `[{"AnnotationId": "a", "Text": "small"}, "` + big + `"]`},
		{CSV, "OHCHR Annotation Id,Text\na,small\nb," + big + "\n"},
		{CSV, "OHCHR Annotation Id,Text\na,small\nb,\"" + big}, // an unclosed quote
	}
	for _, tt := range tests {
		r, _ := NewReader(strings.NewReader(tt.export), tt.format, Options{MaxRecordBytes: 1000})
		a, err := r.Read()
		if err != nil || a.ID != "a" {
			t.Fatalf("%v: first record: %v, %v", tt.format, a.ID, err)
		}
		_, err = r.Read()
		if !errors.Is(err, ErrRecordTooLarge) || !strings.Contains(err.Error(), "record 1") {
			t.Errorf("%v: got %v, want ErrRecordTooLarge for record 1", tt.format, err)
		}
	}
	// Records up to the limit read, however many.
	var b strings.Builder
	b.WriteString("[")
	for i := range 300 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"AnnotationId": "a", "Text": "` + strings.Repeat("y", 900) + `"}`)
	}
	b.WriteString("]")
	as, _ := readString(t, b.String(), JSON, Options{MaxRecordBytes: 1000})
	if len(as) != 300 {
		t.Errorf("read %d records of 300", len(as))
	}
}

func TestByteOrderMark(t *testing.T) {
	as, _ := readString(t, "\ufeff"+record("Body", `"CRC"`), JSON, Options{})
	if len(as) != 1 || as[0].Location.Offset != 4 {
		t.Errorf("got %+v", as)
	}
	as, _ = readString(t, "\ufeffOHCHR Annotation Id,Text\nb,Illustrative.\n", CSV, Options{})
	if len(as) != 1 || as[0].ID != "b" {
		t.Errorf("got %+v", as)
	}
}

func TestEmptyArray(t *testing.T) {
	for _, export := range []string{"[]", " [ ] \n"} {
		as, rep := readString(t, export, JSON, Options{})
		if len(as) != 0 || rep.Read != 0 {
			t.Errorf("%q: got %d annotations, read %d", export, len(as), rep.Read)
		}
	}
	as, rep := readString(t, "OHCHR Annotation Id,Text\n", CSV, Options{})
	if len(as) != 0 || rep.Read != 0 {
		t.Errorf("header only: got %d annotations, read %d", len(as), rep.Read)
	}
}

func TestInvalidOptions(t *testing.T) {
	tests := []struct {
		opts    Options
		err     string
		pointer string
	}{
		{Options{Language: "English"}, "Language", "/Language"},
		{Options{CountryAliases: map[string]tracking.Country{"Atlantis": "ATL"}}, "CountryAliases", "/CountryAliases/Atlantis"},
		{Options{CountryAliases: map[string]tracking.Country{"*": "PRY"}}, "empty name", "/CountryAliases/*"},
		{Options{BodyAliases: map[string]Body{"X": {tracking.MechanismFamilyTreatyBody, "XYZ"}}}, "BodyAliases", "/BodyAliases/X"},
		{Options{BodyAliases: map[string]Body{"X": {"unknown", "X"}}}, "BodyAliases", "/BodyAliases/X"},
		{Options{BodyAliases: map[string]Body{"X": {tracking.MechanismFamilyRegional, ""}}}, "needs a code", "/BodyAliases/X"},
		{Options{Comma: '"'}, "Comma", "/Comma"},
		{Options{MaxRecordBytes: -1}, "MaxRecordBytes", "/MaxRecordBytes"},
		{Options{ExportDate: date("1900")}, "before 1945", "/ExportDate"},
		{Options{Filter: Filter{States: countries("PRY", "XXX")}}, "Filter.States", "/Filter/States/1"},
		{Options{Filter: Filter{Families: []tracking.MechanismFamily{"upr_info"}}}, "Filter.Families", "/Filter/Families/0"},
		{Options{Filter: Filter{Kinds: []tracking.RecommendationKind{"concern"}}}, "Filter.Kinds", "/Filter/Kinds/0"},
		{Options{Filter: Filter{From: date("2025"), To: date("2024-12")}}, "before Filter.From", "/Filter/To"},
	}
	for _, tt := range tests {
		_, err := NewReader(strings.NewReader("[]"), JSON, tt.opts)
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%+v: got %v, want an error about %s", tt.opts, err, tt.err)
			continue
		}
		var ps schema.Problems
		if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Code != CodeOptions || ps[0].Pointer != tt.pointer {
			t.Errorf("%+v: problems %v, want one of code %s at %s", tt.opts, ps, CodeOptions, tt.pointer)
		}
		if check := tt.opts.Check(); check == nil || check.Error() != err.Error() {
			t.Errorf("%+v: Check() = %v, NewReader: %v", tt.opts, check, err)
		}
	}
	_, err := NewReader(strings.NewReader("[]"), Format("xls"), Options{})
	var ps schema.Problems
	if !errors.As(err, &ps) || ps[0].Code != CodeFormat {
		t.Errorf(`Format("xls"): %v`, err)
	}
	if err := (&Options{}).Check(); err != nil {
		t.Errorf("the zero Options: %v", err)
	}
}

// TestInvalidOptionsSorted checks that the problems of the options come
// in one order, whatever the order of the maps they are in.
func TestInvalidOptionsSorted(t *testing.T) {
	opts := Options{CountryAliases: map[string]tracking.Country{
		"Atlantis": "ATL", "Lemuria": "LEM", "Mu": "MUU", "Hyperborea": "HYP",
	}}
	first := opts.Check()
	var ps schema.Problems
	if !errors.As(first, &ps) || len(ps) != 4 {
		t.Fatalf("got %v, want 4 problems", first)
	}
	for i, want := range []string{"/CountryAliases/Atlantis", "/CountryAliases/Hyperborea", "/CountryAliases/Lemuria", "/CountryAliases/Mu"} {
		if ps[i].Pointer != want || ps[i].Code != CodeOptions {
			t.Errorf("problem %d: %v, want one at %s", i, ps[i], want)
		}
	}
	for range 50 {
		if _, err := NewReader(strings.NewReader("[]"), JSON, opts); err.Error() != first.Error() {
			t.Fatalf("the message changed:\n%v\nthen\n%v", first, err)
		}
	}
}

func TestLanguage(t *testing.T) {
	fr := `[{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "CRC", "Countries": ["Tchéquie"],
		"Themes": ["- Droits de l’enfant"], "Text": "12. Le Comité recommande à l’État partie un plan d’action illustratif."}]`
	as, _ := readString(t, fr, JSON, Options{Language: "fr", TaxonomyVersion: "2021", CountryAliases: map[string]tracking.Country{"Tchéquie": "CZE"}})
	a := as[0]
	checkDiff(t, "text ", a.Recommendation.Text, tracking.Text{"fr": "Le Comité recommande à l’État partie un plan d’action illustratif."})
	checkDiff(t, "paragraph ", a.Recommendation.Source.Paragraph, "12")
	checkDiff(t, "themes ", a.Recommendation.Classifications, []tracking.Term{{Scheme: SchemeTheme, Code: "rights_of_the_child", Label: tracking.Text{"fr": "Droits de l’enfant"}, Version: "2021"}})
	checkDiff(t, "states ", a.States, countries("CZE"))

	ar := `[{"AnnotationId": "a0000000-0000-4000-8000-000000000002", "Body": "CRC", "Themes": ["حقوق الطفل"], "Text": "<p>22. توصي اللجنة الدولة الطرف بخطة توضيحية.</p>"}]`
	as, _ = readString(t, ar, JSON, Options{Language: "ar"})
	a = as[0]
	checkDiff(t, "text ", a.Recommendation.Text, tracking.Text{"ar": "توصي اللجنة الدولة الطرف بخطة توضيحية."})
	checkDiff(t, "paragraph ", a.Recommendation.Source.Paragraph, "22")
	checkDiff(t, "themes ", a.Recommendation.Classifications, []tracking.Term{{Scheme: SchemeTheme, Code: "حقوق_الطفل", Label: tracking.Text{"ar": "حقوق الطفل"}}})
	if !tracking.RightToLeft("ar") {
		t.Error("Arabic is not right to left")
	}
}

func TestBodyAliases(t *testing.T) {
	opts := Options{BodyAliases: map[string]Body{
		"Working Party on Illustrative Matters": {tracking.MechanismFamilyOther, "WPIM"},
		"HRCttee":                               {tracking.MechanismFamilyTreatyBody, "CCPR"},
	}}
	as, _ := readString(t, record("Body", `"HRCttee"`), JSON, opts)
	checkDiff(t, "", as[0].Recommendation.Source, tbSource("CCPR", "", "", ""))
	as, _ = readString(t, record("Body", `"working party on illustrative matters"`), JSON, opts)
	checkDiff(t, "", as[0].Recommendation.Source, source(tracking.MechanismFamilyOther, "WPIM", "", "", ""))
	checkDiff(t, "warnings ", codes(as[0].Warnings), []string{})
}

func TestMaxWarnings(t *testing.T) {
	for _, tt := range []struct {
		max, listed, omitted int
	}{{0, 31, 0}, {-1, 31, 0}, {10, 10, 21}, {1, 1, 30}} {
		_, rep := readFile(t, "testdata/export.json", JSON, Options{MaxWarnings: tt.max})
		total := 0
		for _, n := range rep.WarningCounts {
			total += n
		}
		if len(rep.Warnings) != tt.listed || rep.WarningsOmitted != tt.omitted || total != 31 {
			t.Errorf("MaxWarnings %d: listed %d, omitted %d, counted %d", tt.max, len(rep.Warnings), rep.WarningsOmitted, total)
		}
	}
}

func TestAllStopsEarly(t *testing.T) {
	r, _ := NewReader(strings.NewReader(`[`+`{"AnnotationId":"a","Text":"x"},{"AnnotationId":"b","Text":"y"},{"AnnotationId":"c","Text":"z"}]`), JSON, Options{})
	for a := range r.All() {
		if a.ID == "b" {
			break
		}
	}
	// Reading goes on where it stopped.
	a, err := r.Read()
	if err != nil || a.ID != "c" {
		t.Errorf("after the loop: %q, %v", a.ID, err)
	}
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("at the end: %v", err)
	}
}

func TestInvalidUTF8(t *testing.T) {
	as, _ := readString(t, "[{\"AnnotationId\": \"a\", \"Body\": \"CRC\", \"Text\": \"Illustrative \xff text.\"}]", JSON, Options{})
	checkDiff(t, "JSON text ", as[0].Recommendation.Text, en("Illustrative \uFFFD text."))
	checkDiff(t, "JSON warnings ", codes(as[0].Warnings), []string{CodeInvalidUTF8, CodeIDNotUUID})

	as, _ = readString(t, "OHCHR Annotation Id,Text,Reccomending Body\nb,Illustrative \xff text.,CRC\n", CSV, Options{})
	checkDiff(t, "CSV text ", as[0].Recommendation.Text, en("Illustrative \uFFFD text."))
	checkDiff(t, "CSV warnings ", codes(as[0].Warnings), []string{CodeInvalidUTF8, CodeIDNotUUID})

	// A U+FFFD that the export wrote on purpose is no warning.
	as, _ = readString(t, `[{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "CRC", "Text": "Illustrative \ufffd text."}]`, JSON, Options{})
	checkDiff(t, "escaped U+FFFD ", codes(as[0].Warnings), []string{})
}

func TestEscapedKeysAndValues(t *testing.T) {
	export := `[{"Annotation\u0049d": "a0000000-0000-4000-8000-000000000001", "annotationType": "Recommendations", "BODY": "C\u0052C",
		"countries concerned": ["Czechia"], "Text": "Illustrative \"quoted\" text\\with a backslash."}]`
	as, rep := readString(t, export, JSON, Options{})
	if len(as) != 1 {
		t.Fatalf("got %d annotations; report %v", len(as), rep)
	}
	a := as[0]
	checkDiff(t, "", a.Recommendation.Source, tbSource("CRC", "", "", ""))
	checkDiff(t, "", a.Recommendation.Text, en(`Illustrative "quoted" text\with a backslash.`))
	checkDiff(t, "", a.States, countries("CZE"))
	checkDiff(t, "unknown fields ", len(rep.UnknownFields), 0)
}

func TestUnknownFieldsBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(`[{"AnnotationId": "a", "Text": "x"`)
	for i := range 100 {
		b.WriteString(`, "Key` + strings.Repeat("k", i) + `": 1`)
	}
	b.WriteString("}]")
	_, rep := readString(t, b.String(), JSON, Options{})
	if len(rep.UnknownFields) != maxUnknownFields+1 || rep.UnknownFields["(other)"] != 100-maxUnknownFields {
		t.Errorf("unknown fields: %d names, other %d", len(rep.UnknownFields), rep.UnknownFields["(other)"])
	}
}

func TestReportJSON(t *testing.T) {
	_, rep := readFile(t, "testdata/export.json", JSON, Options{MaxWarnings: 2})
	b, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	var back map[string]any
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back["format"] != "json" || back["read"] != 35.0 || back["warningsOmitted"] != 29.0 {
		t.Errorf("report JSON: %s", b)
	}
	w := back["warnings"].([]any)[0].(map[string]any)
	for _, k := range []string{"index", "offset", "annotationId", "pointer", "code", "message"} {
		if _, ok := w[k]; !ok {
			t.Errorf("a warning in JSON lacks %q: %v", k, w)
		}
	}
	var f Format
	if err := f.UnmarshalText([]byte("csv")); err != nil || f != CSV {
		t.Errorf("UnmarshalText(csv) = %v, %v", f, err)
	}
	if err := f.UnmarshalText([]byte("xlsx")); err != nil || f != XLSX {
		t.Errorf("UnmarshalText(xlsx) = %v, %v", f, err)
	}
	if err := f.UnmarshalText([]byte("xls")); err == nil {
		t.Error("UnmarshalText(xls) accepted")
	}
	if _, err := Format("").MarshalText(); err == nil {
		t.Error(`Format("").MarshalText() accepted`)
	}
	if !slices.Equal(Format("").Values(), []Format{JSON, CSV, XLSX}) || !JSON.Valid() || Format("JSON").Valid() {
		t.Error("Values or Valid is wrong")
	}
}

func TestReportString(t *testing.T) {
	_, rep := readFile(t, "testdata/export.json", JSON, Options{MaxWarnings: 1})
	s := rep.String()
	for _, want := range []string{
		"UHRI import (json)",
		"records read                        35",
		"      uhri.record.notObject            1\n",
		"by body: UPR 10, CEDAW 2",
		"by UPR position: Supported 5, none 2, Supported in part 2, Noted 1",
		"fields not read: Extra 1, ThemeIds 1",
		"warnings 31, by code, the most frequent first, with the first 3 of each\n",
		"    uhri.upr.notUPR                    4\n",
		"      record 5 (byte 3480) a0000000-0000-4000-8000-000000000006: /5/UprPositions:",
		"      … and 1 more\n",
		"the report lists 1 warnings, 30 past Options.MaxWarnings are counted only",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the report lacks %q:\n%s", want, s)
		}
	}
}

// TestNothingKept checks that a report whose filter kept nothing says so,
// with the States and bodies the export holds.
func TestNothingKept(t *testing.T) {
	_, rep := readFile(t, "testdata/export.json", JSON, Options{Filter: Filter{States: []tracking.Country{"FRA"}}})
	if !rep.NothingKept() {
		t.Fatalf("NothingKept is false: %+v", rep)
	}
	for _, want := range []string{
		"  the filter kept none of the 30 records; the export holds\n",
		"    records by State: CZE 9, TUR 7, BOL 5, SWZ 4, MKD 3, PSE 2",
		"    records by body: UPR 10, CEDAW 2",
	} {
		if !strings.Contains(rep.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, rep)
		}
	}
}

// TestConcurrentReaders reads the fixture in several goroutines at once:
// Readers share the look-up tables, which must be safe for that (run with
// -race).
func TestConcurrentReaders(t *testing.T) {
	want, _ := readFile(t, "testdata/export.json", JSON, Options{})
	data, err := os.ReadFile("testdata/export.json")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	results := make([][]Annotation, 4)
	for i := range results {
		wg.Go(func() {
			r, err := NewReader(bytes.NewReader(data), JSON, Options{})
			if err != nil {
				t.Error(err)
				return
			}
			for a, err := range r.All() {
				if err != nil {
					t.Error(err)
					return
				}
				results[i] = append(results[i], a)
			}
		})
	}
	wg.Wait()
	for i, got := range results {
		if d := diff(got, want); len(d) > 0 {
			t.Errorf("goroutine %d read differently: %v", i, d[0])
		}
	}
}
