package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// clean reports whether String would return line unchanged. It must agree
// exactly with appendLine: a line it accepts is copied as is. It does not
// allocate.
func (o Options) clean(line string) bool {
	punct := !o.KeepPunct
	space := false    // previous rune was ' '
	word := -1        // start of the current word, or -1
	toned := false    // the current word has a non-ASCII Vietnamese letter
	checkNFC := false // a rune outside the ranges known to be NFC-stable
	for i := 0; i < len(line); {
		c := line[i]
		if c < 0x80 {
			if lo := c | 0x20; 'a' <= lo && lo <= 'z' {
				if word < 0 {
					word, toned = i, false
				}
				space = false
				i++
				continue
			}
			if word >= 0 {
				if toned && o.Tone != Keep && !syllableOK(line[word:i], o.Tone) {
					return false
				}
				word = -1
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
		r, size := utf8.DecodeRuneInString(line[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		space = false
		if l, ok := lookup(r); ok {
			if word < 0 {
				word, toned = i, false
			}
			toned = toned || l.tone != 0
			i += size
			continue
		}
		if action(r, punct) != keepChar {
			return false
		}
		if r >= 0x300 {
			checkNFC = true
		}
		if isWordRune(r) {
			if word < 0 {
				word, toned = i, false
			}
		} else if word >= 0 {
			if toned && o.Tone != Keep && !syllableOK(line[word:i], o.Tone) {
				return false
			}
			word = -1
		}
		i += size
	}
	if word >= 0 && toned && o.Tone != Keep && !syllableOK(line[word:], o.Tone) {
		return false
	}
	return !checkNFC || norm.NFC.IsNormalString(line)
}
