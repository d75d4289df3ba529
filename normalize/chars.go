package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Per-character rules of String (spec §4.1–§4.3), applied before NFC.

// charAction says what String does with one rune.
type charAction uint8

const (
	keepChar    charAction = iota // copy unchanged
	dropChar                      // invisible or control: remove
	spaceChar                     // odd space or tab: U+0020
	newlineChar                   // CR, NEL, LS, PS: '\n'
	joinerChar                    // ZWNJ, ZWJ: keep only outside words
	mapChar                       // replace by mapRune's result
	markChar                      // combining mark: needs mark order and NFC
)

// action classifies r for String. punct reports whether dashes and quotes
// are folded.
func action(r rune, punct bool) charAction {
	switch {
	case r < 0x20:
		switch r {
		case '\n':
			return keepChar
		case '\t', '\v', '\f':
			return spaceChar
		case '\r':
			return newlineChar
		}
		return dropChar
	case r < 0x7F:
		if r == '`' && punct {
			return mapChar
		}
		return keepChar
	case r < 0xA0:
		if r == 0x85 { // NEL
			return newlineChar
		}
		return dropChar // DEL and C1 controls
	case r < 0x300:
		switch r {
		case 0xA0: // NBSP
			return spaceChar
		case 0xAD: // SOFT HYPHEN
			return dropChar
		case 0xD0, 0xF0, 0x189: // Ð ð Ɖ
			return mapChar
		case 0xAB, 0xB4, 0xBB: // « ´ »
			if punct {
				return mapChar
			}
		}
		return keepChar
	case r < 0x370:
		return markChar
	case r >= 0x2000 && r <= 0x206F:
		return generalPunct(r, punct)
	case r == 0x1680 || r == 0x3000:
		return spaceChar
	case r == 0x180E || r == 0xFEFF:
		return dropChar
	case r == 0x2212 || r == 0xFE58 || r == 0xFE63:
		if punct {
			return mapChar
		}
		return keepChar
	case r >= 0xFF01 && r <= 0xFFEE:
		return mapChar // full- and half-width forms
	case r == utf8.RuneError:
		return keepChar
	}
	if unicode.Is(unicode.Mn, r) {
		return markChar
	}
	return keepChar
}

// generalPunct classifies U+2000..U+206F.
func generalPunct(r rune, punct bool) charAction {
	switch {
	case r <= 0x200A || r == 0x202F || r == 0x205F:
		return spaceChar
	case r == 0x200B || r == 0x200E || r == 0x200F:
		return dropChar // ZWSP, LRM, RLM
	case r == 0x200C || r == 0x200D:
		return joinerChar
	case r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x206F:
		return dropChar // bidi controls, word joiner, invisible operators
	case r == 0x2028 || r == 0x2029:
		return newlineChar
	}
	if punct && mapPunct(r) != r {
		return mapChar
	}
	return keepChar
}

// mapPunct folds dashes and quotes (spec §4.3): the dashes of Pd that
// occur in Latin text and U+2212 MINUS SIGN to a hyphen-minus, single
// quotes and primes to an apostrophe, double quotes, double primes and
// guillemets to a quotation mark (all ASCII).
func mapPunct(r rune) rune {
	switch r {
	case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63:
		return '-'
	case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035, 0x2039, 0x203A, '`', 0xB4:
		return '\''
	case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0xAB, 0xBB:
		return '"'
	}
	return r
}

// mapRune returns the replacement of a rune whose action is mapChar.
func mapRune(r rune, punct bool) rune {
	switch r {
	case 0xD0, 0x189: // Ð Ɖ
		return 'Đ'
	case 0xF0: // ð
		return 'đ'
	}
	if r >= 0xFF01 && r <= 0xFFEE {
		if f := width.LookupRune(r).Folded(); f != 0 {
			r = f
		}
		if !punct {
			return r
		}
	}
	return mapPunct(r)
}

// isStroke reports whether r is a combining stroke overlay that turns a
// preceding d/D into đ/Đ (spec §4.1, UTS #39 skeleton).
func isStroke(r rune) bool { return r == 0x335 || r == 0x336 }

// isWordRune reports whether r belongs to a word for tone placement:
// a letter or a combining mark.
func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r|0x20 && r|0x20 <= 'z'
	}
	if _, ok := lookup(r); ok {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}
