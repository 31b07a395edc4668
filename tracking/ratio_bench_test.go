package tracking_test

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/nmirf/nmirf/internal/datagen"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// ratioSizes are the numbers of recommendations BenchmarkCheckRatio reads:
// 10,000, and 100,000 too when NMIRF_BENCH_LARGE is set (a 226 MB document
// that takes minutes and gigabytes on a small machine).
func ratioSizes() []int {
	if os.Getenv("NMIRF_BENCH_LARGE") != "" {
		return []int{10_000, 100_000}
	}
	return []int{10_000}
}

// peakSampler samples the live heap (the heap the last garbage collection
// found live, from runtime/metrics, as tracking/uhri's benchmarks read it)
// every millisecond while a function runs, and returns its high-water mark
// above the live heap before the call. The live heap is known only at the
// end of a collection: the sampler collects often while f runs (GOGC=5),
// and once more after it, with what f returned still held, so that what f
// keeps counts too.
func peakSampler(f func() any) uint64 {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	read := func() uint64 { metrics.Read(sample); return sample[0].Value.Uint64() }
	defer debug.SetGCPercent(debug.SetGCPercent(5))
	runtime.GC()
	before := read()
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			peak = max(peak, read())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	kept := f()
	runtime.GC()
	peak = max(peak, read())
	runtime.KeepAlive(kept)
	close(done)
	wg.Wait()
	peak = max(peak, read())
	if peak < before {
		return 0
	}
	return peak - before
}

// BenchmarkCheckRatio reads one generated dataset, in one run and in turn,
// with a plain encoding/json Unmarshal into tracking.Dataset (the
// baseline), tracking.Check, tracking.Decode and schema.Validate, and
// reports each one's time as a ratio of the baseline's (x-check, x-decode,
// x-validate), its CPU time on every core as a ratio of the baseline's
// (cpu-x-*: schema.Validate checks the elements of large arrays on
// several cores at once), and each one's peak live heap as a ratio of the
// document's size (heap-*). Ratios are measured, not asserted: they vary with the
// machine's load. Run it with
//
//	go test ./tracking -run '^$' -bench CheckRatio -benchtime 5x
//
// and with NMIRF_BENCH_LARGE=1 for 100,000 recommendations too.
func BenchmarkCheckRatio(b *testing.B) {
	for _, n := range ratioSizes() {
		b.Run(fmt.Sprintf("recommendations=%d", n), func(b *testing.B) {
			data, err := tracking.Encode(datagen.Dataset(n))
			if err != nil {
				b.Fatal(err)
			}
			type measured struct {
				name string
				run  func() any
				time time.Duration
				cpu  time.Duration // CPU time of the process, on every core
				peak uint64
			}
			ms := []*measured{
				{name: "plain", run: func() any {
					var ds tracking.Dataset
					if err := json.Unmarshal(data, &ds); err != nil {
						b.Fatal(err)
					}
					return &ds
				}},
				{name: "check", run: func() any {
					ds, ps := tracking.Check(data)
					if len(ps) > 0 {
						b.Fatal(ps)
					}
					return ds
				}},
				{name: "decode", run: func() any {
					ds, err := tracking.Decode(data)
					if err != nil {
						b.Fatal(err)
					}
					return ds
				}},
				{name: "validate", run: func() any {
					if ps := schema.Validate(schema.KindDataset, data); len(ps) > 0 {
						b.Fatal(ps)
					}
					return nil
				}},
			}
			for i := 0; b.Loop(); i++ {
				for j := range ms {
					m := ms[(i+j)%len(ms)] // each round starts with the next one
					runtime.GC()
					cpu := processCPU()
					start := time.Now()
					m.run()
					m.time += time.Since(start)
					m.cpu += processCPU() - cpu
				}
			}
			b.ReportMetric(float64(len(data))/1e6, "MB")
			for _, m := range ms {
				m.peak = peakSampler(m.run)
				if m.name != "plain" {
					b.ReportMetric(float64(m.time)/float64(ms[0].time), "x-"+m.name)
					if ms[0].cpu > 0 {
						b.ReportMetric(float64(m.cpu)/float64(ms[0].cpu), "cpu-x-"+m.name)
					}
				}
				b.ReportMetric(float64(m.peak)/float64(len(data)), "heap-"+m.name)
			}
		})
	}
}
