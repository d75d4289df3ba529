package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vnextract/vnextract/extract"
	"github.com/vnextract/vnextract/normalize"
)

// Exit codes, as the manual gives them.
const (
	exitOK     = 0 // every input processed
	exitFailed = 1 // some input failed; the others were processed
	exitUsage  = 2 // the command line is wrong
)

const usage = `usage: vnextract [flags] [path ...]
       vnextract text [flags] [path ...]
       vnextract normalize [flags] [path ...]

Extracts headline, publish time, source, author, dates, people with their
job titles, indicators and document references from Vietnamese news pages
(HTML) and articles scraped as text, as CSV. No path, or "-", reads
standard input; a directory is walked for .html, .htm and .txt files.

Exit codes: 0 all inputs processed, 1 some inputs failed, 2 usage error.

Flags:
`

// run is the whole command: it parses args, reads the inputs and writes
// to stdout and stderr, and returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := "extract"
	if len(args) > 0 {
		switch args[0] {
		case "text", "normalize", "extract":
			cmd, args = args[0], args[1:]
		}
	}
	fs := flag.NewFlagSet("vnextract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	out := fs.String("o", "", "write to `file` instead of standard output")
	tone := fs.String("tone", "traditional", "tone-mark placement of the output: traditional (hòa, ủy), modern (hoà, uỷ) or keep")
	rulesDir := fs.String("rules", "", "read extra rules and lexicons from `dir` (see extract/rules/README.md)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	opts := extract.DefaultOptions()
	switch *tone {
	case "traditional":
		opts.Tone = normalize.Traditional
	case "modern":
		opts.Tone = normalize.Modern
	case "keep":
		opts.Tone = normalize.Keep
	default:
		fmt.Fprintf(stderr, "vnextract: -tone %q: want traditional, modern or keep\n", *tone)
		return exitUsage
	}
	if *rulesDir != "" {
		if st, err := os.Stat(*rulesDir); err != nil || !st.IsDir() {
			fmt.Fprintf(stderr, "vnextract: -rules %s: not a readable directory\n", *rulesDir)
			return exitUsage
		}
		opts.Rules = append(opts.Rules, os.DirFS(*rulesDir))
	}
	x, err := extract.New(opts)
	if err != nil {
		fmt.Fprintf(stderr, "vnextract: %v\n", err)
		return exitUsage
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "vnextract: %v\n", err)
			return exitFailed
		}
		defer f.Close()
		w = f
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	job := &job{x: x, stdin: stdin, stderr: stderr, tone: opts.Tone}
	var code int
	switch cmd {
	case "text":
		code = job.text(paths, w)
	case "normalize":
		code = job.normalize(paths, w)
	default:
		code = job.facts(paths, w)
	}
	if f, ok := w.(*os.File); ok && f != os.Stdout {
		if err := f.Close(); err != nil {
			fmt.Fprintf(stderr, "vnextract: %v\n", err)
			return exitFailed
		}
	}
	return code
}

// job holds what every subcommand needs.
type job struct {
	x      *extract.Extractor
	stdin  io.Reader
	stderr io.Writer
	tone   normalize.Tone
}

// report prints an input's error and returns exitFailed.
func (j *job) report(name string, err error) int {
	fmt.Fprintf(j.stderr, "vnextract: %s: %v\n", name, err)
	return exitFailed
}

func displayName(path string) string {
	if path == "-" {
		return "<stdin>"
	}
	return path
}

func isStdin(path string) bool { return strings.TrimSpace(path) == "-" }
