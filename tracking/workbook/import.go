package workbook

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Import merges workbooks into a dataset, in the order given, and checks
// the result with the rules of tracking.Check.
//
// With into nil, the first workbook's own record of what it held at the
// export is the dataset merged into, so that a workbook imported alone
// gives back the dataset it was exported from, with the person's edits
// (for one entity's workbook, the entity's part of it: merge those into
// the whole dataset); a workbook made without Export starts from an empty
// dataset. into itself
// is not changed.
//
// Rows are matched by their ID: a cell the person changed replaces the
// dataset's value; a cell changed both in the workbook and in the dataset
// since the export is a conflict, reported with both values, and the
// dataset's value stays; a row without an ID is a new record and gets an
// ID from gen; a row missing from a workbook leaves its record alone, and
// a row marked in the Delete column deletes its record.
//
// It returns the dataset when it holds no problem of shape (it may still
// break rules across records, and the problems say which), and every
// problem found, each with the JSON pointer of the value in the dataset,
// the record and the workbook's sheet and cell where it came from a
// workbook. The error is for what stops the work: a nil book, an ID
// generator that fails; it is a schema.Problems, as every error of the
// package's readers and writers is.
func Import(into *tracking.Dataset, gen tracking.IDGenerator, books ...*Book) (*tracking.Dataset, schema.Problems, error) {
	for i, b := range books {
		if b == nil {
			return nil, nil, errNil(i)
		}
	}
	var doc map[string]any
	var err error
	switch {
	case into != nil:
		if doc, err = toDoc(into); err != nil {
			return nil, nil, err
		}
	case len(books) > 0 && books[0].profile != nil:
		doc = books[0].snapshot()
	default:
		doc = map[string]any{}
	}
	m := &merger{doc: doc, gen: gen}
	for _, b := range books {
		m.ps = append(m.ps, b.problems...)
		if err := m.book(b); err != nil {
			return nil, nil, err
		}
	}
	locs := m.locate()
	data, err := json.Marshal(m.doc)
	if err != nil {
		return nil, nil, schema.Problems{problem("", CodeEncode, "merged", schema.Args{"error": err.Error()})}
	}
	m.doc, doc = nil, nil // free for Check, which decodes data again
	ds, ps := tracking.Check(data)
	for _, p := range ps {
		m.ps = append(m.ps, locs.place(p))
	}
	return ds, m.ps.Normalize(), nil
}

// snapshot returns the dataset the workbook was exported from, as far as
// it recorded it.
func (b *Book) snapshot() map[string]any {
	doc := map[string]any{}
	for k, v := range b.profile {
		doc[k] = clone(v)
	}
	for _, coll := range b.meta.Empty {
		if isCollection(coll) {
			doc[coll] = []any{}
		}
	}
	for _, coll := range collections {
		for _, id := range b.order[coll] {
			doc[coll] = append(records(doc, coll), any(b.orig(coll, id)))
		}
	}
	return doc
}

// clone copies a JSON value deeply.
func clone(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[k] = clone(e)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = clone(e)
		}
		return out
	}
	return v
}

// provKey marks, in a record or list element taken from a workbook, where
// it came from; locate removes it.
const provKey = "\x00from"

// prov says where a record or an element of a list came from.
type prov struct {
	book     *Book
	sheet    string
	row      int
	cells    map[string]string // JSON path in the record, joined by "/" → column letter
	problems []pending
}

// pending is a problem found reading a cell, whose pointer is known once
// the record's place in the dataset is.
type pending struct {
	path string
	p    schema.Problem
}

type merger struct {
	doc  map[string]any
	gen  tracking.IDGenerator
	ps   schema.Problems
	refs *refIndex
	prof map[string]schema.Location // profile pointer → cell
}

// index returns the positions of the records of a collection by ID.
func (m *merger) index(coll string) map[string]int {
	out := map[string]int{}
	for i, r := range records(m.doc, coll) {
		rm, _ := r.(map[string]any)
		if id, ok := rm["id"].(string); ok {
			if _, dup := out[id]; !dup {
				out[id] = i
			}
		}
	}
	return out
}

// keyed is a row of a record sheet with its key.
type keyed struct {
	readRow
	id    string
	isNew bool
}

func (m *merger) book(b *Book) error {
	m.refs = newRefIndex()
	m.refs.addDoc(m.doc)
	rowsOf := map[string][]keyed{}
	// First the keys, so that links to new rows and to refs written in the
	// workbook resolve.
	for _, s := range sheets {
		rs := b.sheets[s.name]
		if rs == nil || s.parent != "" {
			continue
		}
		seen := map[string]int{}
		for _, r := range rs.rows {
			k := keyed{readRow: r}
			cell := strings.TrimSpace(r.cell(rs.key))
			if cell == "" {
				id, err := m.gen.NewID()
				if err != nil {
					p := problem("", CodeIDGenerator, "", schema.Args{"error": err.Error()})
					p.Location = b.loc(rs.name, cellName(rs.key+1, r.n))
					return schema.Problems{p}
				}
				k.id, k.isNew = id.String(), true
			} else if id, err := tracking.ParseID(cell); err != nil {
				m.report(b, rs.name, cellName(rs.key+1, r.n), "", CodeInvalidKey, "",
					schema.Args{"value": cell}, tracking.RecordKind(""), "")
				continue
			} else {
				k.id = id.String()
			}
			if first, dup := seen[k.id]; dup {
				m.report(b, rs.name, cellName(rs.key+1, r.n), "", CodeRepeatedKey, "",
					schema.Args{"id": k.id, "first": strconv.Itoa(first)}, s.kind, k.id)
				continue
			}
			seen[k.id] = r.n
			rowsOf[s.name] = append(rowsOf[s.name], k)
			ref := ""
			for _, c := range rs.cols {
				if c.kind == kString && len(c.path) == 1 && c.path[0] == "ref" {
					ref = strings.TrimSpace(r.cell(c.idx))
				}
			}
			if _, known := m.refs.coll[k.id]; !known || ref != "" {
				m.refs.add(s.coll, k.id, ref)
			}
		}
	}
	m.profile(b)
	for _, s := range sheets {
		rs := b.sheets[s.name]
		if rs == nil {
			continue
		}
		if s.parent == "" {
			m.records(b, rs, rowsOf[s.name])
		} else {
			m.lists(b, rs)
		}
	}
	return nil
}

// report adds a problem found in a workbook whose pointer is not known or
// not needed.
func (m *merger) report(b *Book, sheetName, cell, pointer, code, variant string, args schema.Args, kind tracking.RecordKind, id string) {
	p := problem(pointer, code, variant, args)
	p.Location = b.loc(sheetName, cell)
	if kind != "" {
		p.Record = schema.RecordRef{Kind: string(kind), ID: id}
	}
	m.ps = append(m.ps, p)
}

// records merges the rows of a sheet of records.
func (m *merger) records(b *Book, rs *readSheet, rows []keyed) {
	s := rs.def
	at := m.index(s.coll)
	var deleted []string
	for _, r := range rows {
		if rs.del >= 0 && isYes(r.cell(rs.del)) {
			if !r.isNew {
				deleted = append(deleted, r.id)
			}
			continue
		}
		var d map[string]any
		if i, ok := at[r.id]; ok {
			d, _ = records(m.doc, s.coll)[i].(map[string]any)
		}
		o := b.orig(s.coll, r.id)
		pv := &prov{book: b, sheet: rs.name, row: r.n, cells: map[string]string{}}
		rec := d
		if rec == nil {
			rec = map[string]any{"id": r.id}
		}
		for _, c := range rs.cols {
			path := c.jsonPath()
			key := strings.Join(path, "/")
			letter := colName(c.idx + 1)
			pv.cells[key] = letter
			w := m.value(b, c.layout, r.cell(c.idx), pv, key)
			m.merge3(rec, path, w, o, d, pv, c.head, letter, s.kind, r.id)
		}
		rec[provKey] = pv
		if d == nil {
			m.doc[s.coll] = append(records(m.doc, s.coll), rec)
			at[r.id] = len(records(m.doc, s.coll)) - 1
		}
	}
	if len(deleted) > 0 {
		kept := records(m.doc, s.coll)[:0]
		for _, r := range records(m.doc, s.coll) {
			rm, _ := r.(map[string]any)
			if id, _ := rm["id"].(string); !slices.Contains(deleted, id) {
				kept = append(kept, r)
			}
		}
		if len(kept) == 0 {
			delete(m.doc, s.coll)
		} else {
			m.doc[s.coll] = kept
		}
	}
}

// merge3 sets the value of one cell: w as the workbook has it, against o
// at the export and d in the dataset now.
func (m *merger) merge3(rec map[string]any, path []string, w any, o, d map[string]any, pv *prov, header, letter string, kind tracking.RecordKind, id string) {
	if d == nil || o == nil {
		setPath(rec, path, w)
		return
	}
	ov, dv := getPath(o, path), getPath(d, path)
	switch {
	case same(w, ov):
		// unchanged in the workbook: the dataset's value stays
	case same(dv, ov) || same(w, dv):
		setPath(rec, path, w)
	default:
		args := schema.Args{"column": header, "workbook": display(w), "dataset": display(dv), "exported": display(ov)}
		p := problem("", CodeConflict, "", args)
		p.Record = schema.RecordRef{Kind: string(kind), ID: id}
		pv.problems = append(pv.problems, pending{path: strings.Join(path, "/"), p: p})
	}
}

// same reports whether two JSON values are equal; lists of objects are
// compared regardless of order, so that sorting a sheet changes nothing.
func same(a, b any) bool {
	if isEmpty(a) && isEmpty(b) {
		return true
	}
	switch x := a.(type) { // the common cases, without encoding
	case string:
		y, ok := b.(string)
		return ok && x == y
	case json.Number:
		y, ok := b.(json.Number)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	}
	as, aok := a.([]any)
	bs, bok := b.([]any)
	if aok && bok && len(as) == len(bs) {
		x, y := make([]string, len(as)), make([]string, len(bs))
		for i := range as {
			x[i], y[i] = marshal(as[i]), marshal(bs[i])
		}
		if slices.Equal(x, y) {
			return true
		}
		if _, objects := as[0].(map[string]any); objects {
			slices.Sort(x)
			slices.Sort(y)
			return slices.Equal(x, y)
		}
		return false
	}
	return marshal(a) == marshal(b)
}

func isEmpty(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case []any:
		return len(v) == 0
	case string:
		return v == ""
	}
	return false
}

// display writes a value for a message.
func display(v any) string {
	switch v := v.(type) {
	case nil:
		return "(empty)"
	case string:
		return strconv.Quote(v)
	}
	return marshal(v)
}

// isYes reads a cell of the Delete column: yes in any of the six
// languages, an x, or the column's own header.
func isYes(s string) bool {
	b, ok := boolOf(s)
	return ok && b || fold(s) == "x" || wordIs(headerDelete, s)
}

// boolOf reads a cell of yes or no, in any of the six languages.
func boolOf(s string) (value, ok bool) {
	switch f := fold(s); {
	case wordIs("yes", f):
		return true, true
	case wordIs("no", f):
		return false, true
	case f == "true", f == "1", f == "y", f == "si", f == "sim":
		return true, true
	case f == "false", f == "0", f == "n":
		return false, true
	}
	return false, false
}

// value reads a cell of a column as a JSON value; nil means empty.
func (m *merger) value(b *Book, l layout, s string, pv *prov, key string) any {
	t := strings.TrimSpace(s)
	if t == "" {
		return nil
	}
	switch l.kind {
	case kString, kText:
		return s
	case kInt, kNumber:
		return number(t)
	case kBool:
		if b, ok := boolOf(t); ok {
			return b
		}
		return t
	case kDate:
		return dateCell(t)
	case kCode:
		return codeOf(l.list, t)
	case kRef:
		return m.resolve(b, l.coll, t, pv, key)
	}
	var out []any
	for _, line := range lines(s) {
		k := key + "/" + strconv.Itoa(len(out))
		v, note := splitNote(line)
		switch l.kind {
		case kCodes:
			out = append(out, codeOf(l.list, line))
		case kRefs:
			if id := m.resolve(b, l.coll, line, pv, k); id != nil {
				out = append(out, id)
			}
		case kSDGTargets, kSDGGoals:
			field, list := "target", "sdg-target"
			if l.kind == kSDGGoals {
				field, list = "goal", "sdg-goal"
			}
			link := map[string]any{field: codeOf(list, v), "origin": defaultOrigin}
			for part := range strings.SplitSeq(note, ",") {
				switch part = strings.TrimSpace(part); {
				case part == "":
				case wordIs(confirmedNote, part):
					link["confirmed"] = true
				default:
					link["origin"] = codeOf("link-origin", part)
				}
			}
			out = append(out, link)
		case kAssignments:
			if id := m.resolve(b, "entities", v, pv, k+"/entityId"); id != nil {
				out = append(out, map[string]any{"entityId": id, "lead": note != "" && wordIs(leadNote, note)})
			}
		case kRelated:
			if id := m.resolve(b, "recommendations", v, pv, k+"/recommendationId"); id != nil {
				e := map[string]any{"recommendationId": id}
				if note != "" {
					e["type"] = codeOf("relation-type", note)
				}
				out = append(out, e)
			}
		case kIdentifiers:
			scheme, value, _ := strings.Cut(line, ":")
			out = append(out, map[string]any{"scheme": strings.TrimSpace(scheme), "value": strings.TrimSpace(value)})
		case kCategories:
			dim, cat, _ := strings.Cut(line, ":")
			out = append(out, map[string]any{"dimension": codeOf("disaggregation-dimension", strings.TrimSpace(dim)), "category": strings.TrimSpace(cat)})
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// resolve reads a link to a record of coll written as its ref or its ID.
// It reports a link that names no record, and returns nil for it.
func (m *merger) resolve(b *Book, coll, s string, pv *prov, key string) any {
	if id, ok := m.refs.byRef[coll][s]; ok {
		return id
	}
	if id, err := tracking.ParseID(s); err == nil {
		return id.String()
	}
	args := schema.Args{"value": s, "sheet": word(recordSheet(coll), b.Language)}
	pv.problems = append(pv.problems, pending{path: key, p: problem("", CodeUnknownRef, "workbook", args)})
	return nil
}

// recordSheet returns the English name of the sheet of the records of a
// collection.
func recordSheet(coll string) string {
	for _, s := range sheets {
		if s.coll == coll && s.parent == "" {
			return s.name
		}
	}
	return coll
}

// lists merges the rows of a sheet of lists inside records: for each
// record the sheet names, its rows are the whole list.
func (m *merger) lists(b *Book, rs *readSheet) {
	s := rs.def
	at := m.index(s.coll)
	type group struct {
		rows []readRow
	}
	groups := map[string]*group{}
	var order []string
	for _, r := range rs.rows {
		pv := &prov{book: b, sheet: rs.name, row: r.n}
		parent := strings.TrimSpace(r.cell(rs.key))
		id, _ := m.resolve(b, s.coll, parent, pv, "").(string)
		if id == "" {
			for _, p := range pv.problems {
				p.p.Location = b.loc(rs.name, cellName(rs.key+1, r.n))
				m.ps = append(m.ps, p.p)
			}
			continue
		}
		g := groups[id]
		if g == nil {
			g = &group{}
			groups[id] = g
			order = append(order, id)
		}
		g.rows = append(g.rows, r)
	}
	var emptied []string // records whose rows were all removed
	for id := range b.original[s.coll] {
		if _, ok := groups[id]; !ok {
			if b.withList[s.coll+"/"+s.list+"/"+id] {
				groups[id] = &group{}
				emptied = append(emptied, id)
			}
		}
	}
	slices.Sort(emptied)
	order = append(order, emptied...)
	for _, id := range order {
		i, ok := at[id]
		if !ok {
			continue // a deleted record's list
		}
		rec, _ := records(m.doc, s.coll)[i].(map[string]any)
		var w []any
		for _, r := range groups[id].rows {
			pv := &prov{book: b, sheet: rs.name, row: r.n, cells: map[string]string{}}
			e := map[string]any{}
			for _, c := range rs.cols {
				path := c.jsonPath()
				key := strings.Join(path, "/")
				pv.cells[key] = colName(c.idx + 1)
				setPath(e, path, m.value(b, c.layout, r.cell(c.idx), pv, key))
			}
			e[provKey] = pv
			w = append(w, e)
		}
		o := b.orig(s.coll, id)
		d := rec
		var wv any
		if len(w) > 0 {
			wv = w
		}
		if o == nil {
			setPath(rec, []string{s.list}, wv)
			continue
		}
		ov, dv := getPath(o, []string{s.list}), getPath(d, []string{s.list})
		switch {
		case sameList(wv, ov):
		case same(dv, ov) || sameList(wv, dv):
			setPath(rec, []string{s.list}, wv)
		default:
			p := problem("", CodeConflict, "rows", schema.Args{"sheet": rs.name, "record": m.refs.name(id)})
			p.Record = schema.RecordRef{Kind: string(s.kind), ID: id}
			p.Location = b.loc(rs.name, rs.key1(groups[id].rows))
			m.ps = append(m.ps, p)
		}
	}
}

// key1 is the key cell of the first of rows, or the key column.
func (rs *readSheet) key1(rows []readRow) string {
	if len(rows) == 0 {
		return colName(rs.key + 1)
	}
	return cellName(rs.key+1, rows[0].n)
}

// sameList compares lists read from a sheet, whose elements carry their
// provenance, with lists of the dataset.
func sameList(w, d any) bool {
	ws, _ := w.([]any)
	stripped := make([]any, len(ws))
	for i, e := range ws {
		em, _ := e.(map[string]any)
		c := make(map[string]any, len(em))
		for k, v := range em {
			if k != provKey {
				c[k] = v
			}
		}
		stripped[i] = c
	}
	if len(stripped) == 0 {
		return same(nil, d)
	}
	return same(stripped, d)
}

// profile merges the Profile sheet.
func (m *merger) profile(b *Book) {
	if !b.hasProf {
		return
	}
	if m.prof == nil {
		m.prof = map[string]schema.Location{}
	}
	var clear []string
	for _, r := range b.rows {
		ptr := r.field
		if !strings.HasPrefix(ptr, "/") || isCollection(strings.SplitN(ptr[1:], "/", 2)[0]) {
			m.report(b, b.profName, cellName(1, r.n), "", CodeUnknownField, "",
				schema.Args{"field": ptr}, "", "")
			continue
		}
		var w any
		if strings.TrimSpace(r.value) != "" {
			w = profileValue(ptr, r.value)
		}
		ov, _ := getPointer(b.profile, ptr)
		dv, _ := getPointer(m.doc, ptr)
		loc := b.loc(b.profName, cellName(2, r.n))
		m.prof[ptr] = loc
		switch {
		case b.profile != nil && same(w, ov):
			continue
		case b.profile == nil || same(dv, ov) || same(w, dv):
		default:
			args := schema.Args{"column": ptr, "workbook": display(w), "dataset": display(dv), "exported": display(ov)}
			p := problem(ptr, CodeConflict, "", args)
			p.Location = loc
			m.ps = append(m.ps, p)
			continue
		}
		if w == nil {
			clear = append(clear, ptr)
			continue
		}
		if !setPointer(m.doc, ptr, w) {
			m.report(b, b.profName, cellName(1, r.n), ptr, CodeUnknownField, "unset",
				schema.Args{"field": ptr}, "", "")
		}
	}
	slices.SortFunc(clear, func(a, b string) int { return -schema.ComparePointers(a, b) })
	for _, ptr := range clear {
		deletePointer(m.doc, ptr)
	}
}

// tokens splits a JSON pointer into its unescaped tokens.
func tokens(ptr string) []string {
	if ptr == "" {
		return nil
	}
	ts := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	for i, t := range ts {
		ts[i] = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
	}
	return ts
}

// getPointer returns the value at a JSON pointer.
func getPointer(doc map[string]any, ptr string) (any, bool) {
	var v any = doc
	for _, t := range tokens(ptr) {
		switch c := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = c[t]; !ok {
				return nil, false
			}
		case []any:
			i, err := strconv.Atoi(t)
			if err != nil || i < 0 || i >= len(c) {
				return nil, false
			}
			v = c[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// deletePointer removes the value at a JSON pointer, and the objects and
// lists that it leaves empty.
func deletePointer(doc map[string]any, ptr string) {
	ts := tokens(ptr)
	var del func(v any, ts []string) any
	del = func(v any, ts []string) any {
		switch c := v.(type) {
		case map[string]any:
			if len(ts) == 1 {
				delete(c, ts[0])
			} else if sub, ok := c[ts[0]]; ok {
				if nv := del(sub, ts[1:]); nv == nil {
					delete(c, ts[0])
				} else {
					c[ts[0]] = nv
				}
			}
			if len(c) == 0 {
				return nil
			}
			return c
		case []any:
			i, err := strconv.Atoi(ts[0])
			if err != nil || i < 0 || i >= len(c) {
				return c
			}
			if len(ts) == 1 {
				c = slices.Delete(c, i, i+1)
			} else if nv := del(c[i], ts[1:]); nv == nil {
				c = slices.Delete(c, i, i+1)
			} else {
				c[i] = nv
			}
			if len(c) == 0 {
				return nil
			}
			return c
		}
		return v
	}
	if len(ts) > 0 {
		del(doc, ts)
	}
}

// locations maps the pointers of values taken from workbooks to their
// cells: each record or list element to the row it came from, whose
// cells say the column of each value, so that a cell's location is made
// only for a problem.
type locations struct {
	rows   map[string]*prov            // the pointer of a record or list element → its row
	at     map[string]schema.Location  // the pointer of a profile value → its cell
	record map[string]schema.RecordRef // "/collection/i" → record
}

// locate removes the marks of provenance from the dataset and returns
// where its values came from, after reporting the problems found in cells.
func (m *merger) locate() *locations {
	ls := &locations{rows: map[string]*prov{}, at: map[string]schema.Location{}, record: map[string]schema.RecordRef{}}
	maps := func(pv *prov, base string) {
		ls.rows[base] = pv
		for _, p := range pv.problems {
			q := p.p
			q.Pointer = base
			if p.path != "" {
				q.Pointer += "/" + p.path
			}
			q.Location = ls.find(q.Pointer)
			m.ps = append(m.ps, q)
		}
	}
	for _, coll := range collections {
		for i, r := range records(m.doc, coll) {
			rec, _ := r.(map[string]any)
			base := "/" + coll + "/" + strconv.Itoa(i)
			id, _ := rec["id"].(string)
			ls.record[base] = schema.RecordRef{Kind: string(recordKinds[coll]), ID: id}
			if pv, ok := rec[provKey].(*prov); ok {
				delete(rec, provKey)
				maps(pv, base)
			}
			for _, s := range sheets {
				if s.coll != coll || s.list == "" {
					continue
				}
				for j, e := range records(rec, s.list) {
					em, _ := e.(map[string]any)
					if pv, ok := em[provKey].(*prov); ok {
						delete(em, provKey)
						maps(pv, base+"/"+s.list+"/"+strconv.Itoa(j))
					}
				}
			}
		}
	}
	for ptr, loc := range m.prof {
		ls.at[ptr] = loc
	}
	for i, p := range m.ps {
		if p.Record.IsZero() && p.Pointer != "" {
			m.ps[i].Record = ls.recordOf(p.Pointer)
		}
	}
	return ls
}

// find returns the location of the nearest value at or above ptr that
// came from a workbook.
func (ls *locations) find(ptr string) schema.Location {
	for p := ptr; ; {
		if l, ok := ls.at[p]; ok {
			return l
		}
		if pv, ok := ls.rows[p]; ok {
			// The cell of the nearest value at or above ptr in the row.
			for rest := strings.TrimPrefix(strings.TrimPrefix(ptr, p), "/"); rest != ""; {
				if letter, ok := pv.cells[rest]; ok {
					return pv.book.loc(pv.sheet, letter+strconv.Itoa(pv.row))
				}
				i := strings.LastIndexByte(rest, '/')
				if i < 0 {
					break
				}
				rest = rest[:i]
			}
			return pv.book.loc(pv.sheet, strconv.Itoa(pv.row))
		}
		i := strings.LastIndexByte(p, '/')
		if i < 0 {
			return schema.Location{}
		}
		p = p[:i]
	}
}

// recordOf returns the record a pointer is inside.
func (ls *locations) recordOf(ptr string) schema.RecordRef {
	ts := strings.SplitN(strings.TrimPrefix(ptr, "/"), "/", 3)
	if len(ts) < 2 {
		return schema.RecordRef{}
	}
	return ls.record["/"+ts[0]+"/"+ts[1]]
}

// place gives a problem of the dataset its location and record.
func (ls *locations) place(p schema.Problem) schema.Problem {
	if p.Location.IsZero() {
		p.Location = ls.find(p.Pointer)
	}
	if p.Record.IsZero() {
		p.Record = ls.recordOf(p.Pointer)
	}
	return p
}
