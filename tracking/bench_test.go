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

// BenchmarkUnmarshalText measures the model's own decoding methods, which
// every decode of a dataset calls for each date, ID and code: the baseline
// of BenchmarkCheckRatio runs them too, so they keep their speed.
func BenchmarkUnmarshalText(b *testing.B) {
	b.Run("PartialDate", func(b *testing.B) {
		texts := [][]byte{[]byte("2025"), []byte("2025-06"), []byte("2024-02-29")}
		var d PartialDate
		for i := 0; b.Loop(); i++ {
			if err := d.UnmarshalText(texts[i%len(texts)]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ID", func(b *testing.B) {
		text := []byte("0190d7a4-5b1e-7c3a-9f12-3456789abcde")
		var id ID
		for b.Loop() {
			if err := id.UnmarshalText(text); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("code", func(b *testing.B) {
		text := []byte("partially_implemented")
		var s ImplementationStatus
		for b.Loop() {
			if err := s.UnmarshalText(text); err != nil {
				b.Fatal(err)
			}
		}
	})
}
