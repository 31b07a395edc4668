package schema_test

import (
	"maps"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/schema"
)

// frenchDataset is a minimal valid dataset of a French-speaking
// secretariat, into which each case of TestMistakes puts one mistake in
// place of "MISTAKE".
const frenchDataset = `{"schemaVersion": "1.1", "publisher": {"name": {"fr": "Délégation interministérielle"}},
 "date": "2026-06-30", "state": "MAR",
 "mechanism": {"name": {"fr": "Comité national de suivi"}, "type": "inter_ministerial", "standing": true},
 "entities": [{"id": "0190d7a4-5b1e-7c3a-9f12-000000000001", "name": {"fr": "Ministère de la Justice"}, "kind": "ministry"}],
 "actions": [{"id": "0190d7a4-5b1e-7c3a-9f12-000000000002", "title": {"fr": "Plan d’action"}, "status": "in_progress"}],
 "recommendations": [{"id": "0190d7a4-5b1e-7c3a-9f12-000000000003",
   "source": {"family": "upr", "cycle": 4, "session": 41, "document": "A/HRC/52/8", "recommendingStates": ["FRA"]},
   "text": {"fr": "Ratifier le Protocole facultatif."}, "position": {"value": "supported"}}]}`

// TestMistakes checks the problems of mistakes a secretariat makes: a
// code in another case, a title given for a code (in English or French), a
// country's name for its code, another source's word for a UPR position, a
// number with a fraction or in quotes, a text given as a plain string. Each
// is reported with the code of its keyword, at the value, with arguments a
// host can translate (the allowed codes, the suggestion, an example), and
// with the English message.
func TestMistakes(t *testing.T) {
	tests := []struct {
		name, old, new string
		pointer, code  string
		args           schema.Args
		message        string
	}{
		{"code in capitals", `"type": "inter_ministerial"`, `"type": "Inter-ministerial"`,
			"/mechanism/type", "schema.enum",
			schema.Args{"value": "Inter-ministerial", "codelist": "mechanism-type", "suggestion": "inter_ministerial", "allowed": "ad_hoc, ministerial, inter_ministerial, institutionally_separate"},
			`"Inter-ministerial" is not a code of the codelist mechanism-type; did you mean "inter_ministerial"? The codes are: ad_hoc, ministerial, inter_ministerial, institutionally_separate`},
		{"English title of a status", `"status": "in_progress"`, `"status": "In progress"`,
			"/actions/0/status", "schema.enum",
			schema.Args{"value": "In progress", "codelist": "action-status", "suggestion": "in_progress", "allowed": "in_preparation, in_progress, completed, cancelled"},
			`"In progress" is not a code of the codelist action-status; did you mean "in_progress"? The codes are: in_preparation, in_progress, completed, cancelled`},
		{"French title of a status", `"status": "in_progress"`, `"status": "En cours"`,
			"/actions/0/status", "schema.enum",
			schema.Args{"value": "En cours", "codelist": "action-status", "suggestion": "in_progress", "allowed": "in_preparation, in_progress, completed, cancelled"},
			`"En cours" is not a code of the codelist action-status; did you mean "in_progress"? The codes are: in_preparation, in_progress, completed, cancelled`},
		{"French title of an entity kind", `"kind": "ministry"`, `"kind": "Ministère"`,
			"/entities/0/kind", "schema.enum",
			schema.Args{"value": "Ministère", "codelist": "entity-kind", "suggestion": "ministry", "allowed": "ministry, agency, statistics_office, parliament, judiciary, local_government, nhri, civil_society, un_entity, other"},
			`"Ministère" is not a code of the codelist entity-kind; did you mean "ministry"? The codes are: ministry, agency, statistics_office, parliament, judiciary, local_government, nhri, civil_society, un_entity, other`},
		{"UPR Info's word for a position", `"value": "supported"`, `"value": "accepted"`,
			"/recommendations/0/position/value", "schema.enum",
			schema.Args{"value": "accepted", "codelist": "position", "suggestion": "supported", "allowed": "supported, supported_in_part, noted"},
			`"accepted" is not a code of the codelist position; did you mean "supported"? The codes are: supported, supported_in_part, noted`},
		{"country name in English", `"state": "MAR"`, `"state": "Morocco"`,
			"/state", "schema.enum",
			schema.Args{"value": "Morocco", "codelist": "country", "suggestion": "MAR"},
			`"Morocco" is not a code of the codelist country; did you mean "MAR"?`},
		{"country name in French", `"recommendingStates": ["FRA"]`, `"recommendingStates": ["Maroc"]`,
			"/recommendations/0/source/recommendingStates/0", "schema.enum",
			schema.Args{"value": "Maroc", "codelist": "country", "suggestion": "MAR"},
			`"Maroc" is not a code of the codelist country; did you mean "MAR"?`},
		{"country code in lower case", `"state": "MAR"`, `"state": "mar"`,
			"/state", "schema.enum",
			schema.Args{"value": "mar", "codelist": "country", "suggestion": "MAR"},
			`"mar" is not a code of the codelist country; did you mean "MAR"?`},
		{"a country no name is near", `"state": "MAR"`, `"state": "Atlantis"`,
			"/state", "schema.enum",
			schema.Args{"value": "Atlantis", "codelist": "country"},
			`"Atlantis" is not a code of the codelist country`},
		{"a code nothing is near", `"status": "in_progress"`, `"status": "blocked"`,
			"/actions/0/status", "schema.enum",
			schema.Args{"value": "blocked", "codelist": "action-status", "allowed": "in_preparation, in_progress, completed, cancelled"},
			`"blocked" is not a code of the codelist action-status; use one of: in_preparation, in_progress, completed, cancelled`},
		{"version with a slip", `"schemaVersion": "1.1"`, `"schemaVersion": "v1.1"`,
			"/schemaVersion", "schema.enum",
			schema.Args{"value": "v1.1", "allowed": "1.0, 1.1"},
			`"v1.1" is not one of: 1.0, 1.1`},
		{"cycle with a fraction", `"cycle": 4`, `"cycle": 4.5`,
			"/recommendations/0/source/cycle", "schema.type",
			schema.Args{"allowed": "integer", "type": "number"},
			"must be a whole number (such as 4 or 2026), without a fraction"},
		{"session in quotes", `"session": 41`, `"session": "41"`,
			"/recommendations/0/source/session", "schema.type",
			schema.Args{"allowed": "integer", "type": "string"},
			`must be a whole number written without quotation marks: 4, not "4"`},
		{"French title as a plain string", `"title": {"fr": "Plan d’action"}`, `"title": "Plan national de suivi"`,
			"/actions/0/title", "schema.type",
			schema.Args{"allowed": "object", "type": "string", "value": "Plan national de suivi", "language": "fr", "example": `{"fr": "Plan national de suivi"}`},
			`a text is given by language: write it as an object whose keys are language codes, such as {"fr": "Plan national de suivi"}, not as a plain string`},
		{"plain string in a French dataset", `"title": {"fr": "Plan d’action"}`, `"title": "Plan national"`,
			"/actions/0/title", "schema.type",
			schema.Args{"allowed": "object", "type": "string", "value": "Plan national", "language": "fr", "example": `{"fr": "Plan national"}`},
			`a text is given by language: write it as an object whose keys are language codes, such as {"fr": "Plan national"}, not as a plain string`},
		{"Arabic text as a plain string", `"name": {"fr": "Ministère de la Justice"}`, `"name": "وزارة العدل"`,
			"/entities/0/name", "schema.type",
			schema.Args{"allowed": "object", "type": "string", "value": "وزارة العدل", "language": "ar", "example": `{"ar": "وزارة العدل"}`},
			`a text is given by language: write it as an object whose keys are language codes, such as {"ar": "وزارة العدل"}, not as a plain string`},
		{"standing in quotes", `"standing": true`, `"standing": "true"`,
			"/mechanism/standing", "schema.type",
			schema.Args{"allowed": "boolean", "type": "string"},
			"must be true or false, written without quotation marks"},
		{"field in capitals", `"status": "in_progress"`, `"status": "in_progress", "Priority": "high"`,
			"/actions/0/Priority", "schema.additionalProperties",
			schema.Args{"name": "Priority", "suggestion": "priority"},
			`"Priority" is not a field of this object in the standard; did you mean "priority"?`},
		{"field misspelt", `"status": "in_progress"`, `"status": "in_progress", "leadEntityID": "0190d7a4-5b1e-7c3a-9f12-000000000001"`,
			"/actions/0/leadEntityID", "schema.additionalProperties",
			schema.Args{"name": "leadEntityID", "suggestion": "leadEntityId"},
			`"leadEntityID" is not a field of this object in the standard; did you mean "leadEntityId"?`},
		{"field unlike any", `"status": "in_progress"`, `"status": "in_progress", "colour": "red"`,
			"/actions/0/colour", "schema.additionalProperties",
			schema.Args{"name": "colour"},
			`"colour" is not a field of this object in the standard`},
		{"collection misspelt", `"recommendations": [`, `"recomendations": [`,
			"/recomendations", "schema.additionalProperties",
			schema.Args{"name": "recomendations", "suggestion": "recommendations"},
			`"recomendations" is not a field of this object in the standard; did you mean "recommendations"?`},
		{"text as a number", `"title": {"fr": "Plan d’action"}`, `"title": 12`,
			"/actions/0/title", "schema.type",
			schema.Args{"allowed": "object", "type": "number"},
			`must be a text given by language: an object whose keys are language codes, such as {"en": "…", "fr": "…"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(frenchDataset, tt.old) {
				t.Fatalf("the dataset has no %s", tt.old)
			}
			doc := strings.Replace(frenchDataset, tt.old, tt.new, 1)
			ps := schema.Validate(schema.KindDataset, []byte(doc))
			if len(ps) != 1 {
				t.Fatalf("got %d problems, want 1:\n%v", len(ps), ps)
			}
			p := ps[0]
			if p.Pointer != tt.pointer || p.Code != tt.code || p.Message != tt.message || !maps.Equal(p.Args, tt.args) {
				t.Errorf("got\n  %s %s %q\n  %v\nwant\n  %s %s %q\n  %v", p.Pointer, p.Code, p.Message, p.Args, tt.pointer, tt.code, tt.message, tt.args)
			}
			// Every language renders it, with the suggestion and the
			// example as they are.
			for _, lang := range []string{"ar", "es", "fr", "ru", "zh"} {
				c, _ := schema.Messages(lang)
				m, ok := c.Render(p)
				if !ok || strings.Contains(m, "{") && !strings.Contains(m, "{\"") {
					t.Errorf("%s: %q, %v", lang, m, ok)
				}
				for _, name := range []string{"suggestion", "example", "allowed", "name"} {
					if v := p.Args[name]; v != "" && (name != "allowed" || p.Code == "schema.enum") && !strings.Contains(m, v) {
						t.Errorf("%s: %q does not show %s %q", lang, m, name, v)
					}
				}
			}
		})
	}
}

// TestTextExampleOfAnElement checks the example of a text given as a plain
// string in a value validated apart from its document (an element of a
// top-level array), whose problems point into the document.
func TestTextExampleOfAnElement(t *testing.T) {
	element := map[string]any{"title": "Plan national de suivi", "other": map[string]any{"fr": "x"}}
	ps := schema.Problems{
		schema.ProblemOf("/actions/3/title", "schema.type", "text", schema.Args{"allowed": "object", "type": "string"}),
		schema.ProblemOf("/actions/30/title", "schema.type", "text", schema.Args{"allowed": "object", "type": "string"}),
	}
	ps = schema.WithValuesAt(ps, element, "/actions/3")
	if ps[0].Key != "schema.type#textValue" || ps[0].Args["example"] != `{"fr": "Plan national de suivi"}` {
		t.Errorf("the element's text: %v %v", ps[0], ps[0].Args)
	}
	if ps[1].Key != "schema.type#text" {
		t.Errorf("another element's text: %v", ps[1])
	}
	// A string that does not show its language: the element alone says
	// English, the document's texts French.
	element = map[string]any{"title": "Plan national"}
	doc := map[string]any{"publisher": map[string]any{"name": map[string]any{"fr": "Délégation"}}, "mechanism": map[string]any{"name": map[string]any{"fr": "Comité"}}}
	ps = schema.Problems{schema.ProblemOf("/actions/3/title", "schema.type", "text", schema.Args{"allowed": "object", "type": "string"})}
	ps = schema.WithValuesAt(ps, element, "/actions/3")
	if ps[0].Args["example"] != `{"en": "Plan national"}` {
		t.Errorf("from the element alone: %v", ps[0].Args)
	}
	ps = schema.WithValues(ps, doc)
	if ps[0].Args["example"] != `{"fr": "Plan national"}` || ps[0].Args["language"] != "fr" || ps[0].Message != `a text is given by language: write it as an object whose keys are language codes, such as {"fr": "Plan national"}, not as a plain string` {
		t.Errorf("with the document: %v %v", ps[0], ps[0].Args)
	}
}
