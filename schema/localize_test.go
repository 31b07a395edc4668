package schema

import "testing"

func TestLocalize(t *testing.T) {
	en := Problems{problem("/state", "schema.enum", "codelistSuggest", Args{"value": "Maroc", "codelist": "country", "suggestion": "MAR"}),
		{Pointer: "/x", Code: "host.own", Message: "a host's own problem"}}
	fr, ok := Messages("fr")
	if !ok {
		t.Fatal("no French catalogue")
	}
	got := Localize(en, fr)
	if want := "«\u00a0Maroc\u00a0» n’est pas un code de la liste de codes country\u00a0; vouliez-vous dire «\u00a0MAR\u00a0»\u00a0?"; got[0].Message != want {
		t.Errorf("got %q, want %q", got[0].Message, want)
	}
	if got[1].Message != "a host's own problem" {
		t.Errorf("a problem no catalogue words lost its message: %q", got[1].Message)
	}
	if en[0].Message == got[0].Message {
		t.Error("Localize changed the problems it was given")
	}
	if Localize(nil, fr) != nil {
		t.Error("Localize(nil) is not nil")
	}
}
