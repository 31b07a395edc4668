package maturity

import (
	"go/ast"
	goparser "go/parser"
	gotoken "go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// zeroFuncs are the exported functions of the package, by name, for
// TestZeroValuesDoNotPanic.
var zeroFuncs = map[string]any{
	"LoadAssessment": LoadAssessment, "Merge": Merge, "LoadResult": LoadResult, "Compare": Compare,
	"LevelOf": LevelOf, "ComputeFacts": ComputeFacts, "FactCollections": FactCollections,
	"LoadFramework": LoadFramework, "DefaultFramework": DefaultFramework, "DefaultFrameworkJSON": DefaultFrameworkJSON,
	"Languages": Languages, "Messages": Messages, "Score": Score, "LoadTranslation": LoadTranslation,
	"FactTitle": FactTitle,
}

// zeroTypes are the exported types of the package, by name.
var zeroTypes = map[string]reflect.Type{}

func init() {
	for _, v := range []any{
		Assessment{}, Respondent{}, Answer{}, Evidence{}, RecordRef{}, Comparison{}, Change{}, LevelChange{},
		DimensionChange{}, CriterionChange{}, Level(""), Method(""), Confidence(""), Status(""), Constituency(""),
		Scope(""), Fact(""), FactValue{}, Facts{}, FactOptions{}, Framework{}, FrameworkRef{}, Source{}, Dimension{},
		Criterion{}, Citation{}, Descriptors{}, Rule{}, Scorer{}, Result{}, Overall{}, Figures{}, Counts{},
		DimensionResult{}, CriterionResult{}, RuleResult{}, View{}, Step{}, Translation{}, LevelTexts{},
		DimensionTexts{}, CriterionTexts{}, ReportOptions{},
	} {
		t := reflect.TypeOf(v)
		zeroTypes[t.Name()] = t
	}
}

// TestZeroValuesDoNotPanic calls every exported function of the package
// with zero arguments (nil, empty), and every exported method on the zero
// value of its type (and, for methods with a pointer receiver, on a nil
// pointer), and checks that none panics. It first checks, from the source,
// that the lists above name every exported function and type.
func TestZeroValuesDoNotPanic(t *testing.T) {
	fset := gotoken.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := goparser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.IsExported() && zeroFuncs[d.Name.Name] == nil {
					t.Errorf("the exported function %s is not in zeroFuncs", d.Name.Name)
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok && ts.Name.IsExported() && zeroTypes[ts.Name.Name] == nil {
						t.Errorf("the exported type %s is not in zeroTypes", ts.Name.Name)
					}
				}
			}
		}
	}
	call := func(name string, f reflect.Value, args ...reflect.Value) {
		t.Helper()
		ft := f.Type()
		n := ft.NumIn()
		if ft.IsVariadic() {
			n--
		}
		for i := len(args); i < n; i++ {
			args = append(args, reflect.Zero(ft.In(i)))
		}
		defer func() {
			if r := recover(); r != nil {
				t.Errorf("%s panics on zero values: %v", name, r)
			}
		}()
		f.Call(args)
	}
	for name, f := range zeroFuncs {
		call(name, reflect.ValueOf(f))
	}
	for name, typ := range zeroTypes {
		if typ.Kind() == reflect.Interface {
			continue
		}
		value := reflect.New(typ) // a pointer to the zero value
		for i := range value.Type().NumMethod() {
			m := value.Type().Method(i)
			call(name+"."+m.Name, value.Method(i))
			if _, onValue := typ.MethodByName(m.Name); !onValue {
				call("(*"+name+")(nil)."+m.Name, reflect.Zero(value.Type()).Method(i))
			}
		}
	}
}
