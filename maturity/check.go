package maturity

import (
	"math"
	"strconv"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// Check applies the facts' rules, with pointers within the facts: a date;
// known facts, each listed once; finite values; shares from 0 to 1 that
// are the quotient of their counts; flags 0 or 1; counts and other numbers
// not below zero. Score refuses facts that fail it.
func (fs *Facts) Check() schema.Problems {
	if fs == nil {
		return nil
	}
	ps := fieldProblems(fs)
	if fs.At.IsZero() {
		add(&ps, "/at", CodeInvalidFact, "noDate", nil)
	}
	seen := map[Fact]int{}
	for i, v := range fs.Values {
		ptr := schema.Pointer("values", i)
		if j, dup := seen[v.Fact]; dup {
			add(&ps, ptr+"/fact", CodeInvalidFact, "repeated", schema.Args{"fact": string(v.Fact), "index": strconv.Itoa(j)})
		} else {
			seen[v.Fact] = i
		}
		if math.IsNaN(v.Value) || math.IsInf(v.Value, 0) {
			add(&ps, ptr+"/value", CodeInvalidFact, "notFinite", schema.Args{"value": number(v.Value)})
			continue
		}
		switch factKind(v.Fact) {
		case "share":
			switch {
			case v.Of < 1 || v.Count < 0 || v.Count > v.Of:
				add(&ps, ptr, CodeInvalidFact, "shareCounts", schema.Args{"count": strconv.Itoa(v.Count), "of": strconv.Itoa(v.Of)})
			case math.Abs(v.Value-float64(v.Count)/float64(v.Of)) > 1e-9:
				add(&ps, ptr+"/value", CodeInvalidFact, "share", schema.Args{"value": number(v.Value), "count": strconv.Itoa(v.Count), "of": strconv.Itoa(v.Of)})
			}
		case "flag":
			if v.Value != 0 && v.Value != 1 {
				add(&ps, ptr+"/value", CodeInvalidFact, "flag", schema.Args{"fact": string(v.Fact), "value": number(v.Value)})
			}
		default:
			if v.Value < 0 {
				add(&ps, ptr+"/value", CodeInvalidFact, "negative", schema.Args{"fact": string(v.Fact), "value": number(v.Value)})
			}
		}
		if factKind(v.Fact) != "share" && (v.Count != 0 || v.Of != 0) {
			add(&ps, ptr, CodeInvalidFact, "countsNotShare", schema.Args{"fact": string(v.Fact), "kind": factKind(v.Fact)})
		}
	}
	return ps.Normalize()
}

// Check applies the rules a reader of a result relies on, beyond its
// schema: the field rules of its values; figures present exactly when the
// result or a dimension is scored; unique dimension and criterion IDs;
// counts that add up; each criterion's level, claim, data level,
// contradiction and cap in agreement with its status; the gating and
// missing must-have criteria, and the next steps, naming criteria of the
// result as they stand; answers by listed respondents; and valid facts. It
// returns every problem, sorted.
func (r *Result) Check() schema.Problems {
	if r == nil {
		return schema.Problems{problem("", CodeMissing, "result", nil)}
	}
	return withRecords(append(r.fieldChecks(), r.ruleChecks()...).Normalize(), r)
}

// fieldChecks applies the rules that the schema states too.
func (r *Result) fieldChecks() schema.Problems {
	ps := fieldProblems(r)
	if !schema.KnownVersion(r.SchemaVersion) {
		add(&ps, "/schemaVersion", CodeSchemaVersion, "", schema.Args{"value": r.SchemaVersion, "versions": strings.Join(schema.Versions(), ", ")})
	}
	scoredFigures(&ps, "/overall", "result", r.Overall.Scored, r.Overall.Score, r.Overall.Confidence, r.Overall.Level, r.Overall.ScoreLevel, r.Overall.GatedBy)
	for i, d := range r.Dimensions {
		scoredFigures(&ps, schema.Pointer("dimensions", i), "dimension", d.Scored, d.Score, d.Confidence, d.Level, d.ScoreLevel, d.GatedBy)
		for j, c := range d.Criteria {
			for k, ans := range c.Answers {
				answerChecks(&ps, schema.Pointer("dimensions", i, "criteria", j, "answers", k), ans)
			}
		}
	}
	return ps
}

// scoredFigures checks that the figures of a score are there exactly when
// it is scored. A score and a confidence of 0 may be absent from the
// document; only a level shows it.
// what is "result" or "dimension", the start of the variant of the
// message.
func scoredFigures(ps *schema.Problems, ptr, what string, scored bool, score, conf float64, level, scoreLevel Level, gatedBy []string) {
	switch {
	case scored && (level == "" || scoreLevel == ""):
		add(ps, ptr, CodeInconsistent, what+"Incomplete", nil)
	case !scored && (score != 0 || conf != 0 || level != "" || scoreLevel != "" || len(gatedBy) > 0):
		add(ps, ptr, CodeInconsistent, what+"Unscored", nil)
	}
}

// ruleChecks applies the rules across the result's values.
func (r *Result) ruleChecks() schema.Problems {
	var ps schema.Problems
	resp := map[string]bool{}
	for i, p := range r.Respondents {
		if resp[p.ID] {
			add(&ps, schema.Pointer("respondents", i, "id"), CodeDuplicateID, "resultRespondent", schema.Args{"id": p.ID})
		}
		resp[p.ID] = true
	}
	if len(r.Dimensions) == 0 {
		// The field rules report the missing dimensions once; every figure
		// and reference that depends on them would repeat the problem.
		return ps
	}
	dims := map[string]bool{}
	crits := map[string]*CriterionResult{}
	var total Counts
	anyScored := false
	missing := map[string]bool{}
	for i := range r.Dimensions {
		d := &r.Dimensions[i]
		dp := schema.Pointer("dimensions", i)
		if dims[d.ID] {
			add(&ps, dp+"/id", CodeDuplicateID, "resultDimension", schema.Args{"id": d.ID})
		}
		dims[d.ID] = true
		var n Counts
		answered := false
		for j := range d.Criteria {
			c := &d.Criteria[j]
			cp := schema.Pointer("dimensions", i, "criteria", j)
			if crits[c.ID] != nil {
				add(&ps, cp+"/id", CodeDuplicateID, "resultCriterion", schema.Args{"id": c.ID})
			}
			crits[c.ID] = c
			n.add(*c)
			answered = answered || c.Status == StatusAnswered
			if c.MustHave && c.Status == StatusUnanswered {
				missing[c.ID] = true
			}
			r.checkCriterion(&ps, cp, c, resp)
		}
		if d.Counts != n {
			add(&ps, dp+"/counts", CodeInconsistent, "dimensionCounts", schema.Args{"value": jsonText(d.Counts), "expected": jsonText(n)})
		}
		if d.Scored != answered {
			add(&ps, dp+"/scored", CodeInconsistent, map[bool]string{true: "dimensionScored", false: "dimensionNotScored"}[d.Scored], nil)
		}
		if d.Scored && d.Level.Rank() > d.ScoreLevel.Rank() {
			add(&ps, dp+"/level", CodeInconsistent, "dimensionLevel", schema.Args{"level": string(d.Level), "scoreLevel": string(d.ScoreLevel)})
		}
		checkGates(&ps, dp+"/gatedBy", d.GatedBy, d.ScoreLevel, func(id string) *CriterionResult {
			for j := range d.Criteria {
				if d.Criteria[j].ID == id {
					return &d.Criteria[j]
				}
			}
			return nil
		})
		anyScored = anyScored || d.Scored
		total.Criteria += n.Criteria
		total.Answered += n.Answered
		total.NotApplicable += n.NotApplicable
		total.Unanswered += n.Unanswered
		total.Contradicted += n.Contradicted
	}
	o := &r.Overall
	if o.Counts != total {
		add(&ps, "/overall/counts", CodeInconsistent, "overallCounts", schema.Args{"value": jsonText(o.Counts), "expected": jsonText(total)})
	}
	if o.Scored != anyScored {
		add(&ps, "/overall/scored", CodeInconsistent, map[bool]string{true: "overallScored", false: "overallNotScored"}[o.Scored], nil)
	}
	if o.Scored && o.Level.Rank() > o.ScoreLevel.Rank() {
		add(&ps, "/overall/level", CodeInconsistent, "overallLevel", schema.Args{"level": string(o.Level), "scoreLevel": string(o.ScoreLevel)})
	}
	checkGates(&ps, "/overall/gatedBy", o.GatedBy, o.ScoreLevel, func(id string) *CriterionResult { return crits[id] })
	listed := map[string]bool{}
	for i, id := range o.MissingMustHaves {
		if !missing[id] || listed[id] {
			add(&ps, schema.Pointer("overall", "missingMustHaves", i), CodeInconsistent, "missingMustHave", schema.Args{"criterion": id})
		}
		listed[id] = true
	}
	if len(listed) != len(missing) {
		add(&ps, "/overall/missingMustHaves", CodeInconsistent, "missingMustHaves", schema.Args{"count": strconv.Itoa(len(missing)), "listed": strconv.Itoa(len(listed))})
	}
	if o.Provisional != (len(missing) > 0) {
		add(&ps, "/overall/provisional", CodeInconsistent, "provisional", schema.Args{"value": strconv.FormatBool(o.Provisional), "count": strconv.Itoa(len(missing))})
	}
	for i, s := range r.NextSteps {
		sp := schema.Pointer("nextSteps", i)
		c := crits[s.Criterion]
		switch d := r.Dimension(s.Dimension); {
		case c == nil:
			add(&ps, sp+"/criterion", CodeInconsistent, "stepCriterion", schema.Args{"criterion": s.Criterion})
		case d == nil || !containsCriterion(d, s.Criterion):
			add(&ps, sp+"/dimension", CodeInconsistent, "stepDimension", schema.Args{"criterion": s.Criterion, "dimension": s.Dimension})
		case c.Status != StatusAnswered || s.From != c.Level:
			add(&ps, sp+"/from", CodeInconsistent, "stepFrom", schema.Args{"criterion": s.Criterion, "level": string(c.Level), "from": string(s.From)})
		}
		if next, ok := s.From.Next(); !ok || s.To != next {
			add(&ps, sp+"/to", CodeInconsistent, "stepTo", schema.Args{"from": string(s.From), "to": string(s.To)})
		}
	}
	if r.Facts != nil {
		for _, p := range r.Facts.Check() {
			p.Pointer = "/facts" + p.Pointer
			if p.Code == CodeInvalidFact {
				ps = append(ps, p)
			}
		}
	}
	return ps
}

// checkCriterion checks that a criterion's figures agree with its status.
func (r *Result) checkCriterion(ps *schema.Problems, ptr string, c *CriterionResult, respondents map[string]bool) {
	for k, a := range c.Answers {
		if !respondents[a.Respondent] {
			add(ps, ptr+schema.Pointer("answers", k, "respondent"), CodeInconsistent, "answerRespondent", schema.Args{"respondent": a.Respondent})
		}
		if a.Criterion != c.ID {
			add(ps, ptr+schema.Pointer("answers", k, "criterion"), CodeInconsistent, "answerCriterion", schema.Args{"criterion": a.Criterion, "other": c.ID})
		}
	}
	if c.Status != StatusAnswered {
		if c.Level != "" || c.Claimed != "" || c.Confidence != "" || c.Contradicted || c.Capped || c.Spread != 0 || c.MixedApplicability {
			add(ps, ptr, CodeInconsistent, "notAnswered", schema.Args{"criterion": c.ID, "status": string(c.Status)})
		}
		return
	}
	if c.Level == "" || c.Claimed == "" || c.Confidence == "" {
		add(ps, ptr, CodeInconsistent, "answered", schema.Args{"criterion": c.ID})
		return
	}
	contradicted := c.DataLevel != "" && c.DataLevel.Rank() < c.Claimed.Rank()
	if c.Contradicted != contradicted {
		add(ps, ptr+"/contradicted", CodeInconsistent, "contradicted", schema.Args{"value": strconv.FormatBool(c.Contradicted), "claimed": string(c.Claimed), "dataLevel": string(c.DataLevel)})
	}
	switch {
	case c.Capped && (!r.CapAtData || !c.Contradicted || c.Level != c.DataLevel):
		add(ps, ptr+"/capped", CodeInconsistent, "capped", schema.Args{"criterion": c.ID})
	case !c.Capped && c.Level != c.Claimed:
		add(ps, ptr+"/level", CodeInconsistent, "criterionLevel", schema.Args{"level": string(c.Level), "claimed": string(c.Claimed)})
	}
}

// checkGates checks that the gating criteria are answered must-have
// criteria below the level of the score.
func checkGates(ps *schema.Problems, ptr string, ids []string, scoreLevel Level, find func(string) *CriterionResult) {
	for i, id := range ids {
		c := find(id)
		if c == nil || !c.MustHave || c.Status != StatusAnswered || c.Level.Rank() >= scoreLevel.Rank() {
			add(ps, ptr+schema.Pointer(i), CodeInconsistent, "gate", schema.Args{"criterion": id})
		}
	}
}

func containsCriterion(d *DimensionResult, id string) bool {
	for i := range d.Criteria {
		if d.Criteria[i].ID == id {
			return true
		}
	}
	return false
}
