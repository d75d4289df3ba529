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
	text  string
	lower string // text in lower case, made when a rule's Needs asks
	digit int    // 1 if text has a decimal digit, -1 if not, 0 unknown
	// digitWindows are the spans around its digits (windows), once made.
	digitWindows []span
	runes        []rune
	byteAt       []int  // byteAt[i] is the byte offset of runes[i]; byteAt[len(runes)] == len(text)
	claimed      []span // rune spans taken by facts so far
}

// A span is a half-open range [start, end) of rune indexes.
type span struct{ start, end int }

func (s span) overlaps(t span) bool { return s.start < t.end && t.start < s.end }

// reset makes s the sentence text, reusing its slices: the rule stage
// reads an article's sentences one after another with one sentence value.
func (s *sentence) reset(text string) {
	runes, byteAt, claimed := s.runes[:0], s.byteAt[:0], s.claimed[:0]
	*s = sentence{text: text, runes: runes, byteAt: byteAt, claimed: claimed}
	for i, r := range text {
		s.runes = append(s.runes, r)
		s.byteAt = append(s.byteAt, i)
	}
	s.byteAt = append(s.byteAt, len(text))
}

// Windows around the digits of a sentence, for the rules that need one:
// such a rule's match lies within windowReach runes of a digit (the
// longest, "từ ngày 2/7/2017 đến ngày 18/8/2017", reaches 21 before its
// first digit and 20 between two), so the rest of a long sentence need not
// be scanned. regexp2 costs about the same at every position it tries.
const (
	windowReach = 40 // runes before the first and after the last digit
	windowJoin  = 48 // digits closer than this share a window
)

// windows returns the rune spans of s that a rule with these needs must
// be run on: around the digits for a rule that needs only a digit, else
// the whole sentence.
func (s *sentence) windows(needs [][]string) []span {
	digit := false
	for _, g := range needs {
		digit = digit || len(g) == 1 && g[0] == "digit"
	}
	if !digit {
		return []span{{0, len(s.runes)}}
	}
	if s.digitWindows == nil {
		s.digitWindows = []span{}
		for i, r := range s.runes {
			if r < '0' || r > '9' {
				continue
			}
			if n := len(s.digitWindows); n > 0 && i-s.digitWindows[n-1].end < windowJoin-windowReach {
				s.digitWindows[n-1].end = min(len(s.runes), i+1+windowReach)
				continue
			}
			s.digitWindows = append(s.digitWindows, span{max(0, i-windowReach), min(len(s.runes), i+1+windowReach)})
		}
		// Widen each window to word boundaries, so that no pattern sees a
		// word cut in two.
		for k := range s.digitWindows {
			w := &s.digitWindows[k]
			for w.start > 0 && s.runes[w.start-1] != ' ' {
				w.start--
			}
			for w.end < len(s.runes) && s.runes[w.end] != ' ' {
				w.end++
			}
		}
	}
	return s.digitWindows
}

// has reports whether the sentence meets every group of needs
// (Rule.Needs).
func (s *sentence) has(needs [][]string) bool {
	for _, g := range needs {
		if !s.hasAny(g) {
			return false
		}
	}
	return true
}

// hasAny reports whether the sentence holds one of needs.
func (s *sentence) hasAny(needs []string) bool {
	for _, n := range needs {
		if n == "digit" {
			if s.digit == 0 {
				s.digit = -1
				if strings.ContainsAny(s.text, "0123456789") {
					s.digit = 1
				}
			}
			if s.digit > 0 {
				return true
			}
			continue
		}
		if s.lower == "" {
			s.lower = strings.ToLower(s.text)
		}
		if strings.Contains(s.lower, n) {
			return true
		}
	}
	return false
}

// wordStart returns the rune index where the words w, which end right
// before rune index start (after spaces), begin.
func (s *sentence) wordStart(start int, w string) int {
	i := start
	for i > 0 && s.runes[i-1] == ' ' {
		i--
	}
	return max(0, i-utf8.RuneCountInString(w))
}

// endsWithWord reports whether the word right before rune index start
// (after spaces) is w, ignoring case.
func (s *sentence) endsWithWord(start int, w string) bool {
	before := strings.TrimRight(s.text[:s.byteAt[start]], " ")
	return strings.EqualFold(lastWord(before), w)
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
					if (unicode.IsUpper(r3) || unicode.IsDigit(r3) || r3 == '"' || r3 == '“' || r3 == '(' || r3 == '-' || r3 == '–') && !(r == '.' && (rs.isAbbreviation(lastWord(p[start:i])) || isMiddleInitial(p[start:i]))) {
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
// isMiddleInitial reports whether s ends in a capital letter standing
// alone after a capitalised word: the middle initial of "Donald J. Trump",
// whose dot ends no sentence.
func isMiddleInitial(s string) bool {
	w := lastWord(s)
	if utf8.RuneCountInString(w) != 1 || !unicode.IsUpper([]rune(w)[0]) {
		return false
	}
	before := strings.TrimSuffix(s, w)
	if !strings.HasSuffix(before, " ") {
		return false
	}
	return isCapitalised(lastWord(strings.TrimRight(before, " ")))
}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " (\"“"); i >= 0 {
		return s[i+1:]
	}
	return s
}
