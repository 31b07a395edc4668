package tracking

import (
	"errors"
	"reflect"

	"github.com/go-playground/validator/v10"

	"github.com/nmirf/nmirf/internal/fieldrule"
	"github.com/nmirf/nmirf/schema"
)

// ValidateRecord returns the problems that lie in one record of the
// index's dataset, the record of the kind with the ID (the first, when
// several share the ID): exactly those Validate reports for the whole
// dataset at or below the record's pointer, with the same codes and
// pointers. It applies the record's field rules and the rules across
// records that it is subject to (the references it makes, its ID and
// reference used before it, dates in order with the records it refers to),
// through the index's look-ups, so that its time does not grow with the
// dataset. It returns nil for a record the index does not hold.
//
// A change to one record can change the problems of others: those that
// refer to it, and those that share its ID or reference. A host that keeps
// problems record by record validates those again too after an edit (see
// Index.Put and Index.Delete).
func ValidateRecord(ix *Index, kind RecordKind, id ID) schema.Problems {
	ix = ix.orEmpty()
	l, ok := ix.byID[id]
	if !ok || l.kind != kind {
		return nil
	}
	rec := ix.record(l)
	c := checker{ix: ix}
	c.identity(l, refOf(rec))
	switch r := rec.(type) {
	case *Entity:
		c.entity(l.i, r)
	case *Recommendation:
		c.recommendation(l.i, r)
	case *Cluster:
		c.cluster(l.i, r)
	case *Action:
		c.action(l.i, r)
	case *Indicator:
		c.indicator(l.i, r)
	case *ProgressReport:
		c.progressReport(l.i, r)
	case *Assessment:
		c.assessment(l.i, r)
	case *Obligation:
		c.obligation(l.i, r)
	case *Consultation:
		c.consultation(l.i, r)
	}
	ps := recordFieldProblems(l, rec)
	w := valueWalker{path: []pathToken{{name: collection(l.kind), index: -1}, {index: l.i}}}
	w.walk(reflect.ValueOf(rec).Elem())
	ps = append(ps, w.ps...)
	ps = append(ps, c.ps...)
	withRecords(ps, func() func(RecordKind, int) string {
		return func(RecordKind, int) string { return l.id.String() }
	})
	return ps.Normalize()
}

// refOf returns the human reference of a record, "" for one that has none.
func refOf(rec any) string {
	if f := reflect.ValueOf(rec).Elem().FieldByName("Ref"); f.IsValid() {
		return f.String()
	}
	return ""
}

// recordFieldProblems applies the field rules to one record at l.
func recordFieldProblems(l location, rec any) schema.Problems {
	err := fieldValidator().Struct(rec)
	var ves validator.ValidationErrors
	if !errors.As(err, &ves) {
		if err != nil {
			return schema.Problems{problem(l.pointer(), "field.invalid", "", schema.Args{"error": err.Error()})}
		}
		return nil
	}
	ps := make(schema.Problems, 0, len(ves))
	for _, fe := range ves {
		code := fieldCode(fe)
		variant, args := fieldMessage(fe)
		if code == "field."+variant {
			variant = "" // field.required, field.enum, field.date
		}
		ps = append(ps, problem(l.pointer()+fieldrule.Pointer(fe.Namespace()), code, variant, args))
	}
	return ps
}
