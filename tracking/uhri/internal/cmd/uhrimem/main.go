// Command uhrimem measures how fast the UHRI importer reads a generated
// export and how much memory it needs, to show that memory does not grow
// with the size of the export:
//
//	go run ./tracking/uhri/internal/cmd/uhrimem -n 25000
//	go run ./tracking/uhri/internal/cmd/uhrimem -n 250000
//	go run ./tracking/uhri/internal/cmd/uhrimem -n 250000 -format csv
//	go run ./tracking/uhri/internal/cmd/uhrimem -n 25000 -import -state CZE
//	go run ./tracking/uhri/internal/cmd/uhrimem -n 250000 -import -state CZE
//	go run ./tracking/uhri/internal/cmd/uhrimem -n 250000 -format xlsx -write /tmp/uhri-250000.xlsx
//	go run ./tracking/uhri/internal/cmd/uhrimem -format xlsx -in /tmp/uhri-250000.xlsx
//
// An XLSX export is an archive that must be written whole before it is
// read, so it is generated into a file first (-write, as Excel writes one:
// every text in the shared-strings table), and measured apart (-in), so
// that the generator's memory is not counted.
//
// It streams the export through a uhri.Reader, or, with -import, merges it
// into a dataset with uhri.Import. With -state the dataset is one State's,
// as a national mechanism's is: every record is read and only the State's
// are kept, so memory stays bounded whatever the size of the export.
// Without -state the dataset takes every record, and grows with the
// export. It prints the records per second, the high-water mark of the
// live heap (sampled every 256 records, or every 10 ms during an import),
// and the peak resident set size the kernel reports (VmHWM).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"runtime/metrics"
	"strings"
	"time"

	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/uhri"
	"github.com/nmirf/nmirf/tracking/uhri/internal/uhrigen"
)

func main() {
	n := flag.Int("n", 250_000, "records in the generated export")
	format := flag.String("format", "json", "json, csv or xlsx")
	write := flag.String("write", "", "write the generated export to this file, and measure nothing")
	in := flag.String("in", "", "read this export instead of generating one")
	seed := flag.Uint64("seed", 1, "seed of the generated export")
	doImport := flag.Bool("import", false, "merge into a dataset instead of streaming")
	state := flag.String("state", "", "with -import, the dataset's State (ISO 3166-1 alpha-3); empty imports every record")
	flag.Parse()
	log.SetFlags(0)

	var f uhri.Format
	if err := f.UnmarshalText([]byte(*format)); err != nil {
		log.Fatal(err)
	}
	if *write != "" {
		if err := writeExport(*write, f, *n, *seed); err != nil {
			log.Fatal(err)
		}
		return
	}
	var src io.Reader
	switch {
	case *in != "":
		file, err := os.Open(*in)
		if err != nil {
			log.Fatal(err)
		}
		defer file.Close()
		src = file
	case f == uhri.JSON:
		src = uhrigen.JSON(*n, *seed)
	case f == uhri.CSV:
		src = uhrigen.CSV(*n, *seed)
	default:
		log.Fatal("an XLSX export is measured from a file: write it with -write FILE, then read it with -in FILE")
	}
	counted := &countingReader{r: src}
	r, err := uhri.NewReader(counted, f, uhri.Options{})
	if err != nil {
		log.Fatal(err)
	}

	// The heap the last garbage collection found live: the heap's objects
	// would count the garbage not yet collected too.
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var peak uint64
	measure := func() {
		metrics.Read(sample)
		peak = max(peak, sample[0].Value.Uint64())
	}
	start := time.Now()
	var rep *uhri.Report
	if *doImport {
		ds := &tracking.Dataset{SchemaVersion: tracking.SchemaVersion, Date: tracking.MustParseDate("2026"), State: tracking.Country(*state)}
		ticker := time.NewTicker(10 * time.Millisecond)
		done := make(chan bool)
		go func() {
			for {
				select {
				case <-ticker.C:
					measure()
				case <-done:
					return
				}
			}
		}()
		rep, err = uhri.Import(ds, r, tracking.SystemIDGenerator())
		ticker.Stop()
		close(done)
		if err != nil {
			log.Fatal(err)
		}
		measure()
	} else {
		i := 0
		for _, err := range r.All() {
			if err != nil {
				log.Fatal(err)
			}
			if i++; i%256 == 0 {
				measure()
			}
		}
		rep = r.Report()
	}
	elapsed := time.Since(start)
	fmt.Printf("format %s, %d records (%.0f MiB), import %v", f, rep.Read, float64(counted.n)/(1<<20), *doImport)
	if *doImport {
		fmt.Printf(" (%d added)", rep.Added)
	}
	fmt.Println()
	fmt.Printf("time %.2fs, %.0f records/s, %.1f MiB/s\n", elapsed.Seconds(), float64(rep.Read)/elapsed.Seconds(), float64(counted.n)/(1<<20)/elapsed.Seconds())
	fmt.Printf("peak live heap %.1f MiB, peak RSS %s\n", float64(peak)/(1<<20), vmHWM())
}

// writeExport writes a generated export of n records to the file name.
func writeExport(name string, f uhri.Format, n int, seed uint64) error {
	out, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(out, 1<<20)
	switch f {
	case uhri.XLSX:
		err = uhrigen.XLSX(w, n, seed)
	case uhri.JSON:
		_, err = io.Copy(w, uhrigen.JSON(n, seed))
	default:
		_, err = io.Copy(w, uhrigen.CSV(n, seed))
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// countingReader counts the bytes read.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// vmHWM returns the peak resident set size from /proc/self/status, or
// "unknown" where there is none.
func vmHWM() string {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}
