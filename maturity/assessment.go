package maturity

import (
	"fmt"
	"slices"

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
	State tracking.Country `json:"state"`
	// Date is when the assessment was made.
	Date tracking.PartialDate `json:"date"`
	// Title names the assessment, such as "Annual self-assessment 2026".
	Title tracking.Text `json:"title,omitzero"`
	// Respondents are the people or bodies who answered.
	Respondents []Respondent `json:"respondents"`
	// Answers are the answers, each by one respondent to one criterion.
	Answers []Answer `json:"answers"`
}

// Respondent is a person or body who answered an assessment.
type Respondent struct {
	// ID identifies the respondent within the assessment.
	ID string `json:"id"`
	// Name names the respondent.
	Name string `json:"name"`
	// Role says for whom the respondent answers, such as "Secretariat" or
	// "Ministry of Justice focal point".
	Role tracking.Text `json:"role,omitzero"`
}

// Answer is one respondent's answer to one criterion: a level, or "not
// applicable" with a justification.
type Answer struct {
	// Criterion is the ID of the criterion answered.
	Criterion string `json:"criterion"`
	// Respondent is the ID of the respondent.
	Respondent string `json:"respondent"`
	// Level is the level the respondent finds; empty when NotApplicable.
	Level Level `json:"level,omitzero"`
	// NotApplicable is true when the respondent finds that the criterion
	// does not apply to the mechanism; Justification must say why.
	NotApplicable bool `json:"notApplicable,omitzero"`
	// Justification says why the criterion does not apply.
	Justification tracking.Text `json:"justification,omitzero"`
	// Evidence supports the answer.
	Evidence []Evidence `json:"evidence,omitzero"`
	// Comment is the respondent's comment.
	Comment tracking.Text `json:"comment,omitzero"`
}

// Evidence is an item that supports an answer: a document, a link, or a
// record of the tracking dataset.
type Evidence struct {
	// Title describes the item.
	Title tracking.Text `json:"title,omitzero"`
	// Document is a document's symbol or reference, such as
	// "Decree 12/2021".
	Document string `json:"document,omitzero"`
	// URL is where the item can be seen.
	URL string `json:"url,omitzero"`
	// Record is a record of the tracking dataset.
	Record *RecordRef `json:"record,omitzero"`
}

// RecordRef points at a record of a tracking dataset.
type RecordRef struct {
	// Kind is the kind of record.
	Kind tracking.RecordKind `json:"kind"`
	// ID is the record's ID.
	ID tracking.ID `json:"id"`
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
	if err := loadChecked(schema.KindAssessment, data, &a, func() schema.Problems { return a.Check(fw) }); err != nil {
		return nil, err
	}
	return &a, nil
}

// Check applies the assessment's rules beyond its schema, against the
// framework fw: the framework's ID matches; respondent IDs are unique; every
// answer is by a listed respondent, to a criterion of the framework, once
// per respondent and criterion, with a level or "not applicable" but not
// both; "not applicable" comes with a justification; every evidence item
// says what it is. It returns every problem, sorted.
func (a *Assessment) Check(fw *Framework) schema.Problems {
	var ps schema.Problems
	if a.SchemaVersion != schema.Version {
		ps.Add("/schemaVersion", CodeSchemaVersion, "schema version %q is not %q, the version this package reads", a.SchemaVersion, schema.Version)
	}
	if a.Framework.ID != fw.ID {
		ps.Add("/framework/id", CodeWrongFramework, "the assessment is of framework %q, not %q", a.Framework.ID, fw.ID)
	}
	if !a.State.Valid() {
		ps.Add("/state", CodeInvalidValue, "%q is not an ISO 3166-1 alpha-3 code of the codelist", a.State)
	}
	if a.Date.IsZero() || !a.Date.Valid() {
		ps.Add("/date", CodeInvalidValue, "the assessment needs the date it was made")
	}
	checkText(&ps, "/title", a.Title, false)
	resp := map[string]int{}
	for i, r := range a.Respondents {
		ptr := schema.Pointer("respondents", i)
		checkID(&ps, ptr+"/id", r.ID)
		if j, dup := resp[r.ID]; dup {
			ps.Add(ptr+"/id", CodeDuplicateID, "respondent ID %q is already used by /respondents/%d", r.ID, j)
		} else {
			resp[r.ID] = i
		}
		if r.Name == "" {
			ps.Add(ptr+"/name", CodeInvalidValue, "the respondent needs a name")
		}
		checkText(&ps, ptr+"/role", r.Role, false)
	}
	type key struct{ criterion, respondent string }
	seen := map[key]int{}
	for i, ans := range a.Answers {
		ptr := schema.Pointer("answers", i)
		if c, _ := fw.Criterion(ans.Criterion); c == nil {
			ps.Add(ptr+"/criterion", CodeUnknownCriterion, "framework %q has no criterion %q", fw.ID, ans.Criterion)
		}
		if _, ok := resp[ans.Respondent]; !ok {
			ps.Add(ptr+"/respondent", CodeUnknownResp, "%q is not among the assessment's respondents", ans.Respondent)
		}
		k := key{ans.Criterion, ans.Respondent}
		if j, dup := seen[k]; dup {
			ps.Add(ptr, CodeDuplicateAnswer, "respondent %q already answered criterion %q at /answers/%d", ans.Respondent, ans.Criterion, j)
		} else {
			seen[k] = i
		}
		if ans.Level != "" && !ans.Level.Valid() {
			ps.Add(ptr+"/level", CodeInvalidValue, "%q is not a level", ans.Level)
		}
		switch {
		case ans.NotApplicable && ans.Level != "":
			ps.Add(ptr, CodeLevelAndNA, "an answer gives either a level or \"not applicable\", not both")
		case !ans.NotApplicable && ans.Level == "":
			ps.Add(ptr, CodeNoLevel, "an answer gives a level or \"not applicable\"")
		case ans.NotApplicable && len(ans.Justification) == 0:
			ps.Add(ptr+"/justification", CodeNoJustification, "\"not applicable\" needs a justification")
		}
		checkText(&ps, ptr+"/justification", ans.Justification, false)
		checkText(&ps, ptr+"/comment", ans.Comment, false)
		for j, ev := range ans.Evidence {
			ep := schema.Pointer("answers", i, "evidence", j)
			if ev.Document == "" && ev.URL == "" && ev.Record == nil {
				ps.Add(ep, CodeEmptyEvidence, "an evidence item needs a document, a URL or a record")
			}
			checkText(&ps, ep+"/title", ev.Title, false)
		}
	}
	return ps.Normalize()
}

// CheckRecords reports the evidence items that refer to records the
// dataset indexed by ix does not hold, or holds as another kind.
func (a *Assessment) CheckRecords(ix *tracking.Index) schema.Problems {
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

// Merge joins the assessments of several respondents of one framework and
// State into one assessment, to consolidate when scoring. Respondents keep
// their IDs, which must differ between the assessments; the date is the
// latest of theirs, and the title the first one's.
func Merge(as ...*Assessment) (*Assessment, error) {
	if len(as) == 0 {
		return nil, fmt.Errorf("maturity: nothing to merge")
	}
	out := &Assessment{
		SchemaVersion: as[0].SchemaVersion,
		Framework:     as[0].Framework,
		State:         as[0].State,
		Date:          as[0].Date,
		Title:         as[0].Title.Clone(),
	}
	var ps schema.Problems
	seen := map[string]int{}
	for i, a := range as {
		if a.Framework.ID != out.Framework.ID {
			ps.Add("", CodeWrongFramework, "assessment %d is of framework %q, not %q", i, a.Framework.ID, out.Framework.ID)
		}
		if a.State != out.State {
			ps.Add("", "assessment.otherState", "assessment %d is of State %q, not %q", i, a.State, out.State)
		}
		if a.Date.Compare(out.Date) > 0 {
			out.Date = a.Date
		}
		for _, r := range a.Respondents {
			if j, dup := seen[r.ID]; dup && j != i {
				ps.Add("", CodeDuplicateID, "respondent %q answers in assessments %d and %d", r.ID, j, i)
				continue
			}
			seen[r.ID] = i
			out.Respondents = append(out.Respondents, r)
		}
		out.Answers = append(out.Answers, slices.Clone(a.Answers)...)
	}
	if len(ps) > 0 {
		return nil, ps.Normalize()
	}
	return out, nil
}
