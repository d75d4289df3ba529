package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

// TestProgressBar drives the bar as a run does: it shows the count
// against the total counted ahead, the rate and the time left; messages
// print above it; it is cleared at the end.
func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	c := &console{w: &buf, total: &inputCount{}}
	c.total.n.Store(30)
	c.total.final.Store(true)
	for i := range 30 {
		c.step()
		if i == 10 {
			c.printf("vnextract: x.html: empty input\n")
		}
	}
	c.finish()
	out := buf.String()
	if strings.Contains(out, "(0/") {
		t.Errorf("a blank bar was drawn: %q", out)
	}
	for _, want := range []string{"(1/30, ", "(11/30, ", "inputs/s)", "\rvnextract: x.html: empty input\n", "(29/30, "} {
		if !strings.Contains(out, want) {
			t.Errorf("the bar should show %q:\n%q", want, out)
		}
	}
	if !regexp.MustCompile(`\[[0-9]+s:[0-9]+s\]`).MatchString(out) {
		t.Errorf("no elapsed:left time in %q", out)
	}
}

// TestProgressAuto: without a terminal, no bar; the summary alone.
func TestProgressAuto(t *testing.T) {
	r := runCLI(t, "", testTimeout, "../../testdata/sample")
	if strings.Contains(r.stderr, "inputs/s") || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("a bar without a terminal:\n%q", r.stderr)
	}
}
