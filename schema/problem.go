package schema

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Problem is one thing wrong with a document: where it is, a stable code
// that programs can match on, the arguments of its message and a message
// for people.
//
// Problem is the one problem type of the library: schema validation, the
// tracking package's rules across records, the importers and readers of
// other formats and the maturity loaders all report with it, so a caller
// sees a single list.
//
// The shape is part of the stable API: fields may be added, none removed or
// given another meaning. Pointer, Code and Message are always set (Pointer
// may be empty: the whole document); Args, Record and Location are set where
// they apply and are absent from JSON otherwise.
type Problem struct {
	// Pointer is the RFC 6901 JSON pointer to the value at fault; the empty
	// string points at the whole document. For a document read from
	// another format (a workbook, a CSV export) it points at the value in
	// the JSON form of the same document, and Location says where the
	// value stands in the file.
	Pointer string `json:"pointer"`
	// Code is a stable, dot-separated identifier such as "reference.unknown"
	// or, for schema failures, "schema.required". Codes never change meaning.
	Code string `json:"code"`
	// Message explains the problem in English.
	Message string `json:"message"`
	// Args holds the values the message names, by name (such as "value"
	// and "allowed" for a code outside its codelist), as text: numbers in
	// JSON notation, dates as the standard writes them. With Code they let
	// a host or a message catalogue render the problem in another language
	// without parsing Message.
	Args map[string]string `json:"args,omitempty"`
	// Key is the key of the message in a message catalogue when the code
	// is worded in more than one way: the code, "#" and the variant, such
	// as "result.inconsistent#counts". It is empty when the key is the code
	// itself (see MessageKey).
	Key string `json:"key,omitzero"`
	// Record is the record the problem concerns, when it concerns one
	// (a recommendation of a dataset, a criterion of a framework), so that
	// a problem can be followed across a reordering of the records and
	// across edits of the record.
	Record RecordRef `json:"record,omitzero"`
	// Location says where the value stands outside JSON: the file, and a
	// sheet and cell of a workbook or a line of a text file.
	Location Location `json:"location,omitzero"`
}

// RecordRef names a record by its kind and its ID: for a dataset, a kind of
// the record-kind codelist ("recommendation", "action", ...) and the
// record's UUID; for the self-assessment documents, "source", "dimension",
// "criterion" or "respondent" and the key.
type RecordRef struct {
	// Kind is the kind of record.
	Kind string `json:"kind"`
	// ID is the record's ID or key; it may be empty when the record has
	// none yet (a new row of a workbook).
	ID string `json:"id,omitzero"`
}

// IsZero reports whether r names no record.
func (r RecordRef) IsZero() bool { return r == RecordRef{} }

// String formats the reference as "kind id".
func (r RecordRef) String() string {
	if r.ID == "" {
		return r.Kind
	}
	return r.Kind + " " + r.ID
}

// Location says where a value stands in a file that is not read as a JSON
// document: a workbook's sheet and cell, or the line and column of a text
// file. Fields that do not apply are zero.
type Location struct {
	// File is the file's name, as the caller gave it.
	File string `json:"file,omitzero"`
	// Sheet is the name of a workbook's sheet.
	Sheet string `json:"sheet,omitzero"`
	// Cell is a cell of Sheet in A1 notation ("C14"), or a column ("C") or
	// a row ("14") when the problem concerns all of it.
	Cell string `json:"cell,omitzero"`
	// Line is a line of a text file, counting from 1.
	Line int `json:"line,omitzero"`
	// Column is a column of Line, counting characters from 1.
	Column int `json:"column,omitzero"`
}

// IsZero reports whether l says nothing.
func (l Location) IsZero() bool { return l == Location{} }

// String formats the location as "file:line:column", "file:Sheet!C14" or
// the parts of those that are set. A sheet name that holds anything but
// letters, digits and "_" is quoted as a spreadsheet quotes it
// ('My sheet'!C14).
func (l Location) String() string {
	var b strings.Builder
	b.WriteString(l.File)
	if l.Sheet != "" || l.Cell != "" {
		if b.Len() > 0 {
			b.WriteByte(':')
		}
		if l.Sheet != "" {
			b.WriteString(quoteSheet(l.Sheet))
			b.WriteByte('!')
		}
		b.WriteString(l.Cell)
	}
	if l.Line > 0 {
		if b.Len() > 0 {
			b.WriteByte(':')
		} else {
			b.WriteString("line ")
		}
		b.WriteString(strconv.Itoa(l.Line))
		if l.Column > 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(l.Column))
		}
	}
	return b.String()
}

// quoteSheet quotes a sheet name for an A1 reference when it needs it.
func quoteSheet(name string) string {
	for _, r := range name {
		if !(r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return "'" + strings.ReplaceAll(name, "'", "''") + "'"
		}
	}
	return name
}

// String formats the problem as "location: pointer: message [code]", with
// "/" standing for the whole document and the location left out when it is
// zero. Control characters, line and paragraph separators and the
// characters that change the direction of text (U+202E and the like) in
// any part are escaped as Go writes them in a quoted string ("\n", "\t",
// "\u202e"), so that a problem always takes one line and shows its parts in
// the order they come. Letters of any script, Arabic included, are left as
// they are.
func (p Problem) String() string {
	ptr := p.Pointer
	if ptr == "" {
		ptr = "/"
	}
	s := oneLine(ptr) + ": " + oneLine(p.Message) + " [" + oneLine(p.Code) + "]"
	if loc := p.Location.String(); loc != "" {
		s = oneLine(loc) + ": " + s
	}
	return s
}

// escaped reports whether oneLine escapes r: a control character, a line
// or paragraph separator, or a character that embeds, overrides or
// isolates the direction of text.
func escaped(r rune) bool {
	switch {
	case unicode.IsControl(r), r == '\u2028', r == '\u2029':
		return true
	case r == '\u061c', r == '\u200e', r == '\u200f', r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// oneLine escapes the characters of s that escaped reports as Go writes
// them in a quoted string ("\n", "\t", "\x1b", "\u202e"), leaving
// everything else as it is.
func oneLine(s string) string {
	if !strings.ContainsFunc(s, escaped) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if escaped(r) {
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// MessageKey returns the key of the problem's message in a message
// catalogue: Key, or Code when Key is empty.
func (p Problem) MessageKey() string {
	if p.Key != "" {
		return p.Key
	}
	return p.Code
}

// Equal reports whether two problems are the same in every field.
func (p Problem) Equal(q Problem) bool {
	return p.Pointer == q.Pointer && p.Code == q.Code && p.Message == q.Message &&
		p.Key == q.Key && p.Record == q.Record && p.Location == q.Location && maps.Equal(p.Args, q.Args)
}

// Args holds the named arguments of a problem's message (Problem.Args).
type Args = map[string]string

// Format returns template with every "{name}" replaced by args[name]. A
// name that args lacks is left as it is, braces included, so that a
// mistake shows; "{{" and "}}" stand for single braces.
func Format(template string, args Args) string {
	if !strings.ContainsAny(template, "{}") {
		return template
	}
	var b strings.Builder
	for i := 0; i < len(template); i++ {
		c := template[i]
		switch {
		case c == '{' && i+1 < len(template) && template[i+1] == '{':
			b.WriteByte('{')
			i++
		case c == '}' && i+1 < len(template) && template[i+1] == '}':
			b.WriteByte('}')
			i++
		case c == '{':
			end := strings.IndexByte(template[i:], '}')
			if end < 0 {
				b.WriteString(template[i:])
				return b.String()
			}
			name := template[i+1 : i+end]
			if v, ok := args[name]; ok {
				b.WriteString(v)
			} else {
				b.WriteString(template[i : i+end+1])
			}
			i += end
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
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

// Report appends a problem whose message is the English template with its
// "{name}" placeholders filled from args (see Format), keeping args as the
// problem's arguments. A package that reports problems builds them from
// its message catalogue instead (Catalogue.Problem), so that the template
// can be found again by the problem's MessageKey.
func (ps *Problems) Report(pointer, code, template string, args Args) {
	if ps == nil {
		return
	}
	*ps = append(*ps, Problem{Pointer: pointer, Code: code, Message: Format(template, args), Args: args})
}

// At returns the problems with loc set as the location of each problem that
// has none, and its File set where the location lacks one. It changes ps in
// place and returns it.
func (ps Problems) At(loc Location) Problems {
	for i := range ps {
		switch {
		case ps[i].Location.IsZero():
			ps[i].Location = loc
		case ps[i].Location.File == "":
			ps[i].Location.File = loc.File
		}
	}
	return ps
}

// Normalize sorts the problems (see Compare) and removes exact duplicates.
// It returns the shortened list.
func (ps Problems) Normalize() Problems {
	slices.SortFunc(ps, Compare)
	return slices.CompactFunc(ps, Problem.Equal)
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

// Compare orders two problems by file, then by JSON pointer
// (ComparePointers), then by code, message, record, the rest of the
// location and the arguments, so that sorting gives one order whatever
// order the problems were found in.
func Compare(a, b Problem) int {
	if c := strings.Compare(a.Location.File, b.Location.File); c != 0 {
		return c
	}
	if c := ComparePointers(a.Pointer, b.Pointer); c != 0 {
		return c
	}
	if c := strings.Compare(a.Code, b.Code); c != 0 {
		return c
	}
	if c := strings.Compare(a.Message, b.Message); c != 0 {
		return c
	}
	if c := strings.Compare(a.Key, b.Key); c != 0 {
		return c
	}
	if c := cmp.Or(strings.Compare(a.Record.Kind, b.Record.Kind), strings.Compare(a.Record.ID, b.Record.ID)); c != 0 {
		return c
	}
	la, lb := a.Location, b.Location
	if c := cmp.Or(strings.Compare(la.Sheet, lb.Sheet), strings.Compare(la.Cell, lb.Cell),
		cmp.Compare(la.Line, lb.Line), cmp.Compare(la.Column, lb.Column)); c != 0 {
		return c
	}
	return compareArgs(a.Args, b.Args)
}

// compareArgs orders two argument maps by their sorted names and values.
func compareArgs(a, b Args) int {
	ka, kb := slices.Sorted(maps.Keys(a)), slices.Sorted(maps.Keys(b))
	for i := range min(len(ka), len(kb)) {
		if c := cmp.Or(strings.Compare(ka[i], kb[i]), strings.Compare(a[ka[i]], b[kb[i]])); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(ka), len(kb))
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
