// Command validate checks documents against the nmirf data standard: a
// tracking dataset, a maturity framework, a self-assessment or a result.
//
// Usage:
//
//	validate [flags] FILE...
//
// The kind of each document is taken from its fields (see
// schema.DetectKind), or given with -kind. Each document is checked against
// its JSON Schema and then, unless -schema-only is given, against the rules
// the schema cannot express: for a dataset, the rules across records of
// package tracking (IDs that resolve, a position only on UPR
// recommendations, dates in a possible order, ...); for a framework or an
// assessment, those of package maturity (an assessment is checked against
// the default framework, or the one given with -framework).
//
// Flags:
//
//	-kind dataset|framework|assessment|result   the kind of every file
//	-format text|json                           one line per problem (default), or a JSON report
//	-framework FILE                             the framework assessments refer to
//	-schema-only                                check the JSON Schema only, as tools in other languages do
//	-lang ar|en|es|fr|ru|zh                     the language of the messages and the summary (default en)
//
// In text form each problem is one line, "file: pointer: message [code]",
// and a summary goes to standard error. Exit status: 0 when every document
// is valid, 1 when any is not (or cannot be read), 2 on a usage error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/nmirf/nmirf/internal/l10n"
	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

func main() {
	// A dataset read whole is live until it is checked: collect garbage
	// when the heap grows by half of what is live rather than by all of it,
	// so that the command's peak memory stays within five times the size of
	// the file (see the README's performance table), for a little more CPU.
	// GOGC, when set, decides instead.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(50)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// fileReport is the verdict on one file.
type fileReport struct {
	File     string          `json:"file"`
	Kind     schema.Kind     `json:"kind,omitzero"`
	Valid    bool            `json:"valid"`
	Problems schema.Problems `json:"problems"`
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: validate [flags] FILE...")
		fs.PrintDefaults()
	}
	kindFlag := fs.String("kind", "", "the kind of every file: dataset, framework, assessment or result (default: taken from each file)")
	format := fs.String("format", "text", "output: text or json")
	frameworkFile := fs.String("framework", "", "the framework assessments refer to (default: the built-in framework)")
	schemaOnly := fs.Bool("schema-only", false, "check against the JSON Schema only")
	langFlag := fs.String("lang", "en", "the language of the messages and the summary: ar, en, es, fr, ru or zh")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	lang, err := l10n.Parse(*langFlag)
	if err != nil {
		fmt.Fprintf(stderr, "validate: -lang: %v\n", err)
		return 2
	}
	p := l10n.NewPrinter(lang, words, false)
	var kind schema.Kind
	if *kindFlag != "" {
		if err := kind.UnmarshalText([]byte(*kindFlag)); err != nil {
			fmt.Fprintf(stderr, "validate: %v\n", err)
			return 2
		}
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "validate: -format must be text or json, not %q\n", *format)
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	fw := maturity.DefaultFramework()
	if *frameworkFile != "" {
		data, err := os.ReadFile(*frameworkFile)
		if err == nil {
			fw, err = maturity.LoadFramework(data)
		}
		if err != nil {
			fmt.Fprintf(stderr, "validate: the framework %s: %v\n", *frameworkFile, err)
			return 2
		}
	}

	reports := make([]fileReport, 0, fs.NArg())
	invalid, problems := 0, 0
	for _, name := range fs.Args() {
		r := check(name, kind, fw, *schemaOnly)
		r.Problems.At(schema.Location{File: name})
		if !r.Valid {
			invalid++
		}
		problems += len(r.Problems)
		reports = append(reports, r)
	}

	if *format == "json" {
		if err := schema.Write(stdout, reports); err != nil {
			fmt.Fprintf(stderr, "validate: %v\n", err)
			return 1
		}
	} else {
		cats := l10n.Catalogues(string(lang), schema.Messages, tracking.Messages, maturity.Messages)
		for _, r := range reports {
			for _, q := range schema.Localize(r.Problems, cats...) {
				fmt.Fprintln(stdout, q.String())
			}
		}
		fmt.Fprintln(stderr, p.Sprintf("summary", len(reports), len(reports)-invalid, invalid, problems))
	}
	if invalid > 0 {
		return 1
	}
	return 0
}

// check validates one file.
func check(name string, kind schema.Kind, fw *maturity.Framework, schemaOnly bool) fileReport {
	r := fileReport{File: name, Kind: kind}
	data, err := os.ReadFile(name)
	if err != nil {
		r.Problems.Report("", schema.CodeRead, "{error}", schema.Args{"error": err.Error()})
		return r
	}
	if r.Kind == "" {
		if r.Kind, err = schema.DetectKind(data); err != nil {
			// Not a recognisable document: report why, syntax first.
			if ps := schema.CheckSyntax(data, schema.DefaultLimits); len(ps) > 0 {
				r.Problems = ps
			} else {
				r.Problems.Report("", "document.unknownKind", "{error}; give it with -kind", schema.Args{"error": strings.TrimPrefix(err.Error(), "schema: ")})
			}
			return r
		}
	}
	if schemaOnly {
		r.Problems = schema.Validate(r.Kind, data)
	} else {
		r.Problems = fullCheck(r.Kind, data, fw)
	}
	if r.Problems == nil {
		r.Problems = schema.Problems{}
	}
	r.Valid = len(r.Problems) == 0
	return r
}

// fullCheck applies the schema and the rules beyond it, through the loader
// of each kind, which validates against the schema first.
func fullCheck(kind schema.Kind, data []byte, fw *maturity.Framework) schema.Problems {
	var err error
	switch kind {
	case schema.KindDataset:
		_, ps := tracking.Check(data)
		return ps
	case schema.KindFramework:
		_, err = maturity.LoadFramework(data)
	case schema.KindAssessment:
		_, err = maturity.LoadAssessment(data, fw)
	case schema.KindResult:
		_, err = maturity.LoadResult(data)
	default:
		return schema.Validate(kind, data)
	}
	var ps schema.Problems
	if errors.As(err, &ps) {
		return ps
	}
	if err != nil {
		var invalid schema.Problems
		invalid.Report("", "document.invalid", "{error}", schema.Args{"error": err.Error()})
		return invalid
	}
	return nil
}

// words are the program's own words in the six UN languages.
var words = l10n.Words{
	"summary": {
		"ar": "الملفات: %d؛ الصحيحة: %d؛ غير الصحيحة: %d؛ المشكلات: %d",
		"en": "%d file(s), %d valid, %d invalid, %d problem(s)",
		"es": "Archivos: %d; válidos: %d; no válidos: %d; problemas: %d",
		"fr": "Fichiers\u00a0: %d\u00a0; valides\u00a0: %d\u00a0; non valides\u00a0: %d\u00a0; problèmes\u00a0: %d",
		"ru": "Файлов: %d; действительных: %d; недействительных: %d; проблем: %d",
		"zh": "文件：%d；有效：%d；无效：%d；问题：%d",
	},
}
