package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/nmirf/nmirf/internal/l10n"
	"github.com/nmirf/nmirf/tracking/uhri"
)

// words are the program's own words in the six UN languages: the summary
// of an import. Codes (bodies, families, positions, warnings) are printed
// as they are.
var words = l10n.Words{
	"title":      {"ar": "الاستيراد من الفهرس العالمي لحقوق الإنسان (%s)", "en": "UHRI import (%s)", "es": "Importación del Índice Universal de los Derechos Humanos (%s)", "fr": "Importation de l’Index universel des droits de l’homme (%s)", "ru": "Импорт из Универсального индекса по правам человека (%s)", "zh": "从世界人权索引导入（%s）"},
	"read":       {"ar": "السجلات المقروءة", "en": "records read", "es": "registros leídos", "fr": "enregistrements lus", "ru": "прочитано записей", "zh": "已读取记录"},
	"imported":   {"ar": "المستوردة", "en": "imported", "es": "importados", "fr": "importés", "ru": "импортировано", "zh": "已导入"},
	"filtered":   {"ar": "المستبعدة بالتصفية", "en": "filtered out", "es": "excluidos por el filtro", "fr": "exclus par le filtre", "ru": "отфильтровано", "zh": "已筛除"},
	"skipped":    {"ar": "المتجاوزة", "en": "skipped", "es": "omitidos", "fr": "ignorés", "ru": "пропущено", "zh": "已跳过"},
	"added":      {"ar": "التوصيات المضافة", "en": "recommendations added", "es": "recomendaciones añadidas", "fr": "recommandations ajoutées", "ru": "добавлено рекомендаций", "zh": "新增建议"},
	"updated":    {"ar": "المحدَّثة", "en": "updated", "es": "actualizadas", "fr": "mises à jour", "ru": "обновлено", "zh": "已更新"},
	"unchanged":  {"ar": "دون تغيير", "en": "unchanged", "es": "sin cambios", "fr": "inchangées", "ru": "без изменений", "zh": "未更改"},
	"older":      {"ar": "المُبقاة لأن السجل أقدم", "en": "kept, the record older", "es": "conservadas, registro más antiguo", "fr": "conservées, l’enregistrement étant plus ancien", "ru": "сохранено, запись старее", "zh": "保留（记录较旧）"},
	"combined":   {"ar": "السجلات المدمجة", "en": "combined records", "es": "registros combinados", "fr": "enregistrements combinés", "ru": "объединено записей", "zh": "合并的记录"},
	"byFamily":   {"ar": "حسب فئة الآلية", "en": "by family", "es": "por familia", "fr": "par famille", "ru": "по группам механизмов", "zh": "按机制类别"},
	"byBody":     {"ar": "حسب الهيئة", "en": "by body", "es": "por órgano", "fr": "par organe", "ru": "по органам", "zh": "按机构"},
	"byKind":     {"ar": "حسب النوع", "en": "by kind", "es": "por tipo", "fr": "par type", "ru": "по видам", "zh": "按类型"},
	"byPosition": {"ar": "حسب الموقف في الاستعراض الدوري الشامل", "en": "by UPR position", "es": "por posición en el examen periódico universal", "fr": "par position à l’Examen périodique universel", "ru": "по позиции в рамках УПО", "zh": "按普遍定期审议立场"},
	"unknown":    {"ar": "الحقول غير المقروءة", "en": "fields not read", "es": "campos no leídos", "fr": "champs non lus", "ru": "непрочитанные поля", "zh": "未读取的字段"},
	"warnings":   {"ar": "التحذيرات: %d", "en": "warnings %d", "es": "advertencias: %d", "fr": "avertissements\u00a0: %d", "ru": "предупреждений: %d", "zh": "警告：%d"},
	"more":       {"ar": "… وتحذيرات أخرى غير مدرجة: %d", "en": "… and %d more warnings not listed", "es": "… y %d advertencias más no enumeradas", "fr": "… et %d autres avertissements non listés", "ru": "… и еще предупреждений, не перечисленных здесь: %d", "zh": "……另有%d条警告未列出"},
	"colon":      {"ar": "%s: %s", "en": "%s: %s", "es": "%s: %s", "fr": "%s\u00a0: %s", "ru": "%s: %s", "zh": "%s：%s"},
}

// summary writes the import report in the printer's language, as
// uhri.Report.String writes it in English.
func summary(p *l10n.Printer, r *uhri.Report) string {
	var b strings.Builder
	fmt.Fprintln(&b, p.Sprintf("title", r.Format))
	line := func(indent int, key string, n int) {
		label := p.Sprintf(key)
		pad := max(32-indent-len([]rune(label)), 0)
		fmt.Fprintf(&b, "%*s%s%*s %7s\n", indent, "", label, pad, "", p.Int(n))
	}
	line(2, "read", r.Read)
	line(4, "imported", r.Imported)
	line(4, "filtered", r.Filtered)
	line(4, "skipped", r.Skipped)
	for _, k := range slices.Sorted(maps.Keys(r.SkippedBy)) {
		fmt.Fprintf(&b, "      %-26s %7s\n", k, p.Int(r.SkippedBy[k]))
	}
	if r.Added+r.Updated+r.Unchanged+r.Combined+r.Older > 0 {
		line(2, "added", r.Added)
		line(4, "updated", r.Updated)
		line(4, "unchanged", r.Unchanged)
		if r.Older > 0 {
			line(4, "older", r.Older)
		}
		line(4, "combined", r.Combined)
	}
	tally(&b, p, "byFamily", r.ByFamily)
	tally(&b, p, "byBody", r.ByBody)
	tally(&b, p, "byKind", r.ByKind)
	tally(&b, p, "byPosition", r.ByPosition)
	tally(&b, p, "unknown", r.UnknownFields)
	fmt.Fprintln(&b, "  "+p.Sprintf("warnings", len(r.Warnings)+r.WarningsOmitted))
	for _, k := range slices.Sorted(maps.Keys(r.WarningCounts)) {
		fmt.Fprintf(&b, "    %-28s %7s\n", k, p.Int(r.WarningCounts[k]))
	}
	for _, w := range r.Warnings {
		fmt.Fprintf(&b, "    %s\n", w)
	}
	if r.WarningsOmitted > 0 {
		fmt.Fprintln(&b, "    "+p.Sprintf("more", r.WarningsOmitted))
	}
	return b.String()
}

// tally writes "label: a 3, b 1" with the largest counts first.
func tally[K ~string](b *strings.Builder, p *l10n.Printer, key string, m map[K]int) {
	if len(m) == 0 {
		return
	}
	keys := slices.SortedFunc(maps.Keys(m), func(x, y K) int {
		if c := cmp.Compare(m[y], m[x]); c != 0 {
			return c
		}
		return strings.Compare(string(x), string(y))
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		name := string(k)
		if name == "" {
			name = `""`
		}
		parts[i] = name + " " + p.Int(m[k])
	}
	fmt.Fprintln(b, "  "+p.Sprintf("colon", p.Sprintf(key), p.List(parts)))
}
