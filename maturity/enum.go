package maturity

import (
	"fmt"
	"slices"
	"sync"

	"github.com/nmirf/nmirf/schema"
)

// Level is a maturity level of a criterion, a dimension or a mechanism,
// from LevelAbsent (rank 0) to LevelAdvanced (rank 4). Its values are the
// codelist "maturity-level" of the standard. The empty Level means "no
// level": a criterion not answered, or a figure that could not be computed.
type Level string

// The levels, lowest first.
const (
	LevelAbsent      Level = "absent"
	LevelNascent     Level = "nascent"
	LevelEmerging    Level = "emerging"
	LevelEstablished Level = "established"
	LevelAdvanced    Level = "advanced"
)

var levelValues = []Level{LevelAbsent, LevelNascent, LevelEmerging, LevelEstablished, LevelAdvanced}

// MaxRank is the rank of the highest level, LevelAdvanced.
const MaxRank = 4

// Values returns every Level, lowest first.
func (Level) Values() []Level { return slices.Clone(levelValues) }

// Valid reports whether l is one of the five levels.
func (l Level) Valid() bool { return slices.Contains(levelValues, l) }

// String returns the level's code.
func (l Level) String() string { return string(l) }

// Rank returns the level's number: 0 for LevelAbsent to 4 for
// LevelAdvanced, and -1 for the empty or an unknown level.
func (l Level) Rank() int { return slices.Index(levelValues, l) }

// LevelOf returns the level of rank r, clamped to the range 0 to 4.
func LevelOf(r int) Level { return levelValues[min(max(r, 0), MaxRank)] }

// Next returns the level above l, and false when l is LevelAdvanced or not
// a level.
func (l Level) Next() (Level, bool) {
	r := l.Rank()
	if r < 0 || r == MaxRank {
		return "", false
	}
	return levelValues[r+1], true
}

// Title returns the English title of the level from its codelist.
func (l Level) Title() string { return codeTitle("maturity-level", string(l)) }

// MarshalText returns the code, or an error for a value that is not a level.
func (l Level) MarshalText() ([]byte, error) { return marshalEnum(l, l.Valid()) }

// UnmarshalText accepts the code of a level and rejects anything else.
func (l *Level) UnmarshalText(text []byte) error { return unmarshalEnum(l, text, levelValues) }

// Method is how the answers of several respondents to one criterion
// consolidate into one level. Its values are the codelist
// "consolidation-method" of the standard.
type Method string

// The consolidation methods.
const (
	// MethodMedian takes the median level; with an even number of answers,
	// the lower of the two middle levels. It is the default: one outlier
	// cannot move it, and it never rounds a claim up.
	MethodMedian Method = "median"
	// MethodMinimum takes the lowest level: a criterion is only as mature
	// as its most sceptical respondent finds it.
	MethodMinimum Method = "minimum"
	// MethodMean takes the mean rank, rounded down to a level.
	MethodMean Method = "mean"
)

var methodValues = []Method{MethodMedian, MethodMinimum, MethodMean}

// Values returns every Method.
func (Method) Values() []Method { return slices.Clone(methodValues) }

// Valid reports whether m is a known method.
func (m Method) Valid() bool { return slices.Contains(methodValues, m) }

// String returns the method's code.
func (m Method) String() string { return string(m) }

// Title returns the English title of the method from its codelist.
func (m Method) Title() string { return codeTitle("consolidation-method", string(m)) }

// MarshalText returns the code, or an error for an unknown method.
func (m Method) MarshalText() ([]byte, error) { return marshalEnum(m, m.Valid()) }

// UnmarshalText accepts the code of a method and rejects anything else.
func (m *Method) UnmarshalText(text []byte) error { return unmarshalEnum(m, text, methodValues) }

// Confidence says how far the evidence bears out a criterion's level. Its
// values are the codelist "maturity-confidence" of the standard.
type Confidence string

// The degrees of confidence.
const (
	// ConfidenceHigh: evidence is given and the tracking data, where they
	// measure the criterion, support the level.
	ConfidenceHigh Confidence = "high"
	// ConfidenceMedium: either evidence is given or the data support the
	// level, not both.
	ConfidenceMedium Confidence = "medium"
	// ConfidenceLow: no evidence and no support from the data, or the data
	// show less than claimed, or the respondents are two levels or more
	// apart.
	ConfidenceLow Confidence = "low"
)

var confidenceValues = []Confidence{ConfidenceHigh, ConfidenceMedium, ConfidenceLow}

// Values returns every Confidence, highest first.
func (Confidence) Values() []Confidence { return slices.Clone(confidenceValues) }

// Valid reports whether c is a known degree of confidence.
func (c Confidence) Valid() bool { return slices.Contains(confidenceValues, c) }

// String returns the code.
func (c Confidence) String() string { return string(c) }

// Weight returns the share the degree counts for in a confidence figure: 1
// for high, 0.5 for medium, 0 for low and for unknown values.
func (c Confidence) Weight() float64 {
	switch c {
	case ConfidenceHigh:
		return 1
	case ConfidenceMedium:
		return 0.5
	}
	return 0
}

// MarshalText returns the code, or an error for an unknown value.
func (c Confidence) MarshalText() ([]byte, error) { return marshalEnum(c, c.Valid()) }

// UnmarshalText accepts a known code and rejects anything else.
func (c *Confidence) UnmarshalText(text []byte) error {
	return unmarshalEnum(c, text, confidenceValues)
}

// Status says how a criterion stands in a result. Its values are the
// codelist "criterion-status" of the standard.
type Status string

// The statuses of a criterion.
const (
	// StatusAnswered: at least one respondent gave a level; the criterion
	// is scored.
	StatusAnswered Status = "answered"
	// StatusNotApplicable: every respondent who answered found the
	// criterion not applicable, with a justification; it is left out of
	// the score and of the coverage.
	StatusNotApplicable Status = "not_applicable"
	// StatusUnanswered: no respondent answered; the criterion is left out
	// of the score and lowers the coverage.
	StatusUnanswered Status = "unanswered"
)

var statusValues = []Status{StatusAnswered, StatusNotApplicable, StatusUnanswered}

// Values returns every Status.
func (Status) Values() []Status { return slices.Clone(statusValues) }

// Valid reports whether s is a known status.
func (s Status) Valid() bool { return slices.Contains(statusValues, s) }

// String returns the code.
func (s Status) String() string { return string(s) }

// MarshalText returns the code, or an error for an unknown status.
func (s Status) MarshalText() ([]byte, error) { return marshalEnum(s, s.Valid()) }

// UnmarshalText accepts a known code and rejects anything else.
func (s *Status) UnmarshalText(text []byte) error { return unmarshalEnum(s, text, statusValues) }

func marshalEnum[T ~string](v T, valid bool) ([]byte, error) {
	if !valid {
		return nil, fmt.Errorf("maturity: %q is not a valid %T", string(v), v)
	}
	return []byte(v), nil
}

func unmarshalEnum[T ~string](v *T, text []byte, values []T) error {
	if !slices.Contains(values, T(text)) {
		return fmt.Errorf("maturity: %q is not a valid %T; valid values are %q", text, *v, values)
	}
	*v = T(text)
	return nil
}

// codelists holds the titles of the codelists this package reads, by
// codelist and code. They are embedded in package schema, so reading them
// cannot fail unless the build is broken, which the tests catch.
var codelists = sync.OnceValue(func() map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, name := range []string{"maturity-level", "consolidation-method", "maturity-confidence", "criterion-status", "maturity-fact"} {
		codes, err := schema.Codelist(name)
		if err != nil {
			continue
		}
		m := make(map[string]string, len(codes))
		for _, c := range codes {
			m[c.Code] = c.Title
		}
		out[name] = m
	}
	return out
})

func codeTitle(list, code string) string { return codelists()[list][code] }
