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

// BenchmarkValidateRecord validates one recommendation, and puts a changed
// copy of one action, against indexes of datasets of growing size: the
// time per record does not grow with the dataset.
func BenchmarkValidateRecord(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			ds, _ := benchDataset(b, n)
			ix := NewIndex(ds)
			id := ds.Recommendations[n/2].ID
			for b.Loop() {
				if ps := ValidateRecord(ix, RecordKindRecommendation, id); len(ps) > 0 {
					b.Fatal(ps)
				}
			}
		})
	}
}

func BenchmarkPut(b *testing.B) {
	for _, n := range benchSizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			ds, _ := benchDataset(b, n)
			ix := NewIndex(ds)
			a := ds.Actions[len(ds.Actions)/2]
			for i := 0; b.Loop(); i++ {
				a.Ref = "changed-" + strconv.Itoa(i%2)
				if _, err := ix.Put(&a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
