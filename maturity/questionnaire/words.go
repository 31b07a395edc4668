package questionnaire

import "github.com/nmirf/nmirf/maturity"

// Languages returns the languages a questionnaire is written in: the six
// official languages of the United Nations.
func Languages() []string { return []string{"ar", "en", "es", "fr", "ru", "zh"} }

// words holds the questionnaire's own words, in Arabic, English, Spanish,
// French, Russian and Chinese, in that order (the order of Languages). The
// framework's texts and level titles come from the framework.
var words = map[string][6]string{
	"instructions":     {"التعليمات", "Instructions", "Instrucciones", "Instructions", "Инструкции", "说明"},
	"questionnaire":    {"الاستبيان", "Questionnaire", "Cuestionario", "Questionnaire", "Вопросник", "问卷"},
	"title":            {"استبيان التقييم الذاتي", "Self-assessment questionnaire", "Cuestionario de autoevaluación", "Questionnaire d’auto-évaluation", "Вопросник для самооценки", "自我评估问卷"},
	"name":             {"الاسم", "Name", "Nombre", "Nom", "Имя", "姓名"},
	"role":             {"الصفة", "Role", "Función", "Fonction", "Должность", "职务"},
	"constituency":     {"الجهة التي تمثلونها", "Constituency", "Sector que representa", "Groupe représenté", "Представляемая сторона", "所代表的方面"},
	"id":               {"المعرّف", "ID", "Identificador", "Identifiant", "Идентификатор", "编号"},
	"criterion":        {"المعيار", "Criterion", "Criterio", "Critère", "Критерий", "标准"},
	"mustHave":         {"أساسي", "Must-have", "Esencial", "Essentiel", "Обязательный", "必备"},
	"statement":        {"نص المعيار", "Statement", "Enunciado", "Énoncé", "Формулировка", "表述"},
	"guidance":         {"الأدلة المطلوبة", "Guidance on evidence", "Orientación sobre las pruebas", "Preuves attendues", "Подтверждающие материалы", "证据指导"},
	"dataLevel":        {"مستوى البيانات", "Data level", "Nivel según los datos", "Niveau selon les données", "Уровень по данным", "数据显示的等级"},
	"figures":          {"الأرقام", "Figures", "Cifras", "Chiffres", "Показатели", "数据"},
	"yourLevel":        {"مستواكم", "Your level", "Su nivel", "Votre niveau", "Ваш уровень", "您的评级"},
	"justification":    {"المبرر أو التعليق", "Justification or comment", "Justificación o comentario", "Justification ou commentaire", "Обоснование или комментарий", "理由或评论"},
	"evidenceTitle":    {"الدليل: العنوان", "Evidence: title", "Prueba: título", "Preuve\u00a0: titre", "Подтверждение: название", "证据：标题"},
	"evidenceDocument": {"الدليل: رمز الوثيقة", "Evidence: document symbol", "Prueba: signatura del documento", "Preuve\u00a0: cote du document", "Подтверждение: условное обозначение документа", "证据：文件编号"},
	"evidenceLink":     {"الدليل: الرابط", "Evidence: link", "Prueba: enlace", "Preuve\u00a0: lien", "Подтверждение: ссылка", "证据：链接"},
	"notApplicable":    {"غير منطبق", "Not applicable", "No aplicable", "Sans objet", "Неприменимо", "不适用"},
	"yes":              {"★", "★", "★", "★", "★", "★"},
	"chooseLevel":      {"اختاروا المستوى", "Choose a level", "Elija un nivel", "Choisissez un niveau", "Выберите уровень", "请选择等级"},
	"chooseLevelHelp":  {"اختاروا من القائمة المستوى الذي يصف الآلية اليوم.", "Choose from the list the level that describes the mechanism today.", "Elija de la lista el nivel que describe el mecanismo hoy.", "Choisissez dans la liste le niveau qui décrit le mécanisme aujourd’hui.", "Выберите из списка уровень, который описывает механизм сегодня.", "请从列表中选择描述该机制现状的等级。"},
	"notALevel":        {"القيمة ليست مستوى", "Not a level", "No es un nivel", "Ce n’est pas un niveau", "Это не уровень", "不是有效等级"},
	"notALevelHelp":    {"اختاروا قيمة من القائمة.", "Choose a value from the list.", "Elija un valor de la lista.", "Choisissez une valeur de la liste.", "Выберите значение из списка.", "请从列表中选择一个值。"},
	"framework":        {"الإطار", "Framework", "Marco", "Cadre", "Рамочная основа", "框架"},
	"language":         {"اللغة", "Language", "Idioma", "Langue", "Язык", "语言"},
	"factsAt":          {"وقائع بيانات المتابعة في", "Facts of the tracking data at", "Hechos de los datos de seguimiento al", "Faits tirés des données de suivi au", "Факты из данных мониторинга на", "跟踪数据事实截至"},
	"noFacts":          {"—", "—", "—", "—", "—", "—"},
	"steps": {
		"1. اكتبوا اسمكم وصفتكم واختاروا الجهة التي تمثلونها في أعلى ورقة «الاستبيان».\n2. لكل معيار، اقرؤوا النص ووصف المستويات الخمسة، ثم اختاروا في عمود «مستواكم» المستوى الذي يصف الآلية اليوم.\n3. لا يُعرض خيار «غير منطبق» إلا حيث يسمح به الإطار، ولا يُقبل إلا مع مبرر. المعايير الأساسية (★) تنطبق على كل آلية وتتطلب دائمًا مستوى.\n4. اذكروا دليلًا لكل إجابة: عنوانه ورمز الوثيقة أو رابطها.\n5. لا تعدّلوا الخلايا المقفلة ولا المعرّفات: يقرأ الأمانة الملف كما هو.\n6. أعيدوا الملف إلى الأمانة.",
		"1. Write your name and role and choose your constituency at the top of the sheet “Questionnaire”.\n2. For each criterion, read the statement and the five level descriptors, then choose in the column “Your level” the level that describes the mechanism today.\n3. “Not applicable” is offered only where the framework allows it, and needs a justification. Must-have criteria (★) apply to every mechanism and always take a level.\n4. Give evidence for each answer: its title, and the document symbol or a link.\n5. Do not change the locked cells or the IDs: the secretariat reads the file back as it is.\n6. Return the file to the secretariat.",
		"1. Escriba su nombre y su función y elija el sector que representa en la parte superior de la hoja «Cuestionario».\n2. Para cada criterio, lea el enunciado y los cinco descriptores de nivel y elija en la columna «Su nivel» el nivel que describe el mecanismo hoy.\n3. «No aplicable» solo se ofrece cuando el marco lo permite, y requiere una justificación. Los criterios esenciales (★) se aplican a todo mecanismo y siempre llevan un nivel.\n4. Indique pruebas de cada respuesta: su título y la signatura del documento o un enlace.\n5. No modifique las celdas bloqueadas ni los identificadores: la secretaría lee el archivo tal como está.\n6. Devuelva el archivo a la secretaría.",
		"1. Indiquez votre nom et votre fonction et choisissez le groupe que vous représentez en haut de la feuille «\u00a0Questionnaire\u00a0».\n2. Pour chaque critère, lisez l’énoncé et les cinq descriptions de niveau, puis choisissez dans la colonne «\u00a0Votre niveau\u00a0» le niveau qui décrit le mécanisme aujourd’hui.\n3. «\u00a0Sans objet\u00a0» n’est proposé que là où le cadre le permet, et demande une justification. Les critères essentiels (★) s’appliquent à tout mécanisme et prennent toujours un niveau.\n4. Donnez une preuve pour chaque réponse\u00a0: son titre, et la cote du document ou un lien.\n5. Ne modifiez pas les cellules verrouillées ni les identifiants\u00a0: le secrétariat relit le fichier tel quel.\n6. Renvoyez le fichier au secrétariat.",
		"1. Укажите своё имя и должность и выберите представляемую сторону в верхней части листа «Вопросник».\n2. Для каждого критерия прочитайте формулировку и описания пяти уровней, затем выберите в столбце «Ваш уровень» уровень, который описывает механизм сегодня.\n3. «Неприменимо» предлагается только там, где это допускает рамочная основа, и требует обоснования. Обязательные критерии (★) применимы к любому механизму и всегда требуют уровня.\n4. Укажите подтверждение каждого ответа: название и условное обозначение документа или ссылку.\n5. Не изменяйте заблокированные ячейки и идентификаторы: секретариат считывает файл в том виде, в каком он есть.\n6. Верните файл в секретариат.",
		"1. 在“问卷”工作表顶部填写您的姓名和职务，并选择您所代表的方面。\n2. 对每项标准，阅读其表述和五个等级的描述，然后在“您的评级”一栏中选择描述该机制现状的等级。\n3. 只有在框架允许的情况下才提供“不适用”，并且必须说明理由。必备标准（★）适用于所有机制，必须选择等级。\n4. 为每项回答提供证据：标题，以及文件编号或链接。\n5. 请勿修改锁定的单元格或编号：秘书处将按原样读取文件。\n6. 将文件交还秘书处。",
	},
	"fallback": {
		"تظهر نصوص الإطار التي لا تتوفر بالعربية بالإنكليزية.",
		"",
		"Los textos del marco que no existen en español aparecen en inglés.",
		"Les textes du cadre qui n’existent pas en français apparaissent en anglais.",
		"Тексты рамочной основы, которых нет на русском языке, приводятся на английском.",
		"框架中没有中文版本的文本以英文显示。",
	},
	"factsNote": {
		"يعرض عمودا «مستوى البيانات» و«الأرقام» ما تُظهره بيانات المتابعة، لتطّلعوا عليه قبل الإجابة. اختاروا مع ذلك المستوى الذي ترونه صحيحًا؛ وسيذكر التقرير أن الأرقام عُرضت عليكم.",
		"The columns “Data level” and “Figures” show what the tracking data say, so that you see them before answering. Choose nonetheless the level you find right; the report will say that you were shown the figures.",
		"Las columnas «Nivel según los datos» y «Cifras» muestran lo que dicen los datos de seguimiento, para que los vea antes de responder. Elija de todos modos el nivel que considere correcto; el informe indicará que se le mostraron las cifras.",
		"Les colonnes «\u00a0Niveau selon les données\u00a0» et «\u00a0Chiffres\u00a0» montrent ce que disent les données de suivi, pour que vous les voyiez avant de répondre. Choisissez néanmoins le niveau qui vous paraît juste\u00a0; le rapport indiquera que les chiffres vous ont été montrés.",
		"Столбцы «Уровень по данным» и «Показатели» показывают, что говорят данные мониторинга, чтобы вы видели их до ответа. Тем не менее выберите уровень, который считаете верным; в отчёте будет указано, что вам были показаны показатели.",
		"“数据显示的等级”和“数据”两栏显示跟踪数据的情况，供您在回答前查看。请仍然选择您认为正确的等级；报告将注明您看到了这些数据。",
	},
	"government":    {"الحكومة", "Government", "Gobierno", "Gouvernement", "Правительство", "政府"},
	"nhri":          {"المؤسسة الوطنية لحقوق الإنسان", "National human rights institution", "Institución nacional de derechos humanos", "Institution nationale des droits de l’homme", "Национальное правозащитное учреждение", "国家人权机构"},
	"civil_society": {"المجتمع المدني", "Civil society", "Sociedad civil", "Société civile", "Гражданское общество", "民间社会"},
	"un_entity":     {"كيان تابع للأمم المتحدة", "UN entity", "Entidad de las Naciones Unidas", "Entité des Nations Unies", "Структура ООН", "联合国实体"},
	"other":         {"جهة أخرى", "Other", "Otro", "Autre", "Другое", "其他"},
}

// word returns the questionnaire's word in the language, English for
// another language.
func word(lang, key string) string {
	w := words[key]
	for i, l := range Languages() {
		if l == lang {
			return w[i]
		}
	}
	return w[1]
}

// constituencyTitle returns the title of the constituency in the language.
func constituencyTitle(c maturity.Constituency, lang string) string { return word(lang, string(c)) }
