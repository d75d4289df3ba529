package extract

import (
	"slices"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // the tokens joined by "|"
	}{
		{"GS.TS Nguyễn Văn A", "GS.TS|Nguyễn|Văn|A"},
		{"Sở NN&PTNT tỉnh", "Sở|NN&PTNT|tỉnh"},
		{"Giám đốc công ty H&C và P&G", "Giám|đốc|công|ty|H&C|và|P&G"},
		{"A & B, x&Y", "A|&|B|,|x|&|Y"},
		{"Tổng thư ký Ban Ki-moon", "Tổng|thư|ký|Ban|Ki-moon"},
		{"tác giả Kai-Fu Lee", "tác|giả|Kai-Fu|Lee"},
		{"ông Jean-Pierre Raffarin", "ông|Jean-Pierre|Raffarin"},
		{"Đại tướng Võ Nguyên Giáp-Ủy viên Bộ Chính trị", "Đại|tướng|Võ|Nguyên|Giáp|-|Ủy|viên|Bộ|Chính|trị"},
		{"các tổ chức chính trị-xã hội", "các|tổ|chức|chính|trị-xã|hội"},
		{"tuyến Hà Nội-Hải Phòng", "tuyến|Hà|Nội|-|Hải|Phòng"},
		{"1.340 người, (20,4%)", "1|.|340|người|,|(|20|,|4|%|)"}, // figures are read by the rules, not from tokens
	}
	for _, tc := range tests {
		var got []string
		for _, tok := range tokenize(tc.in) {
			got = append(got, tok.text)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("tokenize(%q) = %s, want %s", tc.in, g, tc.want)
		}
	}
}

func TestIsCapitalised(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Thăng", true},
		{"Đ", true},
		{"Ki-moon", true},
		{"Kai-Fu", true},
		{"Jean-Pierre", true},
		{"Co-CEO", false},
		{"UBND", false},
		{"VnExpress", false},
		{"thăng", false},
		{"McTominay", true},
		{"MacAllister", true},
		{"DeSantis", true},
		{"LeBron", true},
		{"McD", false},
		{"DeSANTIS", false},
		{"MacBOOK", false},
	}
	for _, tc := range tests {
		if got := isCapitalised(tc.in); got != tc.want {
			t.Errorf("isCapitalised(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestLastWords checks lastWords and wordCount against strings.Fields.
func TestLastWords(t *testing.T) {
	for _, s := range []string{
		"", " ", "một", "  Theo Bộ trưởng  Bộ Y tế", "lần thứ\u00a0", "trong tổng số\t25",
		"a\u00a0b\u2003c d", "Hà Nội, ngày ", "x ", " y",
	} {
		fields := strings.Fields(s)
		if got := wordCount(s); got != len(fields) {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, len(fields))
		}
		for n := 1; n <= 5; n++ {
			want := fields[max(0, len(fields)-n):]
			if got := strings.Fields(lastWords(s, n)); !slices.Equal(got, want) {
				t.Errorf("Fields(lastWords(%q, %d)) = %q, want %q", s, n, got, want)
			}
		}
	}
}
