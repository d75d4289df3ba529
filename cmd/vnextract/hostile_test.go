package main

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

// TestHostileCLI runs the command, with its default match timeout, over a
// directory of hostile inputs among good ones (the library's own test,
// extract/hostile_test.go, has the full list): the run finishes in
// seconds, each hostile input gives facts or a line naming it, and the
// good inputs' facts are all there.
func TestHostileCLI(t *testing.T) {
	dir := t.TempDir()
	r := rand.New(rand.NewSource(8))
	random := make([]byte, 128<<10)
	r.Read(random)
	var caps, digits strings.Builder
	for range 60_000 {
		caps.WriteString([]string{"Nguyễn ", "Văn ", "Minh ", "Hồng ", "Đức "}[r.Intn(5)])
	}
	for range 80_000 {
		digits.WriteByte("0123456789."[r.Intn(11)])
	}
	page := func(body string) []byte {
		return []byte("<html><body><h1>Tin tổng hợp</h1><p>Sáng 12.8.2022, hội nghị có 1.340 chi bộ thôn.</p><p>" + body + "</p></body></html>")
	}
	hostile := map[string][]byte{
		"random.html":   random,
		"nested.html":   page(strings.Repeat("<div>", 60_000) + strings.Repeat("</div>", 60_000)),
		"capitals.html": page("Đồng chí " + caps.String() + "phát biểu."),
		"digits.html":   page("Ngày " + digits.String() + " người."),
	}
	for name, b := range hostile {
		writeFile(t, dir, name, b)
	}
	good := writeFile(t, dir, "zz-good.html", []byte(genArticle(r, 1, true).body))

	start := time.Now()
	out := runCLI(t, "", "-workers=2", dir)
	took := time.Since(start)
	t.Logf("%v\n%s", took, out.stderr)
	if took > 30*time.Second {
		t.Errorf("the run took %v", took)
	}
	if out.code != exitOK && out.code != exitFailed {
		t.Errorf("exit %d", out.code)
	}
	for name := range hostile {
		doc := dir + "/" + name
		if !strings.Contains(out.stdout, doc+",") && !strings.Contains(out.stderr, "vnextract: "+doc+": ") {
			t.Errorf("%s: neither facts nor a line naming it", name)
		}
	}
	if strings.Contains(out.stderr, "random.html: extract: empty input") {
		t.Errorf("random bytes are reported as an empty input")
	}
	if !strings.Contains(out.stdout, good+",headline,") || !strings.Contains(out.stdout, good+",person,") {
		t.Errorf("the good input's facts are missing")
	}
	s := parseSummary(t, out.stderr)
	if s.inputs != len(hostile)+1 || s.articles+s.notArticles+s.failed != s.inputs {
		t.Errorf("summary %+v", s)
	}
}
