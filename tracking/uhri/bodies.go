package uhri

import (
	"strings"
	"sync"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Body is the mechanism a record comes from, as the tracking model writes
// it in Source.Family and Source.Body.
type Body struct {
	// Family is the family of mechanisms.
	Family tracking.MechanismFamily `json:"family"`
	// Code is the body: a treaty-body committee code as tracking.TreatyBody
	// writes it ("CEDAW", "CRC-OP-AC"), "UPR", a regional body's code
	// ("IACHR"), or a special procedure's mandate as the export names it.
	Code string `json:"code"`
}

// check reports a body that the tracking model would not accept, as the
// alias name of Options.BodyAliases at the pointer at: the problem, and
// whether there is one.
func (b Body) check(at, name string) (schema.Problem, bool) {
	switch {
	case !b.Family.Valid():
		return problem(at, CodeOptions, "bodyAliasFamily", schema.Args{"name": name, "value": string(b.Family)}), true
	case b.Family == tracking.MechanismFamilyTreatyBody && !tracking.TreatyBody(b.Code).Valid():
		return problem(at, CodeOptions, "bodyAliasCode", schema.Args{"name": name, "value": b.Code}), true
	case b.Code == "" && b.Family != tracking.MechanismFamilyOther:
		return problem(at, CodeOptions, "bodyAliasNoCode", schema.Args{"name": name, "family": string(b.Family)}), true
	}
	return schema.Problem{}, false
}

// uprBody is the body of Universal Periodic Review recommendations.
var uprBody = Body{Family: tracking.MechanismFamilyUPR, Code: "UPR"}

// bodyAliases are the names of bodies besides their codes and the titles
// of the codelists.
var bodyAliases = map[string]Body{
	"Universal Periodic Review":                        uprBody,
	"UPR Working Group":                                uprBody,
	"Working Group on the Universal Periodic Review":   uprBody,
	"Human Rights Council - Universal Periodic Review": uprBody,
	"HR Committee":                                     {tracking.MechanismFamilyTreatyBody, "CCPR"},
	"CCPR Committee":                                   {tracking.MechanismFamilyTreatyBody, "CCPR"},
	"Committee on the Rights of Migrant Workers":       {tracking.MechanismFamilyTreatyBody, "CMW"},
	"Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families": {tracking.MechanismFamilyTreatyBody, "CMW"},
	"OPAC":     {tracking.MechanismFamilyTreatyBody, "CRC-OP-AC"},
	"CRC-OPAC": {tracking.MechanismFamilyTreatyBody, "CRC-OP-AC"},
	"OPSC":     {tracking.MechanismFamilyTreatyBody, "CRC-OP-SC"},
	"CRC-OPSC": {tracking.MechanismFamilyTreatyBody, "CRC-OP-SC"},
	"Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment": {tracking.MechanismFamilyTreatyBody, "SPT"},
	"Inter-American Commission":                  {tracking.MechanismFamilyRegional, "IACHR"},
	"Inter-American Court":                       {tracking.MechanismFamilyRegional, "IACtHR"},
	"African Commission":                         {tracking.MechanismFamilyRegional, "ACHPR"},
	"European Court":                             {tracking.MechanismFamilyRegional, "ECtHR"},
	"European Committee of Social Rights (ECSR)": {tracking.MechanismFamilyRegional, "ECSR"},
}

// treatyNames are acronyms of treaties (folded as foldBody folds) that an
// export may put where a body belongs. A treaty is not its committee, so the
// importer does not map them; the warning names the committee.
var treatyNames = map[string]string{
	"iccpr": "CCPR", "icescr": "CESCR", "icerd": "CERD", "icrmw": "CMW", "icmw": "CMW",
	"cped": "CED", "icpped": "CED", "opcat": "SPT",
}

// spPrefixes start the names of special procedures' mandates.
var spPrefixes = []string{
	"special rapporteur", "sr on ", "sr ", "independent expert", "ie on ", "ie ",
	"working group on", "working group of", "wg on ", "wg ", "special representative",
	"special procedure", "special procedures", "wgad", "wgeid",
}

// bodyTable maps folded names (see foldBody) to bodies.
var bodyTable = sync.OnceValue(func() map[string]Body {
	m := map[string]Body{}
	for _, t := range tracking.TreatyBody("").Values() {
		b := Body{tracking.MechanismFamilyTreatyBody, string(t)}
		m[foldBody(string(t))] = b
		m[foldBody(t.Title())] = b
	}
	// The regional bodies are a codelist of the standard without a Go type.
	if codes, err := schema.Codelist("regional-body"); err == nil {
		for _, c := range codes {
			b := Body{tracking.MechanismFamilyRegional, c.Code}
			m[foldBody(c.Code)] = b
			m[foldBody(c.Title)] = b
		}
	}
	// So are the special procedures' mandates, with the spellings of the
	// exports.
	for _, e := range codelistWithAliases("special-procedure") {
		b := Body{tracking.MechanismFamilySpecialProcedure, e.code}
		m[foldBody(e.code)] = b
		for _, n := range e.names {
			m[foldBody(n)] = b
		}
	}
	m[foldBody("UPR")] = uprBody
	for name, b := range bodyAliases {
		m[foldBody(name)] = b
	}
	return m
})

// LookupBody returns the mechanism of a body named as the UHRI names it: a
// treaty-body committee code or name ("CEDAW", "CRC-OP-AC", "Committee
// against Torture"), "UPR", a regional body's code or name, or the mandate
// of a special procedure ("Special Rapporteur on the right to food", "SR on
// torture", "Working Group on Arbitrary Detention"): a mandate of the
// codelist special-procedure gets its code ("sr_food"), and another the
// name as written, with its spacing tidied (see MandateKnown). Matching ignores case,
// spacing and punctuation. The second result is false for a name it does
// not know; it never guesses.
func LookupBody(name string) (Body, bool) {
	name = collapseSpace(strings.TrimSpace(name))
	if b, ok := bodyTable()[foldBody(name)]; ok {
		return b, true
	}
	if isSpecialProcedure(name) {
		return Body{tracking.MechanismFamilySpecialProcedure, name}, true
	}
	return Body{}, false
}

// MandateKnown reports whether code is a code of the codelist
// special-procedure, as LookupBody gives the body of a mandate it knows.
func MandateKnown(code string) bool {
	b, ok := bodyTable()[foldBody(code)]
	return ok && b.Family == tracking.MechanismFamilySpecialProcedure && b.Code == code
}

func isSpecialProcedure(name string) bool {
	lower := strings.ToLower(name)
	for _, p := range spPrefixes {
		if strings.HasPrefix(lower, p) || lower == strings.TrimSpace(p) {
			return true
		}
	}
	return false
}

// foldBody reduces a body's name to a key: lower-case letters and digits
// only, so that "CRC-OP-AC", "CRC OP AC" and "crc_op_ac" meet.
func foldBody(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + ('a' - 'A'))
		case r >= 0x80:
			b.WriteString(strings.ToLower(string(r)))
		}
	}
	return b.String()
}

// bodyFromSymbol reads the committee from a treaty-body document symbol
// ("CEDAW/C/IRQ/CO/8" → CEDAW, "CRC/C/OPAC/…" → CRC-OP-AC).
func bodyFromSymbol(symbol string) (Body, bool) {
	parts := strings.Split(strings.ToUpper(strings.TrimSpace(symbol)), "/")
	if len(parts) < 2 {
		return Body{}, false
	}
	code := parts[0]
	if code == "CRC" && len(parts) >= 3 {
		switch parts[2] {
		case "OPAC":
			code = "CRC-OP-AC"
		case "OPSC":
			code = "CRC-OP-SC"
		}
	}
	if code == "CAT" && len(parts) >= 2 && parts[1] == "OP" {
		code = "SPT"
	}
	if tracking.TreatyBody(code).Valid() {
		return Body{tracking.MechanismFamilyTreatyBody, code}, true
	}
	return Body{}, false
}

// collapseSpace replaces each run of white space with one space.
func collapseSpace(s string) string {
	if !strings.ContainsAny(s, "\t\n\r\v\f\u00a0") && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}
