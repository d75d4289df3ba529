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
	lower      string // text in lower case
	start, end int
	word       bool
}

// tokenize splits a sentence into words and punctuation. A word may hold
// inner dots and hyphens between letters ("GS.TS", "chính trị-xã hội").
func tokenize(s string) []token { return appendTokens(nil, s) }

// appendTokens appends the tokens of s to toks.
func appendTokens(toks []token, s string) []token {
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
				if (r2 == '.' || r2 == '-' || r2 == '&' || r2 == ',') && j+s2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+s2:])
					prev, _ := utf8.DecodeLastRuneInString(s[i:j])
					switch {
					case r2 == '.' && unicode.IsLetter(r3):
						j += s2 // "GS.TS", "TP.HCM"
						continue
					case r2 == '-' && isWordRune(r3) && !(unicode.IsLower(prev) && unicode.IsUpper(r3) && !isAcronym(leadingWord(s[j+s2:]))):
						j += s2 // "Ki-moon", "chính trị-xã hội", but not "Giáp-Ủy"
						continue
					case (r2 == '&' || r2 == ',') && unicode.IsUpper(prev) && unicode.IsUpper(r3) && isAcronym(s[i:j]):
						j += s2 // "NN&PTNT", "GS,TS"
						continue
					}
				}
				break
			}
			toks = append(toks, token{s[i:j], lowerWord(s[i:j]), i, j, true})
			i = j
		default:
			toks = append(toks, token{s[i : i+size], s[i : i+size], i, i + size, false})
			i += size
		}
	}
	return toks
}

// lowerWord returns w in lower case, without allocating when it already
// is.
func lowerWord(w string) string {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return strings.ToLower(w)
		}
	}
	return w
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
		if !unicode.IsLower(r) && !unicode.Is(unicode.Mn, r) && r != '-' {
			return false // "Ki-moon" is capitalised, "Co-CEO" is not
		}
	}
	return true
}

// isAcronym reports whether w is an upper-case abbreviation ("HĐND",
// "UBND", "TP").
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if r == '&' {
			continue // "NN&PTNT"
		}
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
	toks    []token             // its tokens, the slice reused sentence to sentence
	itemBuf []item              // the same for its items
	titles  map[string][]string // titles of each person, in order
	seen    map[string]bool     // person + "\x00" + title
	facts   []Fact
	lex     peopleLexicons
	byShort map[string]string // last syllable → full name
}

type peopleLexicons struct {
	surnames, triggers, ranks, credits, heads, prefixes, verbs, modifiers, orgs, orgHeads, acronyms, levels, notBefore, bareAfter, places, notName, stop, counted *Lexicon
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
	if i >= len(toks) || !toks[i].word || !l.StartsEntry(toks[i].lower) {
		return i
	}
	best := i
	var b strings.Builder
	words := 0
	for n := i; n < len(toks) && words < l.MaxWords(); n++ {
		t := toks[n]
		switch {
		case t.word:
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			words++
		case t.text == "," && n > i:
			// Entries may hold a comma: "Bộ Văn hóa, Thể thao và Du lịch".
		default:
			return best
		}
		if fold {
			b.WriteString(t.lower)
		} else {
			b.WriteString(t.text)
		}
		if !t.word {
			continue
		}
		if fold && l.HasLower(b.String()) || !fold && l.Has(b.String()) {
			best = n + 1
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
	if b-a <= maxWholeName && ok(a) {
		return a
	}
	for _, n := range [...]int{3, 4, 2} {
		if k := b - n; k > a && ok(k) {
			return k
		}
	}
	for k := a; foreign && k < b; k++ {
		if foreignSyllable(toks[k].text) {
			if b-k >= minNameWords || k > a && b-(k-1) >= minNameWords && !p.lex.surnames.Has(toks[k-1].text) {
				if b-k < minNameWords {
					k-- // "Ban Ki-moon": the syllable before a foreign one
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

// foreignSyllable reports whether w cannot be a Vietnamese syllable: it
// has a letter Vietnamese does not use (f, j, w, z), an inner hyphen, or
// ends in a consonant no Vietnamese syllable ends in ("Thomas",
// "Vladimir", "Ki-moon").
func foreignSyllable(w string) bool {
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

// titleAt reads a job title starting at token i and returns its end, or i.
// A title is a head (Bí thư, Phó Chủ tịch), then modifiers (Thường trực)
// and the organisation: abbreviations (HĐND), organisation names (Ban
// Thường vụ), capitalised words each with at most one lower-case syllable
// (Tổ chức, Tỉnh ủy), administrative levels (tỉnh) and place names (Thanh
// Miện). It ends at a verb or function word, punctuation, a rank or
// honorific, or the start of a personal name.
func (p *peopleReader) titleAt(toks []token, i int) int {
	j := i
	if k := lexAt(toks, j, p.lex.prefixes, true); k > j && lexAt(toks, k, p.lex.heads, true) > k {
		j = k // "nguyên Thứ trưởng"
	}
	k := lexAt(toks, j, p.lex.heads, true)
	if k == j {
		return i
	}
	j = k
	org := false
	for j < len(toks) {
		t := toks[j]
		if t.text == "(" && org && j+2 < len(toks) && isAcronym(toks[j+1].text) && toks[j+2].text == ")" {
			j += 3 // "Sở Lao động - Thương binh và Xã hội (LĐTB&XH)"
			continue
		}
		if !t.word && t.text != "-" {
			break
		}
		if lexAt(toks, j, p.lex.triggers, false) > j && !isCapitalised(t.text) {
			break
		}
		if lexAt(toks, j, p.lex.ranks, false) > j {
			break // "Bộ trưởng Bộ Công an Đại tướng Tô Lâm"
		}
		if k := lexAt(toks, j, p.lex.modifiers, false); k > j {
			j = k
			continue
		}
		if isCapitalised(t.text) {
			// A personal name ends the title: "… Tỉnh ủy Phạm Xuân Thăng",
			// "Tổng Bí thư Tô Lâm,", "Phó Chủ tịch HĐND tỉnh Đoàn Văn Phi".
			if end := capRun(toks, j); end-j >= 2 {
				if k := p.holderIn(toks, j, end, org); k >= 0 {
					j = k
					break
				}
			}
		}
		if k := lexAt(toks, j, p.lex.orgs, true); k > j {
			j, org = k, true
			continue
		}
		if isAcronym(t.text) || p.lex.acronyms.Has(t.text) || org && isBrand(t.text) {
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
			if end := capRun(toks, j); end-j >= 2 {
				j, org = end, true // a place: "Huyện ủy Thanh Miện"
				continue
			}
			j, org = j+1, true
			if j < len(toks) && isLowerWord(toks[j]) && !p.stops(toks, j) && lexAt(toks, j, p.lex.levels, false) == j {
				j++
			}
			continue
		}
		// Lower-case words between an organisation and its holder's name
		// belong to the organisation: "Ủy ban Olympic quốc tế Thomas Bach".
		if org && isLowerWord(t) && !p.stops(toks, j) {
			k := j
			for k < len(toks) && k-j < maxOrgLowerRun && isLowerWord(toks[k]) && !p.stops(toks, k) {
				k++
			}
			if end := capRun(toks, k); end-k >= 2 && end < len(toks) && isLowerWord(toks[end]) && p.holderIn(toks, k, end, true) == k {
				j = k
				continue
			}
		}
		// Connectors inside an organisation's name: "Sở Giáo dục và Đào
		// tạo", "Lao động - Thương binh", "Ủy ban Pháp luật của Quốc hội",
		// "Đại sứ … Việt Nam tại Ai Cập". Not before a second title or a
		// name.
		switch t.text {
		case "và", "-", "của", "tại":
			if org && j+1 < len(toks) && isCapitalised(toks[j+1].text) && lexAt(toks, j+1, p.lex.heads, true) == j+1 {
				if end := capRun(toks, j+1); end-j-1 < 2 || p.holderIn(toks, j+1, end, true) != j+1 {
					j++
					continue
				}
			}
		}
		break
	}
	return j
}

// maxOrgLowerRun is the most lower-case words an organisation's name may
// carry before its holder's name ("quốc tế" in "Ủy ban Olympic quốc tế").
const maxOrgLowerRun = 2

// holderIn returns where the name of a title's holder starts inside the
// capitalised run toks[a:b] that follows the title's words, or -1. After
// an organisation a run may be a place ("Huyện ủy Kim Thành"), so the name
// needs three syllables; right after the head ("Tổng Bí thư Tô Lâm,") two
// do, unless a lower-case word carries the run on ("Bí thư Đoàn Thanh
// niên" is an organisation).
func (p *peopleReader) holderIn(toks []token, a, b int, org bool) int {
	if org {
		return p.nameIn(toks, a, b, minBareNameWords, true)
	}
	k := p.nameIn(toks, a, b, minNameWords, true)
	if k >= 0 && b-k == 2 && b < len(toks) && isLowerWord(toks[b]) && !p.stops(toks, b) {
		return -1
	}
	return k
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

// read finds the people and titles of one sentence.
func (p *peopleReader) read(s string) {
	p.cur = s
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

// maxTitleTail is the most words a title in a list may run on past what
// titleAt reads ("hành chính Việt Nam", "Học viện Chính trị quốc gia Hồ
// Chí Minh").
const maxTitleTail = 10

// titleTail returns the index of the separator that ends a title's tail
// starting at item from, or from when the tail is not part of the title:
// it must be lower-case words that end no title, and capitalised words,
// at most maxTitleTail of them, followed by ',', ';' or the end, or, when
// verbEnds, by a verb.
func (p *peopleReader) titleTail(toks []token, items []item, from int, verbEnds bool) int {
	words := 0
	for k := from; k < len(items); k++ {
		it := items[k]
		if verbEnds && it.kind == itemOther && k > from && toks[it.start].word && p.stops(toks, it.start) {
			return k // "…, Bệnh viện Bạch Mai cho biết"
		}
		switch it.kind {
		case itemSep:
			if t := toks[it.start].text; t == "," || t == ";" || t == "-" || t == "&" {
				if k == from {
					return from
				}
				return k
			}
			return from
		case itemOther, itemTrigger:
			for i := it.start; i < it.end; i++ {
				if !toks[i].word || p.stops(toks, i) {
					return from
				}
				words++
			}
			if words > maxTitleTail {
				return from
			}
		default:
			return from
		}
	}
	if words > 0 {
		return len(items)
	}
	return from
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

// rankAt returns the end of a rank that starts at token i and announces a
// name, or i: "Đại tướng", "PGS.TS", "PGS, TS", "GS,TS".
func (p *peopleReader) rankAt(toks []token, i int) int {
	j := lexAt(toks, i, p.lex.ranks, true)
	if j == i {
		return i
	}
	// "PGS, TS": two ranks with a comma are one.
	for j+1 < len(toks) && toks[j].text == "," {
		k := lexAt(toks, j+1, p.lex.ranks, true)
		if k == j+1 {
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
			full, ok := p.byShort[toks[a].text]
			return a, ok && full != ""
		}
		if b-a <= maxNameWords && !p.isPlace(toks, a, b) {
			return a, true
		}
		k := p.nameIn(toks, a, b, minNameWords, true)
		return k, k >= 0
	}
	if !afterTitle && p.placeBefore(toks, a) {
		return 0, false
	}
	followedByTitle := b+1 < len(toks) && (toks[b].text == "," || toks[b].text == "-" || toks[b].text == "(") && p.titleAt(toks, b+1) > b+1
	copula := false
	if j := lexAt(toks, b, p.lex.verbs, true); j > b && p.titleAt(toks, j) > j {
		followedByTitle, copula = true, true // "A đã là Bí thư …"
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
	if followedByTitle {
		min = minNameWords // "Lê Duẩn, Tổng Bí thư"
	}
	k := p.nameIn(toks, a, b, min, afterTitle || followedByTitle)
	return k, k >= 0
}

// bareNameContext reports whether a capitalised run at token a, with no
// honorific or title, stands where a personal name can: at the start of
// the sentence, after punctuation, or after a word of bare_name_after.txt.
func (p *peopleReader) bareNameContext(toks []token, a int) bool {
	// In an address a street comes after the house number: "số 302, Tô
	// Hiến Thành, P15".
	if a >= 2 && toks[a-1].text == "," && isNumber(toks[a-2].text) {
		return false
	}
	if a == 0 || !toks[a-1].word {
		return true
	}
	return lexAt(toks, a-1, p.lex.bareAfter, true) == a
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// isBrand reports whether w is a capitalised name with capitals inside,
// as companies write theirs: "P-Lab", "VnExpress", "MoMo".
func isBrand(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || isAcronym(w) {
		return false
	}
	lower := false
	for _, r := range w[size:] {
		if unicode.IsLower(r) {
			lower = true
		}
	}
	return lower && !isCapitalised(w)
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

func (p *peopleReader) addTitle(person, text, sentence string, off int) {
	title := p.canonicalTitle(text)
	key := person + "\x00" + title
	if person == "" || p.seen[key] {
		return
	}
	p.seen[key] = true
	p.titles[person] = append(p.titles[person], title)
	p.facts = append(p.facts, Fact{Kind: Title, Value: title, Person: person, Text: text, Sentence: sentence, Offset: off, Rule: "people-title"})
}

// canonicalTitle writes a title's head as the lexicon does, whatever the
// case of the text ("phó giám đốc Sở Xây dựng" → "Phó Giám đốc Sở Xây
// dựng", and TCVN3's lower-case "ủy viên" → "Ủy viên"), so that one office
// is one value in a spreadsheet. A prefix (nguyên, cựu) stays lower case.
func (p *peopleReader) canonicalTitle(t string) string {
	toks := tokenize(t)
	i := 0
	var prefix string
	if k := lexAt(toks, 0, p.lex.prefixes, true); k > 0 && k < len(toks) {
		prefix, i = strings.ToLower(t[:toks[k-1].end])+" ", k
	}
	for _, l := range []*Lexicon{p.lex.heads, p.lex.ranks} {
		if k := lexAt(toks, i, l, true); k > i {
			head := t[toks[i].start:toks[k-1].end]
			if canon, ok := l.Canonical(head); ok {
				return prefix + canon + t[toks[k-1].end:]
			}
		}
	}
	return t
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
