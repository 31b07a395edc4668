package questionnaire

import (
	"bytes"

	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Problem codes of the reader and of Make, beside those of package maturity it reuses
// (answer.noLevel, answer.noJustification, answer.mustHaveNotApplicable,
// assessment.wrongFramework, assessment.frameworkVersion, evidence.empty,
// value.format).
const (
	CodeUnreadable       = "questionnaire.unreadable"      // a file that is not an XLSX workbook
	CodeNotQuestionnaire = "questionnaire.format"          // a workbook that is not a questionnaire, or one whose hidden sheet was changed
	CodeCriterionEdited  = "questionnaire.criterionEdited" // a criterion ID changed in the questionnaire
	CodeUnknownLevel     = "questionnaire.level"           // a level that is none of the drop-down's
	CodeNotOffered       = "questionnaire.notApplicable"   // "not applicable" where the framework does not offer it
	CodeNoName           = "questionnaire.respondentName"  // the respondent's name left empty
	CodeConstituency     = "questionnaire.constituency"    // a constituency that is none of the drop-down's (or, for Make, of maturity.Constituency)
	CodeLanguage         = "questionnaire.language"        // Make: a language that is not one of Languages
	CodeWrite            = "questionnaire.write"           // Make: the workbook could not be written; the error's text is the argument "error"
)

// File is a filled questionnaire: its name, which problems name, and its
// bytes.
type File struct {
	Name string
	Data []byte
}

// Assessment says what the files do not: the State whose mechanism is
// assessed, the date, and optionally a title.
type Assessment struct {
	State tracking.Country
	Date  tracking.PartialDate
	Title tracking.Text
}

// maxFileSize bounds what the reader unzips from one file, so that a
// crafted file cannot exhaust memory.
const maxFileSize = 64 << 20

// Read reads filled questionnaires of the framework fw, one per
// respondent, into one assessment: each file's respondent (an ID made from
// the file's name, the name, role and constituency, in the file's
// language, and the date of the facts shown when the questionnaire showed
// them) and their answers, with the texts as language maps in the file's
// language. It then checks the assessment against fw (maturity's
// Assessment.Check).
//
// On failure the error is a schema.Problems listing every problem of every
// file: each with the JSON pointer into the assessment, the file, sheet
// and cell in Location, the criterion or respondent in Record, and what to
// change. A level left empty, "not applicable" without a justification or
// on a must-have, an edited criterion ID and a file of another framework
// or version are problems; so is a file that is not a questionnaire.
func Read(fw *maturity.Framework, meta Assessment, files ...File) (*maturity.Assessment, error) {
	if fw == nil {
		return nil, schema.Problems{problem("", maturity.CodeFrameworkMissing, "read", nil)}
	}
	a := &maturity.Assessment{
		SchemaVersion: schema.Version,
		Framework:     fw.Ref(),
		State:         meta.State,
		Date:          meta.Date,
		Title:         meta.Title,
		Respondents:   []maturity.Respondent{},
		Answers:       []maturity.Answer{},
	}
	var ps schema.Problems
	ids := map[string]bool{}
	var locs []answerLoc
	for i, f := range files {
		r := &reader{fw: fw, a: a, file: f, ids: ids, index: i}
		r.read()
		ps = append(ps, r.ps...)
		locs = append(locs, r.locs...)
	}
	if len(ps) == 0 {
		for _, p := range a.Check(fw) {
			ps = append(ps, locate(p, a, locs))
		}
	}
	if len(ps) > 0 {
		return nil, ps.Normalize()
	}
	return a, nil
}

// answerLoc says where an answer of the assessment was read.
type answerLoc struct {
	file, sheet string
	row         int
}

// locate gives a problem of the assessment's checks the place in the files
// its value was read from.
func locate(p schema.Problem, a *maturity.Assessment, locs []answerLoc) schema.Problem {
	toks := strings.Split(strings.TrimPrefix(p.Pointer, "/"), "/")
	if len(toks) >= 2 && toks[0] == "answers" {
		if i, err := strconv.Atoi(toks[1]); err == nil && i >= 0 && i < len(locs) {
			col := colAnswer
			if len(toks) > 2 {
				switch toks[2] {
				case "justification", "comment":
					col = colJustify
				case "evidence":
					col = colEvTitle
				}
			}
			p.Location = schema.Location{File: locs[i].file, Sheet: locs[i].sheet, Cell: cell(col, locs[i].row)}
			p.Record = schema.RecordRef{Kind: maturity.RecordCriterion, ID: a.Answers[i].Criterion}
		}
	}
	return p
}

// reader reads one file.
type reader struct {
	fw    *maturity.Framework
	a     *maturity.Assessment
	file  File
	ids   map[string]bool
	index int
	ps    schema.Problems
	locs  []answerLoc
	x     *excelize.File
	grid  map[string][][]string
	sheet string
	lang  string
}

// report adds a problem of the file being read at loc, built from the
// catalogue (problem), about the record rec.
func (r *reader) report(loc schema.Location, ptr string, rec schema.RecordRef, code, variant string, args schema.Args) {
	p := problem(ptr, code, variant, args)
	p.Location, p.Record = loc, rec
	p.Location.File = r.file.Name
	r.ps = append(r.ps, p)
}

// value returns the text of the cell, trimmed; "" for a cell or sheet
// that does not exist. The sheets are read whole once: a damaged sheet
// would otherwise be parsed again, and fail again, at every cell.
func (r *reader) value(sheet, c string) string {
	rows, ok := r.grid[sheet]
	if !ok {
		rows, _ = r.x.GetRows(sheet)
		r.grid[sheet] = rows
	}
	col, row, err := excelize.CellNameToCoordinates(c)
	if err != nil || row > len(rows) || col > len(rows[row-1]) {
		return ""
	}
	return strings.TrimSpace(rows[row-1][col-1])
}

func (r *reader) read() {
	x, err := excelize.OpenReader(bytes.NewReader(r.file.Data), excelize.Options{UnzipSizeLimit: maxFileSize, UnzipXMLSizeLimit: maxFileSize})
	if err != nil {
		r.report(schema.Location{}, "", schema.RecordRef{}, CodeUnreadable, "", schema.Args{"error": err.Error()})
		return
	}
	defer x.Close()
	r.x, r.grid = x, map[string][][]string{}
	if !r.header() {
		return
	}
	r.respondent()
	r.answers()
}

// header reads the metadata: the format, the framework, the language and
// the sheet of the questionnaire.
func (r *reader) header() bool {
	metaLoc := func(c string) schema.Location { return schema.Location{Sheet: metaSheet, Cell: c} }
	if idx, err := r.x.GetSheetIndex(metaSheet); err != nil || idx < 0 || r.value(metaSheet, metaFormat) != format {
		r.report(metaLoc(metaFormat), "", schema.RecordRef{}, CodeNotQuestionnaire, "", schema.Args{"sheet": metaSheet})
		return false
	}
	if v := r.value(metaSheet, metaFormatVersion); v != formatVersion {
		r.report(metaLoc(metaFormatVersion), "", schema.RecordRef{}, CodeNotQuestionnaire, "version", schema.Args{"value": v, "want": formatVersion})
		return false
	}
	ok := true
	if id := r.value(metaSheet, metaFramework); id != r.fw.ID {
		r.report(metaLoc(metaFramework), "/framework/id", schema.RecordRef{}, maturity.CodeWrongFramework, "questionnaire", schema.Args{"value": id, "want": r.fw.ID})
		ok = false
	} else if v := r.value(metaSheet, metaVersion); v != r.fw.Version {
		r.report(metaLoc(metaVersion), "/framework/version", schema.RecordRef{}, maturity.CodeFrameworkVersion, "questionnaire", schema.Args{"value": v, "framework": r.fw.ID, "want": r.fw.Version})
		ok = false
	}
	r.lang = r.value(metaSheet, metaLanguage)
	if !tracking.ValidLanguageTag(r.lang) {
		r.report(metaLoc(metaLanguage), "", schema.RecordRef{}, CodeNotQuestionnaire, "language", schema.Args{"value": r.lang})
		ok = false
	}
	r.sheet = r.value(metaSheet, metaSheetName)
	if idx, err := r.x.GetSheetIndex(r.sheet); err != nil || idx < 0 {
		r.report(metaLoc(metaSheetName), "", schema.RecordRef{}, CodeNotQuestionnaire, "sheet", schema.Args{"sheet": r.sheet})
		ok = false
	}
	return ok
}

// respondent reads the respondent's cells.
func (r *reader) respondent() {
	i := len(r.a.Respondents)
	id := respondentID(r.file.Name, r.index)
	for n := 2; r.ids[id]; n++ {
		id = respondentID(r.file.Name, r.index) + "-" + strconv.Itoa(n)
	}
	r.ids[id] = true
	rec := schema.RecordRef{Kind: maturity.RecordRespondent, ID: id}
	p := maturity.Respondent{ID: id}
	loc := func(c string) schema.Location { return schema.Location{Sheet: r.sheet, Cell: c} }
	if name := r.value(r.sheet, cellName); name != "" {
		p.Name = tracking.Text{r.lang: name}
	} else {
		r.report(loc(cellName), schema.Pointer("respondents", i, "name"), rec, CodeNoName, "", schema.Args{"cell": cellName})
	}
	if role := r.value(r.sheet, cellRole); role != "" {
		p.Role = tracking.Text{r.lang: role}
	}
	if v := r.value(r.sheet, cellConstituency); v != "" {
		if c, ok := r.constituency(v); ok {
			p.Constituency = c
		} else {
			var titles []string
			for _, c := range maturity.Constituency("").Values() {
				titles = append(titles, constituencyTitle(c, r.lang))
			}
			r.report(loc(cellConstituency), schema.Pointer("respondents", i, "constituency"), rec, CodeConstituency, "", schema.Args{"value": v, "allowed": strings.Join(titles, ", ")})
		}
	}
	if at := r.value(metaSheet, metaFactsAt); at != "" {
		d, err := tracking.ParseDate(at)
		if err != nil {
			r.report(schema.Location{Sheet: metaSheet, Cell: metaFactsAt}, schema.Pointer("respondents", i, "factsShown"), rec, CodeNotQuestionnaire, "factsShown", schema.Args{"value": at})
		}
		p.FactsShown = d
	}
	r.a.Respondents = append(r.a.Respondents, p)
}

// constituency returns the constituency whose title in the file's language,
// in English or whose code is v.
func (r *reader) constituency(v string) (maturity.Constituency, bool) {
	for _, c := range maturity.Constituency("").Values() {
		if strings.EqualFold(v, constituencyTitle(c, r.lang)) || strings.EqualFold(v, constituencyTitle(c, "en")) || v == string(c) {
			return c, true
		}
	}
	return "", false
}

// respondentID makes a respondent's key from the file's name: its base
// name without extension, with what a key cannot hold replaced by "-";
// "respondent-N" when nothing is left.
func respondentID(name string, index int) string {
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	base = strings.TrimSuffix(base, path.Ext(base))
	var b strings.Builder
	for _, c := range base {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			b.WriteRune(c)
		case b.Len() > 0 && (c == '.' || c == '_' || c == '-'):
			b.WriteRune(c)
		case b.Len() > 0:
			b.WriteByte('-')
		}
		if b.Len() >= 80 {
			break
		}
	}
	id := strings.TrimRight(b.String(), "-._")
	if id == "" {
		return "respondent-" + strconv.Itoa(index+1)
	}
	return id
}

// answers reads the row of every criterion the metadata lists.
func (r *reader) answers() {
	resp := r.a.Respondents[len(r.a.Respondents)-1].ID
	seen := map[string]bool{}
	for mr := metaFirstCrit; ; mr++ {
		id := r.value(metaSheet, cell("A", mr))
		if id == "" {
			break
		}
		rowText := r.value(metaSheet, cell("B", mr))
		row, err := strconv.Atoi(rowText)
		c, _ := r.fw.Criterion(id)
		if err != nil || row < firstRow || row > 100000 || c == nil || seen[id] {
			r.report(schema.Location{Sheet: metaSheet, Cell: cell("A", mr)}, "", schema.RecordRef{Kind: maturity.RecordCriterion, ID: id}, CodeNotQuestionnaire, "criterionRow", schema.Args{"value": id, "row": rowText})
			continue
		}
		seen[id] = true
		r.answer(c, resp, row)
	}
	for _, c := range r.fw.Criteria() {
		if !seen[c.ID] {
			r.report(schema.Location{Sheet: metaSheet}, "", schema.RecordRef{Kind: maturity.RecordCriterion, ID: c.ID}, CodeNotQuestionnaire, "criterionMissing", schema.Args{"criterion": c.ID})
		}
	}
}

// answer reads one criterion's row.
func (r *reader) answer(c *maturity.Criterion, resp string, row int) {
	k := len(r.a.Answers)
	ptr := schema.Pointer("answers", k)
	rec := schema.RecordRef{Kind: maturity.RecordCriterion, ID: c.ID}
	loc := func(col string) schema.Location { return schema.Location{Sheet: r.sheet, Cell: cell(col, row)} }
	get := func(col string) string { return r.value(r.sheet, cell(col, row)) }
	ans := maturity.Answer{Criterion: c.ID, Respondent: resp}
	if got := get(colID); got != c.ID {
		r.report(loc(colID), ptr+"/criterion", rec, CodeCriterionEdited, "", schema.Args{"value": got, "criterion": c.ID})
	}
	level, na, ok := r.level(get(colAnswer))
	switch {
	case !ok:
		r.report(loc(colAnswer), ptr+"/level", rec, CodeUnknownLevel, "", schema.Args{"value": get(colAnswer), "allowed": strings.Join(r.choices(c), ", ")})
	case na && c.MustHave:
		r.report(loc(colAnswer), ptr+"/notApplicable", rec, maturity.CodeMustHaveNA, "questionnaire", schema.Args{"criterion": c.ID})
	case na && !c.MayNotApply:
		r.report(loc(colAnswer), ptr+"/notApplicable", rec, CodeNotOffered, "", schema.Args{"criterion": c.ID})
	case !na && level == "":
		r.report(loc(colAnswer), ptr+"/level", rec, maturity.CodeNoLevel, "questionnaire", schema.Args{"criterion": c.ID, "allowed": strings.Join(r.choices(c), ", ")})
	}
	ans.Level, ans.NotApplicable = level, na
	if j := get(colJustify); j != "" {
		if na {
			ans.Justification = tracking.Text{r.lang: j}
		} else {
			ans.Comment = tracking.Text{r.lang: j}
		}
	} else if na {
		r.report(loc(colJustify), ptr+"/justification", rec, maturity.CodeNoJustification, "questionnaire", schema.Args{"cell": cell(colJustify, row), "criterion": c.ID})
	}
	title, doc, link := get(colEvTitle), get(colEvDocument), get(colEvLink)
	if title != "" || doc != "" || link != "" {
		ev := maturity.Evidence{Document: doc, URL: link}
		if title != "" {
			ev.Title = tracking.Text{r.lang: title}
		}
		if doc == "" && link == "" {
			r.report(loc(colEvDocument), ptr+"/evidence/0", rec, maturity.CodeEmptyEvidence, "questionnaire", schema.Args{"title": title, "document": cell(colEvDocument, row), "link": cell(colEvLink, row)})
		}
		if link != "" && !webAddress(link) {
			r.report(loc(colEvLink), ptr+"/evidence/0/url", rec, maturity.CodeInvalidFormat, "questionnaire", schema.Args{"value": link})
		}
		ans.Evidence = []maturity.Evidence{ev}
	}
	r.a.Answers = append(r.a.Answers, ans)
	r.locs = append(r.locs, answerLoc{file: r.file.Name, sheet: r.sheet, row: row})
}

// level reads a level cell: a level title in the file's language or in
// English, a level's code or rank, or "not applicable" in either; empty
// gives no level. ok is false for anything else.
func (r *reader) level(v string) (l maturity.Level, na, ok bool) {
	if v == "" {
		return "", false, true
	}
	for _, lang := range []string{r.lang, "en"} {
		if strings.EqualFold(v, word(lang, "notApplicable")) {
			return "", true, true
		}
		for _, l := range levels {
			if strings.EqualFold(v, r.fw.LevelTitle(l, lang)) {
				return l, false, true
			}
		}
	}
	for i, l := range levels {
		if v == string(l) || v == strconv.Itoa(i) {
			return l, false, true
		}
	}
	return "", false, false
}

// choices lists the values the level's drop-down offers for c.
func (r *reader) choices(c *maturity.Criterion) []string {
	var out []string
	for _, l := range levels {
		out = append(out, r.fw.LevelTitle(l, r.lang))
	}
	if offersNA(c) {
		out = append(out, word(r.lang, "notApplicable"))
	}
	return out
}

// webAddress reports whether s is an absolute http or https address.
func webAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
