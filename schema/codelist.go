package schema

import (
	"embed"
	"encoding/csv"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
)

//go:embed codelists/*.csv 1.0/*.schema.json
var files embed.FS

// FS returns the files of the data standard, as published: the JSON
// Schemas under "<Version>/" and the codelists under "codelists/".
func FS() fs.FS { return files }

// Code is one entry of a codelist.
type Code struct {
	// Code is the value that appears in documents.
	Code string
	// Title names the code in English.
	Title string
	// Description explains the code in English.
	Description string
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

// CodelistNames returns the names of every codelist, sorted.
func CodelistNames() []string {
	entries, _ := fs.ReadDir(files, "codelists")
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".csv"))
	}
	slices.Sort(names)
	return names
}

// ReadCodelist parses a codelist in CSV form, whose header names at least
// the columns "code" and "title" (and usually "description"), in any order.
func ReadCodelist(r io.Reader) ([]Code, error) {
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
		codes = append(codes, c)
	}
}
