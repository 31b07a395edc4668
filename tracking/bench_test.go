package tracking_test

import (
	"strconv"
	"testing"

	. "github.com/nmirf/nmirf/tracking"
)

// benchSizes are the numbers of recommendations the benchmarks run on.
var benchSizes = []int{1000, 10000}

func benchDataset(b *testing.B, n int) (*Dataset, []byte) {
	b.Helper()
	ds := synthDataset(n)
	data, err := Encode(ds)
	if err != nil {
		b.Fatal(err)
	}
	return ds, data
}

func BenchmarkEncode(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			ds, data := benchDataset(b, n)
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Encode(ds); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkValidate(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			ds, _ := benchDataset(b, n)
			for b.Loop() {
				if ps := Validate(ds); len(ps) > 0 {
					b.Fatal(ps)
				}
			}
		})
	}
}

func BenchmarkNewIndex(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			ds, _ := benchDataset(b, n)
			for b.Loop() {
				NewIndex(ds)
			}
		})
	}
}

func BenchmarkRollUp(b *testing.B) {
	for _, n := range benchSizes {
		for _, by := range []Grouping{ByFamily, ByResponsibleEntity, BySDGGoal, ByTerm("uhri-theme")} {
			b.Run(strconv.Itoa(n)+"/"+by.Name, func(b *testing.B) {
				ds, _ := benchDataset(b, n)
				ix := NewIndex(ds)
				for b.Loop() {
					RollUp(ix, synthAt, by)
				}
			})
		}
	}
}

func BenchmarkDue(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			ds, _ := benchDataset(b, n)
			for b.Loop() {
				Due(ds, synthAt, DefaultDueWindow)
			}
		})
	}
}
