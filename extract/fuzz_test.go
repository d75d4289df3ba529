package extract

import (
	"os"
	"testing"
	"unicode/utf8"
)

// FuzzFromBytes feeds the extractor arbitrary bytes as a page and as a
// text: it must return an article or an error, never panic, and what it
// returns must be valid UTF-8. Run it with a short minimisation time: by
// default the fuzzer spends up to a minute shrinking each new input, and
// its counter stands still meanwhile.
//
//	go test ./extract -run '^$' -fuzz FuzzFromBytes -fuzztime 60s -fuzzminimizetime 3s
func FuzzFromBytes(f *testing.F) {
	for _, p := range []string{"../testdata/sample/article.txt", "../testdata/sample/article.html"} {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b[:min(len(b), 4096)])
		}
	}
	f.Add([]byte("<p>Sáng 12.8, đồng chí Nguyễn Văn A, Bí thư Tỉnh ủy, dự lễ; 1.340 chi bộ; Nghị quyết số 18-NQ/TW.</p>"))
	f.Add([]byte("Thứ Sáu 12/08/2022 17:14\nTiêu đề\nTheo TTXVN"))
	x, err := New(DefaultOptions())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, name := range []string{"in.html", "in.txt"} {
			a, err := x.FromBytes(b, name, "")
			if err != nil {
				continue
			}
			for _, fact := range a.Facts {
				for _, s := range fact.Record(name) {
					if !utf8.ValidString(s) {
						t.Fatalf("%s: invalid UTF-8 in %q", name, s)
					}
				}
			}
		}
	})
}
