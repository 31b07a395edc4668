package tracking_test

import (
	"bytes"
	"encoding/json"
	"io"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nmirf/nmirf/schema"
	. "github.com/nmirf/nmirf/tracking"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in        string
		ok        bool
		precision Precision
		first     string
		last      string
	}{
		{"2025", true, PrecisionYear, "2025-01-01", "2025-12-31"},
		{"2025-06", true, PrecisionMonth, "2025-06-01", "2025-06-30"},
		{"2024-02", true, PrecisionMonth, "2024-02-01", "2024-02-29"},
		{"2025-02", true, PrecisionMonth, "2025-02-01", "2025-02-28"},
		{"2025-06-30", true, PrecisionDay, "2025-06-30", "2025-06-30"},
		{"2024-02-29", true, PrecisionDay, "2024-02-29", "2024-02-29"},
		{"0001", true, PrecisionYear, "0001-01-01", "0001-12-31"},
		{"2023-02-29", false, PrecisionNone, "", ""},
		{"2025-06-31", false, PrecisionNone, "", ""},
		{"2025-13", false, PrecisionNone, "", ""},
		{"2025-00", false, PrecisionNone, "", ""},
		{"0000", false, PrecisionNone, "", ""},
		{"25", false, PrecisionNone, "", ""},
		{"2025-6", false, PrecisionNone, "", ""},
		{"2025/06", false, PrecisionNone, "", ""},
		{"2025-06-30T00:00:00Z", false, PrecisionNone, "", ""},
		{"+2025", false, PrecisionNone, "", ""},
		{"２０２５", false, PrecisionNone, "", ""},
		{"", false, PrecisionNone, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if !tt.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.in, d.String())
			assert.Equal(t, tt.precision, d.Precision())
			assert.Equal(t, tt.first, d.First().Format(time.DateOnly))
			assert.Equal(t, tt.last, d.Last().Format(time.DateOnly))
			assert.True(t, d.Valid())
		})
	}
}

func TestPartialDateOrder(t *testing.T) {
	ordered := []string{"2024-12-31", "2025", "2025-01", "2025-01-01", "2025-01-02", "2025-02", "2026"}
	for i := range ordered {
		for j := range ordered {
			a, b := MustParseDate(ordered[i]), MustParseDate(ordered[j])
			assert.Equal(t, cmpInt(i, j), a.Compare(b), "%s vs %s", a, b)
		}
	}
	assert.True(t, MustParseDate("2025-05").Before(MustParseDate("2025-06-01")))
	assert.False(t, MustParseDate("2025").Before(MustParseDate("2025-06")), "overlapping dates are not before each other")
	assert.False(t, MustParseDate("2025-06").Before(MustParseDate("2025")))
	assert.False(t, PartialDate{}.Before(Year(2025)))
	assert.True(t, PartialDate{}.IsZero())
	assert.Equal(t, PrecisionNone, PartialDate{}.Precision())
	assert.Equal(t, "", PartialDate{}.String())
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestPartialDateConstructors(t *testing.T) {
	assert.Equal(t, "2025", Year(2025).String())
	assert.Equal(t, "2025-06", YearMonth(2025, time.June).String())
	assert.Equal(t, "2025-06-30", Date(2025, time.June, 30).String())
	assert.Equal(t, "2025-06-30", DateOf(time.Date(2025, 6, 30, 23, 59, 0, 0, time.UTC)).String())
	assert.False(t, Date(2025, time.February, 30).Valid())
	assert.False(t, Year(10000).Valid())
	_, err := Date(2025, time.February, 30).MarshalText()
	assert.Error(t, err)
}

func TestPartialDateJSON(t *testing.T) {
	var v struct {
		D PartialDate `json:"d,omitzero"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"d":"2025-06"}`), &v))
	assert.Equal(t, YearMonth(2025, 6), v.D)
	out, err := json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{"d":"2025-06"}`, string(out))
	v.D = PartialDate{}
	out, err = json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(out), "the zero date is omitted")
	assert.Error(t, json.Unmarshal([]byte(`{"d":"2025-06-31"}`), &v))
	assert.Error(t, json.Unmarshal([]byte(`{"d":2025}`), &v))
}

func TestParseID(t *testing.T) {
	good := "0190d7a4-5b1e-7c3a-9f12-3456789abcde"
	id, err := ParseID(good)
	require.NoError(t, err)
	assert.Equal(t, good, id.String())
	for _, bad := range []string{
		"0190D7A4-5B1E-7C3A-9F12-3456789ABCDE",
		"{0190d7a4-5b1e-7c3a-9f12-3456789abcde}",
		"urn:uuid:0190d7a4-5b1e-7c3a-9f12-3456789abcde",
		"0190d7a45b1e7c3a9f123456789abcde",
		"0190d7a4-5b1e-7c3a-9f12-3456789abcd",
		"",
		"not an id",
		"00000000-0000-0000-0000-000000000000",
	} {
		_, err := ParseID(bad)
		assert.Error(t, err, bad)
	}
	assert.True(t, ID{}.IsZero())
	assert.Equal(t, "", ID{}.String())
	_, err = ID{}.MarshalText()
	assert.Error(t, err)
}

func TestV7GeneratorIsDeterministicAndOrdered(t *testing.T) {
	clock := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	newGen := func() *V7Generator {
		return NewV7Generator(func() time.Time { return clock }, rand.NewChaCha8([32]byte{1}))
	}
	a, b := newGen(), newGen()
	var prev ID
	for i := range 1000 {
		x, err := a.NewID()
		require.NoError(t, err)
		y, err := b.NewID()
		require.NoError(t, err)
		assert.Equal(t, x, y, "same clock and randomness give the same IDs")
		assert.Equal(t, byte(0x70), x[6]&0xf0, "version 7")
		assert.Equal(t, byte(0x80), x[8]&0xc0, "RFC 9562 variant")
		if i > 0 {
			assert.Equal(t, 1, x.Compare(prev), "IDs increase within one millisecond")
		}
		prev = x
		parsed, err := ParseID(x.String())
		require.NoError(t, err)
		assert.Equal(t, x, parsed)
	}
	ms := uint64(clock.UnixMilli())
	first, _ := newGen().NewID()
	got := uint64(first[0])<<40 | uint64(first[1])<<32 | uint64(first[2])<<24 | uint64(first[3])<<16 | uint64(first[4])<<8 | uint64(first[5])
	assert.Equal(t, ms, got, "the first 48 bits are the Unix time in milliseconds")
}

func TestV7GeneratorClockStepsBack(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	g := NewV7Generator(func() time.Time { return now }, rand.NewChaCha8([32]byte{3}))
	a, _ := g.NewID()
	now = now.Add(-time.Hour)
	b, _ := g.NewID()
	assert.Equal(t, 1, b.Compare(a))
}

func TestV7GeneratorRandomnessFails(t *testing.T) {
	g := NewV7Generator(time.Now, bytes.NewReader(nil))
	_, err := g.NewID()
	assert.ErrorIs(t, err, io.EOF)
}

func TestAssignIDs(t *testing.T) {
	ds := NewDataset("XFS", Year(2026), En("Example"))
	ds.Entities = []Entity{{Name: En("Ministry"), Kind: EntityKindMinistry}}
	keep := MustParseID("01900000-0000-7000-8000-000000000001")
	ds.Recommendations = []Recommendation{{ID: keep}, {}}
	gen := NewV7Generator(func() time.Time { return time.Unix(0, 0) }, rand.NewChaCha8([32]byte{5}))
	require.NoError(t, ds.AssignIDs(gen))
	assert.False(t, ds.Entities[0].ID.IsZero())
	assert.Equal(t, keep, ds.Recommendations[0].ID)
	assert.False(t, ds.Recommendations[1].ID.IsZero())
	assert.NotEqual(t, ds.Entities[0].ID, ds.Recommendations[1].ID)
	assert.Equal(t, SchemaVersion, ds.SchemaVersion)
}

func TestText(t *testing.T) {
	txt := Text{"en": "Plan", "fr": "Plan d’action", "ar": "خطة", "es-419": "Plan regional"}
	assert.Equal(t, "Plan d’action", txt.Get("fr"))
	assert.Equal(t, "Plan d’action", txt.Get("fr-CA"), "falls back to the base language")
	assert.Equal(t, "Plan", txt.Get("ru"), "falls back to English")
	assert.Equal(t, "Plan regional", txt.Get("es-419"))
	assert.Equal(t, "خطة", Text{"ar": "خطة", "zh": "计划"}.Get("ru"), "then to the first language in order")
	assert.Equal(t, "", Text(nil).Get("en"))
	assert.Equal(t, []string{"ar", "en", "es-419", "fr"}, txt.Languages())
	c := txt.Clone()
	c["en"] = "changed"
	assert.Equal(t, "Plan", txt["en"])
	assert.True(t, LanguageArabic.RightToLeft())
	assert.False(t, LanguageFrench.RightToLeft())
	assert.True(t, RightToLeft("ar-MA"))
}

func TestValidLanguageTag(t *testing.T) {
	for tag, ok := range map[string]bool{
		"en": true, "ar": true, "zh-Hans": true, "es-419": true, "ckb": true, "sr-Latn-RS": true,
		"": false, "e": false, "EN": false, "english": false, "en-": false, "en--US": false, "en_US": false, "en-toolongsubtag": false,
	} {
		assert.Equal(t, ok, ValidLanguageTag(tag), tag)
	}
}

// TestEnumsFollowTheCodelists checks every generated enumeration against the
// codelist it comes from: the same codes in the same order.
func TestEnumsFollowTheCodelists(t *testing.T) {
	check := func(name string, values []string, valid func(string) bool) {
		t.Helper()
		codes, err := schema.Codelist(name)
		require.NoError(t, err, name)
		want := make([]string, len(codes))
		for i, c := range codes {
			want[i] = c.Code
		}
		assert.Equal(t, want, values, name)
		for _, v := range values {
			assert.True(t, valid(v), "%s: %s", name, v)
		}
		assert.False(t, valid("no such code"), name)
		assert.False(t, valid(""), name)
	}
	check("position", strs(Position("").Values()), func(s string) bool { return Position(s).Valid() })
	check("mechanism-family", strs(MechanismFamily("").Values()), func(s string) bool { return MechanismFamily(s).Valid() })
	check("treaty-body", strs(TreatyBody("").Values()), func(s string) bool { return TreatyBody(s).Valid() })
	check("implementation-status", strs(ImplementationStatus("").Values()), func(s string) bool { return ImplementationStatus(s).Valid() })
	check("action-status", strs(ActionStatus("").Values()), func(s string) bool { return ActionStatus(s).Valid() })
	check("indicator-type", strs(IndicatorType("").Values()), func(s string) bool { return IndicatorType(s).Valid() })
	check("obligation-kind", strs(ObligationKind("").Values()), func(s string) bool { return ObligationKind(s).Valid() })
	check("grade", strs(Grade("").Values()), func(s string) bool { return Grade(s).Valid() })
	check("mechanism-type", strs(MechanismType("").Values()), func(s string) bool { return MechanismType(s).Valid() })
	check("language", strs(Language("").Values()), func(s string) bool { return Language(s).Valid() })
	check("legal-instrument-kind", strs(InstrumentKind("").Values()), func(s string) bool { return InstrumentKind(s).Valid() })
	check("mandate-function", strs(MandateFunction("").Values()), func(s string) bool { return MandateFunction(s).Valid() })
	check("chair-level", strs(ChairLevel("").Values()), func(s string) bool { return ChairLevel(s).Valid() })
	check("branch", strs(Branch("").Values()), func(s string) bool { return Branch(s).Valid() })
	check("entity-kind", strs(EntityKind("").Values()), func(s string) bool { return EntityKind(s).Valid() })
	check("frequency", strs(Frequency("").Values()), func(s string) bool { return Frequency(s).Valid() })
	check("focal-point-role", strs(FocalPointRole("").Values()), func(s string) bool { return FocalPointRole(s).Valid() })
	check("stakeholder", strs(Stakeholder("").Values()), func(s string) bool { return Stakeholder(s).Valid() })
	check("consultation-format", strs(ConsultationFormat("").Values()), func(s string) bool { return ConsultationFormat(s).Valid() })
	check("assessment-source", strs(AssessmentSource("").Values()), func(s string) bool { return AssessmentSource(s).Valid() })
	check("link-origin", strs(LinkOrigin("").Values()), func(s string) bool { return LinkOrigin(s).Valid() })
	check("recommendation-kind", strs(RecommendationKind("").Values()), func(s string) bool { return RecommendationKind(s).Valid() })
	check("relation-type", strs(RelationType("").Values()), func(s string) bool { return RelationType(s).Valid() })
	check("priority", strs(Priority("").Values()), func(s string) bool { return Priority(s).Valid() })
	check("member-role", strs(MemberRole("").Values()), func(s string) bool { return MemberRole(s).Valid() })
	check("tracking-tool-kind", strs(TrackingToolKind("").Values()), func(s string) bool { return TrackingToolKind(s).Valid() })
	check("record-kind", strs(RecordKind("").Values()), func(s string) bool { return RecordKind(s).Valid() })
	check("due-state", strs(DueState("").Values()), func(s string) bool { return DueState(s).Valid() })
	check("date-precision", strs(Precision("").Values()), func(s string) bool { return Precision(s).Valid() })
	check("country", strs(Country("").Values()), func(s string) bool { return Country(s).Valid() })
	check("sdg-goal", strs(SDGGoal("").Values()), func(s string) bool { return SDGGoal(s).Valid() })
	check("sdg-target", strs(SDGTarget("").Values()), func(s string) bool { return SDGTarget(s).Valid() })
}

func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

func TestEnumText(t *testing.T) {
	p := PositionSupportedInPart
	text, err := p.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "supported_in_part", string(text))
	assert.Equal(t, "supported_in_part", p.String())
	assert.Equal(t, "Supported in part", p.Title())

	var q Position
	require.NoError(t, q.UnmarshalText([]byte("noted")))
	assert.Equal(t, PositionNoted, q)
	err = q.UnmarshalText([]byte("Noted"))
	assert.ErrorContains(t, err, `"Noted" is not a valid Position`)
	assert.Equal(t, PositionNoted, q, "a failed UnmarshalText leaves the value alone")
	_, err = Position("accepted").MarshalText()
	assert.Error(t, err)

	values := Position("").Values()
	values[0] = "changed"
	assert.Equal(t, PositionSupported, Position("").Values()[0], "Values returns a copy")

	assert.Equal(t, SDGGoal("16"), SDGTarget("16.a").Goal())
	assert.Equal(t, SDGGoal("1"), SDGTarget("1.1").Goal())
	assert.Equal(t, SDGGoal(""), SDGTarget("16.99").Goal())
	assert.Len(t, SDGTarget("").Values(), 169)
	assert.Len(t, SDGGoal("").Values(), 17)
	assert.True(t, slices.Contains(Country("").Values(), "TUR"))
}

func TestEnumTitleIn(t *testing.T) {
	assert.Equal(t, "Prise en note", PositionNoted.TitleIn("fr"))
	assert.Equal(t, "", Position("x").TitleIn("ru"), "unknown code")
	assert.Equal(t, "Comité contra la Tortura", TreatyBodyCAT.TitleIn("pt", "es"))
	assert.Equal(t, "Not started", ImplementationStatusNotStarted.TitleIn("pt"))
	assert.Equal(t, "Türkiye", Country("TUR").TitleIn("es"))
	assert.Equal(t, "消除贫困", SDGGoal("1").TitleIn("zh"))
}

// TestTextGetPreferences checks the caller's order of preference.
func TestTextGetPreferences(t *testing.T) {
	txt := Text{"en": "Plan", "es": "Plan de acción", "fr": "Plan d’action"}
	assert.Equal(t, "Plan de acción", txt.Get("pt-BR", "pt", "es-419"))
	assert.Equal(t, "Plan d’action", txt.Get("fr-CA", "es"))
	assert.Equal(t, "Plan", txt.Get("pt"))
	assert.Equal(t, "Plan", txt.Get())
	assert.Equal(t, "Plan d’action", Text{"fr": "Plan d’action", "ru": "План"}.Get("pt"), "no English: first sorted")
}
