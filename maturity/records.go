package maturity

import (
	"strconv"
	"strings"

	"github.com/nmirf/nmirf/schema"
)

// The kinds of records a problem of a self-assessment document names in
// schema.Problem.Record, with the record's key as its ID.
const (
	RecordSource     = "source"     // a source of a framework
	RecordDimension  = "dimension"  // a dimension of a framework or a result
	RecordCriterion  = "criterion"  // a criterion of a framework or a result
	RecordRespondent = "respondent" // a respondent of an assessment or a result
	RecordAnswer     = "answer"     // an answer, named "respondent/criterion"
)

// withRecords sets the Record of every problem that points into a record
// of doc (a *Framework, *Assessment or *Result) and names none, from the
// first tokens of its pointer: "/dimensions/2/criteria/0/statement" names
// the criterion at that place by its key. A problem keeps a Record its rule
// set, and one about a record whose key is empty or out of range names
// none. It changes ps in place and returns it.
func withRecords(ps schema.Problems, doc any) schema.Problems {
	for i := range ps {
		if ps[i].Record.IsZero() {
			ps[i].Record = recordAt(doc, ps[i].Pointer)
		}
	}
	return ps
}

// recordAt returns the record of doc that ptr points into.
func recordAt(doc any, ptr string) schema.RecordRef {
	toks := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	switch d := doc.(type) {
	case *Framework:
		if d == nil {
			break
		}
		switch toks[0] {
		case "sources":
			if i, ok := indexAt(toks, 1, len(d.Sources)); ok {
				return recordRef(RecordSource, d.Sources[i].ID)
			}
		case "dimensions":
			return dimensionRecord(toks, len(d.Dimensions), func(i int) (string, []string) {
				dim := &d.Dimensions[i]
				ids := make([]string, len(dim.Criteria))
				for j := range dim.Criteria {
					ids[j] = dim.Criteria[j].ID
				}
				return dim.ID, ids
			})
		}
	case *Assessment:
		if d == nil {
			break
		}
		switch toks[0] {
		case "respondents":
			if i, ok := indexAt(toks, 1, len(d.Respondents)); ok {
				return recordRef(RecordRespondent, d.Respondents[i].ID)
			}
		case "answers":
			if i, ok := indexAt(toks, 1, len(d.Answers)); ok {
				if a := d.Answers[i]; a.Respondent != "" && a.Criterion != "" {
					return recordRef(RecordAnswer, a.Respondent+"/"+a.Criterion)
				}
			}
		}
	case *Result:
		if d == nil {
			break
		}
		switch toks[0] {
		case "respondents":
			if i, ok := indexAt(toks, 1, len(d.Respondents)); ok {
				return recordRef(RecordRespondent, d.Respondents[i].ID)
			}
		case "dimensions":
			return dimensionRecord(toks, len(d.Dimensions), func(i int) (string, []string) {
				dim := &d.Dimensions[i]
				ids := make([]string, len(dim.Criteria))
				for j := range dim.Criteria {
					ids[j] = dim.Criteria[j].ID
				}
				return dim.ID, ids
			})
		}
	}
	return schema.RecordRef{}
}

// dimensionRecord names the dimension that the pointer tokens
// "dimensions", index, ... point into, or its criterion when they go on
// with "criteria", index; keys gives a dimension's key and its criteria's.
func dimensionRecord(toks []string, n int, keys func(int) (string, []string)) schema.RecordRef {
	i, ok := indexAt(toks, 1, n)
	if !ok {
		return schema.RecordRef{}
	}
	dim, criteria := keys(i)
	if len(toks) > 2 && toks[2] == "criteria" {
		if j, ok := indexAt(toks, 3, len(criteria)); ok {
			return recordRef(RecordCriterion, criteria[j])
		}
	}
	return recordRef(RecordDimension, dim)
}

// indexAt reads toks[k] as an index into a list of n items.
func indexAt(toks []string, k, n int) (int, bool) {
	if k >= len(toks) {
		return 0, false
	}
	i, err := strconv.Atoi(toks[k])
	return i, err == nil && i >= 0 && i < n
}

// recordRef names a record, or none when its key is empty.
func recordRef(kind, id string) schema.RecordRef {
	if id == "" {
		return schema.RecordRef{}
	}
	return schema.RecordRef{Kind: kind, ID: id}
}
