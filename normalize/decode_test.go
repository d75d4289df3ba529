package normalize

import (
	"errors"
	"testing"
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
