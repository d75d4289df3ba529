package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// VNI is the VNI-Windows encoding (spec §3.5, Appendix A.2): ASCII base
// letters followed by a mark byte, plus single bytes for ơ ư đ, i with
// tones and ỵ. Bytes 0x80–0x9F are the windows-1252 symbols; a mark byte
// that follows no base letter decodes as its Latin-1 character.
var VNI encoding.Encoding = vni{}

type vni struct{}

// String returns "vni".
func (vni) String() string { return "vni" }

// NewDecoder returns a decoder from VNI to UTF-8 (NFC). It never fails.
func (vni) NewDecoder() *encoding.Decoder { return &encoding.Decoder{Transformer: vniDecoder{}} }

// NewEncoder returns an encoder from UTF-8 to VNI, writing upper-case
// mark bytes after upper-case letters as Unikey does. Its input must be
// NFC; a character VNI cannot represent is an error that
// encoding.ReplaceUnsupported handles.
func (vni) NewEncoder() *encoding.Encoder { return &encoding.Encoder{Transformer: vniEncoder{}} }

// Quality marks carried by a VNI mark byte.
const (
	qNone = iota
	qCircumflex
	qBreve
)

// vniMarks maps a lower-case mark byte minus 0xE0 to quality<<4 | tone,
// with 0 for "not a mark". The upper-case mark bytes are 0x20 lower.
var vniMarks = [32]uint8{
	0x00: qCircumflex<<4 | 2, 0x01: qCircumflex<<4 | 1, 0x02: qCircumflex << 4,
	0x03: qCircumflex<<4 | 4, 0x04: qCircumflex<<4 | 5, 0x05: qCircumflex<<4 | 3,
	0x08: qBreve<<4 | 2, 0x09: qBreve<<4 | 1, 0x0A: qBreve << 4, 0x0B: qBreve<<4 | 5,
	0x0F: 5, 0x15: 4, 0x18: 2, 0x19: 1, 0x1A: qBreve<<4 | 3, 0x1B: 3, 0x1C: qBreve<<4 | 4,
}

// vniSingle maps the single-byte letters (lower-case byte minus 0xE0) to
// vowel<<4 | tone, or vD<<4 for đ.
var vniSingle = [32]uint8{
	0x06: vI<<4 | 3, 0x0C: vI<<4 | 2, 0x0D: vI<<4 | 1, 0x0E: vY<<4 | 5,
	0x11: vD << 4, 0x12: vI<<4 | 5, 0x13: vI<<4 | 4, 0x14: vOw << 4, 0x16: vUw << 4,
}

// vniMark returns quality and tone of mark byte c.
func vniMark(c byte) (q, t uint8, ok bool) {
	switch {
	case c >= 0xE0:
		c -= 0xE0
	case c >= 0xC0:
		c -= 0xC0
	default:
		return 0, 0, false
	}
	m := vniMarks[c]
	if m == 0 {
		return 0, 0, false
	}
	return m >> 4, m & 0xF, true
}

// vniBase returns the vowel number and case of a byte that can take a
// mark: a e i o u y in either case, and the single bytes for ơ ư.
func vniBase(c byte) (v uint8, upper, ok bool) {
	switch c {
	case 0xF4, 0xD4:
		return vOw, c == 0xD4, true
	case 0xF6, 0xD6:
		return vUw, c == 0xD6, true
	}
	if lo := c | 0x20; 'a' <= lo && lo <= 'z' {
		if v := asciiVowel[lo-'a']; v != 0 {
			return v, c < 'a', true
		}
	}
	return 0, false, false
}

// vniCombine applies quality q and tone t to vowel v, or reports false if
// VNI does not allow the combination.
func vniCombine(v, q, t uint8) (uint8, bool) {
	switch q {
	case qCircumflex:
		switch v {
		case vA:
			return vAa, true
		case vE:
			return vEe, true
		case vO:
			return vOo, true
		}
		return 0, false
	case qBreve:
		return vAw, v == vA
	}
	return v, t != 0
}

type vniDecoder struct{}

// Reset implements transform.Transformer.
func (vniDecoder) Reset() {}

// Transform implements transform.Transformer.
func (vniDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		r, n := rune(c), 1
		if v, upper, ok := vniBase(c); ok {
			if nSrc+1 == len(src) && !atEOF {
				return nDst, nSrc, transform.ErrShortSrc
			}
			if nSrc+1 < len(src) {
				if q, t, ok := vniMark(src[nSrc+1]); ok {
					if v2, ok := vniCombine(v, q, t); ok {
						r, n = letter{vowel: v2, upper: upper}.form(t), 2
					}
				}
			}
			if n == 1 && c >= 0x80 {
				r = letter{vowel: v, upper: upper}.form(0)
			}
		} else if c >= 0xC0 && vniSingle[c&0x1F] != 0 {
			x := vniSingle[c&0x1F]
			upper := c < 0xE0
			if x>>4 == vD {
				r = 'đ'
				if upper {
					r = 'Đ'
				}
			} else {
				r = letter{vowel: x >> 4, upper: upper}.form(x & 0xF)
			}
		} else if c >= 0x80 && c < 0xA0 {
			r = cp1252High[c-0x80]
		}
		if nDst+utf8.RuneLen(r) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		nSrc += n
	}
	return nDst, nSrc, nil
}

type vniEncoder struct{}

// Reset implements transform.Transformer.
func (vniEncoder) Reset() {}

// Transform implements transform.Transformer.
func (vniEncoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	var buf [2]byte
	for nSrc < len(src) {
		r, size := rune(src[nSrc]), 1
		if r >= utf8.RuneSelf {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			r, size = utf8.DecodeRune(src[nSrc:])
		}
		out, ok := vniEncode(buf[:0], r)
		if !ok {
			return nDst, nSrc, errUnsupported
		}
		if nDst+len(out) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
	}
	return nDst, nSrc, nil
}

// vniEncode appends the VNI bytes of r to b.
func vniEncode(b []byte, r rune) ([]byte, bool) {
	if r < utf8.RuneSelf {
		return append(b, byte(r)), true
	}
	var caseBit byte = 0x20 // lower-case bytes are 0x20 above upper-case
	if l, ok := lookup(r); ok {
		if l.upper {
			caseBit = 0
		}
		if l.vowel == 0 { // đ
			return append(b, 0xD1|caseBit), true
		}
		for i, x := range vniSingle {
			if x != 0 && x>>4 == l.vowel && x&0xF == l.tone {
				return append(b, 0xC0|caseBit|byte(i)), true
			}
		}
		var base byte
		q := uint8(qNone)
		switch l.vowel {
		case vAw:
			base, q = 'a', qBreve
		case vAa, vEe, vOo:
			base, q = vowelASCII[l.vowel], qCircumflex
		case vOw:
			base = 0xD4 | caseBit
		case vUw:
			base = 0xD6 | caseBit
		default:
			base = vowelASCII[l.vowel]
		}
		if base < utf8.RuneSelf && l.upper {
			base -= 'a' - 'A'
		}
		b = append(b, base)
		if q == qNone && l.tone == 0 {
			return b, true
		}
		for i, m := range vniMarks {
			if m != 0 && m>>4 == q && m&0xF == l.tone {
				return append(b, 0xC0|caseBit|byte(i)), true
			}
		}
		return nil, false
	}
	for i, s := range cp1252High {
		if s == r {
			return append(b, 0x80+byte(i)), true
		}
	}
	if r >= 0xA0 && r <= 0xFF {
		c := byte(r)
		_, _, mark := vniMark(c)
		if _, _, base := vniBase(c); !mark && !base && (c < 0xC0 || vniSingle[c&0x1F] == 0) {
			return append(b, c), true
		}
	}
	return nil, false
}
