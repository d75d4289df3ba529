package extract

// This file reads job titles (chức danh): a head, its modifiers and the
// organisation, and a title's tail in a list.

import (
	"strings"
)

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
			// "Tổng Bí thư Tô Lâm,", "Phó Chủ tịch HĐND tỉnh Đoàn Văn Phi",
			// "Chủ tịch Ủy ban châu Âu Ursula von der Leyen".
			if end := p.withParticles(toks, j, capRun(toks, j)); end-j >= 2 {
				// Not after a school's level: "Hiệu trưởng trường THPT Bùi
				// Thị Xuân" is the school's name.
				if k := p.holderIn(toks, j, end, org); k >= 0 && !p.afterSchoolLevel(toks, k) {
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
			// The name must be carried on by a lower-case word, or be a
			// foreign name ("… Liên hợp quốc Nikki Haley, …"): a Vietnamese
			// name before a comma may end the organisation's own name
			// ("Học viện Chính trị quốc gia Hồ Chí Minh, …").
			end := p.withParticles(toks, k, capRun(toks, k))
			if h := p.holderIn(toks, k, end, true); end-k >= 2 && h >= k && (end < len(toks) && isLowerWord(toks[end]) || p.foreignName(toks, h, end)) {
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
	if k >= 0 && b-k == 2 && p.lex.surnames.Has(toks[k].text) && b < len(toks) && isLowerWord(toks[b]) && !p.stops(toks, b) {
		return -1 // a Vietnamese two-syllable run carried on by a lower-case word
	}
	return k
}

// stops reports whether the lower-case word at token j ends a title.
func (p *peopleReader) stops(toks []token, j int) bool {
	return lexAt(toks, j, p.lex.stop, true) > j || lexAt(toks, j, p.lex.counted, true) > j
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

func (p *peopleReader) addTitle(person, text, sentence string, off int) {
	title := p.canonicalTitle(text)
	key := person + "\x00" + title
	if person == "" || p.seen[key] {
		return
	}
	p.seen[key] = true
	p.titles[person] = append(p.titles[person], title)
	p.facts = append(p.facts, Fact{Kind: Title, Value: title, Person: person, Text: text, Sentence: sentence, Offset: off, Rule: "people-title",
		para: p.curPara, sentAt: p.curAt, placed: true})
}
