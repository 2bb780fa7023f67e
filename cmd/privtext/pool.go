package main

import (
	"context"
	"runtime"
	"sync"
)

// inOrder runs work on every item that feed puts, one worker per core, and
// hands the results to emit in the order the items were put. At most two
// results per worker wait in memory, so memory stays flat however long the
// input. feed calls put for each item and stops when put returns false
// (cancellation or an emit error). After ctx is cancelled nothing more is
// emitted, so no partial output follows an interrupt.
//
// inOrder returns the first of: emit's error, feed's error, ctx.Err().
func inOrder[In, Out any](ctx context.Context, feed func(put func(In) bool) error, work func(context.Context, In) Out, emit func(Out) error) error {
	workers := runtime.GOMAXPROCS(0)
	type job struct {
		in  In
		out chan Out
	}
	wctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job)
	order := make(chan job, workers*2)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- work(wctx, j.in)
			}
		}()
	}
	feedErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		feedErr <- feed(func(in In) bool {
			j := job{in: in, out: make(chan Out, 1)}
			select {
			case order <- j:
			case <-wctx.Done():
				return false
			}
			select {
			case jobs <- j:
				return true
			case <-wctx.Done():
				// Already queued for emit: give it its (cancelled) result.
				j.out <- work(wctx, j.in)
				return false
			}
		})
	}()
	var err error
	for j := range order {
		out := <-j.out
		if wctx.Err() != nil {
			continue // drain: nothing more is emitted once cancelled
		}
		if err = emit(out); err != nil {
			cancel()
		}
	}
	wg.Wait()
	if ferr := <-feedErr; err == nil {
		err = ferr
	}
	if err == nil {
		err = ctx.Err()
	}
	return err
}
