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
// Every problem carries the named arguments of its message (Args) and a
// message key (MessageKey): the code, or code#variant when the code is
// worded in several ways. Each package that reports problems keeps its
// templates in an embedded messages/en.json, one Catalogue per language,
// and builds every problem from it (Catalogue.Problem), so that Message is
// the English rendering of a template and a host can render the problem in
// another language with Catalogue.Render. Messages returns this package's
// catalogues; packages tracking, tracking/uhri and maturity have their own
// Messages, which MergeCatalogues joins into one.
//
// This package imports no other package of the module: it is the contract
// the others build on.
package schema
