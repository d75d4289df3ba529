package main

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vnextract/vnextract/extract"
)

// batchMaxBytes is the -max-bytes of the batch test: above every corpus
// page (the largest is 266 kB), and small enough that an oversized input
// is cheap to make (it is refused on its size, unread).
const batchMaxBytes = 1_000_000

// A batchInput is one file of the generated batch and what the run must
// make of it.
type batchInput struct {
	path     string
	class    string // "good", "bad" (must fail), "either" (rows or one report), "not-article"
	headline string // of a generated good page
}

// makeBatch writes n inputs under dir: generated pages (HTML and text)
// with the corpus pages, the sample, and bad files mixed in, spread over
// nested directories.
func makeBatch(t testing.TB, dir string, n int) []batchInput {
	t.Helper()
	r := rand.New(rand.NewSource(6))
	var ins []batchInput
	add := func(class, name string, b []byte, headline string) {
		ins = append(ins, batchInput{path: writeFile(t, dir, name, b), class: class, headline: headline})
	}
	read := func(p string) []byte {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	// The corpus and the sample, once each.
	pages, _ := filepath.Glob("../../testdata/pages/*.html")
	for _, p := range pages {
		class := "good"
		if strings.Contains(p, "home") {
			class = "not-article"
		}
		add(class, "corpus/"+filepath.Base(p), read(p), "")
	}
	add("good", "corpus/sample.html", read("../../testdata/sample/article.html"), "")
	add("good", "corpus/sample.txt", read("../../testdata/sample/article.txt"), "")
	// Wrong charsets: legacy code pages undeclared, and declared as UTF-8.
	encs, _ := filepath.Glob("../../testdata/encodings/article.*.txt")
	for _, p := range encs {
		b := read(p)
		base := strings.TrimSuffix(filepath.Base(p), ".txt")
		add("either", "charset/"+base+".txt", b, "")
		page := append([]byte(`<html><head><meta charset="utf-8"></head><body><p>`), b...)
		add("either", "charset/"+base+"-declared-utf8.html", append(page, "</p></body></html>"...), "")
	}
	bad := 0
	for i := 0; len(ins) < n; i++ {
		sub := fmt.Sprintf("gen/%02d/", i%17)
		switch {
		case i%97 == 5:
			add("bad", sub+fmt.Sprintf("empty-%d.html", i), nil, "")
		case i%97 == 17:
			add("bad", sub+fmt.Sprintf("blank-%d.txt", i), []byte(" \n\t\n"), "")
		case i%97 == 29:
			b := make([]byte, 4096)
			r.Read(b)
			for j := 0; j < len(b); j += 7 {
				b[j] = 0
			}
			add("bad", sub+fmt.Sprintf("binary-%d.html", i), b, "")
		case i%97 == 41:
			g := genArticle(r, i, true)
			big := strings.Replace(g.body, "</article>", strings.Repeat("<p>Tin khác.</p>\n", batchMaxBytes/16)+"</article>", 1)
			add("bad", sub+fmt.Sprintf("oversized-%d.html", i), []byte(big), "")
		case i%97 == 53:
			g := genArticle(r, i, true)
			add("either", sub+fmt.Sprintf("truncated-%d.html", i), []byte(g.body[:len(g.body)*2/5]), "")
		default:
			asHTML := i%3 != 0
			g := genArticle(r, i, asHTML)
			ext := ".txt"
			if asHTML {
				ext = ".html"
			}
			add("good", sub+fmt.Sprintf("page-%04d%s", i, ext), []byte(g.body), g.headline)
			continue
		}
		bad++
	}
	// Files the walk must not read.
	writeFile(t, dir, "gen/00/style.css", []byte("body{}"))
	writeFile(t, dir, "gen/00/notes.md", []byte("# notes"))
	return ins
}

// TestBatch runs a directory of 1,000 generated inputs, bad ones mixed
// in: every good input's facts are written, every bad one is reported
// once on stderr and once in -errors, the summary adds up, the exit code
// is 1, and the output is the same with 1 and 4 workers.
func TestBatch(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 200
	}
	dir := t.TempDir()
	ins := makeBatch(t, dir, n)
	errFile := filepath.Join(t.TempDir(), "errors.csv")
	args := []string{testTimeout, "-raw", fmt.Sprint("-max-bytes=", batchMaxBytes), "-errors", errFile}

	start := time.Now()
	one := runCLI(t, "", append(args, "-workers=1", dir)...)
	t.Logf("%d inputs, 1 worker: %v", len(ins), time.Since(start))
	if one.code != exitFailed {
		t.Errorf("exit %d, want %d", one.code, exitFailed)
	}

	// The facts, by doc, against the library's own reading of each file.
	x, err := extract.New(extract.Options{Tone: extract.DefaultOptions().Tone, MatchTimeout: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string][][]string{}
	recs := readCSV(t, one.stdout)
	for _, rec := range recs[1:] {
		rows[rec[0]] = append(rows[rec[0]], rec)
	}
	errRows := map[string]int{}
	for _, rec := range readCSV(t, readFileString(t, errFile))[1:] {
		errRows[rec[0]]++
	}
	classes := map[string]int{}
	for _, in := range ins {
		classes[in.class]++
		reported := strings.Count(one.stderr, "vnextract: "+in.path+": ")
		switch in.class {
		case "good":
			b, _ := os.ReadFile(in.path)
			a, err := x.FromBytes(b, in.path, "")
			if err != nil {
				t.Errorf("%s: the library fails on a good input: %v", in.path, err)
				continue
			}
			var want [][]string
			for _, f := range a.Facts {
				want = append(want, f.Record(in.path))
			}
			if !reflect.DeepEqual(rows[in.path], want) {
				t.Errorf("%s: rows\n got  %q\n want %q", in.path, rows[in.path], want)
			}
			if in.headline != "" && (len(want) == 0 || want[0][1] != "headline" || want[0][2] != in.headline) {
				t.Errorf("%s: headline row %q, want %q", in.path, want, in.headline)
			}
			if reported != 0 || errRows[in.path] != 0 {
				t.Errorf("%s: a good input is reported:\n%s", in.path, one.stderr)
			}
		case "bad":
			if reported != 1 || errRows[in.path] != 1 {
				t.Errorf("%s: reported %d times on stderr and %d in -errors, want once each", in.path, reported, errRows[in.path])
			}
			if len(rows[in.path]) != 0 {
				t.Errorf("%s: a bad input has rows", in.path)
			}
		case "either":
			got := len(rows[in.path]) > 0
			if got == (reported == 1 && errRows[in.path] == 1) {
				t.Errorf("%s: rows %d, reported %d, in -errors %d: want rows or one report", in.path, len(rows[in.path]), reported, errRows[in.path])
			}
		case "not-article":
			if reported != 1 || len(rows[in.path]) != 0 || errRows[in.path] != 0 {
				t.Errorf("%s: a home page must be reported once as not an article, without rows or error", in.path)
			}
		}
	}

	s := parseSummary(t, one.stderr)
	if s.inputs != len(ins) || s.articles+s.notArticles+s.failed != s.inputs {
		t.Errorf("summary %+v does not add up to %d inputs", s, len(ins))
	}
	if s.failed < classes["bad"] || s.failed > classes["bad"]+classes["either"] || s.notArticles != classes["not-article"] {
		t.Errorf("summary %+v, classes %v", s, classes)
	}
	total := 0
	for _, v := range s.facts {
		total += v
	}
	if total != len(recs)-1 {
		t.Errorf("summary counts %d facts, the CSV has %d rows", total, len(recs)-1)
	}

	start = time.Now()
	four := runCLI(t, "", append(args, "-workers=4", dir)...)
	t.Logf("4 workers: %v", time.Since(start))
	if four.stdout != one.stdout {
		t.Errorf("the CSV differs between -workers 1 and -workers 4")
	}
	if four.code != one.code || stripTimes(four.stderr) != stripTimes(one.stderr) {
		t.Errorf("stderr differs between -workers 1 and -workers 4:\n%s\n---\n%s", one.stderr, four.stderr)
	}
}

func readFileString(t testing.TB, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// stripTimes drops the seconds of the summary line.
func stripTimes(s string) string {
	if i := strings.LastIndex(s, "; "); i >= 0 {
		return s[:i]
	}
	return s
}
