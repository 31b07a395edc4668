package uhri

import (
	"bytes"
	"os"
	"slices"
	"testing"

	"github.com/nmirf/nmirf/tracking"
)

// The fixture in testdata/forms is one export in its three forms: the JSON
// export, the spreadsheet as UHRI's "Export to Excel" gives it (XLSX) and
// the same saved as CSV. Its records are illustrative. They hold HTML
// entities in every field, a goal-only, a target and mixed SDG labels,
// lettered and label-only themes, a theme label in French, a heading of a
// section before the paragraph number, a number run into the text, and a
// theme that the codelist does not hold.

// formsDataset imports one form of the fixture into a new dataset and
// returns it encoded, without the identifiers of the UHRI documents, which
// only the JSON form carries.
func formsDataset(t *testing.T, path string, f Format) ([]byte, *tracking.Dataset, *Report) {
	t.Helper()
	in, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	r, err := NewReader(in, f, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ds := newDataset("")
	rep, err := Import(ds, r, fixedIDs())
	if err != nil {
		t.Fatal(err)
	}
	validate(t, ds)
	full := *ds
	full.Recommendations = slices.Clone(ds.Recommendations)
	for i := range ds.Recommendations {
		rec := &ds.Recommendations[i]
		rec.Identifiers = slices.DeleteFunc(slices.Clone(rec.Identifiers), func(id tracking.Identifier) bool { return id.Scheme == DocumentIdentifierScheme })
	}
	return encode(t, ds), &full, rep
}

// TestFormsAgree imports the three forms and compares the datasets byte
// for byte, the document identifiers of the JSON form aside.
func TestFormsAgree(t *testing.T) {
	fromJSON, ds, jsonRep := formsDataset(t, "testdata/forms/export.json", JSON)
	fromCSV, _, csvRep := formsDataset(t, "testdata/forms/export.csv", CSV)
	fromXLSX, _, xlsxRep := formsDataset(t, "testdata/forms/export.xlsx", XLSX)
	if !bytes.Equal(fromCSV, fromJSON) {
		t.Errorf("the CSV form differs from the JSON form:\n%s", firstDifference(fromCSV, fromJSON))
	}
	if !bytes.Equal(fromXLSX, fromJSON) {
		t.Errorf("the XLSX form differs from the JSON form:\n%s", firstDifference(fromXLSX, fromJSON))
	}
	for _, rep := range []*Report{jsonRep, csvRep, xlsxRep} {
		checkDiff(t, string(rep.Format)+" warnings ", rep.WarningCounts, map[string]int{CodeTermUnknown: 1, CodeRepeated: 1})
	}
	if len(ds.Recommendations) != 4 {
		t.Fatalf("%d recommendations", len(ds.Recommendations))
	}

	// Field by field.
	upr, cescr, crc, wgad := ds.Recommendations[0], ds.Recommendations[1], ds.Recommendations[2], ds.Recommendations[3]
	checkDiff(t, "UPR source ", upr.Source, tracking.Source{
		Family: tracking.MechanismFamilyUPR, Body: "UPR", Cycle: 4, Session: 43, Document: "A/HRC/98/15", Paragraph: "140.7",
		Date: date("2023-03-14"), Indexed: date("2023-05-02"), RecommendingStates: countries("ATG", "TTO"),
	})
	checkDiff(t, "UPR text ", upr.Text, en("Adopt an illustrative law on equality & non-discrimination,  as the fixture   spaces it."))
	checkDiff(t, "UPR position ", upr.Position, position(tracking.PositionSupportedInPart))
	checkDiff(t, "UPR terms ", upr.Classifications, terms(
		theme("equality_non_discrimination", "B31 Equality & non-discrimination"),
		theme("acceptance_of_international_norms", "Acceptance of international norms"),
		tracking.Term{Scheme: SchemeAffectedPersons, Code: "women_girls", Label: en("Women & girls")}))
	checkDiff(t, "UPR targets ", upr.SDGTargets, sdgs("16.3"))
	checkDiff(t, "UPR goals ", upr.SDGGoals, goals("10", "16"))
	checkDiff(t, "UPR goal links ", upr.SDGGoalLinks(), goals("10", "16"))
	checkDiff(t, "UPR identifiers ", upr.Identifiers, []tracking.Identifier{
		{Scheme: IdentifierScheme, Value: "b0000000-0000-4000-8000-000000000001"},
		{Scheme: DocumentIdentifierScheme, Value: "910001"},
	})

	checkDiff(t, "CESCR source ", cescr.Source, tracking.Source{
		Family: tracking.MechanismFamilyTreatyBody, Body: "CESCR", Document: "E/C.12/BIH/CO/4", Paragraph: "7",
		Date: date("2024-10-04"), Indexed: date("2024-11-20"), Section: en("Domestic application of the Covenant"),
	})
	checkDiff(t, "CESCR text ", cescr.Text, en("Reiterating its previous recommendation, the Committee recommends illustrative measures (fixture text)."))
	checkDiff(t, "CESCR terms ", cescr.Classifications, terms(theme("acceptance_of_international_norms", "A12 Acceptance of international norms")))
	checkDiff(t, "CESCR goals ", cescr.SDGGoals, goals("10"))

	checkDiff(t, "CRC paragraph ", crc.Source.Paragraph, "3")
	checkDiff(t, "CRC kind ", crc.Kind, tracking.RecommendationKindObservation)
	checkDiff(t, "CRC text ", crc.Text, en("The Committee welcomes the illustrative plan (fixture text)."))
	// The French label names the same theme: the repeat is left out.
	checkDiff(t, "CRC terms ", crc.Classifications, terms(
		theme("rights_of_the_child", "Rights of the child"),
		tracking.Term{Scheme: SchemeAffectedPersons, Code: "children", Label: en("Children")}))
	checkDiff(t, "CRC goal links ", crc.SDGGoalLinks(), goals("16"))

	checkDiff(t, "WGAD section ", wgad.Source.Section, en("C. Recommendations\nConditions of detention"))
	checkDiff(t, "WGAD paragraph ", wgad.Source.Paragraph, "95")
	checkDiff(t, "WGAD unknown theme ", wgad.Classifications[1], theme("an_illustrative_theme_the_codelist_does_not_hold", "An illustrative theme the codelist does not hold"))
}
