package tracking_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	"github.com/nmirf/nmirf/tracking"
)

// Decode reads a dataset strictly; Validate then applies the rules across
// records.
func ExampleDecode() {
	data, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		panic(err)
	}
	ds, err := tracking.Decode(data)
	if err != nil {
		fmt.Println(err) // every problem, with its JSON pointer
		return
	}
	fmt.Println(ds.State, ds.Date, len(ds.Recommendations), "recommendations")
	fmt.Println(ds.Mechanism.Name.Get("ar"))
	// Output:
	// XFS 2026-06-30 5 recommendations
	// اللجنة الوطنية لإعداد التقارير ومتابعة التوصيات
}

// Validate returns every problem at once, each with a JSON pointer, a stable
// code and a message, sorted by pointer.
func ExampleValidate() {
	data, _ := os.ReadFile("testdata/valid.json")
	ds, _ := tracking.Decode(data)

	ds.Recommendations[2].Position = &tracking.StatePosition{Value: tracking.PositionSupported}
	ds.Indicators[1].Unit = ""
	ds.Actions[0].LeadEntityID = tracking.MustParseID("01900000-0000-7000-8000-0000000000ff")

	for _, p := range tracking.Validate(ds) {
		fmt.Println(p)
	}
	// Output:
	// /actions/0/leadEntityId: no entity has the ID 01900000-0000-7000-8000-0000000000ff [reference.unknown]
	// /indicators/1/baseline: a baseline needs the indicator's unit [indicator.unitMissing]
	// /indicators/1/target: a target needs the indicator's unit [indicator.unitMissing]
	// /recommendations/2/position: only UPR recommendations carry a State position; this one comes from "treaty_body" [position.notUPR]
}

// RollUp counts recommendations by their current implementation status,
// here by mechanism family.
func ExampleRollUp() {
	data, _ := os.ReadFile("testdata/valid.json")
	ds, _ := tracking.Decode(data)
	ix := tracking.NewIndex(ds)
	at := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

	for _, g := range tracking.RollUp(ix, at, tracking.ByFamily) {
		t := g.Tally
		fmt.Printf("%-26s total %d: %d not assessed, %d not started, %d partially, %d fully implemented\n",
			g.Label.Get("en"), t.Total, t.NotAssessed, t.NotStarted, t.PartiallyImplemented, t.FullyImplemented)
	}
	// Output:
	// Special procedure          total 1: 1 not assessed, 0 not started, 0 partially, 0 fully implemented
	// Treaty body                total 1: 0 not assessed, 0 not started, 1 partially, 0 fully implemented
	// Universal Periodic Review  total 2: 1 not assessed, 1 not started, 0 partially, 0 fully implemented
}

// Due lists what is overdue and what falls due within 30 days.
func ExampleDue() {
	data, _ := os.ReadFile("testdata/valid.json")
	ds, _ := tracking.Decode(data)
	at := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

	for _, it := range tracking.Due(ds, at, tracking.DefaultDueWindow) {
		fmt.Printf("%-7s %-6s due %-10s (%d days)\n", it.State, it.Ref, it.Due, it.DaysLeft)
	}
	// Output:
	// overdue OB-003 due 2025-03    (-456 days)
	// overdue P-002  due 2026-01-15 (-166 days)
	// due     P-003  due 2026-07-15 (15 days)
}

// A V7Generator takes its clock and randomness from the caller, so that IDs
// can be reproduced in tests.
func ExampleNewV7Generator() {
	clock := func() time.Time { return time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC) }
	gen := tracking.NewV7Generator(clock, rand.NewChaCha8([32]byte{}))

	ds := tracking.NewDataset("XFS", tracking.Year(2026), tracking.En("Example"))
	ds.Entities = append(ds.Entities, tracking.Entity{Name: tracking.En("Ministry of Justice"), Kind: tracking.EntityKindMinistry})
	if err := ds.AssignIDs(gen); err != nil {
		panic(err)
	}
	fmt.Println(ds.Entities[0].ID.String()[:15])
	// Output:
	// 019b76da-a800-7
}

// Indicator progress runs from the baseline (0) to the target (1).
func ExampleIndicator_ProgressAt() {
	in := tracking.Indicator{
		Unit:         "percent",
		Baseline:     &tracking.Measurement{Value: 10, Date: tracking.Year(2024)},
		Target:       &tracking.Measurement{Value: 60, Date: tracking.Year(2027)},
		Observations: []tracking.Observation{{Date: tracking.YearMonth(2025, 12), Value: 35}},
	}
	p := in.ProgressAt(time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC))
	fmt.Printf("%.0f%% of the way to the target\n", 100*p.Share)
	// Output:
	// 50% of the way to the target
}

// A dataset read from a 1.0 document is written as 1.0 again; once it holds
// what only 1.1 has, it is written as 1.1. EncodeVersion writes 1.0 for a
// reader that knows no later version, or says what 1.0 cannot hold.
func ExampleEncodeVersion() {
	data, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		panic(err)
	}
	ds, err := tracking.Decode(data)
	if err != nil {
		panic(err)
	}
	version := func(doc []byte) string {
		var d struct{ SchemaVersion string }
		json.Unmarshal(doc, &d)
		return d.SchemaVersion
	}
	out, _ := tracking.Encode(ds)
	fmt.Println("read as", ds.SchemaVersion, "written as", version(out))

	ds.Recommendations[0].SDGGoals = []tracking.SDGGoalLink{{Goal: "16", Origin: tracking.LinkOriginUHRI}}
	out, _ = tracking.Encode(ds)
	fmt.Println("with a goal link, written as", version(out))

	_, err = tracking.EncodeVersion(ds, "1.0")
	fmt.Println(err)
	// Output:
	// read as 1.0 written as 1.0
	// with a goal link, written as 1.1
	// /recommendations/0/sdgGoals: "sdgGoals" is not a field of this object in the standard [schema.additionalProperties]
}
