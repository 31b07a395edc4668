// Command assess scores a self-assessment of a national mechanism for
// implementation, reporting and follow-up against a guidance framework,
// checks its claims against facts computed from the mechanism's tracking
// data, prints the report and writes the radar chart of its profile.
//
// Usage:
//
//	assess [flags] [ASSESSMENT.json [DATASET.json]]
//
// With no file it scores the built-in self-assessment of an imaginary
// State against the default framework, with evidence from the built-in
// dataset. Given an assessment and a dataset it does the same for them;
// given an assessment alone it scores the answers without checking them
// against data.
//
// Flags:
//
//	-format markdown|json  the report as Markdown (default) or as the result document (JSON)
//	-lang ar|en|es|fr|ru|zh the language of the report, the chart and the messages (default en)
//	-arabic-digits         with -lang ar, write numbers in Arabic-Indic digits (٤٥٫٨)
//	                       instead of Western ones (45.8), as the Maghreb writes them
//	-previous FILE         an earlier result document (from -format json) to compare with
//	-framework FILE        a framework document (default: the built-in framework)
//	-at YYYY-MM-DD         the date the facts are computed at (default: the dataset's date)
//	-o FILE                write the report to FILE instead of standard output
//	-chart FILE            where to write the radar chart (default: next to the report,
//	                       or nmirf-profile.svg when the report goes to standard output);
//	                       -chart "" writes none
//
// Numbers are written as the language writes them (47,9 in French, Spanish
// and Russian); dates, years, codes and document symbols stay as they are.
//
// Exit status: 0 on success, 1 when an input is invalid (each problem is
// printed as "file: pointer: message", in the language of -lang), 2 on a
// usage error.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/nmirf/nmirf/examples/sample"
	"github.com/nmirf/nmirf/internal/l10n"
	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// inputError holds the problems of one input file.
type inputError struct {
	file     string
	problems schema.Problems
	err      error
}

func (e inputError) Error() string {
	if e.err != nil {
		return e.file + ": " + e.err.Error()
	}
	var b strings.Builder
	for i, p := range e.problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.file + ": " + p.String())
	}
	return b.String()
}

// inLanguage returns the error with the messages of its problems rendered
// in the printer's language, from the message catalogues of the packages
// that report them; a problem no catalogue knows keeps its message.
func inLanguage(err error, lang string) error {
	var ie inputError
	if !errors.As(err, &ie) || len(ie.problems) == 0 {
		return err
	}
	ie.problems = schema.Localize(ie.problems, l10n.Catalogues(lang, schema.Messages, tracking.Messages, maturity.Messages)...)
	return ie
}

// options are the parsed command line.
type options struct {
	format, lang, previous, framework, at, out, chart string
	chartSet, claims, arabicDigits                    bool
	scope                                             string
	assessment, dataset                               string
	atDate                                            tracking.PartialDate
}

func run(args []string, stdout, stderr io.Writer) int {
	opts, err := parse(args, stderr)
	if err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintf(stderr, "assess: %v\n", err)
		}
		return 2
	}
	p := l10n.NewPrinter(opts.lang, words, opts.arabicDigits)
	if err := assess(opts, p, stdout, stderr); err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "assess: %v\n", err)
			return 2
		}
		fmt.Fprintln(stderr, inLanguage(err, opts.lang))
		return 1
	}
	return 0
}

func parse(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("assess", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: assess [flags] [ASSESSMENT.json [DATASET.json]]")
		fs.PrintDefaults()
	}
	fs.StringVar(&o.format, "format", "markdown", "report format: markdown or json")
	fs.StringVar(&o.lang, "lang", "en", "the language of the report, the chart and the messages: ar, en, es, fr, ru or zh")
	fs.BoolVar(&o.arabicDigits, "arabic-digits", false, "with -lang ar, write numbers in Arabic-Indic digits")
	fs.StringVar(&o.previous, "previous", "", "an earlier result document to compare with")
	fs.StringVar(&o.framework, "framework", "", "a framework document (default: the built-in framework)")
	fs.StringVar(&o.at, "at", "", "the date the facts are computed at, YYYY-MM-DD (default: the dataset's date)")
	fs.StringVar(&o.out, "o", "", "write the report to this file instead of standard output")
	fs.StringVar(&o.chart, "chart", "", "where to write the radar chart (\"\" for none)")
	fs.BoolVar(&o.claims, "claims", false, "score the claims alone, not held to the data")
	fs.StringVar(&o.scope, "scope", "current", "which recommendations plan coverage counts: current (supported, latest reviews) or all")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	fs.Visit(func(f *flag.Flag) { o.chartSet = o.chartSet || f.Name == "chart" })
	switch fs.NArg() {
	case 0:
	case 1:
		o.assessment = fs.Arg(0)
	case 2:
		o.assessment, o.dataset = fs.Arg(0), fs.Arg(1)
	default:
		return o, fmt.Errorf("too many arguments: want at most an assessment and a dataset")
	}
	if o.format != "markdown" && o.format != "json" {
		return o, fmt.Errorf("-format must be markdown or json, not %q", o.format)
	}
	lang, err := l10n.Parse(o.lang)
	if err != nil {
		return o, fmt.Errorf("-lang: %w", err)
	}
	o.lang = lang
	if !maturity.Scope(o.scope).Valid() {
		return o, fmt.Errorf("-scope must be current or all, not %q", o.scope)
	}
	if !o.chartSet {
		o.chart = "nmirf-profile.svg"
		if o.out != "" {
			o.chart = strings.TrimSuffix(o.out, filepath.Ext(o.out)) + ".svg"
		}
	}
	if o.out != "" && o.chart != "" && filepath.Clean(o.out) == filepath.Clean(o.chart) {
		return o, fmt.Errorf("the report and the chart would both go to %s; give -chart another file", o.out)
	}
	if o.at != "" {
		d, err := tracking.ParseDate(o.at)
		if err != nil || d.Precision() != tracking.PrecisionDay {
			return o, fmt.Errorf("-at wants a full date such as 2026-06-30, not %q", o.at)
		}
		o.atDate = d
	}
	return o, nil
}

// input reads a file, or returns the built-in bytes when name is empty.
func input(name string, builtin []byte) ([]byte, error) {
	if name == "" {
		return builtin, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, inputError{file: name, err: err}
	}
	return data, nil
}

// fail wraps a loader's error with the file it came from.
func fail(file string, err error) error {
	var ps schema.Problems
	if errors.As(err, &ps) {
		return inputError{file: file, problems: ps}
	}
	return inputError{file: file, err: err}
}

func assess(o options, p *l10n.Printer, stdout, stderr io.Writer) error {
	fw := maturity.DefaultFramework()
	if o.framework != "" {
		data, err := input(o.framework, nil)
		if err != nil {
			return err
		}
		if fw, err = maturity.LoadFramework(data); err != nil {
			return fail(o.framework, err)
		}
	}

	assessmentName, datasetName := o.assessment, o.dataset
	builtin := assessmentName == ""
	if builtin {
		assessmentName, datasetName = sample.AssessmentFile, sample.DatasetFile
	}
	data, err := input(o.assessment, sample.AssessmentJSON)
	if err != nil {
		return err
	}
	a, err := maturity.LoadAssessment(data, fw)
	if err != nil {
		var ps schema.Problems
		if errors.As(err, &ps) {
			return inputError{file: assessmentName, problems: wrongKind(data, schema.KindAssessment, ps)}
		}
		return fail(assessmentName, err)
	}

	var facts *maturity.Facts
	if builtin || o.dataset != "" {
		data, err := input(o.dataset, sample.DatasetJSON)
		if err != nil {
			return err
		}
		ds, ps := tracking.Check(data)
		if len(ps) > 0 {
			return inputError{file: datasetName, problems: wrongKind(data, schema.KindDataset, ps)}
		}
		if ds.State != a.State {
			var ps schema.Problems
			ps.Report("/state", "assessment.stateMismatch", "the assessment is about {state} but the dataset about {datasetState}",
				schema.Args{"state": string(a.State), "datasetState": string(ds.State)})
			return inputError{file: assessmentName, problems: ps}
		}
		ix := tracking.NewIndex(ds)
		if ps := a.CheckRecords(ix); len(ps) > 0 {
			return inputError{file: assessmentName, problems: ps}
		}
		at := ds.Date.Last()
		if !o.atDate.IsZero() {
			at = o.atDate.First()
		}
		facts = maturity.FactOptions{Scope: maturity.Scope(o.scope)}.Compute(ix, at)
	} else {
		fmt.Fprintln(stderr, "assess: "+p.Sprintf("noDataset"))
	}

	r, err := maturity.Scorer{ClaimsOnly: o.claims}.Score(fw, a, facts)
	if err != nil {
		return fail(assessmentName, err)
	}

	var cmp *maturity.Comparison
	if o.previous != "" {
		data, err := input(o.previous, nil)
		if err != nil {
			return err
		}
		prev, err := maturity.LoadResult(data)
		if err != nil {
			return fail(o.previous, err)
		}
		if cmp, err = maturity.Compare(prev, r); err != nil {
			return fail(o.previous, err)
		}
	}

	report, err := render(r, cmp, o)
	if err != nil {
		return err
	}
	if o.out == "" {
		if _, err := stdout.Write(report); err != nil {
			return err
		}
	} else if err := os.WriteFile(o.out, report, 0o644); err != nil {
		return err
	}
	if o.chart != "" {
		if err := os.WriteFile(o.chart, []byte(o.report().RadarSVG(r)), 0o644); err != nil {
			return err
		}
		fmt.Fprintln(stderr, "assess: "+p.Sprintf("chartWritten", o.chart))
	}
	return nil
}

// wrongKind replaces the problems of a document that was meant to be of
// kind want with one that says what the document is, when it is plainly a
// document of another kind (a dataset given where the assessment belongs,
// say): its problems against the wrong schema would only mislead.
func wrongKind(data []byte, want schema.Kind, ps schema.Problems) schema.Problems {
	got, err := schema.DetectKind(data)
	if err != nil || got == want {
		return ps
	}
	var wrong schema.Problems
	wrong.Report("", "document.wrongKind", "this is {kind}, not {expected}: give the assessment first, then the dataset",
		schema.Args{"kind": withArticle(got), "expected": withArticle(want)})
	return wrong
}

// withArticle names a kind of document with its indefinite article.
func withArticle(k schema.Kind) string {
	if strings.ContainsRune("aeiou", rune(k[0])) {
		return "an " + string(k)
	}
	return "a " + string(k)
}

// render writes the report in the chosen format. In JSON, the result
// document stands alone, or, with a comparison, beside it in an object
// {"result": ..., "comparison": ...}.
func render(r *maturity.Result, cmp *maturity.Comparison, o options) ([]byte, error) {
	if o.format == "json" {
		if cmp == nil {
			return r.JSON()
		}
		var b bytes.Buffer
		err := schema.Write(&b, struct {
			Result     *maturity.Result     `json:"result"`
			Comparison *maturity.Comparison `json:"comparison"`
		}{r, cmp})
		return b.Bytes(), err
	}
	report := o.report().Markdown(r)
	if cmp != nil {
		report += "\n" + o.report().ComparisonMarkdown(cmp)
	}
	return []byte(report), nil
}

// report returns the options of the report and the chart: the language,
// and with -arabic-digits, Arabic-Indic digits.
func (o options) report() maturity.ReportOptions {
	return maturity.ReportOptions{Lang: o.lang, ArabicDigits: o.arabicDigits}
}

// words are the program's own words in the six UN languages.
var words = l10n.Words{
	"noDataset": {
		"ar": "لم تُقدَّم مجموعة بيانات: تُحتسب الإجابات دون التحقق منها مقابل بيانات المتابعة",
		"en": "no dataset given: the answers are scored without checking them against tracking data",
		"es": "no se dio ningún conjunto de datos: las respuestas se puntúan sin contrastarlas con los datos de seguimiento",
		"fr": "aucun jeu de données fourni\u00a0: les réponses sont notées sans être confrontées aux données de suivi",
		"ru": "набор данных не указан: ответы оцениваются без сверки с данными отслеживания",
		"zh": "未提供数据集：答复的评分未对照跟踪数据进行核对",
	},
	"chartWritten": {
		"ar": "كُتب المخطط الراداري في %s",
		"en": "radar chart written to %s",
		"es": "gráfico radial escrito en %s",
		"fr": "diagramme en radar écrit dans %s",
		"ru": "лепестковая диаграмма записана в %s",
		"zh": "雷达图已写入%s",
	},
}
