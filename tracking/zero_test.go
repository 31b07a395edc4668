package tracking

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// zeroFuncs are the exported functions of the package, by name, for
// TestZeroValuesDoNotPanic.
var zeroFuncs = map[string]any{
	"Decode": Decode, "DecodeWithLimits": DecodeWithLimits, "Check": Check, "ReadDataset": ReadDataset,
	"Encode": Encode, "WriteDataset": WriteDataset, "EncodeVersion": EncodeVersion,
	"Year": Year, "YearMonth": YearMonth, "Date": Date, "DateOf": DateOf, "ParseDate": ParseDate,
	"Due": Due, "OnTime": OnTime, "ParseID": ParseID, "NewV7Generator": NewV7Generator,
	"SystemIDGenerator": SystemIDGenerator, "NewIndex": NewIndex, "NewDataset": NewDataset, "Messages": Messages,
	"CurrentStatus": CurrentStatus, "ByTerm": ByTerm, "GroupBy": GroupBy, "RollUp": RollUp, "Total": Total,
	"En": En, "ValidLanguageTag": ValidLanguageTag, "RightToLeft": RightToLeft,
	"Validate": Validate, "UPRCycle": UPRCycle, "Blank": Blank, "ValidateRecord": ValidateRecord,
}

// panicsByDesign are the functions documented to panic on bad input.
var panicsByDesign = map[string]bool{"MustParseID": true, "MustParseDate": true}

// zeroTypes are the exported types of the package, by name.
var zeroTypes = map[string]reflect.Type{}

func init() {
	for _, v := range []any{
		PartialDate{}, DueItem{}, ID{}, V7Generator{}, Index{}, Dataset{}, Publisher{}, Mechanism{}, LegalBasis{},
		Chair{}, Member{}, Secretariat{}, Budget{}, FocalPoint{}, ConsultationArrangement{}, TrackingTool{},
		NetworkMembership{}, Entity{}, Recommendation{}, Source{}, StatePosition{}, Term{}, SDGLink{}, SDGGoalLink{},
		FollowUp{}, Assignment{}, Relation{}, Identifier{}, Cluster{}, Action{}, SMART{}, Indicator{}, Measurement{},
		Observation{}, ProgressReport{}, Assessment{}, Obligation{}, Consultation{}, Tally{}, Group{}, Grouping{},
		IndicatorProgress{}, Text{}, Precision(""), Document{}, Category{},
	} {
		t := reflect.TypeOf(v)
		zeroTypes[t.Name()] = t
	}
	for t := range enumValidators {
		zeroTypes[t.Name()] = t
	}
	zeroTypes["IDGenerator"] = reflect.TypeFor[IDGenerator]()
}

// TestZeroValuesDoNotPanic calls every exported function of the package
// with zero arguments, and every exported method on the zero value of its
// type (and, for methods with a pointer receiver, on a nil pointer), and
// checks that none panics. It first checks, from the source, that the
// lists above name every exported function and type.
func TestZeroValuesDoNotPanic(t *testing.T) {
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.IsExported() && zeroFuncs[d.Name.Name] == nil && !panicsByDesign[d.Name.Name] {
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
	// The groupings of the package on an empty index, a zero index and nil.
	for _, by := range []Grouping{ByCycle, ByPosition, ByFamily, ByBody, BySDGGoal, ByCluster, ByResponsibleEntity, ByTerm(""), {}} {
		for _, ix := range []*Index{nil, {}, NewIndex(nil), NewIndex(&Dataset{Recommendations: []Recommendation{{}}})} {
			call("RollUp "+by.Name, reflect.ValueOf(RollUp), reflect.ValueOf(ix), reflect.ValueOf(time.Time{}), reflect.ValueOf(by))
		}
	}
}
