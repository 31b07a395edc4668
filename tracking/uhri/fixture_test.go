package uhri

// The fixtures in testdata/ follow the shape of the exports of OHCHR's
// Universal Human Rights Index (UHRI, https://uhri.ohchr.org): the JSON
// export's keys and the spreadsheet export's column headers, misspelt
// ("Reccomending Body", "UPR Reccomending States") and corrected. The format
// is OHCHR's; the records were written for these tests and are illustrative:
// their texts, symbols, dates and positions say nothing about any State.

import (
	"maps"
	"slices"
	"testing"

	"github.com/nmirf/nmirf/tracking"
)

// expected is what one record of the fixture must become.
type expected struct {
	id       string
	rec      tracking.Recommendation // ID and Identifiers are filled in from id
	states   []tracking.Country
	warnings []string // warning codes, in order
}

const (
	rec   = tracking.RecommendationKindRecommendation
	obs   = tracking.RecommendationKindObservation
	id01  = "a0000000-0000-4000-8000-000000000001"
	idFmt = "a0000000-0000-4000-8000-0000000000"
)

func en(s string) tracking.Text { return tracking.En(s) }

// fixtureJSON is the expected result of testdata/export.json, record by
// record, in export order. Records 22 to 25, 33 are skipped.
var fixtureJSON = []expected{
	{id: id01, states: countries("TUR"), rec: tracking.Recommendation{
		Kind:            rec,
		Source:          uprSource("A/HRC/98/15", "140.7", "2023-03-14", 43, "CZE"),
		Text:            en("Ratify the illustrative protocol on birth registration (fixture text)."),
		Position:        position(tracking.PositionSupported),
		Classifications: terms(theme("rights_of_the_child", "Rights of the child"), theme("birth_registration", "Birth registration"), persons("children", "Children")),
		SDGTargets:      sdgs("16.9"),
	}},
	{id: idFmt + "02", states: countries("TUR"), rec: tracking.Recommendation{
		Kind:            rec,
		Source:          uprSource("A/HRC/98/15", "140.8", "2023-03-14", 43, "PSE", "VAT"),
		Text:            en("Protect illustrative human rights defenders from reprisals (fixture text)."),
		Position:        position(tracking.PositionNoted),
		Classifications: terms(theme("human_rights_defenders", "Human rights defenders")),
	}},
	{id: idFmt + "03", states: countries("TUR"), rec: tracking.Recommendation{
		Kind:            rec,
		Source:          uprSource("A/HRC/98/15", "140.9", "2023-03-14", 43, "MKD"),
		Text:            en("Bring the illustrative national institution into line with the Paris Principles (fixture text)."),
		Position:        position(tracking.PositionSupportedInPart),
		Classifications: terms(theme("national_human_rights_institution", "National human rights institution")),
		SDGTargets:      sdgs("16.a"),
	}},
	{id: idFmt + "04", states: countries("CZE"), rec: tracking.Recommendation{
		Kind:            rec,
		Source:          uprSource("A/HRC/97/8", "115.22", "2022-12-20", 42, "SWZ"),
		Text:            en("Adopt an illustrative law on domestic violence (fixture text, one row per co-sponsor)."),
		Position:        position(tracking.PositionSupported),
		Classifications: terms(theme("violence_against_women", "Violence against women"), persons("women_girls", "Women & girls")),
		SDGTargets:      sdgs("5.2"),
	}},
	{id: idFmt + "04", states: countries("CZE"), rec: tracking.Recommendation{
		Kind:            rec,
		Source:          uprSource("A/HRC/97/8", "115.22", "2022-12-20", 42, "BOL"),
		Text:            en("Adopt an illustrative law on domestic violence (fixture text, one row per co-sponsor)."),
		Position:        position(tracking.PositionSupported),
		Classifications: terms(theme("violence_against_women", "Violence against women"), persons("women_girls", "Women & girls")),
		SDGTargets:      sdgs("5.2"),
	}},
	{id: idFmt + "06", states: countries("CZE"), warnings: []string{CodePositionPending}, rec: tracking.Recommendation{
		Kind:            rec,
		Source:          uprSource("A/HRC/97/8", "115.40", "2022-12-20", 42, "GBR", "VEN", "IRN"),
		Text:            en("Strengthen the illustrative national mechanism & its secretariat’s capacity\nso that it tracks  every recommendation (fixture text)."),
		Classifications: terms(theme("national_mechanism_for_implementation_reporting_and_follow_up", "National mechanism for implementation, reporting and follow-up")),
	}},
	{id: idFmt + "07", states: countries("CZE"), rec: tracking.Recommendation{
		Kind:            rec,
		Source:          uprSource("A/HRC/61/9", "117.3", "2017-01-10", 28, "CIV", "VCT"),
		Text:            en("Consider ratifying the illustrative convention (fixture text)."),
		Position:        position(tracking.PositionSupported),
		Classifications: terms(theme("ratification_of_international_instruments", "Ratification of international instruments")),
	}},
	{id: idFmt + "08", states: countries("SWZ"), warnings: []string{CodeCycleMismatch, CodePositionUnknown, CodeCountryUnknown, CodeCountryUnknown}, rec: tracking.Recommendation{
		Kind:            rec,
		Source:          uprSource("A/HRC/96/14", "98.1", "2022-07-01", 41, "NLD"),
		Text:            en("Establish an illustrative moratorium (fixture text)."),
		Classifications: terms(theme("death_penalty", "Death penalty")),
	}},
	{id: idFmt + "09", states: countries("SWZ"), rec: tracking.Recommendation{
		Kind:     rec,
		Source:   uprSource("A/HRC/96/14", "98.2", "2022-07-01", 41, "USA", "KOR"),
		Text:     en("Continue the illustrative programme on water and sanitation (fixture text)."),
		Position: position(tracking.PositionSupportedInPart),
	}},
	{id: idFmt + "10", states: countries("MKD"), rec: tracking.Recommendation{
		Kind:            obs,
		Source:          tbSource("CEDAW", "CEDAW/C/MKD/CO/19", "21", "2024-11-08"),
		Text:            en("The Committee notes with concern the illustrative gaps in access to justice for rural women (fixture text)."),
		Classifications: terms(theme("womens_rights", "Women's rights"), persons("women_girls", "Women & girls"), persons("rural_women", "Rural women")),
	}},
	{id: idFmt + "11", states: countries("MKD"), rec: tracking.Recommendation{
		Kind:            rec,
		Source:          tbSource("CEDAW", "CEDAW/C/MKD/CO/19", "22", "2024-11-08"),
		Text:            en("The Committee recommends that the State party set up illustrative legal aid centres in rural areas (fixture text)."),
		Classifications: terms(theme("womens_rights", "Women's rights"), theme("access_to_justice", "Access to justice"), persons("rural_women", "Rural women")),
		SDGTargets:      sdgs("5.1", "16.3"),
	}},
	{id: idFmt + "12", states: countries("BOL"), rec: tracking.Recommendation{
		Kind:            obs,
		Source:          tbSource("CCPR", "CCPR/C/BOL/CO/9", "12", "2025-04-02"),
		Text:            en("The Committee is concerned about illustrative delays in pre-trial detention (fixture text)."),
		Classifications: terms(theme("administration_of_justice_fair_trial", "Administration of justice & fair trial")),
	}},
	{id: idFmt + "13", states: countries("PSE"), rec: tracking.Recommendation{
		Kind:            rec,
		Source:          tbSource("CRC-OP-AC", "CRC/C/OPAC/PSE/CO/3", "31", "2024-02-20"),
		Text:            en("The Committee recommends illustrative safeguards against recruitment (fixture text)."),
		Classifications: terms(theme("children_in_armed_conflict", "Children in armed conflict"), persons("children", "Children")),
		SDGTargets:      sdgs("16.2"),
	}},
	{id: idFmt + "14", states: countries("PSE"), rec: tracking.Recommendation{
		Kind:   rec,
		Source: tbSource("CRC-OP-SC", "CRC/C/OPSC/PSE/CO/3", "18", "2024-02-20"),
		Text:   en("The Committee recommends an illustrative hotline for child victims (fixture text)."),
	}},
	{id: idFmt + "15", states: countries("TUR"), rec: tracking.Recommendation{
		Kind:   rec,
		Source: tbSource("CAT", "CAT/C/TUR/CO/9", "40", "2025-06-30"),
		Text:   en("The State party should ensure illustrative independent monitoring of places of detention (fixture text)."),
		Classifications: terms(
			theme("torture_and_other_cruel_inhuman_or_degrading_treatment", "Torture and other cruel, inhuman or degrading treatment"),
			theme("conditions_of_detention", "Conditions of detention"),
			persons("persons_deprived_of_their_liberty", "Persons deprived of their liberty")),
	}},
	{id: idFmt + "16", states: countries("MKD"), warnings: []string{CodeBodyFromSymbol}, rec: tracking.Recommendation{
		Kind:            rec,
		Source:          tbSource("CRPD", "CRPD/C/MKD/CO/9", "9", "2023-09-29"),
		Text:            en("The Committee recommends an illustrative accessibility plan (fixture text)."),
		Classifications: terms(theme("persons_with_disabilities_accessibility", "Persons with disabilities: accessibility"), persons("persons_with_disabilities", "Persons with disabilities")),
	}},
	{id: idFmt + "17", states: countries("BOL"), warnings: []string{CodeBodyUnknown}, rec: tracking.Recommendation{
		Kind:   rec,
		Source: source(tracking.MechanismFamilyOther, "ICCPR", "CCPR/C/BOL/CO/9", "13", "2025-04-02"),
		Text:   en("The State party should review illustrative detention rules (fixture text)."),
	}},
	{id: idFmt + "18", states: countries("SWZ"), rec: tracking.Recommendation{
		Kind:            rec,
		Source:          source(tracking.MechanismFamilySpecialProcedure, "sr_education", "A/HRC/95/32/Add.1", "87", "2021-06-15"),
		Text:            en("The Special Rapporteur recommends that the Government abolish illustrative school fees (fixture text)."),
		Classifications: terms(theme("right_to_education", "Right to education"), persons("children", "Children"), persons("persons_living_in_poverty", "Persons living in poverty")),
		SDGTargets:      sdgs("4.1"),
	}},
	{id: idFmt + "19", states: countries("BOL"), rec: tracking.Recommendation{
		Kind:            rec,
		Source:          source(tracking.MechanismFamilySpecialProcedure, "sr_judges_lawyers", "A/HRC/95/40/Add.2", "", "2021-07-01"),
		Text:            en("Guarantee illustrative security of tenure for judges (fixture text)."),
		Classifications: terms(theme("independence_of_judges_and_lawyers", "Independence of judges and lawyers")),
	}},
	{id: idFmt + "20", states: countries("BOL"), rec: tracking.Recommendation{
		Kind:   rec,
		Source: source(tracking.MechanismFamilyRegional, "IACHR", "OEA/Ser.L/V/II. Doc. 999", "", "2022-03"),
		Text:   en("Adopt illustrative measures on prison overcrowding (fixture text)."),
	}},
	{id: idFmt + "21", states: countries("BOL"), rec: tracking.Recommendation{
		Kind:   rec,
		Source: source(tracking.MechanismFamilyRegional, "IACHR", "", "", "2022"),
		Text:   en("Create an illustrative registry of human rights defenders (fixture text)."),
	}},
	{id: idFmt + "22", states: countries("CZE"), warnings: []string{CodeBodyUnknown}, rec: tracking.Recommendation{
		Kind:   rec,
		Source: source(tracking.MechanismFamilyOther, "Working Party on Illustrative Matters", "WPIM/2024/1", "", "2024-01-31"),
		Text:   en("Publish illustrative statistics (fixture text)."),
	}},
	{id: idFmt + "27", states: countries("SWZ"), warnings: []string{CodeDateAmbiguous, CodeRepeated, CodeSDGUnknown}, rec: tracking.Recommendation{
		Kind:            rec,
		Source:          tbSource("CESCR", "E/C.12/SWZ/CO/9", "30", "2023-03-15"), // Excel serial 45000
		Text:            en("The Committee recommends an illustrative social protection floor (fixture text)."),
		Classifications: terms(theme("right_to_social_security", "Right to social security")),
		SDGTargets:      sdgs("1.3", "1.a"),
		SDGGoals:        goals("16"),
	}},
	{id: idFmt + "28", states: countries("CZE"), warnings: []string{CodeFieldType, CodeFieldType, CodeFieldType, CodeNotUPR, CodeNotUPR, CodeNotUPR}, rec: tracking.Recommendation{
		Kind:            rec,
		Source:          tbSource("CERD", "CERD/C/CZE/CO/19", "25", "2024-08-30"),
		Text:            en("The Committee recommends illustrative data on hate crimes (fixture text)."),
		Classifications: terms(theme("racial_discrimination", "Racial discrimination")),
	}},
	{id: idFmt + "29", states: countries("CZE"), warnings: []string{CodeFieldRepeated}, rec: tracking.Recommendation{
		Kind:   rec,
		Source: tbSource("CRC", "CRC/C/CZE/CO/9", "", "2024-10-04"),
		Text:   en("1.5 million children should benefit from the illustrative plan (fixture text)."),
	}},
	{id: idFmt + "30", states: countries("CZE"), warnings: []string{CodeRepeated, CodeTermEmpty}, rec: tracking.Recommendation{
		Kind:   rec,
		Source: tbSource("CRC", "CRC/C/CZE/CO/9", "", "2024-10-04"),
		Text:   en("2030 Agenda targets should guide the illustrative plan (fixture text)."),
		Classifications: terms(
			theme("constitutional_and_legislative_framework", "A41 Constitutional and legislative framework"),
			theme("d1", "D1 - Civil and political rights - general measures of implementation"),
			theme("rights_of_the_child", "Rights of the child"),
			persons("lesbian_gay_bisexual_transgender_and_intersex_persons", "Lesbian, gay, bisexual, transgender and intersex persons")),
	}},
	{id: idFmt + "31", states: countries("TUR"), warnings: []string{CodeInvalidUTF8, CodeRepeated, CodeCountryUnknown}, rec: tracking.Recommendation{
		Kind:   rec,
		Source: tbSource("CED", "CED/C/TUR/CO/9", "17", "2025-03-31"),
		Text:   en("The Committee recommends an illustrative register of persons deprived of liberty (fixture text) \uFFFD."),
	}},
	{id: "UHRI-LEGACY-32", states: countries("CZE"), warnings: []string{CodeIDNotUUID}, rec: tracking.Recommendation{
		Kind:   rec,
		Source: tbSource("SPT", "CAT/OP/CZE/9", "50", "2019-05-17"),
		Text:   en("The Subcommittee recommends illustrative training for prison staff (fixture text)."),
	}},
	{id: idFmt + "33", states: countries("TUR"), warnings: []string{CodeBodyFromUPRFields}, rec: tracking.Recommendation{
		Kind:     rec,
		Source:   uprSource("A/HRC/98/15", "140.50", "2023-03-14", 43, "LAO", "PRK"),
		Text:     en("Continue illustrative cooperation with the treaty bodies (fixture text)."),
		Position: position(tracking.PositionSupported),
	}},
	{id: idFmt + "35", states: countries("TUR"), warnings: []string{CodeNotUPR}, rec: tracking.Recommendation{
		Kind:   rec,
		Source: source(tracking.MechanismFamilySpecialProcedure, "wg_arbitrary_detention", "A/HRC/94/49/Add.1", "79", "2020-12-01"),
		Text:   en("The Working Group recommends illustrative\njudicial review of every detention (fixture text)."),
	}},
}

// want returns the expected recommendation of e, with its identifier.
func (e expected) want() tracking.Recommendation {
	r := e.rec
	r.Identifiers = []tracking.Identifier{{Scheme: IdentifierScheme, Value: e.id}}
	return r
}

// exportFieldsOut checks that the recommendation of a holds a's date of
// publication in the UHRI and document ID, and returns it without them,
// for the comparisons with the fixture's expectations, which leave them
// out (TestFixtureJSON checks them record by record).
func exportFieldsOut(t *testing.T, a Annotation) tracking.Recommendation {
	t.Helper()
	rec := a.Recommendation
	if rec.Source.Indexed != a.Indexed {
		t.Errorf("%s: Source.Indexed %s, Indexed %s", a.ID, rec.Source.Indexed, a.Indexed)
	}
	rec.Source.Indexed = tracking.PartialDate{}
	doc := ""
	rec.Identifiers = slices.DeleteFunc(slices.Clone(rec.Identifiers), func(id tracking.Identifier) bool {
		if id.Scheme == DocumentIdentifierScheme {
			doc = id.Value
			return true
		}
		return false
	})
	if doc != a.DocumentID {
		t.Errorf("%s: document identifier %q, DocumentID %q", a.ID, doc, a.DocumentID)
	}
	return rec
}

// checkAnnotations compares annotations with what is expected, field by
// field.
func checkAnnotations(t *testing.T, got []Annotation, want []expected, withWarnings bool) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d annotations %v, want %d", len(got), ids(got), len(want))
	}
	for i, a := range got {
		e := want[i]
		label := "record " + e.id + ": "
		if a.ID != e.id {
			t.Errorf("%sgot annotation ID %q", label, a.ID)
			continue
		}
		checkDiff(t, label+"recommendation", exportFieldsOut(t, a), e.want())
		checkDiff(t, label+"states", a.States, e.states)
		if withWarnings {
			checkDiff(t, label+"warnings", codes(a.Warnings), e.warnings)
		}
		for _, w := range a.Warnings {
			if w.AnnotationID != a.ID || w.Index != a.Location.Index {
				t.Errorf("%swarning %v does not name its record", label, w)
			}
		}
	}
}

func TestFixtureJSON(t *testing.T) {
	got, rep := readFile(t, "testdata/export.json", JSON, Options{})
	checkAnnotations(t, got, fixtureJSON, true)

	// Records the fixture holds besides: the extra fields of a JSON record.
	first := got[0]
	checkDiff(t, "regions ", first.Regions, []string{"Western European and Other States"})
	checkDiff(t, "recommending regions ", first.RecommendingRegions, []string{"Eastern European States"})
	checkDiff(t, "document ID ", first.DocumentID, "900001")
	checkDiff(t, "indexed ", first.Indexed, date("2023-05-02"))
	checkDiff(t, "indexed (DD/MM/YYYY) ", got[23].Indexed, date("2024-09-30"))
	checkDiff(t, "location ", first.Location, Location{Index: 0, Offset: 4})

	wantReport := Report{
		Format: JSON, Read: 35, Imported: 30, Skipped: 5,
		SkippedBy: map[string]int{SkipNoID: 1, SkipNoText: 2, SkipUnknownType: 1, SkipNotObject: 1},
		ByBody: map[string]int{
			"UPR": 10, "CEDAW": 2, "CRC": 2, "IACHR": 2, "CAT": 1, "CCPR": 1, "CED": 1, "CERD": 1, "CESCR": 1,
			"CRC-OP-AC": 1, "CRC-OP-SC": 1, "CRPD": 1, "ICCPR": 1, "SPT": 1,
			"sr_judges_lawyers": 1, "sr_education": 1,
			"wg_arbitrary_detention": 1, "Working Party on Illustrative Matters": 1,
		},
		ByFamily:      map[tracking.MechanismFamily]int{"upr": 10, "treaty_body": 13, "special_procedure": 3, "regional": 2, "other": 2},
		ByPosition:    map[string]int{"supported": 5, "noted": 1, "supported_in_part": 2, "none": 2},
		ByKind:        map[tracking.RecommendationKind]int{rec: 28, obs: 2},
		UnknownFields: map[string]int{"Extra": 1, "ThemeIds": 1},
	}
	var warnings []Warning
	for _, a := range got {
		warnings = append(warnings, a.Warnings...)
	}
	// The report lists the warnings of the records imported and skipped,
	// in export order.
	if n := len(rep.Warnings); n != len(warnings)+5 {
		t.Errorf("the report lists %d warnings, want %d", n, len(warnings)+5)
	}
	skips := map[int]string{}
	for _, w := range rep.Warnings {
		if IsSkip(w.Code) {
			skips[w.Index] = w.Code
		}
	}
	checkDiff(t, "skipped ", skips, map[int]string{22: SkipNoID, 23: SkipNoText, 24: SkipUnknownType, 25: SkipNotObject, 33: SkipNoText})
	if !slices.IsSortedFunc(rep.Warnings, func(a, b Warning) int { return a.Index - b.Index }) {
		t.Error("the report's warnings are not in export order")
	}
	total := 0
	for _, n := range rep.WarningCounts {
		total += n
	}
	if total != len(rep.Warnings) {
		t.Errorf("the warning counts add up to %d, the report lists %d", total, len(rep.Warnings))
	}
	// With no filter, what was read is what was imported.
	checkDiff(t, "bodies read ", rep.BodiesRead, rep.ByBody)
	states := 0
	for _, a := range got {
		states += max(len(a.States), 1)
	}
	n := 0
	for _, c := range rep.StatesRead {
		n += c
	}
	checkDiff(t, "states read ", n, states)
	got2 := *rep
	got2.Warnings, got2.WarningCounts, got2.StatesRead, got2.BodiesRead = nil, nil, nil, nil
	checkDiff(t, "report ", got2, wantReport)
}

// csvOnly are the records of the CSV fixtures that the JSON fixture does
// not hold.
var csvOnly = []expected{
	{id: idFmt + "41", states: countries("CZE"), warnings: []string{CodeRowFields}, rec: tracking.Recommendation{
		Kind:            rec,
		Source:          tbSource("CRC", "CRC/C/CZE/CO/9", "7", "2023-03-15"),
		Text:            en("The Committee recommends an illustrative review of the child protection system (fixture text)."),
		Classifications: terms(theme("rights_of_the_child", "Rights of the child")),
	}},
	{id: idFmt + "42", states: countries("CZE"), warnings: []string{CodeDateAmbiguous}, rec: tracking.Recommendation{
		Kind:   rec,
		Source: tbSource("CRC", "CRC/C/CZE/CO/9", "8", ""),
		Text:   en("The Committee recommends illustrative kinship care (fixture text)."),
	}},
}

// fixtureCSV returns the expected records of a CSV fixture: the JSON
// fixture's records of those IDs, in the CSV's order, and the CSV's own.
func fixtureCSV(order []string) []expected {
	byID := map[string][]expected{}
	for _, e := range append(slices.Clone(fixtureJSON), csvOnly...) {
		byID[e.id] = append(byID[e.id], e)
	}
	var out []expected
	for _, id := range order {
		e := byID[id][0]
		byID[id] = byID[id][1:]
		out = append(out, e)
	}
	return out
}

var csvOrder = []string{
	id01, idFmt + "02", idFmt + "03", idFmt + "04", idFmt + "04", idFmt + "06",
	idFmt + "41", idFmt + "42",
	idFmt + "07", idFmt + "10", idFmt + "11", idFmt + "13", idFmt + "15", idFmt + "18", idFmt + "20",
}

func TestFixtureCSVMisspelt(t *testing.T) {
	got, rep := readFile(t, "testdata/export-misspelt.csv", CSV, Options{})
	checkAnnotations(t, got, fixtureCSV(csvOrder), false)
	for _, a := range got {
		if a.ID == idFmt+"41" {
			checkDiff(t, "record 41 indexed (DD/MM/YYYY) ", a.Indexed, date("2023-03-14"))
			checkDiff(t, "record 41 warnings ", codes(a.Warnings), []string{CodeRowFields})
		}
		if a.ID == id01 {
			checkDiff(t, "record 1 indexed (Excel serial) ", a.Indexed, date("2023-05-02"))
			checkDiff(t, "record 1 location ", a.Location.Line, 2)
		}
	}
	checkDiff(t, "read ", rep.Read, 18)
	checkDiff(t, "skipped ", rep.SkippedBy, map[string]int{SkipRowSyntax: 1, SkipNoID: 2})
	checkDiff(t, "unknown columns ", len(rep.UnknownFields), 0)
	var skips []Warning
	for _, w := range rep.Warnings {
		if IsSkip(w.Code) {
			skips = append(skips, w)
		}
	}
	if len(skips) != 3 || skips[0].Line != 12 || skips[0].Pointer != "/6" || skips[1].Pointer != "/7/OHCHR Annotation Id" {
		t.Errorf("skip warnings: %v", skips)
	}
}

func TestFixtureCSVCorrected(t *testing.T) {
	// The corrected headers, in another column order, after a byte order
	// mark, separated by semicolons.
	got, rep := readFile(t, "testdata/export-corrected.csv", CSV, Options{Comma: ';'})
	var order []string
	for _, id := range csvOrder {
		if id != idFmt+"41" && id != idFmt+"42" {
			order = append(order, id)
		}
	}
	checkAnnotations(t, got, fixtureCSV(order), true)
	checkDiff(t, "report read ", rep.Read, 13)
	checkDiff(t, "report skipped ", rep.Skipped, 0)
}

// TestFixtureFormatsAgree checks that the same records read the same from
// both forms of the export.
func TestFixtureFormatsAgree(t *testing.T) {
	fromJSON, _ := readFile(t, "testdata/export.json", JSON, Options{})
	fromCSV, _ := readFile(t, "testdata/export-corrected.csv", CSV, Options{Comma: ';'})
	byID := map[string]Annotation{}
	for _, a := range fromJSON {
		if _, seen := byID[a.ID]; !seen {
			byID[a.ID] = a
		}
	}
	seen := map[string]bool{}
	for _, c := range fromCSV {
		if seen[c.ID] {
			continue
		}
		seen[c.ID] = true
		j, ok := byID[c.ID]
		if !ok {
			t.Errorf("%s is in the CSV fixture only", c.ID)
			continue
		}
		// The CSV form does not carry the document ID.
		jr := j.Recommendation
		jr.Identifiers = slices.DeleteFunc(slices.Clone(jr.Identifiers), func(id tracking.Identifier) bool { return id.Scheme == DocumentIdentifierScheme })
		checkDiff(t, c.ID+" ", c.Recommendation, jr)
		checkDiff(t, c.ID+" states ", c.States, j.States)
		checkDiff(t, c.ID+" regions ", c.Regions, j.Regions)
		checkDiff(t, c.ID+" indexed ", c.Indexed, j.Indexed)
	}
	if len(seen) != 12 {
		t.Errorf("compared %d records, want 12: %v", len(seen), slices.Sorted(maps.Keys(seen)))
	}
}
