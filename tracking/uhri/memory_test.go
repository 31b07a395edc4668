package uhri

import (
	"runtime"
	"testing"

	"github.com/nmirf/nmirf/tracking/uhri/internal/uhrigen"
)

// TestMemoryBounded streams generated exports of 10,000 and 100,000
// records and checks that the live heap's high-water mark does not grow
// with the size of the export. It takes some seconds, so -short skips it;
// internal/cmd/uhrimem measures 25,000 against 250,000 records.
func TestMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 220,000 records")
	}
	for _, f := range []Format{JSON, CSV} {
		gen := uhrigen.JSON
		if f == CSV {
			gen = uhrigen.CSV
		}
		runtime.GC()
		n1, small := readAll(t, gen(10_000, 1), f)
		runtime.GC()
		n2, large := readAll(t, gen(100_000, 2), f)
		t.Logf("%v: peak live heap %.1f MiB for %d records, %.1f MiB for %d", f, mib(small), n1, mib(large), n2)
		// Ten times the records may not take more than half again the
		// memory, and a few MiB for the garbage collector's pacing.
		if large > small*3/2+4<<20 {
			t.Errorf("%v: peak heap %.1f MiB for %d records but %.1f MiB for %d: memory grows with the export", f, mib(small), n1, mib(large), n2)
		}
	}
}

func mib(n uint64) float64 { return float64(n) / (1 << 20) }
