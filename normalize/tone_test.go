package normalize

import (
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TestToneTable checks the generated letter tables against x/text.
func TestToneTable(t *testing.T) {
	marks := []string{"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}
	for v := vA; v <= vY; v++ {
		base := toned[v][0][0]
		for tone, m := range marks {
			lo, up := toned[v][tone][0], toned[v][tone][1]
			if want := norm.NFC.String(string(base) + m); string(lo) != want {
				t.Errorf("toned[%d][%d] = %q, want %q", v, tone, lo, want)
			}
			if unicode.ToUpper(lo) != up {
				t.Errorf("toned[%d][%d] upper = %q, want %q", v, tone, up, unicode.ToUpper(lo))
			}
			for c, r := range []rune{lo, up} {
				l, ok := lookup(r)
				if !ok || int(l.vowel) != v || int(l.tone) != tone || l.upper != (c == 1) || l.rune() != r {
					t.Errorf("lookup(%q) = %+v, %v", r, l, ok)
				}
			}
		}
	}
	n := 0
	for r := rune(0x80); r < 0x2000; r++ {
		if _, ok := lookup(r); ok {
			n++
		}
	}
	if n != 134 {
		t.Errorf("lookup knows %d non-ASCII letters, want 134", n)
	}
}

func TestTonePlacement(t *testing.T) {
	tests := []struct {
		in, traditional, modern string
	}{
		{"huỳnh", "huỳnh", "huỳnh"},
		{"thuý", "thúy", "thuý"},
		{"Thúy", "Thúy", "Thuý"},
		{"khuya", "khuya", "khuya"},
		{"khúya", "khuýa", "khuýa"},
		{"hoạch", "hoạch", "hoạch"},
		{"ngoẹo", "ngoẹo", "ngoẹo"},
		{"quạ", "quạ", "quạ"},
		{"gịêng", "giệng", "giệng"},
		{"giữ gìn", "giữ gìn", "giữ gìn"},
		{"HOÀ hoÀ", "HÒA hòA", "HOÀ hoÀ"},
		{"qủy", "quỷ", "quỷ"},
		{"q̀a", "q̀a", "q̀a"},
		{"hoà-bình hoà2", "hòa-bình hòa2", "hoà-bình hoà2"},
		{"oà", "òa", "oà"},
		{"xoong soóc", "xoong soóc", "xoong soóc"},
		{"kiểu", "kiểu", "kiểu"},
		{"khuỷu tay", "khuỷu tay", "khuỷu tay"},
		{"Phú Yên", "Phú Yên", "Phú Yên"},
		{"Hòa Bình 2024", "Hòa Bình 2024", "Hoà Bình 2024"},
		{"fòa jòa wòa zòa", "fòa jòa wòa zòa", "fòa jòa wòa zòa"},
		{"hoàx", "hoàx", "hoàx"},
	}
	for _, tc := range tests {
		if got := String(tc.in); got != tc.traditional {
			t.Errorf("Traditional %q = %q, want %q", tc.in, got, tc.traditional)
		}
		if got := (Options{Tone: Modern}).String(tc.in); got != tc.modern {
			t.Errorf("Modern %q = %q, want %q", tc.in, got, tc.modern)
		}
	}
}
