package workbook

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Problem codes of the workbook reader. Problems of the dataset the
// workbook makes keep the codes of tracking.Check.
const (
	CodeUnreadable     = "workbook.unreadable"      // a file that is not a workbook this package reads
	CodeUnknownColumn  = "workbook.column.unknown"  // a header no column of the sheet has
	CodeRepeatedColumn = "workbook.column.repeated" // a header that stands twice in a sheet
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

	meta     exportMeta
	hasMeta  bool
	profile  map[string]any            // the profile at export, nil when not recorded
	original map[string]map[string]any // collection → ID → record at export
	order    map[string][]string       // collection → IDs in export order
	sheets   map[string]*readSheet
	rows     []profileRow
	hasProf  bool
	problems schema.Problems
}

// readSheet is a sheet as read: its columns found by header and its rows.
type readSheet struct {
	def  *sheet
	key  int // the index of the ID (or parent) column, -1 when absent
	del  int // the index of the Delete column, -1 when absent
	cols []readCol
	rows []readRow
}

type readCol struct {
	layout
	idx int
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
// locations. A file that is not an XLSX workbook gives a schema.Problems
// error with the code CodeUnreadable; what goes wrong reading r gives an
// ordinary error. Problems of the workbook's content (unknown headers,
// invalid keys) are kept for Import, which reports them with the rest.
func Read(r io.Reader, name string, lim Limits) (*Book, error) {
	if lim.MaxBytes <= 0 {
		lim.MaxBytes = 256 << 20
	}
	if lim.MaxUnzipped <= 0 {
		lim.MaxUnzipped = 2 << 30
	}
	data, err := io.ReadAll(io.LimitReader(r, lim.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("workbook: reading %s: %w", name, err)
	}
	unreadable := func(why string) error {
		return schema.Problems{{Pointer: "", Code: CodeUnreadable,
			Message:  fmt.Sprintf("the file cannot be read as an XLSX workbook (%s); save it from the spreadsheet as an Excel 2007-365 workbook (.xlsx)", why),
			Args:     schema.Args{"reason": why},
			Location: schema.Location{File: name}}}
	}
	if int64(len(data)) > lim.MaxBytes {
		return nil, unreadable(fmt.Sprintf("it is larger than %d bytes", lim.MaxBytes))
	}
	f, err := openReader(data, lim)
	if err != nil {
		return nil, unreadable(err.Error())
	}
	defer f.Close()
	b := &Book{Name: name, original: map[string]map[string]any{}, order: map[string][]string{}, sheets: map[string]*readSheet{}}
	if err := b.readExported(f); err != nil {
		return nil, unreadable(err.Error())
	}
	for _, sn := range f.GetSheetList() {
		if sn == sheetProfile {
			if err := b.readProfile(f); err != nil {
				return nil, unreadable(err.Error())
			}
			continue
		}
		if s, ok := sheetNamed(sn); ok {
			if err := b.readSheet(f, s); err != nil {
				return nil, unreadable(err.Error())
			}
		}
	}
	return b, nil
}

// openReader opens a workbook, turning a panic of the archive reader on a
// corrupt file into an error.
func openReader(data []byte, lim Limits) (f *excelize.File, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("the archive is corrupt: %v", r)
		}
	}()
	return excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		RawCellValue: true, UnzipSizeLimit: lim.MaxUnzipped, UnzipXMLSizeLimit: 64 << 20,
	})
}

// sheetRows reads every row of a sheet, raw values, with their numbers.
func sheetRows(f *excelize.File, name string) (out []readRow, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("sheet %s is corrupt: %v", name, r)
		}
	}()
	rows, err := f.Rows(name)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			return nil, err
		}
		if len(cells) > 0 {
			out = append(out, readRow{n: n, cells: cells})
		}
	}
	return out, rows.Error()
}

func (b *Book) loc(sheetName, cell string) schema.Location {
	return schema.Location{File: b.Name, Sheet: sheetName, Cell: cell}
}

func (b *Book) readExported(f *excelize.File) error {
	if idx, _ := f.GetSheetIndex(sheetExport); idx < 0 {
		return nil
	}
	rows, err := sheetRows(f, sheetExport)
	if err != nil {
		return err
	}
	for _, r := range rows {
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
				continue
			}
			id := r.cell(1)
			if b.original[what] == nil {
				b.original[what] = map[string]any{}
			}
			if _, dup := b.original[what][id]; !dup {
				b.original[what][id] = m
				b.order[what] = append(b.order[what], id)
			}
		}
	}
	return nil
}

func isCollection(s string) bool {
	for _, c := range collections {
		if c == s {
			return true
		}
	}
	return false
}

func (b *Book) readProfile(f *excelize.File) error {
	rows, err := sheetRows(f, sheetProfile)
	if err != nil {
		return err
	}
	b.hasProf = true
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
func (b *Book) readSheet(f *excelize.File, s *sheet) error {
	rows, err := sheetRows(f, s.name)
	if err != nil {
		return err
	}
	rs := &readSheet{def: s, key: -1, del: -1}
	b.sheets[s.name] = rs
	if len(rows) == 0 || rows[0].n != 1 {
		return nil
	}
	keyHeader := headerID
	if s.parent != "" {
		keyHeader = s.parent
	}
	seen := map[string]int{}
	for i, h := range rows[0].cells {
		h = strings.TrimSpace(h)
		if h == "" {
			continue
		}
		cell := cellName(i+1, 1)
		if j, dup := seen[h]; dup {
			b.problems.Report("", CodeRepeatedColumn, "the column {header} stands twice in the sheet, in {first} and here; this one is not read: remove one of them",
				schema.Args{"header": h, "first": cellName(j+1, 1)})
			b.problems[len(b.problems)-1].Location = b.loc(s.name, cell)
			continue
		}
		seen[h] = i
		switch {
		case h == keyHeader:
			rs.key = i
			continue
		case h == headerDelete && s.parent == "":
			rs.del = i
			continue
		}
		if l, ok := s.layoutOf(h); ok {
			rs.cols = append(rs.cols, readCol{layout: l, idx: i})
			continue
		}
		b.problems.Report("", CodeUnknownColumn, "the sheet {sheet} has no column {header}; its cells are not read: rename the header to one the export wrote, or move the column to another sheet",
			schema.Args{"sheet": s.name, "header": h})
		b.problems[len(b.problems)-1].Location = b.loc(s.name, cell)
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

// layoutOf finds the column a header names: a column's header, or a text
// column's header and a language tag in brackets ("Title (fr)").
func (s *sheet) layoutOf(h string) (layout, bool) {
	for _, c := range s.columns {
		if c.kind != kText && c.header == h {
			return layout{column: c}, true
		}
	}
	v, tag := splitNote(h)
	if tag == "" || !tracking.ValidLanguageTag(tag) {
		return layout{}, false
	}
	for _, c := range s.columns {
		if c.kind == kText && c.header == v {
			return layout{column: c, lang: tag}, true
		}
	}
	return layout{}, false
}

// errNil is returned for a nil book.
var errNil = errors.New("workbook: importing: a book is nil")
