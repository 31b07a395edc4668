package tracking_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// TestMistakesReachTheUser checks that a code mistyped in a dataset (a
// title for a code, a country's name, UPR Info's word for a position)
// reaches the user of Check and of Decode with the code of the keyword, at
// the value, with the suggestion and the allowed codes as arguments: the
// typed enumerations of the strict pass reject the value, and the schema's
// reading words it.
func TestMistakesReachTheUser(t *testing.T) {
	data, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	for _, r := range [][2]string{
		{`"state": "XFS"`, `"state": "Morocco"`},
		{`"position": {"value": "noted"}`, `"position": {"value": "Rejected"}`},
		{`"status": "in_preparation"`, `"status": "In preparation"`},
	} {
		if !strings.Contains(doc, r[0]) {
			t.Fatalf("the dataset has no %s", r[0])
		}
		doc = strings.Replace(doc, r[0], r[1], 1)
	}
	want := map[string]schema.Args{
		"/state":                            {"value": "Morocco", "codelist": "country", "suggestion": "MAR"},
		"/recommendations/1/position/value": {"value": "Rejected", "codelist": "position", "suggestion": "noted", "allowed": "supported, supported_in_part, noted"},
		"/actions/1/status":                 {"value": "In preparation", "codelist": "action-status", "suggestion": "in_preparation", "allowed": "in_preparation, in_progress, completed, cancelled"},
	}
	check := func(how string, ps schema.Problems) {
		t.Helper()
		found := 0
		for _, p := range ps {
			args, ok := want[p.Pointer]
			if !ok {
				continue
			}
			found++
			if p.Code != "schema.enum" || !strings.Contains(p.Message, `did you mean "`+args["suggestion"]+`"?`) {
				t.Errorf("%s: %v", how, p)
			}
			for name, v := range args {
				if p.Args[name] != v {
					t.Errorf("%s: %s: the argument %s is %q, want %q", how, p.Pointer, name, p.Args[name], v)
				}
			}
		}
		if found != len(want) {
			t.Errorf("%s: %d of the %d mistakes reported:\n%v", how, found, len(want), ps)
		}
	}
	_, ps := tracking.Check([]byte(doc))
	check("Check", ps)
	_, err = tracking.Decode([]byte(doc))
	var dps schema.Problems
	if !errors.As(err, &dps) {
		t.Fatalf("Decode: %v", err)
	}
	check("Decode", dps)
}

// TestFieldRulesSuggest checks that a dataset built in Go, whose codes the
// field rules check, gets the same suggestion as a document does: the
// codelist named as the standard names it and the code it likely meant.
func TestFieldRulesSuggest(t *testing.T) {
	ds, err := tracking.Decode(mustRead(t, "testdata/valid.json"))
	if err != nil {
		t.Fatal(err)
	}
	ds.Actions[1].Status = "done"
	ds.Actions[0].Status = "finally"
	var got []schema.Problem
	for _, p := range tracking.Validate(ds) {
		if p.Code == "field.enum" {
			got = append(got, p)
		}
	}
	want := map[string]schema.Args{
		"/actions/0/status": {"value": "finally", "codelist": "action-status"},
		"/actions/1/status": {"value": "done", "codelist": "action-status", "suggestion": "completed"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d enum problems, want %d: %v", len(got), len(want), got)
	}
	for _, p := range got {
		args := want[p.Pointer]
		if len(p.Args) != len(args) {
			t.Errorf("%s: arguments %v, want %v", p.Pointer, p.Args, args)
		}
		for k, v := range args {
			if p.Args[k] != v {
				t.Errorf("%s: argument %s is %q, want %q", p.Pointer, k, p.Args[k], v)
			}
		}
	}
	if !strings.Contains(got[1].Message+got[0].Message, `did you mean "completed"?`) {
		t.Errorf("no suggestion in %v", got)
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
