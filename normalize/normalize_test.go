package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestString(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"ascii", "Hello, world", "Hello, world"},
		{"clean vietnamese", "Tiếng Việt có dấu", "Tiếng Việt có dấu"},
		{"nfd", "Vie\u0323\u0302t Nam", "Việt Nam"},
		{"base+tone cp1258 style", "Tiê\u0301ng", "Tiếng"},
		{"nbsp", "Hà\u00a0Nội", "Hà Nội"},
		{"narrow nbsp", "1\u202f000", "1 000"},
		{"space run", "a  \t b", "a b"},
		{"newlines kept", "a\n\nb\r\nc\rd", "a\n\nb\nc\nd"},
		{"line separator", "a\u2028b", "a\nb"},
		{"invisibles", "\ufeffVi\u200bệt\u00adNam\u2060", "ViệtNam"},
		{"zwj between letters", "a\u200db", "ab"},
		{"zwj emoji kept", "\U0001F468\u200d\U0001F469", "\U0001F468\u200d\U0001F469"},
		{"controls", "a\x00b\x07c\u0085d", "abc\nd"},
		{"eth", "\u00d0ại học \u00f0ường", "Đại học đường"},
		{"african d", "\u0189à Nẵng", "Đà Nẵng"},
		{"d stroke", "d\u0335ường D\u0336ại", "đường Đại"},
		{"dashes", "2016\u20132020 \u2014 x \u2212 1", "2016-2020 - x - 1"},
		{"quotes", "\u201cSắp xếp\u201d \u2018a\u2019 «b»", "\"Sắp xếp\" 'a' \"b\""},
		{"fullwidth", "Ｈà Ｎội １２３", "Hà Nội 123"},
		{"invalid utf8", "a\xffb", "a\uFFFDb"},
		{"tone traditional", "hoà thuỷ khoẻ uỷ ban", "hòa thủy khỏe ủy ban"},
		{"tone caps", "UỶ BAN HOÀ BÌNH", "ỦY BAN HÒA BÌNH"},
		{"tone fix", "tíêng ngừơi hòan", "tiếng người hoàn"},
		{"qu gi", "quý qủa gìa gìn", "quý quả già gìn"},
		{"foreign", "café Pokémon Đắk Lắk", "café Pokémon Đắk Lắk"},
		{"reorder", "e\u0301\u0302 A\u0303\u0302", "ế Ẫ"},
		{"html not decoded", "&agrave; &amp;", "&agrave; &amp;"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := String(tc.in); got != tc.want {
				t.Errorf("String(%q):\n got  %q\n want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestStringOptions(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		in   string
		want string
	}{
		{"modern", Options{Tone: Modern}, "hòa thủy Khánh Hòa ỦY", "hoà thuỷ Khánh Hoà UỶ"},
		{"modern closed", Options{Tone: Modern}, "hòan", "hoàn"},
		{"keep", Options{Tone: Keep}, "hoà hòa tíêng", "hoà hòa tíêng"},
		{"keep punct", Options{KeepPunct: true}, "\u201ca\u201d \u2013 `b´ «c»", "\u201ca\u201d \u2013 `b´ «c»"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.o.String(tc.in); got != tc.want {
				t.Errorf("%+v.String(%q):\n got  %q\n want %q", tc.o, tc.in, got, tc.want)
			}
		})
	}
}

func TestDefaultOptions(t *testing.T) {
	if DefaultOptions() != (Options{}) {
		t.Errorf("DefaultOptions() = %+v, want the zero Options", DefaultOptions())
	}
}

// TestCleanAgrees checks the fast path against the slow path.
func TestCleanAgrees(t *testing.T) {
	for _, s := range stringSeeds() {
		for _, o := range []Options{{}, {Tone: Modern}, {Tone: Keep}, {KeepPunct: true}} {
			if o.clean(s) && strings.IndexByte(s, '\n') < 0 {
				if slow, _ := o.appendLine(nil, s, nil); string(slow) != s {
					t.Errorf("%+v.clean(%q) = true but slow path gives %q", o, s, slow)
				}
			}
			checkString(t, o, s)
		}
	}
}

// checkString checks the contract of Options.String on s.
func checkString(t *testing.T, o Options, s string) {
	t.Helper()
	got := o.String(s)
	if !utf8.ValidString(got) {
		t.Fatalf("%+v.String(%q) = %q: invalid UTF-8", o, s, got)
	}
	if !norm.NFC.IsNormalString(got) {
		t.Fatalf("%+v.String(%q) = %q: not NFC", o, s, got)
	}
	if again := o.String(got); again != got {
		t.Fatalf("%+v.String not idempotent on %q:\n once  %q\n twice %q", o, s, got, again)
	}
	if strings.Count(got, "\n") < strings.Count(s, "\n") {
		t.Fatalf("%+v.String(%q) = %q: lost newlines", o, s, got)
	}
}

func stringSeeds() []string {
	return []string{
		"", " ", "  ", "\n", "a\u0301\u0306", "hoà", "Hai\u0309", "d\u0335", "D\u0336\u0301",
		"\u1fef", "e\u00ad\u0301", " \u200b ", "\uff40", "\uff9e", "ｶﾞ", "x\u034f\u0301",
		"a\u200c\u200cb", "\u0340\u0341", "Ð\u0301", "\r\r\n", "a \u00a0b", "Thanh Hoá, Khánh Hòa",
		"UỶ", "ủY", "qúy", "gìơ", "GÌƠ", "\xe1\xbb", "tạị", "thúyền", "Nguyễn Văn A",
	}
}

func TestAllocs(t *testing.T) {
	s := strings.Repeat("Sáng 12.8, Ban Thường vụ Tỉnh ủy Hải Dương tổ chức Hội nghị tổng kết.\n", 20)
	if n := testing.AllocsPerRun(10, func() { _ = String(s) }); n != 0 {
		t.Errorf("String on clean text: %v allocations, want 0", n)
	}
}
