package uhri

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/schema"
)

// MaxUnzippedBytes bounds what the parts of an XLSX export may take once
// unzipped: 4 GiB, some ten times a full export, so that a corrupt or
// malicious archive cannot fill the disk or the memory.
const MaxUnzippedBytes = 4 << 30

// xlsxState is what a Reader of an XLSX export holds.
type xlsxState struct {
	file  *excelize.File
	rows  *excelize.Rows
	sheet string
	row   int // the row last read, counting from 1
}

// openXLSX reads the archive and finds the sheet and its header row.
//
// The archive is read whole into memory, as a ZIP archive must be (its
// directory is at its end), and the library keeps the shared-strings
// table; the sheet itself streams, row by row, from memory or, for a sheet
// larger than 16 MiB unzipped, from a temporary file that Close removes.
func (r *Reader) openXLSX() error {
	r.started = true
	counted := &countingReader{r: r.src.r, reader: r}
	f, err := excelize.OpenReader(counted, excelize.Options{UnzipSizeLimit: MaxUnzippedBytes, TmpDir: r.opts.TempDir})
	r.progress(true)
	switch {
	case err != nil && counted.err != nil:
		return fail("", counted.err, CodeExportRead, "xlsx", schema.Args{"error": counted.err.Error()})
	case err != nil && r.consumed == 0:
		return fail("", nil, CodeExportEmpty, "xlsx", nil)
	case err != nil:
		return fail("", err, CodeExportMalformed, "xlsx", schema.Args{"error": err.Error()})
	}
	r.xlsx.file = f
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return fail("", nil, CodeExportMalformed, "noSheet", nil)
	}
	r.xlsx.sheet = sheets[0]
	rows, err := f.Rows(r.xlsx.sheet)
	if err != nil {
		return fail("", err, CodeExportMalformed, "sheet", schema.Args{"sheet": r.xlsx.sheet, "error": err.Error()})
	}
	r.xlsx.rows = rows
	for {
		cells, ok, err := r.nextXLSXRow()
		if err != nil {
			return err
		}
		if !ok {
			return fail("", nil, CodeExportEmpty, "noHeader", schema.Args{"sheet": r.xlsx.sheet})
		}
		if blank(cells) {
			continue
		}
		if ps := r.mapHeader(cells); len(ps) > 0 {
			for i := range ps {
				ps[i].Location.Sheet = r.xlsx.sheet
				ps[i].Location.Cell = strconv.Itoa(r.xlsx.row)
			}
			return failAll(fmt.Sprintf("the header (row %d of the sheet %q) cannot be used", r.xlsx.row, r.xlsx.sheet), ps)
		}
		r.csvNames = [numFields]string{}
		for i, f := range r.columns {
			if f >= 0 {
				r.csvNames[f] = r.headers[i]
			}
		}
		return nil
	}
}

// nextXLSXRow reads the next row of the sheet, with the raw values of its
// cells: numbers (dates among them) as the workbook stores them, shared
// and inline strings as their text.
func (r *Reader) nextXLSXRow() ([]string, bool, error) {
	rows := r.xlsx.rows
	if !rows.Next() {
		if err := rows.Error(); err != nil {
			return nil, false, fail("", err, CodeExportMalformed, "sheetAfterRow", schema.Args{"sheet": r.xlsx.sheet, "row": strconv.Itoa(r.xlsx.row), "error": err.Error()})
		}
		return nil, false, nil
	}
	r.xlsx.row++
	cells, err := rows.Columns(excelize.Options{RawCellValue: true})
	if err != nil {
		return nil, false, fail("", err, CodeExportMalformed, "row", schema.Args{"row": strconv.Itoa(r.xlsx.row), "sheet": r.xlsx.sheet, "error": err.Error()})
	}
	return cells, true, nil
}

// nextXLSX reads the next row of the XLSX export.
func (r *Reader) nextXLSX() (*rawRecord, error) {
	if !r.started {
		if err := r.openXLSX(); err != nil {
			r.Close()
			return nil, err
		}
	}
	for {
		cells, ok, err := r.nextXLSXRow()
		if err != nil {
			r.Close()
			return nil, err
		}
		if !ok {
			r.Close()
			return nil, io.EOF
		}
		if blank(cells) {
			continue
		}
		raw := r.newRaw(Location{Index: r.index, Sheet: r.xlsx.sheet, Row: r.xlsx.row})
		raw.names = r.csvNames
		size := 0
		for i, cell := range cells {
			size += len(cell)
			if i >= len(r.columns) {
				if strings.TrimSpace(cell) != "" {
					raw.warnings = append(raw.warnings, raw.warning(nil, CodeRowFields, "cell",
						schema.Args{"cell": cellName(i, r.xlsx.row), "value": cell}))
				}
				continue
			}
			f := r.columns[i]
			if f < 0 || cell == "" {
				continue
			}
			raw.set[f] = true
			if !utf8.ValidString(cell) {
				raw.warnings = append(raw.warnings, raw.warning([]any{r.headers[i]}, CodeInvalidUTF8, "", nil))
				cell = strings.ToValidUTF8(cell, "\uFFFD")
			}
			raw.one[f] = cell
			raw.vals[f] = raw.one[f : f+1 : f+1]
		}
		if int64(size) > r.src.max {
			r.Close()
			return nil, fail("/"+strconv.Itoa(r.index), ErrRecordTooLarge, CodeRecordTooLarge, "xlsx", schema.Args{"index": strconv.Itoa(r.index), "row": strconv.Itoa(r.xlsx.row), "sheet": r.xlsx.sheet, "limit": strconv.FormatInt(int64(r.src.max), 10)})
		}
		return raw, nil
	}
}

// Close releases what the Reader holds: for an XLSX export, the workbook
// and the temporary files the library made for a large sheet. A Reader
// closes itself once Read has returned io.EOF or an error; Close is for a
// caller that stops before. Read returns an error after Close. A Reader
// that NewReader did not make returns an error of code CodeReaderUnmade.
func (r *Reader) Close() error {
	if err := r.unmade(); err != nil {
		return err
	}
	var errs []error
	if r.xlsx.rows != nil {
		errs = append(errs, r.xlsx.rows.Close())
		r.xlsx.rows = nil
	}
	if r.xlsx.file != nil {
		errs = append(errs, r.xlsx.file.Close())
		r.xlsx.file = nil
	}
	if r.err == nil && r.started {
		r.err = fail("", errClosed, CodeReaderClosed, "", nil)
	}
	if err := errors.Join(errs...); err != nil {
		return fail("", err, CodeExportRead, "close", schema.Args{"error": err.Error()})
	}
	return nil
}

// errClosed is the cause of the error Read returns after Close (a problem
// of the code CodeReaderClosed), for errors.Is.
var errClosed = errors.New("uhri: the Reader is closed")

// countingReader counts the bytes of the archive as the library reads it,
// for Options.Progress, and keeps the io.Reader's error.
type countingReader struct {
	r      io.Reader
	reader *Reader
	err    error
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.reader.consumed += int64(n)
	c.reader.progress(false)
	if err != nil && err != io.EOF {
		c.err = err
	}
	return n, err
}

// blank reports whether a row holds no text.
func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// cellName returns the A1 name of the cell at column index i of row.
func cellName(i, row int) string {
	return columnName(i) + strconv.Itoa(row)
}

// columnName returns the letters of the column at index i (0 → A, 26 →
// AA).
func columnName(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}
