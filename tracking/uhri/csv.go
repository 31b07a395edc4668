package uhri

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/nmirf/nmirf/schema"
)

// nextCSV reads the next row of the CSV export.
func (r *Reader) nextCSV() (*rawRecord, error) {
	if !r.started {
		r.start()
		r.csv = csv.NewReader(r.br)
		r.csv.FieldsPerRecord = -1
		r.csv.ReuseRecord = true
		if r.opts.Comma != 0 {
			r.csv.Comma = r.opts.Comma
		}
		if err := r.csvHeader(); err != nil {
			return nil, err
		}
	}
	for {
		offset := r.csv.InputOffset()
		r.src.setMark(offset + r.bom)
		row, err := r.csv.Read()
		if err == io.EOF {
			return nil, io.EOF
		}
		if r.csv.InputOffset()-offset > r.src.max {
			return nil, r.readError(offset+r.bom, ErrRecordTooLarge)
		}
		raw := r.newRaw(Location{Index: r.index, Offset: offset + r.bom})
		raw.names = r.csvNames
		var pe *csv.ParseError
		if errors.As(err, &pe) && !errors.Is(err, ErrRecordTooLarge) {
			raw.loc.Line = pe.StartLine
			raw.skip = SkipRowSyntax
			absorbed := ""
			switch {
			// A quote left open runs on over the line breaks after it.
			case pe.Line == pe.StartLine+1:
				absorbed = fmt.Sprintf("; a quoted field of the row runs on from line %d to line %d, so line %d, which may hold another row, was read into it and is skipped with it", pe.StartLine, pe.Line, pe.Line)
			case pe.Line > pe.StartLine:
				absorbed = fmt.Sprintf("; a quoted field of the row runs on from line %d to line %d, so lines %d to %d, which may hold other rows, were read into it and are skipped with it", pe.StartLine, pe.Line, pe.StartLine+1, pe.Line)
			}
			raw.warnings = append(raw.warnings, raw.warning(SkipRowSyntax,
				fmt.Sprintf("the row cannot be read as CSV (line %d, column %d: %v); it is skipped%s", pe.Line, pe.Column, pe.Err, absorbed)))
			return raw, nil
		}
		if err != nil {
			return nil, r.readError(offset+r.bom, err)
		}
		raw.loc.Line, _ = r.csv.FieldPos(0)
		if len(row) == 1 && strings.TrimSpace(row[0]) == "" && len(r.columns) > 1 {
			continue // a blank line of spaces
		}
		for i, cell := range row {
			if i >= len(r.columns) {
				if strings.TrimSpace(strings.Join(row[i:], "")) != "" {
					raw.warnings = append(raw.warnings, raw.warning(CodeRowFields,
						fmt.Sprintf("the row has %d fields but the header %d; the fields past the header (%s) are left out", len(row), len(r.columns), quoteList(row[i:]))))
				}
				break
			}
			f := r.columns[i]
			if f < 0 {
				continue
			}
			raw.set[f] = true
			raw.names[f] = r.headers[i]
			raw.pos[f][0], raw.pos[f][1] = r.csv.FieldPos(i)
			if !utf8.ValidString(cell) {
				raw.warnings = append(raw.warnings, raw.warning(CodeInvalidUTF8,
					"the text is not valid UTF-8; the bad bytes became U+FFFD", r.headers[i]))
				cell = strings.ToValidUTF8(cell, "\uFFFD")
			}
			if cell != "" {
				raw.one[f] = cell
				raw.vals[f] = raw.one[f : f+1 : f+1]
			}
		}
		if len(row) < len(r.columns) {
			raw.warnings = append(raw.warnings, raw.warning(CodeRowFields,
				fmt.Sprintf("the row has %d fields but the header %d; the missing fields are taken as empty", len(row), len(r.columns))))
		}
		return raw, nil
	}
}

// csvHeader reads the header row and maps its columns to fields.
func (r *Reader) csvHeader() error {
	r.src.setMark(0)
	header, err := r.csv.Read()
	if err == io.EOF {
		return fail("", CodeExportEmpty, nil, "the CSV export is empty")
	}
	if errors.Is(err, ErrRecordTooLarge) {
		return fail("", CodeRecordTooLarge, err, "the CSV header is larger than %d bytes (Options.MaxRecordBytes)", r.src.max)
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fail("", CodeHeaderSyntax, err, "the CSV header cannot be read: %v", err)
	}
	if err != nil {
		return fail("", CodeExportRead, err, "reading the CSV header: %v", err)
	}
	ps := r.mapHeader(header)
	if len(ps) > 0 && len(header) == 1 {
		for _, sep := range []string{";", "\t", "|"} {
			if strings.Contains(header[0], sep) {
				ps.Add("", CodeHeaderSeparator, "the header is one column holding %q: set Options.Comma to the file's separator", sep)
				break
			}
		}
	}
	if len(ps) > 0 {
		return failAll("the CSV header cannot be used", ps)
	}
	return nil
}

// mapHeader maps the columns of a header row to fields, and returns what
// makes the header unusable.
func (r *Reader) mapHeader(header []string) schema.Problems {
	r.headers = make([]string, len(header))
	r.columns = make([]field, len(header))
	seen := map[field]int{}
	var ps schema.Problems
	for i, h := range header {
		h = strings.TrimSpace(h)
		r.headers[i] = h
		f, ok := lookupField(h)
		if !ok {
			r.columns[i] = -1
			if h != "" {
				r.unknownField(h)
			}
			continue
		}
		if j, dup := seen[f]; dup {
			ps.Add("", CodeHeaderRepeated, "column %d (%q) gives the same data as column %d (%q)", i+1, h, j+1, r.headers[j])
			r.columns[i] = -1
			continue
		}
		seen[f] = i
		r.columns[i] = f
		r.csvNames[f] = h
	}
	for _, f := range []field{fID, fText} {
		if _, ok := seen[f]; !ok {
			names := append([]string{fields[f].key}, fields[f].headers...)
			ps.Add("", CodeHeaderMissing, "the header has no column %s", quoteOr(names))
		}
	}
	for i, f := range r.columns {
		if f >= 0 {
			r.fieldCol[f] = i + 1
		}
	}
	return ps
}

// quoteOr formats names as "a", "b" or "c".
func quoteOr(names []string) string {
	q := quoteList(names)
	if i := strings.LastIndex(q, ", "); i >= 0 {
		q = q[:i] + " or " + q[i+2:]
	}
	return q
}
