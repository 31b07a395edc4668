package schema

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Problem is one thing wrong with a document: where it is, a stable code
// that programs can match on, and a message for people.
//
// Problem is the one problem type of the library: schema validation, the
// tracking package's rules across records and the maturity loaders all
// report with it, so a caller sees a single list.
type Problem struct {
	// Pointer is the RFC 6901 JSON pointer to the value at fault; the empty
	// string points at the whole document.
	Pointer string `json:"pointer"`
	// Code is a stable, dot-separated identifier such as "reference.unknown"
	// or, for schema failures, "schema.required". Codes never change meaning.
	Code string `json:"code"`
	// Message explains the problem in English.
	Message string `json:"message"`
}

// String formats the problem as "pointer: message [code]", with "/" standing
// for the whole document.
func (p Problem) String() string {
	ptr := p.Pointer
	if ptr == "" {
		ptr = "/"
	}
	return ptr + ": " + p.Message + " [" + p.Code + "]"
}

// Problems is a list of problems. A nil or empty list means no problem was
// found. Problems implements error so that a function can return every
// problem at once.
type Problems []Problem

// Error joins the problems, one per line.
func (ps Problems) Error() string {
	switch len(ps) {
	case 0:
		return "no problems"
	case 1:
		return ps[0].String()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d problems:", len(ps))
	for _, p := range ps {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// Err returns ps as an error, or nil when ps is empty, so that an empty list
// never becomes a non-nil error.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Add appends a problem built from a pointer, a code and a formatted message.
func (ps *Problems) Add(pointer, code, format string, args ...any) {
	*ps = append(*ps, Problem{Pointer: pointer, Code: code, Message: fmt.Sprintf(format, args...)})
}

// Normalize sorts the problems by JSON pointer (ComparePointers), then by
// code and message, and removes exact duplicates. It returns the shortened
// list.
func (ps Problems) Normalize() Problems {
	slices.SortFunc(ps, Compare)
	return slices.Compact(ps)
}

// Covers reports whether one of the problems points at pointer or at a
// value that holds it ("/a" covers "/a" and "/a/b", not "/ab"). A problem
// about the whole document (the empty pointer) covers nothing, so that it
// does not hide the problems of its parts.
func (ps Problems) Covers(pointer string) bool {
	for _, p := range ps {
		if p.Pointer != "" && (pointer == p.Pointer || strings.HasPrefix(pointer, p.Pointer+"/")) {
			return true
		}
	}
	return false
}

// Compare orders two problems by pointer (ComparePointers), then code, then
// message.
func Compare(a, b Problem) int {
	if c := ComparePointers(a.Pointer, b.Pointer); c != 0 {
		return c
	}
	if c := strings.Compare(a.Code, b.Code); c != 0 {
		return c
	}
	return strings.Compare(a.Message, b.Message)
}

// ComparePointers orders JSON pointers token by token, comparing array
// indexes as numbers, so that "/items/2" comes before "/items/10" and a
// pointer comes before the pointers beneath it.
func ComparePointers(a, b string) int {
	for {
		if a == b {
			return 0
		}
		if a == "" {
			return -1
		}
		if b == "" {
			return 1
		}
		ta, ra := firstToken(a)
		tb, rb := firstToken(b)
		if ta != tb {
			na, errA := strconv.ParseUint(ta, 10, 64)
			nb, errB := strconv.ParseUint(tb, 10, 64)
			switch {
			case errA == nil && errB == nil:
				return cmp.Compare(na, nb)
			case errA == nil:
				return -1
			case errB == nil:
				return 1
			}
			return strings.Compare(ta, tb)
		}
		a, b = ra, rb
	}
}

// firstToken splits "/a/b" into "a" and "/b". The token stays escaped: the
// order of escaped tokens is stable, which is all sorting needs.
func firstToken(p string) (token, rest string) {
	p = strings.TrimPrefix(p, "/")
	if i := strings.IndexByte(p, '/'); i >= 0 {
		return p[:i], p[i:]
	}
	return p, ""
}

// Pointer builds an RFC 6901 JSON pointer from reference tokens. Strings are
// escaped ("~" as "~0", "/" as "~1"); integers become array indexes.
func Pointer(tokens ...any) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		switch v := t.(type) {
		case string:
			b.WriteString(EscapeToken(v))
		case int:
			b.WriteString(strconv.Itoa(v))
		default:
			b.WriteString(EscapeToken(fmt.Sprint(v)))
		}
	}
	return b.String()
}

// EscapeToken escapes one reference token of a JSON pointer.
func EscapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}
