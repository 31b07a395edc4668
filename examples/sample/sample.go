// Package sample holds the built-in example data the example programs run
// on when they are given no files: the tracking dataset of an imaginary
// State (ISO code "XFS", a user-assigned code that names no real State) and
// a self-assessment of its national mechanism.
//
// The data are illustrative. They are shaped like real recommendations of
// the Universal Periodic Review, the treaty bodies and the special
// procedures, but they describe no real State and no real mechanism.
package sample

import (
	_ "embed"

	"github.com/nmirf/nmirf/tracking"
)

// DatasetJSON is the imaginary State's tracking dataset, as a document of
// the standard. It declares that it keeps every collection but the
// entities in full, so that the facts drawn from it are conclusive, and the
// State has confirmed the SDG links of UHRI on the recommendations it
// supported.
//
//go:embed dataset.json
var DatasetJSON []byte

// DatasetFile is the name the example programs show for DatasetJSON.
const DatasetFile = "built-in dataset (examples/sample/dataset.json)"

// Dataset decodes DatasetJSON.
func Dataset() (*tracking.Dataset, error) { return tracking.Decode(DatasetJSON) }

// AssessmentJSON is a self-assessment of the imaginary State's mechanism
// against the default framework of package maturity, by three respondents,
// with evidence that refers to records of DatasetJSON: the secretariat and
// a ministry's focal point speak for the government and make the State's
// claim; the national human rights institution gives its own view beside
// it.
//
//go:embed assessment.json
var AssessmentJSON []byte

// AssessmentFile is the name the example programs show for AssessmentJSON.
const AssessmentFile = "built-in assessment (examples/sample/assessment.json)"
