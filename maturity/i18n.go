package maturity

import (
	"github.com/nmirf/nmirf/internal/l10n"
	"math"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	xnumber "golang.org/x/text/number"

	"github.com/nmirf/nmirf/tracking"
)

// Languages returns the languages the reports and charts are written in:
// the six official languages of the United Nations, English first. Other
// languages fall back to English.
func Languages() []string { return []string{"en", "ar", "es", "fr", "ru", "zh"} }

// arabicIndic is the language key of an Arabic report written in
// Arabic-Indic digits (٠١٢…), the BCP 47 tag that asks for them.
const arabicIndic = "ar-u-nu-arab"

// ReportOptions choose how a result or a comparison is written. The zero
// value writes in English.
type ReportOptions struct {
	// Lang is the language of the report, a BCP 47 tag: one of Languages,
	// or a regional variant of one ("fr-CA" writes French). "ar-u-nu-arab"
	// asks for Arabic-Indic digits, as ArabicDigits does. Another language
	// is written with Words; without them, in English.
	Lang string
	// ArabicDigits writes the numbers of an Arabic report in Arabic-Indic
	// digits (٤٥٫٨). By default an Arabic report writes Western digits
	// (45.8), as the Maghreb and most data tools write them. Years, dates,
	// codes and document symbols are never localised.
	ArabicDigits bool
	// Words are the reports' own words in Lang when it is not one of
	// Languages (Portuguese, say): headings, table headers, legends, level
	// and status names, as ReportWordsIn gives them for a built-in
	// language and LoadReportWords reads them. A word they lack is
	// written in English. Numbers follow Lang as CLDR writes them; dates
	// are written in ISO form.
	Words ReportWords
}

// lang returns the report's language.
func (o ReportOptions) lang() tongue {
	key := reportLang(o.Lang)
	if key == "ar" && o.ArabicDigits {
		key = arabicIndic
	}
	if key == "en" && o.Words != nil {
		if t, err := language.Parse(o.Lang); err == nil && t != language.Und {
			b, _ := t.Base()
			if b.String() != "en" {
				return tongue{key: b.String(), words: o.Words, printer: message.NewPrinter(t)}
			}
		}
	}
	return tongue{key: key}
}

// tongue is the language a report is written in: a language key (one of
// Languages, arabicIndic, or a host's language with its words).
type tongue struct {
	key     string
	words   ReportWords      // a host's words, for a language not built in
	printer *message.Printer // the numbers of a host's language
}

// builtIn returns the tongue of a language key of reportLang.
func builtIn(key string) tongue { return tongue{key: key} }

// Markdown writes the result as Result.Markdown does, in the options'
// language and digits; "" for a nil result.
func (o ReportOptions) Markdown(r *Result) string { return r.markdown(o.lang()) }

// RadarSVG draws the result's chart as Result.RadarSVG does, in the
// options' language and digits; "" for a nil result.
func (o ReportOptions) RadarSVG(r *Result) string { return r.radarSVG(o.lang()) }

// ComparisonMarkdown writes the comparison as Comparison.Markdown does, in
// the options' language and digits; "" for a nil comparison.
func (o ReportOptions) ComparisonMarkdown(c *Comparison) string { return c.markdown(o.lang()) }

// reportLang returns the language key of a language tag: its primary
// subtag when it is one of Languages ("fr-CA" → "fr"), arabicIndic for an
// Arabic tag that asks for Arabic-Indic digits ("ar-u-nu-arab"), else
// "en".
func reportLang(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return "en"
	}
	b, _ := t.Base()
	switch primary := b.String(); primary {
	case "ar":
		if t.TypeForKey("nu") == "arab" {
			return arabicIndic
		}
		return primary
	case "es", "fr", "ru", "zh":
		return primary
	}
	return "en"
}

// base returns the language of a language key: "ar" for arabicIndic.
func base(lang tongue) string {
	b, _, _ := strings.Cut(lang.key, "-")
	return b
}

// rtl reports whether the language is written right to left.
func rtl(lang tongue) bool { return base(lang) == "ar" }

// printers format numbers in each language key: Arabic in Western digits
// unless the key asks for Arabic-Indic ones.
var printers = func() map[string]*message.Printer {
	m := map[string]*message.Printer{arabicIndic: message.NewPrinter(language.MustParse(arabicIndic))}
	for _, l := range Languages() {
		tag := language.MustParse(l)
		if l == "ar" {
			tag = language.MustParse("ar-u-nu-latn")
		}
		m[l] = message.NewPrinter(tag)
	}
	return m
}()

// printer returns the printer of the language key.
func printer(lang tongue) *message.Printer {
	if lang.printer != nil {
		return lang.printer
	}
	if p, ok := printers[lang.key]; ok {
		return p
	}
	return printers["en"]
}

// messages holds the words of the reports, in English, Arabic, French and
// Spanish, in that order; messagesRuZh holds them in Russian and Chinese.
var messages = map[string][4]string{
	"factsShown":             {"Shown the facts of the tracking data before answering, which can anchor their answers: %s", "اطّلعوا على وقائع بيانات المتابعة قبل الإجابة، مما قد يؤثر في إجاباتهم: %s", "Ont vu les faits tirés des données de suivi avant de répondre, ce qui peut orienter leurs réponses\u00a0: %s", "Vieron los hechos de los datos de seguimiento antes de responder, lo que puede condicionar sus respuestas: %s"},
	"selfAssessment":         {"Self-assessment", "التقييم الذاتي", "Auto-évaluation", "Autoevaluación"},
	"comparison":             {"Changes since the previous self-assessment", "التغييرات منذ التقييم الذاتي السابق", "Évolution depuis l’auto-évaluation précédente", "Cambios desde la autoevaluación anterior"},
	"state":                  {"State", "الدولة", "État", "Estado"},
	"date":                   {"Assessed", "تاريخ التقييم", "Date de l’évaluation", "Fecha de la evaluación"},
	"dataAt":                 {"Tracking data at", "بيانات المتابعة في", "Données de suivi au", "Datos de seguimiento al"},
	"noData":                 {"no tracking data", "لا توجد بيانات متابعة", "pas de données de suivi", "sin datos de seguimiento"},
	"framework":              {"Framework", "الإطار", "Cadre", "Marco"},
	"method":                 {"Consolidation", "طريقة التوحيد", "Consolidation", "Consolidación"},
	"respondents":            {"Respondents", "المجيبون", "Répondants", "Personas que respondieron"},
	"overall":                {"Overall", "النتيجة العامة", "Vue d’ensemble", "Resultado general"},
	"weightedScore":          {"Weighted score", "الدرجة المرجحة", "Score pondéré", "Puntuación ponderada"},
	"stagedLevel":            {"Staged level", "المستوى المرحلي", "Niveau atteint", "Nivel alcanzado"},
	"scoreLevel":             {"Level of the score", "مستوى الدرجة", "Niveau du score", "Nivel de la puntuación"},
	"coverage":               {"Coverage", "التغطية", "Couverture", "Cobertura"},
	"confidence":             {"Confidence", "الثقة", "Fiabilité", "Confianza"},
	"profile":                {"Profile", "الملف حسب الأبعاد", "Profil", "Perfil"},
	"dimension":              {"Dimension", "البعد", "Dimension", "Dimensión"},
	"score":                  {"Score", "الدرجة", "Score", "Puntuación"},
	"level":                  {"Level", "المستوى", "Niveau", "Nivel"},
	"criteria":               {"Criteria", "المعايير", "Critères", "Criterios"},
	"criterion":              {"Criterion", "المعيار", "Critère", "Criterio"},
	"claimed":                {"Claimed", "المستوى المُعلن", "Niveau déclaré", "Nivel declarado"},
	"data":                   {"Data", "البيانات", "Données", "Datos"},
	"answers":                {"Answers", "الإجابات", "Réponses", "Respuestas"},
	"facts":                  {"Facts", "الوقائع", "Faits", "Hechos"},
	"fact":                   {"Fact", "الواقعة", "Fait", "Hecho"},
	"value":                  {"Value", "القيمة", "Valeur", "Valor"},
	"factsFrom":              {"Facts from the tracking data", "وقائع مستمدة من بيانات المتابعة", "Faits tirés des données de suivi", "Hechos de los datos de seguimiento"},
	"contradictions":         {"Claims above what the data show", "مستويات مُعلنة أعلى مما تُظهره البيانات", "Niveaux déclarés supérieurs à ce que montrent les données", "Niveles declarados superiores a lo que muestran los datos"},
	"answerFirst":            {"First answer the criteria left unanswered: %s.", "أجيبوا أولًا عن المعايير التي لم يُجب عنها: %s.", "Répondre d’abord aux critères restés sans réponse\u00a0: %s.", "Responder primero a los criterios sin respuesta: %s."},
	"nextSteps":              {"Next steps", "الخطوات التالية", "Prochaines étapes", "Próximos pasos"},
	"points":                 {"points", "نقطة", "points", "puntos"},
	"mustHave":               {"must-have", "معيار أساسي", "critère essentiel", "criterio esencial"},
	"mustHaveKey":            {"★ must-have criterion", "★ معيار أساسي", "★ critère essentiel", "★ criterio esencial"},
	"blocking":               {"holds the staged level down", "يُبقي المستوى المرحلي منخفضًا", "bloque le niveau atteint", "frena el nivel alcanzado"},
	"notApplicable":          {"not applicable", "غير منطبق", "sans objet", "no aplicable"},
	"unanswered":             {"unanswered", "بلا إجابة", "sans réponse", "sin respuesta"},
	"answered":               {"answered", "مُجاب", "répondu", "respondido"},
	"not_applicable":         {"not applicable", "غير منطبق", "sans objet", "no aplicable"},
	"high":                   {"high", "عالية", "élevée", "alta"},
	"medium":                 {"medium", "متوسطة", "moyenne", "media"},
	"low":                    {"low", "منخفضة", "faible", "baja"},
	"yes":                    {"yes", "نعم", "oui", "sí"},
	"no":                     {"no", "لا", "non", "no"},
	"notScored":              {"not scored", "بلا درجة", "non noté", "sin puntuación"},
	"counts":                 {"Criteria: %d; answered: %d; not applicable: %d; unanswered: %d; claimed above the data: %d.", "المعايير: %d؛ المُجاب عنها: %d؛ غير المنطبقة: %d؛ بلا إجابة: %d؛ المُعلن فيها مستوى أعلى من البيانات: %d.", "Critères\u00a0: %d\u00a0; avec réponse\u00a0: %d\u00a0; sans objet\u00a0: %d\u00a0; sans réponse\u00a0: %d\u00a0; déclarés au-dessus des données\u00a0: %d.", "Criterios: %d; respondidos: %d; no aplicables: %d; sin respuesta: %d; declarados por encima de los datos: %d."},
	"gated":                  {"The score alone reaches %s; the must-have criteria %s hold the staged level at %s.", "تبلغ الدرجة وحدها %s؛ لكن المعايير الأساسية %s تُبقي المستوى المرحلي عند %s.", "D’après son score, le mécanisme serait au niveau %s\u00a0; les critères essentiels %s le maintiennent au niveau %s.", "Por su puntuación, el mecanismo estaría en el nivel %s; los criterios esenciales %s lo mantienen en el nivel %s."},
	"provisional":            {"Provisional: the must-have criteria %s are unanswered; the staged level may fall once they are answered.", "مؤقت: المعايير الأساسية %s بلا إجابة؛ وقد ينخفض المستوى المرحلي بعد الإجابة عنها.", "Provisoire\u00a0: les critères essentiels %s sont sans réponse\u00a0; le niveau atteint peut baisser une fois qu’ils le seront.", "Provisional: los criterios esenciales %s no tienen respuesta; el nivel alcanzado puede bajar cuando se respondan."},
	"howComputed":            {"How the figures are computed: each level is worth 25 points; a dimension scores the weighted mean of its answered criteria, and the overall score the weighted mean of the dimensions. Each criterion's verified level is the government's claim, held down to what the tracking data show where the facts it rests on are conclusive (the dataset keeps in full what they count); where they are not, the criterion is unverified and the verified figures that include it are not given. The claimed figures stand beside them. The views of the national human rights institution and civil society are shown, never counted in the claim. Criteria not applicable or unanswered stay out of the means; coverage is the answered share of the applicable weight. Confidence counts a criterion fully when both conclusive facts and evidence bear it out (evidence alone for a criterion the data cannot measure), half when one of them does, and not at all when neither does or when the answers lie two levels or more apart.", "طريقة الحساب: لكل مستوى 25 نقطة؛ ودرجة البعد هي المتوسط المرجح لمعاييره المُجاب عنها، والدرجة العامة هي المتوسط المرجح للأبعاد. المستوى المتحقق منه لكل معيار هو ادعاء الحكومة، مخفّضًا إلى ما تُظهره بيانات التتبع حيث تكون الوقائع التي يستند إليها قاطعة (أي حين تحتفظ مجموعة البيانات كاملةً بما تعدّه)؛ وحيث لا تكون كذلك، يكون المعيار غير متحقق منه ولا تُعطى الأرقام المتحقق منها التي تشمله. وتُعرض الأرقام المُدّعاة إلى جانبها. وتُعرض آراء المؤسسة الوطنية لحقوق الإنسان والمجتمع المدني دون أن تُحتسب في الادعاء. تُستبعد المعايير غير المنطبقة أو التي لم يُجب عنها من المتوسطات؛ والتغطية هي الحصة المُجاب عنها من الوزن المنطبق. وتُحتسب الثقة كاملةً للمعيار حين تؤيده وقائع قاطعة وأدلة معًا (الأدلة وحدها لمعيار لا تقيسه البيانات)، ونصفها حين يؤيده أحدهما، ولا تُحتسب حين لا يؤيده أي منهما أو حين تتباعد الإجابات بمستويين أو أكثر.", "Mode de calcul\u00a0: chaque niveau vaut 25 points\u00a0; le score d’une dimension est la moyenne pondérée de ses critères renseignés, et le score global la moyenne pondérée des dimensions. Le niveau vérifié de chaque critère est le niveau déclaré par le gouvernement, ramené à ce que montrent les données de suivi lorsque les faits sur lesquels il repose sont concluants (le jeu de données conserve en entier ce qu’ils comptent)\u00a0; sinon, le critère n’est pas vérifié et les chiffres vérifiés qui l’incluent ne sont pas donnés. Les chiffres déclarés figurent à côté. Les avis de l’institution nationale des droits de l’homme et de la société civile sont présentés, jamais comptés dans le niveau déclaré. Les critères sans objet ou sans réponse sont exclus des moyennes\u00a0; la couverture est la part renseignée du poids applicable. La fiabilité compte un critère entièrement lorsque des faits concluants et des preuves le confirment (les preuves seules pour un critère que les données ne mesurent pas), à moitié lorsque l’un des deux le confirme, et pas du tout lorsqu’aucun ne le confirme ou que les réponses s’écartent de deux niveaux ou plus.", "Cómo se calculan las cifras: cada nivel vale 25 puntos; la puntuación de una dimensión es la media ponderada de sus criterios respondidos, y la puntuación general la media ponderada de las dimensiones. El nivel verificado de cada criterio es el nivel que declara el gobierno, rebajado a lo que muestran los datos de seguimiento cuando los hechos en que se basa son concluyentes (el conjunto de datos conserva completo lo que cuentan); si no lo son, el criterio queda sin verificar y no se dan las cifras verificadas que lo incluyen. Las cifras declaradas figuran al lado. Las opiniones de la institución nacional de derechos humanos y de la sociedad civil se muestran, nunca se cuentan en lo declarado. Los criterios no aplicables o sin respuesta quedan fuera de las medias; la cobertura es la parte respondida del peso aplicable. La confianza cuenta un criterio por completo cuando hechos concluyentes y pruebas lo confirman (solo pruebas para un criterio que los datos no miden), a medias cuando lo confirma uno de los dos, y nada cuando no lo confirma ninguno o las respuestas distan dos niveles o más."},
	"disagree":               {"spread of answers: %d", "تباين الإجابات: %d", "écart entre les réponses\u00a0: %d", "dispersión de las respuestas: %d"},
	"median":                 {"median", "الوسيط", "médiane", "mediana"},
	"minimum":                {"minimum", "الحد الأدنى", "minimum", "mínimo"},
	"mean":                   {"mean, rounded down", "المتوسط مقرّبًا إلى الأدنى", "moyenne arrondie à l’inférieur", "media redondeada hacia abajo"},
	"mixedNA":                {"some respondents found it not applicable", "رأى بعض المجيبين أنه غير منطبق", "certains répondants le jugent sans objet", "algunas personas lo consideraron no aplicable"},
	"capped":                 {"scored at the data level", "احتُسب على مستوى البيانات", "noté au niveau des données", "puntuado al nivel de los datos"},
	"justification":          {"Justification", "المبرر", "Justification", "Justificación"},
	"unknown":                {"unknown", "غير معروف", "inconnu", "desconocido"},
	"profileChart":           {"Dimension profile", "الملف حسب الأبعاد", "Profil par dimension", "Perfil por dimensión"},
	"change":                 {"Change", "التغيّر", "Évolution", "Cambio"},
	"before":                 {"Before", "قبل", "Avant", "Antes"},
	"after":                  {"After", "بعد", "Après", "Después"},
	"criteriaChanged":        {"Criteria that changed", "المعايير التي تغيّرت", "Critères qui ont évolué", "Criterios que cambiaron"},
	"noChange":               {"No criterion changed.", "لم يتغير أي معيار.", "Aucun critère n’a évolué.", "Ningún criterio cambió."},
	"notInFramework":         {"not in the framework", "غير وارد في الإطار", "absent du cadre", "no figura en el marco"},
	"noAnswer":               {"No criterion was answered, so nothing could be scored.", "لم يُجب عن أي معيار، فلم يمكن احتساب أي درجة.", "Aucun critère n’a reçu de réponse\u00a0: rien n’a pu être noté.", "No se respondió ningún criterio, por lo que no se pudo puntuar nada."},
	"rulesRead":              {"%s = %s → %s", "%s = %s ← %s", "%s = %s → %s", "%s = %s → %s"},
	"evidenceItems":          {"evidence: %d", "الأدلة: %d", "preuves\u00a0: %d", "pruebas: %d"},
	"respondentAnswer":       {"%s: %s", "%s: %s", "%s\u00a0: %s", "%s: %s"},
	"gated1":                 {"The score alone reaches %s; the must-have criterion %s holds the staged level at %s.", "تبلغ الدرجة وحدها %s؛ لكن المعيار الأساسي %s يُبقي المستوى المرحلي عند %s.", "D’après son score, le mécanisme serait au niveau %s\u00a0; le critère essentiel %s le maintient au niveau %s.", "Por su puntuación, el mecanismo estaría en el nivel %s; el criterio esencial %s lo mantiene en el nivel %s."},
	"provisional1":           {"Provisional: the must-have criterion %s is unanswered; the staged level may fall once it is answered.", "مؤقت: المعيار الأساسي %s بلا إجابة؛ وقد ينخفض المستوى المرحلي بعد الإجابة عنه.", "Provisoire\u00a0: le critère essentiel %s est sans réponse\u00a0; le niveau atteint peut baisser une fois qu’il le sera.", "Provisional: el criterio esencial %s no tiene respuesta; el nivel alcanzado puede bajar cuando se responda."},
	"allNA":                  {"All %d criteria were found not applicable, so nothing could be scored.", "رُئي أن جميع المعايير (%d) غير منطبقة، فلم يمكن احتساب أي درجة.", "Les %d critères ont tous été jugés sans objet\u00a0: rien n’a pu être noté.", "Los %d criterios se consideraron no aplicables, por lo que no se pudo puntuar nada."},
	"noAnswerNA":             {"No criterion was answered with a level (%d not applicable, %d unanswered), so nothing could be scored.", "لم يُجب عن أي معيار بمستوى (%d غير منطبقة، و%d بلا إجابة)، فلم يمكن احتساب أي درجة.", "Aucun critère n’a reçu de niveau (%d sans objet, %d sans réponse)\u00a0: rien n’a pu être noté.", "Ningún criterio recibió un nivel (%d no aplicables, %d sin respuesta), por lo que no se pudo puntuar nada."},
	"moreSteps":              {"%d more steps are in the result document (JSON).", "توجد %d خطوات أخرى في وثيقة النتيجة (JSON).", "%d autres étapes figurent dans le document de résultat (JSON).", "Hay %d pasos más en el documento de resultados (JSON)."},
	"moreSteps1":             {"One more step is in the result document (JSON).", "توجد خطوة أخرى في وثيقة النتيجة (JSON).", "Une autre étape figure dans le document de résultat (JSON).", "Hay un paso más en el documento de resultados (JSON)."},
	"noDataTop":              {"Scored without tracking data: no claim was checked against the data, so no verified figure can be given.", "قُيّم دون بيانات التتبع: لم يُتحقق من أي ادعاء مقابل البيانات، فلا يمكن إعطاء أي رقم متحقق منه.", "Évalué sans données de suivi\u00a0: aucun niveau déclaré n’a été vérifié au regard des données, et aucun chiffre vérifié ne peut être donné.", "Evaluado sin datos de seguimiento: ningún nivel declarado se contrastó con los datos, y no puede darse ninguna cifra verificada."},
	"claimsOnlyTop":          {"Scored on the claims alone: the figures are the respondents' claims, not held to the data.", "قُيّم على أساس الادعاءات وحدها: الأرقام هي ادعاءات المجيبين، دون مقارنتها بالبيانات.", "Évalué sur les seuls niveaux déclarés\u00a0: les chiffres sont ceux que déclarent les répondants, sans les confronter aux données.", "Evaluado solo con lo declarado: las cifras son las que declaran los encuestados, sin contrastarlas con los datos."},
	"claimedBy":              {"Claimed by the government", "ما تدّعيه الحكومة", "Déclaré par le gouvernement", "Declarado por el gobierno"},
	"unverifiedFigures":      {"Unverified: the result gives no verified score or staged level, because these criteria cannot be checked against conclusive data: %s. To verify them, give the tracking data and declare in the dataset which collections it keeps in full (completeCollections): %s.", "غير متحقق منه: لا تعطي النتيجة درجة أو مستوى مرحليًا متحققًا منهما، لأنه لا يمكن التحقق من هذه المعايير مقابل بيانات قاطعة: %s. للتحقق منها، قدّم بيانات التتبع وصرّح في مجموعة البيانات بالمجموعات التي تحتفظ بها كاملة (completeCollections): %s.", "Non vérifié\u00a0: le résultat ne donne ni score ni niveau vérifiés, car ces critères ne peuvent être vérifiés au regard de données concluantes\u00a0: %s. Pour les vérifier, fournissez les données de suivi et déclarez dans le jeu de données les collections qu’il conserve en entier (completeCollections)\u00a0: %s.", "Sin verificar: el resultado no da puntuación ni nivel verificados, porque estos criterios no pueden contrastarse con datos concluyentes: %s. Para verificarlos, aporte los datos de seguimiento y declare en el conjunto de datos las colecciones que conserva completas (completeCollections): %s."},
	"unverified":             {"unverified", "غير متحقق منه", "non vérifié", "sin verificar"},
	"viewDiffers":            {"differs from the State's claim", "يختلف عن ادعاء الدولة", "diffère du niveau déclaré par l’État", "difiere de lo declarado por el Estado"},
	"verifiedOutline":        {"Verified", "المتحقق منه", "Vérifié", "Verificado"},
	"claimedOutline":         {"Claimed", "المُدّعى", "Déclaré", "Declarado"},
	"confidenceNote":         {"the darker the verified point, the higher the confidence", "كلما كانت النقطة المتحقق منها أغمق، ارتفعت الثقة", "plus le point vérifié est foncé, plus la fiabilité est élevée", "cuanto más oscuro el punto verificado, mayor la confianza"},
	"nhriView":               {"view of the national human rights institution", "رأي المؤسسة الوطنية لحقوق الإنسان", "avis de l’institution nationale des droits de l’homme", "opinión de la institución nacional de derechos humanos"},
	"civil_societyView":      {"view of civil society", "رأي المجتمع المدني", "avis de la société civile", "opinión de la sociedad civil"},
	"un_entityView":          {"view of a UN entity", "رأي كيان تابع للأمم المتحدة", "avis d’une entité des Nations Unies", "opinión de una entidad de las Naciones Unidas"},
	"otherView":              {"independent view", "رأي مستقل", "avis indépendant", "opinión independiente"},
	"otherMethod":            {"The two results were scored by different methods (verified or claims alone, another version of the framework, or another scope of the facts): some changes come from the method, not from the mechanism.", "قُيّمت النتيجتان بطريقتين مختلفتين (متحقق منها أو ادعاءات وحدها، أو نسخة أخرى من الإطار، أو نطاق آخر للوقائع): بعض التغيرات ناتج عن الطريقة لا عن الآلية.", "Les deux résultats ont été évalués selon des méthodes différentes (vérifiée ou sur les seuls niveaux déclarés, autre version du cadre ou autre périmètre des faits)\u00a0: certains changements tiennent à la méthode, non au mécanisme.", "Los dos resultados se evaluaron con métodos distintos (verificado o solo lo declarado, otra versión del marco u otro alcance de los hechos): algunos cambios se deben al método, no al mecanismo."},
	"comparedClaims":         {"Scores and levels compare the government's claims, the only figures both results give.", "تقارن الدرجات والمستويات ادعاءات الحكومة، وهي الأرقام الوحيدة التي تعطيها النتيجتان كلتاهما.", "Les scores et niveaux comparent les niveaux déclarés par le gouvernement, seuls chiffres que donnent les deux résultats.", "Las puntuaciones y niveles comparan lo declarado por el gobierno, las únicas cifras que dan ambos resultados."},
	"dataBacked":             {"backed by the data", "تؤيده البيانات", "confirmé par les données", "respaldado por los datos"},
	"notBacked":              {"not backed by the data", "لا تؤيده البيانات", "non confirmé par les données", "no respaldado por los datos"},
	"newContradictions":      {"New claims above what the data show", "ادعاءات جديدة تتجاوز ما تُظهره البيانات", "Nouveaux niveaux déclarés au-dessus des données", "Nuevas afirmaciones por encima de lo que muestran los datos"},
	"resolvedContradictions": {"Claims no longer above what the data show", "ادعاءات لم تعد تتجاوز ما تُظهره البيانات", "Niveaux déclarés qui ne dépassent plus les données", "Afirmaciones que ya no superan lo que muestran los datos"},
	"notConclusive":          {"not conclusive", "غير قاطعة", "non concluant", "no concluyente"},
	"chairNone":              {"no chair", "لا رئيس", "aucune présidence", "sin presidencia"},
	"chairOther":             {"another office", "منصب آخر", "autre fonction", "otro cargo"},
	"chairSeniorOrDeputy":    {"senior official or deputy minister", "مسؤول رفيع أو نائب وزير", "haut fonctionnaire ou vice-ministre", "alto funcionario o viceministro"},
	"chairMinister":          {"minister", "وزير", "ministre", "ministro"},
	"chairHead":              {"head of State or Government", "رئيس الدولة أو الحكومة", "chef de l’État ou du gouvernement", "jefatura del Estado o del Gobierno"},
	"toolNone":               {"none", "لا توجد", "aucun", "ninguna"},
	"toolSpreadsheet":        {"spreadsheet", "جدول بيانات", "tableur", "hoja de cálculo"},
	"toolDigital":            {"database or digital system", "قاعدة بيانات أو نظام رقمي", "base de données ou système numérique", "base de datos o sistema digital"},
}

// msg returns the message in the language.
func msg(lang tongue, key string) string {
	if lang.words != nil {
		if m, ok := lang.words[key]; ok && m != "" {
			return m
		}
		return msg(builtIn("en"), key)
	}
	switch base(lang) {
	case "ru", "zh":
		m, ok := messagesRuZh[key]
		if !ok {
			return key
		}
		if base(lang) == "ru" {
			return m[0]
		}
		return m[1]
	}
	m, ok := messages[key]
	if !ok {
		return key
	}
	switch base(lang) {
	case "ar":
		return m[1]
	case "fr":
		return m[2]
	case "es":
		return m[3]
	}
	return m[0]
}

// msgf formats the message in the language, with the numbers given to its
// %d verbs written for the language (grouped, and in Arabic-Indic digits
// where asked). Strings, such as dates and codes, pass through unchanged.
func msgf(lang tongue, key string, args ...any) string {
	return printer(lang).Sprintf(msg(lang, key), args...)
}

// integer writes a whole number for the language.
func integer(lang tongue, n int) string { return printer(lang).Sprintf("%d", n) }

// num formats the magnitude of x, rounded to the given decimals with
// trailing zeros dropped, for the language (golang.org/x/text/number): its
// decimal separator (a comma in French, Spanish and Russian), its grouping
// and its digits. A negative number has a plain "-" before it, without the
// directional marks CLDR adds in Arabic: the caller isolates signed runs.
func num(lang tongue, x float64, decimals int) string {
	s := strconv.FormatFloat(math.Abs(x), 'f', decimals, 64)
	if decimals > 0 {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	v, _ := strconv.ParseFloat(s, 64) // rounded as strconv rounds, so that figures do not move
	out := printer(lang).Sprint(xnumber.Decimal(v, xnumber.MaxFractionDigits(decimals)))
	if x < 0 && v != 0 {
		out = "-" + out
	}
	return out
}

// pct formats a share 0–1 as a whole percentage, with the language's sign
// and spacing ("90 %" in French, "90%" in English, "٩٠٪" in Arabic-Indic
// digits).
func pct(lang tongue, x float64) string {
	n := math.Round(x * 100)
	if n == 0 {
		n = 0 // no "-0"
	}
	return printer(lang).Sprint(xnumber.Percent(n/100, xnumber.MaxFractionDigits(0)))
}

// signed formats a change with its sign.
func signed(lang tongue, x float64, decimals int) string {
	s := num(lang, x, decimals)
	if x > 0 && s != num(lang, 0, 0) {
		s = "+" + s
	}
	return s
}

// text returns the text of the language map in the language. In Arabic, a
// text that falls back to another language is isolated (foreign), so that
// its punctuation stays with it in right-to-left text.
func text(t tracking.Text, lang tongue) string {
	l := base(lang)
	s := t.Get(l)
	if rtl(lang) && s != "" && !hasLanguage(t, lang) {
		return foreign(lang, s)
	}
	return s
}

// hasLanguage reports whether t has text in the language or its base
// language, rather than falling back to another.
func hasLanguage(t tracking.Text, lang tongue) bool {
	if _, ok := t[lang.key]; ok {
		return true
	}
	base, _, cut := strings.Cut(lang.key, "-")
	_, ok := t[base]
	return cut && ok
}

// listSep separates the items of a list in the language: French puts a
// non-breaking space before the semicolon; Arabic and Chinese have their
// own.
func listSep(lang tongue) string {
	switch base(lang) {
	case "ar":
		return "؛ "
	case "fr":
		return "\u00a0; "
	case "zh":
		return "；"
	}
	return "; "
}

// nameSep separates the names in a list of names: "، " in Arabic, "、" in
// Chinese, ", " otherwise.
func nameSep(lang tongue) string {
	switch base(lang) {
	case "ar":
		return "، "
	case "zh":
		return "、"
	}
	return ", "
}

// date writes a date that may be partial as the language writes dates
// ("juin 2026", "2026年6月30日"), with Western digits and the year as
// written, whatever the report's digits.
func date(lang tongue, d tracking.PartialDate) string {
	return l10n.Date(base(lang), d.Year(), int(d.Month()), d.Day())
}

// isolate keeps a left-to-right run, such as a date, a number with its
// sign or a score "56 / 100", whole inside right-to-left text, with the
// Unicode isolates LRI and PDI.
func isolate(lang tongue, s string) string {
	if rtl(lang) && s != "" {
		return "\u2066" + s + "\u2069"
	}
	return s
}

// foreign isolates, inside right-to-left text, a text of unknown direction,
// such as a name or a text in another language, with FSI and PDI: it takes
// the direction of its first strong character, and its punctuation stays
// with it.
func foreign(lang tongue, s string) string {
	if rtl(lang) && s != "" {
		return "\u2068" + s + "\u2069"
	}
	return s
}

// points writes a number of points with its unit, as the language counts:
// Arabic has a dual and a plural for 3 to 10, Russian a form for 1 (21,
// 31…), one for 2 to 4 and fractions, and one for the rest.
func points(lang tongue, x float64, decimals int) string {
	n := signed(lang, x, decimals)
	a := math.Abs(x)
	whole := a == math.Trunc(a)
	switch base(lang) {
	case "ar":
		unit := "نقطة"
		if whole && a != 0 {
			switch k := int64(a) % 100; {
			case a == 2:
				unit = "نقطتان"
			case a >= 3 && a <= 10, a > 100 && k >= 3 && k <= 10:
				unit = "نقاط"
			}
		}
		return isolate(lang, n) + " " + unit
	case "ru":
		return n + " " + russianPlural(a, "балл", "балла", "баллов")
	case "zh":
		return n + "分"
	}
	return n + " " + msg(lang, "points")
}

// russianPlural chooses the Russian form of a noun for the number a: one
// (1, 21, 31…), few (2–4, 22–24…, and any fraction) or many.
func russianPlural(a float64, one, few, many string) string {
	if a != math.Trunc(a) {
		return few
	}
	n := int64(a)
	switch {
	case n%10 == 1 && n%100 != 11:
		return one
	case n%10 >= 2 && n%10 <= 4 && (n%100 < 12 || n%100 > 14):
		return few
	}
	return many
}

// percentagePoints is the unit of a change of d percentage points, in the
// number the language gives it.
func percentagePoints(lang tongue, d float64) string {
	a := math.Abs(d)
	switch base(lang) {
	case "ar":
		switch {
		case a == 2:
			return "نقطتان مئويتان"
		case a >= 3 && a <= 10:
			return "نقاط مئوية"
		}
		return "نقطة مئوية"
	case "fr":
		if a < 2 {
			return "point de pourcentage"
		}
		return "points de pourcentage"
	case "es":
		if a == 1 {
			return "punto porcentual"
		}
		return "puntos porcentuales"
	case "ru":
		return russianPlural(a, "процентный пункт", "процентных пункта", "процентных пунктов")
	case "zh":
		return "个百分点"
	}
	if a == 1 {
		return "percentage point"
	}
	return "percentage points"
}

// withUnit joins a signed, isolated number and its unit: Chinese writes
// them without a space.
func withUnit(lang tongue, n, unit string) string {
	if base(lang) == "zh" {
		return n + unit
	}
	return n + " " + unit
}

// colon joins a label and its value in the language: French puts a
// non-breaking space before the colon; Chinese uses the full-width colon.
func colon(lang tongue) string {
	switch base(lang) {
	case "fr":
		return "\u00a0: "
	case "zh":
		return "："
	}
	return ": "
}

// comma separates the parts of a phrase: Arabic and Chinese have their
// own commas.
func comma(lang tongue) string {
	switch base(lang) {
	case "ar":
		return "، "
	case "zh":
		return "，"
	}
	return ", "
}

// scoreSep separates a score from the level that follows it. In French,
// Spanish and Russian the decimal comma would run into a list comma
// ("56,3, En développement"), so a dash stands between them in the
// languages of Latin and Cyrillic script; Arabic and Chinese have commas
// of their own.
func scoreSep(lang tongue) string {
	switch base(lang) {
	case "ar", "zh":
		return comma(lang)
	}
	return " — "
}

// paren puts s in parentheses after a word: full-width parentheses without
// a space in Chinese.
func paren(lang tongue, s string) string {
	if base(lang) == "zh" {
		return "（" + s + "）"
	}
	return " (" + s + ")"
}

// arrow points from a before to an after in the reading direction of the
// language: "→" reads backwards in right-to-left text.
func arrow(lang tongue) string {
	if rtl(lang) {
		return " ← "
	}
	return " → "
}

// messagesRuZh holds the words of the reports in Russian and Chinese, in
// that order, for every key of messages (TestReportWordsComplete keeps the
// two tables in step).
var messagesRuZh = map[string][2]string{
	"factsShown":             {"Перед ответом видели факты из данных отслеживания, что может повлиять на их ответы: %s", "作答前已看到跟踪数据中的事实，这可能影响其答复：%s"},
	"selfAssessment":         {"Самооценка", "自我评估"},
	"comparison":             {"Изменения по сравнению с предыдущей самооценкой", "与上次自我评估相比的变化"},
	"state":                  {"Государство", "国家"},
	"date":                   {"Дата оценки", "评估日期"},
	"dataAt":                 {"Данные отслеживания по состоянию на", "跟踪数据截至"},
	"noData":                 {"нет данных отслеживания", "无跟踪数据"},
	"framework":              {"Рамочная модель", "框架"},
	"method":                 {"Сведение ответов", "汇总方法"},
	"respondents":            {"Респонденты", "答复者"},
	"overall":                {"Общий итог", "总体结果"},
	"weightedScore":          {"Взвешенный балл", "加权得分"},
	"stagedLevel":            {"Достигнутый уровень", "达到的级别"},
	"scoreLevel":             {"Уровень по баллу", "得分对应级别"},
	"coverage":               {"Охват", "覆盖率"},
	"confidence":             {"Достоверность", "可信度"},
	"profile":                {"Профиль", "概况"},
	"dimension":              {"Измерение", "维度"},
	"score":                  {"Балл", "得分"},
	"level":                  {"Уровень", "级别"},
	"criteria":               {"Критерии", "标准"},
	"criterion":              {"Критерий", "标准"},
	"claimed":                {"Заявленный уровень", "申报级别"},
	"data":                   {"Данные", "数据"},
	"answers":                {"Ответы", "答复"},
	"facts":                  {"Факты", "事实"},
	"fact":                   {"Факт", "事实"},
	"value":                  {"Значение", "数值"},
	"factsFrom":              {"Факты из данных отслеживания", "来自跟踪数据的事实"},
	"contradictions":         {"Заявленные уровни выше, чем показывают данные", "高于数据所示的申报级别"},
	"answerFirst":            {"Сначала ответьте на критерии, оставшиеся без ответа: %s.", "请先回答尚未作答的标准：%s。"},
	"nextSteps":              {"Дальнейшие шаги", "后续步骤"},
	"points":                 {"балла", "分"},
	"mustHave":               {"обязательный критерий", "必备标准"},
	"mustHaveKey":            {"★ обязательный критерий", "★ 必备标准"},
	"blocking":               {"сдерживает достигнутый уровень", "限制了达到的级别"},
	"notApplicable":          {"неприменимо", "不适用"},
	"unanswered":             {"без ответа", "未作答"},
	"answered":               {"дан ответ", "已作答"},
	"not_applicable":         {"неприменимо", "不适用"},
	"high":                   {"высокая", "高"},
	"medium":                 {"средняя", "中"},
	"low":                    {"низкая", "低"},
	"yes":                    {"да", "是"},
	"no":                     {"нет", "否"},
	"notScored":              {"без балла", "未评分"},
	"counts":                 {"Критериев: %d; с ответом: %d; неприменимых: %d; без ответа: %d; заявлено выше данных: %d.", "标准：%d；已作答：%d；不适用：%d；未作答：%d；申报高于数据：%d。"},
	"gated":                  {"По баллу механизм достиг бы уровня «%s», однако обязательные критерии %s удерживают достигнутый уровень на отметке «%s».", "按得分，机制本可达到“%s”；但必备标准%s使达到的级别停留在“%s”。"},
	"provisional":            {"Предварительно: обязательные критерии %s остались без ответа; после ответа на них достигнутый уровень может снизиться.", "暂定：必备标准%s尚未作答；作答后达到的级别可能下降。"},
	"howComputed":            {"Как рассчитываются показатели: каждый уровень стоит 25 баллов; балл измерения — взвешенное среднее его критериев, на которые дан ответ, а общий балл — взвешенное среднее измерений. Проверенный уровень каждого критерия — это уровень, заявленный правительством, сниженный до того, что показывают данные отслеживания, если факты, на которых он основан, исчерпывающие (набор данных полностью содержит то, что они подсчитывают); в противном случае критерий не проверен, и проверенные показатели, в которые он входит, не приводятся. Заявленные показатели приводятся рядом с ними. Мнения национального правозащитного учреждения и гражданского общества отражаются, но никогда не учитываются в заявленном уровне. Неприменимые критерии и критерии без ответа в средние не входят; охват — доля применимого веса, по которой дан ответ. Достоверность учитывает критерий полностью, если его подтверждают и исчерпывающие факты, и доказательства (для критерия, который данные измерить не могут, — одни доказательства), наполовину — если его подтверждает что-то одно, и не учитывает вовсе, если его не подтверждает ни то ни другое или если ответы расходятся на два уровня и более.", "计算方法：每个级别计25分；维度得分是其已作答标准的加权平均值，总体得分是各维度的加权平均值。每项标准经核实的级别是政府申报的级别；如其所依据的事实确凿（数据集完整保存了这些事实所统计的内容），则以跟踪数据所示级别为上限；如事实不确凿，该标准即未经核实，包含该标准的经核实数字不予给出。申报的数字列于其旁。国家人权机构和民间社会的意见予以列示，但从不计入申报。不适用或未作答的标准不计入平均值；覆盖率是适用权重中已作答的部分。可信度的计算方法是：确凿的事实和证据均予支持的标准全额计入（对于数据无法衡量的标准，仅需证据支持）；只有其中一项支持的计入一半；两者均不支持，或各项答复相差两个级别或以上的，不予计入。"},
	"disagree":               {"разброс ответов: %d", "答复差异：%d"},
	"median":                 {"медиана", "中位数"},
	"minimum":                {"минимум", "最小值"},
	"mean":                   {"среднее с округлением вниз", "平均值（向下取整）"},
	"mixedNA":                {"некоторые респонденты сочли его неприменимым", "部分答复者认为不适用"},
	"capped":                 {"оценено на уровне данных", "按数据级别评分"},
	"justification":          {"Обоснование", "理由"},
	"unknown":                {"неизвестно", "未知"},
	"profileChart":           {"Профиль по измерениям", "各维度概况"},
	"change":                 {"Изменение", "变化"},
	"before":                 {"До", "之前"},
	"after":                  {"После", "之后"},
	"criteriaChanged":        {"Изменившиеся критерии", "发生变化的标准"},
	"noChange":               {"Ни один критерий не изменился.", "没有标准发生变化。"},
	"notInFramework":         {"нет в рамочной модели", "不在框架中"},
	"noAnswer":               {"Ни на один критерий не дан ответ, поэтому баллы рассчитать нельзя.", "没有任何标准得到答复，因此无法评分。"},
	"rulesRead":              {"%s = %s → %s", "%s = %s → %s"},
	"evidenceItems":          {"доказательств: %d", "证据：%d"},
	"respondentAnswer":       {"%s: %s", "%s：%s"},
	"gated1":                 {"По баллу механизм достиг бы уровня «%s», однако обязательный критерий %s удерживает достигнутый уровень на отметке «%s».", "按得分，机制本可达到“%s”；但必备标准%s使达到的级别停留在“%s”。"},
	"provisional1":           {"Предварительно: обязательный критерий %s остался без ответа; после ответа на него достигнутый уровень может снизиться.", "暂定：必备标准%s尚未作答；作答后达到的级别可能下降。"},
	"allNA":                  {"Все критерии (%d) признаны неприменимыми, поэтому баллы рассчитать нельзя.", "全部%d项标准均被认为不适用，因此无法评分。"},
	"noAnswerNA":             {"Ни по одному критерию не указан уровень (неприменимых: %d, без ответа: %d), поэтому баллы рассчитать нельзя.", "没有任何标准得到级别答复（不适用%d项，未作答%d项），因此无法评分。"},
	"moreSteps":              {"Остальные шаги (%d) — в документе с результатами (JSON).", "结果文件（JSON）中还有%d个步骤。"},
	"moreSteps1":             {"Еще один шаг — в документе с результатами (JSON).", "结果文件（JSON）中还有一个步骤。"},
	"noDataTop":              {"Оценено без данных отслеживания: ни один заявленный уровень не сверен с данными, поэтому никакой проверенный показатель привести нельзя.", "在没有跟踪数据的情况下评分：没有任何申报级别与数据进行核对，因此无法给出任何经核实的数字。"},
	"claimsOnlyTop":          {"Оценено только по заявленным уровням: показатели — это заявления респондентов, не сверенные с данными.", "仅依据申报级别评分：这些数字是答复者的申报，未与数据核对。"},
	"claimedBy":              {"Заявлено правительством", "政府申报"},
	"unverifiedFigures":      {"Не проверено: результат не дает проверенного балла или достигнутого уровня, потому что эти критерии нельзя сверить с исчерпывающими данными: %s. Чтобы проверить их, представьте данные отслеживания и укажите в наборе данных, какие коллекции он содержит полностью (completeCollections): %s.", "未经核实：该结果未给出经核实的得分或达到的级别，因为这些标准无法对照确凿的数据加以核实：%s。如需核实，请提供跟踪数据，并在数据集中声明其完整保存的集合（completeCollections）：%s。"},
	"unverified":             {"не проверено", "未经核实"},
	"viewDiffers":            {"расходится с уровнем, заявленным государством", "与国家的申报不同"},
	"verifiedOutline":        {"Проверенный", "经核实"},
	"claimedOutline":         {"Заявленный", "申报"},
	"confidenceNote":         {"чем темнее проверенная точка, тем выше достоверность", "经核实的点颜色越深，可信度越高"},
	"nhriView":               {"мнение национального правозащитного учреждения", "国家人权机构的意见"},
	"civil_societyView":      {"мнение гражданского общества", "民间社会的意见"},
	"un_entityView":          {"мнение структуры Организации Объединенных Наций", "联合国实体的意见"},
	"otherView":              {"независимое мнение", "独立意见"},
	"otherMethod":            {"Два результата оценены разными методами (с проверкой или только по заявленным уровням, по другой версии рамочной модели или по другому охвату фактов): часть изменений вызвана методом, а не механизмом.", "两项结果采用了不同的评分方法（经核实或仅依据申报、框架的另一版本或事实的另一范围）：部分变化源于方法，而非机制本身。"},
	"comparedClaims":         {"Баллы и уровни сравнивают заявления правительства — единственные показатели, которые дают оба результата.", "得分和级别比较的是政府的申报，这是两项结果都给出的唯一数字。"},
	"dataBacked":             {"подтверждается данными", "有数据支持"},
	"notBacked":              {"не подтверждается данными", "无数据支持"},
	"newContradictions":      {"Новые заявленные уровни выше, чем показывают данные", "新出现的高于数据所示的申报级别"},
	"resolvedContradictions": {"Заявленные уровни, больше не превышающие данные", "不再高于数据所示的申报级别"},
	"notConclusive":          {"не исчерпывающие", "不确凿"},
	"chairNone":              {"председателя нет", "无主席"},
	"chairOther":             {"иная должность", "其他职位"},
	"chairSeniorOrDeputy":    {"высокопоставленное должностное лицо или заместитель министра", "高级官员或副部长"},
	"chairMinister":          {"министр", "部长"},
	"chairHead":              {"глава государства или правительства", "国家元首或政府首脑"},
	"toolNone":               {"нет", "无"},
	"toolSpreadsheet":        {"электронная таблица", "电子表格"},
	"toolDigital":            {"база данных или цифровая система", "数据库或数字系统"},
}

// outOf100 writes a score out of 100 ("47.9 / 100"), isolated in
// right-to-left text so that it reads whole.
func outOf100(lang tongue, x float64) string {
	return isolate(lang, num(lang, x, 1)+" / "+integer(lang, 100))
}

// stop ends a sentence: Chinese has its own full stop.
func stop(lang tongue) string {
	if base(lang) == "zh" {
		return "。"
	}
	return "."
}
