// Command uhri imports the recommendations of an export of the Universal
// Human Rights Index (UHRI) into a tracking dataset, and prints the report
// of the import.
//
// Usage:
//
//	uhri [flags] EXPORT
//
// EXPORT is the UHRI's JSON export, or its spreadsheet export saved as CSV;
// the format comes from the file's extension unless -format is given. The
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
//	-state XXX            the State, as an ISO 3166-1 alpha-3 code (needed without -into)
//	-into FILE            the dataset to merge into
//	-o FILE               where to write the dataset (default: standard output)
//	-format json|csv      the export's format (default: from the extension)
//	-lang TAG             the language of the export's text (default en), and of
//	                      the report when it is one of the six UN languages
//	-arabic-digits        with -lang ar, write the report's numbers in Arabic-Indic digits
//	-publisher NAME       the publisher of a new dataset, in the -lang language
//	                      (default: a generic name, in English)
//	-date YYYY-MM-DD      the date of a new dataset (default: today)
//	-body LIST            keep only these bodies, comma-separated ("CEDAW, UPR")
//	-from, -to DATE       keep only records published in this range
//
// Dates in the export after today are taken for misreads and left out,
// with a warning. The report goes to standard error. Exit status: 0 on
// success, 1 when the export or the dataset cannot be read or the result
// is invalid, 2 on a usage error (a flag or its value, such as a -lang
// that is no language tag or a -from after -to).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	state := fs.String("state", "", "the State, as an ISO 3166-1 alpha-3 code (needed without -into)")
	into := fs.String("into", "", "the dataset to merge into")
	out := fs.String("o", "", "where to write the dataset (default: standard output)")
	format := fs.String("format", "", "the export's format: json or csv (default: from the file's extension)")
	lang := fs.String("lang", "en", "the language of the export's text, and of the report when it is one of the six UN languages")
	arabicDigits := fs.Bool("arabic-digits", false, "with -lang ar, write the report's numbers in Arabic-Indic digits")
	publisher := fs.String("publisher", defaultPublisher, "the publisher of a new dataset, in the language of -lang (the default is in English)")
	dateFlag := fs.String("date", "", "the date of a new dataset, YYYY-MM-DD (default: today)")
	bodies := fs.String("body", "", "keep only these bodies, comma-separated")
	from := fs.String("from", "", "keep only records published on or after this date")
	to := fs.String("to", "", "keep only records published on or before this date")
	if err := fs.Parse(args); err != nil {
		return flag.ErrHelp // the flag package has said what is wrong
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError("give one export file")
	}
	exportFile := fs.Arg(0)

	var f uhri.Format
	if *format == "" {
		*format = strings.TrimPrefix(strings.ToLower(filepath.Ext(exportFile)), ".")
	}
	if err := f.UnmarshalText([]byte(*format)); err != nil {
		return usageError(fmt.Sprintf("-format must be json or csv (or the file end in .json or .csv): %v", err))
	}
	// The export cannot hold dates after today: later ones are misreads.
	opts := uhri.Options{Language: *lang, ExportDate: tracking.DateOf(now())}
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
			return usageError(fmt.Sprintf("%s: %v", d.flag, err))
		}
		*d.into = v
	}
	if err := opts.Check(); err != nil {
		return usageError(optionsMessage(err))
	}

	var ds *tracking.Dataset
	if *into != "" {
		data, err := os.ReadFile(*into)
		if err != nil {
			return err
		}
		if ds, err = tracking.Decode(data); err != nil {
			return fmt.Errorf("%s: %w", *into, err)
		}
		// A problem the dataset has already is its own, not the import's.
		if ps := tracking.Validate(ds); len(ps) > 0 {
			return fmt.Errorf("%s: the dataset breaks the rules, so nothing is imported into it:\n%w", *into, schema.Problems(ps))
		}
	} else {
		c := tracking.Country(*state)
		if !c.Valid() {
			return usageError(fmt.Sprintf("-state must be an ISO 3166-1 alpha-3 code such as PRY, not %q (or give -into)", *state))
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
	r, err := uhri.NewReader(in, f, opts)
	if err != nil {
		return fmt.Errorf("%s: %w", exportFile, err)
	}
	rep, err := uhri.Import(ds, r, gen)
	if err != nil {
		return fmt.Errorf("%s: %w", exportFile, err)
	}
	reportLang, err := l10n.Parse(*lang)
	if err != nil {
		reportLang = "en"
	}
	fmt.Fprint(stderr, summary(l10n.NewPrinter(reportLang, words, *arabicDigits), rep))
	if ps := tracking.Validate(ds); len(ps) > 0 {
		return fmt.Errorf("the merged dataset breaks the rules:\n%w", schema.Problems(ps))
	}

	data, err := tracking.Encode(ds)
	if err != nil {
		return err
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
// set them.
func optionsMessage(err error) string {
	var ps schema.Problems
	if !errors.As(err, &ps) {
		return err.Error()
	}
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = p.Message
		if name, ok := flagOfOption[p.Pointer]; ok {
			msgs[i] = name + ": " + p.Message
		}
	}
	return strings.Join(msgs, "; ")
}
