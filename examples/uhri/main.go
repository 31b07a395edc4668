// Command uhri imports the recommendations of an export of the Universal
// Human Rights Index (UHRI) into a tracking dataset, and prints the report
// of the import.
//
// Usage:
//
//	uhri [flags] EXPORT
//
// EXPORT is the UHRI's JSON export, its spreadsheet export as downloaded
// (XLSX), or the spreadsheet saved as CSV; the format comes from the file's
// extension unless -format is given. The
// export is read as a stream, so that the full export imports in bounded
// memory. With -into, the records merge into an existing dataset by their
// UHRI annotation ID: known recommendations get the UN's newer text,
// position and classifications, new ones are added, and what the mechanism
// added itself (actions, assignments, assessments, clusters) is never
// touched. The dataset given with -into must be valid before the import:
// its own problems are reported, with its name, and nothing is imported.
// Without -into, a new dataset is made for the State given with -state.
//
// Flags:
//
//	-state XXX            the State, as an ISO 3166-1 alpha-3 code, in either case (needed without -into)
//	-into FILE            the dataset to merge into
//	-o FILE               where to write the dataset (default: standard output)
//	-format json|csv|xlsx the export's format (default: from the extension)
//	-alias "NAME=XXX"     read the country name NAME as the ISO 3166-1 code XXX
//	                      (repeatable), for names the importer does not know
//	-report FILE          write the report, every warning listed, as JSON
//	-lang TAG             the language of the export's text (default en), and of the
//	                      report when it is one of the six UN languages
//	-summary-lang TAG     the language of the report and the messages, when it is
//	                      not that of the export: ar, en, es, fr, ru or zh
//	-arabic-digits        with the report in Arabic, write counts in Arabic-Indic digits
//	-publisher NAME       the publisher of a new dataset, in the -lang language
//	                      (default: a generic name, in English)
//	-date YYYY-MM-DD      the date of a new dataset (default: today)
//	-body LIST            keep only these bodies, comma-separated ("CEDAW, UPR")
//	-from, -to DATE       keep only records published in this range
//
// Dates in the export after today are taken for misreads and left out,
// with a warning. The report goes to standard error, in the language of
// -summary-lang, else of -lang when it is one of the six UN languages,
// else in English, with counts written as the language writes numbers
// (uhri.Report.Text): its warnings summed
// up by code, with the first few of each (-report writes them all). When
// standard error is a terminal, a progress bar shows how far the reading
// has come. When the State or the filters keep none of the export's
// records, nothing is written and the command names the States and bodies
// the export holds. Exit status: 0 on success, 1 when the export or the
// dataset cannot be read, the result is invalid, or nothing was kept, 2 on
// a usage error (a flag or its value, such as a -lang
// that is no language tag or a -from after -to).
package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/nmirf/nmirf/internal/l10n"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/uhri"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, time.Now, tracking.SystemIDGenerator()))
}

// defaultPublisher is the publisher of a new dataset when -publisher is
// not given, in English.
const defaultPublisher = "National mechanism for implementation, reporting and follow-up"

// usageError is a mistake in the command line.
type usageError string

func (e usageError) Error() string { return string(e) }

// run is the program, with its arguments, outputs, clock and ID generator
// given, so that tests can run it.
func run(args []string, stdout, stderr io.Writer, now func() time.Time, gen tracking.IDGenerator) int {
	err := importExport(args, stdout, stderr, now, gen)
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 2
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "uhri: %v\n", err)
		return 2
	}
	fmt.Fprintf(stderr, "uhri: %v\n", err)
	return 1
}

func importExport(args []string, stdout, stderr io.Writer, now func() time.Time, gen tracking.IDGenerator) error {
	fs := flag.NewFlagSet("uhri", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: uhri [flags] EXPORT")
		fs.PrintDefaults()
	}
	state := fs.String("state", "", "the State, as an ISO 3166-1 alpha-3 code in either case (needed without -into)")
	into := fs.String("into", "", "the dataset to merge into")
	out := fs.String("o", "", "where to write the dataset (default: standard output)")
	format := fs.String("format", "", "the export's format: json, csv or xlsx (default: from the file's extension)")
	var aliases aliasFlag
	fs.Var(&aliases, "alias", `read a country name as an ISO 3166-1 alpha-3 code, "NAME=XXX" (repeatable)`)
	reportFile := fs.String("report", "", "write the report, every warning listed, as JSON to this file")
	lang := fs.String("lang", "en", "the language of the export's text")
	publisher := fs.String("publisher", defaultPublisher, "the publisher of a new dataset, in the language of -lang (the default is in English)")
	dateFlag := fs.String("date", "", "the date of a new dataset, YYYY-MM-DD (default: today)")
	bodies := fs.String("body", "", "keep only these bodies, comma-separated")
	from := fs.String("from", "", "keep only records published on or after this date")
	to := fs.String("to", "", "keep only records published on or before this date")
	summaryLang := fs.String("summary-lang", "", "the language of the report and the messages: ar, en, es, fr, ru or zh (default: that of -lang when it is one of them, else en)")
	arabicDigits := fs.Bool("arabic-digits", false, "with the report in Arabic, write counts in Arabic-Indic digits")
	if err := fs.Parse(args); err != nil {
		return flag.ErrHelp // the flag package has said what is wrong
	}
	shown := "en"
	if l, err := l10n.Parse(*lang); err == nil {
		shown = l
	}
	if *summaryLang != "" {
		l, err := l10n.Parse(*summaryLang)
		if err != nil {
			return usageError(fmt.Sprintf("-summary-lang: %v", err))
		}
		shown = l
	}
	p := l10n.NewPrinter(shown, words, *arabicDigits)
	reportTag := shown
	if shown == "ar" && *arabicDigits {
		reportTag = "ar-u-nu-arab"
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError(p.Sprintf("oneExport"))
	}
	exportFile := fs.Arg(0)

	var f uhri.Format
	if *format == "" {
		*format = strings.TrimPrefix(strings.ToLower(filepath.Ext(exportFile)), ".")
	}
	if err := f.UnmarshalText([]byte(*format)); err != nil {
		return usageError(p.Sprintf("formatFlag", *format))
	}
	// The export cannot hold dates after today: later ones are misreads.
	opts := uhri.Options{Language: *lang, ExportDate: tracking.DateOf(now()), CountryAliases: aliases.m}
	if *reportFile != "" {
		opts.MaxWarnings = -1 // the JSON report lists every warning
	}
	for b := range strings.SplitSeq(*bodies, ",") {
		if b = strings.TrimSpace(b); b != "" {
			opts.Filter.Bodies = append(opts.Filter.Bodies, b)
		}
	}
	for _, d := range []struct {
		flag  string
		value string
		into  *tracking.PartialDate
	}{{"-from", *from, &opts.Filter.From}, {"-to", *to, &opts.Filter.To}} {
		if d.value == "" {
			continue
		}
		v, err := tracking.ParseDate(d.value)
		if err != nil {
			return usageError(p.Sprintf("dateFlag", d.flag, d.value))
		}
		*d.into = v
	}
	if err := opts.Check(); err != nil {
		return usageError(optionsMessage(err, shown))
	}

	var ds *tracking.Dataset
	if *into != "" {
		data, err := os.ReadFile(*into)
		if err != nil {
			return err
		}
		if ds, err = tracking.Decode(data); err != nil {
			return fmt.Errorf("%s: %w", *into, localized(err, shown))
		}
		// A problem the dataset has already is its own, not the import's.
		if ps := tracking.Validate(ds); len(ps) > 0 {
			return fmt.Errorf("%s\n%w", p.Sprintf("intoInvalid", *into), inLanguage(ps, shown))
		}
	} else {
		c := tracking.Country(strings.ToUpper(strings.TrimSpace(*state)))
		if !c.Valid() {
			// A country's name, in any of the six languages, suggests
			// its code.
			if code, ok := schema.Suggest("country", strings.TrimSpace(*state)); ok {
				return usageError(p.Sprintf("stateSuggest", *state, code))
			}
			return usageError(p.Sprintf("stateCode", *state))
		}
		date := tracking.DateOf(now())
		if *dateFlag != "" {
			d, err := tracking.ParseDate(*dateFlag)
			if err != nil {
				return usageError(fmt.Sprintf("-date: %v", err))
			}
			date = d
		}
		name := tracking.Text{*lang: *publisher}
		if !isSet(fs, "publisher") {
			name = tracking.En(defaultPublisher)
		}
		ds = tracking.NewDataset(c, date, name)
	}

	in, err := os.Open(exportFile)
	if err != nil {
		return err
	}
	defer in.Close()
	if bar := newProgressBar(stderr); bar != nil {
		opts.Progress = bar.show
		defer bar.done()
	}
	r, err := uhri.NewReader(in, f, opts)
	if err != nil {
		return fmt.Errorf("%s: %w", exportFile, localized(err, shown))
	}
	defer r.Close()
	rep, err := uhri.Import(ds, r, gen)
	if err != nil {
		return fmt.Errorf("%s: %w", exportFile, localized(err, shown))
	}
	if opts.Progress != nil {
		fmt.Fprint(stderr, "\r\033[K")
	}
	fmt.Fprint(stderr, rep.Text(reportTag))
	if *reportFile != "" {
		b, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		if err := os.WriteFile(*reportFile, append(b, '\n'), 0o644); err != nil {
			return err
		}
	}
	hints(stderr, rep, p)
	if rep.NothingKept() {
		if ds.State != "" {
			return errors.New(p.Sprintf("nothingKeptState", exportFile, rep.Filtered, ds.State, holds(rep, p)))
		}
		return errors.New(p.Sprintf("nothingKept", exportFile, rep.Filtered, holds(rep, p)))
	}
	if ps := tracking.Validate(ds); len(ps) > 0 {
		return fmt.Errorf("%s\n%w", p.Sprintf("mergedInvalid"), inLanguage(ps, shown))
	}

	data, err := tracking.Encode(ds)
	if err != nil {
		return localized(err, shown)
	}
	if *out == "" {
		_, err = stdout.Write(data)
		return err
	}
	return os.WriteFile(*out, data, 0o644)
}

// isSet reports whether the flag name was given on the command line.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// flagOfOption names the flags that set the options.
var flagOfOption = map[string]string{
	"/Language":    "-lang",
	"/Filter/From": "-from",
	"/Filter/To":   "-to",
}

// optionsMessage says what is wrong with the options, by the flags that
// set them, in the language lang.
func optionsMessage(err error, lang string) string {
	var ps schema.Problems
	if !errors.As(err, &ps) {
		return err.Error()
	}
	ps = inLanguage(ps, lang)
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = p.Message
		if name, ok := flagOfOption[p.Pointer]; ok {
			msgs[i] = name + ": " + p.Message
		}
	}
	return strings.Join(msgs, "; ")
}

// aliasFlag collects the -alias flags: country name → ISO 3166-1 code.
type aliasFlag struct{ m map[string]tracking.Country }

func (a *aliasFlag) String() string { return "" }

// Set reads "NAME=XXX"; the code may be in either case.
func (a *aliasFlag) Set(v string) error {
	name, code, ok := strings.Cut(v, "=")
	name, code = strings.TrimSpace(name), strings.ToUpper(strings.TrimSpace(code))
	if !ok || name == "" || code == "" {
		return fmt.Errorf(`give a country name and its code as "NAME=XXX", not %q`, v)
	}
	if !tracking.Country(code).Valid() {
		return fmt.Errorf("%q is not an ISO 3166-1 alpha-3 code of the codelist", code)
	}
	if a.m == nil {
		a.m = map[string]tracking.Country{}
	}
	a.m[name] = tracking.Country(code)
	return nil
}

// hints says what the command's flags can do about the warnings.
func hints(w io.Writer, rep *uhri.Report, p *l10n.Printer) {
	if n := rep.WarningCounts[uhri.CodeCountryUnknown]; n > 0 {
		fmt.Fprintln(w, p.Sprintf("hint", n))
	}
}

// inLanguage returns the problems with their messages rendered from the
// catalogues of the language lang of the packages that report them, or
// as they are when no catalogue has their key. The list is a copy.
func inLanguage(ps schema.Problems, lang string) schema.Problems {
	return schema.Localize(ps, l10n.Catalogues(lang, uhri.Messages, tracking.Messages, schema.Messages)...)
}

// localized returns err with the messages of its problems rendered in the
// language lang (see inLanguage), when it holds a schema.Problems, as
// every error of the uhri and tracking readers and writers does; other
// errors (the file system's) as they are.
func localized(err error, lang string) error {
	var ps schema.Problems
	if errors.As(err, &ps) {
		return inLanguage(ps, lang)
	}
	return err
}

// holds lists the States and bodies of the records read, the most
// frequent first, with their counts, in the words of p.
func holds(rep *uhri.Report, p *l10n.Printer) string {
	list := func(m map[string]int) string {
		keys := slices.SortedFunc(maps.Keys(m), func(x, y string) int {
			if c := cmp.Compare(m[y], m[x]); c != 0 {
				return c
			}
			return strings.Compare(x, y)
		})
		parts := make([]string, 0, len(keys))
		for _, k := range keys {
			name := k
			if name == "" {
				name = p.Sprintf("noneKnown")
			}
			parts = append(parts, p.Sprintf("item", name, m[k]))
		}
		return p.List(parts)
	}
	states := map[string]int{}
	for c, n := range rep.StatesRead {
		states[string(c)] = n
	}
	return p.Sprintf("holds", list(states), list(rep.BodiesRead))
}
