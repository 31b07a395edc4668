package tracking_test

import (
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	. "github.com/nmirf/nmirf/tracking"
)

// loadValid decodes testdata/valid.json, a small dataset that breaks no rule.
func loadValid(t testing.TB) *Dataset {
	t.Helper()
	data, err := os.ReadFile("testdata/valid.json")
	require.NoError(t, err)
	ds, err := Decode(data)
	require.NoError(t, err)
	return ds
}

// found lists problems as "pointer code" strings.
func found(ps schema.Problems) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Pointer + " " + p.Code
	}
	return out
}

func TestValidDatasetHasNoProblem(t *testing.T) {
	assert.Empty(t, Validate(loadValid(t)))
}

func TestValidateNil(t *testing.T) {
	assert.Equal(t, []string{" field.required"}, found(Validate(nil)))
}

// Each case breaks one rule of the valid dataset and lists exactly the
// problems Validate must report.
func TestValidateRules(t *testing.T) {
	id := func(n string) ID { return MustParseID("01900000-0000-7000-8000-000000000" + n) }
	unknown := MustParseID("01900000-0000-7000-8000-999999999999")
	tests := []struct {
		name   string
		mutate func(ds *Dataset)
		want   []string
	}{
		// Field rules.
		{"required schema version", func(ds *Dataset) { ds.SchemaVersion = "" }, []string{"/schemaVersion field.required"}},
		{"unsupported schema version", func(ds *Dataset) { ds.SchemaVersion = "2.0" }, []string{"/schemaVersion dataset.schemaVersion"}},
		{"unknown country", func(ds *Dataset) { ds.State = "XXX" }, []string{"/state field.enum"}},
		{"missing date", func(ds *Dataset) { ds.Date = PartialDate{} }, []string{"/date field.required"}},
		{"impossible date", func(ds *Dataset) { ds.Date = Date(2025, 2, 29) }, []string{"/date field.date"}},
		{"empty language map", func(ds *Dataset) { ds.Publisher.Name = Text{} }, []string{"/publisher/name field.text"}},
		{"empty text in a language", func(ds *Dataset) { ds.Entities[0].Name["fr"] = "" }, []string{"/entities/0/name/fr field.text"}},
		{"bad language tag", func(ds *Dataset) { ds.Entities[0].Name["EN"] = "x" }, []string{"/entities/0/name/EN field.languageTag"}},
		{"missing record ID", func(ds *Dataset) { ds.Actions[1].ID = ID{} }, []string{"/actions/1/id field.required", "/indicators/0/actionIds/0 reference.unknown"}},
		{"unknown enum value", func(ds *Dataset) { ds.Actions[0].Status = "done" }, []string{"/actions/0/status field.enum"}},
		{"enum in a list", func(ds *Dataset) { ds.Mechanism.Covers[1] = "ngo" }, []string{"/mechanism/covers/1 field.enum"}},
		{"negative staff", func(ds *Dataset) { ds.Mechanism.Secretariat.Staff = -1 }, []string{"/mechanism/secretariat/staff field.range"}},
		{"bad URL", func(ds *Dataset) { ds.Publisher.URL = "example.org" }, []string{"/publisher/url field.format"}},
		{"bad currency", func(ds *Dataset) { ds.Mechanism.Budget.Currency = "usd" }, []string{"/mechanism/budget/currency field.format"}},
		{"no participants", func(ds *Dataset) { ds.Consultations[0].Participants = nil }, []string{"/consultations/0/participants field.required"}},
		{"text that is not UTF-8", func(ds *Dataset) { ds.Entities[0].Name["en"] = "Min\xffistry" }, []string{"/entities/0/name/en field.utf8"}},
		{"a reference that is not UTF-8", func(ds *Dataset) { ds.Recommendations[0].Ref = "R\xc3" }, []string{"/recommendations/0/ref field.utf8"}},
		{"a language tag that is not UTF-8", func(ds *Dataset) { ds.Entities[1].Name["e\xffn"] = "x" },
			[]string{"/entities/1/name/e\xffn field.languageTag", "/entities/1/name/e\xffn field.utf8"}},
		{"infinite observation", func(ds *Dataset) { ds.Indicators[0].Observations[0].Value = math.Inf(1) }, []string{"/indicators/0/observations/0/value field.finite"}},
		{"NaN baseline", func(ds *Dataset) { ds.Indicators[0].Baseline.Value = math.NaN() }, []string{"/indicators/0/baseline/value field.finite"}},
		{"infinite budget", func(ds *Dataset) { ds.Mechanism.Budget.Amount = math.Inf(1) }, []string{"/mechanism/budget/amount field.finite"}},
		{"invalid SDG target", func(ds *Dataset) { ds.Recommendations[0].SDGTargets[0].Target = "16.99" }, []string{"/recommendations/0/sdgTargets/0/target field.enum"}},

		// Identity.
		{"duplicate ID across collections", func(ds *Dataset) { ds.Actions[0].ID = ds.Recommendations[0].ID },
			// The report that named the action's old ID now names nothing.
			[]string{"/actions/0/id id.duplicate", "/progressReports/2/actionId reference.unknown"}},
		{"duplicate reference", func(ds *Dataset) { ds.Indicators[1].Ref = "R-002" }, []string{"/indicators/1/ref ref.duplicate"}},

		// References.
		{"reference to nothing", func(ds *Dataset) { ds.Actions[0].LeadEntityID = unknown },
			[]string{"/actions/0/leadEntityId reference.unknown"}},
		{"reference of the wrong kind", func(ds *Dataset) { ds.Actions[0].RecommendationIDs[0] = id("001") },
			[]string{"/actions/0/recommendationIds/0 reference.wrongKind"}},
		{"repeated reference in a list", func(ds *Dataset) {
			ds.Clusters[0].RecommendationIDs = append(ds.Clusters[0].RecommendationIDs, id("102"))
		}, []string{"/clusters/0/recommendationIds/2 list.repeated"}},
		{"zero ID in a list", func(ds *Dataset) { ds.Consultations[0].ObligationIDs[0] = ID{} },
			[]string{"/consultations/0/obligationIds/0 reference.unknown"}},
		{"assessment of a missing recommendation", func(ds *Dataset) { ds.Assessments[0].RecommendationID = unknown },
			[]string{"/assessments/0/recommendationId reference.unknown"}},
		{"mechanism member unknown", func(ds *Dataset) { ds.Mechanism.Members[2].EntityID = unknown },
			[]string{"/mechanism/members/2/entityId reference.unknown"}},
		{"member listed twice", func(ds *Dataset) { ds.Mechanism.Members[1].EntityID = id("001") },
			[]string{"/mechanism/members/1/entityId list.repeated"}},
		{"related to itself", func(ds *Dataset) { ds.Recommendations[1].Related[0].RecommendationID = id("102") },
			[]string{"/recommendations/1/related/0/recommendationId reference.self"}},
		{"entity its own parent", func(ds *Dataset) { ds.Entities[2].ParentID = id("003") },
			[]string{"/entities/2/parentId reference.self"}},
		{"entity parent cycle", func(ds *Dataset) { ds.Entities[1].ParentID = id("003"); ds.Entities[2].ParentID = id("002") },
			[]string{"/entities/1/parentId entity.parentCycle", "/entities/2/parentId entity.parentCycle"}},
		{"lead also supporting", func(ds *Dataset) {
			ds.Actions[1].SupportingEntityIDs = append(ds.Actions[1].SupportingEntityIDs, id("002"))
		},
			[]string{"/actions/1/supportingEntityIds/1 list.repeated"}},

		// Consistency of recommendations.
		{"position on a treaty-body recommendation", func(ds *Dataset) {
			ds.Recommendations[2].Position = &StatePosition{Value: PositionSupported}
		}, []string{"/recommendations/2/position position.notUPR"}},
		{"UPR fields on a special procedure", func(ds *Dataset) {
			ds.Recommendations[3].Source.Cycle = 3
			ds.Recommendations[3].Source.Session = 30
			ds.Recommendations[3].Source.RecommendingStates = []Country{"FRA"}
		}, []string{"/recommendations/3/source/cycle source.uprOnly", "/recommendations/3/source/recommendingStates source.uprOnly", "/recommendations/3/source/session source.uprOnly"}},
		{"session outside its cycle", func(ds *Dataset) { ds.Recommendations[0].Source.Session = 30 },
			[]string{"/recommendations/0/source/session source.cycleSession"}},
		{"treaty body without a committee", func(ds *Dataset) { ds.Recommendations[2].Source.Body = "" },
			[]string{"/recommendations/2/source/body source.bodyMissing"}},
		{"treaty name instead of committee code", func(ds *Dataset) { ds.Recommendations[2].Source.Body = "ICCPR" },
			[]string{"/recommendations/2/source/body source.bodyUnknown"}},
		{"special procedure without a mandate", func(ds *Dataset) { ds.Recommendations[3].Source.Body = "" },
			[]string{"/recommendations/3/source/body source.bodyMissing"}},
		{"follow-up on a UPR recommendation", func(ds *Dataset) { ds.Recommendations[0].FollowUp = &FollowUp{Due: Year(2026)} },
			[]string{"/recommendations/0/followUp followUp.notTreatyBody"}},
		{"position before publication", func(ds *Dataset) { ds.Recommendations[0].Position.Date = Year(2023) },
			[]string{"/recommendations/0/position/date date.order"}},
		{"SDG target twice", func(ds *Dataset) {
			ds.Recommendations[1].SDGTargets = append(ds.Recommendations[1].SDGTargets, SDGLink{Target: "4.5", Origin: LinkOriginState})
		}, []string{"/recommendations/1/sdgTargets/2 list.repeated"}},
		{"recommending State twice", func(ds *Dataset) { ds.Recommendations[0].Source.RecommendingStates[1] = "ESP" },
			[]string{"/recommendations/0/source/recommendingStates/1 list.repeated"}},
		{"State under review recommending to itself", func(ds *Dataset) { ds.Recommendations[0].Source.RecommendingStates[1] = ds.State },
			[]string{"/recommendations/0/source/recommendingStates/1 source.selfRecommending"}},
		{"blank language map text", func(ds *Dataset) { ds.Publisher.Name = Text{"en": " \u200b\t", "fr": "Éditeur"} },
			[]string{"/publisher/name/en text.blank"}},
		{"blank reference", func(ds *Dataset) { ds.Recommendations[0].Ref = "\u00a0\u2028" },
			[]string{"/recommendations/0/ref text.blank"}},
		{"term twice", func(ds *Dataset) {
			r := &ds.Recommendations[0]
			r.Classifications = append(r.Classifications, r.Classifications[0])
		}, []string{"/recommendations/0/classifications/1 list.repeated"}},
		{"identifier scheme twice", func(ds *Dataset) {
			r := &ds.Recommendations[0]
			r.Identifiers = append(r.Identifiers, Identifier{Scheme: "uhri", Value: "other"})
		}, []string{"/recommendations/0/identifiers/1/scheme list.repeated"}},

		// Assessments.
		{"assessment without status or grade", func(ds *Dataset) { ds.Assessments[0].Status = "" },
			[]string{"/assessments/0 assessment.empty"}},
		{"grade on a UPR recommendation", func(ds *Dataset) { ds.Assessments[0].Grade = GradeA },
			[]string{"/assessments/0/grade assessment.gradeNotTreatyBody"}},
		{"assessment before publication", func(ds *Dataset) { ds.Assessments[2].Date = YearMonth(2023, 1) },
			[]string{"/assessments/2/date date.order"}},

		// Actions, indicators, reports.
		{"action that implements nothing", func(ds *Dataset) { ds.Actions[1].ClusterIDs = nil },
			[]string{"/actions/1 action.noTarget"}},
		{"action ends before it starts", func(ds *Dataset) { ds.Actions[0].End = Year(2023) },
			[]string{"/actions/0/end date.order"}},
		{"baseline without a unit", func(ds *Dataset) { ds.Indicators[1].Unit = "" },
			[]string{"/indicators/1/baseline indicator.unitMissing", "/indicators/1/target indicator.unitMissing"}},
		{"observations without a unit", func(ds *Dataset) {
			in := &ds.Indicators[0]
			in.Unit, in.Baseline, in.Target = "", nil, nil
		}, []string{"/indicators/0/observations indicator.unitMissing"}},
		{"target dated before baseline", func(ds *Dataset) { ds.Indicators[0].Target.Date = Year(2020) },
			[]string{"/indicators/0/target/date date.order"}},
		{"two observations on one date", func(ds *Dataset) { ds.Indicators[0].Observations[1].Date = YearMonth(2025, 6) },
			[]string{"/indicators/0/observations/1/date indicator.observationRepeated"}},
		{"two values of one breakdown on one date", func(ds *Dataset) {
			in := &ds.Indicators[0]
			in.Dimensions = []string{"sex", "age"}
			female := []Category{{Dimension: "sex", Category: "female"}, {Dimension: "age", Category: "15-24"}}
			in.Observations[0].Disaggregation = female
			in.Observations[1].Disaggregation = []Category{female[1], female[0]} // the same, in another order
			in.Observations[1].Date = in.Observations[0].Date
			in.Observations = append(in.Observations, Observation{Date: in.Observations[0].Date, Value: 3}, // the total
				Observation{Date: in.Observations[0].Date, Value: 4, Disaggregation: []Category{{Dimension: "sex", Category: "male"}}})
		}, []string{"/indicators/0/observations/1/disaggregation indicator.breakdownRepeated"}},
		{"breakdown by an undeclared dimension, twice", func(ds *Dataset) {
			in := &ds.Indicators[0]
			in.Dimensions = []string{"sex", "sex"}
			in.Observations[0].Disaggregation = []Category{{Dimension: "region", Category: "north"}, {Dimension: "sex", Category: "female"}, {Dimension: "sex", Category: "male"}}
		}, []string{"/indicators/0/dimensions/1 list.repeated",
			"/indicators/0/observations/0/disaggregation/0/dimension indicator.dimensionUndeclared",
			"/indicators/0/observations/0/disaggregation/2/dimension list.repeated"}},
		{"superseded without the later recommendation", func(ds *Dataset) { ds.Recommendations[0].Status = RecommendationStatusSuperseded },
			[]string{"/recommendations/0/status recommendation.supersededNoLink"}},
		{"superseded by itself", func(ds *Dataset) {
			ds.Recommendations[0].Status, ds.Recommendations[0].SupersededBy = RecommendationStatusSuperseded, ds.Recommendations[0].ID
		}, []string{"/recommendations/0/supersededBy reference.self"}},
		{"a later recommendation on an active one", func(ds *Dataset) {
			ds.Recommendations[0].Status, ds.Recommendations[0].SupersededBy = RecommendationStatusClosed, unknown
		}, []string{"/recommendations/0/supersededBy recommendation.notSuperseded", "/recommendations/0/supersededBy reference.unknown"}},
		{"report about nothing", func(ds *Dataset) { ds.ProgressReports[2].ActionID = ID{} },
			[]string{"/progressReports/2 report.noSubject"}},
		{"report validated before submitted", func(ds *Dataset) { ds.ProgressReports[0].Validated = Date(2025, 7, 1) },
			[]string{"/progressReports/0/validated date.order"}},
		{"report validated but not submitted", func(ds *Dataset) { ds.ProgressReports[1].Validated = Year(2026) },
			[]string{"/progressReports/1/validated report.validatedNotSubmitted"}},
		{"report submitted before its period", func(ds *Dataset) { ds.ProgressReports[0].Submitted = Date(2024, 12, 31) },
			[]string{"/progressReports/0/submitted date.order"}},
		{"report due before its period", func(ds *Dataset) { ds.ProgressReports[1].Due = Year(2024) },
			[]string{"/progressReports/1/due date.order"}},
		{"period ends before it starts", func(ds *Dataset) { ds.ProgressReports[0].PeriodEnd = Year(2024) },
			[]string{"/progressReports/0/periodEnd date.order"}},
		{"obligation to an unknown committee", func(ds *Dataset) { ds.Obligations[2].Body = "CEDAW-OP" },
			[]string{"/obligations/2/body source.bodyUnknown"}},

		// Mechanism.
		{"ad hoc and standing", func(ds *Dataset) { ds.Mechanism.Type = MechanismTypeAdHoc },
			[]string{"/mechanism/standing mechanism.adHocStanding"}},
		{"alternate without a main focal point", func(ds *Dataset) { ds.Mechanism.FocalPoints[0].Role = FocalPointRoleValidator },
			[]string{"/mechanism/focalPoints/0/role focalPoint.noMain", "/mechanism/focalPoints/1/role focalPoint.noMain"}},
		{"consultation arrangement twice", func(ds *Dataset) { ds.Mechanism.ConsultationArrangements[1].With = StakeholderNHRI },
			[]string{"/mechanism/consultationArrangements/1/with list.repeated"}},
	}
	all := Validate(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := loadValid(t)
			tt.mutate(ds)
			ps := Validate(ds)
			all = append(all, ps...)
			assert.Equal(t, tt.want, found(ps))
			checkRecordsOneByOne(t, ds)
		})
	}
	// Every problem renders from its key and arguments alone.
	en, _ := Messages("en")
	for _, e := range schematest.CheckRendering(en, all) {
		t.Error(e)
	}
}

// TestValidateCollectsEverything breaks several rules at once: every
// problem is reported, sorted by pointer.
func TestValidateCollectsEverything(t *testing.T) {
	ds := loadValid(t)
	ds.State = "xfs"
	ds.Recommendations[2].Source.Body = "ICCPR"
	ds.Actions[0].End = Year(2020)
	ds.Consultations[1].Participants = append(ds.Consultations[1].Participants, StakeholderNHRI)
	ps := Validate(ds)
	assert.Equal(t, []string{
		"/actions/0/end date.order",
		"/consultations/1/participants/1 list.repeated",
		"/recommendations/2/source/body source.bodyUnknown",
		"/state field.enum",
	}, found(ps))
	assert.True(t, slices.IsSortedFunc(ps, schema.Compare))
	for _, p := range ps {
		assert.NotEmpty(t, p.Message)
	}
	assert.Contains(t, ps.Error(), "4 problems")
}

func TestValidateDoesNotChangeTheDataset(t *testing.T) {
	ds := loadValid(t)
	before, err := Encode(ds)
	require.NoError(t, err)
	ds.Actions[0].End = Year(2020) // something to report
	Validate(ds)
	ds.Actions[0].End = YearMonth(2026, 12)
	after, err := Encode(ds)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))
}

func TestUPRCycle(t *testing.T) {
	for _, tt := range []struct{ session, cycle int }{
		{0, 0}, {1, 1}, {12, 1}, {13, 2}, {26, 2}, {27, 3}, {40, 3}, {41, 4}, {54, 4}, {55, 5},
	} {
		assert.Equal(t, tt.cycle, UPRCycle(tt.session), "session %d", tt.session)
	}
}

func TestProblemMessagesNameTheValue(t *testing.T) {
	ds := loadValid(t)
	ds.Recommendations[2].Source.Body = "ICCPR"
	ps := Validate(ds)
	require.Len(t, ps, 1)
	assert.True(t, strings.Contains(ps[0].Message, `"ICCPR"`), ps[0].Message)
}

func TestBlank(t *testing.T) {
	for s, want := range map[string]bool{
		"": false, "x": false, " x ": false, ".": false, "€": false, "\u0301": false, "٣": false,
		" ": true, "\t\n\r": true, "\u00a0": true, "\u200b": true, "\ufeff": true, "\u2028\u2029": true, "\x00\x1f": true, "\u3000": true,
	} {
		assert.Equal(t, want, Blank(s), "%q", s)
	}
}

// TestCheckReportsBlankTextInEveryVersion checks that text empty in
// practice, which the schemas of every version accept, is a problem of
// Check in documents of 1.0 and 1.1 alike.
func TestCheckReportsBlankTextInEveryVersion(t *testing.T) {
	for _, version := range schema.Versions() {
		doc := `{"schemaVersion": "` + version + `", "publisher": {"name": {"en": " \u200b "}}, "date": "2026", "state": "XFS"}`
		require.Empty(t, schema.Validate(schema.KindDataset, []byte(doc)), version)
		_, ps := Check([]byte(doc))
		assert.Equal(t, []string{"/publisher/name/en text.blank"}, found(ps), version)
	}
}
