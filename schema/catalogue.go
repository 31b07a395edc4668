package schema

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
)

// Catalogue holds the message templates of one language, by message key
// (Problem.MessageKey): the code of a problem, or the code, "#" and a
// variant when the code is worded in more than one way. A template names
// the arguments of a problem (Problem.Args) in braces, such as
// "{value} is not one of {allowed}", and is filled with Format.
//
// Each package that reports problems keeps its English templates in the
// embedded file messages/en.json of its folder, a JSON object of keys and
// templates; a translation is a file of the same keys named by its
// language tag (messages/fr.json). The package builds every problem from
// its English templates (Catalogue.Problem), so that Message is always the
// English rendering of a template, and a host can render the same problem
// in another language from its MessageKey and Args alone (Render).
//
// A Catalogue is immutable once loaded and safe for concurrent use. The
// zero Catalogue holds no template.
type Catalogue struct {
	lang      string
	templates map[string]string
}

// ParseCatalogue reads a catalogue of the language lang from a JSON object
// of message keys and templates. Every template must be a string whose
// braces pair up (see Placeholders).
func ParseCatalogue(lang string, data []byte) (Catalogue, error) {
	var templates map[string]string
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&templates); err != nil {
		return Catalogue{}, fmt.Errorf("message catalogue %q: %w", lang, err)
	}
	for key, t := range templates {
		if key == "" {
			return Catalogue{}, fmt.Errorf("message catalogue %q: an empty key", lang)
		}
		if _, err := placeholders(t); err != nil {
			return Catalogue{}, fmt.Errorf("message catalogue %q: %s: %w", lang, key, err)
		}
	}
	if templates == nil {
		templates = map[string]string{}
	}
	return Catalogue{lang: lang, templates: templates}, nil
}

// LoadCatalogues reads every file "<lang>.json" of the directory dir of
// fsys as the catalogue of the language lang, by language.
func LoadCatalogues(fsys fs.FS, dir string) (map[string]Catalogue, error) {
	if fsys == nil {
		return nil, errors.New("schema: no file system to load message catalogues from")
	}
	names, err := fs.Glob(fsys, path.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	out := make(map[string]Catalogue, len(names))
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		lang := strings.TrimSuffix(path.Base(name), ".json")
		if out[lang], err = ParseCatalogue(lang, data); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// MergeCatalogues returns one catalogue holding the templates of cs, which
// must be of one language, so that a host can render the problems of
// several packages with it. A key that two catalogues give different
// templates is an error.
func MergeCatalogues(cs ...Catalogue) (Catalogue, error) {
	out := Catalogue{templates: map[string]string{}}
	for _, c := range cs {
		if out.lang == "" {
			out.lang = c.lang
		} else if c.lang != "" && c.lang != out.lang {
			return Catalogue{}, fmt.Errorf("merging message catalogues of %q and %q", out.lang, c.lang)
		}
		for key, t := range c.templates {
			if old, ok := out.templates[key]; ok && old != t {
				return Catalogue{}, fmt.Errorf("message catalogues give %s two templates: %q and %q", key, old, t)
			}
			out.templates[key] = t
		}
	}
	return out, nil
}

// Language returns the language tag of the catalogue, such as "en".
func (c Catalogue) Language() string { return c.lang }

// Keys returns the message keys of the catalogue, sorted.
func (c Catalogue) Keys() []string { return slices.Sorted(maps.Keys(c.templates)) }

// Template returns the template of a message key, and whether the
// catalogue has one.
func (c Catalogue) Template(key string) (string, bool) {
	t, ok := c.templates[key]
	return t, ok
}

// Render returns the message of p in the catalogue's language: the
// template of p.MessageKey() filled with p.Args. It reports false, and
// returns "", when the catalogue has no template for the key; a host then
// shows p.Message.
func (c Catalogue) Render(p Problem) (string, bool) {
	t, ok := c.templates[p.MessageKey()]
	if !ok {
		return "", false
	}
	return Format(t, p.Args), true
}

// Localize returns a copy of ps with each problem's message rendered by the
// first of the catalogues cs that has its key (the catalogues of the
// packages that report the problems, in one language); a problem no
// catalogue words keeps its message. ps is not changed.
func Localize(ps Problems, cs ...Catalogue) Problems {
	if ps == nil {
		return nil
	}
	out := slices.Clone(ps)
	for i, p := range out {
		for _, c := range cs {
			if m, ok := c.Render(p); ok {
				out[i].Message = m
				break
			}
		}
	}
	return out
}

// Problem returns the problem of code at pointer, with its arguments, the
// key code+"#"+variant (or the code alone when variant is empty) and the
// message that the key's template gives with args. A key the catalogue
// lacks, a mistake that the tests of a package catch, gives the key itself
// as the message, followed by the arguments.
func (c Catalogue) Problem(pointer, code, variant string, args Args) Problem {
	p := Problem{Pointer: pointer, Code: code, Args: args}
	if variant != "" {
		p.Key = code + "#" + variant
	}
	msg, ok := c.Render(p)
	if !ok {
		msg = p.MessageKey()
		for _, name := range slices.Sorted(maps.Keys(args)) {
			msg += " " + name + "=" + args[name]
		}
	}
	p.Message = msg
	return p
}

// Placeholders returns the names of the placeholders of a template, in
// the order they first appear, each once, so that a translation can be
// checked to use the names of the original. A "{" without its "}" or a
// "}" without its "{" (other than "{{" and "}}") gives nil.
func Placeholders(template string) []string {
	names, _ := placeholders(template)
	return names
}

func placeholders(t string) ([]string, error) {
	var names []string
	for i := 0; i < len(t); i++ {
		switch {
		case strings.HasPrefix(t[i:], "{{"), strings.HasPrefix(t[i:], "}}"):
			i++
		case t[i] == '}':
			return nil, fmt.Errorf("a %q without its %q in %q", "}", "{", t)
		case t[i] == '{':
			end := strings.IndexByte(t[i:], '}')
			if end < 0 {
				return nil, fmt.Errorf("a %q without its %q in %q", "{", "}", t)
			}
			if name := t[i+1 : i+end]; !slices.Contains(names, name) {
				names = append(names, name)
			}
			i += end
		}
	}
	return names, nil
}

//go:embed messages/*.json
var messageFiles embed.FS

// MustLoadCatalogues is LoadCatalogues for the catalogues that a package
// embeds and tests: it panics on an error.
func MustLoadCatalogues(fsys fs.FS, dir string) map[string]Catalogue {
	cs, err := LoadCatalogues(fsys, dir)
	if err != nil {
		panic(err)
	}
	if _, ok := cs["en"]; !ok {
		panic("no English message catalogue in " + dir)
	}
	return cs
}

// Catalogues are a package's message catalogues, by language, read from
// the files "<lang>.json" of a folder of embedded files the first time they
// are needed (see MustLoadCatalogues). Each package that reports problems
// keeps one, builds its problems with Problem from the English templates,
// and hands the others out through a Messages function. Catalogues are
// immutable once read and safe for concurrent use.
type Catalogues struct {
	load func() map[string]Catalogue
}

// EmbeddedCatalogues returns the catalogues of the folder dir of fsys,
// which are read on first use; a folder without an English catalogue, or
// with a file that does not parse, panics then, since embedded catalogues
// are tested.
func EmbeddedCatalogues(fsys fs.FS, dir string) *Catalogues {
	return &Catalogues{load: sync.OnceValue(func() map[string]Catalogue { return MustLoadCatalogues(fsys, dir) })}
}

// Get returns the catalogue of the language lang, and whether there is
// one; "en" is always there.
func (cs *Catalogues) Get(lang string) (Catalogue, bool) {
	if cs == nil || cs.load == nil {
		return Catalogue{}, false
	}
	c, ok := cs.load()[lang]
	return c, ok
}

// Problem builds a problem from the English template of its code, or of
// code#variant when variant is set (see Catalogue.Problem).
func (cs *Catalogues) Problem(pointer, code, variant string, args Args) Problem {
	en, _ := cs.Get("en")
	return en.Problem(pointer, code, variant, args)
}

// catalogues are the message catalogues of this package.
var catalogues = EmbeddedCatalogues(messageFiles, "messages")

// Messages returns the catalogue of the messages of the problems this
// package reports (json.*, schema.*, decode.type, io.read), in the
// language lang, and whether the package has one; "en" is always there.
// It is safe for concurrent use.
func Messages(lang string) (Catalogue, bool) { return catalogues.Get(lang) }

// problem builds a problem of this package from its English templates.
func problem(pointer, code, variant string, args Args) Problem {
	return catalogues.Problem(pointer, code, variant, args)
}

// add appends a problem of this package built from its English templates.
func (ps *Problems) add(pointer, code, variant string, args Args) {
	*ps = append(*ps, problem(pointer, code, variant, args))
}
