// Package schema is the published data standard of nmirf: the JSON Schemas
// (draft 2020-12) of every document the library reads or writes, the
// codelists of their vocabularies, and their validation.
//
// The files are embedded (FS): the schemas under "1.0/", one per Kind of
// document (dataset, framework, assessment, result), each with a stable,
// versioned $id; the codelists under "codelists/" as CSV files with the
// columns code, title and description (Codelist, Codelists). Tools in other
// languages validate against the same files; schema/README.md tells data
// publishers how.
//
// Validate checks a document of a kind: it parses the bytes strictly (Parse
// rejects malformed JSON, invalid UTF-8, duplicate keys, trailing data and
// documents past the Limits on size and depth), then applies the schema,
// compiled once and shared safely between goroutines, and reports every
// failure as a Problem: a JSON pointer, a stable code and a message, sorted
// and without repeats. Problem is the one problem type of the library: the
// rules of packages tracking and maturity report with it too, so a caller
// sees one list.
//
// This package imports no other package of the module: it is the contract
// the others build on.
package schema
