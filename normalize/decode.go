package normalize

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// ErrBinary is returned (wrapped) by Decode for input that is not text.
var ErrBinary = errors.New("normalize: binary data, not text")

// Binary-input thresholds for Decode.
const (
	// maxNULShare: more than 1 NUL byte in 50 (2%) means binary data; text
	// in any code page Decode knows has none, and UTF-16 (which has many)
	// is recognised before this test.
	maxNULShare = 50
	// maxControlShare: more than 1 byte in 10 that is a C0 control other
	// than tab, line feed, form feed, carriage return, escape and the
	// VISCII/VPS letter positions means binary data.
	maxControlShare = 10
)

// Decode converts b to a UTF-8 string and reports the encoding it used.
//
// The order of evidence is: a byte-order mark; the declared charset hint
// (a WHATWG label such as "utf-8", "iso-8859-1", "windows-1258", or one
// of the legacy Vietnamese names "viscii", "tcvn3", "vni", "vps" and their
// aliases; "" if none); and, when nothing usable is declared or the
// declaration is contradicted by the bytes, detection by scoring each
// candidate decoding on how many words are valid Vietnamese syllables
// (spec §3.7). A document declared as UTF-8 or Latin-1 whose bytes are
// mojibake (UTF-8 or a legacy code page read as windows-1252) is repaired
// (spec §3.8, see Repair).
//
// enc is the encoding used: "utf-8", "utf-16le", "utf-16be",
// "windows-1252", "windows-1258", "viscii", "tcvn3", "vni", "vps", any
// other WHATWG canonical name; "utf-8+mojibake-repair" (optionally
// followed by "/" and the legacy code page that was repaired, as in
// "utf-8+mojibake-repair/tcvn3"); or, for UTF-8 with some lines in a
// legacy code page, "utf-8+" and that code page ("utf-8+tcvn3").
//
// text is valid UTF-8 in NFC but is not otherwise normalised: call String
// (and UnescapeEntities first for markup). A byte sequence that cannot be
// decoded becomes U+FFFD. Decode never panics; err is non-nil, wrapping
// ErrBinary, only when b is evidently not text (NUL or control bytes).
func Decode(b []byte, hint string) (text, enc string, err error) {
	return decode(b, hint, true)
}

// DecodeMarkup is Decode for markup whose text the caller normalises
// piece by piece, as extract does with each block of a page it keeps:
// valid UTF-8 comes back without Decode's NFC pass over the whole
// document, which on a news page costs more than parsing its HTML. The
// other encodings are converted exactly as Decode converts them.
func DecodeMarkup(b []byte, hint string) (text, enc string, err error) {
	return decode(b, hint, false)
}

// DecodeMarkupBytes is DecodeMarkup returning bytes. When b is already
// what DecodeMarkup would return — valid UTF-8 that needs no conversion or
// repair, as most pages are — text is b itself, not a copy, so that a
// parser can read a page without copying it; the caller must then not
// change b while it uses text. Otherwise text holds DecodeMarkup's result.
func DecodeMarkupBytes(b []byte, hint string) (text []byte, enc string, err error) {
	s, enc, err := decodeView(b, hint, false, true)
	if err != nil {
		return nil, "", err
	}
	if len(s) == len(b) && (len(b) == 0 || unsafe.StringData(s) == unsafe.SliceData(b)) {
		return b, enc, nil // s is the view of b: nothing was changed
	}
	return []byte(s), enc, nil // a copy, also when s shares b's memory
}

func decode(b []byte, hint string, wholeNFC bool) (text, enc string, err error) {
	return decodeView(b, hint, wholeNFC, false)
}

// decodeView is decode; with view set, the UTF-8 path reads b through a
// string that shares its memory instead of a copy, and may return that
// string, which the caller must then copy or drop before b changes.
func decodeView(b []byte, hint string, wholeNFC, view bool) (text, enc string, err error) {
	if enc, n := sniffBOM(b); enc != "" {
		return decodeWith(b[n:], enc), enc, nil
	}
	label := canonicalLabel(hint)
	if label == "utf-16le" || label == "utf-16be" {
		return decodeWith(b, label), label, nil
	}
	if enc := sniffUTF16(b); enc != "" {
		return decodeWith(b, enc), enc, nil
	}
	if err := checkBinary(b); err != nil {
		return "", "", err
	}
	valid := utf8.Valid(b)
	switch label {
	case "", "utf-8", "windows-1252":
		// Undeclared, UTF-8 (often wrongly), or the Latin-1 family that
		// old pages in Vietnamese fonts declared: follow the bytes.
		if valid {
			return decodeUTF8(b, wholeNFC, view)
		}
		text, enc = detect(b)
		return text, enc, nil
	case "windows-1258", "viscii", "tcvn3", "vni", "vps":
		if valid && hasMultibyte(b) && !isLegacyUTF8(b) {
			return decodeUTF8(b, wholeNFC, view) // the declaration is wrong
		}
	}
	return decodeWith(b, label), label, nil
}

// decodeUTF8 decodes valid UTF-8, repairing mojibake, and composes the
// result when wholeNFC is set.
func decodeUTF8(b []byte, wholeNFC, view bool) (string, string, error) {
	var s string
	if view {
		s = unsafe.String(unsafe.SliceData(b), len(b))
	} else {
		s = string(b)
	}
	if isLegacyUTF8(b) {
		// Legacy bytes that happen to be valid UTF-8 (VISCII ươ = U+07FD).
		if t, e, ok := detectLegacy(b, s); ok {
			return t, e, nil
		}
	}
	if r, from := Repair(s); from != "" {
		enc := "utf-8+mojibake-repair"
		if from != "utf-8" {
			enc += "/" + from
		}
		if wholeNFC {
			r = nfc(r)
		}
		return r, enc, nil
	}
	if wholeNFC {
		s = nfc(s)
	}
	return s, "utf-8", nil
}

// nfc returns s in NFC, with Vietnamese mark order repaired.
func nfc(s string) string {
	if quickNFC(s) || !hasMarks(s) && norm.NFC.IsNormalString(s) {
		return s
	}
	return string(compose([]byte(s)))
}

// sniffBOM returns the encoding named by a byte-order mark and its length.
func sniffBOM(b []byte) (string, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return "utf-8", 3
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return "utf-16le", 2
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return "utf-16be", 2
	}
	return "", 0
}

// sniffUTF16 recognises UTF-16 without a BOM: mostly-ASCII text where
// every other byte is NUL.
func sniffUTF16(b []byte) string {
	n := min(len(b), 1024) &^ 1
	if n < 4 {
		return ""
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if b[i] == 0 {
			even++
		}
		if b[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*9 && even*10 < half:
		return "utf-16le"
	case even*10 >= half*9 && odd*10 < half:
		return "utf-16be"
	}
	return ""
}

// checkBinary returns an error if b looks like binary data.
func checkBinary(b []byte) error {
	size := len(b)
	var count [3]int // by byteClass: text, NUL, other control
	for len(b) >= 8 {
		// Eight bytes at a time: most words of text hold no C0 byte, and
		// hasLess tells so exactly, whatever the other bytes.
		if !hasLess(binary.LittleEndian.Uint64(b), 0x20) {
			b = b[8:]
			continue
		}
		for _, c := range b[:8] {
			count[byteClass[c]]++
		}
		b = b[8:]
	}
	for _, c := range b {
		count[byteClass[c]]++
	}
	nul, ctl := count[1], count[2]
	switch {
	case nul > 0 && nul*maxNULShare > size:
		return fmt.Errorf("%w: %d NUL bytes in %d", ErrBinary, nul, size)
	case ctl > 0 && ctl*maxControlShare > size:
		return fmt.Errorf("%w: %d control bytes in %d", ErrBinary, ctl, size)
	}
	return nil
}

// hasLess reports whether a byte of x is less than n (n <= 128): the
// test of "Bit Twiddling Hacks" (Sean Eron Anderson, public domain), which
// is exact for the question whether any byte is.
func hasLess(x uint64, n byte) bool {
	const ones = 0x0101010101010101
	return (x-ones*uint64(n))&^x&(ones*0x80) != 0
}

// byteClass sorts bytes for checkBinary: 0 text, 1 NUL, 2 a control byte
// that text does not hold. A table, since every byte of every input is
// looked up.
var byteClass = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		switch {
		case c == 0:
			t[c] = 1
		case !textControl(byte(c)):
			t[c] = 2
		}
	}
	return t
}()

// textControl reports whether C0 byte c occurs in text: tab, LF, VT, FF,
// CR, ESC, or a letter position of VISCII or VPS.
func textControl(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', 0x1B,
		0x02, 0x03, 0x04, 0x05, 0x06, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x19, 0x1C, 0x1D, 0x1E:
		return true
	}
	return false
}

// hasMultibyte reports whether b contains a non-ASCII byte.
func hasMultibyte(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// canonicalLabel maps a charset label to the name Decode switches on:
// the legacy Vietnamese names, or the WHATWG canonical name (so
// "iso-8859-1", "latin1" and "ascii" all give "windows-1252"). Unknown
// labels give "".
func canonicalLabel(hint string) string {
	l := strings.ToLower(strings.TrimSpace(strings.Trim(strings.TrimSpace(hint), `"'`)))
	if l == "" {
		return ""
	}
	if name := legacyLabel(l); name != "" {
		return name
	}
	e, err := htmlindex.Get(l)
	if err != nil {
		return ""
	}
	name, err := htmlindex.Name(e)
	if err != nil {
		return ""
	}
	return name
}

// decodeWith decodes b with the named encoding (a name returned by
// canonicalLabel or sniffBOM).
func decodeWith(b []byte, name string) string {
	switch name {
	case "utf-8":
		return nfc(strings.ToValidUTF8(string(b), "\uFFFD"))
	case "utf-16le":
		return decodeEncoding(b, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM))
	case "utf-16be":
		return decodeEncoding(b, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM))
	case "windows-1258":
		return decodeEncoding(b, charmap.Windows1258)
	case "windows-1252":
		return decodeEncoding(b, charmap.Windows1252)
	}
	if e := legacyEncoding(name); e != nil {
		s := decodeEncoding(b, e)
		if name == "tcvn3" {
			s = recapitalize(s)
		}
		return s
	}
	if e, err := htmlindex.Get(name); err == nil {
		return decodeEncoding(b, e)
	}
	return nfc(strings.ToValidUTF8(string(b), "\uFFFD"))
}

// decodeEncoding decodes b with e; undecodable input becomes U+FFFD. The
// result is NFC.
func decodeEncoding(b []byte, e encoding.Encoding) string {
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		// x/text decoders replace bad input rather than fail; this is a
		// safety net for ones that do not.
		return nfc(strings.ToValidUTF8(string(b), "\uFFFD"))
	}
	if !utf8.Valid(out) {
		return nfc(strings.ToValidUTF8(string(out), "\uFFFD"))
	}
	if t := string(out); quickNFC(t) || !hasMarks(out) && norm.NFC.IsNormal(out) {
		return t
	}
	return string(compose(out))
}
