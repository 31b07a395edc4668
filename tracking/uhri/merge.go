package uhri

import (
	"bytes"
	"encoding/json"
	"io"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Import reads every record of r and merges it into ds, matching records
// by UHRI annotation ID (the identifier of scheme "uhri"):
//
//   - a record whose annotation ID no recommendation of ds carries is
//     added, with a new ID from gen;
//   - a recommendation already in ds gets the UN's data from the record:
//     its kind, its source, its text in the export's language, the value of
//     its UPR position, its UHRI themes and affected persons, and its SDG
//     links of UHRI origin. A UN field the record leaves empty keeps its
//     value;
//   - what the national mechanism added itself is never touched: the
//     recommendation's ID and reference, its text in other languages, the
//     document, date and explanation of its position, its follow-up, its
//     assignments and related recommendations, its classifications of other
//     schemes, its SDG links of other origins (a UHRI link to a target that
//     the mechanism linked itself is left out), its other identifiers, and
//     every other record of the dataset (actions, assessments, clusters and
//     the rest);
//   - a record that repeats an annotation ID met earlier in the same import
//     (some exports give one row per co-sponsoring State) is combined with
//     it: the recommending States, terms and SDG links are joined, and any
//     other difference is reported with the warning CodeConflict;
//   - a record older than the recommendation's data, because its
//     publication date is earlier than the recommendation's
//     Source.Date, changes nothing: the dataset holds the record of a
//     later export, whose UN fields stay, and the import warns with
//     CodeOlder and counts it in Report.Older. So does a record whose
//     document has the same date but which was published in the UHRI
//     before the recommendation's data (Source.Indexed, since version 1.1
//     of the standard); a recommendation imported before the dataset kept
//     that date cannot be told older so, and gains the date;
//   - the codes of most UHRI terms are made from their labels, so they
//     differ between exports in different languages (see
//     Options.Language). A theme whose code is the same in the dataset
//     gains the export's label beside its others; but when the
//     recommendation's UHRI terms have no label in the export's language
//     and the record's codes are not all theirs, the terms are taken for
//     the same themes in another language and the recommendation keeps its
//     own, with the warning CodeTermLanguage, so that the codes that
//     roll-ups group by stay the same.
//
// When ds names its State, only the records about that State are imported;
// the others count as filtered out. r must not have been read from yet.
//
// Importing the same export twice changes nothing. Import returns r's
// report with the counts of recommendations added, updated, unchanged and
// combined. On error, ds is left as it was and the report counts what was
// read.
func Import(ds *tracking.Dataset, r *Reader, gen tracking.IDGenerator) (*Report, error) {
	if r == nil {
		return nil, fail("", nil, CodeImportArguments, "reader", nil)
	}
	rep := r.Report()
	if ds == nil || gen == nil {
		return rep, fail("", nil, CodeImportArguments, "dataset", nil)
	}
	if r.started || r.err != nil {
		return rep, fail("", nil, CodeImportArguments, "fresh", nil)
	}
	if err := r.unmade(); err != nil {
		return rep, err // before Recode, which would change ds
	}
	rep.Recoded = Recode(ds)
	m, err := newMerger(ds, gen, r)
	if err != nil {
		return rep, err
	}
	r.state = ds.State
	for {
		a, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return rep, err
		}
		if err := m.merge(&a); err != nil {
			return rep, err
		}
	}
	m.finish()
	ds.Recommendations = m.recs
	return rep, nil
}

// merger merges annotations into a copy of a dataset's recommendations.
// It never changes a value it shares with the dataset: it replaces fields
// with new slices and maps, so that the dataset stays as it was until the
// import succeeds, and its recommendations show what each was before.
type merger struct {
	recs  []tracking.Recommendation
	nOrig int
	byID  map[string]int // annotation ID → index in recs
	ids   map[tracking.ID]bool
	gen   tracking.IDGenerator
	r     *Reader
	first map[int]Location // where this import first met each recommendation
	older map[int]bool     // recommendations kept because the record is older
	orig  []tracking.Recommendation
}

// sameRecommendation reports whether a and b encode to the same JSON,
// looking first for deep equality, which is cheaper and usual.
func sameRecommendation(a, b *tracking.Recommendation) bool {
	if reflect.DeepEqual(a, b) {
		return true
	}
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && bytes.Equal(ja, jb)
}

func newMerger(ds *tracking.Dataset, gen tracking.IDGenerator, r *Reader) (*merger, error) {
	m := &merger{
		recs:  slices.Clone(ds.Recommendations),
		nOrig: len(ds.Recommendations),
		byID:  make(map[string]int, len(ds.Recommendations)),
		ids:   map[tracking.ID]bool{},
		gen:   gen,
		r:     r,
		first: map[int]Location{},
		older: map[int]bool{},
		orig:  ds.Recommendations,
	}
	var ps schema.Problems
	for i := range ds.Recommendations {
		rec := &ds.Recommendations[i]
		m.ids[rec.ID] = true
		for j, id := range rec.Identifiers {
			if id.Scheme != IdentifierScheme {
				continue
			}
			key := canonicalID(id.Value)
			if k, dup := m.byID[key]; dup && k != i {
				add(&ps, schema.Pointer("recommendations", i, "identifiers", j, "value"), CodeIdentifierRepeated, "", schema.Args{"id": key, "index": strconv.Itoa(k)})
				continue
			}
			m.byID[key] = i
		}
	}
	if len(ps) > 0 {
		return nil, failAll("the dataset cannot be merged into", ps)
	}
	// Records of other kinds hold IDs too; a new recommendation must not
	// take one of theirs.
	for _, ids := range [][]tracking.ID{
		idsOf(ds.Entities, func(e tracking.Entity) tracking.ID { return e.ID }),
		idsOf(ds.Clusters, func(c tracking.Cluster) tracking.ID { return c.ID }),
		idsOf(ds.Actions, func(a tracking.Action) tracking.ID { return a.ID }),
		idsOf(ds.Indicators, func(x tracking.Indicator) tracking.ID { return x.ID }),
		idsOf(ds.ProgressReports, func(p tracking.ProgressReport) tracking.ID { return p.ID }),
		idsOf(ds.Assessments, func(a tracking.Assessment) tracking.ID { return a.ID }),
		idsOf(ds.Obligations, func(o tracking.Obligation) tracking.ID { return o.ID }),
		idsOf(ds.Consultations, func(c tracking.Consultation) tracking.ID { return c.ID }),
	} {
		for _, id := range ids {
			m.ids[id] = true
		}
	}
	return m, nil
}

func idsOf[T any](s []T, id func(T) tracking.ID) []tracking.ID {
	out := make([]tracking.ID, len(s))
	for i, x := range s {
		out[i] = id(x)
	}
	return out
}

// canonicalID writes a UUID annotation ID in canonical lower-case form and
// any other ID trimmed.
func canonicalID(s string) string {
	s = strings.TrimSpace(s)
	if u, err := uuid.Parse(s); err == nil {
		return u.String()
	}
	return s
}

// newID returns an ID from the generator that no record of the dataset
// has.
func (m *merger) newID() (tracking.ID, error) {
	for range 1000 {
		id, err := m.gen.NewID()
		if err != nil {
			return tracking.ID{}, fail("", err, CodeIDGenerator, "error", schema.Args{"error": err.Error()})
		}
		if !id.IsZero() && !m.ids[id] {
			m.ids[id] = true
			return id, nil
		}
	}
	return tracking.ID{}, fail("", nil, CodeIDGenerator, "used", schema.Args{"count": "1000"})
}

// merge merges one annotation.
func (m *merger) merge(a *Annotation) error {
	i, known := m.byID[a.ID]
	if !known {
		id, err := m.newID()
		if err != nil {
			return err
		}
		rec := a.Recommendation
		rec.ID = id
		m.recs = append(m.recs, rec)
		i = len(m.recs) - 1
		m.byID[a.ID] = i
		m.first[i] = a.Location
		return nil
	}
	if loc, seen := m.first[i]; seen {
		if m.older[i] {
			m.warn(a, CodeOlder, "repeat", schema.Args{"first": loc.String()})
			return nil
		}
		m.r.report.Combined++
		m.combine(&m.recs[i], a, loc)
		return nil
	}
	m.first[i] = a.Location
	ex := &m.recs[i]
	if in := a.Recommendation.Source.Date; in.Before(ex.Source.Date) {
		// The dataset holds the record of a later document: this export is
		// older than the one it came from.
		m.older[i] = true
		m.warn(a, CodeOlder, "", schema.Args{"date": in.String(), "dataset": ex.Source.Date.String()})
		return nil
	}
	if in, exIn := a.Recommendation.Source, ex.Source; in.Date == exIn.Date && in.Indexed.Before(exIn.Indexed) && !in.Indexed.IsZero() {
		// The same document, indexed in the UHRI later than this record
		// was: the dataset holds the record of a later export.
		m.older[i] = true
		m.warn(a, CodeOlder, "indexed", schema.Args{"indexed": in.Indexed.String(), "datasetIndexed": exIn.Indexed.String()})
		return nil
	}
	m.update(ex, a)
	return nil
}

// finish counts the recommendations added, updated and unchanged.
func (m *merger) finish() {
	rep := &m.r.report
	for i := range m.first {
		switch {
		case i >= m.nOrig:
			rep.Added++
			continue
		case m.older[i]:
			rep.Older++
			continue
		}
		if sameRecommendation(&m.recs[i], &m.orig[i]) {
			rep.Unchanged++
		} else {
			rep.Updated++
		}
	}
}

// update sets the UN fields of ex from the annotation a.
func (m *merger) update(ex *tracking.Recommendation, a *Annotation) {
	in, annotationID := &a.Recommendation, a.ID
	ex.Kind = in.Kind
	src := ex.Source
	if src.Family != in.Source.Family {
		// Another mechanism: none of the old source applies, nor a UPR
		// position to a recommendation that is no longer the UPR's.
		src = tracking.Source{}
		if in.Source.Family != tracking.MechanismFamilyUPR {
			ex.Position = nil
		}
	}
	src.Family = in.Source.Family
	src.Body = in.Source.Body
	// The session and the cycle go together.
	switch is, ic := in.Source.Session, in.Source.Cycle; {
	case is != 0:
		src.Session, src.Cycle = is, ic
	case ic != 0 && tracking.UPRCycle(src.Session) != ic:
		src.Session, src.Cycle = 0, ic
	case ic != 0:
		src.Cycle = ic
	}
	setIf(&src.Document, in.Source.Document)
	setIf(&src.Paragraph, in.Source.Paragraph)
	setIf(&src.Date, in.Source.Date)
	setIf(&src.Indexed, in.Source.Indexed)
	if len(in.Source.Section) > 0 {
		section := src.Section.Clone()
		if section == nil {
			section = tracking.Text{}
		}
		maps.Copy(section, in.Source.Section)
		src.Section = section
	}
	if len(in.Source.RecommendingStates) > 0 {
		src.RecommendingStates = in.Source.RecommendingStates
	}
	ex.Source = src
	text := ex.Text.Clone()
	if text == nil {
		text = tracking.Text{}
	}
	for lang, s := range in.Text {
		text[lang] = s
	}
	ex.Text = text
	if in.Position != nil {
		p := tracking.StatePosition{Value: in.Position.Value}
		if ex.Position != nil {
			p.Document, p.Date, p.Explanation = ex.Position.Document, ex.Position.Date, ex.Position.Explanation
		}
		ex.Position = &p
	}
	ex.Classifications = m.mergeTerms(ex.Classifications, a)
	ex.SDGTargets = replaceLinks(ex.SDGTargets, in.SDGTargets, func(l tracking.SDGLink) tracking.SDGTarget { return l.Target }, func(l tracking.SDGLink) tracking.LinkOrigin { return l.Origin })
	ex.SDGGoals = replaceLinks(ex.SDGGoals, in.SDGGoals, func(l tracking.SDGGoalLink) tracking.SDGGoal { return l.Goal }, func(l tracking.SDGGoalLink) tracking.LinkOrigin { return l.Origin })
	if !slices.ContainsFunc(ex.Identifiers, func(id tracking.Identifier) bool {
		return id.Scheme == IdentifierScheme && canonicalID(id.Value) == annotationID
	}) {
		ex.Identifiers = append(slices.Clip(ex.Identifiers), tracking.Identifier{Scheme: IdentifierScheme, Value: annotationID})
	}
	for _, id := range in.Identifiers {
		if id.Scheme != DocumentIdentifierScheme {
			continue
		}
		k := slices.IndexFunc(ex.Identifiers, func(x tracking.Identifier) bool { return x.Scheme == DocumentIdentifierScheme })
		if k < 0 {
			ex.Identifiers = append(slices.Clip(ex.Identifiers), id)
		} else if ex.Identifiers[k] != id {
			ex.Identifiers = slices.Clone(ex.Identifiers)
			ex.Identifiers[k] = id
		}
	}
}

func setIf[T comparable](dst *T, v T) {
	var zero T
	if v != zero {
		*dst = v
	}
}

func isUHRIScheme(scheme string) bool {
	return scheme == SchemeTheme || scheme == SchemeAffectedPersons
}

// mergeTerms returns the terms of a recommendation, old, with the UHRI
// terms of the annotation a in the places of the old UHRI terms; the terms
// of other schemes keep their places, and no new terms keep the old ones.
// A new term with the code of an old one keeps the old one's labels in
// other languages.
//
// The codes of most UHRI terms are made from their labels, so the same
// theme has one code in an English export and another in a French one.
// When the old terms have no label in the export's language and the new
// codes are not all theirs, the new terms are taken for the old ones in
// another language, not for other themes: the old terms stay, so that the
// codes do not change with the language of the export, and the import warns
// with CodeTermLanguage.
func (m *merger) mergeTerms(old []tracking.Term, a *Annotation) []tracking.Term {
	terms := a.Recommendation.Classifications
	if len(terms) == 0 {
		return old
	}
	lang := m.r.lang
	var oldLangs []string
	labelled, known := false, true
	for _, t := range old {
		if !isUHRIScheme(t.Scheme) {
			continue
		}
		if _, ok := t.Label[lang]; ok {
			labelled = true
		}
		for l := range t.Label {
			if !slices.Contains(oldLangs, l) {
				oldLangs = append(oldLangs, l)
			}
		}
	}
	for _, t := range terms {
		if !slices.ContainsFunc(old, func(o tracking.Term) bool { return o.Scheme == t.Scheme && o.Code == t.Code }) {
			known = false
		}
	}
	if !labelled && len(oldLangs) > 0 && !known {
		slices.Sort(oldLangs)
		m.warn(a, CodeTermLanguage, "", schema.Args{"codes": termCodes(terms, nil), "language": lang,
			"datasetCodes": termCodes(old, isUHRIScheme), "datasetLanguages": strings.Join(oldLangs, ", ")})
		return old
	}
	fresh := make([]tracking.Term, len(terms))
	for i, t := range terms {
		j := slices.IndexFunc(old, func(o tracking.Term) bool { return o.Scheme == t.Scheme && o.Code == t.Code })
		if j >= 0 && len(old[j].Label) > 0 {
			label := old[j].Label.Clone()
			maps.Copy(label, t.Label)
			t.Label = label
		}
		fresh[i] = t
	}
	return replaceInPlace(old, fresh, func(t tracking.Term) bool { return isUHRIScheme(t.Scheme) })
}

// termCodes lists the codes of the terms that keep reports, or all.
func termCodes(terms []tracking.Term, keep func(string) bool) string {
	var codes []string
	for _, t := range terms {
		if keep == nil || keep(t.Scheme) {
			codes = append(codes, t.Code)
		}
	}
	return plainList(codes)
}

// replaceLinks puts the UHRI links (to targets or goals) in the places of
// the old ones, keeping the links of other origins where they stand; a UHRI
// link to a target or goal that they already link is left out. No new links
// keep the old ones.
func replaceLinks[L any, K comparable](old, links []L, key func(L) K, origin func(L) tracking.LinkOrigin) []L {
	if len(links) == 0 {
		return old
	}
	linkedElsewhere := func(k K) bool {
		return slices.ContainsFunc(old, func(l L) bool { return origin(l) != tracking.LinkOriginUHRI && key(l) == k })
	}
	fresh := make([]L, 0, len(links))
	for _, l := range links {
		if !linkedElsewhere(key(l)) {
			fresh = append(fresh, l)
		}
	}
	out := replaceInPlace(old, fresh, func(l L) bool { return origin(l) == tracking.LinkOriginUHRI })
	if len(out) == 0 {
		return nil
	}
	return out
}

// replaceInPlace returns old with the items that ours reports replaced,
// slot by slot, by items: surplus old slots are dropped, and items past the
// old slots go after the last of them (or at the end). Items that are not
// ours keep their places, so that an unchanged list stays the same.
func replaceInPlace[T any](old, items []T, ours func(T) bool) []T {
	out := make([]T, 0, len(old)+len(items))
	k, after := 0, -1
	for _, x := range old {
		if !ours(x) {
			out = append(out, x)
			continue
		}
		if k < len(items) {
			out = append(out, items[k])
			k++
			after = len(out)
		}
	}
	if k < len(items) {
		if after < 0 {
			out = append(out, items[k:]...)
		} else {
			out = slices.Insert(out, after, items[k:]...)
		}
	}
	return out
}

// combine joins a record that repeats an annotation ID into the
// recommendation made from its first record, met at first.
func (m *merger) combine(ex *tracking.Recommendation, a *Annotation, first Location) {
	in := &a.Recommendation
	var conflicts []string
	differs := func(name string, differ bool) {
		if differ {
			conflicts = append(conflicts, name)
		}
	}
	src, isrc := &ex.Source, &in.Source
	if src.Family != isrc.Family || src.Body != isrc.Body {
		// Records of two mechanisms under one ID: nothing to combine.
		m.conflict(a, first, []string{"body"})
		return
	}
	differs("kind", ex.Kind != in.Kind)
	fill(&src.Document, isrc.Document, "document symbol", differs)
	fill(&src.Paragraph, isrc.Paragraph, "paragraph", differs)
	fill(&src.Date, isrc.Date, "publication date", differs)
	// The session and the cycle go together.
	switch {
	case isrc.Session == 0 && isrc.Cycle == 0:
	case src.Session == 0 && (src.Cycle == 0 || src.Cycle == isrc.Cycle):
		if isrc.Session != 0 {
			src.Session = isrc.Session
		}
		src.Cycle = isrc.Cycle
	default:
		differs("UPR session", isrc.Session != 0 && src.Session != isrc.Session)
		differs("UPR cycle", src.Cycle != isrc.Cycle)
	}
	for _, c := range isrc.RecommendingStates {
		if !slices.Contains(src.RecommendingStates, c) {
			src.RecommendingStates = append(slices.Clip(src.RecommendingStates), c)
		}
	}
	for lang, s := range in.Text {
		if cur, ok := ex.Text[lang]; !ok {
			ex.Text = ex.Text.Clone()
			ex.Text[lang] = s
		} else {
			differs("text", cur != s)
		}
	}
	switch {
	case in.Position == nil:
	case ex.Position == nil:
		p := *in.Position
		ex.Position = &p
	default:
		differs("UPR position", ex.Position.Value != in.Position.Value)
	}
	for _, t := range in.Classifications {
		if !slices.ContainsFunc(ex.Classifications, func(o tracking.Term) bool { return o.Scheme == t.Scheme && o.Code == t.Code }) {
			ex.Classifications = append(slices.Clip(ex.Classifications), t)
		}
	}
	for _, l := range in.SDGTargets {
		if !slices.ContainsFunc(ex.SDGTargets, func(o tracking.SDGLink) bool { return o.Target == l.Target }) {
			ex.SDGTargets = append(slices.Clip(ex.SDGTargets), l)
		}
	}
	for _, l := range in.SDGGoals {
		if !slices.ContainsFunc(ex.SDGGoals, func(o tracking.SDGGoalLink) bool { return o.Goal == l.Goal }) {
			ex.SDGGoals = append(slices.Clip(ex.SDGGoals), l)
		}
	}
	if len(conflicts) > 0 {
		m.conflict(a, first, conflicts)
	}
}

// conflict reports that a differs from the record of its annotation ID met
// at first.
func (m *merger) conflict(a *Annotation, first Location, what []string) {
	m.warn(a, CodeConflict, "", schema.Args{"first": first.String(), "fields": strings.Join(what, ", ")})
}

// warn adds a warning about the record of a to the report.
func (m *merger) warn(a *Annotation, code, variant string, args schema.Args) {
	m.r.report.warn(Warning{
		Location:     a.Location,
		AnnotationID: a.ID,
		Problem:      problem(schema.Pointer(a.Location.Index), code, variant, args),
	}, m.r.maxWarnings)
}

// fill sets *dst to v when *dst is empty, and reports a difference when
// both are set and differ.
func fill[T comparable](dst *T, v T, name string, differs func(string, bool)) {
	var zero T
	switch {
	case v == zero:
	case *dst == zero:
		*dst = v
	default:
		differs(name, *dst != v)
	}
}
