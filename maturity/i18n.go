package maturity

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/nmirf/nmirf/tracking"
)

// Languages returns the languages the reports and charts are written in:
// English, Arabic, French and Spanish. Other languages fall back to
// English.
func Languages() []string { return []string{"en", "ar", "fr", "es"} }

// reportLang returns the supported language for a language tag: its primary
// subtag when supported ("fr-CA" → "fr"), else "en".
func reportLang(tag string) string {
	primary, _, _ := strings.Cut(strings.ToLower(tag), "-")
	switch primary {
	case "ar", "fr", "es":
		return primary
	}
	return "en"
}

// messages holds the words of the reports, in English, Arabic, French and
// Spanish, in that order.
var messages = map[string][4]string{
	"selfAssessment":      {"Self-assessment", "التقييم الذاتي", "Auto-évaluation", "Autoevaluación"},
	"comparison":          {"Changes since the previous self-assessment", "التغييرات منذ التقييم الذاتي السابق", "Évolution depuis l’auto-évaluation précédente", "Cambios desde la autoevaluación anterior"},
	"state":               {"State", "الدولة", "État", "Estado"},
	"date":                {"Assessed", "تاريخ التقييم", "Date de l’évaluation", "Fecha de la evaluación"},
	"dataAt":              {"Tracking data at", "بيانات المتابعة في", "Données de suivi au", "Datos de seguimiento al"},
	"noData":              {"no tracking data", "لا توجد بيانات متابعة", "pas de données de suivi", "sin datos de seguimiento"},
	"framework":           {"Framework", "الإطار", "Cadre", "Marco"},
	"method":              {"Consolidation", "طريقة التوحيد", "Consolidation", "Consolidación"},
	"respondents":         {"Respondents", "المجيبون", "Répondants", "Personas que respondieron"},
	"overall":             {"Overall", "النتيجة العامة", "Vue d’ensemble", "Resultado general"},
	"weightedScore":       {"Weighted score", "الدرجة المرجحة", "Score pondéré", "Puntuación ponderada"},
	"stagedLevel":         {"Staged level", "المستوى المرحلي", "Niveau atteint", "Nivel alcanzado"},
	"scoreLevel":          {"Level of the score", "مستوى الدرجة", "Niveau du score", "Nivel de la puntuación"},
	"coverage":            {"Coverage", "التغطية", "Couverture", "Cobertura"},
	"confidence":          {"Confidence", "الثقة", "Fiabilité", "Confianza"},
	"profile":             {"Profile", "الملف حسب الأبعاد", "Profil", "Perfil"},
	"dimension":           {"Dimension", "البعد", "Dimension", "Dimensión"},
	"score":               {"Score", "الدرجة", "Score", "Puntuación"},
	"level":               {"Level", "المستوى", "Niveau", "Nivel"},
	"criteria":            {"Criteria", "المعايير", "Critères", "Criterios"},
	"criterion":           {"Criterion", "المعيار", "Critère", "Criterio"},
	"claimed":             {"Claimed", "المستوى المُعلن", "Niveau déclaré", "Nivel declarado"},
	"data":                {"Data", "البيانات", "Données", "Datos"},
	"answers":             {"Answers", "الإجابات", "Réponses", "Respuestas"},
	"facts":               {"Facts", "الوقائع", "Faits", "Hechos"},
	"fact":                {"Fact", "الواقعة", "Fait", "Hecho"},
	"value":               {"Value", "القيمة", "Valeur", "Valor"},
	"factsFrom":           {"Facts from the tracking data", "وقائع مستمدة من بيانات المتابعة", "Faits tirés des données de suivi", "Hechos de los datos de seguimiento"},
	"contradictions":      {"Claims above what the data show", "مستويات مُعلنة أعلى مما تُظهره البيانات", "Niveaux déclarés supérieurs à ce que montrent les données", "Niveles declarados superiores a lo que muestran los datos"},
	"answerFirst":         {"First answer the criteria left unanswered: %s.", "أجيبوا أولًا عن المعايير التي لم يُجب عنها: %s.", "Répondre d’abord aux critères restés sans réponse\u00a0: %s.", "Responder primero a los criterios sin respuesta: %s."},
	"nextSteps":           {"Next steps", "الخطوات التالية", "Prochaines étapes", "Próximos pasos"},
	"points":              {"points", "نقطة", "points", "puntos"},
	"mustHave":            {"must-have", "معيار أساسي", "critère essentiel", "criterio esencial"},
	"mustHaveKey":         {"★ must-have criterion", "★ معيار أساسي", "★ critère essentiel", "★ criterio esencial"},
	"blocking":            {"holds the staged level down", "يُبقي المستوى المرحلي منخفضًا", "bloque le niveau atteint", "frena el nivel alcanzado"},
	"notApplicable":       {"not applicable", "غير منطبق", "sans objet", "no aplicable"},
	"unanswered":          {"unanswered", "بلا إجابة", "sans réponse", "sin respuesta"},
	"answered":            {"answered", "مُجاب", "répondu", "respondido"},
	"not_applicable":      {"not applicable", "غير منطبق", "sans objet", "no aplicable"},
	"high":                {"high", "عالية", "élevée", "alta"},
	"medium":              {"medium", "متوسطة", "moyenne", "media"},
	"low":                 {"low", "منخفضة", "faible", "baja"},
	"yes":                 {"yes", "نعم", "oui", "sí"},
	"no":                  {"no", "لا", "non", "no"},
	"notScored":           {"not scored", "بلا درجة", "non noté", "sin puntuación"},
	"counts":              {"Criteria: %d; answered: %d; not applicable: %d; unanswered: %d; claimed above the data: %d.", "المعايير: %d؛ المُجاب عنها: %d؛ غير المنطبقة: %d؛ بلا إجابة: %d؛ المُعلن فيها مستوى أعلى من البيانات: %d.", "Critères\u00a0: %d\u00a0; avec réponse\u00a0: %d\u00a0; sans objet\u00a0: %d\u00a0; sans réponse\u00a0: %d\u00a0; déclarés au-dessus des données\u00a0: %d.", "Criterios: %d; respondidos: %d; no aplicables: %d; sin respuesta: %d; declarados por encima de los datos: %d."},
	"gated":               {"The score alone reaches %s; the must-have criteria %s hold the staged level at %s.", "تبلغ الدرجة وحدها %s؛ لكن المعايير الأساسية %s تُبقي المستوى المرحلي عند %s.", "Le score seul atteint %s\u00a0; les critères essentiels %s maintiennent le niveau atteint à %s.", "La puntuación sola alcanza %s; los criterios esenciales %s mantienen el nivel alcanzado en %s."},
	"provisional":         {"Provisional: the must-have criteria %s are unanswered; the staged level may fall once they are answered.", "مؤقت: المعايير الأساسية %s بلا إجابة؛ وقد ينخفض المستوى المرحلي بعد الإجابة عنها.", "Provisoire\u00a0: les critères essentiels %s sont sans réponse\u00a0; le niveau atteint peut baisser une fois qu’ils le seront.", "Provisional: los criterios esenciales %s no tienen respuesta; el nivel alcanzado puede bajar cuando se respondan."},
	"howComputed":         {"How the figures are computed: each level is worth 25 points; a dimension scores the weighted mean of its answered criteria, and the overall score the weighted mean of the dimensions. Criteria not applicable or unanswered stay out of the means; coverage is the answered share of the applicable weight. Confidence counts a criterion fully when evidence is given, half when no evidence is given but the data agree with the claim, and not at all when there is neither, when the data show less than the claim, or when the respondents' answers lie two levels or more apart.", "طريقة الحساب: لكل مستوى 25 نقطة؛ ودرجة البعد هي المتوسط المرجح لمعاييره المُجاب عنها، والدرجة العامة هي المتوسط المرجح للأبعاد. تُستبعد المعايير غير المنطبقة أو التي لم يُجب عنها من المتوسطات؛ والتغطية هي الحصة المُجاب عنها من الوزن المنطبق. وتُحتسب الثقة كاملةً للمعيار حين تُقدَّم الأدلة، ونصفها حين لا تُقدَّم أدلة لكن البيانات تتفق مع المستوى المُعلن، ولا تُحتسب إطلاقًا حين لا يتحقق أي من الأمرين، أو حين تُظهر البيانات مستوى أدنى من المُعلن، أو حين تتباعد إجابات المجيبين بمستويين أو أكثر.", "Mode de calcul\u00a0: chaque niveau vaut 25 points\u00a0; le score d’une dimension est la moyenne pondérée de ses critères renseignés, et le score global la moyenne pondérée des dimensions. Les critères sans objet ou sans réponse sont exclus des moyennes\u00a0; la couverture est la part renseignée du poids applicable. La fiabilité compte un critère entièrement lorsque des preuves sont fournies, à moitié lorsqu’aucune preuve n’est fournie mais que les données concordent avec le niveau déclaré, et pas du tout en l’absence des deux, lorsque les données montrent moins que le niveau déclaré ou lorsque les réponses s’écartent de deux niveaux ou plus.", "Cómo se calculan las cifras: cada nivel vale 25 puntos; la puntuación de una dimensión es la media ponderada de sus criterios respondidos, y la puntuación general la media ponderada de las dimensiones. Los criterios no aplicables o sin respuesta quedan fuera de las medias; la cobertura es la parte respondida del peso aplicable. La confianza cuenta un criterio por completo cuando se aportan pruebas, a medias cuando no se aportan pruebas pero los datos coinciden con el nivel declarado, y nada cuando no hay ninguna de las dos cosas, cuando los datos muestran menos que el nivel declarado o cuando las respuestas distan dos niveles o más."},
	"disagree":            {"spread of answers: %d", "تباين الإجابات: %d", "écart entre les réponses\u00a0: %d", "dispersión de las respuestas: %d"},
	"median":              {"median", "الوسيط", "médiane", "mediana"},
	"minimum":             {"minimum", "الحد الأدنى", "minimum", "mínimo"},
	"mean":                {"mean, rounded down", "المتوسط مقرّبًا إلى الأدنى", "moyenne arrondie à l’inférieur", "media redondeada hacia abajo"},
	"mixedNA":             {"some respondents found it not applicable", "رأى بعض المجيبين أنه غير منطبق", "certains répondants le jugent sans objet", "algunas personas lo consideraron no aplicable"},
	"capped":              {"scored at the data level", "احتُسب على مستوى البيانات", "noté au niveau des données", "puntuado al nivel de los datos"},
	"justification":       {"Justification", "المبرر", "Justification", "Justificación"},
	"unknown":             {"unknown", "غير معروف", "inconnu", "desconocido"},
	"profileChart":        {"Dimension profile", "الملف حسب الأبعاد", "Profil par dimension", "Perfil por dimensión"},
	"change":              {"Change", "التغيّر", "Évolution", "Cambio"},
	"before":              {"Before", "قبل", "Avant", "Antes"},
	"after":               {"After", "بعد", "Après", "Después"},
	"criteriaChanged":     {"Criteria that changed", "المعايير التي تغيّرت", "Critères qui ont évolué", "Criterios que cambiaron"},
	"noChange":            {"No criterion changed.", "لم يتغير أي معيار.", "Aucun critère n’a évolué.", "Ningún criterio cambió."},
	"notInFramework":      {"not in the framework", "غير وارد في الإطار", "absent du cadre", "no figura en el marco"},
	"noAnswer":            {"No criterion was answered, so nothing could be scored.", "لم يُجب عن أي معيار، فلم يمكن احتساب أي درجة.", "Aucun critère n’a reçu de réponse\u00a0: rien n’a pu être noté.", "No se respondió ningún criterio, por lo que no se pudo puntuar nada."},
	"rulesRead":           {"%s = %s → %s", "%s = %s ← %s", "%s = %s → %s", "%s = %s → %s"},
	"evidenceItems":       {"evidence: %d", "الأدلة: %d", "preuves\u00a0: %d", "pruebas: %d"},
	"respondentAnswer":    {"%s: %s", "%s: %s", "%s\u00a0: %s", "%s: %s"},
	"gated1":              {"The score alone reaches %s; the must-have criterion %s holds the staged level at %s.", "تبلغ الدرجة وحدها %s؛ لكن المعيار الأساسي %s يُبقي المستوى المرحلي عند %s.", "Le score seul atteint %s\u00a0; le critère essentiel %s maintient le niveau atteint à %s.", "La puntuación sola alcanza %s; el criterio esencial %s mantiene el nivel alcanzado en %s."},
	"provisional1":        {"Provisional: the must-have criterion %s is unanswered; the staged level may fall once it is answered.", "مؤقت: المعيار الأساسي %s بلا إجابة؛ وقد ينخفض المستوى المرحلي بعد الإجابة عنه.", "Provisoire\u00a0: le critère essentiel %s est sans réponse\u00a0; le niveau atteint peut baisser une fois qu’il le sera.", "Provisional: el criterio esencial %s no tiene respuesta; el nivel alcanzado puede bajar cuando se responda."},
	"allNA":               {"All %d criteria were found not applicable, so nothing could be scored.", "رُئي أن جميع المعايير (%d) غير منطبقة، فلم يمكن احتساب أي درجة.", "Les %d critères ont tous été jugés sans objet\u00a0: rien n’a pu être noté.", "Los %d criterios se consideraron no aplicables, por lo que no se pudo puntuar nada."},
	"noAnswerNA":          {"No criterion was answered with a level (%d not applicable, %d unanswered), so nothing could be scored.", "لم يُجب عن أي معيار بمستوى (%d غير منطبقة، و%d بلا إجابة)، فلم يمكن احتساب أي درجة.", "Aucun critère n’a reçu de niveau (%d sans objet, %d sans réponse)\u00a0: rien n’a pu être noté.", "Ningún criterio recibió un nivel (%d no aplicables, %d sin respuesta), por lo que no se pudo puntuar nada."},
	"moreSteps":           {"%d more steps are in the result document (JSON).", "توجد %d خطوات أخرى في وثيقة النتيجة (JSON).", "%d autres étapes figurent dans le document de résultat (JSON).", "Hay %d pasos más en el documento de resultados (JSON)."},
	"moreSteps1":          {"One more step is in the result document (JSON).", "توجد خطوة أخرى في وثيقة النتيجة (JSON).", "Une autre étape figure dans le document de résultat (JSON).", "Hay un paso más en el documento de resultados (JSON)."},
	"factsShown":          {"Shown the facts of the tracking data before answering, which can anchor their answers: %s", "اطّلعوا على وقائع بيانات المتابعة قبل الإجابة، مما قد يؤثر في إجاباتهم: %s", "Ont vu les faits tirés des données de suivi avant de répondre, ce qui peut orienter leurs réponses\u00a0: %s", "Vieron los hechos de los datos de seguimiento antes de responder, lo que puede condicionar sus respuestas: %s"},
	"chairOther":          {"another office, or none", "منصب آخر أو لا أحد", "autre fonction, ou aucune", "otro cargo, o ninguno"},
	"chairSeniorOfficial": {"senior official", "مسؤول رفيع", "haut fonctionnaire", "alto funcionario"},
	"chairDeputyMinister": {"deputy minister", "نائب وزير", "vice-ministre", "viceministro"},
	"chairMinister":       {"minister", "وزير", "ministre", "ministro"},
	"chairHead":           {"head of State or Government", "رئيس الدولة أو الحكومة", "chef de l’État ou du gouvernement", "jefatura del Estado o del Gobierno"},
	"toolNone":            {"none", "لا توجد", "aucun", "ninguna"},
	"toolSpreadsheet":     {"spreadsheet", "جدول بيانات", "tableur", "hoja de cálculo"},
	"toolDigital":         {"database or digital system", "قاعدة بيانات أو نظام رقمي", "base de données ou système numérique", "base de datos o sistema digital"},
}

// msg returns the message in the language.
func msg(lang, key string) string {
	m, ok := messages[key]
	if !ok {
		return key
	}
	switch lang {
	case "ar":
		return m[1]
	case "fr":
		return m[2]
	case "es":
		return m[3]
	}
	return m[0]
}

// msgf formats the message in the language.
func msgf(lang, key string, args ...any) string { return fmt.Sprintf(msg(lang, key), args...) }

// num formats x with the given decimals, with the language's decimal
// separator (Western digits throughout, as UN documents in Arabic from the
// Maghreb and most data tools use).
func num(lang string, x float64, decimals int) string {
	if x == 0 {
		x = 0 // no "-0"
	}
	s := strconv.FormatFloat(x, 'f', decimals, 64)
	if decimals > 0 {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if lang == "fr" || lang == "es" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// pct formats a share 0–1 as a whole percentage.
func pct(lang string, x float64) string {
	s := strconv.Itoa(int(math.Round(x * 100)))
	if lang == "fr" || lang == "es" {
		return s + "\u00a0%"
	}
	return s + "%"
}

// signed formats a change with its sign.
func signed(lang string, x float64, decimals int) string {
	s := num(lang, x, decimals)
	if x > 0 {
		s = "+" + s
	}
	return s
}

// text returns the text of the language map in the language. In Arabic, a
// text that falls back to another language is isolated (foreign), so that
// its punctuation stays with it in right-to-left text.
func text(t tracking.Text, lang string) string {
	s := t.Get(lang)
	if lang == "ar" && s != "" && !hasLanguage(t, lang) {
		return foreign(lang, s)
	}
	return s
}

// hasLanguage reports whether t has text in the language or its base
// language, rather than falling back to another.
func hasLanguage(t tracking.Text, lang string) bool {
	if _, ok := t[lang]; ok {
		return true
	}
	base, _, cut := strings.Cut(lang, "-")
	_, ok := t[base]
	return cut && ok
}

// listSep separates the items of a list in the language: French puts a
// non-breaking space before the semicolon, Arabic has its own.
func listSep(lang string) string {
	switch lang {
	case "ar":
		return "؛ "
	case "fr":
		return "\u00a0; "
	}
	return "; "
}

// isolate keeps a left-to-right run, such as a date, a number with its
// sign or a score "56 / 100", whole inside right-to-left text, with the
// Unicode isolates LRI and PDI.
func isolate(lang, s string) string {
	if lang == "ar" && s != "" {
		return "\u2066" + s + "\u2069"
	}
	return s
}

// foreign isolates, inside right-to-left text, a text of unknown direction,
// such as a name or a text in another language, with FSI and PDI: it takes
// the direction of its first strong character, and its punctuation stays
// with it.
func foreign(lang, s string) string {
	if lang == "ar" && s != "" {
		return "\u2068" + s + "\u2069"
	}
	return s
}

// points writes a number of points with its unit, as the language counts:
// Arabic has a dual and a plural for 3 to 10.
func points(lang string, x float64, decimals int) string {
	n := signed(lang, x, decimals)
	if lang != "ar" {
		return isolate(lang, n) + " " + msg(lang, "points")
	}
	unit := "نقطة"
	if a := math.Abs(x); a == math.Trunc(a) && a != 0 {
		switch k := int64(a) % 100; {
		case a == 2:
			unit = "نقطتان"
		case a >= 3 && a <= 10, a > 100 && k >= 3 && k <= 10:
			unit = "نقاط"
		}
	}
	return isolate(lang, n) + " " + unit
}

// colon joins a label and its value in the language: French puts a
// non-breaking space before the colon.
func colon(lang string) string {
	if lang == "fr" {
		return "\u00a0: "
	}
	return ": "
}

// comma separates the parts of a phrase: Arabic has its own comma.
func comma(lang string) string {
	if lang == "ar" {
		return "، "
	}
	return ", "
}

// arrow points from a before to an after in the reading direction of the
// language: "→" reads backwards in right-to-left text.
func arrow(lang string) string {
	if lang == "ar" {
		return " ← "
	}
	return " → "
}
