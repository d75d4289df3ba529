package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/vnextract/vnextract/extract"
)

// A summary counts what a run did. Every input read is exactly one of
// articles, notArticles and failed, so inputs is their sum.
type summary struct {
	start       time.Time
	inputs      int
	articles    int // inputs that gave an article (for text and normalize: an output)
	notArticles int // home pages and listings
	failed      int
	warnings    int                  // problems that did not stop an input (a rule that timed out)
	facts       map[extract.Kind]int // facts written, by kind
	skipped     int64                // WARC records that hold no page

	stopped     bool   // interrupted, or the output failed
	last        string // the last input written
	next        string // the input the run stopped before, "" if unknown
	outErr      error  // the output could not be written
	interrupted bool   // stopped by a signal (Ctrl-C)
}

func newSummary() *summary {
	return &summary{start: time.Now(), facts: map[extract.Kind]int{}}
}

// line is the final line on stderr: what was read and written, and how
// long it took.
func (s *summary) line(cmd command) string {
	var b strings.Builder
	fmt.Fprintf(&b, "vnextract: %d inputs: ", s.inputs)
	if cmd == cmdFacts {
		fmt.Fprintf(&b, "%d articles, %d not articles, %d failed", s.articles, s.notArticles, s.failed)
	} else {
		fmt.Fprintf(&b, "%d written, %d not articles, %d failed", s.articles, s.notArticles, s.failed)
	}
	if s.warnings > 0 {
		fmt.Fprintf(&b, ", %d warnings", s.warnings)
	}
	if s.skipped > 0 {
		fmt.Fprintf(&b, " (%d WARC records without a page skipped)", s.skipped)
	}
	if cmd == cmdFacts {
		b.WriteString("; facts:")
		total := 0
		for i, k := range allKinds {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, " %s %d", k, s.facts[k])
			total += s.facts[k]
		}
		fmt.Fprintf(&b, " (%d in all)", total)
	}
	fmt.Fprintf(&b, "; %.1f s", time.Since(s.start).Seconds())
	return b.String()
}

// stopLine says where an interrupted run stopped, "" if it was not.
func (s *summary) stopLine() string {
	if !s.stopped {
		return ""
	}
	why := "interrupted"
	if !s.interrupted {
		why = "stopped"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "vnextract: %s after %d inputs", why, s.inputs)
	if s.last != "" {
		fmt.Fprintf(&b, "; the last written was %s", s.last)
	}
	if s.next != "" {
		fmt.Fprintf(&b, "; %s and the inputs after it were not read", s.next)
	} else {
		b.WriteString("; the inputs after it were not read")
	}
	b.WriteString("; every row written is complete")
	return b.String()
}
