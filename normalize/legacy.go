package normalize

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// The legacy Vietnamese code pages that x/text does not provide (spec
// §3.1). The tables are in tables.go, generated from testdata/legacy.

// cpEntry maps a character to its byte in a single-byte code page.
type cpEntry struct {
	r rune
	b byte
}

// codePage is a single-byte encoding given by a decode table and a
// sorted encode list. It implements encoding.Encoding.
type codePage struct {
	name   string
	decode *[256]rune
	encode []cpEntry
}

// VISCII is the VISCII encoding (RFC 1456), which assigns all 128 high
// bytes and six C0 controls to Vietnamese letters.
var VISCII encoding.Encoding = codePage{"viscii", &visciiDecode, visciiEncode[:]}

// TCVN3 is the TCVN3 (TCVN 5712:1993 VN3, "ABC") encoding of the .VnTime
// fonts: 67 lower-case letters and 7 toneless capitals in 0xA1–0xFE, the
// windows-1252 symbols in 0x80–0x9F, Latin-1 elsewhere. Upper-case toned
// letters have no bytes of their own: the encoder writes the lower-case
// byte and the decoder returns lower case (Decode restores capitals in
// all-caps words).
var TCVN3 encoding.Encoding = codePage{"tcvn3", &tcvn3Decode, tcvn3Encode[:]}

// VPS is the VPS encoding (GNU Recode's table with 0x99 = Ỗ), which uses
// C0 positions for 14 capitals.
var VPS encoding.Encoding = codePage{"vps", &vpsDecode, vpsEncode[:]}

// String returns the encoding's name.
func (c codePage) String() string { return c.name }

// NewDecoder returns a decoder from c to UTF-8. It never fails: every
// byte has a character.
func (c codePage) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: cpDecoder{c.decode}}
}

// NewEncoder returns an encoder from UTF-8 to c. Its input must be NFC (as
// String returns); a character that c cannot represent is an error that
// encoding.ReplaceUnsupported and encoding.HTMLEscapeUnsupported handle.
func (c codePage) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: cpEncoder{c.decode, c.encode}}
}

// cpDecoder is the stateless transformer behind codePage.NewDecoder.
type cpDecoder struct{ decode *[256]rune }

// Reset implements transform.Transformer.
func (cpDecoder) Reset() {}

// Transform implements transform.Transformer.
func (d cpDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		r := d.decode[src[nSrc]]
		if r < utf8.RuneSelf {
			if nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = byte(r)
			nDst++
		} else {
			if nDst+utf8.RuneLen(r) > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += utf8.EncodeRune(dst[nDst:], r)
		}
		nSrc++
	}
	return nDst, nSrc, nil
}

// cpEncoder is the stateless transformer behind codePage.NewEncoder.
type cpEncoder struct {
	decode *[256]rune
	encode []cpEntry
}

// Reset implements transform.Transformer.
func (cpEncoder) Reset() {}

// Transform implements transform.Transformer.
func (e cpEncoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if nDst == len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		r, size := rune(src[nSrc]), 1
		if r >= utf8.RuneSelf {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			r, size = utf8.DecodeRune(src[nSrc:])
		}
		b, ok := e.lookup(r)
		if !ok {
			return nDst, nSrc, errUnsupported
		}
		dst[nDst] = b
		nDst++
		nSrc += size
	}
	return nDst, nSrc, nil
}

// lookup returns the byte of r.
func (e cpEncoder) lookup(r rune) (byte, bool) {
	if r < utf8.RuneSelf {
		return byte(r), e.decode[r] == r
	}
	i := sort.Search(len(e.encode), func(i int) bool { return e.encode[i].r >= r })
	if i < len(e.encode) && e.encode[i].r == r {
		return e.encode[i].b, true
	}
	return 0, false
}

// repertoireError is the error of an encoder given a character that its
// code page lacks. Its Replacement method lets encoding.ReplaceUnsupported
// substitute '?'.
type repertoireError struct{}

func (repertoireError) Error() string     { return "normalize: rune not supported by encoding" }
func (repertoireError) Replacement() byte { return '?' }

// errUnsupported is returned by the legacy encoders.
var errUnsupported error = repertoireError{}

// legacyLabel maps a lower-case charset label to "viscii", "tcvn3", "vni"
// or "vps" (including the x-viet-* names of old browsers), or "".
func legacyLabel(l string) string {
	switch l {
	case "viscii", "csviscii", "viscii1.1-1", "x-viet-viscii":
		return "viscii"
	case "tcvn", "tcvn3", "tcvn-3", "tcvn5712", "tcvn-5712", "tcvn5712-1", "tcvn5712-1:1993",
		"tcvn5712-3", "vn3", "abc", "x-viet-tcvn", "x-viet-tcvn5712":
		return "tcvn3"
	case "vni", "vni-win", "vni-windows", "x-viet-vni":
		return "vni"
	case "vps", "x-viet-vps":
		return "vps"
	}
	return ""
}

// legacyEncoding returns the encoding named by legacyLabel, or nil.
func legacyEncoding(name string) encoding.Encoding {
	switch name {
	case "viscii":
		return VISCII
	case "tcvn3":
		return TCVN3
	case "vni":
		return VNI
	case "vps":
		return VPS
	}
	return nil
}

// recapitalize restores the upper-case toned letters that TCVN3 cannot
// encode (spec §3.4 recommendation): in a word whose other cased letters
// are all upper case, a lower-case toned vowel becomes upper case. The
// word needs two such upper-case letters (TIếNG → TIẾNG), or one when a
// neighbouring word has two and no lower case (Hà NộI → HÀ NỘI), so that
// Hà, Hồ Hà and ở stay as they are.
func recapitalize(s string) string {
	var b []byte
	last := 0 // s[:last] is in b, when b != nil
	var prev, cur capsWord
	cur = nextCapsWord(s, 0)
	for cur.start < len(s) {
		next := nextCapsWord(s, cur.end)
		if cur.toned && cur.lower == 0 && cur.upper > 0 &&
			(cur.upper >= 2 || prev.allCaps() || next.allCaps()) {
			if b == nil {
				b = make([]byte, 0, len(s))
			}
			b = append(b, s[last:cur.start]...)
			for _, r := range s[cur.start:cur.end] {
				b = utf8.AppendRune(b, unicode.ToUpper(r))
			}
			last = cur.end
		}
		prev, cur = cur, next
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// capsWord describes a word for recapitalize.
type capsWord struct {
	start, end int
	upper      int  // upper-case letters
	lower      int  // lower-case letters other than toned vowels
	toned      bool // has a lower-case toned vowel
}

// allCaps reports whether w has two capitals and no other lower case.
func (w capsWord) allCaps() bool { return w.upper >= 2 && w.lower == 0 }

// nextCapsWord returns the first word of s at or after i, with start ==
// len(s) if there is none.
func nextCapsWord(s string, i int) capsWord {
	w := capsWord{start: len(s), end: len(s)}
	for j, r := range s[i:] {
		if !unicode.IsLetter(r) {
			if w.start < len(s) {
				w.end = i + j
				return w
			}
			continue
		}
		if w.start == len(s) {
			w.start = i + j
		}
		l, ok := lookup(r)
		switch {
		case ok && l.vowel != 0 && l.tone != 0 && !l.upper:
			w.toned = true
		case unicode.IsUpper(r):
			w.upper++
		case unicode.IsLower(r):
			w.lower++
		}
	}
	return w
}
