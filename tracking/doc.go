// Package tracking is the typed model of what a national mechanism for
// implementation, reporting and follow-up (NMIRF) tracks, and the logic
// that tracking tools need.
//
// A Dataset is one State's tracking data as one document: the profile of
// its Mechanism and collections of Entities, Recommendations (from the
// Universal Periodic Review, the treaty bodies, the special procedures and
// regional bodies), Clusters, Actions, Indicators with their Observations,
// ProgressReports, implementation Assessments, reporting Obligations and
// Consultations. Records refer to each other by ID; human references
// (Ref) are unique within a dataset. Text that people read is a Text (a
// language map); dates may be partial (PartialDate: "2025", "2025-06",
// "2025-06-30"); codes are typed enumerations generated from the codelists
// of package schema.
//
// Data flow one way: Decode reads a document strictly (in one strict pass,
// with the verdict of the JSON Schema of package schema), Check does so and
// applies every rule at once, Validate applies the field rules and the rules
// across records, and the functions over a dataset answer what a
// secretariat asks: NewIndex for look-ups by ID and reference,
// CurrentStatus for a recommendation's status from its assessment history,
// RollUp for progress by mechanism, body, theme, SDG goal, cluster,
// responsible entity, UPR cycle, position or a grouping of the caller's
// own (GroupBy), Due for what is due or overdue at a date, and
// Indicator.ProgressAt for progress from baseline towards target.
//
// Every problem is reported as a schema.Problem, with a JSON pointer, a
// stable code and a message; functions that check return all problems at
// once, sorted. A problem that lies in a record names it (Problem.Record:
// its kind and ID), so that a host can follow it across edits.
//
// Concurrency: the functions of the package keep no state of their own and
// may be called from any number of goroutines. The record types (Dataset
// and everything it holds, Text, PartialDate, ID, the codes) are plain
// values: any number of goroutines may read one, but a goroutine that
// changes one must be the only one using it. An Index, once built, may be
// shared by goroutines that read it, as long as no one changes its dataset;
// a Grouping, a Tally, a Group and the other results are values that are
// safe to share; a V7Generator is safe for concurrent use. Nil and zero
// values are accepted everywhere: a nil dataset or index reads as an empty
// one, and a function that cannot work without a value says so with an
// error instead of a panic.
//
// Nothing here reads a clock or a random source that the caller does not
// give: dates are arguments, and new IDs come from an IDGenerator.
package tracking

//go:generate go run ../internal/cmd/enumgen -pkg tracking -codelists ../schema/codelists -o enums_gen.go
