package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// maxDayDistance is how far from the publish time a day-and-month without
// a year may lie. Such dates in news are days of the current news cycle:
// "Sáng 12.8" in an article of 12 August, "ngày 28/12" in one of 3 January.
// Half a year either way decides the year without ambiguity.
const maxDayDistance = 183 * 24 * time.Hour

// readDate turns a date match into a value and a detail. ref is the publish
// time, zero when unknown. ok is false when the match is no real date (31
// February, month 13).
func readDate(m *match, ref time.Time) (value, detail string, ok bool) {
	switch {
	case m.group("rel") != "":
		return relativeDate(m, ref)
	case m.group("quarter") != "":
		q := quarterNumber(m.group("quarter"))
		y, ok := yearOr(m.group("year"), ref)
		if q == 0 || !ok {
			return "", "", false
		}
		value = fmt.Sprintf("%04d-%02d/%04d-%02d", y, 3*q-2, y, 3*q)
		return value, describe("quarter", m), true
	case m.group("months") != "":
		n := monthsNumber(m.group("months"))
		y, ok := yearOr(m.group("year"), ref)
		if n < 1 || n > 11 || !ok {
			return "", "", false
		}
		from, to := 1, n
		if strings.EqualFold(m.group("half"), "cuối") {
			from, to = 13-n, 12
		}
		return fmt.Sprintf("%04d-%02d/%04d-%02d", y, from, y, to), describe("period", m), true
	case m.group("month2") != "" && m.group("day2") == "":
		return monthPeriod(m, ref)
	case m.group("year2") != "" && m.group("month2") == "":
		y1, _ := strconv.Atoi(m.group("year"))
		y2, _ := strconv.Atoi(m.group("year2"))
		if y2 <= y1 {
			return "", "", false
		}
		return fmt.Sprintf("%04d/%04d", y1, y2), describe("period", m), true
	case m.group("decade") != "":
		d, _ := strconv.Atoi(m.group("decade"))
		if d < 100 {
			d += 1900
		}
		return fmt.Sprintf("%04d/%04d", d, d+9), describe("decade", m), true
	case m.group("day2") != "":
		start, ok1 := readDay(m.group("day"), firstOf(m.group("month"), m.group("month2")), firstOf(m.group("year"), m.group("year2")), ref)
		end, ok2 := readDay(m.group("day2"), m.group("month2"), m.group("year2"), ref)
		if !ok1 || !ok2 {
			return "", "", false
		}
		return start + "/" + end, describe("period", m), true
	case m.group("day") != "":
		day, ok := readDay(m.group("day"), m.group("month"), m.group("year"), ref)
		if !ok {
			return "", "", false
		}
		if h := m.group("hour"); h != "" {
			return dayTime(day, h, m.group("minute")), describe("time", m), true
		}
		return day, describe("day", m), true
	case m.group("relyear") != "":
		mo, _ := strconv.Atoi(m.group("month"))
		if ref.IsZero() || mo < 1 || mo > 12 {
			return "", "", false
		}
		y := ref.Year()
		switch strings.ToLower(m.group("relyear")) {
		case "năm ngoái", "năm trước":
			y--
		case "năm tới", "năm sau":
			y++
		}
		return fmt.Sprintf("%04d-%02d", y, mo), describe("month; relative", m), true
	case m.group("month") != "":
		mo, _ := strconv.Atoi(m.group("month"))
		if mo < 1 || mo > 12 {
			return "", "", false
		}
		y, ok := yearOr(m.group("year"), ref)
		if m.group("year") == "" && ok {
			y = nearestYear(ref, mo)
		}
		if !ok {
			return "", "", false
		}
		return fmt.Sprintf("%04d-%02d", y, mo), describe("month", m), true
	case m.group("year") != "":
		return m.group("year"), describe("year", m), true
	case m.group("hour") != "":
		// A time alone is on the day of the article, when that is known.
		if ref.IsZero() {
			return clock(m.group("hour"), m.group("minute")), describe("time", m), true
		}
		return dayTime(ref.Format("2006-01-02"), m.group("hour"), m.group("minute")), describe("time; day of publication", m), true
	}
	return "", "", false
}

// monthPeriod reads a period of months, month/year to month2/year2. A
// missing end year is the year nearest the publish time; a missing start
// year is the end's, or the year before when the start month comes later
// ("từ tháng 11 đến tháng 2 năm 2023").
func monthPeriod(m *match, ref time.Time) (value, detail string, ok bool) {
	m1, _ := strconv.Atoi(m.group("month"))
	m2, _ := strconv.Atoi(m.group("month2"))
	if m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 {
		return "", "", false
	}
	y2, ok := yearOr(m.group("year2"), ref)
	if !ok {
		return "", "", false
	}
	if m.group("year2") == "" {
		y2 = nearestYear(ref, m2)
	}
	y1 := y2
	switch {
	case m.group("year") != "":
		y1, _ = strconv.Atoi(m.group("year"))
	case m1 > m2:
		y1 = y2 - 1
	}
	if y1*12+m1 >= y2*12+m2 {
		return "", "", false
	}
	return fmt.Sprintf("%04d-%02d/%04d-%02d", y1, m1, y2, m2), describe("period", m), true
}

// readDay reads a day, month and optional year. Without a year it takes
// the year that puts the day nearest the publish time ref; with no ref
// either, it writes the ISO 8601 form without year, "--08-12".
func readDay(ds, ms, ys string, ref time.Time) (string, bool) {
	d, _ := strconv.Atoi(ds)
	mo, _ := strconv.Atoi(ms)
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return "", false
	}
	if ys != "" {
		y, _ := strconv.Atoi(ys)
		if !validDay(y, mo, d) {
			return "", false
		}
		return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), true
	}
	if ref.IsZero() {
		if !validDay(2000, mo, d) { // a leap year: 29 February stands
			return "", false
		}
		return fmt.Sprintf("--%02d-%02d", mo, d), true
	}
	day := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	for _, y := range [...]int{ref.Year(), ref.Year() - 1, ref.Year() + 1} {
		if !validDay(y, mo, d) {
			continue
		}
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if dist := t.Sub(day); dist <= maxDayDistance && dist >= -maxDayDistance {
			return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), true
		}
	}
	return "", false
}

// nearestYear returns the year that puts month mo nearest the publish
// time: "tháng 12" in an article of January is last December.
func nearestYear(ref time.Time, mo int) int {
	y := ref.Year()
	diff := mo - int(ref.Month())
	switch {
	case diff > 6:
		return y - 1
	case diff < -6:
		return y + 1
	}
	return y
}

// dayTime joins an ISO day and a time of day; "24h00" is the next day's
// 00:00.
func dayTime(day, h, m string) string {
	if hh, _ := strconv.Atoi(h); hh == 24 {
		if t, err := time.Parse("2006-01-02", day); err == nil {
			return t.AddDate(0, 0, 1).Format("2006-01-02") + "T" + clock("0", m)
		}
	}
	return day + "T" + clock(h, m)
}

func validDay(y, m, d int) bool {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Year() == y && int(t.Month()) == m && t.Day() == d
}

// yearOr returns the year written, or the publish year when none is.
func yearOr(ys string, ref time.Time) (int, bool) {
	if ys != "" {
		y, err := strconv.Atoi(ys)
		return y, err == nil
	}
	if ref.IsZero() {
		return 0, false
	}
	return ref.Year(), true
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func clock(h, m string) string {
	hh, _ := strconv.Atoi(h)
	mm, _ := strconv.Atoi(m)
	return fmt.Sprintf("%02d:%02d", hh, mm)
}

func quarterNumber(q string) int {
	switch strings.ToUpper(q) {
	case "I", "1":
		return 1
	case "II", "2":
		return 2
	case "III", "3":
		return 3
	case "IV", "4":
		return 4
	}
	return 0
}

func monthsNumber(s string) int {
	switch strings.ToLower(s) {
	case "ba":
		return 3
	case "sáu":
		return 6
	case "chín":
		return 9
	}
	n, _ := strconv.Atoi(s)
	return n
}

// relativeDate resolves "hôm qua", "tuần trước", "năm ngoái" … against the
// publish time; without one there is no date.
func relativeDate(m *match, ref time.Time) (string, string, bool) {
	if ref.IsZero() {
		return "", "", false
	}
	day := func(n int) string { return ref.AddDate(0, 0, n).Format("2006-01-02") }
	week := func(n int) string {
		y, w := ref.AddDate(0, 0, 7*n).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	}
	month := func(n int) string {
		t := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
		return t.Format("2006-01")
	}
	year := func(n int) string { return strconv.Itoa(ref.Year() + n) }
	var v, g string
	switch strings.ToLower(m.group("rel")) {
	case "hôm nay":
		v, g = day(0), "day"
	case "hôm qua":
		v, g = day(-1), "day"
	case "hôm kia":
		v, g = day(-2), "day"
	case "ngày mai":
		v, g = day(1), "day"
	case "tuần trước":
		v, g = week(-1), "week"
	case "tuần này":
		v, g = week(0), "week"
	case "tuần tới":
		v, g = week(1), "week"
	case "tháng trước":
		v, g = month(-1), "month"
	case "tháng này":
		v, g = month(0), "month"
	case "tháng tới":
		v, g = month(1), "month"
	case "năm ngoái":
		v, g = year(-1), "year"
	case "năm nay":
		v, g = year(0), "year"
	case "năm tới", "năm sau":
		v, g = year(1), "year"
	case "nay":
		v, g = day(0), "day"
	case "mai":
		v, g = day(1), "day"
	case "qua":
		v, g = day(-1), "day"
	default:
		return "", "", false
	}
	return v, describe(g+"; relative", m), true
}

// describe writes a date's detail: its granularity, then the part of day
// and the qualifier when the text gives them ("day; part: sáng").
func describe(granularity string, m *match) string {
	var b strings.Builder
	b.WriteString(granularity)
	if p := firstOf(m.group("part"), m.group("part2")); p != "" {
		b.WriteString("; part: ")
		b.WriteString(strings.ToLower(p))
	}
	if q := m.group("qual"); q != "" {
		b.WriteString("; qualifier: ")
		b.WriteString(strings.ToLower(q))
	}
	return b.String()
}
