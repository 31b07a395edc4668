// Command enumgen writes the typed enumerations of packages tracking and
// maturity from the codelists of package schema, so that the Go constants
// and the published codelists cannot drift apart.
//
// Usage (from the package directory, through go generate):
//
//	go run ../internal/cmd/enumgen -pkg tracking -codelists ../schema/codelists -o enums_gen.go
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"log"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/nmirf/nmirf/schema"
)

// enum describes one Go type generated from one codelist.
type enum struct {
	file     string // codelist name
	typ      string // Go type name
	doc      string // doc comment body after "<Type> is"
	byTitle  bool   // name the constants after the titles, not the codes
	noConsts bool   // too many codes for constants (countries, SDG targets)
	// names gives the tails of constant names that the codes would make
	// clumsy, by code.
	names map[string]string
}

// packages lists, for each package, the enumerations it gets.
var packages = map[string][]enum{"tracking": trackingEnums, "maturity": maturityEnums}

var maturityEnums = []enum{
	{file: "maturity-level", typ: "Level", doc: "a maturity level of a criterion, a dimension or a mechanism, from LevelAbsent (rank 0) to LevelAdvanced (rank 4). The empty Level means \"no level\": a criterion not answered, or a figure that could not be computed."},
	{file: "consolidation-method", typ: "Method", doc: "how the answers of several respondents to one criterion consolidate into one level."},
	{file: "maturity-confidence", typ: "Confidence", doc: "how far the evidence bears out a criterion's level."},
	{file: "criterion-status", typ: "Status", doc: "how a criterion stands in a result."},
	{file: "constituency", typ: "Constituency", doc: "for whom a respondent to a self-assessment speaks. The government's answers make the State's claim; the others' answers are independent views, shown beside it and never consolidated into it."},
	{file: "fact-scope", typ: "Scope", doc: "which recommendations the facts of plan, action and indicator coverage count."},
	{file: "maturity-fact", typ: "Fact", doc: "a measure that ComputeFacts derives from a tracking dataset. Shares run from 0 to 1; flags are 0 or 1; counts are whole numbers. The codelist's descriptions say exactly how each is counted.",
		names: map[string]string{"consultations_nhri_12m": "ConsultationsNHRI", "consultations_civil_society_12m": "ConsultationsCivilSociety", "open_sessions_12m": "OpenSessions"}},
}

var trackingEnums = []enum{
	{file: "mechanism-family", typ: "MechanismFamily", doc: "the family of human rights mechanisms a recommendation comes from."},
	{file: "treaty-body", typ: "TreatyBody", doc: "the code of a UN treaty body (a committee, not its treaty), as the Universal Human Rights Index writes it."},
	{file: "position", typ: "Position", doc: "the position a State takes on a UPR recommendation. Treaty-body and special-procedure recommendations carry none."},
	{file: "implementation-status", typ: "ImplementationStatus", doc: "how far a recommendation has been implemented, as an assessment finds at a date."},
	{file: "action-status", typ: "ActionStatus", doc: "the state of an action of the follow-up plan."},
	{file: "indicator-type", typ: "IndicatorType", doc: "the kind of an indicator in OHCHR's structural, process and outcome typology (HRI/MC/2008/3)."},
	{file: "obligation-kind", typ: "ObligationKind", doc: "the kind of a report the State owes to a human rights mechanism."},
	{file: "grade", typ: "Grade", doc: "a treaty body's grade of a State's follow-up reply: A to E, with the B1, B2, C1 and C2 of earlier scales."},
	{file: "mechanism-type", typ: "MechanismType", doc: "the institutional type of a national mechanism (OHCHR Practical Guide, 2016)."},
	{file: "language", typ: "Language", byTitle: true, doc: "one of the six official languages of the United Nations, as an ISO 639-1 code."},
	{file: "legal-instrument-kind", typ: "InstrumentKind", doc: "the kind of legal instrument that establishes a mechanism."},
	{file: "mandate-function", typ: "MandateFunction", doc: "a function in the mandate of a national mechanism."},
	{file: "chair-level", typ: "ChairLevel", doc: "the level of the office that chairs a national mechanism."},
	{file: "branch", typ: "Branch", doc: "the branch or part of the State an entity belongs to."},
	{file: "entity-kind", typ: "EntityKind", doc: "the kind of an entity: a ministry, an agency, a court, the national human rights institution, and so on."},
	{file: "frequency", typ: "Frequency", doc: "how often something recurs: meetings of the mechanism, consultations, or the reporting schedule of an indicator."},
	{file: "focal-point-role", typ: "FocalPointRole", doc: "the role of a focal point: main, alternate or validating authority."},
	{file: "stakeholder", typ: "Stakeholder", doc: "a group the mechanism consults or that takes part in a consultation."},
	{file: "consultation-format", typ: "ConsultationFormat", doc: "the format of a consultation."},
	{file: "assessment-source", typ: "AssessmentSource", doc: "who made an implementation assessment."},
	{file: "link-origin", typ: "LinkOrigin", doc: "who or what made a link, such as a link from a recommendation to an SDG target."},
	{file: "recommendation-kind", typ: "RecommendationKind", doc: "whether a record is a recommendation or a concern or observation (UHRI annotation types)."},
	{file: "recommendation-status", typ: "RecommendationStatus", doc: "the status of a recommendation in the mechanism's work: active, closed, or superseded by a later recommendation. The empty RecommendationStatus means active."},
	{file: "relation-type", typ: "RelationType", doc: "how one recommendation relates to another."},
	{file: "priority", typ: "Priority", doc: "the priority the mechanism gives to a cluster or an action."},
	{file: "member-role", typ: "MemberRole", doc: "the role of an entity in the mechanism."},
	{file: "tracking-tool-kind", typ: "TrackingToolKind", doc: "the kind of tool a mechanism uses to track recommendations."},
	{file: "date-precision", typ: "Precision", doc: "how much of a PartialDate is known. The zero Precision, PrecisionNone, is that of the zero date."},
	{file: "record-kind", typ: "RecordKind", doc: "the kind of a record in a dataset."},
	{file: "due-state", typ: "DueState", doc: "where an unsubmitted report stands against its deadline."},
	{file: "country", typ: "Country", noConsts: true, doc: "an ISO 3166-1 alpha-3 code, such as \"PRY\". Names change (Türkiye, Czechia, Eswatini); codes are stable, so the standard stores codes only."},
	{file: "sdg-goal", typ: "SDGGoal", noConsts: true, doc: "the number of one of the 17 Sustainable Development Goals, \"1\" to \"17\"."},
	{file: "sdg-target", typ: "SDGTarget", noConsts: true, doc: "the code of one of the 169 SDG targets, such as \"16.3\" or \"1.a\"."},
}

func main() {
	pkg := flag.String("pkg", "tracking", "the package to write: tracking or maturity")
	dir := flag.String("codelists", "../schema/codelists", "folder of the codelist CSV files")
	out := flag.String("o", "enums_gen.go", "file to write")
	flag.Parse()
	enums, ok := packages[*pkg]
	if !ok {
		log.Fatalf("no enumerations for package %q", *pkg)
	}

	var b bytes.Buffer
	fmt.Fprintf(&b, header, *pkg)
	if *pkg == "tracking" {
		b.WriteString("// enumValidators check a code by the type of its enumeration, without\n// converting it to an interface (the field rules run on every record).\nvar enumValidators = map[reflect.Type]func(string) bool{\n")
		for _, e := range enums {
			fmt.Fprintf(&b, "reflect.TypeFor[%[1]s](): func(s string) bool { return %[1]s(s).Valid() },\n", e.typ)
		}
		b.WriteString("}\n\n")
	}
	b.WriteString("// enumCodelists names the codelist of each enumeration, for the messages\n// of the field rules (a suggestion needs the codelist).\nvar enumCodelists = map[reflect.Type]string{\n")
	for _, e := range enums {
		fmt.Fprintf(&b, "reflect.TypeFor[%s](): %q,\n", e.typ, e.file)
	}
	b.WriteString("}\n\n")
	for _, e := range enums {
		f, err := os.Open(filepath.Join(*dir, e.file+".csv"))
		if err != nil {
			log.Fatal(err)
		}
		codes, err := schema.ReadCodelist(f)
		f.Close()
		if err != nil {
			log.Fatalf("%s: %v", e.file, err)
		}
		if err := write(&b, e, codes); err != nil {
			log.Fatalf("%s: %v", e.file, err)
		}
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		log.Fatalf("format: %v\n%s", err, b.Bytes())
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		log.Fatal(err)
	}
}

// header starts the generated file: the package clause, the imports and the
// two helpers every enumeration uses.
const header = `// Code generated by internal/cmd/enumgen from schema/codelists; DO NOT EDIT.

package %[1]s

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/nmirf/nmirf/schema"
)

// marshalEnum returns the code of a valid enumeration value.
func marshalEnum[T ~string](v T, valid bool) ([]byte, error) {
	if !valid {
		return nil, fmt.Errorf("%[1]s: %%q is not a valid %%s", string(v), reflect.TypeFor[T]().Name())
	}
	return []byte(v), nil
}

// unmarshalEnum sets *v to text when text is a code of the codelist.
func unmarshalEnum[T ~string](v *T, text []byte, titles map[T]string) error {
	if _, ok := titles[T(text)]; !ok {
		return fmt.Errorf("%[1]s: %%q is not a valid %%s", text, reflect.TypeFor[T]().Name())
	}
	*v = T(text)
	return nil
}

`

func write(b *bytes.Buffer, e enum, codes []schema.Code) error {
	lower := strings.ToLower(e.typ[:1]) + e.typ[1:]
	if strings.HasPrefix(e.typ, "SDG") {
		lower = "sdg" + e.typ[3:]
	}
	values := lower + "Values"
	fmt.Fprintf(b, "// %s is %s\n// Its values are the codelist %q of the standard.\ntype %s string\n\n", e.typ, e.doc, e.file, e.typ)
	names := make([]string, len(codes))
	if e.noConsts {
		fmt.Fprintf(b, "var %s = []%s{", values, e.typ)
		for i, c := range codes {
			if i%8 == 0 {
				b.WriteString("\n")
			}
			fmt.Fprintf(b, "%q, ", c.Code)
		}
		b.WriteString("\n}\n\n")
	} else {
		fmt.Fprintf(b, "// The values of %s, in codelist order.\nconst (\n", e.typ)
		seen := map[string]bool{}
		for i, c := range codes {
			src := c.Code
			if e.byTitle {
				src = c.Title
			}
			names[i] = e.typ + goName(src)
			if n, ok := e.names[c.Code]; ok {
				names[i] = e.typ + n
			}
			if seen[names[i]] {
				return fmt.Errorf("two codes give the constant %s", names[i])
			}
			seen[names[i]] = true
			fmt.Fprintf(b, "\t// %s is the code for %s\n\t%s %s = %q\n", names[i], sentence(c), names[i], e.typ, c.Code)
		}
		b.WriteString(")\n\n")
		fmt.Fprintf(b, "var %s = []%s{%s}\n\n", values, e.typ, strings.Join(names, ", "))
	}
	fmt.Fprintf(b, "var %sTitles = map[%s]string{\n", lower, e.typ)
	for _, c := range codes {
		fmt.Fprintf(b, "%q: %q,\n", c.Code, c.Title)
	}
	b.WriteString("}\n\n")
	v := strings.ToLower(e.typ[:1])
	fmt.Fprintf(b, `// Values returns every %[1]s, in codelist order.
func (%[1]s) Values() []%[1]s { return slices.Clone(%[2]s) }

// Valid reports whether %[3]s is a code of the codelist.
func (%[3]s %[1]s) Valid() bool { _, ok := %[4]sTitles[%[3]s]; return ok }

// String returns the code.
func (%[3]s %[1]s) String() string { return string(%[3]s) }

// Title returns the English title of the code, or "" for an unknown code.
func (%[3]s %[1]s) Title() string { return %[4]sTitles[%[3]s] }

// TitleIn returns the title of the code in the first of the languages langs
// that the standard gives it in ("es-419" falling back to "es"), else in
// English; "" for an unknown code. See schema.CodeTitle.
func (%[3]s %[1]s) TitleIn(langs ...string) string { return schema.CodeTitle(%[5]q, string(%[3]s), langs...) }

// MarshalText returns the code, or an error for a code outside the codelist.
func (%[3]s %[1]s) MarshalText() ([]byte, error) { return marshalEnum(%[3]s, %[3]s.Valid()) }

// UnmarshalText accepts a code of the codelist and rejects anything else.
func (%[3]s *%[1]s) UnmarshalText(text []byte) error { return unmarshalEnum(%[3]s, text, %[4]sTitles) }

`, e.typ, values, v, lower, e.file)
	return nil
}

func sentence(c schema.Code) string {
	s := "“" + c.Title + "”"
	if c.Description != "" {
		s += ": " + c.Description
	} else {
		s += "."
	}
	return s
}

// initialisms are written in capitals in Go names.
var initialisms = map[string]string{"upr": "UPR", "uhri": "UHRI", "nhri": "NHRI", "un": "UN", "nrtd": "NRTD", "oss": "OSS", "sdg": "SDG", "smart": "SMART"}

// goName turns a code or title into the tail of an exported Go name:
// "supported_in_part" → "SupportedInPart", "CRC-OP-AC" → "CRCOPAC".
func goName(s string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if up, ok := initialisms[part]; ok {
			b.WriteString(up)
			continue
		}
		rs := []rune(part)
		rs[0] = unicode.ToUpper(rs[0])
		b.WriteString(string(rs))
	}
	return b.String()
}
