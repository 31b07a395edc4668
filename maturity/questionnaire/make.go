package questionnaire

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/schema"
)

// The layout of a questionnaire. The reader finds the respondent's cells,
// the columns of the answers and the rows of the criteria from these and
// from the hidden sheet of metadata, which records the framework, the
// language and the row of every criterion.
const (
	// metaSheet is the name of the hidden sheet of metadata.
	metaSheet = "nmirf"
	// format and formatVersion identify a questionnaire in the metadata.
	format        = "nmirf-questionnaire"
	formatVersion = "1"

	cellName         = "D2"
	cellRole         = "D3"
	cellConstituency = "D4"
	headerRow        = 7
	firstRow         = headerRow + 1

	colID         = "A"
	colTitle      = "B"
	colMustHave   = "C"
	colStatement  = "D"
	colLevel0     = 5 // E to I: the five level descriptors
	colGuidance   = "J"
	colDataLevel  = "K"
	colFigures    = "L"
	colAnswer     = "M"
	colJustify    = "N"
	colEvTitle    = "O"
	colEvDocument = "P"
	colEvLink     = "Q"
	lastCol       = colEvLink
)

// The cells of the metadata sheet.
const (
	metaFormat        = "B1"
	metaFormatVersion = "B2"
	metaFramework     = "B3"
	metaVersion       = "B4"
	metaLanguage      = "B5"
	metaFactsAt       = "B6"
	metaSheetName     = "B7"
	metaFirstCrit     = 10  // rows of criteria: ID in A, row in B
	metaLevels        = "D" // D1 to D5: the level titles; D6: "not applicable"
	metaConstituency  = "E" // E1 to E5: the constituency titles
)

// Options say how a questionnaire is made.
type Options struct {
	// Language is the language of the questionnaire: one of Languages;
	// "en" when empty. The framework's texts fall back to English where
	// the framework has none in the language, and the instructions say so.
	Language string
	// Name, Role and Constituency prefill the respondent's cells; the
	// respondent may change them.
	Name, Role   string
	Constituency maturity.Constituency
	// Facts, when given, prefill beside each criterion with rules the level
	// the tracking data show and the figures it rests on, so that the
	// respondent sees what the data say before answering. The assessment
	// read back records it (maturity.Respondent.FactsShown).
	Facts *maturity.Facts
}

// Make writes a questionnaire for the framework fw as an XLSX workbook: a
// sheet of instructions, then a sheet with the respondent's name, role and
// constituency at the top and one row per criterion, grouped by dimension,
// with its statement, the five level descriptors, its guidance on evidence,
// a drop-down for the level (the framework's level titles, and "not
// applicable" where the criterion may not apply and is no must-have) and
// cells for the justification or comment and one evidence item. Must-have
// criteria are marked ★. Every cell but the respondent's is locked, and
// the sheets read right to left in Arabic.
//
// Make is pure: the same framework and options give the same bytes. Its
// error is a schema.Problems: a nil framework (maturity's
// CodeFrameworkMissing), a language or constituency it does not know
// (CodeLanguage, CodeConstituency, pointing at the option), or a workbook
// that could not be written (CodeWrite).
func Make(fw *maturity.Framework, opts Options) ([]byte, error) {
	if fw == nil {
		return nil, schema.Problems{problem("", maturity.CodeFrameworkMissing, "make", nil)}
	}
	lang := opts.Language
	if lang == "" {
		lang = "en"
	}
	if !slices.Contains(Languages(), lang) {
		return nil, schema.Problems{problem("/Language", CodeLanguage, "", schema.Args{"value": lang, "languages": strings.Join(Languages(), ", ")})}
	}
	if opts.Constituency != "" && !opts.Constituency.Valid() {
		var allowed []string
		for _, c := range maturity.Constituency("").Values() {
			allowed = append(allowed, string(c))
		}
		return nil, schema.Problems{problem("/Constituency", CodeConstituency, "option", schema.Args{"value": string(opts.Constituency), "allowed": strings.Join(allowed, ", ")})}
	}
	m := &maker{f: excelize.NewFile(), fw: fw, lang: lang, opts: opts}
	defer m.f.Close()
	if err := m.make(); err != nil {
		return nil, failedWrite(err)
	}
	buf, err := m.f.WriteToBuffer()
	if err != nil {
		return nil, failedWrite(err)
	}
	return buf.Bytes(), nil
}

// failedWrite returns the error of Make for the error err of the
// spreadsheet library: a problem of the code CodeWrite carrying err's text.
func failedWrite(err error) schema.Problems {
	return schema.Problems{problem("", CodeWrite, "", schema.Args{"error": err.Error()})}
}

// maker writes one workbook, keeping the first error.
type maker struct {
	f      *excelize.File
	fw     *maturity.Framework
	lang   string
	opts   Options
	err    error
	styles map[string]int
}

func (m *maker) set(sheet, cell string, v any) {
	if m.err == nil {
		m.err = m.f.SetCellValue(sheet, cell, v)
	}
}

func (m *maker) style(sheet, from, to, name string) {
	if m.err == nil {
		m.err = m.f.SetCellStyle(sheet, from, to, m.styles[name])
	}
}

func (m *maker) check(err error) {
	if m.err == nil {
		m.err = err
	}
}

func (m *maker) rtl() bool { return m.lang == "ar" }

// text returns the framework's text in the questionnaire's language, in
// English where it has none in that language.
func (m *maker) text(t map[string]string) string {
	if s, ok := t[m.lang]; ok && s != "" {
		return s
	}
	return t["en"]
}

// textCell writes the framework's text in a cell styled "text"; in
// Arabic, a text that falls back to English reads left to right.
func (m *maker) textCell(sheet, c string, t map[string]string) {
	m.set(sheet, c, m.text(t))
	if m.rtl() && t[m.lang] == "" {
		m.style(sheet, c, c, "textLTR")
	}
}

func (m *maker) make() error {
	m.newStyles()
	instructions, sheet := word(m.lang, "instructions"), word(m.lang, "questionnaire")
	m.check(m.f.SetSheetName("Sheet1", instructions))
	_, err := m.f.NewSheet(sheet)
	m.check(err)
	_, err = m.f.NewSheet(metaSheet)
	m.check(err)
	m.instructions(instructions, sheet)
	m.questionnaire(sheet)
	m.meta(sheet)
	for _, s := range []string{instructions, sheet} {
		m.check(m.f.SetSheetView(s, 0, &excelize.ViewOptions{RightToLeft: &[]bool{m.rtl()}[0]}))
	}
	m.print(instructions, 9, "portrait", "")
	m.print(sheet, 8, "landscape", fmt.Sprintf("'%s'!$%d:$%d", sheet, headerRow, headerRow))
	m.check(m.f.SetSheetVisible(metaSheet, false, true))
	for _, s := range []string{instructions, sheet, metaSheet} {
		m.check(m.f.ProtectSheet(s, &excelize.SheetProtectionOptions{SelectLockedCells: true, SelectUnlockedCells: true, FormatColumns: true, FormatRows: true}))
	}
	m.check(m.f.SetDocProps(&excelize.DocProperties{
		Creator:     "nmirf",
		Title:       m.text(m.fw.Title) + ": " + word(m.lang, "title"),
		Identifier:  m.fw.ID + " " + m.fw.Version,
		Language:    m.lang,
		Created:     "2006-09-16T00:00:00Z", // fixed, so that Make is pure
		Modified:    "2006-09-16T00:00:00Z",
		Description: format + " " + formatVersion,
	}))
	m.f.SetActiveSheet(0)
	return m.err
}

// print sets the sheet to print on paper of the size (8 for A3, 9 for A4)
// in the orientation, one page wide, repeating the rows titles at the top
// of every page.
func (m *maker) print(sheet string, size int, orientation, titles string) {
	one, unbounded := 1, 0
	m.check(m.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &size, Orientation: &orientation, FitToWidth: &one, FitToHeight: &unbounded}))
	fit := true
	m.check(m.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}))
	if titles != "" {
		m.check(m.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: titles, Scope: sheet}))
	}
}

// fitRow sets the height of the row to show the longest of its texts,
// wrapped in columns of the widths given: spreadsheet programs do not
// grow rows to wrapped text written by a program.
func (m *maker) fitRow(sheet string, row int, texts map[float64][]string) {
	lines := 1
	for width, ts := range texts {
		perLine := int(width * 1.15)
		for _, t := range ts {
			n := 0
			for _, para := range strings.Split(t, "\n") {
				n += 1 + len([]rune(para))/perLine
			}
			lines = max(lines, n)
		}
	}
	m.check(m.f.SetRowHeight(sheet, row, min(409, float64(lines)*15+4)))
}

func (m *maker) newStyles() {
	order := uint64(1)
	if m.rtl() {
		order = 2
	}
	wrap := excelize.Alignment{WrapText: true, Vertical: "top", ReadingOrder: order}
	border := []excelize.Border{{Type: "left", Color: "A6A6A6", Style: 1}, {Type: "right", Color: "A6A6A6", Style: 1}, {Type: "top", Color: "A6A6A6", Style: 1}, {Type: "bottom", Color: "A6A6A6", Style: 1}}
	defs := map[string]*excelize.Style{
		"title":   {Font: &excelize.Font{Bold: true, Size: 14}, Alignment: &excelize.Alignment{Vertical: "center", ReadingOrder: order}, Protection: &excelize.Protection{Locked: true}},
		"label":   {Font: &excelize.Font{Bold: true}, Alignment: &wrap, Protection: &excelize.Protection{Locked: true}},
		"text":    {Alignment: &wrap, Border: border, Protection: &excelize.Protection{Locked: true}},
		"textLTR": {Alignment: &excelize.Alignment{WrapText: true, Vertical: "top", Horizontal: "left", ReadingOrder: 1}, Border: border, Protection: &excelize.Protection{Locked: true}},
		"plain":   {Alignment: &wrap, Protection: &excelize.Protection{Locked: true}},
		"header":  {Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E79"}}, Alignment: &wrap, Border: border, Protection: &excelize.Protection{Locked: true}},
		"dim":     {Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}, Alignment: &wrap, Border: border, Protection: &excelize.Protection{Locked: true}},
		"must":    {Font: &excelize.Font{Bold: true, Color: "C00000"}, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}, Border: border, Protection: &excelize.Protection{Locked: true}},
		"data":    {Font: &excelize.Font{Italic: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}, Alignment: &wrap, Border: border, Protection: &excelize.Protection{Locked: true}},
		"input":   {Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2CC"}}, Alignment: &wrap, Border: border, Protection: &excelize.Protection{Locked: false}},
	}
	m.styles = map[string]int{}
	for _, name := range []string{"title", "label", "text", "textLTR", "plain", "header", "dim", "must", "data", "input"} {
		id, err := m.f.NewStyle(defs[name])
		m.check(err)
		m.styles[name] = id
	}
}

func (m *maker) instructions(sheet, questionnaire string) {
	m.check(m.f.SetColWidth(sheet, "A", "A", 28))
	m.check(m.f.SetColWidth(sheet, "B", "B", 70))
	m.set(sheet, "A1", m.text(m.fw.Title))
	m.style(sheet, "A1", "A1", "title")
	m.check(m.f.MergeCell(sheet, "A1", "B1"))
	m.set(sheet, "A2", word(m.lang, "title"))
	m.style(sheet, "A2", "A2", "label")
	m.check(m.f.MergeCell(sheet, "A2", "B2"))
	rows := [][2]string{
		{word(m.lang, "framework"), m.text(m.fw.Title) + " (" + m.fw.ID + " " + m.fw.Version + ")"},
		{word(m.lang, "language"), m.lang},
	}
	if m.opts.Facts != nil {
		rows = append(rows, [2]string{word(m.lang, "factsAt"), m.opts.Facts.At.String()})
	}
	r := 4
	for _, row := range rows {
		m.set(sheet, cell("A", r), row[0])
		m.set(sheet, cell("B", r), row[1])
		m.style(sheet, cell("A", r), cell("A", r), "label")
		m.style(sheet, cell("B", r), cell("B", r), "plain")
		r++
	}
	r++
	paras := []string{word(m.lang, "steps")}
	if m.opts.Facts != nil {
		paras = append(paras, word(m.lang, "factsNote"))
	}
	if m.lang != "en" && !m.complete() {
		paras = append(paras, word(m.lang, "fallback"))
	}
	for _, p := range paras {
		m.set(sheet, cell("A", r), p)
		m.style(sheet, cell("A", r), cell("B", r), "plain")
		m.check(m.f.MergeCell(sheet, cell("A", r), cell("B", r)))
		m.fitRow(sheet, r, map[float64][]string{98: {p}})
		r++
	}
	_ = questionnaire
}

// complete reports whether every text of the framework the questionnaire
// shows has a version in its language.
func (m *maker) complete() bool {
	has := func(t map[string]string) bool { return t[m.lang] != "" }
	if !has(m.fw.Title) {
		return false
	}
	for _, l := range levels {
		if !has(m.fw.Levels.Get(l)) {
			return false
		}
	}
	for _, d := range m.fw.Dimensions {
		if !has(d.Title) {
			return false
		}
		for _, c := range d.Criteria {
			if !has(c.Title) || !has(c.Statement) || !has(c.Guidance) {
				return false
			}
			for _, l := range levels {
				if !has(c.Levels.Get(l)) {
					return false
				}
			}
		}
	}
	return true
}

var levels = maturity.Level("").Values()

func (m *maker) questionnaire(sheet string) {
	widths := map[string]float64{colID: 18, colTitle: 26, colMustHave: 11, colStatement: 40, colGuidance: 32, colDataLevel: 14, colFigures: 30, colAnswer: 18, colJustify: 36, colEvTitle: 24, colEvDocument: 18, colEvLink: 26}
	for col, w := range widths {
		m.check(m.f.SetColWidth(sheet, col, col, w))
	}
	m.check(m.f.SetColWidth(sheet, colName(colLevel0), colName(colLevel0+4), 30))
	if m.opts.Facts == nil {
		m.check(m.f.SetColVisible(sheet, colDataLevel+":"+colFigures, false))
	}
	m.set(sheet, "A1", m.text(m.fw.Title)+": "+word(m.lang, "title"))
	m.style(sheet, "A1", "A1", "title")
	m.check(m.f.MergeCell(sheet, "A1", "J1"))
	for i, f := range []struct{ label, cell, value string }{
		{word(m.lang, "name"), cellName, m.opts.Name},
		{word(m.lang, "role"), cellRole, m.opts.Role},
		{word(m.lang, "constituency"), cellConstituency, constituencyValue(m.opts.Constituency, m.lang)},
	} {
		r := 2 + i
		m.set(sheet, cell("A", r), f.label)
		m.style(sheet, cell("A", r), cell("C", r), "label")
		m.check(m.f.MergeCell(sheet, cell("A", r), cell("C", r)))
		m.set(sheet, f.cell, f.value)
		m.style(sheet, f.cell, f.cell, "input")
	}
	dv := excelize.NewDataValidation(true)
	dv.SetSqref(cellConstituency)
	dv.SetSqrefDropList(fmt.Sprintf("'%s'!$%s$1:$%s$5", metaSheet, metaConstituency, metaConstituency))
	m.check(m.f.AddDataValidation(sheet, dv))
	m.set(sheet, "A5", "★ = "+word(m.lang, "mustHave"))
	m.style(sheet, "A5", "A5", "plain")

	headers := []struct{ col, key string }{{colID, "id"}, {colTitle, "criterion"}, {colMustHave, "mustHave"}, {colStatement, "statement"}, {colGuidance, "guidance"}, {colDataLevel, "dataLevel"}, {colFigures, "figures"}, {colAnswer, "yourLevel"}, {colJustify, "justification"}, {colEvTitle, "evidenceTitle"}, {colEvDocument, "evidenceDocument"}, {colEvLink, "evidenceLink"}}
	for _, h := range headers {
		m.set(sheet, cell(h.col, headerRow), word(m.lang, h.key))
	}
	for i, l := range levels {
		m.set(sheet, cell(colName(colLevel0+i), headerRow), strconv.Itoa(i)+" · "+m.fw.LevelTitle(l, m.lang))
	}
	m.style(sheet, cell("A", headerRow), cell(lastCol, headerRow), "header")
	m.check(m.f.SetRowHeight(sheet, headerRow, 32))
	m.check(m.f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: 2, YSplit: headerRow, TopLeftCell: cell("C", firstRow), ActivePane: "bottomRight"}))

	r := firstRow
	var withNA, withoutNA []string
	for _, d := range m.fw.Dimensions {
		m.set(sheet, cell("A", r), m.text(d.Title))
		m.style(sheet, cell("A", r), cell(lastCol, r), "dim")
		m.check(m.f.MergeCell(sheet, cell("A", r), cell(lastCol, r)))
		r++
		for i := range d.Criteria {
			c := &d.Criteria[i]
			m.criterion(sheet, r, c)
			if offersNA(c) {
				withNA = append(withNA, cell(colAnswer, r))
			} else {
				withoutNA = append(withoutNA, cell(colAnswer, r))
			}
			r++
		}
	}
	for _, cells := range []struct {
		sqref []string
		last  int
	}{{withoutNA, 5}, {withNA, 6}} {
		if len(cells.sqref) == 0 {
			continue
		}
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(strings.Join(cells.sqref, " "))
		dv.SetSqrefDropList(fmt.Sprintf("'%s'!$%s$1:$%s$%d", metaSheet, metaLevels, metaLevels, cells.last))
		dv.SetInput(word(m.lang, "chooseLevel"), word(m.lang, "chooseLevelHelp"))
		dv.SetError(excelize.DataValidationErrorStyleStop, word(m.lang, "notALevel"), word(m.lang, "notALevelHelp"))
		m.check(m.f.AddDataValidation(sheet, dv))
	}
}

// offersNA reports whether the questionnaire offers "not applicable" for
// the criterion: where the framework says it may not apply, never for a
// must-have.
func offersNA(c *maturity.Criterion) bool { return c.MayNotApply && !c.MustHave }

func (m *maker) criterion(sheet string, r int, c *maturity.Criterion) {
	m.set(sheet, cell(colID, r), c.ID)
	if c.MustHave {
		m.set(sheet, cell(colMustHave, r), "★")
	}
	m.style(sheet, cell(colID, r), cell(colGuidance, r), "text")
	m.textCell(sheet, cell(colTitle, r), c.Title)
	m.textCell(sheet, cell(colStatement, r), c.Statement)
	for i, l := range levels {
		m.textCell(sheet, cell(colName(colLevel0+i), r), c.Levels.Get(l))
	}
	m.textCell(sheet, cell(colGuidance, r), c.Guidance)
	m.style(sheet, cell(colMustHave, r), cell(colMustHave, r), "must")
	m.style(sheet, cell(colDataLevel, r), cell(colFigures, r), "data")
	if m.opts.Facts != nil {
		level, figures := m.data(c)
		m.set(sheet, cell(colDataLevel, r), level)
		m.set(sheet, cell(colFigures, r), figures)
	}
	m.style(sheet, cell(colAnswer, r), cell(colEvLink, r), "input")
	levelTexts := []string{}
	for _, l := range levels {
		levelTexts = append(levelTexts, m.text(c.Levels.Get(l)))
	}
	m.fitRow(sheet, r, map[float64][]string{18: {c.ID}, 26: {m.text(c.Title)}, 40: {m.text(c.Statement)}, 30: levelTexts, 32: {m.text(c.Guidance)}})
}

// data returns the level the facts give the criterion, by its rules (the
// lowest, as maturity.Score finds it), and the figures it rests on.
func (m *maker) data(c *maturity.Criterion) (string, string) {
	var level maturity.Level
	var figures []string
	for _, rule := range c.Rules {
		v, ok := m.opts.Facts.Get(rule.Fact)
		if !ok || math.IsNaN(v.Value) || math.IsInf(v.Value, 0) {
			continue
		}
		l := rule.Level(v.Value)
		if level == "" || l.Rank() < level.Rank() {
			level = l
		}
		arrow := " → "
		if m.rtl() {
			arrow = " ← "
		}
		figures = append(figures, maturity.FactTitle(rule.Fact, m.lang)+": "+figure(v)+arrow+m.fw.LevelTitle(l, m.lang))
	}
	if level == "" {
		return word(m.lang, "noFacts"), ""
	}
	return strconv.Itoa(level.Rank()) + " · " + m.fw.LevelTitle(level, m.lang), strings.Join(figures, "\n")
}

// figure writes a fact's value: a share as a percentage with its counts,
// another value as a number.
func figure(v maturity.FactValue) string {
	if v.Of > 0 {
		return fmt.Sprintf("%d%% (%d/%d)", int(math.Round(v.Value*100)), v.Count, v.Of)
	}
	return strconv.FormatFloat(v.Value, 'f', -1, 64)
}

func (m *maker) meta(sheet string) {
	m.set(metaSheet, "A1", "format")
	m.set(metaSheet, metaFormat, format)
	m.set(metaSheet, "A2", "formatVersion")
	m.set(metaSheet, metaFormatVersion, formatVersion)
	m.set(metaSheet, "A3", "framework")
	m.set(metaSheet, metaFramework, m.fw.ID)
	m.set(metaSheet, "A4", "frameworkVersion")
	m.set(metaSheet, metaVersion, m.fw.Version)
	m.set(metaSheet, "A5", "language")
	m.set(metaSheet, metaLanguage, m.lang)
	m.set(metaSheet, "A6", "factsAt")
	if m.opts.Facts != nil {
		m.set(metaSheet, metaFactsAt, m.opts.Facts.At.String())
	}
	m.set(metaSheet, "A7", "sheet")
	m.set(metaSheet, metaSheetName, sheet)
	m.set(metaSheet, cell("A", metaFirstCrit-1), "criterion")
	m.set(metaSheet, cell("B", metaFirstCrit-1), "row")
	r, row := metaFirstCrit, firstRow
	for _, d := range m.fw.Dimensions {
		row++ // the dimension's row
		for _, c := range d.Criteria {
			m.set(metaSheet, cell("A", r), c.ID)
			m.set(metaSheet, cell("B", r), row)
			r++
			row++
		}
	}
	for i, l := range levels {
		m.set(metaSheet, cell(metaLevels, i+1), m.fw.LevelTitle(l, m.lang))
	}
	m.set(metaSheet, cell(metaLevels, 6), word(m.lang, "notApplicable"))
	for i, c := range maturity.Constituency("").Values() {
		m.set(metaSheet, cell(metaConstituency, i+1), constituencyTitle(c, m.lang))
	}
}

func constituencyValue(c maturity.Constituency, lang string) string {
	if c == "" {
		return ""
	}
	return constituencyTitle(c, lang)
}

// cell returns the name of the cell in the column and row.
func cell(col string, row int) string { return col + strconv.Itoa(row) }

// colName returns the name of the column numbered n from 1.
func colName(n int) string {
	s, _ := excelize.ColumnNumberToName(n)
	return s
}
