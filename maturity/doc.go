// Package maturity measures a national mechanism for implementation,
// reporting and follow-up (NMIRF) against a guidance framework: a scored
// self-assessment, checked against facts computed from the mechanism's own
// tracking data.
//
// The data flow one way. A Framework (dimensions of criteria, each with
// descriptors for the levels 0 to 4, sources, a weight, a must-have flag and
// rules on facts) and an Assessment (each respondent's level, or "not
// applicable" with a justification, per criterion, with evidence) load
// from JSON: the bytes are validated against the schemas of package schema,
// decoded strictly, and checked against the rules of this package, every
// problem reported with its JSON pointer. ComputeFacts derives Facts from a
// tracking dataset at a date the caller gives; nothing reads a clock.
// Score consolidates the respondents' answers, sets the data beside the
// claims and returns a Result: a profile of dimension scores, a weighted
// score, a staged level gated by the must-have criteria, coverage and
// confidence beside every figure, the claims the data do not bear out, and
// the next steps. A Result writes itself as JSON (the document of kind
// schema.KindResult), Markdown and an SVG radar chart, in English, Arabic,
// French or Spanish. Compare sets two results side by side.
//
//	fw := maturity.DefaultFramework()
//	a, err := maturity.LoadAssessment(data, fw)
//	...
//	facts := maturity.ComputeFacts(tracking.NewIndex(ds), at)
//	r, err := maturity.Score(fw, a, facts)
//	...
//	report, chart := r.Markdown("fr"), r.RadarSVG("ar")
//
// The default framework (DefaultFramework) is a traceable synthesis of
// public guidance on national mechanisms: every criterion cites its sources.
// Other frameworks, such as an official text a user holds, load with
// LoadFramework.
//
// Package maturity/questionnaire turns a framework into the XLSX
// questionnaire respondents fill in, in the six UN languages, and reads the
// filled questionnaires back into one Assessment.
package maturity
