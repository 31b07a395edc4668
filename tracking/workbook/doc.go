// Package workbook writes a tracking dataset as an XLSX workbook that
// people edit in a spreadsheet, reads it back, and writes the
// implementation matrix.
//
// Export writes one sheet per kind of record (Entities, Recommendations,
// Clusters, Actions, Indicators, Progress reports, Assessments,
// Obligations, Consultations), sheets for the lists inside records
// (Observations, Classifications) and a Profile sheet for the dataset's
// publisher and the mechanism's profile. Every record row carries the
// record's ID in its first column, which people are asked not to edit:
// rows are matched by that key, never by their position, so sorting or
// filtering a sheet changes nothing. Links to other records are written as
// the record's human reference (ref) where it has one and as its ID
// otherwise; either is read back. Text has a column per language, coded
// columns a drop-down of the codelist's titles in the workbook's language,
// columns of several values one value a line, dates text as the standard
// writes them (2025, 2025-06, 2025-06-30).
//
// Every word of a workbook is in its language (Options.Language), one of
// the six UN languages: sheet names (Mesures for Actions in French),
// headers, the notes on the key and Delete columns, the drop-downs'
// prompts and warnings, yes and no, and a first sheet of instructions;
// Arabic sheets run right to left. Read recognises sheet names and headers
// in any of the six languages, so that a workbook in one language, in
// several, or exported before its words were translated imports alike; a
// header no column has is reported with the sheet's headers in the
// workbook's language (Book.Language). Problems are built from the
// package's message catalogues (Messages), in the six languages.
//
// Every error of the package's readers and writers (Export, Write, Read,
// Import, NewMatrix and the Matrix writers) is a schema.Problems, so that a
// caller handles them one way (var ps schema.Problems; errors.As(err,
// &ps)): each problem has a stable code (CodeArguments, CodeRead,
// CodeWrite, CodeUnreadable, CodeIDGenerator, CodeEncode), a pointer into
// the Options where an option is at fault ("/Language", "/Entity", "/At")
// or a Location (the file, and the sheet and cell where they apply), and a
// message from the catalogues; the error of a reader or writer underneath
// is carried as its text, the argument "error".
//
// A hidden sheet records what each row held at the export. Import merges
// workbooks into a dataset by key, cell by cell: a cell the person changed
// replaces the dataset's value, a cell changed both in the workbook and in
// the dataset since the export is a conflict reported with both values
// (the dataset's value stays), a row without an ID is a new record and
// gets one, and a row missing from a workbook is left alone; a record is
// deleted only by marking its row in the Delete column. Every problem
// carries the JSON pointer of the value in the dataset, the record, and
// the sheet and cell (Actions!C14) it came from; the dataset is checked
// with the rules of tracking.Check.
//
// Write streams the big sheets, so that their cells are not held in
// memory; Export returns a workbook still held, for the caller to change.
//
// NewMatrix builds the implementation matrix (recommendations with their
// source, position, themes, SDGs, responsible entities, actions,
// indicators and current status by source), grouped and filtered, and
// writes it as XLSX, CSV or Markdown, its headers and group titles in the
// matrix's language.
//
// Concurrency: the functions of the package keep no state of their own and
// may be called from any number of goroutines on different values. A Book
// that Read returned and a Matrix that NewMatrix built may be read by any
// number of goroutines (Import and the Matrix writers only read them); the
// *excelize.File that Export returns belongs to one goroutine at a time.
// Options, MatrixOptions and Limits are plain values.
package workbook
