package extract

import (
	"strings"
)

// creditLines is how many lines at the end of an article may hold its
// source or byline: a byline, then "Theo …", sometimes a photo credit.
const creditLines = 3

// headlineLines is how many lines after the headline may hold the date
// line: the date comes right under the headline, at most after a byline
// and a widget line.
const headlineLines = 4

// fromText reads an article scraped as text. Its lines are: chrome (the
// page's date bar, widgets such as "Xem với cỡ chữ"), the headline, the
// date line, the body paragraphs and photo captions, the credit
// ("Theo Báo Hải Dương") and related-article lists ("CÁC BÀI VIẾT KHÁC:").
func (x *Extractor) fromText(b []byte, doc, charset string) (*Article, error) {
	a := &Article{Doc: doc}
	text, err := x.decode(b, charset, a)
	if err != nil {
		return nil, err
	}
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(x.norm.String(l)); l != "" {
			lines = append(lines, l)
		}
	}
	lines = x.rules.dropChrome(lines)
	// The headline is the first line that is not a date: lines before it
	// are the page's date bar.
	h := 0
	for h < len(lines) && x.isDateLine(lines[h]) {
		h++
	}
	if h == len(lines) {
		return nil, ErrEmpty
	}
	a.Headline = lines[h]
	body := lines[h+1:]
	for i := 0; i < len(body) && i < headlineLines; i++ {
		if t, dateOnly, ok := x.rules.publishedIn(body[i]); ok {
			a.Published, a.DateOnly, a.PubText = t, dateOnly, body[i]
			body = append(body[:i:i], body[i+1:]...)
			break
		}
	}
	a.Paragraphs = x.takeCredits(a, body)
	x.addFacts(a)
	return a, nil
}

// isDateLine reports whether a line is only a date, like a page's date bar.
func (x *Extractor) isDateLine(l string) bool {
	_, _, ok := x.rules.publishedIn(l)
	return ok
}

// takeCredits moves the source and byline lines at the end of the body
// into a and returns the rest.
func (x *Extractor) takeCredits(a *Article, body []string) []string {
	for n := 0; n < creditLines && len(body) > 1; n++ {
		last := body[len(body)-1]
		k, name, ok := x.rules.credit(last)
		if !ok {
			break
		}
		switch {
		case k == Source && a.Source == "":
			a.Source, a.SourceText = name, last
		case k == Author && a.Author == "":
			a.Author = name
		default:
			return body
		}
		body = body[:len(body)-1]
	}
	return body
}

// dropChrome removes widget lines (chrome.txt) and every line from a
// related-articles header (related_headers.txt) on.
func (rs *Ruleset) dropChrome(lines []string) []string {
	out := lines[:0:0]
	for _, l := range lines {
		if rs.isRelatedHeader(l) {
			break
		}
		if rs.isChrome(l) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// isChrome reports whether a line is a page widget: it starts with an
// entry of chrome.txt and is short.
func (rs *Ruleset) isChrome(l string) bool {
	return startsWithEntry(l, rs.Lexicon("chrome"), maxChromeLine)
}

// isRelatedHeader reports whether a line is the header of a related
// articles box ("CÁC BÀI VIẾT KHÁC:", "Tin liên quan").
func (rs *Ruleset) isRelatedHeader(l string) bool {
	return startsWithEntry(l, rs.Lexicon("related_headers"), maxRelatedHeader)
}

// Chrome lines are short: a widget ("Xem với cỡ chữ A- A A+") or a header
// ("CÁC BÀI VIẾT KHÁC:"). A longer line starting with the same words is
// prose ("Tin liên quan đến vụ việc cho thấy …").
const (
	maxChromeLine    = 40 // runes
	maxRelatedHeader = 30 // runes
)

// startsWithEntry reports whether l, at most max runes long, is an entry
// of lex or starts with one followed by a non-letter.
func startsWithEntry(l string, lex *Lexicon, max int) bool {
	if len([]rune(l)) > max {
		return false
	}
	lower := strings.ToLower(strings.TrimRight(l, " :.»›>"))
	for _, e := range lex.Entries() {
		e = strings.ToLower(e)
		if lower == e {
			return true
		}
		if rest, ok := strings.CutPrefix(lower, e); ok && rest != "" && strings.IndexAny(rest[:1], " :|-–(") == 0 {
			return true
		}
	}
	return false
}
