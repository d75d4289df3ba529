package normalize

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		hint    string
		want    string
		wantEnc string
	}{
		{"utf-8", "Tiếng Việt", "", "Tiếng Việt", "utf-8"},
		{"utf-8 declared", "Tiếng Việt", "UTF-8", "Tiếng Việt", "utf-8"},
		{"utf-8 nfd", "Vie\u0323\u0302t", "", "Việt", "utf-8"},
		{"bom", "\xef\xbb\xbfHà Nội", "windows-1252", "Hà Nội", "utf-8"},
		{"utf-16le bom", "\xff\xfeH\x00\xe0\x00", "", "Hà", "utf-16le"},
		{"utf-16be bom", "\xfe\xff\x00H\x00\xe0", "", "Hà", "utf-16be"},
		{"utf-16le no bom", "H\x00a\x00 \x00N\x00o\x00i\x00", "", "Ha Noi", "utf-16le"},
		{"cp1258 declared", "\x54\x69\xea\xec\x6e\x67", "windows-1258", "Tiếng", "windows-1258"},
		{"cp1258 label alias", "\x48\x61\xd2\x69", "cp1258", "Hải", "windows-1258"},
		{"utf-8 declared latin1", "Hà Nội", "iso-8859-1", "Hà Nội", "utf-8"},
		{"other charset", "\xc1\xc2", "koi8-r", "аб", "koi8-r"},
		{"ascii", "plain", "", "plain", "utf-8"},
		{"empty", "", "", "", "utf-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := Decode([]byte(tc.in), tc.hint)
			if err != nil {
				t.Fatalf("Decode(%q, %q): %v", tc.in, tc.hint, err)
			}
			if got != tc.want || enc != tc.wantEnc {
				t.Errorf("Decode(%q, %q):\n got  %q, %q\n want %q, %q", tc.in, tc.hint, got, enc, tc.want, tc.wantEnc)
			}
		})
	}
}

func TestDecodeBinary(t *testing.T) {
	for _, in := range []string{"\x00\x00\x00\x01\x02\x00PK\x03\x04", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"} {
		_, _, err := Decode([]byte(in), "")
		if !errors.Is(err, ErrBinary) {
			t.Errorf("Decode(%q): err = %v, want ErrBinary", in, err)
		}
	}
}

// TestDecodeNotBinary: text with a stray NUL or control byte here and
// there, on a word boundary or not, is text; the share of such bytes is
// taken over the whole input.
func TestDecodeNotBinary(t *testing.T) {
	line := "Sáng 12.8, Ban Thường vụ Tỉnh ủy Hải Dương tổ chức hội nghị tổng kết.\n"
	for _, stray := range []string{"\x00", "\x01", "\x7f\x08", "\x00\x00\x0e"} {
		for _, at := range []int{0, 3, 8, 13} {
			in := strings.Repeat(line, 40)
			in = in[:at] + stray + in[at:]
			if _, _, err := Decode([]byte(in), ""); err != nil {
				t.Errorf("Decode(text with %q at %d): %v", stray, at, err)
			}
		}
	}
}

// TestDecodeDetect covers documents without a usable declaration.
func TestDecodeDetect(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		hint    string
		want    string
		wantEnc string
	}{
		{"tcvn3", "Ti\xd5ng Vi\xd6t", "", "Tiếng Việt", "tcvn3"},
		{"tcvn3 declared latin1", "Ti\xd5ng Vi\xd6t", "iso-8859-1", "Tiếng Việt", "tcvn3"},
		{"vni declared utf-8", "Tie\xe1ng Vie\xe4t", "utf-8", "Tiếng Việt", "vni"},
		{"cp1258 decomposed", "Ti\xea\xecng Vi\xea\xf2t", "", "Tiếng Việt", "windows-1258"},
		{"latin1 french", "caf\xe9 cr\xe8me br\xfbl\xe9e", "", "café crème brûlée", "windows-1252"},
		{"mostly utf-8", "Tiếng Việt là ngôn ngữ \xff của người Việt", "utf-8", "Tiếng Việt là ngôn ngữ \uFFFD của người Việt", "utf-8"},
		{"viscii valid utf-8", "H\xe0 N\xb5i, D\xdf\xbdng", "", "Hà Nội, Dương", "viscii"},
		{"mixed utf-8 and tcvn3 lines", "Tiếng Việt là ngôn ngữ của người Việt\nTi\xd5ng Vi\xd6t n\xe3i\n", "", "Tiếng Việt là ngôn ngữ của người Việt\nTiếng Việt nói\n", "utf-8+tcvn3"},
		{"mixed utf-8 and latin1", "Tiếng Việt là ngôn ngữ của người Việt\ncaf\xe9 cr\xe8me\n", "", "Tiếng Việt là ngôn ngữ của người Việt\ncafé crème\n", "utf-8+windows-1252"},
		{"unknown label", "Ti\xd5ng Vi\xd6t", "x-unknown", "Tiếng Việt", "tcvn3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, enc, err := Decode([]byte(tc.in), tc.hint)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want || enc != tc.wantEnc {
				t.Errorf("Decode(%q, %q):\n got  %q, %q\n want %q, %q", tc.in, tc.hint, got, enc, tc.want, tc.wantEnc)
			}
		})
	}
}

// TestDecodePages checks that the real pages of ../testdata/pages, all
// UTF-8, are decoded as UTF-8 without any "repair".
func TestDecodePages(t *testing.T) {
	files, _ := filepath.Glob("../testdata/pages/*.html")
	if len(files) == 0 {
		t.Skip("no pages in ../testdata/pages")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, enc, err := Decode(b, HTMLCharset(b))
		if err != nil || enc != "utf-8" || got != norm.NFC.String(string(b)) {
			t.Errorf("%s: Decode gave enc %q, err %v, text unchanged: %v", f, enc, err, got == norm.NFC.String(string(b)))
		}
	}
}

func TestRepair(t *testing.T) {
	tests := []struct {
		name, in, want, from string
	}{
		{"clean vietnamese", "Tiếng Việt", "Tiếng Việt", ""},
		{"latin1 text", "café © 2024 › Báo", "café © 2024 › Báo", ""},
		{"breadcrumb", "dân trí › Kinh doanh", "dân trí › Kinh doanh", ""},
		{"registered", "Coca-Cola® Vietnam", "Coca-Cola® Vietnam", ""},
		{"utf-8", "Tiáº¿ng Viá»‡t", "Tiếng Việt", "utf-8"},
		{"double utf-8", "TiÃ¡ÂºÂ¿ng", "Tiếng", "utf-8"},
		{"mixed lines", "Tiếng Việt\nTiáº¿ng Viá»‡t\n", "Tiếng Việt\nTiếng Việt\n", "utf-8"},
		{"tcvn3", "Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam", "tcvn3"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, from := Repair(tc.in)
			if got != tc.want || from != tc.from {
				t.Errorf("Repair(%q):\n got  %q, %q\n want %q, %q", tc.in, got, from, tc.want, tc.from)
			}
		})
	}
}

// TestHasLess checks the word-at-a-time test against a byte-by-byte one,
// on words built from the bytes around the boundary and on random words.
func TestHasLess(t *testing.T) {
	edge := []byte{0x00, 0x01, 0x1F, 0x20, 0x21, 0x7F, 0x80, 0x9F, 0xA0, 0xFF}
	naive := func(x uint64) bool {
		for i := 0; i < 8; i++ {
			if byte(x>>(8*i)) < 0x20 {
				return true
			}
		}
		return false
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		var x uint64
		for k := 0; k < 8; k++ {
			c := byte(rng.Uint32())
			if rng.IntN(2) == 0 {
				c = edge[rng.IntN(len(edge))]
			}
			x |= uint64(c) << (8 * k)
		}
		if got, want := hasLess(x, 0x20), naive(x); got != want {
			t.Fatalf("hasLess(%#016x, 0x20) = %v, want %v", x, got, want)
		}
	}
}

// TestDecodeMarkupBytes: DecodeMarkupBytes gives what DecodeMarkup gives,
// and gives back the input itself exactly when it is plain UTF-8.
func TestDecodeMarkupBytes(t *testing.T) {
	tests := []struct {
		name, in, hint string
		same           bool // the input comes back, not a copy
	}{
		{"utf-8", "<p>Tiếng Việt</p>", "", true},
		{"utf-8 declared", "<p>Tiếng Việt</p>", "utf-8", true},
		{"latin-1 declared", "<p>Hà Nội</p>", "iso-8859-1", true},
		{"nfd kept for the caller", "Vie\u0323\u0302t", "", true},
		{"ascii", "plain", "", true},
		{"bom", "\xef\xbb\xbf<p>Hà</p>", "", false},
		{"utf-16le", "\xff\xfeH\x00\xe0\x00", "", false},
		{"utf-16 no bom", "H\x00a\x00 \x00N\x00o\x00i\x00", "", false},
		{"cp1258 declared", "Ti\xea\xecng", "windows-1258", false},
		{"viscii declared, valid utf-8", "Tiếng Việt", "viscii", true},
		{"nko next to letters, too little to be legacy", "Vi\xdf\xbdng ng\xdf\xbdi", "", true},
		{"legacy posing as utf-8", strings.Repeat("ng\xdf\xbdi Vi\xdf\xbdt Nam c\xf3 \xdf\xbdu ti\xdf\xbdn. ", 8), "", false},
		{"mojibake line", "<p>ok</p>\n<p>Tiáº¿ng Viá»‡t</p>\n", "", false},
		{"tcvn3 mojibake", "<p>TiÕng ViÖt</p>", "", false},
		{"invalid utf-8", "Ti\xd5ng Vi\xd6t nam", "", false},
		{"other charset", "\xc1\xc2", "koi8-r", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := []byte(tc.in)
			got, enc, err := DecodeMarkupBytes(in, tc.hint)
			want, wantEnc, wantErr := DecodeMarkup([]byte(tc.in), tc.hint)
			if (err != nil) != (wantErr != nil) || string(got) != want || enc != wantEnc {
				t.Fatalf("DecodeMarkupBytes(%q, %q) = %q, %q, %v; DecodeMarkup gives %q, %q, %v", tc.in, tc.hint, got, enc, err, want, wantEnc, wantErr)
			}
			same := len(in) > 0 && len(got) > 0 && &got[0] == &in[0]
			if same != tc.same {
				t.Errorf("DecodeMarkupBytes(%q, %q): input returned itself = %v, want %v", tc.in, tc.hint, same, tc.same)
			}
		})
	}
	if _, _, err := DecodeMarkupBytes([]byte("\x00\x00\x00\x01\x02\x00PK\x03\x04"), ""); !errors.Is(err, ErrBinary) {
		t.Errorf("DecodeMarkupBytes(binary): err = %v, want ErrBinary", err)
	}
}
