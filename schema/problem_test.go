package schema_test

import (
	"encoding/json"
	"slices"
	"testing"
	"unicode"

	"github.com/nmirf/nmirf/schema"
)

func TestProblemString(t *testing.T) {
	for _, c := range []struct {
		p    schema.Problem
		want string
	}{
		{schema.Problem{Code: "c", Message: "m"}, "/: m [c]"},
		{schema.Problem{Pointer: "/a", Code: "c", Message: "m", Location: schema.Location{File: "d.json"}}, "d.json: /a: m [c]"},
		{schema.Problem{Pointer: "/actions/3/title", Code: "c", Message: "m", Location: schema.Location{File: "plan.xlsx", Sheet: "Actions", Cell: "C14"}}, "plan.xlsx:Actions!C14: /actions/3/title: m [c]"},
		{schema.Problem{Pointer: "/a", Code: "c", Message: "m", Location: schema.Location{Sheet: "My actions", Cell: "B2"}}, "'My actions'!B2: /a: m [c]"},
		{schema.Problem{Pointer: "/a", Code: "c", Message: "m", Location: schema.Location{File: "e.csv", Line: 3, Column: 7}}, "e.csv:3:7: /a: m [c]"},
		{schema.Problem{Pointer: "/a", Code: "c", Message: "m", Location: schema.Location{Line: 3}}, "line 3: /a: m [c]"},
		{schema.Problem{Pointer: "/a\nb", Code: "c", Message: "two\nlines\t!"}, `/a\nb: two\nlines\t! [c]`},
		// A key with a newline, a tab, a carriage return or an escape
		// character stays on one line.
		{schema.Problem{Pointer: "/entities/0/name/e\r\nn", Code: "c", Message: "m"}, `/entities/0/name/e\r\nn: m [c]`},
		{schema.Problem{Pointer: "/x\tkey", Code: "c", Message: "\x1b[31mred"}, `/x\tkey: \x1b[31mred [c]`},
		// Characters that turn the direction of the rest of the line
		// (right-to-left override, isolates, marks) are shown, not obeyed,
		// so that the pointer, the message and the code keep their order.
		{schema.Problem{Pointer: "/a\u202egnp.exe", Code: "c", Message: "m"}, `/a\u202egnp.exe: m [c]`},
		{schema.Problem{Pointer: "/\u2067x\u2069/\u200f", Code: "c", Message: "\u061c\u200e"}, `/\u2067x\u2069/\u200f: \u061c\u200e [c]`},
		// Line and paragraph separators break lines in some terminals.
		{schema.Problem{Pointer: "/a\u2028b\u2029", Code: "c", Message: "m"}, `/a\u2028b\u2029: m [c]`},
		// Arabic text, and the file of the location, as they are but for
		// a newline in the file's name.
		{schema.Problem{Pointer: "/name/ar", Code: "c", Message: "النص فارغ", Location: schema.Location{File: "a\nb.json"}}, `a\nb.json: /name/ar: النص فارغ [c]`},
	} {
		if got := c.p.String(); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

func TestProblemJSON(t *testing.T) {
	p := schema.Problem{Pointer: "/a", Code: "c", Message: "m"}
	data, err := json.Marshal(p)
	if err != nil || string(data) != `{"pointer":"/a","code":"c","message":"m"}` {
		t.Errorf("a bare problem: %s, %v", data, err)
	}
	p = schema.Problem{
		Pointer: "/actions/0/status", Code: "schema.enum", Message: "m", Key: "schema.enum#codelist",
		Args:     schema.Args{"value": "done", "allowed": "in_preparation, in_progress, completed"},
		Record:   schema.RecordRef{Kind: "action", ID: "0190d7a4-5b1e-7c3a-9f12-3456789abcde"},
		Location: schema.Location{File: "plan.xlsx", Sheet: "Actions", Cell: "F2"},
	}
	data, err = json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back schema.Problem
	if err := json.Unmarshal(data, &back); err != nil || !back.Equal(p) {
		t.Errorf("round trip: %+v, %v\n%s", back, err, data)
	}
	if p.MessageKey() != "schema.enum#codelist" || (schema.Problem{Code: "x"}).MessageKey() != "x" {
		t.Error("MessageKey")
	}
}

func TestFormat(t *testing.T) {
	for _, c := range []struct{ template, want string }{
		{"plain", "plain"},
		{"{value} is not a code of {list}", "done is not a code of action-status"},
		{"{missing} stays", "{missing} stays"},
		{"{{literal}} and }}", "{literal} and }"},
		{"open {value", "open {value"},
	} {
		if got := schema.Format(c.template, schema.Args{"value": "done", "list": "action-status"}); got != c.want {
			t.Errorf("%q: got %q, want %q", c.template, got, c.want)
		}
	}
	var ps schema.Problems
	ps.Report("/a", "c", "{n} items", schema.Args{"n": "3"})
	if ps[0].Message != "3 items" || ps[0].Args["n"] != "3" {
		t.Errorf("Report: %+v", ps[0])
	}
}

// TestNormalizeOrder checks that problems sort by file, then pointer, then
// the rest, and that exact duplicates go.
func TestNormalizeOrder(t *testing.T) {
	a := schema.Problem{Pointer: "/b", Code: "c", Message: "m", Location: schema.Location{File: "a.json"}}
	b := schema.Problem{Pointer: "/a", Code: "c", Message: "m", Location: schema.Location{File: "b.json"}}
	c := schema.Problem{Pointer: "/a", Code: "c", Message: "m", Location: schema.Location{File: "b.json"}, Record: schema.RecordRef{Kind: "action", ID: "x"}}
	d := schema.Problem{Pointer: "/a", Code: "c", Message: "m", Location: schema.Location{File: "b.json"}, Args: schema.Args{"v": "1"}}
	got := schema.Problems{d, c, b, a, b}.Normalize()
	want := schema.Problems{a, b, d, c}
	if !slices.EqualFunc(got, want, schema.Problem.Equal) {
		t.Errorf("got\n%v\nwant\n%v", got, want)
	}
	ps := schema.Problems{{Code: "x"}, {Code: "y", Location: schema.Location{Sheet: "S", Cell: "A1"}}}.At(schema.Location{File: "f.xlsx"})
	if ps[0].Location.File != "f.xlsx" || ps[1].Location != (schema.Location{File: "f.xlsx", Sheet: "S", Cell: "A1"}) {
		t.Errorf("At: %+v", ps)
	}
}

// FuzzProblemString checks that a problem always takes one line, and that
// no character in it turns the direction of what follows.
func FuzzProblemString(f *testing.F) {
	for _, s := range []string{"/a\nb", "\u202e", "\u2028", "النص", "\x00", "\r\n\t"} {
		f.Add(s, s, s)
	}
	f.Fuzz(func(t *testing.T, pointer, message, file string) {
		s := schema.Problem{Pointer: pointer, Code: "c", Message: message, Location: schema.Location{File: file, Sheet: file}}.String()
		for _, r := range s {
			if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == '\u202e' || r == '\u2067' || r == '\u200f' {
				t.Fatalf("%q holds %U", s, r)
			}
		}
	})
}
