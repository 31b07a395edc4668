package tracking

import "testing"

func TestPlainIntegers(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`{"a": 2.0, "b": 2e0, "c": -0.0, "d": 1.5, "e": 3, "f": 2.5e1, "g": 1E+2}`, `{"a": 2, "b": 2, "c": -0, "d": 1.5, "e": 3, "f": 25, "g": 100}`},
		{`["2.0", "a\"2.0", 4.000, 1e300, 9007199254740992.0, 9007199254740994.0]`, `["2.0", "a\"2.0", 4, 1e300, 9007199254740992, 9007199254740994.0]`},
		{`{"x\\": 1.0}`, `{"x\\": 1}`},
		{`[1e-400]`, `[0]`},
	} {
		got, changed := plainIntegers([]byte(c.in))
		if string(got) != c.want || !changed {
			t.Errorf("plainIntegers(%s) = %s, %v; want %s", c.in, got, changed, c.want)
		}
	}
	if got, changed := plainIntegers([]byte(`{"a": 1, "b": "2.0", "c": 1.5}`)); changed || string(got) != `{"a": 1, "b": "2.0", "c": 1.5}` {
		t.Errorf("plainIntegers changed a document with nothing to change: %s", got)
	}
}
