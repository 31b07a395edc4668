package uhri

import (
	"encoding/csv"
	"errors"
	"io"
	"strconv"
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
			args := schema.Args{"line": strconv.Itoa(pe.Line), "column": strconv.Itoa(pe.Column), "error": pe.Err.Error(),
				"start": strconv.Itoa(pe.StartLine), "next": strconv.Itoa(pe.StartLine + 1)}
			variant := "csv"
			switch {
			// A quote left open runs on over the line breaks after it.
			case pe.Line == pe.StartLine+1:
				variant = "csvLine"
			case pe.Line > pe.StartLine:
				variant = "csvLines"
			}
			raw.warnings = append(raw.warnings, raw.warning(nil, SkipRowSyntax, variant, args))
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
					raw.warnings = append(raw.warnings, raw.warning(nil, CodeRowFields, "more", schema.Args{"count": strconv.Itoa(len(row)), "header": strconv.Itoa(len(r.columns)), "values": plainList(row[i:])}))
				}
				break
			}
			f := r.columns[i]
			if f < 0 {
				continue
			}
			raw.set[f] = true
			raw.names[f] = r.headers[i]
			if !utf8.ValidString(cell) {
				raw.warnings = append(raw.warnings, raw.warning([]any{r.headers[i]}, CodeInvalidUTF8, "", nil))
				cell = strings.ToValidUTF8(cell, "\uFFFD")
			}
			if cell != "" {
				raw.one[f] = cell
				raw.vals[f] = raw.one[f : f+1 : f+1]
			}
		}
		if len(row) < len(r.columns) {
			raw.warnings = append(raw.warnings, raw.warning(nil, CodeRowFields, "", schema.Args{"count": strconv.Itoa(len(row)), "header": strconv.Itoa(len(r.columns))}))
		}
		return raw, nil
	}
}

// csvHeader reads the header row and maps its columns to fields.
func (r *Reader) csvHeader() error {
	r.src.setMark(0)
	header, err := r.csv.Read()
	if err == io.EOF {
		return fail("", nil, CodeExportEmpty, "csv", nil)
	}
	if errors.Is(err, ErrRecordTooLarge) {
		return fail("", err, CodeRecordTooLarge, "header", schema.Args{"limit": strconv.FormatInt(int64(r.src.max), 10)})
	}
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fail("", err, CodeHeaderSyntax, "", schema.Args{"error": err.Error()})
	}
	if err != nil {
		return fail("", err, CodeExportRead, "header", schema.Args{"error": err.Error()})
	}
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
			add(&ps, "", CodeHeaderRepeated, "", schema.Args{"column": strconv.Itoa(i + 1), "header": h, "other": strconv.Itoa(j + 1), "otherHeader": r.headers[j]})
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
			add(&ps, "", CodeHeaderMissing, "", schema.Args{"columns": plainList(names)})
		}
	}
	if len(ps) > 0 && len(header) == 1 {
		for _, sep := range []string{";", "\t", "|"} {
			if strings.Contains(header[0], sep) {
				add(&ps, "", CodeHeaderSeparator, "", schema.Args{"separator": string(sep)})
				break
			}
		}
	}
	if len(ps) > 0 {
		return failAll("the CSV header cannot be used", ps)
	}
	return nil
}
