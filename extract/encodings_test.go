package extract

import (
	"strings"
	"testing"
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
