package maturity

import (
	_ "embed"
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Framework is a guidance framework against which a mechanism assesses
// itself: dimensions of criteria, each criterion with a statement, a
// descriptor for each of the five levels, the sources it rests on, a weight,
// whether it is a must-have, guidance on evidence and, optionally, rules
// that compute a level from facts of the tracking data.
//
// Frameworks are data: they load from JSON (LoadFramework), and the default
// one is embedded (DefaultFramework). A framework's texts may be in any
// languages, one being enough; translation files add a language to a
// framework without touching its structure (LoadTranslation, Translate).
type Framework struct {
	// SchemaVersion is the version of the data standard the document
	// follows.
	SchemaVersion string `json:"schemaVersion"`
	// ID identifies the framework, such as "nmirf-synthesis".
	ID string `json:"id" validate:"key"`
	// Version is the version of the framework, such as "1.0.0".
	Version string `json:"version" validate:"required,max=50"`
	// Title names the framework.
	Title tracking.Text `json:"title" validate:"required,text"`
	// Description says what the framework is and where it comes from.
	Description tracking.Text `json:"description,omitzero" validate:"omitempty,text"`
	// Levels names the five levels in the framework's words.
	Levels Descriptors `json:"levels"`
	// Sources are the documents the criteria cite.
	Sources []Source `json:"sources" validate:"min=1,dive"`
	// Dimensions are the areas the framework measures, in order.
	Dimensions []Dimension `json:"dimensions" validate:"min=1,dive"`
}

// FrameworkRef names a framework and its version.
type FrameworkRef struct {
	// ID is the framework's ID.
	ID string `json:"id" validate:"key"`
	// Version is the framework's version.
	Version string `json:"version" validate:"required,max=50"`
}

// Ref returns the framework's ID and version.
func (fw *Framework) Ref() FrameworkRef {
	if fw == nil {
		return FrameworkRef{}
	}
	return FrameworkRef{ID: fw.ID, Version: fw.Version}
}

// Source is a document that criteria cite.
type Source struct {
	// ID identifies the source within the framework, such as
	// "ohchr-guide-2016".
	ID string `json:"id" validate:"key"`
	// Title is the citation: author, title and year.
	Title tracking.Text `json:"title" validate:"required,text"`
	// Document is the document's symbol or number, such as "HR/PUB/16/1".
	Document string `json:"document,omitzero"`
	// Date is when the document was published or adopted.
	Date tracking.PartialDate `json:"date,omitzero"`
	// URL is where the document can be read.
	URL string `json:"url,omitzero" validate:"omitempty,http_url"`
	// Note says what is not known about where the source can be read,
	// such as that no stable link could be confirmed, rather than give a
	// symbol or a link that may be wrong. Since version 1.1.
	Note tracking.Text `json:"note,omitzero" validate:"omitempty,text"`
}

// Dimension is an area of the framework, such as coordination.
type Dimension struct {
	// ID identifies the dimension within the framework.
	ID string `json:"id" validate:"key"`
	// Title names the dimension.
	Title tracking.Text `json:"title" validate:"required,text"`
	// Description says what the dimension covers.
	Description tracking.Text `json:"description,omitzero" validate:"omitempty,text"`
	// Weight is the dimension's weight in the overall score, above zero.
	Weight float64 `json:"weight" validate:"gt=0,max=1000000"`
	// Criteria are the dimension's criteria, in order.
	Criteria []Criterion `json:"criteria" validate:"min=1,dive"`
}

// Criterion is one thing the framework measures, at five levels.
type Criterion struct {
	// ID identifies the criterion within the framework.
	ID string `json:"id" validate:"key"`
	// Title names the criterion.
	Title tracking.Text `json:"title" validate:"required,text"`
	// Statement says what a mechanism that meets the criterion in full
	// does or has.
	Statement tracking.Text `json:"statement" validate:"required,text"`
	// Levels describes each of the five levels for this criterion.
	Levels Descriptors `json:"levels"`
	// Sources are the citations the criterion rests on; at least one.
	Sources []Citation `json:"sources" validate:"min=1,dive"`
	// Elements are the elements of the guidance the criterion draws on,
	// where the framework numbers them (the default framework's E1 to E20).
	Elements []string `json:"elements,omitzero" validate:"dive,required"`
	// Weight is the criterion's weight in its dimension's score, above zero.
	Weight float64 `json:"weight" validate:"gt=0,max=1000000"`
	// MustHave is true when the criterion gates the staged level: a
	// mechanism cannot stand at a level above any of its must-haves. A
	// must-have applies to every mechanism: an assessment cannot find it
	// not applicable (Assessment.Check refuses it), so that its gate holds.
	MustHave bool `json:"mustHave,omitzero"`
	// MayNotApply is true when the criterion may not apply to some
	// mechanisms (a federal structure, say), so that an assessment may
	// find it not applicable. In a framework of version 1.1 or later, an
	// answer of "not applicable" to any other criterion is a problem:
	// doing nothing is the criterion's absent level, which scores 0.
	// Never set on a must-have. Since version 1.1.
	MayNotApply bool `json:"mayNotApply,omitzero"`
	// Guidance says which evidence supports an answer.
	Guidance tracking.Text `json:"guidance" validate:"required,text"`
	// Rules compute a level from facts of the tracking data. When several
	// rules apply, the data level is the lowest they give: a level is
	// reached only when every measure reaches it.
	Rules []Rule `json:"rules,omitzero" validate:"dive"`
}

// Citation points at a source, and at a place in it.
type Citation struct {
	// Source is the ID of one of the framework's sources.
	Source string `json:"source" validate:"key"`
	// Locator says where in the source, such as "principle 1" or
	// "chapter III".
	Locator string `json:"locator,omitzero"`
}

// Descriptors holds one text per level.
type Descriptors struct {
	// Absent describes level 0.
	Absent tracking.Text `json:"absent" validate:"required,text"`
	// Nascent describes level 1.
	Nascent tracking.Text `json:"nascent" validate:"required,text"`
	// Emerging describes level 2.
	Emerging tracking.Text `json:"emerging" validate:"required,text"`
	// Established describes level 3.
	Established tracking.Text `json:"established" validate:"required,text"`
	// Advanced describes level 4.
	Advanced tracking.Text `json:"advanced" validate:"required,text"`
}

// Get returns the text for the level, or nil for a value that is not a
// level.
func (d *Descriptors) Get(l Level) tracking.Text {
	switch l {
	case LevelAbsent:
		return d.Absent
	case LevelNascent:
		return d.Nascent
	case LevelEmerging:
		return d.Emerging
	case LevelEstablished:
		return d.Established
	case LevelAdvanced:
		return d.Advanced
	}
	return nil
}

// Rule computes a level from one fact of the tracking data: the level is the
// number of thresholds the fact's value reaches. With thresholds
// [0.25, 0.5, 0.75, 0.9] a share of 0.6 gives level 2 (emerging) and a share
// of 0.1 gives level 0 (absent). When LowerIsBetter is set (for counts of
// overdue reports, say) the thresholds fall and a value reaches a threshold
// at or below it.
type Rule struct {
	// Fact is the fact the rule reads.
	Fact Fact `json:"fact" validate:"required,enum"`
	// Thresholds are the values the fact must reach for levels 1, 2, 3 and
	// 4, in that order: rising, or falling when LowerIsBetter is set.
	Thresholds []float64 `json:"thresholds" validate:"len=4,dive,min=-1000000000000000,max=1000000000000000"`
	// LowerIsBetter is true when a lower value is the better one.
	LowerIsBetter bool `json:"lowerIsBetter,omitzero"`
}

// Level returns the level that the value reaches.
func (r Rule) Level(value float64) Level {
	n := 0
	for _, t := range r.Thresholds {
		if r.LowerIsBetter && value <= t || !r.LowerIsBetter && value >= t {
			n++
		}
	}
	return LevelOf(n)
}

// Criterion returns the criterion with the ID and its dimension, or nils.
func (fw *Framework) Criterion(id string) (*Criterion, *Dimension) {
	if fw == nil {
		return nil, nil
	}
	for i := range fw.Dimensions {
		d := &fw.Dimensions[i]
		for j := range d.Criteria {
			if d.Criteria[j].ID == id {
				return &d.Criteria[j], d
			}
		}
	}
	return nil, nil
}

// Source returns the source with the ID, or nil.
func (fw *Framework) Source(id string) *Source {
	if fw == nil {
		return nil
	}
	for i := range fw.Sources {
		if fw.Sources[i].ID == id {
			return &fw.Sources[i]
		}
	}
	return nil
}

// Criteria returns every criterion of the framework in order.
func (fw *Framework) Criteria() []*Criterion {
	if fw == nil {
		return nil
	}
	var out []*Criterion
	for i := range fw.Dimensions {
		for j := range fw.Dimensions[i].Criteria {
			out = append(out, &fw.Dimensions[i].Criteria[j])
		}
	}
	return out
}

// Problem codes of the rules of this package, beyond those of schema
// validation. The field rules (keys, language maps, weights, required
// values, the bounds of thresholds) repeat rules of the schemas, for values
// built in Go; the others need more than one value, or more than one
// document, and only this package checks them.
const (
	CodeSchemaVersion    = "document.schemaVersion"       // a schema version this package does not read
	CodeDuplicateID      = "id.duplicate"                 // two dimensions, criteria, sources or respondents share an ID
	CodeInvalidID        = "id.invalid"                   // a key that is not letters, digits, '.', '_' and '-'
	CodeUnknownSource    = "citation.unknownSource"       // a citation of a source the framework does not list
	CodeThresholds       = "rule.thresholds"              // thresholds not four, not in order, or not finite
	CodeWeight           = "weight.invalid"               // a weight that is not above zero
	CodeEmptyText        = "text.empty"                   // a language map with no text, or an invalid language tag
	CodeUnknownCriterion = "answer.unknownCriterion"      // an answer to a criterion the framework lacks
	CodeUnknownResp      = "answer.unknownRespondent"     // an answer by a respondent the assessment does not list
	CodeDuplicateAnswer  = "answer.duplicate"             // two answers by one respondent to one criterion
	CodeLevelAndNA       = "answer.levelAndNA"            // an answer with both a level and "not applicable"
	CodeNoLevel          = "answer.noLevel"               // an answer with neither a level nor "not applicable"
	CodeNoJustification  = "answer.noJustification"       // "not applicable" without a justification
	CodeMustHaveNA       = "answer.mustHaveNotApplicable" // "not applicable" on a must-have criterion
	CodeNAUnlisted       = "answer.notApplicable"         // "not applicable" on a criterion the framework does not mark as one that may not apply
	CodeMayNotApply      = "criterion.mayNotApply"        // a must-have marked as one that may not apply
	CodeSourceUnlocated  = "source.unlocated"             // a source with no document symbol, no link and no note saying why
	CodeWrongFramework   = "assessment.wrongFramework"    // an assessment of another framework
	CodeFrameworkVersion = "assessment.frameworkVersion"  // an assessment of another version of the framework
	CodeOtherState       = "assessment.otherState"        // assessments or results of different States
	CodeNoRespondents    = "assessment.noRespondents"     // answers, but no respondent listed
	CodeEmptyEvidence    = "evidence.empty"               // an evidence item with no document, link or record
	CodeUnknownRecord    = "evidence.unknownRecord"       // a record reference the dataset does not hold
	CodeRecordKind       = "evidence.recordKind"          // a record reference of the wrong kind
	CodeUnusedSource     = "source.unused"                // a source no criterion cites
	CodeFrameworkMissing = "document.frameworkRequired"   // a loader or check called without a framework
	CodeDatasetMissing   = "document.datasetRequired"     // a check of records called without a dataset
	CodeMissing          = "document.missing"             // a nil document where one is needed
	CodeInvalidValue     = "value.invalid"                // a missing or invalid value where the schema requires one
	CodeInvalidFormat    = "value.format"                 // a web address that does not parse as one
	CodeInvalidFact      = "fact.invalid"                 // a fact whose value cannot be, or that is listed twice
	CodeInconsistent     = "result.inconsistent"          // figures of a result that contradict each other
)

// Check applies the framework's rules beyond its schema: the field rules
// of its values (keys, language maps with text in at least one language, weights above zero,
// four thresholds within ±1e15), unique IDs of sources, dimensions and
// criteria, citations of listed sources, thresholds in order, and sources
// that some criterion cites. It returns every problem, sorted.
func (fw *Framework) Check() schema.Problems {
	if fw == nil {
		return schema.Problems{problem("", CodeMissing, "framework", nil)}
	}
	return withRecords(append(fw.fieldChecks(), fw.ruleChecks()...).Normalize(), fw)
}

// fieldChecks applies the rules that the schema states too.
func (fw *Framework) fieldChecks() schema.Problems {
	ps := fieldProblems(fw)
	if !schema.KnownVersion(fw.SchemaVersion) {
		add(&ps, "/schemaVersion", CodeSchemaVersion, "", schema.Args{"value": fw.SchemaVersion, "versions": strings.Join(schema.Versions(), ", ")})
	}
	return ps
}

// ruleChecks applies the rules that only this package states.
func (fw *Framework) ruleChecks() schema.Problems {
	var ps schema.Problems
	sources := map[string]int{}
	cited := map[string]bool{}
	for i, s := range fw.Sources {
		ptr := schema.Pointer("sources", i)
		if j, dup := sources[s.ID]; dup {
			add(&ps, ptr+"/id", CodeDuplicateID, "source", schema.Args{"id": s.ID, "index": strconv.Itoa(j)})
		} else {
			sources[s.ID] = i
		}
		if s.Document == "" && s.URL == "" && len(s.Note) == 0 && marksApplicability(fw) {
			add(&ps, ptr, CodeSourceUnlocated, "", schema.Args{"id": s.ID})
		}
	}
	dims := map[string]int{}
	crits := map[string]string{}
	for i := range fw.Dimensions {
		d := &fw.Dimensions[i]
		ptr := schema.Pointer("dimensions", i)
		if j, dup := dims[d.ID]; dup {
			add(&ps, ptr+"/id", CodeDuplicateID, "dimension", schema.Args{"id": d.ID, "index": strconv.Itoa(j)})
		} else {
			dims[d.ID] = i
		}
		for j := range d.Criteria {
			c := &d.Criteria[j]
			cp := schema.Pointer("dimensions", i, "criteria", j)
			if at, dup := crits[c.ID]; dup {
				add(&ps, cp+"/id", CodeDuplicateID, "criterion", schema.Args{"id": c.ID, "other": at})
			} else {
				crits[c.ID] = cp
			}
			if c.MustHave && c.MayNotApply {
				add(&ps, cp+"/mayNotApply", CodeMayNotApply, "", nil)
			}
			for k, cit := range c.Sources {
				// Without sources, which the field rules report once,
				// every citation would repeat the problem.
				if _, ok := sources[cit.Source]; !ok && len(fw.Sources) > 0 {
					add(&ps, schema.Pointer("dimensions", i, "criteria", j, "sources", k, "source"), CodeUnknownSource, "", schema.Args{"source": cit.Source})
				}
				cited[cit.Source] = true
			}
			for k, r := range c.Rules {
				checkRule(&ps, schema.Pointer("dimensions", i, "criteria", j, "rules", k), r)
			}
		}
	}
	for i, s := range fw.Sources {
		if !cited[s.ID] {
			add(&ps, schema.Pointer("sources", i), CodeUnusedSource, "", schema.Args{"source": s.ID})
		}
	}
	return ps
}

// checkRule checks what the field rules cannot: thresholds that are
// numbers (not NaN) and in order.
func checkRule(ps *schema.Problems, ptr string, r Rule) {
	if len(r.Thresholds) != MaxRank {
		return // the field rules report it
	}
	for i, t := range r.Thresholds {
		if math.IsNaN(t) {
			add(ps, ptr+"/thresholds/"+strconv.Itoa(i), CodeThresholds, "nan", nil)
			return
		}
		if math.Abs(t) > maxThreshold {
			return // the field rules report it
		}
	}
	for i := 1; i < len(r.Thresholds); i++ {
		t, prev := r.Thresholds[i], r.Thresholds[i-1]
		if !r.LowerIsBetter && t < prev || r.LowerIsBetter && t > prev {
			if r.LowerIsBetter {
				add(ps, ptr+"/thresholds", CodeThresholds, "fall", nil)
			} else {
				add(ps, ptr+"/thresholds", CodeThresholds, "rise", nil)
			}
			return
		}
	}
}

// maxThreshold bounds the thresholds of rules, as the schema does.
const maxThreshold = 1e15

// LoadFramework reads a framework from a JSON document: it validates the
// document against the framework schema (schema.KindFramework), decodes it
// strictly and applies Check. On failure the error is a schema.Problems
// listing every problem found, each with its JSON pointer.
func LoadFramework(data []byte) (*Framework, error) {
	var fw Framework
	if err := loadChecked(schema.KindFramework, data, &fw, fw.fieldChecks, fw.ruleChecks); err != nil {
		return nil, err
	}
	return &fw, nil
}

//go:embed frameworks/default.json
var defaultFrameworkJSON []byte

// defaultFramework loads the default framework's structure, with its
// English texts, and adds the translation files beside it.
var defaultFramework = sync.OnceValues(func() (*Framework, error) {
	fw, err := LoadFramework(defaultFrameworkJSON)
	if err != nil {
		return nil, err
	}
	if err := translateDefault(fw); err != nil {
		return nil, err
	}
	return fw, nil
})

// defaultDocument is the JSON document of the default framework with its
// translations.
var defaultDocument = sync.OnceValue(func() []byte {
	data, err := json.MarshalIndent(DefaultFramework(), "", "  ")
	if err != nil {
		panic("maturity: the default framework does not encode: " + err.Error()) // tested never to happen
	}
	return data
})

// DefaultFramework returns the default framework: a synthesis of the public
// guidance on national mechanisms (OHCHR's practical guide and study of
// 2016, the Pacific Principles, the preparation of the Glion Human Rights
// Dialogues, the Marrakech and Asunción declarations, and the practice of
// mechanisms and tracking tools), with every criterion citing its sources.
// Its texts are in the six UN languages: the structure and the English texts
// come from frameworks/default.json, the other languages from the
// translation files beside it (frameworks/default.<lang>.json, see
// Translation).
//
// Each call returns a new copy, which the caller may change.
func DefaultFramework() *Framework {
	fw, err := defaultFramework()
	if err != nil {
		panic("maturity: the embedded default framework is invalid: " + err.Error()) // tested never to happen
	}
	return fw.Clone()
}

// DefaultFrameworkJSON returns the JSON document of the default framework,
// its translations included.
func DefaultFrameworkJSON() []byte { return slices.Clone(defaultDocument()) }

// Clone returns a deep copy of the framework (nil for nil).
func (fw *Framework) Clone() *Framework {
	if fw == nil {
		return nil
	}
	c := *fw
	c.Title = fw.Title.Clone()
	c.Description = fw.Description.Clone()
	c.Levels = fw.Levels.clone()
	c.Sources = slices.Clone(fw.Sources)
	for i := range c.Sources {
		c.Sources[i].Title = c.Sources[i].Title.Clone()
		c.Sources[i].Note = c.Sources[i].Note.Clone()
	}
	c.Dimensions = slices.Clone(fw.Dimensions)
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		d.Title, d.Description = d.Title.Clone(), d.Description.Clone()
		d.Criteria = slices.Clone(d.Criteria)
		for j := range d.Criteria {
			cr := &d.Criteria[j]
			cr.Title, cr.Statement, cr.Guidance = cr.Title.Clone(), cr.Statement.Clone(), cr.Guidance.Clone()
			cr.Levels = cr.Levels.clone()
			cr.Sources = slices.Clone(cr.Sources)
			cr.Elements = slices.Clone(cr.Elements)
			cr.Rules = slices.Clone(cr.Rules)
			for k := range cr.Rules {
				cr.Rules[k].Thresholds = slices.Clone(cr.Rules[k].Thresholds)
			}
		}
	}
	return &c
}

func (d Descriptors) clone() Descriptors {
	return Descriptors{d.Absent.Clone(), d.Nascent.Clone(), d.Emerging.Clone(), d.Established.Clone(), d.Advanced.Clone()}
}
