package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/vnextract/vnextract/extract"
	"github.com/vnextract/vnextract/normalize"
)

// A command is one of the subcommands.
type command int

const (
	cmdFacts     command = iota // the facts table (the default)
	cmdText                     // the cleaned articles
	cmdNormalize                // the inputs decoded and normalised
)

// prefix is the subcommand as typed before its flags: "" for the facts.
func (c command) prefix() string {
	switch c {
	case cmdText:
		return "text "
	case cmdNormalize:
		return "normalize "
	}
	return ""
}

// Defaults of the flags.
const (
	// defaultMaxBytes bounds one input: 20 MB is ten times the largest
	// news page of the test corpus, and keeps a stray video or archive out.
	defaultMaxBytes = 20 << 20
	// defaultInclude are the files a directory walk picks up.
	defaultInclude = "*.html,*.htm,*.txt"
)

// A config is a parsed command line.
type config struct {
	cmd   command
	stdin io.Reader
	paths []string

	out      string
	tone     string
	rules    string
	workers  int
	maxBytes int64
	include  string
	errors   string
	progress string
	exitZero bool
	timeout  time.Duration

	// facts only
	format   string
	bom      bool
	crlf     bool
	raw      bool
	header   bool
	articles string
	kinds    string

	// derived by check
	toneValue normalize.Tone
	includes  []string
	keep      map[extract.Kind]bool // nil: every kind
}

const usageHead = `usage: vnextract [flags] [path ...]            facts (CSV, JSON Lines or XLSX)
       vnextract text [flags] [path ...]       cleaned articles
       vnextract normalize [flags] [path ...]  inputs decoded to UTF-8 and normalised

Extracts headline, publish time, source, author, dates, people with their
job titles, indicators and document references from Vietnamese news pages
(HTML) and articles scraped as text.

A path is a file, a directory (walked recursively for the -include
patterns), a glob ('pages/*/*.html'), or "-" for standard input (the
default). Files named *.jsonl, *.ndjson (also .gz) are JSON Lines of a
crawler, one page a line: {"url": ..., "html": ...} or {"url": ..., "text":
...}, with an optional "charset". Files named *.warc, *.warc.gz are WARC
archives: their HTML responses are read. Standard input is sniffed: JSON
Lines, WARC, or one page. The URL, when known, is the doc column.

An input that cannot be read (unreadable, empty, binary, larger than
-max-bytes, undecodable, a broken JSON line or WARC record) is reported on
stderr as "vnextract: INPUT: REASON" and in the -errors file, and the run
goes on. A home page or listing is reported as "not an article" and gives
no facts; it is not a failure.

Exit codes:
  0  every input was processed (articles, or pages that are not articles)
  1  some input failed (or the run was interrupted, or the output could
     not be written); all the others were processed
  2  usage error

Flags (also as --flag):
`

// flagSet declares the flags of c's command.
func (c *config) flagSet(stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("vnextract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usageHead)
		fs.PrintDefaults()
	}
	fs.StringVar(&c.out, "o", "", "write to `file` instead of standard output")
	fs.StringVar(&c.tone, "tone", "traditional", "tone-mark placement of the output: traditional (hòa, ủy), modern (hoà, uỷ) or keep")
	fs.StringVar(&c.rules, "rules", "", "read extra rules and lexicons from `dir` (see extract/rules/README.md)")
	fs.IntVar(&c.workers, "workers", runtime.GOMAXPROCS(0), "read `N` inputs at once; the default is the number of CPUs")
	fs.Int64Var(&c.maxBytes, "max-bytes", defaultMaxBytes, "refuse an input larger than `n` bytes")
	fs.StringVar(&c.include, "include", defaultInclude, "comma-separated `patterns` of the files a directory walk reads")
	fs.StringVar(&c.errors, "errors", "", "also write the inputs that failed, and warnings, to `file` (CSV: doc, error)")
	fs.StringVar(&c.progress, "progress", "auto", "progress bar on stderr: auto (when stderr is a terminal), on or off")
	fs.DurationVar(&c.timeout, "match-timeout", extract.DefaultMatchTimeout, "bound one rule's match on one sentence to `d`; a match that takes longer is a warning and the input's other facts are written. The clock is the wall clock: raise it on a loaded machine")
	fs.BoolVar(&c.exitZero, "exit-zero", false, "exit 0 even when some inputs failed (for Hadoop Streaming and Spark pipe(), where a non-zero exit fails the task)")
	if c.cmd != cmdFacts {
		return fs
	}
	fs.StringVar(&c.format, "format", "csv", "output `format`: csv, jsonl or xlsx")
	fs.BoolVar(&c.bom, "bom", false, "CSV: begin with a UTF-8 byte-order mark, so that Excel shows Vietnamese correctly")
	fs.BoolVar(&c.crlf, "crlf", false, "CSV: end lines with CR LF")
	fs.BoolVar(&c.raw, "raw", false, "CSV: write cells as they are, without the formula-injection protection (a leading ' on text cells that start with = + - @ tab or CR)")
	fs.BoolVar(&c.header, "header", true, "CSV: write the header row (-header=false for Hadoop Streaming and Spark pipe())")
	fs.StringVar(&c.articles, "articles", "", "also write one row per article to `file` (CSV; JSON Lines if it ends in .jsonl)")
	fs.StringVar(&c.kinds, "kinds", "", "keep only these comma-separated `kinds` of fact (headline, published, source, author, date, person, title, indicator, document)")
	return fs
}

// check validates the flag values and derives what the run needs.
func (c *config) check() error {
	switch c.tone {
	case "traditional":
		c.toneValue = normalize.Traditional
	case "modern":
		c.toneValue = normalize.Modern
	case "keep":
		c.toneValue = normalize.Keep
	default:
		return fmt.Errorf("-tone %q: want traditional, modern or keep", c.tone)
	}
	if c.rules != "" {
		if st, err := os.Stat(c.rules); err != nil || !st.IsDir() {
			return fmt.Errorf("-rules %s: not a readable directory", c.rules)
		}
	}
	if c.workers < 1 {
		return fmt.Errorf("-workers %d: want 1 or more", c.workers)
	}
	if c.timeout <= 0 {
		return fmt.Errorf("-match-timeout %v: want more than 0", c.timeout)
	}
	if c.maxBytes < 1 {
		return fmt.Errorf("-max-bytes %d: want 1 or more", c.maxBytes)
	}
	for _, p := range strings.Split(c.include, ",") {
		p = strings.ToLower(strings.TrimSpace(p))
		if p == "" {
			continue
		}
		if _, err := filepath.Match(p, ""); err != nil {
			return fmt.Errorf("-include %q: %v", p, err)
		}
		c.includes = append(c.includes, p)
	}
	switch c.progress {
	case "auto", "on", "off":
	default:
		return fmt.Errorf("-progress %q: want auto, on or off", c.progress)
	}
	if c.cmd != cmdFacts {
		return nil
	}
	switch c.format {
	case "csv", "jsonl", "xlsx":
	default:
		return fmt.Errorf("-format %q: want csv, jsonl or xlsx", c.format)
	}
	if c.kinds != "" {
		c.keep = map[extract.Kind]bool{}
		for _, k := range strings.Split(c.kinds, ",") {
			k = strings.ToLower(strings.TrimSpace(k))
			if !knownKind(k) {
				return fmt.Errorf("-kinds: unknown kind %q (want %s)", k, strings.Join(kindNames(), ", "))
			}
			c.keep[extract.Kind(k)] = true
		}
	}
	return nil
}

// allKinds are the kinds of fact in the order the summary and the
// articles table give them.
var allKinds = [...]extract.Kind{
	extract.Headline, extract.Published, extract.Source, extract.Author,
	extract.Date, extract.Person, extract.Title, extract.Indicator, extract.Document,
}

func knownKind(k string) bool {
	for _, x := range allKinds {
		if string(x) == k {
			return true
		}
	}
	return false
}

func kindNames() []string {
	names := make([]string, len(allKinds))
	for i, k := range allKinds {
		names[i] = string(k)
	}
	return names
}

// extractor builds the extractor the command line asks for.
func (c *config) extractor() (*extract.Extractor, error) {
	opts := extract.DefaultOptions()
	opts.Tone = c.toneValue
	opts.MatchTimeout = c.timeout
	if c.rules != "" {
		opts.Rules = append(opts.Rules, os.DirFS(c.rules))
	}
	return extract.New(opts)
}
