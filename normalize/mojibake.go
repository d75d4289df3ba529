package normalize

import (
	"strings"
	"unicode/utf8"
)

// Mojibake repair (spec §3.8): text whose bytes were decoded with
// windows-1252 (or Latin-1) although they were UTF-8 or a legacy
// Vietnamese code page.

// maxLayers bounds how many times UTF-8 mojibake is unwrapped: text
// encoded twice ("TiÃ¡ÂºÂ¿ng") needs two.
const maxLayers = 3

// Repair undoes mojibake in s and reports what it undid: "" when s is
// left unchanged, "utf-8" for UTF-8 read as windows-1252 or Latin-1
// (Tiáº¿ng → Tiếng, up to three layers), or the legacy code page read as
// windows-1252 ("tcvn3" for TiÕng → Tiếng; "vni", "viscii", "vps",
// "windows-1258").
//
// Repair works on lines that consist of windows-1252 characters only
// (including the C1 controls a lenient decoder keeps for the bytes
// 0x81 0x8D 0x8F 0x90 0x9D): each is turned back into bytes. Bytes that
// are valid UTF-8 are decoded as UTF-8. For the others the legacy code
// page is chosen once for the whole text by scoring (spec §3.7) and
// applied to the lines it improves. Text that already went through a
// strict decoder (U+FFFD) or String (which drops C1 controls and soft
// hyphens) cannot always be repaired, so call Repair first.
func Repair(s string) (fixed, from string) {
	// Only the lines made of windows-1252 characters are looked at; the
	// text is rebuilt only if one of them changes. Pages have many such
	// lines ("Góc nhìn", "Video") that are genuine text.
	var lines []line
	for i := 0; i < len(s); {
		j := lineEnd(s, i)
		if encodable(s[i:j]) {
			lines = append(lines, line{start: i, end: j, text: s[i:j]})
		}
		i = j
	}
	if len(lines) == 0 {
		return s, ""
	}
	var legacy []*line // lines for the legacy pass
	for k := range lines {
		l := &lines[k]
		if u, ok := unwrapUTF8(l.text); ok {
			l.text, l.changed, from = u, true, "utf-8"
			continue
		}
		legacy = append(legacy, l)
	}
	if name := chooseLegacy(legacy); name != "" {
		for _, l := range legacy {
			t := decodeWith(cp1252Bytes(l.text), name)
			before, after := score(l.text), score(t)
			if after.total() > before.total() && after.syllables > before.syllables {
				l.text, l.changed, from = t, true, name
			}
		}
	}
	if from == "" {
		return s, ""
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for _, l := range lines {
		if l.changed {
			b.WriteString(s[last:l.start])
			b.WriteString(l.text)
			last = l.end
		}
	}
	b.WriteString(s[last:])
	return b.String(), from
}

// A line is a line of the text given to Repair, s[start:end], and what
// it becomes.
type line struct {
	start, end int
	text       string
	changed    bool
}

// chooseLegacy returns the legacy code page that best explains the
// windows-1252 bytes of lines, or "".
func chooseLegacy(lines []*line) string {
	if len(lines) == 0 {
		return ""
	}
	var text strings.Builder
	for _, l := range lines {
		text.WriteString(l.text)
	}
	s := text.String()
	base := score(s)
	if base.bad == 0 && base.syllables > 0 {
		// Every word of these lines is already a Vietnamese syllable:
		// genuine text that happens to use Latin-1 letters only ("Tài
		// chính"). No code page can do better; skip the five decodings.
		return ""
	}
	b := cp1252Bytes(s)
	best, bestScore := "", base.total()+minGain-1
	for _, name := range legacyCandidates {
		if sc := score(decodeWith(b, name)).total(); sc > bestScore {
			best, bestScore = name, sc
		}
	}
	return best
}

// unwrapUTF8 undoes up to maxLayers of UTF-8 read as windows-1252 in
// line. It succeeds if at least one layer decodes to plausible text.
func unwrapUTF8(line string) (string, bool) {
	ok := false
	for range maxLayers {
		if !encodable(line) {
			break
		}
		b := cp1252Bytes(line)
		if !utf8.Valid(b) || !plausible(b) {
			break
		}
		line, ok = string(b), true
	}
	return line, ok
}

// plausible reports whether UTF-8 b, decoded from mojibake, is Latin
// text: no controls and no characters beyond the Latin, combining and
// punctuation blocks.
func plausible(b []byte) bool {
	s := string(b)
	for _, r := range s {
		switch {
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r':
			return false
		case r < 0x80:
		case r < 0xA0:
			return false // C1 control
		case r < 0x250, r >= 0x300 && r < 0x370, r >= 0x1E00 && r < 0x1F00,
			r >= 0x2000 && r < 0x2070, r >= 0x20A0 && r < 0x20D0, r == 0x2122:
		default:
			return false
		}
	}
	return true
}

// encodable reports whether line has a non-ASCII character and consists
// of characters that windows-1252 (with C1 pass-through) can encode.
func encodable(line string) bool {
	latin := 0
	for i := 0; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		if _, ok := cp1252Byte(r); !ok {
			return false
		}
		if r >= 0xA1 && r <= 0xFF {
			latin++
			// Inside a word ("Vi®t") one character is a misread letter.
			if i > 0 && isASCIILetter(rune(line[i-1])) && i+size < len(line) && isASCIILetter(rune(line[i+size])) {
				latin = minMojibakeLatin
			}
		}
		i += size
	}
	// Mojibake of a Vietnamese letter is two or three such characters
	// ("á»", "Ã¡"), or one inside a word ("Vi®t"); a line whose only high
	// characters are a "©", a no-break space or a dash is not mojibake,
	// and skipping it keeps Repair off the many such lines of a page.
	return latin >= minMojibakeLatin
}

// minMojibakeLatin is the fewest Latin-1 characters (U+00A1–U+00FF) a
// line needs to be tried for repair: one Vietnamese letter misread gives
// two.
const minMojibakeLatin = 2

// cp1252Byte returns the windows-1252 byte of r, keeping the C1 controls
// (the "sloppy" windows-1252 of spec §3.1).
func cp1252Byte(r rune) (byte, bool) {
	switch {
	case r < 0x80:
		return byte(r), true
	case r >= 0xA0 && r <= 0xFF:
		return byte(r), true
	case r == utf8.RuneError:
		return 0, false
	}
	for i, c := range cp1252High {
		if c == r {
			return 0x80 + byte(i), true
		}
	}
	return 0, false
}

// cp1252Bytes encodes s, whose characters must all be encodable.
func cp1252Bytes(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		c, _ := cp1252Byte(r)
		b = append(b, c)
	}
	return b
}
