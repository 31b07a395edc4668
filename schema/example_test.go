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
	// /recommendations/1/source/family: "UPR" is not a code of the codelist mechanism-family; did you mean "upr"? The codes are: upr, treaty_body, special_procedure, regional, other [schema.enum]
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

// Parse reads a document strictly: it reports what JSON readers disagree
// on, such as duplicate keys and invalid UTF-8, and keeps numbers exact.
func ExampleParse() {
	v, ps := schema.Parse([]byte(`{"state": "XFS", "cycle": 4, "state": "PRY"}`), schema.Limits{})
	fmt.Println(v, ps)
	v, ps = schema.Parse([]byte(`{"state": "XFS", "cycle": 4}`), schema.Limits{})
	fmt.Println(v, len(ps))
	// Output:
	// <nil> /state: the key "state" appears more than once in this object [json.duplicateKey]
	// map[cycle:4 state:XFS] 0
}

// DetectKind tells the kind of a document from its top-level fields, even
// when one or two are missing, so that it can be validated against the
// right schema.
func ExampleDetectKind() {
	for _, doc := range []string{
		`{"schemaVersion": "1.0", "publisher": {"name": {"en": "A publisher"}}, "date": "2026", "state": "XFS"}`,
		`{"schemaVersion": "1.0", "framework": {"id": "nmirf-synthesis", "version": "1.0.0"}, "state": "XFS", "date": "2026", "answers": []}`,
		`{"colour": "blue"}`,
	} {
		k, err := schema.DetectKind([]byte(doc))
		fmt.Println(k, err != nil)
	}
	// Output:
	// dataset false
	// assessment false
	//  true
}

// Decode validates a document and decodes it into a Go value: strictly
// when it is valid, loosely (as far as it goes) with the schema's problems
// when it is not, so that the caller can apply its own rules too.
func ExampleDecode() {
	type ref struct {
		ID      string `json:"id"`
		Version string `json:"version"`
	}
	type assessment struct {
		SchemaVersion string `json:"schemaVersion"`
		Framework     ref    `json:"framework"`
		State         string `json:"state"`
		Date          string `json:"date"`
		Respondents   []any  `json:"respondents"`
		Answers       []any  `json:"answers"`
	}
	var a assessment
	ps, decoded := schema.Decode(schema.KindAssessment, []byte(`{"schemaVersion": "1.0", "framework": {"id": "nmirf-synthesis", "version": "1.0.0"},
  "state": "XFS", "date": "2026-13", "respondents": [], "answers": []}`), &a)
	fmt.Println(decoded, a.Framework.ID, a.Date)
	for _, p := range ps {
		fmt.Println(p)
	}
	// Output:
	// true nmirf-synthesis 2026-13
	// /date: "2026-13" is not a date as YYYY, YYYY-MM or YYYY-MM-DD, with a year from 0001 and a day that exists in its month [schema.pattern]
}

// A document is validated as the version it declares: a 1.0 document that
// uses what only 1.1 has is wrong as 1.0, and the same document declaring
// 1.1 is valid. Every valid 1.0 document is a valid 1.1 document.
func ExampleValidator_ValidateAs() {
	doc := []byte(`{
  "schemaVersion": "1.0",
  "publisher": {"name": {"en": "Secretariat of a fictional mechanism"}},
  "date": "2026",
  "state": "XFS",
  "recommendations": [
    {"id": "0190d7a4-5b1e-7c3a-9f12-000000000101", "source": {"family": "upr", "cycle": 4},
     "text": {"en": "Illustrative text."}, "sdgGoals": [{"goal": "10", "origin": "uhri"}]}
  ]
}`)
	v := schema.DefaultValidator()
	fmt.Println("versions:", schema.Versions(), "current:", schema.Version)
	fmt.Println("as declared (1.0):", v.Validate(schema.KindDataset, doc))
	fmt.Println("as 1.1:", len(v.ValidateAs(schema.KindDataset, "1.1", doc)), "problems")
	// Output:
	// versions: [1.0 1.1] current: 1.1
	// as declared (1.0): /recommendations/0/sdgGoals: "sdgGoals" is not a field of this object in the standard [schema.additionalProperties]
	// as 1.1: 0 problems
}

// Codes added to a closed codelist after version 1.0 carry the version they
// came in; each version's schema lists the codes of that version.
func ExampleCodelistIn() {
	for _, v := range schema.Versions() {
		codes, _ := schema.CodelistIn("position", v)
		fmt.Println(v, len(codes), "positions")
	}
	// Output:
	// 1.0 3 positions
	// 1.1 3 positions
}
