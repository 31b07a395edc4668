package schema_test

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/go-playground/validator/v10"

	"github.com/nmirf/nmirf/schema"
)

// codeStyles gives the form of the codes of the codelists whose codes are
// not snake_case, the form of all others.
var codeStyles = map[string]*regexp.Regexp{
	"country":       regexp.MustCompile(`^[A-Z]{3}$`),
	"currency":      regexp.MustCompile(`^[A-Z]{3}$`),
	"grade":         regexp.MustCompile(`^[A-E][12]?$`),
	"treaty-body":   regexp.MustCompile(`^[A-Z]+(-[A-Z]+)*$`),
	"regional-body": regexp.MustCompile(`^[A-Z][A-Za-z]+$`),
	"language":      regexp.MustCompile(`^[a-z]{2}$`),
	"sdg-goal":      regexp.MustCompile(`^[1-9][0-9]?$`),
	"sdg-target":    regexp.MustCompile(`^[1-9][0-9]?\.([1-9][0-9]?|[a-z])$`),
}

var snakeCase = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// TestCodelistFiles checks every codelist file: the header is exactly
// code,title,description; every code is unique, in the codelist's style,
// and has a title.
func TestCodelistFiles(t *testing.T) {
	names := schema.CodelistNames()
	if len(names) == 0 {
		t.Fatal("no codelist")
	}
	for _, name := range names {
		f, err := schema.FS().Open("codelists/" + name + ".csv")
		if err != nil {
			t.Fatal(err)
		}
		header, err := csv.NewReader(f).Read()
		f.Close()
		if err != nil || !slices.Equal(header, []string{"code", "title", "description"}) && !slices.Equal(header, []string{"code", "title", "description", "since"}) {
			t.Errorf("%s: header %q, want code,title,description (and since) (%v)", name, header, err)
		}
		codes, err := schema.Codelist(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(codes) == 0 {
			t.Errorf("%s: no code", name)
		}
		style := codeStyles[name]
		if style == nil {
			style = snakeCase
		}
		seen := map[string]bool{}
		for _, c := range codes {
			if seen[c.Code] {
				t.Errorf("%s: the code %q appears twice", name, c.Code)
			}
			seen[c.Code] = true
			if !style.MatchString(c.Code) {
				t.Errorf("%s: the code %q is not of the form %s", name, c.Code, style)
			}
			if strings.TrimSpace(c.Title) == "" || c.Title == "TITLE" {
				t.Errorf("%s: the code %q has no title", name, c.Code)
			}
		}
	}
	if _, err := schema.Codelist("no-such-codelist"); err == nil {
		t.Error("Codelist found a codelist that does not exist")
	}
}

// referenceDir holds the reference data shared by the project's work
// (../shared/reference from the repository), which tests may read and the
// library must not depend on.
var referenceDir = filepath.Join("..", "..", "shared", "reference")

// TestSDGCodelistsMatchReference proves that the SDG codelists hold exactly
// the 17 goals and 169 targets, in order, and that their titles are the
// standard's own short labels rather than the official sentences.
func TestSDGCodelistsMatchReference(t *testing.T) {
	for _, c := range []struct {
		codelist, file string
		count          int
	}{
		{"sdg-goal", "sdg-goals.csv", 17},
		{"sdg-target", "sdg-targets.csv", 169},
	} {
		f, err := os.Open(filepath.Join(referenceDir, c.file))
		if errors.Is(err, fs.ErrNotExist) {
			t.Skipf("the reference data %s is not here: %v", referenceDir, err)
		}
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		official := map[string]string{}
		var want []string
		for _, row := range rows[1:] {
			want = append(want, row[0])
			official[row[0]] = row[len(row)-2] // title_en
		}
		codes, err := schema.Codelist(c.codelist)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, code := range codes {
			got = append(got, code.Code)
			if o := official[code.Code]; o != "" && repeats(o, code.Title) {
				t.Errorf("%s %s: the title %q repeats the official text", c.codelist, code.Code, code.Title)
			}
			if len(code.Title) > 90 {
				t.Errorf("%s %s: the title %q is not short", c.codelist, code.Code, code.Title)
			}
		}
		if !slices.Equal(got, want) || len(got) != c.count {
			t.Errorf("%s: %d codes %v, want the %d of the reference %v", c.codelist, len(got), got, len(want), want)
		}
	}
}

// TestCurrencyCodelistMatchesValidator checks every three-letter code from
// AAA to ZZZ: the currency codelist holds exactly those that the Go field
// rule iso4217 (go-playground/validator) accepts, so that the schema and
// the Go library agree on Budget.currency.
func TestCurrencyCodelistMatchesValidator(t *testing.T) {
	codes, err := schema.Codelist("currency")
	if err != nil {
		t.Fatal(err)
	}
	inList := map[string]bool{}
	for _, c := range codes {
		inList[c.Code] = true
	}
	v := validator.New()
	b := []byte("AAA")
	for b[0] = 'A'; b[0] <= 'Z'; b[0]++ {
		for b[1] = 'A'; b[1] <= 'Z'; b[1]++ {
			for b[2] = 'A'; b[2] <= 'Z'; b[2]++ {
				code := string(b)
				if ok := v.Var(code, "iso4217") == nil; ok != inList[code] {
					t.Errorf("%s: the validator says %v, the codelist %v", code, ok, inList[code])
				}
			}
		}
	}
}

// TestCodelistInfo checks the codelist metadata against the files and the
// schemas: every codelist is described, every description names a file, a
// codelist checked by the schema has a definition named after it listing
// its codes in order, and the others have none.
func TestCodelistInfo(t *testing.T) {
	infos := schema.Codelists()
	var names []string
	for _, info := range infos {
		names = append(names, info.Name)
		if _, ok := schema.LookupCodelist(info.Name); !ok {
			t.Errorf("%s: no description; add it to the codelist metadata of codelist.go", info.Name)
		}
		if info.Title == "" {
			t.Errorf("%s: no title", info.Name)
		}
		if info.Open != (info.Use == schema.UseGuidance) {
			t.Errorf("%s: open is %v but the use is %q; open codelists, and only they, are guidance", info.Name, info.Open, info.Use)
		}
		if !info.Use.Valid() {
			t.Errorf("%s: unknown use %q", info.Name, info.Use)
		}
	}
	if !slices.Equal(names, schema.CodelistNames()) {
		t.Errorf("Codelists lists %v, the files are %v", names, schema.CodelistNames())
	}
	if _, ok := schema.LookupCodelist("no-such-codelist"); ok {
		t.Error("LookupCodelist found a codelist that does not exist")
	}

	enums := map[string][]string{} // definition name → enum, over every schema
	for _, version := range schema.Versions() {
		clear(enums)
		for _, k := range schema.KindsIn(version) {
			data, err := fs.ReadFile(schema.FS(), k.FileIn(version))
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Defs map[string]struct {
					Enum []string `json:"enum"`
				} `json:"$defs"`
			}
			if err := json.Unmarshal(data, &doc); err != nil {
				t.Fatalf("%s: %v", k.FileIn(version), err)
			}
			for name, d := range doc.Defs {
				if d.Enum != nil {
					enums[name] = d.Enum
				}
			}
		}
		for _, info := range infos {
			enum, defined := enums[info.Name]
			inVersion := true
			for _, since := range []string{info.Since, info.SchemaSince} {
				inVersion = inVersion && (since == "" || schema.LaterVersion(version, since) == version)
			}
			switch {
			case info.Use == schema.UseSchema && inVersion && !defined:
				t.Errorf("%s %s: checked by the schema, but no schema defines it", version, info.Name)
			case defined && (info.Use != schema.UseSchema || !inVersion):
				t.Errorf("%s %s: the schema defines it, but its use is %q, since %q", version, info.Name, info.Use, info.Since)
			case defined:
				codes, err := schema.CodelistIn(info.Name, version)
				if err != nil {
					t.Fatal(err)
				}
				var want []string
				for _, c := range codes {
					want = append(want, c.Code)
				}
				if !slices.Equal(enum, want) {
					t.Errorf("%s %s: the schema's enum differs from the codes of the codelist in that version, in order:\n%q\n%q", version, info.Name, enum, want)
				}
			}
		}
	}
}

// TestCodelistsOnlyGrow checks the rule by which closed codelists grow
// between versions: a code carries the version it was added in ("since",
// empty for 1.0), a version's codes are those of the version before and
// new ones, and a codelist's codes are unique.
func TestCodelistsOnlyGrow(t *testing.T) {
	for _, name := range schema.CodelistNames() {
		codes, err := schema.Codelist(name)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, c := range codes {
			if seen[c.Code] {
				t.Errorf("%s: the code %q is listed twice", name, c.Code)
			}
			seen[c.Code] = true
			if c.Since != "" && !schema.KnownVersion(c.Since) {
				t.Errorf("%s: the code %q has since %q, not a version", name, c.Code, c.Since)
			}
		}
		var before []schema.Code
		for _, v := range schema.Versions() {
			now, err := schema.CodelistIn(name, v)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range before {
				if !slices.Contains(now, c) {
					t.Errorf("%s: the code %q of an earlier version is not in %s", name, c.Code, v)
				}
			}
			before = now
		}
	}
}

func TestCodeIn(t *testing.T) {
	for _, c := range []struct {
		code    schema.Code
		version string
		want    bool
	}{
		{schema.Code{Code: "a"}, "1.0", true},
		{schema.Code{Code: "a"}, "1.1", true},
		{schema.Code{Code: "b", Since: "1.1"}, "1.0", false},
		{schema.Code{Code: "b", Since: "1.1"}, "1.1", true},
		{schema.Code{Code: "a"}, "0.9", false},
	} {
		if got := c.code.In(c.version); got != c.want {
			t.Errorf("%+v in %s: got %v, want %v", c.code, c.version, got, c.want)
		}
	}
	if _, err := schema.CodelistIn("position", "0.9"); err == nil {
		t.Error("CodelistIn accepted an unknown version")
	}
	codes, err := schema.ReadCodelist(strings.NewReader("code,title,description,since\na,A,,\nb,B,,1.1\n"))
	if err != nil || len(codes) != 2 || codes[1].Since != "1.1" || codes[0].Since != "" {
		t.Errorf("ReadCodelist with since: %v, %v", codes, err)
	}
	if _, err := schema.ReadCodelist(strings.NewReader("code,title,since\na,A,2.7\n")); err == nil {
		t.Error("ReadCodelist accepted since 2.7")
	}
}

func TestCodelistUseText(t *testing.T) {
	for _, u := range schema.CodelistUse("").Values() {
		text, err := u.MarshalText()
		var back schema.CodelistUse
		if err != nil || back.UnmarshalText(text) != nil || back != u || u.String() != string(text) {
			t.Errorf("%q does not round-trip: %v", u, err)
		}
	}
	var u schema.CodelistUse
	if err := u.UnmarshalText([]byte("everywhere")); err == nil {
		t.Error("UnmarshalText accepted an unknown use")
	}
	if _, err := schema.CodelistUse("everywhere").MarshalText(); err == nil {
		t.Error("MarshalText wrote an unknown use")
	}
}

func TestReadCodelist(t *testing.T) {
	codes, err := schema.ReadCodelist(strings.NewReader("title,code\nFirst,a\n\"Second, with a comma\",b\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []schema.Code{{Code: "a", Title: "First"}, {Code: "b", Title: "Second, with a comma"}}
	if !slices.Equal(codes, want) {
		t.Errorf("got %v, want %v", codes, want)
	}
	for _, bad := range []string{"", "code,description\na,b\n", "code,title\na\n", "code,title\n\"a,b\n"} {
		if _, err := schema.ReadCodelist(strings.NewReader(bad)); err == nil {
			t.Errorf("ReadCodelist(%q) accepted it", bad)
		}
	}
}

// TestCodelistIndex reads the index of the codelists as a tool in another
// language would: a JSON array, sorted by name, describing every codelist
// file once, each with a title, whether it is open, and a known use, and
// optionally the versions since which it exists and the schema checks it.
func TestCodelistIndex(t *testing.T) {
	data, err := fs.ReadFile(schema.FS(), schema.CodelistIndex)
	if err != nil {
		t.Fatal(err)
	}
	var index []map[string]any
	if err := json.Unmarshal(data, &index); err != nil {
		t.Fatal(err)
	}
	var names []string
	for i, e := range index {
		name, _ := e["name"].(string)
		title, _ := e["title"].(string)
		_, open := e["open"].(bool)
		use, _ := e["use"].(string)
		n := 4
		for _, opt := range []string{"since", "schemaSince"} {
			if v, ok := e[opt]; ok {
				n++
				if s, _ := v.(string); !schema.KnownVersion(s) {
					t.Errorf("entry %d %v: %s is not a version of the standard", i, e, opt)
				}
			}
		}
		if name == "" || title == "" || !open || !schema.CodelistUse(use).Valid() || len(e) != n {
			t.Errorf("entry %d %v: needs exactly a name, a title, open (true or false), a use of %v, and optionally since and schemaSince", i, e, schema.CodelistUse("").Values())
		}
		names = append(names, name)
	}
	if !slices.IsSorted(names) {
		t.Errorf("the index is not sorted by name: %v", names)
	}
	if !slices.Equal(names, schema.CodelistNames()) {
		t.Errorf("the index lists %v; the codelist files are %v", names, schema.CodelistNames())
	}
}

// TestReadmeListsCodelists checks the table of codelists in README.md
// against the index: every codelist, with its title, whether it is open,
// and what checks it.
func TestReadmeListsCodelists(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile("(?m)^\\| `([a-z-]+)` \\| ([^|]+) \\| (open|closed) \\| ([^|]+) \\|$")
	checkedBy := map[schema.CodelistUse]string{schema.UseSchema: "schema", schema.UseRule: "Go rule", schema.UseGuidance: "nothing (guidance)", schema.UseLibrary: "library only"}
	rows := map[string][]string{}
	for _, m := range row.FindAllStringSubmatch(string(readme), -1) {
		rows[m[1]] = m[2:]
	}
	for _, info := range schema.Codelists() {
		r, ok := rows[info.Name]
		switch {
		case !ok:
			t.Errorf("README.md does not list the codelist %s", info.Name)
		case r[0] != info.Title || (r[1] == "open") != info.Open || !strings.HasPrefix(r[2], checkedBy[info.Use]):
			t.Errorf("README.md lists %s as %q, want %q, open %v, checked by %q", info.Name, r, info.Title, info.Open, checkedBy[info.Use])
		}
		delete(rows, info.Name)
	}
	for name := range rows {
		t.Errorf("README.md lists %s, which is no codelist", name)
	}
}

// FuzzReadCodelist: any input either reads as a codelist or fails with an
// error, never a panic; a codelist read writes back, as code, title and
// description, to a file that reads as the same codes.
func FuzzReadCodelist(f *testing.F) {
	f.Add("code,title,description\nsupported,Supported,The State supports it.\n")
	f.Add("title,code\nFirst,a\n\"Second, with a comma\",b\n")
	f.Add("code,title\na\n")
	f.Add("code,title\n\"a,b\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, data string) {
		codes, err := schema.ReadCodelist(strings.NewReader(data))
		if err != nil {
			if codes != nil {
				t.Errorf("codes %v beside the error %v", codes, err)
			}
			return
		}
		var b strings.Builder
		w := csv.NewWriter(&b)
		rows := [][]string{{"code", "title", "description"}}
		for _, c := range codes {
			rows = append(rows, []string{c.Code, c.Title, c.Description})
		}
		if err := w.WriteAll(rows); err != nil {
			t.Fatal(err)
		}
		again, err := schema.ReadCodelist(strings.NewReader(b.String()))
		if err != nil || !slices.Equal(again, codes) && !(len(again) == 0 && len(codes) == 0) {
			t.Errorf("read %v, wrote and read back %v (%v)", codes, again, err)
		}
	})
}

// repeats reports whether a short title is a large part of an official
// text, read without regard to case: a title of our own may share words
// with the official sentence, but not most of it.
func repeats(official, title string) bool {
	_, o, found := strings.Cut(official, ". ") // "Goal 12. Ensure ..." → "Ensure ..."
	if !found || !strings.HasPrefix(official, "Goal ") {
		o = official
	}
	o, title = strings.ToLower(o), strings.ToLower(title)
	return o == title || strings.Contains(o, title) && len(title)*10 >= len(o)*6
}
