package main

import "github.com/nmirf/nmirf/internal/l10n"

// words are the program's own words in the six UN languages; the report of
// the import has its own (uhri.SummaryWords).
var words = l10n.Words{
	"oneExport": {
		"ar": "أعطِ ملفًا مصدَّرًا واحدًا",
		"en": "give one export file",
		"es": "indique un único archivo de exportación",
		"fr": "donnez un seul fichier d’export",
		"ru": "укажите один файл выгрузки",
		"zh": "请给出一个导出文件",
	},
	"formatFlag": {
		"ar": "يجب أن تكون قيمة -format إحدى json أو csv أو xlsx (أو أن ينتهي اسم الملف بـ \u200e.json أو \u200e.csv أو \u200e.xlsx)، لا %q",
		"en": "-format must be json, csv or xlsx (or the file end in .json, .csv or .xlsx), not %q",
		"es": "-format debe ser json, csv o xlsx (o el archivo terminar en .json, .csv o .xlsx), no %q",
		"fr": "-format doit valoir json, csv ou xlsx (ou le fichier se terminer par .json, .csv ou .xlsx), et non %q",
		"ru": "-format должен быть json, csv или xlsx (или имя файла должно оканчиваться на .json, .csv или .xlsx), а не %q",
		"zh": "-format必须是json、csv或xlsx（或文件名以.json、.csv或.xlsx结尾），而不是%q",
	},
	"dateFlag": {
		"ar": "%s: القيمة %q ليست تاريخًا بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD",
		"en": "%s: %q is not a date as YYYY, YYYY-MM or YYYY-MM-DD",
		"es": "%s: %q no es una fecha con el formato YYYY, YYYY-MM o YYYY-MM-DD",
		"fr": "%s\u00a0: %q n’est pas une date au format YYYY, YYYY-MM ou YYYY-MM-DD",
		"ru": "%s: %q не является датой в формате YYYY, YYYY-MM или YYYY-MM-DD",
		"zh": "%s：%q不是YYYY、YYYY-MM或YYYY-MM-DD格式的日期",
	},
	"hint": {
		"ar": "تلميح: %d من التحذيرات تذكر بلدًا لا يعرفه برنامج الاستيراد؛ أعطِ رمز كل اسم بالخيار -alias \"NAME=XXX\" (يمكن تكراره)",
		"en": "hint: %d warnings name a country the importer does not know; give each name's code with -alias \"NAME=XXX\" (repeatable)",
		"es": "sugerencia: %d advertencias nombran un país que el importador no conoce; indique el código de cada nombre con -alias \"NAME=XXX\" (repetible)",
		"fr": "conseil\u00a0: %d avertissements nomment un pays que l’importateur ne connaît pas\u00a0; donnez le code de chaque nom avec -alias \"NAME=XXX\" (répétable)",
		"ru": "подсказка: предупреждений, называющих страну, неизвестную импортеру: %d; укажите код каждого названия с помощью -alias \"NAME=XXX\" (можно повторять)",
		"zh": "提示：有%d条警告提到导入程序不认识的国家；请用 -alias \"NAME=XXX\" 给出每个名称的代码（可重复使用）",
	},
	"nothingKeptState": {
		"ar": "%s: لا يخص أيٌّ من سجلاته البالغ عددها %d الدولة %s أو يجتاز عوامل التصفية؛ لم يُكتب شيء (يتضمن الملف المصدَّر %s)",
		"en": "%s: none of its %d records concerns %s or passes the filters; nothing is written (the export holds %s)",
		"es": "%s: ninguno de sus %d registros se refiere a %s o pasa los filtros; no se escribe nada (la exportación contiene %s)",
		"fr": "%s\u00a0: aucun de ses %d enregistrements ne concerne %s ou ne passe les filtres\u00a0; rien n’est écrit (l’export contient %s)",
		"ru": "%s: ни одна из %d записей не касается %s или не проходит фильтры; ничего не записано (выгрузка содержит %s)",
		"zh": "%s：其%d条记录均不涉及%s或未通过筛选；未写入任何内容（导出文件包含%s）",
	},
	"nothingKept": {
		"ar": "%s: لا يجتاز أيٌّ من سجلاته البالغ عددها %d عوامل التصفية؛ لم يُكتب شيء (يتضمن الملف المصدَّر %s)",
		"en": "%s: none of its %d records passes the filters; nothing is written (the export holds %s)",
		"es": "%s: ninguno de sus %d registros pasa los filtros; no se escribe nada (la exportación contiene %s)",
		"fr": "%s\u00a0: aucun de ses %d enregistrements ne passe les filtres\u00a0; rien n’est écrit (l’export contient %s)",
		"ru": "%s: ни одна из %d записей не проходит фильтры; ничего не записано (выгрузка содержит %s)",
		"zh": "%s：其%d条记录均未通过筛选；未写入任何内容（导出文件包含%s）",
	},
	"holds": {
		"ar": "سجلات عن %s؛ وحسب الهيئة %s",
		"en": "records about %s; by body %s",
		"es": "registros sobre %s; por órgano %s",
		"fr": "des enregistrements sur %s\u00a0; par organe %s",
		"ru": "записи о %s; по органам %s",
		"zh": "关于%s的记录；按机构：%s",
	},
	"item": {
		"ar": "%s %d", "en": "%s %d", "es": "%s %d", "fr": "%s %d", "ru": "%s %d", "zh": "%s %d",
	},
	"noneKnown": {
		"ar": "غير معروفة", "en": "none known", "es": "ninguno conocido", "fr": "aucun connu", "ru": "не известно", "zh": "未知",
	},
	"intoInvalid": {
		"ar": "%s: لا تستوفي مجموعة البيانات القواعد، لذا لا يُستورد إليها شيء:",
		"en": "%s: the dataset breaks the rules, so nothing is imported into it:",
		"es": "%s: el conjunto de datos incumple las reglas, por lo que no se importa nada en él:",
		"fr": "%s\u00a0: le jeu de données enfreint les règles, rien n’y est donc importé\u00a0:",
		"ru": "%s: набор данных нарушает правила, поэтому в него ничего не импортируется:",
		"zh": "%s：该数据集违反规则，因此未向其中导入任何内容：",
	},
	"mergedInvalid": {
		"ar": "مجموعة البيانات بعد الدمج لا تستوفي القواعد:",
		"en": "the merged dataset breaks the rules:",
		"es": "el conjunto de datos combinado incumple las reglas:",
		"fr": "le jeu de données fusionné enfreint les règles\u00a0:",
		"ru": "объединённый набор данных нарушает правила:",
		"zh": "合并后的数据集违反规则：",
	},
	"stateCode": {
		"ar": "يجب أن تكون قيمة -state رمزًا ثلاثي الأحرف وفق ISO 3166-1 مثل PRY، لا %q (أو استخدم -into)",
		"en": "-state must be an ISO 3166-1 alpha-3 code such as PRY, not %q (or give -into)",
		"es": "-state debe ser un código ISO 3166-1 alfa-3, como PRY, no %q (o indique -into)",
		"fr": "-state doit être un code ISO 3166-1 alpha-3 tel que PRY, et non %q (ou donnez -into)",
		"ru": "-state должен быть кодом ISO 3166-1 alpha-3, например PRY, а не %q (или укажите -into)",
		"zh": "-state 必须是ISO 3166-1三字母代码（如PRY），而不是%q（或给出 -into）",
	},
	"stateSuggest": {
		"ar": "يجب أن تكون قيمة -state رمزًا ثلاثي الأحرف وفق ISO 3166-1، لا %q: هل تقصد %s؟",
		"en": "-state must be an ISO 3166-1 alpha-3 code, not %q: did you mean %s?",
		"es": "-state debe ser un código ISO 3166-1 alfa-3, no %q: ¿quiso decir %s?",
		"fr": "-state doit être un code ISO 3166-1 alpha-3, et non %q\u00a0: vouliez-vous dire %s\u00a0?",
		"ru": "-state должен быть кодом ISO 3166-1 alpha-3, а не %q: возможно, имелось в виду %s?",
		"zh": "-state 必须是ISO 3166-1三字母代码，而不是%q：您是否指%s？",
	},
}
