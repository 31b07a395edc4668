package uhri

import (
	"fmt"
	"slices"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Warning codes. A warning whose code is one of the Skip codes means the
// record was skipped; the others mean a value was left out or read with
// care, and the record was still imported.
const (
	// SkipNotObject: a JSON array element that is not an object.
	SkipNotObject = "uhri.record.notObject"
	// SkipRowSyntax: a record that cannot be parsed: a CSV row, or an
	// element of a JSON export that is not valid JSON. The records after
	// it are read.
	SkipRowSyntax = "uhri.record.syntax"
	// SkipNoID: a record without an annotation ID.
	SkipNoID = "uhri.id.missing"
	// SkipNoText: a record without text.
	SkipNoText = "uhri.text.missing"
	// SkipUnknownType: a record whose annotation type is neither
	// "Recommendations" nor "Concerns/Observations".
	SkipUnknownType = "uhri.type.unknown"

	// CodeIDNotUUID: an annotation ID that is not a UUID, kept as written.
	CodeIDNotUUID = "uhri.id.notUUID"
	// CodeFieldType: a value of the wrong JSON type, left out.
	CodeFieldType = "uhri.field.type"
	// CodeFieldRepeated: a key or column given twice; the first is kept.
	CodeFieldRepeated = "uhri.field.repeated"
	// CodeFieldSeveral: several values where one is expected; none is kept.
	CodeFieldSeveral = "uhri.field.several"
	// CodeRowFields: a CSV row with more or fewer fields than the header.
	CodeRowFields = "uhri.record.fields"
	// CodeInvalidUTF8: text that is not valid UTF-8; the bad bytes became
	// U+FFFD.
	CodeInvalidUTF8 = "uhri.text.invalidUTF8"
	// CodeTextMarkup: tags of HTML elements the importer does not know,
	// removed from the text because their attributes show them to be
	// markup; the warning lists them. Anything else in angle brackets stays
	// in the text.
	CodeTextMarkup = "uhri.text.markup"
	// CodeCountryUnknown: a country name the importer does not know, left
	// out.
	CodeCountryUnknown = "uhri.country.unknown"
	// CodeBodyUnknown: a body the importer does not know; the record's
	// family is "other" and its body is the name as written.
	CodeBodyUnknown = "uhri.body.unknown"
	// CodeMandateUnknown: a special procedure's mandate that the codelist
	// special-procedure does not hold; the body is the name as written,
	// and the warning comes once per name and Reader. Since version 1.1 of
	// the Go API.
	CodeMandateUnknown = "uhri.body.mandateUnknown"
	// CodeBodyFromSymbol: no body given; it was read from the document
	// symbol.
	CodeBodyFromSymbol = "uhri.body.fromSymbol"
	// CodeBodyFromUPRFields: no body given; the record has UPR fields, so
	// it was taken for a UPR recommendation.
	CodeBodyFromUPRFields = "uhri.body.fromUPRFields"
	// CodeBodyMissing: no body given and none could be read; the family is
	// "other".
	CodeBodyMissing = "uhri.body.missing"
	// CodePositionUnknown: a UPR position the importer does not know, left
	// out.
	CodePositionUnknown = "uhri.position.unknown"
	// CodePositionPending: UPR positions none of which is final
	// ("Pending"), left out.
	CodePositionPending = "uhri.position.pending"
	// CodePositionConflict: UPR positions that disagree: a final position
	// ("Supported", "Noted") beside one that is not ("Pending"), left out.
	// ("Supported" and "Noted" together make a position supported in
	// part.)
	CodePositionConflict = "uhri.position.conflict"
	// CodeNotUPR: a UPR session, cycle, position or recommending State on a
	// record of another mechanism, left out.
	CodeNotUPR = "uhri.upr.notUPR"
	// CodeSessionInvalid: a UPR session that is not a session number (a
	// whole number, perhaps among words, as in "43rd session"), or several
	// sessions that disagree, left out.
	CodeSessionInvalid = "uhri.upr.session"
	// CodeCycleInvalid: a UPR cycle that is not a whole number, left out.
	CodeCycleInvalid = "uhri.upr.cycle"
	// CodeCycleMismatch: a UPR cycle that does not match the session; the
	// session's cycle is kept.
	CodeCycleMismatch = "uhri.upr.cycleMismatch"
	// CodeDateInvalid: a date that cannot be read, left out.
	CodeDateInvalid = "uhri.date.invalid"
	// CodeDateAmbiguous: a date such as 03/04/2021 that could be read day
	// first or month first, left out.
	CodeDateAmbiguous = "uhri.date.ambiguous"
	// CodeDateImplausible: a date outside the range a record's dates can
	// have, before 1945 or after Options.ExportDate, taken for a misread
	// (an Excel serial number, a typing slip), left out.
	CodeDateImplausible = "uhri.date.implausible"
	// CodeSDGUnknown: an SDG label that names no SDG goal or target, left
	// out.
	CodeSDGUnknown = "uhri.sdg.unknown"
	// CodeSDGGoal: an SDG label that names a goal but no target.
	//
	// Deprecated: the importer no longer makes this warning; since version
	// 1.1 of the Go API such a label links the goal
	// (tracking.Recommendation.SDGGoals). The code keeps its meaning for
	// reports written before.
	CodeSDGGoal = "uhri.sdg.goalOnly"
	// CodeTermEmpty: a theme or affected-persons label without letters or
	// digits, left out.
	CodeTermEmpty = "uhri.term.empty"
	// CodeTermUnknown: a theme or affected-persons label that the
	// codelists uhri-theme and uhri-affected-persons do not hold; it is
	// imported with a code made from its words (or its lettered code),
	// and the warning comes once per code and Reader. Since version 1.1
	// of the Go API.
	CodeTermUnknown = "uhri.term.unknown"
	// CodeRepeated: the same value twice in one list; the repeat is left
	// out.
	CodeRepeated = "uhri.value.repeated"
	// CodeConflict: a record repeats an annotation ID seen earlier in the
	// same import with different data; the first is kept.
	CodeConflict = "uhri.record.conflict"
	// CodeOlder: a record whose publication date is before that of the
	// recommendation of its annotation ID in the dataset: it comes from an
	// older export than the dataset's data, which Import keeps.
	CodeOlder = "uhri.record.older"
	// CodeTermLanguage: a record whose themes and affected persons are
	// labelled in another language than the recommendation's in the
	// dataset, with other codes; Import keeps the recommendation's terms
	// (see Options.Language).
	CodeTermLanguage = "uhri.term.language"
)

var skipCodes = []string{SkipNotObject, SkipRowSyntax, SkipNoID, SkipNoText, SkipUnknownType}

// IsSkip reports whether a warning code means the record was skipped.
func IsSkip(code string) bool { return slices.Contains(skipCodes, code) }

// Location says where a record stands in an export.
type Location struct {
	// Index is the record's index in the export, counting from 0: the
	// index of the JSON array element, or of the CSV row after the header.
	Index int `json:"index"`
	// Offset is the byte offset in the export where the record starts.
	Offset int64 `json:"offset"`
	// Line is the line of a CSV export where the record starts, counting
	// from 1; 0 for JSON.
	Line int `json:"line,omitzero"`
	// Sheet is the sheet of an XLSX export that holds the record.
	Sheet string `json:"sheet,omitzero"`
	// Row is the record's row in Sheet, counting from 1.
	Row int `json:"row,omitzero"`
}

// String formats the location as "record 3 (line 5)", "record 3 (row 5
// of Export)" or "record 3 (byte 1204)".
func (l Location) String() string {
	if l.Sheet != "" {
		return fmt.Sprintf("record %d (row %d of %s)", l.Index, l.Row, l.Sheet)
	}
	if l.Line > 0 {
		return fmt.Sprintf("record %d (line %d)", l.Index, l.Line)
	}
	return fmt.Sprintf("record %d (byte %d)", l.Index, l.Offset)
}

// Warning is something the importer noticed about one record: a value it
// left out or read with care, or why it skipped the record. Its Pointer is
// a JSON pointer into the export whose first token is the record's index
// and whose second is the key or column header as the export writes it,
// such as "/3/Countries" or "/3/Countries Concerned".
type Warning struct {
	Location
	// AnnotationID is the record's annotation ID, when it has one.
	AnnotationID string `json:"annotationId,omitzero"`
	schema.Problem
}

// String formats the warning on one line: "record 3 (byte 1204) ID:
// pointer: message [code]", or, when the problem names its place in a
// spreadsheet, "record 3 ID: Export!C5: pointer: message [code]" or
// "record 3 ID: line 5:12: …".
func (w Warning) String() string {
	id := ""
	if w.AnnotationID != "" {
		id = " " + w.AnnotationID
	}
	if !w.Problem.Location.IsZero() {
		return fmt.Sprintf("record %d%s: %s", w.Index, id, w.Problem)
	}
	return fmt.Sprintf("%s%s: %s", w.Location, id, w.Problem)
}

// Annotation is one record of a UHRI export, normalised.
type Annotation struct {
	// ID is the UHRI annotation ID, in canonical lower-case form when it is
	// a UUID.
	ID string `json:"id"`
	// Recommendation is the record as a recommendation of the tracking
	// model. Its ID is zero, since the Reader makes no IDs: Import gives
	// the recommendations it adds an ID from the caller's generator, and a
	// caller that keeps annotations otherwise gives them one before
	// encoding them (the zero ID cannot be written).
	Recommendation tracking.Recommendation `json:"recommendation"`
	// States are the States the record is about (the export's
	// "Countries").
	States []tracking.Country `json:"states,omitzero"`
	// Regions are the regions the record is about, as written.
	Regions []string `json:"regions,omitzero"`
	// RecommendingRegions are the regions of the recommending States of a
	// UPR recommendation, as written.
	RecommendingRegions []string `json:"recommendingRegions,omitzero"`
	// DocumentID is the UHRI's ID of the document that holds the record,
	// also in the recommendation's identifiers (DocumentIdentifierScheme).
	DocumentID string `json:"documentId,omitzero"`
	// Indexed is the date the record was published in the UHRI, also the
	// recommendation's Source.Indexed.
	Indexed tracking.PartialDate `json:"indexed,omitzero"`
	// Location is where the record stands in the export.
	Location Location `json:"location"`
	// Warnings are what the importer noticed about the record.
	Warnings []Warning `json:"warnings,omitzero"`
}

// Report sums up an import.
type Report struct {
	// Format is the form of the export read.
	Format Format `json:"format"`
	// Read counts the records read from the export.
	Read int `json:"read"`
	// Imported counts the records delivered: read, not skipped and not
	// filtered out.
	Imported int `json:"imported"`
	// Filtered counts the records the filter left out.
	Filtered int `json:"filtered"`
	// Skipped counts the records that could not be imported.
	Skipped int `json:"skipped"`
	// SkippedBy counts the skipped records by the code of the warning that
	// says why.
	SkippedBy map[string]int `json:"skippedBy,omitzero"`

	// Added counts the recommendations Import added to the dataset.
	Added int `json:"added"`
	// Updated counts the recommendations already in the dataset whose UN
	// fields Import changed.
	Updated int `json:"updated"`
	// Unchanged counts the recommendations already in the dataset that
	// Import found up to date.
	Unchanged int `json:"unchanged"`
	// Combined counts the records that repeat an annotation ID met earlier
	// in the same import (one row per co-sponsoring State, for instance),
	// whose data Import combined into that recommendation.
	Combined int `json:"combined"`
	// Recoded counts the recommendations of the dataset whose UHRI terms
	// Import gave the codes of the codelists before it merged (see
	// Recode). Since version 1.1 of the Go API.
	Recoded int `json:"recoded,omitzero"`
	// Older counts the recommendations already in the dataset that Import
	// left as they were because the record is older than their data (its
	// publication date is earlier; see CodeOlder).
	Older int `json:"older,omitzero"`

	// ByBody counts the imported records by body (Source.Body, "UPR" for
	// the UPR, "" for no known body).
	ByBody map[string]int `json:"byBody,omitzero"`
	// ByFamily counts the imported records by mechanism family.
	ByFamily map[tracking.MechanismFamily]int `json:"byFamily,omitzero"`
	// ByPosition counts the imported UPR records by the State's position,
	// with "none" for those without one.
	ByPosition map[string]int `json:"byPosition,omitzero"`
	// ByKind counts the imported records by kind.
	ByKind map[tracking.RecommendationKind]int `json:"byKind,omitzero"`

	// StatesRead counts the records read and not skipped, those filtered
	// out included, by each State they concern ("" for none known): what
	// the export holds, to show when a filter keeps nothing. Since version
	// 1.1 of the Go API.
	StatesRead map[tracking.Country]int `json:"statesRead,omitzero"`
	// BodiesRead counts the records read and not skipped, those filtered
	// out included, by body, as ByBody counts those imported. Since
	// version 1.1 of the Go API.
	BodiesRead map[string]int `json:"bodiesRead,omitzero"`

	// Warnings are the warnings about the records read (those filtered out
	// excepted, but for unknown countries, which the filter may have
	// missed), in export order, up to Options.MaxWarnings.
	Warnings []Warning `json:"warnings,omitzero"`
	// WarningsOmitted counts the warnings past Options.MaxWarnings.
	WarningsOmitted int `json:"warningsOmitted,omitzero"`
	// WarningCounts counts all warnings by code, those omitted included.
	WarningCounts map[string]int `json:"warningCounts,omitzero"`
	// examples are the first warnings of each code, for String, whatever
	// MaxWarnings lists.
	examples map[string][]Warning

	// UnknownFields counts the keys or columns of the export that the
	// importer does not read, by name, counting each record that has them
	// (for CSV, the header names them once).
	UnknownFields map[string]int `json:"unknownFields,omitzero"`
}

// warn records a warning, within the limit.
func (r *Report) warn(w Warning, limit int) {
	if r.WarningCounts == nil {
		r.WarningCounts = map[string]int{}
	}
	r.WarningCounts[w.Code]++
	if len(r.examples[w.Code]) < ExamplesPerCode {
		if r.examples == nil {
			r.examples = map[string][]Warning{}
		}
		r.examples[w.Code] = append(r.examples[w.Code], w)
	}
	if limit >= 0 && len(r.Warnings) >= limit {
		r.WarningsOmitted++
		return
	}
	r.Warnings = append(r.Warnings, w)
}

// seen counts a record read and not skipped in StatesRead and BodiesRead.
func (r *Report) seen(a *Annotation) {
	inc(&r.BodiesRead, a.Recommendation.Source.Body)
	if len(a.States) == 0 {
		inc(&r.StatesRead, "")
	}
	for _, c := range a.States {
		inc(&r.StatesRead, c)
	}
}

// NothingKept reports whether the export held records but the filter (or
// the dataset's State, for Import) kept none of them; a nil report holds
// none.
func (r *Report) NothingKept() bool { return r != nil && r.Imported == 0 && r.Filtered > 0 }

// count records an imported annotation in the tallies.
func (r *Report) count(a *Annotation) {
	r.Imported++
	src := &a.Recommendation.Source
	inc(&r.ByBody, src.Body)
	inc(&r.ByFamily, src.Family)
	inc(&r.ByKind, a.Recommendation.Kind)
	if src.Family == tracking.MechanismFamilyUPR {
		pos := "none"
		if p := a.Recommendation.Position; p != nil {
			pos = string(p.Value)
		}
		inc(&r.ByPosition, pos)
	}
}

func inc[K comparable](m *map[K]int, k K) {
	if *m == nil {
		*m = map[K]int{}
	}
	(*m)[k]++
}

// ExamplesPerCode is the number of warnings of each code that
// Report.String shows.
const ExamplesPerCode = 3

// String renders the report as text for people, in English (see Text).
func (r *Report) String() string { return r.Text("en") }
