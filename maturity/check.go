package maturity

import (
	"math"
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
		ps.Add("/at", CodeInvalidFact, "the facts need the date they hold at")
	}
	seen := map[Fact]int{}
	for i, v := range fs.Values {
		ptr := schema.Pointer("values", i)
		if j, dup := seen[v.Fact]; dup {
			ps.Add(ptr+"/fact", CodeInvalidFact, "the fact %q is already given at /values/%d", v.Fact, j)
		} else {
			seen[v.Fact] = i
		}
		if math.IsNaN(v.Value) || math.IsInf(v.Value, 0) {
			ps.Add(ptr+"/value", CodeInvalidFact, "the value %v is not a finite number", v.Value)
			continue
		}
		switch factKind(v.Fact) {
		case "share":
			switch {
			case v.Of < 1 || v.Count < 0 || v.Count > v.Of:
				ps.Add(ptr, CodeInvalidFact, "a share counts %d of %d records: it needs a count from 0 to a positive number of records", v.Count, v.Of)
			case math.Abs(v.Value-float64(v.Count)/float64(v.Of)) > 1e-9:
				ps.Add(ptr+"/value", CodeInvalidFact, "the share %v is not %d/%d", v.Value, v.Count, v.Of)
			}
		case "flag":
			if v.Value != 0 && v.Value != 1 {
				ps.Add(ptr+"/value", CodeInvalidFact, "the flag %q is %v, not 0 (no) or 1 (yes)", v.Fact, v.Value)
			}
		default:
			if v.Value < 0 {
				ps.Add(ptr+"/value", CodeInvalidFact, "the number %q is %v, below zero", v.Fact, v.Value)
			}
		}
		if factKind(v.Fact) != "share" && (v.Count != 0 || v.Of != 0) {
			ps.Add(ptr, CodeInvalidFact, "only a share gives the counts it was computed from; %q is a %s", v.Fact, factKind(v.Fact))
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
		return schema.Problems{{Code: CodeMissing, Message: "the result is missing"}}
	}
	return append(r.fieldChecks(), r.ruleChecks()...).Normalize()
}

// fieldChecks applies the rules that the schema states too.
func (r *Result) fieldChecks() schema.Problems {
	ps := fieldProblems(r)
	if !schema.KnownVersion(r.SchemaVersion) {
		ps.Add("/schemaVersion", CodeSchemaVersion, "schema version %q is not a version of the standard this package reads (%s)", r.SchemaVersion, strings.Join(schema.Versions(), ", "))
	}
	o := &r.Overall
	scoredFigures(&ps, "/overall", "the result", o.Scored, len(o.Unverified) > 0, o.Score, o.Confidence, o.Level, o.ScoreLevel, o.GatedBy)
	for i, d := range r.Dimensions {
		scoredFigures(&ps, schema.Pointer("dimensions", i), "the dimension", d.Scored, len(d.Unverified) > 0, d.Score, d.Confidence, d.Level, d.ScoreLevel, d.GatedBy)
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
func scoredFigures(ps *schema.Problems, ptr, what string, scored, unverified bool, score, conf float64, level, scoreLevel Level, gatedBy []string) {
	switch {
	case scored && unverified:
		// The schema requires only the confidence, which may be 0 and
		// absent; ruleChecks checks that no verified figure is given.
	case scored && (level == "" || scoreLevel == ""):
		ps.Add(ptr, CodeInconsistent, "%s is scored, but lacks its level or the level of its score", what)
	case !scored && (score != 0 || conf != 0 || level != "" || scoreLevel != "" || len(gatedBy) > 0):
		ps.Add(ptr, CodeInconsistent, "%s is not scored, but gives a score, confidence, level or gating criteria", what)
	}
}

// claimedFigures checks that a verified result gives the claimed figures
// of what is scored, and that only a verified result gives them or
// unverified criteria.
func claimedFigures(ps *schema.Problems, ptr string, verified, scored bool, claimed *Figures, unverified []string) {
	switch {
	case verified && scored && claimed == nil:
		ps.Report(ptr+"/claimed", CodeInconsistent, "a verified result gives the claimed figures beside the verified ones", nil)
	case (!verified || !scored) && claimed != nil:
		ps.Report(ptr+"/claimed", CodeInconsistent, "only a verified result that is scored gives claimed figures", nil)
	case !verified && len(unverified) > 0:
		ps.Report(ptr+"/unverified", CodeInconsistent, "only a verified result has unverified criteria", nil)
	}
}

// unverifiedFigures checks that figures with unverified criteria give no
// verified score, level or gating criteria.
func unverifiedFigures(ps *schema.Problems, ptr string, unverified []string, score float64, level, scoreLevel Level, gatedBy []string) {
	if len(unverified) > 0 && (score != 0 || level != "" || scoreLevel != "" || len(gatedBy) > 0) {
		ps.Report(ptr, CodeInconsistent, "some criteria are unverified, yet a verified score, level or gating criteria are given", nil)
	}
}

// ruleChecks applies the rules across the result's values.
func (r *Result) ruleChecks() schema.Problems {
	var ps schema.Problems
	resp := map[string]bool{}
	for i, p := range r.Respondents {
		if resp[p.ID] {
			ps.Add(schema.Pointer("respondents", i, "id"), CodeDuplicateID, "respondent ID %q is listed twice", p.ID)
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
	overallUnverified := map[string]bool{}
	for i := range r.Dimensions {
		d := &r.Dimensions[i]
		dp := schema.Pointer("dimensions", i)
		if dims[d.ID] {
			ps.Add(dp+"/id", CodeDuplicateID, "dimension ID %q is used twice", d.ID)
		}
		dims[d.ID] = true
		var n Counts
		answered := false
		for j := range d.Criteria {
			c := &d.Criteria[j]
			cp := schema.Pointer("dimensions", i, "criteria", j)
			if crits[c.ID] != nil {
				ps.Add(cp+"/id", CodeDuplicateID, "criterion ID %q is used twice", c.ID)
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
			ps.Add(dp+"/counts", CodeInconsistent, "the counts %+v are not those of the dimension's criteria, %+v", d.Counts, n)
		}
		if d.Scored != answered {
			ps.Add(dp+"/scored", CodeInconsistent, "scored is %v, but %s", d.Scored, map[bool]string{true: "a criterion was answered", false: "no criterion was answered"}[answered])
		}
		claimedFigures(&ps, dp, r.Verified, d.Scored, d.Claimed, d.Unverified)
		unverifiedFigures(&ps, dp, d.Unverified, d.Score, d.Level, d.ScoreLevel, d.GatedBy)
		unverified := map[string]bool{}
		for _, c := range d.Criteria {
			if c.Status == StatusAnswered && c.Unverified {
				unverified[c.ID] = true
			}
		}
		if !sameSet(d.Unverified, unverified) {
			ps.Report(dp+"/unverified", CodeInconsistent, "the unverified criteria listed are not the dimension's answered criteria that are unverified", nil)
		}
		for id := range unverified {
			overallUnverified[id] = true
		}
		if d.Scored && d.Level.Rank() > d.ScoreLevel.Rank() {
			ps.Add(dp+"/level", CodeInconsistent, "the level %s is above the level of the score, %s", d.Level, d.ScoreLevel)
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
		ps.Add("/overall/counts", CodeInconsistent, "the counts %+v are not the sums of the dimensions', %+v", o.Counts, total)
	}
	if o.Scored != anyScored {
		ps.Add("/overall/scored", CodeInconsistent, "scored is %v, but %s", o.Scored, map[bool]string{true: "a dimension is scored", false: "no dimension is scored"}[anyScored])
	}
	claimedFigures(&ps, "/overall", r.Verified, o.Scored, o.Claimed, o.Unverified)
	unverifiedFigures(&ps, "/overall", o.Unverified, o.Score, o.Level, o.ScoreLevel, o.GatedBy)
	if !sameSet(o.Unverified, overallUnverified) {
		ps.Report("/overall/unverified", CodeInconsistent, "the unverified criteria listed are not the result's answered criteria that are unverified", nil)
	}
	if o.Scored && o.Level.Rank() > o.ScoreLevel.Rank() {
		ps.Add("/overall/level", CodeInconsistent, "the staged level %s is above the level of the score, %s", o.Level, o.ScoreLevel)
	}
	checkGates(&ps, "/overall/gatedBy", o.GatedBy, o.ScoreLevel, func(id string) *CriterionResult { return crits[id] })
	listed := map[string]bool{}
	for i, id := range o.MissingMustHaves {
		if !missing[id] || listed[id] {
			ps.Add(schema.Pointer("overall", "missingMustHaves", i), CodeInconsistent, "%q is not an unanswered must-have criterion of the result, or is listed twice", id)
		}
		listed[id] = true
	}
	if len(listed) != len(missing) {
		ps.Add("/overall/missingMustHaves", CodeInconsistent, "the result has %d unanswered must-have criteria; %d are listed", len(missing), len(listed))
	}
	if o.Provisional != (len(missing) > 0) {
		ps.Add("/overall/provisional", CodeInconsistent, "provisional is %v, but %d must-have criteria are unanswered", o.Provisional, len(missing))
	}
	for i, s := range r.NextSteps {
		sp := schema.Pointer("nextSteps", i)
		c := crits[s.Criterion]
		switch d := r.Dimension(s.Dimension); {
		case c == nil:
			ps.Add(sp+"/criterion", CodeInconsistent, "the result has no criterion %q", s.Criterion)
		case d == nil || !containsCriterion(d, s.Criterion):
			ps.Add(sp+"/dimension", CodeInconsistent, "criterion %q is not in a dimension %q of the result", s.Criterion, s.Dimension)
		case c.Status != StatusAnswered || s.From != c.Level:
			ps.Add(sp+"/from", CodeInconsistent, "criterion %q stands at %q, not %s", s.Criterion, c.Level, s.From)
		}
		if next, ok := s.From.Next(); !ok || s.To != next {
			ps.Add(sp+"/to", CodeInconsistent, "a step goes one level up from %s, not to %s", s.From, s.To)
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
			ps.Add(ptr+schema.Pointer("answers", k, "respondent"), CodeInconsistent, "%q is not among the result's respondents", a.Respondent)
		}
		if a.Criterion != c.ID {
			ps.Add(ptr+schema.Pointer("answers", k, "criterion"), CodeInconsistent, "an answer to %q among the answers to %q", a.Criterion, c.ID)
		}
	}
	if c.Status != StatusAnswered {
		if c.Level != "" || c.Claimed != "" || c.Confidence != "" || c.Contradicted || c.Capped || c.Spread != 0 || c.MixedApplicability || c.Unverified {
			ps.Add(ptr, CodeInconsistent, "criterion %q is %s, but gives a level, claim, confidence, contradiction, cap, spread or mixed applicability", c.ID, c.Status)
		}
		return
	}
	if c.Level == "" && !c.Unverified || c.Claimed == "" || c.Confidence == "" {
		ps.Add(ptr, CodeInconsistent, "criterion %q is answered, but lacks its level, claim or confidence", c.ID)
		return
	}
	contradicted := c.DataLevel != "" && c.DataLevel.Rank() < c.Claimed.Rank()
	if c.Contradicted != contradicted {
		ps.Add(ptr+"/contradicted", CodeInconsistent, "contradicted is %v, but the claim is %s and the data show %q", c.Contradicted, c.Claimed, c.DataLevel)
	}
	if r.Verified {
		want := c.Claimed
		if contradicted {
			want = c.DataLevel
		}
		switch {
		case c.Unverified && c.Level != "":
			ps.Report(ptr+"/level", CodeInconsistent, "an unverified criterion has no verified level", nil)
		case !c.Unverified && c.Level != want:
			ps.Report(ptr+"/level", CodeInconsistent, "the verified level is the claim held down to the data level", nil)
		case c.Capped:
			ps.Report(ptr+"/capped", CodeInconsistent, "a verified result caps nothing: its levels are verified", nil)
		}
		return
	}
	if c.Unverified {
		ps.Report(ptr+"/unverified", CodeInconsistent, "only a verified result has unverified criteria", nil)
	}
	switch {
	case c.Capped && (!r.CapAtData || !c.Contradicted || c.Level != c.DataLevel):
		ps.Add(ptr+"/capped", CodeInconsistent, "criterion %q is capped, but the result does not cap claims at the data, or its level is not the data level", c.ID)
	case !c.Capped && c.Level != c.Claimed:
		ps.Add(ptr+"/level", CodeInconsistent, "the level %s is neither the claim %s nor capped at the data", c.Level, c.Claimed)
	}
}

// checkGates checks that the gating criteria are answered must-have
// criteria below the level of the score.
func checkGates(ps *schema.Problems, ptr string, ids []string, scoreLevel Level, find func(string) *CriterionResult) {
	for i, id := range ids {
		c := find(id)
		if c == nil || !c.MustHave || c.Status != StatusAnswered || c.Level.Rank() >= scoreLevel.Rank() {
			ps.Add(ptr+schema.Pointer(i), CodeInconsistent, "%q is not an answered must-have criterion here below the level of the score", id)
		}
	}
}

// sameSet reports whether the IDs, each once, are the set's.
func sameSet(ids []string, set map[string]bool) bool {
	seen := map[string]bool{}
	for _, id := range ids {
		if !set[id] || seen[id] {
			return false
		}
		seen[id] = true
	}
	return len(seen) == len(set)
}

func containsCriterion(d *DimensionResult, id string) bool {
	for i := range d.Criteria {
		if d.Criteria[i].ID == id {
			return true
		}
	}
	return false
}
