package schema

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Suggest returns the code of the named codelist that a value outside it
// most likely meant, and false when none is near enough to suggest:
//
//   - the code in another case or with other separators ("Established",
//     "in-progress" for in_progress);
//   - the code whose title, in any of the six UN languages, the value
//     gives ("Morocco", "Maroc" or "المغرب" for MAR; "Prise en note" for
//     noted);
//   - the code that other sources' words for it mean ("accepted" for
//     supported, "rejected" for noted, as older UPR data write them);
//   - the code within one or two letters of the value ("suported",
//     "establised"), when only one is that near.
//
// It is meant for the message of a problem ("did you mean …?"), never to
// change a document: a suggestion is a guess the caller shows.
func Suggest(codelist, value string) (string, bool) {
	idx := suggestIndex(codelist)
	if idx == nil {
		return "", false
	}
	// A mistake is often made many times over in one document: remember
	// the answers for short values, up to memoLimit of them.
	if len(value) > memoLen {
		return idx.suggest(value, suggestAliases[codelist])
	}
	if v, ok := idx.memo.Load(value); ok {
		s := v.(string)
		return s, s != ""
	}
	s, ok := idx.suggest(value, suggestAliases[codelist])
	if idx.remembered.Add(1) <= memoLimit {
		idx.memo.Store(value, s)
	}
	return s, ok
}

// memoLimit is the most answers Suggest remembers for one codelist, and
// memoLen the longest value, in bytes, whose answer it remembers.
const (
	memoLimit = 4096
	memoLen   = 100
)

// suggest returns the code that value most likely meant: a code or title
// that folds as it does, an alias (folded), or the one code within one or
// two letters.
func (idx *suggestions) suggest(value string, aliases map[string]string) (string, bool) {
	if value == "" {
		return "", false
	}
	key := fold(value)
	if code, ok := idx.byFold[key]; ok && code != value {
		return code, true
	}
	if code, ok := aliases[key]; ok {
		return code, true
	}
	// One or two letters apart, for values long enough that this means a
	// slip and not another word.
	if len([]rune(key)) < 4 {
		return "", false
	}
	const limit = 3
	best, bestDist, ties := "", limit, 0
	rk := []rune(key)
	var buf []int
	near := func(c string, folded []rune) {
		if need := 2 * (len(folded) + 1); len(buf) < need {
			buf = make([]int, need)
		}
		d := runeDistance(rk, folded, limit, buf)
		switch {
		case d >= limit:
		case d < bestDist:
			best, bestDist, ties = c, d, 1
		case d == bestDist && c != best:
			ties++
		}
	}
	for i, c := range idx.codes {
		near(c, []rune(idx.folded[i]))
	}
	// And the titles, for a name misspelt ("Marocco"), those whose
	// length is near enough to be within the limit.
	n := len(rk)
	for i, c := range idx.titleCodes {
		if l := len(idx.titles[i]); l > n-limit && l < n+limit {
			near(c, idx.titles[i])
		}
	}
	if best == "" || ties > 1 || bestDist > len([]rune(key))/3 {
		return "", false
	}
	return best, true
}

// suggestField returns the field name that a name outside an object's
// fields most likely meant: one that folds as it does ("Status",
// "leadEntityID"), or the one field a letter away ("recomendations").
// Field names are short words of one language, so that two letters apart
// is another word ("section" is not "session").
func (idx *suggestions) suggestField(name string) (string, bool) {
	key := fold(name)
	if f, ok := idx.byFold[key]; ok && f != name {
		return f, true
	}
	if len([]rune(key)) < 4 {
		return "", false
	}
	best, ties := "", 0
	for i, f := range idx.codes {
		if distance(key, idx.folded[i], 2) == 1 {
			best = f
			ties++
		}
	}
	if ties != 1 {
		return "", false
	}
	return best, true
}

// newSuggestions indexes codes, without titles: for an enumeration of a
// schema that is no codelist.
func newSuggestions(codes []string) *suggestions {
	s := &suggestions{byFold: map[string]string{}}
	for _, c := range codes {
		s.codes = append(s.codes, c)
		s.folded = append(s.folded, fold(c))
		if _, taken := s.byFold[fold(c)]; !taken {
			s.byFold[fold(c)] = c
		}
	}
	return s
}

// suggestAliases are other sources' words for codes, folded: the UPR
// positions as older data and UPR Info write them.
var suggestAliases = map[string]map[string]string{
	"position": {
		"accepted": "supported", "accept": "supported", "support": "supported", "acepta": "supported",
		"rejected": "noted", "reject": "noted", "notsupported": "noted", "considered": "noted",
		"supportednoted": "supported_in_part", "partiallysupported": "supported_in_part", "partiallyaccepted": "supported_in_part",
		"supportedinpart": "supported_in_part",
	},
	// The names people still write for States the United Nations now
	// names otherwise, and short names that are not the start of the
	// UN's title ("Bolivia" is, in "Bolivia (Plurinational State of)").
	"country": {
		"turkey": "TUR", "turquie": "TUR", "turquia": "TUR", "swaziland": "SWZ", "czechrepublic": "CZE",
		"macedonia": "MKD", "capeverde": "CPV", "ivorycoast": "CIV", "russia": "RUS", "russie": "RUS", "rusia": "RUS",
		"syria": "SYR", "syrie": "SYR", "siria": "SYR", "tanzania": "TZA", "tanzanie": "TZA", "moldova": "MDA",
		"moldavie": "MDA", "southkorea": "KOR", "northkorea": "PRK", "laos": "LAO", "vietnam": "VNM",
		"uk": "GBR", "unitedkingdom": "GBR", "greatbritain": "GBR", "royaumeuni": "GBR", "reinounido": "GBR",
		"usa": "USA", "us": "USA", "unitedstates": "USA", "etatsunis": "USA", "estadosunidos": "USA",
		"drc": "COD", "rdc": "COD", "palestine": "PSE", "burma": "MMR", "holland": "NLD",
	},
	"action-status": {
		"done": "completed", "finished": "completed", "complete": "completed", "ongoing": "in_progress",
		"underway": "in_progress", "started": "in_progress", "planned": "in_preparation", "abandoned": "cancelled",
		// French and Spanish words a focal point writes in a workbook's
		// status cell instead of the drop-down's title.
		"termine": "completed", "terminee": "completed", "realise": "completed", "realisee": "completed",
		"fait": "completed", "acheve": "completed", "prevu": "in_preparation", "prevue": "in_preparation",
		"abandonne": "cancelled", "abandonnee": "cancelled", "enpreparacion": "in_preparation",
		"terminada": "completed", "terminado": "completed", "realizada": "completed", "concluida": "completed",
		"hecho": "completed", "enmarcha": "in_progress", "prevista": "in_preparation", "abandonada": "cancelled",
	},
	"implementation-status": {
		"notimplemented": "not_started", "partiallyimplemented": "partially_implemented",
		"implemented": "fully_implemented", "fullyimplemented": "fully_implemented", "ongoing": "in_progress",
	},
}

type suggestions struct {
	codes      []string
	folded     []string          // the codes, folded
	byFold     map[string]string // folded code or title → code
	titles     [][]rune          // the folded titles, in every language
	titleCodes []string          // the code of each of titles

	memo       sync.Map // value → the suggestion, or "" for none
	remembered atomic.Int64
}

var suggestIndexes sync.Map // codelist name → *suggestions

// suggestIndex returns the folded codes and titles of a codelist, built
// once.
func suggestIndex(name string) *suggestions {
	if v, ok := suggestIndexes.Load(name); ok {
		return v.(*suggestions)
	}
	codes, err := Codelist(name)
	if err != nil {
		return nil
	}
	s := &suggestions{byFold: map[string]string{}}
	tr := DefaultCodelistTranslations()
	for _, c := range codes {
		s.codes = append(s.codes, c.Code)
		s.folded = append(s.folded, fold(c.Code))
		s.byFold[fold(c.Code)] = c.Code
	}
	// Titles second, so that a code wins over another code's title; then
	// the start of a title before its parenthesis ("Bolivia" of "Bolivia
	// (Plurinational State of)"), when no other title starts so.
	shorts := map[string][]string{}
	for _, c := range codes {
		titles := []string{c.Title}
		for _, lang := range tr.Languages() {
			titles = append(titles, tr.titles[lang][name][c.Code])
		}
		for _, t := range titles {
			if k := fold(t); k != "" {
				if _, taken := s.byFold[k]; !taken {
					s.byFold[k] = c.Code
				}
				s.titles = append(s.titles, []rune(k))
				s.titleCodes = append(s.titleCodes, c.Code)
			}
			if short, _, ok := strings.Cut(t, " ("); ok {
				if k := fold(short); k != "" && !slices.Contains(shorts[k], c.Code) {
					shorts[k] = append(shorts[k], c.Code)
				}
			}
		}
	}
	for k, cs := range shorts {
		if _, taken := s.byFold[k]; !taken && len(cs) == 1 {
			s.byFold[k] = cs[0]
		}
	}
	v, _ := suggestIndexes.LoadOrStore(name, s)
	return v.(*suggestions)
}

// fold reduces a value to its letters and digits, in lower case and
// without accents, so that "In-Progress", "in progress" and "in_progress"
// compare equal, and so do "Türkiye" and "turkiye".
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// distance returns the Levenshtein distance between a and b, or limit
// when it is limit or more.
func distance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	return runeDistance(ra, rb, limit, make([]int, 2*(len(rb)+1)))
}

// runeDistance is distance on runes, with buf, of at least 2*(len(b)+1)
// ints, for its work.
func runeDistance(ra, rb []rune, limit int, buf []int) int {
	if d := len(ra) - len(rb); d >= limit || -d >= limit {
		return limit
	}
	prev, cur := buf[:len(rb)+1], buf[len(rb)+1:2*(len(rb)+1)]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(rb)], limit)
}
