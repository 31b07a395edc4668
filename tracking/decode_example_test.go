package tracking_test

import (
	"fmt"

	"github.com/nmirf/nmirf/tracking"
)

// Decode reports every problem of shape with the JSON pointer of the value
// at fault, array indexes included.
func ExampleDecode_problems() {
	_, err := tracking.Decode([]byte(`{
  "schemaVersion": "1.0",
  "publisher": {"name": {"en": "Secretariat of a fictional mechanism"}},
  "date": "2026-03",
  "state": "XFS",
  "recommendations": [
    {"id": "0190d7a4-5b1e-7c3a-9f12-000000000101", "source": {"family": "upr"}, "text": {"en": "Illustrative text."}},
    {"id": "0190d7a4-5b1e-7c3a-9f12-000000000102", "source": {"family": "treaty_body", "body": "CEDAW", "cycle": "4"}, "position": {"value": "accepted"}}
  ]
}`))
	fmt.Println(err)
	// Output:
	// 3 problems:
	//   /recommendations/1/position/value: "accepted" is not a code of the codelist position; did you mean "supported"? The codes are: supported, supported_in_part, noted [schema.enum]
	//   /recommendations/1/source/cycle: must be a whole number written without quotation marks: 4, not "4" [schema.type]
	//   /recommendations/1/text: is required [schema.required]
}
