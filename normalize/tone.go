package normalize

import (
	"unicode/utf8"
)

// Tone placement (spec §2.3, after Unikey's getTonePosition).

// Vowel numbers: the index of a vowel letter in toned.
const (
	vA  = 1 + iota // a
	vAw            // ă
	vAa            // â
	vE             // e
	vEe            // ê
	vI             // i
	vO             // o
	vOo            // ô
	vOw            // ơ
	vU             // u
	vUw            // ư
	vY             // y
	vD             // đ, not a vowel; marks the letter's entry in the tables
)

// maxSyllable is the longest syllable, in letters, that tone placement
// considers; the longest Vietnamese syllables (nghiêng, khuyếch) have 7.
const maxSyllable = 8

// letter is one letter of a syllable.
type letter struct {
	base  rune  // lower case, no tone mark (quality marks kept)
	vowel uint8 // vA..vY, or 0 for a consonant
	tone  uint8 // 0 none, 1 acute, 2 grave, 3 hook, 4 tilde, 5 dot
	upper bool
}

// asciiVowel maps 'a'..'z' to a vowel number or 0.
var asciiVowel = [26]uint8{'a' - 'a': vA, 'e' - 'a': vE, 'i' - 'a': vI, 'o' - 'a': vO, 'u' - 'a': vU, 'y' - 'a': vY}

// lookup describes r if it is an ASCII letter or one of the 134
// Vietnamese letters outside ASCII.
func lookup(r rune) (letter, bool) {
	var x uint8
	switch {
	case r < 0x80:
		lo := r | 0x20
		if lo < 'a' || lo > 'z' {
			return letter{}, false
		}
		return letter{base: lo, vowel: asciiVowel[lo-'a'], upper: r < 'a'}, true
	case r >= 0xC0 && r <= 0x1B0:
		x = latinInfo[r-0xC0]
	case r >= 0x1EA0 && r <= 0x1EF9:
		x = extInfo[r-0x1EA0]
	}
	if x == 0 {
		return letter{}, false
	}
	l := letter{tone: x >> 4 & 7, upper: x&0x80 != 0}
	if v := x & 0xF; v == vD {
		l.base = 'đ'
	} else {
		l.vowel = v
		l.base = toned[v][0][0]
	}
	return l, true
}

// rune returns the letter as written.
func (l letter) rune() rune {
	switch {
	case l.vowel != 0:
		return l.form(l.tone)
	case !l.upper:
		return l.base
	case l.base == 'đ':
		return 'Đ'
	}
	return l.base - ('a' - 'A')
}

// form returns vowel letter l carrying tone t, in l's case.
func (l letter) form(t uint8) rune {
	c := 0
	if l.upper {
		c = 1
	}
	return toned[l.vowel][t][c]
}

// placeTone decides where the tone of syllable w goes under style. It
// returns the letter index and the tone, or ok == false when the
// syllable is to be left as written: no tone, two different tones, or
// not a Vietnamese syllable (foreign words, acronyms, Đắk).
func placeTone(w []letter, style Tone) (pos int, tone uint8, ok bool) {
	for _, l := range w {
		if l.tone != 0 {
			if tone != 0 && l.tone != tone {
				return 0, 0, false
			}
			tone = l.tone
		}
	}
	if tone == 0 {
		return 0, 0, false
	}
	i := initialLen(w)
	if i < 0 {
		return 0, 0, false
	}
	j := i
	for j < len(w) && w[j].vowel != 0 {
		j++
	}
	if j == i || j-i > 3 || !validFinal(w[j:]) {
		return 0, 0, false
	}
	var nuc [3]uint8
	for k := i; k < j; k++ {
		nuc[k-i] = w[k].vowel
	}
	idx := tonePos(nuc[:j-i], j < len(w), style == Modern)
	if idx < 0 {
		return 0, 0, false
	}
	return i + idx, tone, true
}

// initialLen returns the length of the syllable's initial consonant, or
// -1 if the syllable cannot be Vietnamese.
func initialLen(w []letter) int {
	b := func(k int) rune {
		if k < len(w) {
			return w[k].base
		}
		return 0
	}
	c := b(0)
	if w[0].vowel != 0 {
		return 0
	}
	switch c {
	case 'q':
		if b(1) == 'u' {
			return 2
		}
		return -1
	case 'g':
		if b(1) == 'i' && len(w) > 2 && w[2].vowel != 0 {
			return 2 // gi + vowel: già, giờ, giếng
		}
		if b(1) == 'h' {
			return 2
		}
		return 1
	case 'n':
		if b(1) == 'g' {
			if b(2) == 'h' {
				return 3
			}
			return 2
		}
		if b(1) == 'h' {
			return 2
		}
		return 1
	case 'c', 'k', 'p', 't':
		if b(1) == 'h' || (c == 't' && b(1) == 'r') {
			return 2
		}
		return 1
	case 'b', 'd', 'đ', 'h', 'l', 'm', 'r', 's', 'v', 'x':
		return 1
	}
	return -1
}

// validFinal reports whether f is a final consonant: "", c, ch, m, n,
// ng, nh, p or t.
func validFinal(f []letter) bool {
	switch len(f) {
	case 0:
		return true
	case 1:
		switch f[0].base {
		case 'c', 'm', 'n', 'p', 't':
			return true
		}
	case 2:
		a, b := f[0].base, f[1].base
		return (a == 'c' && b == 'h') || (a == 'n' && (b == 'g' || b == 'h'))
	}
	return false
}

// nucleusKey packs up to three vowel numbers.
func nucleusKey(n []uint8) uint16 {
	var k uint16
	for _, v := range n {
		k = k<<4 | uint16(v)
	}
	return k
}

func key2(a, b uint8) uint16    { return uint16(a)<<4 | uint16(b) }
func key3(a, b, c uint8) uint16 { return uint16(a)<<8 | uint16(b)<<4 | uint16(c) }

// tonePos returns the index of the nucleus vowel that carries the tone,
// or -1 if n is not a nucleus of Appendix B (or takes no final
// consonant but has one).
func tonePos(n []uint8, closed, modern bool) int {
	if len(n) == 1 {
		return 0
	}
	k := nucleusKey(n)
	open, ok := nuclei(k)
	if !ok || (closed && !open) {
		return -1
	}
	for i, v := range n { // roof: â ê ô
		if v == vAa || v == vEe || v == vOo {
			return i
		}
	}
	if n[0] == vUw && n[1] == vOw { // ươ, ươi, ươu
		return 1
	}
	for i, v := range n { // hook and breve: ă ơ ư
		if v == vAw || v == vOw || v == vUw {
			return i
		}
	}
	if len(n) == 3 {
		return 1
	}
	if modern && (k == key2(vO, vA) || k == key2(vO, vE) || k == key2(vU, vY)) {
		return 1
	}
	if closed {
		return 1
	}
	return 0
}

// nuclei reports whether k is a vowel nucleus of two or three letters
// (spec Appendix B) and whether it may take a final consonant.
func nuclei(k uint16) (final, ok bool) {
	switch k {
	case key2(vA, vI), key2(vA, vO), key2(vA, vU), key2(vA, vY), key2(vE, vO),
		key2(vI, vA), key2(vI, vU), key2(vO, vI), key2(vU, vI),
		key2(vAa, vU), key2(vAa, vY), key2(vEe, vU), key2(vOo, vI), key2(vOw, vI),
		key2(vUw, vA), key2(vUw, vI), key2(vUw, vU),
		key3(vI, vEe, vU), key3(vO, vA, vI), key3(vO, vA, vY), key3(vO, vE, vO),
		key3(vU, vY, vA), key3(vU, vY, vU), key3(vU, vAa, vY), key3(vU, vOo, vI),
		key3(vY, vEe, vU), key3(vUw, vOw, vI), key3(vUw, vOw, vU):
		return false, true
	case key2(vI, vEe), key2(vO, vA), key2(vO, vE), key2(vO, vO), key2(vO, vAw),
		key2(vU, vA), key2(vU, vY), key2(vU, vAa), key2(vU, vEe), key2(vU, vOo),
		key2(vU, vOw), key2(vY, vEe), key2(vUw, vOw), key3(vU, vY, vEe):
		return true, true
	}
	return false, false
}

// toneOK reports whether syllable w already has its tone where style
// puts it (or is to be left alone).
func toneOK(w []letter, style Tone) bool {
	// Fast accept: one toned letter that is â ê ô ă ơ, or ư not before ơ.
	// Rules 2 and 3 of tonePos put the tone there in every nucleus that
	// contains it, and a word that does not parse is left alone anyway.
	toned := -1
	for i, l := range w {
		if l.tone != 0 {
			if toned >= 0 {
				toned = -2
				break
			}
			toned = i
		}
	}
	if toned >= 0 {
		switch w[toned].vowel {
		case vAa, vEe, vOo, vAw, vOw:
			return true
		case vUw:
			if toned+1 == len(w) || w[toned+1].vowel != vOw {
				return true
			}
		}
	}
	pos, tone, ok := placeTone(w, style)
	if !ok {
		return true
	}
	for i, l := range w {
		if (i == pos && l.tone != tone) || (i != pos && l.tone != 0) {
			return false
		}
	}
	return true
}

// appendSyllable appends word w to dst with its tone placed per style.
func appendSyllable(dst []byte, w string, style Tone) []byte {
	var buf [maxSyllable]letter
	n := 0
	for _, r := range w {
		l, ok := lookup(r)
		if !ok || n == maxSyllable {
			return append(dst, w...)
		}
		buf[n] = l
		n++
	}
	if toneOK(buf[:n], style) {
		return append(dst, w...)
	}
	pos, tone, _ := placeTone(buf[:n], style)
	for i, l := range buf[:n] {
		if l.vowel != 0 {
			l.tone = 0
			if i == pos {
				l.tone = tone
			}
		}
		dst = utf8.AppendRune(dst, l.rune())
	}
	return dst
}

// appendTones appends s to dst with every syllable's tone placed per
// style. s must be NFC.
func appendTones(dst []byte, s string, style Tone) []byte {
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			dst = appendSyllable(dst, s[start:i], style)
			start = -1
		}
		dst = utf8.AppendRune(dst, r)
	}
	if start >= 0 {
		dst = appendSyllable(dst, s[start:], style)
	}
	return dst
}
