package normalize

import (
	"unicode"
	"unicode/utf8"
)

// Detection of legacy encodings by scoring candidate decodings on
// Vietnamese syllable validity (spec §3.7).

// detectCandidates are the decodings tried for bytes that are not valid
// UTF-8, in tie-break order: on equal scores the earlier wins, so text
// without Vietnamese evidence stays windows-1252 (the WHATWG default).
var detectCandidates = [...]string{"windows-1252", "utf-8", "windows-1258", "tcvn3", "vni", "viscii", "vps"}

// legacyCandidates are the code pages tried on valid UTF-8 that looks like
// legacy bytes, and on text that looks like legacy bytes read as
// windows-1252 (Repair).
var legacyCandidates = [...]string{"windows-1258", "tcvn3", "vni", "viscii", "vps"}

// Scores (spec §3.7: valid syllables with a non-ASCII letter, minus
// penalties).
const (
	scoreSyllable = 2  // a valid Vietnamese syllable with a non-ASCII letter
	scoreBadWord  = -2 // a word with a non-ASCII letter that is no syllable
	scoreSymbol   = -1 // a Latin-1 symbol touching a letter (¶ § ® µ ¸ ½ · ¬ …)
	scoreControl  = -3 // U+FFFD, a C0 control other than white space, a C1 control
	// minGain is how much a legacy reading must beat the text as it is
	// (one syllable) before Repair or detectLegacy switches to it.
	minGain = scoreSyllable
)

// detect decodes b, which is not valid UTF-8, with the best-scoring
// candidate. label ("", "utf-8" or "windows-1252") is what was declared.
func detect(b []byte, label string) (string, string) {
	best, bestEnc, bestScore := "", "", 0
	for i, name := range detectCandidates {
		t := decodeWith(b, name)
		if sc := score(t).total(); i == 0 || sc > bestScore {
			best, bestEnc, bestScore = t, name, sc
		}
	}
	return best, bestEnc
}

// detectLegacy decodes valid UTF-8 b (text s) with a legacy code page if
// one scores clearly better than UTF-8.
func detectLegacy(b []byte, s string) (string, string, bool) {
	base := score(s).total()
	best, bestEnc, bestScore := "", "", base+minGain-1
	for _, name := range legacyCandidates {
		t := decodeWith(b, name)
		if sc := score(t).total(); sc > bestScore {
			best, bestEnc, bestScore = t, name, sc
		}
	}
	return best, bestEnc, bestEnc != ""
}

// isLegacyUTF8 reports whether valid UTF-8 b looks like legacy bytes that
// happen to be valid UTF-8 (VISCII ươ = DF BD = U+07FD NKo): a character
// of U+0590..U+07FF (Hebrew to NKo) touching an ASCII letter.
func isLegacyUTF8(b []byte) bool {
	prevASCII := false
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			prevASCII = 'a' <= c|0x20 && c|0x20 <= 'z'
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r >= 0x590 && r <= 0x7FF {
			next := i+size < len(b) && 'a' <= b[i+size]|0x20 && b[i+size]|0x20 <= 'z'
			if prevASCII || next {
				return true
			}
		}
		prevASCII = false
		i += size
	}
	return false
}

// textScore is the evidence score computes.
type textScore struct {
	syllables int // valid syllables with a non-ASCII letter
	long      int // of which have two letters or more
	bad       int // words with a non-ASCII letter that are no syllable
	symbols   int // symbols touching letters
	controls  int // U+FFFD and control characters
}

// total weighs the evidence.
func (s textScore) total() int {
	return s.syllables*scoreSyllable + s.bad*scoreBadWord + s.symbols*scoreSymbol + s.controls*scoreControl
}

// score measures how much s looks like Vietnamese text.
func score(s string) textScore {
	var sc textScore
	var buf [maxSyllable]letter
	n, nonASCII, foreign := 0, false, false
	start, prevLetter := -1, false
	endWord := func() {
		switch {
		case start < 0 || !nonASCII:
		case !foreign && n <= maxSyllable && validSyllable(buf[:n]):
			sc.syllables++
			if n > 1 {
				sc.long++
			}
		default:
			sc.bad++
		}
		start, n, nonASCII, foreign = -1, 0, false, false
	}
	for i, r := range s {
		letter := r < utf8.RuneSelf && 'a' <= r|0x20 && r|0x20 <= 'z' || r >= utf8.RuneSelf && unicode.IsLetter(r)
		if letter {
			if start < 0 {
				start = i
			}
			if r >= utf8.RuneSelf {
				nonASCII = true
			}
			if l, ok := lookup(r); ok && n < maxSyllable {
				buf[n] = l
				n++
			} else {
				foreign = true
			}
			prevLetter = true
			continue
		}
		endWord()
		switch {
		case r == utf8.RuneError, r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f', r >= 0x80 && r < 0xA0:
			sc.controls++
		case isOddSymbol(r):
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if prevLetter || unicode.IsLetter(next) {
				sc.symbols++
			}
		}
		prevLetter = false
	}
	endWord()
	return sc
}

// isOddSymbol reports whether r is a symbol that legacy bytes read as
// windows-1252 produce inside words: the Latin-1 signs U+00A1..U+00BF
// (¶ § ® µ ¸ ½ · ¬ and the soft hyphen), × ÷, and the windows-1252
// symbols of 0x80..0x9F other than quotes and dashes (‰ Œ † …).
func isOddSymbol(r rune) bool {
	switch {
	case r >= 0xA1 && r <= 0xBF, r == 0xD7, r == 0xF7:
		return true
	case r < 0x2000:
		return r == 0x192 || r == 0x2C6 || r == 0x2DC
	}
	switch r {
	case 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203A, 0x20AC, 0x2122:
		return true
	}
	return false
}

// validSyllable reports whether w is a well-formed Vietnamese syllable
// for detection: initial, nucleus and final of spec §2.3, at most one
// toned letter placed where one of the two styles puts it, and a stop
// final (c ch p t) only with the acute or dot-below tone.
func validSyllable(w []letter) bool {
	toned := -1
	for i, l := range w {
		if l.tone != 0 {
			if toned >= 0 {
				return false
			}
			toned = i
		}
	}
	i := initialLen(w)
	if i < 0 {
		return false
	}
	j := i
	for j < len(w) && w[j].vowel != 0 {
		j++
	}
	if j == i || j-i > 3 || !validFinal(w[j:]) {
		return false
	}
	var nuc [3]uint8
	for k := i; k < j; k++ {
		nuc[k-i] = w[k].vowel
	}
	closed := j < len(w)
	trad := tonePos(nuc[:j-i], closed, false)
	if trad < 0 {
		return false
	}
	if toned < 0 {
		// Toneless: a stop final needs a tone.
		return !closed || w[len(w)-1].base == 'm' || w[len(w)-1].base == 'n' || w[len(w)-1].base == 'g' || w[len(w)-1].base == 'h' && w[len(w)-2].base == 'n'
	}
	if closed {
		last := w[len(w)-1].base
		stop := last == 'c' || last == 'p' || last == 't' || last == 'h' && w[len(w)-2].base == 'c'
		if stop && w[toned].tone != 1 && w[toned].tone != 5 {
			return false
		}
	}
	return toned == i+trad || toned == i+tonePos(nuc[:j-i], closed, true)
}
