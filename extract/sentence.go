package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sentence is one sentence of the article with what the rule stage needs
// to match it: its runes (regexp2 matches runes), the byte offset of each
// rune, and the spans already claimed by a fact.
type sentence struct {
	text    string
	runes   []rune
	byteAt  []int  // byteAt[i] is the byte offset of runes[i]; byteAt[len(runes)] == len(text)
	claimed []span // rune spans taken by facts so far
}

// A span is a half-open range [start, end) of rune indexes.
type span struct{ start, end int }

func (s span) overlaps(t span) bool { return s.start < t.end && t.start < s.end }

func newSentence(text string) *sentence {
	s := &sentence{text: text, runes: make([]rune, 0, len(text))}
	s.byteAt = make([]int, 0, len(text)+1)
	for i, r := range text {
		s.runes = append(s.runes, r)
		s.byteAt = append(s.byteAt, i)
	}
	s.byteAt = append(s.byteAt, len(text))
	return s
}

// slice returns the text of the rune span sp.
func (s *sentence) slice(sp span) string { return s.text[s.byteAt[sp.start]:s.byteAt[sp.end]] }

// free reports whether sp overlaps no claimed span.
func (s *sentence) free(sp span) bool {
	for _, c := range s.claimed {
		if c.overlaps(sp) {
			return false
		}
	}
	return true
}

func (s *sentence) claim(sp span) { s.claimed = append(s.claimed, sp) }

// isAbbreviation reports whether w, written before a full stop, is an
// abbreviation whose stop does not end a sentence ("TS. Nguyễn Văn A"):
// an entry of abbreviations.txt or ranks.txt.
func (rs *Ruleset) isAbbreviation(w string) bool {
	return rs.Lexicon("abbreviations").Has(w) || rs.Lexicon("ranks").HasLower(w)
}

// splitSentences splits a paragraph into sentences. A sentence ends at
// '.', '!', '?' or '…' followed by space and an upper-case letter, a digit
// or an opening quote, unless the word before the stop is an abbreviation
// (TS., TP.). Numbers such as "12.8" and "1.340" never split, since no space
// follows their dots.
func (rs *Ruleset) splitSentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		next := i + size
		if r == '.' || r == '!' || r == '?' || r == '…' {
			// Take a run of stops and closing quotes/brackets.
			j := next
			for j < len(p) {
				r2, s2 := utf8.DecodeRuneInString(p[j:])
				if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || r2 == '"' || r2 == '”' || r2 == '’' || r2 == ')' || r2 == '»' {
					j += s2
					continue
				}
				break
			}
			if j < len(p) && p[j] == ' ' {
				k := j
				for k < len(p) && p[k] == ' ' {
					k++
				}
				if k < len(p) {
					r3, _ := utf8.DecodeRuneInString(p[k:])
					if (unicode.IsUpper(r3) || unicode.IsDigit(r3) || r3 == '"' || r3 == '“' || r3 == '(' || r3 == '-' || r3 == '–') && !(r == '.' && rs.isAbbreviation(lastWord(p[start:i]))) {
						out = appendTrimmed(out, p[start:j])
						start = k
						i = k
						continue
					}
				}
			}
			i = j
			continue
		}
		i = next
	}
	return appendTrimmed(out, p[start:])
}

func appendTrimmed(out []string, s string) []string {
	if s = strings.TrimSpace(s); s != "" {
		out = append(out, s)
	}
	return out
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " (\"“"); i >= 0 {
		return s[i+1:]
	}
	return s
}
