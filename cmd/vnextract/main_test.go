package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/vnextract/vnextract/extract"
)

// testTimeout is the -match-timeout of the tests: the default (200ms of
// wall clock) fires on ordinary sentences when the machine is loaded,
// which would make outputs differ from run to run.
const testTimeout = "-match-timeout=30s"

// A cliRun is the outcome of one run of the command.
type cliRun struct {
	code           int
	stdout, stderr string
}

// runCLI runs the command in-process with args and stdin.
func runCLI(t testing.TB, stdin string, args ...string) cliRun {
	t.Helper()
	return runCLICtx(t, context.Background(), stdin, args...)
}

func runCLICtx(t testing.TB, ctx context.Context, stdin string, args ...string) cliRun {
	t.Helper()
	var out, errb bytes.Buffer
	code := runContext(ctx, args, strings.NewReader(stdin), &out, &errb)
	return cliRun{code: code, stdout: out.String(), stderr: errb.String()}
}

// readCSV parses CSV text, failing the test if it is not valid.
func readCSV(t testing.TB, s string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(s))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("output is not valid CSV: %v\n%s", err, s)
	}
	return recs
}

// writeFile writes a file under dir, making its directories.
func writeFile(t testing.TB, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

var summaryRE = regexp.MustCompile(`vnextract: (\d+) inputs: (\d+) (?:articles|written), (\d+) not articles, (\d+) failed`)

// A parsedSummary is the counts of the summary line.
type parsedSummary struct {
	inputs, articles, notArticles, failed int
	facts                                 map[string]int
}

// parseSummary reads the summary line of stderr, failing if it is not
// the last line.
func parseSummary(t testing.TB, stderr string) parsedSummary {
	t.Helper()
	lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	last := lines[len(lines)-1]
	m := summaryRE.FindStringSubmatch(last)
	if m == nil {
		t.Fatalf("last stderr line is not the summary: %q", last)
	}
	n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
	s := parsedSummary{inputs: n(1), articles: n(2), notArticles: n(3), failed: n(4), facts: map[string]int{}}
	if _, after, ok := strings.Cut(last, "; facts:"); ok {
		for _, kv := range regexp.MustCompile(`([a-z]+) (\d+)`).FindAllStringSubmatch(after, -1) {
			v, _ := strconv.Atoi(kv[2])
			s.facts[kv[1]] = v
		}
	}
	return s
}

func TestSampleFacts(t *testing.T) {
	r := runCLI(t, "", testTimeout, "../../testdata/sample/article.html")
	if r.code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	recs := readCSV(t, r.stdout)
	if got := strings.Join(recs[0], ","); got != "doc,kind,value,unit,person,detail,text,sentence" {
		t.Errorf("header %q", got)
	}
	want := []string{"../../testdata/sample/article.html", "published", "2022-08-12T17:14:00+07:00"}
	found := false
	for _, rec := range recs[1:] {
		if rec[0] == want[0] && rec[1] == want[1] && rec[2] == want[2] {
			found = true
		}
	}
	if !found {
		t.Errorf("no row %v in\n%s", want, r.stdout)
	}
	s := parseSummary(t, r.stderr)
	if s.inputs != 1 || s.articles != 1 || s.facts["published"] != 1 {
		t.Errorf("summary %+v", s)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		want string // in stderr
	}{
		{"help", []string{"-h"}, exitOK, "Exit codes:"},
		{"help lists codes", []string{"-h"}, exitOK, "2  usage error"},
		{"unknown flag", []string{"-nope"}, exitUsage, "flag provided but not defined"},
		{"bad format", []string{"-format", "pdf"}, exitUsage, `-format "pdf"`},
		{"bad kind", []string{"-kinds", "date,colour"}, exitUsage, `unknown kind "colour"`},
		{"bad workers", []string{"-workers", "0"}, exitUsage, "-workers 0"},
		{"bad tone", []string{"-tone", "loud"}, exitUsage, `-tone "loud"`},
		{"bad progress", []string{"-progress", "maybe"}, exitUsage, `-progress "maybe"`},
		{"text has no -format", []string{"text", "-format", "csv"}, exitUsage, "flag provided but not defined"},
		{"text help", []string{"text", "-h"}, exitOK, "-workers"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, "", tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("run %q: exit %d, want %d; stderr should contain %q:\n%s", tc.args, r.code, tc.code, tc.want, r.stderr)
			}
		})
	}
}

func TestMissingFileKeepsGoing(t *testing.T) {
	r := runCLI(t, "", testTimeout, "no/such/file.html", "../../testdata/sample/article.html")
	if r.code != exitFailed {
		t.Errorf("exit %d, want %d", r.code, exitFailed)
	}
	if !strings.Contains(r.stderr, "vnextract: no/such/file.html: stat: no such file or directory") {
		t.Errorf("stderr does not name the missing file:\n%s", r.stderr)
	}
	if s := parseSummary(t, r.stderr); s.inputs != 2 || s.failed != 1 || s.articles != 1 {
		t.Errorf("summary %+v", s)
	}
	if !strings.Contains(r.stdout, "../../testdata/sample/article.html,headline,") {
		t.Errorf("the good input's rows are missing")
	}
}

func TestFlagsAfterPaths(t *testing.T) {
	r := runCLI(t, "", "../../testdata/sample/article.html", "-kinds", "document", testTimeout)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, rec := range readCSV(t, r.stdout)[1:] {
		if rec[1] != "document" {
			t.Errorf("-kinds document kept %v", rec)
		}
	}
	if s := parseSummary(t, r.stderr); s.facts["document"] == 0 || s.facts["date"] != 0 {
		t.Errorf("summary %+v", s)
	}
}

func TestTextAndNormalize(t *testing.T) {
	r := runCLI(t, "", "text", testTimeout, "../../testdata/sample/article.html", "../../testdata/sample/article.html")
	if r.code != exitOK {
		t.Fatalf("text: exit %d: %s", r.code, r.stderr)
	}
	head := "Đến năm 2025, Hải Dương phấn đấu 40% số Bí thư cấp ủy đồng thời Chủ tịch UBND cấp xã\n\n"
	if !strings.HasPrefix(r.stdout, head) || strings.Count(r.stdout, head) != 2 {
		t.Errorf("text output does not hold the headline twice:\n%.300s", r.stdout)
	}
	r = runCLI(t, "Hoà bình và uỷ ban", "normalize", "-tone", "traditional")
	if r.code != exitOK || r.stdout != "Hòa bình và ủy ban" {
		t.Errorf("normalize: exit %d, got %q", r.code, r.stdout)
	}
}

func mustRead(t testing.TB, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestWarning hands the writer an article whose extraction had a rule
// time out (what Article.Warnings carries): the warning names the input
// on stderr and in -errors, the article's facts are still written, and it
// counts as an article, not a failure.
func TestWarning(t *testing.T) {
	var stderr, out, errs bytes.Buffer
	sum := newSummary()
	errTable, err := newCSVTable(&errs, csvOptions{}, []string{"doc", "error"})
	if err != nil {
		t.Fatal(err)
	}
	facts, err := newCSVFacts(&out, csvOptions{}, true)
	if err != nil {
		t.Fatal(err)
	}
	b := &batch{cmd: cmdFacts, con: &console{w: &stderr}, sum: sum, errs: errTable,
		out: &factsSink{facts: facts, sum: sum}}
	a := &extract.Article{Doc: "slow.html",
		Facts:    []extract.Fact{{Kind: extract.Date, Value: "2022-08-12", Text: "Sáng 12.8.2022"}},
		Warnings: []error{errors.New("rule people-name: match timeout after 200ms on input `Nguyễn Văn …`")}}
	if !b.emit(result{in: input{name: "slow.html"}, article: a}) {
		t.Fatal("emit failed")
	}
	b.out.close()
	errTable.flush()
	if want := "vnextract: slow.html: warning: rule people-name: match timeout"; !strings.HasPrefix(stderr.String(), want) {
		t.Errorf("stderr %q, want %q…", stderr.String(), want)
	}
	if !strings.Contains(out.String(), "slow.html,date,2022-08-12,") {
		t.Errorf("the article's facts are missing: %q", out.String())
	}
	if rows := readCSV(t, errs.String()); len(rows) != 2 || rows[1][0] != "slow.html" || !strings.HasPrefix(rows[1][1], "warning: rule people-name") {
		t.Errorf("-errors rows %q", rows)
	}
	if sum.articles != 1 || sum.failed != 0 || sum.warnings != 1 {
		t.Errorf("summary %+v", sum)
	}
}
