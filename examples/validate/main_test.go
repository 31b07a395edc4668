package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func validate(args ...string) (int, string, string) {
	var out, errs bytes.Buffer
	code := run(args, &out, &errs)
	return code, out.String(), errs.String()
}

const corpus = "../../schema/testdata/1.0/"

func TestValidFilesOfEveryKind(t *testing.T) {
	code, out, errs := validate("../sample/dataset.json", "../sample/assessment.json",
		"../../maturity/frameworks/default.json", corpus+"valid/result/golden.json")
	assert.Equal(t, 0, code, out+errs)
	assert.Empty(t, out)
	assert.Equal(t, "4 file(s), 4 valid, 0 invalid, 0 problem(s)\n", errs)
}

func TestInvalidFilesPrintOneLinePerProblem(t *testing.T) {
	file := corpus + "invalid/result/broken.json"
	code, out, _ := validate(file)
	assert.Equal(t, 1, code)
	assert.Equal(t, []string{
		file + `: /dimensions/0/criteria/0/confidence: "certain" is not a code of the codelist maturity-confidence; use one of: high, medium, low [schema.enum]`,
		file + `: /dimensions/0/criteria/0/status: "done" is not a code of the codelist criterion-status; use one of: answered, not_applicable, unanswered [schema.enum]`,
		file + `: /extra: "extra" is not a field of this object in the standard [schema.additionalProperties]`,
		file + `: /method: "average" is not a code of the codelist consolidation-method; use one of: median, minimum, mean [schema.enum]`,
	}, strings.Split(strings.TrimSpace(out), "\n"))
}

func TestRulesBeyondTheSchema(t *testing.T) {
	// A dataset whose shape is right but whose references are broken: the
	// schema accepts it, the full check does not.
	data, err := os.ReadFile("../../tracking/testdata/valid.json")
	require.NoError(t, err)
	broken := strings.Replace(string(data), `"leadEntityId": "01900000-0000-7000-8000-000000000001",
      "start": "2024-06"`, `"leadEntityId": "01900000-0000-7000-8000-0000000000ff",
      "start": "2024-06"`, 1)
	require.NotEqual(t, string(data), broken)
	file := filepath.Join(t.TempDir(), "broken.json")
	require.NoError(t, os.WriteFile(file, []byte(broken), 0o644))

	code, out, _ := validate("-schema-only", file)
	assert.Equal(t, 0, code, out)
	code, out, _ = validate(file)
	assert.Equal(t, 1, code)
	assert.Equal(t, file+": /actions/0/leadEntityId: no entity has the ID 01900000-0000-7000-8000-0000000000ff [reference.unknown]\n", out)
}

func TestJSONReport(t *testing.T) {
	code, out, _ := validate("-format", "json", "../sample/dataset.json", corpus+"invalid/framework/broken.json", "missing.json")
	assert.Equal(t, 1, code)
	var reports []fileReport
	require.NoError(t, json.Unmarshal([]byte(out), &reports))
	require.Len(t, reports, 3)
	assert.True(t, reports[0].Valid)
	assert.Equal(t, "dataset", string(reports[0].Kind))
	assert.NotNil(t, reports[0].Problems, "an empty list, not null")
	assert.False(t, reports[1].Valid)
	assert.Equal(t, "framework", string(reports[1].Kind))
	assert.Len(t, reports[1].Problems, 6)
	assert.False(t, reports[2].Valid)
	assert.Equal(t, "io.read", reports[2].Problems[0].Code)
}

func TestKindGivenOrUnknown(t *testing.T) {
	// The built-in dataset read as an assessment fails the assessment schema.
	code, out, _ := validate("-kind", "assessment", "../sample/dataset.json")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "/answers: is required [schema.required]")

	dir := t.TempDir()
	odd := filepath.Join(dir, "odd.json")
	require.NoError(t, os.WriteFile(odd, []byte(`{"colour": "blue"}`), 0o644))
	code, out, _ = validate(odd)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "document.unknownKind")

	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"a": 1, "a": 2`), 0o644))
	code, out, _ = validate(bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, bad+": ")
	assert.Contains(t, out, "[json.")
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"-kind", "plan", "x.json"}, {"-format", "xml", "x.json"}, {"-nope"}, {"-framework", "missing.json", "x.json"}} {
		code, _, errs := validate(args...)
		assert.Equal(t, 2, code, args)
		assert.NotEmpty(t, errs, args)
	}
}

func TestSummaryInSixLanguages(t *testing.T) {
	assert.Empty(t, words.Missing())
	for lang, want := range map[string]string{
		"fr": "Fichiers\u00a0: 1\u00a0; valides\u00a0: 0",
		"ar": "الملفات: 1؛ الصحيحة: 0",
		"zh": "文件：1；有效：0",
	} {
		var out, errs bytes.Buffer
		run([]string{"-lang", lang, "no-such-file.json"}, &out, &errs)
		assert.Contains(t, errs.String(), want, lang)
	}
	var errs bytes.Buffer
	assert.Equal(t, 2, run([]string{"-lang", "de", "x.json"}, &bytes.Buffer{}, &errs))
}

// TestMessagesInTheLanguage checks that -lang renders each problem's
// message from the catalogue of that language, codes, values, suggestions
// and examples kept: a French secretariat's country name, French title of
// a code, plain string for a text and number with a fraction.
func TestMessagesInTheLanguage(t *testing.T) {
	dir := t.TempDir()
	bad := dir + "/bad.json"
	doc := `{"schemaVersion":"1.1","publisher":{"name":{"fr":"Secrétariat"}},"date":"2026","state":"Maroc",
 "mechanism":{"name":"Comité national de suivi","type":"Interministériel","standing":true,"secretariat":{"staff":2.5,"dedicated":true}}}`
	if err := os.WriteFile(bad, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string][]string{
		"en": {
			`/mechanism/name: a text is given by language: write it as an object whose keys are language codes, such as {"fr": "Comité national de suivi"}, not as a plain string [schema.type]`,
			`/mechanism/secretariat/staff: must be a whole number (such as 4 or 2026), without a fraction [schema.type]`,
			`/mechanism/type: "Interministériel" is not a code of the codelist mechanism-type; did you mean "inter_ministerial"? The codes are: ad_hoc, ministerial, inter_ministerial, institutionally_separate [schema.enum]`,
			`/state: "Maroc" is not a code of the codelist country; did you mean "MAR"? [schema.enum]`,
		},
		"fr": {
			"/mechanism/name: un texte se donne par langue\u00a0: écrivez-le comme un objet dont les clés sont des codes de langue, par exemple {\"fr\": \"Comité national de suivi\"}, et non comme une simple chaîne [schema.type]",
			"/mechanism/secretariat/staff: doit être un nombre entier (par exemple 4 ou 2026), sans décimales [schema.type]",
			"/mechanism/type: «\u00a0Interministériel\u00a0» n’est pas un code de la liste de codes mechanism-type\u00a0; vouliez-vous dire «\u00a0inter_ministerial\u00a0»\u00a0? Les codes sont\u00a0: ad_hoc, ministerial, inter_ministerial, institutionally_separate [schema.enum]",
			"/state: «\u00a0Maroc\u00a0» n’est pas un code de la liste de codes country\u00a0; vouliez-vous dire «\u00a0MAR\u00a0»\u00a0? [schema.enum]",
		},
		"ar": {
			`/mechanism/name: يُكتب النص حسب اللغة: اكتبه كائنًا مفاتيحه رموز اللغات، مثل {"fr": "Comité national de suivi"}، لا سلسلةً نصية مجردة [schema.type]`,
			`/mechanism/secretariat/staff: يجب أن تكون القيمة عددًا صحيحًا (مثل 4 أو 2026)، بلا كسر عشري [schema.type]`,
			`/mechanism/type: "Interministériel" ليس رمزًا من رموز قائمة الرموز mechanism-type؛ هل تقصد "inter_ministerial"؟ الرموز المتاحة هي: ad_hoc, ministerial, inter_ministerial, institutionally_separate [schema.enum]`,
			`/state: "Maroc" ليس رمزًا من رموز قائمة الرموز country؛ هل تقصد "MAR"؟ [schema.enum]`,
		},
	} {
		var out, errs bytes.Buffer
		assert.Equal(t, 1, run([]string{"-lang", lang, bad}, &out, &errs), lang)
		var got []string
		for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
			got = append(got, strings.TrimPrefix(line, bad+": "))
		}
		assert.Equal(t, want, got, lang)
	}
}
