package schema

import (
	"embed"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

//go:embed codelists/*.csv codelists/index.json codelists/translations 1.0/*.schema.json 1.1/*.schema.json
var files embed.FS

// FS returns the files of the data standard, as published: the JSON
// Schemas of each version under "<version>/" ("1.0/", "1.1/"), the codelists under "codelists/", and the
// index of the codelists, "codelists/index.json", which describes each, and
// the codelists' titles in other languages under CodelistTranslationsDir.
func FS() fs.FS { return files }

// CodelistIndex is the file of FS that describes every codelist: a JSON
// array of objects with the members of CodelistInfo ("name", "title",
// "open", "use"), sorted by name.
const CodelistIndex = "codelists/index.json"

// Code is one entry of a codelist.
type Code struct {
	// Code is the value that appears in documents.
	Code string
	// Title names the code in English.
	Title string
	// Description explains the code in English.
	Description string
	// Since is the version of the standard the code was added in, from the
	// codelist's optional "since" column; empty for a code of the first
	// version, 1.0. A codelist only grows: a code is never removed, and
	// never changes meaning, so a code of a version is a code of every
	// later one.
	Since string
}

// In reports whether the code belongs to the codelist in version v of the
// standard: whether it was added in v or before.
func (c Code) In(v string) bool {
	since := c.Since
	if since == "" {
		since = versions[0]
	}
	return KnownVersion(v) && LaterVersion(v, since) == v
}

// CodelistIn returns the codes of the named codelist in version v of the
// standard, in file order: those added in v or before (see Code.In).
func CodelistIn(name, v string) ([]Code, error) {
	if !KnownVersion(v) {
		return nil, fmt.Errorf("schema: %q is not a version of the standard (%v)", v, versions)
	}
	codes, err := Codelist(name)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(codes, func(c Code) bool { return !c.In(v) }), nil
}

// Codelist returns the codes of the named codelist (the file name under
// "codelists/" without ".csv", such as "position"), in file order.
func Codelist(name string) ([]Code, error) {
	f, err := files.Open(path.Join("codelists", name+".csv"))
	if err != nil {
		return nil, fmt.Errorf("schema: no codelist %q", name)
	}
	defer f.Close()
	return ReadCodelist(f)
}

// CodelistNames returns the names of every codelist file, sorted.
func CodelistNames() []string {
	entries, _ := fs.ReadDir(files, "codelists")
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".csv"); ok {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// CodelistInfo describes a codelist of the standard, as the index of the
// codelists (CodelistIndex) gives it.
type CodelistInfo struct {
	// Name is the codelist's name: its file name under "codelists/"
	// without ".csv".
	Name string `json:"name"`
	// Title says what the codelist lists.
	Title string `json:"title"`
	// Open is true for a codelist that lists common values of a field that
	// may hold others, such as the regional human rights bodies. A closed
	// codelist lists every value its fields may hold.
	Open bool `json:"open"`
	// Use says where the codes appear and what checks them.
	Use CodelistUse `json:"use"`
	// Since is the version of the standard the codelist was added in;
	// empty for a codelist of the first version, 1.0.
	Since string `json:"since,omitzero"`
	// SchemaSince is the version from which the schema checks the codes
	// (Use is UseSchema), when that is later than the codelist itself: the
	// SDG goals, which the library computed in 1.0 and documents link in
	// 1.1. Empty when the use has not changed.
	SchemaSince string `json:"schemaSince,omitzero"`
}

// CodelistUse says where the codes of a codelist appear and what checks
// them.
type CodelistUse string

// The uses of codelists.
const (
	// UseSchema: fields of documents hold the codes, and the schema
	// accepts no other code.
	UseSchema CodelistUse = "schema"
	// UseRule: a free-text field holds the codes in some cases, and a rule
	// of the Go library checks them there, such as the committee code of a
	// treaty-body recommendation.
	UseRule CodelistUse = "rule"
	// UseGuidance: a free-text field may hold the codes or others; the
	// codelist lists the common values and nothing checks them.
	UseGuidance CodelistUse = "guidance"
	// UseLibrary: the codes name things the library computes or reports,
	// such as the kinds of records; documents do not hold them.
	UseLibrary CodelistUse = "library"
)

var codelistUses = []CodelistUse{UseSchema, UseRule, UseGuidance, UseLibrary}

// Values returns every CodelistUse.
func (CodelistUse) Values() []CodelistUse { return slices.Clone(codelistUses) }

// Valid reports whether u is a known use.
func (u CodelistUse) Valid() bool { return slices.Contains(codelistUses, u) }

// String returns the use's name.
func (u CodelistUse) String() string { return string(u) }

// MarshalText returns the use's name, or an error for an unknown use.
func (u CodelistUse) MarshalText() ([]byte, error) {
	if !u.Valid() {
		return nil, fmt.Errorf("schema: unknown codelist use %q", string(u))
	}
	return []byte(u), nil
}

// UnmarshalText accepts the name of a known use.
func (u *CodelistUse) UnmarshalText(text []byte) error {
	if !CodelistUse(text).Valid() {
		return fmt.Errorf("schema: unknown codelist use %q; known uses are %v", text, codelistUses)
	}
	*u = CodelistUse(text)
	return nil
}

// codelistInfo reads the index of the codelists, once. The index is
// embedded, and tested to parse and to describe every codelist file.
var codelistInfo = sync.OnceValue(func() []CodelistInfo {
	data, err := fs.ReadFile(files, CodelistIndex)
	if err != nil {
		panic("schema: the index of the codelists is missing: " + err.Error())
	}
	var infos []CodelistInfo
	if err := json.Unmarshal(data, &infos); err != nil {
		panic("schema: the index of the codelists is invalid: " + err.Error())
	}
	slices.SortFunc(infos, func(a, b CodelistInfo) int { return strings.Compare(a.Name, b.Name) })
	return infos
})

// Codelists describes every codelist of the standard, sorted by name, as
// the index of the codelists (CodelistIndex) gives them. A codelist file
// the index does not describe is listed with its name only.
func Codelists() []CodelistInfo {
	var out []CodelistInfo
	for _, name := range CodelistNames() {
		info, ok := LookupCodelist(name)
		if !ok {
			info = CodelistInfo{Name: name}
		}
		out = append(out, info)
	}
	return out
}

// LookupCodelist returns the description of the named codelist from the
// index of the codelists (CodelistIndex), and false when the index does not
// describe it.
func LookupCodelist(name string) (CodelistInfo, bool) {
	infos := codelistInfo()
	i, ok := slices.BinarySearchFunc(infos, name, func(c CodelistInfo, n string) int { return strings.Compare(c.Name, n) })
	if !ok {
		return CodelistInfo{}, false
	}
	return infos[i], true
}

// ReadCodelist parses a codelist in CSV form, whose header names at least
// the columns "code" and "title" (and usually "description"; "since" in a
// codelist that gained codes after version 1.0), in any order. A "since"
// value must be a version of the standard.
func ReadCodelist(r io.Reader) ([]Code, error) {
	if r == nil {
		return nil, errors.New("schema: no codelist to read")
	}
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("schema: codelist header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	ci, okCode := col["code"]
	ti, okTitle := col["title"]
	if !okCode || !okTitle {
		return nil, fmt.Errorf("schema: codelist header %q lacks the code or title column", header)
	}
	di, okDesc := col["description"]
	si, okSince := col["since"]
	var codes []Code
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return codes, nil
		}
		if err != nil {
			return nil, fmt.Errorf("schema: codelist: %w", err)
		}
		c := Code{Code: rec[ci], Title: rec[ti]}
		if okDesc {
			c.Description = rec[di]
		}
		if okSince {
			c.Since = rec[si]
			if c.Since != "" && !KnownVersion(c.Since) {
				return nil, fmt.Errorf("schema: codelist: code %q: since %q is not a version of the standard (%v)", c.Code, c.Since, versions)
			}
		}
		codes = append(codes, c)
	}
}
