// Command workbook moves a tracking dataset to and from spreadsheets.
//
//	workbook export [-entity REF] [-lang L] -o FILE.xlsx DATASET.json
//	workbook import [-into DATASET.json] [-lang L] -o DATASET.json FILE.xlsx...
//	workbook matrix [-format xlsx|csv|md] [-lang L] [-at DATE] [-group cluster|theme]
//	                [-cycle N] [-body B] [-status S,...] [-all] [-o FILE] DATASET.json
//
// export writes the dataset as a workbook to edit (one sheet per kind of
// record; -entity makes one responsible entity's workbook, -lang its
// language). import merges edited workbooks into -into, or, without it,
// into the dataset the first workbook was exported from, and writes the
// result; every problem is printed as file:Sheet!Cell: pointer: message
// [code], the message in -lang (by default the first workbook's language). matrix writes the implementation matrix at the date -at, of
// the active recommendations (-all for the closed and superseded too).
// Flags may also follow the files. The exit status is 0 on success, 1
// when the data have problems or a file cannot be read or written, 2 on a
// usage error.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/nmirf/nmirf/internal/l10n"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/workbook"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, time.Now, tracking.SystemIDGenerator()))
}

type usageError string

func (e usageError) Error() string { return string(e) }

const usage = `usage:
  workbook export [-entity REF] [-lang L] -o FILE.xlsx DATASET.json
  workbook import [-into DATASET.json] [-lang L] -o DATASET.json FILE.xlsx...
  workbook matrix [-format xlsx|csv|md] [-lang L] [-at DATE] [-group cluster|theme] [-cycle N] [-body B] [-status S,...] [-all] [-o FILE] DATASET.json`

func run(args []string, stdout, stderr io.Writer, now func() time.Time, gen tracking.IDGenerator) int {
	var err error
	if len(args) == 0 {
		err = usageError("give a command: export, import or matrix")
	} else {
		switch args[0] {
		case "export":
			err = export(args[1:], stderr)
		case "import":
			err = importBooks(args[1:], stdout, stderr, gen)
		case "matrix":
			err = matrix(args[1:], stdout, stderr, now)
		case "-h", "-help", "--help", "help":
			fmt.Fprintln(stderr, usage)
			return 2
		default:
			err = usageError(fmt.Sprintf("%q is not a command: export, import or matrix", args[0]))
		}
	}
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 2
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "workbook: %v\n%s\n", err, usage)
		return 2
	}
	fmt.Fprintf(stderr, "workbook: %v\n", err)
	return 1
}

// parse parses flags that may stand before, between and after the files,
// and returns the files.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, flag.ErrHelp
		}
		args = fs.Args()
		if len(args) == 0 {
			return files, nil
		}
		files = append(files, args[0])
		args = args[1:]
	}
}

func readDataset(name string) (*tracking.Dataset, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	ds, err := tracking.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return ds, nil
}

func export(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("workbook export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	entity := fs.String("entity", "", "make the workbook of this responsible entity (its ref or ID)")
	lang := fs.String("lang", "en", "the workbook's language: ar, en, es, fr, ru or zh")
	out := fs.String("o", "", "the workbook to write (required)")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 || *out == "" {
		return usageError("export takes one dataset and -o FILE.xlsx")
	}
	ds, err := readDataset(files[0])
	if err != nil {
		return err
	}
	opt := workbook.Options{Language: *lang}
	if *entity != "" {
		ix := tracking.NewIndex(ds)
		kind, id, ok := ix.Ref(*entity)
		if !ok {
			if id, err = tracking.ParseID(*entity); err == nil {
				kind, ok = ix.Kind(id), true
			}
		}
		if !ok || kind != tracking.RecordKindEntity {
			return usageError(fmt.Sprintf("-entity: the dataset has no entity %q", *entity))
		}
		opt.Entity = id
	}
	var b bytes.Buffer
	if err := workbook.Write(&b, ds, opt); err != nil {
		return localized(err, *lang)
	}
	return os.WriteFile(*out, b.Bytes(), 0o644)
}

func importBooks(args []string, stdout, stderr io.Writer, gen tracking.IDGenerator) error {
	fs := flag.NewFlagSet("workbook import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	into := fs.String("into", "", "the dataset to merge the workbooks into (default: the one the first workbook was exported from)")
	out := fs.String("o", "", "the dataset to write (required; it may be the -into file)")
	langFlag := fs.String("lang", "", "the language of the problems: ar, en, es, fr, ru or zh (default: the first workbook's)")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 || *out == "" {
		return usageError("import takes one or more workbooks and -o DATASET.json")
	}
	lang := *langFlag
	if lang != "" {
		if lang, err = l10n.Parse(lang); err != nil {
			return usageError("-lang: " + err.Error())
		}
	}
	var base *tracking.Dataset
	if *into != "" {
		if base, err = readDataset(*into); err != nil {
			return err
		}
	}
	var books []*workbook.Book
	var ps schema.Problems
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		b, err := workbook.Read(f, name, workbook.Limits{})
		f.Close()
		var read schema.Problems
		if errors.As(err, &read) {
			ps = append(ps, read...)
			continue
		} else if err != nil {
			return err
		}
		books = append(books, b)
		if lang == "" {
			lang = b.Language
		}
	}
	if lang == "" {
		lang = "en"
	}
	if len(ps) > 0 {
		return problems(stdout, ps, lang)
	}
	ds, ps, err := workbook.Import(base, gen, books...)
	var stop schema.Problems
	if errors.As(err, &stop) {
		return problems(stdout, stop, lang)
	} else if err != nil {
		return err
	}
	if ds == nil {
		return problems(stdout, ps, lang)
	}
	data, err := tracking.Encode(ds)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		return err
	}
	if len(ps) > 0 {
		fmt.Fprintln(stderr, "workbook: "+l10n.NewPrinter(lang, words, false).Sprintf("written", *out))
		return problems(stdout, ps, lang)
	}
	return nil
}

// problems prints every problem, one a line, its message in the language
// lang, and returns an error that says how many.
func problems(w io.Writer, ps schema.Problems, lang string) error {
	for _, p := range inLanguage(ps, lang) {
		fmt.Fprintln(w, p.String())
	}
	return errors.New(l10n.NewPrinter(lang, words, false).Sprintf("problems", len(ps)))
}

// inLanguage returns a copy of ps with their messages rendered from the
// catalogues of the language lang of the packages that report them, or as
// they are when no catalogue has their key.
func inLanguage(ps schema.Problems, lang string) schema.Problems {
	return schema.Localize(ps, l10n.Catalogues(lang, workbook.Messages, tracking.Messages, schema.Messages)...)
}

// localized returns err with the messages of its problems in the language
// lang, when it holds a schema.Problems, as every error of the workbook
// package's readers and writers does; other errors as they are.
func localized(err error, lang string) error {
	var ps schema.Problems
	if errors.As(err, &ps) {
		return inLanguage(ps, lang)
	}
	return err
}

// words are the program's own words in the six UN languages.
var words = l10n.Words{
	"written": {
		"ar": "كُتب %s؛ لكن مجموعة البيانات تخالف قواعد أو تتعارض مع المصنفات:",
		"en": "%s written; the dataset breaks rules or conflicts with the workbooks:",
		"es": "Se escribió %s; el conjunto de datos infringe reglas o está en conflicto con los libros:",
		"fr": "%s écrit ; le jeu de données enfreint des règles ou est en conflit avec les classeurs :",
		"ru": "%s записан; набор данных нарушает правила или расходится с книгами:",
		"zh": "已写入 %s；数据集违反规则或与工作簿相冲突：",
	},
	"problems": {
		"ar": "المشكلات: %d",
		"en": "%d problems",
		"es": "Problemas: %d",
		"fr": "Problèmes : %d",
		"ru": "Проблем: %d",
		"zh": "问题：%d",
	},
}

func matrix(args []string, stdout, stderr io.Writer, now func() time.Time) error {
	fs := flag.NewFlagSet("workbook matrix", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "", "xlsx, csv or md (default: from -o's extension, md on standard output)")
	lang := fs.String("lang", "en", "the language of the text and the codes' titles")
	at := fs.String("at", "", "the date the matrix shows, YYYY-MM-DD (default: today)")
	group := fs.String("group", "", "group by cluster or theme")
	cycle := fs.Int("cycle", 0, "keep the UPR recommendations of this cycle")
	body := fs.String("body", "", "keep the recommendations of this body (a committee code, or UPR)")
	status := fs.String("status", "", "keep the recommendations whose current status is one of these codes, comma-separated (none: not assessed)")
	all := fs.Bool("all", false, "keep the recommendations that are closed or superseded too")
	out := fs.String("o", "", "the file to write (default: standard output)")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return usageError("matrix takes one dataset")
	}
	if *format == "" {
		switch {
		case strings.HasSuffix(*out, ".xlsx"):
			*format = "xlsx"
		case strings.HasSuffix(*out, ".csv"):
			*format = "csv"
		default:
			*format = "md"
		}
	}
	opt := workbook.MatrixOptions{At: now(), Language: *lang, Group: workbook.Grouping(*group), Cycle: *cycle, Body: *body, Inactive: *all}
	if *at != "" {
		d, err := tracking.ParseDate(*at)
		if err != nil {
			return usageError(fmt.Sprintf("-at: %v", err))
		}
		opt.At = d.Last()
	}
	if opt.Group != workbook.GroupNone && opt.Group != workbook.GroupCluster && opt.Group != workbook.GroupTheme {
		return usageError("-group must be cluster or theme")
	}
	for s := range strings.SplitSeq(*status, ",") {
		switch s = strings.TrimSpace(s); {
		case s == "none":
			opt.Status = append(opt.Status, "")
		case s == "":
		case tracking.ImplementationStatus(s).Valid():
			opt.Status = append(opt.Status, tracking.ImplementationStatus(s))
		default:
			return usageError(fmt.Sprintf("-status: %q is not an implementation status (%v) or none", s, tracking.ImplementationStatus("").Values()))
		}
	}
	ds, err := readDataset(files[0])
	if err != nil {
		return err
	}
	m, err := workbook.NewMatrix(ds, opt)
	if err != nil {
		return localized(err, *lang)
	}
	var b bytes.Buffer
	switch *format {
	case "xlsx":
		err = m.WriteXLSX(&b, tracking.RightToLeft(*lang))
	case "csv":
		err = m.WriteCSV(&b)
	case "md":
		err = m.WriteMarkdown(&b)
	default:
		return usageError("-format must be xlsx, csv or md, not " + strconv.Quote(*format))
	}
	if err != nil {
		return localized(err, *lang)
	}
	if *out == "" {
		_, err = stdout.Write(b.Bytes())
		return err
	}
	return os.WriteFile(*out, b.Bytes(), 0o644)
}
