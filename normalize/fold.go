package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// vowelASCII maps a vowel number to its letter without any mark.
var vowelASCII = [13]byte{0, 'a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y'}

// Fold returns the accent-stripped match key of s (spec §5): s is
// normalised as by String (without moving tone marks), every letter is
// lower-cased and stripped of its marks — tones, circumflex, breve and
// horn — and đ/Đ become d. Compatibility characters are decomposed
// (… → ..., ² → 2, ﬁ → fi). Newlines and single spaces are kept, so keys
// of a text and of its words line up.
//
//	Fold("Đà Nẵng") == "da nang"
//	Fold("HOÀ")     == Fold("hòa") == "hoa"
func Fold(s string) string {
	s = Options{Tone: Keep}.String(s)
	other := false
	ascii := true
	for _, r := range s {
		if r >= 0x80 {
			ascii = false
			if _, ok := lookup(r); !ok {
				other = true
				break
			}
		} else if 'A' <= r && r <= 'Z' {
			ascii = false
		}
	}
	if ascii {
		return s
	}
	if other {
		t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		if f, _, err := transform.String(t, s); err == nil {
			// Compatibility decomposition can yield spaces, quotes and
			// dashes that String folds (U+00A8 → space + U+0308).
			s = Options{Tone: Keep}.String(f)
		}
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if l, ok := lookup(r); ok {
			if l.vowel != 0 {
				b = append(b, vowelASCII[l.vowel])
			} else if l.base == 'đ' {
				b = append(b, 'd')
			} else {
				b = append(b, byte(l.base))
			}
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}
