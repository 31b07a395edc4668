package workbook

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/nmirf/nmirf/tracking"
)

// kind says how a column's cells map to JSON values.
type kind int

const (
	kString      kind = iota // a string
	kText                    // one language of a language map
	kInt                     // a whole number
	kNumber                  // a number
	kBool                    // true or false, written yes or no
	kDate                    // a partial date, as text
	kCode                    // a code of a codelist, written as its title
	kCodes                   // codes of a codelist, one a line
	kRef                     // the ID of a record, written as its ref
	kRefs                    // IDs of records, one a line
	kSDGTargets              // SDG target links, one a line: "16.3" or "16.3 (uhri)"
	kSDGGoals                // SDG goal links, one a line: "5" or "5 (machine)"
	kAssignments             // responsible entities, one a line: "MOJ (lead)" or "MOI"
	kRelated                 // related recommendations, one a line: "REF (type)"
	kIdentifiers             // identifiers, one a line: "scheme: value"
	kCategories              // a breakdown, one a line: "dimension: category"
)

// column is a column of a sheet: its header, the JSON path of its value in
// a record and how cells read and write it.
type column struct {
	header string
	path   []string
	kind   kind
	list   string // the codelist of kCode and kCodes
	coll   string // the collection kRef and kRefs refer to
}

// multi reports whether a cell of the column holds one value a line.
func (c column) multi() bool {
	switch c.kind {
	case kCodes, kRefs, kSDGTargets, kSDGGoals, kAssignments, kRelated, kIdentifiers, kCategories:
		return true
	}
	return false
}

func col(header string, k kind, path ...string) column {
	return column{header: header, path: path, kind: k}
}

func code(header, list string, path ...string) column {
	return column{header: header, path: path, kind: kCode, list: list}
}

func codes(header, list string, path ...string) column {
	return column{header: header, path: path, kind: kCodes, list: list}
}

func ref(header, coll string, path ...string) column {
	return column{header: header, path: path, kind: kRef, coll: coll}
}

func refs(header, coll string, path ...string) column {
	return column{header: header, path: path, kind: kRefs, coll: coll}
}

// sheet is a sheet of records of one collection of the dataset, or
// (parent set) of the elements of a list inside those records.
type sheet struct {
	name    string
	coll    string // the dataset's collection ("actions")
	kind    tracking.RecordKind
	hasRef  bool   // whether the records have a ref
	parent  string // for a list sheet: the header of the column naming the record
	list    string // for a list sheet: the JSON name of the list in the record
	columns []column
}

// The English names of the columns and sheets outside the table of
// sheets; word gives them in the workbook's language.
const (
	headerID          = "ID"
	headerDelete      = "Delete"
	sheetProfile      = "Profile"
	sheetLists        = "Lists"
	sheetExport       = "Exported"
	sheetInstructions = "Instructions"
)

// sheets are the sheets of a workbook, in order. List sheets follow the
// sheet of their records.
var sheets = []sheet{
	{name: "Entities", coll: "entities", kind: tracking.RecordKindEntity, hasRef: true, columns: []column{
		col("Ref", kString, "ref"),
		col("Name", kText, "name"),
		col("Acronym", kString, "acronym"),
		code("Kind", "entity-kind", "kind"),
		code("Branch", "branch", "branch"),
		ref("Part of", "entities", "parentId"),
	}},
	{name: "Recommendations", coll: "recommendations", kind: tracking.RecordKindRecommendation, hasRef: true, columns: []column{
		col("Ref", kString, "ref"),
		code("Kind", "recommendation-kind", "kind"),
		code("Family", "mechanism-family", "source", "family"),
		col("Body", kString, "source", "body"),
		col("Cycle", kInt, "source", "cycle"),
		col("Session", kInt, "source", "session"),
		col("Document", kString, "source", "document"),
		col("Paragraph", kString, "source", "paragraph"),
		col("Date", kDate, "source", "date"),
		col("Section", kText, "source", "section"),
		col("Indexed", kDate, "source", "indexed"),
		codes("Recommending States", "country", "source", "recommendingStates"),
		col("Text", kText, "text"),
		code("Position", "position", "position", "value"),
		col("Position document", kString, "position", "document"),
		col("Position date", kDate, "position", "date"),
		col("Explanation", kText, "position", "explanation"),
		col("SDG targets", kSDGTargets, "sdgTargets"),
		col("SDG goals", kSDGGoals, "sdgGoals"),
		col("Follow-up due", kDate, "followUp", "due"),
		col("Responsible entities", kAssignments, "assignments"),
		col("Related", kRelated, "related"),
		col("Identifiers", kIdentifiers, "identifiers"),
		code("Status", "recommendation-status", "status"),
		ref("Superseded by", "recommendations", "supersededBy"),
	}},
	{name: "Classifications", coll: "recommendations", kind: tracking.RecordKindRecommendation, parent: "Recommendation", list: "classifications", columns: []column{
		col("Scheme", kString, "scheme"),
		col("Code", kString, "code"),
		col("Label", kText, "label"),
		col("Version", kString, "version"),
	}},
	{name: "Clusters", coll: "clusters", kind: tracking.RecordKindCluster, hasRef: true, columns: []column{
		col("Ref", kString, "ref"),
		col("Title", kText, "title"),
		col("Description", kText, "description"),
		code("Priority", "priority", "priority"),
		refs("Recommendations", "recommendations", "recommendationIds"),
	}},
	{name: "Actions", coll: "actions", kind: tracking.RecordKindAction, hasRef: true, columns: []column{
		col("Ref", kString, "ref"),
		col("Title", kText, "title"),
		col("Description", kText, "description"),
		refs("Recommendations", "recommendations", "recommendationIds"),
		refs("Clusters", "clusters", "clusterIds"),
		ref("Lead entity", "entities", "leadEntityId"),
		refs("Supporting entities", "entities", "supportingEntityIds"),
		col("Start", kDate, "start"),
		col("End", kDate, "end"),
		code("Status", "action-status", "status"),
		code("Priority", "priority", "priority"),
		col("Specific", kBool, "smart", "specific"),
		col("Measurable", kBool, "smart", "measurable"),
		col("Assignable", kBool, "smart", "assignable"),
		col("Relevant", kBool, "smart", "relevant"),
		col("Time-bound", kBool, "smart", "timeBound"),
		col("Budget line", kString, "budgetLine"),
	}},
	{name: "Action documents", coll: "actions", kind: tracking.RecordKindAction, parent: "Action", list: "documents", columns: documentColumns},
	{name: "Indicators", coll: "indicators", kind: tracking.RecordKindIndicator, hasRef: true, columns: []column{
		col("Ref", kString, "ref"),
		col("Title", kText, "title"),
		code("Type", "indicator-type", "type"),
		refs("Actions", "actions", "actionIds"),
		refs("Recommendations", "recommendations", "recommendationIds"),
		col("Unit", kString, "unit"),
		col("Baseline", kNumber, "baseline", "value"),
		col("Baseline date", kDate, "baseline", "date"),
		col("Target", kNumber, "target", "value"),
		col("Target date", kDate, "target", "date"),
		code("Schedule", "frequency", "schedule"),
		col("Data source", kString, "dataSource"),
		codes("Dimensions", "disaggregation-dimension", "dimensions"),
	}},
	{name: "Observations", coll: "indicators", kind: tracking.RecordKindIndicator, parent: "Indicator", list: "observations", columns: []column{
		col("Date", kDate, "date"),
		col("Value", kNumber, "value"),
		col("Note", kText, "note"),
		col("Breakdown", kCategories, "disaggregation"),
	}},
	{name: "Progress reports", coll: "progressReports", kind: tracking.RecordKindProgressReport, hasRef: true, columns: []column{
		col("Ref", kString, "ref"),
		ref("Action", "actions", "actionId"),
		ref("Indicator", "indicators", "indicatorId"),
		ref("Recommendation", "recommendations", "recommendationId"),
		ref("Entity", "entities", "entityId"),
		col("Period start", kDate, "periodStart"),
		col("Period end", kDate, "periodEnd"),
		col("Due", kDate, "due"),
		col("Submitted", kDate, "submitted"),
		col("Validated", kDate, "validated"),
		col("Text", kText, "text"),
	}},
	{name: "Report documents", coll: "progressReports", kind: tracking.RecordKindProgressReport, parent: "Progress report", list: "documents", columns: documentColumns},
	{name: "Assessments", coll: "assessments", kind: tracking.RecordKindAssessment, columns: []column{
		ref("Recommendation", "recommendations", "recommendationId"),
		col("Date", kDate, "date"),
		code("Status", "implementation-status", "status"),
		code("Grade", "grade", "grade"),
		code("Source", "assessment-source", "source"),
		ref("Entity", "entities", "entityId"),
		col("Document", kString, "document"),
		col("Comment", kText, "comment"),
	}},
	{name: "Assessment documents", coll: "assessments", kind: tracking.RecordKindAssessment, parent: "Assessment", list: "documents", columns: documentColumns},
	{name: "Obligations", coll: "obligations", kind: tracking.RecordKindObligation, hasRef: true, columns: []column{
		col("Ref", kString, "ref"),
		code("Kind", "obligation-kind", "kind"),
		code("Family", "mechanism-family", "family"),
		col("Body", kString, "body"),
		col("Title", kText, "title"),
		col("Due", kDate, "due"),
		col("Submitted", kDate, "submitted"),
		col("Document", kString, "document"),
		ref("Lead entity", "entities", "leadEntityId"),
		refs("Recommendations", "recommendations", "recommendationIds"),
	}},
	{name: "Consultations", coll: "consultations", kind: tracking.RecordKindConsultation, hasRef: true, columns: []column{
		col("Ref", kString, "ref"),
		col("Date", kDate, "date"),
		col("Title", kText, "title"),
		code("Format", "consultation-format", "format"),
		codes("Participants", "stakeholder", "participants"),
		refs("Recommendations", "recommendations", "recommendationIds"),
		refs("Obligations", "obligations", "obligationIds"),
		col("Summary", kText, "summary"),
	}},
	{name: "Consultation documents", coll: "consultations", kind: tracking.RecordKindConsultation, parent: "Consultation", list: "documents", columns: documentColumns},
}

// documentColumns are the columns of the sheets of supporting documents.
var documentColumns = []column{
	col("Title", kText, "title"),
	col("URL", kString, "url"),
	col("Symbol", kString, "symbol"),
	col("Date", kDate, "date"),
}

// collections are the dataset's collections of records, in document order.
var collections = []string{"entities", "recommendations", "clusters", "actions", "indicators", "progressReports", "assessments", "obligations", "consultations"}

// recordKinds gives the kind of the records of each collection.
var recordKinds = map[string]tracking.RecordKind{}

func init() {
	for _, s := range sheets {
		recordKinds[s.coll] = s.kind
	}
}

// sheetNamed returns the sheet of the given name in any of the six
// languages, regardless of case and spacing.
func sheetNamed(name string) (*sheet, bool) {
	for i := range sheets {
		if wordIs(sheets[i].name, name) {
			return &sheets[i], true
		}
	}
	return nil, false
}

// keyHeader is the English header of the sheet's first column: the ID of
// a record, or the record a list sheet's row belongs to.
func (s *sheet) keyHeader() string {
	if s.parent != "" {
		return s.parent
	}
	return headerID
}

// layout is a column of a sheet as written: a column, and for text the
// language.
type layout struct {
	column
	lang string
}

// title is the header the column is written with in a workbook of the
// language lang: for text, the header and the text's language tag.
func (l layout) title(lang string) string {
	if l.kind == kText {
		return word(l.header, lang) + " (" + l.lang + ")"
	}
	return word(l.header, lang)
}

// jsonPath is the path of the column's value in a record.
func (l layout) jsonPath() []string {
	if l.kind == kText {
		return append(append([]string(nil), l.path...), l.lang)
	}
	return l.path
}

// layouts returns the columns of s as written for the languages langs.
func (s *sheet) layouts(langs []string) []layout {
	var out []layout
	for _, c := range s.columns {
		if c.kind != kText {
			out = append(out, layout{column: c})
			continue
		}
		for _, l := range langs {
			out = append(out, layout{column: c, lang: l})
		}
	}
	return out
}

// getPath returns the value at path in m, or nil.
func getPath(m map[string]any, path []string) any {
	var v any = m
	for _, p := range path {
		mm, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = mm[p]
	}
	return v
}

// setPath sets the value at path in m, creating objects on the way; a nil
// value deletes it, and objects it leaves empty.
func setPath(m map[string]any, path []string, v any) {
	if len(path) == 1 {
		if v == nil {
			delete(m, path[0])
		} else {
			m[path[0]] = v
		}
		return
	}
	sub, ok := m[path[0]].(map[string]any)
	if !ok {
		if v == nil {
			return
		}
		sub = map[string]any{}
		m[path[0]] = sub
	}
	setPath(sub, path[1:], v)
	if len(sub) == 0 {
		delete(m, path[0])
	}
}

// asString returns v as text, for values read from JSON.
func asString(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		if v {
			return "yes"
		}
		return "no"
	case nil:
		return ""
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// lines splits a cell into its non-empty lines, trimmed.
func lines(s string) []string {
	var out []string
	for l := range strings.SplitSeq(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		if l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "- ")); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// splitNote splits "value (note)" into its value and its note.
func splitNote(s string) (value, note string) {
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, " ("); i > 0 {
			return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+2 : len(s)-1])
		}
	}
	return s, ""
}

// number reads a cell as a JSON number, or returns it as text when it is
// not one, for the schema to fault.
func number(s string) any {
	if f, err := strconv.ParseFloat(s, 64); err == nil && !math.IsInf(f, 0) && !math.IsNaN(f) && json.Valid([]byte(s)) {
		return json.Number(s)
	} else if err == nil {
		return json.Number(strconv.FormatFloat(f, 'f', -1, 64))
	}
	return s
}

// excelEpoch is day 0 of the 1900 date system of spreadsheets.
var excelEpoch = time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)

// dateCell reads a date cell: text as written, or a spreadsheet's date
// serial (a date typed into a cell that a program turned into a date) as
// the full date. A number below 10000 is a year.
func dateCell(s string) string {
	if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 10000 && f < 2958466 && !strings.ContainsAny(s, "-/") {
		return excelEpoch.AddDate(0, 0, int(f)).Format(time.DateOnly)
	}
	return s
}

// escapable matches what a workbook's XML reads as an escaped character,
// "_x" and four hexadecimal digits and "_" (ECMA-376 ST_Xstring).
var escapable = regexp.MustCompile(`_x[0-9A-Fa-f]{4}_`)

// xmlSafe escapes a string for a workbook cell so that it reads back the
// same: characters XML cannot hold (control characters but tab, line feed
// and carriage return) as "_xHHHH_", and a literal "_xHHHH_" as "_x005F_"
// and the rest, as spreadsheet programs do.
func xmlSafe(s string) string {
	if !strings.Contains(s, "_x") && !strings.ContainsFunc(s, unsafeRune) {
		return s
	}
	s = escapable.ReplaceAllStringFunc(s, func(m string) string { return "_x005F_" + m[1:] })
	var b strings.Builder
	for _, r := range s {
		if unsafeRune(r) {
			fmt.Fprintf(&b, "_x%04X_", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF
}

// safeRow escapes the strings of a row with xmlSafe, and writes numbers
// that a spreadsheet's 15 significant digits would change as text, which
// import reads back as the number.
func safeRow(cells []any) []any { return safeStrings(safeNumbers(cells)) }

// safeNumbers writes the numbers of a row that a spreadsheet's 15
// significant digits would change as text.
func safeNumbers(cells []any) []any {
	for i, c := range cells {
		if v, ok := c.(float64); ok {
			if g, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64); err != nil || g != v {
				cells[i] = strconv.FormatFloat(v, 'g', -1, 64)
			}
		}
	}
	return cells
}

// safeStrings escapes the strings of a row with xmlSafe.
func safeStrings(cells []any) []any {
	for i, c := range cells {
		if v, ok := c.(string); ok {
			cells[i] = xmlSafe(v)
		}
	}
	return cells
}

// hasUnsafe reports whether a JSON value holds a string with a character
// XML cannot hold (see xmlSafe), which a stream writer cannot write.
func hasUnsafe(v any) bool {
	switch v := v.(type) {
	case string:
		return strings.ContainsFunc(v, unsafeRune)
	case map[string]any:
		for k, e := range v {
			if strings.ContainsFunc(k, unsafeRune) || hasUnsafe(e) {
				return true
			}
		}
	case []any:
		for _, e := range v {
			if hasUnsafe(e) {
				return true
			}
		}
	}
	return false
}

func ptr[T any](v T) *T { return &v }
