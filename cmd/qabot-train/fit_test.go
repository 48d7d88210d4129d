package main

import (
	"context"
	"errors"
	"testing"
)

// TestMinimizeStopsWhenCancelled checks that a fit ends with the context's
// error soon after the context is done (a SIGTERM while training), and
// runs to its minimum otherwise.
func TestMinimizeStopsWhenCancelled(t *testing.T) {
	// f(x) = Σ (x_i - 3)², slowly enough conditioned to take many steps.
	quadratic := func(calls *int, cancel func()) func(int, []float64, []float64) float64 {
		return func(_ int, x, grad []float64) float64 {
			*calls++
			if *calls == 5 && cancel != nil {
				cancel()
			}
			v := 0.0
			for i := range x {
				scale := float64(1 + i*i)
				d := x[i] - 3
				v += scale * d * d
				grad[i] = 2 * scale * d
			}
			return v
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	calls := 0
	if _, err := minimize(ctx, 20, 1, quadratic(&calls, cancel), 0); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled after 5 evaluations: got error %v, want context.Canceled", err)
	}
	if calls > 50 {
		t.Errorf("cancelled after 5 evaluations: got %d evaluations, want it to stop soon after", calls)
	}

	calls = 0
	x, err := minimize(context.Background(), 20, 1, quadratic(&calls, nil), 0)
	if err != nil {
		t.Fatalf("not cancelled: %v", err)
	}
	for i, v := range x {
		if v < 2.99 || v > 3.01 {
			t.Errorf("not cancelled: got x[%d] = %v, want 3", i, v)
		}
	}
}
