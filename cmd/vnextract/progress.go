package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressThrottle is how often the bar is redrawn at most: ten times a
// second is smooth to the eye and costs nothing next to an extraction.
const progressThrottle = 100 * time.Millisecond

// A console is standard error, with the progress bar when there is one.
// Only the writer goroutine uses it.
type console struct {
	w        io.Writer
	total    *inputCount              // nil: no bar
	throttle time.Duration            // the bar's redraw interval
	bar      *progressbar.ProgressBar // made at the first input done
	done     int64
}

// newConsole makes the console of a run: with a bar when mode is "on", or
// "auto" and stderr is a terminal. The bar's total comes from a count of
// the inputs that runs alongside the extraction until ctx ends.
func newConsole(ctx context.Context, mode string, stderr io.Writer, f *feeder, paths []string) *console {
	c := &console{w: stderr}
	if mode == "off" || (mode == "auto" && !isTerminal(stderr)) {
		return c
	}
	c.total = &inputCount{}
	go c.total.count(ctx, f, paths)
	c.throttle = progressThrottle
	return c
}

// newBar makes the bar: count against the total, rate, elapsed and left.
func newBar(w io.Writer, max int64, throttle time.Duration) *progressbar.ProgressBar {
	return progressbar.NewOptions64(max,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetWidth(30),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("inputs"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(throttle),
		progressbar.OptionClearOnFinish(),
	)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// printf writes a line on stderr, above the bar.
func (c *console) printf(format string, args ...any) {
	if c.bar != nil {
		c.bar.Clear()
	}
	fmt.Fprintf(c.w, format, args...)
}

// step moves the bar one input on. Until the count ahead is done, and
// past it (WARC records are not counted ahead), the total is kept one
// above the inputs done, so that the bar never ends early.
func (c *console) step() {
	c.done++
	if c.total == nil {
		return
	}
	total, final := c.total.get()
	if !final || total <= c.done {
		total = max(total, c.done+1)
	}
	switch {
	case c.bar == nil:
		c.bar = newBar(c.w, total, c.throttle)
	case total != c.bar.GetMax64():
		c.bar.ChangeMax64(total)
	}
	c.bar.Set64(c.done)
}

// finish takes the bar away before the summary.
func (c *console) finish() {
	if c.bar != nil {
		c.bar.Clear()
		c.bar.Exit()
	}
	c.bar, c.total = nil, nil
}

// An inputCount is the number of inputs the run will read, counted ahead
// of it: files, and the lines of JSON Lines files. WARC files and
// standard input are not counted ahead (they would be read twice).
type inputCount struct {
	n     atomic.Int64
	final atomic.Bool
}

func (ic *inputCount) get() (int64, bool) { return ic.n.Load(), ic.final.Load() }

func (ic *inputCount) count(ctx context.Context, f *feeder, paths []string) {
	defer ic.final.Store(true)
	for _, p := range paths {
		if ctx.Err() != nil {
			return
		}
		ic.path(ctx, f, p)
	}
}

func (ic *inputCount) path(ctx context.Context, f *feeder, p string) {
	if p == "-" {
		return
	}
	st, err := os.Stat(p)
	if err != nil && hasGlobMeta(p) {
		matches, _ := filepath.Glob(p)
		for _, m := range matches {
			ic.path(ctx, f, m)
		}
		return
	}
	if err != nil || !st.IsDir() {
		ic.file(p)
		return
	}
	filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return filepath.SkipAll
		}
		if err == nil && !d.IsDir() && f.included(d.Name()) {
			ic.file(path)
		}
		return nil
	})
}

func (ic *inputCount) file(path string) {
	switch containerOf(path) {
	case containerWARC:
		return
	case containerJSONL:
		ic.n.Add(countLines(path))
	default:
		ic.n.Add(1)
	}
}

// countLines counts the non-blank lines of a JSON Lines file, gzipped or
// not.
func countLines(path string) int64 {
	fh, err := os.Open(path)
	if err != nil {
		return 1
	}
	defer fh.Close()
	var r io.Reader = fh
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		zr, err := gzip.NewReader(fh)
		if err != nil {
			return 1
		}
		r = zr
	}
	br := bufio.NewReaderSize(r, 64<<10)
	var n int64
	blank := true
	for {
		chunk, err := br.ReadSlice('\n')
		if len(bytes.TrimSpace(chunk)) > 0 {
			blank = false
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if !blank {
			n++
		}
		blank = true
		if err != nil {
			return n
		}
	}
}
