// Package zerotest checks in tests that a package's exported API does not
// panic on zero values: that every exported function, called with zero
// arguments (nil, empty), and every exported method, called on the zero
// value of its type and on a nil pointer, returns instead of panicking.
//
// A package lists its exported functions and types for [Check], which
// first checks, from the package's source, that the lists are complete and
// name nothing that is not there, so that a function or type added later
// cannot escape the test.
package zerotest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// API lists the exported API of a package for [Check].
type API struct {
	// Dir is the package's directory: "." in the package's own tests.
	Dir string
	// Funcs are the exported functions of the package, by name.
	Funcs map[string]any
	// PanicsByDesign names the exported functions documented to panic on
	// bad input (MustParse…), which Check does not call.
	PanicsByDesign []string
	// Values are a zero value of each exported type that has a name of its
	// own (Dataset{}, Level("")).
	Values []any
	// Types are, by name, the exported types that a value cannot give:
	// interfaces and aliases.
	Types map[string]reflect.Type
}

// Check checks that api lists every exported function and type declared
// in the package's source (its .go files other than tests), and nothing
// else; then it calls every function in api.Funcs with zero arguments,
// and every exported method of every type on a pointer to the zero value
// and, when the method has a pointer receiver, on a nil pointer, and
// reports each call that panics.
func Check(t testing.TB, api API) {
	t.Helper()
	types := make(map[string]reflect.Type)
	for _, v := range api.Values {
		typ := reflect.TypeOf(v)
		if typ == nil || typ.Name() == "" {
			t.Errorf("zerotest: the value %#v has no named type; give it in Types", v)
			continue
		}
		types[typ.Name()] = typ
	}
	for name, typ := range api.Types {
		types[name] = typ
	}
	checkListed(t, api, types)
	for _, name := range slices.Sorted(maps.Keys(api.Funcs)) {
		Call(t, name, api.Funcs[name])
	}
	for _, name := range slices.Sorted(maps.Keys(types)) {
		typ := types[name]
		if typ == nil || typ.Kind() == reflect.Interface {
			continue
		}
		ptr := reflect.New(typ) // a pointer to the zero value
		for i := range ptr.Type().NumMethod() {
			m := ptr.Type().Method(i)
			call(t, name+"."+m.Name, ptr.Method(i), nil)
			if _, onValue := typ.MethodByName(m.Name); !onValue {
				call(t, "(*"+name+")(nil)."+m.Name, reflect.Zero(ptr.Type()).Method(i), nil)
			}
		}
	}
}

// checkListed checks that the exported functions and types declared in
// api.Dir are those of api.Funcs, api.PanicsByDesign and types, and that
// each function in api.Funcs is the function of its name.
func checkListed(t testing.TB, api API, types map[string]reflect.Type) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(api.Dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	declaredFuncs := make(map[string]bool)
	declaredTypes := make(map[string]bool)
	fset := token.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.IsExported() {
					declaredFuncs[d.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok && ts.Name.IsExported() {
						declaredTypes[ts.Name.Name] = true
					}
				}
			}
		}
	}
	if len(declaredFuncs)+len(declaredTypes) == 0 {
		t.Fatalf("zerotest: no exported function or type in %s", api.Dir)
	}
	for _, name := range slices.Sorted(maps.Keys(declaredFuncs)) {
		if api.Funcs[name] == nil && !slices.Contains(api.PanicsByDesign, name) {
			t.Errorf("the exported function %s is not listed", name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(declaredTypes)) {
		if types[name] == nil {
			t.Errorf("the exported type %s is not listed", name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(api.Funcs)) {
		if !declaredFuncs[name] {
			t.Errorf("the listed function %s is not an exported function of %s", name, api.Dir)
			continue
		}
		if got := funcName(api.Funcs[name]); got != name {
			t.Errorf("the function listed as %s is %s", name, got)
		}
	}
	for _, name := range api.PanicsByDesign {
		if !declaredFuncs[name] {
			t.Errorf("the function %s, listed as panicking by design, is not an exported function of %s", name, api.Dir)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(types)) {
		if !declaredTypes[name] {
			t.Errorf("the listed type %s is not an exported type of %s", name, api.Dir)
		}
	}
}

// funcName returns the name of the package-level function f, without its
// package path and type arguments, or the empty string when f is not a
// function.
func funcName(f any) string {
	v := reflect.ValueOf(f)
	if v.Kind() != reflect.Func || v.IsNil() {
		return ""
	}
	fn := runtime.FuncForPC(v.Pointer())
	if fn == nil {
		return ""
	}
	name := fn.Name()
	if i := strings.Index(name, "["); i >= 0 {
		name = name[:i] // an instantiated generic function: F[...]
	}
	return name[strings.LastIndex(name, ".")+1:]
}

// Call calls the function f with args, then zero values for the
// parameters that args leaves out (and none for a variadic parameter that
// it leaves out), and reports a panic as an error naming the call name. A
// nil arg stands for the zero value of its parameter; args beyond the
// fixed parameters go to the variadic one.
func Call(t testing.TB, name string, f any, args ...any) {
	t.Helper()
	fv := reflect.ValueOf(f)
	if fv.Kind() != reflect.Func || fv.IsNil() {
		t.Errorf("%s is not a function: %T", name, f)
		return
	}
	call(t, name, fv, args)
}

// CallEach calls the function f once for each of args, with args but
// that one zero (as a nil arg is in [Call]), and reports each call that
// panics. With valid args, a zero argument among them reaches further
// into f than the zero arguments of [Check], which f may turn back at its
// first check.
func CallEach(t testing.TB, name string, f any, args ...any) {
	t.Helper()
	for i := range args {
		zeroed := slices.Clone(args)
		zeroed[i] = nil
		Call(t, fmt.Sprintf("%s with argument %d zero", name, i+1), f, zeroed...)
	}
}

// call calls f as [Call] does.
func call(t testing.TB, name string, f reflect.Value, args []any) {
	t.Helper()
	ft := f.Type()
	n := ft.NumIn()
	if ft.IsVariadic() {
		n--
	} else if len(args) > n {
		t.Errorf("%s takes %d arguments, not %d", name, n, len(args))
		return
	}
	in := make([]reflect.Value, max(n, len(args)))
	for i := range in {
		typ := ft.In(min(i, ft.NumIn()-1))
		if i >= n {
			typ = typ.Elem() // an element of the variadic parameter
		}
		if i < len(args) && args[i] != nil {
			in[i] = reflect.ValueOf(args[i])
		} else {
			in[i] = reflect.Zero(typ)
		}
	}
	if r := recovered(f, in); r != nil {
		t.Errorf("%s panics on zero values: %v", name, r)
	}
}

// recovered calls f with in and returns what it panics with, or nil.
func recovered(f reflect.Value, in []reflect.Value) (r any) {
	defer func() { r = recover() }()
	f.Call(in)
	return nil
}
