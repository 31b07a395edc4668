package maturity

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/bidi"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// golden compares got with the golden file, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; run go test -update and review the diff", name)
	}
}

// fixtureResults returns this year's result of the test assessment and
// last year's, from an earlier assessment with lower answers.
func fixtureResults(t *testing.T) (prev, cur *Result) {
	ds, fw, a, facts := fixture(t)
	cur = mustScore(t, Scorer{}, fw, a, facts)
	last := *a
	last.Date = tracking.MustParseDate("2025-06")
	last.Title = tracking.Text{"en": "Annual self-assessment 2025", "fr": "Auto-évaluation annuelle 2025", "es": "Autoevaluación anual 2025", "ar": "التقييم الذاتي السنوي 2025"}
	last.Answers = nil
	for _, ans := range a.Answers {
		switch ans.Criterion {
		case "civil-society", "clustering", "technical-cooperation":
			continue // not answered last year
		case "implementation-plans", "focal-points", "nhri":
			if r := ans.Level.Rank(); r > 0 {
				ans.Level = LevelOf(r - 1)
			}
		}
		last.Answers = append(last.Answers, ans)
	}
	prev = mustScore(t, Scorer{}, fw, &last, ComputeFacts(tracking.NewIndex(ds), time.Date(2025, 6, 30, 0, 0, 0, 0, time.UTC)))
	return prev, cur
}

func TestGoldenReports(t *testing.T) {
	prev, cur := fixtureResults(t)
	cmp, err := Compare(prev, cur)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range Languages() {
		golden(t, "report."+lang+".md", []byte(cur.Markdown(lang)))
		golden(t, "radar."+lang+".svg", []byte(cur.RadarSVG(lang)))
		golden(t, "comparison."+lang+".md", []byte(cmp.Markdown(lang)))
	}
	data, err := cur.JSON()
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "result.json", data)
}

func TestRenderIsDeterministic(t *testing.T) {
	_, fw, a, facts := fixture(t)
	r1 := mustScore(t, Scorer{}, fw, a, facts)
	r2 := mustScore(t, Scorer{}, fw, a, facts)
	for _, lang := range Languages() {
		if r1.Markdown(lang) != r2.Markdown(lang) || r1.RadarSVG(lang) != r2.RadarSVG(lang) {
			t.Errorf("two renderings in %s differ", lang)
		}
	}
	if r1.Markdown("fr-CA") != r1.Markdown("fr") || r1.Markdown("zh") != r1.Markdown("en") {
		t.Error("language fallback")
	}
}

func TestResultJSONRoundTrip(t *testing.T) {
	prev, cur := fixtureResults(t)
	for _, r := range []*Result{prev, cur} {
		data, err := r.JSON()
		if err != nil {
			t.Fatal(err)
		}
		if ps := schema.Validate(schema.KindResult, data); len(ps) > 0 {
			t.Fatalf("the result does not validate against its schema: %v", ps)
		}
		back, err := LoadResult(data)
		if err != nil {
			t.Fatal(err)
		}
		again, err := back.JSON()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, again) {
			t.Error("a result read back writes differently")
		}
		if back.Markdown("ar") != r.Markdown("ar") {
			t.Error("a result read back renders differently")
		}
	}
	// A result of an empty assessment is a valid document too.
	fw := tinyFramework()
	empty := mustScore(t, Scorer{}, fw, assessment(fw), nil)
	data, err := empty.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if ps := schema.Validate(schema.KindResult, data); len(ps) > 0 {
		t.Fatal(ps)
	}
	if _, err := LoadResult([]byte(`{"schemaVersion": "1.0"}`)); err == nil {
		t.Error("loaded an incomplete result")
	}
	var ps schema.Problems
	if _, err := LoadResult(bytes.Replace(data, []byte(`"median"`), []byte(`"mode"`), 1)); !errors.As(err, &ps) || ps[0].Pointer != "/method" {
		t.Errorf("bad method: %v", err)
	}
}

// The SVG is well-formed XML; the Arabic chart reads right to left.
func TestRadarSVG(t *testing.T) {
	_, cur := fixtureResults(t)
	for _, lang := range Languages() {
		svg := cur.RadarSVG(lang)
		dec := xml.NewDecoder(strings.NewReader(svg))
		texts := 0
		for {
			tok, err := dec.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", lang, err)
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "text" {
				texts++
			}
		}
		if texts < len(cur.Dimensions)+2 {
			t.Errorf("%s: %d text elements", lang, texts)
		}
	}
	ar, en := cur.RadarSVG("ar"), cur.RadarSVG("en")
	if !strings.Contains(ar, `dir="rtl"`) || !strings.Contains(ar, `direction="rtl"`) || strings.Contains(en, `"rtl"`) {
		t.Error("direction attributes")
	}
	// The second dimension stands right of the top in English and left of
	// it in Arabic, the axes running anticlockwise. Its label grows away
	// from the chart both ways: in English anchored at its start, the left
	// edge; in Arabic at its start too, which in right-to-left text is the
	// right edge, so the text runs leftwards.
	label := func(svg string) (x float64, anchor string) {
		re := regexp.MustCompile(`<text x="([0-9.]+)" y="[0-9.]+" font-size="13" text-anchor="(\w+)"`)
		m := re.FindAllStringSubmatch(svg, -1)
		x, _ = strconv.ParseFloat(m[1][1], 64)
		return x, m[1][2]
	}
	if x, a := label(en); x <= svgCX || a != "start" {
		t.Errorf("English second label at x=%v anchored %q, want right of centre at its start", x, a)
	}
	if x, a := label(ar); x >= svgCX || a != "start" {
		t.Errorf("Arabic second label at x=%v anchored %q, want left of centre at its (right-to-left) start", x, a)
	}
	if xmlText("a<b & \"c\"\x00") != "a&lt;b &amp; &quot;c&quot;" {
		t.Error("xmlText")
	}
}

func TestMarkdownEscapes(t *testing.T) {
	fw := tinyFramework()
	fw.Dimensions[0].Criteria[0].Title = tracking.En("Pipes | and <b>tags</b>\nand lines")
	r := mustScore(t, Scorer{}, fw, assessment(fw, "a1=established"), nil)
	md := r.Markdown("en")
	if strings.Contains(md, "<b>") || !strings.Contains(md, `Pipes \| and &lt;b&gt;tags&lt;/b&gt; and lines`) {
		t.Errorf("unescaped markup in:\n%s", md)
	}
}

// A result document whose figures contradict each other fails to load,
// with the problem at its place, since a reader relies on them (the
// document used to load, and only rendering was tested). The same figures
// in a Result built in Go still render without panicking. Without its
// facts, which are optional, a result loads.
func TestLoadResultChecksConsistency(t *testing.T) {
	data := readFile(t, "testdata/golden/result.json")
	dimension := func(m map[string]any, i int) map[string]any { return m["dimensions"].([]any)[i].(map[string]any) }
	criterion := func(m map[string]any, i, j int) map[string]any {
		return dimension(m, i)["criteria"].([]any)[j].(map[string]any)
	}
	counts := func(m map[string]any) map[string]any { return m["counts"].(map[string]any) }
	tests := []struct {
		name          string
		edit          func(m map[string]any)
		pointer, code string
	}{
		{"gated by a criterion that is not there", func(m map[string]any) { m["overall"].(map[string]any)["gatedBy"] = []any{"nowhere"} },
			"/overall/gatedBy/0", CodeInconsistent},
		{"a step in a dimension that is not there", func(m map[string]any) { m["nextSteps"].([]any)[0].(map[string]any)["dimension"] = "nowhere" },
			"/nextSteps/0/dimension", CodeInconsistent},
		{"a step from another level", func(m map[string]any) { m["nextSteps"].([]any)[0].(map[string]any)["from"] = "absent" },
			"/nextSteps/0/from", CodeInconsistent},
		{"no dimension", func(m map[string]any) { m["dimensions"] = []any{} }, "/dimensions", "schema.minItems"},
		{"answers by no listed respondent", func(m map[string]any) { m["respondents"] = []any{} },
			"/dimensions/0/criteria/0/answers/0/respondent", CodeInconsistent},
		{"not scored, with a score and a level", func(m map[string]any) { m["overall"].(map[string]any)["scored"] = false },
			"/overall", CodeInconsistent},
		{"scored, without a score", func(m map[string]any) { delete(dimension(m, 0), "score") }, "/dimensions/0", "schema.not"},
		{"two dimensions with one ID", func(m map[string]any) { dimension(m, 1)["id"] = dimension(m, 0)["id"] }, "/dimensions/1/id", CodeDuplicateID},
		{"overall counts that do not add up", func(m map[string]any) { counts(m["overall"].(map[string]any))["answered"] = 30.0 },
			"/overall/counts", CodeInconsistent},
		{"dimension counts that do not add up", func(m map[string]any) { counts(dimension(m, 0))["unanswered"] = 1.0 },
			"/dimensions/0/counts", CodeInconsistent},
		{"an unanswered criterion with a level", func(m map[string]any) { criterion(m, 5, 3)["level"] = "advanced" },
			"/dimensions/5/criteria/3", CodeInconsistent},
		{"a contradiction the figures do not show", func(m map[string]any) { criterion(m, 0, 0)["contradicted"] = true },
			"/dimensions/0/criteria/0/contradicted", CodeInconsistent},
		{"a share that is not its counts", func(m map[string]any) {
			m["facts"].(map[string]any)["values"].([]any)[2].(map[string]any)["value"] = 0.9
		}, "/facts/values/2/value", CodeInvalidFact},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m map[string]any
			if err := json.Unmarshal(data, &m); err != nil {
				t.Fatal(err)
			}
			tt.edit(m)
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			_, err = LoadResult(b)
			var ps schema.Problems
			if !errors.As(err, &ps) || !slices.ContainsFunc(ps, func(p schema.Problem) bool { return p.Pointer == tt.pointer && p.Code == tt.code }) {
				t.Errorf("LoadResult: %v; want %s at %s", err, tt.code, tt.pointer)
			}
			checkMessages(t, ps)
			var r Result
			if err := json.Unmarshal(b, &r); err != nil {
				t.Fatal(err)
			}
			for _, lang := range Languages() {
				_ = r.Markdown(lang)
				_ = r.RadarSVG(lang)
			}
			if c, err := Compare(&r, &r); err != nil || len(c.Criteria) != 0 {
				t.Errorf("a result compared with itself: %v %+v", err, c)
			}
		})
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	delete(m, "facts")
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := LoadResult(b); err != nil {
		t.Errorf("a result without facts: %v", err)
	}
}

// bidiUnits splits a Markdown report into the units a renderer lays out
// as paragraphs of their own: lines, and the cells of table rows.
func bidiUnits(md string) []string {
	var units []string
	for line := range strings.SplitSeq(md, "\n") {
		if strings.HasPrefix(line, "|") {
			for cell := range strings.SplitSeq(strings.Trim(line, "|"), " | ") {
				units = append(units, strings.TrimSpace(cell))
			}
			continue
		}
		units = append(units, line)
	}
	return units
}

// ltrRuns returns the left-to-right runs of s laid out as a paragraph in a
// right-to-left block, by the Unicode bidirectional algorithm.
func ltrRuns(t *testing.T, s string) []string {
	t.Helper()
	var p bidi.Paragraph
	if _, err := p.SetString(s, bidi.DefaultDirection(bidi.RightToLeft)); err != nil {
		t.Fatal(err)
	}
	o, err := p.Order()
	if err != nil {
		t.Fatalf("%q: %v", s, err)
	}
	var runs []string
	for i := range o.NumRuns() {
		if r := o.Run(i); r.Direction() == bidi.LeftToRight {
			runs = append(runs, r.String())
		}
	}
	return runs
}

// In an Arabic report, what reads left to right stays whole and in order:
// the score "45.8 / 100" (which used to display as "100 / 45.8"), signed
// changes, and text that falls back to English (descriptors of the next
// steps, respondents' names), with its final full stop, which used to jump
// to the other end of the line.
func TestArabicReportKeepsLeftToRightRunsWhole(t *testing.T) {
	fw := tinyFramework()
	fw.Dimensions[0].Criteria[1].Levels.Emerging = tracking.En("Most recommendations have a lead entity.")
	a := assessment(fw, "a1=established", "a2=nascent", "b1=emerging")
	a.Respondents[0].Name = tracking.En("Secretariat of the mechanism")
	r := mustScore(t, Scorer{}, fw, a, nil)
	prev := mustScore(t, Scorer{}, fw, assessment(fw, "a1=nascent"), nil)
	prev.Date = tracking.MustParseDate("2025")
	c, err := Compare(prev, r)
	if err != nil {
		t.Fatal(err)
	}
	wholes := []string{"45.8 / 100", "Most recommendations have a lead entity.", "Secretariat of the mechanism", "+20.8"}
	found := map[string]bool{}
	for _, md := range []string{r.Markdown("ar"), c.Markdown("ar")} {
		for _, unit := range bidiUnits(md) {
			for _, w := range wholes {
				if !strings.Contains(unit, w) {
					continue
				}
				found[w] = true
				if !slices.ContainsFunc(ltrRuns(t, unit), func(run string) bool { return strings.Contains(run, w) }) {
					t.Errorf("%q is split in the right-to-left line %q: left-to-right runs %q", w, unit, ltrRuns(t, unit))
				}
			}
		}
	}
	for _, w := range wholes {
		if !found[w] {
			t.Errorf("%q is not in the reports", w)
		}
	}
}

// corpusCopies maps documents of the schema corpus to the files they copy:
// the default framework, the golden result and the test assessments. The
// test keeps them the same (with -update, it copies them again).
var corpusCopies = map[string]string{
	"../schema/testdata/1.1/valid/framework/default.json":            "frameworks/default.json",
	"../schema/testdata/1.1/valid/result/golden.json":                "testdata/golden/result.json",
	"../schema/testdata/1.1/valid/assessment/maturity-testdata.json": "testdata/assessment.json",
	"../schema/testdata/1.1/valid/assessment/sample.json":            "../examples/sample/assessment.json",
}

func TestCorpusCopiesAreCurrent(t *testing.T) {
	for corpus, original := range corpusCopies {
		want := readFile(t, original)
		if *update {
			if err := os.WriteFile(corpus, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if got := readFile(t, corpus); !bytes.Equal(got, want) {
			t.Errorf("%s is not a copy of %s; run go test -update", corpus, original)
		}
	}
}

// svgText is a text element of a chart: its anchor, size and lines.
type svgText struct {
	X      float64  `xml:"x,attr"`
	Size   float64  `xml:"font-size,attr"`
	Anchor string   `xml:"text-anchor,attr"`
	Weight string   `xml:"font-weight,attr"`
	Lines  []string `xml:"tspan"`
	Text   string   `xml:",chardata"`
}

// The chart holds every text within its width, by the estimate of text
// widths it lays out with: headings wrap (the French one, about 130
// characters at 20 px, used to run off a 720-wide chart), and the chart
// grows so that the labels fit (the French "Coordination" value used to be
// cut at the right edge). Ring values come after the profile, so that it
// hides none of them.
func TestRadarSVGFits(t *testing.T) {
	_, cur := fixtureResults(t)
	for _, lang := range Languages() {
		svg := cur.RadarSVG(lang)
		var doc struct {
			Width  float64   `xml:"width,attr"`
			Height float64   `xml:"height,attr"`
			Texts  []svgText `xml:"text"`
			Groups []struct {
				Texts []svgText `xml:"text"`
			} `xml:"g"`
		}
		if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		rtl := lang == "ar"
		for _, tx := range doc.Texts {
			lines := tx.Lines
			if len(lines) == 0 {
				lines = []string{tx.Text}
			}
			for _, l := range lines {
				w := textWidth(l, int(tx.Size), tx.Weight == "bold" || strings.Contains(svg, `font-weight="bold" fill="#1f6fb2">`+xmlText(l)))
				left, right := tx.X, tx.X+w
				switch {
				case tx.Anchor == "middle":
					left, right = tx.X-w/2, tx.X+w/2
				case tx.Anchor == "end" != rtl:
					left, right = tx.X-w, tx.X
				}
				if left < 0 || right > doc.Width {
					t.Errorf("%s: %q runs from %.0f to %.0f, outside the chart's width %.0f", lang, l, left, right, doc.Width)
				}
			}
		}
		if lang == "fr" && len(doc.Texts[0].Lines) < 2 {
			t.Errorf("fr: the heading is not wrapped: %q", doc.Texts[0].Lines)
		}
		profile := strings.Index(svg, `fill-opacity="0.25"`)
		ring := strings.Index(svg, `>100</text>`)
		if profile < 0 || ring < profile {
			t.Errorf("%s: the ring values come before the profile, which hides them", lang)
		}
	}
	if !strings.Contains(cur.RadarSVG("fr"), "<title id=\"title\">Cadre de maturité des mécanismes nationaux de mise en œuvre, d’établissement de rapports et de suivi (synthèse des orientations publiques)\u00a0: Profil par dimension</title>") {
		t.Error("the French title does not put a non-breaking space before its colon")
	}
}

// A dimension that is not scored has no point on the profile, which used to
// draw it at 0: its axis is dashed and its label says it is not scored. Its
// score and confidence are absent from the result document, not zero.
func TestUnscoredDimensionIsUnknown(t *testing.T) {
	fw := tinyFramework()
	r := mustScore(t, Scorer{}, fw, assessment(fw, "a1=established", "a2=nascent", "b2=na"), nil)
	svg := r.RadarSVG("en")
	m := regexp.MustCompile(`<polygon points="([^"]*)" fill="#1f6fb2"`).FindStringSubmatch(svg)
	if m == nil || len(strings.Fields(m[1])) != 1 {
		t.Errorf("the profile has points %v, want the one scored dimension's", m)
	}
	if !strings.Contains(svg, `stroke-dasharray="4 4"`) || !strings.Contains(svg, `font-style="italic" fill="#666666">not scored<`) {
		t.Errorf("the unscored dimension is not shown as unknown:\n%s", svg)
	}
	data, err := r.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Dimensions []map[string]any `json:"dimensions"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	b := doc.Dimensions[1]
	if _, ok := b["score"]; ok || b["scored"] != false {
		t.Errorf("dimension B: %v, want scored false and no score", b)
	}
	if _, ok := b["confidence"]; ok {
		t.Errorf("dimension B gives a confidence: %v", b)
	}
	// A scored dimension whose confidence is zero gives it.
	a := doc.Dimensions[0]
	if a["confidence"] != 0.0 || a["score"] != 37.5 {
		t.Errorf("dimension A: %v, want score 37.5 and confidence 0", a)
	}
}
