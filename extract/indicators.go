package extract

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxCountedWords bounds the counted phrase after a figure. Vietnamese
// counted phrases in news rarely pass six words ("người hoạt động không
// chuyên trách ở cấp xã" stops at "ở" after five); eight leaves room for a
// long organisation name without running into the next clause.
const maxCountedWords = 8

// readIndicator turns an indicator match into a fact. ok is false when the
// match is no indicator: a count with nothing counted, a ratio whose part
// exceeds its whole, a number that names rather than counts ("lần thứ 2").
func (rs *Ruleset) readIndicator(m *match, s *sentence) (Fact, bool) {
	// The words before the figure: "hơn", "gần" make it approximate;
	// "vượt", "giảm được" qualify it ("giảm được hơn 2.000 người").
	start := m.sp.start
	if w := rs.wordsBefore(s, start, rs.Lexicon("approximators")); w != "" {
		m.groups["approx"] = w
		start = s.wordStart(start, w)
	} else if s.endsWithWord(start, "từ") {
		start = s.wordStart(start, "từ")
	}
	if w := rs.wordsBefore(s, start, rs.Lexicon("qualifiers")); w != "" {
		m.groups["qual"] = w
	}
	if rs.namesRatherThanCounts(s, m) {
		return Fact{}, false
	}
	mult := multiplier(m.group("mult"))
	num, ok := parseNumber(m.group("num"), mult)
	if w := m.group("words"); w != "" {
		var v *big.Rat
		v, ok = parseNumberWords(w)
		num = number{v}
	}
	if m1 := m.group("mult1"); m1 != "" {
		num, ok = parseNumber(m.group("num"), multiplier(m1))
	}
	if !ok {
		return Fact{}, false
	}
	value := num.String()
	if m.group("num2") == "" && num.Sign() > 0 && s.endsWithWord(m.sp.start, "âm") {
		value = "-" + value // "tăng trưởng âm 10%", "âm 5 độ C"
	}
	if n2 := m.group("num2"); n2 != "" {
		den, ok := parseNumber(n2, mult)
		if !ok {
			return Fact{}, false
		}
		if strings.Contains(s.slice(m.sp), "/") { // a ratio: part of a whole
			if den.Sign() == 0 || num.Cmp(den) > 0 {
				return Fact{}, false
			}
			// A ratio counts things, written in lower case ("9/12
			// huyện"); "7/7 Âm lịch" is a date of the lunar calendar.
			if w := leadingWord(strings.TrimLeft(s.text[s.byteAt[m.sp.end]:], " ")); w != "" && isCapitalised(w) && !rs.unitFollows(s, m.sp.end) {
				return Fact{}, false
			}
			value = num.String() + "/" + den.String()
		} else { // a range
			if num.Cmp(den) >= 0 {
				return Fact{}, false
			}
			value = num.String() + "-" + den.String()
		}
	}
	counted := ""
	if m.group("unit") == "" { // a measure glued to the figure is all it counts: "40km"
		counted = rs.countedPhrase(s, m.sp.end)
		switch {
		case counted != "":
		case m.group("whole") != "":
			// A part of a whole counts what the whole counts: "hơn 290
			// trong số 328 thí sinh". The group "whole" is the text right
			// after the figure up to the end of the whole's figure.
			counted = rs.countedWords(s.text[s.byteAt[m.sp.end]+len(m.group("whole")):])
		case m.group("counted") != "":
			// The counted noun came first: "tổng số bị can lên 27".
			counted = m.group("counted")
		}
	}
	f := Fact{Kind: Indicator, Value: value, Rule: m.rule.ID}
	var assumed bool
	switch {
	case m.group("pct") != "":
		f.Unit = "%"
	case m.group("unit") != "":
		f.Unit = m.group("unit")
	case counted != "":
		f.Unit = rs.unitOf(counted)
	case m.group("mult") != "":
		// "một căn nhà 6 tỷ": nghìn, triệu, tỷ with nothing counted
		// after them are money in news text.
		f.Unit, assumed = "đồng", true
	default:
		return Fact{}, false
	}
	var d []string
	if counted != "" {
		d = append(d, "counted: "+counted)
	}
	if q := m.group("qual"); q != "" {
		d = append(d, "qualifier: "+strings.ToLower(q))
	}
	if a := m.group("approx"); a != "" {
		d = append(d, "approximate: "+strings.ToLower(a))
	}
	if assumed {
		d = append(d, "unit assumed")
	}
	f.Detail = strings.Join(d, "; ")
	return f, true
}

// wordsBefore returns the longest entry of lex that the words right
// before rune index start form, as written, or "".
func (rs *Ruleset) wordsBefore(s *sentence, start int, lex *Lexicon) string {
	before := strings.TrimRight(s.text[:s.byteAt[start]], " ")
	words := strings.Fields(lastWords(before, lex.MaxWords()))
	for n := min(lex.MaxWords(), len(words)); n >= 1; n-- {
		if cand := strings.Join(words[len(words)-n:], " "); lex.HasLower(cand) {
			return cand
		}
	}
	return ""
}

// namesRatherThanCounts reports whether the words before the figure make
// it a name or a reference: "lần thứ 2", "Điều 5", "số 10", "Đề án 01".
func (rs *Ruleset) namesRatherThanCounts(s *sentence, m *match) bool {
	if m.group("qual") != "" || m.group("approx") != "" || m.group("pct") != "" {
		return false // "trong số 84,04%" counts
	}
	before := strings.TrimRight(s.text[:s.byteAt[m.sp.start]], " ")
	// Right after an opening quote the number begins a title: "50 sắc
	// thái" (a film), "Top 10" in quotes.
	if strings.HasSuffix(before, `"`) && (len(before) == 1 || strings.HasSuffix(before[:len(before)-1], " ")) {
		return true
	}
	lex := rs.Lexicon("figure_not_after")
	// Only the last words before the figure are read.
	before = lastWords(before, max(lex.MaxWords(), 2))
	words := strings.Fields(before)
	// Right after a capitalised word inside the sentence the number is
	// part of a name ("Việt Nam 2024", "Quân khu 7", "QNg 95001"), unless
	// a unit follows it ("Sochi 640km", "Cộng hòa Séc 10 năm").
	if n := len(words); n > 1 && m.group("unit") == "" && m.group("pct") == "" {
		r, _ := utf8.DecodeRuneInString(words[n-1])
		if unicode.IsUpper(r) && unicode.IsLetter(lastRune(words[n-1])) && !rs.unitFollows(s, m.sp.end) {
			return true
		}
	}
	// A year right after a capitalised word names an edition, whatever
	// follows: "MAMA 2024 ngày 2", "Health 2000 cũng", "SEA Games 2021".
	if n := len(words); n > 0 && m.group("unit") == "" && isYearLike(s.slice(m.sp)) {
		if r, _ := utf8.DecodeRuneInString(words[n-1]); unicode.IsUpper(r) && unicode.IsLetter(lastRune(words[n-1])) {
			return true
		}
	}
	words = strings.Fields(strings.ToLower(before))
	if n := len(words); n > 0 && words[n-1] == "số" {
		if rs.unitFollows(s, m.sp.end) {
			return false // "trong số 328 thí sinh", "tổng số 27 bị can"
		}
		// "trong số", "tổng số" never name a house or a route: "trong
		// tổng số 25 xã" counts whatever follows.
		if n > 1 && (words[n-2] == "trong" || words[n-2] == "tổng") && rs.countedPhrase(s, m.sp.end) != "" {
			return false
		}
	}
	// A rank among a whole is a figure: "xếp thứ 5/63 tỉnh, thành phố".
	if n := len(words); n > 0 && words[n-1] == "thứ" && m.group("num2") != "" && strings.Contains(s.slice(m.sp), "/") {
		return false
	}
	// "trong vòng 8-10 phút" is a span of time ("within"), not round 8.
	if n := len(words); n > 1 && words[n-2] == "trong" && words[n-1] == "vòng" {
		return false
	}
	for n := 1; n <= lex.MaxWords() && n <= len(words); n++ {
		if lex.HasLower(strings.Join(words[len(words)-n:], " ")) {
			return true
		}
	}
	return false
}

// isYearLike reports whether figure is a year of news, 1900–2099, written
// as four digits.
func isYearLike(figure string) bool {
	return len(figure) == 4 && isNumber(figure) && (figure[:2] == "19" || figure[:2] == "20")
}

// unitFollows reports whether the counted phrase after rune index end
// starts with an entry of units.txt.
func (rs *Ruleset) unitFollows(s *sentence, end int) bool {
	c := rs.countedPhrase(s, end)
	if c == "" {
		return false
	}
	units := rs.Lexicon("units")
	words := strings.Fields(c)
	for n := min(units.MaxWords(), len(words)); n >= 1; n-- {
		if units.HasLower(strings.Join(words[:n], " ")) {
			return true
		}
	}
	return false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// countedPhrase returns the words after byte offset of rune index end up to
// punctuation, a word of counted_stop.txt, or maxCountedWords words.
func (rs *Ruleset) countedPhrase(s *sentence, end int) string {
	return rs.countedWords(s.text[s.byteAt[end]:])
}

// countedWords returns the counted phrase that starts rest (see
// countedPhrase).
func (rs *Ruleset) countedWords(rest string) string {
	stop := rs.Lexicon("counted_stop")
	var words []string
	for len(words) < maxCountedWords {
		rest = strings.TrimLeft(rest, " ")
		w := leadingWord(rest)
		if w == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			break
		}
		// A per-unit measure is one word: "đồng/kg", "km/h".
		if len(rest) > len(w)+1 && rest[len(w)] == '/' {
			if per := leadingWord(rest[len(w)+1:]); per != "" {
				w = rest[:len(w)+1+len(per)]
			}
		}
		// A unit of units.txt is taken whole, even when its first word
		// ends phrases elsewhere ("bị can", "bị cáo").
		if len(words) == 0 {
			if u := rs.unitAt(rest); u != "" {
				words = append(words, u)
				rest = rest[len(u):]
				continue
			}
		}
		// A name after the counted noun is not part of it: "63 tuổi Lưu
		// Hiểu Khánh".
		if len(words) > 0 && isCapitalised(w) && isCapitalised(leadingWord(strings.TrimLeft(rest[len(w):], " "))) {
			break
		}
		// A stop entry may have several words ("so với").
		lw := strings.ToLower(w)
		if stop.HasLower(lw) || stop.HasLower(lw+" "+strings.ToLower(leadingWord(strings.TrimLeft(rest[len(w):], " ")))) {
			break
		}
		words = append(words, w)
		rest = rest[len(w):]
	}
	return strings.Join(words, " ")
}

// leadingWord returns the run of letters, digits, marks and inner hyphens
// that starts s.
func leadingWord(s string) string {
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			continue
		}
		if r == '-' && i > 0 && i+1 < len(s) && s[i+1] != ' ' {
			continue
		}
		return s[:i]
	}
	return s
}

// unitAt returns the longest entry of units.txt of two words or more that
// starts s, as written in s, or "".
func (rs *Ruleset) unitAt(s string) string {
	units := rs.Lexicon("units")
	// The words are read up to punctuation, so that a unit ends a
	// sentence too: "khởi tố 7 bị can."
	var ends []int // ends[i]: the byte offset in s where word i+1 ends
	for rest, at := s, 0; len(ends) < units.MaxWords(); {
		w := leadingWord(rest)
		if w == "" {
			break
		}
		at += len(w)
		ends = append(ends, at)
		if at == len(s) || s[at] != ' ' {
			break
		}
		at++
		rest = s[at:]
	}
	for n := len(ends); n > 1; n-- {
		if cand := s[:ends[n-1]]; units.HasLower(cand) {
			return cand
		}
	}
	return ""
}

// unitOf returns the unit of a counted phrase: the longest entry of
// units.txt that starts it, else its first word.
func (rs *Ruleset) unitOf(counted string) string {
	units := rs.Lexicon("units")
	words := strings.Fields(counted)
	for n := min(units.MaxWords(), len(words)); n > 1; n-- {
		if cand := strings.Join(words[:n], " "); units.HasLower(cand) {
			return cand
		}
	}
	if len(words) == 0 {
		return ""
	}
	return words[0]
}

// parseNumberWords reads a number written in Vietnamese words: "hai
// mươi mốt" 21, "một trăm linh năm" 105, "ba nghìn" 3000, "một nửa" 0.5.
func parseNumberWords(s string) (*big.Rat, bool) {
	words := strings.Fields(strings.ToLower(s))
	if strings.Join(words, " ") == "một nửa" {
		return big.NewRat(1, 2), true
	}
	var total, group, unit int64 // total: done thousands; group: < 1000
	for i, w := range words {
		switch w {
		case "một", "mốt":
			unit = 1
		case "hai":
			unit = 2
		case "ba":
			unit = 3
		case "bốn", "tư":
			unit = 4
		case "năm", "lăm":
			unit = 5
		case "sáu":
			unit = 6
		case "bảy":
			unit = 7
		case "tám":
			unit = 8
		case "chín":
			unit = 9
		case "mười":
			group += 10
		case "mươi":
			group += unit * 10
			unit = 0
		case "trăm":
			group += unit * 100
			unit = 0
		case "linh", "lẻ":
		case "nghìn", "ngàn", "triệu", "tỷ":
			mul := map[string]int64{"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9}[w]
			total += (group + unit) * mul
			group, unit = 0, 0
		default:
			return nil, false
		}
		if i > 0 && w == "mười" && unit != 0 {
			return nil, false // "hai mười" is not a number
		}
	}
	n := total + group + unit
	if n == 0 {
		return nil, false
	}
	return new(big.Rat).SetInt64(n), true
}

// multiplier returns the factor of nghìn, triệu, tỷ; 1 for "".
func multiplier(w string) *big.Rat {
	n := int64(1)
	switch strings.ToLower(w) {
	case "nghìn", "ngàn":
		n = 1e3
	case "triệu":
		n = 1e6
	case "tỷ", "tỉ":
		n = 1e9
	case "nghìn tỷ", "nghìn tỉ":
		n = 1e12
	}
	return new(big.Rat).SetInt64(n)
}

// A number is a decimal value read from Vietnamese notation.
type number struct{ r *big.Rat }

func (n number) Sign() int        { return n.r.Sign() }
func (n number) Cmp(o number) int { return n.r.Cmp(o.r) }
func (n number) String() string   { return formatRat(n.r) }

// parseNumber reads a number written the Vietnamese way — '.' groups
// thousands, ',' marks decimals ("1.340", "20,4", "1.000,5") — times mult.
func parseNumber(s string, mult *big.Rat) (number, bool) {
	s = strings.ReplaceAll(s, ".", "")
	s = strings.Replace(s, ",", ".", 1)
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return number{}, false
	}
	return number{r.Mul(r, mult)}, true
}

// formatRat writes r with '.' as decimal mark, no thousands separator and
// no trailing zeros: 1340, 20.4, 15400000.
func formatRat(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	s := r.FloatString(6)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
