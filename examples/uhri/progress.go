package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/nmirf/nmirf/tracking/uhri"
)

// progressBar draws how far an import has come on a terminal.
type progressBar struct {
	w    io.Writer
	last string
}

// newProgressBar returns a bar on w when w is a terminal, nil otherwise.
func newProgressBar(w io.Writer) *progressBar {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return &progressBar{w: w}
}

// show draws the bar for p.
func (b *progressBar) show(p uhri.Progress) {
	line := barLine(p)
	if line != b.last {
		fmt.Fprint(b.w, "\r"+line)
		b.last = line
	}
}

// done clears the bar.
func (b *progressBar) done() {
	if b.last != "" {
		fmt.Fprint(b.w, "\r\033[K")
		b.last = ""
	}
}

// barLine renders p: "[#####.....]  48%  120000 records  61.2 MB of 127.4
// MB", or the records and bytes alone when the size is not known.
func barLine(p uhri.Progress) string {
	mb := func(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }
	if p.Total <= 0 {
		return fmt.Sprintf("%d records  %s read", p.Records, mb(p.Bytes))
	}
	const width = 30
	frac := min(float64(p.Bytes)/float64(p.Total), 1)
	full := int(frac * width)
	return fmt.Sprintf("[%s%s] %3d%%  %d records  %s of %s",
		strings.Repeat("#", full), strings.Repeat(".", width-full), int(frac*100), p.Records, mb(p.Bytes), mb(p.Total))
}
