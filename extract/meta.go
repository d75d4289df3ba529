package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// maxDateLine is the longest line, in runes, read as a page's date line
// ("Thứ năm, 02/11/2023, 19:20 (GMT+7)" has 34; with "Cập nhật:" or an
// author's name before it, up to about 60). Longer lines are prose.
const maxDateLine = 80

// maxDateLineRest is how many runes of a date line may be something else
// than the date: "Thứ năm, " and " (GMT+7)" take 17, "Cập nhật lúc " 13.
const maxDateLineRest = 30

// best returns the best match of the rules of kind k in text, or nil.
func (rs *Ruleset) best(k Kind, text string) *match {
	s, _ := rs.scratch.Get().(*sentence)
	if s == nil {
		s = new(sentence)
	}
	s.reset(text)
	matches, _ := rs.findAll(s, k)
	rs.scratch.Put(s) // a match keeps copies of its groups, not s
	if len(matches) == 0 {
		return nil
	}
	return &matches[0]
}

// publishedIn reads a publish time from a page's date line. ok is false
// when the line is too long to be a date line or holds no date.
func (rs *Ruleset) publishedIn(line string) (t time.Time, dateOnly bool, ok bool) {
	if utf8.RuneCountInString(line) > maxDateLine {
		return time.Time{}, false, false
	}
	m := rs.best(Published, line)
	if m == nil {
		return time.Time{}, false, false
	}
	// A date line is mostly its date: what is left is a weekday, "Cập
	// nhật", "GMT+7", a short byline. A caption that ends with a date
	// ("… trong tiệc cưới ngày 28/12/2013") is not a date line.
	rest := utf8.RuneCountInString(line) - (m.sp.end - m.sp.start)
	if rest > maxDateLineRest {
		return time.Time{}, false, false
	}
	return publishTime(m)
}

// publishTime turns a match of a published rule into a time in Vietnam.
func publishTime(m *match) (time.Time, bool, bool) {
	num := func(g string) int { n, _ := strconv.Atoi(m.group(g)); return n }
	y, mo, d := num("year"), num("month"), num("day")
	if y < 100 {
		y += 2000 // "24/12/12": news dates of this century
	}
	if !validDay(y, mo, d) {
		return time.Time{}, false, false
	}
	if m.group("hour") == "" {
		return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, vietnam), true, true
	}
	h := num("hour")
	switch strings.ToLower(m.group("ampm")) {
	case "pm", "ch", "chiều", "tối", "đêm":
		if h < 12 {
			h += 12
		}
	case "am", "sa", "sáng":
		if h == 12 {
			h = 0
		}
	}
	return time.Date(y, time.Month(mo), d, h, num("minute"), 0, 0, vietnam), false, true
}

// metaTimeLayouts are the forms of machine-readable publish times seen in
// meta tags and JSON-LD of Vietnamese news pages, most common first.
var metaTimeLayouts = [...]string{
	time.RFC3339,
	"2006-01-02T15:04:05.999999999Z07:00",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02 15:04 -07:00",
	"2006-01-02 15:04:05 -07:00",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"02/01/2006 15:04:05",
	"02/01/2006 15:04",
	// US order with AM/PM, as ASP.NET sites write it ("3/24/2024 7:12:35
	// AM"): the AM/PM tells it from the Vietnamese day/month order above.
	"1/2/2006 3:04:05 PM",
	"1/2/2006 3:04 PM",
}

// parseMetaTime reads a machine-readable time ("2022-08-12T17:14:00+07:00")
// into Vietnam's zone. A time with no zone is taken as Vietnamese local
// time; a bare date sets dateOnly.
func parseMetaTime(s string) (t time.Time, dateOnly bool, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false, false
	}
	for _, layout := range metaTimeLayouts {
		if t, err := time.ParseInLocation(layout, s, vietnam); err == nil {
			return t.In(vietnam), false, true
		}
	}
	for _, layout := range [...]string{"2006-01-02", "2006/01/02", "02/01/2006"} {
		if t, err := time.ParseInLocation(layout, s, vietnam); err == nil {
			return t, true, true
		}
	}
	return time.Time{}, false, false
}

// A credit is what a credit line names: the author, the source, or both
// ("Long Trần - Theo Trí Thức Trẻ").
type credit struct {
	author, source string
	theo           bool // a "Theo …" / "Nguồn: …" line naming one party
}

// credit reads a credit line: "Theo Báo Hải Dương", "Minh Hằng", "Ca
// Tiếu (theo online-tech-tips)".
func (rs *Ruleset) credit(line string) (credit, bool) {
	if m := rs.best(Source, line); m != nil {
		c := credit{author: strings.TrimSpace(m.group("author")), source: strings.TrimSpace(m.group("name"))}
		c.theo = c.author == ""
		return c, true
	}
	if m := rs.best(Author, line); m != nil {
		return credit{author: strings.TrimSpace(m.group("name"))}, true
	}
	return credit{}, false
}
