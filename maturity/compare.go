package maturity

import (
	"bytes"
	"io"
	"math"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// JSON returns the result as an indented JSON document of kind
// schema.KindResult, which LoadResult reads back.
func (r *Result) JSON() ([]byte, error) {
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// WriteJSON writes the result to w as JSON does; a nil result is an error.
func (r *Result) WriteJSON(w io.Writer) error {
	if r == nil {
		return schema.Problems{problem("", CodeMissing, "result", nil)}
	}
	if err := schema.Write(w, r); err != nil {
		return schema.Problems{problem("", "io.write", "result", schema.Args{"error": err.Error()})}
	}
	return nil
}

// LoadResult reads a result from a JSON document, such as last year's
// result to compare with this year's: it validates the document against the
// result schema (schema.KindResult), decodes it strictly and applies Check,
// so that its figures agree with each other. On failure the error is a
// schema.Problems listing every problem found.
func LoadResult(data []byte) (*Result, error) {
	var r Result
	if err := loadChecked(schema.KindResult, data, &r, r.fieldChecks, r.ruleChecks); err != nil {
		return nil, err
	}
	return &r, nil
}

// Comparison sets two results of one framework side by side: last year's
// and this year's, say.
type Comparison struct {
	// Framework names the framework of the later result.
	Framework FrameworkRef `json:"framework"`
	// FrameworkTitle is its title.
	FrameworkTitle tracking.Text `json:"frameworkTitle"`
	// LevelTitles are its names of the levels.
	LevelTitles Descriptors `json:"levelTitles"`
	// From is the date of the earlier assessment.
	From tracking.PartialDate `json:"from"`
	// To is the date of the later one.
	To tracking.PartialDate `json:"to"`
	// Score is the change of the overall score.
	Score Change `json:"score"`
	// Level is the change of the staged level.
	Level LevelChange `json:"level"`
	// Coverage is the change of the coverage.
	Coverage Change `json:"coverage"`
	// Confidence is the change of the confidence.
	Confidence Change `json:"confidence"`
	// Dimensions holds the change of each dimension of the later result.
	Dimensions []DimensionChange `json:"dimensions"`
	// Criteria holds the criteria whose status or level changed, in the
	// later result's order, then those the later framework dropped.
	Criteria []CriterionChange `json:"criteria,omitzero"`
	// Claimed is true when the scores and levels compared are the claimed
	// ones: one result scores claims alone, or has unverified criteria, so
	// that only the claims compare like with like.
	Claimed bool `json:"claimed,omitzero"`
	// NewContradictions are the criteria claimed above what the data
	// show in the later result but not in the earlier one.
	NewContradictions []string `json:"newContradictions,omitzero"`
	// ResolvedContradictions are the criteria claimed above what the data
	// show in the earlier result but no longer in the later one.
	ResolvedContradictions []string `json:"resolvedContradictions,omitzero"`
	// Method is true when the two results were scored by different
	// methods: one verified and one on claims alone, or against different
	// versions of the framework, or with facts of different scopes.
	Method bool `json:"method,omitzero"`

	titles map[string]tracking.Text
}

// level returns a criterion's level to compare: the claim when the
// comparison compares claims, its scored level otherwise.
func level(c *CriterionResult, claimed bool) Level {
	if claimed {
		return c.Claimed
	}
	return c.Level
}

// headline returns a result's or dimension's score and level to compare:
// the verified ones, or the claimed ones when claimed is true (the claims
// of a result scored on claims alone are its figures), and whether they
// are known.
func headline(scored bool, unverified []string, score float64, level Level, c *Figures, claimed bool) (float64, Level, bool) {
	switch {
	case !scored:
		return 0, "", false
	case claimed && c != nil:
		return c.Score, c.Level, true
	case len(unverified) > 0:
		return 0, "", false
	}
	return score, level, true
}

// Change is how a figure moved.
type Change struct {
	// From is the earlier value.
	From float64 `json:"from"`
	// To is the later value.
	To float64 `json:"to"`
	// Delta is To − From, or 0 when either could not be computed.
	Delta float64 `json:"delta"`
	// FromKnown is false when the earlier value could not be computed (no
	// criterion answered), and From is then not meaningful.
	FromKnown bool `json:"fromKnown"`
	// ToKnown is false when the later value could not be computed.
	ToKnown bool `json:"toKnown"`
}

// Comparable reports whether both values are known, and so Delta is
// meaningful.
func (c Change) Comparable() bool { return c.FromKnown && c.ToKnown }

// LevelChange is how a level moved; a level may be empty where none could
// be computed.
type LevelChange struct {
	// From is the earlier level.
	From Level `json:"from,omitzero"`
	// To is the later level.
	To Level `json:"to,omitzero"`
}

// Steps returns the number of levels gained (negative when lost), and false
// when either level is missing.
func (c LevelChange) Steps() (int, bool) {
	if c.From == "" || c.To == "" {
		return 0, false
	}
	return c.To.Rank() - c.From.Rank(), true
}

// DimensionChange is how a dimension moved.
type DimensionChange struct {
	// ID is the dimension's ID.
	ID string `json:"id"`
	// Title is its title.
	Title tracking.Text `json:"title"`
	// Score is the change of its score.
	Score Change `json:"score"`
	// Level is the change of its level.
	Level LevelChange `json:"level"`
}

// CriterionChange is how a criterion moved.
type CriterionChange struct {
	// ID is the criterion's ID.
	ID string `json:"id"`
	// Dimension is its dimension's ID, in the later result when it is
	// there.
	Dimension string `json:"dimension"`
	// Title is its title.
	Title tracking.Text `json:"title"`
	// FromStatus is its earlier status; empty when the earlier framework
	// lacked the criterion.
	FromStatus Status `json:"fromStatus,omitzero"`
	// ToStatus is its later status; empty when the later framework lacks
	// it.
	ToStatus Status `json:"toStatus,omitzero"`
	// Level is the change of its scored level.
	Level LevelChange `json:"level"`
	// Data is the change of its data level.
	Data LevelChange `json:"data"`
	// Backed is true when the level moved and the later data bear the
	// move out: conclusive facts at or above a level that rose, at or
	// below a level that fell.
	Backed bool `json:"backed,omitzero"`
}

// backed reports whether the later data bear out the move of a criterion's
// level: its facts are all conclusive, and reach a level that rose, or stay
// at or below a level that fell.
func backed(c *CriterionResult, move LevelChange) bool {
	steps, ok := move.Steps()
	if !ok || steps == 0 || c.DataLevel == "" || len(c.Rules) == 0 {
		return false
	}
	for _, rr := range c.Rules {
		if !rr.Conclusive {
			return false
		}
	}
	if steps > 0 {
		return c.DataLevel.Rank() >= move.To.Rank()
	}
	return c.DataLevel.Rank() <= move.To.Rank()
}

func change(from, to float64, fromOK, toOK bool, places int) Change {
	c := Change{From: from, To: to, FromKnown: fromOK, ToKnown: toOK}
	if fromOK && toOK {
		c.Delta = round(to-from, places)
	}
	return c
}

// Compare returns the changes from the result prev to the result cur. Both
// must be of the same framework (by ID; the versions may differ, and
// criteria are matched by ID) and of the same State, and prev may not be
// dated after cur: every day its date covers after every day of cur's.
func Compare(prev, cur *Result) (*Comparison, error) {
	if prev == nil || cur == nil {
		return nil, schema.Problems{problem("", CodeMissing, "compare", nil)}
	}
	if prev.Framework.ID != cur.Framework.ID {
		return nil, schema.Problems{problem("/framework/id", "compare.mismatch", "framework",
			schema.Args{"previous": prev.Framework.ID, "current": cur.Framework.ID})}
	}
	if prev.State != cur.State {
		return nil, schema.Problems{problem("/state", "compare.mismatch", "state",
			schema.Args{"previous": string(prev.State), "current": string(cur.State)})}
	}
	if cur.Date.Before(prev.Date) {
		return nil, schema.Problems{problem("/date", "compare.order", "",
			schema.Args{"previous": prev.Date.String(), "current": cur.Date.String()})}
	}
	po, co := prev.Overall, cur.Overall
	scope := func(r *Result) Scope {
		if r.Facts == nil {
			return ""
		}
		return orDefault(r.Facts.Scope, ScopeAll)
	}
	claimed := prev.Verified != cur.Verified || len(po.Unverified) > 0 || len(co.Unverified) > 0
	ps, pl, pok := headline(po.Scored, po.Unverified, po.Score, po.Level, po.Claimed, claimed)
	cs, cl, cok := headline(co.Scored, co.Unverified, co.Score, co.Level, co.Claimed, claimed)
	cmp := &Comparison{
		Framework:      cur.Framework,
		FrameworkTitle: cur.FrameworkTitle.Clone(),
		LevelTitles:    cur.LevelTitles.clone(),
		From:           prev.Date,
		To:             cur.Date,
		Score:          change(ps, cs, pok, cok, 1),
		Level:          LevelChange{pl, cl},
		Coverage:       change(po.Coverage, co.Coverage, true, true, 4),
		Confidence:     change(po.Confidence, co.Confidence, po.Scored, co.Scored, 4),
		Claimed:        claimed,
		Method: prev.Verified != cur.Verified || prev.Framework.Version != cur.Framework.Version ||
			prev.Facts != nil && cur.Facts != nil && scope(prev) != scope(cur),
	}
	for _, d := range cur.Dimensions {
		ds, dl, dok := headline(d.Scored, d.Unverified, d.Score, d.Level, d.Claimed, claimed)
		dc := DimensionChange{ID: d.ID, Title: d.Title.Clone(), Level: LevelChange{To: dl}}
		if p := prev.Dimension(d.ID); p != nil {
			s, l, ok := headline(p.Scored, p.Unverified, p.Score, p.Level, p.Claimed, claimed)
			dc.Score = change(s, ds, ok, dok, 1)
			dc.Level.From = l
		} else {
			dc.Score = change(0, ds, false, dok, 1)
		}
		cmp.Dimensions = append(cmp.Dimensions, dc)
	}
	seen := map[string]bool{}
	cmp.titles = map[string]tracking.Text{}
	for _, r := range []*Result{prev, cur} {
		for _, d := range r.Dimensions {
			for _, c := range d.Criteria {
				cmp.titles[c.ID] = c.Title
			}
		}
	}
	for _, d := range cur.Dimensions {
		for _, c := range d.Criteria {
			seen[c.ID] = true
			cc := CriterionChange{ID: c.ID, Dimension: d.ID, Title: c.Title.Clone(), ToStatus: c.Status, Level: LevelChange{To: level(&c, claimed)}, Data: LevelChange{To: c.DataLevel}}
			p := prev.Criterion(c.ID)
			if p != nil {
				cc.FromStatus, cc.Level.From, cc.Data.From = p.Status, level(p, claimed), p.DataLevel
			}
			cc.Backed = backed(&c, cc.Level)
			if cc.FromStatus != cc.ToStatus || cc.Level.From != cc.Level.To {
				cmp.Criteria = append(cmp.Criteria, cc)
			}
			switch was := p != nil && p.Contradicted; {
			case c.Contradicted && !was:
				cmp.NewContradictions = append(cmp.NewContradictions, c.ID)
			case !c.Contradicted && was:
				cmp.ResolvedContradictions = append(cmp.ResolvedContradictions, c.ID)
			}
		}
	}
	for _, d := range prev.Dimensions {
		for _, c := range d.Criteria {
			if !seen[c.ID] {
				cmp.Criteria = append(cmp.Criteria, CriterionChange{ID: c.ID, Dimension: d.ID, Title: c.Title.Clone(),
					FromStatus: c.Status, Level: LevelChange{From: level(&c, claimed)}, Data: LevelChange{From: c.DataLevel}})
				if c.Contradicted {
					cmp.ResolvedContradictions = append(cmp.ResolvedContradictions, c.ID)
				}
			}
		}
	}
	return cmp, nil
}

// Markdown returns the comparison as a Markdown report in the language
// lang, as Result.Markdown does; "" for a nil comparison.
func (c *Comparison) Markdown(lang string) string { return c.markdown(builtIn(reportLang(lang))) }

// markdown writes the comparison in the language key (see reportLang).
func (c *Comparison) markdown(lang tongue) string {
	if c == nil {
		return ""
	}
	var b mdWriter
	b.open(lang)
	r := &Result{LevelTitles: c.LevelTitles}
	b.line("# %s%s%s", mdText(text(c.FrameworkTitle, lang)), colon(lang), msg(lang, "comparison"))
	b.blank()
	b.line("- %s%s%s%s%s", msg(lang, "date"), colon(lang), foreign(lang, date(lang, c.From)), arrow(lang), foreign(lang, date(lang, c.To)))
	b.line("- %s%s%s", msg(lang, "framework"), colon(lang), frameworkName(c.Framework, lang))
	b.blank()
	if c.Method {
		b.line("**%s**", msg(lang, "otherMethod"))
		b.blank()
	}
	if c.Claimed {
		b.line("%s", msg(lang, "comparedClaims"))
		b.blank()
	}
	b.row("", msg(lang, "before"), msg(lang, "after"), msg(lang, "change"))
	b.align("---", "---:", "---:", "---:")
	b.row(msg(lang, "weightedScore"), changeFrom(c.Score, lang, 1), changeTo(c.Score, lang, 1), changeDelta(c.Score, lang, 1))
	steps := "—"
	if n, ok := c.Level.Steps(); ok {
		steps = isolate(lang, signed(lang, float64(n), 0))
	}
	b.row(msg(lang, "stagedLevel"), r.mdLevel(c.Level.From, lang), r.mdLevel(c.Level.To, lang), steps)
	b.row(msg(lang, "coverage"), pct(lang, c.Coverage.From), pct(lang, c.Coverage.To), pointsDelta(c.Coverage, lang))
	b.row(msg(lang, "confidence"), changePct(c.Confidence.From, c.Confidence.FromKnown, lang), changePct(c.Confidence.To, c.Confidence.ToKnown, lang),
		changeDeltaPct(c.Confidence, lang))
	b.blank()
	b.line("## %s", msg(lang, "profile"))
	b.blank()
	b.row(msg(lang, "dimension"), msg(lang, "before"), msg(lang, "after"), msg(lang, "change"), msg(lang, "level"))
	b.align("---", "---:", "---:", "---:", "---")
	for _, d := range c.Dimensions {
		b.row(mdText(text(d.Title, lang)), changeFrom(d.Score, lang, 1), changeTo(d.Score, lang, 1), changeDelta(d.Score, lang, 1),
			r.mdLevel(d.Level.From, lang)+arrow(lang)+r.mdLevel(d.Level.To, lang))
	}
	b.blank()
	b.line("## %s", msg(lang, "criteriaChanged"))
	b.blank()
	if len(c.Criteria) == 0 {
		b.line("%s", msg(lang, "noChange"))
	} else {
		b.row(msg(lang, "criterion"), msg(lang, "before"), msg(lang, "after"), msg(lang, "data"))
		b.align("---", "---", "---", "---")
		for _, cc := range c.Criteria {
			data := "—"
			if n, ok := cc.Level.Steps(); ok && n != 0 {
				data = msg(lang, "notBacked")
				if cc.Backed {
					data = msg(lang, "dataBacked")
				}
				if cc.Data.To != "" {
					data += paren(lang, r.mdLevel(cc.Data.To, lang))
				}
			}
			b.row(mdText(text(cc.Title, lang)), statusLevel(r, cc.FromStatus, cc.Level.From, lang), statusLevel(r, cc.ToStatus, cc.Level.To, lang), data)
		}
	}
	for _, list := range []struct {
		key string
		ids []string
	}{{"newContradictions", c.NewContradictions}, {"resolvedContradictions", c.ResolvedContradictions}} {
		if len(list.ids) == 0 {
			continue
		}
		b.blank()
		b.line("## %s", msg(lang, list.key))
		b.blank()
		for _, id := range list.ids {
			b.line("- %s", mdText(text(c.title(id), lang)))
		}
	}
	b.close()
	return b.String()
}

// title returns the title of the criterion with the ID, from the changes
// or the titles the comparison keeps, or the ID.
func (c *Comparison) title(id string) tracking.Text {
	if t, ok := c.titles[id]; ok {
		return t
	}
	return tracking.En(id)
}

func orDefault[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

func statusLevel(r *Result, s Status, l Level, lang tongue) string {
	switch s {
	case "":
		return msg(lang, "notInFramework")
	case StatusAnswered:
		return r.mdLevel(l, lang)
	}
	return msg(lang, string(s))
}

func changeFrom(c Change, lang tongue, d int) string {
	if !c.FromKnown {
		return "—"
	}
	return num(lang, c.From, d)
}

func changeTo(c Change, lang tongue, d int) string {
	if !c.ToKnown {
		return "—"
	}
	return num(lang, c.To, d)
}

func changeDelta(c Change, lang tongue, d int) string {
	if !c.Comparable() {
		return "—"
	}
	return isolate(lang, signed(lang, c.Delta, d))
}

func changePct(x float64, ok bool, lang tongue) string {
	if !ok {
		return "—"
	}
	return pct(lang, x)
}

func changeDeltaPct(c Change, lang tongue) string {
	if !c.Comparable() {
		return "—"
	}
	return pointsDelta(c, lang)
}

// pointsDelta is the change of a share in whole percentage points, from
// the rounded percentages shown, so that the figures add up on the page,
// with its unit.
func pointsDelta(c Change, lang tongue) string {
	d := math.Round(c.To*100) - math.Round(c.From*100)
	return withUnit(lang, isolate(lang, signed(lang, d, 0)), percentagePoints(lang, d))
}
