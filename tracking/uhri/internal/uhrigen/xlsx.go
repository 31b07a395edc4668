package uhrigen

import (
	"archive/zip"
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"iter"
	"math/rand/v2"
	"strconv"
	"strings"
)

// Cell is a cell of a generated workbook.
type Cell struct {
	// Text is the cell's text, written as a shared string.
	Text string
	// Number, when set, makes the cell a number, written as is.
	Number string
	// Date shows a number as a date (Excel's short date format), as the
	// export shows its dates.
	Date bool
}

// Sheet is the name of the one sheet of a generated workbook.
const Sheet = "Export"

// WriteXLSX writes a workbook of one sheet whose rows rows yields, as Excel
// writes one: every text in the shared-strings table (never an inline
// string), numbers as numbers, dates as serial numbers in a date format,
// cells and rows with their references, empty cells left out. The sheet
// streams to w; the shared strings, which Excel writes after it, are held
// in memory until the end.
func WriteXLSX(w io.Writer, rows iter.Seq[[]Cell]) error {
	z := zip.NewWriter(w)
	put := func(name, content string) error {
		f, err := z.Create(name)
		if err != nil {
			return err
		}
		_, err = io.WriteString(f, content)
		return err
	}
	for _, p := range [][2]string{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"docProps/app.xml", appProps},
		{"xl/workbook.xml", workbook},
		{"xl/_rels/workbook.xml.rels", workbookRels},
		{"xl/styles.xml", styles},
	} {
		if err := put(p[0], p[1]); err != nil {
			return err
		}
	}
	f, err := z.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		return err
	}
	sw := bufio.NewWriterSize(f, 64<<10)
	sw.WriteString(xml.Header + `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>`)
	sst := map[string]int{}
	var strs []string
	refs := 0
	row := 0
	for cells := range rows {
		row++
		fmt.Fprintf(sw, `<row r="%d">`, row)
		for i, c := range cells {
			ref := column(i) + strconv.Itoa(row)
			switch {
			case c.Number != "" && c.Date:
				fmt.Fprintf(sw, `<c r="%s" s="1"><v>%s</v></c>`, ref, c.Number)
			case c.Number != "":
				fmt.Fprintf(sw, `<c r="%s"><v>%s</v></c>`, ref, c.Number)
			case c.Text != "":
				k, ok := sst[c.Text]
				if !ok {
					k = len(strs)
					sst[c.Text] = k
					strs = append(strs, c.Text)
				}
				refs++
				fmt.Fprintf(sw, `<c r="%s" t="s"><v>%d</v></c>`, ref, k)
			}
		}
		sw.WriteString(`</row>`)
	}
	sw.WriteString(`</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
	if err := sw.Flush(); err != nil {
		return err
	}
	f, err = z.Create("xl/sharedStrings.xml")
	if err != nil {
		return err
	}
	sw = bufio.NewWriterSize(f, 64<<10)
	fmt.Fprintf(sw, xml.Header+`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">`, refs, len(strs))
	for _, s := range strs {
		sw.WriteString("<si><t")
		if strings.TrimSpace(s) != s || strings.Contains(s, "\n") {
			sw.WriteString(` xml:space="preserve"`)
		}
		sw.WriteString(">")
		xml.EscapeText(sw, []byte(s))
		sw.WriteString("</t></si>")
	}
	sw.WriteString("</sst>")
	if err := sw.Flush(); err != nil {
		return err
	}
	return z.Close()
}

// column returns the letters of the column at index i (0 → A, 26 → AA).
func column(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// XLSX writes an export of n records in the spreadsheet form as UHRI's
// "Export to Excel" gives it, made from seed: the misspelt headers, "- "
// list cells, dates as Excel serial numbers in a date format and every text
// in the shared-strings table.
func XLSX(w io.Writer, n int, seed uint64) error {
	g := &gen{rnd: rand.New(rand.NewPCG(seed, 0x5eed))}
	pool := make([]Record, poolSize)
	for i := range pool {
		g.fill(&pool[i], i)
	}
	return WriteXLSX(w, func(yield func([]Cell) bool) {
		header := make([]Cell, len(Headers))
		for i, h := range Headers {
			header[i] = Cell{Text: h}
		}
		if !yield(header) {
			return
		}
		for range n {
			r := pool[g.rnd.IntN(len(pool))]
			r.AnnotationID = g.uuid()
			if !yield(Row(&r)) {
				return
			}
		}
	})
}

// Row returns r as a row of the spreadsheet export, in the order of
// Headers.
func Row(r *Record) []Cell {
	lines := func(v []string) Cell {
		if len(v) == 0 {
			return Cell{}
		}
		return Cell{Text: "- " + strings.Join(v, "\n- ")}
	}
	date := func(iso string) Cell {
		if iso == "" {
			return Cell{}
		}
		return Cell{Number: serial(iso), Date: true}
	}
	session := Cell{}
	if len(r.UprSession) == 1 {
		session.Number = r.UprSession[0]
	}
	return []Cell{
		{Text: r.Text}, lines(r.Countries), {Text: r.Body}, {Text: r.Symbol}, lines(r.Themes), lines(r.AffectedPersons),
		lines(r.Sdgs), date(r.PublicationDate), lines(r.UprRecommendingCountry), {Text: strings.Join(r.UprPositions, "\n")},
		{Text: r.AnnotationType}, {Text: r.AnnotationID}, session, lines(r.Regions),
		lines(r.UprRecommendingRegions), date(r.PublicationDateOnUhri),
	}
}

const contentTypes = xml.Header + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`

const rootRels = xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`

const appProps = xml.Header + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`

const workbook = xml.Header + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="` + Sheet + `" sheetId="1" r:id="rId1"/></sheets></workbook>`

const workbookRels = xml.Header + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`

const styles = xml.Header + `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
