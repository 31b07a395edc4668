package uhri

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/nmirf/nmirf/tracking"
)

// countryAliases are names that the UHRI and other sources use for States
// and territories besides the UN-style names of the codelist: former names
// of renamed States, short and long forms, and ISO 3166 spellings. A name
// that stands for more than one code (such as "Serbia and Montenegro") is
// deliberately absent, and so is a name that also names a region ("Macedonia",
// "Micronesia"), so that it is reported rather than guessed.
var countryAliases = map[string]tracking.Country{
	// Renamed States.
	"Turkey":                      "TUR",
	"Republic of Türkiye":         "TUR",
	"Republic of Turkey":          "TUR",
	"Czech Republic":              "CZE",
	"Swaziland":                   "SWZ",
	"Kingdom of Eswatini":         "SWZ",
	"Republic of North Macedonia": "MKD",
	"The former Yugoslav Republic of Macedonia":   "MKD",
	"Former Yugoslav Republic of Macedonia":       "MKD",
	"Macedonia (the former Yugoslav Republic of)": "MKD",
	"Macedonia, the former Yugoslav Republic of":  "MKD",
	"Cape Verde":                             "CPV",
	"Ivory Coast":                            "CIV",
	"Burma":                                  "MMR",
	"East Timor":                             "TLS",
	"Libyan Arab Jamahiriya":                 "LBY",
	"Netherlands":                            "NLD",
	"Kingdom of the Netherlands":             "NLD",
	"Netherlands (the)":                      "NLD",
	"Saint Vincent and the Grenadines":       "VCT",
	"Holy See (Vatican City State)":          "VAT",
	"Vatican":                                "VAT",
	"Vatican City State":                     "VAT",
	"Occupied Palestinian Territory":         "PSE",
	"Palestinian Territory, Occupied":        "PSE",
	"Palestine":                              "PSE",
	"Palestine, State of":                    "PSE",
	"Bolivia":                                "BOL",
	"Plurinational State of Bolivia":         "BOL",
	"Bolivia, Plurinational State of":        "BOL",
	"Venezuela":                              "VEN",
	"Bolivarian Republic of Venezuela":       "VEN",
	"Venezuela, Bolivarian Republic of":      "VEN",
	"Iran":                                   "IRN",
	"Islamic Republic of Iran":               "IRN",
	"Iran, Islamic Republic of":              "IRN",
	"Syria":                                  "SYR",
	"Russia":                                 "RUS",
	"Moldova":                                "MDA",
	"Moldova, Republic of":                   "MDA",
	"Tanzania":                               "TZA",
	"Tanzania, United Republic of":           "TZA",
	"United Kingdom":                         "GBR",
	"UK":                                     "GBR",
	"United States":                          "USA",
	"Vietnam":                                "VNM",
	"Laos":                                   "LAO",
	"Lao PDR":                                "LAO",
	"South Korea":                            "KOR",
	"Korea, Republic of":                     "KOR",
	"Korea (Republic of)":                    "KOR",
	"North Korea":                            "PRK",
	"DPRK":                                   "PRK",
	"Korea, Democratic People's Republic of": "PRK",
	"Korea (Democratic People's Republic of)": "PRK",
	"Brunei":                                           "BRN",
	"Federated States of Micronesia":                   "FSM",
	"Micronesia, Federated States of":                  "FSM",
	"Democratic Republic of Congo":                     "COD",
	"Congo, Democratic Republic of the":                "COD",
	"Congo (Democratic Republic of the)":               "COD",
	"DR Congo":                                         "COD",
	"Republic of the Congo":                            "COG",
	"Republic of Congo":                                "COG",
	"Congo (Republic of the)":                          "COG",
	"Gambia (Republic of The)":                         "GMB",
	"Kyrgyz Republic":                                  "KGZ",
	"Slovak Republic":                                  "SVK",
	"Hong Kong":                                        "HKG",
	"Hong Kong SAR":                                    "HKG",
	"Hong Kong Special Administrative Region of China": "HKG",
	"Macao":                    "MAC",
	"Macau":                    "MAC",
	"Macao SAR":                "MAC",
	"Taiwan":                   "TWN",
	"Saint Helena":             "SHN",
	"Falkland Islands":         "FLK",
	"Virgin Islands (British)": "VGB",
	"Virgin Islands (U.S.)":    "VIR",
}

// countryTable maps folded names (see foldName) to codes: the codes
// themselves, the codelist's names, the aliases, and the codelist's names
// in the other UN languages (an export in French names Morocco "Maroc"),
// each unless an earlier entry already holds its key.
var countryTable = sync.OnceValue(func() map[string]tracking.Country {
	var zero tracking.Country
	m := make(map[string]tracking.Country, 8*len(zero.Values())+len(countryAliases))
	for _, c := range zero.Values() {
		m[foldName(string(c))] = c
		m[foldName(c.Title())] = c
	}
	for name, c := range countryAliases {
		m[foldName(name)] = c
	}
	for _, lang := range []string{"fr", "es", "ru", "ar", "zh"} {
		for _, c := range zero.Values() {
			if k := foldName(c.TitleIn(lang)); k != "" {
				if _, taken := m[k]; !taken {
					m[k] = c
				}
			}
		}
	}
	return m
})

// LookupCountry returns the ISO 3166-1 alpha-3 code of a country named as
// the UHRI or another source names it: the codelist's UN-style name
// ("Bolivia (Plurinational State of)"), a former or common name ("Turkey",
// "Czech Republic", "Swaziland", "The former Yugoslav Republic of
// Macedonia"), the UN's name in another of the six UN languages ("Maroc",
// "Marruecos", "Марокко", "المغرب", "摩洛哥"), or the code itself. Matching ignores case, accents,
// punctuation, spacing, a leading or trailing "the", a "- " prefix and the
// asterisk the UHRI writes after observer States ("State of Palestine*").
// The second result is false for a name it does not know; it never guesses.
func LookupCountry(name string) (tracking.Country, bool) {
	c, ok := countryTable()[foldName(name)]
	return c, ok
}

// foldName reduces a country name to a key: lower-case ASCII letters and
// digits in words separated by single spaces, accents removed, "&" read as
// "and", "St." as "saint", and a leading or trailing "the" dropped.
func foldName(s string) string {
	s = strings.TrimSpace(s)
	if !isASCII(s) {
		s = stripMarks(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	var words []string
	word := func() {
		if b.Len() == 0 {
			return
		}
		w := b.String()
		b.Reset()
		if w == "st" {
			w = "saint"
		}
		words = append(words, w)
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			b.WriteRune(r + ('a' - 'A'))
		case r == '&':
			word()
			words = append(words, "and")
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
			// "People's" and "d'Ivoire" keep their words apart.
			word()
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteString(strings.ToLower(string(r)))
		default:
			word()
		}
	}
	word()
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) > 0 && words[len(words)-1] == "the" {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// stripMarks removes combining marks after canonical decomposition:
// "Türkiye" → "Turkiye", "Côte" → "Cote".
func stripMarks(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	for _, r := range d {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
