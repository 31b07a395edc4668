package main

import (
	"time"

	"github.com/nmirf/nmirf/tracking"
)

// themeScheme is the taxonomy the imaginary mechanism files its
// recommendations under.
const themeScheme = "national-theme"

// buildDataset builds the imaginary State's data around the date at: its
// deadlines are set relative to at, so that every run has something overdue
// and something about to fall due.
func buildDataset(gen tracking.IDGenerator, at time.Time) (*tracking.Dataset, error) {
	ds := tracking.NewDataset("XFS", tracking.DateOf(at), tracking.Text{
		"en": "Secretariat of the National Mechanism (illustrative)",
		"fr": "Secrétariat du mécanisme national (exemple)",
		"es": "Secretaría del mecanismo nacional (ejemplo)",
		"ar": "أمانة الآلية الوطنية (مثال توضيحي)",
		"ru": "Секретариат национального механизма (условный пример)",
		"zh": "国家机制秘书处（示例）",
	})
	day := func(offset int) tracking.PartialDate { return tracking.DateOf(at.AddDate(0, 0, offset)) }
	var genErr error
	newID := func() tracking.ID {
		id, err := gen.NewID()
		if genErr == nil {
			genErr = err
		}
		return id
	}

	entity := func(ref string, name tracking.Text, kind tracking.EntityKind) tracking.ID {
		id := newID()
		ds.Entities = append(ds.Entities, tracking.Entity{ID: id, Ref: ref, Name: name, Kind: kind, Branch: tracking.BranchExecutive})
		return id
	}
	justice := entity("MOJ", tracking.Text{"en": "Ministry of Justice", "fr": "Ministère de la Justice", "es": "Ministerio de Justicia", "ar": "وزارة العدل", "ru": "Министерство юстиции", "zh": "司法部"}, tracking.EntityKindMinistry)
	education := entity("MOE", tracking.Text{"en": "Ministry of Education", "fr": "Ministère de l’Éducation", "es": "Ministerio de Educación", "ar": "وزارة التربية", "ru": "Министерство образования", "zh": "教育部"}, tracking.EntityKindMinistry)
	interior := entity("MOI", tracking.Text{"en": "Ministry of the Interior", "fr": "Ministère de l’Intérieur", "es": "Ministerio del Interior", "ar": "وزارة الداخلية", "ru": "Министерство внутренних дел", "zh": "内政部"}, tracking.EntityKindMinistry)
	stats := entity("NSO", tracking.Text{"en": "National Statistics Office", "fr": "Office national de la statistique", "es": "Oficina Nacional de Estadística", "ar": "المكتب الوطني للإحصاء", "ru": "Национальное статистическое управление", "zh": "国家统计局"}, tracking.EntityKindStatisticsOffice)

	theme := func(code string, label tracking.Text) tracking.Term {
		return tracking.Term{Scheme: themeScheme, Code: code, Label: label}
	}
	justiceTheme := theme("justice", tracking.Text{"en": "Administration of justice", "fr": "Administration de la justice", "es": "Administración de justicia", "ar": "إقامة العدل", "ru": "Отправление правосудия", "zh": "司法"})
	educationTheme := theme("education", tracking.Text{"en": "Right to education", "fr": "Droit à l’éducation", "es": "Derecho a la educación", "ar": "الحق في التعليم", "ru": "Право на образование", "zh": "受教育权"})
	detentionTheme := theme("detention", tracking.Text{"en": "Conditions of detention", "fr": "Conditions de détention", "es": "Condiciones de detención", "ar": "ظروف الاحتجاز", "ru": "Условия содержания под стражей", "zh": "拘留条件"})

	type rec struct {
		ref    string
		source tracking.Source
		text   string
		theme  tracking.Term
		lead   tracking.ID
		status tracking.ImplementationStatus
	}
	upr := func(para string, states ...tracking.Country) tracking.Source {
		return tracking.Source{Family: tracking.MechanismFamilyUPR, Cycle: 4, Session: 47, Document: "A/HRC/00/00", Paragraph: para, Date: tracking.Year(at.Year() - 2), RecommendingStates: states}
	}
	tb := func(body, para string) tracking.Source {
		return tracking.Source{Family: tracking.MechanismFamilyTreatyBody, Body: body, Document: body + "/C/XFS/CO/1", Paragraph: para, Date: tracking.Year(at.Year() - 2)}
	}
	recs := []rec{
		{"R-01", upr("120.1", "CHL"), "Establish an independent mechanism to monitor places of detention.", detentionTheme, interior, tracking.ImplementationStatusInProgress},
		{"R-02", upr("120.2", "NOR", "URY"), "Reduce the length of pre-trial detention.", justiceTheme, justice, tracking.ImplementationStatusNotStarted},
		{"R-03", upr("120.3", "SEN"), "Guarantee free primary education for all children.", educationTheme, education, tracking.ImplementationStatusPartiallyImplemented},
		{"R-04", tb("CRC", "32"), "Ensure that children with disabilities attend mainstream schools.", educationTheme, education, tracking.ImplementationStatusInProgress},
		{"R-05", tb("CAT", "15"), "Improve material conditions in all prisons.", detentionTheme, interior, ""},
		{"R-06", tb("CCPR", "21"), "Provide legal aid to everyone who cannot afford a lawyer.", justiceTheme, justice, tracking.ImplementationStatusFullyImplemented},
	}
	recIDs := map[string]tracking.ID{}
	for _, r := range recs {
		id := newID()
		recIDs[r.ref] = id
		rr := tracking.Recommendation{ID: id, Ref: r.ref, Source: r.source, Text: tracking.En(r.text),
			Classifications: []tracking.Term{r.theme},
			Assignments:     []tracking.Assignment{{EntityID: r.lead, Lead: true}}}
		if r.source.Family == tracking.MechanismFamilyUPR {
			rr.Position = &tracking.StatePosition{Value: tracking.PositionSupported}
		}
		ds.Recommendations = append(ds.Recommendations, rr)
		if r.status != "" {
			ds.Assessments = append(ds.Assessments, tracking.Assessment{ID: newID(), RecommendationID: id,
				Date: day(-40), Status: r.status, Source: tracking.AssessmentSourceState})
		}
	}

	action := func(ref, title string, lead tracking.ID, recs ...string) tracking.ID {
		id := newID()
		a := tracking.Action{ID: id, Ref: ref, Title: tracking.En(title), LeadEntityID: lead,
			Status: tracking.ActionStatusInProgress, Start: tracking.Year(at.Year() - 1), End: tracking.Year(at.Year() + 1),
			SMART: tracking.SMART{Specific: true, Measurable: true, Assignable: true, Relevant: true, TimeBound: true}}
		for _, r := range recs {
			a.RecommendationIDs = append(a.RecommendationIDs, recIDs[r])
		}
		ds.Actions = append(ds.Actions, a)
		return id
	}
	visits := action("A-01", "Set up a national preventive mechanism", interior, "R-01", "R-05")
	legalAid := action("A-02", "Extend the legal aid scheme", justice, "R-06", "R-02")
	schools := action("A-03", "Abolish school fees and adapt schools", education, "R-03", "R-04")

	report := func(ref string, a, who tracking.ID, due int, submitted bool) {
		p := tracking.ProgressReport{ID: newID(), Ref: ref, ActionID: a, EntityID: who, Due: day(due)}
		if submitted {
			p.Submitted = day(due - 2)
		}
		ds.ProgressReports = append(ds.ProgressReports, p)
	}
	report("P-01", visits, interior, -12, false)
	report("P-02", legalAid, justice, -5, true)
	report("P-03", schools, education, 9, false)
	report("P-04", legalAid, justice, 25, false)
	report("P-05", schools, stats, 75, false)

	ds.Obligations = append(ds.Obligations,
		tracking.Obligation{ID: newID(), Ref: "OB-01", Kind: tracking.ObligationKindPeriodicReport, Family: tracking.MechanismFamilyTreatyBody,
			Body: "CAT", Title: tracking.En("Periodic report to the Committee against Torture"), Due: day(-90), LeadEntityID: justice},
		tracking.Obligation{ID: newID(), Ref: "OB-02", Kind: tracking.ObligationKindUPRMidtermReport, Family: tracking.MechanismFamilyUPR,
			Title: tracking.En("UPR mid-term report"), Due: day(20), LeadEntityID: justice},
	)
	if genErr != nil {
		return nil, genErr
	}
	return ds, nil
}
