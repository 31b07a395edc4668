// Package uhrigen generates synthetic exports in the shape of the Universal
// Human Rights Index (UHRI) exports, of any size, as a stream: the records
// are made as the reader asks for them, so an export of a million records
// takes no more memory than one. The records are made up: their text is
// illustrative and says nothing about any State.
package uhrigen

import (
	"bytes"
	"encoding/binary"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"

	"github.com/nmirf/nmirf/tracking"
)

// Headers are the column headers of the spreadsheet export, misspelt as
// some versions of the export spell them.
var Headers = []string{
	"Text", "Countries Concerned", "Reccomending Body", "Document Symbol", "Themes",
	"Affected Persons", "Sdgs", "Document Publication Date", "UPR Reccomending States",
	"UPR Position", "Type", "OHCHR Annotation Id", "UPR Session", "Regions Concerned",
	"Recommending Regions", "Date of publication on UHRI",
}

// Record is one generated record, with the keys of the JSON export.
type Record struct {
	AnnotationID           string   `json:"AnnotationId"`
	AnnotationType         string   `json:"AnnotationType"`
	Body                   string   `json:"Body"`
	Countries              []string `json:"Countries"`
	Regions                []string `json:"Regions"`
	DocumentID             string   `json:"DocumentId"`
	Symbol                 string   `json:"Symbol"`
	PublicationDate        string   `json:"PublicationDate"`
	PublicationDateOnUhri  string   `json:"PublicationDateOnUhri"`
	Themes                 []string `json:"Themes"`
	AffectedPersons        []string `json:"AffectedPersons"`
	Sdgs                   []string `json:"Sdgs"`
	Text                   string   `json:"Text"`
	UprCycle               string   `json:"UprCycle"`
	UprSession             []string `json:"UprSession"`
	UprPositions           []string `json:"UprPositions"`
	UprRecommendingCountry []string `json:"UprRecommendingCountry"`
	UprRecommendingRegions []string `json:"UprRecommendingRegions"`
}

var (
	countries = func() []string {
		var names []string
		for _, c := range tracking.Country("").Values() {
			names = append(names, c.Title())
		}
		return append(names, "Turkey", "Czech Republic", "Swaziland", "State of Palestine*", "Holy See*")
	}()
	treatyBodies = []string{"CCPR", "CESCR", "CERD", "CEDAW", "CAT", "SPT", "CRC", "CRC-OP-AC", "CRC-OP-SC", "CMW", "CRPD", "CED"}
	mandates     = []string{
		"Special Rapporteur on the right to education", "SR on the right to food",
		"Independent Expert on the enjoyment of all human rights by older persons",
		"Working Group on Arbitrary Detention", "SR on the rights of persons with disabilities",
	}
	regional = []string{"IACHR", "ACHPR", "ECRI", "GRETA"}
	regions  = []string{"Africa", "Americas", "Asia", "Europe", "Oceania", "Western European and Other States"}
	themes   = []string{
		"Rights of the child", "Birth registration", "Right to education", "Right to health",
		"Women's rights", "Violence against women", "Torture and other cruel, inhuman or degrading treatment",
		"Conditions of detention", "Administration of justice & fair trial", "Freedom of opinion and expression",
		"Human rights defenders", "National human rights institution", "Racial discrimination",
		"Trafficking in persons", "Right to social security", "Right to an adequate standard of living",
		"Ratification of international instruments", "Cooperation with treaty bodies",
		"Follow-up to recommendations", "Right to work", "Freedom of association", "Death penalty",
		"Right to water and sanitation", "Climate change and environment", "Business and human rights",
		"Right to participate in public affairs", "Enforced disappearances", "Rights of migrants",
		"Persons with disabilities: accessibility", "Equality & non-discrimination",
	}
	affected = []string{
		"Children", "Women & girls", "Persons with disabilities", "Migrants", "Refugees & asylum seekers",
		"Indigenous peoples", "Minorities", "Older persons", "Persons deprived of their liberty",
		"Human rights defenders", "Lesbian, gay, bisexual, transgender and intersex persons", "Rural women",
		"Persons living in poverty", "Youth", "General",
	}
	sdgs = []string{
		"1.3 - Implement social protection systems", "1.4 - Equal rights to economic resources",
		"3.7 - Universal access to sexual and reproductive health-care services", "3.8 - Achieve universal health coverage",
		"4.1 - Ensure that all girls and boys complete free primary and secondary education", "4.5 - Eliminate gender disparities in education",
		"5.1 - End all forms of discrimination against all women and girls everywhere", "5.2 - Eliminate all forms of violence against all women and girls",
		"5.3 - Eliminate all harmful practices", "6.1 - Achieve universal and equitable access to safe and affordable drinking water",
		"8.7 - Take immediate and effective measures to eradicate forced labour", "8.8 - Protect labour rights",
		"10.2 - Promote the social, economic and political inclusion of all", "10.3 - Ensure equal opportunity and reduce inequalities of outcome",
		"10.7 - Facilitate orderly, safe, regular and responsible migration", "16.1 - Significantly reduce all forms of violence",
		"16.2 - End abuse, exploitation, trafficking and all forms of violence against and torture of children",
		"16.3 - Promote the rule of law at the national and international levels", "16.9 - Provide legal identity for all, including birth registration",
		"16.10 - Ensure public access to information and protect fundamental freedoms", "16.a - Strengthen relevant national institutions",
		"16.b - Promote and enforce non-discriminatory laws and policies", "17.18 - Enhance capacity-building support for data",
	}
	verbs   = []string{"Ratify", "Adopt", "Strengthen", "Continue", "Ensure", "Take measures to", "Allocate resources to", "Establish", "Review", "Consider"}
	objects = []string{
		"the illustrative national action plan on the rights of the child",
		"an illustrative protocol on the prevention of torture",
		"the illustrative framework for the independence of the national human rights institution",
		"illustrative legislation on birth registration in rural areas",
		"an illustrative programme against trafficking in persons",
		"the illustrative policy on inclusive education for children with disabilities",
		"an illustrative mechanism for implementation, reporting and follow-up",
	}
	tails = []string{
		"in line with the illustrative guidance of this generated record",
		"and report on the measures taken in the next illustrative report",
		"with the participation of civil society and the national human rights institution",
		"including adequate human, technical and financial resources",
		"paying particular attention to rural areas and to persons in vulnerable situations",
	}
)

// poolSize is the number of distinct records a generator makes; the export
// repeats them, each time under a new annotation ID.
const poolSize = 512

// gen writes the export into buf as it is asked for: the header, then for
// each record a pooled record with a fresh annotation ID, then the end.
type gen struct {
	rnd  *rand.Rand
	n, i int
	csv  bool
	pool [][]byte // rendered records, their ID left as idHole
	buf  bytes.Buffer
	done bool
}

// idHole stands for the annotation ID in a pooled record.
const idHole = "00000000-0000-4000-8000-000000000000"

// JSON returns an export of n records in the JSON form, made from seed.
func JSON(n int, seed uint64) io.Reader {
	g := newGen(n, seed, false)
	g.buf.WriteString("[\n")
	return g
}

// CSV returns an export of n records in the spreadsheet form saved as CSV,
// with the misspelt headers, "- " list cells and Excel serial dates, made
// from seed.
func CSV(n int, seed uint64) io.Reader {
	g := newGen(n, seed, true)
	cw := csv.NewWriter(&g.buf)
	cw.Write(Headers)
	cw.Flush()
	return g
}

func newGen(n int, seed uint64, isCSV bool) *gen {
	g := &gen{rnd: rand.New(rand.NewPCG(seed, 0x5eed)), n: n, csv: isCSV}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	cw := csv.NewWriter(&b)
	for i := range poolSize {
		var r Record
		g.fill(&r, i)
		r.AnnotationID = idHole
		b.Reset()
		if isCSV {
			writeCSV(cw, &r)
		} else {
			enc.Encode(&r)
		}
		g.pool = append(g.pool, bytes.Clone(b.Bytes()))
	}
	return g
}

func (g *gen) Read(p []byte) (int, error) {
	for g.buf.Len() == 0 {
		if g.done {
			return 0, io.EOF
		}
		g.next()
	}
	return g.buf.Read(p)
}

// next writes the next record, or the end of the export.
func (g *gen) next() {
	if g.i == g.n {
		if !g.csv {
			g.buf.WriteString("]\n")
		}
		g.done = true
		return
	}
	g.i++
	if !g.csv && g.i > 1 {
		g.buf.WriteString(",\n")
	}
	rec := g.pool[g.rnd.IntN(len(g.pool))]
	at := bytes.Index(rec, []byte(idHole))
	g.buf.Write(rec[:at])
	g.buf.WriteString(g.uuid())
	g.buf.Write(rec[at+len(idHole):])
}

// uuid makes a random version 4 UUID.
func (g *gen) uuid() string {
	var id [16]byte
	binary.LittleEndian.PutUint64(id[:8], g.rnd.Uint64())
	binary.LittleEndian.PutUint64(id[8:], g.rnd.Uint64())
	id[6] = 0x40 | id[6]&0x0f
	id[8] = 0x80 | id[8]&0x3f
	var out [36]byte
	hex.Encode(out[0:8], id[0:4])
	out[8] = '-'
	hex.Encode(out[9:13], id[4:6])
	out[13] = '-'
	hex.Encode(out[14:18], id[6:8])
	out[18] = '-'
	hex.Encode(out[19:23], id[8:10])
	out[23] = '-'
	hex.Encode(out[24:], id[10:])
	return string(out[:])
}

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

func (g *gen) some(s []string, max int) []string {
	n := 1 + g.rnd.IntN(max)
	out := make([]string, 0, n)
	for range n {
		v := pick(g.rnd, s)
		dup := false
		for _, o := range out {
			dup = dup || o == v
		}
		if !dup {
			out = append(out, v)
		}
	}
	return out
}

// fill makes pooled record i.
func (g *gen) fill(r *Record, i int) {
	rnd := g.rnd
	*r = Record{}
	r.AnnotationType = "Recommendations"
	r.Countries = []string{pick(rnd, countries)}
	r.Regions = []string{pick(rnd, regions)}
	r.DocumentID = fmt.Sprintf("%d", 100000+i)
	year := 2008 + rnd.IntN(18)
	month, day := 1+rnd.IntN(12), 1+rnd.IntN(28)
	r.PublicationDate = fmt.Sprintf("%04d-%02d-%02dT00:00:00", year, month, day)
	r.PublicationDateOnUhri = fmt.Sprintf("%04d-%02d-%02dT00:00:00", min(year+1, 2026), month, day)
	r.Themes = g.some(themes, 3)
	r.AffectedPersons = g.some(affected, 2)
	if rnd.IntN(3) > 0 {
		r.Sdgs = g.some(sdgs, 3)
	}
	text := fmt.Sprintf("%s %s, %s.", pick(rnd, verbs), pick(rnd, objects), pick(rnd, tails))
	if rnd.IntN(2) == 0 {
		text += fmt.Sprintf(" %s %s %s.", pick(rnd, verbs), pick(rnd, objects), pick(rnd, tails))
	}
	switch k := rnd.IntN(20); {
	case k < 10: // UPR
		r.Body = "UPR"
		session := 1 + rnd.IntN(54)
		r.UprSession = []string{fmt.Sprint(session)}
		r.UprCycle = fmt.Sprint(tracking.UPRCycle(session))
		r.Symbol = fmt.Sprintf("A/HRC/%d/%d", 60+rnd.IntN(40), 1+rnd.IntN(30))
		r.UprPositions = []string{pick(rnd, []string{"Supported", "Supported", "Supported", "Noted", "Supported/Noted"})}
		r.UprRecommendingCountry = g.some(countries, 2)
		r.UprRecommendingRegions = []string{pick(rnd, regions)}
		text = fmt.Sprintf("%d.%d %s", 100+rnd.IntN(60), 1+rnd.IntN(300), text)
	case k < 17: // treaty bodies
		r.Body = pick(rnd, treatyBodies)
		code := strings.SplitN(r.Body, "-", 2)[0]
		r.Symbol = fmt.Sprintf("%s/C/XX/CO/%d", code, 10+rnd.IntN(20))
		if rnd.IntN(3) == 0 {
			r.AnnotationType = "Concerns/Observations"
		}
		text = fmt.Sprintf("%d. The Committee recommends that the State party: %s", 5+rnd.IntN(60), text)
	case k < 19: // special procedures
		r.Body = pick(rnd, mandates)
		r.Symbol = fmt.Sprintf("A/HRC/%d/%d/Add.%d", 60+rnd.IntN(40), 30+rnd.IntN(40), 1+rnd.IntN(3))
	default:
		r.Body = pick(rnd, regional)
		r.Symbol = fmt.Sprintf("%s/XX/%d", r.Body, 1+rnd.IntN(50))
	}
	if rnd.IntN(4) == 0 {
		text = "<p>" + strings.Replace(text, " and ", " &amp; ", 1) + "</p>"
	}
	r.Text = text
}

// writeCSV writes r as a row of the spreadsheet export: lists as "- "
// lines, dates as Excel serial numbers.
func writeCSV(cw *csv.Writer, r *Record) {
	lines := func(v []string) string {
		if len(v) == 0 {
			return ""
		}
		return "- " + strings.Join(v, "\n- ")
	}
	cw.Write([]string{
		r.Text, lines(r.Countries), r.Body, r.Symbol, lines(r.Themes), lines(r.AffectedPersons),
		lines(r.Sdgs), serial(r.PublicationDate), lines(r.UprRecommendingCountry), strings.Join(r.UprPositions, "\n"),
		r.AnnotationType, r.AnnotationID, strings.Join(r.UprSession, "\n"), lines(r.Regions),
		lines(r.UprRecommendingRegions), serial(r.PublicationDateOnUhri),
	})
	cw.Flush()
}

// serial writes an ISO date as an Excel serial number (days since
// 1899-12-30).
func serial(iso string) string {
	var y, m, d int
	fmt.Sscanf(iso, "%d-%d-%d", &y, &m, &d)
	// Days from civil, after Howard Hinnant's algorithm.
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	days := era*146097 + doe - 719468 // days since 1970-01-01
	return fmt.Sprint(days + 25569)
}
