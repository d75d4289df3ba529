package normalize

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// legacyCodecs are the encodings this package implements.
var legacyCodecs = []struct {
	name string
	enc  encoding.Encoding
}{{"viscii", VISCII}, {"tcvn3", TCVN3}, {"vni", VNI}, {"vps", VPS}}

// vietLetters returns the 134 non-ASCII Vietnamese letters.
func vietLetters() []rune {
	var rs []rune
	for v := vA; v <= vY; v++ {
		for t := range 6 {
			for c := range 2 {
				if r := toned[v][t][c]; r >= utf8.RuneSelf {
					rs = append(rs, r)
				}
			}
		}
	}
	return append(rs, 'đ', 'Đ')
}

// tcvn3Lossy is what TCVN3 keeps of s: upper-case toned vowels become
// lower case.
func tcvn3Lossy(s string) string {
	return strings.Map(func(r rune) rune {
		if l, ok := lookup(r); ok && l.upper && l.tone != 0 {
			return unicode.ToLower(r)
		}
		return r
	}, s)
}

// TestCodePageTables checks the generated tables against their source
// files in testdata/legacy.
func TestCodePageTables(t *testing.T) {
	for _, tc := range []struct {
		name string
		tab  *[256]rune
	}{{"viscii", &visciiDecode}, {"tcvn3", &tcvn3Decode}, {"vps", &vpsDecode}} {
		f, err := os.Open("testdata/legacy/" + tc.name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line, _, _ := strings.Cut(sc.Text(), "#")
			for _, field := range strings.Fields(line) {
				k, v, _ := strings.Cut(field, "=")
				if k == "80-9F" {
					continue
				}
				b, err := strconv.ParseUint(k, 16, 8)
				if err != nil {
					t.Fatalf("%s: %v", tc.name, err)
				}
				if r, _ := utf8.DecodeRuneInString(v); tc.tab[b] != r {
					t.Errorf("%s: byte %02X decodes to %q, source says %q", tc.name, b, tc.tab[b], r)
				}
				n++
			}
		}
		f.Close()
		want := map[string]int{"viscii": 134, "tcvn3": 74, "vps": 2 + 134 - 32 + 4}[tc.name]
		if tc.name == "vps" {
			want = n // VPS keeps some letters at their Latin-1 bytes
		}
		if n != want {
			t.Errorf("%s: %d listed bytes, want %d", tc.name, n, want)
		}
	}
}

// TestLetterRoundTrip encodes and decodes each of the 134 letters.
func TestLetterRoundTrip(t *testing.T) {
	for _, c := range legacyCodecs {
		t.Run(c.name, func(t *testing.T) {
			seen := map[string]rune{}
			for _, r := range vietLetters() {
				b, err := c.enc.NewEncoder().String(string(r))
				if err != nil {
					t.Errorf("encode %q: %v", r, err)
					continue
				}
				got, err := c.enc.NewDecoder().String(b)
				want := string(r)
				if c.name == "tcvn3" {
					want = tcvn3Lossy(want)
				}
				if err != nil || got != want {
					t.Errorf("%q → % X → %q, %v; want %q", r, b, got, err, want)
				}
				if prev, dup := seen[b]; dup && c.name != "tcvn3" {
					t.Errorf("%q and %q both encode as % X", prev, r, b)
				}
				seen[b] = r
			}
		})
	}
}

// syllables returns every syllable the rules of spec §2.3 accept, built
// from the initials, the nuclei of Appendix B, the finals and the six
// tones, in lower case, Title case and UPPER case.
func syllables() []string {
	initials := strings.Fields("- b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x")
	nuclei := strings.Fields("a e i o u y â ê ô ă ơ ư ai ao au ay eo ia iu iê oa oe oi oo oă ua ui uy uâ uê uô uơ yê âu ây êu ôi ơi ưa ưi ưu ươ iêu oai oay oeo uya uyu uyê uây uôi yêu ươi ươu")
	finals := strings.Fields("- c ch m n ng nh p t")
	var out []string
	for _, i := range initials {
		for _, n := range nuclei {
			for _, f := range finals {
				i, f := strings.Trim(i, "-"), strings.Trim(f, "-")
				base := i + n + f
				var w []letter
				for _, r := range base {
					l, _ := lookup(r)
					w = append(w, l)
				}
				for tone := range uint8(6) {
					s := withTone(w, len([]rune(i)), tone)
					if s == "" {
						continue
					}
					first, size := utf8.DecodeRuneInString(s)
					out = append(out, s, string(unicode.ToUpper(first))+s[size:], strings.ToUpper(s))
				}
			}
		}
	}
	return out
}

// withTone returns syllable w with tone placed traditionally, or "" if
// the result is not a valid syllable.
func withTone(w []letter, initial int, tone uint8) string {
	j := initial
	for j < len(w) && w[j].vowel != 0 {
		j++
	}
	var nuc []uint8
	for _, l := range w[initial:j] {
		nuc = append(nuc, l.vowel)
	}
	pos := tonePos(nuc, j < len(w), false)
	if pos < 0 {
		return ""
	}
	w2 := append([]letter(nil), w...)
	w2[initial+pos].tone = tone
	if !validSyllable(w2) {
		return ""
	}
	var b strings.Builder
	for _, l := range w2 {
		b.WriteRune(l.rune())
	}
	return b.String()
}

func TestSyllableList(t *testing.T) {
	syl := syllables()
	if len(syl) < 10000 {
		t.Fatalf("only %d syllables", len(syl))
	}
	for _, s := range []string{"nghiêng", "khuyếch", "người", "quốc", "giường", "thuở", "khuỷu", "soóc"} {
		found := false
		for _, x := range syl {
			found = found || x == s
		}
		if !found {
			t.Errorf("syllable list lacks %q", s)
		}
	}
}

// roundTrip encodes text with c, decodes it, and compares.
func roundTrip(t *testing.T, name string, enc encoding.Encoding, text string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatalf("%s: encode: %v", name, err)
	}
	got, err := enc.NewDecoder().Bytes(b)
	want := text
	if name == "tcvn3" {
		want = tcvn3Lossy(text)
	}
	if err != nil || string(got) != want {
		gw, ww := strings.Fields(string(got)), strings.Fields(want)
		for i := range min(len(gw), len(ww)) {
			if gw[i] != ww[i] {
				t.Fatalf("%s: round trip: word %d: got %q, want %q", name, i, gw[i], ww[i])
			}
		}
		t.Fatalf("%s: round trip differs (%v)", name, err)
	}
	return b
}

func TestSyllableRoundTrip(t *testing.T) {
	text := strings.Join(syllables(), " ")
	for _, c := range legacyCodecs {
		t.Run(c.name, func(t *testing.T) {
			b := roundTrip(t, c.name, c.enc, text)
			// Streaming, one byte at a time.
			r := transform.NewReader(iotest.OneByteReader(bytes.NewReader(b)), c.enc.NewDecoder())
			got, err := io.ReadAll(r)
			if err != nil || string(got) != string(mustDecode(t, c.enc, b)) {
				t.Errorf("streaming decode differs (%v)", err)
			}
		})
	}
}

func mustDecode(t *testing.T, e encoding.Encoding, b []byte) []byte {
	t.Helper()
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// sampleArticle returns the project's sample article.
func sampleArticle(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(articlePath)
	if err != nil {
		t.Fatalf("sample article: %v", err)
	}
	return string(b)
}

// articleWords returns the distinct words (runs of letters and digits)
// of the sample article.
func articleWords(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	var ws []string
	f := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	for _, w := range strings.FieldsFunc(sampleArticle(t), f) {
		if !seen[w] {
			seen[w] = true
			ws = append(ws, w)
		}
	}
	return ws
}

func TestArticleWordsRoundTrip(t *testing.T) {
	words := articleWords(t)
	if len(words) < 300 {
		t.Fatalf("only %d words", len(words))
	}
	text := strings.Join(words, "\n")
	for _, c := range legacyCodecs {
		t.Run(c.name, func(t *testing.T) {
			b := roundTrip(t, c.name, c.enc, text)
			got, enc, err := Decode(b, "")
			if err != nil || enc != c.name {
				t.Fatalf("Decode detected %q (%v), want %q", enc, err, c.name)
			}
			want := text
			if c.name == "tcvn3" {
				want = recapitalize(tcvn3Lossy(text))
			}
			if got != want {
				t.Errorf("Decode of %s words differs", c.name)
			}
		})
	}
}

// TestEncodeVectors encodes the expected text of the spec's legacy
// vectors and compares with their bytes.
func TestEncodeVectors(t *testing.T) {
	for _, v := range readVectors(t) {
		hint, ok := legacyHint[v.category]
		if !ok || hint == "windows-1258" {
			continue
		}
		e := legacyEncoding(canonicalLabel(hint))
		got, err := e.NewEncoder().String(v.want)
		if err != nil || got != v.in {
			t.Errorf("%s: %s encode %q = % X, %v; want % X", v.id, hint, v.want, got, err, v.in)
		}
	}
}

func TestEncodeUnsupported(t *testing.T) {
	for _, c := range legacyCodecs {
		_, err := c.enc.NewEncoder().String("Hà Nội 北京")
		if err == nil {
			t.Errorf("%s: encoding CJK succeeded", c.name)
		}
		got, err := encoding.ReplaceUnsupported(c.enc.NewEncoder()).String("Nội 北")
		if err != nil || !strings.HasSuffix(got, " ?") {
			t.Errorf("%s: ReplaceUnsupported gave %q, %v", c.name, got, err)
		}
	}
}

func TestRecapitalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"TIếNG VIệT", "TIẾNG VIỆT"},
		{"Hà NộI", "HÀ NỘI"},
		{"Hà Nội", "Hà Nội"},
		{"Hồ Hà", "Hồ Hà"},
		{"ở đâu", "ở đâu"},
		{"UBND Tỉnh", "UBND Tỉnh"},
	}
	for _, tc := range tests {
		if got := recapitalize(tc.in); got != tc.want {
			t.Errorf("recapitalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
