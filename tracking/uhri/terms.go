package uhri

import (
	"encoding/csv"
	"html"
	"slices"
	"strings"
	"sync"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// termTable is what the codelists of a scheme say: the code of each
// folded title and alias, and the codes earlier imports made for them.
type termTable struct {
	codes map[string]string // folded title or alias → code
	old   map[string]string // a code an earlier import made → code
	known map[string]bool   // the codelist's codes
}

// codelistOfScheme names the codelist of each scheme of UHRI terms.
var codelistOfScheme = map[string]string{
	SchemeTheme:           "uhri-theme",
	SchemeAffectedPersons: "uhri-affected-persons",
}

// termTables reads the codelists of UHRI themes and affected persons once,
// with their aliases. They are safe for concurrent use.
var termTables = sync.OnceValue(func() map[string]*termTable {
	out := map[string]*termTable{}
	for scheme, name := range codelistOfScheme {
		t := &termTable{codes: map[string]string{}, old: map[string]string{}, known: map[string]bool{}}
		for _, entry := range codelistWithAliases(name) {
			code := entry.code
			t.known[code] = true
			for _, n := range entry.names {
				if _, dup := t.codes[slug(n)]; !dup {
					t.codes[slug(n)] = code
				}
				// The codes earlier imports made: from the label, its
				// entities left in ("equality_amp_non_discrimination"),
				// or its lettered code as written ("A41").
				t.old[slug(n)] = code
				t.old[slug(html.EscapeString(n))] = code
				if hc, _, ok := hierarchicalCode(n); ok {
					t.old[hc] = code
				} else if isLetteredCode(n) {
					t.old[n] = code
				}
			}
			t.old[code] = code
		}
		out[scheme] = t
	}
	return out
})

// aliased is a code of a codelist with its title and aliases.
type aliased struct {
	code  string
	names []string // the title, then the aliases
}

// codelistWithAliases reads a codelist of the standard with its optional
// aliases column (one alias per line of the cell). It panics when the
// codelist, which is embedded in the program, cannot be read.
func codelistWithAliases(name string) []aliased {
	f, err := schema.FS().Open("codelists/" + name + ".csv")
	if err != nil {
		panic("uhri: the codelist " + name + " is missing: " + err.Error())
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) == 0 {
		panic("uhri: the codelist " + name + " cannot be read")
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	out := make([]aliased, 0, len(rows)-1)
	for _, row := range rows[1:] {
		e := aliased{code: row[col["code"]], names: []string{row[col["title"]]}}
		if i, ok := col["aliases"]; ok && i < len(row) {
			for a := range strings.SplitSeq(row[i], "\n") {
				if a = strings.TrimSpace(a); a != "" {
					e.names = append(e.names, a)
				}
			}
		}
		out = append(out, e)
	}
	return out
}

// isLetteredCode reports whether s is a code of the lettered taxonomy
// alone, such as "A12" or "D1".
func isLetteredCode(s string) bool {
	if len(s) < 2 || len(s) > 4 || s[0] < 'A' || s[0] > 'H' {
		return false
	}
	return strings.Trim(s[1:], "0123456789") == ""
}

// termCode returns the code of a theme or affected-persons label of scheme
// and whether the codelist holds it. A label is looked up whole, then, when
// it starts with a code of the lettered taxonomy ("B31 Equality &
// non-discrimination"), by that code and by the rest of the label. A label
// the codelist does not hold gets its lettered code, or a code made from
// its words in snake_case ("Rights of the child" → "rights_of_the_child").
func termCode(scheme, label string) (code string, known bool) {
	t := termTables()[scheme]
	key := slug(label)
	if t != nil {
		if c, ok := t.codes[key]; ok {
			return c, true
		}
	}
	hc, rest, lettered := hierarchicalCode(label)
	if lettered && t != nil {
		if c, ok := t.codes[slug(hc)]; ok {
			return c, true
		}
		if c, ok := t.codes[slug(rest)]; ok {
			return c, true
		}
	}
	if lettered {
		return hc, false
	}
	return key, false
}

// Recode gives the UHRI themes and affected persons of every
// recommendation of ds the codes of the codelists uhri-theme and
// uhri-affected-persons, and the special procedures' mandates written out
// the codes of the codelist special-procedure, in place: the codes earlier imports made for one
// theme (from its lettered code, "A41", from a label with entities,
// "equality_amp_non_discrimination", from a label in another language)
// become the theme's one code, and a recommendation that held one theme
// under two codes keeps one term, with the labels of both. It returns the
// number of recommendations changed. Import recodes the dataset before it
// merges, so that records the export no longer holds are recoded too; a
// caller recodes a dataset without importing by calling Recode.
func Recode(ds *tracking.Dataset) int {
	if ds == nil {
		return 0
	}
	tables := termTables()
	changed := 0
	for i := range ds.Recommendations {
		rec := &ds.Recommendations[i]
		var out []tracking.Term
		modified := false
		for _, term := range rec.Classifications {
			if t := tables[term.Scheme]; t != nil {
				if c, ok := t.old[term.Code]; ok && c != term.Code {
					term.Code = c
					modified = true
				}
			}
			j := slices.IndexFunc(out, func(o tracking.Term) bool { return o.Scheme == term.Scheme && o.Code == term.Code })
			if j < 0 {
				out = append(out, term)
				continue
			}
			modified = true
			label := out[j].Label.Clone()
			for l, s := range term.Label {
				if _, ok := label[l]; !ok {
					if label == nil {
						label = tracking.Text{}
					}
					label[l] = s
				}
			}
			out[j].Label = label
		}
		if modified {
			rec.Classifications = out
		}
		if src := &rec.Source; src.Family == tracking.MechanismFamilySpecialProcedure {
			if b, ok := bodyTable()[foldBody(src.Body)]; ok && b.Family == src.Family && b.Code != src.Body {
				src.Body = b.Code
				modified = true
			}
		}
		if modified {
			changed++
		}
	}
	return changed
}
