package tracking_test

import (
	"bytes"
	"errors"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nmirf/nmirf/schema"
	. "github.com/nmirf/nmirf/tracking"
)

func TestEncodeRoundTripsTheFixture(t *testing.T) {
	data, err := os.ReadFile("testdata/valid.json")
	require.NoError(t, err)
	ds, err := Decode(data)
	require.NoError(t, err)
	out, err := Encode(ds)
	require.NoError(t, err)
	assert.JSONEq(t, string(data), string(out), "encoding gives back the same document")
	again, err := Decode(out)
	require.NoError(t, err)
	assert.Equal(t, ds, again)
	assert.NotContains(t, string(out), `\u003c`, "no HTML escaping")
}

func TestEncodeKeepsEmptyListsApartFromMissingOnes(t *testing.T) {
	ds := NewDataset("XFS", Year(2026), En("Example"))
	ds.Recommendations = []Recommendation{}
	out, err := Encode(ds)
	require.NoError(t, err)
	assert.Contains(t, string(out), `"recommendations": []`)
	assert.NotContains(t, string(out), `"actions"`)
	back, err := Decode(out)
	require.NoError(t, err)
	assert.Equal(t, ds, back)
}

func TestEncodeRejectsInvalidValues(t *testing.T) {
	ds := NewDataset("XFS", Year(2026), En("Example"))
	ds.Actions = []Action{{ID: MustParseID("01900000-0000-7000-8000-000000000001"), Title: En("x"), Status: "done"}}
	_, err := Encode(ds)
	var ps schema.Problems
	require.ErrorAs(t, err, &ps)
	require.Len(t, ps, 1)
	assert.Equal(t, "/actions/0/status", ps[0].Pointer)
	assert.Equal(t, "field.enum", ps[0].Code)
	assert.Equal(t, "completed", ps[0].Args["suggestion"])
	assert.Equal(t, RecordKindAction, RecordKind(ps[0].Record.Kind))
}

// TestCodecErrorsAreProblems checks that every failure of the codecs is a
// schema.Problems whose problems have a code and a message from the
// catalogue, and that Encode refuses what JSON would change.
func TestCodecErrorsAreProblems(t *testing.T) {
	bad := NewDataset("XFS", Year(2026), En("Example"))
	bad.Publisher.Name = Text{"en": "Secr\xe9tariat"}
	bad.Indicators = []Indicator{{ID: MustParseID("01900000-0000-7000-8000-000000000002"), Title: En("x"), Type: IndicatorTypeOutcome,
		Unit: "%", Baseline: &Measurement{Date: Year(2025), Value: math.NaN()}}}
	failing := errWriter{}
	tests := []struct {
		name    string
		err     error
		pointer string
		code    string
	}{
		{"nil reader", func() error { _, err := ReadDataset(nil, schema.Limits{}); return err }(), "", "io.read"},
		{"failing reader", func() error {
			_, err := ReadDataset(iotest.ErrReader(errors.New("disk gone")), schema.Limits{})
			return err
		}(), "", "io.read"},
		{"nil dataset", func() error { _, err := Encode(nil); return err }(), "", "field.required"},
		{"invalid UTF-8", func() error { _, err := Encode(bad); return err }(), "/publisher/name/en", CodeInvalidUTF8},
		{"not finite", func() error { _, err := EncodeVersion(bad, "1.1"); return err }(), "/indicators/0/baseline/value", CodeNotFinite},
		{"unknown version", func() error { _, err := EncodeVersion(NewDataset("XFS", Year(2026), En("x")), "2.0"); return err }(), "/schemaVersion", "dataset.schemaVersion"},
		{"nil writer", WriteDataset(nil, NewDataset("XFS", Year(2026), En("x"))), "", "io.write"},
		{"failing writer", WriteDataset(failing, NewDataset("XFS", Year(2026), En("x"))), "", "io.write"},
		{"nil index", func() error { _, err := (*Index)(nil).Put(&Action{}); return err }(), "", "index.put"},
		{"not a record", func() error { _, err := NewIndex(bad).Put("action"); return err }(), "", "index.put"},
		{"no ID", func() error { _, err := NewIndex(bad).Put(&Action{}); return err }(), "", "index.put"},
		{"no generator", bad.AssignIDs(nil), "", "id.generator"},
	}
	for _, tt := range tests {
		var ps schema.Problems
		if !errors.As(tt.err, &ps) {
			t.Errorf("%s: %T %v is not a schema.Problems", tt.name, tt.err, tt.err)
			continue
		}
		found := false
		for _, p := range ps {
			if p.Pointer == tt.pointer && p.Code == tt.code {
				found = true
				if p.Message == "" || strings.Contains(p.Message, "{") {
					t.Errorf("%s: message %q", tt.name, p.Message)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s at %q in %v", tt.name, tt.code, tt.pointer, ps)
		}
	}
}

type errWriter struct{}

func (errWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestDecodeRejects lists the kinds of bad input Decode must refuse, each
// with a problem that says where and what.
func TestDecodeRejects(t *testing.T) {
	valid, err := os.ReadFile("testdata/valid.json")
	require.NoError(t, err)
	tests := []struct {
		name  string
		input string
		code  string
	}{
		{"empty input", ``, schema.CodeSyntax},
		{"not JSON", `hello`, schema.CodeSyntax},
		{"truncated", string(valid[:len(valid)/2]), schema.CodeSyntax},
		{"trailing data", string(valid) + `{}`, schema.CodeTrailingData},
		{"duplicate key", `{"schemaVersion":"1.0","schemaVersion":"1.0"}`, schema.CodeDuplicateKey},
		{"invalid UTF-8", "{\"schemaVersion\":\"1.0\xff\"}", schema.CodeInvalidUTF8},
		{"lone surrogate", `{"schemaVersion":"\ud800"}`, schema.CodeInvalidUTF8},
		{"too deep", strings.Repeat("[", 100) + strings.Repeat("]", 100), schema.CodeTooDeep},
		{"unknown field", strings.Replace(string(valid), `"state": "XFS",`, `"state": "XFS", "country": "XFS",`, 1), ""},
		{"wrong type", strings.Replace(string(valid), `"staff": 4`, `"staff": "4"`, 1), ""},
		{"unknown code", strings.Replace(string(valid), `"status": "in_progress", "source"`, `"status": "ongoing", "source"`, 1), ""},
		{"bad date", strings.Replace(string(valid), `"date": "2026-06-30"`, `"date": "2026-06-31"`, 1), ""},
		{"bad ID", strings.Replace(string(valid), `"01900000-0000-7000-8000-000000000101"`, `"01900000-0000-7000-8000-00000000010"`, 1), ""},
		{"upper-case ID", strings.Replace(string(valid), `"01900000-0000-7000-8000-000000000001"`, `"01900000-0000-7000-8000-00000000000A"`, 1), ""},
		{"array instead of object", `[]`, ""},
		{"empty object", `{}`, "schema.required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := Decode([]byte(tt.input))
			assert.Nil(t, ds)
			var ps schema.Problems
			require.True(t, errors.As(err, &ps), "the error is a list of problems: %v", err)
			require.NotEmpty(t, ps)
			if tt.code != "" {
				assert.Equal(t, tt.code, ps[0].Code, ps.Error())
			}
			for _, p := range ps {
				assert.NotEmpty(t, p.Code)
				assert.NotEmpty(t, p.Message)
			}
		})
	}
}

func TestDecodeWithLimits(t *testing.T) {
	valid, err := os.ReadFile("testdata/valid.json")
	require.NoError(t, err)
	_, err = DecodeWithLimits(valid, schema.Limits{MaxBytes: 100})
	var ps schema.Problems
	require.ErrorAs(t, err, &ps)
	assert.Equal(t, schema.CodeTooLarge, ps[0].Code)

	_, err = ReadDataset(bytes.NewReader(valid), schema.Limits{MaxBytes: 100})
	require.ErrorAs(t, err, &ps)
	assert.Equal(t, schema.CodeTooLarge, ps[0].Code)

	ds, err := ReadDataset(bytes.NewReader(valid), schema.Limits{})
	require.NoError(t, err)
	assert.Len(t, ds.Recommendations, 5)
}

// FuzzDecode checks that no input makes Decode panic, and that whatever it
// accepts encodes and decodes back to the same dataset.
func FuzzDecode(f *testing.F) {
	valid, err := os.ReadFile("testdata/valid.json")
	require.NoError(f, err)
	f.Add(valid)
	f.Add([]byte(`{"schemaVersion":"1.0","publisher":{"name":{"en":"x"}},"date":"2025","state":"XFS"}`))
	f.Add([]byte(`{"schemaVersion":"1.0","publisher":{"name":{"ar":"مثال"}},"date":"2025-06","state":"XFS","recommendations":[]}`))
	f.Add([]byte(`{"a":1,"a":2}`))
	f.Add([]byte("[\"\xff\"]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ds, err := Decode(data)
		if err != nil {
			var ps schema.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("Decode failed without problems: %v", err)
			}
			return
		}
		Validate(ds) // must not panic either
		out, err := Encode(ds)
		if err != nil {
			t.Fatalf("a decoded dataset does not encode: %v", err)
		}
		again, err := Decode(out)
		if err != nil {
			t.Fatalf("an encoded dataset does not decode: %v\n%s", err, out)
		}
		if !reflect.DeepEqual(ds, again) {
			t.Fatalf("round trip changed the dataset:\n%s", out)
		}
	})
}

func TestCheckReportsShapeAndRulesTogether(t *testing.T) {
	valid, err := os.ReadFile("testdata/valid.json")
	require.NoError(t, err)

	ds, ps := Check(valid)
	require.NotNil(t, ds)
	assert.Empty(t, ps)

	// An unknown field and a reference to nothing: both are reported.
	doc := strings.Replace(string(valid), `"state": "XFS",`, `"state": "XFS", "colour": "blue",`, 1)
	doc = strings.Replace(doc, `"leadEntityId": "01900000-0000-7000-8000-000000000001",
      "start": "2024-06"`, `"leadEntityId": "01900000-0000-7000-8000-0000000000ff",
      "start": "2024-06"`, 1)
	ds, ps = Check([]byte(doc))
	assert.Nil(t, ds)
	assert.Equal(t, []string{
		"/actions/0/leadEntityId reference.unknown",
		"/colour schema.additionalProperties",
	}, found(ps))

	// A rule's problem under a value the schema faulted is not repeated.
	doc = strings.Replace(string(valid), `"status": "in_progress",
      "smart"`, `"status": "ongoing",
      "smart"`, 1)
	_, ps = Check([]byte(doc))
	assert.Equal(t, []string{"/actions/0/status schema.enum"}, found(ps))

	// A value that stops encoding/json early (the dataset's date comes
	// before the mechanism and the entities its members name): no rule
	// runs on the half-read rest, which would report members that name
	// nothing.
	doc = strings.Replace(string(valid), `"date": "2026-06-30"`, `"date": "2026-06-31"`, 1)
	_, ps = Check([]byte(doc))
	assert.Equal(t, []string{"/date schema.pattern"}, found(ps))

	// A rule broken in a well-shaped document: the dataset comes back.
	doc = strings.Replace(string(valid), `"end": "2026-12"`, `"end": "2023-12"`, 1)
	ds, ps = Check([]byte(doc))
	assert.NotNil(t, ds)
	assert.Equal(t, []string{"/actions/0/end date.order"}, found(ps))

	// Malformed JSON: only the syntax problem.
	_, ps = Check([]byte(`{"state": `))
	require.Len(t, ps, 1)
	assert.Equal(t, schema.CodeSyntax, ps[0].Code)
}
