package l10n

import "strconv"

// Date writes a date that may be partial (a year, a year and month, or a
// full date) as people write dates in lang, one of Languages; any other
// language gets the ISO form. Digits stay Western and the year stays as
// written: a date is a reference people copy, not a number to read.
//
//	en  2026       June 2026          30 June 2026
//	fr  2026       juin 2026          30 juin 2026 (1er juin 2026)
//	es  2026       junio de 2026      30 de junio de 2026
//	ru  2026 г.    июнь 2026 г.       30 июня 2026 г.
//	zh  2026年     2026年6月          2026年6月30日
//	ar  2026       حزيران/يونيه 2026   30 حزيران/يونيه 2026
//
// Arabic follows the United Nations' usage, which gives the Levantine and
// the Egyptian and Maghreb names of a month together. Month is 1 to 12 and
// day 1 to 31; 0 means not known. Date returns "" for year 0 and the ISO
// form for a month or day out of range.
func Date(lang string, year, month, day int) string {
	if year == 0 {
		return ""
	}
	y := strconv.Itoa(year)
	if month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0) {
		return iso(year, month, day)
	}
	names, ok := months[lang]
	if !ok {
		return iso(year, month, day)
	}
	d := strconv.Itoa(day)
	switch lang {
	case "ru":
		switch {
		case month == 0:
			return y + " г."
		case day == 0:
			return names[month-1] + " " + y + " г."
		}
		return d + " " + russianGenitive[month-1] + " " + y + " г."
	case "zh":
		switch {
		case month == 0:
			return y + "年"
		case day == 0:
			return y + "年" + strconv.Itoa(month) + "月"
		}
		return y + "年" + strconv.Itoa(month) + "月" + d + "日"
	case "es":
		switch {
		case month == 0:
			return y
		case day == 0:
			return names[month-1] + " de " + y
		}
		return d + " de " + names[month-1] + " de " + y
	case "fr":
		if day == 1 {
			d = "1er"
		}
	}
	switch {
	case month == 0:
		return y
	case day == 0:
		return names[month-1] + " " + y
	}
	return d + " " + names[month-1] + " " + y
}

// iso writes the date as ISO 8601 writes a partial date.
func iso(year, month, day int) string {
	two := func(n int) string { return "-" + strconv.Itoa(n/10%10) + strconv.Itoa(n%10) }
	s := strconv.Itoa(year)
	if month != 0 || day != 0 {
		s += two(month)
	}
	if day != 0 {
		s += two(day)
	}
	return s
}

// months are the names of the months in each language, as a date writes
// them after a day (Russian: before a year, in the nominative).
var months = map[string][12]string{
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"es": {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
	"ru": {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
	"zh": {"1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"},
	"ar": {"كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"},
}

// russianGenitive are the Russian months after a day.
var russianGenitive = [12]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
