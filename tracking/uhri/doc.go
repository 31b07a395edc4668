// Package uhri imports recommendations from the Universal Human Rights Index
// (UHRI), OHCHR's database of the recommendations and observations of the UN
// human rights mechanisms, into the tracking model.
//
// The UHRI publishes its data as a JSON export (one large array of records
// with keys such as "AnnotationId", "Body" and "UprPositions") and as a
// spreadsheet export, an XLSX workbook, which this package reads as it is
// downloaded or saved as CSV (columns such as "OHCHR Annotation Id",
// "Reccomending Body" — spelt so in some export versions and corrected in
// others — and "UPR Position"). The JSON and CSV forms are read as a
// stream, one record at a time, so that the full export of a quarter of a
// million records imports in bounded memory; the XLSX form is read row by
// row from an archive held in memory with its shared strings (memory
// follows the size of the file, not the number of records).
//
// Real exports are dirty in known ways, and the importer normalises them:
//
//   - multi-values separated by newlines and prefixed with "- " become lists;
//   - HTML entities are decoded in every field ("Equality &amp;
//     non-discrimination"); HTML markup (the tags of known elements,
//     comments) is removed from the text, and anything else in angle
//     brackets ("Ratify <the Convention>") is kept; the paragraph number at
//     its start ("140.7 Ratify …", "49. The Committee …", "3.The Committee
//     …") moves to Source.Paragraph, and a heading of a section of the
//     document before it to Source.Section; the rest of the text stays as
//     published, its spaces included;
//   - bodies become a mechanism family and a body code: treaty-body
//     committees as tracking.TreatyBody writes them, "UPR", regional bodies
//     by their codes, special procedures by their mandate as written;
//   - UPR positions become tracking.Position values ("Supported/Noted" is
//     supported in part), and UPR sessions, whole numbers, give the cycle;
//   - SDG labels such as "16.3 - Promote the rule of law" become target
//     links whose origin is the UHRI, and labels of a goal alone ("16 -
//     PEACE, JUSTICE AND STRONG INSTITUTIONS") goal links;
//   - country names become ISO 3166-1 alpha-3 codes, renamed States and the
//     asterisk UHRI puts after observer States included;
//   - dates written as Excel serial numbers become dates, and a date
//     before 1945 or after Options.ExportDate is taken for a misread;
//   - themes and affected persons become taxonomy terms of the schemes
//     "uhri-theme" and "uhri-affected-persons", with the codes of the
//     codelists of the same names, whose aliases hold the lettered codes of
//     the taxonomy before 2021 and labels in other languages, so that one
//     theme has one code; the term keeps the label as published (see
//     Recode);
//   - the date of publication in the UHRI becomes Source.Indexed, and the
//     document ID of the JSON export an identifier of the scheme
//     "uhri_document";
//   - the annotation type says whether a record is a recommendation or a
//     concern or observation.
//
// Nothing is guessed: a value the importer cannot map (an unknown country
// name or body, an ambiguous date) is left out with a warning on its record,
// which names the record's place in the export and its annotation ID. A
// record that cannot be imported at all (a JSON record with a syntax error,
// a CSV row that cannot be parsed, a record without ID or text) is skipped,
// the Report says why, and the records after it are read. Only an export
// whose structure cannot be followed (an array without commas, a file cut
// short, a record past Options.MaxRecordBytes) ends the import, with an
// error that holds a schema.Problems whose stable code (CodeExportMalformed
// and the others) says what happened.
//
// Every error of NewReader, Reader.Read, Reader.Close, Import and
// Options.Check holds a schema.Problems (errors.As), each problem with a
// stable code, a pointer and a message from the package's catalogues
// (Messages) in the six UN languages; an error caused by another (the
// io.Reader's, ErrRecordTooLarge) wraps it too, so that errors.Is finds
// it. Format's MarshalText and UnmarshalText return plain errors, as text
// marshalling does.
//
// A Reader delivers Annotation values one by one (Read, or the iterator
// All), after the Filter in its Options. Import merges them into a
// tracking.Dataset by annotation ID: known recommendations get the UN's
// latest data, new ones are added, and what the national mechanism added
// itself (its actions, assignments, assessments, clusters, its own
// classifications and SDG links, its references and IDs) is never touched.
// Importing the same export twice changes nothing. A record older than the
// dataset's data (an earlier publication date) changes nothing either, and
// an export in another language adds its text without changing the codes
// of the recommendation's themes (see Options.Language and Import).
//
// Concurrency: a Reader belongs to one goroutine (it is not safe for
// concurrent use); Import changes the dataset it is given, which no other
// goroutine may use meanwhile. A Report, Warning, Annotation, Body,
// Filter, Location and Options are plain values, safe to share once made;
// the package's codelists, aliases and message catalogues are read once and
// safe for concurrent use.
package uhri
