package main

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/vnextract/vnextract/extract"
)

// windowPerWorker is how many inputs per worker may be in flight (read,
// being extracted, or done and waiting for an earlier one to be written).
// Four keeps every worker busy while a slow page holds the output back (a
// long page takes ten times a short one); more would only hold more pages
// in memory.
const windowPerWorker = 4

// A result is what a worker made of one input.
type result struct {
	in        input
	article   *extract.Article // the facts command's article; nil if err
	out       []byte           // the text and normalize commands' output
	err       error            // the input failed (or is not an article)
	cancelled bool             // the run stopped before the input was read
}

// A task is an input on its way to a worker, with the channel its result
// comes back on.
type task struct {
	in  input
	out chan result // buffered: a worker never waits for the writer
}

// runPool reads the inputs that feed produces, runs work on them with n
// workers, and hands each result to emit in input order — the sequencer of
// gofmt: the feeder queues each task, in order, before handing it to a
// worker; the writer takes the tasks from the queue one by one and waits
// for each one's result. The queue holds at most window tasks, so the
// feeder stops reading ahead when the writer falls behind, and memory
// stays flat whatever the number of inputs.
//
// The run stops early when ctx ends or emit returns false: no input is
// started after that, and nothing after the last emitted result is
// emitted. runPool then returns stopped true, and next, the input that
// would have come next (its name is "" when the feeder had not read it).
func runPool(ctx context.Context, n, window int, feed func(put func(input) bool), work func(input) result, emit func(result) bool) (stopped bool, next input) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	queue := make(chan task, window)
	tasks := make(chan task)
	var unread input // set by the feeder when it stops on ctx, before it closes queue
	go func() {
		defer close(queue)
		defer close(tasks)
		feed(func(in input) bool {
			t := task{in: in, out: make(chan result, 1)}
			if ctx.Err() != nil {
				unread = in
				return false
			}
			select {
			case queue <- t:
			case <-ctx.Done():
				unread = in
				return false
			}
			select {
			case tasks <- t:
				return true
			case <-ctx.Done():
				t.out <- result{in: in, cancelled: true}
				return false
			}
		})
	}()
	for range n {
		go func() {
			for t := range tasks {
				if ctx.Err() != nil {
					t.out <- result{in: t.in, cancelled: true}
					continue
				}
				t.out <- safely(work, t.in)
			}
		}()
	}
	for {
		var t task
		var ok bool
		select {
		case t, ok = <-queue:
		case <-ctx.Done():
			// The feeder may be blocked reading (a pipe); do not wait for it.
			return true, input{}
		}
		if !ok {
			if ctx.Err() != nil {
				return true, unread
			}
			return false, input{}
		}
		if ctx.Err() != nil {
			return true, t.in
		}
		var r result
		select {
		case r = <-t.out:
		case <-ctx.Done():
			return true, t.in
		}
		if r.cancelled {
			return true, t.in
		}
		if !emit(r) {
			return true, input{}
		}
	}
}

// safely runs work on in, turning a panic into an error for that input so
// that one bad page does not end a batch of thousands.
func safely(work func(input) result, in input) (r result) {
	defer func() {
		if p := recover(); p != nil {
			r = result{in: in, err: fmt.Errorf("internal error (please report): panic: %v\n%s", p, debug.Stack())}
		}
	}()
	return work(in)
}
