package uhri

import (
	"cmp"
	"embed"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/width"

	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

//go:embed summary/*.json
var summaryFiles embed.FS

// summaryCatalogues are the words of Report.Text, by language.
var summaryCatalogues = schema.EmbeddedCatalogues(summaryFiles, "summary")

// SummaryWords returns the catalogue of the words of the report's text
// (Report.Text) in the language lang, and whether there is one: the six UN
// languages, "en" always. A host that adds a language renders the same
// keys from its own catalogue. It is safe for concurrent use.
func SummaryWords(lang string) (schema.Catalogue, bool) { return summaryCatalogues.Get(lang) }

// summaryWriter writes the report's text in one language: its words, its
// numbers and the messages of the warnings.
type summaryWriter struct {
	b        strings.Builder
	words    schema.Catalogue
	messages schema.Catalogue
	numbers  *message.Printer
	lang     string // the language of the words, for codelist titles
}

func newSummaryWriter(lang string) *summaryWriter {
	tag, err := language.Parse(lang)
	if err != nil {
		tag = language.English
	}
	base, _ := tag.Base()
	w := &summaryWriter{}
	var ok bool
	if w.words, ok = SummaryWords(base.String()); !ok {
		w.words, _ = SummaryWords("en")
		tag = language.English
	}
	if w.messages, ok = Messages(base.String()); !ok {
		w.messages, _ = Messages("en")
	}
	// Arabic is written with Western digits unless the tag asks for
	// others ("ar-u-nu-arab").
	if base.String() == "ar" && tag.TypeForKey("nu") == "" {
		if t, err := tag.SetTypeForKey("nu", "latn"); err == nil {
			tag = t
		}
	}
	w.numbers = message.NewPrinter(tag)
	b, _ := tag.Base()
	w.lang = b.String()
	return w
}

// title returns the title of a code of a codelist in the writer's
// language, or the code itself when the codelist has no such code.
func (w *summaryWriter) title(codelist, code string) string {
	if t := schema.CodeTitle(codelist, code, w.lang); t != "" {
		return t
	}
	return code
}

// word returns the words of key with args.
func (w *summaryWriter) word(key string, args schema.Args) string {
	if t, ok := w.words.Template(key); ok {
		return schema.Format(t, args)
	}
	return key
}

// num formats a count for the language.
func (w *summaryWriter) num(n int) string { return w.numbers.Sprintf("%d", n) }

// line writes a label and a count in two columns: the label padded to 32
// columns (counting wide characters twice), the count right-aligned in 7.
func (w *summaryWriter) line(indent int, label string, n int) {
	w.b.WriteString(strings.Repeat(" ", indent))
	w.b.WriteString(label)
	w.b.WriteString(strings.Repeat(" ", max(32-indent-columns(label), 0)+1))
	num := w.num(n)
	w.b.WriteString(strings.Repeat(" ", max(7-columns(num), 0)))
	w.b.WriteString(num)
	w.b.WriteByte('\n')
}

// columns counts the columns a terminal gives s: two for a wide
// character, none for a combining mark.
func columns(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case width.LookupRune(r).Kind() == width.EastAsianWide, width.LookupRune(r).Kind() == width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// tally writes "label: a 3, b 1" with the largest counts first; name
// gives the words for a key.
func tallyIn[K ~string](w *summaryWriter, label string, m map[K]int, name func(K) string) {
	if len(m) == 0 {
		return
	}
	keys := slices.SortedFunc(maps.Keys(m), func(x, y K) int {
		if c := cmp.Compare(m[y], m[x]); c != 0 {
			return c
		}
		return strings.Compare(string(x), string(y))
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = w.word("item", schema.Args{"name": name(k), "count": w.num(m[k])})
	}
	w.b.WriteString("  ")
	w.b.WriteString(w.word("tally", schema.Args{"label": label, "items": strings.Join(parts, w.word("separator", nil))}))
	w.b.WriteByte('\n')
}

// warning writes a warning on one line, as Warning.String does, in the
// writer's language: where the record stands, its annotation ID, and the
// problem with its message from the package's catalogue of the language
// (the English message when the catalogue has no template for it).
func (w *summaryWriter) warning(x Warning) string {
	where := w.word("record", schema.Args{"index": strconv.Itoa(x.Index)})
	if x.Problem.Location.IsZero() {
		switch {
		case x.Sheet != "":
			where = w.word("recordRow", schema.Args{"index": strconv.Itoa(x.Index), "row": strconv.Itoa(x.Row), "sheet": x.Sheet})
		case x.Line > 0:
			where = w.word("recordLine", schema.Args{"index": strconv.Itoa(x.Index), "line": strconv.Itoa(x.Line)})
		default:
			where = w.word("recordByte", schema.Args{"index": strconv.Itoa(x.Index), "offset": strconv.FormatInt(x.Offset, 10)})
		}
	}
	if x.AnnotationID != "" {
		where += " " + x.AnnotationID
	}
	p := x.Problem
	if m, ok := w.messages.Render(p); ok {
		p.Message = m
	}
	return where + ": " + p.String()
}

// Text renders the report as text for people in the language lang, a
// BCP 47 tag of one of the six UN languages (English for another): the
// counts, the tallies, and the warnings summed up by code, the most
// frequent first, each code with its count and its first ExamplesPerCode
// warnings, their messages in that language. Counts are written as the
// language writes numbers (12 345 in French), in Western digits in Arabic
// unless the tag asks for Arabic-Indic ones ("ar-u-nu-arab"); codes, IDs,
// record indexes, lines and byte offsets are written as they are. The
// full list of warnings is in Warnings, which the report's JSON holds. A
// nil report renders as an empty one: nothing read.
func (r *Report) Text(lang string) string {
	if r == nil {
		r = &Report{}
	}
	w := newSummaryWriter(lang)
	b := &w.b
	b.WriteString(w.word("title", schema.Args{"format": r.Format.String()}))
	b.WriteByte('\n')
	w.line(2, w.word("read", nil), r.Read)
	w.line(4, w.word("imported", nil), r.Imported)
	w.line(4, w.word("filtered", nil), r.Filtered)
	w.line(4, w.word("skipped", nil), r.Skipped)
	for _, k := range slices.Sorted(maps.Keys(r.SkippedBy)) {
		w.line(6, k, r.SkippedBy[k])
	}
	if r.Added+r.Updated+r.Unchanged+r.Combined+r.Older > 0 {
		w.line(2, w.word("added", nil), r.Added)
		w.line(4, w.word("updated", nil), r.Updated)
		w.line(4, w.word("unchanged", nil), r.Unchanged)
		if r.Older > 0 {
			w.line(4, w.word("older", nil), r.Older)
		}
		w.line(4, w.word("combined", nil), r.Combined)
	}
	if r.Recoded > 0 {
		w.line(2, w.word("recoded", nil), r.Recoded)
	}
	asIs := func(k string) string {
		if k == "" {
			return w.word("noneKnown", nil)
		}
		return k
	}
	if r.NothingKept() {
		b.WriteString("  " + w.word("nothingKept", schema.Args{"count": w.num(r.Filtered)}) + "\n")
		tallyIn(w, "  "+w.word("statesRead", nil), r.StatesRead, func(c tracking.Country) string { return asIs(string(c)) })
		tallyIn(w, "  "+w.word("bodiesRead", nil), r.BodiesRead, asIs)
	}
	tallyIn(w, w.word("byFamily", nil), r.ByFamily, func(f tracking.MechanismFamily) string {
		return asIs(w.title("mechanism-family", string(f)))
	})
	tallyIn(w, w.word("byBody", nil), r.ByBody, asIs)
	tallyIn(w, w.word("byKind", nil), r.ByKind, func(k tracking.RecommendationKind) string {
		return asIs(w.title("recommendation-kind", string(k)))
	})
	tallyIn(w, w.word("byPosition", nil), r.ByPosition, func(p string) string {
		if p == "none" {
			return w.word("noPosition", nil)
		}
		return asIs(w.title("position", p))
	})
	tallyIn(w, w.word("unknownFields", nil), r.UnknownFields, asIs)
	total := len(r.Warnings) + r.WarningsOmitted
	if len(r.WarningCounts) == 0 {
		b.WriteString("  " + w.word("warnings", schema.Args{"count": w.num(total)}) + "\n")
		return b.String()
	}
	counted := 0
	for _, n := range r.WarningCounts {
		counted += n
	}
	b.WriteString("  " + w.word("warningsByCode", schema.Args{"count": w.num(counted), "examples": w.num(ExamplesPerCode)}) + "\n")
	codes := slices.SortedFunc(maps.Keys(r.WarningCounts), func(x, y string) int {
		if c := cmp.Compare(r.WarningCounts[y], r.WarningCounts[x]); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	for _, code := range codes {
		w.line(4, code, r.WarningCounts[code])
		examples := r.examples[code]
		if examples == nil { // a report decoded from JSON
			for _, x := range r.Warnings {
				if x.Code == code && len(examples) < ExamplesPerCode {
					examples = append(examples, x)
				}
			}
		}
		for _, x := range examples {
			b.WriteString("      " + w.warning(x) + "\n")
		}
		if n := r.WarningCounts[code] - len(examples); n > 0 {
			b.WriteString("      " + w.word("more", schema.Args{"count": w.num(n)}) + "\n")
		}
	}
	if r.WarningsOmitted > 0 {
		b.WriteString("  " + w.word("omitted", schema.Args{"listed": w.num(len(r.Warnings)), "omitted": w.num(r.WarningsOmitted)}) + "\n")
	}
	return b.String()
}
