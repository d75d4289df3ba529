package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// syllableBuf collects the letters of the word being scanned.
type syllableBuf struct {
	buf     [maxSyllable]letter
	n       int
	toned   bool // a letter carries a tone
	foreign bool // a letter that is not Vietnamese, or too many letters
}

func (w *syllableBuf) add(l letter) {
	if w.n == maxSyllable {
		w.foreign = true
		return
	}
	w.buf[w.n] = l
	w.n++
	w.toned = w.toned || l.tone != 0
}

// ok reports whether the word scanned needs no tone change, and resets.
func (w *syllableBuf) ok(style Tone) bool {
	ok := !w.toned || w.foreign || style == Keep || toneOK(w.buf[:w.n], style)
	w.n, w.toned, w.foreign = 0, false, false
	return ok
}

// clean reports whether String would return line unchanged. It must agree
// exactly with appendLine: a line it accepts is copied as is. It does not
// allocate.
func (o Options) clean(line string) bool {
	punct := !o.KeepPunct
	space := false    // previous rune was ' '
	checkNFC := false // a rune outside the ranges known to be NFC-stable
	var w syllableBuf
	inWord := false
	for i := 0; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			if lo := c | 0x20; 'a' <= lo && lo <= 'z' {
				w.add(letter{base: rune(lo), vowel: asciiVowel[lo-'a'], upper: c < 'a'})
				inWord, space = true, false
				i++
				continue
			}
			if inWord {
				if !w.ok(o.Tone) {
					return false
				}
				inWord = false
			}
			switch {
			case c == ' ':
				if space {
					return false
				}
				space = true
			case c < 0x20 && c != '\n', c == 0x7F, c == '`' && punct:
				return false
			default:
				space = false
			}
			i++
			continue
		}
		r, size := decodeRune(line[i:])
		i += size
		space = false
		if l, ok := lookup(r); ok {
			w.add(l)
			inWord = true
			continue
		}
		if r == utf8.RuneError && size == 1 || action(r, punct) != keepChar {
			return false
		}
		if r >= 0x300 {
			checkNFC = true
		}
		if isWordRune(r) {
			w.foreign, inWord = true, true
		} else if inWord {
			if !w.ok(o.Tone) {
				return false
			}
			inWord = false
		}
	}
	if inWord && !w.ok(o.Tone) {
		return false
	}
	return !checkNFC || norm.NFC.IsNormalString(line)
}

// decodeRune is utf8.DecodeRuneInString with the two-byte sequences and
// the three-byte sequences of U+1000..U+1FFF (all of Latin Extended
// Additional) decoded inline.
func decodeRune(s string) (rune, int) {
	c := s[0]
	switch {
	case c >= 0xC2 && c < 0xE0 && len(s) > 1 && s[1]&0xC0 == 0x80:
		return rune(c&0x1F)<<6 | rune(s[1]&0x3F), 2
	case c == 0xE1 && len(s) > 2 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80:
		return 0x1000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// quickNFC reports whether s is NFC because every character is one that
// is NFC in any context: below U+0300 (ASCII, Latin-1, Latin
// Extended-A/B), the Vietnamese block U+1EA0..U+1EF9, and the dashes,
// quotes and other punctuation of U+2010..U+205E. false means "unknown".
func quickNFC(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := decodeRune(s[i:])
		if !(r < 0x300 && r != utf8.RuneError || r >= 0x1EA0 && r <= 0x1EF9 || r >= 0x2010 && r <= 0x205E) {
			return false
		}
		i += size
	}
	return true
}
