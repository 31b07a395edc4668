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
// Data flow one way: Decode reads a document strictly (through the JSON
// Schema of package schema), Validate applies the field rules and the rules
// across records, and the functions over a dataset answer what a
// secretariat asks: NewIndex for look-ups by ID and reference,
// CurrentStatus for a recommendation's status from its assessment history,
// RollUp for progress by mechanism, body, theme, SDG goal, cluster or
// responsible entity, Due for what is due or overdue at a date, and
// Indicator.ProgressAt for progress from baseline towards target.
//
// Every problem is reported as a schema.Problem, with a JSON pointer, a
// stable code and a message; functions that check return all problems at
// once, sorted.
//
// Nothing here reads a clock or a random source that the caller does not
// give: dates are arguments, and new IDs come from an IDGenerator.
package tracking

//go:generate go run ../internal/cmd/enumgen -pkg tracking -codelists ../schema/codelists -o enums_gen.go
