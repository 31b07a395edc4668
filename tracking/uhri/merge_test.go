package uhri

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// importFile imports a fixture into ds and fails the test on error.
func importFile(t *testing.T, ds *tracking.Dataset, path string, gen tracking.IDGenerator) *Report {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := NewReader(f, JSON, Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Import(ds, r, gen)
	if err != nil {
		t.Fatalf("importing %s: %v", path, err)
	}
	return rep
}

// named returns ds, or a shallow copy that names a State when ds names
// none. Some tests import exports about several States into one dataset,
// with no State to filter by; a dataset must name one to be valid.
func named(ds *tracking.Dataset) *tracking.Dataset {
	if ds.State != "" {
		return ds
	}
	c := *ds
	c.State = "CZE"
	return &c
}

func encode(t *testing.T, ds *tracking.Dataset) []byte {
	t.Helper()
	b, err := tracking.Encode(named(ds))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func validate(t *testing.T, ds *tracking.Dataset) {
	t.Helper()
	if ps := tracking.Validate(named(ds)); len(ps) > 0 {
		t.Errorf("the dataset is not valid: %v", ps)
	}
}

type mergeCounts struct{ added, updated, unchanged, combined int }

func counts(rep *Report) mergeCounts {
	return mergeCounts{rep.Added, rep.Updated, rep.Unchanged, rep.Combined}
}

func byAnnotation(ds *tracking.Dataset, id string) *tracking.Recommendation {
	for i := range ds.Recommendations {
		for _, x := range ds.Recommendations[i].Identifiers {
			if x.Scheme == IdentifierScheme && x.Value == id {
				return &ds.Recommendations[i]
			}
		}
	}
	return nil
}

func TestImportIntoEmptyDataset(t *testing.T) {
	ds := newDataset("")
	rep := importFile(t, ds, "testdata/export.json", fixedIDs())
	// 30 records, of which one repeats an annotation ID (one row per
	// co-sponsoring State).
	checkDiff(t, "counts ", counts(rep), mergeCounts{added: 29, combined: 1})
	if len(ds.Recommendations) != 29 {
		t.Fatalf("%d recommendations", len(ds.Recommendations))
	}
	validate(t, ds)

	// The co-sponsors' rows make one recommendation with both States.
	r := byAnnotation(ds, idFmt+"04")
	checkDiff(t, "co-sponsored ", r.Source.RecommendingStates, countries("SWZ", "BOL"))

	// Every recommendation has its own new ID; the rest is the annotation.
	seen := map[tracking.ID]bool{}
	for i, r := range ds.Recommendations {
		if r.ID.IsZero() || seen[r.ID] {
			t.Errorf("recommendation %d has the ID %s", i, r.ID)
		}
		seen[r.ID] = true
	}
	want := fixtureJSON[0].want()
	want.ID = ds.Recommendations[0].ID
	checkDiff(t, "first ", ds.Recommendations[0], want)
}

// TestImportTwiceChangesNothing imports the same export twice and compares
// the encoded datasets byte for byte.
func TestImportTwiceChangesNothing(t *testing.T) {
	for _, path := range []string{"testdata/export.json", "testdata/export-newer.json"} {
		ds := newDataset("")
		gen := fixedIDs()
		importFile(t, ds, path, gen)
		first := encode(t, ds)
		rep := importFile(t, ds, path, gen)
		second := encode(t, ds)
		if !bytes.Equal(first, second) {
			t.Errorf("%s: the second import changed the dataset:\n%s", path, firstDifference(first, second))
		}
		n := len(ds.Recommendations)
		checkDiff(t, path+" second import ", counts(rep), mergeCounts{unchanged: n, combined: rep.Imported - n})
	}
}

// firstDifference shows the lines around the first difference of a and b.
func firstDifference(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "line " + la[i] + "\nbecame " + lb[i]
		}
	}
	return "one is longer"
}

// nmirfAdditions adds to ds what a national mechanism keeps besides the
// UN's data, around the recommendations of annotations 01, 02, 03 and 11.
func nmirfAdditions(t *testing.T, ds *tracking.Dataset) {
	t.Helper()
	entity := tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-000000000001")
	ds.Entities = append(ds.Entities, tracking.Entity{ID: entity, Name: en("Illustrative Ministry of Justice"), Kind: "ministry"})
	r1, r2, r3, r11 := byAnnotation(ds, id01), byAnnotation(ds, idFmt+"02"), byAnnotation(ds, idFmt+"03"), byAnnotation(ds, idFmt+"11")
	r1.Ref = "TUR-UPR4-001"
	r1.Text["fr"] = "Ratifier le protocole illustratif (traduction du mécanisme)."
	r1.Assignments = []tracking.Assignment{{EntityID: entity, Lead: true}}
	// A term of the mechanism's own scheme, between the UHRI terms.
	r1.Classifications = slices.Insert(r1.Classifications, 1, tracking.Term{Scheme: "national-plan", Code: "npa-3.2", Label: en("Illustrative national plan, action 3.2")})
	r1.Identifiers = append(r1.Identifiers, tracking.Identifier{Scheme: "national", Value: "REC-0001"})
	r2.Position.Document = "A/HRC/98/15/Add.1"
	r2.Position.Date = date("2023-06")
	r2.Position.Explanation = en("Illustrative explanation of the State's position.")
	r11.SDGTargets = append(r11.SDGTargets,
		tracking.SDGLink{Target: "10.2", Origin: tracking.LinkOriginState},
		tracking.SDGLink{Target: "16.3", Origin: tracking.LinkOriginMachine})
	// The mechanism's machine link duplicates the UHRI's 16.3: drop the
	// UHRI's, as an import would.
	r11.SDGTargets = slices.DeleteFunc(r11.SDGTargets, func(l tracking.SDGLink) bool {
		return l.Target == "16.3" && l.Origin == tracking.LinkOriginUHRI
	})
	ds.Clusters = append(ds.Clusters, tracking.Cluster{ID: tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-000000000002"), Title: en("Illustrative cluster"), RecommendationIDs: []tracking.ID{r1.ID, r3.ID}})
	ds.Actions = append(ds.Actions, tracking.Action{ID: tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-000000000003"), Title: en("Illustrative draft law"), RecommendationIDs: []tracking.ID{r1.ID}, Status: "in_progress", LeadEntityID: entity})
	ds.Assessments = append(ds.Assessments, tracking.Assessment{ID: tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-000000000004"), RecommendationID: r2.ID, Date: date("2025-01"), Status: "in_progress", Source: "state"})
}

func TestImportNewerExport(t *testing.T) {
	ds := newDataset("")
	gen := fixedIDs()
	importFile(t, ds, "testdata/export.json", gen)
	nmirfAdditions(t, ds)
	validate(t, ds)
	before := cloneDataset(t, ds)
	ids := map[string]tracking.ID{}
	for _, id := range []string{id01, idFmt + "02", idFmt + "03", idFmt + "11"} {
		ids[id] = byAnnotation(ds, id).ID
	}

	rep := importFile(t, ds, "testdata/export-newer.json", gen)
	checkDiff(t, "counts ", counts(rep), mergeCounts{added: 1, updated: 3, unchanged: 1})
	validate(t, ds)

	// What the mechanism added is all there, and the other records are as
	// they were.
	checkDiff(t, "entities ", ds.Entities, before.Entities)
	checkDiff(t, "clusters ", ds.Clusters, before.Clusters)
	checkDiff(t, "actions ", ds.Actions, before.Actions)
	checkDiff(t, "assessments ", ds.Assessments, before.Assessments)
	for i := range before.Recommendations {
		r := before.Recommendations[i]
		switch r.Identifiers[0].Value {
		case id01, idFmt + "02", idFmt + "03", idFmt + "11":
		default:
			checkDiff(t, r.Identifiers[0].Value+" ", ds.Recommendations[i], r)
		}
	}

	r1 := byAnnotation(ds, id01)
	old1 := before.Recommendations[slices.IndexFunc(before.Recommendations, func(r tracking.Recommendation) bool { return r.ID == r1.ID })]
	want1 := old1
	want1.Text = tracking.Text{
		"en": "Ratify without delay the illustrative protocol on birth registration (fixture text, corrected).",
		"fr": "Ratifier le protocole illustratif (traduction du mécanisme).",
	}
	want1.Source.RecommendingStates = countries("CZE")
	checkDiff(t, "annotation 01 ", *r1, want1)

	r2 := byAnnotation(ds, idFmt+"02")
	checkDiff(t, "annotation 02 position ", r2.Position, &tracking.StatePosition{
		Value: tracking.PositionSupportedInPart, Document: "A/HRC/98/15/Add.1", Date: date("2023-06"),
		Explanation: en("Illustrative explanation of the State's position."),
	})

	r3 := byAnnotation(ds, idFmt+"03")
	checkDiff(t, "annotation 03 themes ", r3.Classifications, terms(
		theme("national_human_rights_institution", "National human rights institution"),
		theme("paris_principles", "Paris Principles")))
	checkDiff(t, "annotation 03 SDGs ", r3.SDGTargets, sdgs("16.a", "16.10"))
	checkDiff(t, "annotation 03 States ", r3.Source.RecommendingStates, countries("MKD"))

	// The mechanism's own links stay, and the UHRI link to a target it
	// linked itself is left out.
	r11 := byAnnotation(ds, idFmt+"11")
	checkDiff(t, "annotation 11 SDGs ", r11.SDGTargets, []tracking.SDGLink{
		{Target: "5.1", Origin: tracking.LinkOriginUHRI},
		{Target: "10.2", Origin: tracking.LinkOriginState},
		{Target: "16.3", Origin: tracking.LinkOriginMachine},
	})

	for id, want := range ids {
		if got := byAnnotation(ds, id).ID; got != want {
			t.Errorf("annotation %s: the ID changed from %s to %s", id, want, got)
		}
	}
	added := byAnnotation(ds, idFmt+"36")
	if added == nil || added.ID.IsZero() || &ds.Recommendations[len(ds.Recommendations)-1] != added {
		t.Fatalf("the new record was not added at the end: %+v", added)
	}

	// And importing the newer export again changes nothing.
	first := encode(t, ds)
	rep = importFile(t, ds, "testdata/export-newer.json", gen)
	if second := encode(t, ds); !bytes.Equal(first, second) {
		t.Errorf("the second import changed the dataset:\n%s", firstDifference(first, second))
	}
	checkDiff(t, "second counts ", counts(rep), mergeCounts{unchanged: 5})
}

// cloneDataset makes a deep copy by encoding and decoding.
func cloneDataset(t *testing.T, ds *tracking.Dataset) *tracking.Dataset {
	t.Helper()
	c, err := tracking.Decode(encode(t, ds))
	if err != nil {
		t.Fatal(err)
	}
	c.State = ds.State
	return c
}

func TestImportOnlyTheDatasetState(t *testing.T) {
	ds := newDataset("TUR")
	rep := importFile(t, ds, "testdata/export.json", fixedIDs())
	var got []string
	for _, r := range ds.Recommendations {
		got = append(got, r.Identifiers[0].Value[len(r.Identifiers[0].Value)-2:])
	}
	checkDiff(t, "", got, []string{"01", "02", "03", "15", "31", "33", "35"})
	checkDiff(t, "filtered ", rep.Filtered, 23)
	validate(t, ds)
}

func TestImportErrors(t *testing.T) {
	fresh := func(export string) *Reader {
		r, err := NewReader(strings.NewReader(export), JSON, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	// A dataset in which two recommendations claim the same annotation.
	ds := newDataset("")
	importFile(t, ds, "testdata/export.json", fixedIDs())
	ds.Recommendations[1].Identifiers[0].Value = strings.ToUpper(ds.Recommendations[0].Identifiers[0].Value)
	before := encode(t, ds)
	_, err := Import(ds, fresh(record("Body", `"CRC"`)), fixedIDs())
	if err == nil || !strings.Contains(err.Error(), "/recommendations/1/identifiers/0/value") {
		t.Errorf("duplicate annotation IDs: %v", err)
	}
	checkCode(t, err, CodeIdentifierRepeated)
	if after := encode(t, ds); !bytes.Equal(before, after) {
		t.Errorf("a refused import changed the dataset:\n%s", firstDifference(before, after))
	}

	// An export that breaks half way leaves the dataset as it was.
	ds = newDataset("")
	importFile(t, ds, "testdata/export.json", fixedIDs())
	before = encode(t, ds)
	broken := `[{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "UPR", "Text": "140.7 Changed (fixture text)."},
		{"AnnotationId": "a0000000-0000-4000-8000-000000000077", "Body": "CRC", "Text": "New (fixture text)."}, {`
	rep, err := Import(ds, fresh(broken), fixedIDs())
	if err == nil || rep == nil || rep.Read != 2 {
		t.Errorf("broken export: %v, %+v", err, rep)
	}
	if after := encode(t, ds); !bytes.Equal(before, after) {
		t.Errorf("a failed import changed the dataset:\n%s", firstDifference(before, after))
	}

	// A failing ID generator.
	_, err = Import(newDataset(""), fresh(record("Body", `"CRC"`)), failingIDs{})
	if err == nil || !strings.Contains(err.Error(), "making an ID") || !errors.Is(err, errNoEntropy) {
		t.Errorf("failing generator: %v", err)
	}
	checkCode(t, err, CodeIDGenerator)
	// A reader already read from, and missing arguments.
	r := fresh("[]")
	r.Read()
	if _, err := Import(newDataset(""), r, fixedIDs()); err == nil {
		t.Error("a used Reader was accepted")
	} else {
		checkCode(t, err, CodeImportArguments)
	}
	if _, err := Import(nil, fresh("[]"), fixedIDs()); err == nil {
		t.Error("a nil dataset was accepted")
	}
	if _, err := Import(newDataset(""), fresh("[]"), nil); err == nil {
		t.Error("a nil generator was accepted")
	}
	if _, err := Import(newDataset(""), nil, fixedIDs()); err == nil {
		t.Error("a nil Reader was accepted")
	} else {
		checkCode(t, err, CodeImportArguments)
	}
}

// checkCode checks that err holds problems, the first of code.
func checkCode(t *testing.T, err error, code string) {
	t.Helper()
	var ps schema.Problems
	if !errors.As(err, &ps) || len(ps) == 0 || ps[0].Code != code {
		t.Errorf("%v: want a problem of code %s", err, code)
	}
}

var errNoEntropy = errors.New("no entropy")

type failingIDs struct{}

func (failingIDs) NewID() (tracking.ID, error) { return tracking.ID{}, errNoEntropy }

// repeatingIDs gives the IDs of its list, then fresh ones.
type repeatingIDs struct {
	ids  []tracking.ID
	next tracking.IDGenerator
}

func (g *repeatingIDs) NewID() (tracking.ID, error) {
	if len(g.ids) > 0 {
		id := g.ids[0]
		g.ids = g.ids[1:]
		return id, nil
	}
	return g.next.NewID()
}

// TestImportAvoidsUsedIDs checks that a new recommendation never takes an
// ID that a record of the dataset has, even when the generator offers one.
func TestImportAvoidsUsedIDs(t *testing.T) {
	ds := newDataset("")
	nmirfID := tracking.MustParseID("0190d7a4-5b1e-7c3a-9f12-000000000009")
	ds.Entities = []tracking.Entity{{ID: nmirfID, Name: en("Illustrative ministry"), Kind: "ministry"}}
	gen := &repeatingIDs{ids: []tracking.ID{nmirfID, {}}, next: fixedIDs()}
	r, _ := NewReader(strings.NewReader(record("Body", `"CRC"`)), JSON, Options{})
	if _, err := Import(ds, r, gen); err != nil {
		t.Fatal(err)
	}
	if id := ds.Recommendations[0].ID; id == nmirfID || id.IsZero() {
		t.Errorf("the recommendation got the ID %s", id)
	}
	validate(t, ds)
}

func TestCombineConflicts(t *testing.T) {
	export := `[
		{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "UPR", "UprSession": ["43"], "UprPositions": ["Supported"],
		 "UprRecommendingCountry": ["Czechia"], "Themes": ["Rights of the child"], "Text": "140.7 Illustrative text (fixture)."},
		{"AnnotationId": "a0000000-0000-4000-8000-000000000002", "Body": "CRC", "Text": "Another record (fixture)."},
		{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "UPR", "UprSession": ["43"], "UprPositions": ["Noted"], "Symbol": "A/HRC/98/15",
		 "UprRecommendingCountry": ["Paraguay", "Czechia"], "Themes": ["Birth registration"], "Sdgs": ["16.9"], "Text": "140.7 Other illustrative text (fixture)."}
	]`
	ds := newDataset("")
	r, _ := NewReader(strings.NewReader(export), JSON, Options{})
	rep, err := Import(ds, r, fixedIDs())
	if err != nil {
		t.Fatal(err)
	}
	checkDiff(t, "counts ", counts(rep), mergeCounts{added: 2, combined: 1})
	got := ds.Recommendations[0]
	checkDiff(t, "source ", got.Source, tracking.Source{
		Family: tracking.MechanismFamilyUPR, Body: "UPR", Cycle: 4, Session: 43, Document: "A/HRC/98/15",
		Paragraph: "140.7", RecommendingStates: countries("CZE", "PRY"),
	})
	checkDiff(t, "text ", got.Text, en("Illustrative text (fixture)."))
	checkDiff(t, "position ", got.Position, position(tracking.PositionSupported))
	checkDiff(t, "terms ", got.Classifications, terms(theme("rights_of_the_child", "Rights of the child"), theme("birth_registration", "Birth registration")))
	checkDiff(t, "SDGs ", got.SDGTargets, sdgs("16.9"))
	last := rep.Warnings[len(rep.Warnings)-1]
	if last.Code != CodeConflict || last.Index != 2 || !strings.Contains(last.Message, "at record 0 (byte 4), with another text, UPR position") {
		t.Errorf("conflict warning: %v", last)
	}
	validate(t, ds)
}

// TestUpdateKeepsWhatTheExportLeavesOut checks that a newer record without
// some UN fields does not erase them, and that a change of mechanism
// replaces the whole source.
func TestUpdateKeepsWhatTheExportLeavesOut(t *testing.T) {
	ds := newDataset("")
	imp := func(export string) *Report {
		r, _ := NewReader(strings.NewReader(export), JSON, Options{})
		rep, err := Import(ds, r, fixedIDs())
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	imp(`[{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "UPR", "UprSession": ["43"], "UprPositions": ["Supported"],
		"Symbol": "A/HRC/98/15", "PublicationDate": "2023-03-14", "UprRecommendingCountry": ["Czechia"],
		"Themes": ["Rights of the child"], "Sdgs": ["16.9"], "Text": "140.7 Illustrative (fixture)."}]`)
	rep := imp(`[{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "UPR", "Text": "140.7 Illustrative (fixture)."}]`)
	checkDiff(t, "counts ", counts(rep), mergeCounts{unchanged: 1})
	got := ds.Recommendations[0]
	checkDiff(t, "source ", got.Source, uprSource("A/HRC/98/15", "140.7", "2023-03-14", 43, "CZE"))
	checkDiff(t, "position ", got.Position, position(tracking.PositionSupported))
	checkDiff(t, "terms ", got.Classifications, terms(theme("rights_of_the_child", "Rights of the child")))
	checkDiff(t, "SDGs ", got.SDGTargets, sdgs("16.9"))

	rep = imp(`[{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "CRC", "Symbol": "CRC/C/XXX/CO/9", "Text": "12. Illustrative (fixture)."}]`)
	checkDiff(t, "counts ", counts(rep), mergeCounts{updated: 1})
	got = ds.Recommendations[0]
	checkDiff(t, "source ", got.Source, tbSource("CRC", "CRC/C/XXX/CO/9", "12", ""))
}

func TestReplaceInPlace(t *testing.T) {
	ours := func(s string) bool { return strings.HasPrefix(s, "u") }
	tests := []struct {
		old, items, want []string
	}{
		{nil, nil, []string{}},
		{nil, []string{"u1"}, []string{"u1"}},
		{[]string{"n1"}, []string{"u1", "u2"}, []string{"n1", "u1", "u2"}},
		{[]string{"u1", "u2"}, []string{"u1", "u2"}, []string{"u1", "u2"}},
		{[]string{"u1", "n1", "u2"}, []string{"u1", "u2"}, []string{"u1", "n1", "u2"}},
		{[]string{"u1", "n1", "u2"}, []string{"u3"}, []string{"u3", "n1"}},
		{[]string{"u1", "n1", "u2", "n2"}, []string{"u1", "u2", "u3"}, []string{"u1", "n1", "u2", "u3", "n2"}},
		{[]string{"n1", "u1", "n2"}, []string{}, []string{"n1", "n2"}},
	}
	for _, tt := range tests {
		if got := replaceInPlace(tt.old, tt.items, ours); !slices.Equal(got, tt.want) {
			t.Errorf("replaceInPlace(%v, %v) = %v, want %v", tt.old, tt.items, got, tt.want)
		}
	}
}

// importString imports a JSON export given as a string into ds.
func importString(t *testing.T, ds *tracking.Dataset, export string, opts Options) *Report {
	t.Helper()
	r, err := NewReader(strings.NewReader(export), JSON, opts)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := Import(ds, r, fixedIDs())
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// TestImportOlderExport checks that a record older than the dataset's data
// of its annotation (an earlier publication date) does not overwrite them.
func TestImportOlderExport(t *testing.T) {
	const newer = `[{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "UPR", "UprSession": ["43"], "UprPositions": ["Supported"],
		"Symbol": "A/HRC/98/15", "PublicationDate": "2023-03-14", "Themes": ["Rights of the child"], "Text": "140.7 Corrected text (fixture)."}]`
	const older = `[{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "UPR", "UprSession": ["42"], "UprPositions": ["Noted"],
		"Symbol": "A/HRC/97/8", "PublicationDate": "2022-12-20", "Themes": ["Birth registration"], "Text": "115.1 First text (fixture)."},
		{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "UPR", "UprSession": ["42"], "UprRecommendingCountry": ["Paraguay"],
		"PublicationDate": "2022-12-20", "Text": "115.1 First text (fixture)."}]`
	const undated = `[{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "UPR", "UprSession": ["43"], "UprPositions": ["Noted"],
		"Text": "140.7 Corrected text (fixture)."}]`
	ds := newDataset("")
	importString(t, ds, newer, Options{})
	before := encode(t, ds)

	rep := importString(t, ds, older, Options{})
	if after := encode(t, ds); !bytes.Equal(before, after) {
		t.Errorf("an older export changed the dataset:\n%s", firstDifference(before, after))
	}
	checkDiff(t, "counts ", counts(rep), mergeCounts{})
	checkDiff(t, "older ", rep.Older, 1)
	checkDiff(t, "warnings ", codes(rep.Warnings), []string{CodeOlder, CodeOlder})
	if w := rep.Warnings[0]; w.Index != 0 || !strings.Contains(w.Message, "2022-12-20, is before the recommendation's in the dataset, 2023-03-14") {
		t.Errorf("warning %v", w)
	}
	if !strings.Contains(rep.String(), "kept, the record older             1") {
		t.Errorf("the report does not count the older record:\n%s", rep)
	}

	// A record without a date cannot be told older: it updates, as a
	// record of the same date does.
	rep = importString(t, ds, undated, Options{})
	checkDiff(t, "undated counts ", counts(rep), mergeCounts{updated: 1})
	checkDiff(t, "undated position ", ds.Recommendations[0].Position, position(tracking.PositionNoted))

	// A newer export after an older one updates.
	ds = newDataset("")
	importString(t, ds, older, Options{})
	rep = importString(t, ds, newer, Options{})
	checkDiff(t, "newer counts ", counts(rep), mergeCounts{updated: 1})
	checkDiff(t, "newer text ", ds.Recommendations[0].Text, en("Corrected text (fixture)."))
}

// TestImportOtherLanguage checks that an export in another language adds
// its text without changing the codes of the recommendation's terms, which
// theme roll-ups group by.
func TestImportOtherLanguage(t *testing.T) {
	const english = `[{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "CRC", "Text": "12. Adopt an illustrative plan (fixture).",
		"Themes": ["Rights of the child", "A41 Constitutional and legislative framework"], "AffectedPersons": ["Children"]},
		{"AnnotationId": "a0000000-0000-4000-8000-000000000002", "Body": "CRC", "Text": "13. Review the illustrative code (fixture).",
		"Themes": ["A41 Constitutional and legislative framework"]}]`
	const french = `[{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "CRC", "Text": "12. Adopter un plan illustratif (fixture).",
		"Themes": ["Droits de l’enfant", "A41 Cadre constitutionnel et législatif"], "AffectedPersons": ["Enfants"]},
		{"AnnotationId": "a0000000-0000-4000-8000-000000000002", "Body": "CRC", "Text": "13. Réviser le code illustratif (fixture).",
		"Themes": ["A41 Cadre constitutionnel et législatif"]}]`
	ds := newDataset("")
	importString(t, ds, english, Options{})
	wantTerms := slices.Clone(ds.Recommendations[0].Classifications)

	rep := importString(t, ds, french, Options{Language: "fr"})
	checkDiff(t, "counts ", counts(rep), mergeCounts{updated: 2})
	r1, r2 := ds.Recommendations[0], ds.Recommendations[1]
	checkDiff(t, "text ", r1.Text, tracking.Text{"en": "Adopt an illustrative plan (fixture).", "fr": "Adopter un plan illustratif (fixture)."})
	// The codes made from labels would change: the terms stay as they were.
	checkDiff(t, "terms ", r1.Classifications, wantTerms)
	checkDiff(t, "warnings ", codes(rep.Warnings), []string{CodeTermLanguage})
	if w := rep.Warnings[0]; w.Index != 0 || !strings.Contains(w.Message, `labelled in fr, the recommendation's (rights_of_the_child, A41, children) in en`) {
		t.Errorf("warning %v", w)
	}
	// Codes that do not come from labels are the same in every language:
	// the term gains the label.
	checkDiff(t, "A41 ", r2.Classifications, terms(tracking.Term{Scheme: SchemeTheme, Code: "A41",
		Label: tracking.Text{"en": "Constitutional and legislative framework", "fr": "Cadre constitutionnel et législatif"}}))

	// Importing the French export again changes nothing.
	before := encode(t, ds)
	rep = importString(t, ds, french, Options{Language: "fr"})
	if after := encode(t, ds); !bytes.Equal(before, after) {
		t.Errorf("the second import changed the dataset:\n%s", firstDifference(before, after))
	}
	checkDiff(t, "second counts ", counts(rep), mergeCounts{unchanged: 2})

	// A newer English label keeps the French one.
	importString(t, ds, strings.ReplaceAll(english, "A41 Constitutional and legislative framework", "A41 Constitutional framework"), Options{})
	checkDiff(t, "A41 relabelled ", ds.Recommendations[1].Classifications[0].Label,
		tracking.Text{"en": "Constitutional framework", "fr": "Cadre constitutionnel et législatif"})
	validate(t, ds)
}
