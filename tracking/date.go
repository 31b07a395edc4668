package tracking

import (
	"cmp"
	"fmt"
	"time"
)

// PrecisionNone is the precision of the zero date, which means "no date".
const PrecisionNone Precision = ""

// PartialDate is a calendar date of which only the year, or the year and
// month, may be known: "2025", "2025-06" or "2025-06-30". Plans and reports
// often give no more than that. The zero PartialDate means "no date".
type PartialDate struct {
	year, month, day int
}

// Year returns the date that is only the year y.
func Year(y int) PartialDate { return PartialDate{year: y} }

// YearMonth returns the date that is only the month m of year y.
func YearMonth(y int, m time.Month) PartialDate { return PartialDate{year: y, month: int(m)} }

// Date returns the full date y-m-d.
func Date(y int, m time.Month, d int) PartialDate {
	return PartialDate{year: y, month: int(m), day: d}
}

// DateOf returns the full date of t, in t's location.
func DateOf(t time.Time) PartialDate {
	y, m, d := t.Date()
	return Date(y, m, d)
}

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a year from 0001
// to 9999 and a day that exists in its month.
func ParseDate(s string) (PartialDate, error) {
	bad := func(why string) (PartialDate, error) {
		return PartialDate{}, fmt.Errorf("tracking: %q is not a date as YYYY, YYYY-MM or YYYY-MM-DD: %s", s, why)
	}
	num := func(part string) (int, bool) {
		n := 0
		for _, c := range []byte(part) {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	var d PartialDate
	var ok bool
	switch len(s) {
	case 4, 7, 10:
	default:
		return bad("wrong length")
	}
	if d.year, ok = num(s[:4]); !ok || d.year == 0 {
		return bad("the year must be four digits from 0001")
	}
	if len(s) >= 7 {
		if s[4] != '-' {
			return bad("a hyphen must follow the year")
		}
		if d.month, ok = num(s[5:7]); !ok || d.month < 1 || d.month > 12 {
			return bad("the month must be two digits from 01 to 12")
		}
	}
	if len(s) == 10 {
		if s[7] != '-' {
			return bad("a hyphen must follow the month")
		}
		if d.day, ok = num(s[8:10]); !ok || d.day < 1 || d.day > daysIn(d.year, d.month) {
			return bad("no such day in that month")
		}
	}
	return d, nil
}

// MustParseDate is like ParseDate but panics on error. It is meant for dates
// written in code and tests.
func MustParseDate(s string) PartialDate {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether d is the zero date, which means "no date".
func (d PartialDate) IsZero() bool { return d == PartialDate{} }

// Valid reports whether d is the zero date or a date ParseDate would accept.
func (d PartialDate) Valid() bool {
	switch {
	case d.IsZero():
		return true
	case d.year < 1 || d.year > 9999 || d.month < 0 || d.month > 12 || d.day < 0:
		return false
	case d.month == 0:
		return d.day == 0
	}
	return d.day <= daysIn(d.year, d.month)
}

// Precision returns how much of d is known.
func (d PartialDate) Precision() Precision {
	switch {
	case d.IsZero():
		return PrecisionNone
	case d.month == 0:
		return PrecisionYear
	case d.day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

// Year returns the year of d, or 0 for the zero date.
func (d PartialDate) Year() int { return d.year }

// Month returns the month of d, or 0 when it is not known.
func (d PartialDate) Month() time.Month { return time.Month(d.month) }

// Day returns the day of d, or 0 when it is not known.
func (d PartialDate) Day() int { return d.day }

// First returns the first day d covers, at midnight UTC: 2025 → 2025-01-01.
// It returns the zero time for the zero date.
func (d PartialDate) First() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	m, day := max(d.month, 1), max(d.day, 1)
	return time.Date(d.year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Last returns the last day d covers, at midnight UTC: 2025 → 2025-12-31,
// 2025-02 → 2025-02-28. A deadline given as a partial date is met on any day
// up to Last. It returns the zero time for the zero date.
func (d PartialDate) Last() time.Time {
	switch d.Precision() {
	case PrecisionNone:
		return time.Time{}
	case PrecisionYear:
		return time.Date(d.year, 12, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.year, time.Month(d.month), daysIn(d.year, d.month), 0, 0, 0, 0, time.UTC)
	}
	return d.First()
}

// Compare orders dates by their first day, and a less precise date before a
// more precise one that starts on the same day ("2025" < "2025-01" <
// "2025-01-01" < "2025-01-02" < "2025-02"). The zero date comes first.
func (d PartialDate) Compare(e PartialDate) int {
	if c := cmp.Compare(d.year, e.year); c != 0 {
		return c
	}
	if c := cmp.Compare(d.month, e.month); c != 0 {
		return c
	}
	return cmp.Compare(d.day, e.day)
}

// Before reports whether every day d covers is before every day e covers:
// "2025-05" is before "2025-06-01", but "2025" is not before "2025-06".
func (d PartialDate) Before(e PartialDate) bool {
	return !d.IsZero() && !e.IsZero() && d.Last().Before(e.First())
}

// String returns the date as "YYYY", "YYYY-MM" or "YYYY-MM-DD", or "" for
// the zero date.
func (d PartialDate) String() string {
	switch d.Precision() {
	case PrecisionNone:
		return ""
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.year)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.year, d.month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
}

// MarshalText returns the date as ParseDate reads it.
func (d PartialDate) MarshalText() ([]byte, error) {
	if d.IsZero() || !d.Valid() {
		return nil, fmt.Errorf("tracking: cannot write the invalid date %+v", d)
	}
	return []byte(d.String()), nil
}

// UnmarshalText parses the date with ParseDate.
func (d *PartialDate) UnmarshalText(text []byte) error {
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
