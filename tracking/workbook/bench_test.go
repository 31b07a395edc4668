package workbook_test

import (
	"bytes"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/nmirf/nmirf/internal/datagen"
	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/workbook"
)

// The benchmarks run on a generated dataset of 10,000 recommendations and
// the records that go with them (internal/datagen): about 43,000 records
// in all. They report, beside the time, the peak of the heap in use while
// an operation runs (peak-MiB), sampled every millisecond. The README
// quotes them; reproduce with
//
//	go test ./tracking/workbook -run '^$' -bench . -benchtime 3x

var (
	bigOnce sync.Once
	big     *tracking.Dataset
	bigBook []byte
)

func bigDataset(b *testing.B) (*tracking.Dataset, []byte) {
	bigOnce.Do(func() {
		big = datagen.Dataset(10_000)
		var buf bytes.Buffer
		if err := workbook.Write(&buf, big, workbook.Options{}); err != nil {
			b.Fatal(err)
		}
		bigBook = buf.Bytes()
	})
	return big, bigBook
}

// peak runs f and returns the highest heap in use seen while it ran.
func peak(f func()) uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	top := ms.HeapInuse
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				runtime.ReadMemStats(&ms)
				top = max(top, ms.HeapInuse)
			}
		}
	}()
	f()
	close(done)
	wg.Wait()
	return top
}

func BenchmarkExport10k(b *testing.B) {
	ds, _ := bigDataset(b)
	var top uint64
	for b.Loop() {
		top = max(top, peak(func() {
			if err := workbook.Write(&bytes.Buffer{}, ds, workbook.Options{}); err != nil {
				b.Fatal(err)
			}
		}))
	}
	b.ReportMetric(float64(top)/(1<<20), "peak-MiB")
}

func BenchmarkImport10k(b *testing.B) {
	_, data := bigDataset(b)
	b.SetBytes(int64(len(data)))
	var top uint64
	for b.Loop() {
		top = max(top, peak(func() {
			book, err := workbook.Read(bytes.NewReader(data), "big.xlsx", workbook.Limits{})
			if err != nil {
				b.Fatal(err)
			}
			ds, ps, err := workbook.Import(nil, tracking.SystemIDGenerator(), book)
			if err != nil || ds == nil || len(ps) > 0 {
				b.Fatal(err, ps)
			}
		}))
	}
	b.ReportMetric(float64(top)/(1<<20), "peak-MiB")
}

func BenchmarkMatrix10k(b *testing.B) {
	ds, _ := bigDataset(b)
	at := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		m, err := workbook.NewMatrix(ds, workbook.MatrixOptions{At: at, Group: workbook.GroupTheme})
		if err != nil {
			b.Fatal(err)
		}
		if err := m.WriteXLSX(&bytes.Buffer{}, false); err != nil {
			b.Fatal(err)
		}
	}
}
