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
// Matrix builds the implementation matrix (recommendations with their
// source, position, themes, SDGs, responsible entities, actions,
// indicators and current status by source), grouped and filtered, and
// writes it as XLSX, CSV or Markdown.
package workbook
