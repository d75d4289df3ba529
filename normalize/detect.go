package normalize

import (
	"bytes"
	"strings"
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
	scoreSyllable = 2  // a valid Vietnamese syllable (≥ 2 letters) with a non-ASCII letter
	scoreBadWord  = -2 // a word with a non-ASCII letter that is no syllable
	scoreSymbol   = -1 // a Latin-1 symbol touching a letter (¶ § ® µ ¸ ½ · ¬ …)
	scoreControl  = -3 // U+FFFD, a C0 control other than white space, a C1 control
	// minGain is how much a legacy reading must beat the text as it is
	// (one syllable) before Repair or detectLegacy switches to it.
	minGain = scoreSyllable
)

// detectSample is how many leading bytes detection scores: enough for
// thousands of words, while a long document is decoded only once more.
const detectSample = 64 << 10

// sample returns the first detectSample bytes of b, cut after a line
// feed or space so that no multi-byte character is split.
func sample(b []byte) []byte {
	if len(b) <= detectSample {
		return b
	}
	s := b[:detectSample]
	for i := len(s) - 1; i > detectSample/2; i-- {
		if s[i] == '\n' || s[i] == ' ' {
			return s[:i+1]
		}
	}
	return s
}

// detect decodes b, which is not valid UTF-8, with the candidate that
// scores best on a sample.
func detect(b []byte) (string, string) {
	s := sample(b)
	bestEnc, bestScore := "", 0
	for i, name := range detectCandidates {
		if sc := score(decodeWith(s, name)).total(); i == 0 || sc > bestScore {
			bestEnc, bestScore = name, sc
		}
	}
	if bestEnc == "utf-8" {
		return decodeMixed(b)
	}
	return decodeWith(b, bestEnc), bestEnc
}

// decodeMixed decodes b, mostly UTF-8, line by line (spec §3.7: per
// paragraph for mixed scrapes): the lines that are not valid UTF-8 are
// decoded with the code page that best explains them all, when it scores
// better than U+FFFD replacement. enc is "utf-8" or "utf-8+" and that
// code page.
func decodeMixed(b []byte) (string, string) {
	var bad [][]byte
	for line := range bytes.Lines(b) {
		if !utf8.Valid(line) {
			bad = append(bad, line)
		}
	}
	joined := bytes.Join(bad, nil)
	legacy, bestScore := "", score(decodeWith(joined, "utf-8")).total()
	for _, name := range detectCandidates {
		if name == "utf-8" {
			continue
		}
		if sc := score(decodeWith(joined, name)).total(); sc > bestScore {
			legacy, bestScore = name, sc
		}
	}
	if legacy == "" {
		return decodeWith(b, "utf-8"), "utf-8"
	}
	var out strings.Builder
	out.Grow(len(b) + len(b)/8)
	for line := range bytes.Lines(b) {
		if utf8.Valid(line) {
			out.Write(line)
		} else {
			out.WriteString(decodeWith(line, legacy))
		}
	}
	return nfc(out.String()), "utf-8+" + legacy
}

// detectLegacy decodes valid UTF-8 b (text s) with a legacy code page if
// one scores clearly better than UTF-8 on a sample.
func detectLegacy(b []byte, s string) (string, string, bool) {
	sb := sample(b)
	bestEnc, bestScore := "", score(s[:len(sb)]).total()+minGain-1
	for _, name := range legacyCandidates {
		if sc := score(decodeWith(sb, name)).total(); sc > bestScore {
			bestEnc, bestScore = name, sc
		}
	}
	if bestEnc == "" {
		return "", "", false
	}
	return decodeWith(b, bestEnc), bestEnc, true
}

// isLegacyUTF8 reports whether valid UTF-8 b looks like legacy bytes that
// happen to be valid UTF-8 (VISCII ươ = DF BD = U+07FD NKo): a character
// of U+0590..U+07FF (Hebrew to NKo) touching an ASCII letter.
func isLegacyUTF8(b []byte) bool {
	for i := 0; i < len(b); i++ {
		// U+0590..U+07FF have the lead bytes 0xD6..0xDF.
		if c := b[i]; c < 0xD6 || c > 0xDF {
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r < 0x590 || r > 0x7FF {
			continue
		}
		prev, _ := utf8.DecodeLastRune(b[:i])
		next, _ := utf8.DecodeRune(b[i+size:])
		if isASCIILetter(prev) || isASCIILetter(next) {
			return true
		}
	}
	return false
}

func isASCIILetter(r rune) bool { return 'a' <= r|0x20 && r|0x20 <= 'z' }

// textScore is the evidence score computes.
type textScore struct {
	syllables int // valid syllables of two letters or more, with a non-ASCII letter
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
		case !foreign && n <= maxSyllable && validSyllable(buf[:n]) && naturalCase(buf[:n]):
			// A one-letter syllable (à, ở, Ỉ) proves nothing: a lone
			// symbol byte decodes to one in most code pages.
			if n > 1 {
				sc.syllables++
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
	// A stop final (c ch p t) takes only the acute or dot-below tone.
	if last := w[len(w)-1].base; closed && (last == 'c' || last == 'p' || last == 't' || last == 'h' && w[len(w)-2].base == 'c') {
		if toned < 0 || w[toned].tone != 1 && w[toned].tone != 5 {
			return false
		}
	}
	if toned < 0 {
		return true
	}
	return toned == i+trad || toned == i+tonePos(nuc[:j-i], closed, true)
}

// naturalCase reports whether the letters of w are cased as words are:
// lower, Title or UPPER case. Upper case with lower-case toned vowels
// (TIếNG) is accepted: it is what TCVN3, which has no toned capitals,
// decodes to.
func naturalCase(w []letter) bool {
	upper, lower := 0, 0
	for _, l := range w[1:] {
		switch {
		case l.upper:
			upper++
		case l.vowel == 0 || l.tone == 0:
			lower++
		}
	}
	return upper == 0 || lower == 0 && w[0].upper
}
