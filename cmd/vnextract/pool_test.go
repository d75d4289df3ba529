package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// feedN feeds n inputs named "0", "1", …
func feedN(n int) func(put func(input) bool) {
	return func(put func(input) bool) {
		for i := range n {
			if !put(input{name: fmt.Sprint(i)}) {
				return
			}
		}
	}
}

// TestPoolOrder runs work that finishes in random order: results come out
// in input order, whatever the number of workers.
func TestPoolOrder(t *testing.T) {
	for _, workers := range []int{1, 3, 8} {
		var mu sync.Mutex
		r := rand.New(rand.NewSource(int64(workers)))
		work := func(in input) result {
			mu.Lock()
			d := time.Duration(r.Intn(300)) * time.Microsecond
			mu.Unlock()
			time.Sleep(d)
			return result{in: in, out: []byte(in.name)}
		}
		var got []string
		stopped, _ := runPool(context.Background(), workers, workers*windowPerWorker, feedN(500), work, func(r result) bool {
			got = append(got, string(r.out))
			return true
		})
		if stopped || len(got) != 500 {
			t.Fatalf("%d workers: stopped %v after %d results", workers, stopped, len(got))
		}
		for i, g := range got {
			if g != fmt.Sprint(i) {
				t.Fatalf("%d workers: result %d is %s", workers, i, g)
			}
		}
	}
}

// TestPoolWindow holds the writer back: the feeder must not read more
// than the window ahead, so memory does not grow with the inputs.
func TestPoolWindow(t *testing.T) {
	const workers, window = 2, 8
	var fed atomic.Int64
	feed := func(put func(input) bool) {
		for i := range 1000 {
			fed.Add(1)
			if !put(input{name: fmt.Sprint(i)}) {
				return
			}
		}
	}
	var maxAhead int64
	written := int64(0)
	runPool(context.Background(), workers, window, feed, func(in input) result { return result{in: in} }, func(r result) bool {
		if written%100 == 0 {
			time.Sleep(2 * time.Millisecond) // let the feeder run ahead if it can
		}
		written++
		maxAhead = max(maxAhead, fed.Load()-written)
		return true
	})
	// window queued, one being put, one read by the feeder and waiting.
	if maxAhead > window+2 {
		t.Errorf("the feeder ran %d inputs ahead of the writer, window %d", maxAhead, window)
	}
}

// TestPoolPanic turns a panic in one input's work into that input's
// error; the others are processed.
func TestPoolPanic(t *testing.T) {
	work := func(in input) result {
		if in.name == "3" {
			panic("boom")
		}
		return result{in: in}
	}
	var errs, ok int
	runPool(context.Background(), 2, 8, feedN(10), work, func(r result) bool {
		if r.err != nil {
			errs++
			if !strings.Contains(r.err.Error(), "panic: boom") {
				t.Errorf("error %v", r.err)
			}
		} else {
			ok++
		}
		return true
	})
	if errs != 1 || ok != 9 {
		t.Errorf("%d errors, %d ok; want 1, 9", errs, ok)
	}
}

// cancelWriter cancels its context once it has taken more than limit
// lines: a Ctrl-C in the middle of a run.
type cancelWriter struct {
	bytes.Buffer
	limit  int
	cancel context.CancelFunc
}

func (w *cancelWriter) Write(p []byte) (int, error) {
	n, err := w.Buffer.Write(p)
	if bytes.Count(w.Bytes(), []byte("\n")) > w.limit {
		w.cancel()
	}
	return n, err
}

// TestInterrupt stops a run in the middle, as Ctrl-C does: the output is
// complete CSV rows for a prefix of the inputs, the summary says where it
// stopped, and the exit code is 1.
func TestInterrupt(t *testing.T) {
	dir := t.TempDir()
	r := rand.New(rand.NewSource(1))
	var docs []string
	for i := range 200 {
		docs = append(docs, writeFile(t, dir, fmt.Sprintf("p%03d.html", i), []byte(genArticle(r, i, true).body)))
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &cancelWriter{limit: 100, cancel: cancel}
	var stderr bytes.Buffer
	code := runContext(ctx, []string{testTimeout, "-workers=2", dir}, strings.NewReader(""), out, &stderr)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	recs := readCSV(t, out.String())
	seen := map[string]bool{}
	for _, rec := range recs[1:] {
		if len(rec) != 8 {
			t.Fatalf("incomplete row %q", rec)
		}
		seen[rec[0]] = true
	}
	// The docs written are a prefix of the inputs.
	n := len(seen)
	for i, d := range docs {
		if seen[d] != (i < n) {
			t.Fatalf("docs written are not the first %d inputs: %s is %v", n, d, seen[d])
		}
	}
	if n == 0 || n == len(docs) {
		t.Fatalf("%d of %d docs written: the run was not stopped in the middle", n, len(docs))
	}
	want := fmt.Sprintf("vnextract: interrupted after %d inputs; the last written was %s", n, docs[n-1])
	if !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr should say %q:\n%s", want, stderr.String())
	}
	if s := parseSummary(t, stderr.String()); s.inputs != n {
		t.Errorf("summary %+v, want %d inputs", s, n)
	}
}
