package maturity

import (
	_ "embed"
	"math"
	"regexp"
	"slices"
	"strconv"
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
// one is embedded (DefaultFramework).
type Framework struct {
	// SchemaVersion is the version of the data standard the document
	// follows.
	SchemaVersion string `json:"schemaVersion"`
	// ID identifies the framework, such as "nmirf-synthesis".
	ID string `json:"id"`
	// Version is the version of the framework, such as "1.0.0".
	Version string `json:"version"`
	// Title names the framework.
	Title tracking.Text `json:"title"`
	// Description says what the framework is and where it comes from.
	Description tracking.Text `json:"description,omitzero"`
	// Levels names the five levels in the framework's words.
	Levels Descriptors `json:"levels"`
	// Sources are the documents the criteria cite.
	Sources []Source `json:"sources"`
	// Dimensions are the areas the framework measures, in order.
	Dimensions []Dimension `json:"dimensions"`
}

// FrameworkRef names a framework and its version.
type FrameworkRef struct {
	// ID is the framework's ID.
	ID string `json:"id"`
	// Version is the framework's version.
	Version string `json:"version"`
}

// Ref returns the framework's ID and version.
func (fw *Framework) Ref() FrameworkRef { return FrameworkRef{ID: fw.ID, Version: fw.Version} }

// Source is a document that criteria cite.
type Source struct {
	// ID identifies the source within the framework, such as
	// "ohchr-guide-2016".
	ID string `json:"id"`
	// Title is the citation: author, title and year.
	Title tracking.Text `json:"title"`
	// Document is the document's symbol or number, such as "HR/PUB/16/1".
	Document string `json:"document,omitzero"`
	// Date is when the document was published or adopted.
	Date tracking.PartialDate `json:"date,omitzero"`
	// URL is where the document can be read.
	URL string `json:"url,omitzero"`
}

// Dimension is an area of the framework, such as coordination.
type Dimension struct {
	// ID identifies the dimension within the framework.
	ID string `json:"id"`
	// Title names the dimension.
	Title tracking.Text `json:"title"`
	// Description says what the dimension covers.
	Description tracking.Text `json:"description,omitzero"`
	// Weight is the dimension's weight in the overall score, above zero.
	Weight float64 `json:"weight"`
	// Criteria are the dimension's criteria, in order.
	Criteria []Criterion `json:"criteria"`
}

// Criterion is one thing the framework measures, at five levels.
type Criterion struct {
	// ID identifies the criterion within the framework.
	ID string `json:"id"`
	// Title names the criterion.
	Title tracking.Text `json:"title"`
	// Statement says what a mechanism that meets the criterion in full
	// does or has.
	Statement tracking.Text `json:"statement"`
	// Levels describes each of the five levels for this criterion.
	Levels Descriptors `json:"levels"`
	// Sources are the citations the criterion rests on; at least one.
	Sources []Citation `json:"sources"`
	// Elements are the elements of the guidance the criterion draws on,
	// where the framework numbers them (the default framework's E1 to E20).
	Elements []string `json:"elements,omitzero"`
	// Weight is the criterion's weight in its dimension's score, above zero.
	Weight float64 `json:"weight"`
	// MustHave is true when the criterion gates the staged level: a
	// mechanism cannot stand at a level above any of its must-haves.
	MustHave bool `json:"mustHave,omitzero"`
	// Guidance says which evidence supports an answer.
	Guidance tracking.Text `json:"guidance"`
	// Rules compute a level from facts of the tracking data. When several
	// rules apply, the data level is the lowest they give: a level is
	// reached only when every measure reaches it.
	Rules []Rule `json:"rules,omitzero"`
}

// Citation points at a source, and at a place in it.
type Citation struct {
	// Source is the ID of one of the framework's sources.
	Source string `json:"source"`
	// Locator says where in the source, such as "principle 1" or
	// "chapter III".
	Locator string `json:"locator,omitzero"`
}

// Descriptors holds one text per level.
type Descriptors struct {
	// Absent describes level 0.
	Absent tracking.Text `json:"absent"`
	// Nascent describes level 1.
	Nascent tracking.Text `json:"nascent"`
	// Emerging describes level 2.
	Emerging tracking.Text `json:"emerging"`
	// Established describes level 3.
	Established tracking.Text `json:"established"`
	// Advanced describes level 4.
	Advanced tracking.Text `json:"advanced"`
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
	Fact Fact `json:"fact"`
	// Thresholds are the values the fact must reach for levels 1, 2, 3 and
	// 4, in that order: rising, or falling when LowerIsBetter is set.
	Thresholds []float64 `json:"thresholds"`
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
	for i := range fw.Sources {
		if fw.Sources[i].ID == id {
			return &fw.Sources[i]
		}
	}
	return nil
}

// Criteria returns every criterion of the framework in order.
func (fw *Framework) Criteria() []*Criterion {
	var out []*Criterion
	for i := range fw.Dimensions {
		for j := range fw.Dimensions[i].Criteria {
			out = append(out, &fw.Dimensions[i].Criteria[j])
		}
	}
	return out
}

// Problem codes of the framework rules, beyond those of schema validation.
const (
	CodeSchemaVersion    = "document.schemaVersion"     // a schema version this package does not read
	CodeDuplicateID      = "id.duplicate"               // two dimensions, criteria, sources or respondents share an ID
	CodeUnknownSource    = "citation.unknownSource"     // a citation of a source the framework does not list
	CodeThresholds       = "rule.thresholds"            // thresholds not four, not in order, or not finite
	CodeWeight           = "weight.invalid"             // a weight that is not above zero
	CodeEmptyText        = "text.empty"                 // a language map with no text, or an invalid language tag
	CodeUnknownCriterion = "answer.unknownCriterion"    // an answer to a criterion the framework lacks
	CodeUnknownResp      = "answer.unknownRespondent"   // an answer by a respondent the assessment does not list
	CodeDuplicateAnswer  = "answer.duplicate"           // two answers by one respondent to one criterion
	CodeLevelAndNA       = "answer.levelAndNA"          // an answer with both a level and "not applicable"
	CodeNoLevel          = "answer.noLevel"             // an answer with neither a level nor "not applicable"
	CodeNoJustification  = "answer.noJustification"     // "not applicable" without a justification
	CodeWrongFramework   = "assessment.wrongFramework"  // an assessment of another framework
	CodeEmptyEvidence    = "evidence.empty"             // an evidence item with no document, link or record
	CodeUnknownRecord    = "evidence.unknownRecord"     // a record reference the dataset does not hold
	CodeRecordKind       = "evidence.recordKind"        // a record reference of the wrong kind
	CodeUnusedSource     = "source.unused"              // a source no criterion cites
	CodeFrameworkMissing = "document.frameworkRequired" // a loader called without a framework
	CodeInvalidValue     = "value.invalid"              // a missing or invalid value where the schema requires one
)

var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// Check applies the framework's rules beyond its schema: unique IDs of
// sources, dimensions and criteria; citations of listed sources; four
// thresholds in order; positive weights; language maps with text. It
// returns every problem, sorted.
func (fw *Framework) Check() schema.Problems {
	var ps schema.Problems
	if fw.SchemaVersion != schema.Version {
		ps.Add("/schemaVersion", CodeSchemaVersion, "schema version %q is not %q, the version this package reads", fw.SchemaVersion, schema.Version)
	}
	checkID(&ps, "/id", fw.ID)
	if fw.Version == "" {
		ps.Add("/version", CodeInvalidValue, "the framework needs a version")
	}
	checkText(&ps, "/title", fw.Title, true)
	checkText(&ps, "/description", fw.Description, false)
	checkDescriptors(&ps, "/levels", &fw.Levels)
	sources := map[string]int{}
	cited := map[string]bool{}
	for i, s := range fw.Sources {
		ptr := schema.Pointer("sources", i)
		checkID(&ps, ptr+"/id", s.ID)
		if j, dup := sources[s.ID]; dup {
			ps.Add(ptr+"/id", CodeDuplicateID, "source ID %q is already used by /sources/%d", s.ID, j)
		} else {
			sources[s.ID] = i
		}
		checkText(&ps, ptr+"/title", s.Title, true)
	}
	dims := map[string]int{}
	crits := map[string]string{}
	for i := range fw.Dimensions {
		d := &fw.Dimensions[i]
		ptr := schema.Pointer("dimensions", i)
		checkID(&ps, ptr+"/id", d.ID)
		if j, dup := dims[d.ID]; dup {
			ps.Add(ptr+"/id", CodeDuplicateID, "dimension ID %q is already used by /dimensions/%d", d.ID, j)
		} else {
			dims[d.ID] = i
		}
		checkText(&ps, ptr+"/title", d.Title, true)
		checkText(&ps, ptr+"/description", d.Description, false)
		checkWeight(&ps, ptr+"/weight", d.Weight)
		for j := range d.Criteria {
			c := &d.Criteria[j]
			cp := schema.Pointer("dimensions", i, "criteria", j)
			checkID(&ps, cp+"/id", c.ID)
			if at, dup := crits[c.ID]; dup {
				ps.Add(cp+"/id", CodeDuplicateID, "criterion ID %q is already used by %s", c.ID, at)
			} else {
				crits[c.ID] = cp
			}
			checkText(&ps, cp+"/title", c.Title, true)
			checkText(&ps, cp+"/statement", c.Statement, true)
			checkText(&ps, cp+"/guidance", c.Guidance, true)
			checkDescriptors(&ps, cp+"/levels", &c.Levels)
			checkWeight(&ps, cp+"/weight", c.Weight)
			for k, cit := range c.Sources {
				if _, ok := sources[cit.Source]; !ok {
					ps.Add(schema.Pointer("dimensions", i, "criteria", j, "sources", k, "source"), CodeUnknownSource,
						"the source %q is not among the framework's sources", cit.Source)
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
			ps.Add(schema.Pointer("sources", i), CodeUnusedSource, "no criterion cites the source %q", s.ID)
		}
	}
	return ps.Normalize()
}

func checkID(ps *schema.Problems, ptr, id string) {
	if !idPattern.MatchString(id) {
		ps.Add(ptr, "id.invalid", "%q is not an ID: letters, digits, '.', '_' and '-', starting with a letter or digit", id)
	}
}

func checkWeight(ps *schema.Problems, ptr string, w float64) {
	if !(w > 0) || w > 1e6 {
		ps.Add(ptr, CodeWeight, "the weight %v must be above zero and at most 1000000", w)
	}
}

func checkText(ps *schema.Problems, ptr string, t tracking.Text, required bool) {
	if len(t) == 0 {
		if required {
			ps.Add(ptr, CodeEmptyText, "the text is missing")
		}
		return
	}
	for _, lang := range t.Languages() {
		if !tracking.ValidLanguageTag(lang) {
			ps.Add(ptr+schema.Pointer(lang), CodeEmptyText, "%q is not a language tag", lang)
		} else if t[lang] == "" {
			ps.Add(ptr+schema.Pointer(lang), CodeEmptyText, "the text in %q is empty", lang)
		}
	}
	if t["en"] == "" && required {
		ps.Add(ptr, CodeEmptyText, "the text has no English version")
	}
}

func checkDescriptors(ps *schema.Problems, ptr string, d *Descriptors) {
	for _, l := range levelValues {
		checkText(ps, ptr+"/"+string(l), d.Get(l), true)
	}
}

func checkRule(ps *schema.Problems, ptr string, r Rule) {
	if !r.Fact.Valid() {
		ps.Add(ptr+"/fact", "rule.unknownFact", "%q is not a fact this package computes", r.Fact)
	}
	if len(r.Thresholds) != MaxRank {
		ps.Add(ptr+"/thresholds", CodeThresholds, "a rule needs %d thresholds, one for each level from 1 to 4; it has %d", MaxRank, len(r.Thresholds))
		return
	}
	for i, t := range r.Thresholds {
		if math.IsNaN(t) || math.Abs(t) > 1e15 {
			ps.Add(ptr+"/thresholds/"+strconv.Itoa(i), CodeThresholds, "the threshold is not a number between -1e15 and 1e15")
			return
		}
		if i == 0 {
			continue
		}
		prev := r.Thresholds[i-1]
		if !r.LowerIsBetter && t < prev || r.LowerIsBetter && t > prev {
			if r.LowerIsBetter {
				ps.Add(ptr+"/thresholds", CodeThresholds, "the thresholds must fall (or stay level) from level 1 to level 4, since lowerIsBetter is set")
			} else {
				ps.Add(ptr+"/thresholds", CodeThresholds, "the thresholds must rise (or stay level) from level 1 to level 4")
			}
			return
		}
	}
}

// LoadFramework reads a framework from a JSON document: it validates the
// document against the framework schema (schema.KindFramework), decodes it
// strictly and applies Check. On failure the error is a schema.Problems
// listing every problem found, each with its JSON pointer.
func LoadFramework(data []byte) (*Framework, error) {
	var fw Framework
	if err := loadChecked(schema.KindFramework, data, &fw, fw.Check); err != nil {
		return nil, err
	}
	return &fw, nil
}

//go:embed frameworks/default.json
var defaultFrameworkJSON []byte

var defaultFramework = sync.OnceValues(func() (*Framework, error) { return LoadFramework(defaultFrameworkJSON) })

// DefaultFramework returns the default framework: a synthesis of the public
// guidance on national mechanisms (OHCHR's practical guide and study of
// 2016, the Pacific Principles, the preparation of the Glion Human Rights
// Dialogues, the Marrakech and Asunción declarations, and the practice of
// mechanisms and tracking tools), with every criterion citing its sources.
// Each call returns a new copy, which the caller may change.
func DefaultFramework() *Framework {
	fw, err := defaultFramework()
	if err != nil {
		panic("maturity: the embedded default framework is invalid: " + err.Error()) // tested never to happen
	}
	return fw.Clone()
}

// DefaultFrameworkJSON returns the JSON document of the default framework.
func DefaultFrameworkJSON() []byte { return slices.Clone(defaultFrameworkJSON) }

// Clone returns a deep copy of the framework.
func (fw *Framework) Clone() *Framework {
	c := *fw
	c.Title = fw.Title.Clone()
	c.Description = fw.Description.Clone()
	c.Levels = fw.Levels.clone()
	c.Sources = slices.Clone(fw.Sources)
	for i := range c.Sources {
		c.Sources[i].Title = c.Sources[i].Title.Clone()
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
