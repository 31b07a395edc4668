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
		if name, ok := strings.CutSuffix(e.Name(), ".csv"); ok {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// CodelistInfo describes a codelist of the standard.
type CodelistInfo struct {
	// Name is the codelist's name: its file name under "codelists/"
	// without ".csv".
	Name string
	// Title says what the codelist lists.
	Title string
	// Open is true for a codelist that lists common values of a field that
	// may hold others, such as the regional human rights bodies. A closed
	// codelist lists every value its fields may hold.
	Open bool
	// Use says where the codes appear and what checks them.
	Use CodelistUse
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

var codelistInfo = []CodelistInfo{
	{Name: "action-status", Title: "States of an action of the follow-up plan", Use: UseSchema},
	{Name: "assessment-source", Title: "Sources of implementation assessments", Use: UseSchema},
	{Name: "branch", Title: "Branches of the State", Use: UseSchema},
	{Name: "chair-level", Title: "Levels of the office that chairs a mechanism", Use: UseSchema},
	{Name: "consolidation-method", Title: "Ways to consolidate several respondents' answers", Use: UseSchema},
	{Name: "consultation-format", Title: "Formats of consultations", Use: UseSchema},
	{Name: "country", Title: "States and territories (ISO 3166-1 alpha-3)", Use: UseSchema},
	{Name: "criterion-status", Title: "How a criterion stands in a self-assessment result", Use: UseSchema},
	{Name: "currency", Title: "Currencies (ISO 4217)", Use: UseSchema},
	{Name: "date-precision", Title: "Precisions of partial dates", Use: UseLibrary},
	{Name: "due-state", Title: "Where an unsubmitted report stands against its deadline", Use: UseLibrary},
	{Name: "entity-kind", Title: "Kinds of entities", Use: UseSchema},
	{Name: "focal-point-role", Title: "Roles of focal points", Use: UseSchema},
	{Name: "frequency", Title: "Frequencies", Use: UseSchema},
	{Name: "grade", Title: "Treaty-body follow-up grades", Use: UseSchema},
	{Name: "identifier-scheme", Title: "Systems that identify recommendations", Open: true, Use: UseGuidance},
	{Name: "implementation-status", Title: "Implementation statuses", Use: UseSchema},
	{Name: "indicator-type", Title: "Types of indicators (OHCHR typology)", Use: UseSchema},
	{Name: "language", Title: "Official languages of the United Nations", Use: UseLibrary},
	{Name: "legal-instrument-kind", Title: "Kinds of legal instruments", Use: UseSchema},
	{Name: "link-origin", Title: "Origins of links", Use: UseSchema},
	{Name: "mandate-function", Title: "Functions of a mechanism's mandate", Use: UseSchema},
	{Name: "maturity-confidence", Title: "Degrees of confidence in a self-assessment figure", Use: UseSchema},
	{Name: "maturity-fact", Title: "Facts computed from tracking data for a self-assessment", Use: UseSchema},
	{Name: "maturity-level", Title: "Maturity levels, from absent to advanced", Use: UseSchema},
	{Name: "mechanism-family", Title: "Families of human rights mechanisms", Use: UseSchema},
	{Name: "mechanism-type", Title: "Institutional types of national mechanisms", Use: UseSchema},
	{Name: "member-role", Title: "Roles of members of a mechanism", Use: UseSchema},
	{Name: "obligation-kind", Title: "Kinds of reports owed to human rights mechanisms", Use: UseSchema},
	{Name: "position", Title: "State positions on UPR recommendations", Use: UseSchema},
	{Name: "priority", Title: "Priorities", Use: UseSchema},
	{Name: "recommendation-kind", Title: "Kinds of recommendation records", Use: UseSchema},
	{Name: "record-kind", Title: "Kinds of records in a dataset", Use: UseSchema},
	{Name: "regional-body", Title: "Regional human rights bodies", Open: true, Use: UseGuidance},
	{Name: "relation-type", Title: "Relations between recommendations", Use: UseSchema},
	{Name: "sdg-goal", Title: "Sustainable Development Goals", Use: UseLibrary},
	{Name: "sdg-target", Title: "Targets of the Sustainable Development Goals", Use: UseSchema},
	{Name: "stakeholder", Title: "Groups a mechanism consults", Use: UseSchema},
	{Name: "tracking-tool-kind", Title: "Kinds of tracking tools", Use: UseSchema},
	{Name: "treaty-body", Title: "UN treaty bodies (committee codes)", Use: UseRule},
}

// Codelists describes every codelist of the standard, sorted by name. A
// codelist file without a description here is listed with its name only.
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

// LookupCodelist returns the description of the named codelist, and false
// when the standard does not describe it.
func LookupCodelist(name string) (CodelistInfo, bool) {
	i, ok := slices.BinarySearchFunc(codelistInfo, name, func(c CodelistInfo, n string) int { return strings.Compare(c.Name, n) })
	if !ok {
		return CodelistInfo{}, false
	}
	return codelistInfo[i], true
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
