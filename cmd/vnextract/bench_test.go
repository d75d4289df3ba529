package main

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Benchmarks, not tests: they are heavy. Run them on a quiet machine:
//
//	go test ./cmd/vnextract -run '^$' -bench Workers -benchtime 5x
//	go test ./cmd/vnextract -run '^$' -bench PeakRSS -benchtime 1x
//
// The figures are in README.md ("Batch runs").

// corpusRepeats is how many times the corpus pages are given in one run:
// enough that the start of the command (50 ms: compiling the rules) and
// the last page's tail are small next to the work shared by the workers.
const corpusRepeats = 16

// BenchmarkWorkers reports articles per second with 1 and 2 workers over
// the corpus pages (testdata/pages/*.html), running the built command as
// a user does. The two are run in turn, b.N times each, so that both see
// the same machine: on a shared machine a neighbour may take a core for a
// while. It reports the best and the median of each and their ratio.
func BenchmarkWorkers(b *testing.B) {
	pages, err := filepath.Glob("../../testdata/pages/*.html")
	if err != nil || len(pages) == 0 {
		b.Fatalf("no corpus pages: %v", err)
	}
	var args []string
	for range corpusRepeats {
		args = append(args, pages...)
	}
	bin := buildCommand(b)
	rate := func(workers int) float64 {
		cmd := exec.Command(bin, append([]string{testTimeout, "-workers", fmt.Sprint(workers), "-o", os.DevNull}, args...)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			b.Fatalf("%v: %s", err, stderr.String())
		}
		return float64(len(args)) / time.Since(start).Seconds()
	}
	var one, two, spin []float64
	b.ResetTimer()
	for range b.N {
		one = append(one, rate(1))
		two = append(two, rate(2))
		spin = append(spin, spinRatio())
	}
	sort.Float64s(spin)
	b.ReportMetric(spin[len(spin)/2], "machine-ratio")
	sort.Float64s(one)
	sort.Float64s(two)
	best1, best2 := one[len(one)-1], two[len(two)-1]
	med1, med2 := one[len(one)/2], two[len(two)/2]
	b.ReportMetric(best1, "best-1w-articles/s")
	b.ReportMetric(best2, "best-2w-articles/s")
	b.ReportMetric(best2/best1, "best-ratio")
	b.ReportMetric(med1, "median-1w-articles/s")
	b.ReportMetric(med2, "median-2w-articles/s")
	b.ReportMetric(med2/med1, "median-ratio")
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
