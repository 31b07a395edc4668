package uhri

import (
	"slices"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/tracking"
)

func TestSplitValues(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{nil, nil},
		{[]string{""}, nil},
		{[]string{"Children"}, []string{"Children"}},
		{[]string{"- Children"}, []string{"Children"}},
		{[]string{"- Children\n- Women & girls"}, []string{"Children", "Women & girls"}},
		{[]string{"- Children\r\n- Youth\r- Migrants"}, []string{"Children", "Youth", "Migrants"}},
		{[]string{"  - Children  ", "-", "", "• Youth", "– Minorities"}, []string{"Children", "Youth", "Minorities"}},
		{[]string{"Czechia\n\n\nTürkiye"}, []string{"Czechia", "Türkiye"}},
		// A hyphen inside a value stays.
		{[]string{"Follow-up to recommendations", "16.3 - Promote the rule of law"}, []string{"Follow-up to recommendations", "16.3 - Promote the rule of law"}},
	}
	for _, tt := range tests {
		if got := splitValues(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitValues(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct {
		in, want string
		removed  []string // what was removed that is not plainly markup
	}{
		{"  Ratify the protocol.  ", "Ratify the protocol.", nil},
		{"<p>Ratify&nbsp;the <b>protocol</b>.</p>", "Ratify\u00a0the protocol.", nil},
		{"<p>First.</p><p>Second.</p>", "First.\nSecond.", nil},
		{"One<br>two<BR/>three<br />four", "One\ntwo\nthree\nfour", nil},
		{"<ul><li>(a) one;</li><li>(b) two.</li></ul>", "(a) one;\n(b) two.", nil},
		{"Women &amp; girls &#8217; &quot;quoted&quot; &lt;b&gt;", "Women & girls ’ \"quoted\" <b>", nil},
		{"a < b and c > d", "a < b and c > d", nil},
		{"x <3 y", "x <3 y", nil},
		{"<!-- a comment -->Text", "Text", nil},
		// The text within a line stays as published.
		{"Tabs\tand   spaces\u00a0\u00a0here", "Tabs\tand   spaces\u00a0\u00a0here", nil},
		{" \u00a0 Trimmed  \t\r\n\u200b", "Trimmed", nil},
		{"Line one\r\n\r\n   \nLine two", "Line one\nLine two", nil},
		{"تحث اللجنة الدولة الطرف", "تحث اللجنة الدولة الطرف", nil},
		{"<span style=\"x\">styled</span> text", "styled text", nil},
		{"&amp;amp; stays decoded once", "&amp; stays decoded once", nil},
		// Only markup goes: an unterminated comment and words in angle
		// brackets are text.
		{"<!-- unterminated", "<!-- unterminated", nil},
		{"Keep <!-- this open comment and the rest.", "Keep <!-- this open comment and the rest.", nil},
		{"Ratify <the Convention> on the Rights of the Child.", "Ratify <the Convention> on the Rights of the Child.", nil},
		{"x <b and y> z", "x <b and y> z", nil},
		{"See <CRC/C/15> and <word>.", "See <CRC/C/15> and <word>.", nil},
		{"<p unclosed tag", "<p unclosed tag", nil},
		{"<a title=\"unclosed>quote\" rest", "<a title=\"unclosed>quote\" rest", nil},
		// Well-formed tags of known elements, with attributes, go.
		{"<a href=\"https://example.org/x?a=1&amp;b=2\" title='a > b'>link</a> text", "link text", nil},
		{"<td nowrap colspan=2>cell</td>", "cell", nil},
		{"<P CLASS=\"MsoNormal\">Upper case<o:p></o:p></P>", "Upper case", nil},
		{"<!DOCTYPE html><html><body>Body</body></html>", "Body", nil},
		{"<?xml version=\"1.0\"?>Text", "Text", nil},
		{"<![if !supportLists]>(a)<![endif]> Item", "(a) Item", nil},
		{"<![CDATA[kept]]>", "<![CDATA[kept]]>", nil},
		// Tags of unknown elements go too, when their attributes show them
		// to be markup, and are reported.
		{"In <st1:place w:st=\"on\">Geneva</st1:place> today", "In Geneva today", []string{`<st1:place w:st="on">`, "</st1:place>"}},
		{"<x-note data-id=\"7\">noted</x-note> and </y-note>", "noted and </y-note>", []string{`<x-note data-id="7">`, "</x-note>"}},
	}
	for _, tt := range tests {
		got, removed := cleanText(tt.in)
		if got != tt.want || !slices.Equal(removed, tt.removed) {
			t.Errorf("cleanText(%q) = %q, removed %q; want %q, removed %q", tt.in, got, removed, tt.want, tt.removed)
		}
	}
}

// TestTextMarkupWarning checks that a record whose text lost tags of
// unknown elements says so.
func TestTextMarkupWarning(t *testing.T) {
	export := `[{"AnnotationId": "a0000000-0000-4000-8000-000000000099", "Body": "CRC", "Text": "Meet in <st1:place w:st=\"on\">Geneva</st1:place>."}]`
	as, _ := readString(t, export, JSON, Options{})
	checkDiff(t, "text ", as[0].Recommendation.Text, en("Meet in Geneva."))
	checkDiff(t, "warnings ", codes(as[0].Warnings), []string{CodeTextMarkup})
	if len(as[0].Warnings) == 0 {
		return
	}
	if w := as[0].Warnings[0]; w.Pointer != "/0/Text" || !strings.Contains(w.Message, `<st1:place w:st="on">`) {
		t.Errorf("warning %v", w)
	}
}

func TestSplitSection(t *testing.T) {
	tests := []struct{ in, section, rest string }{
		{"Domestic application of the Covenant\n7. Reiterating its previous recommendation", "Domestic application of the Covenant", "7. Reiterating its previous recommendation"},
		{"C. Principal subjects of concern\nNational human rights institution\n12.The Committee recommends", "C. Principal subjects of concern\nNational human rights institution", "12.The Committee recommends"},
		// No heading: a sentence before the number, no number, a number
		// first, too many lines.
		{"The Committee notes the following.\n7. Reiterating", "", "The Committee notes the following.\n7. Reiterating"},
		{"The Committee recommends:\n(a) Adopt", "", "The Committee recommends:\n(a) Adopt"},
		{"Heading\nNo number follows", "", "Heading\nNo number follows"},
		{"7. Text\n8. More", "", "7. Text\n8. More"},
		{"A\nB\nC\nD\n7. Text", "", "A\nB\nC\nD\n7. Text"},
		{"Heading\n1.5 million people", "", "Heading\n1.5 million people"},
	}
	for _, tt := range tests {
		section, rest := splitSection(tt.in)
		if section != tt.section || rest != tt.rest {
			t.Errorf("splitSection(%q) = %q, %q; want %q, %q", tt.in, section, rest, tt.section, tt.rest)
		}
	}
}

func TestSplitParagraph(t *testing.T) {
	tests := []struct{ in, para, rest string }{
		{"140.7 Ratify the protocol.", "140.7", "Ratify the protocol."},
		{"140.7. Ratify the protocol.", "140.7", "Ratify the protocol."},
		{"49. The Committee recommends", "49", "The Committee recommends"},
		{"12. (a) Adopt a law", "12", "(a) Adopt a law"},
		{"5. “Quoted” start", "5", "“Quoted” start"},
		{"22. تحث اللجنة", "22", "تحث اللجنة"},
		{"1.5 million children", "", "1.5 million children"},
		{"2030 Agenda for Sustainable Development", "", "2030 Agenda for Sustainable Development"},
		{"49 The Committee", "", "49 The Committee"},
		{"12345. Too long a number", "", "12345. Too long a number"},
		{"140.7", "", "140.7"},
		{"140.7 ", "", "140.7 "},
		{"Ratify 140.7", "", "Ratify 140.7"},
		{"", "", ""},
		{"7.a Letters are not numbers", "", "7.a Letters are not numbers"},
		// The number run into the text.
		{"3.The Committee welcomes", "3", "The Committee welcomes"},
		{"140.7.Ratify", "140.7", "Ratify"},
		{"3.the lower case", "", "3.the lower case"},
		{"3.(a) no space", "", "3.(a) no space"},
		{"12.\u00a0After a no-break space", "12", "After a no-break space"},
		{"4.  Two  spaces  stay", "4", "Two  spaces  stay"},
	}
	for _, tt := range tests {
		para, rest := splitParagraph(tt.in)
		if para != tt.para || rest != tt.rest {
			t.Errorf("splitParagraph(%q) = %q, %q; want %q, %q", tt.in, para, rest, tt.para, tt.rest)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		code string
	}{
		{"", "", ""},
		{"2023-03-14", "2023-03-14", ""},
		{"2023-03-14T00:00:00", "2023-03-14", ""},
		{"2023-03-14T00:00:00Z", "2023-03-14", ""},
		{"2023-03-14 10:30:00", "2023-03-14", ""},
		{"2023-03", "2023-03", ""},
		{"2023", "2023", ""},
		{"45000", "2023-03-15", ""},    // Excel serial
		{"45000.75", "2023-03-15", ""}, // with a time of day
		{"36526", "2000-01-01", ""},
		{"60", "", CodeDateInvalid}, // too short to be a serial
		{"14/03/2023", "2023-03-14", ""},
		{"3/14/2023", "2023-03-14", ""},
		{"14.03.2023", "2023-03-14", ""},
		{"05/05/2023", "2023-05-05", ""},
		{"03/04/2023", "", CodeDateAmbiguous},
		{"31/02/2023", "", CodeDateInvalid},
		{"2023-02-30", "", CodeDateInvalid},
		{"2023-13-01T00:00:00", "", CodeDateInvalid},
		{"next year", "", CodeDateInvalid},
		{"14/03/23", "", CodeDateInvalid},
	}
	for _, tt := range tests {
		got, code, _ := parseDate(tt.in)
		if got.String() != tt.want || code != tt.code {
			t.Errorf("parseDate(%q) = %q, %q; want %q, %q", tt.in, got, code, tt.want, tt.code)
		}
	}
}

// TestPlausibleDates checks that a date outside the range a record's dates
// can have is left out with a warning, rather than taken as read.
func TestPlausibleDates(t *testing.T) {
	tests := []struct {
		key, value string
		exported   string // Options.ExportDate
		want       string
		code       string
	}{
		{"PublicationDate", `"45000"`, "", "2023-03-15", ""},
		{"PublicationDate", `"99999"`, "", "", CodeDateImplausible}, // 2173
		{"PublicationDate", `99999`, "2026-06-30", "", CodeDateImplausible},
		{"PublicationDate", `"10000"`, "", "", CodeDateImplausible}, // 1927
		{"PublicationDate", `"1900"`, "", "", CodeDateImplausible},
		{"PublicationDate", `"1945"`, "", "1945", ""},
		{"PublicationDate", `"2026-07-01"`, "2026-06-30", "", CodeDateImplausible},
		{"PublicationDate", `"2026-07-01"`, "2026", "2026-07-01", ""},
		{"PublicationDate", `"2026-06"`, "2026-06-30", "2026-06", ""},
		{"PublicationDate", `"2099-12-31"`, "", "2099-12-31", ""},
		{"PublicationDate", `"2100-01-01"`, "", "", CodeDateImplausible},
		{"PublicationDateOnUhri", `"99999"`, "2026-06-30", "", CodeDateImplausible},
	}
	for _, tt := range tests {
		opts := Options{}
		if tt.exported != "" {
			opts.ExportDate = date(tt.exported)
		}
		as, _ := readString(t, record("Body", `"CRC"`, tt.key, tt.value), JSON, opts)
		a := as[0]
		got := a.Recommendation.Source.Date
		if tt.key == "PublicationDateOnUhri" {
			got = a.Indexed
		}
		if got.String() != tt.want || !slices.Equal(codes(a.Warnings), compact(tt.code)) {
			t.Errorf("%s %s (export of %s): got %q %v, want %q %q", tt.key, tt.value, tt.exported, got, a.Warnings, tt.want, tt.code)
			continue
		}
		if tt.code != "" && a.Warnings[0].Pointer != "/0/"+tt.key {
			t.Errorf("%s %s: warning at %s", tt.key, tt.value, a.Warnings[0].Pointer)
		}
	}
}

func TestParseSDG(t *testing.T) {
	tests := []struct {
		in     string
		target tracking.SDGTarget
		goal   string
	}{
		{"16.3 - Promote the rule of law at the national and international levels", "16.3", ""},
		{"16.3", "16.3", ""},
		{"1.a - Ensure significant mobilization of resources", "1.a", ""},
		{"1.A - Upper-case letter", "1.a", ""},
		{"17.19 - Statistical capacity", "17.19", ""},
		{"8.10: Financial institutions", "8.10", ""},
		{"Target 16.9 - Legal identity", "16.9", ""},
		{"SDG 5.2", "5.2", ""},
		{"16 - Peace, justice and strong institutions", "", "16"},
		{"Goal 5", "", "5"},
		{"18.1 - An invented target", "", ""},
		{"1.9 - Not a target of goal 1", "", ""},
		{"16.3x - Trailing letters", "", ""},
		{"Peace and justice", "", ""},
		{"123.4", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		target, goal, ok := parseSDG(tt.in)
		if target != tt.target || goal != tt.goal || ok != (tt.target != "") {
			t.Errorf("parseSDG(%q) = %q, %q, %v; want %q, %q", tt.in, target, goal, ok, tt.target, tt.goal)
		}
	}
}

// TestSDGTargetsComplete checks that every target of the SDG framework is
// read from its label, against the reference list.
func TestSDGTargetsComplete(t *testing.T) {
	for _, target := range tracking.SDGTarget("").Values() {
		got, _, ok := parseSDG(string(target) + " - Some label")
		if !ok || got != target {
			t.Errorf("parseSDG(%q) = %q, %v", target, got, ok)
		}
	}
}

func TestTermCode(t *testing.T) {
	tests := []struct {
		scheme, label, code string
		known               bool
	}{
		{SchemeTheme, "Rights of the child", "rights_of_the_child", true},
		{SchemeTheme, "rights  of the CHILD", "rights_of_the_child", true},
		{SchemeTheme, "Women's rights", "womens_rights", true},
		{SchemeTheme, "Women’s rights", "womens_rights", true},
		{SchemeAffectedPersons, "Women & girls", "women_girls", true},
		{SchemeAffectedPersons, "Women and girls", "women_girls", true},
		{SchemeTheme, "Administration of justice & fair trial", "administration_of_justice_fair_trial", true},
		{SchemeAffectedPersons, "Lesbian, gay, bisexual, transgender and intersex persons", "lesbian_gay_bisexual_transgender_and_intersex_persons", true},
		{SchemeTheme, "Persons with disabilities: accessibility", "persons_with_disabilities_accessibility", true},
		// Labels in other languages, lettered codes and older spellings
		// are aliases of the current theme.
		{SchemeTheme, "Droits de l’enfant", "rights_of_the_child", true},
		{SchemeTheme, "Égalité et non-discrimination", "equality_non_discrimination", true},
		{SchemeTheme, "Equality & non-discrimination", "equality_non_discrimination", true},
		{SchemeTheme, "Equality and non-discrimination", "equality_non_discrimination", true},
		{SchemeTheme, "B31 Equality & non-discrimination", "equality_non_discrimination", true},
		{SchemeTheme, "A12 Acceptance of international norms", "acceptance_of_international_norms", true},
		{SchemeTheme, "Acceptance of international norms", "acceptance_of_international_norms", true},
		{SchemeTheme, "A41 Constitutional and legislative framework", "constitutional_and_legislative_framework", true},
		{SchemeTheme, "A41 Another wording of the same theme", "constitutional_and_legislative_framework", true},
		// An older theme with no single current one keeps its own code.
		{SchemeTheme, "D1 - Civil and political rights - general measures of implementation", "d1", true},
		// Labels the codelists do not hold.
		{SchemeTheme, "حقوق الطفل", "حقوق_الطفل", false},
		{SchemeTheme, "B5 Right to self-determination", "B5", false},
		{SchemeTheme, "Z9 Not an old code", "z9_not_an_old_code", false},
		{SchemeTheme, "A1", "a1", false},
		{SchemeTheme, "?!", "", false},
	}
	for _, tt := range tests {
		code, known := termCode(tt.scheme, tt.label)
		if code != tt.code || known != tt.known {
			t.Errorf("termCode(%s, %q) = %q, %v; want %q, %v", tt.scheme, tt.label, code, known, tt.code, tt.known)
		}
	}
}

// TestRecode checks that the codes earlier imports made become the
// codelist's, and that one theme under two codes becomes one term.
func TestRecode(t *testing.T) {
	ds := newDataset("")
	ds.Recommendations = []tracking.Recommendation{{Classifications: []tracking.Term{
		{Scheme: SchemeTheme, Code: "equality_amp_non_discrimination", Label: en("Equality &amp; non-discrimination")},
		{Scheme: SchemeTheme, Code: "equality_non_discrimination", Label: tracking.Text{"en": "Equality & non-discrimination", "fr": "Égalité et non-discrimination"}},
		{Scheme: SchemeTheme, Code: "A41", Label: en("Constitutional and legislative framework")},
		{Scheme: SchemeTheme, Code: "droits_de_lenfant", Label: tracking.Text{"fr": "Droits de l’enfant"}},
		{Scheme: SchemeTheme, Code: "unknown_theme", Label: en("Unknown theme")},
		{Scheme: "national", Code: "A41", Label: en("A code of another scheme")},
	}}, {Classifications: []tracking.Term{{Scheme: SchemeTheme, Code: "rights_of_the_child"}}},
		{Source: tracking.Source{Family: tracking.MechanismFamilySpecialProcedure, Body: "SR on the right to food"}}}
	if n := Recode(ds); n != 2 {
		t.Errorf("Recode changed %d recommendations, want 2", n)
	}
	checkDiff(t, "mandate ", ds.Recommendations[2].Source.Body, "sr_food")
	checkDiff(t, "", ds.Recommendations[0].Classifications, []tracking.Term{
		{Scheme: SchemeTheme, Code: "equality_non_discrimination", Label: tracking.Text{"en": "Equality &amp; non-discrimination", "fr": "Égalité et non-discrimination"}},
		{Scheme: SchemeTheme, Code: "constitutional_and_legislative_framework", Label: en("Constitutional and legislative framework")},
		{Scheme: SchemeTheme, Code: "rights_of_the_child", Label: tracking.Text{"fr": "Droits de l’enfant"}},
		{Scheme: SchemeTheme, Code: "unknown_theme", Label: en("Unknown theme")},
		{Scheme: "national", Code: "A41", Label: en("A code of another scheme")},
	})
	if n := Recode(ds); n != 0 {
		t.Errorf("a second Recode changed %d recommendations", n)
	}
}

func TestLookupCountry(t *testing.T) {
	tests := []struct {
		name string
		want tracking.Country
	}{
		// The codelist's names and the codes themselves.
		{"Paraguay", "PRY"},
		{"PRY", "PRY"},
		{"pry", "PRY"},
		{"Türkiye", "TUR"},
		{"Czechia", "CZE"},
		{"Eswatini", "SWZ"},
		{"North Macedonia", "MKD"},
		// Renamed States.
		{"Turkey", "TUR"},
		{"Turkiye", "TUR"},
		{"Czech Republic", "CZE"},
		{"Swaziland", "SWZ"},
		{"The former Yugoslav Republic of Macedonia", "MKD"},
		{"Macedonia (the former Yugoslav Republic of)", "MKD"},
		{"Cape Verde", "CPV"},
		{"Burma", "MMR"},
		{"Libyan Arab Jamahiriya", "LBY"},
		// Long forms and ISO spellings.
		{"Bolivia (Plurinational State of)", "BOL"},
		{"Bolivia, Plurinational State of", "BOL"},
		{"United Kingdom of Great Britain and Northern Ireland", "GBR"},
		{"United Kingdom of Great Britain & Northern Ireland", "GBR"},
		{"Venezuela (Bolivarian Republic of)", "VEN"},
		{"Iran (Islamic Republic of)", "IRN"},
		{"Micronesia (Federated States of)", "FSM"},
		{"Netherlands (Kingdom of the)", "NLD"},
		{"The Netherlands", "NLD"},
		{"Democratic People's Republic of Korea", "PRK"},
		{"Democratic People’s Republic of Korea", "PRK"},
		{"Korea, Republic of", "KOR"},
		{"Lao People's Democratic Republic", "LAO"},
		{"Côte d'Ivoire", "CIV"},
		{"Cote d’Ivoire", "CIV"},
		{"Saint Vincent and the Grenadines", "VCT"},
		{"St. Vincent and the Grenadines", "VCT"},
		{"St Kitts and Nevis", "KNA"},
		{"Congo, Democratic Republic of the", "COD"},
		{"Congo", "COG"},
		{"Gambia (Republic of The)", "GMB"},
		{"The Gambia", "GMB"},
		{"Hong Kong, China", "HKG"},
		// Observers, with the UHRI's asterisk.
		{"State of Palestine*", "PSE"},
		{"State of Palestine *", "PSE"},
		{"Holy See*", "VAT"},
		// Spacing, case and the "- " prefix.
		{"  united   states of america ", "USA"},
		{"- Türkiye", "TUR"},
		{"SÃO TOMÉ AND PRÍNCIPE", "STP"},
	}
	for _, tt := range tests {
		got, ok := LookupCountry(tt.name)
		if !ok || got != tt.want {
			t.Errorf("LookupCountry(%q) = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
	}
	// Names the importer must not guess.
	for _, name := range []string{"", "*", "Atlantis", "Kosovo", "Serbia and Montenegro", "Yugoslavia", "European Union", "Korea", "Guinea Republic", "Sudan and South Sudan", "Macedonia", "Micronesia"} {
		if got, ok := LookupCountry(name); ok {
			t.Errorf("LookupCountry(%q) = %q, want no match", name, got)
		}
	}
}

// TestCountryTableUnambiguous checks that no folded name stands for two
// codes: each alias and codelist name maps where the codelist says.
func TestCountryTableUnambiguous(t *testing.T) {
	seen := map[string]tracking.Country{}
	add := func(name string, c tracking.Country) {
		key := foldName(name)
		if key == "" {
			t.Errorf("%q folds to nothing", name)
		}
		if prev, ok := seen[key]; ok && prev != c {
			t.Errorf("%q (folded %q) stands for both %s and %s", name, key, prev, c)
		}
		seen[key] = c
	}
	for _, c := range tracking.Country("").Values() {
		add(string(c), c)
		add(c.Title(), c)
	}
	for name, c := range countryAliases {
		if !c.Valid() {
			t.Errorf("alias %q maps to %q, not a code of the codelist", name, c)
		}
		add(name, c)
	}
}

func TestLookupBody(t *testing.T) {
	tb := tracking.MechanismFamilyTreatyBody
	sp := tracking.MechanismFamilySpecialProcedure
	rg := tracking.MechanismFamilyRegional
	tests := []struct {
		name string
		want Body
	}{
		{"UPR", uprBody},
		{"upr", uprBody},
		{"Universal Periodic Review", uprBody},
		{"Working Group on the Universal Periodic Review", uprBody},
		{"CCPR", Body{tb, "CCPR"}},
		{"Human Rights Committee", Body{tb, "CCPR"}},
		{"CESCR", Body{tb, "CESCR"}},
		{"CERD", Body{tb, "CERD"}},
		{"CEDAW", Body{tb, "CEDAW"}},
		{"cedaw", Body{tb, "CEDAW"}},
		{"CAT", Body{tb, "CAT"}},
		{"Committee against Torture", Body{tb, "CAT"}},
		{"SPT", Body{tb, "SPT"}},
		{"CRC", Body{tb, "CRC"}},
		{"CRC-OP-AC", Body{tb, "CRC-OP-AC"}},
		{"CRC OP AC", Body{tb, "CRC-OP-AC"}},
		{"crc_opac", Body{tb, "CRC-OP-AC"}},
		{"OPSC", Body{tb, "CRC-OP-SC"}},
		{"CMW", Body{tb, "CMW"}},
		{"CRPD", Body{tb, "CRPD"}},
		{"CED", Body{tb, "CED"}},
		{"Committee on Enforced Disappearances", Body{tb, "CED"}},
		{"IACHR", Body{rg, "IACHR"}},
		{"Inter-American Commission on Human Rights", Body{rg, "IACHR"}},
		{"ACHPR", Body{rg, "ACHPR"}},
		{"GREVIO", Body{rg, "GREVIO"}},
		{"European Court of Human Rights", Body{rg, "ECtHR"}},
		{"Special Rapporteur on the right to food", Body{sp, "sr_food"}},
		{"SR on the right to food", Body{sp, "sr_food"}},
		{"sr_food", Body{sp, "sr_food"}},
		{"SR on torture", Body{sp, "sr_torture"}},
		{"  SR   on torture ", Body{sp, "sr_torture"}},
		{"SR on an illustrative mandate", Body{sp, "SR on an illustrative mandate"}},
		{"Independent Expert on sexual orientation and gender identity", Body{sp, "Independent Expert on sexual orientation and gender identity"}},
		{"Working Group on Arbitrary Detention", Body{sp, "wg_arbitrary_detention"}},
		{"WGEID", Body{sp, "wg_enforced_disappearances"}},
		{"Special Procedures", Body{sp, "Special Procedures"}},
	}
	for _, tt := range tests {
		got, ok := LookupBody(tt.name)
		if !ok || got != tt.want {
			t.Errorf("LookupBody(%q) = %+v, %v; want %+v", tt.name, got, ok, tt.want)
		}
	}
	for _, name := range []string{"", "ICCPR", "ICESCR", "OPCAT", "Working Party on Illustrative Matters", "Srebrenica commission", "UN Women"} {
		if got, ok := LookupBody(name); ok {
			t.Errorf("LookupBody(%q) = %+v, want no match", name, got)
		}
	}
	for _, b := range bodyTable() {
		if p, bad := b.check("", "table"); bad {
			t.Errorf("the body table holds %+v: %s", b, p.Message)
		}
	}
}

func TestBodyFromSymbol(t *testing.T) {
	tests := []struct {
		symbol string
		want   string
	}{
		{"CEDAW/C/IRQ/CO/8", "CEDAW"},
		{"CRC/C/OPAC/PSE/CO/3", "CRC-OP-AC"},
		{"CRC/C/OPSC/PSE/CO/3", "CRC-OP-SC"},
		{"CRC/C/CZE/CO/9", "CRC"},
		{"CAT/OP/CZE/9", "SPT"},
		{"ccpr/c/bol/co/9", "CCPR"},
		{"A/HRC/59/15", ""},
		{"E/C.12/SWZ/CO/9", ""},
		{"", ""},
		{"CEDAW", ""},
	}
	for _, tt := range tests {
		b, ok := bodyFromSymbol(tt.symbol)
		if b.Code != tt.want || ok != (tt.want != "") {
			t.Errorf("bodyFromSymbol(%q) = %+v, %v; want %q", tt.symbol, b, ok, tt.want)
		}
	}
}

// record builds a one-record JSON export from key-value pairs.
func record(kv ...string) string {
	s := `[{"AnnotationId": "a0000000-0000-4000-8000-000000000099", "Text": "Illustrative text."`
	for i := 0; i+1 < len(kv); i += 2 {
		s += `, "` + kv[i] + `": ` + kv[i+1]
	}
	return s + "}]"
}

func TestPositions(t *testing.T) {
	tests := []struct {
		positions string
		want      tracking.Position
		code      string
	}{
		{`["Supported"]`, tracking.PositionSupported, ""},
		{`["Noted"]`, tracking.PositionNoted, ""},
		{`["Supported/Noted"]`, tracking.PositionSupportedInPart, ""},
		{`["Supported / Noted"]`, tracking.PositionSupportedInPart, ""},
		{`["Supported", "Noted"]`, tracking.PositionSupportedInPart, ""},
		{`["Supported\nNoted"]`, tracking.PositionSupportedInPart, ""},
		{`["Supported", "Supported"]`, tracking.PositionSupported, ""},
		{`["accepted"]`, tracking.PositionSupported, ""},
		{`["Rejected"]`, tracking.PositionNoted, ""},
		{`["Not Supported"]`, tracking.PositionNoted, ""},
		{`["Partially supported"]`, tracking.PositionSupportedInPart, ""},
		{`"Supported"`, tracking.PositionSupported, ""},
		{`["Pending"]`, "", CodePositionPending},
		{`["Pending", "Under consideration"]`, "", CodePositionPending},
		{`["Supported", "Pending"]`, "", CodePositionConflict},
		{`["Noted\nConsider"]`, "", CodePositionConflict},
		{`["Supported", "Maybe"]`, tracking.PositionSupported, CodePositionUnknown},
		{`["Consider"]`, "", CodePositionPending},
		{`["Maybe"]`, "", CodePositionUnknown},
		{`[]`, "", ""},
		{`null`, "", ""},
	}
	for _, tt := range tests {
		as, _ := readString(t, record("Body", `"UPR"`, "UprPositions", tt.positions), JSON, Options{})
		a := as[0]
		var got tracking.Position
		if p := a.Recommendation.Position; p != nil {
			got = p.Value
		}
		if got != tt.want || !slices.Equal(codes(a.Warnings), compact(tt.code)) {
			t.Errorf("positions %s: got %q %v, want %q %q", tt.positions, got, codes(a.Warnings), tt.want, tt.code)
		}
	}
}

func compact(code string) []string {
	if code == "" {
		return []string{}
	}
	return []string{code}
}

func TestSessionsAndCycles(t *testing.T) {
	tests := []struct {
		session, cycle string
		wantS, wantC   int
		codes          []string
	}{
		{`["1"]`, `""`, 1, 1, nil},
		{`["12"]`, `""`, 12, 1, nil},
		{`["13"]`, `""`, 13, 2, nil},
		{`["26"]`, `""`, 26, 2, nil},
		{`["27"]`, `"3"`, 27, 3, nil},
		{`["40"]`, `"Cycle 3"`, 40, 3, nil},
		{`["41"]`, `"4th cycle"`, 41, 4, nil},
		{`["54"]`, `"Fourth cycle"`, 54, 4, nil},
		{`[43]`, `4`, 43, 4, nil},
		{`["43rd session"]`, `""`, 43, 4, nil},
		{`["41"]`, `"3"`, 41, 4, []string{CodeCycleMismatch}},
		{`["41", "42"]`, `""`, 0, 0, []string{CodeSessionInvalid}},
		{`["forty"]`, `"4"`, 0, 4, []string{CodeSessionInvalid}},
		{`["0"]`, `""`, 0, 0, []string{CodeSessionInvalid}},
		{`[]`, `"two"`, 0, 2, nil},
		{`[]`, `"soon"`, 0, 0, []string{CodeCycleInvalid}},
		// Numbers must be whole, as written.
		{`[1e3]`, `""`, 0, 0, []string{CodeSessionInvalid}},
		{`["43"]`, `"4.5"`, 43, 4, []string{CodeCycleInvalid}},
		{`[]`, `"4.5"`, 0, 0, []string{CodeCycleInvalid}},
		{`[-3]`, `""`, 0, 0, []string{CodeSessionInvalid}},
		{`["41/42"]`, `""`, 0, 0, []string{CodeSessionInvalid}},
		{`["session 41 of cycle 4"]`, `""`, 0, 0, []string{CodeSessionInvalid}},
		{`["43.0"]`, `"4.0"`, 43, 4, nil},
		{`["41e session"]`, `"(4)"`, 41, 4, nil},
		{`["UPR session #41"]`, `"4th"`, 41, 4, nil},
	}
	for _, tt := range tests {
		as, _ := readString(t, record("Body", `"UPR"`, "UprSession", tt.session, "UprCycle", tt.cycle), JSON, Options{})
		a := as[0]
		src := a.Recommendation.Source
		if src.Session != tt.wantS || src.Cycle != tt.wantC || !slices.Equal(codes(a.Warnings), append([]string{}, tt.codes...)) {
			t.Errorf("session %s cycle %s: got %d, %d %v; want %d, %d %v", tt.session, tt.cycle, src.Session, src.Cycle, codes(a.Warnings), tt.wantS, tt.wantC, tt.codes)
		}
	}
}

func TestAnnotationTypes(t *testing.T) {
	tests := []struct {
		typ  string
		want tracking.RecommendationKind
	}{
		{`"Recommendations"`, rec},
		{`"recommendation"`, rec},
		{`""`, rec},
		{`null`, rec},
		{`"Concerns/Observations"`, obs},
		{`"Concerns / observations"`, obs},
		{`"Observations"`, obs},
		{`"Positive aspects"`, ""},
	}
	for _, tt := range tests {
		as, rep := readString(t, record("Body", `"CRC"`, "AnnotationType", tt.typ), JSON, Options{})
		switch {
		case tt.want == "":
			if len(as) != 0 || rep.SkippedBy[SkipUnknownType] != 1 {
				t.Errorf("type %s: got %d annotations, skipped %v", tt.typ, len(as), rep.SkippedBy)
			}
		case len(as) != 1 || as[0].Recommendation.Kind != tt.want:
			t.Errorf("type %s: got %+v, want kind %q", tt.typ, as, tt.want)
		}
	}
}

// TestLookupCountryUNLanguages reads country names as the UN writes them in
// the six languages, as exports in those languages name them.
func TestLookupCountryUNLanguages(t *testing.T) {
	for name, want := range map[string]tracking.Country{
		"Maroc": "MAR", "Marruecos": "MAR", "Марокко": "MAR", "المغرب": "MAR", "摩洛哥": "MAR",
		"Tchéquie": "CZE", "Türkiye": "TUR", "Эсватини": "SWZ", "État de Palestine*": "PSE",
		"Bolivie (État plurinational de)": "BOL", "República Democrática del Congo": "COD",
	} {
		if got, ok := LookupCountry(name); !ok || got != want {
			t.Errorf("LookupCountry(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}
