package main

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
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
	if _, err := minimize(ctx, 20, 1, quadratic(&calls, cancel), 0, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled after 5 evaluations: got error %v, want context.Canceled", err)
	}
	if calls > 50 {
		t.Errorf("cancelled after 5 evaluations: got %d evaluations, want it to stop soon after", calls)
	}

	calls = 0
	x, err := minimize(context.Background(), 20, 1, quadratic(&calls, nil), 0, nil)
	if err != nil {
		t.Fatalf("not cancelled: %v", err)
	}
	for i, v := range x {
		if v < 2.99 || v > 3.01 {
			t.Errorf("not cancelled: got x[%d] = %v, want 3", i, v)
		}
	}
}

// TestLogisticFreedAtTheOptimum checks the logistic fitter's free inputs
// on fixed random rows: with the bias and the other weights fixed at the
// full fit's, the inputs freed come back where the full fit put them (up
// to the fitter's tolerance and the bias's small share of the penalty),
// and the bias comes back as it was.
func TestLogisticFreedAtTheOptimum(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	want := []float64{1.5, -0.8, 0, 0.3, 2}
	var xs [][]float64
	var ys []bool
	var ws []float64
	for range 2000 {
		x := make([]float64, len(want))
		odds := -0.5
		for j := range x {
			x[j] = float64(j) + float64(j+1)*r.NormFloat64()
			odds += want[j] * x[j] / float64(j+1)
		}
		xs = append(xs, x)
		ys = append(ys, r.Float64() < 1/(1+math.Exp(-odds)))
		ws = append(ws, 0.5+r.Float64())
	}
	ctx := context.Background()
	w, b, err := fitLogistic(ctx, xs, ys, ws, 1e-3)
	if err != nil {
		t.Fatal(err)
	}
	free := []int{1, 4}
	fixed := append([]float64(nil), w...)
	for _, j := range free {
		fixed[j] = 0
	}
	got, gotBias, err := fitLogisticFree(ctx, xs, ys, ws, fixed, b, free, false, 1e-3)
	if err != nil {
		t.Fatal(err)
	}
	if gotBias != b {
		t.Errorf("fixed bias: got %v, want %v", gotBias, b)
	}
	for k, j := range free {
		if math.Abs(got[k]-w[j]) > 0.01*max(1, math.Abs(w[j])) {
			t.Errorf("input %d freed at the optimum: got %v, want the full fit's %v", j, got[k], w[j])
		}
	}
}
