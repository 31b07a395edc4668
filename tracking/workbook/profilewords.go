package workbook

import (
	"slices"
	"strconv"
	"strings"
)

// The Profile sheet names each value by its JSON pointer, which import
// reads; its third column says the same in the workbook's language, for
// the people who fill it in ("/mechanism/secretariat/staff" is
// "Mécanisme › Secrétariat › Effectif" in French). Import does not read
// that column.

// headerFieldName is the header of the Profile sheet's column of names.
const headerFieldName = "Field name"

// profileWords are the words of the names of the profile's fields, by
// their JSON name, in Arabic, English, Spanish, French, Russian and
// Chinese, in that order (the order of Languages).
var profileWords = map[string][6]string{
	headerFieldName:            {"اسم الحقل", "Field name", "Denominación", "Intitulé", "Наименование", "字段名称"},
	"$schema":                  {"المخطط", "Schema", "Esquema", "Schéma", "Схема", "模式"},
	"amount":                   {"المبلغ", "Amount", "Importe", "Montant", "Сумма", "金额"},
	"budget":                   {"الميزانية", "Budget", "Presupuesto", "Budget", "Бюджет", "预算"},
	"chair":                    {"الرئاسة", "Chair", "Presidencia", "Présidence", "Председатель", "主席"},
	"consultationArrangements": {"ترتيبات التشاور", "Consultation arrangements", "Mecanismos de consulta", "Modalités de consultation", "Порядок консультаций", "协商安排"},
	"covers":                   {"الآليات المشمولة", "Mechanisms covered", "Mecanismos abarcados", "Mécanismes couverts", "Охватываемые механизмы", "涵盖的机制"},
	"currency":                 {"العملة", "Currency", "Moneda", "Monnaie", "Валюта", "货币"},
	"date":                     {"التاريخ", "Date", "Fecha", "Date", "Дата", "日期"},
	"dedicated":                {"مخصص", "Dedicated", "Exclusivo", "Dédié", "Выделенный", "专用"},
	"description":              {"الوصف", "Description", "Descripción", "Description", "Описание", "说明"},
	"email":                    {"البريد الإلكتروني", "Email", "Correo electrónico", "Courriel", "Электронная почта", "电子邮件"},
	"entityId":                 {"الجهة", "Entity", "Entidad", "Entité", "Структура", "实体"},
	"established":              {"تاريخ الإنشاء", "Established on", "Fecha de creación", "Date de création", "Дата создания", "设立日期"},
	"focalPoints":              {"جهات الاتصال", "Focal points", "Puntos focales", "Points focaux", "Координаторы", "协调人"},
	"formal":                   {"رسمية", "Formal", "Formal", "Formel", "Официальный", "正式"},
	"frequency":                {"التواتر", "Frequency", "Frecuencia", "Fréquence", "Периодичность", "频率"},
	"functions":                {"الوظائف", "Functions", "Funciones", "Fonctions", "Функции", "职能"},
	"kind":                     {"النوع", "Kind", "Clase", "Nature", "Вид", "种类"},
	"legalBasis":               {"الأساس القانوني", "Legal basis", "Base jurídica", "Base juridique", "Правовая основа", "法律依据"},
	"level":                    {"المستوى", "Level", "Nivel", "Niveau", "Уровень", "级别"},
	"mechanism":                {"الآلية", "Mechanism", "Mecanismo", "Mécanisme", "Механизм", "机制"},
	"meetingFrequency":         {"تواتر الاجتماعات", "Meeting frequency", "Frecuencia de las reuniones", "Fréquence des réunions", "Периодичность заседаний", "会议频率"},
	"members":                  {"الأعضاء", "Members", "Miembros", "Membres", "Члены", "成员"},
	"name":                     {"الاسم", "Name", "Nombre", "Nom", "Название", "名称"},
	"networks":                 {"الشبكات", "Networks", "Redes", "Réseaux", "Сети", "网络"},
	"position":                 {"المنصب", "Position", "Cargo", "Fonction", "Должность", "职位"},
	"public":                   {"علني", "Public", "Público", "Public", "Общедоступный", "公开"},
	"publisher":                {"الناشر", "Publisher", "Editor", "Éditeur", "Издатель", "发布者"},
	"reference":                {"المرجع", "Reference", "Referencia", "Référence", "Реквизиты", "参考"},
	"role":                     {"الدور", "Role", "Función", "Rôle", "Роль", "角色"},
	"rulesOfProcedure":         {"النظام الداخلي", "Rules of procedure", "Reglamento interno", "Règlement intérieur", "Правила процедуры", "议事规则"},
	"schemaVersion":            {"إصدار المعيار", "Version of the standard", "Versión del estándar", "Version de la norme", "Версия стандарта", "标准版本"},
	"secretariat":              {"الأمانة", "Secretariat", "Secretaría", "Secrétariat", "Секретариат", "秘书处"},
	"since":                    {"منذ", "Since", "Desde", "Depuis", "С какого времени", "起始日期"},
	"staff":                    {"عدد الموظفين", "Staff", "Personal", "Effectif", "Штат", "工作人员人数"},
	"standing":                 {"دائمة", "Standing", "Permanente", "Permanent", "Постоянный", "常设"},
	"state":                    {"الدولة", "State", "Estado", "État", "Государство", "国家"},
	"title":                    {"العنوان", "Title", "Título", "Titre", "Заголовок", "标题"},
	"trackingTool":             {"أداة المتابعة", "Tracking tool", "Herramienta de seguimiento", "Outil de suivi", "Инструмент отслеживания", "跟踪工具"},
	"trained":                  {"مدرّب", "Trained", "Capacitado", "Formé", "Прошедший подготовку", "受过培训"},
	"type":                     {"الصيغة", "Type", "Tipo", "Type", "Тип", "类型"},
	"url":                      {"الرابط", "Link", "Enlace", "Lien", "Ссылка", "链接"},
	"with":                     {"مع", "With", "Con", "Avec", "С кем", "对象"},
	"year":                     {"السنة", "Year", "Año", "Année", "Год", "年度"},
}

// profileWord returns the word for a field's JSON name in lang, or the
// name itself when the table has none (a field added later).
func profileWord(name, lang string) string { return wordIn(profileWords, name, lang) }

// profileLabel names the profile value at ptr in lang: the words of its
// fields joined by " › ", a text's language as its code in parentheses
// ("Nom (fr)"), and an element of a list by its number from 1.
func profileLabel(ptr, lang string) string {
	var parts []string
	for _, t := range tokens(ptr) {
		n, err := strconv.Atoi(t)
		switch {
		case err == nil && n >= 0:
			parts = append(parts, strconv.Itoa(n+1))
		case slices.Contains(Languages, t) && len(parts) > 0:
			parts[len(parts)-1] += " (" + t + ")"
		default:
			parts = append(parts, profileWord(t, lang))
		}
	}
	return strings.Join(parts, " › ")
}
