package uhri

import (
	"slices"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// Codes of the problems that end an import, or stop it before it starts.
// The errors of NewReader, Options.Check, Reader.Read and Import hold them
// as a schema.Problems, which errors.As finds:
//
//	var ps schema.Problems
//	if errors.As(err, &ps) && ps[0].Code == uhri.CodeRecordTooLarge { … }
//
// The problems are sorted (schema.Problems.Normalize), so that the same
// mistake gives the same error every time. A problem's pointer says where
// it is: into the Options for CodeOptions ("/Filter/States/0"), into the
// export for the others ("/3" for the record at index 3, "" for the
// export as a whole), into the dataset for CodeIdentifierRepeated. An
// error caused by another error (the io.Reader's, io.ErrUnexpectedEOF,
// ErrRecordTooLarge) wraps it too, for errors.Is: one error matches both
// errors.As(err, &ps) and errors.Is(err, uhri.ErrRecordTooLarge), so that
// the sentinel keeps working beside the problems. Every error of the
// package's readers (NewReader, Reader.Read, Reader.Close, Import) and of
// Options.Check is such an error; Format's MarshalText and UnmarshalText
// alone return plain errors, as text marshalling does.
const (
	// CodeOptions: an option is invalid; the pointer names it.
	CodeOptions = "uhri.options.invalid"
	// CodeFormat: a Format that is not JSON, CSV or XLSX.
	CodeFormat = "uhri.format.unknown"
	// CodeExportEmpty: the export holds nothing (or white space only).
	CodeExportEmpty = "uhri.export.empty"
	// CodeExportNotArray: a JSON export that is not an array.
	CodeExportNotArray = "uhri.export.notArray"
	// CodeExportMalformed: a JSON export whose array cannot be followed:
	// records without a comma between them, a comma without a record after
	// it, data after the end of the array. (A record that is not valid
	// JSON is skipped with SkipRowSyntax and the import goes on.)
	CodeExportMalformed = "uhri.export.malformed"
	// CodeExportTruncated: the export ends before its end: inside a record,
	// or before the closing bracket of a JSON export. The message gives the
	// byte offset where it ends. The error wraps io.ErrUnexpectedEOF.
	CodeExportTruncated = "uhri.export.truncated"
	// CodeExportRead: the io.Reader of the export failed, and the error
	// wraps its error; or NewReader was given a nil io.Reader; or closing
	// the XLSX export (Close) failed, and the error wraps that error.
	CodeExportRead = "uhri.export.read"
	// CodeRecordTooLarge: a record larger than Options.MaxRecordBytes. The
	// error wraps ErrRecordTooLarge.
	CodeRecordTooLarge = "uhri.record.tooLarge"
	// CodeHeaderSyntax: a CSV header that cannot be read as CSV.
	CodeHeaderSyntax = "uhri.header.syntax"
	// CodeHeaderMissing: a CSV header without a column the importer needs
	// (the annotation ID, the text).
	CodeHeaderMissing = "uhri.header.missing"
	// CodeHeaderRepeated: two CSV columns that give the same data.
	CodeHeaderRepeated = "uhri.header.repeated"
	// CodeHeaderSeparator: a CSV header that is one column holding another
	// separator than Options.Comma.
	CodeHeaderSeparator = "uhri.header.separator"
	// CodeImportArguments: Import was called without a dataset, an ID
	// generator or a fresh Reader.
	CodeImportArguments = "uhri.import.arguments"
	// CodeReaderUnmade: a Reader that NewReader did not make (nil, or a
	// zero Reader) was read or closed.
	CodeReaderUnmade = "uhri.reader.unmade"
	// CodeReaderClosed: Read was called after Close.
	CodeReaderClosed = "uhri.reader.closed"
	// CodeIdentifierRepeated: two recommendations of the dataset carry the
	// same UHRI annotation ID, so that records cannot be merged into it.
	CodeIdentifierRepeated = "uhri.identifier.repeated"
	// CodeIDGenerator: the ID generator failed, or gave only IDs that the
	// dataset uses.
	CodeIDGenerator = "uhri.import.id"
)

// importError is an error that ends an import: problems with codes, and
// the error that caused them, if any.
type importError struct {
	intro    string // what the problems are about, or ""
	problems schema.Problems
	cause    error
}

// fail makes an import error of one problem, caused by cause (or nil).
func fail(pointer string, cause error, code, variant string, args schema.Args) error {
	ps := schema.Problems{problem(pointer, code, variant, args)}
	return &importError{problems: ps, cause: cause}
}

// failAll makes an import error of several problems, sorted, introduced by
// intro.
func failAll(intro string, ps schema.Problems) error {
	return &importError{intro: intro, problems: slices.Clone(ps).Normalize()}
}

// Error writes "uhri: intro: pointer: message [code]", or the problems one
// per line when there are several.
func (e *importError) Error() string {
	var b strings.Builder
	b.WriteString("uhri: ")
	if e.intro != "" {
		b.WriteString(e.intro)
		b.WriteString(": ")
	}
	if len(e.problems) > 1 {
		b.WriteString(e.problems.Error())
		return b.String()
	}
	p := e.problems[0]
	if p.Pointer != "" {
		b.WriteString(p.Pointer)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	b.WriteString(" [")
	b.WriteString(p.Code)
	b.WriteString("]")
	return b.String()
}

// Unwrap returns the problems and the cause, for errors.As and errors.Is.
func (e *importError) Unwrap() []error {
	if e.cause == nil {
		return []error{e.problems}
	}
	return []error{e.problems, e.cause}
}
