package uhri

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"iter"
	"os"
	"strconv"
	"strings"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// ErrRecordTooLarge is wrapped by the error a Reader returns for a record
// larger than Options.MaxRecordBytes.
var ErrRecordTooLarge = errors.New("uhri: record too large")

// maxUnknownFields bounds the distinct unknown keys a report counts.
const maxUnknownFields = 64

// maxCache bounds the look-up caches of a Reader.
const maxCache = 4096

// Reader reads the records of a UHRI export one at a time. It holds one
// record in memory at a time, whatever the size of the export. A Reader is
// not safe for concurrent use.
type Reader struct {
	opts        Options
	format      Format
	lang        string
	maxWarnings int
	state       tracking.Country     // set by Import: records must concern it
	latest      tracking.PartialDate // the latest plausible date
	latestWhy   string               // where latest comes from

	src      *boundedReader
	br       *bufio.Reader
	bom      int64
	elem     []byte    // the JSON element being read, reused
	closers  []byte    // the brackets that close what the element opened, reused
	depth    int       // the deepest nesting of the element
	raw      rawRecord // the record being read, reused
	scratch  []string  // the list values of the record being read, reused
	consumed int64     // bytes of the export consumed, the BOM included
	csv      *csv.Reader
	columns  []field           // CSV column → field, or -1
	headers  []string          // the CSV header, trimmed
	csvNames [numFields]string // the header of each field's column
	fieldCol [numFields]int    // each field's column, counting from 1; 0 for none
	xlsx     xlsxState
	total    int64 // the size of the export, 0 when not known
	shown    int64 // the bytes last given to Options.Progress

	started bool
	err     error
	index   int
	report  Report

	countryAliases map[string]tracking.Country
	bodyAliases    map[string]Body
	countryCache   map[string]tracking.Country // "" for unknown names
	termCache      map[string]termLookup
	warnedTerms    map[string]bool // scheme and code of the unknown terms warned about
}

// NewReader returns a Reader of the export r in format f. It reads nothing
// until the first call to Read. It fails when the format or the options
// are invalid (see Options.Check), or r is nil, with an error that holds
// a schema.Problems of code CodeFormat, CodeOptions or CodeExportRead.
func NewReader(r io.Reader, f Format, opts Options) (*Reader, error) {
	if !f.Valid() {
		return nil, fail("", nil, CodeFormat, "", schema.Args{"value": string(f)})
	}
	if r == nil {
		return nil, fail("", nil, CodeExportRead, "nil", nil)
	}
	if err := opts.Check(); err != nil {
		return nil, err
	}
	rd := &Reader{
		opts:         opts,
		format:       f,
		lang:         opts.Language,
		maxWarnings:  opts.MaxWarnings,
		countryCache: map[string]tracking.Country{},
		termCache:    map[string]termLookup{},
		warnedTerms:  map[string]bool{},
	}
	if rd.lang == "" {
		rd.lang = "en"
	}
	if rd.maxWarnings == 0 {
		rd.maxWarnings = DefaultMaxWarnings
	}
	rd.latest, rd.latestWhy = opts.ExportDate, "Options.ExportDate"
	if rd.latest.IsZero() {
		rd.latest, rd.latestWhy = latestDate, "when Options.ExportDate is not set"
	}
	max := opts.MaxRecordBytes
	if max == 0 {
		max = DefaultMaxRecordBytes
	}
	rd.src = &boundedReader{r: r, max: max}
	rd.total = opts.Size
	if rd.total == 0 {
		rd.total = sizeOf(r)
	}
	rd.report.Format = f
	if len(opts.CountryAliases) > 0 {
		rd.countryAliases = make(map[string]tracking.Country, len(opts.CountryAliases))
		for name, c := range opts.CountryAliases {
			rd.countryAliases[foldName(name)] = c
		}
	}
	if len(opts.BodyAliases) > 0 {
		rd.bodyAliases = make(map[string]Body, len(opts.BodyAliases))
		for name, b := range opts.BodyAliases {
			rd.bodyAliases[foldBody(name)] = b
		}
	}
	return rd, nil
}

// Report returns the report of what the Reader has read so far. It is
// complete once Read has returned io.EOF or an error. Import adds its own
// counts to it. A nil Reader, which has read nothing, returns an empty
// report.
func (r *Reader) Report() *Report {
	if r == nil {
		return &Report{}
	}
	return &r.report
}

// unmade returns the error of a Reader that NewReader did not make: nil,
// or a zero Reader.
func (r *Reader) unmade() error {
	if r == nil || r.src == nil {
		return fail("", nil, CodeReaderUnmade, "", nil)
	}
	return nil
}

// Read returns the next record that passes the filter. It returns io.EOF
// after the last record. Records that cannot be imported are skipped and
// counted in the report, with a warning that says why. Any other error
// (a JSON export whose array cannot be followed, an unreadable CSV header,
// a record past Options.MaxRecordBytes, an export that ends early, a
// failing io.Reader) ends the export: Read returns it from then on, and
// the report still counts what was read. That error holds a
// schema.Problems whose code says what happened (CodeExportMalformed,
// CodeExportTruncated, CodeRecordTooLarge and the others listed with
// them) and whose pointer names the record, when there is one. A Reader
// that NewReader did not make returns an error of code CodeReaderUnmade.
func (r *Reader) Read() (Annotation, error) {
	if err := r.unmade(); err != nil {
		return Annotation{}, err
	}
	for {
		if r.err != nil {
			return Annotation{}, r.err
		}
		var raw *rawRecord
		var err error
		switch r.format {
		case JSON:
			raw, err = r.nextJSON()
		case CSV:
			raw, err = r.nextCSV()
		default:
			raw, err = r.nextXLSX()
		}
		if err != nil {
			r.err = err
			r.progress(true)
			return Annotation{}, err
		}
		r.report.Read++
		r.progress(false)
		r.index++
		a, skip := r.normalize(raw)
		if skip != "" {
			r.report.Skipped++
			inc(&r.report.SkippedBy, skip)
			r.addWarnings(a.Warnings)
			continue
		}
		r.report.seen(&a)
		if !r.opts.Filter.matches(&a, r.state) {
			r.report.Filtered++
			// A country the importer does not know may hide a record the
			// filter wanted, so those warnings stay in the report.
			for _, w := range a.Warnings {
				if w.Code == CodeCountryUnknown && w.Pointer == schema.Pointer(a.Location.Index, raw.name(fCountries)) {
					r.report.warn(w, r.maxWarnings)
				}
			}
			continue
		}
		r.report.count(&a)
		r.addWarnings(a.Warnings)
		return a, nil
	}
}

func (r *Reader) addWarnings(ws []Warning) {
	for _, w := range ws {
		r.report.warn(w, r.maxWarnings)
	}
}

// All returns an iterator over the records that pass the filter. It stops
// after the last record, or after yielding a non-nil error, which ends the
// export (see Read).
func (r *Reader) All() iter.Seq2[Annotation, error] {
	return func(yield func(Annotation, error) bool) {
		for {
			a, err := r.Read()
			if err == io.EOF {
				return
			}
			if !yield(a, err) || err != nil {
				return
			}
		}
	}
}

// progress calls Options.Progress, at most once per 64 KiB read unless
// final.
func (r *Reader) progress(final bool) {
	if r.opts.Progress == nil {
		return
	}
	n := r.consumed
	if r.format != XLSX {
		n = r.src.n
	}
	if !final && n-r.shown < 64<<10 && r.report.Read%1024 != 0 {
		return
	}
	r.shown = n
	r.opts.Progress(Progress{Records: r.report.Read, Bytes: n, Total: r.total})
}

// sizeOf returns the size of what r holds, when r can tell it: a
// *bytes.Reader or *strings.Reader (Size), or a file (Stat).
func sizeOf(r io.Reader) int64 {
	switch v := r.(type) {
	case interface{ Size() int64 }:
		return v.Size()
	case interface{ Stat() (os.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() {
			return fi.Size()
		}
	}
	return 0
}

// bufferSize is the size of a Reader's buffer.
const bufferSize = 64 << 10

// start wraps the source in a buffer and skips a UTF-8 byte order mark.
// A source that tells how much it holds (a bytes.Reader, a strings.Reader)
// and holds less than a buffer gets a smaller one, so that reading a small
// export does not allocate and clear a large buffer.
func (r *Reader) start() {
	r.started = true
	size := bufferSize
	if l, ok := r.src.r.(interface{ Len() int }); ok {
		size = min(size, max(l.Len()+1, 16))
	}
	r.br = bufio.NewReaderSize(r.src, size)
	if b, err := r.br.Peek(3); err == nil && bytes.Equal(b, []byte("\ufeff")) {
		r.br.Discard(3)
		r.bom = 3
		r.consumed = 3
	}
}

// readError describes an error met while reading the export: a record
// past Options.MaxRecordBytes, the export ending early, or the io.Reader
// failing. start is where the record being read starts, or -1 between
// records.
func (r *Reader) readError(start int64, err error) error {
	at := ""
	if start >= 0 {
		at = schema.Pointer(r.index)
	}
	switch {
	case errors.Is(err, ErrRecordTooLarge):
		if start < 0 {
			start = r.src.mark
		}
		return fail(at, err, CodeRecordTooLarge, "", schema.Args{"index": strconv.Itoa(r.index), "offset": strconv.FormatInt(int64(start), 10), "limit": strconv.FormatInt(int64(r.src.max), 10)})
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		if start >= 0 {
			return fail(at, io.ErrUnexpectedEOF, CodeExportTruncated, "record", schema.Args{"offset": strconv.FormatInt(int64(r.consumed), 10), "index": strconv.Itoa(r.index), "start": strconv.FormatInt(int64(start), 10)})
		}
		offset := strconv.FormatInt(int64(r.consumed), 10)
		if r.index > 0 {
			return fail(at, io.ErrUnexpectedEOF, CodeExportTruncated, "array", schema.Args{"offset": offset, "index": strconv.Itoa(r.index - 1)})
		}
		return fail(at, io.ErrUnexpectedEOF, CodeExportTruncated, "first", schema.Args{"offset": offset})
	}
	if start < 0 {
		start = r.consumed
	}
	return fail(at, err, CodeExportRead, "", schema.Args{"index": strconv.Itoa(r.index), "offset": strconv.FormatInt(int64(start), 10), "error": err.Error()})
}

// newRaw returns the Reader's raw record, emptied, at loc.
func (r *Reader) newRaw(loc Location) *rawRecord {
	r.raw = rawRecord{loc: loc, fieldCol: r.fieldCol}
	clear(r.scratch)
	r.scratch = r.scratch[:0]
	return &r.raw
}

// unknownField counts a key or column the importer does not read.
func (r *Reader) unknownField(name string) {
	name = strings.ToValidUTF8(name, "\uFFFD")
	if _, ok := r.report.UnknownFields[name]; !ok && len(r.report.UnknownFields) >= maxUnknownFields {
		name = "(other)"
	}
	inc(&r.report.UnknownFields, name)
}

// warning makes a warning about the record; tokens after the record's
// index make the pointer, such as the key or header and an item's index.
// The warning is worded by the variant of the code's message (see
// problem).
func (raw *rawRecord) warning(tokens []any, code, variant string, args schema.Args) Warning {
	p := problem(schema.Pointer(append([]any{raw.loc.Index}, tokens...)...), code, variant, args)
	p.Location = raw.where(-1)
	return Warning{Location: raw.loc, Problem: p}
}

// where says where field f of the record stands in a spreadsheet export:
// its cell (the row alone for f < 0 or a field without a column) in an
// XLSX export, its line in a CSV export; zero for JSON.
func (raw *rawRecord) where(f field) schema.Location {
	switch {
	case raw.loc.Sheet != "":
		cell := strconv.Itoa(raw.loc.Row)
		if f >= 0 && raw.fieldCol[f] > 0 {
			cell = columnName(raw.fieldCol[f]-1) + cell
		}
		return schema.Location{Sheet: raw.loc.Sheet, Cell: cell}
	case f >= 0 && raw.pos[f][0] > 0:
		return schema.Location{Line: raw.pos[f][0], Column: raw.pos[f][1]}
	case raw.loc.Line > 0:
		return schema.Location{Line: raw.loc.Line}
	}
	return schema.Location{}
}

// lookupCountry maps a country name to its code, with the caller's aliases
// first and a cache.
func (r *Reader) lookupCountry(name string) (tracking.Country, bool) {
	if c, ok := r.countryCache[name]; ok {
		return c, c != ""
	}
	key := foldName(name)
	c, ok := r.countryAliases[key]
	if !ok {
		c, ok = countryTable()[key]
	}
	if len(r.countryCache) < maxCache {
		r.countryCache[name] = c
	}
	return c, ok
}

// lookupBody maps a body's name to a body, with the caller's aliases first.
func (r *Reader) lookupBody(name string) (Body, bool) {
	if b, ok := r.bodyAliases[foldBody(name)]; ok {
		return b, true
	}
	return LookupBody(name)
}

// termLookup is what termCode found.
type termLookup struct {
	code  string
	known bool
}

// termCode is termCode with a cache.
func (r *Reader) termCode(scheme, label string) (string, bool) {
	key := scheme + "\x00" + label
	if v, ok := r.termCache[key]; ok {
		return v.code, v.known
	}
	code, known := termCode(scheme, label)
	if len(r.termCache) < maxCache {
		r.termCache[key] = termLookup{code, known}
	}
	return code, known
}

// boundedReader reads from r and fails when one record would need more
// than max bytes past its start (mark), so that memory stays bounded.
type boundedReader struct {
	r    io.Reader
	n    int64 // bytes read so far
	mark int64 // where the current record starts, in bytes of r
	max  int64
}

// readSlack is what the buffers above a boundedReader may read ahead of the
// record they decode.
const readSlack = 128 << 10

// setMark records that a record starts at offset, counted in the bytes the
// decoder has consumed (which the BOM, if any, precedes).
func (b *boundedReader) setMark(offset int64) { b.mark = offset }

func (b *boundedReader) Read(p []byte) (int, error) {
	allowed := b.mark + b.max + readSlack - b.n
	if allowed <= 0 {
		return 0, ErrRecordTooLarge
	}
	if int64(len(p)) > allowed {
		p = p[:allowed]
	}
	n, err := b.r.Read(p)
	b.n += int64(n)
	return n, err
}
