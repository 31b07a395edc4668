// Command questionnaire makes the self-assessment questionnaire that the
// secretariat of a national mechanism sends round as a spreadsheet, and
// reads the filled questionnaires back into one assessment, which
// examples/assess scores.
//
// Usage:
//
//	questionnaire make [-framework F] [-lang L] [-dataset D] [-at DATE] [-respondent NAME] -o FILE.xlsx
//	questionnaire read -state ISO3 -date DATE [-framework F] [-title TITLE] [-lang L] -o ASSESSMENT.json FILE.xlsx...
//
// make writes an XLSX questionnaire of the framework (default: the
// built-in one) in one of the six UN languages (ar, en, es, fr, ru, zh;
// default en). With -dataset, it prefills beside each criterion the level
// the tracking data show and the figures behind it, computed at the
// dataset's date or at -at; the assessment read back records that the
// respondent saw them. -respondent prefills the respondent's name.
//
// read reads one filled questionnaire per respondent and writes the
// assessment of the State at the date. Every problem is printed as
// "file:Sheet!cell: pointer: message [code]", its message in the language
// -lang (default en); so are the problems of make, in its -lang.
//
// Exit status: 0 on success, 1 when an input is invalid, 2 on a usage
// error.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/nmirf/nmirf/internal/l10n"
	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/maturity/questionnaire"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

const usage = `usage:
  questionnaire make [-framework F] [-lang L] [-dataset D] [-at DATE] [-respondent NAME] -o FILE.xlsx
  questionnaire read -state ISO3 -date DATE [-framework F] [-title TITLE] [-lang L] -o ASSESSMENT.json FILE.xlsx...`

func run(args []string, stdout, stderr io.Writer) int {
	var err error
	switch {
	case len(args) == 0:
		err = usagef("no command")
	case args[0] == "make":
		err = makeCmd(args[1:], stdout, stderr)
	case args[0] == "read":
		err = readCmd(args[1:], stdout, stderr)
	case args[0] == "-h" || args[0] == "-help" || args[0] == "help":
		fmt.Fprintln(stderr, usage)
		return 0
	default:
		err = usagef("unknown command %q", args[0])
	}
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 2
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "questionnaire: %v\n%s\n", err, usage)
		return 2
	}
	var ps schema.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			fmt.Fprintln(stderr, p.String())
		}
		return 1
	}
	fmt.Fprintf(stderr, "questionnaire: %v\n", err)
	return 1
}

// loadFramework returns the framework in the file, or the built-in one.
// localized returns err with the messages of its problems rendered in the
// language lang from the catalogues of the packages that report them, when
// it holds a schema.Problems (as every error of questionnaire.Make and
// Read does); other errors as they are.
func localized(err error, lang string) error {
	var ps schema.Problems
	if !errors.As(err, &ps) {
		return err
	}
	return schema.Localize(ps, l10n.Catalogues(lang, questionnaire.Messages, maturity.Messages, tracking.Messages, schema.Messages)...)
}

func loadFramework(name string) (*maturity.Framework, error) {
	if name == "" {
		return maturity.DefaultFramework(), nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	fw, err := maturity.LoadFramework(data)
	var ps schema.Problems
	if errors.As(err, &ps) {
		return nil, ps.At(schema.Location{File: name})
	}
	return fw, err
}

func flags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("questionnaire "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

func makeCmd(args []string, _, stderr io.Writer) (err error) {
	fs := flags("make", stderr)
	framework := fs.String("framework", "", "a framework document (default: the built-in framework)")
	lang := fs.String("lang", "en", "the questionnaire's language: "+strings.Join(questionnaire.Languages(), ", "))
	dataset := fs.String("dataset", "", "a tracking dataset whose facts are shown beside the criteria")
	at := fs.String("at", "", "the date the facts are computed at, YYYY-MM-DD (default: the dataset's date)")
	respondent := fs.String("respondent", "", "the respondent's name, prefilled")
	out := fs.String("o", "", "the questionnaire to write (.xlsx)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	defer func() { err = localized(err, *lang) }()
	switch {
	case fs.NArg() > 0:
		return usagef("make takes no file arguments, got %q", fs.Args())
	case *out == "":
		return usagef("make needs -o FILE.xlsx")
	case !slices.Contains(questionnaire.Languages(), *lang):
		return usagef("-lang must be one of %s, not %q", strings.Join(questionnaire.Languages(), ", "), *lang)
	case *at != "" && *dataset == "":
		return usagef("-at needs -dataset")
	}
	fw, err := loadFramework(*framework)
	if err != nil {
		return err
	}
	opts := questionnaire.Options{Language: *lang, Name: *respondent}
	if *dataset != "" {
		data, err := os.ReadFile(*dataset)
		if err != nil {
			return err
		}
		ds, err := tracking.Decode(data)
		var ps schema.Problems
		if errors.As(err, &ps) {
			return ps.At(schema.Location{File: *dataset})
		} else if err != nil {
			return err
		}
		when := ds.Date.Last()
		if *at != "" {
			d, err := tracking.ParseDate(*at)
			if err != nil || d.Precision() != tracking.PrecisionDay {
				return usagef("-at wants a full date such as 2026-06-30, not %q", *at)
			}
			when = d.First()
		}
		opts.Facts = maturity.ComputeFacts(tracking.NewIndex(ds), when)
	}
	data, err := questionnaire.Make(fw, opts)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "questionnaire: %s written (%s, %d criteria)\n", *out, *lang, len(fw.Criteria()))
	return nil
}

func readCmd(args []string, _, stderr io.Writer) (err error) {
	fs := flags("read", stderr)
	framework := fs.String("framework", "", "a framework document (default: the built-in framework)")
	state := fs.String("state", "", "the State whose mechanism is assessed (ISO 3166-1 alpha-3)")
	date := fs.String("date", "", "the date of the assessment: 2026, 2026-06 or 2026-06-30")
	title := fs.String("title", "", "the assessment's title, in English")
	out := fs.String("o", "", "the assessment to write (.json)")
	lang := fs.String("lang", "en", "the language of the problems: "+strings.Join(questionnaire.Languages(), ", "))
	if err := fs.Parse(args); err != nil {
		return err
	}
	defer func() { err = localized(err, *lang) }()
	switch {
	case !slices.Contains(questionnaire.Languages(), *lang):
		return usagef("-lang must be one of %s, not %q", strings.Join(questionnaire.Languages(), ", "), *lang)
	case fs.NArg() == 0:
		return usagef("read needs at least one filled questionnaire")
	case *out == "":
		return usagef("read needs -o ASSESSMENT.json")
	case !tracking.Country(*state).Valid():
		return usagef("-state must be an ISO 3166-1 alpha-3 code such as XFS, not %q", *state)
	}
	d, err := tracking.ParseDate(*date)
	if err != nil {
		return usagef("-date must be a date such as 2026-06, not %q", *date)
	}
	fw, err := loadFramework(*framework)
	if err != nil {
		return err
	}
	meta := questionnaire.Assessment{State: tracking.Country(*state), Date: d}
	if *title != "" {
		meta.Title = tracking.Text{"en": *title}
	}
	var files []questionnaire.File
	for _, name := range fs.Args() {
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		files = append(files, questionnaire.File{Name: name, Data: data})
	}
	a, err := questionnaire.Read(fw, meta, files...)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := schema.Write(&buf, a); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "questionnaire: %s written (%d respondents, %d answers)\n", *out, len(a.Respondents), len(a.Answers))
	return nil
}
