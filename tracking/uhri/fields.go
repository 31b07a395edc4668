package uhri

import "strings"

// field is one piece of data a UHRI record carries.
type field int

// The fields of a record, in the order of the JSON export.
const (
	fID field = iota
	fType
	fBody
	fCountries
	fRegions
	fDocumentID
	fSymbol
	fDate
	fIndexed
	fThemes
	fAffected
	fSDGs
	fText
	fCycle
	fSessions
	fPositions
	fRecStates
	fRecRegions
	numFields
)

// fieldInfo describes a field: its key in the JSON export, the column
// headers of the spreadsheet export (misspelt and corrected), and whether
// a JSON number may stand for its value (as for dates and sessions).
type fieldInfo struct {
	key     string
	headers []string
	numeric bool
}

var fields = [numFields]fieldInfo{
	fID:         {"AnnotationId", []string{"OHCHR Annotation Id", "Annotation Id"}, false},
	fType:       {"AnnotationType", []string{"Type", "Annotation Type"}, false},
	fBody:       {"Body", []string{"Reccomending Body", "Recommending Body"}, false},
	fCountries:  {"Countries", []string{"Countries Concerned"}, false},
	fRegions:    {"Regions", []string{"Regions Concerned"}, false},
	fDocumentID: {"DocumentId", []string{"Document Id"}, true},
	fSymbol:     {"Symbol", []string{"Document Symbol"}, false},
	fDate:       {"PublicationDate", []string{"Document Publication Date", "Publication Date"}, true},
	fIndexed:    {"PublicationDateOnUhri", []string{"Date of publication on UHRI"}, true},
	fThemes:     {"Themes", nil, false},
	fAffected:   {"AffectedPersons", []string{"Affected Persons"}, false},
	fSDGs:       {"Sdgs", []string{"SDGs"}, false},
	fText:       {"Text", nil, false},
	fCycle:      {"UprCycle", []string{"UPR Cycle"}, true},
	fSessions:   {"UprSession", []string{"UPR Session"}, true},
	fPositions:  {"UprPositions", []string{"UPR Position", "UPR Positions"}, false},
	fRecStates:  {"UprRecommendingCountry", []string{"UPR Reccomending States", "UPR Recommending States"}, false},
	fRecRegions: {"UprRecommendingRegions", []string{"Recommending Regions", "UPR Recommending Regions"}, false},
}

// fieldNames maps folded keys and headers (see foldHeader) to fields. Both
// forms are accepted in both exports, so that a CSV made from the JSON
// export reads too.
var fieldNames = func() map[string]field {
	m := map[string]field{}
	for f, info := range fields {
		m[foldHeader(info.key)] = field(f)
		for _, h := range info.headers {
			m[foldHeader(h)] = field(f)
		}
	}
	return m
}()

// fieldKeys maps the keys of the JSON export, as written, to fields.
var fieldKeys = func() map[string]field {
	m := map[string]field{}
	for f, info := range fields {
		m[info.key] = field(f)
	}
	return m
}()

// lookupField returns the field a JSON key or CSV header names.
func lookupField(name string) (field, bool) {
	if f, ok := fieldKeys[name]; ok {
		return f, true
	}
	f, ok := fieldNames[foldHeader(name)]
	return f, ok
}

// foldHeader reduces a key or header to lower-case letters and digits, so
// that "AnnotationId", "Annotation Id" and "annotation_id" meet.
func foldHeader(s string) string {
	s = strings.TrimPrefix(s, "\ufeff")
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteByte(c)
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case c >= 0x80:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// rawRecord is a record as the export gives it, before normalisation.
type rawRecord struct {
	loc      Location
	vals     [numFields][]string
	one      [numFields]string // backing for fields with one value
	set      [numFields]bool
	names    [numFields]string // the key or header as written, for pointers
	fieldCol [numFields]int    // the column of each field in a spreadsheet, from 1
	pos      [numFields][2]int // the line and column of each field in a CSV export
	warnings []Warning
	skip     string // the code of the warning that skips the record
}

// name returns the key or header the record used for f, or the JSON key.
func (r *rawRecord) name(f field) string {
	if r.names[f] != "" {
		return r.names[f]
	}
	return fields[f].key
}
