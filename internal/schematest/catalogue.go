package schematest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// A MessageSite is a call in a package's code that builds a problem from a
// message catalogue: a call of one of the functions given to MessageSites,
// whose last three arguments are the code, the variant and the arguments
// (schema.Args) of the problem.
type MessageSite struct {
	Pos  string // file:line
	Func string // the name of the function called
	// Key is the message key that the code and the variant give, or ""
	// when either is not a constant.
	Key string
	// Args holds the names of the arguments when they are written as a
	// literal (nil for the literal nil), and is nil otherwise; Literal
	// says which.
	Args    []string
	Literal bool
}

// MessageSites parses the Go files of dir, tests left out, and returns
// every call of a function named in funcs. funcs maps each name to the
// code the function reports, or to "" when the code is its third-last
// argument; the variant is the second-last argument and the arguments of
// the message the last. A code is a constant when it is a string literal
// or a string constant declared in dir.
func MessageSites(dir string, funcs map[string]string) ([]MessageSite, error) {
	fset := token.NewFileSet()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	consts := map[string]string{}
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if i < len(vs.Values) {
						if s, ok := stringLit(vs.Values[i]); ok {
							consts[n.Name] = s
						}
					}
				}
			}
		}
	}
	constant := func(e ast.Expr) (string, bool) {
		if s, ok := stringLit(e); ok {
			return s, true
		}
		if id, ok := e.(*ast.Ident); ok {
			s, ok := consts[id.Name]
			return s, ok
		}
		return "", false
	}
	var sites []MessageSite
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var name string
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			}
			fixed, ok := funcs[name]
			if !ok || len(call.Args) < 2 || (fixed == "" && len(call.Args) < 3) {
				return true
			}
			pos := fset.Position(call.Pos())
			site := MessageSite{Pos: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line), Func: name}
			nargs := len(call.Args)
			code, okCode := fixed, true
			if fixed == "" {
				code, okCode = constant(call.Args[nargs-3])
			}
			variant, okVariant := constant(call.Args[nargs-2])
			if okCode && okVariant {
				site.Key = code
				if variant != "" {
					site.Key += "#" + variant
				}
			}
			switch a := call.Args[nargs-1].(type) {
			case *ast.Ident:
				site.Literal = a.Name == "nil"
			case *ast.CompositeLit:
				site.Literal = true
				site.Args = []string{}
				for _, e := range a.Elts {
					kv, ok := e.(*ast.KeyValueExpr)
					if !ok {
						site.Literal = false
						break
					}
					k, ok := constant(kv.Key)
					if !ok {
						site.Literal = false
						break
					}
					site.Args = append(site.Args, k)
				}
			}
			sites = append(sites, site)
			return true
		})
	}
	return sites, nil
}

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// CheckSites checks the sites of a package against its English catalogue:
// every constant key has a template, every template's placeholders are
// among the arguments a literal gives, and every key of the catalogue is
// used by a site or listed in dynamic, the keys that sites build from
// values. It returns the mistakes, one per line.
func CheckSites(c schema.Catalogue, sites []MessageSite, dynamic []string) []string {
	var errs []string
	used := map[string]bool{}
	for _, k := range dynamic {
		used[k] = true
		if _, ok := c.Template(k); !ok {
			errs = append(errs, fmt.Sprintf("dynamic key %s has no template", k))
		}
	}
	for _, s := range sites {
		if s.Key == "" {
			continue
		}
		used[s.Key] = true
		t, ok := c.Template(s.Key)
		if !ok {
			errs = append(errs, fmt.Sprintf("%s: key %s has no template", s.Pos, s.Key))
			continue
		}
		if !s.Literal {
			continue
		}
		for _, name := range schema.Placeholders(t) {
			if !slices.Contains(s.Args, name) {
				errs = append(errs, fmt.Sprintf("%s: key %s: the template needs {%s}, which the call does not give", s.Pos, s.Key, name))
			}
		}
	}
	for _, k := range c.Keys() {
		if !used[k] {
			errs = append(errs, fmt.Sprintf("key %s is used by no call", k))
		}
	}
	return errs
}

// CheckRendering checks that the catalogue renders every problem of ps as
// its message, from its key and arguments alone, with no placeholder left
// unfilled. It returns the mistakes, one per line.
func CheckRendering(c schema.Catalogue, ps schema.Problems) []string {
	var errs []string
	for _, p := range ps {
		t, ok := c.Template(p.MessageKey())
		if !ok {
			errs = append(errs, fmt.Sprintf("%v: no template for the key %s", p, p.MessageKey()))
			continue
		}
		for _, name := range schema.Placeholders(t) {
			if _, ok := p.Args[name]; !ok {
				errs = append(errs, fmt.Sprintf("%v: no argument %q for the template of %s", p, name, p.MessageKey()))
			}
		}
		if msg, _ := c.Render(p); msg != p.Message {
			errs = append(errs, fmt.Sprintf("%v: rendered as %q", p, msg))
		}
	}
	return errs
}

// Languages are the languages other than English whose message catalogues
// every package keeps beside messages/en.json: the other official
// languages of the United Nations.
var Languages = []string{"ar", "es", "fr", "ru", "zh"}

// CheckTranslation checks a catalogue against the English one of its
// package: it has a template for every key of en and no other key, and
// each template names the same placeholders as the English one. It
// returns the mistakes, one per line.
func CheckTranslation(en, c schema.Catalogue) []string {
	var errs []string
	lang := c.Language()
	for _, k := range en.Keys() {
		t, ok := c.Template(k)
		if !ok {
			errs = append(errs, fmt.Sprintf("%s: no template for the key %s", lang, k))
			continue
		}
		want, _ := en.Template(k)
		wp, tp := schema.Placeholders(want), schema.Placeholders(t)
		slices.Sort(wp)
		slices.Sort(tp)
		if !slices.Equal(wp, tp) {
			errs = append(errs, fmt.Sprintf("%s: %s: the placeholders are %v, not %v as in English", lang, k, tp, wp))
		}
	}
	for _, k := range c.Keys() {
		if _, ok := en.Template(k); !ok {
			errs = append(errs, fmt.Sprintf("%s: the key %s is not in the English catalogue", lang, k))
		}
	}
	return errs
}

// CheckTranslations checks the catalogues of Languages that messages, the
// Messages function of a package, returns against its English one.
func CheckTranslations(messages func(string) (schema.Catalogue, bool)) []string {
	en, ok := messages("en")
	if !ok {
		return []string{"no English catalogue"}
	}
	var errs []string
	for _, lang := range Languages {
		c, ok := messages(lang)
		if !ok {
			errs = append(errs, fmt.Sprintf("no catalogue in %s", lang))
			continue
		}
		errs = append(errs, CheckTranslation(en, c)...)
	}
	return errs
}
