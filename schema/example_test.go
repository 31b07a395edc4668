package schema_test

import (
	"fmt"

	"github.com/nmirf/nmirf/schema"
)

func ExampleValidate() {
	doc := []byte(`{
  "schemaVersion": "1.0",
  "publisher": {"name": {"en": "Secretariat of a fictional mechanism"}},
  "date": "2026-02-29",
  "state": "XFS",
  "recommendations": [
    {"id": "0190d7a4-5b1e-7c3a-9f12-000000000101", "source": {"family": "upr", "cycle": 4}, "text": {"EN": "Illustrative text."}},
    {"id": "0190d7a4-5b1e-7c3a-9f12-000000000102", "source": {"family": "UPR"}}
  ]
}`)
	for _, p := range schema.Validate(schema.KindDataset, doc) {
		fmt.Println(p)
	}
	// Output:
	// /date: "2026-02-29" is not a date as YYYY, YYYY-MM or YYYY-MM-DD, with a year from 0001 and a day that exists in its month [schema.pattern]
	// /recommendations/0/text/EN: "EN" is not a language tag such as "en", "ar" or "es-419" [schema.additionalProperties]
	// /recommendations/1/source/family: "UPR" is not a code of the codelist mechanism-family [schema.enum]
	// /recommendations/1/text: is required [schema.required]
}

func ExampleLookupCodelist() {
	for _, name := range []string{"position", "regional-body"} {
		info, _ := schema.LookupCodelist(name)
		codes, _ := schema.Codelist(name)
		fmt.Printf("%s (open: %v, %d codes), first: %s (%s)\n", info.Title, info.Open, len(codes), codes[0].Code, codes[0].Title)
	}
	// Output:
	// State positions on UPR recommendations (open: false, 3 codes), first: supported (Supported)
	// Regional human rights bodies (open: true, 12 codes), first: IACHR (Inter-American Commission on Human Rights)
}
