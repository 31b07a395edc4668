package workbook

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/schema"
)

// The Profile sheet holds everything of a dataset outside its collections
// of records (the schema version, publisher, date, State and the
// mechanism's profile), one value a row: its JSON pointer, its value, and
// the pointer's meaning in the workbook's language (see profileLabel),
// which import leaves alone.

const (
	headerField = "Field"
	headerValue = "Value"
)

// profileBools and profileNumbers name the fields of the profile that are
// not text.
var (
	profileBools   = []string{"standing", "rulesOfProcedure", "dedicated", "trained", "formal", "public", "lead"}
	profileNumbers = []string{"staff", "amount", "year"}
)

// leaf is a value of the profile and its pointer.
type leaf struct {
	pointer string
	value   any
}

// profileOf returns the part of doc outside its collections.
func profileOf(doc map[string]any) map[string]any {
	out := map[string]any{}
	for k, v := range doc {
		if !slices.Contains(collections, k) {
			out[k] = v
		}
	}
	return out
}

// profileOrder is the order of the dataset's top-level fields.
var profileOrder = []string{"schemaVersion", "publisher", "date", "state", "mechanism"}

// leaves flattens a profile in document order.
func leaves(profile map[string]any) []leaf {
	var out []leaf
	var walk func(ptr string, v any)
	walk = func(ptr string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for _, k := range fieldOrder(v) {
				walk(ptr+"/"+schema.EscapeToken(k), v[k])
			}
		case []any:
			for i, e := range v {
				walk(ptr+"/"+strconv.Itoa(i), e)
			}
		default:
			out = append(out, leaf{ptr, v})
		}
	}
	keys := slices.Clone(profileOrder)
	for k := range profile {
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, k := range keys {
		if v, ok := profile[k]; ok {
			walk("/"+schema.EscapeToken(k), v)
		}
	}
	return out
}

// fieldOrder returns the keys of an object of the profile: language maps
// in the order of the UN languages, others sorted.
func fieldOrder(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		ia, ib := slices.Index(Languages, a), slices.Index(Languages, b)
		if ia >= 0 && ib >= 0 {
			return ia - ib
		}
		return strings.Compare(a, b)
	})
	return keys
}

// profileValue reads the value cell of the profile field at ptr.
func profileValue(ptr, s string) any {
	name := ptr[strings.LastIndexByte(ptr, '/')+1:]
	switch {
	case slices.Contains(profileBools, name):
		if b, ok := boolOf(s); ok {
			return b
		}
	case slices.Contains(profileNumbers, name):
		return number(s)
	}
	return s
}

// setPointer sets the value at a JSON pointer in doc, creating objects and
// arrays on the way; it reports false when the pointer cannot be followed
// (an array index past the end by more than one, a token that is not an
// index where an array stands).
func setPointer(doc map[string]any, ptr string, v any) bool {
	if !strings.HasPrefix(ptr, "/") {
		return false
	}
	tokens := strings.Split(ptr[1:], "/")
	for i, t := range tokens {
		tokens[i] = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
	}
	var set func(cur any, tokens []string) (any, bool)
	set = func(cur any, tokens []string) (any, bool) {
		if len(tokens) == 0 {
			return v, true
		}
		t := tokens[0]
		next := func() any {
			if len(tokens) > 1 {
				if _, err := strconv.Atoi(tokens[1]); err == nil {
					return []any{}
				}
				return map[string]any{}
			}
			return nil
		}
		switch c := cur.(type) {
		case map[string]any:
			sub, ok := c[t]
			if !ok {
				sub = next()
			}
			nv, ok := set(sub, tokens[1:])
			if ok {
				c[t] = nv
			}
			return c, ok
		case []any:
			i, err := strconv.Atoi(t)
			if err != nil || i < 0 || i > len(c) || i > 10000 {
				return c, false
			}
			if i == len(c) {
				c = append(c, next())
			}
			nv, ok := set(c[i], tokens[1:])
			if ok {
				c[i] = nv
			}
			return c, ok
		}
		return cur, false
	}
	_, ok := set(doc, tokens)
	return ok
}

// marshal writes v as compact JSON, map keys sorted.
func marshal(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
	return strings.TrimSuffix(b.String(), "\n")
}

func (x *exporter) profile() error {
	f := x.f
	sheetProfile := x.name(sheetProfile)
	lang := x.opt.Language
	rows := [][]any{{x.name(headerField), x.name(headerValue), profileWord(headerFieldName, lang)}}
	for _, l := range leaves(profileOf(x.doc)) {
		var v any = asString(l.value)
		switch lv := l.value.(type) {
		case json.Number:
			if fl, err := lv.Float64(); err == nil {
				v = fl
			}
		case bool:
			v = x.yesNo(lv)
		}
		rows = append(rows, []any{l.pointer, v, profileLabel(l.pointer, lang)})
	}
	for i, r := range rows {
		if err := f.SetSheetRow(sheetProfile, cellName(1, i+1), ptr(safeRow(r))); err != nil {
			return err
		}
	}
	if err := f.SetColWidth(sheetProfile, "A", "A", 42); err != nil {
		return err
	}
	if err := f.SetColStyle(sheetProfile, "A", x.style.key); err != nil {
		return err
	}
	if err := f.SetColWidth(sheetProfile, "B", "B", 70); err != nil {
		return err
	}
	if err := f.SetColStyle(sheetProfile, "B", x.style.wrap); err != nil {
		return err
	}
	if err := f.SetColWidth(sheetProfile, "C", "C", 48); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheetProfile, "A1", "C1", x.style.header); err != nil {
		return err
	}
	if err := f.AddComment(sheetProfile, excelize.Comment{Cell: "A1", Author: "nmirf", Text: x.name("profile note")}); err != nil {
		return err
	}
	return x.view(sheetProfile, 1)
}

// exportMeta is what the hidden sheet says of the export.
type exportMeta struct {
	Language  string   `json:"language"`
	Languages []string `json:"languages"`
	Entity    string   `json:"entity,omitempty"`
	// Empty names the collections the dataset held empty ("entities": []).
	Empty []string `json:"empty,omitempty"`
}

// maxCell is how many characters the hidden sheet puts in one cell; a
// spreadsheet cell holds at most 32,767.
const maxCell = 32000

// exported writes the hidden sheet that records what each row held.
func (x *exporter) exported() error {
	sheetExport := x.name(sheetExport)
	meta := exportMeta{Language: x.opt.Language, Languages: x.langs}
	if !x.opt.Entity.IsZero() {
		meta.Entity = x.opt.Entity.String()
	}
	for _, coll := range collections {
		if l, ok := x.doc[coll].([]any); ok && len(l) == 0 && x.only == nil {
			meta.Empty = append(meta.Empty, coll)
		}
	}
	w, err := x.rowWriter(sheetExport)
	if err != nil {
		return err
	}
	put := func(a, b, js string) error {
		cells := []any{a, b}
		for len(js) > maxCell {
			cut := maxCell
			for cut > 0 && !utf8Start(js[cut]) {
				cut--
			}
			cells = append(cells, js[:cut])
			js = js[cut:]
		}
		cells = append(cells, js)
		return w.put(cells, 0)
	}
	if err := put("meta", "", marshal(meta)); err != nil {
		return err
	}
	if x.only == nil {
		if err := put("profile", "", marshal(profileOf(x.doc))); err != nil {
			return err
		}
	}
	for _, coll := range collections {
		for _, r := range records(x.doc, coll) {
			m, _ := r.(map[string]any)
			id, _ := m["id"].(string)
			if x.only != nil && !x.only[id] {
				continue
			}
			if err := put(coll, id, marshal(m)); err != nil {
				return err
			}
		}
	}
	return w.flush()
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
