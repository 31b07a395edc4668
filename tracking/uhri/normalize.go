package uhri

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/google/uuid"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// normalizer turns one raw record into an annotation.
type normalizer struct {
	r   *Reader
	raw *rawRecord
	a   *Annotation
}

// warn adds a warning about field f, worded by the variant of the code's
// message (see problem).
func (n *normalizer) warn(f field, code, variant string, args schema.Args) {
	n.a.Warnings = append(n.a.Warnings, Warning{
		Location:     n.raw.loc,
		AnnotationID: n.a.ID,
		Problem:      problem(schema.Pointer(n.raw.loc.Index, n.raw.name(f)), code, variant, args),
	})
}

// single returns the value of a field that holds one value.
func (n *normalizer) single(f field) string {
	v := n.raw.vals[f]
	switch len(v) {
	case 0:
		return ""
	case 1:
		return strings.TrimSpace(v[0])
	}
	if f == fText {
		return strings.Join(v, "\n")
	}
	n.warn(f, CodeFieldSeveral, "", schema.Args{"count": strconv.Itoa(len(v)), "values": plainList(v)})
	return ""
}

// list returns the values of a multi-value field, split and trimmed, with
// repeats dropped (and reported).
func (n *normalizer) list(f field) []string {
	vals := splitValues(n.raw.vals[f])
	for i := 0; i < len(vals); i++ {
		if slices.Contains(vals[:i], vals[i]) {
			n.warn(f, CodeRepeated, "", schema.Args{"value": vals[i]})
			vals = slices.Delete(vals, i, i+1)
			i--
		}
	}
	return vals
}

// normalize turns raw into an annotation. It returns the code of the
// warning that says why the record is skipped, or "".
func (r *Reader) normalize(raw *rawRecord) (Annotation, string) {
	a := Annotation{Location: raw.loc, Warnings: raw.warnings}
	n := &normalizer{r: r, raw: raw, a: &a}

	// The annotation ID, set on the warnings already made.
	id := n.single(fID)
	u, err := uuid.Parse(id)
	if err == nil {
		id = u.String()
	}
	a.ID = id
	for i := range a.Warnings {
		a.Warnings[i].AnnotationID = id
	}
	if err != nil && id != "" {
		n.warn(fID, CodeIDNotUUID, "", schema.Args{"id": id})
	}
	if raw.skip != "" {
		return a, raw.skip
	}
	if id == "" {
		n.warn(fID, SkipNoID, "", nil)
		return a, SkipNoID
	}

	rec := &a.Recommendation
	switch typ := n.single(fType); foldBody(typ) {
	case "", "recommendations", "recommendation":
		rec.Kind = tracking.RecommendationKindRecommendation
	case "concernsobservations", "concernobservation", "concernsandobservations", "concerns", "concern", "observations", "observation":
		rec.Kind = tracking.RecommendationKindObservation
	default:
		n.warn(fType, SkipUnknownType, "", schema.Args{"type": typ})
		return a, SkipUnknownType
	}

	text, removed := cleanText(n.single(fText))
	if len(removed) > 0 {
		n.warn(fText, CodeTextMarkup, "", schema.Args{"tags": strings.Join(removed, " ")})
	}
	para, text := splitParagraph(text)
	if text == "" {
		n.warn(fText, SkipNoText, "", nil)
		return a, SkipNoText
	}
	rec.Text = tracking.Text{r.lang: text}
	rec.Identifiers = []tracking.Identifier{{Scheme: IdentifierScheme, Value: id}}

	src := &rec.Source
	src.Paragraph = para
	src.Document = collapseSpace(n.single(fSymbol))
	src.Date = n.date(fDate)
	a.Indexed = n.date(fIndexed)
	a.DocumentID = n.single(fDocumentID)
	a.States = n.countries(fCountries)
	a.Regions = n.list(fRegions)
	a.RecommendingRegions = n.list(fRecRegions)

	uprFields := []field{fCycle, fSessions, fPositions, fRecStates}
	hasUPR := slices.ContainsFunc(uprFields, func(f field) bool { return len(splitValues(n.raw.vals[f])) > 0 })
	body := n.body(hasUPR, src.Document)
	src.Family, src.Body = body.Family, body.Code

	if src.Family == tracking.MechanismFamilyUPR {
		src.Session = n.session()
		src.Cycle = n.cycle(src.Session)
		rec.Position = n.position()
		src.RecommendingStates = n.countries(fRecStates)
	} else {
		for _, f := range uprFields {
			if v := splitValues(n.raw.vals[f]); len(v) > 0 {
				n.warn(f, CodeNotUPR, "", schema.Args{"values": plainList(v), "family": string(src.Family), "body": src.Body})
			}
		}
	}

	rec.Classifications = append(n.terms(fThemes, SchemeTheme), n.terms(fAffected, SchemeAffectedPersons)...)
	rec.SDGTargets = n.sdgs()
	return a, ""
}

// body finds the record's mechanism.
func (n *normalizer) body(hasUPR bool, symbol string) Body {
	name := collapseSpace(n.single(fBody))
	if name != "" {
		if b, ok := n.r.lookupBody(name); ok {
			return b
		}
		if c, ok := treatyNames[foldBody(name)]; ok {
			n.warn(fBody, CodeBodyUnknown, "treaty", schema.Args{"body": name, "committee": c})
		} else {
			n.warn(fBody, CodeBodyUnknown, "", schema.Args{"body": name})
		}
		return Body{tracking.MechanismFamilyOther, name}
	}
	if b, ok := bodyFromSymbol(symbol); ok {
		n.warn(fBody, CodeBodyFromSymbol, "", schema.Args{"body": b.Code, "symbol": symbol})
		return b
	}
	if hasUPR {
		n.warn(fBody, CodeBodyFromUPRFields, "", nil)
		return uprBody
	}
	n.warn(fBody, CodeBodyMissing, "", schema.Args{"symbol": symbol})
	return Body{Family: tracking.MechanismFamilyOther}
}

// countries maps the country names of field f to codes.
func (n *normalizer) countries(f field) []tracking.Country {
	names := n.list(f)
	if len(names) == 0 {
		return nil
	}
	out := make([]tracking.Country, 0, len(names))
	for _, name := range names {
		c, ok := n.r.lookupCountry(name)
		if !ok {
			n.warn(f, CodeCountryUnknown, "", schema.Args{"country": name})
			continue
		}
		if slices.Contains(out, c) {
			n.warn(f, CodeRepeated, "country", schema.Args{"value": name, "country": string(c)})
			continue
		}
		out = append(out, c)
	}
	return out
}

// date reads the date of field f, and leaves out, with a warning, a date
// outside the range a record's dates can have.
func (n *normalizer) date(f field) tracking.PartialDate {
	s := n.single(f)
	d, code, why := parseDate(s)
	if code != "" {
		n.warn(f, code, why, schema.Args{"value": s})
		return d
	}
	if d.IsZero() {
		return d
	}
	if d.Last().Before(earliestDate) {
		n.warn(f, CodeDateImplausible, "early", schema.Args{"value": s, "date": d.String()})
		return tracking.PartialDate{}
	}
	if latest := n.r.latest; d.First().After(latest.Last()) {
		variant := "exportDate" // after Options.ExportDate
		if n.r.latestWhy != "Options.ExportDate" {
			variant = "late"
		}
		n.warn(f, CodeDateImplausible, variant, schema.Args{"value": s, "date": d.String(), "latest": latest.String()})
		return tracking.PartialDate{}
	}
	return d
}

// earliestDate is the earliest plausible date of a record: the UN Charter
// was signed in 1945.
var earliestDate = time.Date(1945, 1, 1, 0, 0, 0, 0, time.UTC)

// latestDate is the latest plausible date of a record when
// Options.ExportDate is zero.
var latestDate = tracking.Year(2099)

// excelEpoch is day 0 of Excel's 1900 date system as it counts since 1 March
// 1900 (Excel counts a 29 February 1900 that never was).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// parseDate reads a date as exports write it: ISO ("2023-03-14",
// "2023-03-14T00:00:00", "2023-03", "2023"), an Excel serial number
// ("44999", "44999.5"), or day, month and year separated by "/" or "."
// when only one reading is possible. It returns the code and reason of a
// warning when the date cannot be read.
func parseDate(s string) (tracking.PartialDate, string, string) {
	if s == "" {
		return tracking.PartialDate{}, "", ""
	}
	if serial, ok := excelSerial(s); ok {
		if serial < 1 || serial > 2958465 {
			return tracking.PartialDate{}, CodeDateInvalid, "excelRange"
		}
		return tracking.DateOf(excelEpoch.AddDate(0, 0, serial)), "", ""
	}
	if len(s) > 10 && s[4] == '-' && s[7] == '-' && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	if d, err := tracking.ParseDate(s); err == nil {
		return d, "", ""
	}
	if d, code, why, ok := dayMonthYear(s); ok {
		return d, code, why
	}
	return tracking.PartialDate{}, CodeDateInvalid, "notDate"
}

// excelSerial reads a five-digit Excel serial date, with an optional
// fraction of a day.
func excelSerial(s string) (int, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(whole) != 5 || strings.Trim(whole, "0123456789") != "" || strings.Trim(frac, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(whole)
	return n, err == nil
}

// dayMonthYear reads "14/03/2023", "3/14/2023" or "14.03.2023": day and
// month may stand either way round, so the date is read only when one of
// them is above 12 or both are equal.
func dayMonthYear(s string) (tracking.PartialDate, string, string, bool) {
	sep := "/"
	if !strings.Contains(s, sep) {
		sep = "."
	}
	parts := strings.Split(s, sep)
	if len(parts) != 3 || len(parts[2]) != 4 {
		return tracking.PartialDate{}, "", "", false
	}
	var nums [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || len(p) == 0 || len(p) > 4 || v < 0 {
			return tracking.PartialDate{}, "", "", false
		}
		nums[i] = v
	}
	day, month := nums[0], nums[1]
	switch {
	case day == month:
	case day > 12 && month <= 12:
	case month > 12 && day <= 12:
		day, month = month, day
	default:
		return tracking.PartialDate{}, CodeDateAmbiguous, "", true
	}
	d, err := tracking.ParseDate(fmt.Sprintf("%04d-%02d-%02d", nums[2], month, day))
	if err != nil {
		return tracking.PartialDate{}, CodeDateInvalid, "notCalendar", true
	}
	return d, "", "", true
}

// session reads the UPR Working Group session.
func (n *normalizer) session() int {
	vals := splitValues(n.raw.vals[fSessions])
	session := 0
	for _, v := range vals {
		s, st := wholeNumber(v)
		if st != numberOK || s < 1 || s > 999 {
			n.warn(fSessions, CodeSessionInvalid, "", schema.Args{"value": v})
			return 0
		}
		if session != 0 && s != session {
			n.warn(fSessions, CodeSessionInvalid, "disagree", schema.Args{"values": plainList(vals)})
			return 0
		}
		session = s
	}
	return session
}

// ordinals are the cycle numbers written as words.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}

// cycle reads the UPR cycle, checked against the session's.
func (n *normalizer) cycle(session int) int {
	v := n.single(fCycle)
	fromSession := tracking.UPRCycle(session)
	if v == "" {
		return fromSession
	}
	c, st := wholeNumber(v)
	if st == numberNone {
		for w := range strings.FieldsSeq(strings.ToLower(v)) {
			if oc, ok := ordinals[strings.Trim(w, ",;:()")]; ok {
				c, st = oc, numberOK
				break
			}
		}
	}
	if st != numberOK || c < 1 || c > 99 {
		n.warn(fCycle, CodeCycleInvalid, "", schema.Args{"value": v})
		return fromSession
	}
	if fromSession != 0 && c != fromSession {
		n.warn(fCycle, CodeCycleMismatch, "", schema.Args{"value": v, "session": strconv.Itoa(session), "cycle": strconv.Itoa(fromSession)})
		return fromSession
	}
	return c
}

// What wholeNumber found.
const (
	numberNone = iota // no number
	numberOK          // one whole number
	numberBad         // a number that is not whole, or several
)

// ordinalSuffixes may follow the digits of a whole number: "43rd", "4e",
// "41.º".
var ordinalSuffixes = []string{"st", "nd", "rd", "th", "e", "er", "re", "ème", "eme", "º", "ª", ".º", ".ª"}

// wholeNumber reads the one whole number of a session or cycle, among
// words: "43", "43rd session", "Cycle 3", "43.0". Its status is numberNone
// when s holds no digit, and numberBad when a number is not whole as
// written ("4.5", "1e3", "-3", "41/42") or there are several ("41 42").
func wholeNumber(s string) (int, int) {
	n, status := 0, numberNone
	for tok := range strings.FieldsSeq(s) {
		if strings.IndexFunc(tok, unicode.IsDigit) < 0 {
			continue // a word
		}
		if status != numberNone {
			return 0, numberBad
		}
		tok = strings.TrimLeft(tok, "#(")
		tok = strings.TrimRight(tok, "),;:")
		i := 0
		for i < len(tok) && tok[i] >= '0' && tok[i] <= '9' {
			i++
		}
		digits, rest := tok[:i], strings.ToLower(tok[i:])
		if len(digits) == 0 || len(digits) > 6 {
			return 0, numberBad
		}
		if rest != "" && strings.Trim(rest, "0") != "." && !slices.Contains(ordinalSuffixes, rest) {
			return 0, numberBad
		}
		v, err := strconv.Atoi(digits)
		if err != nil {
			return 0, numberBad
		}
		n, status = v, numberOK
	}
	return n, status
}

// positionWords maps folded position values to positions; "" means a
// position that is not final.
var positionWords = map[string]tracking.Position{
	"supported":          tracking.PositionSupported,
	"support":            tracking.PositionSupported,
	"accepted":           tracking.PositionSupported,
	"noted":              tracking.PositionNoted,
	"takennote":          tracking.PositionNoted,
	"notsupported":       tracking.PositionNoted,
	"rejected":           tracking.PositionNoted,
	"supportednoted":     tracking.PositionSupportedInPart,
	"notedsupported":     tracking.PositionSupportedInPart,
	"supportedinpart":    tracking.PositionSupportedInPart,
	"partiallysupported": tracking.PositionSupportedInPart,
	"partlysupported":    tracking.PositionSupportedInPart,
	"partiallyaccepted":  tracking.PositionSupportedInPart,
	"pending":            "",
	"consider":           "",
	"considered":         "",
	"underconsideration": "",
	"noresponse":         "",
}

// position reads the State's position on a UPR recommendation. Positions
// given apart ("Supported" and "Noted" for parts of one recommendation)
// make it supported in part.
func (n *normalizer) position() *tracking.StatePosition {
	vals := splitValues(n.raw.vals[fPositions])
	var got []tracking.Position
	var final, pending []string
	for _, v := range vals {
		p, ok := positionWords[foldBody(v)]
		switch {
		case !ok:
			n.warn(fPositions, CodePositionUnknown, "", schema.Args{"value": v})
		case p == "":
			pending = append(pending, v)
		default:
			final = append(final, v)
			if !slices.Contains(got, p) {
				got = append(got, p)
			}
		}
	}
	switch {
	case len(pending) > 0 && len(final) > 0:
		n.warn(fPositions, CodePositionConflict, "", schema.Args{"final": plainList(final), "pending": plainList(pending)})
		return nil
	case len(pending) > 0:
		n.warn(fPositions, CodePositionPending, "", schema.Args{"value": plainList(pending)})
		return nil
	case len(got) == 0:
		return nil
	case len(got) == 1:
		return &tracking.StatePosition{Value: got[0]}
	}
	// Supported and noted together, with or without "Supported/Noted", is
	// support in part.
	return &tracking.StatePosition{Value: tracking.PositionSupportedInPart}
}

// sdgs reads the SDG targets from their labels.
func (n *normalizer) sdgs() []tracking.SDGLink {
	labels := n.list(fSDGs)
	var out []tracking.SDGLink
	for _, l := range labels {
		t, goal, ok := parseSDG(l)
		switch {
		case ok && slices.ContainsFunc(out, func(x tracking.SDGLink) bool { return x.Target == t }):
			n.warn(fSDGs, CodeRepeated, "sdg", schema.Args{"value": l, "target": string(t)})
		case ok:
			out = append(out, tracking.SDGLink{Target: t, Origin: tracking.LinkOriginUHRI})
		case goal != "":
			n.warn(fSDGs, CodeSDGGoal, "", schema.Args{"value": l, "goal": goal})
		default:
			n.warn(fSDGs, CodeSDGUnknown, "", schema.Args{"value": l})
		}
	}
	return out
}

// parseSDG reads the target code at the start of an SDG label ("16.3 -
// Promote the rule of law…" → 16.3, "Target 1.a" → 1.a). When the label
// names a goal only ("16 - Peace, justice…", "Goal 16") it returns the goal.
func parseSDG(label string) (target tracking.SDGTarget, goal string, ok bool) {
	s := strings.TrimSpace(label)
	for _, p := range []string{"target ", "sdg ", "goal "} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			s = strings.TrimSpace(s[len(p):])
		}
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 {
		return "", "", false
	}
	g := s[:i]
	if i == len(s) || s[i] != '.' {
		if tracking.SDGGoal(g).Valid() && (i == len(s) || !unicode.IsLetter(rune(s[i]))) {
			return "", g, false
		}
		return "", "", false
	}
	j := i + 1
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		j++
	}
	code := tracking.SDGTarget(g + "." + strings.ToLower(s[i+1:j]))
	if j < len(s) && s[j] != ' ' && s[j] != ':' && s[j] != '-' && s[j] != '\t' {
		return "", "", false
	}
	if !code.Valid() {
		return "", "", false
	}
	return code, "", true
}

// terms turns the labels of field f into terms of scheme.
func (n *normalizer) terms(f field, scheme string) []tracking.Term {
	labels := n.list(f)
	var out []tracking.Term
	for _, l := range labels {
		code, label := n.r.termCode(l)
		if code == "" {
			n.warn(f, CodeTermEmpty, "", schema.Args{"value": l})
			continue
		}
		if slices.ContainsFunc(out, func(t tracking.Term) bool { return t.Code == code }) {
			n.warn(f, CodeRepeated, "term", schema.Args{"value": l, "code": code})
			continue
		}
		out = append(out, tracking.Term{Scheme: scheme, Code: code, Label: tracking.Text{n.r.lang: label}, Version: n.r.opts.TaxonomyVersion})
	}
	return out
}

// termCode returns the code and label of a theme or affected-persons label.
// A label that starts with an older hierarchical code ("A41 Constitutional
// and legislative framework", "D1 - Civil and political rights") keeps that
// code; any other label gets a code made from its words in snake_case
// ("Rights of the child" → "rights_of_the_child").
func termCode(label string) (code, rest string) {
	if c, l, ok := hierarchicalCode(label); ok {
		return c, l
	}
	return slug(label), label
}

func hierarchicalCode(label string) (code, rest string, ok bool) {
	if len(label) < 3 || label[0] < 'A' || label[0] > 'H' {
		return "", "", false
	}
	i := 1
	for i < len(label) && i <= 3 && label[i] >= '0' && label[i] <= '9' {
		i++
	}
	if i == 1 || i > 3 || i >= len(label) || label[i] != ' ' {
		return "", "", false
	}
	rest = strings.TrimSpace(label[i:])
	for _, p := range []string{"- ", "– ", ": "} {
		rest = strings.TrimPrefix(rest, p)
	}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return "", "", false
	}
	return label[:i], rest, true
}

// slug makes a snake_case code of the letters and digits of a label,
// accents removed; letters of scripts without case are kept as they are.
func slug(label string) string {
	if !isASCII(label) {
		label = stripMarks(label)
	}
	var b strings.Builder
	b.Grow(len(label))
	sep := false
	for _, r := range label {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if r == '\'' || r == '’' {
			continue // "women's" → "womens"
		}
		sep = true
	}
	return b.String()
}
