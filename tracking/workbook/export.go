package workbook

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Options say what a workbook holds and in which language.
type Options struct {
	// Language is the workbook's language, one of Languages: the language
	// of the codelist titles its drop-downs show, the first of its text
	// columns, and, for Arabic, sheets laid out right to left. Empty means
	// English.
	Language string
	// Languages are the languages of the text columns. Empty means the
	// languages the dataset's text uses (English when it has none), the
	// workbook's language first, then the six UN languages in order, then
	// any others.
	Languages []string
	// Entity, when set, makes a workbook for one responsible entity: the
	// recommendations it is responsible for, the actions it leads or
	// supports or that implement those recommendations, their indicators,
	// progress reports and assessments, the obligations it leads and the
	// clusters of its recommendations. Entities are all listed, so that
	// links resolve; the profile is left out.
	Entity tracking.ID
}

// Export writes ds as a workbook that the caller may change further before
// saving it. ds is not changed. Write, which saves it at once, takes much
// less memory for a large dataset.
func Export(ds *tracking.Dataset, opt Options) (*excelize.File, error) {
	return export(ds, opt, false)
}

// export writes ds as a workbook; with stream, the sheets of records and
// the record of the export are streamed (excelize.StreamWriter), so that
// their cells are not held in memory, and the workbook can only be saved.
func export(ds *tracking.Dataset, opt Options, stream bool) (*excelize.File, error) {
	if ds == nil {
		return nil, schema.Problems{problem("", CodeArguments, "dataset", nil)}
	}
	if opt.Language == "" {
		opt.Language = "en"
	}
	if !slices.Contains(Languages, opt.Language) {
		return nil, schema.Problems{problem("/Language", CodeArguments, "language", schema.Args{"value": opt.Language, "languages": strings.Join(Languages, ", ")})}
	}
	doc, err := toDoc(ds)
	if err != nil {
		return nil, err
	}
	x := newExporter(doc, opt)
	x.stream = stream && !hasUnsafe(doc)
	if !opt.Entity.IsZero() {
		if _, ok := x.refs.byID[opt.Entity.String()]; !ok || x.refs.coll[opt.Entity.String()] != "entities" {
			return nil, schema.Problems{problem("/Entity", CodeArguments, "entity", schema.Args{"id": opt.Entity.String()})}
		}
		x.only = include(tracking.NewIndex(ds), opt.Entity)
	}
	if len(opt.Languages) == 0 {
		x.langs = languagesOf(doc, opt.Language)
	} else {
		x.langs = slices.Clone(opt.Languages)
	}
	return x.write()
}

// Write writes ds as a workbook to w, as Export does.
func Write(w io.Writer, ds *tracking.Dataset, opt Options) error {
	if w == nil {
		return schema.Problems{problem("", CodeArguments, "writer", nil)}
	}
	f, err := export(ds, opt, true)
	if err != nil {
		return err
	}
	defer f.Close()
	if _, err := f.WriteTo(w); err != nil {
		return schema.Problems{problem("", CodeWrite, "", schema.Args{"error": err.Error()})}
	}
	return nil
}

// toDoc returns the JSON form of a dataset, numbers kept as written.
func toDoc(ds *tracking.Dataset) (map[string]any, error) {
	var b bytes.Buffer
	if err := schema.Write(&b, ds); err != nil {
		return nil, schema.Problems{problem("", CodeEncode, "", schema.Args{"error": err.Error()})}
	}
	return decodeDoc(b.Bytes())
}

func decodeDoc(data []byte) (map[string]any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc map[string]any
	if err := dec.Decode(&doc); err != nil {
		return nil, schema.Problems{problem("", CodeEncode, "decode", schema.Args{"error": err.Error()})}
	}
	if doc == nil {
		doc = map[string]any{}
	}
	return doc, nil
}

// records returns the records of a collection of doc.
func records(doc map[string]any, coll string) []any {
	s, _ := doc[coll].([]any)
	return s
}

// refIndex maps the IDs of a dataset's records to their refs and back.
type refIndex struct {
	byID  map[string]string            // ID → ref ("" when none)
	coll  map[string]string            // ID → collection
	byRef map[string]map[string]string // collection → ref → ID
}

func newRefIndex() *refIndex {
	return &refIndex{byID: map[string]string{}, coll: map[string]string{}, byRef: map[string]map[string]string{}}
}

func (ri *refIndex) add(coll, id, ref string) {
	ri.byID[id] = ref
	ri.coll[id] = coll
	if ref != "" {
		if ri.byRef[coll] == nil {
			ri.byRef[coll] = map[string]string{}
		}
		if _, taken := ri.byRef[coll][ref]; !taken {
			ri.byRef[coll][ref] = id
		}
	}
}

func (ri *refIndex) addDoc(doc map[string]any) {
	for _, coll := range collections {
		for _, r := range records(doc, coll) {
			m, _ := r.(map[string]any)
			id, _ := m["id"].(string)
			ref, _ := m["ref"].(string)
			ri.add(coll, id, ref)
		}
	}
}

// name returns how a link to the record id is written: its ref, or its ID.
func (ri *refIndex) name(id string) string {
	if ref := ri.byID[id]; ref != "" {
		return ref
	}
	return id
}

type exporter struct {
	doc   map[string]any
	opt   Options
	langs []string
	refs  *refIndex
	only  map[string]bool // the IDs of the records an entity's workbook holds; nil for all
	// stream says to stream the big sheets: see export.
	stream bool
	f      *excelize.File
	lists  map[string]string // codelist → range of its titles in the Lists sheet
	style  styles
}

type styles struct{ header, key, text, wrap int }

func newExporter(doc map[string]any, opt Options) *exporter {
	x := &exporter{doc: doc, opt: opt, refs: newRefIndex(), lists: map[string]string{}}
	x.refs.addDoc(doc)
	return x
}

// include returns the IDs of the records the workbook of entity holds.
func include(ix *tracking.Index, entity tracking.ID) map[string]bool {
	ds := ix.Dataset()
	in := map[string]bool{}
	add := func(id tracking.ID) { in[id.String()] = true }
	has := func(id tracking.ID) bool { return in[id.String()] }
	for _, e := range ds.Entities {
		add(e.ID)
	}
	for _, r := range ds.Recommendations {
		if slices.Contains(ix.ResponsibleEntities(r.ID), entity) {
			add(r.ID)
		}
	}
	for _, a := range ds.Actions {
		if a.LeadEntityID == entity || slices.Contains(a.SupportingEntityIDs, entity) || slices.ContainsFunc(a.RecommendationIDs, has) {
			add(a.ID)
		}
	}
	for _, in := range ds.Indicators {
		if slices.ContainsFunc(in.ActionIDs, has) || slices.ContainsFunc(in.RecommendationIDs, has) {
			add(in.ID)
		}
	}
	for _, p := range ds.ProgressReports {
		if p.EntityID == entity || has(p.ActionID) || has(p.IndicatorID) || has(p.RecommendationID) {
			add(p.ID)
		}
	}
	for _, a := range ds.Assessments {
		if has(a.RecommendationID) {
			add(a.ID)
		}
	}
	for _, o := range ds.Obligations {
		if o.LeadEntityID == entity {
			add(o.ID)
		}
	}
	for _, c := range ds.Clusters {
		if slices.ContainsFunc(c.RecommendationIDs, has) {
			add(c.ID)
		}
	}
	return in
}

// languagesOf returns the languages of the text of doc: first, then the
// UN languages in order, then the others sorted.
func languagesOf(doc map[string]any, first string) []string {
	seen := map[string]bool{}
	for _, s := range sheets {
		for _, r := range records(doc, s.coll) {
			m, _ := r.(map[string]any)
			elems := []any{m}
			if s.list != "" {
				elems, _ = m[s.list].([]any)
			}
			for _, e := range elems {
				em, _ := e.(map[string]any)
				for _, c := range s.columns {
					if c.kind == kText {
						if t, ok := getPath(em, c.path).(map[string]any); ok {
							for l := range t {
								seen[l] = true
							}
						}
					}
				}
			}
		}
	}
	out := []string{first}
	for _, l := range Languages {
		if l != first && seen[l] {
			out = append(out, l)
		}
	}
	var others []string
	for l := range seen {
		if l != first && !slices.Contains(Languages, l) {
			others = append(others, l)
		}
	}
	slices.Sort(others)
	return append(out, others...)
}

func (x *exporter) write() (*excelize.File, error) {
	x.f = excelize.NewFile()
	f := x.f
	var err error
	if x.style, err = newStyles(f); err != nil {
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", x.name(sheetInstructions)); err != nil {
		return nil, err
	}
	if err := x.instructions(); err != nil {
		return nil, err
	}
	if x.only == nil {
		if _, err := f.NewSheet(x.name(sheetProfile)); err != nil {
			return nil, err
		}
		if err := x.profile(); err != nil {
			return nil, err
		}
	}
	for i := range sheets {
		if _, err := f.NewSheet(x.name(sheets[i].name)); err != nil {
			return nil, err
		}
	}
	if _, err := f.NewSheet(x.name(sheetLists)); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet(x.name(sheetExport)); err != nil {
		return nil, err
	}
	// Before any sheet is streamed, since these read every sheet again.
	f.SetActiveSheet(0)
	if err := f.SetSheetVisible(x.name(sheetLists), false); err != nil {
		return nil, err
	}
	if err := f.SetSheetVisible(x.name(sheetExport), false, true); err != nil {
		return nil, err
	}
	for i := range sheets {
		if err := x.sheet(&sheets[i]); err != nil {
			return nil, err
		}
	}
	if err := x.exported(); err != nil {
		return nil, err
	}
	return f, nil
}

// name returns the word key (a sheet's or a column's English name) in the
// workbook's language.
func (x *exporter) name(key string) string { return word(key, x.opt.Language) }

// instructions writes the sheet that tells people how to fill in the
// workbook.
func (x *exporter) instructions() error {
	name := x.name(sheetInstructions)
	lang := x.opt.Language
	text := fill("instructions", lang, map[string]string{
		"id": word(headerID, lang), "delete": word(headerDelete, lang), "yes": word("yes", lang)})
	if err := x.f.SetCellStr(name, "A1", text); err != nil {
		return err
	}
	if err := x.f.SetColWidth(name, "A", "A", 110); err != nil {
		return err
	}
	if err := x.f.SetRowHeight(name, 1, 220); err != nil {
		return err
	}
	if err := x.f.SetCellStyle(name, "A1", "A1", x.style.wrap); err != nil {
		return err
	}
	if tracking.RightToLeft(lang) {
		rtl := true
		return x.f.SetSheetView(name, 0, &excelize.ViewOptions{RightToLeft: &rtl})
	}
	return nil
}

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	var err error
	if s.header, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E2F3"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Border:    []excelize.Border{{Type: "bottom", Color: "8EA9DB", Style: 1}},
	}); err != nil {
		return s, err
	}
	text := 49 // "@": what people type stays text, so a date is not turned into a serial
	if s.key, err = f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Color: "808080", Size: 9},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}},
		NumFmt:    text,
		Alignment: &excelize.Alignment{Vertical: "top"},
	}); err != nil {
		return s, err
	}
	if s.text, err = f.NewStyle(&excelize.Style{NumFmt: text, Alignment: &excelize.Alignment{Vertical: "top"}}); err != nil {
		return s, err
	}
	s.wrap, err = f.NewStyle(&excelize.Style{NumFmt: text, Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	return s, err
}

// view lays out a sheet: header row frozen, right to left for Arabic.
func (x *exporter) view(name string, frozenCols int) error {
	if err := x.f.SetPanes(name, &excelize.Panes{
		Freeze: true, XSplit: frozenCols, YSplit: 1,
		TopLeftCell: cellName(frozenCols+1, 2), ActivePane: "bottomRight",
	}); err != nil {
		return err
	}
	landscape := "landscape"
	if err := x.f.SetPageLayout(name, &excelize.PageLayoutOptions{Orientation: &landscape}); err != nil {
		return err
	}
	if tracking.RightToLeft(x.opt.Language) {
		rtl := true
		return x.f.SetSheetView(name, 0, &excelize.ViewOptions{RightToLeft: &rtl})
	}
	return nil
}

func cellName(col, row int) string {
	c, _ := excelize.CoordinatesToCellName(col, row)
	return c
}

func colName(col int) string {
	c, _ := excelize.ColumnNumberToName(col)
	return c
}

// sheet writes the rows of s.
func (x *exporter) sheet(s *sheet) error {
	f := x.f
	name := x.name(s.name)
	lay := s.layouts(x.langs)
	header := []any{x.name(s.keyHeader())}
	for _, l := range lay {
		header = append(header, l.title(x.opt.Language))
	}
	if s.parent == "" {
		header = append(header, x.name(headerDelete))
	}
	// The look of the sheet first: a stream writer keeps it, and writes
	// the rows without holding them.
	if err := x.columnsLook(s, lay, len(header)); err != nil {
		return err
	}
	if err := f.AutoFilter(name, "A1:"+cellName(len(header), max(x.rowCount(s)+1, 2)), nil); err != nil {
		return err
	}
	if err := x.view(name, 1); err != nil {
		return err
	}
	w, err := x.rowWriter(name)
	if err != nil {
		return err
	}
	if err := w.put(header, x.style.header); err != nil {
		return err
	}
	put := func(cells []any) error { return w.put(cells, 0) }
	for _, r := range records(x.doc, s.coll) {
		m, _ := r.(map[string]any)
		id, _ := m["id"].(string)
		if x.only != nil && !x.only[id] {
			continue
		}
		if s.list == "" {
			cells := make([]any, 0, len(header))
			cells = append(cells, id)
			for _, l := range lay {
				cells = append(cells, x.cell(l, getPath(m, l.jsonPath())))
			}
			if err := put(cells); err != nil {
				return err
			}
			continue
		}
		elems, _ := m[s.list].([]any)
		for _, e := range elems {
			em, _ := e.(map[string]any)
			cells := []any{x.refs.name(id)}
			for _, l := range lay {
				cells = append(cells, x.cell(l, getPath(em, l.jsonPath())))
			}
			if err := put(cells); err != nil {
				return err
			}
		}
	}
	return w.flush()
}

// rows writes the rows of a sheet one after the other, streamed or not.
type rows struct {
	x    *exporter
	name string
	sw   *excelize.StreamWriter // nil when not streamed
	n    int                    // the rows written
}

func (x *exporter) rowWriter(name string) (*rows, error) {
	w := &rows{x: x, name: name}
	if x.stream {
		var err error
		if w.sw, err = x.f.NewStreamWriter(name); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// put writes the next row, in the style given when it is not zero.
// Strings are escaped so that they read back the same (xmlSafe; a stream
// writer escapes a literal "_xHHHH_" itself, and cannot write the few
// characters XML cannot hold, which a stream of the package never holds).
func (w *rows) put(cells []any, style int) error {
	w.n++
	cells = safeNumbers(cells)
	if w.sw == nil {
		cells = safeStrings(cells)
		if err := w.x.f.SetSheetRow(w.name, cellName(1, w.n), &cells); err != nil {
			return err
		}
		if style != 0 {
			return w.x.f.SetCellStyle(w.name, cellName(1, w.n), cellName(len(cells), w.n), style)
		}
		return nil
	}
	if style != 0 {
		for i, c := range cells {
			cells[i] = excelize.Cell{StyleID: style, Value: c}
		}
	}
	return w.sw.SetRow(cellName(1, w.n), cells)
}

func (w *rows) flush() error {
	if w.sw == nil {
		return nil
	}
	return w.sw.Flush()
}

// rowCount returns how many rows the records of s take in its sheet.
func (x *exporter) rowCount(s *sheet) int {
	n := 0
	for _, r := range records(x.doc, s.coll) {
		m, _ := r.(map[string]any)
		id, _ := m["id"].(string)
		if x.only != nil && !x.only[id] {
			continue
		}
		if s.list == "" {
			n++
		} else {
			elems, _ := m[s.list].([]any)
			n += len(elems)
		}
	}
	return n
}

// columnsLook sets the widths, styles, comments and drop-downs of the
// columns of s.
func (x *exporter) columnsLook(s *sheet, lay []layout, n int) error {
	f := x.f
	name := x.name(s.name)
	first := colName(1)
	if s.parent == "" {
		if err := f.SetColWidth(name, first, first, 38); err != nil {
			return err
		}
		if err := f.SetColStyle(name, first, x.style.key); err != nil {
			return err
		}
		if err := f.AddComment(name, excelize.Comment{Cell: "A1", Author: "nmirf", Text: x.name("key note")}); err != nil {
			return err
		}
		last := colName(n)
		if err := f.SetColWidth(name, last, last, max(9, float64(len([]rune(x.name(headerDelete))))+3)); err != nil {
			return err
		}
		if err := f.AddComment(name, excelize.Comment{Cell: last + "1", Author: "nmirf", Text: x.name("delete note")}); err != nil {
			return err
		}
		if err := x.dropDown(name, last, "", []string{x.name("yes")}, "delete help"); err != nil {
			return err
		}
	} else {
		if err := f.SetColWidth(name, first, first, 18); err != nil {
			return err
		}
		if err := f.AddComment(name, excelize.Comment{Cell: "A1", Author: "nmirf", Text: x.name("parent note")}); err != nil {
			return err
		}
	}
	for i, l := range lay {
		c := colName(i + 2)
		width, style := 14.0, x.style.text
		switch {
		case l.kind == kText:
			width, style = 40, x.style.wrap
		case l.multi():
			width, style = 22, x.style.wrap
		case l.kind == kCode:
			width = 22
		case l.kind == kInt || l.kind == kNumber || l.kind == kBool:
			width = 11
		}
		if err := f.SetColWidth(name, c, c, width); err != nil {
			return err
		}
		if l.kind != kInt && l.kind != kNumber {
			if err := f.SetColStyle(name, c, style); err != nil {
				return err
			}
		}
		switch l.kind {
		case kCode:
			if err := x.dropDown(name, c, l.list, nil, "not in list help"); err != nil {
				return err
			}
		case kBool:
			if err := x.dropDown(name, c, "", []string{x.name("yes"), x.name("no")}, "yes or no"); err != nil {
				return err
			}
		}
	}
	return nil
}

// dropDown gives the cells of a column below the header a drop-down: the
// titles of a codelist, or the values given; help is the word key of the
// warning a value outside the list gets.
func (x *exporter) dropDown(sheetName, col, list string, values []string, help string) error {
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(col + "2:" + col + "1048576")
	if list == "" {
		if err := dv.SetDropList(values); err != nil {
			return err
		}
	} else {
		rng, err := x.listRange(list)
		if err != nil {
			return err
		}
		dv.SetSqrefDropList(rng)
	}
	dv.SetInput(x.name("choose"), x.name("choose help"))
	dv.SetError(excelize.DataValidationErrorStyleWarning, x.name("not in list"), x.name(help))
	return x.f.AddDataValidation(sheetName, dv)
}

// listRange writes the titles of a codelist to the Lists sheet once and
// returns their range.
func (x *exporter) listRange(list string) (string, error) {
	if r, ok := x.lists[list]; ok {
		return r, nil
	}
	cl := codelistOf(list)
	c := colName(len(x.lists) + 1)
	values := []any{list}
	for _, code := range cl.codes {
		values = append(values, codeTitle(list, code, x.opt.Language))
	}
	lists := x.name(sheetLists)
	if err := x.f.SetSheetCol(lists, c+"1", &values); err != nil {
		return "", err
	}
	r := fmt.Sprintf("'%s'!$%s$2:$%s$%d", strings.ReplaceAll(lists, "'", "''"), c, c, len(values))
	x.lists[list] = r
	return r, nil
}

// cell returns the cell of a value of a column.
func (x *exporter) cell(l layout, v any) any {
	if v == nil {
		return nil
	}
	switch l.kind {
	case kInt, kNumber:
		if n, ok := v.(json.Number); ok {
			if f, err := n.Float64(); err == nil {
				return f
			}
		}
	case kCode:
		if s, ok := v.(string); ok {
			return codeTitle(l.list, s, x.opt.Language)
		}
	case kRef:
		if s, ok := v.(string); ok {
			return x.refs.name(s)
		}
	case kBool:
		if b, ok := v.(bool); ok {
			return x.yesNo(b)
		}
	case kCodes, kRefs, kSDGTargets, kSDGGoals, kAssignments, kRelated, kIdentifiers, kCategories:
		elems, _ := v.([]any)
		out := make([]string, 0, len(elems))
		for _, e := range elems {
			out = append(out, x.line(l, e))
		}
		return strings.Join(out, "\n")
	}
	return asString(v)
}

// line returns one line of a cell of several values.
func (x *exporter) line(l layout, e any) string {
	m, _ := e.(map[string]any)
	withNote := func(v, note, none string) string {
		if note == none {
			return v
		}
		return v + " (" + note + ")"
	}
	switch l.kind {
	case kRefs:
		return x.refs.name(asString(e))
	case kSDGTargets, kSDGGoals:
		field := "target"
		if l.kind == kSDGGoals {
			field = "goal"
		}
		note := asString(m["origin"])
		if note == defaultOrigin {
			note = ""
		} else if note != "" {
			note = x.noteTitle("link-origin", note)
		}
		if m["confirmed"] == true {
			note = strings.TrimPrefix(note+", "+x.name(confirmedNote), ", ")
		}
		return withNote(asString(m[field]), note, "")
	case kAssignments:
		note := ""
		if m["lead"] == true {
			note = x.name(leadNote)
		}
		return withNote(x.refs.name(asString(m["entityId"])), note, "")
	case kRelated:
		note := asString(m["type"])
		if note != "" {
			note = x.noteTitle("relation-type", note)
		}
		return withNote(x.refs.name(asString(m["recommendationId"])), note, "")
	case kIdentifiers:
		return asString(m["scheme"]) + ": " + asString(m["value"])
	case kCategories:
		return asString(m["dimension"]) + ": " + asString(m["category"])
	}
	return asString(e)
}

const (
	// defaultOrigin is the origin of an SDG link written without one.
	defaultOrigin = "state"
	// leadNote marks the lead entity among the responsible entities.
	leadNote = "lead"
	// confirmedNote marks an SDG link the State confirmed.
	confirmedNote = "confirmed"
)

// yesNo writes a yes-or-no value in the workbook's language.
func (x *exporter) yesNo(b bool) string {
	if b {
		return x.name("yes")
	}
	return x.name("no")
}

// noteTitle writes a code in the note of a line ("16.3 (Universal Human
// Rights Index)") as its title in the workbook's language, when that title
// reads back as the code and leaves the line's note readable; as the code
// otherwise.
func (x *exporter) noteTitle(list, code string) string {
	t := codeTitle(list, code, x.opt.Language)
	if t == code || codeOf(list, t) != code || strings.ContainsAny(t, "(),\n") || wordIs(confirmedNote, t) {
		return code
	}
	return t
}
