package extract

// This file cuts a sentence into tokens and looks lexicon entries up in
// them, for the people reader.

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
					case r2 == '-' && isWordRune(r3) && joinsAtHyphen(s[i:j], leadingWord(s[j+s2:])):
						j += s2
						continue
					case (r2 == '&' || r2 == ',') && unicode.IsUpper(prev) && unicode.IsUpper(r3) && isAcronym(s[i:j]):
						j += s2 // "NN&PTNT", "GS,TS"
						continue
					case r2 == '&' && unicode.IsUpper(r3) && isAcronym(s[i:j]+"&"+string(r3)):
						j += s2 // "H&C", "P&G", "M&A"
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

// joinsAtHyphen reports whether a hyphen with no space around it joins
// the word before it (as far as read) and the word after it into one
// token: "Ki-moon", "chính trị-xã hội", "NN-PTNT", and the romanised
// "Kai-Fu", "Jean-Pierre". A lower-case letter, the hyphen, then a
// capitalised Vietnamese syllable is a dash between two items: "Võ
// Nguyên Giáp-Ủy viên Bộ Chính trị".
func joinsAtHyphen(before, after string) bool {
	prev := lastRune(before)
	next, _ := utf8.DecodeRuneInString(after)
	if !unicode.IsLower(prev) || !unicode.IsUpper(next) {
		return true
	}
	if i := strings.LastIndexByte(before, '-'); i >= 0 {
		before = before[i+1:] // "Jean-Pierre-Paul": the last part
	}
	return isAcronym(after) || isASCIILetters(before) && isASCIILetters(after)
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
// Each part of a hyphenated foreign name may be capitalised: "Ki-moon" and
// "Kai-Fu" are, "Co-CEO" is not; so may a family name after its prefix:
// "McTominay", "MacAllister", "DeSantis", "DiCaprio", "LeBron".
func isCapitalised(w string) bool {
	if len(w) > 3 && (w[0] == 'M' || w[0] == 'D' || w[0] == 'L') {
		for _, prefix := range [...]string{"Mc", "Mac", "De", "Di", "Le"} {
			if rest, ok := strings.CutPrefix(w, prefix); ok && len(rest) > 2 && rest[0] >= 'A' && rest[0] <= 'Z' && rest[1] >= 'a' && rest[1] <= 'z' {
				w = rest
				break
			}
		}
	}
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	afterHyphen := false
	for _, r := range w[size:] {
		switch {
		case r == '-':
			afterHyphen = true
			continue
		case unicode.IsLower(r) || unicode.Is(unicode.Mn, r):
		case afterHyphen && unicode.IsUpper(r):
		default:
			return false
		}
		afterHyphen = false
	}
	return true
}

// isASCIILetters reports whether w is a non-empty run of ASCII letters:
// a syllable of a romanised foreign name ("Kai", "Fu"), never a Vietnamese
// syllable with marks.
func isASCIILetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
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
