package uhri_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"strings"
	"time"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/uhri"
)

// export is a small UHRI JSON export. Its records are illustrative.
const export = `[
  {"AnnotationId": "a0000000-0000-4000-8000-000000000001", "AnnotationType": "Recommendations",
   "Body": "UPR", "Countries": ["- Czechia"], "Symbol": "A/HRC/97/8", "PublicationDate": "2022-12-20T00:00:00",
   "Themes": ["- Violence against women"], "Sdgs": ["5.2 - Eliminate all forms of violence against all women and girls"],
   "Text": "<p>115.22 Adopt an illustrative law on domestic violence.</p>",
   "UprCycle": "4", "UprSession": ["42"], "UprPositions": ["Supported/Noted"],
   "UprRecommendingCountry": ["Swaziland", "State of Palestine*"]},
  {"AnnotationId": "a0000000-0000-4000-8000-000000000002", "AnnotationType": "Concerns/Observations",
   "Body": "CEDAW", "Countries": ["Czech Republic"], "Symbol": "CEDAW/C/CZE/CO/19", "PublicationDate": "2024-11-08T00:00:00",
   "Text": "21. The Committee notes illustrative gaps in access to justice.", "UprRecommendingCountry": ["Atlantis"]},
  {"AnnotationId": "a0000000-0000-4000-8000-000000000003", "Body": "CRC", "Countries": ["Paraguay"],
   "Text": "12. A record about another State."}
]`

// exampleIDs returns an ID generator with a fixed clock and fixed random
// bits, so that the example's IDs are the same on every run; programs use
// tracking.SystemIDGenerator.
func exampleIDs() tracking.IDGenerator {
	return tracking.NewV7Generator(func() time.Time { return time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC) }, bytes.NewReader(make([]byte, 1024)))
}

// Import merges an export into a State's dataset: only the records about
// that State come in, and what the importer could not map is reported.
func ExampleImport() {
	ds := &tracking.Dataset{
		SchemaVersion: tracking.SchemaVersion,
		Publisher:     tracking.Publisher{Name: tracking.En("Illustrative national mechanism")},
		Date:          tracking.MustParseDate("2026-01"),
		State:         "CZE",
	}
	r, err := uhri.NewReader(strings.NewReader(export), uhri.JSON, uhri.Options{})
	if err != nil {
		log.Fatal(err)
	}
	rep, err := uhri.Import(ds, r, exampleIDs())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(rep)
	for _, rec := range ds.Recommendations {
		src := rec.Source
		fmt.Printf("%s %s %s ¶%s %s %v: %s\n", rec.ID, src.Family, src.Document, src.Paragraph, src.Date, src.RecommendingStates, rec.Text["en"])
	}
	// Output:
	// UHRI import (json)
	//   records read                         3
	//     imported                           2
	//     filtered out                       1
	//     skipped                            0
	//   recommendations added                2
	//     updated                            0
	//     unchanged                          0
	//     combined records                   0
	//   by family: Treaty body 1, Universal Periodic Review 1
	//   by body: CEDAW 1, UPR 1
	//   by kind: Concern or observation 1, Recommendation 1
	//   by UPR position: Supported in part 1
	//   warnings 1, by code, the most frequent first, with the first 3 of each
	//     uhri.upr.notUPR                    1
	//       record 1 (byte 557) a0000000-0000-4000-8000-000000000002: /1/UprRecommendingCountry: "Atlantis" is a UPR field, but the record comes from treaty_body "CEDAW"; it is left out [uhri.upr.notUPR]
	// 019b7c01-0400-7000-8000-000000000000 upr A/HRC/97/8 ¶115.22 2022-12-20 [SWZ PSE]: Adopt an illustrative law on domestic violence.
	// 019b7c01-0400-7000-8000-000000000001 treaty_body CEDAW/C/CZE/CO/19 ¶21 2024-11-08 []: The Committee notes illustrative gaps in access to justice.
}

// A Reader streams the records of an export one by one, here the
// spreadsheet export saved as CSV, with its misspelt headers, "- " lists
// and Excel serial dates.
func ExampleReader_All() {
	const csvExport = "Text,Countries Concerned,Reccomending Body,Document Publication Date,UPR Reccomending States,UPR Position,Type,OHCHR Annotation Id,UPR Session\n" +
		"140.7 Ratify the illustrative protocol.,- Türkiye,UPR,44999,\"- Czech Republic\n- Holy See*\",Supported,Recommendations,a0000000-0000-4000-8000-000000000001,43\n" +
		"49. The Committee recommends an illustrative plan.,- Turkey,Committee against Torture,45291,,,Recommendations,a0000000-0000-4000-8000-000000000002,\n"
	r, err := uhri.NewReader(strings.NewReader(csvExport), uhri.CSV, uhri.Options{
		Filter: uhri.Filter{States: []tracking.Country{"TUR"}},
	})
	if err != nil {
		log.Fatal(err)
	}
	for a, err := range r.All() {
		if err != nil {
			log.Fatal(err)
		}
		rec := a.Recommendation
		fmt.Printf("%s: %s %s cycle %d ¶%s %s %v", a.ID, rec.Source.Family, rec.Source.Body, rec.Source.Cycle,
			rec.Source.Paragraph, rec.Source.Date, rec.Source.RecommendingStates)
		if rec.Position != nil {
			fmt.Printf(" %s", rec.Position.Value)
		}
		fmt.Println()
	}
	// Output:
	// a0000000-0000-4000-8000-000000000001: upr UPR cycle 4 ¶140.7 2023-03-14 [CZE VAT] supported
	// a0000000-0000-4000-8000-000000000002: treaty_body CAT cycle 0 ¶49 2023-12-31 []
}

// A record that is not valid JSON is skipped with a warning, and the
// records after it are read; an export cut short ends with an error whose
// code says so.
func ExampleReader_Read() {
	const broken = `[
  {"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "CRC", "Text": "12. An illustrative record."},
  {"AnnotationId": "a0000000-0000-4000-8000-000000000002", "Body": "CRC", "Text": tru},
  {"AnnotationId": "a0000000-0000-4000-8000-000000000003", "Body": "CRC", "Text": "13. Another illustrative record."},
  {"AnnotationId": "a0000000-0000-4000-8000-0000000`
	r, err := uhri.NewReader(strings.NewReader(broken), uhri.JSON, uhri.Options{})
	if err != nil {
		log.Fatal(err)
	}
	for {
		a, err := r.Read()
		if err == io.EOF {
			break
		}
		var ps schema.Problems
		if errors.As(err, &ps) {
			fmt.Println("ended:", ps[0].Code, ps[0].Pointer, errors.Is(err, io.ErrUnexpectedEOF))
			break
		}
		fmt.Println("read", a.ID)
	}
	for _, w := range r.Report().Warnings {
		fmt.Println("warning:", w.Location, w.AnnotationID, w.Code)
	}
	// Output:
	// read a0000000-0000-4000-8000-000000000001
	// read a0000000-0000-4000-8000-000000000003
	// ended: uhri.export.truncated /3 true
	// warning: record 1 (byte 118) a0000000-0000-4000-8000-000000000002 uhri.record.syntax
}

// LookupCountry reads the names the UHRI and other sources give States,
// and never guesses.
func ExampleLookupCountry() {
	for _, name := range []string{"Türkiye", "Turkey", "The former Yugoslav Republic of Macedonia", "State of Palestine*", "Bolivia (Plurinational State of)", "Serbia and Montenegro"} {
		code, ok := uhri.LookupCountry(name)
		fmt.Printf("%s → %q %v\n", name, code, ok)
	}
	// Output:
	// Türkiye → "TUR" true
	// Turkey → "TUR" true
	// The former Yugoslav Republic of Macedonia → "MKD" true
	// State of Palestine* → "PSE" true
	// Bolivia (Plurinational State of) → "BOL" true
	// Serbia and Montenegro → "" false
}

// LookupBody maps the UHRI's bodies to mechanism families and body codes.
func ExampleLookupBody() {
	for _, name := range []string{"UPR", "CRC-OP-AC", "Committee against Torture", "SR on the right to food", "IACHR", "ICCPR"} {
		b, ok := uhri.LookupBody(name)
		fmt.Printf("%s → %s %q %v\n", name, b.Family, b.Code, ok)
	}
	// Output:
	// UPR → upr "UPR" true
	// CRC-OP-AC → treaty_body "CRC-OP-AC" true
	// Committee against Torture → treaty_body "CAT" true
	// SR on the right to food → special_procedure "sr_food" true
	// IACHR → regional "IACHR" true
	// ICCPR →  "" false
}
