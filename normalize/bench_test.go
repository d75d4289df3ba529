package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchSize is the minimum size of benchmark input: the sample article
// repeated.
const benchSize = 1 << 20

// repeatTo repeats s to at least benchSize bytes.
func repeatTo(s string) string {
	return strings.Repeat(s, benchSize/len(s)+1)
}

func benchString(b *testing.B, s string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		_ = String(s)
	}
}

// BenchmarkStringClean measures the fast path: text already canonical.
func BenchmarkStringClean(b *testing.B) {
	benchString(b, repeatTo(String(benchArticle(b))))
}

// BenchmarkStringRaw measures the article as scraped (NBSP, curly quotes,
// double spaces on some lines).
func BenchmarkStringRaw(b *testing.B) {
	benchString(b, repeatTo(benchArticle(b)+"\n"))
}

// BenchmarkStringDecomposed measures the slow path on every line.
func BenchmarkStringDecomposed(b *testing.B) {
	benchString(b, repeatTo(strings.ReplaceAll(benchArticle(b), "ệ", "e\u0323\u0302")+"\n"))
}

func BenchmarkFold(b *testing.B) {
	s := repeatTo(benchArticle(b) + "\n")
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		_ = Fold(s)
	}
}

func benchDecode(b *testing.B, data []byte, hint string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Decode(data, hint); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeUTF8(b *testing.B) {
	benchDecode(b, []byte(repeatTo(benchArticle(b)+"\n")), "")
}

func BenchmarkDecodeTCVN3Detect(b *testing.B) {
	benchDecode(b, []byte(repeatTo(string(benchCopy(b, "tcvn3"))+"\n")), "")
}

func BenchmarkDecodeVNIDeclared(b *testing.B) {
	benchDecode(b, []byte(repeatTo(string(benchCopy(b, "vni"))+"\n")), "vni")
}

func benchArticle(b *testing.B) string {
	data, err := os.ReadFile(articlePath)
	if err != nil {
		b.Skip(err)
	}
	return string(data)
}

func benchCopy(b *testing.B, name string) []byte {
	data, err := os.ReadFile(filepath.Join(encodingsDir, "article."+name+".txt"))
	if err != nil {
		b.Skip(err)
	}
	return data
}
