package normalize

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

var update = flag.Bool("update", false, "rewrite the legacy copies of the sample article in ../testdata/encodings")

// Paths of the sample article (put there by the project from
// ../shared/sample/article.txt) and of its legacy-encoded copies.
const (
	articlePath  = "../testdata/sample/article.txt"
	encodingsDir = "../testdata/encodings"
)

// articleCopies are the legacy copies of the sample article: the
// encoding, its encoder, and the characters replaced first because the
// code page has no byte for them.
var articleCopies = []struct {
	name   string
	encode func(string) ([]byte, error)
	subst  *strings.Replacer
}{
	{"windows-1258", encode1258, nil},
	{"viscii", encoder(VISCII), strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u00a0", " ")},
	{"tcvn3", encoder(TCVN3), nil},
	{"vni", encoder(VNI), nil},
	{"vps", encoder(VPS), strings.NewReplacer("\u201c", `"`, "\u201d", `"`)},
}

// encoder returns e's encoder as a function.
func encoder(e encoding.Encoding) func(string) ([]byte, error) {
	return func(s string) ([]byte, error) { return e.NewEncoder().Bytes([]byte(s)) }
}

// encode1258 encodes NFC s as windows-1258 in the form glibc writes:
// letters the code page has are one byte, the others a base letter and a
// combining tone byte (spec §1.3); x/text's encoder accepts only that
// form.
func encode1258(s string) ([]byte, error) {
	marks := [6]string{"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}
	var b strings.Builder
	for _, r := range s {
		if _, err := charmap.Windows1258.NewEncoder().String(string(r)); err == nil {
			b.WriteRune(r)
			continue
		}
		l, ok := lookup(r)
		if !ok || l.vowel == 0 {
			b.WriteRune(r) // let the encoder report it
			continue
		}
		b.WriteRune(l.form(0))
		b.WriteString(marks[l.tone])
	}
	return charmap.Windows1258.NewEncoder().Bytes([]byte(b.String()))
}

// decodeSloppy1252 decodes b as a browser does windows-1252: the five
// undefined bytes become C1 controls.
func decodeSloppy1252(b []byte) string {
	var s strings.Builder
	for _, c := range b {
		if c >= 0x80 && c < 0xA0 {
			s.WriteRune(cp1252High[c-0x80])
		} else {
			s.WriteRune(rune(c))
		}
	}
	return s.String()
}

// TestArticleCopies checks (or with -update writes) the legacy copies of
// the sample article, and that Decode detects and decodes each.
func TestArticleCopies(t *testing.T) {
	text := sampleArticle(t)
	for _, c := range articleCopies {
		t.Run(c.name, func(t *testing.T) {
			want := text
			if c.subst != nil {
				want = c.subst.Replace(want)
			}
			b, err := c.encode(want)
			if err != nil {
				t.Fatalf("encode: %v", err)
			}
			path := filepath.Join(encodingsDir, "article."+c.name+".txt")
			if *update {
				if err := os.WriteFile(path, b, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			file, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(file, b) {
				t.Fatalf("%s differs from what the encoder writes (run go test -update)", path)
			}
			if utf8.Valid(file) {
				t.Errorf("%s is valid UTF-8", path)
			}
			got, enc, err := Decode(file, "")
			if err != nil || enc != c.name {
				t.Fatalf("Decode detected %q (%v), want %q", enc, err, c.name)
			}
			if c.name == "tcvn3" {
				want = recapitalize(tcvn3Lossy(want))
			}
			if got != want {
				t.Errorf("Decode(%s) differs from the article", path)
			}
			// The declared label gives the same text.
			if got2, _, _ := Decode(file, c.name); got2 != got {
				t.Errorf("Decode with hint %q differs from detection", c.name)
			}
			// Read as windows-1252 (by a browser) and repaired.
			fixed, from := Repair(decodeSloppy1252(file))
			if from != c.name || nfc(fixed) != want {
				t.Errorf("Repair of the article read as windows-1252: from %q, want %q; same text: %v", from, c.name, nfc(fixed) == want)
			}
		})
	}
}
