package maturity

import (
	"fmt"
	"math"
	"strings"
	"unicode"
)

// Geometry of the radar chart, in SVG user units. The chart is at least
// svgMinWidth wide; it grows so that every label fits, and the heading and
// subtitle wrap to its width.
const (
	svgMinWidth   = 720
	svgMargin     = 24 // left and right of the heading, and around the labels
	svgRadius     = 200
	labelGap      = 22
	labelWidth    = 22 // characters a label line holds before it wraps
	headSize      = 20
	headLine      = 26
	subSize       = 14
	subLine       = 20
	labelSize     = 13
	labelLine     = 16.0
	ringLabelSize = 11
)

// svgCX is the centre of the chart at its narrowest.
const svgCX = svgMinWidth / 2

// RadarSVG returns an SVG radar chart of the dimension profile: one axis a
// dimension, 0 at the centre and 100 at the rim, with the overall score and
// staged level in the heading. A dimension that is not scored has no point
// on the profile: its axis is dashed and its label says so. Text is in the
// language lang, as Result.Markdown takes it: one of Languages, with
// numbers written as the language writes them; others fall back to
// English. In Arabic the chart reads right to left: the root carries
// dir="rtl", the axes run anticlockwise, and the labels anchor so that they
// grow away from the chart. The chart is as wide as its labels need, and
// the heading and subtitle wrap (Chinese between any two characters), by an
// estimate of the width of their text. The font families it names fall
// back from the language's own (Noto Naskh Arabic, Noto Sans CJK SC) to
// the common sans-serif fonts. It uses no dependency beyond
// golang.org/x/text and depends on the result and the language only; it is
// "" for a nil result.
func (r *Result) RadarSVG(lang string) string { return r.radarSVG(builtIn(reportLang(lang))) }

// radarSVG draws the chart in the language key (see reportLang).
func (r *Result) radarSVG(lang tongue) string {
	if r == nil {
		return ""
	}
	rtl := rtl(lang)
	dir := "ltr"
	if rtl {
		dir = "rtl"
	}
	n := len(r.Dimensions)

	// Labels first: they decide the width of the chart.
	type label struct {
		lines  []string
		value  string
		scored bool
		dx, dy float64 // the anchor point, from the centre
		side   string  // "left", "right" or "middle"
		w, h   float64 // the block's width and height
	}
	angle := func(i int) (dx, dy float64) {
		a := 2 * math.Pi * float64(i) / float64(n)
		dx = math.Sin(a)
		if rtl {
			dx = -dx
		}
		return dx, -math.Cos(a)
	}
	labels := make([]label, n)
	halfW, top, bottom := float64(svgMinWidth)/2-svgMargin, float64(svgRadius), float64(svgRadius)
	for i, d := range r.Dimensions {
		l := label{lines: wrap(text(d.Title, lang), labelWidth*0.56*labelSize, labelSize), value: msg(lang, "notScored"), scored: d.Scored && len(d.Unverified) == 0}
		switch {
		case d.Scored && len(d.Unverified) > 0:
			l.value = msg(lang, "unverified")
			if d.Claimed != nil {
				l.value += " · " + labelled(lang, "claimedOutline") + num(lang, d.Claimed.Score, 1)
			}
		case d.Scored:
			l.value = num(lang, d.Score, 1) + " · " + r.levelName(d.Level, lang)
		}
		ax, ay := angle(i)
		l.dx, l.dy = (svgRadius+labelGap)*ax, (svgRadius+labelGap)*ay
		l.side = "middle"
		switch {
		case l.dx > 1:
			l.side = "right"
		case l.dx < -1:
			l.side = "left"
		}
		for _, line := range l.lines {
			l.w = max(l.w, textWidth(line, labelSize, false))
		}
		l.w = max(l.w, textWidth(l.value, labelSize, l.scored))
		l.h = float64(len(l.lines)+1) * labelLine
		switch l.side {
		case "right":
			halfW = max(halfW, l.dx+l.w)
		case "left":
			halfW = max(halfW, -l.dx+l.w)
		default:
			halfW = max(halfW, l.w/2)
		}
		switch {
		case l.side == "middle" && l.dy < 0:
			top = max(top, -l.dy+l.h)
		case l.side == "middle":
			bottom = max(bottom, l.dy+l.h)
		default:
			top = max(top, -l.dy+l.h/2)
			bottom = max(bottom, l.dy+l.h/2)
		}
		labels[i] = l
	}
	width := math.Ceil(max(float64(svgMinWidth), 2*(halfW+svgMargin)))
	cx := width / 2

	// Heading and subtitle, wrapped to the width.
	textW := width - 2*svgMargin
	head := wrapText(text(r.FrameworkTitle, lang), textW, headSize, true)
	parts := []string{msg(lang, "profileChart"), foreign(lang, date(lang, r.Date))}
	switch {
	case r.Overall.Scored && len(r.Overall.Unverified) > 0:
		parts = append(parts, labelled(lang, "weightedScore")+msg(lang, "unverified"))
		if c := r.Overall.Claimed; c != nil {
			parts = append(parts, labelled(lang, "claimedOutline")+num(lang, c.Score, 1)+" · "+r.levelName(c.Level, lang))
		}
		parts = append(parts, labelled(lang, "coverage")+pct(lang, r.Overall.Coverage), labelled(lang, "confidence")+pct(lang, r.Overall.Confidence))
	case r.Overall.Scored:
		staged := r.levelName(r.Overall.Level, lang)
		if r.Overall.Provisional {
			staged += " *"
		}
		parts = append(parts, labelled(lang, "weightedScore")+num(lang, r.Overall.Score, 1),
			labelled(lang, "stagedLevel")+staged)
		if c := r.Overall.Claimed; c != nil {
			parts = append(parts, labelled(lang, "claimedOutline")+num(lang, c.Score, 1)+" · "+r.levelName(c.Level, lang))
		}
		parts = append(parts, labelled(lang, "coverage")+pct(lang, r.Overall.Coverage), labelled(lang, "confidence")+pct(lang, r.Overall.Confidence))
	}

	sub := wrapWidth(parts, " · ", textW, subSize, false)
	if r.Verified && r.Facts == nil {
		// Said at the top, in words that wrap to the width.
		sub = append(sub, wrapText(msg(lang, "noDataTop"), textW, subSize, false)...)
	}
	headY := 36.0
	subY := headY + float64(len(head)-1)*headLine + 26
	cy := math.Ceil(subY + float64(len(sub)-1)*subLine + 12 + top + svgMargin/2)
	legendY := math.Ceil(cy + bottom + svgMargin)
	height := legendY
	if r.Verified {
		height += legendLine
	}

	var b strings.Builder
	title := text(r.FrameworkTitle, lang) + colon(lang) + msg(lang, "profileChart")
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="img" aria-labelledby="title desc" xml:lang="%s" lang="%s" dir="%s" direction="%s" font-family="%s">`+"\n",
		f0(width), f0(height), f0(width), f0(height), base(lang), base(lang), dir, dir, fontFamily(lang))
	fmt.Fprintf(&b, "<title id=\"title\">%s</title>\n", xmlText(title))
	var desc []string
	for _, d := range r.Dimensions {
		v := msg(lang, "notScored")
		if d.Scored {
			v = num(lang, d.Score, 1) + scoreSep(lang) + r.levelName(d.Level, lang)
		}
		desc = append(desc, text(d.Title, lang)+colon(lang)+v)
	}
	fmt.Fprintf(&b, "<desc id=\"desc\">%s</desc>\n", xmlText(strings.Join(desc, listSep(lang))))
	b.WriteString(`<rect width="100%" height="100%" fill="#ffffff"/>` + "\n")

	// Heading, anchored at the reading start of the line.
	hx := float64(svgMargin)
	if rtl {
		hx = width - svgMargin
	}
	lines := func(size int, weight, fill string, y, step float64, ls []string) {
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="%d"%s text-anchor="start" fill="%s">`, f1(hx), f1(y), size, weight, fill)
		for k, l := range ls {
			dy := "0"
			if k > 0 {
				dy = f1(step)
			}
			fmt.Fprintf(&b, `<tspan x="%s" dy="%s">%s</tspan>`, f1(hx), dy, xmlText(l))
		}
		b.WriteString("</text>\n")
	}
	lines(headSize, ` font-weight="bold"`, "#1a1a1a", headY, headLine, head)
	lines(subSize, "", "#444444", subY, subLine, sub)

	if n == 0 {
		b.WriteString("</svg>\n")
		return b.String()
	}
	point := func(i int, radius float64) (float64, float64) {
		ax, ay := angle(i)
		return cx + radius*ax, cy + radius*ay
	}
	// Grid: rings at 25, 50, 75 and 100 points, one per level boundary;
	// the axis of a dimension that is not scored is dashed.
	b.WriteString(`<g fill="none" stroke="#cccccc" stroke-width="1">` + "\n")
	for ring := 1; ring <= 4; ring++ {
		rad := float64(svgRadius) * float64(ring) / 4
		var pts []string
		for i := range n {
			x, y := point(i, rad)
			pts = append(pts, coord(x, y))
		}
		fmt.Fprintf(&b, `<polygon points="%s"/>`+"\n", strings.Join(pts, " "))
	}
	for i, d := range r.Dimensions {
		x, y := point(i, svgRadius)
		dash := ""
		if !d.Scored {
			dash = ` stroke="#999999" stroke-dasharray="4 4"`
		}
		fmt.Fprintf(&b, `<line x1="%s" y1="%s" x2="%s" y2="%s"%s/>`+"\n", f1(cx), f1(cy), f1(x), f1(y), dash)
	}
	b.WriteString("</g>\n")

	// The claimed outline, dashed, in a verified result: what the
	// government claims, beside what the data bear out.
	var claimed []string
	for i, d := range r.Dimensions {
		if d.Claimed != nil {
			x, y := point(i, float64(svgRadius)*d.Claimed.Score/100)
			claimed = append(claimed, coord(x, y))
		}
	}
	if len(claimed) > 0 {
		fmt.Fprintf(&b, `<polygon points="%s" fill="none" stroke="#b35900" stroke-width="2" stroke-dasharray="6 4" stroke-linejoin="round"/>`+"\n", strings.Join(claimed, " "))
	}
	// The profile, through the dimensions with a score only: a dimension
	// without one (not scored, or unverified) is unknown, not zero. Each
	// point is as opaque as the dimension's confidence is high.
	var pts []string
	for i, d := range r.Dimensions {
		if d.Scored && len(d.Unverified) == 0 {
			x, y := point(i, float64(svgRadius)*d.Score/100)
			pts = append(pts, coord(x, y))
		}
	}
	if len(pts) > 0 {
		fmt.Fprintf(&b, `<polygon points="%s" fill="#1f6fb2" fill-opacity="0.25" stroke="#1f6fb2" stroke-width="2" stroke-linejoin="round"/>`+"\n", strings.Join(pts, " "))
	}
	for i, d := range r.Dimensions {
		if d.Scored && len(d.Unverified) == 0 {
			x, y := point(i, float64(svgRadius)*d.Score/100)
			fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="5" fill="#1f6fb2" fill-opacity="%s" stroke="#1f6fb2" stroke-width="1"/>`+"\n", f1(x), f1(y), f2(0.15+0.85*d.Confidence))
		}
	}

	// Ring values, above the profile with a white halo so that it hides
	// none of them, beside the first axis.
	fmt.Fprintf(&b, `<g font-size="%d" fill="#666666" stroke="#ffffff" stroke-width="3" paint-order="stroke" text-anchor="start" direction="ltr">`+"\n", ringLabelSize)
	for ring := 1; ring <= 4; ring++ {
		fmt.Fprintf(&b, `<text x="%s" y="%s">%s</text>`+"\n", f1(cx+4), f1(cy-float64(svgRadius)*float64(ring)/4-3), integer(lang, ring*25))
	}
	b.WriteString("</g>\n")

	// Labels: the dimension's title, then its score and level.
	for _, l := range labels {
		x, y := cx+l.dx, cy+l.dy
		// The side of the chart the label stands on decides its anchor: a
		// label on the right grows rightwards from its anchor, one on the
		// left grows leftwards. In right-to-left text "start" is the right
		// edge, so the anchors swap.
		anchor := map[string]string{"middle": "middle", "right": "start", "left": "end"}[l.side]
		if rtl && l.side != "middle" {
			anchor = map[string]string{"right": "end", "left": "start"}[l.side]
		}
		top := y - l.h/2 + labelLine*0.8
		switch {
		case l.side == "middle" && l.dy < 0:
			top = y - l.h + labelLine*0.8
		case l.side == "middle":
			top = y + labelLine*0.8
		}
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="%d" text-anchor="%s" direction="%s" fill="#1a1a1a">`, f1(x), f1(top), labelSize, anchor, dir)
		for k, line := range l.lines {
			dy := "0"
			if k > 0 {
				dy = f1(labelLine)
			}
			fmt.Fprintf(&b, `<tspan x="%s" dy="%s">%s</tspan>`, f1(x), dy, xmlText(line))
		}
		if l.scored {
			fmt.Fprintf(&b, `<tspan x="%s" dy="%s" font-weight="bold" fill="#1f6fb2">%s</tspan>`, f1(x), f1(labelLine), xmlText(l.value))
		} else {
			fmt.Fprintf(&b, `<tspan x="%s" dy="%s" font-style="italic" fill="#666666">%s</tspan>`, f1(x), f1(labelLine), xmlText(l.value))
		}
		b.WriteString("</text>\n")
	}
	if r.Verified {
		r.legend(&b, lang, rtl, width, legendY)
	}
	b.WriteString("</svg>\n")
	return b.String()
}

// legendLine is the height of the legend under the chart.
const legendLine = 28

// legend draws the key of the two outlines and of the points' opacity,
// from the reading start of the line.
func (r *Result) legend(b *strings.Builder, lang tongue, rtl bool, width, y float64) {
	x, dir := float64(svgMargin), 1.0
	if rtl {
		x, dir = width-svgMargin, -1
	}
	item := func(swatch, label string) {
		fmt.Fprintf(b, swatch+"\n", f1(x), f1(y+4), f1(x+dir*24), f1(y+4))
		x += dir * 30
		fmt.Fprintf(b, `<text x="%s" y="%s" font-size="%d" text-anchor="start" fill="#1a1a1a">%s</text>`+"\n", f1(x), f1(y+8), labelSize, xmlText(label))
		x += dir * (textWidth(label, labelSize, false) + 18)
	}
	item(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#1f6fb2" stroke-width="3"/>`, msg(lang, "verifiedOutline"))
	item(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#b35900" stroke-width="2" stroke-dasharray="6 4"/>`, msg(lang, "claimedOutline"))
	fmt.Fprintf(b, `<text x="%s" y="%s" font-size="%d" text-anchor="start" fill="#444444">%s</text>`+"\n", f1(x), f1(y+8), labelSize, xmlText(msg(lang, "confidenceNote")))
}

// labelled writes the label of a figure in the chart's subtitle, before
// its value: followed by a space, or in Chinese by the full-width colon.
func labelled(lang tongue, key string) string {
	if base(lang) == "zh" {
		return msg(lang, key) + "："
	}
	return msg(lang, key) + " "
}

func f2(x float64) string { return fmt.Sprintf("%.2f", x) }

// wrap breaks s into lines no wider than width, as textWidth estimates it
// at the font size: at spaces, and in Chinese (or any text without spaces)
// between any two CJK characters. A word wider than a line stands alone on
// its line.
func wrap(s string, width float64, size int) []string { return wrapText(s, width, size, false) }

// wrapText is wrap for bold or regular text.
func wrapText(s string, width float64, size int, bold bool) []string {
	var lines []string
	cur := ""
	for _, p := range breakPoints(s) {
		next := cur + p.sep + p.text
		if cur == "" {
			next = p.text
		}
		if cur != "" && textWidth(next, size, bold) > width {
			lines = append(lines, cur)
			next = p.text
		}
		cur = next
	}
	if cur != "" || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// piece is a run of text a line may break before, and what separates it
// from the run before when they stand on one line.
type piece struct{ sep, text string }

// breakPoints splits s at spaces and between CJK characters. Punctuation
// that may not begin a line in Chinese (，、。：；）) stays with the
// character before it.
func breakPoints(s string) []piece {
	var out []piece
	for _, w := range strings.Fields(s) {
		sep := " "
		start := 0
		for i, r := range w {
			if i > start && isCJK(r) && !strings.ContainsRune("，、。：；）」』》", r) {
				out = append(out, piece{sep, w[start:i]})
				sep, start = "", i
			}
		}
		out = append(out, piece{sep, w[start:]})
	}
	return out
}

// isCJK reports whether r is a Chinese, Japanese or Korean character or a
// full-width punctuation mark: a line may break before it.
func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFF60
}

// fontFamily names the fonts of the chart, the language's own first (Noto
// Naskh Arabic for Arabic, Noto Sans CJK SC and the common Chinese system
// fonts for Chinese), then the common sans-serif fonts.
func fontFamily(lang tongue) string {
	switch base(lang) {
	case "ar":
		return "'Noto Naskh Arabic', 'Noto Sans Arabic', 'Noto Sans', Arial, sans-serif"
	case "zh":
		return "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans', Arial, sans-serif"
	}
	return "'Noto Sans', Arial, sans-serif"
}

// wrapWidth joins the parts with sep into lines no wider than width, as
// textWidth estimates it at the font size; a part wider than a line stands
// alone on its line.
func wrapWidth(parts []string, sep string, width float64, size int, bold bool) []string {
	var lines []string
	cur := ""
	for _, p := range parts {
		if cur != "" && textWidth(cur+sep+p, size, bold) > width {
			lines = append(lines, cur)
			cur = ""
		}
		if cur != "" {
			cur += sep
		}
		cur += p
	}
	if cur != "" || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// textWidth estimates the width of s at the font size, in SVG user units,
// from the advance of each character in a common sans-serif font (Noto
// Sans, Arial), on the wide side so that text fits where the estimate says
// it does.
func textWidth(s string, size int, bold bool) float64 {
	em := 0.0
	for _, r := range s {
		switch {
		case r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
			// isolates and marks take no room
		case strings.ContainsRune("iljtfrI.,:;'’!|()[] ", r) || r == '\u00a0' || r == '\u202f':
			em += 0.34
		case strings.ContainsRune("mwMW@%٪жшщюыфмЖШЩЮЫФМ", r):
			em += 0.9
		case unicode.IsUpper(r):
			em += 0.68
		case unicode.Is(unicode.Arabic, r):
			em += 0.46
		case isCJK(r):
			em += 1
		default:
			em += 0.56
		}
	}
	if bold {
		em *= 1.08
	}
	return em * float64(size)
}

func f0(x float64) string { return fmt.Sprintf("%.0f", x) }

func f1(x float64) string {
	s := fmt.Sprintf("%.1f", x)
	if s == "-0.0" {
		s = "0.0"
	}
	return s
}

func coord(x, y float64) string { return f1(x) + "," + f1(y) }

var xmlReplacer = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")

// xmlText escapes text for XML, dropping the characters XML 1.0 forbids.
func xmlText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF {
			return r
		}
		return -1
	}, s)
	return xmlReplacer.Replace(s)
}
