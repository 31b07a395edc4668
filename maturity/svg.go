package maturity

import (
	"fmt"
	"math"
	"strings"
)

// Geometry of the radar chart, in SVG user units.
const (
	svgWidth   = 720
	svgHeight  = 600
	svgCX      = 360
	svgCY      = 340
	svgRadius  = 200
	labelGap   = 22
	labelWidth = 22 // characters a label line holds before it wraps
)

// RadarSVG returns an SVG radar chart of the dimension profile: one axis a
// dimension, 0 at the centre and 100 at the rim, with the overall score and
// staged level in the heading. Text is in the language lang ("en", "ar",
// "fr" or "es"; others fall back to English). In Arabic the chart reads right
// to left: the root carries dir="rtl", the axes run anticlockwise, and the
// labels anchor so that they grow away from the chart. It uses no
// dependency and depends on the result and the language only.
func (r *Result) RadarSVG(lang string) string {
	lang = reportLang(lang)
	rtl := lang == "ar"
	var b strings.Builder
	dir := "ltr"
	if rtl {
		dir = "rtl"
	}
	title := text(r.FrameworkTitle, lang) + ": " + msg(lang, "profileChart")
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-labelledby="title desc" xml:lang="%s" lang="%s" dir="%s" direction="%s" font-family="'Noto Sans', 'Noto Naskh Arabic', Arial, sans-serif">`+"\n",
		svgWidth, svgHeight, svgWidth, svgHeight, lang, lang, dir, dir)
	fmt.Fprintf(&b, "<title id=\"title\">%s</title>\n", xmlText(title))
	var desc []string
	for _, d := range r.Dimensions {
		v := msg(lang, "notScored")
		if d.Scored {
			v = num(lang, d.Score, 1) + ", " + r.levelName(d.Level, lang)
		}
		desc = append(desc, text(d.Title, lang)+": "+v)
	}
	fmt.Fprintf(&b, "<desc id=\"desc\">%s</desc>\n", xmlText(strings.Join(desc, "; ")))
	b.WriteString(`<rect width="100%" height="100%" fill="#ffffff"/>` + "\n")

	// Heading, anchored at the reading start of the line.
	hx, anchor := 24, "start"
	if rtl {
		hx = svgWidth - 24
	}
	fmt.Fprintf(&b, `<text x="%d" y="36" font-size="20" font-weight="bold" text-anchor="%s" fill="#1a1a1a">%s</text>`+"\n", hx, anchor, xmlText(text(r.FrameworkTitle, lang)))
	sub := msg(lang, "profileChart") + " · " + isolate(lang, r.Date.String())
	if r.Overall.Scored {
		staged := r.levelName(r.Overall.Level, lang)
		if r.Overall.Provisional {
			staged += " *"
		}
		sub += " · " + msg(lang, "weightedScore") + " " + num(lang, r.Overall.Score, 1) + " · " + msg(lang, "stagedLevel") + " " + staged +
			" · " + msg(lang, "coverage") + " " + pct(lang, r.Overall.Coverage)
	}
	fmt.Fprintf(&b, `<text x="%d" y="62" font-size="14" text-anchor="%s" fill="#444444">%s</text>`+"\n", hx, anchor, xmlText(sub))

	n := len(r.Dimensions)
	if n == 0 {
		b.WriteString("</svg>\n")
		return b.String()
	}
	point := func(i int, radius float64) (float64, float64) {
		a := 2 * math.Pi * float64(i) / float64(n)
		dx := math.Sin(a)
		if rtl {
			dx = -dx
		}
		return svgCX + radius*dx, svgCY - radius*math.Cos(a)
	}
	// Grid: rings at 25, 50, 75 and 100 points, one per level boundary.
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
	for i := range n {
		x, y := point(i, svgRadius)
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%s" y2="%s"/>`+"\n", svgCX, svgCY, f1(x), f1(y))
	}
	b.WriteString("</g>\n")
	b.WriteString(`<g font-size="11" fill="#777777" text-anchor="middle">` + "\n")
	for ring := 1; ring <= 4; ring++ {
		fmt.Fprintf(&b, `<text x="%d" y="%s">%d</text>`+"\n", svgCX, f1(svgCY-float64(svgRadius)*float64(ring)/4-3), ring*25)
	}
	b.WriteString("</g>\n")

	// The profile.
	var pts []string
	for i, d := range r.Dimensions {
		x, y := point(i, float64(svgRadius)*d.Score/100)
		pts = append(pts, coord(x, y))
	}
	fmt.Fprintf(&b, `<polygon points="%s" fill="#1f6fb2" fill-opacity="0.25" stroke="#1f6fb2" stroke-width="2"/>`+"\n", strings.Join(pts, " "))
	for i, d := range r.Dimensions {
		x, y := point(i, float64(svgRadius)*d.Score/100)
		if d.Scored {
			fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="4" fill="#1f6fb2"/>`+"\n", f1(x), f1(y))
		} else {
			fmt.Fprintf(&b, `<circle cx="%s" cy="%s" r="4" fill="#ffffff" stroke="#999999"/>`+"\n", f1(x), f1(y))
		}
	}

	// Labels: the dimension's title, then its score and level.
	for i, d := range r.Dimensions {
		x, y := point(i, svgRadius+labelGap)
		// The side of the chart the label stands on decides its anchor: a
		// label on the right grows rightwards from its anchor, one on the
		// left grows leftwards. In right-to-left text "start" is the right
		// edge, so the anchors swap.
		side := "middle"
		switch {
		case x > svgCX+1:
			side = "right"
		case x < svgCX-1:
			side = "left"
		}
		anchor := map[string]string{"middle": "middle", "right": "start", "left": "end"}[side]
		if rtl && side != "middle" {
			anchor = map[string]string{"right": "end", "left": "start"}[side]
		}
		lines := wrap(text(d.Title, lang), labelWidth)
		value := msg(lang, "notScored")
		if d.Scored {
			value = num(lang, d.Score, 1) + " · " + r.levelName(d.Level, lang)
		}
		lineH := 16.0
		total := float64(len(lines)+1) * lineH
		top := y - total/2 + lineH*0.8
		switch {
		case side == "middle" && y < svgCY:
			top = y - total + lineH*0.8
		case side == "middle":
			top = y + lineH*0.8
		}
		fmt.Fprintf(&b, `<text x="%s" y="%s" font-size="13" text-anchor="%s" direction="%s" fill="#1a1a1a">`, f1(x), f1(top), anchor, dir)
		for k, l := range lines {
			dy := "0"
			if k > 0 {
				dy = f1(lineH)
			}
			fmt.Fprintf(&b, `<tspan x="%s" dy="%s">%s</tspan>`, f1(x), dy, xmlText(l))
		}
		fmt.Fprintf(&b, `<tspan x="%s" dy="%s" font-weight="bold" fill="#1f6fb2">%s</tspan>`, f1(x), f1(lineH), xmlText(value))
		b.WriteString("</text>\n")
	}
	b.WriteString("</svg>\n")
	return b.String()
}

// wrap breaks s into lines of about width characters, at spaces.
func wrap(s string, width int) []string {
	var lines []string
	var cur []rune
	for _, w := range strings.Fields(s) {
		if len(cur) > 0 && len(cur)+1+len([]rune(w)) > width {
			lines = append(lines, string(cur))
			cur = nil
		}
		if len(cur) > 0 {
			cur = append(cur, ' ')
		}
		cur = append(cur, []rune(w)...)
	}
	if len(cur) > 0 || len(lines) == 0 {
		lines = append(lines, string(cur))
	}
	return lines
}

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
