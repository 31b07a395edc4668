package schema

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestInlineLeaves(t *testing.T) {
	var doc any
	if err := json.Unmarshal([]byte(`{
		"properties": {
			"a": {"description": "A date.", "$ref": "#/$defs/date"},
			"b": {"$ref": "#/$defs/date", "pattern": "^x$"},
			"c": {"$ref": "#/$defs/record"},
			"d": {"type": "array", "items": {"$ref": "#/$defs/date"}},
			"e": {"$ref": "#/$defs/tree"}
		},
		"$defs": {
			"date": {"description": "Any date.", "type": "string", "pattern": "^[0-9]{4}$"},
			"record": {"type": "object", "properties": {"when": {"$ref": "#/$defs/date"}}, "additionalProperties": false},
			"tree": {"type": "object", "properties": {"when": {"$ref": "#/$defs/date"}, "children": {"type": "array", "items": {"$ref": "#/$defs/tree"}}}}
		}
	}`), &doc); err != nil {
		t.Fatal(err)
	}
	at := inlineLeaves(doc)
	want := map[string]string{
		"/properties/a": "date", "/properties/d/items": "date", "/$defs/record/properties/when": "date",
		"/properties/c": "record", "/properties/c/properties/when": "date", "/$defs/tree/properties/when": "date",
	}
	if !reflect.DeepEqual(at, want) {
		t.Errorf("inlined at %v, want %v", at, want)
	}
	props := doc.(map[string]any)["properties"].(map[string]any)
	a := props["a"].(map[string]any)
	if a["$ref"] != nil || a["pattern"] != "^[0-9]{4}$" || a["description"] != "A date." {
		t.Errorf("a = %v: the definition's keywords must replace the $ref, the description stay", a)
	}
	if b := props["b"].(map[string]any); b["$ref"] != "#/$defs/date" || b["pattern"] != "^x$" {
		t.Errorf("b = %v: a schema sharing a keyword with the definition must keep its $ref", b)
	}
	c := props["c"].(map[string]any)
	if when, _ := c["properties"].(map[string]any)["when"].(map[string]any); c["$ref"] != nil || when["pattern"] != "^[0-9]{4}$" {
		t.Errorf("c = %v: a definition that refers to copyable ones is copied, with them", c)
	}
	if e := props["e"].(map[string]any); e["$ref"] != "#/$defs/tree" {
		t.Errorf("e = %v: a definition that refers to itself stays a reference", e)
	}
}

func TestLoaderNeverFetches(t *testing.T) {
	l := &embeddedLoader{}
	for _, url := range []string{"https://example.org/schema.json", BaseURL, BaseURL + "nothing.schema.json", "file:///etc/passwd"} {
		if _, err := l.Load(url); err == nil {
			t.Errorf("Load(%q) succeeded", url)
		} else if strings.HasPrefix(url, "https://example.org") && !strings.Contains(err.Error(), "never fetched") {
			t.Errorf("Load(%q): %v", url, err)
		}
	}
}
