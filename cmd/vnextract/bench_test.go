package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// Benchmarks, not tests: they are heavy. Run them on a quiet machine:
//
//	go test ./cmd/vnextract -run '^$' -bench Workers -benchtime 5x
//	go test ./cmd/vnextract -run '^$' -bench PeakRSS -benchtime 1x
//
// The figures are in README.md ("Batch runs").

// BenchmarkWorkers reports articles per second with 1 and 2 workers over
// the corpus pages (testdata/pages/*.html), running the built command as
// a user does, in two batch sizes: the corpus 16 times (about 600 inputs,
// 2 s with one worker) and 64 times (about 2,400 inputs, as a crawl is
// thousands of pages). The start of the command (the process and its packages, then
// compiling the rules: about 50 ms, reported as start-ms) does not divide
// between workers, so it weighs on the small batch and hardly on the
// large one.
//
// Each round runs one worker, then two, on the same inputs, so that both
// see the same machine: on a shared machine a neighbour may take a core
// for a while. It reports the median and the best of the rounds' ratios,
// and two controls measured in the same rounds: machine-ratio, what two
// goroutines of plain arithmetic get (2 on two free cores), and
// parse-ratio, what bare html.Parse over the same pages gets from two
// goroutines against one — the floor of the work, which allocates as
// much as extraction does and gains less from a second core than
// arithmetic on this kind of machine.
func BenchmarkWorkers(b *testing.B) {
	pages, err := filepath.Glob("../../testdata/pages/*.html")
	if err != nil || len(pages) == 0 {
		b.Fatalf("no corpus pages: %v", err)
	}
	var docs [][]byte
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
	}
	bin := buildCommand(b)
	run := func(workers int, args []string) time.Duration {
		cmd := exec.Command(bin, append([]string{testTimeout, "-workers", fmt.Sprint(workers), "-o", os.DevNull}, args...)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			b.Fatalf("%v: %s", err, stderr.String())
		}
		return time.Since(start)
	}
	for _, repeats := range []int{16, 64} {
		var args []string
		for range repeats {
			args = append(args, pages...)
		}
		b.Run(fmt.Sprintf("inputs=%d", len(args)), func(b *testing.B) {
			var one, two, ratio, spin, parse, start []float64
			for range b.N {
				t1, t2 := run(1, args), run(2, args)
				one = append(one, float64(len(args))/t1.Seconds())
				two = append(two, float64(len(args))/t2.Seconds())
				ratio = append(ratio, t1.Seconds()/t2.Seconds())
				spin = append(spin, spinRatio())
				parse = append(parse, parseRatio(docs, repeats/4))
				start = append(start, float64(run(1, pages[:1]).Milliseconds()))
			}
			b.ReportMetric(median(one), "median-1w-articles/s")
			b.ReportMetric(median(two), "median-2w-articles/s")
			b.ReportMetric(median(ratio), "median-ratio")
			b.ReportMetric(slices.Max(ratio), "best-ratio")
			b.ReportMetric(median(spin), "machine-ratio")
			b.ReportMetric(median(parse), "parse-ratio")
			b.ReportMetric(median(start), "start-ms")
		})
	}
}

// median returns the middle value of v (v is reordered).
func median(v []float64) float64 {
	sort.Float64s(v)
	return v[len(v)/2]
}

// parseRatio measures what bare html.Parse gets from two goroutines
// against one, over docs given repeats times.
func parseRatio(docs [][]byte, repeats int) float64 {
	timed := func(n int) time.Duration {
		work := make(chan []byte)
		var wg sync.WaitGroup
		for range n {
			wg.Go(func() {
				for d := range work {
					if _, err := html.Parse(bytes.NewReader(d)); err != nil {
						panic(err)
					}
				}
			})
		}
		start := time.Now()
		for range repeats {
			for _, d := range docs {
				work <- d
			}
		}
		close(work)
		wg.Wait()
		return time.Since(start)
	}
	one := timed(1)
	return one.Seconds() / timed(2).Seconds()
}

// spinRatio measures what the machine gives two goroutines at this
// moment: the time of one arithmetic loop over that of two run at once
// (2 on two free cores; less when a neighbour holds one).
func spinRatio() float64 {
	loop := func() {
		x := uint64(1)
		for range 200_000_000 {
			x = x*6364136223846793005 + 1442695040888963407
		}
		if x == 0 {
			panic("unreachable")
		}
	}
	timed := func(n int) time.Duration {
		start := time.Now()
		var wg sync.WaitGroup
		for range n {
			wg.Go(loop)
		}
		wg.Wait()
		return time.Since(start)
	}
	one := timed(1)
	return 2 * one.Seconds() / timed(2).Seconds()
}

// buildCommand builds the command into a temporary directory.
func buildCommand(b *testing.B) string {
	b.Helper()
	bin := filepath.Join(b.TempDir(), "vnextract")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// BenchmarkPeakRSS runs the built command over 10,000 and 100,000
// generated inputs (small pages, 1,000 a directory, as crawlers shard
// them) and reports its peak resident memory, which must not grow with
// the number of inputs.
func BenchmarkPeakRSS(b *testing.B) {
	bin := buildCommand(b)
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("inputs=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			r := rand.New(rand.NewSource(int64(n)))
			for i := range n {
				page := genArticle(r, i, i%3 != 0)
				ext := ".html"
				if i%3 == 0 {
					ext = ".txt"
				}
				writeFile(b, dir, fmt.Sprintf("%03d/p%06d%s", i/1000, i, ext), []byte(page.body))
			}
			b.ResetTimer()
			var peak int64
			start := time.Now()
			for range b.N {
				cmd := exec.Command(bin, testTimeout, "-workers=2", "-o", os.DevNull, dir)
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				if err := cmd.Run(); err != nil {
					b.Fatalf("%v: %s", err, stderr.String())
				}
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
					peak = max(peak, ru.Maxrss) // kilobytes on Linux
				}
				if s := parseSummary(b, stderr.String()); s.inputs != n {
					b.Fatalf("%d inputs read, want %d", s.inputs, n)
				}
			}
			b.ReportMetric(float64(peak)/1024, "peak-RSS-MB")
			b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "inputs/s")
		})
	}
}
