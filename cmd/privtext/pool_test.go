package main

import (
	"context"
	"errors"
	"testing"
	"time"
)

func count(n int) func(put func(int) bool) error {
	return func(put func(int) bool) error {
		for i := range n {
			if !put(i) {
				break
			}
		}
		return nil
	}
}

func TestInOrderKeepsOrder(t *testing.T) {
	// Later items finish first; emit must still see them in feed order.
	var got []int
	err := inOrder(context.Background(), count(50),
		func(_ context.Context, i int) int {
			time.Sleep(time.Duration(50-i) * 20 * time.Microsecond)
			return i * i
		},
		func(v int) error { got = append(got, v); return nil })
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 50 {
		t.Fatalf("%d results, want 50", len(got))
	}
	for i, v := range got {
		if v != i*i {
			t.Fatalf("result %d = %d, want %d", i, v, i*i)
		}
	}
}

func TestInOrderStops(t *testing.T) {
	stop := errors.New("disk full")
	n := 0
	err := inOrder(context.Background(), count(1000),
		func(_ context.Context, i int) int { return i },
		func(int) error {
			n++
			if n == 3 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("err = %v after %d emits, want %v after 3", err, n, stop)
	}

	feedErr := errors.New("bad input")
	err = inOrder(context.Background(),
		func(put func(int) bool) error { put(1); return feedErr },
		func(_ context.Context, i int) int { return i },
		func(int) error { return nil })
	if !errors.Is(err, feedErr) {
		t.Errorf("err = %v, want the feed's error", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = inOrder(ctx, count(1000),
		func(_ context.Context, i int) int { return i },
		func(int) error {
			n++
			cancel() // Ctrl-C after the first result
			return nil
		})
	if !errors.Is(err, context.Canceled) || n != 1 {
		t.Errorf("err = %v after %d emits, want context.Canceled after 1", err, n)
	}
}
