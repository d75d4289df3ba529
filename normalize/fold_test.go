package normalize

import "testing"

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"ascii", "UBND Tỉnh", "ubnd tinh"},
		{"city", "Hải Dương", "hai duong"},
		{"d stroke", "Đà Nẵng", "da nang"},
		{"caps", "ĐẠI HỌC QUỐC GIA", "dai hoc quoc gia"},
		{"tone styles", "hoà hòa", "hoa hoa"},
		{"eth", "\u00d0à Nẵng", "da nang"},
		{"decomposed", "Ha\u0309i Du\u031bo\u031bng", "hai duong"},
		{"compat", "m² ﬁ …", "m2 fi ..."},
		{"other latin", "Ça Ñandú", "ca nandu"},
		{"nbsp", "Hà\u00a0Nội", "ha noi"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Fold(tc.in)
			if got != tc.want {
				t.Errorf("Fold(%q):\n got  %q\n want %q", tc.in, got, tc.want)
			}
			if again := Fold(got); again != got {
				t.Errorf("Fold(Fold(%q)) = %q, want %q", tc.in, again, got)
			}
		})
	}
}
