package extract

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Facts finds the facts of an article's headline and body paragraphs,
// sentence by sentence. ref is the publish time, zero when unknown: it
// gives the year of "Sáng 12.8" and the day of "hôm qua". Dates and
// indicators come once per mention, in text order; documents, people and
// titles once per article. Warnings report rules that failed on a sentence
// (a match timeout); the other rules' facts are still returned.
func (rs *Ruleset) Facts(headline string, paragraphs []string, ref time.Time) ([]Fact, []error) {
	return rs.facts(headline, paragraphs, ref, DefaultMaxSentences)
}

// DefaultMaxSentences bounds the sentences of one article that the rules
// read: 5,000 is some fifty times the longest news article of the test
// corpus, and keeps a 12 MB page of repeated text to about a second.
const DefaultMaxSentences = 5000

// facts is Facts reading at most max sentences; a longer text is reported
// in the warnings.
func (rs *Ruleset) facts(headline string, paragraphs []string, ref time.Time, max int) ([]Fact, []error) {
	var out []Fact
	var warnings []error
	docs := map[string]bool{}
	people := rs.newPeopleReader()
	var scratch sentence // one sentence value for all, its slices reused
	read := func(text string, para, at int) {
		facts, errs := rs.sentenceFacts(&scratch, text, ref)
		warnings = append(warnings, errs...)
		for _, f := range facts {
			f.para, f.sentAt, f.placed = para, at, true
			if f.Kind == Document {
				if docs[f.Value] {
					continue
				}
				docs[f.Value] = true
			}
			out = append(out, f)
		}
		people.read(text, para, at)
	}
	if headline != "" {
		read(headline, -1, 0)
	}
	n := 0
paragraphs:
	for i, p := range paragraphs {
		at := 0
		for _, s := range rs.splitSentences(p) {
			if n++; n > max {
				warnings = append(warnings, fmt.Errorf("%w: facts read from the first %d sentences, up to paragraph %d of %d", ErrTooLong, max, i+1, len(paragraphs)))
				break paragraphs
			}
			// Sentences are pieces of p, in order: find where this one is.
			if k := strings.Index(p[at:], s); k >= 0 {
				at += k
			}
			read(s, i, at)
			at += len(s)
		}
	}
	return append(dropShortReferences(out), people.result()...), warnings
}

// dropShortReferences removes the short document references that name a
// document the article also gives in full.
func dropShortReferences(facts []Fact) []Fact {
	out := facts[:0]
	for _, f := range facts {
		dup := false
		if f.Kind == Document && f.Rule == "doc-short" {
			for _, g := range facts {
				if g.Kind == Document && sameDocument(f, g) {
					dup = true
					break
				}
			}
		}
		if !dup {
			out = append(out, f)
		}
	}
	return out
}

// sentenceFacts finds the documents, dates and indicators of one sentence.
// Each kind claims its matches before the next runs, so a document number
// is never a date and a date never an indicator.
func (rs *Ruleset) sentenceFacts(s *sentence, text string, ref time.Time) ([]Fact, []error) {
	s.reset(text)
	var facts []Fact
	var spans []span
	var errs []error
	add := func(f Fact, sp span) {
		s.claim(sp)
		f.Text = s.slice(sp)
		f.Sentence = text
		f.Offset = s.byteAt[sp.start]
		facts = append(facts, f)
		spans = append(spans, sp)
	}
	for _, k := range [...]Kind{Document, Date, Indicator} {
		matches, e := rs.findAll(s, k)
		errs = append(errs, e...)
		for i := range matches {
			m := &matches[i]
			if !s.free(m.sp) {
				continue
			}
			switch k {
			case Document:
				if f, ok := rs.readDocument(m); ok {
					add(f, m.sp)
				}
			case Date:
				rs.dateContext(s, m)
				if v, d, ok := readDate(m, ref); ok {
					add(Fact{Kind: Date, Value: v, Detail: d, Rule: m.rule.ID}, m.sp)
				}
			case Indicator:
				if f, ok := rs.readIndicator(m, s); ok {
					add(f, m.sp)
				}
			}
		}
	}
	linkIssueDates(facts, spans, s)
	order := make([]int, len(facts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return facts[order[i]].Offset < facts[order[j]].Offset })
	sorted := make([]Fact, len(facts))
	for i, o := range order {
		sorted[i] = facts[o]
	}
	return sorted, errs
}

// dateContext reads what the words before a date match say of it, when
// the pattern did not take them: the part of day ("Sáng thứ Hai, ngày
// 12.8" → sáng) and a qualifier ("cuối năm 2018" → cuối).
func (rs *Ruleset) dateContext(s *sentence, m *match) {
	start := m.sp.start
	if m.group("part") == "" {
		// Skip "ngày", "lúc", a weekday, "hôm", commas and brackets.
		i := start
		for skipped := 0; skipped < maxDateContext && i > 0; skipped++ {
			j := i
			for j > 0 && strings.ContainsRune(" ,(", s.runes[j-1]) {
				j--
			}
			w := lastWord(strings.TrimRight(s.text[:s.byteAt[j]], " ,("))
			lw := strings.ToLower(w)
			if lw == "ngày" || lw == "lúc" || lw == "hôm" || lw == "nay" || lw == "mai" || lw == "qua" || isWeekdayWord(lw) {
				i = j - utf8.RuneCountInString(w)
				continue
			}
			break
		}
		if p := rs.wordsBefore(s, i, rs.Lexicon("parts_of_day")); p != "" {
			m.groups["part"] = p
		}
	}
	if m.group("qual") == "" {
		if q := rs.wordsBefore(s, start, rs.Lexicon("date_qualifiers")); q != "" {
			m.groups["qual"] = q
		}
	}
}

// maxDateContext is how many words (ngày, a weekday's two, hôm, lúc) may
// stand between a part of day and its date: "Sáng thứ Hai, ngày 12/8".
const maxDateContext = 5

// isWeekdayWord reports whether w is a word of a weekday's name: "thứ",
// "hai" … "bảy", "chủ", "nhật", or a digit 2–7 of "thứ 2".
func isWeekdayWord(w string) bool {
	switch w {
	case "thứ", "hai", "ba", "tư", "năm", "sáu", "bảy", "chủ", "nhật", "2", "3", "4", "5", "6", "7":
		return true
	}
	return false
}

// linkIssueDates writes into a document's detail the date that follows
// its number: "Kết luận số 40-KL/TW, ngày 18.7.2022" → "issued: 2022-07-18".
// Between the two there may be only ", ngày", "ban hành ngày" and the like.
func linkIssueDates(facts []Fact, spans []span, s *sentence) {
	for i := range facts {
		if facts[i].Kind != Document {
			continue
		}
		for j := range facts {
			if facts[j].Kind != Date || !strings.HasPrefix(facts[j].Detail, "day") {
				continue
			}
			gap := spans[j].start - spans[i].end
			if gap < 0 || gap > maxIssueGap {
				continue
			}
			between := strings.ToLower(strings.Trim(s.slice(span{spans[i].end, spans[j].start}), " ,"))
			switch between {
			case "", "ngày", "ban hành ngày", "ký ngày", "ngày ban hành":
				facts[i].Detail = "issued: " + facts[j].Value
			}
		}
	}
}
