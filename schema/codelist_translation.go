package schema

import (
	"encoding/csv"
	"errors"
	"io"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
)

// CodelistTranslationsDir is the folder of FS that holds the codelists'
// titles in languages other than English: one folder per language, and in
// it one CSV file per codelist, named as the codelist
// ("codelists/translations/fr/position.csv"), with the columns "code" and
// "title". The published codelists under "codelists/" stay as they are, in
// English, so that tools that read them are not broken.
const CodelistTranslationsDir = "codelists/translations"

// CodelistTranslations holds the titles of codes in languages other than
// English, by language, codelist and code. It is safe for concurrent use;
// nothing changes it once it is read.
type CodelistTranslations struct {
	titles map[string]map[string]map[string]string // lang → codelist → code → title
}

// Problem codes of codelist translation files.
const (
	CodeTranslationFile     = "translation.file"     // a file that is not <lang>/<codelist>.csv, or not CSV with the columns code and title
	CodeTranslationCode     = "translation.code"     // a code the codelist lacks, or one given twice
	CodeTranslationNoTitle  = "translation.noTitle"  // an empty title
	CodeTranslationCodelist = "translation.codelist" // a file named for no codelist
)

// ReadCodelistTranslations reads codelist translation files from fsys, laid
// out as under CodelistTranslationsDir: "<lang>/<codelist>.csv", each with
// the columns "code" and "title". A host adds a language this way
// (Portuguese, say) and merges it with the shipped ones (With). Every file
// must name a codelist of the standard and give each of its codes at most
// once, with a title; the error is a schema.Problems with the file and line
// of each problem.
func ReadCodelistTranslations(fsys fs.FS) (*CodelistTranslations, error) {
	if fsys == nil {
		return nil, errors.New("schema: no file system to read codelist translations from")
	}
	t := &CodelistTranslations{titles: map[string]map[string]map[string]string{}}
	var ps Problems
	langs, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	for _, l := range langs {
		if !l.IsDir() {
			ps.add("", CodeTranslationFile, "notFolder", Args{"file": l.Name()})
			continue
		}
		lang := l.Name()
		if !validTag(lang) {
			ps.add("", CodeTranslationFile, "languageTag", Args{"file": lang})
			continue
		}
		entries, err := fs.ReadDir(fsys, lang)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			file := path.Join(lang, e.Name())
			name, ok := strings.CutSuffix(e.Name(), ".csv")
			if !ok || e.IsDir() {
				ps.add("", CodeTranslationFile, "notCSV", Args{"file": file})
				continue
			}
			codes, err := Codelist(name)
			if err != nil {
				p := problem("", CodeTranslationCodelist, "", Args{"file": file})
				p.Location = Location{File: file}
				ps = append(ps, p)
				continue
			}
			f, err := fsys.Open(file)
			if err != nil {
				return nil, err
			}
			titles, fps := readTitles(f, file, codes)
			f.Close()
			ps = append(ps, fps...)
			if t.titles[lang] == nil {
				t.titles[lang] = map[string]map[string]string{}
			}
			t.titles[lang][name] = titles
		}
	}
	if len(ps) > 0 {
		return nil, ps.Normalize()
	}
	return t, nil
}

// readTitles reads one translation file of a codelist.
func readTitles(r io.Reader, file string, codes []Code) (map[string]string, Problems) {
	var ps Problems
	report := func(line int, p Problem) {
		p.Location = Location{File: file, Line: line}
		ps = append(ps, p)
	}
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil || len(header) < 2 || header[0] != "code" || header[1] != "title" {
		report(1, problem("", CodeTranslationFile, "header", nil))
		return nil, ps
	}
	known := map[string]bool{}
	for _, c := range codes {
		known[c.Code] = true
	}
	titles := map[string]string{}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return titles, ps
		}
		if err != nil {
			line := 0
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				line = pe.Line
			}
			report(line, problem("", CodeTranslationFile, "csv", Args{"reason": err.Error()}))
			return titles, ps
		}
		line, _ := cr.FieldPos(0)
		code, title := rec[0], rec[1]
		switch {
		case !known[code]:
			report(line, problem("", CodeTranslationCode, "unknown", Args{"value": code}))
		case titles[code] != "":
			report(line, problem("", CodeTranslationCode, "repeated", Args{"value": code}))
		case strings.TrimSpace(title) == "":
			report(line, problem("", CodeTranslationNoTitle, "", Args{"value": code}))
		default:
			titles[code] = title
		}
	}
}

// validTag reports whether tag is a well-formed language tag: a primary
// subtag of two or three lower-case letters, then subtags of one to eight
// letters or digits.
func validTag(tag string) bool {
	for i, sub := range strings.Split(tag, "-") {
		if i == 0 && (len(sub) < 2 || len(sub) > 3 || strings.ToLower(sub) != sub) || len(sub) < 1 || len(sub) > 8 {
			return false
		}
		for _, c := range sub {
			if !(c >= 'a' && c <= 'z' || i > 0 && (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
				return false
			}
		}
	}
	return true
}

var defaultTranslations = sync.OnceValue(func() *CodelistTranslations {
	sub, err := fs.Sub(files, CodelistTranslationsDir)
	if err != nil {
		panic("schema: the codelist translations are missing: " + err.Error())
	}
	t, err := ReadCodelistTranslations(sub)
	if err != nil {
		panic("schema: the codelist translations are invalid: " + err.Error()) // tested never to happen
	}
	return t
})

// DefaultCodelistTranslations returns the codelist titles that the
// standard publishes under CodelistTranslationsDir: Arabic, Chinese,
// French, Russian and Spanish.
func DefaultCodelistTranslations() *CodelistTranslations { return defaultTranslations() }

// With returns the titles of t and of u together; where both have a title
// for a code in a language, u's wins. Neither t nor u changes.
func (t *CodelistTranslations) With(u *CodelistTranslations) *CodelistTranslations {
	out := &CodelistTranslations{titles: map[string]map[string]map[string]string{}}
	for _, src := range []*CodelistTranslations{t, u} {
		if src == nil {
			continue
		}
		for lang, lists := range src.titles {
			if out.titles[lang] == nil {
				out.titles[lang] = map[string]map[string]string{}
			}
			for name, titles := range lists {
				if out.titles[lang][name] == nil {
					out.titles[lang][name] = map[string]string{}
				}
				maps.Copy(out.titles[lang][name], titles)
			}
		}
	}
	return out
}

// Languages returns the languages t holds titles in, sorted; English, the
// language of the codelists themselves, is not among them.
func (t *CodelistTranslations) Languages() []string {
	if t == nil {
		return nil
	}
	return slices.Sorted(maps.Keys(t.titles))
}

// Title returns the title of a code of the named codelist in the first of
// the languages langs that has one, in the caller's order of preference
// ("es-419" falling back to "es"), else its English title; "" for a code
// the codelist lacks.
func (t *CodelistTranslations) Title(codelist, code string, langs ...string) string {
	for _, lang := range langs {
		if s := t.titles[lang][codelist][code]; s != "" {
			return s
		}
		if base, _, cut := strings.Cut(lang, "-"); cut {
			if s := t.titles[base][codelist][code]; s != "" {
				return s
			}
		}
	}
	return englishTitles()[codelist][code]
}

// Missing returns the codes that have no title in lang, as
// "codelist/code", sorted: empty when every codelist is complete in lang.
func (t *CodelistTranslations) Missing(lang string) []string {
	if t == nil {
		t = &CodelistTranslations{}
	}
	var out []string
	for _, name := range CodelistNames() {
		codes, _ := Codelist(name)
		for _, c := range codes {
			if t.titles[lang][name][c.Code] == "" {
				out = append(out, name+"/"+c.Code)
			}
		}
	}
	return out
}

// CodeTitle returns the title of a code of the named codelist in the first
// of the languages langs that the standard publishes it in, else in
// English (see CodelistTranslations.Title).
func CodeTitle(codelist, code string, langs ...string) string {
	return DefaultCodelistTranslations().Title(codelist, code, langs...)
}

// englishTitles are the codelists' own titles, by codelist and code.
var englishTitles = sync.OnceValue(func() map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, name := range CodelistNames() {
		codes, err := Codelist(name)
		if err != nil {
			panic("schema: codelist " + name + ": " + err.Error()) // tested never to happen
		}
		m := make(map[string]string, len(codes))
		for _, c := range codes {
			m[c.Code] = c.Title
		}
		out[name] = m
	}
	return out
})
