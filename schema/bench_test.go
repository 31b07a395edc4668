package schema_test

import (
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/nmirf/nmirf/internal/datagen"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// benchSizes are the numbers of recommendations of the benchmark datasets;
// the other records come in proportion (see datagen.Dataset), about 2.2 KB
// of indented JSON per recommendation in all.
var benchSizes = []int{100, 10_000, 100_000}

var (
	benchMu   sync.Mutex
	benchData = map[int][]byte{}
)

// benchDataset returns the encoded generated dataset of n recommendations,
// built once per run.
func benchDataset(b *testing.B, n int) []byte {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	if data, ok := benchData[n]; ok {
		return data
	}
	data, err := tracking.Encode(datagen.Dataset(n))
	if err != nil {
		b.Fatal(err)
	}
	benchData[n] = data
	return data
}

// BenchmarkValidate validates generated datasets with the shared validator:
// strict parsing and the dataset schema.
func BenchmarkValidate(b *testing.B) {
	v := schema.DefaultValidator()
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("recommendations=%d", n), func(b *testing.B) {
			data := benchDataset(b, n)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if ps := v.Validate(schema.KindDataset, data); len(ps) > 0 {
					b.Fatal(ps[0])
				}
			}
		})
	}
}

// BenchmarkDecodeJSON decodes the same bytes with plain encoding/json into a
// tracking.Dataset: the baseline validation is measured against.
func BenchmarkDecodeJSON(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("recommendations=%d", n), func(b *testing.B) {
			data := benchDataset(b, n)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				var ds tracking.Dataset
				if err := json.Unmarshal(data, &ds); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkValidateVsDecode validates a dataset and decodes the same bytes
// with encoding/json into a tracking.Dataset, alternately in one loop, so
// that both meet the same load on the machine, and reports the ratio of
// the time spent validating to the time spent decoding ("validate/decode";
// the issue aims at 2 or less) with both times per operation.
func BenchmarkValidateVsDecode(b *testing.B) {
	v := schema.DefaultValidator()
	for _, n := range benchSizes {
		b.Run(fmt.Sprintf("recommendations=%d", n), func(b *testing.B) {
			data := benchDataset(b, n)
			var validating, decoding time.Duration
			ops := 0
			for b.Loop() {
				start := time.Now()
				if ps := v.Validate(schema.KindDataset, data); len(ps) > 0 {
					b.Fatal(ps[0])
				}
				mid := time.Now()
				var ds tracking.Dataset
				if err := json.Unmarshal(data, &ds); err != nil {
					b.Fatal(err)
				}
				validating += mid.Sub(start)
				decoding += time.Since(mid)
				ops++
			}
			b.ReportMetric(float64(validating)/float64(decoding), "validate/decode")
			b.ReportMetric(float64(validating)/1e6/float64(ops), "validate-ms/op")
			b.ReportMetric(float64(decoding)/1e6/float64(ops), "decode-ms/op")
		})
	}
}

// BenchmarkParse parses the datasets into generic values, the first step
// of validation.
func BenchmarkParse(b *testing.B) {
	for _, n := range benchSizes[:2] {
		b.Run(fmt.Sprintf("recommendations=%d", n), func(b *testing.B) {
			data := benchDataset(b, n)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, ps := schema.Parse(data, schema.Limits{}); len(ps) > 0 {
					b.Fatal(ps[0])
				}
			}
		})
	}
}
