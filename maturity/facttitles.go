package maturity

// factTranslations are the titles of the facts in Arabic, French and Spanish; the
// English titles are those of the codelist "maturity-fact".
var factTranslations = map[Fact][3]string{
	FactLegalBasis:                     {"الأساس القانوني", "Base juridique", "Base jurídica"},
	FactStanding:                       {"آلية دائمة", "Mécanisme permanent", "Mecanismo permanente"},
	FactMandateFunctions:               {"وظائف الولاية", "Fonctions du mandat", "Funciones del mandato"},
	FactMandateFamilies:                {"الآليات المشمولة", "Mécanismes couverts", "Mecanismos abarcados"},
	FactChairLevel:                     {"مستوى الرئاسة", "Niveau de la présidence", "Nivel de la presidencia"},
	FactSecretariatStaff:               {"موظفو الأمانة", "Effectif du secrétariat", "Personal de la secretaría"},
	FactSecretariatDedicated:           {"أمانة متفرغة", "Secrétariat dédié", "Secretaría dedicada"},
	FactSecretariatTrained:             {"أمانة مدرَّبة", "Secrétariat formé", "Secretaría capacitada"},
	FactBudgetDedicated:                {"ميزانية مخصصة", "Budget propre", "Presupuesto propio"},
	FactMemberBranches:                 {"السلطات الممثلة بين الأعضاء", "Pouvoirs représentés parmi les membres", "Poderes representados entre los miembros"},
	FactStatisticsOfficeMember:         {"جهاز الإحصاء عضو", "Office statistique membre", "Oficina de estadística miembro"},
	FactMeetingsPerYear:                {"الاجتماعات في السنة", "Réunions par an", "Reuniones al año"},
	FactRulesOfProcedure:               {"النظام الداخلي", "Règlement intérieur", "Reglamento interno"},
	FactFocalPointCoverage:             {"تغطية جهات الاتصال", "Couverture des points focaux", "Cobertura de puntos focales"},
	FactFocalPointAlternates:           {"جهات اتصال مناوبة", "Points focaux suppléants", "Puntos focales suplentes"},
	FactFocalPointValidators:           {"سلطات المصادقة", "Autorités de validation", "Autoridades de validación"},
	FactObligationsOverdue:             {"التقارير المتأخرة", "Rapports en retard", "Informes atrasados"},
	FactObligationsOnTime:              {"التقارير المقدمة في موعدها", "Rapports remis à temps", "Informes presentados a tiempo"},
	FactFollowUpReportsOnTime:          {"تقارير المتابعة في موعدها", "Rapports de suivi remis à temps", "Informes de seguimiento a tiempo"},
	FactConsultationsNHRI:              {"المشاورات مع المؤسسة الوطنية لحقوق الإنسان", "Consultations de l’INDH", "Consultas con la INDH"},
	FactConsultationsCivilSociety:      {"المشاورات مع المجتمع المدني", "Consultations de la société civile", "Consultas con la sociedad civil"},
	FactOpenSessions:                   {"الجلسات المفتوحة", "Séances ouvertes", "Sesiones abiertas"},
	FactConsultationArrangementsFormal: {"ترتيبات تشاور رسمية", "Modalités de consultation formelles", "Mecanismos formales de consulta"},
	FactTrackingTool:                   {"أداة المتابعة", "Outil de suivi", "Herramienta de seguimiento"},
	FactTrackingToolPublic:             {"أداة متابعة متاحة للعموم", "Outil de suivi public", "Herramienta de seguimiento pública"},
	FactRecommendationsWithLead:        {"توصيات لها جهة رائدة", "Recommandations avec une entité chef de file", "Recomendaciones con entidad responsable principal"},
	FactRecommendationsWithAction:      {"توصيات لها إجراء", "Recommandations avec une action", "Recomendaciones con una acción"},
	FactRecommendationsWithIndicator:   {"توصيات لها مؤشر", "Recommandations avec un indicateur", "Recomendaciones con un indicador"},
	FactRecommendationsWithSDG:         {"توصيات مرتبطة بأهداف التنمية المستدامة", "Recommandations liées aux ODD", "Recomendaciones vinculadas a los ODS"},
	FactRecommendationsClustered:       {"توصيات مجمَّعة", "Recommandations regroupées", "Recomendaciones agrupadas"},
	FactClustersPrioritised:            {"مجموعات ذات أولوية محددة", "Groupes priorisés", "Grupos priorizados"},
	FactRecommendationsAssessed:        {"توصيات مقيَّمة", "Recommandations évaluées", "Recomendaciones evaluadas"},
	FactRecommendationsImplemented:     {"توصيات منفَّذة", "Recommandations mises en œuvre", "Recomendaciones aplicadas"},
	FactActionsSMART:                   {"إجراءات ذكية (SMART)", "Actions SMART", "Acciones SMART"},
	FactIndicatorsWithBaselineTarget:   {"مؤشرات لها خط أساس وهدف", "Indicateurs avec référence et cible", "Indicadores con línea de base y meta"},
	FactIndicatorsWithProgress:         {"مؤشرات مقيس تقدمها", "Indicateurs dont le progrès est mesuré", "Indicadores con progreso medido"},
	FactProgressReportsOnTime:          {"تقارير التقدم في موعدها", "Rapports d’étape remis à temps", "Informes de avance a tiempo"},
	FactNetworks:                       {"الشبكات", "Réseaux", "Redes"},
}

// factTitle returns the title of the fact in the language.
func factTitle(f Fact, lang string) string {
	t := factTranslations[f]
	switch lang {
	case "ar":
		return t[0]
	case "fr":
		return t[1]
	case "es":
		return t[2]
	}
	return f.Title()
}
