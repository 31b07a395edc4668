// Command track builds a small tracking dataset in code and prints what a
// secretariat asks every Monday: what is overdue, what falls due in the
// next 30 days, and how implementation stands by theme and by responsible
// entity.
//
// Usage:
//
//	go run ./examples/track [-at 2026-06-30] [-lang en|ar|fr|es] [-json] [DATASET.json]
//
// With a dataset file (flags may also follow it), it reports on that
// dataset instead of the built-in one.
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
	lang := fs.String("lang", "en", "language of names and titles: en, ar, fr or es")
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
	if !tracking.Language(*lang).Valid() || *lang == "ru" || *lang == "zh" {
		fmt.Fprintf(stderr, "track: -lang must be en, ar, fr or es, not %q\n", *lang)
		return 2
	}

	// The IDs come from a generator seeded by the report date, so that the
	// same date gives the same output.
	var ds *tracking.Dataset
	var err error
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
	r := monday(ds, at, *lang)
	if *asJSON {
		if err := schema.Write(stdout, r); err != nil {
			fmt.Fprintf(stderr, "track: %v\n", err)
			return 1
		}
		return 0
	}
	r.print(stdout)
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

func monday(ds *tracking.Dataset, at time.Time, lang string) report {
	ix := tracking.NewIndex(ds)
	r := report{At: tracking.DateOf(at).String(), Overdue: []line{}, Due: []line{}}
	for _, it := range tracking.Due(ds, at, tracking.DefaultDueWindow) {
		l := line{Ref: it.Ref, Due: it.Due.String(), DaysLeft: it.DaysLeft, Who: "(no entity)"}
		if e := ix.Entity(it.EntityID); e != nil {
			l.Who = e.Name.Get(lang)
		}
		switch it.Kind {
		case tracking.RecordKindObligation:
			o := ix.Obligation(it.ID)
			l.What = o.Title.Get(lang)
			if l.What == "" {
				l.What = o.Kind.Title()
			}
		case tracking.RecordKindProgressReport:
			p := ix.ProgressReport(it.ID)
			l.What = "Progress report"
			if a := ix.Action(p.ActionID); a != nil {
				l.What += ": " + a.Title.Get(lang)
			}
		}
		if it.State == tracking.DueStateOverdue {
			r.Overdue = append(r.Overdue, l)
		} else {
			r.Due = append(r.Due, l)
		}
	}
	for _, g := range tracking.RollUp(ix, at, tracking.ByTerm(themeScheme)) {
		r.ByTheme = append(r.ByTheme, progressLine{Name: nameOf(g, lang, "(no theme)"), Tally: g.Tally})
	}
	for _, g := range tracking.RollUp(ix, at, tracking.ByResponsibleEntity) {
		r.ByEntity = append(r.ByEntity, progressLine{Name: nameOf(g, lang, "(no responsible entity)"), Tally: g.Tally})
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

func (r report) print(w io.Writer) {
	fmt.Fprintf(w, "Follow-up report at %s\n\n", r.At)
	owed := func(title string, lines []line) {
		fmt.Fprintf(w, "%s (%d)\n", title, len(lines))
		if len(lines) == 0 {
			fmt.Fprintln(w, "  none")
		}
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		for _, l := range lines {
			days := fmt.Sprintf("in %d days", l.DaysLeft)
			if l.DaysLeft < 0 {
				days = fmt.Sprintf("%d days late", -l.DaysLeft)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\tdue %s\t%s\n", l.Ref, l.What, l.Who, l.Due, days)
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
	owed("Overdue", r.Overdue)
	owed("Due in the next 30 days", r.Due)
	table := func(title string, rows []progressLine) {
		fmt.Fprintln(w, title)
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "\ttotal\tnot assessed\tnot started\tin progress\tpartially\tfully\twith action\t")
		for _, p := range rows {
			t := p.Tally
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t\n", p.Name, t.Total, t.NotAssessed, t.NotStarted,
				t.InProgress, t.PartiallyImplemented, t.FullyImplemented, t.WithAction)
		}
		tw.Flush()
		fmt.Fprintln(w)
	}
	table("Progress by theme", r.ByTheme)
	table("Progress by responsible entity", r.ByEntity)
	t := r.Total
	fmt.Fprintf(w, "%d recommendations: %d fully and %d partially implemented, %d not yet assessed.\n",
		t.Total, t.FullyImplemented, t.PartiallyImplemented, t.NotAssessed)
	fmt.Fprintln(w, strings.Repeat("-", 8))
	fmt.Fprintln(w, "Illustrative data about an imaginary State.")
}
