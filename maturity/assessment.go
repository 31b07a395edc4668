package maturity

import (
	"slices"
	"strconv"
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
	// Constituency says for whom the respondent speaks: the government,
	// whose answers make the State's claim, or another constituency, whose
	// answers stand beside the claim as an independent view. Empty means
	// the government. Since version 1.1.
	Constituency Constituency `json:"constituency,omitzero" validate:"omitempty,enum"`
	// FactsShown is the date of the facts of the tracking data that the
	// respondent was shown beside the criteria before answering, as a
	// questionnaire prefilled with them shows them; zero when none were
	// shown. The report says so, since the figures can anchor the answers.
	// Since version 1.1 of the standard.
	FactsShown tracking.PartialDate `json:"factsShown,omitzero"`
}

// Speaks returns the respondent's constituency: ConstituencyGovernment
// when none is given.
func (p Respondent) Speaks() Constituency {
	if p.Constituency == "" {
		return ConstituencyGovernment
	}
	return p.Constituency
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
		return nil, schema.Problems{problem("", CodeFrameworkMissing, "load", nil)}
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
		return schema.Problems{problem("", CodeMissing, "assessment", nil)}
	case fw == nil:
		return schema.Problems{problem("", CodeFrameworkMissing, "check", nil)}
	}
	return withRecords(append(a.fieldChecks(), a.ruleChecks(fw)...).Normalize(), a)
}

// fieldChecks applies the rules that the schema states too.
func (a *Assessment) fieldChecks() schema.Problems {
	ps := fieldProblems(a)
	if !schema.KnownVersion(a.SchemaVersion) {
		add(&ps, "/schemaVersion", CodeSchemaVersion, "", schema.Args{"value": a.SchemaVersion, "versions": strings.Join(schema.Versions(), ", ")})
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
		add(ps, ptr, CodeLevelAndNA, "", nil)
	}
	if !ans.NotApplicable && ans.Level == "" {
		add(ps, ptr, CodeNoLevel, "", nil)
	}
	if ans.NotApplicable && len(ans.Justification) == 0 {
		add(ps, ptr+"/justification", CodeNoJustification, "", nil)
	}
	for j, ev := range ans.Evidence {
		if ev.Document == "" && ev.URL == "" && ev.Record == nil {
			add(ps, ptr+schema.Pointer("evidence", j), CodeEmptyEvidence, "", nil)
		}
	}
}

// ruleChecks applies the rules that need the framework, or several values.
func (a *Assessment) ruleChecks(fw *Framework) schema.Problems {
	var ps schema.Problems
	if a.Framework.ID != fw.ID {
		add(&ps, "/framework/id", CodeWrongFramework, "", schema.Args{"value": a.Framework.ID, "framework": fw.ID})
	} else if a.Framework.Version != fw.Version {
		add(&ps, "/framework/version", CodeFrameworkVersion, "", schema.Args{"value": a.Framework.Version, "framework": fw.ID, "version": fw.Version})
	}
	resp := map[string]int{}
	for i, r := range a.Respondents {
		if j, dup := resp[r.ID]; dup {
			add(&ps, schema.Pointer("respondents", i, "id"), CodeDuplicateID, "respondent", schema.Args{"id": r.ID, "index": strconv.Itoa(j)})
		} else {
			resp[r.ID] = i
		}
	}
	if len(a.Respondents) == 0 && len(a.Answers) > 0 {
		// One problem, rather than one for every answer.
		add(&ps, "/respondents", CodeNoRespondents, "", schema.Args{"count": strconv.Itoa(len(a.Answers))})
	}
	type key struct{ criterion, respondent string }
	seen := map[key]int{}
	for i, ans := range a.Answers {
		ptr := schema.Pointer("answers", i)
		c, _ := fw.Criterion(ans.Criterion)
		if c == nil {
			add(&ps, ptr+"/criterion", CodeUnknownCriterion, "", schema.Args{"framework": fw.ID, "criterion": ans.Criterion})
		} else if c.MustHave && ans.NotApplicable {
			add(&ps, ptr+"/notApplicable", CodeMustHaveNA, "", schema.Args{"criterion": ans.Criterion})
		} else if ans.NotApplicable && !c.MayNotApply && marksApplicability(fw) {
			add(&ps, ptr+"/notApplicable", CodeNAUnlisted, "", schema.Args{"criterion": ans.Criterion})
		}
		if _, ok := resp[ans.Respondent]; !ok && len(a.Respondents) > 0 {
			add(&ps, ptr+"/respondent", CodeUnknownResp, "", schema.Args{"respondent": ans.Respondent})
		}
		k := key{ans.Criterion, ans.Respondent}
		if j, dup := seen[k]; dup {
			add(&ps, ptr, CodeDuplicateAnswer, "", schema.Args{"respondent": ans.Respondent, "criterion": ans.Criterion, "index": strconv.Itoa(j)})
		} else {
			seen[k] = i
		}
	}
	return ps
}

// marksApplicability reports whether the framework follows version 1.1 of
// the standard or a later one, and so says which criteria may not apply
// and where its sources can be read: one of version 1.0 could not, and
// lets any criterion but a must-have be found not applicable.
func marksApplicability(fw *Framework) bool {
	return schema.LaterVersion(fw.SchemaVersion, "1.1") == fw.SchemaVersion
}

// CheckRecords reports the evidence items that refer to records the
// dataset indexed by ix does not hold, or holds as another kind.
func (a *Assessment) CheckRecords(ix *tracking.Index) schema.Problems {
	switch {
	case a == nil:
		return schema.Problems{problem("", CodeMissing, "assessment", nil)}
	case ix == nil:
		return schema.Problems{problem("", CodeDatasetMissing, "", nil)}
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
				add(&ps, ptr+"/id", CodeUnknownRecord, "", schema.Args{"id": ev.Record.ID.String()})
			case k != ev.Record.Kind:
				add(&ps, ptr+"/kind", CodeRecordKind, "", schema.Args{"id": ev.Record.ID.String(), "other": string(k), "kind": string(ev.Record.Kind)})
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
		return nil, schema.Problems{problem("", CodeMissing, "merge", nil)}
	}
	var ps schema.Problems
	for i, a := range as {
		if a == nil {
			add(&ps, schema.Pointer(i), CodeMissing, "merged", schema.Args{"index": strconv.Itoa(i)})
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
			add(&ps, at+"/framework/id", CodeWrongFramework, "merged", schema.Args{"index": strconv.Itoa(i), "value": a.Framework.ID, "other": first.Framework.ID})
		case a.Framework.Version != first.Framework.Version:
			add(&ps, at+"/framework/version", CodeFrameworkVersion, "merged", schema.Args{"index": strconv.Itoa(i), "value": a.Framework.Version, "framework": a.Framework.ID, "other": first.Framework.Version})
		}
		if a.State != first.State {
			add(&ps, at+"/state", CodeOtherState, "", schema.Args{"index": strconv.Itoa(i), "value": string(a.State), "other": string(first.State)})
		}
		if a.Date.Compare(out.Date) > 0 {
			out.Date = a.Date
		}
		own := map[string]bool{}
		for j, r := range a.Respondents {
			own[r.ID] = true
			if p, dup := seen[r.ID]; dup {
				add(&ps, at+schema.Pointer("respondents", j, "id"), CodeDuplicateID, "merged", schema.Args{"id": r.ID, "index": strconv.Itoa(p.index), "assessment": strconv.Itoa(p.assessment)})
				continue
			}
			seen[r.ID] = place{i, j}
			out.Respondents = append(out.Respondents, r)
		}
		for j, ans := range a.Answers {
			if !own[ans.Respondent] {
				add(&ps, at+schema.Pointer("answers", j, "respondent"), CodeUnknownResp, "merged", schema.Args{"respondent": ans.Respondent, "index": strconv.Itoa(i)})
			}
		}
		out.Answers = append(out.Answers, slices.Clone(a.Answers)...)
	}
	if len(ps) > 0 {
		return nil, ps.Normalize()
	}
	return out, nil
}
