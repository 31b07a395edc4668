package maturity

//go:generate go run ../internal/cmd/enumgen -pkg maturity -codelists ../schema/codelists -o enums_gen.go

import "slices"

// MaxRank is the rank of the highest level, LevelAdvanced.
const MaxRank = 4

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
