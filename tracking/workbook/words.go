package workbook

import (
	"slices"
	"strings"
)

// words holds every word a workbook or a matrix shows that is not a
// codelist title or the dataset's own text: sheet names, headers,
// comments, the prompts of drop-downs and the values of yes-or-no cells,
// in Arabic, English, Spanish, French, Russian and Chinese, in that order
// (the order of Languages), by their English form. Sheet names keep to
// Excel's limits (31 characters, none of []:*?/\), which a test checks.
var words = map[string][6]string{
	// Sheets.
	"Profile":                {"الملف التعريفي", "Profile", "Perfil", "Profil", "Профиль", "概况"},
	"Entities":               {"الجهات", "Entities", "Entidades", "Entités", "Структуры", "实体"},
	"Recommendations":        {"التوصيات", "Recommendations", "Recomendaciones", "Recommandations", "Рекомендации", "建议"},
	"Classifications":        {"التصنيفات", "Classifications", "Clasificaciones", "Classifications", "Классификации", "分类"},
	"Clusters":               {"مجموعات التوصيات", "Clusters", "Agrupaciones", "Regroupements", "Группы рекомендаций", "建议组"},
	"Actions":                {"الإجراءات", "Actions", "Medidas", "Mesures", "Меры", "行动"},
	"Action documents":       {"وثائق الإجراءات", "Action documents", "Documentos de medidas", "Documents des mesures", "Документы по мерам", "行动文件"},
	"Indicators":             {"المؤشرات", "Indicators", "Indicadores", "Indicateurs", "Показатели", "指标"},
	"Observations":           {"القيم المرصودة", "Observations", "Valores observados", "Valeurs observées", "Наблюдаемые значения", "观测值"},
	"Progress reports":       {"تقارير التقدم", "Progress reports", "Informes de avance", "Rapports d’avancement", "Отчеты о ходе работы", "进展报告"},
	"Report documents":       {"وثائق التقارير", "Report documents", "Documentos de informes", "Documents des rapports", "Документы отчетов", "报告文件"},
	"Assessments":            {"التقييمات", "Assessments", "Evaluaciones", "Évaluations", "Оценки", "评估"},
	"Assessment documents":   {"وثائق التقييمات", "Assessment documents", "Documentos de evaluaciones", "Documents des évaluations", "Документы оценок", "评估文件"},
	"Obligations":            {"الالتزامات", "Obligations", "Obligaciones", "Obligations", "Обязательства", "义务"},
	"Consultations":          {"المشاورات", "Consultations", "Consultas", "Consultations", "Консультации", "协商"},
	"Consultation documents": {"وثائق المشاورات", "Consultation documents", "Documentos de consultas", "Documents des consultations", "Документы консультаций", "协商文件"},
	"Lists":                  {"القوائم", "Lists", "Listas", "Listes", "Списки", "列表"},
	"Exported":               {"بيانات التصدير", "Exported", "Exportación", "Exportation", "Экспорт", "导出记录"},
	"Instructions":           {"التعليمات", "Instructions", "Instrucciones", "Mode d’emploi", "Инструкции", "说明"},
	"Matrix":                 {"مصفوفة التنفيذ", "Matrix", "Matriz", "Matrice", "Матрица", "执行矩阵"},

	// Headers of the sheets of records.
	"ID":                   {"المعرّف", "ID", "Identificador", "Identifiant", "Идентификатор", "标识符"},
	"Delete":               {"حذف", "Delete", "Eliminar", "Supprimer", "Удалить", "删除"},
	"Field":                {"الحقل", "Field", "Campo", "Champ", "Поле", "字段"},
	"Value":                {"القيمة", "Value", "Valor", "Valeur", "Значение", "数值"},
	"Ref":                  {"الرمز المرجعي", "Ref", "Referencia", "Référence", "Обозначение", "编号"},
	"Name":                 {"الاسم", "Name", "Nombre", "Nom", "Наименование", "名称"},
	"Acronym":              {"الاسم المختصر", "Acronym", "Sigla", "Sigle", "Аббревиатура", "简称"},
	"Kind":                 {"النوع", "Kind", "Tipo", "Type", "Вид", "类别"},
	"Branch":               {"السلطة", "Branch", "Poder del Estado", "Pouvoir", "Ветвь власти", "权力分支"},
	"Part of":              {"تابعة لـ", "Part of", "Depende de", "Rattachée à", "Входит в", "隶属于"},
	"Family":               {"فئة الآلية", "Family", "Tipo de mecanismo", "Type de mécanisme", "Тип механизма", "机制类别"},
	"Body":                 {"الهيئة", "Body", "Órgano", "Organe", "Орган", "机构"},
	"Cycle":                {"الجولة", "Cycle", "Ciclo", "Cycle", "Цикл", "周期"},
	"Session":              {"الدورة", "Session", "Período de sesiones", "Session", "Сессия", "届会"},
	"Document":             {"الوثيقة", "Document", "Documento", "Document", "Документ", "文件"},
	"Paragraph":            {"الفقرة", "Paragraph", "Párrafo", "Paragraphe", "Пункт", "段落"},
	"Date":                 {"التاريخ", "Date", "Fecha", "Date", "Дата", "日期"},
	"Section":              {"الفرع", "Section", "Sección", "Section", "Раздел", "章节"},
	"Indexed":              {"تاريخ الفهرسة", "Indexed", "Fecha de indización", "Date d’indexation", "Дата индексации", "编入索引日期"},
	"Recommending States":  {"الدول الموصية", "Recommending States", "Estados recomendantes", "États auteurs", "Рекомендующие государства", "提出建议的国家"},
	"Text":                 {"النص", "Text", "Texto", "Texte", "Текст", "案文"},
	"Position":             {"الموقف", "Position", "Posición", "Position", "Позиция", "立场"},
	"Position document":    {"وثيقة الموقف", "Position document", "Documento de la posición", "Document de la position", "Документ о позиции", "立场文件"},
	"Position date":        {"تاريخ الموقف", "Position date", "Fecha de la posición", "Date de la position", "Дата позиции", "立场日期"},
	"Explanation":          {"الشرح", "Explanation", "Explicación", "Explication", "Пояснение", "解释"},
	"SDG targets":          {"غايات أهداف التنمية المستدامة", "SDG targets", "Metas de los ODS", "Cibles des ODD", "Задачи ЦУР", "可持续发展目标具体目标"},
	"SDG goals":            {"أهداف التنمية المستدامة", "SDG goals", "ODS", "ODD", "ЦУР", "可持续发展目标"},
	"Follow-up due":        {"موعد المتابعة", "Follow-up due", "Plazo de seguimiento", "Échéance du suivi", "Срок последующей деятельности", "后续行动截止日期"},
	"Responsible entities": {"الجهات المسؤولة", "Responsible entities", "Entidades responsables", "Entités responsables", "Ответственные структуры", "负责实体"},
	"Related":              {"توصيات ذات صلة", "Related", "Recomendaciones relacionadas", "Recommandations liées", "Связанные рекомендации", "相关建议"},
	"Identifiers":          {"المعرّفات الخارجية", "Identifiers", "Identificadores externos", "Identifiants externes", "Внешние идентификаторы", "外部标识符"},
	"Status":               {"الحالة", "Status", "Estado", "Statut", "Статус", "状态"},
	"Superseded by":        {"حلّت محلها", "Superseded by", "Sustituida por", "Remplacée par", "Заменена рекомендацией", "被以下建议取代"},
	"Recommendation":       {"التوصية", "Recommendation", "Recomendación", "Recommandation", "Рекомендация", "建议"},
	"Scheme":               {"نظام التصنيف", "Scheme", "Esquema", "Schéma", "Схема", "分类体系"},
	"Code":                 {"الرمز", "Code", "Código", "Code", "Код", "代码"},
	"Label":                {"التسمية", "Label", "Etiqueta", "Libellé", "Метка", "标签"},
	"Version":              {"الإصدار", "Version", "Versión", "Version", "Версия", "版本"},
	"Title":                {"العنوان", "Title", "Título", "Titre", "Название", "标题"},
	"Description":          {"الوصف", "Description", "Descripción", "Description", "Описание", "描述"},
	"Priority":             {"الأولوية", "Priority", "Prioridad", "Priorité", "Приоритет", "优先级"},
	"Lead entity":          {"الجهة الرئيسية المسؤولة", "Lead entity", "Entidad rectora", "Entité chef de file", "Ведущая структура", "牵头实体"},
	"Supporting entities":  {"الجهات الداعمة", "Supporting entities", "Entidades de apoyo", "Entités d’appui", "Поддерживающие структуры", "协助实体"},
	"Start":                {"البداية", "Start", "Inicio", "Début", "Начало", "开始日期"},
	"End":                  {"النهاية", "End", "Fin", "Fin", "Окончание", "结束日期"},
	"Specific":             {"محدد", "Specific", "Específica", "Spécifique", "Конкретная", "具体"},
	"Measurable":           {"قابل للقياس", "Measurable", "Medible", "Mesurable", "Измеримая", "可衡量"},
	"Assignable":           {"قابل للإسناد", "Assignable", "Asignable", "Attribuable", "С назначенным исполнителем", "可分配"},
	"Relevant":             {"وثيق الصلة", "Relevant", "Pertinente", "Pertinente", "Значимая", "相关"},
	"Time-bound":           {"محدد زمنيًا", "Time-bound", "Con plazo", "Assortie d’un délai", "Ограниченная по срокам", "有时限"},
	"Budget line":          {"بند الميزانية", "Budget line", "Partida presupuestaria", "Ligne budgétaire", "Бюджетная статья", "预算项目"},
	"Action":               {"الإجراء", "Action", "Medida", "Mesure", "Мера", "行动"},
	"Type":                 {"النوع", "Type", "Tipo", "Type", "Тип", "类型"},
	"Unit":                 {"الوحدة", "Unit", "Unidad", "Unité", "Единица измерения", "单位"},
	"Baseline":             {"خط الأساس", "Baseline", "Línea de base", "Valeur de référence", "Исходное значение", "基线"},
	"Baseline date":        {"تاريخ خط الأساس", "Baseline date", "Fecha de la línea de base", "Date de la valeur de référence", "Дата исходного значения", "基线日期"},
	"Target":               {"الغاية", "Target", "Meta", "Cible", "Целевое значение", "目标值"},
	"Target date":          {"تاريخ بلوغ الغاية", "Target date", "Fecha de la meta", "Date de la cible", "Дата целевого значения", "目标值日期"},
	"Schedule":             {"دورية القياس", "Schedule", "Periodicidad", "Périodicité", "Периодичность", "频率"},
	"Data source":          {"مصدر البيانات", "Data source", "Fuente de datos", "Source des données", "Источник данных", "数据来源"},
	"Dimensions":           {"أبعاد التصنيف", "Dimensions", "Dimensiones de desglose", "Dimensions de ventilation", "Признаки дезагрегации", "分列维度"},
	"Indicator":            {"المؤشر", "Indicator", "Indicador", "Indicateur", "Показатель", "指标"},
	"Note":                 {"ملاحظة", "Note", "Nota", "Note", "Примечание", "备注"},
	"Breakdown":            {"التصنيف", "Breakdown", "Desglose", "Ventilation", "Разбивка", "分列"},
	"Entity":               {"الجهة", "Entity", "Entidad", "Entité", "Структура", "实体"},
	"Period start":         {"بداية الفترة", "Period start", "Inicio del período", "Début de la période", "Начало периода", "期间开始"},
	"Period end":           {"نهاية الفترة", "Period end", "Fin del período", "Fin de la période", "Конец периода", "期间结束"},
	"Due":                  {"تاريخ الاستحقاق", "Due", "Plazo", "Échéance", "Срок", "截止日期"},
	"Submitted":            {"تاريخ التقديم", "Submitted", "Fecha de presentación", "Date de soumission", "Дата представления", "提交日期"},
	"Validated":            {"تاريخ الاعتماد", "Validated", "Fecha de validación", "Date de validation", "Дата утверждения", "核准日期"},
	"Progress report":      {"تقرير التقدم", "Progress report", "Informe de avance", "Rapport d’avancement", "Отчет о ходе работы", "进展报告"},
	"Assessment":           {"التقييم", "Assessment", "Evaluación", "Évaluation", "Оценка", "评估"},
	"Grade":                {"الدرجة", "Grade", "Calificación", "Appréciation", "Балл", "等级"},
	"Source":               {"المصدر", "Source", "Fuente", "Source", "Источник", "来源"},
	"Comment":              {"تعليق", "Comment", "Comentario", "Commentaire", "Комментарий", "评论"},
	"Format":               {"الشكل", "Format", "Modalidad", "Format", "Формат", "形式"},
	"Participants":         {"المشاركون", "Participants", "Participantes", "Participants", "Участники", "参与方"},
	"Summary":              {"الملخص", "Summary", "Resumen", "Résumé", "Резюме", "摘要"},
	"Consultation":         {"المشاورة", "Consultation", "Consulta", "Consultation", "Консультация", "协商"},
	"URL":                  {"الرابط", "URL", "Enlace", "Lien", "Ссылка", "链接"},
	"Symbol":               {"رمز الوثيقة", "Symbol", "Signatura", "Cote", "Условное обозначение", "文号"},

	// Headers and words of the implementation matrix.
	"Implementation matrix": {"مصفوفة التنفيذ", "Implementation matrix", "Matriz de aplicación", "Matrice de mise en œuvre", "Матрица осуществления", "执行矩阵"},
	"Implementation status": {"وضع التنفيذ", "Implementation status", "Estado de aplicación", "État de mise en œuvre", "Статус выполнения", "执行状况"},
	"Themes":                {"المواضيع", "Themes", "Temas", "Thèmes", "Темы", "主题"},
	"SDGs":                  {"أهداف التنمية المستدامة", "SDGs", "ODS", "ODD", "ЦУР", "可持续发展目标"},
	"Group":                 {"المجموعة", "Group", "Grupo", "Groupe", "Группа", "分组"},
	"No cluster":            {"توصيات خارج المجموعات", "No cluster", "Sin agrupación", "Sans regroupement", "Вне групп", "未分组"},
	"No theme":              {"بلا موضوع", "No theme", "Sin tema", "Sans thème", "Без темы", "无主题"},
	", ":                    {"، ", ", ", ", ", ", ", ", ", "、"},
	"; ":                    {"؛ ", "; ", "; ", "\u00a0; ", "; ", "；"},
	"cycle {n}":             {"الجولة {n}", "cycle {n}", "ciclo {n}", "cycle {n}", "цикл {n}", "第{n}周期"},

	// Values of cells.
	"yes":       {"نعم", "yes", "sí", "oui", "да", "是"},
	"no":        {"لا", "no", "no", "non", "нет", "否"},
	"lead":      {"رئيسية", "lead", "rectora", "chef de file", "ведущая", "牵头"},
	"confirmed": {"مؤكد", "confirmed", "confirmado", "confirmé", "подтверждено", "已确认"},

	// Comments and the prompts of drop-downs.
	"key note": {
		"لا تعدّلوا هذا العمود: تُطابَق الصفوف بهذا المفتاح. اتركوه فارغًا في الصف الجديد، فيحصل السجل على معرّف عند الاستيراد.",
		"Do not edit: rows are matched by this key. Leave it empty on a new row: the record gets one on import.",
		"No modifique esta columna: las filas se emparejan por esta clave. Déjela vacía en una fila nueva: el registro recibe una al importarse.",
		"Ne pas modifier\u00a0: les lignes sont rapprochées par cette clé. Laissez-la vide sur une nouvelle ligne\u00a0: l’enregistrement en reçoit une à l’importation.",
		"Не изменяйте: строки сопоставляются по этому ключу. В новой строке оставьте ячейку пустой: запись получит ключ при импорте.",
		"请勿修改：各行按此键匹配。新增的行请留空：导入时记录会获得一个键。",
	},
	"parent note": {
		"الرمز المرجعي أو المعرّف للسجل الذي ينتمي إليه الصف. صفوف السجل هنا هي قائمته كاملةً: احذفوا صفًا لحذف البند.",
		"The ref or ID of the record the row belongs to. A record's rows here are its whole list: remove a row to remove the item.",
		"La referencia o el identificador del registro al que pertenece la fila. Las filas de un registro son aquí su lista completa: quite una fila para quitar el elemento.",
		"La référence ou l’identifiant de l’enregistrement auquel la ligne appartient. Les lignes d’un enregistrement forment ici toute sa liste\u00a0: retirez une ligne pour retirer l’élément.",
		"Обозначение или идентификатор записи, к которой относится строка. Строки записи здесь составляют весь её список: удалите строку, чтобы удалить элемент.",
		"该行所属记录的编号或标识符。此处一条记录的各行即其完整列表：删去一行即删去该项。",
	},
	"delete note": {
		"اختاروا «نعم» لحذف السجل. أما حذف الصف من المصنف فلا يحذف السجل.",
		"Write yes to delete the record. A row left out of a workbook is not deleted.",
		"Escriba «sí» para eliminar el registro. Quitar una fila del libro no elimina el registro.",
		"Indiquez «\u00a0oui\u00a0» pour supprimer l’enregistrement. Retirer une ligne du classeur ne supprime pas l’enregistrement.",
		"Укажите «да», чтобы удалить запись. Если убрать строку из книги, запись не удаляется.",
		"填写“是”即删除该记录。从工作簿中删去一行并不会删除该记录。",
	},
	"profile note": {
		"مؤشر JSON لكل قيمة من الملف التعريفي لمجموعة البيانات. امسحوا القيمة لإزالتها، وأضيفوا صفًا لإضافة قيمة.",
		"The JSON pointer of each value of the dataset's profile. Clear a value to remove it; add a row to add one.",
		"El puntero JSON de cada valor del perfil del conjunto de datos. Borre un valor para quitarlo; añada una fila para agregar uno.",
		"Le pointeur JSON de chaque valeur du profil du jeu de données. Effacez une valeur pour la retirer\u00a0; ajoutez une ligne pour en ajouter une.",
		"JSON-указатель каждого значения профиля набора данных. Очистите значение, чтобы удалить его; добавьте строку, чтобы добавить значение.",
		"数据集概况中每个值的 JSON 指针。清空某个值即删除该值；添加一行即新增一个值。",
	},
	"choose": {"اختاروا من القائمة", "Choose from the list", "Elija de la lista", "Choisissez dans la liste", "Выберите из списка", "请从列表中选择"},
	"choose help": {
		"اختاروا قيمة من القائمة المنسدلة.",
		"Choose a value from the drop-down list.",
		"Elija un valor de la lista desplegable.",
		"Choisissez une valeur dans la liste déroulante.",
		"Выберите значение из раскрывающегося списка.",
		"请从下拉列表中选择一个值。",
	},
	"not in list": {"القيمة ليست في القائمة", "Not in the list", "No figura en la lista", "Valeur hors liste", "Значения нет в списке", "不在列表中"},
	"not in list help": {
		"اختاروا قيمة من القائمة؛ ويُقبل أيضًا رمز من رموز المعيار أو تسمية بلغة أخرى من لغات الأمم المتحدة.",
		"Choose a value of the list; a code of the standard or a title in another UN language is read too.",
		"Elija un valor de la lista; también se acepta un código del estándar o un título en otro idioma de las Naciones Unidas.",
		"Choisissez une valeur de la liste\u00a0; un code du standard ou un intitulé dans une autre langue des Nations Unies est aussi accepté.",
		"Выберите значение из списка; принимается также код стандарта или название на другом официальном языке ООН.",
		"请从列表中选择一个值；也可填写标准中的代码或联合国其他正式语文的名称。",
	},
	"yes or no": {
		"اكتبوا «نعم» أو «لا».",
		"Write yes or no.",
		"Escriba «sí» o «no».",
		"Indiquez «\u00a0oui\u00a0» ou «\u00a0non\u00a0».",
		"Укажите «да» или «нет».",
		"请填写“是”或“否”。",
	},
	"delete help": {
		"اكتبوا «نعم» لحذف السجل، أو اتركوا الخلية فارغة.",
		"Write yes to delete the record, or leave the cell empty.",
		"Escriba «sí» para eliminar el registro, o deje la celda vacía.",
		"Indiquez «\u00a0oui\u00a0» pour supprimer l’enregistrement, ou laissez la cellule vide.",
		"Укажите «да», чтобы удалить запись, или оставьте ячейку пустой.",
		"填写“是”即删除该记录，否则请留空。",
	},

	// The sheet of instructions.
	"instructions": {
		"1. تضم كل ورقة نوعًا واحدًا من السجلات، سجلًا في كل صف. وتضم أوراق الوثائق والقيم المرصودة والتصنيفات بنود السجل المذكور في عمودها الأول.\n" +
			"2. لا تعدّلوا عمود «{id}»: تُطابَق الصفوف به، فلا يغيّر الفرز أو التصفية شيئًا. لإضافة سجل، أضيفوا صفًا واتركوا معرّفه فارغًا.\n" +
			"3. أشيروا إلى سجل آخر برمزه المرجعي أو بمعرّفه. في الخلايا التي تضم عدة قيم، اكتبوا قيمة واحدة في كل سطر.\n" +
			"4. اختاروا القيم المرمّزة من القوائم المنسدلة. واكتبوا التواريخ نصًا: 2026 أو 2026-03 أو 2026-03-15.\n" +
			"5. لحذف سجل، اكتبوا «{yes}» في عمود «{delete}». أما الصف الذي يُزال من المصنف فلا يُحذف سجله.\n" +
			"6. أعيدوا الملف بصيغته (.xlsx).",
		"1. Each sheet holds one kind of record, one record a row. The sheets of documents, observations and classifications hold the items of the record named in their first column.\n" +
			"2. Do not edit the column “{id}”: rows are matched by it, so sorting and filtering change nothing. To add a record, add a row and leave its ID empty.\n" +
			"3. Link to another record by its ref or its ID. In a cell of several values, write one value a line.\n" +
			"4. Choose coded values from the drop-down lists. Write dates as text: 2026, 2026-03 or 2026-03-15.\n" +
			"5. To delete a record, write “{yes}” in the column “{delete}”; a row removed from the workbook does not delete its record.\n" +
			"6. Send the file back as it is (.xlsx).",
		"1. Cada hoja contiene un tipo de registro, un registro por fila. Las hojas de documentos, valores observados y clasificaciones contienen los elementos del registro indicado en su primera columna.\n" +
			"2. No modifique la columna «{id}»: las filas se emparejan por ella, de modo que ordenar y filtrar no cambia nada. Para agregar un registro, añada una fila y deje vacío su identificador.\n" +
			"3. Remita a otro registro por su referencia o su identificador. En una celda con varios valores, escriba un valor por línea.\n" +
			"4. Elija los valores codificados en las listas desplegables. Escriba las fechas como texto: 2026, 2026-03 o 2026-03-15.\n" +
			"5. Para eliminar un registro, escriba «{yes}» en la columna «{delete}»; quitar una fila del libro no elimina su registro.\n" +
			"6. Devuelva el archivo tal como está (.xlsx).",
		"1. Chaque feuille contient un type d’enregistrement, un enregistrement par ligne. Les feuilles de documents, de valeurs observées et de classifications contiennent les éléments de l’enregistrement nommé dans leur première colonne.\n" +
			"2. Ne modifiez pas la colonne «\u00a0{id}\u00a0»\u00a0: les lignes sont rapprochées par elle, si bien que trier et filtrer ne changent rien. Pour ajouter un enregistrement, ajoutez une ligne et laissez son identifiant vide.\n" +
			"3. Renvoyez à un autre enregistrement par sa référence ou son identifiant. Dans une cellule de plusieurs valeurs, écrivez une valeur par ligne.\n" +
			"4. Choisissez les valeurs codées dans les listes déroulantes. Écrivez les dates comme du texte\u00a0: 2026, 2026-03 ou 2026-03-15.\n" +
			"5. Pour supprimer un enregistrement, indiquez «\u00a0{yes}\u00a0» dans la colonne «\u00a0{delete}\u00a0»\u00a0; retirer une ligne du classeur ne supprime pas son enregistrement.\n" +
			"6. Renvoyez le fichier tel quel (.xlsx).",
		"1. Каждый лист содержит записи одного вида, по одной записи в строке. Листы документов, наблюдаемых значений и классификаций содержат элементы записи, указанной в их первом столбце.\n" +
			"2. Не изменяйте столбец «{id}»: строки сопоставляются по нему, поэтому сортировка и фильтрация ничего не меняют. Чтобы добавить запись, добавьте строку и оставьте её идентификатор пустым.\n" +
			"3. Ссылайтесь на другую запись по её обозначению или идентификатору. В ячейке с несколькими значениями пишите по одному значению в строке.\n" +
			"4. Выбирайте кодированные значения из раскрывающихся списков. Даты пишите как текст: 2026, 2026-03 или 2026-03-15.\n" +
			"5. Чтобы удалить запись, укажите «{yes}» в столбце «{delete}»; если убрать строку из книги, запись не удаляется.\n" +
			"6. Верните файл в том же формате (.xlsx).",
		"1. 每个工作表载有一类记录，每行一条记录。文件、观测值和分类工作表载有第一列所列记录的各个条目。\n" +
			"2. 请勿修改“{id}”一栏：各行按此栏匹配，因此排序和筛选不会改变任何内容。如需新增记录，请添加一行并将其标识符留空。\n" +
			"3. 引用其他记录时，请填写其编号或标识符。一个单元格中有多个值时，每行填写一个值。\n" +
			"4. 编码值请从下拉列表中选择。日期请以文本填写：2026、2026-03 或 2026-03-15。\n" +
			"5. 如需删除记录，请在“{delete}”一栏填写“{yes}”；从工作簿中删去一行并不会删除其记录。\n" +
			"6. 请按原格式（.xlsx）交还文件。",
	},
}

// word returns a word in the language lang, its English form for a
// language it lacks or a word it does not hold.
func word(key, lang string) string { return wordIn(words, key, lang) }

// wordIn returns the word key of a table of words in lang, English for a
// language not among Languages, the key itself for a key not in the table.
func wordIn(table map[string][6]string, key, lang string) string {
	w, ok := table[key]
	if !ok {
		return key
	}
	if i := slices.Index(Languages, lang); i >= 0 {
		return w[i]
	}
	return w[1]
}

// wordIs reports whether s is the word key in any of the six languages,
// regardless of case and spacing.
func wordIs(key, s string) bool {
	s = fold(s)
	if s == fold(key) {
		return true
	}
	for _, f := range words[key] {
		if fold(f) == s {
			return true
		}
	}
	return false
}

// languagesOfWord returns the languages whose form of the word key is s,
// regardless of case and spacing.
func languagesOfWord(key, s string) []string {
	var out []string
	for i, f := range words[key] {
		if fold(f) == fold(s) {
			out = append(out, Languages[i])
		}
	}
	return out
}

// fill puts the words of args into a phrase of words in the language
// lang: "{id}" becomes the word "ID" in that language.
func fill(key, lang string, args map[string]string) string {
	s := word(key, lang)
	for k, v := range args {
		s = strings.ReplaceAll(s, "{"+k+"}", v)
	}
	return s
}
