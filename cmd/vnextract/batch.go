package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/vnextract/vnextract/extract"
)

// A sink writes the results of a run, in input order.
type sink interface {
	write(r result) error // r is a success: an article, or a text output
	close() error         // finish the output (flush, save the workbook)
}

// A batch is one run of a command over its inputs: it reports each
// result, hands the good ones to the sink, and counts.
type batch struct {
	cmd  command
	con  *console
	sum  *summary
	errs *csvTable // the -errors file; nil without one
	out  sink
}

// run runs c's command over its inputs, writing to w and stderr, and
// returns the exit code.
func (c *config) run(ctx context.Context, w io.Writer, stderr io.Writer) int {
	var x *extract.Extractor
	if c.cmd != cmdNormalize {
		var err error
		if x, err = c.extractor(); err != nil {
			fmt.Fprintf(stderr, "vnextract: %v\n", err)
			return exitUsage
		}
	}
	csvOpts := csvOptions{bom: c.bom, crlf: c.crlf, raw: c.raw}
	f := &feeder{includes: c.includes, maxBytes: c.maxBytes, stdin: c.stdin}
	b := &batch{cmd: c.cmd, sum: newSummary()}

	var errFile *os.File
	if c.errors != "" {
		var err error
		if errFile, err = os.Create(c.errors); err != nil {
			fmt.Fprintf(stderr, "vnextract: -errors: %v\n", err)
			return exitFailed
		}
		defer errFile.Close()
		if b.errs, err = newCSVTable(errFile, csvOpts, []string{"doc", "error"}); err != nil {
			fmt.Fprintf(stderr, "vnextract: %s: %v\n", c.errors, err)
			return exitFailed
		}
	}

	var work func(input) result
	var err error
	switch c.cmd {
	case cmdFacts:
		work = factsWork(x, c.maxBytes)
		b.out, err = newFactsSink(c, w, csvOpts, b.sum)
	case cmdText:
		work = textWork(x, c.maxBytes)
		b.out = &textSink{w: w}
	case cmdNormalize:
		work = normalizeWork(c.toneValue, c.maxBytes)
		b.out = &textSink{w: w, plain: true}
	}
	if err != nil {
		fmt.Fprintf(stderr, "vnextract: %v\n", err)
		return exitFailed
	}

	b.con = newConsole(ctx, c.progress, stderr, f, c.paths)
	stopped, next := runPool(ctx, c.workers, c.workers*windowPerWorker,
		func(put func(input) bool) { f.feed(c.paths, put) }, work, b.emit)
	b.con.finish()
	b.sum.skipped = f.skipped.Load()
	if stopped {
		b.sum.stopped, b.sum.next = true, next.label()
		b.sum.interrupted = ctx.Err() != nil
	}

	if err := b.out.close(); err != nil && b.sum.outErr == nil {
		b.sum.outErr = err
	}
	if b.errs != nil {
		if err := b.errs.flush(); err != nil {
			fmt.Fprintf(stderr, "vnextract: %s: %v\n", c.errors, err)
			b.sum.outErr = errors.Join(b.sum.outErr, err)
		} else if err := errFile.Close(); err != nil {
			fmt.Fprintf(stderr, "vnextract: %s: %v\n", c.errors, err)
			b.sum.outErr = errors.Join(b.sum.outErr, err)
		}
	}
	if b.sum.outErr != nil {
		fmt.Fprintf(stderr, "vnextract: output: %v\n", b.sum.outErr)
	}
	if l := b.sum.stopLine(); l != "" && b.sum.outErr == nil {
		fmt.Fprintln(stderr, l)
	}
	fmt.Fprintln(stderr, b.sum.line(c.cmd))

	switch {
	case b.sum.outErr != nil, b.sum.stopped:
		return exitFailed
	case b.sum.failed > 0 && !c.exitZero:
		return exitFailed
	}
	return exitOK
}

// emit takes one result, in input order: it reports it, counts it and
// writes it. It returns false when the output failed and the run must
// stop.
func (b *batch) emit(r result) bool {
	b.sum.inputs++
	b.sum.last = r.in.label()
	b.con.step()
	if r.in.warn != nil {
		b.warn(r.in, r.in.warn)
	}
	switch {
	case errors.Is(r.err, extract.ErrNotArticle):
		b.sum.notArticles++
		b.con.printf("vnextract: %s: not an article (a home page or listing): no facts\n", r.in.label())
		return true
	case r.err != nil:
		b.sum.failed++
		b.con.printf("vnextract: %s: %v\n", r.in.label(), r.err)
		b.logError(r.in, r.err.Error())
		return true
	}
	b.sum.articles++
	if r.article != nil {
		for _, w := range r.article.Warnings {
			b.warn(r.in, w)
		}
	}
	if err := b.out.write(r); err != nil {
		b.sum.outErr = err
		return false
	}
	return true
}

// warn reports a problem that did not stop an input.
func (b *batch) warn(in input, err error) {
	b.sum.warnings++
	b.con.printf("vnextract: %s: warning: %v\n", in.label(), err)
	b.logError(in, "warning: "+err.Error())
}

// logError adds a row to the -errors file. The error column names the
// record's place in its file when the doc is a URL.
func (b *batch) logError(in input, msg string) {
	if b.errs == nil {
		return
	}
	if in.origin != "" && in.origin != in.name {
		msg = in.origin + ": " + msg
	}
	if err := b.errs.write([]string{in.name, msg}, nil); err != nil && b.sum.outErr == nil {
		b.sum.outErr = err
	}
}
