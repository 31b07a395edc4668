package tracking_test

import (
	"fmt"
	"testing"

	"github.com/nmirf/nmirf/internal/datagen"
	"github.com/nmirf/nmirf/tracking"
)

// BenchmarkDecode decodes generated datasets with Decode: schema validation
// (strict parsing included), then encoding/json.
func BenchmarkDecode(b *testing.B) {
	for _, n := range []int{100, 10_000} {
		b.Run(fmt.Sprintf("recommendations=%d", n), func(b *testing.B) {
			data, err := tracking.Encode(datagen.Dataset(n))
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := tracking.Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
