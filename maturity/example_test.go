package maturity_test

import (
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/nmirf/nmirf/maturity"
	"github.com/nmirf/nmirf/tracking"
)

func ExampleDefaultFramework() {
	fw := maturity.DefaultFramework()
	fmt.Println(fw.Title.Get("en"))
	for _, d := range fw.Dimensions {
		fmt.Printf("%s / %s: %d criteria\n", d.Title.Get("en"), d.Title.Get("fr"), len(d.Criteria))
	}
	c, _ := fw.Criterion("legal-basis")
	fmt.Println(c.Title.Get("es"), "must-have:", c.MustHave, "sources:", len(c.Sources))
	fmt.Println("established:", c.Levels.Get(maturity.LevelEstablished).Get("en"))
	// Output:
	// NMIRF maturity framework (synthesis of public guidance)
	// Institutional set-up and mandate / Cadre institutionnel et mandat: 6 criteria
	// Engagement with the human rights mechanisms / Dialogue avec les mécanismes des droits de l’homme: 3 criteria
	// Coordination / Coordination: 4 criteria
	// Consultation and participation / Consultation et participation: 3 criteria
	// Information management / Gestion de l’information: 3 criteria
	// Implementation and results / Mise en œuvre et résultats: 4 criteria
	// Cooperation and learning / Coopération et apprentissage: 2 criteria
	// Base jurídica y términos de referencia must-have: true sources: 4
	// established: A law, decree or cabinet decision establishes the mechanism and sets out its mandate, composition and working methods in terms of reference.
}

// Score a self-assessment with evidence from a small tracking dataset of a
// fictional State.
func ExampleScore() {
	id := func(n int) tracking.ID { return tracking.MustParseID(fmt.Sprintf("0190b000-0000-7000-8000-%012d", n)) }
	moj := id(1)
	ds := &tracking.Dataset{
		SchemaVersion: "1.1", State: "XFS", Date: tracking.MustParseDate("2026-06-30"),
		// The dataset keeps every recommendation, cluster and action: the
		// facts about them are conclusive.
		CompleteCollections: []tracking.RecordKind{tracking.RecordKindRecommendation, tracking.RecordKindCluster, tracking.RecordKindAction},
		Mechanism: &tracking.Mechanism{
			Name: tracking.En("Fictional national mechanism"), Type: tracking.MechanismTypeInterMinisterial, Standing: true,
			LegalBasis:       &tracking.LegalBasis{Kind: tracking.InstrumentKindDecree, Reference: "Decree 7/2022"},
			MeetingFrequency: tracking.FrequencyQuarterly, RulesOfProcedure: true,
			TrackingTool: &tracking.TrackingTool{Kind: tracking.TrackingToolKindSpreadsheet},
		},
		Entities: []tracking.Entity{{ID: moj, Name: tracking.En("Ministry of Justice"), Kind: tracking.EntityKindMinistry}},
		Recommendations: []tracking.Recommendation{
			{ID: id(2), Source: tracking.Source{Family: tracking.MechanismFamilyUPR, Cycle: 4}, Text: tracking.En("Adopt a national action plan."),
				Position: &tracking.StatePosition{Value: tracking.PositionSupported}, Assignments: []tracking.Assignment{{EntityID: moj, Lead: true}}},
			{ID: id(3), Source: tracking.Source{Family: tracking.MechanismFamilyUPR, Cycle: 4}, Text: tracking.En("Ratify OPCAT."),
				Position: &tracking.StatePosition{Value: tracking.PositionSupported}},
		},
		Actions: []tracking.Action{{ID: id(4), Title: tracking.En("Draft the plan"), RecommendationIDs: []tracking.ID{id(2)},
			LeadEntityID: moj, Status: tracking.ActionStatusInProgress}},
	}
	facts := maturity.ComputeFacts(tracking.NewIndex(ds), time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC))

	fw := maturity.DefaultFramework()
	a := &maturity.Assessment{
		SchemaVersion: "1.0", Framework: fw.Ref(), State: "XFS", Date: tracking.MustParseDate("2026-06"),
		Respondents: []maturity.Respondent{{ID: "sec", Name: tracking.En("Secretariat")}, {ID: "moj", Name: tracking.En("Ministry of Justice")}},
		Answers: []maturity.Answer{
			{Criterion: "legal-basis", Respondent: "sec", Level: maturity.LevelEstablished, Evidence: []maturity.Evidence{{Document: "Decree 7/2022"}}},
			{Criterion: "working-methods", Respondent: "sec", Level: maturity.LevelAdvanced},
			{Criterion: "working-methods", Respondent: "moj", Level: maturity.LevelEstablished},
			{Criterion: "tracking-tool", Respondent: "sec", Level: maturity.LevelAdvanced},
			{Criterion: "implementation-plans", Respondent: "sec", Level: maturity.LevelEmerging},
		},
	}
	r, err := maturity.Score(fw, a, facts)
	if err != nil {
		log.Fatal(err)
	}
	o := r.Overall
	fmt.Printf("score %.1f, staged level %s (provisional %v), coverage %.0f%%\n", o.Score, o.Level, o.Provisional, o.Coverage*100)
	for _, c := range r.Contradictions() {
		fmt.Printf("%s: claimed %s, the data show %s\n", c.ID, c.Claimed, c.DataLevel)
	}
	fmt.Println("first step:", r.NextSteps[0].Criterion, r.NextSteps[0].From, "→", r.NextSteps[0].To)
	// Output:
	// score 56.3, staged level nascent (provisional true), coverage 20%
	// tracking-tool: claimed advanced, the data show emerging
	// implementation-plans: claimed emerging, the data show nascent
	// first step: implementation-plans nascent → emerging
}

// Render the report of a scored assessment, and write its radar chart.
func ExampleResult_Markdown() {
	ds, err := tracking.Decode(must(os.ReadFile("testdata/dataset.json")))
	if err != nil {
		log.Fatal(err)
	}
	fw := maturity.DefaultFramework()
	a, err := maturity.LoadAssessment(must(os.ReadFile("testdata/assessment.json")), fw)
	if err != nil {
		log.Fatal(err)
	}
	facts := maturity.ComputeFacts(tracking.NewIndex(ds), time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC))
	r, err := maturity.Score(fw, a, facts)
	if err != nil {
		log.Fatal(err)
	}
	report := r.Markdown("en")
	svg := r.RadarSVG("ar") // write it to a file, say, with os.WriteFile
	overall := report[strings.Index(report, "## Overall"):]
	fmt.Println(strings.Join(strings.Split(overall, "\n")[:5], "\n"))
	fmt.Println(strings.HasPrefix(svg, "<svg"), strings.Contains(svg, `dir="rtl"`))
	// Output:
	// ## Overall
	//
	// |  | Weighted score | Staged level | Level of the score | Coverage | Confidence |
	// | --- | ---: | --- | --- | ---: | ---: |
	// | Verified | 47.9 / 100 | Nascent (1) | Nascent (1) | 90% | 64% |
	// true true
}

func must(data []byte, err error) []byte {
	if err != nil {
		log.Fatal(err)
	}
	return data
}

// Load a framework of one's own, such as an official text, from JSON; a
// faulty document fails with every problem and where it is.
func ExampleLoadFramework() {
	_, err := maturity.LoadFramework([]byte(`{
  "schemaVersion": "1.0",
  "id": "my-framework",
  "version": "2025",
  "title": {"en": "My framework"},
  "levels": {"absent": {"en": "Absent"}, "nascent": {"en": "Nascent"}, "emerging": {"en": "Emerging"},
             "established": {"en": "Established"}, "advanced": {"en": "Advanced"}},
  "sources": [{"id": "guide", "title": {"en": "A guide"}}],
  "dimensions": [{
    "id": "coordination", "title": {"en": "Coordination"}, "weight": 1,
    "criteria": [{
      "id": "meetings", "title": {"en": "Regular meetings"}, "statement": {"en": "The mechanism meets regularly."},
      "levels": {"absent": {"en": "No meetings."}, "nascent": {"en": "Rare."}, "emerging": {"en": "Yearly."},
                 "established": {"en": "Twice a year."}},
      "sources": [{"source": "handbook"}],
      "weight": 1, "guidance": {"en": "Minutes."},
      "rules": [{"fact": "meetings_per_year", "thresholds": [4, 2, 1, 0]}]
    }]
  }]
}`))
	fmt.Println(err)
	// Output:
	// 4 problems:
	//   /dimensions/0/criteria/0/levels/advanced: is required [schema.required]
	//   /dimensions/0/criteria/0/rules/0/thresholds: the thresholds must rise (or stay level) from level 1 to level 4 [rule.thresholds]
	//   /dimensions/0/criteria/0/sources/0/source: the source "handbook" is not among the framework's sources [citation.unknownSource]
	//   /sources/0: no criterion cites the source "guide" [source.unused]
}

// Compare last year's result with this year's, as a report.
func ExampleCompare() {
	fw := maturity.DefaultFramework()
	assess := func(date string, level maturity.Level) *maturity.Result {
		a := &maturity.Assessment{SchemaVersion: "1.0", Framework: fw.Ref(), State: "XFS", Date: tracking.MustParseDate(date),
			Respondents: []maturity.Respondent{{ID: "sec", Name: tracking.En("Secretariat")}},
			Answers:     []maturity.Answer{{Criterion: "working-methods", Respondent: "sec", Level: level}}}
		// Without data nothing can be verified: these results score the
		// claims alone.
		r, err := maturity.Scorer{ClaimsOnly: true}.Score(fw, a, nil)
		if err != nil {
			log.Fatal(err)
		}
		return r
	}
	c, err := maturity.Compare(assess("2025", maturity.LevelNascent), assess("2026", maturity.LevelEstablished))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("score %+.1f, staged level %s → %s\n", c.Score.Delta, c.Level.From, c.Level.To)
	for _, cc := range c.Criteria {
		fmt.Println(cc.ID, cc.Level.From, "→", cc.Level.To)
	}
	// Output:
	// score +50.0, staged level nascent → established
	// working-methods nascent → established
}

// A fact is conclusive only when the dataset keeps in full what it counts:
// here the actions, and so the share of recommendations with an action.
// Plan coverage counts the current recommendations by default: the noted
// one is left out, ScopeAll takes it in.
func ExampleFactOptions_Compute() {
	id := func(n int) tracking.ID { return tracking.MustParseID(fmt.Sprintf("0190b000-0000-7000-8000-%012d", n)) }
	upr := tracking.Source{Family: tracking.MechanismFamilyUPR, Cycle: 4}
	ds := &tracking.Dataset{
		SchemaVersion: "1.1", State: "XFS", Date: tracking.MustParseDate("2026-06-30"),
		Recommendations: []tracking.Recommendation{
			{ID: id(1), Source: upr, Text: tracking.En("Adopt a plan."), Position: &tracking.StatePosition{Value: tracking.PositionSupported}},
			{ID: id(2), Source: upr, Text: tracking.En("Ratify OPCAT."), Position: &tracking.StatePosition{Value: tracking.PositionNoted}},
		},
		Actions: []tracking.Action{{ID: id(3), Title: tracking.En("Draft the plan"), RecommendationIDs: []tracking.ID{id(1)}, Status: tracking.ActionStatusInProgress}},
	}
	at := time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)
	show := func(opts maturity.FactOptions) {
		v, _ := opts.Compute(tracking.NewIndex(ds), at).Get(maturity.FactRecommendationsWithAction)
		fmt.Printf("%d of %d with an action, conclusive %v\n", v.Count, v.Of, v.Conclusive)
	}
	show(maturity.FactOptions{})
	ds.CompleteCollections = []tracking.RecordKind{tracking.RecordKindRecommendation, tracking.RecordKindCluster, tracking.RecordKindAction}
	show(maturity.FactOptions{})
	show(maturity.FactOptions{Scope: maturity.ScopeAll})
	// Output:
	// 1 of 1 with an action, conclusive false
	// 1 of 1 with an action, conclusive true
	// 1 of 2 with an action, conclusive true
}
