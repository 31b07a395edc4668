package tracking

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// kindOfCollection returns the kind of the records of the dataset's
// collection with the JSON name name, or "" for another member.
func kindOfCollection(name string) RecordKind {
	for _, k := range RecordKind("").Values() {
		if collection(k) == name {
			return k
		}
	}
	return ""
}

// recordAt returns the collection and position of the record a JSON
// pointer lies in or at ("/actions/3/title" gives actions and 3), and
// false for a pointer outside every record.
func recordAt(ptr string) (RecordKind, int, bool) {
	rest, ok := strings.CutPrefix(ptr, "/")
	if !ok {
		return "", 0, false
	}
	name, rest, _ := strings.Cut(rest, "/")
	index, _, _ := strings.Cut(rest, "/")
	kind := kindOfCollection(name)
	i, err := strconv.Atoi(index)
	if kind == "" || err != nil || i < 0 || strconv.Itoa(i) != index {
		return "", 0, false
	}
	return kind, i, true
}

// withRecords sets the Record of every problem that lies in a record and
// names none: the kind of the record, and its ID as id gives it ("" when
// it has none).
func withRecords(ps schema.Problems, ids func() func(kind RecordKind, i int) string) {
	var id func(RecordKind, int) string
	for i := range ps {
		p := &ps[i]
		if !p.Record.IsZero() {
			continue
		}
		if kind, at, ok := recordAt(p.Pointer); ok {
			if id == nil {
				id = ids()
			}
			p.Record = schema.RecordRef{Kind: string(kind), ID: id(kind, at)}
		}
	}
}

// idIn returns a function that gives the ID, in canonical form, of the
// record of a kind at a position of ds, or "" when it has none.
func idIn(ds *Dataset) func(RecordKind, int) string {
	ids := map[RecordKind][]ID{}
	ds.eachID(func(kind RecordKind, _ int, id *ID, _ string) { ids[kind] = append(ids[kind], *id) })
	return func(kind RecordKind, i int) string {
		if i < len(ids[kind]) && !ids[kind][i].IsZero() {
			return ids[kind][i].String()
		}
		return ""
	}
}

// idInDocument is idIn for a document that did not decode into a Dataset:
// it reads the "id" members of the records as they are written, when the
// document is well-formed JSON and the member is a string.
func idInDocument(data []byte) func(RecordKind, int) string {
	// Raw members, so that a value encoding/json cannot hold (a number
	// such as 1e400) elsewhere in a record does not hide its ID.
	var loose map[string]json.RawMessage
	doc := map[string][]map[string]json.RawMessage{}
	if json.Unmarshal(data, &loose) == nil {
		for name, raw := range loose {
			var records []map[string]json.RawMessage
			if kindOfCollection(name) != "" && json.Unmarshal(raw, &records) == nil {
				doc[name] = records
			}
		}
	}
	return func(kind RecordKind, i int) string {
		records := doc[collection(kind)]
		var s string
		if i < len(records) && json.Unmarshal(records[i]["id"], &s) == nil {
			if id, err := ParseID(s); err == nil {
				return id.String()
			}
		}
		return ""
	}
}
