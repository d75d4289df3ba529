package extract

import (
	"strings"
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

// A peopleReader finds people and their titles in the sentences of one
// article. It remembers the people found so that a later short reference
// ("đồng chí Thăng") resolves to the full name.
type peopleReader struct {
	rs      *Ruleset
	people  []Fact              // one per person, at the first mention
	cur     string              // the sentence being read
	curPara int                 // its paragraph (-1 the headline)
	curAt   int                 // and its byte offset there
	toks    []token             // its tokens, the slice reused sentence to sentence
	itemBuf []item              // the same for its items
	titles  map[string][]string // titles of each person, in order
	seen    map[string]bool     // person + "\x00" + title
	facts   []Fact
	lex     peopleLexicons
	byShort map[string]string // last syllable → full name
	bare    map[string]string // name without middle initials → name as first met
	// cutShort maps the first words of a foreign name ("Ahmed Bin Isa")
	// to the name ("Ahmed Bin Isa Al Khalifa").
	cutShort map[string]string
}

type peopleLexicons struct {
	// Names and words of address.
	surnames, triggers, ranks, credits, bareAfter, notBefore, notName *Lexicon
	// Foreign names: given names, East Asian family names, particles
	// ("de la"), positions after which one word is a player's name.
	givenNames, foreignSurnames, particles, mononymAfter *Lexicon
	// Titles and the organisations and places in them.
	heads, prefixes, verbs, modifiers, orgs, orgHeads, acronyms, levels, places, stop, counted, schools *Lexicon
}

func (rs *Ruleset) newPeopleReader() *peopleReader {
	return &peopleReader{
		rs:       rs,
		titles:   map[string][]string{},
		seen:     map[string]bool{},
		byShort:  map[string]string{},
		bare:     map[string]string{},
		cutShort: map[string]string{},
		lex: peopleLexicons{
			surnames:  rs.Lexicon("surnames"),
			triggers:  rs.Lexicon("person_triggers"),
			ranks:     rs.Lexicon("ranks"),
			credits:   rs.Lexicon("credit_triggers"),
			verbs:     rs.Lexicon("title_verbs"),
			heads:     rs.Lexicon("title_heads"),
			prefixes:  rs.Lexicon("title_prefixes"),
			bareAfter: rs.Lexicon("bare_name_after"),
			places:    rs.Lexicon("places"),
			notName:   rs.Lexicon("not_name_words"),
			modifiers: rs.Lexicon("title_modifiers"),
			orgs:      rs.Lexicon("organisations"),
			orgHeads:  rs.Lexicon("org_heads"),
			schools:   rs.Lexicon("school_levels"),
			acronyms:  rs.Lexicon("acronyms"),
			levels:    rs.Lexicon("place_levels"),
			notBefore: rs.Lexicon("not_person_before"),
			stop:      rs.Lexicon("title_stop"),
			counted:   rs.Lexicon("counted_stop"),

			givenNames:      rs.Lexicon("given_names"),
			foreignSurnames: rs.Lexicon("foreign_surnames"),
			particles:       rs.Lexicon("name_particles"),
			mononymAfter:    rs.Lexicon("mononym_after"),
		},
	}
}

// nameIn returns where a personal name starts inside the capitalised run
// toks[a:b], or -1. The name runs to b and has at least minLen syllables.
// A Vietnamese name starts with a surname: the whole run when it has at
// most four syllables, else the name of three syllables, then four, then
// two after a leading place or organisation ("Hà Nội Đinh Tiến Dũng").
// A foreign name starts at its first syllable that cannot be Vietnamese
// ("Nga Vladimir Putin").
func (p *peopleReader) nameIn(toks []token, a, b, minLen int, foreign bool) int {
	if p.isPlace(toks, a, b) {
		return -1
	}
	ok := func(k int) bool {
		n := b - k
		return n >= minLen && n >= minNameWords && n <= maxNameWords && p.lex.surnames.Has(toks[k].text)
	}
	// A run that starts with a place is a place and a name, not a name:
	// "Hàn Quốc Moon Jae-in" ("Hàn" is a surname too).
	leadingPlace := lexAt(toks, a, p.lex.places, false)
	if b-a <= maxWholeName && ok(a) && (leadingPlace == a || b-leadingPlace < minNameWords) {
		return a
	}
	for _, n := range [...]int{3, 4, 2} {
		if k := b - n; k > a && ok(k) {
			return k
		}
	}
	// A known foreign name inside the run: "SK Hynix Chey Tae Won",
	// "Samsung Lee Jae-yong". Two words are enough even after an
	// organisation ("Liên hợp quốc Nikki Haley"): a given name is no place.
	for k := a; foreign && k < b-1; k++ {
		if p.foreignName(toks, k, b) && !p.inPlace(toks, a, k) {
			return k
		}
	}
	for k := a; foreign && k < b; k++ {
		if foreignSyllable(toks[k].text) {
			if vietnameseIn(toks[k:b]) {
				break // "Panel Phương Nam": a company, not "Panel …"
			}
			// The word before a last foreign word is the given name
			// ("Lindsey Graham"), or, before a hyphenated Korean given
			// name, a family name of foreign_surnames.txt ("Ban Ki-moon",
			// not "Big Bang G-Dragon").
			stepBack := k > a && b-(k-1) >= minNameWords && !p.lex.surnames.Has(toks[k-1].text) &&
				(!strings.Contains(toks[k].text, "-") || p.lex.foreignSurnames.Has(toks[k-1].text))
			if b-k >= minNameWords || stepBack {
				if b-k < minNameWords {
					k-- // "Ban Ki-moon": the family name before a foreign given name
				}
				return k
			}
			break
		}
	}
	return -1
}

// isPlace reports whether the run toks[a:b] is a place of places.txt, or
// holds a word of not_name_words.txt (a show, a brand, an event).
func (p *peopleReader) isPlace(toks []token, a, b int) bool {
	if lexAt(toks, a, p.lex.places, false) == b {
		return true
	}
	for _, t := range toks[a:b] {
		if p.lex.notName.Has(t.text) {
			return true // "The Voice Kids"
		}
	}
	return false
}

// maxWholeName is the longest run taken whole as a Vietnamese name: four
// syllables ("Nguyễn Thị Minh Khai"); a longer run has a place before it.
const maxWholeName = 4

// inPlace reports whether token k, inside the run that starts at a, is
// part of a place that starts before it: "Nam" of "Bosch Việt Nam Guru
// Mallikarjuna" is not the Korean family name.
func (p *peopleReader) inPlace(toks []token, a, k int) bool {
	for i := max(a, k-p.lex.places.MaxWords()+1); i < k; i++ {
		if lexAt(toks, i, p.lex.places, false) > k {
			return true
		}
	}
	return false
}

// foreignSyllable reports whether w cannot be a Vietnamese syllable: it
// has a letter Vietnamese does not use (f, j, w, z), an inner hyphen, or
// ends in a consonant no Vietnamese syllable ends in ("Thomas",
// "Vladimir", "Ki-moon").
func foreignSyllable(w string) bool {
	if hasVietnameseLetter(w) {
		return false // "Ả-rập"
	}
	lw := strings.ToLower(w)
	if strings.ContainsAny(lw, "fjwz-") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(lw)
	switch r {
	case 'b', 'd', 'k', 'l', 'q', 'r', 's', 'v', 'x':
		return true
	}
	for _, cl := range [...]string{"bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sv", "sw", "vl"} {
		if strings.HasPrefix(lw, cl) {
			return true
		}
	}
	return false
}

// foreignName reports whether the capitalised run toks[a:b] is a foreign
// personal name by itself: a given name of given_names.txt and one to four
// more words ("Lionel Messi", "Luis de la Fuente"), or an East Asian family
// name of foreign_surnames.txt and a romanised given name, hyphenated or
// of two syllables Vietnamese cannot have ("Moon Jae-in", "Chey Tae
// Won"). No word may hold a letter only Vietnamese uses, or be a word of
// not_name_words.txt, and the run may not be a place.
func (p *peopleReader) foreignName(toks []token, a, b int) bool {
	n := b - a
	if n < 2 || n > maxNameWords || p.isPlace(toks, a, b) {
		return false
	}
	for _, t := range toks[a:b] {
		if hasVietnameseLetter(t.text) {
			return false
		}
	}
	first := toks[a].text
	if p.lex.givenNames.Has(first) {
		return isCapitalised(toks[b-1].text)
	}
	if !p.lex.foreignSurnames.Has(first) {
		return false
	}
	switch given := toks[a+1 : b]; len(given) {
	case 1:
		return isCapitalised(given[0].text) && (strings.Contains(given[0].text, "-") || isASCIILetters(given[0].text) && foreignSyllable(given[0].text))
	case 2:
		return isASCIILetters(given[0].text) && isASCIILetters(given[1].text) && isCapitalised(given[0].text) && isCapitalised(given[1].text) &&
			(foreignSyllable(given[0].text) || foreignSyllable(given[1].text))
	}
	return false
}

// mononym reports whether w, a single capitalised word after a word of
// mononym_after.txt, can be a foreign player's one name: no letter only
// Vietnamese uses, more than one syllable or a syllable Vietnamese cannot
// have ("Endrick", "Pedri", "Cafu"; not "Hùng", a Vietnamese given name
// resolved only to a full name met before), and no place or club.
func (p *peopleReader) mononym(w string) bool {
	if !isCapitalised(w) || hasVietnameseLetter(w) || p.lex.places.HasLower(strings.ToLower(w)) || p.lex.notName.Has(w) {
		return false
	}
	return foreignSyllable(w) || vowelGroups(w) > 1
}

// vowelGroups counts the runs of vowels in w: a Vietnamese syllable has
// one ("Hùng", "Nguyễn"), a foreign word of two syllables two ("Pedri").
func vowelGroups(w string) int {
	n, in := 0, false
	for _, r := range strings.ToLower(w) {
		v := strings.ContainsRune("aeiouyàáâãèéêìíòóôõùúýäëïöüåæø", r) || r >= 0x1EA0 && r <= 0x1EF9 || strings.ContainsRune("ăơưĩũ", r)
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// vietnameseIn reports whether a word of toks has a letter only
// Vietnamese uses.
func vietnameseIn(toks []token) bool {
	for _, t := range toks {
		if hasVietnameseLetter(t.text) {
			return true
		}
	}
	return false
}

// hasVietnameseLetter reports whether w holds a letter that Vietnamese
// uses and the languages written with Latin letters around it do not: đ,
// ă, ơ, ư, ĩ, ũ and the letters of U+1EA0–U+1EF9 (ạ, ả, ấ, …, ỹ).
func hasVietnameseLetter(w string) bool {
	for _, r := range w {
		switch {
		case r < 0x100:
		case r >= 0x1EA0 && r <= 0x1EF9:
			return true
		case strings.ContainsRune("đĐăĂơƠưƯĩĨũŨ", r):
			return true
		}
	}
	return false
}

// withParticles extends the capitalised run toks[a:end], when it ends in
// a foreign given name and at most one more word, across a middle initial
// ("Donald J. Trump") or the lower-case particles of a family name that
// follow it ("Luis de la Fuente", "Virgil van Dijk") and the capitalised
// words after them. A particle before another given name is a word of the
// sentence: "Torres do Pedro Porro kiến tạo" is two people.
func (p *peopleReader) withParticles(toks []token, a, end int) int {
	// The given name opens the run or ends a run that starts with
	// something else: "Âu Ursula von der Leyen" after "Ủy ban châu".
	g := -1
	for i := max(a, end-2); i < end; i++ {
		if p.lex.givenNames.Has(toks[i].text) {
			g = i
			break
		}
	}
	if g < 0 {
		return end
	}
	k := end
	// A middle initial: "Donald J. Trump", "John F. Kennedy".
	if end-g == 2 && utf8.RuneCountInString(toks[end-1].text) == 1 && k+1 < len(toks) && toks[k].text == "." && toks[k+1].word && isCapitalised(toks[k+1].text) {
		return capRun(toks, k+1)
	}
	for k < len(toks) && toks[k].word && p.lex.particles.Has(toks[k].text) {
		k++
	}
	if k == end || k >= len(toks) || !toks[k].word || !isCapitalised(toks[k].text) || p.lex.givenNames.Has(toks[k].text) {
		return end
	}
	return capRun(toks, k)
}

// An item is a stretch of tokens read as a title, a name, a trigger word
// or a single other token.
type item struct {
	kind       itemKind
	start, end int // token indexes
	name       string
	rank       bool // a trigger that is a rank, and so a title too
	copula     bool // a separator that is a verb: "là", "giữ chức"
}

type itemKind int

const (
	itemOther itemKind = iota
	itemTitle
	itemName
	itemTrigger
	itemSep // ',' ';' ':' '(' ')' "kiêm" "đồng thời"
)

// read finds the people and titles of one sentence, which stands in
// paragraph para at byte at (para -1: the headline).
func (p *peopleReader) read(s string, para, at int) {
	p.cur, p.curPara, p.curAt = s, para, at
	p.toks = appendTokens(p.toks[:0], s)
	toks := p.toks
	items := p.items(toks)
	text := func(it item) string { return s[toks[it.start].start:toks[it.end-1].end] }
	used := make([]bool, len(items))
	add := func(name string, k int) {
		used[k] = true
		p.addTitle(name, text(items[k]), s, toks[items[k].start].start)
	}
	isSep := func(k int, seps string) bool {
		if k < 0 || k >= len(items) || items[k].kind != itemSep {
			return false
		}
		return items[k].copula || strings.Contains(seps, toks[items[k].start].text)
	}
	// Titles after a name: "A, T, T", "A - T, T", "A (T)", "A, T kiêm T".
	// A title in such a list may run on past what titleAt reads, up to the
	// next separator ("Chủ tịch Hiệp hội Khoa học hành chính Việt Nam,"),
	// as long as the tail holds no verb and no name.
	for n, it := range items {
		if it.kind != itemName {
			continue
		}
		for k := n + 1; isSep(k, ",-–(&kiêm") && k+1 < len(items) && items[k+1].kind == itemTitle; {
			if k+2 < len(items) && items[k+2].kind == itemName && items[k+2].start == items[k+1].end {
				break // "A, Chủ tịch nước B": the title is B's
			}
			end := items[k+1].end
			next := k + 2
			if tail := p.titleTail(toks, items, next, false); tail > next {
				end, next = items[tail-1].end, tail
			}
			// "Vụ trưởng Vụ Quản lý khoa học, Học viện Chính trị …": an
			// organisation after a comma is the larger body of the title.
			if isSep(next, ",") && next+1 < len(items) && items[next+1].kind == itemOther && lexAt(toks, items[next+1].start, p.lex.orgHeads, false) > items[next+1].start {
				if tail := p.titleTail(toks, items, next+1, true); tail > next+1 {
					end, next = items[tail-1].end, tail
				}
			}
			used[k+1] = true
			p.addTitle(it.name, s[toks[items[k+1].start].start:toks[end-1].end], s, toks[items[k+1].start].start)
			if next < len(items) && items[next].kind != itemSep {
				break // the title ran into a verb: the list is over
			}
			k = next
		}
	}
	// Ranks and titles before a name: "Đại tướng A", "T A", "T, T A",
	// "T (ông A)".
	for n, it := range items {
		if it.kind != itemName {
			continue
		}
		k := n - 1
		if k >= 0 && items[k].kind == itemTrigger && items[k].rank {
			add(it.name, k)
			k--
		} else if k >= 2 && items[k].kind == itemTrigger && isSep(k-1, ",") && items[k-2].kind == itemTrigger && items[k-2].rank {
			add(it.name, k-2) // "Tiến sỹ, bác sỹ A": the rank is A's
			k -= 3
		}
		if k >= 1 && items[k].kind == itemTrigger && !items[k].rank && isSep(k-1, "(,") {
			k -= 2 // "giám đốc Sở Xây dựng Hà Nội (ông Lê Văn Dục)", "Tổng Giám đốc SHB, ông Nguyễn Văn Lê"
		}
		for ; k >= 0 && items[k].kind == itemTitle && !used[k]; k -= 2 {
			add(it.name, k)
			if k-1 >= 0 && items[k-1].kind == itemTrigger && items[k-1].rank {
				add(it.name, k-1)
			}
			if !isSep(k-1, ",kiêm") {
				break
			}
		}
	}
}

// items groups the tokens of a sentence into titles, names, triggers and
// separators, deciding which capitalised runs are personal names.
func (p *peopleReader) items(toks []token) []item {
	items := p.itemBuf[:0]
	defer func() { p.itemBuf = items[:0] }()
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.word {
			kind := itemOther
			switch t.text {
			case ",", ";", ":", "(", ")", "-", "–", "&":
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
		if len(items) > 0 && items[len(items)-1].kind == itemName {
			if j := lexAt(toks, i, p.lex.verbs, true); j > i && p.titleAt(toks, j) > j {
				items = append(items, item{kind: itemSep, start: i, end: j, copula: true})
				i = j // "Pờ Hùng Sang đã là Bí thư …"
				continue
			}
		}
		if j := p.titleAt(toks, i); j > i {
			items = append(items, item{kind: itemTitle, start: i, end: j})
			i = j
			continue
		}
		if j := lexAt(toks, i, p.lex.credits, true); j > i && j+1 < len(toks) && toks[j].text == ":" && isCapitalised(toks[j+1].text) {
			items = append(items, item{kind: itemTrigger, start: i, end: j + 1})
			i = j + 1 // "Ảnh: Mạnh Quân"
			continue
		}
		if j := p.rankAt(toks, i); j > i {
			items = append(items, item{kind: itemTrigger, start: i, end: j, rank: true})
			i = j
			if i < len(toks) && toks[i].text == "." {
				i++ // the rank's abbreviation dot
			}
			continue
		}
		if j := lexAt(toks, i, p.lex.triggers, true); j > i && (j == len(toks) || isCapitalised(toks[j].text) || toks[j].text == ":" || lexAt(toks, j, p.lex.heads, true) > j) {
			items = append(items, item{kind: itemTrigger, start: i, end: j})
			i = j
			continue
		}
		if isCapitalised(t.text) {
			end := p.withParticles(toks, i, capRun(toks, i))
			// A title or rank that starts inside the run and runs on past
			// it (its last word is in lower case) ends the run: "Theo Bộ
			// trưởng …", "Với Phó Giáo sư …" are a word, then a title.
			for k := i + 1; k < end; k++ {
				if p.titleAt(toks, k) >= end || p.rankAt(toks, k) >= end {
					end = k
					break
				}
			}
			if p.inPlaceList(toks, items, i) {
				items = append(items, item{kind: itemOther, start: i, end: end})
				i = end
				continue
			}
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

// maxPlaceListGap is how many words may stand between a place word and the
// list it introduces: "các ngả đường như Lê Lợi, …" has one.
const maxPlaceListGap = 2

// maxIntroListGap is the same for a list introduced by "như" or "gồm",
// which may stand further from its place word: "các trường trong top 10
// như Gia Định, Nguyễn Thị Minh Khai, …" has five words between.
const maxIntroListGap = 6

// inPlaceList reports whether the capitalised run at token a stands in a
// list of places: after a place word ("đường như Lê Lợi, Nguyễn Huệ, Phạm
// Ngọc Thạch"), each run separated by commas or "và" from the run that
// follows it is a place too.
func (p *peopleReader) inPlaceList(toks []token, items []item, a int) bool {
	i := a
	for {
		// Step back over the place word's list: ", Run" or "và Run".
		j := i - 1
		if j < 0 {
			return false
		}
		if toks[j].text == "," || toks[j].text == "và" {
			k := j - 1
			for k >= 0 && toks[k].word && isCapitalised(toks[k].text) {
				k--
			}
			if k+1 == j { // no run before the comma
				return false
			}
			i = k + 1
			continue
		}
		// The list's first run: a place word within a few words before.
		// (A run standing alone is person's to judge.)
		if i == a {
			return false
		}
		for _, it := range items {
			if it.start <= i && i < it.end && it.kind == itemName {
				return false // a list of people: "Phó Chủ tịch HĐND tỉnh A, B"
			}
		}
		gap := maxPlaceListGap
		if w := toks[i-1].lower; w == "như" || w == "gồm" {
			gap = maxIntroListGap // "Các trường trong top 10 như Gia Định, …"
		}
		for n := 0; n <= gap && i-n > 0; n++ {
			if p.placeBefore(toks, i-n) {
				return true
			}
		}
		return false
	}
}

// rankAt returns the end of a rank that starts at token i and announces a
// name, or i: "Đại tướng", "PGS.TS", "PGS, TS", "GS,TS".
func (p *peopleReader) rankAt(toks []token, i int) int {
	j := lexAt(toks, i, p.lex.ranks, true)
	if j == i {
		return i
	}
	// "PGS, TS": two ranks with a comma are one, as "PGS.TS" is.
	for j+1 < len(toks) && toks[j].text == "," {
		k := lexAt(toks, j+1, p.lex.ranks, true)
		if k == j+1 {
			// "Tiến sỹ, bác sỹ Nguyễn Trung Nguyên": a rank, then a
			// word of address before the name.
			if t := lexAt(toks, j+1, p.lex.triggers, true); t > j+1 && t < len(toks) && isCapitalised(toks[t].text) {
				return j
			}
			break
		}
		j = k
	}
	next := j
	if next < len(toks) && toks[next].text == "." {
		next++ // "TS. Phan Công Khanh"
	}
	if next < len(toks) && (isCapitalised(toks[next].text) || lexAt(toks, next, p.lex.ranks, true) > next) {
		return j
	}
	return i
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
			if full, ok := p.byShort[toks[a].text]; ok {
				return a, full != ""
			}
			// A player known by one name: "tiền đạo Endrick", "huyền
			// thoại Cafu".
			return a, prev.kind == itemTrigger && lexAt(toks, prev.start, p.lex.mononymAfter, true) == prev.end && p.mononym(toks[a].text)
		}
		// An organisation is no name: "Ảnh: Bộ Công an", "Ảnh: Báo Hòa
		// Bình" (but "Đoàn" is a surname too: "ông Đoàn Văn Phi").
		if b-a <= maxNameWords && !p.isPlace(toks, a, b) && (lexAt(toks, a, p.lex.orgHeads, false) == a || p.lex.surnames.Has(toks[a].text)) {
			return a, true
		}
		k := p.nameIn(toks, a, b, minNameWords, true)
		return k, k >= 0
	}
	if !afterTitle && p.placeBefore(toks, a) || p.afterSchoolLevel(toks, a) {
		return 0, false
	}
	if b-a > 1 && !afterTitle && lexAt(toks, a, p.lex.notBefore, true) > a {
		// "Đường Đinh Tiên Hoàng", the place word capitalised; but right
		// after a title "Hồ" is a surname: "Chủ tịch Hồ Chí Minh".
		return 0, false
	}
	followedByTitle := b+1 < len(toks) && (toks[b].text == "," || toks[b].text == "-" || toks[b].text == "(") && p.titleAt(toks, b+1) > b+1
	copula := false
	if j := lexAt(toks, b, p.lex.verbs, true); j > b && p.titleAt(toks, j) > j {
		followedByTitle, copula = true, true // "A đã là Bí thư …"
	}
	// A foreign name is one by its words, wherever it stands ("Phút thứ 5,
	// Lamine Yamal có cơ hội …", "không thắng được Jordan Pickford"),
	// except after a place or organisation word (placeBefore, above).
	if !afterTitle && !followedByTitle && p.foreignName(toks, a, b) {
		return a, true
	}
	if !afterTitle && !followedByTitle && !p.bareNameContext(toks, a) {
		return 0, false
	}
	if copula && !p.bareNameContext(toks, a) && !p.lex.surnames.Has(toks[a].text) {
		return 0, false
	}
	if followedByTitle && !afterTitle && b-a >= minNameWords && b-a <= maxWholeName && (copula || p.bareNameContext(toks, a)) && !p.isPlace(toks, a, b) {
		// "…; Quảng Trọng Ninh - Trưởng Ban Dân vận Tỉnh ủy": a name
		// before its title needs no known surname.
		return a, true
	}
	if b-a == 1 {
		full, ok := p.byShort[toks[a].text]
		return a, ok && full != "" && afterTitle
	}
	min := minBareNameWords
	if followedByTitle || afterTitle {
		// "Lê Duẩn, Tổng Bí thư"; "Tổng Bí thư Tô Lâm phát biểu": the
		// title ended where titleAt found its holder (holderIn).
		min = minNameWords
	}
	k := p.nameIn(toks, a, b, min, afterTitle || followedByTitle)
	return k, k >= 0
}

// bareNameContext reports whether a capitalised run at token a, with no
// honorific or title, stands where a personal name can: at the start of
// the sentence, after punctuation, or after a word of bare_name_after.txt.
func (p *peopleReader) bareNameContext(toks []token, a int) bool {
	// In an address a street comes after the house number: "số 302, Tô
	// Hiến Thành, P15". A number after another word is not one: "Phút
	// thứ 5, Lamine Yamal …", "Năm 2024, …".
	if a >= 2 && toks[a-1].text == "," && isNumber(toks[a-2].text) && (a == 2 || !toks[a-3].word || toks[a-3].lower == "số") {
		return false
	}
	if a == 0 || !toks[a-1].word {
		return true
	}
	return lexAt(toks, a-1, p.lex.bareAfter, true) == a
}

// afterSchoolLevel reports whether the words before token a are a
// school's level (school_levels.txt): the run at a is the school's name.
func (p *peopleReader) afterSchoolLevel(toks []token, a int) bool {
	for n := 1; n <= p.lex.schools.MaxWords() && a-n >= 0; n++ {
		if lexAt(toks, a-n, p.lex.schools, true) == a {
			return true
		}
	}
	return false
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
		if full := p.byShort[toks[a].text]; full != "" {
			return full
		}
		// Else a name of one word (person accepted it: a mononym).
	}
	// The name as written, with its particles and initials: "Luis de la
	// Fuente", "Donald J. Trump" (the same person as "Donald Trump").
	name := strings.Join(strings.Fields(p.cur[toks[a].start:toks[b-1].end]), " ")
	bare := withoutInitials(name)
	if first, ok := p.bare[bare]; ok {
		return first
	}
	// A foreign name cut short is the person met in full before: "Ahmed
	// Bin Isa" after "Ahmed Bin Isa Al Khalifa".
	if full, ok := p.cutShort[name]; ok {
		return full
	}
	p.bare[bare] = name
	if p.lex.givenNames.Has(toks[a].text) {
		words := strings.Fields(name)
		for n := 2; n < len(words); n++ {
			if short := strings.Join(words[:n], " "); p.cutShort[short] == "" {
				p.cutShort[short] = name
			}
		}
	}
	if _, ok := p.titles[name]; !ok {
		p.people = append(p.people, Fact{Kind: Person, Value: name, Text: p.cur[toks[a].start:toks[b-1].end],
			Sentence: p.cur, Offset: toks[a].start, Rule: "people-name", para: p.curPara, sentAt: p.curAt, placed: true})
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

// withoutInitials returns name without its middle initials ("J." in
// "Donald J. Trump").
func withoutInitials(name string) string {
	if !strings.Contains(name, ". ") {
		return name
	}
	words := strings.Fields(name)
	out := words[:0:0]
	for i, w := range words {
		if i > 0 && i < len(words)-1 && utf8.RuneCountInString(w) == 2 && strings.HasSuffix(w, ".") {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
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
