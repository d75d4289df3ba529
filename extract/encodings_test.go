package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// TestLegacyEncodedSample: the sample article in windows-1258, VISCII,
// TCVN3, VNI and VPS (testdata/encodings, made with the project's own
// encoders) gives the same facts as the UTF-8 original, with no charset
// declared: the encoding is detected. TCVN3 has no capital toned vowels
// (Ủ is written ủ), so for it the text and sentence columns are compared
// ignoring case; the values are the same.
func TestLegacyEncodedSample(t *testing.T) {
	x := newTestExtractor(t)
	want := extractFile(t, x, "../testdata/sample/article.txt")
	rows := func(a *Article, fold bool) []string {
		var out []string
		for _, f := range a.Facts {
			if fold {
				f.Text, f.Sentence = strings.ToLower(f.Text), strings.ToLower(f.Sentence)
			}
			out = append(out, strings.Join(f.Record(""), " | "))
		}
		return out
	}
	for _, enc := range []string{"windows-1258", "viscii", "tcvn3", "vni", "vps"} {
		t.Run(enc, func(t *testing.T) {
			a := extractFile(t, x, "../testdata/encodings/article."+enc+".txt")
			if a.Encoding != enc {
				t.Errorf("encoding: got %q, want %q", a.Encoding, enc)
			}
			g, w := rows(a, enc == "tcvn3"), rows(want, enc == "tcvn3")
			for i := 0; i < max(len(g), len(w)); i++ {
				var gi, wi string
				if i < len(g) {
					gi = g[i]
				}
				if i < len(w) {
					wi = w[i]
				}
				if gi != wi {
					t.Fatalf("fact %d:\n got  %s\n want %s", i, gi, wi)
				}
			}
		})
	}
}

// toWindows1258 encodes NFC text as windows-1258 the way Vietnamese
// Windows software does: a letter cp1258 has is one byte; any other is its
// base letter with its quality mark (ê, ơ …) then a combining tone mark;
// a symbol it cannot hold becomes a character reference.
func toWindows1258(t *testing.T, s string) []byte {
	t.Helper()
	enc := charmap.Windows1258.NewEncoder()
	var out []byte
	for _, r := range s {
		if b, err := enc.String(string(r)); err == nil {
			out = append(out, b...)
			continue
		}
		var base, tones []rune
		for _, d := range norm.NFD.String(string(r)) {
			switch d {
			case 0x300, 0x301, 0x303, 0x309, 0x323:
				tones = append(tones, d)
			default:
				base = append(base, d)
			}
		}
		b, err := enc.String(norm.NFC.String(string(base)) + string(tones))
		if err != nil {
			b = fmt.Sprintf("&#%d;", r) // a symbol: a character reference, as browsers save it
		}
		out = append(out, b...)
	}
	return out
}

// TestWindows1258Page: the sample page saved in windows-1258 and
// declaring it (<meta charset>) gives the facts of the UTF-8 page. The
// page is made here from testdata/sample/article.html; it is synthetic.
func TestWindows1258Page(t *testing.T) {
	x := newTestExtractor(t)
	want := extractFile(t, x, "../testdata/sample/article.html")
	src, err := os.ReadFile("../testdata/sample/article.html")
	if err != nil {
		t.Fatal(err)
	}
	page := strings.Replace(string(src), `<meta charset="utf-8">`, `<meta charset="windows-1258">`, 1)
	if page == string(src) {
		t.Fatal(`article.html has no <meta charset="utf-8"> to replace`)
	}
	a, err := x.FromBytes(toWindows1258(t, page), "article-1258.html", "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Encoding != "windows-1258" {
		t.Errorf("encoding %q, want windows-1258", a.Encoding)
	}
	if len(a.Facts) != len(want.Facts) {
		t.Fatalf("%d facts, want %d", len(a.Facts), len(want.Facts))
	}
	for i := range want.Facts {
		g, w := a.Facts[i].Record(""), want.Facts[i].Record("")
		if strings.Join(g, "|") != strings.Join(w, "|") {
			t.Fatalf("fact %d:\n got  %q\n want %q", i, g, w)
		}
	}
}
