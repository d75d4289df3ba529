package normalize

import (
	"errors"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		percent bool
		err     error
	}{
		{"1.340", 1340, false, nil},
		{"1.234.567,89", 1234567.89, false, nil},
		{"20,4%", 20.4, true, nil},
		{"20,4 %", 20.4, true, nil},
		{"2,5 triệu", 2.5e6, false, nil},
		{"1,5 tỷ", 1.5e9, false, nil},
		{"3 nghìn", 3000, false, nil},
		{"1\u00a0000", 1000, false, nil},
		{"−5", -5, false, nil},
		{"2024", 2024, false, nil},
		{"14.11.2013", 0, false, ErrNotNumber},
		{"12/3/2024", 0, false, ErrNotNumber},
		{"abc", 0, false, ErrNotNumber},
		{"", 0, false, ErrNotNumber},
		{"1.5", 0, false, ErrAmbiguous},
		{"1.000.0", 0, false, ErrAmbiguous},
		{"12a3", 0, false, ErrNotNumber},
	}
	for _, tc := range tests {
		got, err := ParseNumber(tc.in)
		if !errors.Is(err, tc.err) || err == nil && (got.Value != tc.want || got.Percent != tc.percent) {
			t.Errorf("ParseNumber(%q) = %+v, %v; want %v (percent %v), %v", tc.in, got, err, tc.want, tc.percent, tc.err)
		}
	}
}
