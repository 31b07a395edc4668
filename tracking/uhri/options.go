package uhri

import (
	"fmt"
	"slices"
	"strings"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Format is the form of a UHRI export.
type Format string

// The forms of a UHRI export.
const (
	// JSON is the JSON export: one array of records.
	JSON Format = "json"
	// CSV is the spreadsheet export saved as CSV, with a header row.
	CSV Format = "csv"
	// XLSX is the spreadsheet export as UHRI's "Export to Excel" gives it:
	// an Excel workbook whose first sheet holds a header row and a row per
	// record. Since version 1.1 of the Go API.
	XLSX Format = "xlsx"
)

// Values returns every Format.
func (Format) Values() []Format { return []Format{JSON, CSV, XLSX} }

// Valid reports whether f is JSON, CSV or XLSX.
func (f Format) Valid() bool { return f == JSON || f == CSV || f == XLSX }

// String returns "json", "csv" or "xlsx".
func (f Format) String() string { return string(f) }

// MarshalText returns the format's name, or an error for an unknown one.
func (f Format) MarshalText() ([]byte, error) {
	if !f.Valid() {
		return nil, fmt.Errorf("uhri: %q is not a format; use \"json\", \"csv\" or \"xlsx\"", string(f))
	}
	return []byte(f), nil
}

// UnmarshalText reads "json", "csv" or "xlsx" and rejects anything else.
func (f *Format) UnmarshalText(text []byte) error {
	v := Format(text)
	if !v.Valid() {
		return fmt.Errorf("uhri: %q is not a format; use \"json\", \"csv\" or \"xlsx\"", text)
	}
	*f = v
	return nil
}

// Scheme names of the classification terms the importer makes.
const (
	// SchemeTheme is the scheme of UHRI themes.
	SchemeTheme = "uhri-theme"
	// SchemeAffectedPersons is the scheme of UHRI affected persons.
	SchemeAffectedPersons = "uhri-affected-persons"
	// IdentifierScheme is the scheme of the identifier that holds a
	// record's UHRI annotation ID.
	IdentifierScheme = "uhri"
	// DocumentIdentifierScheme is the scheme of the identifier that holds
	// the UHRI's ID of the document of a record (DocumentId, which the JSON
	// export alone carries). Since version 1.1 of the standard.
	DocumentIdentifierScheme = "uhri_document"
)

// Defaults of Options.
const (
	// DefaultMaxRecordBytes is the largest record read when
	// Options.MaxRecordBytes is zero: 1 MiB, far more than a record of
	// the export needs (a long concluding observation runs to a few
	// thousand bytes).
	DefaultMaxRecordBytes = 1 << 20
	// DefaultMaxWarnings is the number of warnings a Report lists when
	// Options.MaxWarnings is zero. Counts per code are always complete.
	DefaultMaxWarnings = 10000
)

// Options say how to read an export. The zero Options read an English
// export with no filter.
type Options struct {
	// Language is the language tag of the export's text, themes and
	// affected persons: "en" when empty. Exports in the other UN languages
	// set "fr", "es", "ar", "ru" or "zh".
	//
	// Themes and affected persons take the codes of the codelists
	// uhri-theme and uhri-affected-persons, which hold their labels in
	// the languages of the exports met so far, so that an export in
	// another language gives the same codes. A label the codelists do not
	// hold gets a code made from its words ("Droits de l’enfant" would
	// give droits_de_lenfant), which differs between languages: Import
	// adds an export's text to a recommendation in its language beside
	// the others, but keeps the recommendation's terms when they are
	// labelled in other languages only and the codes differ, and warns
	// with CodeTermLanguage. Country names and special procedures'
	// mandates are read in English; give the names of other languages in
	// CountryAliases and BodyAliases.
	Language string
	// TaxonomyVersion is written as the version of every theme and
	// affected-persons term, such as "2021" for the taxonomy the UHRI uses
	// since its labels changed. Empty leaves the version out.
	TaxonomyVersion string
	// ExportDate is the date the export was made, or, when that is not
	// known, today's date. A date of a record after it cannot be right (an
	// Excel serial number or a number misread as a date, a slip of the
	// keyboard): it is left out with the warning CodeDateImplausible, as is
	// a date before 1945. When zero, dates after 2099 are taken for
	// misreads.
	ExportDate tracking.PartialDate
	// Filter selects the records delivered; the others are counted as
	// filtered out.
	Filter Filter
	// CountryAliases adds names of countries to those the importer knows,
	// as name → ISO 3166-1 alpha-3 code. Names match as LookupCountry
	// matches them: without regard to case, accents, spacing or a trailing
	// asterisk.
	CountryAliases map[string]tracking.Country
	// BodyAliases adds names of bodies to those the importer knows, as
	// name → body. Names match without regard to case or spacing.
	BodyAliases map[string]Body
	// Comma is the field separator of a CSV export: ',' when zero. Exports
	// saved with some European settings use ';'.
	Comma rune
	// MaxRecordBytes bounds the size of one record (a JSON array element,
	// a CSV row, or the cells of an XLSX row), so that a broken export
	// cannot exhaust memory:
	// DefaultMaxRecordBytes when zero. A larger record stops the import
	// with an error.
	MaxRecordBytes int64
	// Progress, when set, is called as the export is read: after each
	// record, and, for an XLSX export, as its archive is read (which comes
	// first). It must be quick: it runs on the reading goroutine.
	Progress func(Progress)
	// Size is the size of the export in bytes, for Progress.Total, when
	// the io.Reader cannot tell it (an *os.File, a *bytes.Reader or a
	// *strings.Reader tell it themselves). Zero when not known.
	Size int64
	// TempDir is the folder where the reading of an XLSX export whose sheet
	// is larger than 16 MiB unzipped keeps the sheet while it streams, in
	// a file removed once the export is read or the Reader closed: the
	// system's temporary folder (os.TempDir) when empty.
	TempDir string
	// MaxWarnings bounds the number of warnings a Report lists:
	// DefaultMaxWarnings when zero, no bound when negative. Every
	// annotation still carries its own warnings.
	MaxWarnings int
}

// Progress says how far the reading of an export has come.
type Progress struct {
	// Records counts the records read so far.
	Records int
	// Bytes counts the bytes of the export read so far.
	Bytes int64
	// Total is the size of the export in bytes, or 0 when it is not
	// known.
	Total int64
}

// Filter selects records while the export streams. A record passes when it
// matches every criterion that is set; an empty criterion matches all.
type Filter struct {
	// States keeps the records about at least one of these States (the
	// "Countries" of the export).
	States []tracking.Country
	// Bodies keeps the records of these bodies, written as Source.Body is
	// ("CEDAW", "UPR", "IACHR", a special procedure's code "sr_food") or
	// as LookupBody reads them ("Special Rapporteur on the right to food"),
	// without regard to case.
	Bodies []string
	// Families keeps the records of these mechanism families.
	Families []tracking.MechanismFamily
	// From keeps the records published on or after this date.
	From tracking.PartialDate
	// To keeps the records published on or before this date. A record
	// without a publication date fails a filter on dates.
	To tracking.PartialDate
	// Kinds keeps recommendations, or concerns and observations.
	Kinds []tracking.RecommendationKind
}

// IsZero reports whether the filter lets every record through.
func (f Filter) IsZero() bool {
	return len(f.States) == 0 && len(f.Bodies) == 0 && len(f.Families) == 0 &&
		f.From.IsZero() && f.To.IsZero() && len(f.Kinds) == 0
}

// matches reports whether a passes the filter, and also concerns state
// when state is set.
func (f Filter) matches(a *Annotation, state tracking.Country) bool {
	if state != "" && !slices.Contains(a.States, state) {
		return false
	}
	if len(f.States) > 0 && !slices.ContainsFunc(a.States, func(c tracking.Country) bool { return slices.Contains(f.States, c) }) {
		return false
	}
	src := &a.Recommendation.Source
	if len(f.Bodies) > 0 && !slices.ContainsFunc(f.Bodies, func(b string) bool {
		if strings.EqualFold(b, src.Body) {
			return true
		}
		lb, ok := LookupBody(b)
		return ok && lb.Code == src.Body
	}) {
		return false
	}
	if len(f.Families) > 0 && !slices.Contains(f.Families, src.Family) {
		return false
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		d := src.Date
		if d.IsZero() {
			return false
		}
		if !f.From.IsZero() && d.Last().Before(f.From.First()) {
			return false
		}
		if !f.To.IsZero() && d.First().After(f.To.Last()) {
			return false
		}
	}
	if len(f.Kinds) > 0 && !slices.Contains(f.Kinds, a.Recommendation.Kind) {
		return false
	}
	return true
}

// Check reports what is wrong with the options, as NewReader does: nil,
// or an error holding a schema.Problems (see errors.As) with the code
// CodeOptions and a pointer to each option at fault, such as
// "/CountryAliases/Atlantis" or "/Filter/States/0", sorted. Nil options
// are checked as the zero Options, which NewReader would use.
func (o *Options) Check() error {
	if o == nil {
		o = &Options{}
	}
	var ps schema.Problems
	if o.Language != "" && !tracking.ValidLanguageTag(o.Language) {
		add(&ps, "/Language", CodeOptions, "language", schema.Args{"value": o.Language})
	}
	for name, c := range o.CountryAliases {
		at := schema.Pointer("CountryAliases", name)
		if !c.Valid() {
			add(&ps, at, CodeOptions, "countryAlias", schema.Args{"name": name, "value": string(c)})
		}
		if foldName(name) == "" {
			add(&ps, at, CodeOptions, "countryAliasName", schema.Args{"name": name})
		}
	}
	for name, b := range o.BodyAliases {
		at := schema.Pointer("BodyAliases", name)
		if p, bad := b.check(at, name); bad {
			ps = append(ps, p)
		}
		if foldBody(name) == "" {
			add(&ps, at, CodeOptions, "bodyAliasName", schema.Args{"name": name})
		}
	}
	if o.Comma != 0 && (o.Comma == '"' || o.Comma == '\r' || o.Comma == '\n' || o.Comma == 0xFFFD) {
		add(&ps, "/Comma", CodeOptions, "comma", schema.Args{"value": string(o.Comma)})
	}
	if !o.ExportDate.Valid() {
		add(&ps, "/ExportDate", CodeOptions, "exportDate", nil)
	} else if !o.ExportDate.IsZero() && o.ExportDate.Last().Before(earliestDate) {
		add(&ps, "/ExportDate", CodeOptions, "exportDateEarly", schema.Args{"value": o.ExportDate.String()})
	}
	if o.Size < 0 {
		add(&ps, "/Size", CodeOptions, "size", nil)
	}
	if o.MaxRecordBytes < 0 {
		add(&ps, "/MaxRecordBytes", CodeOptions, "maxRecordBytes", nil)
	}
	for i, s := range o.Filter.States {
		if !s.Valid() {
			add(&ps, schema.Pointer("Filter", "States", i), CodeOptions, "state", schema.Args{"value": string(s)})
		}
	}
	for i, f := range o.Filter.Families {
		if !f.Valid() {
			add(&ps, schema.Pointer("Filter", "Families", i), CodeOptions, "family", schema.Args{"value": string(f)})
		}
	}
	for i, k := range o.Filter.Kinds {
		if !k.Valid() {
			add(&ps, schema.Pointer("Filter", "Kinds", i), CodeOptions, "kind", schema.Args{"value": string(k)})
		}
	}
	switch {
	case !o.Filter.From.Valid():
		add(&ps, "/Filter/From", CodeOptions, "from", nil)
	case !o.Filter.To.Valid():
		add(&ps, "/Filter/To", CodeOptions, "to", nil)
	case !o.Filter.From.IsZero() && !o.Filter.To.IsZero() && o.Filter.To.Before(o.Filter.From):
		add(&ps, "/Filter/To", CodeOptions, "toBeforeFrom", schema.Args{"to": o.Filter.To.String(), "from": o.Filter.From.String()})
	}
	if len(ps) > 0 {
		return failAll("invalid options", ps)
	}
	return nil
}
