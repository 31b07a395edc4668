package schema_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/crosscheck"
	"github.com/nmirf/nmirf/internal/datagen"
	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

func loadCorpus(t *testing.T) []schematest.Case {
	t.Helper()
	cases, err := schematest.LoadCorpus("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

// goProblems validates a corpus document as its kind, or as a dataset for
// the malformed documents, which fail before any schema applies.
func goProblems(v *schema.Validator, c schematest.Case) schema.Problems {
	kind := c.Kind
	if kind == "" {
		kind = schema.KindDataset
	}
	if c.Version == "" {
		return v.Validate(kind, c.Data)
	}
	return v.ValidateAs(kind, c.Version, c.Data)
}

// TestCorpus validates every document of the corpus: the valid ones have no
// problem, the invalid and malformed ones exactly the problems of their
// .want file, each with a message.
func TestCorpus(t *testing.T) {
	v := schema.DefaultValidator()
	for _, c := range loadCorpus(t) {
		t.Run(c.Name, func(t *testing.T) {
			ps := goProblems(v, c)
			if c.Valid {
				if len(ps) > 0 {
					t.Fatalf("problems in a valid document:\n%v", ps)
				}
				return
			}
			if got := schematest.Wants(ps); !slices.Equal(got, c.Want) {
				t.Errorf("got\n%v\nwant\n%v\nmessages:\n%v", got, c.Want, ps)
			}
			for _, p := range ps {
				if p.Message == "" {
					t.Errorf("%s %s has no message", p.Pointer, p.Code)
				}
			}
		})
	}
}

// TestInliningChangesNothing compares the validator, which inlines the leaf
// definitions of the schemas, with one that compiles them as published: on
// the corpus and on generated datasets with faults, both report the same
// problems, messages included.
func TestInliningChangesNothing(t *testing.T) {
	published, err := schema.NewValidatorAsPublished(schema.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	inlined := schema.DefaultValidator()
	docs := map[string][]byte{}
	for _, c := range loadCorpus(t) {
		docs[c.Name] = c.Data
	}
	data, err := tracking.Encode(datagen.Dataset(40))
	if err != nil {
		t.Fatal(err)
	}
	docs["generated"] = data
	for _, fault := range []struct{ old, new string }{
		{`"status": "in_progress"`, `"status": "ongoing"`},
		{`"date": "2025-03-`, `"date": "2025-02-3`},
		{`"en": "Illustrative`, `"EN": "Illustrative`},
		{`"lead": true`, `"lead": "yes"`},
		{`"ref": "R1"`, `"ref": ""`},
		{`"unit": "percent"`, `"unit": "percent", "scale": 1`},
	} {
		docs["generated with "+fault.new] = bytes.ReplaceAll(data, []byte(fault.old), []byte(fault.new))
	}
	for name, doc := range docs {
		kind := schema.KindDataset
		if parts := strings.Split(name, "/"); len(parts) == 3 {
			kind = schema.Kind(parts[1])
		}
		want := published.Validate(kind, doc)
		got := inlined.Validate(kind, doc)
		if !slices.EqualFunc(got, want, schema.Problem.Equal) {
			t.Errorf("%s: inlined\n%v\nas published\n%v", name, got, want)
		}
	}
}

// TestCrossValidator validates the corpus with ajv, a JSON Schema validator
// for JavaScript, through schema/crossval/validate.mjs, and checks that it
// gives every document the verdict of the Go validator and reports the same
// JSON pointers, for every version the document is validated as: its own
// and each later one of the same major number. It needs Node and the
// packages of schema/crossval ("npm ci" there); without them it is
// skipped, and under CI=true it fails (see internal/crosscheck).
func TestCrossValidator(t *testing.T) {
	node := crosscheck.RequireCommand(t, "node", "apt-get install nodejs npm")
	if _, err := os.Stat(filepath.Join("crossval", "node_modules", "ajv", "package.json")); err != nil {
		crosscheck.Missing(t, "ajv", "cd schema/crossval && npm ci", err)
	}
	out, err := exec.Command(node, filepath.Join("crossval", "validate.mjs"), "--json", "testdata", ".").Output()
	if err != nil {
		t.Fatalf("validate.mjs: %v\n%s", err, out)
	}
	compareVerdicts(t, "ajv", out)
}

// TestPythonValidator does what TestCrossValidator does with Python's
// jsonschema package (4.10 or later, as Debian 12's python3-jsonschema),
// through schema/crossval/validate.py, with the interpreter
// crosscheck.Python finds; it is skipped without one, and fails under
// CI=true.
func TestPythonValidator(t *testing.T) {
	python := crosscheck.RequirePython(t, "python3-jsonschema", "jsonschema")
	out, err := exec.Command(python, filepath.Join("crossval", "validate.py"), "testdata", ".").Output()
	if err != nil {
		t.Fatalf("validate.py: %v\n%s", err, out)
	}
	compareVerdicts(t, "Python's jsonschema", out)
}

// compareVerdicts reads the verdicts another validator printed, one JSON
// object per line, and compares them with the Go validator's on the valid
// and invalid documents of the corpus, each as a document of its own
// version and of every later version of the same major number.
func compareVerdicts(t *testing.T, tool string, out []byte) {
	t.Helper()
	type result struct {
		File     string   `json:"file"`
		Kind     string   `json:"kind"`
		Version  string   `json:"version"`
		Valid    bool     `json:"valid"`
		Pointers []string `json:"pointers"`
		Error    string   `json:"error"`
	}
	other := map[[2]string]result{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s printed %q: %v", tool, sc.Text(), err)
		}
		other[[2]string{r.File, r.Version}] = r
	}
	v := schema.DefaultValidator()
	n := 0
	for _, c := range loadCorpus(t) {
		if c.Kind == "" {
			continue // malformed documents are for the strict Go parser only
		}
		for _, version := range laterVersions(c.Version) {
			n++
			r, ok := other[[2]string{c.Name, version}]
			switch {
			case !ok:
				t.Errorf("%s as %s: %s did not validate it", c.Name, version, tool)
				continue
			case r.Error != "" && r.Pointers == nil:
				t.Errorf("%s as %s: %s: %s", c.Name, version, tool, r.Error)
				continue
			}
			ps := v.ValidateAs(c.Kind, version, c.Data)
			if r.Valid != (len(ps) == 0) {
				t.Errorf("%s as %s: %s says valid=%v, Go says valid=%v (%v)", c.Name, version, tool, r.Valid, len(ps) == 0, ps)
				continue
			}
			var goPointers []string
			for _, p := range ps {
				goPointers = append(goPointers, p.Pointer)
			}
			slices.Sort(goPointers)
			goPointers = slices.Compact(goPointers)
			if !slices.Equal(goPointers, r.Pointers) && (len(goPointers) > 0 || len(r.Pointers) > 0) {
				t.Errorf("%s as %s: %s reports %q, Go reports %q", c.Name, version, tool, r.Pointers, goPointers)
			}
		}
	}
	if n != len(other) {
		t.Errorf("%s gave %d verdicts, the corpus needs %d", tool, len(other), n)
	}
	t.Logf("%s and Go agree on %d verdicts", tool, n)
}

// laterVersions returns v and the versions after it with the same major
// number, whose schemas must accept every valid document of v.
func laterVersions(v string) []string {
	major, _, _ := strings.Cut(v, ".")
	var out []string
	for _, w := range schema.Versions() {
		if m, _, _ := strings.Cut(w, "."); m == major && schema.LaterVersion(w, v) == w {
			out = append(out, w)
		}
	}
	return out
}

// unSymbol matches the shape of a UN document symbol, such as
// "A/HRC/WG.6/00/XFS/1" or "CEDAW/C/XFS/CO/8".
var unSymbol = regexp.MustCompile(`^[A-Z]+(/[A-Za-z0-9.]+)+$`)

// TestCorpusSymbolsAreFictional checks that the UN document symbols of the
// corpus's datasets, assessments and results name the fictional State XFS
// or a session that does not exist, so that no example can be taken for a
// real document (a dataset used to cite a real UPR report). Frameworks
// cite real sources and are left out.
func TestCorpusSymbolsAreFictional(t *testing.T) {
	var walk func(name, ptr string, v any)
	walk = func(name, ptr string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, e := range x {
				walk(name, ptr+"/"+k, e)
			}
		case []any:
			for i, e := range x {
				walk(name, fmt.Sprintf("%s/%d", ptr, i), e)
			}
		case string:
			if unSymbol.MatchString(x) && !strings.Contains(x, "/XFS/") && !strings.Contains(x, "/00/") {
				t.Errorf("%s%s: %q may be taken for a real document; name the fictional State XFS in it", name, ptr, x)
			}
		}
	}
	for _, c := range loadCorpus(t) {
		if c.Kind == schema.KindFramework {
			continue
		}
		var doc any
		if json.Unmarshal(c.Data, &doc) == nil {
			walk(c.Name, "", doc)
		}
	}
}
