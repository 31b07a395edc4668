package maturity

import (
	"errors"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// TestErrorsAreProblems checks that the failures of writing, comparing,
// scoring and merging are schema.Problems from the catalogue, as the
// loaders' are, so that a host handles every error of the package one way
// and shows it in the reader's language.
func TestErrorsAreProblems(t *testing.T) {
	r := sampleResult(t)
	other := *r
	other.State = "XFT"
	later := *r
	later.Date = tracking.Year(2030)
	renamed := *r
	renamed.Framework.ID = "another"
	tests := []struct {
		name, pointer, key string
		err                error
	}{
		{"nil result", "", "document.missing#result", (*Result)(nil).WriteJSON(&strings.Builder{})},
		{"failing writer", "", "io.write#result", r.WriteJSON(failingWriter{})},
		{"nil results", "", "document.missing#compare", second(Compare(nil, r))},
		{"two States", "/state", "compare.mismatch#state", second(Compare(r, &other))},
		{"two frameworks", "/framework/id", "compare.mismatch#framework", second(Compare(r, &renamed))},
		{"swapped", "/date", "compare.order", second(Compare(&later, r))},
		{"no framework", "", "document.missing#score", second(Score(nil, &Assessment{}, nil))},
		{"method", "", "score.method", second(Scorer{Method: "average"}.Score(&Framework{}, &Assessment{}, nil))},
		{"nothing to merge", "", "document.missing#merge", second(Merge())},
	}
	for _, tt := range tests {
		var ps schema.Problems
		if !errors.As(tt.err, &ps) || len(ps) != 1 {
			t.Errorf("%s: %v is not one problem", tt.name, tt.err)
			continue
		}
		p := ps[0]
		key := p.Code
		if p.Key != "" {
			key = p.Key
		}
		if p.Pointer != tt.pointer || key != tt.key || p.Message == "" || strings.Contains(p.Message, "{") {
			t.Errorf("%s: %+v, want %s at %q", tt.name, p, tt.key, tt.pointer)
		}
	}
}

func second[T any](_ T, err error) error { return err }

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
