package maturity

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
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
	if r1.Markdown("fr-CA") != r1.Markdown("fr") || r1.Markdown("zh-Hans-CN") != r1.Markdown("zh") || r1.Markdown("de") != r1.Markdown("en") || r1.Markdown("") != r1.Markdown("en") {
		t.Error("language fallback")
	}
	arab := ReportOptions{Lang: "ar", ArabicDigits: true}
	if arab.Markdown(r1) != r1.Markdown("ar-u-nu-arab") || arab.RadarSVG(r1) != r1.RadarSVG("ar-u-nu-arab") || arab.Markdown(r1) == r1.Markdown("ar") {
		t.Error("ReportOptions.ArabicDigits does not write the report of the tag ar-u-nu-arab")
	}
	if (ReportOptions{Lang: "fr", ArabicDigits: true}).Markdown(r1) != r1.Markdown("fr") || (ReportOptions{}).Markdown(r1) != r1.Markdown("en") {
		t.Error("ArabicDigits changes a report that is not in Arabic")
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
	r := mustScore(t, claims, fw, a, nil)
	prev := mustScore(t, claims, fw, assessment(fw, "a1=nascent"), nil)
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

// sampleResult scores the sample assessment of examples/sample against
// the default framework with the facts of the sample dataset, as
// `go run ./examples/assess` does with no file.
func sampleResult(t *testing.T) *Result {
	t.Helper()
	ds, err := tracking.Decode(readFile(t, "../examples/sample/dataset.json"))
	if err != nil {
		t.Fatal(err)
	}
	fw := DefaultFramework()
	a, err := LoadAssessment(readFile(t, "../examples/sample/assessment.json"), fw)
	if err != nil {
		t.Fatal(err)
	}
	return mustScore(t, Scorer{}, fw, a, FactOptions{}.Compute(tracking.NewIndex(ds), ds.Date.Last()))
}

// The sample's report and chart in the six languages, and in Arabic with
// Arabic-Indic digits, are golden files: a change to any word, number or
// layout shows in their diff (go test -update rewrites them).
func TestGoldenSample(t *testing.T) {
	r := sampleResult(t)
	for _, lang := range append(Languages(), arabicIndic) {
		name := lang
		if lang == arabicIndic {
			name = "ar-arab"
		}
		golden(t, "sample."+name+".md", []byte(r.Markdown(lang)))
		golden(t, "sample-radar."+name+".svg", []byte(r.RadarSVG(lang)))
	}
}

// Every word of the reports is in the six languages, with the same verbs,
// so that no report falls back to English or misprints its figures.
func TestReportWordsComplete(t *testing.T) {
	verbs := regexp.MustCompile(`%[sd]`)
	for key, m := range messages {
		rz, ok := messagesRuZh[key]
		if !ok {
			t.Errorf("%s has no Russian and Chinese words", key)
			continue
		}
		texts := []string{m[0], m[1], m[2], m[3], rz[0], rz[1]}
		want := strings.Join(verbs.FindAllString(m[0], -1), "")
		for i, s := range texts {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: text %d is empty", key, i)
			}
			if got := strings.Join(verbs.FindAllString(s, -1), ""); got != want && key != "rulesRead" {
				t.Errorf("%s: %q has the verbs %q, want %q", key, s, got, want)
			}
		}
		if key == "rulesRead" || key == "respondentAnswer" {
			continue // formats of punctuation alone
		}
		for i, lang := range []string{"ar", "fr", "es", "ru", "zh"} {
			if s := texts[i+1]; s == m[0] && lang != "fr" && lang != "es" {
				t.Errorf("%s: the %s words are the English ones: %q", key, lang, s)
			}
		}
		if !cyrillic.MatchString(rz[0]) || !han.MatchString(rz[1]) {
			t.Errorf("%s: the Russian %q or the Chinese %q is not in its script", key, rz[0], rz[1])
		}
	}
	for key := range messagesRuZh {
		if _, ok := messages[key]; !ok {
			t.Errorf("%s has Russian and Chinese words but no others", key)
		}
	}
}

var (
	cyrillic = regexp.MustCompile(`\p{Cyrillic}`)
	han      = regexp.MustCompile(`\p{Han}`)
)

// sampleInAllLanguages is the sample result with the texts the
// respondents gave (the title, their names and roles) translated into the
// six languages, so that every word left in English would be the report's.
func sampleInAllLanguages(t *testing.T) *Result {
	r := sampleResult(t)
	add := func(tx tracking.Text, ru, zh string) {
		tx["ru"], tx["zh"] = ru, zh
	}
	add(r.Title, "Самооценка Национального комитета по представлению докладов и последующей деятельности", "国家报告和后续行动委员会的自我评估")
	names := [][4]string{
		{"Секретариат комитета", "委员会秘书处", "Секретариат", "秘书处"},
		{"Координатор Министерства юстиции", "司法部协调人", "Координатор", "协调人"},
		{"Национальная комиссия по правам человека", "国家人权委员会", "Наблюдатель (национальное правозащитное учреждение)", "观察员（国家人权机构）"},
	}
	for i, p := range r.Respondents {
		add(p.Name, names[i][0], names[i][1])
		add(p.Role, names[i][2], names[i][3])
	}
	return r
}

// allowedLatin are the runs of Latin letters a Russian or Chinese report
// may hold: codes (in backticks), the State's code, the framework's ID and
// the names of formats and of the SMART checklist.
var allowedLatin = regexp.MustCompile("`[^`]*`|\\b(XFS|JSON|SMART|completeCollections)\\b")

// No English leaks into a Russian or Chinese report or chart, nor into a
// comparison: outside codes and symbols, a Chinese report has no Latin
// letter and a Russian one no Latin word; an Arabic one has no Latin
// letter outside codes and isolated runs, and never a Latin comma outside
// numbers and codes.
func TestReportsHaveNoForeignWords(t *testing.T) {
	r := sampleInAllLanguages(t)
	prev, cur := fixtureResults(t)
	cmp, err := Compare(prev, cur)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"ru", "zh", "ar", arabicIndic} {
		svg := r.RadarSVG(lang)
		var chart strings.Builder
		dec := xml.NewDecoder(strings.NewReader(svg))
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			if cd, ok := tok.(xml.CharData); ok {
				chart.Write(cd)
				chart.WriteByte('\n')
			}
		}
		docs := map[string]string{"report": r.Markdown(lang), "chart": chart.String()}
		if lang == "ru" || lang == "zh" {
			docs["comparison"] = cmp.Markdown(lang)
		}
		for name, doc := range docs {
			rest := allowedLatin.ReplaceAllString(doc, " ")
			rest = regexp.MustCompile(`<div dir="rtl" lang="ar">|</div>`).ReplaceAllString(rest, " ")
			var bad []string
			switch lang {
			case "zh":
				bad = regexp.MustCompile(`[A-Za-z]+`).FindAllString(rest, -1)
				if m := regexp.MustCompile(`\p{Han}[,:;]|[,:;]\p{Han}`).FindAllString(rest, -1); len(m) > 0 {
					t.Errorf("zh %s: half-width punctuation in Chinese text: %q", name, m)
				}
			case "ru":
				bad = regexp.MustCompile(`\b[A-Za-z]{2,}\b`).FindAllString(rest, -1)
			default:
				// Left-to-right runs are isolated; what falls back to
				// another language is the caller's text, kept as given.
				rest = regexp.MustCompile("[\u2066\u2068][^\u2069]*\u2069").ReplaceAllString(rest, " ")
				bad = regexp.MustCompile(`[A-Za-z]+`).FindAllString(rest, -1)
				if m := regexp.MustCompile(`[^0-9],|,[^0-9]`).FindAllString(rest, -1); len(m) > 0 {
					t.Errorf("%s %s: a Latin comma in Arabic text: %q", lang, name, m)
				}
			}
			if len(bad) > 0 {
				t.Errorf("%s %s: Latin words outside codes: %q", lang, name, bad)
			}
		}
	}
}

// Numbers follow the language: the decimal separator, the percent sign and
// its spacing, and Arabic-Indic digits only where asked; dates, years and
// codes never change.
func TestNumbersFollowTheLanguage(t *testing.T) {
	tests := []struct {
		lang                  string
		score, share, delta   string
		points, unitOfTwo     string
		yearSymbolAndCodeKept bool
	}{
		{"en", "47.9", "90%", "+1.19", "+1.19 points", "percentage points", true},
		{"fr", "47,9", "90\u00a0%", "+1,19", "+1,19 points", "points de pourcentage", true},
		{"es", "47,9", "90\u00a0%", "+1,19", "+1,19 puntos", "puntos porcentuales", true},
		{"ru", "47,9", "90\u00a0%", "+1,19", "+1,19 балла", "процентных пункта", true},
		{"zh", "47.9", "90%", "+1.19", "+1.19分", "个百分点", true},
		{"ar", "47.9", "90\u200e%\u200e", "+1.19", "\u2066+1.19\u2069 نقطة", "نقطتان مئويتان", true},
		{arabicIndic, "٤٧٫٩", "٩٠٪\u061c", "+١٫١٩", "\u2066+١٫١٩\u2069 نقطة", "نقطتان مئويتان", true},
	}
	for _, tt := range tests {
		if got := num(builtIn(tt.lang), 47.91, 1); got != tt.score {
			t.Errorf("%s: num = %q, want %q", tt.lang, got, tt.score)
		}
		if got := pct(builtIn(tt.lang), 0.904); got != tt.share {
			t.Errorf("%s: pct = %q, want %q", tt.lang, got, tt.share)
		}
		if got := signed(builtIn(tt.lang), 1.194, 2); got != tt.delta {
			t.Errorf("%s: signed = %q, want %q", tt.lang, got, tt.delta)
		}
		if got := points(builtIn(tt.lang), 1.19, 2); got != tt.points {
			t.Errorf("%s: points = %q, want %q", tt.lang, got, tt.points)
		}
		if got := percentagePoints(builtIn(tt.lang), 2); got != tt.unitOfTwo {
			t.Errorf("%s: percentagePoints(2) = %q, want %q", tt.lang, got, tt.unitOfTwo)
		}
		if got := signed(builtIn(tt.lang), -0.001, 1); got != num(builtIn(tt.lang), 0, 0) {
			t.Errorf("%s: a change that rounds to nothing is %q", tt.lang, got)
		}
	}
	for _, tt := range []struct {
		n    float64
		want string
	}{{1, "балл"}, {2, "балла"}, {5, "баллов"}, {11, "баллов"}, {21, "балл"}, {22, "балла"}, {0.5, "балла"}, {0, "баллов"}} {
		if got := russianPlural(tt.n, "балл", "балла", "баллов"); got != tt.want {
			t.Errorf("russianPlural(%v) = %q, want %q", tt.n, got, tt.want)
		}
	}
	// In a report with Arabic-Indic digits, the dates (with the United
	// Nations' names of the months), the year in the title, the State's
	// code and the framework's version keep Western digits.
	r := sampleResult(t)
	md := r.Markdown(arabicIndic)
	for _, kept := range []string{"حزيران/يونيه 2026", "XFS", "`nmirf-synthesis` 1.0.0", "30 حزيران/يونيه 2026"} {
		if !strings.Contains(md, kept) {
			t.Errorf("the Arabic-Indic report lost %q", kept)
		}
	}
	if !strings.Contains(md, "(٣)") || strings.Contains(r.Markdown("ar"), "٣") {
		t.Error("level ranks are not in the digits asked for")
	}
}

// In French, Spanish and Russian a decimal comma never runs into a list
// comma ("56,3, En développement"), and in Arabic the comma is always the
// Arabic one.
func TestNoDecimalCommaBeforeAComma(t *testing.T) {
	r := sampleResult(t)
	for _, lang := range []string{"fr", "es", "ru"} {
		for name, doc := range map[string]string{"report": r.Markdown(lang), "chart": r.RadarSVG(lang)} {
			if m := regexp.MustCompile(`\d,\d+, `).FindAllString(doc, -1); len(m) > 0 {
				t.Errorf("%s %s: a decimal comma followed by a comma: %q", lang, name, m)
			}
		}
	}
}

// Chinese chart titles have no spaces, so the chart breaks them between
// characters, never before a full-width comma or colon.
func TestWrapChinese(t *testing.T) {
	s := "国家执行、报告和后续行动机制成熟度框架（公开指导意见综述）"
	lines := wrapText(s, 200, 20, true)
	if len(lines) < 2 || strings.Join(lines, "") != s {
		t.Fatalf("wrapped %q into %q", s, lines)
	}
	for _, l := range lines {
		if textWidth(l, 20, true) > 200 {
			t.Errorf("%q is wider than the line", l)
		}
		if strings.ContainsAny(string([]rune(l)[0]), "，、。：；）") {
			t.Errorf("%q begins with closing punctuation", l)
		}
	}
	if got := wrap("Institutional framework and mandate", 160, 13); len(got) != 2 {
		t.Errorf("wrap at spaces: %q", got)
	}
}

// An Arabic report writes Western digits, as the Maghreb does, unless the
// options ask for Arabic-Indic ones; a French one writes a decimal comma.
func ExampleReportOptions() {
	fw := DefaultFramework()
	a := &Assessment{SchemaVersion: "1.0", Framework: fw.Ref(), State: "XFS", Date: tracking.MustParseDate("2026-06"),
		Respondents: []Respondent{{ID: "s", Name: tracking.En("Secretariat")}},
		Answers:     []Answer{{Criterion: "legal-basis", Respondent: "s", Level: LevelEmerging}, {Criterion: "standing", Respondent: "s", Level: LevelAdvanced}}}
	r, err := Scorer{ClaimsOnly: true}.Score(fw, a, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, o := range []ReportOptions{{Lang: "fr"}, {Lang: "ar"}, {Lang: "ar", ArabicDigits: true}} {
		for line := range strings.SplitSeq(o.Markdown(r), "\n") {
			if strings.HasPrefix(line, "### ") {
				fmt.Println(strings.NewReplacer("\u2066", "", "\u2069", "", "\u00a0", " ").Replace(line)) // without the invisible isolates, and with a plain space for the non-breaking one
				break
			}
		}
	}
	// Output:
	// ### Cadre institutionnel et mandat : 75 — En développement (2)
	// ### الإطار المؤسسي والولاية: 75، متنامٍ (2)
	// ### الإطار المؤسسي والولاية: ٧٥، متنامٍ (٢)
}

// The review points of the Arabic, French and Spanish reports stay fixed:
// "lead entity" as the glossary writes it (never جهة رائدة, a pioneering
// body), Arabic levels 1 and 2 that cannot be confused (أوّلي and متنامٍ,
// not ناشئ and في طور التطور), and no "Le score seul atteint".
func TestReviewedWording(t *testing.T) {
	for lang, lead := range map[string]string{"ar": "جهة رئيسية مسؤولة", "es": "entidad rectora", "fr": "entité chef de file", "ru": "ведущей структурой", "zh": "牵头实体", "en": "lead"} {
		if got := FactTitle(FactRecommendationsWithLead, lang); !strings.Contains(got, lead) {
			t.Errorf("%s: the fact title %q does not name the lead entity as the glossary does (%q)", lang, got, lead)
		}
	}
	r := sampleResult(t)
	ar := r.Markdown("ar") + r.RadarSVG("ar")
	for _, wrong := range []string{"جهة رائدة", "ناشئ", "في طور التطور"} {
		if strings.Contains(ar, wrong) {
			t.Errorf("the Arabic report or chart has %q", wrong)
		}
	}
	for _, want := range []string{"أوّلي (1)", "متنامٍ (2)"} {
		if !strings.Contains(ar, want) {
			t.Errorf("the Arabic report has no %q", want)
		}
	}
	if fr := r.Markdown("fr"); strings.Contains(fr, "score seul") {
		t.Error("the French report still says « Le score seul atteint »")
	}
	gated := msgf(builtIn("fr"), "gated", "Établi (3)", "A, B", "Naissant (1)")
	if gated != "D’après son score, le mécanisme serait au niveau Établi (3)\u00a0; les critères essentiels A, B le maintiennent au niveau Naissant (1)." {
		t.Errorf("French gated level: %q", gated)
	}
}
