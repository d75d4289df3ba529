package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name lengths, in syllables. Vietnamese personal names have two to four
// syllables (họ, tên đệm, tên), rarely five; a run of capitalised syllables
// longer than maxNameWords holds a place or organisation before the name.
const (
	minNameWords = 2
	maxNameWords = 5
	// minBareNameWords is the shortest name accepted with no trigger word
	// (ông, đồng chí) before it and no title after it: two capitalised
	// syllables are as often a place (Hà Nội, Kim Thành) as a name.
	minBareNameWords = 3
)

// A token is a word or a punctuation mark of a sentence, with its byte
// offsets.
type token struct {
	text       string
	start, end int
	word       bool
}

// tokenize splits a sentence into words and punctuation. A word may hold
// inner dots and hyphens between letters ("GS.TS", "chính trị-xã hội").
func tokenize(s string) []token {
	var toks []token
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += s2
					continue
				}
				if (r2 == '.' || r2 == '-') && j+s2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+s2:])
					if unicode.IsLetter(r3) && r2 == '.' || isWordRune(r3) && r2 == '-' {
						j += s2
						continue
					}
				}
				break
			}
			toks = append(toks, token{s[i:j], i, j, true})
			i = j
		default:
			toks = append(toks, token{s[i : i+size], i, i + size, false})
			i += size
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isCapitalised reports whether w is a capitalised syllable: an upper-case
// letter and then lower-case letters ("Thăng", "Đ"), not an abbreviation.
func isCapitalised(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[size:] {
		if !unicode.IsLower(r) && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// isAcronym reports whether w is an upper-case abbreviation ("HĐND",
// "UBND", "TP").
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

func isLowerWord(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return t.word && unicode.IsLower(r)
}

// A peopleReader finds people and their titles in the sentences of one
// article. It remembers the people found so that a later short reference
// ("đồng chí Thăng") resolves to the full name.
type peopleReader struct {
	rs      *Ruleset
	people  []Fact              // one per person, at the first mention
	cur     string              // the sentence being read
	titles  map[string][]string // titles of each person, in order
	seen    map[string]bool     // person + "\x00" + title
	facts   []Fact
	lex     peopleLexicons
	byShort map[string]string // last syllable → full name
}

type peopleLexicons struct {
	surnames, triggers, heads, modifiers, orgs, orgHeads, acronyms, levels, notBefore, stop, counted *Lexicon
}

func (rs *Ruleset) newPeopleReader() *peopleReader {
	return &peopleReader{
		rs:      rs,
		titles:  map[string][]string{},
		seen:    map[string]bool{},
		byShort: map[string]string{},
		lex: peopleLexicons{
			surnames:  rs.Lexicon("surnames"),
			triggers:  rs.Lexicon("person_triggers"),
			heads:     rs.Lexicon("title_heads"),
			modifiers: rs.Lexicon("title_modifiers"),
			orgs:      rs.Lexicon("organisations"),
			orgHeads:  rs.Lexicon("org_heads"),
			acronyms:  rs.Lexicon("acronyms"),
			levels:    rs.Lexicon("place_levels"),
			notBefore: rs.Lexicon("not_person_before"),
			stop:      rs.Lexicon("title_stop"),
			counted:   rs.Lexicon("counted_stop"),
		},
	}
}

// lexAt returns the end of the longest entry of l that starts at token i,
// matching exactly (fold false) or ignoring case, or i when none does.
func lexAt(toks []token, i int, l *Lexicon, fold bool) int {
	best := i
	var b strings.Builder
	for n := 1; n <= l.MaxWords() && i+n <= len(toks); n++ {
		t := toks[i+n-1]
		if !t.word {
			break
		}
		if n > 1 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
		if fold && l.HasLower(b.String()) || !fold && l.Has(b.String()) {
			best = i + n
		}
	}
	return best
}

// capRun returns the end of the run of capitalised syllables from token i.
func capRun(toks []token, i int) int {
	j := i
	for j < len(toks) && toks[j].word && isCapitalised(toks[j].text) {
		j++
	}
	return j
}

// nameIn returns where a personal name starts inside the capitalised run
// toks[a:b], or -1. The name runs to b, starts with a surname, and has at
// least minLen syllables. The whole run is preferred; otherwise the name
// of three syllables, then four, then two, after a leading place or
// organisation ("Hà Nội Đinh Tiến Dũng").
func (p *peopleReader) nameIn(toks []token, a, b, minLen int) int {
	ok := func(k int) bool {
		n := b - k
		return n >= minLen && n >= minNameWords && n <= maxNameWords && p.lex.surnames.Has(toks[k].text)
	}
	if ok(a) {
		return a
	}
	for _, n := range [...]int{3, 4, 2} {
		if k := b - n; k > a && ok(k) {
			return k
		}
	}
	return -1
}

// titleAt reads a job title starting at token i and returns its end, or i.
// A title is a head (Bí thư, Phó Chủ tịch), then modifiers (Thường trực)
// and the organisation: abbreviations (HĐND), organisation names (Ban
// Thường vụ), capitalised words each with at most one lower-case syllable
// (Tổ chức, Tỉnh ủy), administrative levels (tỉnh) and place names (Thanh
// Miện). It ends at a verb or function word, punctuation, a rank or
// honorific, or the start of a personal name.
func (p *peopleReader) titleAt(toks []token, i int) int {
	j := lexAt(toks, i, p.lex.heads, false)
	if j == i {
		return i
	}
	org := false
	for j < len(toks) && toks[j].word {
		t := toks[j]
		if lexAt(toks, j, p.lex.triggers, false) > j && !isCapitalised(t.text) {
			break
		}
		if k := lexAt(toks, j, p.lex.modifiers, false); k > j {
			j = k
			continue
		}
		if k := lexAt(toks, j, p.lex.orgs, false); k > j {
			j, org = k, true
			continue
		}
		if isAcronym(t.text) || p.lex.acronyms.Has(t.text) {
			j, org = j+1, true
			continue
		}
		if k := lexAt(toks, j, p.lex.levels, false); k > j && org {
			j = k
			continue
		}
		if k := lexAt(toks, j, p.lex.orgHeads, false); k > j {
			j, org = k, true
			continue
		}
		if isCapitalised(t.text) {
			if lexAt(toks, j, p.lex.heads, false) > j && org {
				break // a second title: "… Tỉnh ủy Chủ tịch …"
			}
			end := capRun(toks, j)
			if end-j >= 2 {
				if k := p.nameIn(toks, j, end, minBareNameWords); k >= 0 {
					j = k
					break
				}
				j, org = end, true
				continue
			}
			j, org = j+1, true
			if j < len(toks) && isLowerWord(toks[j]) && !p.stops(toks, j) && lexAt(toks, j, p.lex.levels, false) == j {
				j++
			}
			continue
		}
		if (t.text == "và" || t.text == "-") && org && j+1 < len(toks) && isCapitalised(toks[j+1].text) && lexAt(toks, j+1, p.lex.heads, false) == j+1 {
			j++
			continue
		}
		break
	}
	return j
}

// stops reports whether the lower-case word at token j ends a title.
func (p *peopleReader) stops(toks []token, j int) bool {
	return lexAt(toks, j, p.lex.stop, true) > j || lexAt(toks, j, p.lex.counted, true) > j
}

// An item is a stretch of tokens read as a title, a name, a trigger word
// or a single other token.
type item struct {
	kind       itemKind
	start, end int // token indexes
	name       string
}

type itemKind int

const (
	itemOther itemKind = iota
	itemTitle
	itemName
	itemTrigger
	itemSep // ',' ';' ':' '(' ')' "kiêm" "đồng thời"
)

// read finds the people and titles of one sentence.
func (p *peopleReader) read(s string) {
	p.cur = s
	toks := tokenize(s)
	items := p.items(toks)
	text := func(it item) string { return s[toks[it.start].start:toks[it.end-1].end] }
	for n, it := range items {
		if it.kind != itemName {
			continue
		}
		name := it.name
		// Titles after the name: ", T, T" or "(T)", up to anything else.
		for k := n + 1; k+1 < len(items) && items[k].kind == itemSep && items[k+1].kind == itemTitle; k += 2 {
			sep := toks[items[k].start].text
			if sep == ";" || sep == ":" || sep == ")" {
				break
			}
			p.addTitle(name, text(items[k+1]), s, toks[items[k+1].start].start)
			if k+2 < len(items) && items[k+2].kind != itemSep {
				break // the title ran into a verb: the list is over
			}
		}
		// Titles before the name: "T Name", "T, T Name".
		for k := n - 1; k >= 0 && items[k].kind == itemTitle; k -= 2 {
			p.addTitle(name, text(items[k]), s, toks[items[k].start].start)
			if k-1 < 0 || items[k-1].kind != itemSep || toks[items[k-1].start].text != "," {
				break
			}
		}
	}
}

// items groups the tokens of a sentence into titles, names, triggers and
// separators, deciding which capitalised runs are personal names.
func (p *peopleReader) items(toks []token) []item {
	var items []item
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.word {
			kind := itemOther
			switch t.text {
			case ",", ";", ":", "(", ")":
				kind = itemSep
			}
			items = append(items, item{kind: kind, start: i, end: i + 1})
			i++
			continue
		}
		if t.text == "kiêm" {
			items = append(items, item{kind: itemSep, start: i, end: i + 1})
			i++
			continue
		}
		if j := p.titleAt(toks, i); j > i {
			items = append(items, item{kind: itemTitle, start: i, end: j})
			i = j
			continue
		}
		if j := lexAt(toks, i, p.lex.triggers, true); j > i && (j == len(toks) || isCapitalised(toks[j].text) || toks[j].text == ":" || lexAt(toks, j, p.lex.heads, false) > j) {
			items = append(items, item{kind: itemTrigger, start: i, end: j})
			i = j
			continue
		}
		if isCapitalised(t.text) {
			end := capRun(toks, i)
			if k, ok := p.person(toks, items, i, end); ok {
				if k > i {
					items = append(items, item{kind: itemOther, start: i, end: k})
				}
				items = append(items, item{kind: itemName, start: k, end: end, name: p.remember(toks, k, end)})
				i = end
				continue
			}
			items = append(items, item{kind: itemOther, start: i, end: end})
			i = end
			continue
		}
		items = append(items, item{kind: itemOther, start: i, end: i + 1})
		i++
	}
	return items
}

// person decides whether the capitalised run toks[a:b] holds a personal
// name, and where it starts. items are the items before the run.
func (p *peopleReader) person(toks []token, items []item, a, b int) (int, bool) {
	var prev item
	if n := len(items); n > 0 {
		prev = items[n-1]
		if prev.kind == itemSep && toks[prev.start].text == ":" && n > 1 && items[n-2].kind == itemTrigger {
			prev = items[n-2] // "Các đồng chí: A, …"
		}
	}
	afterTitle := prev.kind == itemTitle && prev.end == a
	if prev.kind == itemTrigger || afterTitle && len(items) > 1 && items[len(items)-2].kind == itemTrigger {
		// After ông, bà, đồng chí the run is the name, surname or not
		// (foreign names), unless it is too long to be one.
		if b-a == 1 {
			full, ok := p.byShort[toks[a].text]
			return a, ok && full != ""
		}
		if b-a <= maxNameWords {
			return a, true
		}
		k := p.nameIn(toks, a, b, minNameWords)
		return k, k >= 0
	}
	if p.placeBefore(toks, a) {
		return 0, false
	}
	if b-a == 1 {
		full, ok := p.byShort[toks[a].text]
		return a, ok && full != "" && afterTitle
	}
	min := minBareNameWords
	if b+1 < len(toks) && toks[b].text == "," && p.titleAt(toks, b+1) > b+1 {
		min = minNameWords // "Lê Duẩn, Tổng Bí thư"
	}
	k := p.nameIn(toks, a, b, min)
	return k, k >= 0
}

// placeBefore reports whether the words before token a make the run a
// place, street or organisation ("xã Tuấn Việt", "đường Lê Duẩn").
func (p *peopleReader) placeBefore(toks []token, a int) bool {
	for n := 1; n <= p.lex.notBefore.MaxWords() && a-n >= 0; n++ {
		if lexAt(toks, a-n, p.lex.notBefore, true) == a {
			return true
		}
	}
	return false
}

// remember records a name found at toks[a:b] and returns the full name;
// a single syllable resolves to the person it is short for.
func (p *peopleReader) remember(toks []token, a, b int) string {
	if b-a == 1 {
		return p.byShort[toks[a].text]
	}
	parts := make([]string, 0, b-a)
	for _, t := range toks[a:b] {
		parts = append(parts, t.text)
	}
	name := strings.Join(parts, " ")
	if _, ok := p.titles[name]; !ok {
		p.people = append(p.people, Fact{Kind: Person, Value: name, Text: p.cur[toks[a].start:toks[b-1].end],
			Sentence: p.cur, Offset: toks[a].start, Rule: "people-name"})
		p.titles[name] = nil
		last := toks[b-1].text
		if other, ok := p.byShort[last]; ok && other != name {
			p.byShort[last] = "" // two people share it: ambiguous
		} else {
			p.byShort[last] = name
		}
	}
	return name
}

func (p *peopleReader) addTitle(person, title, sentence string, off int) {
	key := person + "\x00" + title
	if person == "" || p.seen[key] {
		return
	}
	p.seen[key] = true
	p.titles[person] = append(p.titles[person], title)
	p.facts = append(p.facts, Fact{Kind: Title, Value: title, Person: person, Text: title, Sentence: sentence, Offset: off, Rule: "people-title"})
}

// result returns the people, each with its titles in Detail, then the
// titles.
func (p *peopleReader) result() []Fact {
	out := make([]Fact, 0, len(p.people)+len(p.facts))
	for _, f := range p.people {
		f.Detail = strings.Join(p.titles[f.Value], "; ")
		out = append(out, f)
	}
	return append(out, p.facts...)
}
