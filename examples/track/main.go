// Command track builds a small tracking dataset in code and prints what a
// secretariat asks every Monday: what is overdue, what falls due in the
// next 30 days, and how implementation stands by theme and by responsible
// entity.
//
// Usage:
//
//	go run ./examples/track [-at 2026-06-30] [-lang ar|en|es|fr|ru|zh] [-arabic-digits] [-json] [DATASET.json]
//
// With a dataset file (flags may also follow it), it reports on that
// dataset instead of the built-in one.
//
// The report is written in the language of -lang, in the six UN languages:
// the program's words, the codelists' titles and the records' names (those
// a record lacks in the language fall back to English). Dates and
// references are printed as they are; numbers are formatted for the
// language, in Western digits unless -arabic-digits is given with -lang ar.
//
// The dataset is about an imaginary State; it shows how a tool builds and
// links records with the tracking package.
package main

import (
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/nmirf/nmirf/internal/l10n"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, time.Now))
}

// run is the program, with its arguments, outputs and clock given, so that
// tests can run it.
func run(args []string, stdout, stderr io.Writer, now func() time.Time) int {
	fs := flag.NewFlagSet("track", flag.ContinueOnError)
	fs.SetOutput(stderr)
	atFlag := fs.String("at", "", "the date to report at, as YYYY-MM-DD (default: today)")
	lang := fs.String("lang", "en", "language of the report: ar, en, es, fr, ru or zh")
	arabicDigits := fs.Bool("arabic-digits", false, "with -lang ar, write numbers in Arabic-Indic digits")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		files = append(files, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(files) > 1 {
		fmt.Fprintf(stderr, "track: give one dataset, not %d files\n", len(files))
		return 2
	}
	at := now().UTC()
	if *atFlag != "" {
		d, err := tracking.ParseDate(*atFlag)
		if err != nil || d.Precision() != tracking.PrecisionDay || d.Year() < 1000 || d.Year() > 9000 {
			fmt.Fprintf(stderr, "track: -at wants a full date from the years 1000 to 9000, such as 2026-06-30, not %q\n", *atFlag)
			return 2
		}
		at = d.First()
	}
	l, err := l10n.Parse(*lang)
	if err != nil {
		fmt.Fprintf(stderr, "track: -lang: %v\n", err)
		return 2
	}
	p := l10n.NewPrinter(l, words, *arabicDigits)

	// The IDs come from a generator seeded by the report date, so that the
	// same date gives the same output.
	var ds *tracking.Dataset
	if len(files) == 1 {
		var data []byte
		if data, err = os.ReadFile(files[0]); err == nil {
			if ds, err = tracking.Decode(data); err != nil {
				err = fmt.Errorf("%s: %w", files[0], err)
			}
		}
	} else {
		gen := tracking.NewV7Generator(func() time.Time { return at }, rand.NewChaCha8([32]byte{1}))
		ds, err = buildDataset(gen, at)
	}
	if err != nil {
		fmt.Fprintf(stderr, "track: %v\n", err)
		return 1
	}
	if ps := tracking.Validate(ds); len(ps) > 0 {
		fmt.Fprintf(stderr, "track: the dataset breaks the rules:\n%v\n", ps)
		return 1
	}
	r := monday(ds, at, p)
	if *asJSON {
		if err := schema.Write(stdout, r); err != nil {
			fmt.Fprintf(stderr, "track: %v\n", err)
			return 1
		}
		return 0
	}
	r.print(stdout, p)
	return 0
}

// report is what the secretariat reads on Monday.
type report struct {
	At       string         `json:"at"`
	Overdue  []line         `json:"overdue"`
	Due      []line         `json:"due"`
	ByTheme  []progressLine `json:"byTheme"`
	ByEntity []progressLine `json:"byEntity"`
	Total    tracking.Tally `json:"total"`
}

// line is one report owed.
type line struct {
	Ref      string `json:"ref"`
	What     string `json:"what"`
	Who      string `json:"who"`
	Due      string `json:"due"`
	DaysLeft int    `json:"daysLeft"`
}

// progressLine is one group of a roll-up.
type progressLine struct {
	Name  string         `json:"name"`
	Tally tracking.Tally `json:"tally"`
}

func monday(ds *tracking.Dataset, at time.Time, p *l10n.Printer) report {
	lang := p.Lang()
	ix := tracking.NewIndex(ds)
	r := report{At: tracking.DateOf(at).String(), Overdue: []line{}, Due: []line{}}
	for _, it := range tracking.Due(ds, at, tracking.DefaultDueWindow) {
		l := line{Ref: it.Ref, Due: it.Due.String(), DaysLeft: it.DaysLeft, Who: p.Sprintf("noEntity")}
		if e := ix.Entity(it.EntityID); e != nil {
			l.Who = e.Name.Get(lang)
		}
		switch it.Kind {
		case tracking.RecordKindObligation:
			o := ix.Obligation(it.ID)
			l.What = o.Title.Get(lang)
			if l.What == "" {
				l.What = o.Kind.TitleIn(lang)
			}
		case tracking.RecordKindProgressReport:
			pr := ix.ProgressReport(it.ID)
			l.What = p.Sprintf("progressReport")
			if a := ix.Action(pr.ActionID); a != nil {
				l.What = p.Sprintf("progressReportOf", a.Title.Get(lang))
			}
		}
		if it.State == tracking.DueStateOverdue {
			r.Overdue = append(r.Overdue, l)
		} else {
			r.Due = append(r.Due, l)
		}
	}
	for _, g := range tracking.RollUp(ix, at, tracking.ByTerm(themeScheme)) {
		r.ByTheme = append(r.ByTheme, progressLine{Name: nameOf(g, lang, p.Sprintf("noTheme")), Tally: g.Tally})
	}
	for _, g := range tracking.RollUp(ix, at, tracking.ByResponsibleEntity) {
		r.ByEntity = append(r.ByEntity, progressLine{Name: nameOf(g, lang, p.Sprintf("noResponsible")), Tally: g.Tally})
	}
	r.Total = tracking.Total(ix, at)
	return r
}

func nameOf(g tracking.Group, lang, none string) string {
	if g.Key == "" {
		return none
	}
	if s := g.Label.Get(lang); s != "" {
		return s
	}
	return g.Key
}

func (r report) print(w io.Writer, p *l10n.Printer) {
	fmt.Fprintln(w, p.Sprintf("title", p.Date(r.At)))
	fmt.Fprintln(w)
	owed := func(key string, lines []line) {
		fmt.Fprintln(w, p.Sprintf(key, len(lines)))
		if len(lines) == 0 {
			fmt.Fprintln(w, "  "+p.Sprintf("none"))
		}
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for _, l := range lines {
			days := p.Sprintf("inDays", l.DaysLeft)
			if l.DaysLeft < 0 {
				days = p.Sprintf("daysLate", -l.DaysLeft)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\n", l.Ref, l.What, l.Who, p.Sprintf("dueOn", p.Date(l.Due)), days)
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
	owed("overdue", r.Overdue)
	owed("due", r.Due)
	table := func(key string, rows []progressLine) {
		fmt.Fprintln(w, p.Sprintf(key))
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, p.Sprintf("columns"))
		for _, row := range rows {
			t := row.Tally
			cells := []string{row.Name}
			for _, n := range []int{t.Total, t.NotAssessed, t.NotStarted, t.InProgress, t.PartiallyImplemented, t.FullyImplemented, t.WithAction} {
				cells = append(cells, p.Int(n))
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t")+"\t")
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
	table("byTheme", r.ByTheme)
	table("byEntity", r.ByEntity)
	t := r.Total
	fmt.Fprintln(w, p.Sprintf("total", t.Total, t.FullyImplemented, t.PartiallyImplemented, t.NotAssessed))
	fmt.Fprintln(w, strings.Repeat("-", 8))
	fmt.Fprintln(w, p.Sprintf("illustrative"))
}
