package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func FuzzString(f *testing.F) {
	for _, s := range stringSeeds() {
		f.Add(s, uint8(0))
	}
	for _, v := range []string{"Thanh Hoá\n", "“a” – b", "Ｈà\u00a0Nội", "\u00d0ại"} {
		f.Add(v, uint8(1))
	}
	f.Fuzz(func(t *testing.T, s string, mode uint8) {
		o := Options{Tone: Tone(mode % 3), KeepPunct: mode&4 != 0}
		checkString(t, o, s)
		if line := strings.ReplaceAll(s, "\n", ""); o.clean(line) {
			if slow, _ := o.appendLine(nil, line, nil); string(slow) != line {
				t.Fatalf("%+v.clean(%q) but slow path gives %q", o, line, slow)
			}
		}
		k := Fold(s)
		if !utf8.ValidString(k) || !norm.NFC.IsNormalString(k) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8 or not NFC", s, k)
		}
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"", "Tiếng Việt", "\xef\xbb\xbfHà", "\xff\xfeH\x00", "H\x00a\x00",
		"Ti\xd5ng Vi\xd6t", "Tie\xe1ng Vie\xe4t", "Ti\xaang Vi\xaet", "Ti\xeaa\xecng",
		"Tiáº¿ng Viá»‡t", "TiÕng ViÖt", "\x00\x01\x02", "a\xffb", "\xdf\xbd",
	} {
		f.Add([]byte(s), "")
	}
	f.Add([]byte("Ti\xd5ng"), "tcvn3")
	f.Add([]byte("Tie\xe1ng"), "vni")
	f.Add([]byte("x"), "shift_jis")
	f.Fuzz(func(t *testing.T, b []byte, hint string) {
		text, enc, err := Decode(b, hint)
		if err != nil {
			if text != "" || enc != "" {
				t.Fatalf("Decode(%q, %q) = %q, %q with error %v", b, hint, text, enc, err)
			}
			return
		}
		if enc == "" {
			t.Fatalf("Decode(%q, %q): empty encoding name", b, hint)
		}
		if !utf8.ValidString(text) {
			t.Fatalf("Decode(%q, %q) = %q: invalid UTF-8", b, hint, text)
		}
		if !norm.NFC.IsNormalString(text) {
			t.Fatalf("Decode(%q, %q) = %q: not NFC", b, hint, text)
		}
		checkString(t, Options{}, text)
		_ = HTMLCharset(b)
		markup, menc, merr := DecodeMarkup(b, hint)
		raw, renc, rerr := DecodeMarkupBytes(b, hint)
		if string(raw) != markup || renc != menc || (rerr == nil) != (merr == nil) {
			t.Fatalf("DecodeMarkupBytes(%q, %q) = %q, %q, %v; DecodeMarkup gives %q, %q, %v", b, hint, raw, renc, rerr, markup, menc, merr)
		}
	})
}

func FuzzLegacyRoundTrip(f *testing.F) {
	f.Add("Tiếng Việt", uint8(0))
	f.Add("ỦY BAN nhân dân", uint8(2))
	f.Fuzz(func(t *testing.T, s string, which uint8) {
		c := legacyCodecs[int(which)%len(legacyCodecs)]
		s = norm.NFC.String(s)
		b, err := c.enc.NewEncoder().String(s)
		if err != nil {
			return // not representable
		}
		got, err := c.enc.NewDecoder().String(b)
		want := s
		if c.name == "tcvn3" {
			want = tcvn3Lossy(s)
		}
		if err != nil || got != want {
			t.Fatalf("%s: %q → % X → %q (%v)", c.name, s, b, got, err)
		}
	})
}
