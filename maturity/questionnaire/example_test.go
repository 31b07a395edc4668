package questionnaire_test

import (
	"errors"
	"fmt"

	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/maturity/questionnaire"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// A questionnaire in French, sent back with nothing filled in: every
// problem names the file, the sheet and the cell to fill, with the
// criterion it concerns.
func Example() {
	fw := maturity.DefaultFramework()
	data, err := questionnaire.Make(fw, questionnaire.Options{Language: "fr", Name: "Secrétariat"})
	if err != nil {
		panic(err)
	}
	// ... sent to the respondent, filled, and returned ...
	_, err = questionnaire.Read(fw, questionnaire.Assessment{State: "XFS", Date: tracking.MustParseDate("2026-06")},
		questionnaire.File{Name: "secretariat.xlsx", Data: data})
	var ps schema.Problems
	if errors.As(err, &ps) {
		fmt.Println(len(ps), "problems")
		fmt.Println(ps[0].Location, ps[0].Record, ps[0].Code)
		fmt.Println(ps[0].Message)
	}
	// Output:
	// 25 problems
	// secretariat.xlsx:Questionnaire!M9 criterion legal-basis answer.noLevel
	// no level is chosen for the criterion legal-basis; choose one from the list: Absent, Naissant, En développement, Établi, Avancé
}
