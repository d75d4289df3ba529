package normalize

import (
	"errors"
	"strconv"
	"strings"
)

// Errors of ParseNumber.
var (
	// ErrNotNumber means the text is not a number (or is a date).
	ErrNotNumber = errors.New("normalize: not a number")
	// ErrAmbiguous means the text is numeric but its separators fit
	// neither the Vietnamese convention nor a plain integer (1.5, 3.14,
	// 1.000.0): the caller must decide from the document's language.
	ErrAmbiguous = errors.New("normalize: ambiguous number")
)

// Number is a parsed Vietnamese numeric expression.
type Number struct {
	// Value is the number with its multiplier applied (2,5 triệu → 2500000).
	Value float64
	// Percent is set for a trailing % (20,4% → Value 20.4).
	Percent bool
}

// multipliers are the number words of spec §4.6 with their values.
var multipliers = [...]struct {
	word  string
	value float64
}{{"nghìn", 1e3}, {"ngàn", 1e3}, {"triệu", 1e6}, {"tỷ", 1e9}, {"tỉ", 1e9}}

// ParseNumber parses a number written the Vietnamese way (spec §4.6):
// '.' or a space (U+0020, U+00A0, U+202F) groups thousands and ',' is the
// decimal mark (1.234.567,89; 1 000; 20,4), optionally followed by % or
// one of the multipliers nghìn/ngàn, triệu, tỷ/tỉ. Dates (14.11.2013) give
// ErrNotNumber; separators that fit no rule (1.5) give ErrAmbiguous.
func ParseNumber(s string) (Number, error) {
	var n Number
	s = strings.TrimSpace(String(s))
	if t, ok := strings.CutSuffix(s, "%"); ok {
		n.Percent = true
		s = strings.TrimSpace(t)
	}
	mult := 1.0
	for _, m := range multipliers {
		if t, ok := cutWordSuffix(s, m.word); ok {
			s, mult = t, m.value
			break
		}
	}
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	if s == "" || !isDigit(s[0]) || !isDigit(s[len(s)-1]) {
		return Number{}, ErrNotNumber
	}
	if isDate(s) {
		return Number{}, ErrNotNumber
	}
	intPart, frac, hasFrac := strings.Cut(s, ",")
	if hasFrac && !allDigits(frac) {
		return Number{}, ErrAmbiguous
	}
	digits, ok := ungroup(intPart)
	if !ok {
		for _, c := range []byte(s) {
			if !isDigit(c) && c != '.' && c != ',' && c != ' ' {
				return Number{}, ErrNotNumber
			}
		}
		return Number{}, ErrAmbiguous
	}
	if hasFrac {
		digits += "." + frac
	}
	v, err := strconv.ParseFloat(sign+digits, 64)
	if err != nil {
		return Number{}, ErrNotNumber
	}
	n.Value = v * mult
	return n, nil
}

// cutWordSuffix removes a trailing space-separated word w from s.
func cutWordSuffix(s, w string) (string, bool) {
	t, ok := strings.CutSuffix(s, w)
	if !ok || !strings.HasSuffix(t, " ") {
		return s, false
	}
	return strings.TrimSpace(t), true
}

// ungroup returns the digits of an integer part that is plain (2024) or
// grouped in threes by '.' or ' ' (1.340, 1 000).
func ungroup(s string) (string, bool) {
	if allDigits(s) {
		return s, true
	}
	i := strings.IndexAny(s, ". ")
	if i < 0 {
		return "", false
	}
	groups := strings.Split(s, s[i:i+1])
	if len(groups[0]) > 3 || len(groups[0]) == 0 || !allDigits(groups[0]) {
		return "", false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return "", false
		}
	}
	return strings.Join(groups, ""), true
}

// isDate reports whether s looks like d.m.y, d/m/y or d-m-y.
func isDate(s string) bool {
	for _, sep := range []string{".", "/", "-"} {
		p := strings.Split(s, sep)
		if len(p) == 3 && allDigits(p[0]) && allDigits(p[1]) && allDigits(p[2]) &&
			len(p[0]) <= 2 && len(p[1]) <= 2 && len(p[2]) >= 2 && len(p[2]) <= 4 {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}
