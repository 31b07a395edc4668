package tracking_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/nmirf/nmirf/internal/schematest"
	"github.com/nmirf/nmirf/schema"
	"github.com/nmirf/nmirf/tracking"
)

// collections maps the JSON names of the dataset's collections to the
// kinds of their records.
var collections = map[string]tracking.RecordKind{
	"entities": tracking.RecordKindEntity, "recommendations": tracking.RecordKindRecommendation,
	"clusters": tracking.RecordKindCluster, "actions": tracking.RecordKindAction,
	"indicators": tracking.RecordKindIndicator, "progressReports": tracking.RecordKindProgressReport,
	"assessments": tracking.RecordKindAssessment, "obligations": tracking.RecordKindObligation,
	"consultations": tracking.RecordKindConsultation,
}

// checkRecords checks that every problem under a record of the document
// data names that record: its kind, and its ID as the document writes it
// when that is a canonical ID.
func checkRecords(t *testing.T, name string, data []byte, ps schema.Problems) {
	t.Helper()
	var doc map[string]any
	_ = json.Unmarshal(data, &doc)
	for _, p := range ps {
		tokens := strings.Split(p.Pointer, "/")
		if len(tokens) < 3 {
			continue
		}
		kind, ok := collections[tokens[1]]
		i, err := strconv.Atoi(tokens[2])
		if !ok || err != nil {
			continue
		}
		wantID := ""
		if records, ok := doc[tokens[1]].([]any); ok && i < len(records) {
			if r, ok := records[i].(map[string]any); ok {
				if s, ok := r["id"].(string); ok {
					if _, err := tracking.ParseID(s); err == nil {
						wantID = s
					}
				}
			}
		}
		if want := (schema.RecordRef{Kind: string(kind), ID: wantID}); p.Record != want {
			t.Errorf("%s: %s names the record %q, want %q", name, p, p.Record, want)
		}
	}
}

// TestProblemsNameTheirRecord checks that Check, Decode and Validate name
// the record of every problem that lies in one, on every dataset of the
// corpus and on a dataset whose rules across records fail.
func TestProblemsNameTheirRecord(t *testing.T) {
	cases, err := schematest.LoadCorpus(corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, c := range cases {
		if c.Kind != schema.KindDataset && c.Kind != "" {
			continue
		}
		ds, ps := tracking.Check(c.Data)
		checkRecords(t, c.Name, c.Data, ps)
		for _, p := range ps {
			if !p.Record.IsZero() {
				seen++
			}
		}
		if _, err := tracking.Decode(c.Data); err != nil {
			if dps, ok := err.(schema.Problems); ok {
				checkRecords(t, c.Name, c.Data, dps)
			}
		}
		if ds != nil {
			checkRecords(t, c.Name, c.Data, tracking.Validate(ds))
		}
	}
	ds := loadValid(t)
	ds.Actions[0].RecommendationIDs = append(ds.Actions[0].RecommendationIDs, ds.Actions[0].ID)
	ds.Recommendations[1].ID = ds.Recommendations[0].ID
	data, err := tracking.Encode(ds)
	if err != nil {
		t.Fatal(err)
	}
	_, ps := tracking.Check(data)
	if len(ps) == 0 {
		t.Fatal("no problem found")
	}
	checkRecords(t, "broken fixture", data, ps)
	checkRecords(t, "broken fixture", data, tracking.Validate(ds))
	for _, p := range ps {
		if p.Record.IsZero() {
			t.Errorf("%s names no record", p)
		}
	}
	if seen == 0 {
		t.Error("no problem of the corpus names a record")
	}
}
