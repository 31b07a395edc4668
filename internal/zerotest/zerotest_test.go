package zerotest

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

// The functions and types of testdata/fixture, declared alike.

type T struct{ n int }

func (t *T) Len() int {
	if t == nil {
		return 0
	}
	return t.n
}

type U struct{ m map[string]int }

func (u *U) Set() { u.m["a"] = 1 }

type Alias = []int

type Doer interface{ Do() }

func Safe(s *string) int {
	if s == nil {
		return 0
	}
	return len(*s)
}

func Deref(p *int) int { return *p }

func MustPositive(n int) int {
	if n <= 0 {
		panic("not positive")
	}
	return n
}

// recorder is a testing.TB that records the errors reported to it.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatal(args ...any) {
	r.errors = append(r.errors, fmt.Sprint(args...))
	runtime.Goexit()
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	runtime.Goexit()
}

// run runs f with a recorder, in a goroutine of its own so that Fatal can
// stop it, and returns the errors reported.
func run(t *testing.T, f func(testing.TB)) []string {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r.errors
}

// fixture returns the complete API of testdata/fixture.
func fixture() API {
	return API{
		Dir:            "testdata/fixture",
		Funcs:          map[string]any{"Safe": Safe, "Deref": Deref},
		PanicsByDesign: []string{"MustPositive"},
		Values:         []any{T{}, U{}},
		Types:          map[string]reflect.Type{"Alias": reflect.TypeFor[Alias](), "Doer": reflect.TypeFor[Doer]()},
	}
}

func TestCheck(t *testing.T) {
	panics := []string{"Deref panics on zero values", "U.Set panics on zero values", "(*U)(nil).Set panics on zero values"}
	tests := []struct {
		name   string
		change func(*API)
		want   []string // the beginnings of the errors, beyond panics
	}{
		{"complete", func(*API) {}, nil},
		{"function left out", func(a *API) { delete(a.Funcs, "Safe") },
			[]string{"the exported function Safe is not listed"}},
		{"panicking by design left out", func(a *API) { a.PanicsByDesign = nil },
			[]string{"the exported function MustPositive is not listed"}},
		{"type left out", func(a *API) { a.Values = a.Values[1:] },
			[]string{"the exported type T is not listed"}},
		{"alias left out", func(a *API) { delete(a.Types, "Alias") },
			[]string{"the exported type Alias is not listed"}},
		{"function that is not there", func(a *API) { a.Funcs["Gone"] = Safe },
			[]string{"the listed function Gone is not an exported function"}},
		{"function under another name", func(a *API) { a.Funcs["Safe"] = Deref },
			[]string{"the function listed as Safe is Deref", "Safe panics on zero values"}},
		{"type that is not there", func(a *API) { a.Types["Gone"] = reflect.TypeFor[int]() },
			[]string{"the listed type Gone is not an exported type"}},
		{"value without a name", func(a *API) { a.Values = append(a.Values, []int{}) },
			[]string{"zerotest: the value []int{} has no named type"}},
		{"no source", func(a *API) { a.Dir = "testdata/none" },
			[]string{"zerotest: no exported function or type in testdata/none"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			api := fixture()
			tt.change(&api)
			got := run(t, func(tb testing.TB) { Check(tb, api) })
			want := tt.want
			if api.Dir == "testdata/fixture" {
				want = append(want, panics...)
			}
			if !matches(got, want) {
				t.Errorf("Check reported\n%s\nwant errors beginning\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestCall(t *testing.T) {
	n := 3
	tests := []struct {
		name string
		f    any
		args []any
		want []string
	}{
		{"argument given", Deref, []any{&n}, nil},
		{"argument left out", Deref, nil, []string{"f panics on zero values"}},
		{"nil argument", Deref, []any{nil}, []string{"f panics on zero values"}},
		{"too many arguments", Deref, []any{&n, &n}, []string{"f takes 1 arguments, not 2"}},
		{"variadic left out", func(a int, rest ...int) {}, []any{1}, nil},
		{"variadic given", func(a int, rest ...*int) { _ = *rest[1] }, []any{1, &n, &n}, nil},
		{"nil variadic", func(a int, rest ...*int) { _ = *rest[0] }, []any{1, nil}, []string{"f panics on zero values"}},
		{"not a function", 3, nil, []string{"f is not a function"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, func(tb testing.TB) { Call(tb, "f", tt.f, tt.args...) })
			if !matches(got, tt.want) {
				t.Errorf("Call reported %q, want errors beginning %q", got, tt.want)
			}
		})
	}
}

func TestCallEach(t *testing.T) {
	n := 3
	two := func(a, b *int) int { return *a + 1 }
	got := run(t, func(tb testing.TB) { CallEach(tb, "f", two, &n, &n) })
	want := []string{"f with argument 1 zero panics on zero values"}
	if !matches(got, want) {
		t.Errorf("CallEach reported %q, want errors beginning %q", got, want)
	}
}

// matches reports whether each error in got begins with one of want, in
// any order, one for one.
func matches(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	used := make([]bool, len(want))
next:
	for _, g := range got {
		for i, w := range want {
			if !used[i] && strings.HasPrefix(g, w) {
				used[i] = true
				continue next
			}
		}
		return false
	}
	return true
}
