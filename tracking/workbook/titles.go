package workbook

import (
	"strings"
	"sync"

	"github.com/nmirf/nmirf/schema"
)

// Languages are the six official languages of the United Nations, the
// languages a workbook's drop-downs may show and its import reads.
var Languages = []string{"ar", "en", "es", "fr", "ru", "zh"}

// codeTitle returns the title of a code of a codelist in the language
// lang, as a drop-down shows it, or the code itself when the codelist has
// no such code. Import reads back a title of codeTitle in any of the six
// languages.
func codeTitle(list, code, lang string) string {
	if t := titleIn(codelistOf(list), code, lang); t != "" {
		return t
	}
	return code
}

// titleIn returns the title of a code of cl in the language lang, from
// the codelists' titles in the six UN languages (schema.CodeTitle; the
// English title where a language lacks one), or "" when cl has no such
// code.
func titleIn(cl *codelist, code, lang string) string {
	if _, ok := cl.titles[code]; !ok {
		return ""
	}
	return schema.CodeTitle(cl.name, code, lang, "en")
}

// codelist is a codelist as the workbook uses it.
type codelist struct {
	name   string
	codes  []string
	titles map[string]string // code → English title
	lookup map[string]string // folded code or title in any language → code
}

var (
	codelistsMu sync.Mutex
	codelists   = map[string]*codelist{}
)

// codelistOf returns the named codelist, read once; an unknown name gives
// an empty codelist. It is safe for concurrent use.
func codelistOf(name string) *codelist {
	codelistsMu.Lock()
	defer codelistsMu.Unlock()
	if cl, ok := codelists[name]; ok {
		return cl
	}
	cl := &codelist{name: name, titles: map[string]string{}, lookup: map[string]string{}}
	codelists[name] = cl
	all, _ := schema.Codelist(name)
	for _, c := range all {
		cl.codes = append(cl.codes, c.Code)
		cl.titles[c.Code] = c.Title
	}
	for _, c := range all {
		for _, lang := range Languages {
			if t := titleIn(cl, c.Code, lang); t != "" {
				if _, taken := cl.lookup[fold(t)]; !taken {
					cl.lookup[fold(t)] = c.Code
				}
			}
		}
	}
	for _, c := range all { // a code wins over a title that spells it
		cl.lookup[fold(c.Code)] = c.Code
	}
	return cl
}

// codeOf reads a cell of a coded column: a code, or a title in any of the
// six languages, regardless of case. It returns the text unchanged, for
// the schema to fault, when it is neither.
func codeOf(list, s string) string {
	if c, ok := codelistOf(list).lookup[fold(s)]; ok {
		return c
	}
	return s
}

func fold(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
