package workbook

import (
	"cmp"
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// Grouping says how the implementation matrix groups recommendations.
type Grouping string

// The groupings of the matrix.
const (
	GroupNone    Grouping = ""        // one table
	GroupCluster Grouping = "cluster" // a table per cluster, and one for recommendations in none
	GroupTheme   Grouping = "theme"   // a table per theme (ThemeScheme), and one for those with none
)

// ThemeScheme is the taxonomy the matrix reads themes from.
const ThemeScheme = "uhri-theme"

// MatrixOptions say what the implementation matrix shows.
type MatrixOptions struct {
	// At is the date the matrix shows: the statuses and indicator values
	// as they stood that day. It is required: nothing reads a clock.
	At time.Time
	// Language is the language of the text and of the codes' titles; empty
	// means English. Text missing in it falls back as tracking.Text.Get
	// does.
	Language string
	// Group says how the recommendations are grouped.
	Group Grouping
	// Cycle, when not zero, keeps the UPR recommendations of that cycle.
	Cycle int
	// Body, when set, keeps the recommendations of that body (a committee
	// code such as "CEDAW", or "UPR" for the UPR).
	Body string
	// Status, when set, keeps the recommendations whose current status (from
	// all sources) is one of these; tracking.ImplementationStatus("") keeps
	// those not assessed.
	Status []tracking.ImplementationStatus
	// Inactive, when true, keeps the recommendations that are closed or
	// superseded, which are no longer open work; they are left out
	// otherwise (see tracking.Recommendation.Active).
	Inactive bool
}

// Matrix is the implementation matrix: a table of recommendations with
// what is done about them, in groups.
type Matrix struct {
	// Language is the language of its headers, group titles and codes'
	// titles: MatrixOptions.Language, or English.
	Language string
	// Columns are the headers of the table, in Language.
	Columns []string
	// Groups are the groups of rows, in order.
	Groups []MatrixGroup
}

// MatrixGroup is a group of rows of the matrix.
type MatrixGroup struct {
	// Title names the group; empty for the one group of an ungrouped matrix.
	Title string
	// Rows are the group's rows, one a recommendation, a cell a column.
	Rows [][]string
}

// NewMatrix builds the implementation matrix of ds.
func NewMatrix(ds *tracking.Dataset, opt MatrixOptions) (*Matrix, error) {
	if ds == nil {
		return nil, schema.Problems{problem("", CodeArguments, "dataset", nil)}
	}
	if opt.At.IsZero() {
		return nil, schema.Problems{problem("/At", CodeArguments, "matrixDate", nil)}
	}
	lang := cmp.Or(opt.Language, "en")
	ix := tracking.NewIndex(ds)
	name := func(id tracking.ID) string {
		for i := range ds.Entities {
			if ds.Entities[i].ID == id {
				e := &ds.Entities[i]
				return cmp.Or(e.Acronym, e.Ref, e.Name.Get(lang))
			}
		}
		return id.String()
	}
	var sources []tracking.AssessmentSource
	for _, a := range ds.Assessments {
		if a.Status != "" && !slices.Contains(sources, a.Source) {
			sources = append(sources, a.Source)
		}
	}
	slices.SortFunc(sources, func(a, b tracking.AssessmentSource) int {
		return slices.Index(a.Values(), a) - slices.Index(b.Values(), b)
	})
	m := &Matrix{Language: lang}
	for _, c := range matrixColumns {
		m.Columns = append(m.Columns, word(c, lang))
	}
	for _, s := range sources {
		m.Columns = append(m.Columns, word("Implementation status", lang)+" ("+codeTitle("assessment-source", string(s), lang)+")")
	}
	status := func(id tracking.ID, src ...tracking.AssessmentSource) (tracking.ImplementationStatus, string) {
		a, ok := tracking.CurrentStatus(ix, id, opt.At, src...)
		if !ok {
			return "", ""
		}
		return a.Status, codeTitle("implementation-status", string(a.Status), lang) + " (" + a.Date.String() + ")"
	}
	groups := map[string]*MatrixGroup{}
	var order []string
	add := func(title string, row []string) {
		g := groups[title]
		if g == nil {
			g = &MatrixGroup{Title: title}
			groups[title] = g
			order = append(order, title)
		}
		g.Rows = append(g.Rows, row)
	}
	for i := range ds.Recommendations {
		r := &ds.Recommendations[i]
		if !keep(r, opt) {
			continue
		}
		current, currentText := status(r.ID)
		if len(opt.Status) > 0 && !slices.Contains(opt.Status, current) {
			continue
		}
		row := []string{
			r.Ref, r.Source.Paragraph, sourceText(r, lang),
			strings.Join(states(r.Source.RecommendingStates, lang), word(", ", lang)),
			positionText(r, lang), r.Text.Get(lang),
			strings.Join(themes(r, lang), word("; ", lang)), strings.Join(sdgs(r), word(", ", lang)),
			"", "", "", currentText,
		}
		var ents []string
		for _, id := range ix.ResponsibleEntities(r.ID) {
			e := name(id)
			if slices.Contains(ix.LeadEntities(r.ID), id) {
				e += " (" + word(leadNote, lang) + ")"
			}
			ents = append(ents, e)
		}
		row[8] = strings.Join(ents, word("; ", lang))
		var acts []string
		for _, a := range ix.ActionsFor(r.ID) {
			acts = append(acts, strings.TrimSpace(a.Ref+" "+a.Title.Get(lang))+" ["+codeTitle("action-status", string(a.Status), lang)+"]")
		}
		row[9] = strings.Join(acts, "\n")
		var inds []string
		for _, in := range ix.IndicatorsFor(r.ID) {
			s := strings.TrimSpace(in.Ref + " " + in.Title.Get(lang))
			if p := in.ProgressAt(opt.At); p.Latest != nil {
				s += ": " + strconv.FormatFloat(p.Latest.Value, 'f', -1, 64) + unit(in) + " (" + p.Latest.Date.String() + ")"
			}
			inds = append(inds, s)
		}
		row[10] = strings.Join(inds, "\n")
		for _, s := range sources {
			_, t := status(r.ID, s)
			row = append(row, t)
		}
		switch opt.Group {
		case GroupCluster:
			cls := ix.ClustersOf(r.ID)
			if len(cls) == 0 {
				add("", row)
			}
			for _, c := range cls {
				add(strings.TrimSpace(c.Ref+" "+c.Title.Get(lang)), row)
			}
		case GroupTheme:
			ts := themes(r, lang)
			if len(ts) == 0 {
				add("", row)
			}
			for _, t := range ts {
				add(t, row)
			}
		default:
			add("", row)
		}
	}
	// The group of recommendations with no cluster or theme comes last.
	slices.SortStableFunc(order, func(a, b string) int { return cmp.Compare(none(a), none(b)) })
	for _, t := range order {
		g := groups[t]
		if g.Title == "" && opt.Group != GroupNone {
			g.Title = word(map[Grouping]string{GroupCluster: "No cluster", GroupTheme: "No theme"}[opt.Group], lang)
		}
		m.Groups = append(m.Groups, *g)
	}
	return m, nil
}

func none(title string) int {
	if title == "" {
		return 1
	}
	return 0
}

func keep(r *tracking.Recommendation, opt MatrixOptions) bool {
	if !opt.Inactive && !r.Active() {
		return false
	}
	if opt.Cycle != 0 && (r.Source.Family != tracking.MechanismFamilyUPR || r.Source.Cycle != opt.Cycle) {
		return false
	}
	if opt.Body != "" {
		body := r.Source.Body
		if r.Source.Family == tracking.MechanismFamilyUPR {
			body = "UPR"
		}
		if !strings.EqualFold(body, opt.Body) {
			return false
		}
	}
	return true
}

func unit(in *tracking.Indicator) string {
	if in.Unit == "" {
		return ""
	}
	return " " + in.Unit
}

// matrixColumns are the English names of the matrix's columns, before
// one column a source of assessments.
var matrixColumns = []string{"Ref", "Paragraph", "Source", "Recommending States", "Position", "Recommendation", "Themes", "SDGs", "Responsible entities", "Actions", "Indicators", "Implementation status"}

// matrixWidths are the widths of the matrix's wider columns, by index.
var matrixWidths = map[int]float64{2: 24, 3: 20, 5: 60, 6: 28, 8: 24, 9: 40, 10: 40}

// states returns the names of recommending States in the language lang,
// their codes where the codelist has no name.
func states[T ~string](s []T, lang string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[i] = codeTitle("country", string(v), lang)
	}
	return out
}

func sourceText(r *tracking.Recommendation, lang string) string {
	parts := []string{codeTitle("mechanism-family", string(r.Source.Family), lang)}
	if r.Source.Body != "" {
		parts = append(parts, r.Source.Body)
	}
	if r.Source.Cycle != 0 {
		parts = append(parts, fill("cycle {n}", lang, map[string]string{"n": strconv.Itoa(r.Source.Cycle)}))
	}
	if r.Source.Document != "" {
		parts = append(parts, r.Source.Document)
	}
	return strings.Join(parts, word(", ", lang))
}

func positionText(r *tracking.Recommendation, lang string) string {
	if r.Position == nil {
		return ""
	}
	return codeTitle("position", string(r.Position.Value), lang)
}

func themes(r *tracking.Recommendation, lang string) []string {
	var out []string
	for _, t := range r.Classifications {
		if t.Scheme == ThemeScheme {
			out = append(out, cmp.Or(t.Label.Get(lang), t.Code))
		}
	}
	return out
}

func sdgs(r *tracking.Recommendation) []string {
	var out []string
	for _, l := range r.SDGTargets {
		if !slices.Contains(out, string(l.Target)) {
			out = append(out, string(l.Target))
		}
	}
	for _, l := range r.SDGGoals {
		if !slices.Contains(out, string(l.Goal)) {
			out = append(out, string(l.Goal))
		}
	}
	return out
}

// check returns the error of a nil matrix or a nil writer, for the
// writers of the matrix.
func (m *Matrix) check(w io.Writer) error {
	switch {
	case m == nil:
		return schema.Problems{problem("", CodeArguments, "matrix", nil)}
	case w == nil:
		return schema.Problems{problem("", CodeArguments, "writer", nil)}
	}
	return nil
}

// written returns the error of a writer of the matrix in the format
// format: nil, or a schema.Problems of the code CodeWrite carrying err's
// text.
func written(format string, err error) error {
	if err == nil {
		return nil
	}
	return schema.Problems{problem("", CodeWrite, "matrix", schema.Args{"format": format, "error": err.Error()})}
}

// WriteCSV writes the matrix as CSV: a header row, then the rows, with a
// first column naming the group when the matrix is grouped.
func (m *Matrix) WriteCSV(w io.Writer) error {
	if err := m.check(w); err != nil {
		return err
	}
	return written("CSV", m.writeCSV(w))
}

func (m *Matrix) writeCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	grouped := len(m.Groups) > 0 && m.Groups[0].Title != ""
	head := m.Columns
	if grouped {
		head = append([]string{word("Group", m.Language)}, head...)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, g := range m.Groups {
		for _, r := range g.Rows {
			if grouped {
				r = append([]string{g.Title}, r...)
			}
			if err := cw.Write(r); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteMarkdown writes the matrix as Markdown tables, a heading a group.
func (m *Matrix) WriteMarkdown(w io.Writer) error {
	if err := m.check(w); err != nil {
		return err
	}
	return written("Markdown", m.writeMarkdown(w))
}

func (m *Matrix) writeMarkdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# " + word("Implementation matrix", m.Language) + "\n")
	esc := func(s string) string {
		s = strings.ReplaceAll(s, "|", `\|`)
		return strings.ReplaceAll(strings.ReplaceAll(s, "\r", ""), "\n", "<br>")
	}
	for _, g := range m.Groups {
		b.WriteString("\n")
		if g.Title != "" {
			b.WriteString("## " + esc(g.Title) + "\n\n")
		}
		b.WriteString("| " + strings.Join(m.Columns, " | ") + " |\n|")
		b.WriteString(strings.Repeat(" --- |", len(m.Columns)) + "\n")
		for _, r := range g.Rows {
			cells := make([]string, len(r))
			for i, c := range r {
				cells[i] = esc(c)
			}
			b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteXLSX writes the matrix as a workbook of one sheet, a title row a
// group, right to left when rtl is true (as tracking.RightToLeft says of
// the matrix's language).
func (m *Matrix) WriteXLSX(w io.Writer, rtl bool) error {
	if err := m.check(w); err != nil {
		return err
	}
	return written("XLSX", m.writeXLSX(w, rtl))
}

func (m *Matrix) writeXLSX(w io.Writer, rtl bool) error {
	f := excelize.NewFile()
	defer f.Close()
	name := word("Matrix", m.Language)
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return err
	}
	header, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E2F3"}},
		Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	group, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}})
	wrap, _ := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	head := make([]any, len(m.Columns))
	for i, c := range m.Columns {
		head[i] = c
	}
	if err := f.SetSheetRow(name, "A1", &head); err != nil {
		return err
	}
	last := colName(len(m.Columns))
	_ = f.SetCellStyle(name, "A1", last+"1", header)
	_ = f.SetColStyle(name, "A:"+last, wrap)
	for i := range m.Columns {
		_ = f.SetColWidth(name, colName(i+1), colName(i+1), cmp.Or(matrixWidths[i], 16))
	}
	row := 2
	for _, g := range m.Groups {
		if g.Title != "" {
			if err := f.SetCellStr(name, cellName(1, row), xmlSafe(g.Title)); err != nil {
				return err
			}
			_ = f.MergeCell(name, cellName(1, row), cellName(len(m.Columns), row))
			_ = f.SetCellStyle(name, cellName(1, row), cellName(len(m.Columns), row), group)
			row++
		}
		for _, r := range g.Rows {
			cells := make([]any, len(r))
			for i, c := range r {
				cells[i] = c
			}
			if err := f.SetSheetRow(name, cellName(1, row), ptr(safeRow(cells))); err != nil {
				return err
			}
			row++
		}
	}
	if err := f.SetPanes(name, &excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight"}); err != nil {
		return err
	}
	if rtl {
		_ = f.SetSheetView(name, 0, &excelize.ViewOptions{RightToLeft: &rtl})
	}
	_, err := f.WriteTo(w)
	return err
}
