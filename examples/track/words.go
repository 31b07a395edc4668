package main

import "github.com/nmirf/nmirf/internal/l10n"

// words are the program's own words in the six UN languages. Dates and
// references are printed as they are; numbers are formatted for the
// language.
var words = l10n.Words{
	"title": {
		"ar": "تقرير المتابعة في %s", "en": "Follow-up report as of %s", "es": "Informe de seguimiento al %s",
		"fr": "Rapport de suivi au %s", "ru": "Отчет о последующей деятельности на %s", "zh": "截至%s的后续行动报告",
	},
	"overdue": {
		"ar": "المتأخرة (%d)", "en": "Overdue (%d)", "es": "Vencidos (%d)",
		"fr": "En retard (%d)", "ru": "Просрочено (%d)", "zh": "逾期（%d）",
	},
	"due": {
		"ar": "المستحقة خلال الأيام الثلاثين المقبلة (%d)", "en": "Due in the next 30 days (%d)", "es": "Vencen en los próximos 30 días (%d)",
		"fr": "À échéance dans les 30 prochains jours (%d)", "ru": "Срок в ближайшие 30 дней (%d)", "zh": "未来30天内到期（%d）",
	},
	"none": {"ar": "لا شيء", "en": "none", "es": "ninguno", "fr": "aucun", "ru": "нет", "zh": "无"},
	"inDays": {
		"ar": "الأيام المتبقية: %d", "en": "in %d days", "es": "dentro de %d días",
		"fr": "dans %d jours", "ru": "через %d дн.", "zh": "%d天后",
	},
	"daysLate": {
		"ar": "أيام التأخير: %d", "en": "%d days late", "es": "%d días de retraso",
		"fr": "%d jours de retard", "ru": "просрочено на %d дн.", "zh": "逾期%d天",
	},
	"dueOn": {"ar": "الموعد %s", "en": "due %s", "es": "vence el %s", "fr": "échéance %s", "ru": "срок %s", "zh": "截止%s"},
	"progressReport": {
		"ar": "تقرير التقدم", "en": "Progress report", "es": "Informe de avance",
		"fr": "Rapport d’avancement", "ru": "Отчет о ходе выполнения", "zh": "进展报告",
	},
	"progressReportOf": {
		"ar": "تقرير التقدم: %s", "en": "Progress report: %s", "es": "Informe de avance: %s",
		"fr": "Rapport d’avancement\u00a0: %s", "ru": "Отчет о ходе выполнения: %s", "zh": "进展报告：%s",
	},
	"noEntity": {
		"ar": "(بلا جهة)", "en": "(no entity)", "es": "(sin entidad)",
		"fr": "(aucune entité)", "ru": "(структура не указана)", "zh": "（无实体）",
	},
	"noTheme": {
		"ar": "(بلا موضوع)", "en": "(no theme)", "es": "(sin tema)",
		"fr": "(aucun thème)", "ru": "(тема не указана)", "zh": "（无主题）",
	},
	"noResponsible": {
		"ar": "(بلا جهة مسؤولة)", "en": "(no responsible entity)", "es": "(sin entidad responsable)",
		"fr": "(aucune entité responsable)", "ru": "(ответственная структура не указана)", "zh": "（无负责实体）",
	},
	"byTheme": {
		"ar": "التقدم المحرز حسب الموضوع", "en": "Progress by theme", "es": "Avances por tema",
		"fr": "Progrès par thème", "ru": "Прогресс по темам", "zh": "按主题分列的进展",
	},
	"byEntity": {
		"ar": "التقدم المحرز حسب الجهة المسؤولة", "en": "Progress by responsible entity", "es": "Avances por entidad responsable",
		"fr": "Progrès par entité responsable", "ru": "Прогресс по ответственным структурам", "zh": "按负责实体分列的进展",
	},
	"columns": {
		"ar": "\tالمجموع\tلم تُقيَّم\tلم يبدأ تنفيذها\tقيد التنفيذ\tنُفِّذت جزئيًا\tنُفِّذت بالكامل\tلها إجراء\t",
		"en": "\ttotal\tnot assessed\tnot started\tin progress\tpartially\tfully\twith action\t",
		"es": "\ttotal\tsin evaluar\tno iniciadas\ten curso\tparcialmente\tplenamente\tcon acción\t",
		"fr": "\ttotal\tnon évaluées\tnon commencées\ten cours\tpartiellement\tpleinement\tavec action\t",
		"ru": "\tвсего\tне оценено\tне начато\tвыполняется\tчастично\tполностью\tс мерами\t",
		"zh": "\t总数\t未评估\t尚未开始\t正在执行\t部分执行\t全面执行\t有行动\t",
	},
	"total": {
		"ar": "عدد التوصيات: %d؛ المنفذة بالكامل: %d، والمنفذة جزئيًا: %d، وغير المقيَّمة بعد: %d.",
		"en": "%d recommendations: %d fully and %d partially implemented, %d not yet assessed.",
		"es": "%d recomendaciones: %d aplicadas plenamente y %d parcialmente, %d aún sin evaluar.",
		"fr": "%d recommandations\u00a0: %d pleinement et %d partiellement mises en œuvre, %d pas encore évaluées.",
		"ru": "Рекомендаций: %d; выполнено полностью: %d, частично: %d; еще не оценено: %d.",
		"zh": "共%d项建议：全面执行%d项，部分执行%d项，尚未评估%d项。",
	},
	"illustrative": {
		"ar": "بيانات توضيحية عن دولة خيالية.", "en": "Illustrative data about an imaginary State.",
		"es": "Datos ilustrativos sobre un Estado imaginario.", "fr": "Données illustratives sur un État imaginaire.",
		"ru": "Иллюстративные данные о вымышленном государстве.", "zh": "关于一个虚构国家的示例数据。",
	},
}
