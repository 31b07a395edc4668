// Package datagen builds large, valid and deterministic tracking datasets
// for benchmarks and tests.
//
// The data are fictional. The State is "XFS", the user-assigned code the
// project keeps for an imaginary State, so that no generated record can be
// mistaken for a claim about a real State's mechanism; every text says it
// is illustrative.
package datagen

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/nmirf/nmirf/tracking"
)

// State is the country code of every generated dataset.
const State tracking.Country = "XFS"

// Dataset returns a dataset with n recommendations and, in proportion, the
// other records a mechanism keeps: about one entity per 20 recommendations,
// one cluster per 10, one action per 2, one indicator per 5 with a few
// observations each, one progress report per 4, one to two assessments per
// recommendation, and some obligations and consultations. The same n always
// gives the same dataset, and the dataset passes tracking.Validate.
func Dataset(n int) *tracking.Dataset {
	g := newGen(uint64(n))
	ds := &tracking.Dataset{
		SchemaVersion: tracking.SchemaVersion,
		Publisher: tracking.Publisher{
			Name:  tracking.Text{"en": "Secretariat of the illustrative mechanism", "fr": "Secrétariat du mécanisme fictif"},
			URL:   "https://example.org/mechanism",
			Email: "secretariat@example.org",
		},
		Date:  tracking.Date(2026, time.March, 31),
		State: State,
	}
	entities := max(5, n/20)
	for i := range entities {
		ds.Entities = append(ds.Entities, g.entity(i))
	}
	ds.Mechanism = g.mechanism(ds.Entities)
	for i := range n {
		ds.Recommendations = append(ds.Recommendations, g.recommendation(i, ds))
	}
	for i := range n / 10 {
		ds.Clusters = append(ds.Clusters, g.cluster(i, ds))
	}
	for i := range (n + 1) / 2 {
		ds.Actions = append(ds.Actions, g.action(i, ds))
	}
	for i := range (n + 4) / 5 {
		ds.Indicators = append(ds.Indicators, g.indicator(i, ds))
	}
	for i := range n / 4 {
		ds.ProgressReports = append(ds.ProgressReports, g.progressReport(i, ds))
	}
	for i := range n {
		ds.Assessments = append(ds.Assessments, g.assessments(i, ds)...)
	}
	for i := range (n + 49) / 50 {
		ds.Obligations = append(ds.Obligations, g.obligation(i, ds))
	}
	for i := range (n + 99) / 100 {
		ds.Consultations = append(ds.Consultations, g.consultation(i, ds))
	}
	return ds
}

// gen holds the deterministic sources of a generation.
type gen struct {
	r   *rand.Rand
	ids *tracking.V7Generator
}

func newGen(seed uint64) *gen {
	r := rand.New(rand.NewPCG(seed, 0x6e6d697266))
	clock := time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)
	now := func() time.Time { clock = clock.Add(time.Millisecond); return clock }
	return &gen{r: r, ids: tracking.NewV7Generator(now, reader{r})}
}

// reader reads bytes from a seeded generator.
type reader struct{ r *rand.Rand }

func (rd reader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(rd.r.Uint32())
	}
	return len(p), nil
}

func (g *gen) id() tracking.ID {
	id, err := g.ids.NewID()
	if err != nil {
		panic(err) // the reader never fails
	}
	return id
}

func pick[T any](g *gen, values []T) T { return values[g.r.IntN(len(values))] }

func (g *gen) text(what string, i int) tracking.Text {
	t := tracking.Text{"en": fmt.Sprintf("Illustrative %s %d: fictional text written for testing.", what, i)}
	switch g.r.IntN(4) {
	case 0:
		t["fr"] = fmt.Sprintf("%s fictif %d : texte d’essai.", what, i)
	case 1:
		t["ar"] = fmt.Sprintf("نص توضيحي رقم %d لأغراض الاختبار.", i)
	case 2:
		t["es"] = fmt.Sprintf("Texto ilustrativo %d para pruebas.", i)
	}
	return t
}

func (g *gen) entity(i int) tracking.Entity {
	kinds := tracking.EntityKind("").Values()
	branches := tracking.Branch("").Values()
	return tracking.Entity{
		ID:      g.id(),
		Ref:     fmt.Sprintf("E%d", i+1),
		Name:    g.text("entity", i),
		Acronym: fmt.Sprintf("IE%d", i+1),
		Kind:    pick(g, kinds),
		Branch:  pick(g, branches),
	}
}

func (g *gen) mechanism(entities []tracking.Entity) *tracking.Mechanism {
	m := &tracking.Mechanism{
		Name:        tracking.Text{"en": "Illustrative inter-ministerial mechanism", "es": "Mecanismo interministerial ilustrativo"},
		Type:        tracking.MechanismTypeInterMinisterial,
		Standing:    true,
		Established: tracking.YearMonth(2018, time.May),
		LegalBasis: &tracking.LegalBasis{
			Kind:      tracking.InstrumentKindDecree,
			Reference: "Illustrative Decree 1/2018",
			Date:      tracking.Date(2018, time.May, 2),
		},
		Functions:        tracking.MandateFunction("").Values(),
		Covers:           tracking.MechanismFamily("").Values(),
		Chair:            &tracking.Chair{EntityID: entities[0].ID, Level: tracking.ChairLevelMinister},
		Secretariat:      &tracking.Secretariat{EntityID: entities[0].ID, Staff: 6, Dedicated: true, Trained: true},
		Budget:           &tracking.Budget{Amount: 250000, Currency: "EUR", Year: 2026, Dedicated: true},
		MeetingFrequency: tracking.FrequencyQuarterly,
		RulesOfProcedure: true,
		TrackingTool:     &tracking.TrackingTool{Kind: tracking.TrackingToolKindImpactOSS, Name: "Illustrative tracker", Public: true},
		Networks:         []tracking.NetworkMembership{{Name: tracking.En("Illustrative network of mechanisms"), Since: tracking.Year(2024)}},
	}
	for i, e := range entities {
		m.Members = append(m.Members, tracking.Member{EntityID: e.ID, Role: tracking.MemberRoleMember})
		m.FocalPoints = append(m.FocalPoints, tracking.FocalPoint{EntityID: e.ID, Role: tracking.FocalPointRoleMain, Name: fmt.Sprintf("Focal point %d", i+1)})
		if i%3 == 0 {
			m.FocalPoints = append(m.FocalPoints, tracking.FocalPoint{EntityID: e.ID, Role: tracking.FocalPointRoleAlternate})
		}
	}
	for _, s := range []tracking.Stakeholder{tracking.StakeholderNHRI, tracking.StakeholderCivilSociety} {
		m.ConsultationArrangements = append(m.ConsultationArrangements, tracking.ConsultationArrangement{With: s, Frequency: tracking.FrequencyAnnual, Formal: true})
	}
	return m
}

var (
	treatyBodies = []string{"CCPR", "CESCR", "CERD", "CEDAW", "CAT", "CRC", "CRPD", "CED", "CMW"}
	recommenders = []tracking.Country{"ARG", "BRA", "CAN", "DEU", "FJI", "GHA", "IND", "JPN", "KEN", "MEX", "NZL", "SEN"}
)

func (g *gen) recommendation(i int, ds *tracking.Dataset) tracking.Recommendation {
	r := tracking.Recommendation{
		ID:   g.id(),
		Ref:  fmt.Sprintf("R%d", i+1),
		Text: g.text("recommendation", i),
	}
	switch i % 5 {
	case 0, 1: // UPR
		session := 41 + g.r.IntN(14)
		r.Source = tracking.Source{
			Family:    tracking.MechanismFamilyUPR,
			Cycle:     tracking.UPRCycle(session),
			Session:   session,
			Document:  fmt.Sprintf("A/HRC/%d/%d", 50+g.r.IntN(10), 1+g.r.IntN(30)),
			Paragraph: fmt.Sprintf("140.%d", i+1),
			Date:      tracking.YearMonth(2023, time.Month(1+g.r.IntN(6))),
		}
		r.Source.RecommendingStates = []tracking.Country{pick(g, recommenders)}
		r.Position = &tracking.StatePosition{
			Value: pick(g, tracking.Position("").Values()),
			Date:  tracking.YearMonth(2023, time.September),
		}
	case 2: // treaty body
		r.Source = tracking.Source{
			Family:    tracking.MechanismFamilyTreatyBody,
			Body:      pick(g, treatyBodies),
			Document:  fmt.Sprintf("CCPR/C/XFS/CO/%d", 1+g.r.IntN(5)),
			Paragraph: fmt.Sprintf("%d", 10+i%40),
			Date:      tracking.Year(2022),
		}
		if i%10 == 2 {
			r.FollowUp = &tracking.FollowUp{Due: tracking.YearMonth(2024, time.November)}
		}
	case 3:
		r.Kind = tracking.RecommendationKindRecommendation
		r.Source = tracking.Source{Family: tracking.MechanismFamilySpecialProcedure, Body: "Illustrative special rapporteur", Date: tracking.Year(2021)}
	default:
		r.Source = tracking.Source{Family: tracking.MechanismFamilyRegional, Body: "IACHR", Date: tracking.Date(2020, time.June, 15)}
	}
	r.Classifications = []tracking.Term{{Scheme: "uhri-theme", Code: fmt.Sprintf("theme-%d", i%17), Label: tracking.En(fmt.Sprintf("Illustrative theme %d", i%17)), Version: "2021"}}
	targets := tracking.SDGTarget("").Values()
	r.SDGTargets = []tracking.SDGLink{{Target: targets[i%len(targets)], Origin: pick(g, tracking.LinkOrigin("").Values())}}
	lead := ds.Entities[i%len(ds.Entities)].ID
	r.Assignments = []tracking.Assignment{{EntityID: lead, Lead: true}}
	if other := ds.Entities[(i+1)%len(ds.Entities)].ID; other != lead {
		r.Assignments = append(r.Assignments, tracking.Assignment{EntityID: other})
	}
	if i > 0 && i%7 == 0 {
		r.Related = []tracking.Relation{{RecommendationID: ds.Recommendations[i-1].ID, Type: tracking.RelationTypeSimilar}}
	}
	r.Identifiers = []tracking.Identifier{{Scheme: "uhri", Value: fmt.Sprintf("%08x-0000-4000-8000-%012x", i, i)}}
	return r
}

func (g *gen) cluster(i int, ds *tracking.Dataset) tracking.Cluster {
	c := tracking.Cluster{ID: g.id(), Ref: fmt.Sprintf("C%d", i+1), Title: g.text("cluster", i), Priority: pick(g, tracking.Priority("").Values())}
	for j := i * 10; j < i*10+10 && j < len(ds.Recommendations); j++ {
		c.RecommendationIDs = append(c.RecommendationIDs, ds.Recommendations[j].ID)
	}
	return c
}

func (g *gen) action(i int, ds *tracking.Dataset) tracking.Action {
	a := tracking.Action{
		ID:           g.id(),
		Ref:          fmt.Sprintf("A%d", i+1),
		Title:        g.text("action", i),
		LeadEntityID: ds.Entities[i%len(ds.Entities)].ID,
		Start:        tracking.Year(2024),
		End:          tracking.YearMonth(2026, time.December),
		Status:       pick(g, tracking.ActionStatus("").Values()),
		SMART:        tracking.SMART{Specific: true, Measurable: i%2 == 0, Assignable: true, Relevant: true, TimeBound: i%3 != 0},
		BudgetLine:   fmt.Sprintf("Illustrative line %d", i%40),
	}
	a.RecommendationIDs = []tracking.ID{ds.Recommendations[(2*i)%len(ds.Recommendations)].ID}
	if len(ds.Clusters) > 0 && i%4 == 0 {
		a.ClusterIDs = []tracking.ID{ds.Clusters[i%len(ds.Clusters)].ID}
	}
	return a
}

func (g *gen) indicator(i int, ds *tracking.Dataset) tracking.Indicator {
	in := tracking.Indicator{
		ID:       g.id(),
		Ref:      fmt.Sprintf("I%d", i+1),
		Title:    g.text("indicator", i),
		Type:     pick(g, tracking.IndicatorType("").Values()),
		Unit:     "percent",
		Baseline: &tracking.Measurement{Value: float64(g.r.IntN(50)), Date: tracking.Year(2023)},
		Target:   &tracking.Measurement{Value: 50 + float64(g.r.IntN(50)), Date: tracking.Year(2030)},
		Schedule: tracking.FrequencyAnnual,
	}
	in.ActionIDs = []tracking.ID{ds.Actions[i%len(ds.Actions)].ID}
	for y := 2024; y <= 2025; y++ {
		in.Observations = append(in.Observations, tracking.Observation{Date: tracking.Year(y), Value: float64(g.r.IntN(1000)) / 10})
	}
	return in
}

func (g *gen) progressReport(i int, ds *tracking.Dataset) tracking.ProgressReport {
	p := tracking.ProgressReport{
		ID:          g.id(),
		Ref:         fmt.Sprintf("P%d", i+1),
		ActionID:    ds.Actions[i%len(ds.Actions)].ID,
		EntityID:    ds.Entities[i%len(ds.Entities)].ID,
		PeriodStart: tracking.Date(2025, time.January, 1),
		PeriodEnd:   tracking.Date(2025, time.June, 30),
		Due:         tracking.Date(2025, time.July, 31),
	}
	if i%3 != 0 {
		p.Submitted = tracking.Date(2025, time.July, 1+g.r.IntN(31))
		p.Text = g.text("progress report", i)
		if i%2 == 0 {
			p.Validated = tracking.Date(2025, time.August, 15)
		}
	}
	return p
}

func (g *gen) assessments(i int, ds *tracking.Dataset) []tracking.Assessment {
	r := &ds.Recommendations[i]
	statuses := tracking.ImplementationStatus("").Values()
	as := []tracking.Assessment{{
		ID:               g.id(),
		RecommendationID: r.ID,
		Date:             tracking.Date(2025, time.March, 1+g.r.IntN(28)),
		Status:           pick(g, statuses),
		Source:           tracking.AssessmentSourceState,
	}}
	if i%3 == 0 {
		a := tracking.Assessment{
			ID:               g.id(),
			RecommendationID: r.ID,
			Date:             tracking.Date(2025, time.October, 1+g.r.IntN(28)),
			Status:           pick(g, statuses),
			Source:           tracking.AssessmentSourceNHRI,
			Comment:          g.text("assessment", i),
		}
		if r.Source.Family == tracking.MechanismFamilyTreatyBody {
			a.Grade = pick(g, tracking.Grade("").Values())
		}
		as = append(as, a)
	}
	return as
}

func (g *gen) obligation(i int, ds *tracking.Dataset) tracking.Obligation {
	o := tracking.Obligation{
		ID:           g.id(),
		Ref:          fmt.Sprintf("O%d", i+1),
		Kind:         tracking.ObligationKindPeriodicReport,
		Family:       tracking.MechanismFamilyTreatyBody,
		Body:         pick(g, treatyBodies),
		Title:        tracking.En(fmt.Sprintf("Illustrative periodic report %d", i+1)),
		Due:          tracking.Date(2026+i%3, time.Month(1+i%12), 1),
		LeadEntityID: ds.Entities[i%len(ds.Entities)].ID,
	}
	if i%2 == 0 {
		o.Submitted = tracking.Date(2025, time.December, 1)
	}
	return o
}

func (g *gen) consultation(i int, ds *tracking.Dataset) tracking.Consultation {
	c := tracking.Consultation{
		ID:           g.id(),
		Ref:          fmt.Sprintf("K%d", i+1),
		Date:         tracking.Date(2025, time.Month(1+i%12), 10),
		Title:        g.text("consultation", i),
		Format:       pick(g, tracking.ConsultationFormat("").Values()),
		Participants: []tracking.Stakeholder{tracking.StakeholderNHRI, tracking.StakeholderCivilSociety},
		Summary:      g.text("summary", i),
	}
	c.RecommendationIDs = []tracking.ID{ds.Recommendations[i%len(ds.Recommendations)].ID}
	c.ObligationIDs = []tracking.ID{ds.Obligations[0].ID}
	return c
}
