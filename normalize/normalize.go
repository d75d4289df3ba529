package normalize

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Tone selects where String puts the tone mark of the open syllables
// with nucleus oa, oe or uy — the only place the two conventions differ
// (spec §2.2).
type Tone int

const (
	// Traditional puts the tone on the first vowel: hòa, khỏe, thủy, ủy.
	// It is the default: the majority in news text and Unikey's default.
	Traditional Tone = iota
	// Modern puts the tone on the main vowel: hoà, khoẻ, thuỷ, uỷ (the
	// 2018 textbook rule).
	Modern
	// Keep leaves every tone mark where it is written.
	Keep
)

// Options configures String. The zero value is DefaultOptions().
type Options struct {
	// Tone is the tone-placement style. Under Traditional and Modern every
	// syllable that parses as Vietnamese gets its tone on the letter the
	// style prescribes (tíêng → tiếng, hòan → hoàn); syllables after qu
	// and gi, foreign words and acronyms are left as written.
	Tone Tone
	// KeepPunct, if set, leaves dashes and quotes as written. By default
	// the dashes U+2010–U+2015, U+2212, U+FE58, U+FE63 become ASCII
	// hyphen-minus, single quotes, primes, grave and acute accents become
	// ASCII apostrophe, and double quotes, double primes and « » become
	// ASCII quotation mark (spec §4.3).
	KeepPunct bool
}

// DefaultOptions returns the options String uses: Traditional tone
// placement, dashes and quotes folded.
func DefaultOptions() Options { return Options{} }

// String returns s normalised with DefaultOptions.
func String(s string) string { return Options{}.String(s) }

// String returns s in canonical form:
//
//   - invalid UTF-8 bytes become U+FFFD;
//   - combining marks are put in Vietnamese order (quality mark before
//     tone mark) and the text is composed to NFC;
//   - the look-alikes Ð ð Ɖ and d/D + U+0335/U+0336 become Đ đ;
//   - invisible characters (soft hyphen, zero-width space, BOM, word
//     joiner, bidi controls, C0/C1 controls) are removed, and so are
//     ZWNJ/ZWJ between two letters (emoji sequences keep theirs);
//   - CR LF, CR, NEL, U+2028 and U+2029 become '\n'; tabs, NBSP and the
//     other Unicode spaces become ' ', and runs of spaces are collapsed
//     to one; newlines are kept, so paragraphs can be split on '\n';
//   - full-width and half-width forms are folded (Ｈà → Hà);
//   - dashes and quotes are folded unless o.KeepPunct;
//   - tone marks are placed per o.Tone.
//
// HTML entities are not decoded (see UnescapeEntities). The result is
// valid UTF-8 and NFC, and String is idempotent. When s is already in
// canonical form it is returned without allocating.
func (o Options) String(s string) string {
	i := 0
	for i < len(s) {
		j := lineEnd(s, i)
		if !o.clean(s[i:j]) {
			break
		}
		i = j
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s)+len(s)/8)
	b = append(b, s[:i]...)
	var scratch []byte
	for i < len(s) {
		j := lineEnd(s, i)
		if line := s[i:j]; o.clean(line) {
			b = append(b, line...)
		} else {
			b, scratch = o.appendLine(b, line, scratch)
		}
		i = j
	}
	return string(b)
}

// lineEnd returns the index just after the '\n' that ends the line
// starting at i, or len(s).
func lineEnd(s string, i int) int {
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		return i + k + 1
	}
	return len(s)
}

// maxPasses bounds the map/compose loop of appendLine. Composition can
// create a character that the per-character rules change (U+1FEF → `)
// and removing a character can make text non-NFC (e + U+00AD + U+0301);
// two rounds settle the cases known, the third is a margin.
const maxPasses = 3

// appendLine appends the canonical form of one line to dst. scratch is a
// buffer it may reuse; it returns it for the next call.
func (o Options) appendLine(dst []byte, line string, scratch []byte) ([]byte, []byte) {
	punct := !o.KeepPunct
	// The per-character rules and composition are repeated until they
	// change nothing, which is what clean without tone placement checks.
	fixed := Options{Tone: Keep, KeepPunct: o.KeepPunct}
	s := line
	for pass := 0; pass < maxPasses && !fixed.clean(s); pass++ {
		scratch = appendMapped(scratch[:0], s, punct)
		s = string(compose(scratch))
	}
	if o.Tone == Keep {
		return append(dst, s...), scratch
	}
	return appendTones(dst, s, o.Tone), scratch
}

// appendMapped applies the per-character rules (chars.go) to s and
// appends the result to dst; runs of spaces collapse to one.
func appendMapped(dst []byte, s string, punct bool) []byte {
	start := len(dst)
	space := func() bool { return len(dst) > start && dst[len(dst)-1] == ' ' }
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch action(r, punct) {
		case keepChar:
			if r == ' ' && space() {
				break
			}
			if r == 'd' || r == 'D' {
				if r2, n := utf8.DecodeRuneInString(s[i+size:]); isStroke(r2) {
					size += n
					if r == 'd' {
						r = 'đ'
					} else {
						r = 'Đ'
					}
				}
			}
			dst = utf8.AppendRune(dst, r) // invalid bytes become U+FFFD
		case spaceChar:
			if !space() {
				dst = append(dst, ' ')
			}
		case newlineChar:
			if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				break // CR LF: the LF follows
			}
			dst = append(dst, '\n')
		case joinerChar:
			prev, _ := utf8.DecodeLastRune(dst[start:])
			next, _ := utf8.DecodeRuneInString(s[i+size:])
			if !isWordRune(prev) || !isWordRune(next) { // drop only between letters
				dst = utf8.AppendRune(dst, r)
			}
		case mapChar:
			r = mapRune(r, punct)
			if r == ' ' && space() {
				break
			}
			dst = utf8.AppendRune(dst, r)
		case markChar:
			dst = utf8.AppendRune(dst, r)
		}
		i += size
	}
	return dst
}

// compose returns b with Vietnamese mark order repaired (spec §1.5) and
// in NFC.
func compose(b []byte) []byte {
	if !needsReorder(b) {
		if norm.NFC.IsNormal(b) {
			return b
		}
		return norm.NFC.Bytes(b)
	}
	d := norm.NFD.Bytes(b)
	// Swap a tone mark above (U+0300 U+0301 U+0303 U+0309) that precedes a
	// quality mark above (U+0302 U+0306); NFD leaves these equal-class
	// marks in input order, and NFC composes only the first.
	for changed := true; changed; {
		changed = false
		for i := 0; i+3 < len(d); i++ {
			if d[i] == 0xCC && d[i+2] == 0xCC && isToneAbove(d[i+1]) && (d[i+3] == 0x82 || d[i+3] == 0x86) {
				d[i+1], d[i+3] = d[i+3], d[i+1]
				changed = true
			}
		}
	}
	return norm.NFC.Bytes(d)
}

// isToneAbove reports whether 0xCC, c is the UTF-8 of a tone mark above.
func isToneAbove(c byte) bool { return c == 0x80 || c == 0x81 || c == 0x83 || c == 0x89 }

// needsReorder reports whether b has a tone mark above (U+0300 U+0301
// U+0303 U+0309 U+0340 U+0341) followed, in the same run of marks of
// U+0300..U+036F, by a quality mark above (U+0302 U+0306): the order that
// NFC alone does not compose.
func needsReorder(b []byte) bool {
	tone := false
	for i := 0; i+1 < len(b); i++ {
		switch c, d := b[i], b[i+1]; {
		case c == 0xCC && (d == 0x82 || d == 0x86):
			if tone {
				return true
			}
			i++
		case c == 0xCC && isToneAbove(d), c == 0xCD && (d == 0x80 || d == 0x81):
			tone = true
			i++
		case c == 0xCC || c == 0xCD && d < 0xB0:
			i++ // another mark of the block: the run goes on
		default:
			tone = false
		}
	}
	return false
}

// hasMarks reports whether b holds a combining mark of U+0300..U+036F.
func hasMarks[T string | []byte](b T) bool {
	for i := 0; i < len(b); i++ {
		if c := b[i]; c == 0xCC || c == 0xCD {
			return true
		}
	}
	return false
}
