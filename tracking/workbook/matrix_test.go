package workbook_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/nmirf/nmirf/tracking"
	"github.com/nmirf/nmirf/tracking/workbook"
)

func TestMatrix(t *testing.T) {
	ds := sample(t)
	at := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	m, err := workbook.NewMatrix(ds, workbook.MatrixOptions{At: at, Group: workbook.GroupCluster})
	if err != nil {
		t.Fatal(err)
	}
	if last := m.Groups[len(m.Groups)-1]; last.Title != "No cluster" {
		t.Errorf("the last group is %q", last.Title)
	}
	var b bytes.Buffer
	if err := m.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if rows[0][0] != "Group" || rows[0][1] != "Ref" {
		t.Errorf("header %v", rows[0])
	}
	b.Reset()
	if err := m.WriteMarkdown(&b); err != nil || !strings.Contains(b.String(), "## ") {
		t.Errorf("markdown: %v\n%s", err, b.String())
	}

	// A superseded recommendation leaves the matrix unless asked for.
	count := func(opt workbook.MatrixOptions) int {
		opt.At = at
		m, err := workbook.NewMatrix(ds, opt)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, g := range m.Groups {
			n += len(g.Rows)
		}
		return n
	}
	all := count(workbook.MatrixOptions{})
	ds.Recommendations[0].Status = tracking.RecommendationStatusClosed
	if got := count(workbook.MatrixOptions{}); got != all-1 {
		t.Errorf("%d rows with a closed recommendation, want %d", got, all-1)
	}
	if got := count(workbook.MatrixOptions{Inactive: true}); got != all {
		t.Errorf("%d rows with Inactive, want %d", got, all)
	}
	if got := count(workbook.MatrixOptions{Cycle: 4, Body: "upr", Inactive: true}); got == 0 || got >= all {
		t.Errorf("%d rows of the UPR's fourth cycle, of %d", got, all)
	}
	if got := count(workbook.MatrixOptions{Status: []tracking.ImplementationStatus{""}}); got == 0 || got >= all {
		t.Errorf("%d rows not assessed, of %d", got, all)
	}
}
