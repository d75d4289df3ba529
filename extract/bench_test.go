package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// corpusPages returns the bytes of every page of testdata/pages.
func corpusPages(b *testing.B) [][]byte {
	b.Helper()
	paths, err := filepath.Glob("../testdata/pages/*.html")
	if err != nil || len(paths) == 0 {
		b.Fatalf("no corpus pages: %v", err)
	}
	var pages [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	return pages
}

func totalBytes(pages [][]byte) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p))
	}
	return n
}

// BenchmarkParseOnly is the floor: golang.org/x/net/html.Parse over the
// corpus pages, nothing else. Compare BenchmarkArticle with it (issue 4:
// the article reader should run at ≥ 0.5 of parse-only speed).
func BenchmarkParseOnly(b *testing.B) {
	pages := corpusPages(b)
	b.SetBytes(totalBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkArticle is the article reader alone: decode, parse, chrome
// removal, headline, publish time, credits and body, without the fact
// rules.
func BenchmarkArticle(b *testing.B) {
	x := newTestExtractor(b)
	pages := corpusPages(b)
	b.SetBytes(totalBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := x.readHTML(p, "page.html", ""); err != nil && err != ErrNotArticle {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtract is the whole pipeline: the article and its facts.
func BenchmarkExtract(b *testing.B) {
	x := newTestExtractor(b)
	pages := corpusPages(b)
	b.SetBytes(totalBytes(pages))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := x.FromBytes(p, "page.html", ""); err != nil && err != ErrNotArticle {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkRules is the rule stage alone, in sentences per second, over
// the sentences of the rule-quality tables.
func BenchmarkRules(b *testing.B) {
	x := newTestExtractor(b)
	var sentences []string
	for _, f := range []string{"dates.tsv", "people.tsv", "indicators.tsv", "documents.tsv"} {
		for _, s := range readTable(b, "../testdata/rules/"+f) {
			sentences = append(sentences, x.norm.String(s.text))
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		x.Rules().Facts("", sentences, exampleRef)
	}
	b.ReportMetric(float64(len(sentences)*b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkArticleVsParse times bare html.Parse and the article reader on
// the same pages, alternating page by page so that both see the same load
// on a shared machine, and reports their speed ratio: speed-ratio is
// (article pages/s) / (parse-only pages/s); issue 4 asks for ≥ 0.5.
func BenchmarkArticleVsParse(b *testing.B) {
	x := newTestExtractor(b)
	pages := corpusPages(b)
	var parse, article time.Duration
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			t0 := time.Now()
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			if _, err := x.readHTML(p, "page.html", ""); err != nil && err != ErrNotArticle {
				b.Fatal(err)
			}
			parse += t1.Sub(t0)
			article += time.Since(t1)
		}
	}
	b.ReportMetric(parse.Seconds()/article.Seconds(), "speed-ratio")
	b.ReportMetric(float64(len(pages)*b.N)/article.Seconds(), "pages/s")
}
