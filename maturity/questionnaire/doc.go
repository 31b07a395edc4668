// Package questionnaire turns a maturity framework into the questionnaire
// a secretariat sends round as a spreadsheet, and reads the filled
// questionnaires back into one maturity.Assessment.
//
// Make writes an XLSX workbook in one of the six UN languages: a sheet of
// instructions, and a sheet with the respondent's name, role and
// constituency at the top and a row per criterion, grouped by dimension,
// with its statement, the five level descriptors, its guidance on
// evidence, a drop-down for the level and cells for the justification and
// one evidence item. Every text comes from the framework's language maps,
// in English where a text has no version in the language (the instructions
// then say so), and the level titles from Framework.LevelTitle. A hidden
// sheet records the framework, its version, the language and the row of
// every criterion, so that Read finds what was answered where.
//
// Read reads one file per respondent and merges them into one assessment.
// Every problem is a schema.Problem with the JSON pointer into the
// assessment, the file, sheet and cell in Location, and the criterion or
// respondent in Record.
//
// Every error of Make and Read is a schema.Problems, so that a caller
// handles them one way (var ps schema.Problems; errors.As(err, &ps)): each
// problem has a stable code, a pointer (into the Options for Make, into
// the assessment for Read) or a Location, and a message built from the
// package's message catalogues (Messages) in the six UN languages, which a
// host renders in another language with schema.Catalogue.Render.
//
//	data, err := questionnaire.Make(fw, questionnaire.Options{Language: "ar"})
//	...
//	a, err := questionnaire.Read(fw, questionnaire.Assessment{State: "XFS", Date: date}, files...)
//	r, err := maturity.Score(fw, a, facts)
//
// Make and Read are pure and safe for concurrent use.
package questionnaire
