package tracking

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"

	"github.com/nmirf/nmirf/internal/fieldrule"
	"github.com/nmirf/nmirf/schema"
)

// Problem codes of the rules across records. Field rules report
// "field.<rule>", such as "field.required" or "field.enum".
const (
	CodeSchemaVersion      = "dataset.schemaVersion"           // a schema version this package does not read
	CodeDuplicateID        = "id.duplicate"                    // two records share an ID
	CodeDuplicateRef       = "ref.duplicate"                   // two records share a human reference
	CodeUnknownReference   = "reference.unknown"               // an ID that no record has
	CodeWrongKind          = "reference.wrongKind"             // an ID of a record of the wrong kind
	CodeRepeated           = "list.repeated"                   // the same value twice in one list
	CodeSelfReference      = "reference.self"                  // a record that refers to itself
	CodeParentCycle        = "entity.parentCycle"              // entities that are each other's parents
	CodePositionNotUPR     = "position.notUPR"                 // a State position on a non-UPR recommendation
	CodeUPRFieldNotUPR     = "source.uprOnly"                  // a UPR cycle, session or recommending State on a non-UPR recommendation
	CodeCycleSession       = "source.cycleSession"             // a UPR session that is not in the cycle given
	CodeBodyMissing        = "source.bodyMissing"              // a treaty-body, special-procedure or regional recommendation with no body
	CodeBodyUnknown        = "source.bodyUnknown"              // a treaty-body code outside the codelist
	CodeFollowUpNotTB      = "followUp.notTreatyBody"          // a follow-up priority on a recommendation that is not from a treaty body
	CodeGradeNotTB         = "assessment.gradeNotTreatyBody"   // a treaty-body grade on another recommendation
	CodeAssessmentEmpty    = "assessment.empty"                // an assessment with neither status nor grade
	CodeDateOrder          = "date.order"                      // dates in an impossible order
	CodeNotSubmitted       = "report.validatedNotSubmitted"    // a report validated but not submitted
	CodeReportNoSubject    = "report.noSubject"                // a progress report about nothing
	CodeActionNoTarget     = "action.noTarget"                 // an action that implements nothing
	CodeUnitMissing        = "indicator.unitMissing"           // a baseline, target or observation without a unit
	CodeObservationTwice   = "indicator.observationRepeated"   // two observations of the total at the same date
	CodeBreakdownTwice     = "indicator.breakdownRepeated"     // two observations of the same breakdown at the same date
	CodeDimensionUnknown   = "indicator.dimensionUndeclared"   // a breakdown by a dimension the indicator does not declare
	CodeSupersededNoLink   = "recommendation.supersededNoLink" // a superseded recommendation that names no later one
	CodeLinkNotSuperseded  = "recommendation.notSuperseded"    // a later recommendation named by one not superseded
	CodeAdHocStanding      = "mechanism.adHocStanding"         // an ad hoc mechanism said to be standing
	CodeAlternateNoMain    = "focalPoint.noMain"               // an alternate or validator without a main focal point
	CodeInvalidDate        = "field.date"                      // a PartialDate that is not a calendar date
	CodeEmptyLanguageMap   = "field.text"                      // a language map with no text
	CodeInvalidLanguageTag = "field.languageTag"               // a language map key that is not a language tag
	CodeSelfRecommending   = "source.selfRecommending"         // a UPR recommendation the State under review made to itself
)

// Validate checks ds against the field rules (required fields, codes,
// dates, language maps, text that is valid UTF-8, finite numbers) and the
// rules across records (unique IDs and
// references, references that resolve to records of the right kind, and the
// consistency rules listed with the problem codes). It returns every
// problem, sorted by JSON pointer; an empty list means ds is valid.
func Validate(ds *Dataset) schema.Problems {
	var ps schema.Problems
	if ds == nil {
		ps = append(ps, problem("", "field.required", "dataset", nil))
		return ps
	}
	ps = append(ps, fieldProblems(ds)...)
	ps = append(ps, valueProblems(ds)...)
	c := checker{ix: NewIndex(ds)}
	c.run(ds)
	ps = append(ps, c.ps...)
	withRecords(ps, func() func(RecordKind, int) string { return idIn(ds) })
	return ps.Normalize()
}

// fieldValidator checks the field rules written in the struct tags. It is
// built once and safe for concurrent use.
var fieldValidator = sync.OnceValue(func() *validator.Validate {
	v := fieldrule.New(enumValidators)
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(v.RegisterValidation("langtag", func(fl validator.FieldLevel) bool {
		return ValidLanguageTag(fl.Field().String())
	}))
	v.RegisterAlias("text", "min=1,dive,keys,langtag,endkeys,required")
	v.RegisterStructValidation(func(sl validator.StructLevel) {
		// Read the fields through reflection: converting the date to an
		// interface would allocate for every date of every record.
		f := sl.Current()
		d := PartialDate{year: int(f.Field(0).Int()), month: int(f.Field(1).Int()), day: int(f.Field(2).Int())}
		if !d.Valid() {
			sl.ReportError(d, "", "", "date", "")
		}
	}, PartialDate{})
	return v
})

func fieldProblems(ds *Dataset) schema.Problems {
	err := fieldValidator().Struct(ds)
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		if err != nil {
			return schema.Problems{problem("", "field.invalid", "", schema.Args{"error": err.Error()})}
		}
		return nil
	}
	ps := make(schema.Problems, 0, len(ves))
	for _, fe := range ves {
		code := fieldCode(fe)
		variant, args := fieldMessage(fe)
		if code == "field."+variant {
			variant = "" // field.required, field.enum, field.date
		}
		ps = append(ps, problem(fieldrule.Pointer(fe.Namespace()), code, variant, args))
	}
	return ps
}

func fieldCode(fe validator.FieldError) string {
	tag := fe.ActualTag()
	if fe.Tag() == "text" && tag != "langtag" {
		return CodeEmptyLanguageMap
	}
	switch tag {
	case "min", "max":
		return "field.range"
	case "http_url", "email", "iso4217":
		return "field.format"
	case "langtag":
		return CodeInvalidLanguageTag
	}
	return "field." + tag
}

// fieldMessage returns the variant of the message of a failed field rule
// and its arguments (see fieldrule.Message).
func fieldMessage(fe validator.FieldError) (string, schema.Args) {
	inText := fe.Tag() == "text"
	switch fe.ActualTag() {
	case "required":
		if inText {
			return "empty", nil
		}
	case "min":
		if inText {
			return "missing", nil
		}
	case "langtag":
		return "", schema.Args{"value": fmt.Sprint(fe.Value())}
	}
	return fieldrule.Message(fe, enumCodelists)
}

// checker applies the rules across records.
type checker struct {
	ix *Index
	ps schema.Problems
}

// add reports a problem of code at ptr, worded by the variant of the
// code's message (see problem).
func (c *checker) add(ptr, code, variant string, args schema.Args) {
	c.ps = append(c.ps, problem(ptr, code, variant, args))
}

// ref checks that id names a record of kind. An unknown ID is worded by
// the kind, the variant of CodeUnknownReference.
func (c *checker) ref(ptr string, id ID, kind RecordKind) {
	if id.IsZero() {
		c.add(ptr, CodeUnknownReference, "zero", schema.Args{"kind": string(kind)})
		return
	}
	l, ok := c.ix.byID[id]
	switch {
	case !ok:
		c.add(ptr, CodeUnknownReference, string(kind), schema.Args{"kind": string(kind), "id": id.String()})
	case l.kind != kind:
		c.add(ptr, CodeWrongKind, "", schema.Args{"id": id.String(), "other": string(l.kind), "at": l.pointer(), "kind": string(kind)})
	}
}

// optRef checks id when it is set.
func (c *checker) optRef(ptr string, id ID, kind RecordKind) {
	if !id.IsZero() {
		c.ref(ptr, id, kind)
	}
}

// refs checks a list of IDs: each must name a record of kind, once.
func (c *checker) refs(ptr string, ids []ID, kind RecordKind) {
	for i, id := range ids {
		p := ptr + "/" + strconv.Itoa(i)
		if first := indexOf(ids[:i], id); first >= 0 {
			c.add(p, CodeRepeated, "", schema.Args{"value": id.String(), "position": strconv.Itoa(first)})
			continue
		}
		c.ref(p, id, kind)
	}
}

// repeated reports values that stand twice in a list.
func repeated[T comparable](c *checker, ptr string, values []T) { repeatedAs(c, ptr, values, "") }

// repeatedAs is repeated with the message of a variant of CodeRepeated.
func repeatedAs[T comparable](c *checker, ptr string, values []T, variant string) {
	for i, v := range values {
		if first := indexOf(values[:i], v); first >= 0 {
			c.add(ptr+"/"+strconv.Itoa(i), CodeRepeated, variant, schema.Args{"value": fmt.Sprint(v), "position": strconv.Itoa(first)})
		}
	}
}

func indexOf[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

// order reports when later is before earlier.
// The variant names which dates are out of order.
func (c *checker) order(ptr string, earlier, later PartialDate, variant string) {
	if later.Before(earlier) {
		c.add(ptr, CodeDateOrder, variant, schema.Args{"date": later.String(), "earlier": earlier.String()})
	}
}

func (c *checker) run(ds *Dataset) {
	if ds.SchemaVersion != "" && !schema.KnownVersion(ds.SchemaVersion) {
		c.add("/schemaVersion", CodeSchemaVersion, "", schema.Args{"value": ds.SchemaVersion, "versions": strings.Join(schema.Versions(), ", ")})
	}
	c.identities(ds)
	if ds.Mechanism != nil {
		c.mechanism(ds.Mechanism)
	}
	for i := range ds.Entities {
		c.entity(i, &ds.Entities[i])
	}
	for i := range ds.Recommendations {
		c.recommendation(i, &ds.Recommendations[i])
	}
	for i := range ds.Clusters {
		c.cluster(i, &ds.Clusters[i])
	}
	for i := range ds.Actions {
		c.action(i, &ds.Actions[i])
	}
	for i := range ds.Indicators {
		c.indicator(i, &ds.Indicators[i])
	}
	for i := range ds.ProgressReports {
		c.progressReport(i, &ds.ProgressReports[i])
	}
	for i := range ds.Assessments {
		c.assessment(i, &ds.Assessments[i])
	}
	for i := range ds.Obligations {
		c.obligation(i, &ds.Obligations[i])
	}
	for i := range ds.Consultations {
		c.consultation(i, &ds.Consultations[i])
	}
}

func (c *checker) cluster(i int, cl *Cluster) {
	c.refs(schema.Pointer("clusters", i, "recommendationIds"), cl.RecommendationIDs, RecordKindRecommendation)
}

func (c *checker) consultation(i int, co *Consultation) {
	p := schema.Pointer("consultations", i)
	repeated(c, p+"/participants", co.Participants)
	c.refs(p+"/recommendationIds", co.RecommendationIDs, RecordKindRecommendation)
	c.refs(p+"/obligationIds", co.ObligationIDs, RecordKindObligation)
}

// identities reports IDs and references used by more than one record.
func (c *checker) identities(ds *Dataset) {
	ds.eachRecord(c.identity)
}

// identity reports the ID and the reference of the record at l when an
// earlier record uses them.
func (c *checker) identity(l location, ref string) {
	if first, ok := c.ix.byID[l.id]; ok && first != l {
		c.add(l.pointer()+"/id", CodeDuplicateID, "", schema.Args{"id": l.id.String(), "other": first.pointer()})
	}
	if ref == "" {
		return
	}
	if first, ok := c.ix.byRef[ref]; ok && first != l {
		c.add(l.pointer()+"/ref", CodeDuplicateRef, "", schema.Args{"ref": ref, "other": first.pointer()})
	}
}

func (c *checker) mechanism(m *Mechanism) {
	if m.Type == MechanismTypeAdHoc && m.Standing {
		c.add("/mechanism/standing", CodeAdHocStanding, "", nil)
	}
	repeated(c, "/mechanism/functions", m.Functions)
	repeated(c, "/mechanism/covers", m.Covers)
	if m.Chair != nil {
		c.optRef("/mechanism/chair/entityId", m.Chair.EntityID, RecordKindEntity)
	}
	if m.Secretariat != nil {
		c.optRef("/mechanism/secretariat/entityId", m.Secretariat.EntityID, RecordKindEntity)
	}
	members := make([]ID, len(m.Members))
	for i, mb := range m.Members {
		members[i] = mb.EntityID
	}
	c.refsNamed("/mechanism/members", "entityId", members, RecordKindEntity)
	hasMain := map[ID]bool{}
	for _, fp := range m.FocalPoints {
		if fp.Role == FocalPointRoleMain {
			hasMain[fp.EntityID] = true
		}
	}
	for i, fp := range m.FocalPoints {
		p := schema.Pointer("mechanism", "focalPoints", i)
		c.ref(p+"/entityId", fp.EntityID, RecordKindEntity)
		if fp.Role != FocalPointRoleMain && fp.Role.Valid() && !hasMain[fp.EntityID] {
			c.add(p+"/role", CodeAlternateNoMain, "", schema.Args{"id": fp.EntityID.String(), "role": string(fp.Role)})
		}
	}
	for i, a := range m.ConsultationArrangements {
		for j := range i {
			if m.ConsultationArrangements[j].With == a.With {
				c.add(schema.Pointer("mechanism", "consultationArrangements", i, "with"), CodeRepeated, "arrangement", schema.Args{"value": string(a.With), "position": strconv.Itoa(j)})
				break
			}
		}
	}
}

// refsNamed checks IDs held in a field of the objects of a list: ptr points
// at the list and field names the member.
func (c *checker) refsNamed(ptr, field string, ids []ID, kind RecordKind) {
	for i, id := range ids {
		p := ptr + "/" + strconv.Itoa(i) + "/" + field
		if first := indexOf(ids[:i], id); first >= 0 {
			c.add(p, CodeRepeated, "", schema.Args{"value": id.String(), "position": strconv.Itoa(first)})
			continue
		}
		c.ref(p, id, kind)
	}
}

func (c *checker) entity(i int, e *Entity) {
	if e.ParentID.IsZero() {
		return
	}
	p := schema.Pointer("entities", i, "parentId")
	if e.ParentID == e.ID {
		c.add(p, CodeSelfReference, "parent", nil)
		return
	}
	c.ref(p, e.ParentID, RecordKindEntity)
	// Follow the parents; a chain that comes back to e is a cycle.
	seen := map[ID]bool{e.ID: true}
	for id := e.ParentID; !id.IsZero(); {
		if seen[id] {
			if id == e.ID {
				c.add(p, CodeParentCycle, "", nil)
			}
			return
		}
		seen[id] = true
		parent := c.ix.Entity(id)
		if parent == nil {
			return
		}
		id = parent.ParentID
	}
}

// UPRCycle returns the UPR cycle of a Working Group session: sessions 1 to
// 12 form the first cycle (2008–2011) and each later cycle has 14 sessions
// (13–26, 27–40, 41–54, ...). It returns 0 for a session below 1.
func UPRCycle(session int) int {
	switch {
	case session < 1:
		return 0
	case session <= 12:
		return 1
	}
	return 2 + (session-13)/14
}

func (c *checker) recommendation(i int, r *Recommendation) {
	p := schema.Pointer("recommendations", i)
	switch {
	case r.Status == RecommendationStatusSuperseded && r.SupersededBy.IsZero():
		c.add(p+"/status", CodeSupersededNoLink, "", nil)
	case r.Status != RecommendationStatusSuperseded && !r.SupersededBy.IsZero():
		c.add(p+"/supersededBy", CodeLinkNotSuperseded, "", nil)
	}
	if !r.SupersededBy.IsZero() {
		if r.SupersededBy == r.ID {
			c.add(p+"/supersededBy", CodeSelfReference, "supersede", nil)
		} else {
			c.ref(p+"/supersededBy", r.SupersededBy, RecordKindRecommendation)
		}
	}
	src := r.Source
	isUPR := src.Family == MechanismFamilyUPR
	if r.Position != nil && !isUPR {
		c.add(p+"/position", CodePositionNotUPR, "", schema.Args{"family": string(src.Family)})
	}
	if !isUPR {
		if src.Cycle != 0 {
			c.add(p+"/source/cycle", CodeUPRFieldNotUPR, "cycle", schema.Args{"family": string(src.Family)})
		}
		if src.Session != 0 {
			c.add(p+"/source/session", CodeUPRFieldNotUPR, "session", schema.Args{"family": string(src.Family)})
		}
		if len(src.RecommendingStates) > 0 {
			c.add(p+"/source/recommendingStates", CodeUPRFieldNotUPR, "recommendingStates", schema.Args{"family": string(src.Family)})
		}
	}
	if isUPR && src.Cycle != 0 && src.Session != 0 && UPRCycle(src.Session) != src.Cycle {
		c.add(p+"/source/session", CodeCycleSession, "", schema.Args{"session": strconv.Itoa(src.Session), "cycle": strconv.Itoa(UPRCycle(src.Session)), "other": strconv.Itoa(src.Cycle)})
	}
	c.body(p+"/source/body", src.Family, src.Body)
	repeated(c, p+"/source/recommendingStates", src.RecommendingStates)
	if state := c.ix.Dataset().State; isUPR && state != "" {
		for j, s := range src.RecommendingStates {
			if s == state {
				c.add(schema.Pointer("recommendations", i, "source", "recommendingStates", j), CodeSelfRecommending, "", schema.Args{"state": string(state)})
			}
		}
	}
	if r.FollowUp != nil && src.Family != MechanismFamilyTreatyBody {
		c.add(p+"/followUp", CodeFollowUpNotTB, "", schema.Args{"family": string(src.Family)})
	}
	if r.Position != nil {
		c.order(p+"/position/date", src.Date, r.Position.Date, "positionDate")
	}
	goals := make([]SDGGoal, len(r.SDGGoals))
	for j, l := range r.SDGGoals {
		goals[j] = l.Goal
	}
	repeatedAs(c, p+"/sdgGoals", goals, "sdgGoal")
	targets := make([]SDGTarget, len(r.SDGTargets))
	for j, l := range r.SDGTargets {
		targets[j] = l.Target
	}
	repeatedAs(c, p+"/sdgTargets", targets, "sdgTarget")
	for j, t := range r.Classifications {
		for k := range j {
			if o := r.Classifications[k]; o.Scheme == t.Scheme && o.Code == t.Code && o.Version == t.Version {
				c.add(schema.Pointer("recommendations", i, "classifications", j), CodeRepeated, "term", schema.Args{"scheme": t.Scheme, "value": t.Code, "position": strconv.Itoa(k)})
				break
			}
		}
	}
	assigned := make([]ID, len(r.Assignments))
	for j, a := range r.Assignments {
		assigned[j] = a.EntityID
	}
	c.refsNamed(p+"/assignments", "entityId", assigned, RecordKindEntity)
	related := make([]ID, len(r.Related))
	for j, rel := range r.Related {
		related[j] = rel.RecommendationID
	}
	for j, id := range related {
		rp := schema.Pointer("recommendations", i, "related", j, "recommendationId")
		if id == r.ID {
			c.add(rp, CodeSelfReference, "related", nil)
		} else if first := indexOf(related[:j], id); first >= 0 {
			c.add(rp, CodeRepeated, "related", schema.Args{"value": id.String(), "position": strconv.Itoa(first)})
		} else {
			c.ref(rp, id, RecordKindRecommendation)
		}
	}
	for j, id := range r.Identifiers {
		for k := range j {
			if r.Identifiers[k].Scheme == id.Scheme {
				c.add(schema.Pointer("recommendations", i, "identifiers", j, "scheme"), CodeRepeated, "identifier", schema.Args{"scheme": id.Scheme, "position": strconv.Itoa(k)})
				break
			}
		}
	}
}

// body checks the body named by a recommendation's source or an obligation.
func (c *checker) body(ptr string, family MechanismFamily, body string) {
	switch family {
	case MechanismFamilyTreatyBody:
		if body == "" {
			c.add(ptr, CodeBodyMissing, "treatyBody", nil)
		} else if !TreatyBody(body).Valid() {
			c.add(ptr, CodeBodyUnknown, "", schema.Args{"value": body, "allowed": strings.Join(treatyBodyCodes(), ", ")})
		}
	case MechanismFamilySpecialProcedure, MechanismFamilyRegional:
		if body == "" && family == MechanismFamilySpecialProcedure {
			c.add(ptr, CodeBodyMissing, "specialProcedure", nil)
		} else if body == "" {
			c.add(ptr, CodeBodyMissing, "regional", nil)
		}
	}
}

func treatyBodyCodes() []string {
	codes := make([]string, len(treatyBodyValues))
	for i, t := range treatyBodyValues {
		codes[i] = string(t)
	}
	return codes
}

func (c *checker) action(i int, a *Action) {
	p := schema.Pointer("actions", i)
	if len(a.RecommendationIDs) == 0 && len(a.ClusterIDs) == 0 {
		c.add(p, CodeActionNoTarget, "", nil)
	}
	c.refs(p+"/recommendationIds", a.RecommendationIDs, RecordKindRecommendation)
	c.refs(p+"/clusterIds", a.ClusterIDs, RecordKindCluster)
	c.optRef(p+"/leadEntityId", a.LeadEntityID, RecordKindEntity)
	c.refs(p+"/supportingEntityIds", a.SupportingEntityIDs, RecordKindEntity)
	if j := indexOf(a.SupportingEntityIDs, a.LeadEntityID); j >= 0 && !a.LeadEntityID.IsZero() {
		c.add(schema.Pointer("actions", i, "supportingEntityIds", j), CodeRepeated, "lead", nil)
	}
	c.order(p+"/end", a.Start, a.End, "actionEnd")
}

func (c *checker) indicator(i int, in *Indicator) {
	p := schema.Pointer("indicators", i)
	c.refs(p+"/actionIds", in.ActionIDs, RecordKindAction)
	c.refs(p+"/recommendationIds", in.RecommendationIDs, RecordKindRecommendation)
	if in.Unit == "" {
		if in.Baseline != nil {
			c.add(p+"/baseline", CodeUnitMissing, "baseline", nil)
		}
		if in.Target != nil {
			c.add(p+"/target", CodeUnitMissing, "target", nil)
		}
		if len(in.Observations) > 0 {
			c.add(p+"/observations", CodeUnitMissing, "observations", nil)
		}
	}
	if in.Baseline != nil && in.Target != nil {
		c.order(p+"/target/date", in.Baseline.Date, in.Target.Date, "targetDate")
	}
	repeated(c, p+"/dimensions", in.Dimensions)
	for j, o := range in.Observations {
		op := schema.Pointer("indicators", i, "observations", j)
		for d, cat := range o.Disaggregation {
			dp := op + "/disaggregation/" + strconv.Itoa(d) + "/dimension"
			if !slices.Contains(in.Dimensions, cat.Dimension) {
				c.add(dp, CodeDimensionUnknown, "", schema.Args{"dimension": cat.Dimension})
			}
			if slices.ContainsFunc(o.Disaggregation[:d], func(x Category) bool { return x.Dimension == cat.Dimension }) {
				c.add(dp, CodeRepeated, "dimension", schema.Args{"dimension": cat.Dimension})
			}
		}
		for k := range j {
			if in.Observations[k].Date != o.Date || !sameBreakdown(in.Observations[k].Disaggregation, o.Disaggregation) {
				continue
			}
			if o.Total() {
				c.add(op+"/date", CodeObservationTwice, "", schema.Args{"date": o.Date.String(), "position": strconv.Itoa(k)})
			} else {
				c.add(op+"/disaggregation", CodeBreakdownTwice, "", schema.Args{"date": o.Date.String(), "position": strconv.Itoa(k)})
			}
			break
		}
	}
}

// sameBreakdown reports whether two breakdowns name the same categories,
// in any order.
func sameBreakdown(a, b []Category) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func (c *checker) progressReport(i int, r *ProgressReport) {
	p := schema.Pointer("progressReports", i)
	if r.ActionID.IsZero() && r.IndicatorID.IsZero() && r.RecommendationID.IsZero() {
		c.add(p, CodeReportNoSubject, "", nil)
	}
	c.optRef(p+"/actionId", r.ActionID, RecordKindAction)
	c.optRef(p+"/indicatorId", r.IndicatorID, RecordKindIndicator)
	c.optRef(p+"/recommendationId", r.RecommendationID, RecordKindRecommendation)
	c.optRef(p+"/entityId", r.EntityID, RecordKindEntity)
	c.order(p+"/periodEnd", r.PeriodStart, r.PeriodEnd, "periodEnd")
	c.order(p+"/due", r.PeriodStart, r.Due, "due")
	c.order(p+"/submitted", r.PeriodStart, r.Submitted, "submitted")
	c.order(p+"/validated", r.Submitted, r.Validated, "validated")
	if !r.Validated.IsZero() && r.Submitted.IsZero() {
		c.add(p+"/validated", CodeNotSubmitted, "", nil)
	}
}

func (c *checker) assessment(i int, a *Assessment) {
	p := schema.Pointer("assessments", i)
	if a.Status == "" && a.Grade == "" {
		c.add(p, CodeAssessmentEmpty, "", nil)
	}
	c.ref(p+"/recommendationId", a.RecommendationID, RecordKindRecommendation)
	c.optRef(p+"/entityId", a.EntityID, RecordKindEntity)
	if r := c.ix.Recommendation(a.RecommendationID); r != nil {
		if a.Grade != "" && r.Source.Family != MechanismFamilyTreatyBody {
			c.add(p+"/grade", CodeGradeNotTB, "", schema.Args{"family": string(r.Source.Family)})
		}
		c.order(p+"/date", r.Source.Date, a.Date, "assessmentDate")
	}
}

func (c *checker) obligation(i int, o *Obligation) {
	p := schema.Pointer("obligations", i)
	c.body(p+"/body", o.Family, o.Body)
	c.optRef(p+"/leadEntityId", o.LeadEntityID, RecordKindEntity)
	c.refs(p+"/recommendationIds", o.RecommendationIDs, RecordKindRecommendation)
}
