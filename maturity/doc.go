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
// Score consolidates the government respondents' answers into the State's
// claim (the other constituencies' answers stand beside it as views), holds
// each claim down to what conclusive data show, and returns a Result: a
// profile of verified dimension scores with the claimed ones beside them, a
// weighted score, a staged level gated by the must-have criteria, coverage
// and confidence beside every figure, the claims the data do not bear out,
// the criteria the data cannot verify, and the next steps. Facts are
// conclusive only about what the dataset keeps in full
// (tracking.Dataset.CompleteCollections); leaving data, that declaration or
// evidence out never raises a verified figure or a confidence. A Result writes itself as JSON (the document of kind
// schema.KindResult), Markdown and an SVG radar chart, in any of the six UN
// languages, with numbers written as the language writes them
// (ReportOptions: Arabic-Indic digits on request). Compare sets two results
// side by side.
//
//	fw := maturity.DefaultFramework()
//	a, err := maturity.LoadAssessment(data, fw)
//	...
//	facts := maturity.ComputeFacts(tracking.NewIndex(ds), at) // or FactOptions{Scope: ...}.Compute
//	r, err := maturity.Score(fw, a, facts)
//	...
//	report, chart := r.Markdown("fr"), r.RadarSVG("ar")
//
// The default framework (DefaultFramework) is a traceable synthesis of
// public guidance on national mechanisms: every criterion cites its sources.
// Other frameworks, such as an official text a user holds, load with
// LoadFramework; a framework needs its texts in one language, any of them.
//
// A framework's texts come in as many languages as it has translations.
// The default framework is complete in the six UN languages: its structure
// and English texts are frameworks/default.json, and each other language a
// translation file beside it (frameworks/default.fr.json), holding the
// texts by their place (Translation). A host adds a language the same way:
// LoadTranslation reads its file, Framework.Translate adds it, and
// Framework.Untranslated lists what is left to translate; the reports' own
// words in that language come from a file too (LoadReportWords,
// ReportOptions.Words).
//
// Concurrency: the functions of the package keep no state of their own and
// may be called from any number of goroutines. A Framework, once loaded
// (LoadFramework, Default) or translated, and a Result, a Comparison or
// Facts once computed, may be shared by goroutines that read them
// (scoring, writing reports and charts read them only); a goroutine that
// changes one (Framework.Translate, editing an Assessment) must be the only
// one using it. The other types (Assessment, Respondent, Answer, Evidence,
// Scorer, ReportOptions, FactOptions, the codes) are plain values with the
// same rule. The embedded default framework and message catalogues are
// read once and safe to share.
//
// Package maturity/questionnaire turns a framework into the XLSX
// questionnaire respondents fill in, in the six UN languages, and reads the
// filled questionnaires back into one Assessment.
package maturity
