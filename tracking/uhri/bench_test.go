package uhri

import (
	"bytes"
	"io"
	"runtime/metrics"
	"testing"
	"time"

	"github.com/nmirf/nmirf/tracking/uhri/internal/uhrigen"
)

// benchRecords is the size of the generated export the benchmarks read:
// about the size of the full UHRI export.
const benchRecords = 250_000

// heapSampler records the high-water mark of the live heap as a stream is
// read, from runtime/metrics (cheap enough to read every few hundred
// records). It reads the heap the last garbage collection found live, not
// the heap's objects, which count the garbage not yet collected too and
// grow when the collector lags behind, as it does on a busy machine.
type heapSampler struct {
	sample []metrics.Sample
	peak   uint64
}

func newHeapSampler() *heapSampler {
	return &heapSampler{sample: []metrics.Sample{{Name: "/gc/heap/live:bytes"}}}
}

func (h *heapSampler) read() {
	metrics.Read(h.sample)
	if v := h.sample[0].Value.Uint64(); v > h.peak {
		h.peak = v
	}
}

// readAll streams an export through a Reader and returns the number of
// annotations and the peak heap seen.
func readAll(tb testing.TB, src io.Reader, f Format) (int, uint64) {
	tb.Helper()
	r, err := NewReader(src, f, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	h := newHeapSampler()
	n := 0
	for _, err := range r.All() {
		if err != nil {
			tb.Fatal(err)
		}
		n++
		if n%256 == 0 {
			h.read()
		}
	}
	if rep := r.Report(); rep.Skipped != 0 || rep.Read != n {
		tb.Fatalf("read %d, imported %d, skipped %d", rep.Read, n, rep.Skipped)
	}
	return n, h.peak
}

func benchmarkRead(b *testing.B, f Format) {
	gen := uhrigen.JSON
	if f == CSV {
		gen = uhrigen.CSV
	}
	var peak uint64
	start := time.Now()
	records := 0
	for i := 0; b.Loop(); i++ {
		n, p := readAll(b, gen(benchRecords, uint64(i)), f)
		records += n
		peak = max(peak, p)
	}
	b.ReportMetric(float64(records)/time.Since(start).Seconds(), "records/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}

// BenchmarkReadJSON streams a generated JSON export of 250,000 records.
func BenchmarkReadJSON(b *testing.B) { benchmarkRead(b, JSON) }

// BenchmarkReadCSV streams a generated CSV export of 250,000 records.
func BenchmarkReadCSV(b *testing.B) { benchmarkRead(b, CSV) }

// BenchmarkReadXLSX reads a generated XLSX export of 250,000 records,
// written as Excel writes one (every text in the shared-strings table).
// The workbook is made once, before the timer starts; internal/cmd/uhrimem
// measures the memory the read needs.
func BenchmarkReadXLSX(b *testing.B) {
	var book bytes.Buffer
	if err := uhrigen.XLSX(&book, benchRecords, 1); err != nil {
		b.Fatal(err)
	}
	var peak uint64
	records := 0
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		n, p := readAll(b, bytes.NewReader(book.Bytes()), XLSX)
		records += n
		peak = max(peak, p)
	}
	b.ReportMetric(float64(records)/time.Since(start).Seconds(), "records/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}

// importState is the State whose dataset BenchmarkImportState imports into.
const importState = "CZE"

// BenchmarkImportState imports a generated JSON export of 250,000 records,
// about the size of the full UHRI export, into the dataset of one State:
// every record is read, normalised and filtered, and the State's (about one
// in 250) are merged. This is the import a national mechanism runs; the
// dataset holds only its State's recommendations, so memory stays bounded
// whatever the size of the export (internal/cmd/uhrimem -import -state
// measures it).
func BenchmarkImportState(b *testing.B) {
	read, added := 0, 0
	for i := 0; b.Loop(); i++ {
		ds := newDataset(importState)
		r, err := NewReader(uhrigen.JSON(benchRecords, uint64(i)), JSON, Options{})
		if err != nil {
			b.Fatal(err)
		}
		rep, err := Import(ds, r, fixedIDs())
		if err != nil {
			b.Fatal(err)
		}
		if rep.Read != benchRecords || rep.Added == 0 || rep.Added != len(ds.Recommendations) || rep.Skipped != 0 {
			b.Fatalf("read %d, added %d of %d, skipped %d", rep.Read, rep.Added, len(ds.Recommendations), rep.Skipped)
		}
		read += rep.Read
		added += rep.Added
	}
	b.ReportMetric(float64(read)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(added)/float64(b.N), "added/op")
}

// importRecords is the size of the generated export that BenchmarkImport
// and BenchmarkReimport merge into a dataset without a State, which then
// holds every recommendation in memory.
const importRecords = 25_000

// BenchmarkImport merges a generated JSON export of 25,000 records into an
// empty dataset that names no State, so that every record is added.
func BenchmarkImport(b *testing.B) {
	start := time.Now()
	records := 0
	for i := 0; b.Loop(); i++ {
		ds := newDataset("")
		r, err := NewReader(uhrigen.JSON(importRecords, uint64(i)), JSON, Options{})
		if err != nil {
			b.Fatal(err)
		}
		rep, err := Import(ds, r, fixedIDs())
		if err != nil {
			b.Fatal(err)
		}
		records += rep.Imported
	}
	b.ReportMetric(float64(records)/time.Since(start).Seconds(), "records/s")
}

// BenchmarkReimport merges a generated JSON export of 25,000 records into
// the dataset made from the same export: every recommendation is compared
// and found unchanged.
func BenchmarkReimport(b *testing.B) {
	ds := newDataset("")
	r, _ := NewReader(uhrigen.JSON(importRecords, 1), JSON, Options{})
	if _, err := Import(ds, r, fixedIDs()); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	records := 0
	for b.Loop() {
		r, _ := NewReader(uhrigen.JSON(importRecords, 1), JSON, Options{})
		rep, err := Import(ds, r, fixedIDs())
		if err != nil || rep.Unchanged != importRecords {
			b.Fatalf("%v: %d unchanged", err, rep.Unchanged)
		}
		records += rep.Imported
	}
	b.ReportMetric(float64(records)/time.Since(start).Seconds(), "records/s")
}

// BenchmarkReadSmall reads an export of one record held in memory, as a
// service that imports records one request at a time would.
func BenchmarkReadSmall(b *testing.B) {
	export := []byte(`[{"AnnotationId": "a0000000-0000-4000-8000-000000000001", "Body": "UPR", "Countries": ["Czechia"],
		"UprSession": ["43"], "UprPositions": ["Supported"], "Themes": ["Rights of the child"],
		"Sdgs": ["16.9 - Provide legal identity for all"], "Text": "140.7 Ratify the illustrative protocol."}]`)
	for b.Loop() {
		r, err := NewReader(bytes.NewReader(export), JSON, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.Read(); err != nil {
			b.Fatal(err)
		}
		if _, err := r.Read(); err != io.EOF {
			b.Fatal(err)
		}
	}
}

// BenchmarkGenerate measures the generator alone, to tell its share of the
// read benchmarks.
func BenchmarkGenerate(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		n, err := io.Copy(io.Discard, uhrigen.JSON(benchRecords, uint64(i)))
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(n)
	}
}
