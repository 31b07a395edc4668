package workbook

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Problem codes of the workbook reader and writers. Problems of the
// dataset the workbook makes keep the codes of tracking.Check.
const (
	CodeArguments      = "workbook.arguments"       // a nil or invalid argument of a reader or writer: a nil dataset, writer, reader, book or matrix, an unknown language or entity, a matrix without its date
	CodeRead           = "workbook.read"            // the io.Reader of a workbook failed; the error's text is the argument "error"
	CodeWrite          = "workbook.write"           // the io.Writer failed, or a workbook or matrix could not be written; the error's text is the argument "error"
	CodeIDGenerator    = "workbook.id"              // the ID generator of Import failed; the error's text is the argument "error"
	CodeEncode         = "workbook.encode"          // a dataset could not be turned into the JSON form the workbook is written from or merged into
	CodeUnreadable     = "workbook.unreadable"      // a file that is not a workbook this package reads
	CodeUnknownColumn  = "workbook.column.unknown"  // a header no column of the sheet has
	CodeRepeatedColumn = "workbook.column.repeated" // a header that stands twice in a sheet
	CodeRepeatedSheet  = "workbook.sheet.repeated"  // two sheets of the same records, in two languages
	CodeInvalidKey     = "workbook.key.invalid"     // an ID cell that holds no ID
	CodeRepeatedKey    = "workbook.key.repeated"    // two rows of a sheet with the same ID
	CodeUnknownField   = "workbook.field.unknown"   // a profile row whose field cannot be set
	CodeUnknownRef     = tracking.CodeUnknownReference
	CodeConflict       = "workbook.conflict" // a cell changed in the workbook and in the dataset since the export
)

// Limits bound what Read accepts.
type Limits struct {
	// MaxBytes is the largest workbook file read; zero means 256 MiB.
	MaxBytes int64
	// MaxUnzipped is the most its archive may unpack to; zero means 2 GiB.
	MaxUnzipped int64
}

// Book is a workbook read for Import.
type Book struct {
	// Name is the file's name as the caller gave it; problems carry it.
	Name string
	// Language is the workbook's language, one of Languages: the one it
	// was exported in, or, for a workbook made otherwise, the language of
	// its sheet names. Problems name the expected headers in it.
	Language string

	meta     exportMeta
	hasMeta  bool
	profile  map[string]any               // the profile at export, nil when not recorded
	original map[string]map[string]string // collection → ID → record at export, as JSON
	withList map[string]bool              // "collection/list/ID" of the records whose list was not empty at export
	order    map[string][]string          // collection → IDs in export order
	sheets   map[string]*readSheet
	rows     []profileRow
	hasProf  bool
	profName string // the name of the Profile sheet as the workbook has it
	problems schema.Problems
}

// readSheet is a sheet as read: its columns found by header and its rows.
type readSheet struct {
	def  *sheet
	name string // the sheet's name as the workbook has it
	key  int    // the index of the ID (or parent) column, -1 when absent
	del  int    // the index of the Delete column, -1 when absent
	cols []readCol
	rows []readRow
}

type readCol struct {
	layout
	idx  int
	head string // the header as the workbook has it
}

type readRow struct {
	n     int
	cells []string
}

func (r readRow) cell(i int) string {
	if i < 0 || i >= len(r.cells) {
		return ""
	}
	return r.cells[i]
}

type profileRow struct {
	n            int
	field, value string
}

// Read reads a workbook from r. name is the file's name, for the problems'
// locations. Its error is a schema.Problems located in the file: a nil r
// (CodeArguments), r failing (CodeRead, the error's text as the argument
// "error"), and a file that is not an XLSX workbook, is too large or is
// damaged (CodeUnreadable, the damaged sheet in the location where it is
// one). Problems of the workbook's content (unknown headers, invalid
// keys) are kept for Import, which reports them with the rest.
func Read(r io.Reader, name string, lim Limits) (*Book, error) {
	if r == nil {
		p := problem("", CodeArguments, "reader", nil)
		p.Location = schema.Location{File: name}
		return nil, schema.Problems{p}
	}
	if lim.MaxBytes <= 0 {
		lim.MaxBytes = 256 << 20
	}
	if lim.MaxUnzipped <= 0 {
		lim.MaxUnzipped = 2 << 30
	}
	data, err := io.ReadAll(io.LimitReader(r, lim.MaxBytes+1))
	if err != nil {
		p := problem("", CodeRead, "", schema.Args{"error": err.Error()})
		p.Location = schema.Location{File: name}
		return nil, schema.Problems{p}
	}
	unreadable := func(err error) error { return unreadableAt(name, err) }
	if int64(len(data)) > lim.MaxBytes {
		p := problem("", CodeUnreadable, "size", schema.Args{"max": strconv.FormatInt(lim.MaxBytes, 10)})
		p.Location = schema.Location{File: name}
		return nil, schema.Problems{p}
	}
	f, err := openReader(data, lim)
	if err != nil {
		return nil, unreadable(err)
	}
	defer f.Close()
	b := &Book{Name: name, original: map[string]map[string]string{}, withList: map[string]bool{}, order: map[string][]string{}, sheets: map[string]*readSheet{}}
	if err := b.readExported(f); err != nil {
		return nil, unreadable(err)
	}
	b.Language = b.language(f.GetSheetList())
	for _, sn := range f.GetSheetList() {
		if wordIs(sheetProfile, sn) {
			if b.hasProf {
				b.repeatedSheet(sn, b.profName)
				continue
			}
			if err := b.readProfile(f, sn); err != nil {
				return nil, unreadable(err)
			}
			continue
		}
		if s, ok := sheetNamed(sn); ok {
			if first, dup := b.sheets[s.name]; dup {
				b.repeatedSheet(sn, first.name)
				continue
			}
			if err := b.readSheet(f, s, sn); err != nil {
				return nil, unreadable(err)
			}
		}
	}
	return b, nil
}

// unreadableAt returns the error of Read for the error err of opening or
// reading the workbook name: err's problems when it holds a
// schema.Problems (a damaged archive or sheet), else a problem of the code
// CodeUnreadable giving err's text as the reason; located in the file.
func unreadableAt(name string, err error) error {
	var ps schema.Problems
	if !errors.As(err, &ps) {
		ps = schema.Problems{problem("", CodeUnreadable, "", schema.Args{"reason": err.Error()})}
	}
	return slices.Clone(ps).At(schema.Location{File: name})
}

// repeatedSheet reports a sheet of the same records as the sheet first,
// named in another language, which is not read.
func (b *Book) repeatedSheet(name, first string) {
	p := problem("", CodeRepeatedSheet, "", schema.Args{"sheet": name, "first": first})
	p.Location = b.loc(name, "A1")
	b.problems = append(b.problems, p)
}

// language returns the workbook's language: the one recorded at the
// export, or the one of Languages in which most of its sheet names are
// written (the first of them on a tie, English when none is known).
func (b *Book) language(names []string) string {
	if slices.Contains(Languages, b.meta.Language) {
		return b.meta.Language
	}
	votes := make([]int, len(Languages))
	for _, sn := range names {
		key := sheetProfile
		if s, ok := sheetNamed(sn); ok {
			key = s.name
		} else if !wordIs(sheetProfile, sn) {
			continue
		}
		for _, l := range languagesOfWord(key, sn) {
			votes[slices.Index(Languages, l)]++
		}
	}
	best := slices.Index(Languages, "en")
	for i, v := range votes {
		if v > votes[best] {
			best = i
		}
	}
	return Languages[best]
}

// openReader opens a workbook, turning a panic of the archive reader on a
// corrupt file into an error.
func openReader(data []byte, lim Limits) (f *excelize.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, schema.Problems{problem("", CodeUnreadable, "archive", schema.Args{"error": fmt.Sprint(r)})}
		}
	}()
	return excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		RawCellValue: true, UnzipSizeLimit: lim.MaxUnzipped, UnzipXMLSizeLimit: 64 << 20,
	})
}

// sheetRows reads every row of a sheet, raw values, with their numbers.
func sheetRows(f *excelize.File, name string) (out []readRow, err error) {
	err = eachRow(f, name, func(r readRow) { out = append(out, r) })
	if err != nil {
		return nil, err
	}
	return out, nil
}

// eachRow gives fn each row of a sheet that has cells, raw values, with
// their numbers, one after the other, without holding them.
func eachRow(f *excelize.File, name string, fn func(readRow)) (err error) {
	defer func() {
		if r := recover(); r != nil {
			p := problem("", CodeUnreadable, "sheet", schema.Args{"sheet": name, "error": fmt.Sprint(r)})
			p.Location = schema.Location{Sheet: name}
			err = schema.Problems{p}
		}
	}()
	rows, err := f.Rows(name)
	if err != nil {
		return err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return err
		}
		if len(cells) > 0 {
			fn(readRow{n: n, cells: cells})
		}
	}
	return rows.Error()
}

func (b *Book) loc(sheetName, cell string) schema.Location {
	return schema.Location{File: b.Name, Sheet: sheetName, Cell: cell}
}

func (b *Book) readExported(f *excelize.File) error {
	i := slices.IndexFunc(f.GetSheetList(), func(sn string) bool { return wordIs(sheetExport, sn) })
	if i < 0 {
		return nil
	}
	return eachRow(f, f.GetSheetList()[i], func(r readRow) {
		js := strings.Join(r.cells[min(2, len(r.cells)):], "")
		switch what := r.cell(0); what {
		case "meta":
			if json.Unmarshal([]byte(js), &b.meta) == nil {
				b.hasMeta = true
			}
		case "profile":
			if m, err := decodeDoc([]byte(js)); err == nil {
				b.profile = m
			}
		default:
			m, err := decodeDoc([]byte(js))
			if err != nil || !isCollection(what) {
				return
			}
			id := r.cell(1)
			if b.original[what] == nil {
				b.original[what] = map[string]string{}
			}
			if _, dup := b.original[what][id]; dup {
				return
			}
			// Kept as JSON, decoded when needed: a record's map takes
			// many times its text.
			b.original[what][id] = js
			b.order[what] = append(b.order[what], id)
			for _, s := range sheets {
				if s.coll == what && s.list != "" && len(records(m, s.list)) > 0 {
					b.withList[what+"/"+s.list+"/"+id] = true
				}
			}
		}
	})
}

// orig returns the record of coll with the ID id as the export wrote it,
// or nil.
func (b *Book) orig(coll, id string) map[string]any {
	js, ok := b.original[coll][id]
	if !ok {
		return nil
	}
	m, _ := decodeDoc([]byte(js))
	return m
}

func isCollection(s string) bool {
	for _, c := range collections {
		if c == s {
			return true
		}
	}
	return false
}

func (b *Book) readProfile(f *excelize.File, name string) error {
	rows, err := sheetRows(f, name)
	if err != nil {
		return err
	}
	b.hasProf, b.profName = true, name
	for _, r := range rows {
		if r.n == 1 {
			continue
		}
		field := strings.TrimSpace(r.cell(0))
		if field == "" && strings.TrimSpace(r.cell(1)) == "" {
			continue
		}
		b.rows = append(b.rows, profileRow{n: r.n, field: field, value: r.cell(1)})
	}
	return nil
}

// readSheet reads a sheet of records or of the lists inside them.
func (b *Book) readSheet(f *excelize.File, s *sheet, name string) error {
	rows, err := sheetRows(f, name)
	if err != nil {
		return err
	}
	rs := &readSheet{def: s, name: name, key: -1, del: -1}
	b.sheets[s.name] = rs
	if len(rows) == 0 || rows[0].n != 1 {
		return nil
	}
	seen := map[string]int{} // what each column holds, by its key → its index
	for i, h := range rows[0].cells {
		h = strings.TrimSpace(h)
		if h == "" {
			continue
		}
		cell := cellName(i+1, 1)
		var what string
		var l layout
		switch ok := false; {
		case wordIs(s.keyHeader(), h):
			what = "\x00key"
		case s.parent == "" && wordIs(headerDelete, h):
			what = "\x00delete"
		default:
			if l, ok = s.layoutOf(h); !ok {
				b.problems = append(b.problems, problem("", CodeUnknownColumn, "", schema.Args{
					"sheet": name, "header": h, "expected": strings.Join(s.headers(b.Language), "; ")}))
				b.problems[len(b.problems)-1].Location = b.loc(name, cell)
				continue
			}
			what = strings.Join(l.jsonPath(), "/")
		}
		if j, dup := seen[what]; dup {
			b.problems = append(b.problems, problem("", CodeRepeatedColumn, "", schema.Args{"header": h, "first": cellName(j+1, 1)}))
			b.problems[len(b.problems)-1].Location = b.loc(name, cell)
			continue
		}
		seen[what] = i
		switch what {
		case "\x00key":
			rs.key = i
		case "\x00delete":
			rs.del = i
		default:
			rs.cols = append(rs.cols, readCol{layout: l, idx: i, head: h})
		}
	}
	for _, r := range rows[1:] {
		if !blank(r.cells) {
			rs.rows = append(rs.rows, r)
		}
	}
	return nil
}

func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// layoutOf finds the column a header names, in any of the six languages
// regardless of case and spacing: a column's header, or a text column's
// header and a language tag in brackets ("Title (fr)", "Titre (fr)").
func (s *sheet) layoutOf(h string) (layout, bool) {
	for _, c := range s.columns {
		if c.kind != kText && wordIs(c.header, h) {
			return layout{column: c}, true
		}
	}
	v, tag := splitNote(h)
	if tag == "" || !tracking.ValidLanguageTag(tag) {
		return layout{}, false
	}
	for _, c := range s.columns {
		if c.kind == kText && wordIs(c.header, v) {
			return layout{column: c, lang: tag}, true
		}
	}
	return layout{}, false
}

// headers returns the headers of s in the language lang, a text column
// with the language's tag, for a problem to name them.
func (s *sheet) headers(lang string) []string {
	out := []string{word(s.keyHeader(), lang)}
	for _, c := range s.columns {
		out = append(out, layout{column: c, lang: lang}.title(lang))
	}
	if s.parent == "" {
		out = append(out, word(headerDelete, lang))
	}
	return out
}

// errNil returns the error of Import for a nil book, the index-th.
func errNil(index int) error {
	return schema.Problems{problem("", CodeArguments, "book", schema.Args{"index": strconv.Itoa(index)})}
}
