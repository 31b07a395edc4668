package maturity

import (
	"cmp"
	"encoding/json"
	"math"
	"slices"
	"strings"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Scorer scores assessments. Its zero value is ready to use and scores as
// Score does: verified levels, with the claims beside them.
type Scorer struct {
	// Method consolidates several respondents' answers to one criterion;
	// empty means MethodMedian.
	Method Method
	// ClaimsOnly scores the claims alone, as they are, with the
	// contradictions of the data reported beside them. Off by default:
	// the figures are verified, and the claimed figures stand beside them.
	ClaimsOnly bool
}

// Score scores the assessment a of the framework fw, with facts computed
// from the tracking data (nil when there are none), as the zero Scorer does.
func Score(fw *Framework, a *Assessment, facts *Facts) (*Result, error) {
	return Scorer{}.Score(fw, a, facts)
}

// Score scores the assessment a of the framework fw, with facts computed
// from the tracking data (nil when there are none). It fails when the
// framework does not pass fw.Check, the assessment does not pass
// a.Check(fw) or the facts do not pass facts.Check (their pointers then
// start with "/facts"), with the problems as a schema.Problems. It does not
// look up the records that evidence refers to: Assessment.CheckRecords
// does.
//
// Scoring goes as follows. Each criterion's answers by respondents who
// speak for the government consolidate into the claim, by the Scorer's
// Method; the answers of other constituencies (the national human rights
// institution, civil society, ...) consolidate into views beside it, never
// into it. The criterion is "not applicable" only when every government
// respondent who answered says so. The framework's rules turn the facts
// into a data level, the lowest the rules give.
//
// The verified level, which the figures use by default, is the claim held
// down to the data level when every fact the criterion's rules read is
// conclusive (FactValue.Conclusive: the dataset keeps in full what the fact
// counts). When one is missing or not conclusive, the criterion is
// unverified: the data might have held it lower, so it has no verified
// level. A criterion without rules keeps its claim, except a must-have
// that no evidence bears out, which is unverified. Leaving out data, the
// declaration of complete collections or evidence therefore never raises
// a verified level or a confidence.
//
// A criterion scores 25 points a level (0 to 100). A dimension scores the
// weighted mean of its answered criteria; its level is that mean rounded
// down, and no higher than any of its answered must-haves. The overall
// score is the weighted mean of the dimension scores; the staged level is
// the level of that score, and no higher than any answered must-have (it is
// provisional while a must-have is unanswered). While an answered
// criterion is unverified, the dimension and the result give no verified
// score, level or gating criteria, only the claimed figures
// (Overall.Claimed, DimensionResult.Claimed) and the list of unverified
// criteria. Unanswered and "not applicable" criteria stay out of every
// mean: coverage says how much of the applicable weight was answered, and
// confidence how far conclusive facts and evidence bear the levels out. A
// result or dimension with no answered criterion is not scored: it has no
// score, confidence or level, rather than zeros. With ClaimsOnly, the
// claims are scored as they are, the contradictions reported beside them.
func (s Scorer) Score(fw *Framework, a *Assessment, facts *Facts) (*Result, error) {
	if fw == nil || a == nil {
		return nil, schema.Problems{problem("", CodeMissing, "score", nil)}
	}
	method := cmp.Or(s.Method, MethodMedian)
	if !method.Valid() {
		methods := make([]string, 0, len(method.Values()))
		for _, m := range method.Values() {
			methods = append(methods, string(m))
		}
		return nil, schema.Problems{problem("", "score.method", "",
			schema.Args{"value": string(s.Method), "methods": strings.Join(methods, ", ")})}
	}
	if ps := fw.Check(); len(ps) > 0 {
		return nil, ps
	}
	if ps := a.Check(fw); len(ps) > 0 {
		return nil, ps
	}
	if ps := facts.Check(); len(ps) > 0 {
		for i := range ps {
			ps[i].Pointer = "/facts" + ps[i].Pointer
		}
		return nil, ps
	}
	r := &Result{
		SchemaVersion:  schema.Version,
		Framework:      fw.Ref(),
		FrameworkTitle: fw.Title.Clone(),
		State:          a.State,
		Date:           a.Date,
		Title:          a.Title.Clone(),
		Method:         method,
		Verified:       !s.ClaimsOnly,
		LevelTitles:    fw.Levels.clone(),
		Respondents:    append([]Respondent{}, a.Respondents...),
	}
	if facts != nil {
		r.Facts = &Facts{At: facts.At, Scope: facts.Scope, Values: append([]FactValue{}, facts.Values...)}
	}
	byCriterion := map[string][]Answer{}
	for _, ans := range a.Answers {
		byCriterion[ans.Criterion] = append(byCriterion[ans.Criterion], ans)
	}
	constituency := map[string]Constituency{}
	for _, p := range a.Respondents {
		constituency[p.ID] = p.Speaks()
	}
	for i := range fw.Dimensions {
		d := &fw.Dimensions[i]
		dr := DimensionResult{ID: d.ID, Title: d.Title.Clone(), Weight: d.Weight}
		for j := range d.Criteria {
			dr.Criteria = append(dr.Criteria, s.criterion(&d.Criteria[j], byCriterion[d.Criteria[j].ID], constituency, method, facts))
		}
		dr.aggregate(r.Verified)
		r.Dimensions = append(r.Dimensions, dr)
	}
	r.aggregate(r.Verified)
	r.NextSteps = r.steps(fw)
	return r, nil
}

// criterion scores one criterion from its answers and the facts. The
// government's answers make the claim; the others' are views beside it.
func (s Scorer) criterion(c *Criterion, answers []Answer, constituency map[string]Constituency, method Method, facts *Facts) CriterionResult {
	cr := CriterionResult{ID: c.ID, Title: c.Title.Clone(), Weight: c.Weight, MustHave: c.MustHave, Status: StatusUnanswered}
	var ranks []int
	var na int
	evidence := false
	views := map[Constituency][]int{}
	viewNA := map[Constituency]bool{}
	for _, ans := range answers {
		cr.Answers = append(cr.Answers, ans)
		if who := cmp.Or(constituency[ans.Respondent], ConstituencyGovernment); who != ConstituencyGovernment {
			if ans.NotApplicable {
				viewNA[who] = true
			} else {
				views[who] = append(views[who], ans.Level.Rank())
			}
			continue
		}
		if ans.NotApplicable {
			na++
			continue
		}
		ranks = append(ranks, ans.Level.Rank())
		evidence = evidence || len(ans.Evidence) > 0
	}
	for _, who := range constituencyValues[1:] {
		switch {
		case len(views[who]) > 0:
			cr.Views = append(cr.Views, View{Constituency: who, Level: LevelOf(consolidate(views[who], method))})
		case viewNA[who]:
			cr.Views = append(cr.Views, View{Constituency: who, NotApplicable: true})
		}
	}
	conclusive := len(c.Rules) > 0
	for _, rule := range c.Rules {
		rr := RuleResult{Rule: rule}
		if v, ok := facts.Get(rule.Fact); ok && !math.IsNaN(v.Value) && !math.IsInf(v.Value, 0) {
			rr.Known, rr.Value, rr.Level, rr.Conclusive = true, v.Value, rule.Level(v.Value), v.Conclusive
			if cr.DataLevel == "" || rr.Level.Rank() < cr.DataLevel.Rank() {
				cr.DataLevel = rr.Level
			}
		}
		conclusive = conclusive && rr.Conclusive
		cr.Rules = append(cr.Rules, rr)
	}
	switch {
	case len(ranks) > 0:
		cr.Status = StatusAnswered
	case na > 0:
		cr.Status = StatusNotApplicable
		return cr
	default:
		return cr
	}
	cr.MixedApplicability = na > 0
	cr.Claimed = LevelOf(consolidate(ranks, method))
	cr.Spread = slices.Max(ranks) - slices.Min(ranks)
	cr.Contradicted = cr.DataLevel != "" && cr.DataLevel.Rank() < cr.Claimed.Rank()
	cr.Level = cr.Claimed
	if !s.ClaimsOnly {
		switch {
		case len(c.Rules) > 0 && !conclusive:
			// Facts that are missing or a lower bound cannot hold the
			// claim down, nor bear it out: the level is unknown.
			cr.Level, cr.Unverified = "", true
		case cr.Contradicted:
			cr.Level = cr.DataLevel
		}
	}
	// Confidence counts what bears the level out, and nothing else, so
	// that leaving data, a declaration or evidence out never raises it:
	// for a criterion with rules, conclusive facts and evidence count one
	// each; for one without, the data cannot speak, and evidence counts
	// for both.
	backing := 0
	if evidence {
		backing++
	}
	if conclusive || len(c.Rules) == 0 && evidence {
		backing++
	}
	switch {
	case cr.Spread >= 2 || backing == 0:
		cr.Confidence = ConfidenceLow
	case backing == 1:
		cr.Confidence = ConfidenceMedium
	default:
		cr.Confidence = ConfidenceHigh
	}
	if c.MustHave && len(c.Rules) == 0 && !evidence && !s.ClaimsOnly {
		// A must-have that neither data nor evidence can bear out.
		cr.Unverified = true
		cr.Level = ""
	}
	return cr
}

// consolidate returns the rank that the method gives for the ranks.
func consolidate(ranks []int, m Method) int {
	s := slices.Sorted(slices.Values(ranks))
	switch m {
	case MethodMinimum:
		return s[0]
	case MethodMean:
		sum := 0
		for _, r := range s {
			sum += r
		}
		return sum / len(s)
	}
	return s[(len(s)-1)/2]
}

// eps absorbs the rounding of sums of weights when a mean is rounded down
// to a level.
const eps = 1e-9

// levelOfScore returns the level whose band the score 0–100 reaches:
// 25 points a level.
func levelOfScore(score float64) Level { return LevelOf(int(math.Floor(score/25 + eps))) }

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}

// aggregate computes the dimension's figures from its criteria: from
// their levels, and in a verified result from their claims too.
func (dr *DimensionResult) aggregate(verified bool) {
	var applicable, answered, sum, claimed, conf float64
	minMust, minClaimedMust := MaxRank, MaxRank
	for _, c := range dr.Criteria {
		dr.Counts.add(c)
		if c.Status == StatusNotApplicable {
			continue
		}
		applicable += c.Weight
		if c.Status != StatusAnswered {
			continue
		}
		answered += c.Weight
		sum += c.Weight * float64(c.Level.Rank()) * 25
		claimed += c.Weight * float64(c.Claimed.Rank()) * 25
		conf += c.Weight * c.Confidence.Weight()
		if c.Unverified {
			dr.Unverified = append(dr.Unverified, c.ID)
		}
		if c.MustHave {
			minMust = min(minMust, c.Level.Rank())
			minClaimedMust = min(minClaimedMust, c.Claimed.Rank())
		}
	}
	dr.applicable, dr.answered = applicable, answered
	if applicable > 0 {
		dr.Coverage = round(answered/applicable, 4)
	}
	if answered == 0 {
		return
	}
	dr.Scored = true
	dr.Confidence = round(conf/answered, 4)
	dr.conf = conf / answered
	if verified {
		dr.claimedRaw = claimed / answered
		dr.Claimed = &Figures{Score: round(dr.claimedRaw, 1), ScoreLevel: levelOfScore(dr.claimedRaw)}
		dr.Claimed.Level = LevelOf(min(dr.Claimed.ScoreLevel.Rank(), minClaimedMust))
	}
	if len(dr.Unverified) > 0 {
		return
	}
	dr.raw = sum / answered
	dr.Score = round(dr.raw, 1)
	dr.ScoreLevel = levelOfScore(dr.raw)
	dr.Level = LevelOf(min(dr.ScoreLevel.Rank(), minMust))
	for _, c := range dr.Criteria {
		if c.MustHave && c.Status == StatusAnswered && c.Level.Rank() < dr.ScoreLevel.Rank() {
			dr.GatedBy = append(dr.GatedBy, c.ID)
		}
	}
}

func (n *Counts) add(c CriterionResult) {
	n.Criteria++
	switch c.Status {
	case StatusAnswered:
		n.Answered++
	case StatusNotApplicable:
		n.NotApplicable++
	default:
		n.Unanswered++
	}
	if c.Contradicted {
		n.Contradicted++
	}
}

// aggregate computes the overall figures from the dimensions: from the
// levels, and in a verified result from the claims too.
func (r *Result) aggregate(verified bool) {
	o := &r.Overall
	var scoredW, applicableW, sum, claimed, conf, cov float64
	minMust, minClaimedMust := MaxRank, MaxRank
	for i := range r.Dimensions {
		d := &r.Dimensions[i]
		o.Counts.Criteria += d.Counts.Criteria
		o.Counts.Answered += d.Counts.Answered
		o.Counts.NotApplicable += d.Counts.NotApplicable
		o.Counts.Unanswered += d.Counts.Unanswered
		o.Counts.Contradicted += d.Counts.Contradicted
		if d.applicable > 0 {
			applicableW += d.Weight
			cov += d.Weight * d.answered / d.applicable
		}
		if d.Scored {
			scoredW += d.Weight
			sum += d.Weight * d.raw
			claimed += d.Weight * d.claimedRaw
			conf += d.Weight * d.conf
		}
		o.Unverified = append(o.Unverified, d.Unverified...)
		for _, c := range d.Criteria {
			switch {
			case !c.MustHave:
			case c.Status == StatusAnswered:
				minMust = min(minMust, c.Level.Rank())
				minClaimedMust = min(minClaimedMust, c.Claimed.Rank())
			case c.Status == StatusUnanswered:
				o.MissingMustHaves = append(o.MissingMustHaves, c.ID)
			}
		}
	}
	r.scoredWeight = scoredW
	if applicableW > 0 {
		o.Coverage = round(cov/applicableW, 4)
	}
	o.Provisional = len(o.MissingMustHaves) > 0
	if scoredW == 0 {
		return
	}
	o.Scored = true
	o.Confidence = round(conf/scoredW, 4)
	if verified {
		raw := claimed / scoredW
		o.Claimed = &Figures{Score: round(raw, 1), ScoreLevel: levelOfScore(raw)}
		o.Claimed.Level = LevelOf(min(o.Claimed.ScoreLevel.Rank(), minClaimedMust))
	}
	if len(o.Unverified) > 0 {
		return
	}
	raw := sum / scoredW
	o.Score = round(raw, 1)
	o.ScoreLevel = levelOfScore(raw)
	o.Level = LevelOf(min(o.ScoreLevel.Rank(), minMust))
	for _, d := range r.Dimensions {
		for _, c := range d.Criteria {
			if c.MustHave && c.Status == StatusAnswered && c.Level.Rank() < o.ScoreLevel.Rank() {
				o.GatedBy = append(o.GatedBy, c.ID)
			}
		}
	}
}

// steps lists the gaps of the answered criteria below the top level, the
// ones that hold the staged level down first, then by the points a step up
// adds to the overall score, then the lowest levels first, then in
// framework order.
func (r *Result) steps(fw *Framework) []Step {
	if !r.Overall.Scored {
		return nil
	}
	type ranked struct {
		Step
		order int
	}
	var out []ranked
	order := 0
	for di, d := range r.Dimensions {
		fd := &fw.Dimensions[di]
		for ci, c := range d.Criteria {
			order++
			next, ok := c.Level.Next()
			if c.Status != StatusAnswered || !ok {
				continue
			}
			dimGain := 25 * c.Weight / d.answered
			st := Step{
				Criterion:     c.ID,
				Dimension:     d.ID,
				Title:         c.Title.Clone(),
				From:          c.Level,
				To:            next,
				Descriptor:    fd.Criteria[ci].Levels.Get(next).Clone(),
				MustHave:      c.MustHave,
				Blocking:      c.MustHave && c.Level == r.Overall.Level,
				DimensionGain: round(dimGain, 2),
				ScoreGain:     round(dimGain*d.Weight/r.scoredWeight, 2),
			}
			out = append(out, ranked{st, order})
		}
	}
	slices.SortStableFunc(out, func(a, b ranked) int {
		if a.Blocking != b.Blocking {
			if a.Blocking {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(b.ScoreGain, a.ScoreGain), cmp.Compare(a.From.Rank(), b.From.Rank()), cmp.Compare(a.order, b.order))
	})
	steps := make([]Step, len(out))
	for i, s := range out {
		steps[i] = s.Step
	}
	return steps
}

// Result is a scored assessment: the document of kind schema.KindResult.
// It carries the titles and descriptors it shows, so that it renders
// without its framework.
type Result struct {
	// SchemaVersion is the version of the data standard the document
	// follows.
	SchemaVersion string `json:"schemaVersion"`
	// Framework names the framework assessed against.
	Framework FrameworkRef `json:"framework"`
	// FrameworkTitle is the framework's title.
	FrameworkTitle tracking.Text `json:"frameworkTitle" validate:"required,text"`
	// State is the State whose mechanism was assessed.
	State tracking.Country `json:"state" validate:"required,enum"`
	// Date is the date of the assessment.
	Date tracking.PartialDate `json:"date" validate:"required"`
	// Title is the assessment's title.
	Title tracking.Text `json:"title,omitzero" validate:"omitempty,text"`
	// Method is how several respondents' answers were consolidated.
	Method Method `json:"method" validate:"required,enum"`
	// CapAtData is true when criteria claimed above the data were scored
	// at the data level: a result of version 1.0 may say so. Score no
	// longer sets it: a verified result holds claims down to conclusive
	// data.
	CapAtData bool `json:"capAtData,omitzero"`
	// Verified is true when the figures are verified: each criterion's
	// level is its claim held down to what conclusive data show, and a
	// figure that cannot be verified is left out, with the claimed figures
	// beside it. False when the result scores claims alone (Scorer's
	// ClaimsOnly, and every result of version 1.0). Since version 1.1.
	Verified bool `json:"verified,omitzero"`
	// LevelTitles are the framework's names of the levels.
	LevelTitles Descriptors `json:"levelTitles"`
	// Respondents are the assessment's respondents.
	Respondents []Respondent `json:"respondents" validate:"dive"`
	// Overall holds the overall figures.
	Overall Overall `json:"overall"`
	// Dimensions holds the figures of each dimension: the profile.
	Dimensions []DimensionResult `json:"dimensions" validate:"min=1,dive"`
	// NextSteps are the gaps to close, the most useful first.
	NextSteps []Step `json:"nextSteps,omitzero" validate:"dive"`
	// Facts are the facts computed from the tracking data, which the
	// framework's rules read.
	Facts *Facts `json:"facts,omitzero"`

	scoredWeight float64
}

// Overall holds a result's overall figures.
type Overall struct {
	// Score is the weighted mean of the dimension scores, 0 to 100; 0 when
	// the result is not scored, and then left out of the JSON document.
	Score float64 `json:"score,omitzero" validate:"min=0,max=100"`
	// Scored is false when no criterion was answered, and so no score
	// could be computed.
	Scored bool `json:"scored"`
	// Level is the staged level: the level of the score, held down by any
	// must-have criterion below it. In a verified result, absent while a
	// criterion is Unverified.
	Level Level `json:"level,omitzero" validate:"omitempty,enum"`
	// ScoreLevel is the level of the score alone (25 points a level).
	ScoreLevel Level `json:"scoreLevel,omitzero" validate:"omitempty,enum"`
	// GatedBy are the must-have criteria below ScoreLevel.
	GatedBy []string `json:"gatedBy,omitzero" validate:"dive,key"`
	// MissingMustHaves are the must-have criteria no one answered.
	MissingMustHaves []string `json:"missingMustHaves,omitzero" validate:"dive,key"`
	// Provisional is true while a must-have is unanswered: the staged level
	// may fall once it is.
	Provisional bool `json:"provisional,omitzero"`
	// Coverage is the share of the applicable weight that was answered, 0
	// to 1; 0 when every criterion was found not applicable.
	Coverage float64 `json:"coverage" validate:"min=0,max=1"`
	// Confidence is how far evidence and data bear out the answers, 0 to 1:
	// the weighted mean of the criteria's confidence (high 1, medium 0.5,
	// low 0); 0 when the result is not scored, and then left out of the
	// JSON document.
	Confidence float64 `json:"confidence,omitzero" validate:"min=0,max=1"`
	// Counts counts the criteria.
	Counts Counts `json:"counts"`
	// Claimed are the figures of the claims, in a verified result: what
	// the score and levels would be if every claim stood. Since version
	// 1.1.
	Claimed *Figures `json:"claimed,omitzero"`
	// Unverified are the answered criteria whose level cannot be
	// verified: their facts are missing or not conclusive, or, for a
	// must-have without rules, no evidence bears it out. While any is,
	// a verified result gives no score, staged level or gating criteria:
	// the claimed figures stand alone, marked unverified. Since version
	// 1.1.
	Unverified []string `json:"unverified,omitzero" validate:"dive,key"`
}

// Figures are a score and its levels: the claimed figures beside the
// verified ones.
type Figures struct {
	// Score is the weighted mean, 0 to 100.
	Score float64 `json:"score" validate:"min=0,max=100"`
	// Level is the level of the score, held down by any must-have
	// criterion below it.
	Level Level `json:"level" validate:"required,enum"`
	// ScoreLevel is the level of the score alone.
	ScoreLevel Level `json:"scoreLevel" validate:"required,enum"`
}

// figure returns a score or confidence to write: none when not scored, so
// that a document never gives a figure that could not be computed, and the
// value, zero included, when scored.
func figure(scored bool, v float64) *float64 {
	if !scored {
		return nil
	}
	return &v
}

// MarshalJSON writes the overall figures; the score and the confidence only
// when the result is scored, zero included.
func (o Overall) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Score            *float64 `json:"score,omitzero"`
		Scored           bool     `json:"scored"`
		Level            Level    `json:"level,omitzero"`
		ScoreLevel       Level    `json:"scoreLevel,omitzero"`
		GatedBy          []string `json:"gatedBy,omitzero"`
		MissingMustHaves []string `json:"missingMustHaves,omitzero"`
		Provisional      bool     `json:"provisional,omitzero"`
		Coverage         float64  `json:"coverage"`
		Confidence       *float64 `json:"confidence,omitzero"`
		Counts           Counts   `json:"counts"`
		Claimed          *Figures `json:"claimed,omitzero"`
		Unverified       []string `json:"unverified,omitzero"`
	}{figure(o.Scored && len(o.Unverified) == 0, o.Score), o.Scored, o.Level, o.ScoreLevel, o.GatedBy, o.MissingMustHaves, o.Provisional,
		o.Coverage, figure(o.Scored, o.Confidence), o.Counts, o.Claimed, o.Unverified})
}

// Counts counts criteria by how they stand.
type Counts struct {
	// Criteria is the number of criteria.
	Criteria int `json:"criteria" validate:"min=0,max=9007199254740991"`
	// Answered counts the criteria with a level.
	Answered int `json:"answered" validate:"min=0,max=9007199254740991"`
	// NotApplicable counts the criteria found not applicable.
	NotApplicable int `json:"notApplicable" validate:"min=0,max=9007199254740991"`
	// Unanswered counts the criteria no one answered.
	Unanswered int `json:"unanswered" validate:"min=0,max=9007199254740991"`
	// Contradicted counts the criteria claimed above what the data show.
	Contradicted int `json:"contradicted" validate:"min=0,max=9007199254740991"`
}

// DimensionResult holds the figures of one dimension.
type DimensionResult struct {
	// ID is the dimension's ID.
	ID string `json:"id" validate:"key"`
	// Title is the dimension's title.
	Title tracking.Text `json:"title" validate:"required,text"`
	// Weight is the dimension's weight in the overall score.
	Weight float64 `json:"weight" validate:"gt=0,max=1000000"`
	// Score is the weighted mean of the answered criteria, 0 to 100; 0 when
	// the dimension is not scored, and then left out of the JSON document.
	Score float64 `json:"score,omitzero" validate:"min=0,max=100"`
	// Scored is false when no criterion of the dimension was answered.
	Scored bool `json:"scored"`
	// Level is the dimension's level: the level of its score, held down by
	// any must-have criterion of the dimension below it.
	Level Level `json:"level,omitzero" validate:"omitempty,enum"`
	// ScoreLevel is the level of the score alone.
	ScoreLevel Level `json:"scoreLevel,omitzero" validate:"omitempty,enum"`
	// GatedBy are the dimension's must-have criteria below ScoreLevel.
	GatedBy []string `json:"gatedBy,omitzero" validate:"dive,key"`
	// Coverage is the share of the dimension's applicable weight that was
	// answered; 0 when every criterion was found not applicable.
	Coverage float64 `json:"coverage" validate:"min=0,max=1"`
	// Confidence is the weighted mean of the answered criteria's
	// confidence; 0 when the dimension is not scored, and then left out of
	// the JSON document.
	Confidence float64 `json:"confidence,omitzero" validate:"min=0,max=1"`
	// Counts counts the dimension's criteria.
	Counts Counts `json:"counts"`
	// Criteria holds each criterion's result.
	Criteria []CriterionResult `json:"criteria" validate:"min=1,dive"`
	// Claimed are the figures of the dimension's claims, in a verified
	// result. Since version 1.1.
	Claimed *Figures `json:"claimed,omitzero"`
	// Unverified are the dimension's answered criteria whose level cannot
	// be verified; while any is, a verified result gives the dimension no
	// score or level. Since version 1.1.
	Unverified []string `json:"unverified,omitzero" validate:"dive,key"`

	raw, claimedRaw, conf, applicable, answered float64
}

// MarshalJSON writes the dimension's figures; the score and the
// confidence only when the dimension is scored, zero included.
func (d DimensionResult) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		ID         string            `json:"id"`
		Title      tracking.Text     `json:"title"`
		Weight     float64           `json:"weight"`
		Score      *float64          `json:"score,omitzero"`
		Scored     bool              `json:"scored"`
		Level      Level             `json:"level,omitzero"`
		ScoreLevel Level             `json:"scoreLevel,omitzero"`
		GatedBy    []string          `json:"gatedBy,omitzero"`
		Coverage   float64           `json:"coverage"`
		Confidence *float64          `json:"confidence,omitzero"`
		Counts     Counts            `json:"counts"`
		Criteria   []CriterionResult `json:"criteria"`
		Claimed    *Figures          `json:"claimed,omitzero"`
		Unverified []string          `json:"unverified,omitzero"`
	}{d.ID, d.Title, d.Weight, figure(d.Scored && len(d.Unverified) == 0, d.Score), d.Scored, d.Level, d.ScoreLevel, d.GatedBy, d.Coverage,
		figure(d.Scored, d.Confidence), d.Counts, d.Criteria, d.Claimed, d.Unverified})
}

// CriterionResult is how one criterion stands.
type CriterionResult struct {
	// ID is the criterion's ID.
	ID string `json:"id" validate:"key"`
	// Title is the criterion's title.
	Title tracking.Text `json:"title" validate:"required,text"`
	// Weight is the criterion's weight in its dimension.
	Weight float64 `json:"weight" validate:"gt=0,max=1000000"`
	// MustHave is true for a must-have criterion.
	MustHave bool `json:"mustHave,omitzero"`
	// Status says whether the criterion was answered.
	Status Status `json:"status" validate:"required,enum"`
	// Level is the level scored. In a verified result it is the verified
	// level: the claim, held down to the data level where the criterion's
	// facts are all conclusive; absent when the criterion is Unverified.
	// Otherwise it is the claim, or the data level when a result of
	// version 1.0 capped the claim.
	Level Level `json:"level,omitzero" validate:"omitempty,enum"`
	// Unverified is true, in a verified result, when the level cannot be
	// verified: some fact its rules read is missing or not conclusive, or
	// the criterion has no rules, is a must-have and no evidence bears it
	// out. Since version 1.1.
	Unverified bool `json:"unverified,omitzero"`
	// Claimed is the State's claim: the government respondents' levels,
	// consolidated.
	Claimed Level `json:"claimed,omitzero" validate:"omitempty,enum"`
	// DataLevel is the level the tracking data show, by the criterion's
	// rules; empty when no rule could be applied.
	DataLevel Level `json:"dataLevel,omitzero" validate:"omitempty,enum"`
	// Contradicted is true when Claimed is above DataLevel.
	Contradicted bool `json:"contradicted,omitzero"`
	// Capped is true when Level was lowered to DataLevel.
	Capped bool `json:"capped,omitzero"`
	// Confidence says how far conclusive facts and evidence bear out the
	// level: high when both do (evidence alone for a criterion without
	// rules), medium when one does, low when neither does or when the
	// answers lie two levels or more apart.
	Confidence Confidence `json:"confidence,omitzero" validate:"omitempty,enum"`
	// Spread is the number of levels between the highest and the lowest
	// answer of the government's respondents: 0 when they agree.
	Spread int `json:"spread,omitzero" validate:"min=0,max=4"`
	// MixedApplicability is true when some respondents found the criterion
	// not applicable and others gave a level.
	MixedApplicability bool `json:"mixedApplicability,omitzero"`
	// Views are the levels that respondents who do not speak for the
	// government give (the national human rights institution, civil
	// society, ...), one per constituency, consolidated as the claim is
	// but never into it. Since version 1.1.
	Views []View `json:"views,omitzero" validate:"dive"`
	// Answers are the answers of every respondent, the claim's and the
	// views'.
	Answers []Answer `json:"answers,omitzero" validate:"dive"`
	// Rules are the criterion's rules with the facts they read.
	Rules []RuleResult `json:"rules,omitzero" validate:"dive"`
}

// RuleResult is a rule applied to the facts.
type RuleResult struct {
	Rule
	// Known is false when the data do not give the fact.
	Known bool `json:"known"`
	// Value is the fact's value.
	Value float64 `json:"value"`
	// Level is the level the value reaches.
	Level Level `json:"level,omitzero" validate:"omitempty,enum"`
	// Conclusive is true when the fact is known and conclusive (see
	// FactValue). Since version 1.1.
	Conclusive bool `json:"conclusive,omitzero"`
}

// View is the level one constituency other than the government finds for
// a criterion: an independent view beside the State's claim.
type View struct {
	// Constituency is for whom the view speaks.
	Constituency Constituency `json:"constituency" validate:"required,enum"`
	// Level is the constituency's respondents' level, consolidated; empty
	// when they found the criterion not applicable.
	Level Level `json:"level,omitzero" validate:"omitempty,enum"`
	// NotApplicable is true when they found the criterion not applicable.
	NotApplicable bool `json:"notApplicable,omitzero"`
}

// Step is a gap to close: raising one criterion by one level.
type Step struct {
	// Criterion is the criterion's ID.
	Criterion string `json:"criterion" validate:"key"`
	// Dimension is its dimension's ID.
	Dimension string `json:"dimension" validate:"key"`
	// Title is the criterion's title.
	Title tracking.Text `json:"title" validate:"required,text"`
	// From is the criterion's level now.
	From Level `json:"from" validate:"required,enum"`
	// To is the next level.
	To Level `json:"to" validate:"required,enum"`
	// Descriptor describes the next level for this criterion: what to
	// achieve.
	Descriptor tracking.Text `json:"descriptor" validate:"required,text"`
	// MustHave is true for a must-have criterion.
	MustHave bool `json:"mustHave,omitzero"`
	// Blocking is true when the criterion holds the staged level down: the
	// staged level cannot rise until it does.
	Blocking bool `json:"blocking,omitzero"`
	// ScoreGain is the number of points the step adds to the overall
	// score.
	ScoreGain float64 `json:"scoreGain" validate:"min=0,max=100"`
	// DimensionGain is the number of points it adds to its dimension's
	// score.
	DimensionGain float64 `json:"dimensionGain" validate:"min=0,max=100"`
}

// Criterion returns the result of the criterion with the ID, or nil.
func (r *Result) Criterion(id string) *CriterionResult {
	if r == nil {
		return nil
	}
	for i := range r.Dimensions {
		for j := range r.Dimensions[i].Criteria {
			if r.Dimensions[i].Criteria[j].ID == id {
				return &r.Dimensions[i].Criteria[j]
			}
		}
	}
	return nil
}

// Dimension returns the result of the dimension with the ID, or nil.
func (r *Result) Dimension(id string) *DimensionResult {
	if r == nil {
		return nil
	}
	for i := range r.Dimensions {
		if r.Dimensions[i].ID == id {
			return &r.Dimensions[i]
		}
	}
	return nil
}

// Contradictions returns the criteria claimed above what the data show,
// in framework order.
func (r *Result) Contradictions() []*CriterionResult {
	if r == nil {
		return nil
	}
	var out []*CriterionResult
	for i := range r.Dimensions {
		for j := range r.Dimensions[i].Criteria {
			if r.Dimensions[i].Criteria[j].Contradicted {
				out = append(out, &r.Dimensions[i].Criteria[j])
			}
		}
	}
	return out
}
