package maturity

import (
	"fmt"
	"slices"
	"strings"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Assessment is a self-assessment of a mechanism against a framework: each
// respondent's answer to each criterion, with evidence.
type Assessment struct {
	// SchemaVersion is the version of the data standard the document
	// follows.
	SchemaVersion string `json:"schemaVersion"`
	// Framework names the framework assessed against.
	Framework FrameworkRef `json:"framework"`
	// State is the State whose mechanism is assessed.
	State tracking.Country `json:"state" validate:"required,enum"`
	// Date is when the assessment was made.
	Date tracking.PartialDate `json:"date" validate:"required"`
	// Title names the assessment, such as "Annual self-assessment 2026".
	Title tracking.Text `json:"title,omitzero" validate:"omitempty,text"`
	// Respondents are the people or bodies who answered.
	Respondents []Respondent `json:"respondents" validate:"dive"`
	// Answers are the answers, each by one respondent to one criterion.
	Answers []Answer `json:"answers" validate:"dive"`
}

// Respondent is a person or body who answered an assessment.
type Respondent struct {
	// ID identifies the respondent within the assessment.
	ID string `json:"id" validate:"key"`
	// Name names the respondent, as a language map, so that a report in
	// any language can name them as they are known in it.
	Name tracking.Text `json:"name" validate:"required,text"`
	// Role says for whom the respondent answers, such as "Secretariat" or
	// "Ministry of Justice focal point".
	Role tracking.Text `json:"role,omitzero" validate:"omitempty,text"`
	// Constituency is the part of the State or of society the respondent
	// answers for; empty when not said. Since version 1.1 of the standard.
	Constituency Constituency `json:"constituency,omitzero" validate:"omitempty,enum"`
	// FactsShown is the date of the facts of the tracking data that the
	// respondent was shown beside the criteria before answering, as a
	// questionnaire prefilled with them shows them; zero when none were
	// shown. The report says so, since the figures can anchor the answers.
	// Since version 1.1 of the standard.
	FactsShown tracking.PartialDate `json:"factsShown,omitzero"`
}

// Answer is one respondent's answer to one criterion: a level, or "not
// applicable" with a justification.
type Answer struct {
	// Criterion is the ID of the criterion answered.
	Criterion string `json:"criterion" validate:"key"`
	// Respondent is the ID of the respondent.
	Respondent string `json:"respondent" validate:"key"`
	// Level is the level the respondent finds; empty when NotApplicable.
	Level Level `json:"level,omitzero" validate:"omitempty,enum"`
	// NotApplicable is true when the respondent finds that the criterion
	// does not apply to the mechanism; Justification must say why. A
	// must-have criterion cannot be found not applicable.
	NotApplicable bool `json:"notApplicable,omitzero"`
	// Justification says why the criterion does not apply.
	Justification tracking.Text `json:"justification,omitzero" validate:"omitempty,text"`
	// Evidence supports the answer.
	Evidence []Evidence `json:"evidence,omitzero" validate:"dive"`
	// Comment is the respondent's comment.
	Comment tracking.Text `json:"comment,omitzero" validate:"omitempty,text"`
}

// Evidence is an item that supports an answer: a document, a link, or a
// record of the tracking dataset.
type Evidence struct {
	// Title describes the item.
	Title tracking.Text `json:"title,omitzero" validate:"omitempty,text"`
	// Document is a document's symbol or reference, such as
	// "Decree 12/2021".
	Document string `json:"document,omitzero"`
	// URL is where the item can be seen.
	URL string `json:"url,omitzero" validate:"omitempty,http_url"`
	// Record is a record of the tracking dataset.
	Record *RecordRef `json:"record,omitzero"`
}

// RecordRef points at a record of a tracking dataset.
type RecordRef struct {
	// Kind is the kind of record.
	Kind tracking.RecordKind `json:"kind" validate:"required,enum"`
	// ID is the record's ID.
	ID tracking.ID `json:"id" validate:"required"`
}

// LoadAssessment reads an assessment of the framework fw from a JSON
// document: it validates the document against the assessment schema
// (schema.KindAssessment), decodes it strictly and applies Check. On failure
// the error is a schema.Problems listing every problem found, each with its
// JSON pointer.
func LoadAssessment(data []byte, fw *Framework) (*Assessment, error) {
	if fw == nil {
		return nil, schema.Problems{{Code: CodeFrameworkMissing, Message: "an assessment loads against a framework, and none was given"}}
	}
	var a Assessment
	if err := loadChecked(schema.KindAssessment, data, &a, a.fieldChecks, func() schema.Problems { return a.ruleChecks(fw) }); err != nil {
		return nil, err
	}
	return &a, nil
}

// Check applies the assessment's rules beyond its schema, against the
// framework fw: the field rules of its values; the framework's ID and
// version match; respondent IDs are unique; every answer is by a listed
// respondent, to a criterion of the framework, once per respondent and
// criterion, with a level or "not applicable" but not both; "not
// applicable" comes with a justification and is not said of a must-have
// criterion, which applies to every mechanism; every evidence item says
// what it is. It returns every problem, sorted.
func (a *Assessment) Check(fw *Framework) schema.Problems {
	switch {
	case a == nil:
		return schema.Problems{{Code: CodeMissing, Message: "the assessment is missing"}}
	case fw == nil:
		return schema.Problems{{Code: CodeFrameworkMissing, Message: "an assessment is checked against a framework, and none was given"}}
	}
	return withRecords(append(a.fieldChecks(), a.ruleChecks(fw)...).Normalize(), a)
}

// fieldChecks applies the rules that the schema states too.
func (a *Assessment) fieldChecks() schema.Problems {
	ps := fieldProblems(a)
	if !schema.KnownVersion(a.SchemaVersion) {
		ps.Add("/schemaVersion", CodeSchemaVersion, "schema version %q is not a version of the standard this package reads (%s)", a.SchemaVersion, strings.Join(schema.Versions(), ", "))
	}
	for i, ans := range a.Answers {
		answerChecks(&ps, schema.Pointer("answers", i), ans)
	}
	return ps
}

// answerChecks applies the rules of one answer that the schema states too:
// a level or "not applicable", not both; a justification for "not
// applicable"; evidence items that point at something.
func answerChecks(ps *schema.Problems, ptr string, ans Answer) {
	if ans.NotApplicable && ans.Level != "" {
		ps.Add(ptr, CodeLevelAndNA, "an answer gives either a level or \"not applicable\", not both")
	}
	if !ans.NotApplicable && ans.Level == "" {
		ps.Add(ptr, CodeNoLevel, "an answer gives a level or \"not applicable\"")
	}
	if ans.NotApplicable && len(ans.Justification) == 0 {
		ps.Add(ptr+"/justification", CodeNoJustification, "\"not applicable\" needs a justification")
	}
	for j, ev := range ans.Evidence {
		if ev.Document == "" && ev.URL == "" && ev.Record == nil {
			ps.Add(ptr+schema.Pointer("evidence", j), CodeEmptyEvidence, "an evidence item needs a document, a URL or a record")
		}
	}
}

// ruleChecks applies the rules that need the framework, or several values.
func (a *Assessment) ruleChecks(fw *Framework) schema.Problems {
	var ps schema.Problems
	if a.Framework.ID != fw.ID {
		ps.Add("/framework/id", CodeWrongFramework, "the assessment is of framework %q, not %q", a.Framework.ID, fw.ID)
	} else if a.Framework.Version != fw.Version {
		ps.Add("/framework/version", CodeFrameworkVersion, "the assessment is of version %q of framework %q, not of version %q, which scores it: its criteria may differ", a.Framework.Version, fw.ID, fw.Version)
	}
	resp := map[string]int{}
	for i, r := range a.Respondents {
		if j, dup := resp[r.ID]; dup {
			ps.Add(schema.Pointer("respondents", i, "id"), CodeDuplicateID, "respondent ID %q is already used by /respondents/%d", r.ID, j)
		} else {
			resp[r.ID] = i
		}
	}
	if len(a.Respondents) == 0 && len(a.Answers) > 0 {
		// One problem, rather than one for every answer.
		ps.Add("/respondents", CodeNoRespondents, "the assessment has %d answer(s) but lists no respondent", len(a.Answers))
	}
	type key struct{ criterion, respondent string }
	seen := map[key]int{}
	for i, ans := range a.Answers {
		ptr := schema.Pointer("answers", i)
		c, _ := fw.Criterion(ans.Criterion)
		if c == nil {
			ps.Add(ptr+"/criterion", CodeUnknownCriterion, "framework %q has no criterion %q", fw.ID, ans.Criterion)
		} else if c.MustHave && ans.NotApplicable {
			ps.Add(ptr+"/notApplicable", CodeMustHaveNA, "criterion %q is a must-have, which applies to every mechanism: give it a level", ans.Criterion)
		}
		if _, ok := resp[ans.Respondent]; !ok && len(a.Respondents) > 0 {
			ps.Add(ptr+"/respondent", CodeUnknownResp, "%q is not among the assessment's respondents", ans.Respondent)
		}
		k := key{ans.Criterion, ans.Respondent}
		if j, dup := seen[k]; dup {
			ps.Add(ptr, CodeDuplicateAnswer, "respondent %q already answered criterion %q at /answers/%d", ans.Respondent, ans.Criterion, j)
		} else {
			seen[k] = i
		}
	}
	return ps
}

// CheckRecords reports the evidence items that refer to records the
// dataset indexed by ix does not hold, or holds as another kind.
func (a *Assessment) CheckRecords(ix *tracking.Index) schema.Problems {
	switch {
	case a == nil:
		return schema.Problems{{Code: CodeMissing, Message: "the assessment is missing"}}
	case ix == nil:
		return schema.Problems{{Code: CodeDatasetMissing, Message: "records are checked against a tracking dataset, and none was given"}}
	}
	var ps schema.Problems
	for i, ans := range a.Answers {
		for j, ev := range ans.Evidence {
			if ev.Record == nil {
				continue
			}
			ptr := schema.Pointer("answers", i, "evidence", j, "record")
			switch k := ix.Kind(ev.Record.ID); {
			case k == "":
				ps.Add(ptr+"/id", CodeUnknownRecord, "the dataset holds no record %s", ev.Record.ID)
			case k != ev.Record.Kind:
				ps.Add(ptr+"/kind", CodeRecordKind, "record %s is a %s, not a %s", ev.Record.ID, k, ev.Record.Kind)
			}
		}
	}
	return ps.Normalize()
}

// Merge joins the assessments of several respondents of one framework (ID
// and version) and State into one assessment, to consolidate when scoring.
// Respondents keep their IDs, which must differ within and between the
// assessments, and each assessment's answers must be by its own
// respondents; the date is the latest of theirs, and the title the first
// one's; it follows the latest version of the standard among theirs. It
// fails with a schema.Problems listing every problem, whose
// pointers are within the assessments, prefixed by their place in the
// arguments ("/1/respondents/0/id" is in the second assessment).
func Merge(as ...*Assessment) (*Assessment, error) {
	if len(as) == 0 {
		return nil, fmt.Errorf("maturity: nothing to merge")
	}
	var ps schema.Problems
	for i, a := range as {
		if a == nil {
			ps.Add(schema.Pointer(i), CodeMissing, "assessment %d is missing", i)
		}
	}
	if len(ps) > 0 {
		return nil, ps
	}
	first := as[0]
	out := &Assessment{
		SchemaVersion: first.SchemaVersion,
		Framework:     first.Framework,
		State:         first.State,
		Date:          first.Date,
		Title:         first.Title.Clone(),
	}
	type place struct{ assessment, index int }
	seen := map[string]place{}
	for i, a := range as {
		at := schema.Pointer(i)
		out.SchemaVersion = schema.LaterVersion(out.SchemaVersion, a.SchemaVersion)
		switch {
		case a.Framework.ID != first.Framework.ID:
			ps.Add(at+"/framework/id", CodeWrongFramework, "assessment %d is of framework %q, not %q", i, a.Framework.ID, first.Framework.ID)
		case a.Framework.Version != first.Framework.Version:
			ps.Add(at+"/framework/version", CodeFrameworkVersion, "assessment %d is of version %q of framework %q, not %q", i, a.Framework.Version, a.Framework.ID, first.Framework.Version)
		}
		if a.State != first.State {
			ps.Add(at+"/state", CodeOtherState, "assessment %d is of State %q, not %q", i, a.State, first.State)
		}
		if a.Date.Compare(out.Date) > 0 {
			out.Date = a.Date
		}
		own := map[string]bool{}
		for j, r := range a.Respondents {
			own[r.ID] = true
			if p, dup := seen[r.ID]; dup {
				ps.Add(at+schema.Pointer("respondents", j, "id"), CodeDuplicateID, "respondent %q is already respondent %d of assessment %d", r.ID, p.index, p.assessment)
				continue
			}
			seen[r.ID] = place{i, j}
			out.Respondents = append(out.Respondents, r)
		}
		for j, ans := range a.Answers {
			if !own[ans.Respondent] {
				ps.Add(at+schema.Pointer("answers", j, "respondent"), CodeUnknownResp, "%q is not among the respondents of assessment %d", ans.Respondent, i)
			}
		}
		out.Answers = append(out.Answers, slices.Clone(a.Answers)...)
	}
	if len(ps) > 0 {
		return nil, ps.Normalize()
	}
	return out, nil
}
