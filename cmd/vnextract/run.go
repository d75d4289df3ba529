package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// Exit codes, as the manual gives them.
const (
	exitOK     = 0 // every input processed (articles, or pages that are not articles)
	exitFailed = 1 // some input failed, or the run was interrupted; the others were processed
	exitUsage  = 2 // the command line is wrong
)

// run is the whole command: it parses args, reads the inputs and writes
// to stdout and stderr, and returns the exit code. An interrupt (Ctrl-C)
// or SIGTERM stops the run cleanly; a second one kills the process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // restore the default handling: a second Ctrl-C kills
	}()
	return runContext(ctx, args, stdin, stdout, stderr)
}

// Garbage-collector settings of the command, unless the environment sets
// GOGC or GOMEMLIMIT.
const (
	// gcPercent: extraction allocates much and keeps little (one page and
	// its facts per worker), so Go's default of 100 spends a third of the
	// CPU time collecting. 400 takes that third off (corpus pages, one
	// worker: 1.42 s of CPU at 100, 0.95 s at 400) for about 10 MB more
	// peak memory, and leaves a second worker a whole core.
	gcPercent = 400
	// memoryLimit is a soft limit: near it the collector runs as often as
	// it needs instead of letting the heap grow fivefold, which matters
	// only for several huge pages at once.
	memoryLimit = 1 << 30
)

// tuneGC applies gcPercent and memoryLimit.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// runContext is run under a context whose end stops the run: no input is
// started after it, and what was written stays complete.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := cmdFacts
	if len(args) > 0 {
		switch args[0] {
		case "text":
			cmd, args = cmdText, args[1:]
		case "normalize":
			cmd, args = cmdNormalize, args[1:]
		case "extract":
			args = args[1:]
		}
	}
	c, code := parseFlags(cmd, args, stdin, stderr)
	if c == nil {
		return code
	}
	if c.format == "xlsx" && (c.out == "" || c.out == "-") && isTerminal(stdout) {
		fmt.Fprintln(stderr, "vnextract: -format xlsx writes a binary file: give it with -o FILE")
		return exitUsage
	}
	out, err := openOutput(c.out, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "vnextract: %v\n", err)
		return exitFailed
	}
	code = c.run(ctx, out.w, stderr)
	if err := out.close(); err != nil {
		fmt.Fprintf(stderr, "vnextract: %s: %v\n", out.name, err)
		code = exitFailed
	}
	return code
}

// parseFlags reads the command line of cmd. It returns nil and the exit
// code when the command must not run (-h, or a usage error, reported).
func parseFlags(cmd command, args []string, stdin io.Reader, stderr io.Writer) (*config, int) {
	c := &config{cmd: cmd, stdin: stdin}
	fs := c.flagSet(stderr)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, exitOK
		}
		return nil, exitUsage
	}
	if err := c.check(); err != nil {
		fmt.Fprintf(stderr, "vnextract: %v\n", err)
		fmt.Fprintf(stderr, "run 'vnextract %s-h' for usage\n", cmd.prefix())
		return nil, exitUsage
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	c.paths = paths
	return c, exitOK
}

// parseInterspersed parses flags wherever they stand among the paths
// ("vnextract dir -workers 4"), as users of find and grep expect. "--"
// ends the flags: everything after it is a path.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return paths, nil
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(paths, rest...), nil
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
}

// An output is where the main output goes: standard output or a file.
type output struct {
	name string
	w    io.Writer
	f    *os.File // nil for standard output
}

func openOutput(name string, stdout io.Writer) (*output, error) {
	if name == "" || name == "-" {
		return &output{name: "<stdout>", w: stdout}, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	return &output{name: name, w: f, f: f}, nil
}

func (o *output) close() error {
	if o.f == nil {
		return nil
	}
	return o.f.Close()
}
