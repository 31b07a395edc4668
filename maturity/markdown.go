package maturity

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// maxSteps is the number of next steps a report lists.
const maxSteps = 10

// Markdown returns the result as a Markdown report in the language lang, a
// BCP 47 tag: one of Languages ("ar", "en", "es", "fr", "ru", "zh") or a
// regional variant of one; others fall back to English. Every word,
// heading and level title is in that language, numbers are written as it
// writes them (golang.org/x/text: "47,9" in French, Spanish and Russian,
// "47.9" in English, Arabic and Chinese), and dates, years, codes and
// document symbols stay as they are. An Arabic report is wrapped in a
// right-to-left block (<div dir="rtl">), its lists take the Arabic comma,
// and the runs that read left to right inside it (scores, dates, codes,
// and text that falls back to another language) are isolated; it writes
// Western digits unless lang is "ar-u-nu-arab" (see ReportOptions). A
// Chinese report uses full-width punctuation. The output depends on the
// result and the language only; it is "" for a nil result.
func (r *Result) Markdown(lang string) string { return r.markdown(builtIn(reportLang(lang))) }

// markdown writes the report in the language key (see reportLang).
func (r *Result) markdown(lang tongue) string {
	if r == nil {
		return ""
	}
	var b mdWriter
	b.open(lang)
	title := text(r.Title, lang)
	if title == "" {
		title = msg(lang, "selfAssessment")
	}
	b.line("# %s%s%s", mdText(text(r.FrameworkTitle, lang)), colon(lang), mdText(title))
	b.blank()
	switch {
	case !r.Verified:
		b.line("**%s**", msg(lang, "claimsOnlyTop"))
		b.blank()
	case r.Facts == nil:
		b.line("**%s**", msg(lang, "noDataTop"))
		b.blank()
	}
	dataAt := msg(lang, "noData")
	if r.Facts != nil {
		dataAt = foreign(lang, date(lang, r.Facts.At))
	}
	b.line("- %s%s%s", msg(lang, "state"), colon(lang), isolate(lang, string(r.State)))
	b.line("- %s%s%s", msg(lang, "date"), colon(lang), foreign(lang, date(lang, r.Date)))
	b.line("- %s%s%s", msg(lang, "dataAt"), colon(lang), dataAt)
	b.line("- %s%s%s", msg(lang, "framework"), colon(lang), frameworkName(r.Framework, lang))
	b.line("- %s%s%s", msg(lang, "method"), colon(lang), msg(lang, string(r.Method)))
	var resp []string
	for _, p := range r.Respondents {
		s := mdText(text(p.Name, lang))
		if role := text(p.Role, lang); role != "" {
			s += paren(lang, mdText(role))
		}
		resp = append(resp, s)
	}
	b.line("- %s%s%s", msg(lang, "respondents"), colon(lang), strings.Join(resp, listSep(lang)))
	var shown []string
	for _, p := range r.Respondents {
		if !p.FactsShown.IsZero() {
			shown = append(shown, mdText(text(p.Name, lang))+paren(lang, isolate(lang, p.FactsShown.String())))
		}
	}
	if len(shown) > 0 {
		b.line("- %s", msgf(lang, "factsShown", strings.Join(shown, listSep(lang))))
	}
	b.blank()

	o := r.Overall
	b.line("## %s", msg(lang, "overall"))
	b.blank()
	c := o.Counts
	switch {
	case o.Scored:
	case c.Criteria > 0 && c.NotApplicable == c.Criteria:
		b.line("%s", msgf(lang, "allNA", c.Criteria))
		b.blank()
	case c.NotApplicable > 0:
		b.line("%s", msgf(lang, "noAnswerNA", c.NotApplicable, c.Unanswered))
		b.blank()
	default:
		b.line("%s", msg(lang, "noAnswer"))
		b.blank()
	}
	if o.Scored {
		score, staged, scoreLevel := outOf100(lang, o.Score), r.mdLevel(o.Level, lang), r.mdLevel(o.ScoreLevel, lang)
		if len(o.Unverified) > 0 {
			score, staged, scoreLevel = msg(lang, "unverified"), msg(lang, "unverified"), msg(lang, "unverified")
		}
		if o.Provisional {
			staged += " *"
		}
		if c := o.Claimed; c != nil {
			// A verified result: the verified figures, and the claimed
			// ones beside them.
			b.row("", msg(lang, "weightedScore"), msg(lang, "stagedLevel"), msg(lang, "scoreLevel"), msg(lang, "coverage"), msg(lang, "confidence"))
			b.align("---", "---:", "---", "---", "---:", "---:")
			b.row(msg(lang, "verifiedOutline"), score, staged, scoreLevel, pct(lang, o.Coverage), pct(lang, o.Confidence))
			claimedStaged := r.mdLevel(c.Level, lang)
			if o.Provisional {
				claimedStaged += " *"
			}
			b.row(msg(lang, "claimedBy"), outOf100(lang, c.Score), claimedStaged, r.mdLevel(c.ScoreLevel, lang), pct(lang, o.Coverage), "—")
		} else {
			b.row(msg(lang, "weightedScore"), msg(lang, "stagedLevel"), msg(lang, "scoreLevel"), msg(lang, "coverage"), msg(lang, "confidence"))
			b.align("---:", "---", "---", "---:", "---:")
			b.row(score, staged, scoreLevel, pct(lang, o.Coverage), pct(lang, o.Confidence))
		}
		b.blank()
		if len(o.Unverified) > 0 {
			b.line("%s", msgf(lang, "unverifiedFigures", r.criterionList(o.Unverified, lang), r.collectionsToVerify(lang)))
			b.blank()
		}
		if len(o.GatedBy) > 0 {
			b.line("%s", msgf(lang, plural("gated", len(o.GatedBy)), r.mdLevel(o.ScoreLevel, lang), r.criterionList(o.GatedBy, lang), r.mdLevel(o.Level, lang)))
			b.blank()
		}
	}
	if o.Provisional {
		b.line("\\* %s", msgf(lang, plural("provisional", len(o.MissingMustHaves)), r.criterionList(o.MissingMustHaves, lang)))
		b.blank()
	}
	b.line("%s", msgf(lang, "counts", c.Criteria, c.Answered, c.NotApplicable, c.Unanswered, c.Contradicted))
	b.blank()

	b.line("## %s", msg(lang, "profile"))
	b.blank()
	b.row(msg(lang, "dimension"), msg(lang, "score"), msg(lang, "level"), msg(lang, "coverage"), msg(lang, "confidence"))
	b.align("---", "---:", "---", "---:", "---:")
	for _, d := range r.Dimensions {
		score, level, conf := msg(lang, "notScored"), "—", "—"
		switch {
		case d.Scored && len(d.Unverified) > 0:
			score, level, conf = msg(lang, "unverified"), msg(lang, "unverified"), pct(lang, d.Confidence)
		case d.Scored:
			score, level, conf = num(lang, d.Score, 1), r.mdLevel(d.Level, lang), pct(lang, d.Confidence)
		}
		if d.Claimed != nil {
			score += paren(lang, msg(lang, "claimedOutline")+colon(lang)+num(lang, d.Claimed.Score, 1))
		}
		coverage := pct(lang, d.Coverage)
		if d.Counts.Criteria > 0 && d.Counts.NotApplicable == d.Counts.Criteria {
			coverage = "—" // no weight applies
		}
		b.row(mdText(text(d.Title, lang)), score, level, coverage, conf)
	}
	b.blank()

	if cs := r.Contradictions(); len(cs) > 0 {
		b.line("## %s", msg(lang, "contradictions"))
		b.blank()
		b.row(msg(lang, "criterion"), msg(lang, "claimed"), msg(lang, "data"), msg(lang, "facts"))
		b.align("---", "---", "---", "---")
		for _, cr := range cs {
			b.row(mdText(text(cr.Title, lang)), r.mdLevel(cr.Claimed, lang), r.mdLevel(cr.DataLevel, lang), r.rulesText(cr, lang))
		}
		b.blank()
	}

	var unanswered []string
	for _, d := range r.Dimensions {
		for _, c := range d.Criteria {
			if c.Status == StatusUnanswered {
				unanswered = append(unanswered, c.ID)
			}
		}
	}
	if len(r.NextSteps) > 0 || len(unanswered) > 0 {
		b.line("## %s", msg(lang, "nextSteps"))
		b.blank()
	}
	if len(unanswered) > 0 {
		b.line("%s", msgf(lang, "answerFirst", r.criterionList(unanswered, lang)))
		b.blank()
	}
	if len(r.NextSteps) > 0 {
		for i, s := range r.NextSteps {
			if i == maxSteps {
				break
			}
			var tags []string
			tags = append(tags, points(lang, s.ScoreGain, 2))
			if s.MustHave {
				tags = append(tags, msg(lang, "mustHave"))
			}
			if s.Blocking {
				tags = append(tags, msg(lang, "blocking"))
			}
			dimTitle := s.Dimension
			if d := r.Dimension(s.Dimension); d != nil {
				dimTitle = text(d.Title, lang)
			}
			b.line("%d. **%s**%s%s%s%s%s%s%s%s", i+1, mdText(text(s.Title, lang)), paren(lang, mdText(dimTitle)), colon(lang),
				r.mdLevel(s.From, lang), arrow(lang), r.mdLevel(s.To, lang), listSep(lang), strings.Join(tags, listSep(lang)), stop(lang))
			b.line("   %s", mdText(text(s.Descriptor, lang)))
		}
		b.blank()
		if more := len(r.NextSteps) - maxSteps; more > 0 {
			b.line("%s", moreSteps(lang, more))
			b.blank()
		}
	}

	b.line("## %s", msg(lang, "criteria"))
	b.blank()
	b.line("%s", msg(lang, "mustHaveKey"))
	b.blank()
	for _, d := range r.Dimensions {
		head := mdText(text(d.Title, lang))
		if d.Scored && len(d.Unverified) == 0 {
			head += colon(lang) + num(lang, d.Score, 1) + scoreSep(lang) + r.mdLevel(d.Level, lang)
		}
		b.line("### %s", head)
		b.blank()
		b.row(msg(lang, "criterion"), msg(lang, "level"), msg(lang, "claimed"), msg(lang, "data"), msg(lang, "confidence"), msg(lang, "answers"))
		b.align("---", "---", "---", "---", "---", "---")
		var notes []string
		for _, cr := range d.Criteria {
			name := mdText(text(cr.Title, lang))
			if cr.MustHave {
				name += " ★"
			}
			level, claimed, conf := msg(lang, cr.Status.String()), "—", "—"
			if cr.Status == StatusAnswered {
				level, claimed, conf = r.mdLevel(cr.Level, lang), r.mdLevel(cr.Claimed, lang), msg(lang, string(cr.Confidence))
				if cr.Unverified {
					level = msg(lang, "unverified")
				}
				if cr.Capped {
					level += paren(lang, msg(lang, "capped"))
				}
			}
			data := "—"
			if cr.DataLevel != "" {
				data = r.mdLevel(cr.DataLevel, lang)
				if cr.Contradicted {
					data += " ⚠"
				}
				if r.Verified && slices.ContainsFunc(cr.Rules, func(rr RuleResult) bool { return rr.Known && !rr.Conclusive }) {
					data += paren(lang, msg(lang, "notConclusive"))
				}
			}
			b.row(name, level, claimed, data, conf, r.answersText(cr, lang))
			for _, a := range cr.Answers {
				if a.NotApplicable {
					notes = append(notes, mdText(text(cr.Title, lang))+comma(lang)+msg(lang, "notApplicable")+
						paren(lang, r.respondentName(a.Respondent, lang))+colon(lang)+mdText(text(a.Justification, lang)))
				}
			}
		}
		b.blank()
		for _, n := range notes {
			b.line("- %s", n)
		}
		if len(notes) > 0 {
			b.blank()
		}
	}

	if r.Facts != nil && len(r.Facts.Values) > 0 {
		b.line("## %s%s", msg(lang, "factsFrom"), paren(lang, foreign(lang, date(lang, r.Facts.At))))
		b.blank()
		b.row(msg(lang, "fact"), "", msg(lang, "value"))
		b.align("---", "---", "---:")
		for _, v := range r.Facts.Values {
			b.row(mdText(factTitle(v.Fact, lang.key)), "`"+string(v.Fact)+"`", mdText(factValue(v, lang)))
		}
		b.blank()
	}
	b.line("%s", msg(lang, "howComputed"))
	b.close()
	return b.String()
}

// levelName returns "Title (rank)" for a level, with the result's titles.
func (r *Result) levelName(l Level, lang tongue) string {
	if l == "" {
		return "—"
	}
	t := text(r.LevelTitles.Get(l), lang)
	if t == "" {
		t = l.Title()
	}
	return t + paren(lang, integer(lang, l.Rank()))
}

func (r *Result) criterionList(ids []string, lang tongue) string {
	names := make([]string, len(ids))
	for i, id := range ids {
		if c := r.Criterion(id); c != nil {
			names[i] = text(c.Title, lang)
		} else {
			names[i] = id
		}
	}
	return mdText(strings.Join(names, nameSep(lang)))
}

// constituency returns for whom the respondent with the ID speaks.
func (r *Result) constituency(id string) Constituency {
	for _, p := range r.Respondents {
		if p.ID == id {
			return p.Speaks()
		}
	}
	return ConstituencyGovernment
}

// respondentName returns the name of the respondent with the ID, or the ID,
// made safe for Markdown and, in Arabic, isolated.
func (r *Result) respondentName(id string, lang tongue) string {
	for _, p := range r.Respondents {
		if p.ID == id {
			return mdText(text(p.Name, lang))
		}
	}
	return foreign(lang, mdText(id))
}

// moreSteps says how many next steps the report leaves out, in the number
// the language gives them.
func moreSteps(lang tongue, n int) string {
	switch {
	case n == 1:
		return msg(lang, "moreSteps1")
	case rtl(lang) && n == 2:
		return "توجد خطوتان أخريان في وثيقة النتيجة (JSON)."
	case rtl(lang) && (n > 10 && n%100 > 10 || n%100 == 0):
		return "توجد " + integer(lang, n) + " خطوة أخرى في وثيقة النتيجة (JSON)."
	}
	return msgf(lang, "moreSteps", n)
}

// frameworkName writes a framework's ID and version, isolated in Arabic.
func frameworkName(f FrameworkRef, lang tongue) string {
	return isolate(lang, "`"+f.ID+"` "+mdText(f.Version))
}

// plural returns the key of a message's singular form, key+"1", for one
// item, and key otherwise.
func plural(key string, n int) string {
	if n == 1 {
		return key + "1"
	}
	return key
}

func (r *Result) answersText(cr CriterionResult, lang tongue) string {
	var parts []string
	for _, a := range cr.Answers {
		v := msg(lang, "notApplicable")
		if !a.NotApplicable {
			v = r.mdLevel(a.Level, lang)
		}
		s := msgf(lang, "respondentAnswer", r.respondentName(a.Respondent, lang), v)
		if n := len(a.Evidence); n > 0 {
			s += paren(lang, msgf(lang, "evidenceItems", n))
		}
		if who := r.constituency(a.Respondent); who != ConstituencyGovernment {
			// An independent view: shown, never part of the claim; a
			// disagreement with the claim is marked.
			tag := msg(lang, string(who)+"View")
			if cr.Status == StatusAnswered && (a.NotApplicable || a.Level != cr.Claimed) {
				tag += listSep(lang) + "⚠ " + msg(lang, "viewDiffers")
			}
			s += paren(lang, tag)
		}
		parts = append(parts, s)
	}
	if cr.Spread > 0 {
		parts = append(parts, msgf(lang, "disagree", cr.Spread))
	}
	if cr.MixedApplicability {
		parts = append(parts, msg(lang, "mixedNA"))
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, listSep(lang))
}

func (r *Result) rulesText(cr *CriterionResult, lang tongue) string {
	var parts []string
	for _, rr := range cr.Rules {
		if !rr.Known {
			continue
		}
		v := FactValue{Fact: rr.Fact, Value: rr.Value}
		if fv, ok := r.Facts.Get(rr.Fact); ok {
			v = fv
		}
		parts = append(parts, msgf(lang, "rulesRead", isolate(lang, "`"+string(rr.Fact)+"`"), mdText(factValue(v, lang)), r.mdLevel(rr.Level, lang)))
	}
	return strings.Join(parts, listSep(lang))
}

// collectionsToVerify lists the collections a dataset would have to keep
// in full for the unverified criteria's facts to be conclusive.
func (r *Result) collectionsToVerify(lang tongue) string {
	var kinds []string
	for _, id := range r.Overall.Unverified {
		c := r.Criterion(id)
		if c == nil {
			continue
		}
		for _, rr := range c.Rules {
			for _, k := range factCollections[rr.Fact] {
				if !slices.Contains(kinds, string(k)) {
					kinds = append(kinds, string(k))
				}
			}
		}
	}
	if len(kinds) == 0 {
		return "—"
	}
	slices.Sort(kinds)
	for i, k := range kinds {
		kinds[i] = isolate(lang, "`"+k+"`")
	}
	return strings.Join(kinds, nameSep(lang))
}

// factValue formats a fact's value: a share as a percentage with its
// counts, a flag as yes or no, the level of the chair and the kind of
// tracking tool by name with their rank, anything else as a number.
func factValue(v FactValue, lang tongue) string {
	switch factKind(v.Fact) {
	case "share":
		return pct(lang, v.Value) + paren(lang, integer(lang, v.Count)+"/"+integer(lang, v.Of))
	case "flag":
		if v.Value != 0 {
			return msg(lang, "yes")
		}
		return msg(lang, "no")
	}
	if names, ok := rankNames[v.Fact]; ok && v.Value == math.Trunc(v.Value) && v.Value >= 0 && int(v.Value) < len(names) {
		return msg(lang, names[int(v.Value)]) + paren(lang, integer(lang, int(v.Value)))
	}
	return num(lang, v.Value, 2)
}

// rankNames names the values of the facts that rank something: the
// office of the chair (ComputeFacts' chairRank) and the kind of tracking
// tool.
var rankNames = map[Fact][]string{
	FactChairLevel:   {"chairNone", "chairOther", "chairSeniorOrDeputy", "chairMinister", "chairHead"},
	FactTrackingTool: {"toolNone", "toolSpreadsheet", "toolDigital"},
}

// mdWriter builds a Markdown document.
type mdWriter struct {
	strings.Builder
	rtl bool
}

func (b *mdWriter) open(lang tongue) {
	if rtl(lang) {
		b.rtl = true
		b.WriteString("<div dir=\"rtl\" lang=\"ar\">\n\n")
	}
}

func (b *mdWriter) close() {
	if b.rtl {
		b.WriteString("\n</div>\n")
	}
}

func (b *mdWriter) line(format string, args ...any) {
	fmt.Fprintf(b, format, args...)
	b.WriteByte('\n')
}

func (b *mdWriter) blank() { b.WriteByte('\n') }

func (b *mdWriter) row(cells ...string) {
	b.WriteString("|")
	for _, c := range cells {
		b.WriteString(" " + c + " |")
	}
	b.WriteByte('\n')
}

func (b *mdWriter) align(cells ...string) { b.row(cells...) }

// mdText makes text safe inside a Markdown table cell or list item: it
// escapes the characters Markdown or HTML would read as markup and folds
// line breaks into spaces.
var mdReplacer = strings.NewReplacer("|", "\\|", "\r\n", " ", "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]")

func mdText(s string) string { return mdReplacer.Replace(s) }

// mdLevel is levelName made safe for Markdown.
func (r *Result) mdLevel(l Level, lang tongue) string { return mdText(r.levelName(l, lang)) }
