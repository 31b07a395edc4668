package tracking_test

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/nmirf/nmirf/schema"
	. "github.com/nmirf/nmirf/tracking"
)

// declaredVersion returns the schemaVersion member of a document.
func declaredVersion(t *testing.T, data []byte) string {
	t.Helper()
	var doc struct {
		SchemaVersion string `json:"schemaVersion"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.SchemaVersion
}

func TestEncodeKeepsOrRaisesTheVersion(t *testing.T) {
	data, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	ds, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if ds.SchemaVersion != "1.0" {
		t.Fatalf("the fixture is of version %s; this test needs a 1.0 document", ds.SchemaVersion)
	}
	out, err := Encode(ds)
	if err != nil || declaredVersion(t, out) != "1.0" {
		t.Fatalf("a 1.0 dataset written again: version %q, %v", declaredVersion(t, out), err)
	}

	// Merged with data only 1.1 holds, it is written as 1.1.
	ds.Recommendations[0].SDGGoals = []SDGGoalLink{{Goal: "10", Origin: LinkOriginUHRI}}
	out, err = Encode(ds)
	if err != nil || declaredVersion(t, out) != schema.Version {
		t.Fatalf("a 1.0 dataset with SDG goal links: version %q, %v", declaredVersion(t, out), err)
	}
	if ds.SchemaVersion != "1.0" {
		t.Error("Encode changed the caller's dataset")
	}
	back, err := Decode(out)
	if err != nil || !slices.Equal(back.Recommendations[0].SDGGoals, ds.Recommendations[0].SDGGoals) {
		t.Fatalf("read back: %v, %v", back, err)
	}

	// It cannot be written as 1.0: EncodeVersion names the value 1.0 lacks.
	_, err = EncodeVersion(ds, "1.0")
	var ps schema.Problems
	if !errors.As(err, &ps) || len(ps) != 1 || ps[0].Pointer != "/recommendations/0/sdgGoals" {
		t.Errorf("EncodeVersion 1.0 of a dataset with goal links: %v", err)
	}
	ds.Recommendations[0].SDGGoals = nil
	ds.SchemaVersion = schema.Version
	out, err = EncodeVersion(ds, "1.0")
	if err != nil || declaredVersion(t, out) != "1.0" {
		t.Errorf("EncodeVersion 1.0 of a dataset 1.0 holds: %q, %v", declaredVersion(t, out), err)
	}
	if _, err := EncodeVersion(ds, "0.9"); err == nil {
		t.Error("EncodeVersion wrote an unknown version")
	}
	if _, err := Encode(nil); err == nil {
		t.Error("Encode(nil) gave no error")
	}

	// A dataset that declares no version is written as the current one.
	ds.SchemaVersion = ""
	if out, err = Encode(ds); err != nil || declaredVersion(t, out) != schema.Version {
		t.Errorf("no version: %q, %v", declaredVersion(t, out), err)
	}
}

func TestSDGGoalLinks(t *testing.T) {
	r := &Recommendation{
		SDGGoals: []SDGGoalLink{{Goal: "16", Origin: LinkOriginUHRI}, {Goal: "10", Origin: LinkOriginUHRI}},
		SDGTargets: []SDGLink{
			{Target: "16.3", Origin: LinkOriginState},
			{Target: "16.a", Origin: LinkOriginState},
			{Target: "10.2", Origin: LinkOriginUHRI},
			{Target: "5.2", Origin: LinkOriginMachine},
		},
	}
	want := []SDGGoalLink{
		{Goal: "16", Origin: LinkOriginUHRI}, {Goal: "10", Origin: LinkOriginUHRI},
		{Goal: "16", Origin: LinkOriginState}, {Goal: "5", Origin: LinkOriginMachine},
	}
	if got := r.SDGGoalLinks(); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if (*Recommendation)(nil).SDGGoalLinks() != nil {
		t.Error("a nil recommendation has goal links")
	}
	// A goal's entry of an origin is confirmed when any of its links of
	// that origin is; a confirmed link counts as the State's own.
	r.SDGTargets[2].Confirmed = true
	got := r.SDGGoalLinks()
	if !slices.Equal(got, []SDGGoalLink{
		{Goal: "16", Origin: LinkOriginUHRI}, {Goal: "10", Origin: LinkOriginUHRI, Confirmed: true},
		{Goal: "16", Origin: LinkOriginState}, {Goal: "5", Origin: LinkOriginMachine},
	}) {
		t.Errorf("with 10.2 confirmed: %v", got)
	}
	var owned []SDGGoal
	for _, l := range got {
		if l.Owned() {
			owned = append(owned, l.Goal)
		}
	}
	if !slices.Equal(owned, []SDGGoal{"10", "16"}) {
		t.Errorf("the State's links are to goals %v, want 10 (confirmed) and 16 (its own)", owned)
	}
}

func TestComplete(t *testing.T) {
	ds := &Dataset{CompleteCollections: []RecordKind{RecordKindAction}}
	if !ds.Complete(RecordKindAction) || ds.Complete(RecordKindIndicator) || (*Dataset)(nil).Complete(RecordKindAction) {
		t.Error("Complete does not report the collections the dataset declares")
	}
}

func TestRepeatedSDGGoal(t *testing.T) {
	data, err := os.ReadFile("testdata/valid.json")
	if err != nil {
		t.Fatal(err)
	}
	ds, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	ds.Recommendations[0].SDGGoals = []SDGGoalLink{{Goal: "16", Origin: LinkOriginUHRI}, {Goal: "16", Origin: LinkOriginState}}
	ps := Validate(ds)
	if !slices.ContainsFunc(ps, func(p schema.Problem) bool {
		return p.Code == CodeRepeated && p.Pointer == "/recommendations/0/sdgGoals/1"
	}) {
		t.Errorf("a goal linked twice: %v", ps)
	}
}
