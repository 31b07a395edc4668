package tracking

import (
	"slices"

	"github.com/nmirf/nmirf/schema"
)

// SchemaVersion is the version of the data standard this package writes,
// the current one (schema.Version). It reads documents of every version
// (schema.Versions); a Dataset declares the version it follows in its
// SchemaVersion field.
const SchemaVersion = schema.Version

// Dataset is one State's tracking data as one document: the profile of its
// national mechanism and every record the mechanism keeps. Records refer to
// each other by ID.
type Dataset struct {
	// Schema is the "$schema" member of a document of version 1.1: the
	// address of the schema, which editors read to help whoever writes the
	// document. The library validates against the version the document
	// declares in SchemaVersion, whatever Schema says.
	Schema string `json:"$schema,omitzero"`
	// SchemaVersion is the version of the data standard the document follows.
	SchemaVersion string `json:"schemaVersion" validate:"required"`
	// Publisher says who published the dataset.
	Publisher Publisher `json:"publisher"`
	// Date is the date the data were current.
	Date PartialDate `json:"date" validate:"required"`
	// State is the State the data are about.
	State Country `json:"state" validate:"required,enum"`
	// Mechanism is the profile of the State's national mechanism for
	// implementation, reporting and follow-up.
	Mechanism *Mechanism `json:"mechanism,omitzero"`
	// Entities are the ministries, agencies and other bodies the records
	// refer to.
	Entities []Entity `json:"entities,omitzero" validate:"dive"`
	// Recommendations are the recommendations the State received.
	Recommendations []Recommendation `json:"recommendations,omitzero" validate:"dive"`
	// Clusters group recommendations for joint follow-up.
	Clusters []Cluster `json:"clusters,omitzero" validate:"dive"`
	// Actions are the follow-up plan: what will be done, by whom, when.
	Actions []Action `json:"actions,omitzero" validate:"dive"`
	// Indicators measure the progress of actions and recommendations.
	Indicators []Indicator `json:"indicators,omitzero" validate:"dive"`
	// ProgressReports are the reports that responsible entities owe or made.
	ProgressReports []ProgressReport `json:"progressReports,omitzero" validate:"dive"`
	// Assessments are implementation assessments of recommendations, over
	// time and from several sources.
	Assessments []Assessment `json:"assessments,omitzero" validate:"dive"`
	// Obligations are the reports the State owes to the human rights
	// mechanisms.
	Obligations []Obligation `json:"obligations,omitzero" validate:"dive"`
	// Consultations are the consultations the mechanism held.
	Consultations []Consultation `json:"consultations,omitzero" validate:"dive"`
	// CompleteCollections are the collections the dataset keeps in full,
	// by the kind of their records (RecordKindAction for Actions, and so
	// on): every record of that kind the mechanism has is in the dataset.
	// A count over a collection it does not list is a lower bound, not a
	// fact: a self-assessment holds no claim down by it. Since version 1.1.
	CompleteCollections []RecordKind `json:"completeCollections,omitzero" validate:"dive,enum"`
}

// Complete reports whether the dataset keeps every record of the kind
// (see CompleteCollections).
func (ds *Dataset) Complete(k RecordKind) bool {
	return ds != nil && slices.Contains(ds.CompleteCollections, k)
}

// Publisher says who published a dataset.
type Publisher struct {
	// Name names the publisher.
	Name Text `json:"name" validate:"required,text"`
	// URL is the publisher's web address.
	URL string `json:"url,omitzero" validate:"omitempty,http_url"`
	// Email is the publisher's contact address.
	Email string `json:"email,omitzero" validate:"omitempty,email"`
}

// Mechanism is the profile of a national mechanism for implementation,
// reporting and follow-up (NMIRF).
type Mechanism struct {
	// Name names the mechanism.
	Name Text `json:"name" validate:"required,text"`
	// Type is the institutional type of the mechanism.
	Type MechanismType `json:"type" validate:"required,enum"`
	// Standing is true when the mechanism exists between reports, false
	// when it is assembled for one report and dissolved.
	Standing bool `json:"standing"`
	// Established is the date the mechanism was set up.
	Established PartialDate `json:"established,omitzero"`
	// LegalBasis is the instrument that establishes the mechanism.
	LegalBasis *LegalBasis `json:"legalBasis,omitzero"`
	// Functions are the functions of its mandate.
	Functions []MandateFunction `json:"functions,omitzero" validate:"dive,enum"`
	// Covers are the families of mechanisms its mandate covers.
	Covers []MechanismFamily `json:"covers,omitzero" validate:"dive,enum"`
	// Chair is who chairs the mechanism.
	Chair *Chair `json:"chair,omitzero"`
	// Members are the entities that make up the mechanism.
	Members []Member `json:"members,omitzero" validate:"dive"`
	// Secretariat is the mechanism's secretariat.
	Secretariat *Secretariat `json:"secretariat,omitzero"`
	// Budget is the mechanism's budget.
	Budget *Budget `json:"budget,omitzero"`
	// MeetingFrequency is how often the mechanism meets.
	MeetingFrequency Frequency `json:"meetingFrequency,omitzero" validate:"omitempty,enum"`
	// RulesOfProcedure is true when the mechanism has adopted rules of
	// procedure.
	RulesOfProcedure bool `json:"rulesOfProcedure,omitzero"`
	// FocalPoints are the people the member entities named.
	FocalPoints []FocalPoint `json:"focalPoints,omitzero" validate:"dive"`
	// ConsultationArrangements say how the mechanism consults others.
	ConsultationArrangements []ConsultationArrangement `json:"consultationArrangements,omitzero" validate:"dive"`
	// TrackingTool is the tool the mechanism tracks recommendations in.
	TrackingTool *TrackingTool `json:"trackingTool,omitzero"`
	// Networks are the networks the mechanism belongs to.
	Networks []NetworkMembership `json:"networks,omitzero" validate:"dive"`
}

// LegalBasis is the instrument that establishes a mechanism.
type LegalBasis struct {
	// Kind is the kind of instrument.
	Kind InstrumentKind `json:"kind" validate:"required,enum"`
	// Reference is the instrument's number or citation, such as
	// "Decree 123/2020".
	Reference string `json:"reference,omitzero"`
	// Title names the instrument.
	Title Text `json:"title,omitzero" validate:"omitempty,text"`
	// Date is the date the instrument was adopted.
	Date PartialDate `json:"date,omitzero"`
	// URL is where the instrument can be read.
	URL string `json:"url,omitzero" validate:"omitempty,http_url"`
}

// Chair is who chairs a mechanism.
type Chair struct {
	// Title names the office that chairs, such as "Minister of Justice".
	Title Text `json:"title,omitzero" validate:"omitempty,text"`
	// EntityID is the entity the chair belongs to.
	EntityID ID `json:"entityId,omitzero"`
	// Level is the level of the office.
	Level ChairLevel `json:"level" validate:"required,enum"`
}

// Member is an entity that is part of a mechanism.
type Member struct {
	// EntityID is the member entity; its Branch says which branch of the
	// State it belongs to.
	EntityID ID `json:"entityId" validate:"required"`
	// Role is the entity's role in the mechanism.
	Role MemberRole `json:"role" validate:"required,enum"`
}

// Secretariat is the staff that runs a mechanism day to day.
type Secretariat struct {
	// EntityID is the entity that hosts the secretariat.
	EntityID ID `json:"entityId,omitzero"`
	// Staff is the number of people who work in the secretariat.
	Staff int `json:"staff" validate:"min=0,max=9007199254740991"`
	// Dedicated is true when the staff work for the mechanism only.
	Dedicated bool `json:"dedicated"`
	// Trained is true when the staff have been trained in the work of the
	// human rights mechanisms.
	Trained bool `json:"trained,omitzero"`
}

// Budget is money set aside for a mechanism.
type Budget struct {
	// Amount is the yearly amount.
	Amount float64 `json:"amount" validate:"min=0"`
	// Currency is the ISO 4217 code of the currency, such as "USD".
	Currency string `json:"currency" validate:"required,iso4217"`
	// Year is the year the amount is for.
	Year int `json:"year,omitzero" validate:"omitempty,min=1900,max=9999"`
	// Dedicated is true when the mechanism has a budget line of its own.
	Dedicated bool `json:"dedicated"`
}

// FocalPoint is a person an entity named to act for it in the mechanism.
type FocalPoint struct {
	// EntityID is the entity the focal point acts for.
	EntityID ID `json:"entityId" validate:"required"`
	// Role says whether the person is the main focal point, the alternate
	// or the validating authority.
	Role FocalPointRole `json:"role" validate:"required,enum"`
	// Name is the person's name.
	Name string `json:"name,omitzero"`
	// Position is the person's position in the entity.
	Position Text `json:"position,omitzero" validate:"omitempty,text"`
	// Email is the person's work address.
	Email string `json:"email,omitzero" validate:"omitempty,email"`
}

// ConsultationArrangement says how a mechanism consults a group.
type ConsultationArrangement struct {
	// With is the group consulted.
	With Stakeholder `json:"with" validate:"required,enum"`
	// Frequency is how often the group is consulted.
	Frequency Frequency `json:"frequency,omitzero" validate:"omitempty,enum"`
	// Formal is true when the arrangement is set down in writing, such as in
	// the mechanism's terms of reference.
	Formal bool `json:"formal,omitzero"`
	// Description describes the arrangement.
	Description Text `json:"description,omitzero" validate:"omitempty,text"`
}

// TrackingTool is the tool a mechanism tracks recommendations in.
type TrackingTool struct {
	// Kind is the kind of tool.
	Kind TrackingToolKind `json:"kind" validate:"required,enum"`
	// Name names the tool.
	Name string `json:"name,omitzero"`
	// URL is the tool's web address.
	URL string `json:"url,omitzero" validate:"omitempty,http_url"`
	// Public is true when anyone can see the recommendations and progress
	// in the tool.
	Public bool `json:"public,omitzero"`
}

// NetworkMembership is a network the mechanism belongs to, such as the
// international network of national mechanisms.
type NetworkMembership struct {
	// Name names the network.
	Name Text `json:"name" validate:"required,text"`
	// Since is the date the mechanism joined.
	Since PartialDate `json:"since,omitzero"`
}

// Entity is a ministry, agency, court, parliament, the national human rights
// institution or any other body the records refer to.
type Entity struct {
	// ID identifies the entity.
	ID ID `json:"id" validate:"required"`
	// Ref is the entity's human reference, unique in the dataset.
	Ref string `json:"ref,omitzero"`
	// Name names the entity.
	Name Text `json:"name" validate:"required,text"`
	// Acronym is the entity's short name, such as "MoJ".
	Acronym string `json:"acronym,omitzero"`
	// Kind is the kind of entity.
	Kind EntityKind `json:"kind" validate:"required,enum"`
	// Branch is the branch of the State the entity belongs to.
	Branch Branch `json:"branch,omitzero" validate:"omitempty,enum"`
	// ParentID is the entity this one is part of.
	ParentID ID `json:"parentId,omitzero"`
}

// Recommendation is a recommendation (or a concern or observation) a human
// rights mechanism addressed to the State.
type Recommendation struct {
	// ID identifies the recommendation.
	ID ID `json:"id" validate:"required"`
	// Ref is the recommendation's human reference, unique in the dataset.
	Ref string `json:"ref,omitzero"`
	// Kind says whether the record is a recommendation or a concern or
	// observation; absent means a recommendation.
	Kind RecommendationKind `json:"kind,omitzero" validate:"omitempty,enum"`
	// Source says where the recommendation comes from.
	Source Source `json:"source"`
	// Text is the recommendation's text.
	Text Text `json:"text" validate:"required,text"`
	// Position is the State's position on a UPR recommendation.
	Position *StatePosition `json:"position,omitzero"`
	// Classifications are terms of taxonomies such as the UHRI themes and
	// affected persons.
	Classifications []Term `json:"classifications,omitzero" validate:"dive"`
	// SDGTargets link the recommendation to SDG targets.
	SDGTargets []SDGLink `json:"sdgTargets,omitzero" validate:"dive"`
	// SDGGoals link the recommendation to whole SDG goals, where the link
	// names no target (UHRI links many UPR recommendations so). A target
	// link implies its goal: SDGGoalLinks gives both. Since version 1.1.
	SDGGoals []SDGGoalLink `json:"sdgGoals,omitzero" validate:"dive"`
	// FollowUp is set when a treaty body chose the recommendation for its
	// follow-up procedure.
	FollowUp *FollowUp `json:"followUp,omitzero"`
	// Assignments are the entities responsible for the recommendation.
	Assignments []Assignment `json:"assignments,omitzero" validate:"dive"`
	// Related are links to related recommendations.
	Related []Relation `json:"related,omitzero" validate:"dive"`
	// Identifiers are the recommendation's identifiers in other systems,
	// such as its UHRI annotation ID.
	Identifiers []Identifier `json:"identifiers,omitzero" validate:"dive"`
	// Status is the recommendation's status in the mechanism's work; empty
	// means active (see Active). Since version 1.1.
	Status RecommendationStatus `json:"status,omitzero" validate:"omitempty,enum"`
	// SupersededBy is the later recommendation that supersedes this one,
	// set when Status is RecommendationStatusSuperseded. Since version 1.1.
	SupersededBy ID `json:"supersededBy,omitzero"`
}

// Active reports whether the recommendation is open work of the
// mechanism: its Status is active or absent, not closed or superseded.
// Roll-ups and due dates count only active recommendations.
func (r *Recommendation) Active() bool {
	return r != nil && (r.Status == "" || r.Status == RecommendationStatusActive)
}

// Source says where a recommendation comes from.
type Source struct {
	// Family is the family of mechanisms.
	Family MechanismFamily `json:"family" validate:"required,enum"`
	// Body is the body that made the recommendation: for treaty bodies the
	// committee code (see TreatyBody); for regional bodies a code such as
	// "IACHR"; for special procedures the code of the mandate from the
	// codelist special-procedure, such as "sr_food" (since version 1.1), or
	// the mandate's name where the codelist lacks it. UPR recommendations
	// need none.
	Body string `json:"body,omitzero"`
	// Cycle is the UPR cycle (1 to 4 so far).
	Cycle int `json:"cycle,omitzero" validate:"omitempty,min=1,max=9007199254740991"`
	// Session is the session of the UPR Working Group.
	Session int `json:"session,omitzero" validate:"omitempty,min=1,max=9007199254740991"`
	// Document is the symbol of the document that holds the
	// recommendation, such as "A/HRC/59/15" or "CEDAW/C/IRQ/CO/8".
	Document string `json:"document,omitzero"`
	// Paragraph is the recommendation's number in the document, such as
	// "140.7" or "49".
	Paragraph string `json:"paragraph,omitzero"`
	// Date is the date the document was published.
	Date PartialDate `json:"date,omitzero"`
	// Section is the heading of the section of the document that holds the
	// recommendation, as the document words it, such as a heading of a
	// treaty body's concluding observations ("Domestic application of the
	// Covenant"). Since version 1.1.
	Section Text `json:"section,omitzero" validate:"omitempty,text"`
	// Indexed is the date the source of record (such as the UHRI)
	// published the recommendation: of two copies whose documents have the
	// same date, the one indexed later is the newer. Since version 1.1.
	Indexed PartialDate `json:"indexed,omitzero"`
	// RecommendingStates are the States that made a UPR recommendation.
	RecommendingStates []Country `json:"recommendingStates,omitzero" validate:"dive,enum"`
}

// StatePosition is the position a State took on a UPR recommendation.
type StatePosition struct {
	// Value is the position.
	Value Position `json:"value" validate:"required,enum"`
	// Document is the symbol of the document that states it, usually the
	// addendum to the Working Group report (".../Add.1").
	Document string `json:"document,omitzero"`
	// Date is the date the position was taken.
	Date PartialDate `json:"date,omitzero"`
	// Explanation is the State's explanation of its position.
	Explanation Text `json:"explanation,omitzero" validate:"omitempty,text"`
}

// Term is a term of a taxonomy, such as a UHRI theme. Taxonomies change
// over time, so a term keeps its scheme, code, label and version.
type Term struct {
	// Scheme names the taxonomy, such as "uhri-theme".
	Scheme string `json:"scheme" validate:"required"`
	// Code is the term's code in the taxonomy.
	Code string `json:"code" validate:"required"`
	// Label is the term's label.
	Label Text `json:"label,omitzero" validate:"omitempty,text"`
	// Version is the version of the taxonomy the term comes from.
	Version string `json:"version,omitzero"`
}

// SDGLink links a recommendation to an SDG target.
type SDGLink struct {
	// Target is the SDG target.
	Target SDGTarget `json:"target" validate:"required,enum"`
	// Origin says who or what made the link; machine-made links are often
	// over-inclusive.
	Origin LinkOrigin `json:"origin" validate:"required,enum"`
	// Confirmed is true when the State reviewed a link it did not make
	// (from UHRI or a machine) and confirmed it: the link then counts as
	// the State's own. Since version 1.1.
	Confirmed bool `json:"confirmed,omitzero"`
}

// SDGGoalLink links a recommendation to an SDG goal as a whole.
type SDGGoalLink struct {
	// Goal is the SDG goal.
	Goal SDGGoal `json:"goal" validate:"required,enum"`
	// Origin says who or what made the link.
	Origin LinkOrigin `json:"origin" validate:"required,enum"`
	// Confirmed is true when the State reviewed a link it did not make
	// and confirmed it, as for SDGLink. Since version 1.1.
	Confirmed bool `json:"confirmed,omitzero"`
}

// Owned reports whether the link is the State's: made by the State, or
// confirmed by it.
func (l SDGGoalLink) Owned() bool { return l.Origin == LinkOriginState || l.Confirmed }

// FollowUp marks a treaty-body recommendation chosen for the follow-up
// procedure: the State owes information on it within 12 to 24 months.
type FollowUp struct {
	// Due is when the follow-up information is due.
	Due PartialDate `json:"due" validate:"required"`
}

// Assignment makes an entity responsible for a recommendation.
type Assignment struct {
	// EntityID is the responsible entity.
	EntityID ID `json:"entityId" validate:"required"`
	// Lead is true for the lead entity, false for a supporting one.
	Lead bool `json:"lead"`
}

// Relation links a recommendation to another.
type Relation struct {
	// RecommendationID is the other recommendation.
	RecommendationID ID `json:"recommendationId" validate:"required"`
	// Type is how this recommendation relates to the other.
	Type RelationType `json:"type" validate:"required,enum"`
}

// Identifier is a record's identifier in another system.
type Identifier struct {
	// Scheme names the system, such as "uhri" (see the codelist
	// "identifier-scheme"; other schemes may be used).
	Scheme string `json:"scheme" validate:"required"`
	// Value is the identifier.
	Value string `json:"value" validate:"required"`
}

// Cluster groups recommendations that call for the same follow-up.
type Cluster struct {
	// ID identifies the cluster.
	ID ID `json:"id" validate:"required"`
	// Ref is the cluster's human reference, unique in the dataset.
	Ref string `json:"ref,omitzero"`
	// Title names the cluster.
	Title Text `json:"title" validate:"required,text"`
	// Description describes the cluster.
	Description Text `json:"description,omitzero" validate:"omitempty,text"`
	// Priority is the priority the mechanism gives the cluster.
	Priority Priority `json:"priority,omitzero" validate:"omitempty,enum"`
	// RecommendationIDs are the recommendations in the cluster.
	RecommendationIDs []ID `json:"recommendationIds,omitzero"`
}

// Action is a step of the follow-up plan: a law, policy, programme or other
// measure that implements recommendations.
type Action struct {
	// ID identifies the action.
	ID ID `json:"id" validate:"required"`
	// Ref is the action's human reference, unique in the dataset.
	Ref string `json:"ref,omitzero"`
	// Title names the action.
	Title Text `json:"title" validate:"required,text"`
	// Description describes the action.
	Description Text `json:"description,omitzero" validate:"omitempty,text"`
	// RecommendationIDs are the recommendations the action implements.
	RecommendationIDs []ID `json:"recommendationIds,omitzero"`
	// ClusterIDs are the clusters the action implements.
	ClusterIDs []ID `json:"clusterIds,omitzero"`
	// LeadEntityID is the entity that leads the action.
	LeadEntityID ID `json:"leadEntityId,omitzero"`
	// SupportingEntityIDs are the entities that support it.
	SupportingEntityIDs []ID `json:"supportingEntityIds,omitzero"`
	// Start is when the action starts.
	Start PartialDate `json:"start,omitzero"`
	// End is when the action is to end.
	End PartialDate `json:"end,omitzero"`
	// Status is the state of the action.
	Status ActionStatus `json:"status" validate:"required,enum"`
	// Priority is the priority the mechanism gives the action.
	Priority Priority `json:"priority,omitzero" validate:"omitempty,enum"`
	// SMART records which qualities of a well-made action it has.
	SMART SMART `json:"smart,omitzero"`
	// BudgetLine is the line of the national budget that funds the action.
	BudgetLine string `json:"budgetLine,omitzero"`
	// Documents support the action. Since version 1.1.
	Documents []Document `json:"documents,omitzero" validate:"dive"`
}

// Document is a document that supports a record: a report, a decision,
// minutes, a published text. Since version 1.1.
type Document struct {
	// Title is the document's title.
	Title Text `json:"title" validate:"required,text"`
	// URL is where the document can be read.
	URL string `json:"url,omitzero" validate:"omitempty,http_url"`
	// Symbol is the document's symbol or number, such as "A/HRC/59/15".
	Symbol string `json:"symbol,omitzero"`
	// Date is the document's date.
	Date PartialDate `json:"date,omitzero"`
}

// SMART records the qualities of a well-made action: specific, measurable,
// assignable, relevant and time-bound.
type SMART struct {
	// Specific is true when the action says exactly what will be done.
	Specific bool `json:"specific,omitzero"`
	// Measurable is true when its progress can be measured.
	Measurable bool `json:"measurable,omitzero"`
	// Assignable is true when it says who will do it.
	Assignable bool `json:"assignable,omitzero"`
	// Relevant is true when it addresses what the recommendations ask.
	Relevant bool `json:"relevant,omitzero"`
	// TimeBound is true when it says by when.
	TimeBound bool `json:"timeBound,omitzero"`
}

// All reports whether the action has all five qualities.
func (s SMART) All() bool {
	return s.Specific && s.Measurable && s.Assignable && s.Relevant && s.TimeBound
}

// Indicator measures the progress of actions or recommendations.
type Indicator struct {
	// ID identifies the indicator.
	ID ID `json:"id" validate:"required"`
	// Ref is the indicator's human reference, unique in the dataset.
	Ref string `json:"ref,omitzero"`
	// Title names what the indicator measures.
	Title Text `json:"title" validate:"required,text"`
	// Type is the indicator's type in OHCHR's typology.
	Type IndicatorType `json:"type" validate:"required,enum"`
	// ActionIDs are the actions the indicator measures.
	ActionIDs []ID `json:"actionIds,omitzero"`
	// RecommendationIDs are the recommendations the indicator measures.
	RecommendationIDs []ID `json:"recommendationIds,omitzero"`
	// Unit is the unit of the values, such as "percent" or "cases".
	Unit string `json:"unit,omitzero"`
	// Baseline is the value at the start.
	Baseline *Measurement `json:"baseline,omitzero"`
	// Target is the value aimed for.
	Target *Measurement `json:"target,omitzero"`
	// Schedule is how often progress on the indicator is to be reported.
	Schedule Frequency `json:"schedule,omitzero" validate:"omitempty,enum"`
	// DataSource names where the values come from.
	DataSource string `json:"dataSource,omitzero"`
	// Observations are the values measured over time.
	Observations []Observation `json:"observations,omitzero" validate:"dive"`
	// Dimensions are the dimensions the values are broken down by, such
	// as "sex" or "age" (see the codelist disaggregation-dimension; others
	// may be used). Since version 1.1.
	Dimensions []string `json:"dimensions,omitzero"`
}

// Measurement is a value at a date.
type Measurement struct {
	// Value is the value, in the indicator's unit.
	Value float64 `json:"value"`
	// Date is the date of the value.
	Date PartialDate `json:"date,omitzero"`
}

// Observation is a value of an indicator measured at a date.
type Observation struct {
	// Date is the date of the value.
	Date PartialDate `json:"date" validate:"required"`
	// Value is the value, in the indicator's unit.
	Value float64 `json:"value"`
	// Note comments on the value.
	Note Text `json:"note,omitzero" validate:"omitempty,text"`
	// Disaggregation is the breakdown the value is for, one category per
	// dimension of the indicator; empty for the total. Since version 1.1.
	Disaggregation []Category `json:"disaggregation,omitzero" validate:"dive"`
}

// Category is the category of one dimension an indicator's value is
// broken down by, such as sex "female". Since version 1.1.
type Category struct {
	// Dimension is one of the indicator's Dimensions.
	Dimension string `json:"dimension" validate:"required"`
	// Category is the category, such as "female" or "15-24".
	Category string `json:"category" validate:"required"`
}

// Total reports whether the observation is for the total, broken down by
// nothing.
func (o *Observation) Total() bool { return o != nil && len(o.Disaggregation) == 0 }

// ProgressReport is a report on the progress of an action, an indicator or
// a recommendation, owed by a responsible entity at a due date.
type ProgressReport struct {
	// ID identifies the report.
	ID ID `json:"id" validate:"required"`
	// Ref is the report's human reference, unique in the dataset.
	Ref string `json:"ref,omitzero"`
	// ActionID is the action reported on.
	ActionID ID `json:"actionId,omitzero"`
	// IndicatorID is the indicator reported on.
	IndicatorID ID `json:"indicatorId,omitzero"`
	// RecommendationID is the recommendation reported on.
	RecommendationID ID `json:"recommendationId,omitzero"`
	// EntityID is the entity that owes the report.
	EntityID ID `json:"entityId,omitzero"`
	// PeriodStart is the first day of the period reported on.
	PeriodStart PartialDate `json:"periodStart,omitzero"`
	// PeriodEnd is the last day of the period reported on.
	PeriodEnd PartialDate `json:"periodEnd,omitzero"`
	// Due is when the report is due.
	Due PartialDate `json:"due" validate:"required"`
	// Submitted is when the report was submitted.
	Submitted PartialDate `json:"submitted,omitzero"`
	// Validated is when the entity's validating authority approved it.
	Validated PartialDate `json:"validated,omitzero"`
	// Text is the report.
	Text Text `json:"text,omitzero" validate:"omitempty,text"`
	// Documents support the report. Since version 1.1.
	Documents []Document `json:"documents,omitzero" validate:"dive"`
}

// Assessment is an assessment of how far a recommendation is implemented,
// made by one source at a date. A recommendation's assessments form its
// history; CurrentStatus reads the latest.
type Assessment struct {
	// ID identifies the assessment.
	ID ID `json:"id" validate:"required"`
	// RecommendationID is the recommendation assessed.
	RecommendationID ID `json:"recommendationId" validate:"required"`
	// Date is the date of the assessment.
	Date PartialDate `json:"date" validate:"required"`
	// Status is the implementation status found.
	Status ImplementationStatus `json:"status,omitzero" validate:"omitempty,enum"`
	// Grade is a treaty body's grade of the State's follow-up reply.
	Grade Grade `json:"grade,omitzero" validate:"omitempty,enum"`
	// Source is who made the assessment.
	Source AssessmentSource `json:"source" validate:"required,enum"`
	// EntityID is the entity that made the assessment, when it is in the
	// dataset.
	EntityID ID `json:"entityId,omitzero"`
	// Document is the symbol or title of the document that holds the
	// assessment.
	Document string `json:"document,omitzero"`
	// Comment explains the assessment.
	Comment Text `json:"comment,omitzero" validate:"omitempty,text"`
	// Documents support the assessment. Since version 1.1.
	Documents []Document `json:"documents,omitzero" validate:"dive"`
}

// Obligation is a report the State owes to a human rights mechanism: a
// periodic or follow-up report to a treaty body, a UPR national or mid-term
// report, a reply to a special procedure, and the like.
type Obligation struct {
	// ID identifies the obligation.
	ID ID `json:"id" validate:"required"`
	// Ref is the obligation's human reference, unique in the dataset.
	Ref string `json:"ref,omitzero"`
	// Kind is the kind of report.
	Kind ObligationKind `json:"kind" validate:"required,enum"`
	// Family is the family of the mechanism the report is owed to.
	Family MechanismFamily `json:"family" validate:"required,enum"`
	// Body is the body the report is owed to, written as in Source.Body.
	Body string `json:"body,omitzero"`
	// Title names the report, such as "Ninth periodic report".
	Title Text `json:"title,omitzero" validate:"omitempty,text"`
	// Due is when the report is due.
	Due PartialDate `json:"due" validate:"required"`
	// Submitted is when the State submitted it.
	Submitted PartialDate `json:"submitted,omitzero"`
	// Document is the symbol of the submitted report.
	Document string `json:"document,omitzero"`
	// LeadEntityID is the entity that drafts the report.
	LeadEntityID ID `json:"leadEntityId,omitzero"`
	// RecommendationIDs are the recommendations the report answers, for
	// follow-up reports.
	RecommendationIDs []ID `json:"recommendationIds,omitzero"`
}

// Consultation is a consultation the mechanism held with the national human
// rights institution, civil society or other groups.
type Consultation struct {
	// ID identifies the consultation.
	ID ID `json:"id" validate:"required"`
	// Ref is the consultation's human reference, unique in the dataset.
	Ref string `json:"ref,omitzero"`
	// Date is when it was held.
	Date PartialDate `json:"date" validate:"required"`
	// Title names it.
	Title Text `json:"title,omitzero" validate:"omitempty,text"`
	// Format is how it was held.
	Format ConsultationFormat `json:"format,omitzero" validate:"omitempty,enum"`
	// Participants are the groups that took part.
	Participants []Stakeholder `json:"participants" validate:"required,min=1,dive,enum"`
	// RecommendationIDs are the recommendations discussed.
	RecommendationIDs []ID `json:"recommendationIds,omitzero"`
	// ObligationIDs are the reports discussed.
	ObligationIDs []ID `json:"obligationIds,omitzero"`
	// Summary summarises what was said.
	Summary Text `json:"summary,omitzero" validate:"omitempty,text"`
	// Documents support the consultation: minutes, submissions, the
	// report. Since version 1.1.
	Documents []Document `json:"documents,omitzero" validate:"dive"`
}

// NewDataset returns an empty dataset of the current SchemaVersion about
// the State, as current at date, published by publisher.
func NewDataset(state Country, date PartialDate, publisher Text) *Dataset {
	return &Dataset{SchemaVersion: SchemaVersion, State: state, Date: date, Publisher: Publisher{Name: publisher}}
}

// AssignIDs gives a new ID from gen to every record of ds that has none,
// in document order, and leaves the other records alone, so that a program
// can build records first and give them IDs in one step.
func (ds *Dataset) AssignIDs(gen IDGenerator) error {
	if ds == nil {
		return nil
	}
	if gen == nil {
		return schema.Problems{problem("", "id.generator", "nil", nil)}
	}
	var err error
	ds.eachID(func(_ RecordKind, _ int, id *ID, _ string) {
		if err == nil && id.IsZero() {
			*id, err = gen.NewID()
		}
	})
	return err
}
