package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
func (x *Extractor) fromText(b []byte, rec Record) (*Article, error) {
	a, err := x.readText(b, rec.Doc, rec.Charset)
	if err != nil {
		return nil, err
	}
	x.finish(a, rec)
	return a, nil
}

// readText reads an article scraped as text, without its facts.
func (x *Extractor) readText(b []byte, doc, charset string) (*Article, error) {
	a := &Article{Doc: doc}
	text, err := x.decode(b, charset, a)
	if err != nil {
		return nil, err
	}
	var lines []string
	for _, raw := range strings.Split(text, "\n") {
		if l := strings.TrimSpace(x.norm.String(raw)); l != "" {
			lines = append(lines, l)
			if x.retone {
				a.setDisplay(l, strings.TrimSpace(x.display.String(raw)))
			}
		}
	}
	lines = x.rules.dropChrome(lines)
	h := x.headlineLine(lines)
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
	// Some pages print the date line above the headline ("Kinh tế /
	// 15:45 | 17/03/2024 / headline"). It carries a time of day, which
	// the page's date bar does not.
	if a.Published.IsZero() && h > 0 {
		if t, dateOnly, ok := x.rules.publishedIn(lines[h-1]); ok && !dateOnly {
			a.Published, a.DateOnly, a.PubText = t, dateOnly, lines[h-1]
		}
	}
	a.Paragraphs = x.takeCredits(a, body)
	return a, nil
}

// headlineLine returns the index of the headline among the lines of a
// text article, len(lines) if there is none. Lines before it are the
// page's chrome: its date bar and its menu ("Trang chủ", "Tin tức"). The
// headline is the line of minHeadlineWords words or more right above the
// first date line among the first leadLines lines (the article's date
// line; the date bar above the headline has no such line above it); else
// the first line of that many words that is no date; else the first line
// that is no date.
func (x *Extractor) headlineLine(lines []string) int {
	lead := lines[:min(len(lines), leadLines)]
	for i := 1; i < len(lead); i++ {
		if !x.isDateLine(lead[i]) || x.isDateLine(lead[i-1]) {
			continue
		}
		if wordCount(lead[i-1]) >= minHeadlineWords {
			return i - 1
		}
	}
	for i, l := range lead {
		if wordCount(l) >= minHeadlineWords && !x.isDateLine(l) {
			return i
		}
	}
	for i, l := range lines {
		if !x.isDateLine(l) {
			return i
		}
	}
	return len(lines)
}

// leadLines is how many lines of a text article may come before its
// headline and date line: a date bar and a site's menu.
const leadLines = 15

// isDateLine reports whether a line is only a date, like a page's date bar.
func (x *Extractor) isDateLine(l string) bool {
	_, _, ok := x.rules.publishedIn(l)
	return ok
}

// takeCredits moves the credit lines at the end of the body into a and
// returns the rest. "Theo X" alone names the source; "Theo X" with a short
// line "Y" after it names the author X writing for the outlet Y (cafef's
// "Theo Vân Anh" / "Lao Động"); a bare name is a byline. Anything after
// the credit lines is post-article matter (the teaser of another article)
// and goes too.
func (x *Extractor) takeCredits(a *Article, body []string) []string {
	for i := len(body) - 1; i >= 1 && i >= len(body)-creditLines; i-- {
		c, ok := x.rules.credit(body[i])
		if !ok {
			continue
		}
		// A bare name with paragraphs of prose after it is no byline but
		// a widget or a subheading ("Twitter", then the article): the
		// article does not end there.
		if !c.theo && c.source == "" && proseLines(body[i+1:]) >= 2 {
			continue
		}
		end := i
		switch {
		case c.theo && i+1 < len(body) && isOutletName(body[i+1]):
			a.Author, a.Source, a.SourceText = c.source, body[i+1], body[i+1]
		case isPhotoCredit(body[i]) && i > 1 && x.isByline(body[i-1]):
			// "H.V." / "Ảnh: Misso": the byline is the writer's, the
			// line under it the photographer's.
			prev, _ := x.rules.credit(body[i-1])
			a.Author = prev.author
			end = i - 1
		case !c.theo && c.source == "" && i > 1 && x.isTheo(body[i-1]):
			prev, _ := x.rules.credit(body[i-1])
			a.Author, a.Source, a.SourceText = prev.source, c.author, body[i]
			end = i - 1
		default:
			if c.source != "" {
				a.Source, a.SourceText = c.source, body[i]
			}
			if c.author != "" {
				a.Author = c.author
			}
			if c.theo && i > 1 {
				// A byline above "Theo …": "Minh Hằng" / "Theo TTXVN".
				if prev, ok := x.rules.credit(body[i-1]); ok && !prev.theo && prev.source == "" {
					a.Author = prev.author
					end = i - 1
				}
			}
		}
		return body[:end]
	}
	return body
}

// proseLines counts the lines that read as paragraphs of prose: at least
// minProseWords words, ending as a sentence ends.
func proseLines(lines []string) int {
	n := 0
	for _, l := range lines {
		if wordCount(l) >= minProseWords && strings.ContainsRune(".!?…\"”", lastRune(l)) {
			n++
		}
	}
	return n
}

// minProseWords is the fewest words of a line read as a paragraph of
// prose rather than a name, a widget or a teaser's headline.
const minProseWords = 15

// isByline reports whether line is a writer's byline: a credit with a
// name and no source.
func (x *Extractor) isByline(line string) bool {
	c, ok := x.rules.credit(line)
	return ok && !c.theo && c.source == "" && c.author != "" && !isPhotoCredit(line)
}

// isPhotoCredit reports whether line credits the photos alone: "Ảnh:
// Misso", "Ảnh : TTXVN".
func isPhotoCredit(line string) bool {
	rest, ok := strings.CutPrefix(strings.ToLower(line), "ảnh")
	return ok && strings.HasPrefix(strings.TrimLeft(rest, " "), ":")
}

func (x *Extractor) isTheo(line string) bool {
	c, ok := x.rules.credit(line)
	return ok && c.theo
}

// isOutletName reports whether a line reads as an outlet's name: short,
// few words, each starting with a capital or a digit ("Lao Động",
// "Zing/Themost10", "Doanh nghiệp và Tiếp thị" has a lower-case "và" and
// "nghiệp" after a capitalised word, which is allowed), not a sentence.
func isOutletName(line string) bool {
	words := strings.Fields(line)
	if utf8.RuneCountInString(line) > maxBylineLine || len(words) == 0 || len(words) > maxNameLineWords ||
		strings.HasSuffix(line, ".") || strings.Contains(line, ". ") {
		return false
	}
	capitals := 0
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) || unicode.IsDigit(r) {
			capitals++
		}
	}
	// Most words capitalised: "Doanh nghiệp và Tiếp thị" has two of five.
	return capitals*2 >= len(words) || capitals >= 2
}

// maxNameLineWords is the most words in a line read as an outlet's or
// writer's name ("Doanh nghiệp và Tiếp thị" has five).
const maxNameLineWords = 6

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
	return startsWithEntry(l, rs.Lexicon("chrome"), maxChromeLine) || rs.onlyShareButtons(l)
}

// onlyShareButtons reports whether a short line is made of nothing but
// the labels of share_buttons.txt, with spaces and separators between
// them: "Facebook Zalo Twitter".
func (rs *Ruleset) onlyShareButtons(l string) bool {
	if utf8.RuneCountInString(l) > maxChromeLine {
		return false
	}
	lex := rs.Lexicon("share_buttons")
	words := strings.FieldsFunc(l, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("|/·•,;:-–", r)
	})
	for _, w := range words {
		if !lex.HasLower(w) {
			return false
		}
	}
	return len(words) > 0
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
