package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func fixedClock() time.Time { return time.Date(2026, 6, 30, 9, 0, 0, 0, time.UTC) }

func TestRunPrintsTheMondayReport(t *testing.T) {
	var out, errs bytes.Buffer
	require.Equal(t, 0, run(nil, &out, &errs, fixedClock), errs.String())
	text := out.String()
	for _, want := range []string{
		"Follow-up report as of 30 June 2026",
		"Overdue (2)",
		"OB-01  Periodic report to the Committee against Torture",
		"90 days late",
		"Due in the next 30 days (3)",
		"P-03   Progress report: Abolish school fees and adapt schools",
		"in 9 days",
		"Progress by theme",
		"Progress by responsible entity",
		"6 recommendations: 1 fully and 1 partially implemented, 1 not yet assessed.",
	} {
		assert.Contains(t, text, want)
	}
	assert.NotContains(t, text, "P-05", "due in 75 days: outside the window")
	assert.NotContains(t, text, "P-02", "submitted")
}

func TestRunIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	require.Equal(t, 0, run([]string{"-at", "2025-01-06"}, &a, &bytes.Buffer{}, time.Now))
	require.Equal(t, 0, run([]string{"-at", "2025-01-06"}, &b, &bytes.Buffer{}, time.Now))
	assert.Equal(t, a.String(), b.String())
	assert.True(t, strings.HasPrefix(a.String(), "Follow-up report as of 6 January 2025"))
}

func TestRunJSONAndLanguages(t *testing.T) {
	var out bytes.Buffer
	require.Equal(t, 0, run([]string{"-json", "-lang", "ar"}, &out, &bytes.Buffer{}, fixedClock))
	var r report
	require.NoError(t, json.Unmarshal(out.Bytes(), &r))
	assert.Len(t, r.Overdue, 2)
	assert.Len(t, r.Due, 3)
	assert.Equal(t, "وزارة العدل", r.Overdue[0].Who)
	assert.Equal(t, 6, r.Total.Total)
}

func TestRunRejectsBadArguments(t *testing.T) {
	for _, args := range [][]string{{"-at", "2026-06"}, {"-at", "soon"}, {"-lang", "de"}, {"-lang", "English"}, {"one.json", "two.json"}, {"-nope"}} {
		var errs bytes.Buffer
		assert.Equal(t, 2, run(args, &bytes.Buffer{}, &errs, fixedClock), args)
		assert.NotEmpty(t, errs.String(), args)
	}
}

// TestRunInSixLanguages checks the program's words, the codelists' titles
// the numbers and the dates in each language; references stay as they are.
func TestRunInSixLanguages(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"-lang", "fr"}, []string{"Rapport de suivi au 30 juin 2026", "En retard (2)", "90 jours de retard", "échéance 1er avril 2026",
			"Rapport d’avancement\u00a0: Abolish school fees", "6 recommandations\u00a0: 1 pleinement et 1 partiellement mises en œuvre"}},
		{[]string{"-lang", "es-419"}, []string{"Informe de seguimiento al 30 de junio de 2026", "Vencidos (2)", "dentro de 9 días"}},
		{[]string{"-lang", "ar"}, []string{"تقرير المتابعة في 30 حزيران/يونيه 2026", "المتأخرة (2)", "أيام التأخير: 90", "عدد التوصيات: 6"}},
		{[]string{"-lang", "ar", "-arabic-digits"}, []string{"تقرير المتابعة في 30 حزيران/يونيه 2026", "المتأخرة (٢)", "أيام التأخير: ٩٠", "OB-01"}},
		{[]string{"-lang", "ru"}, []string{"Отчет о последующей деятельности на 30 июня 2026 г.", "Просрочено (2)", "Рекомендаций: 6", "Министерство юстиции", "Право на образование"}},
		{[]string{"-lang", "zh"}, []string{"截至2026年6月30日的后续行动报告", "逾期（2）", "司法部", "受教育权", "逾期90天", "共6项建议"}},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		require.Equal(t, 0, run(append(tt.args, "-at", "2026-06-30"), &out, &errs, fixedClock), errs.String())
		for _, want := range tt.want {
			assert.Contains(t, out.String(), want, tt.args)
		}
	}
}

func TestWordsComplete(t *testing.T) {
	assert.Empty(t, words.Missing())
}

func TestRunReadsADataset(t *testing.T) {
	var out, errs bytes.Buffer
	assert.Equal(t, 0, run([]string{"../sample/dataset.json", "-at", "2026-06-30"}, &out, &errs, fixedClock), errs.String())
	assert.Contains(t, out.String(), "PR-")
	assert.Equal(t, 1, run([]string{"missing.json"}, &bytes.Buffer{}, &errs, fixedClock))
}
