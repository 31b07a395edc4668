// Package maturity measures a national mechanism for implementation,
// reporting and follow-up (NMIRF) against a guidance framework: a scored
// self-assessment, checked against facts computed from the mechanism's own
// tracking data.
//
// The data flow one way. A Framework (dimensions, criteria, level
// descriptors 0–4, sources, weights, must-haves and rules on facts) and an
// Assessment (each respondent's level or "not applicable" per criterion,
// with evidence) load from JSON, validated against the schemas of package
// schema and then against the rules of this package. ComputeFacts derives
// Facts from a tracking dataset at a date the caller gives. Score
// consolidates the respondents' answers, sets the data beside the claims and
// returns a Result: a profile of dimension scores, a weighted score, a
// staged level gated by the must-have criteria, coverage and confidence
// beside every figure, contradictions between claims and data, and the next
// steps. A Result writes itself as JSON, Markdown and an SVG radar chart, in
// English, Arabic, French or Spanish; Compare sets two results side by side.
//
// The default framework (DefaultFramework) is a traceable synthesis of
// public guidance on national mechanisms: every criterion cites its sources.
// Other frameworks, such as an official text a user holds, load with
// LoadFramework.
package maturity
