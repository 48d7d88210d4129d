package main

import (
	"context"
	"testing"
)

// TestFitExtension checks the forward step: with the fixed scores unable
// to tell the right candidate from the wrong ones, the free feature that
// marks the right one gets a large positive weight, one that marks a
// wrong one a negative weight, and the same data gives the same weights.
func TestFitExtension(t *testing.T) {
	// Two candidate features: 0 is fixed (the same for every candidate),
	// 1 is free. Each list has three candidates, the right one first.
	const nf, nq = 2, 1
	lists := func(freeOfRight, freeOfWrong float32) []example {
		var exs []example
		for range 20 {
			exs = append(exs, example{
				weight: 1, n: 3,
				feats:  []float32{1, freeOfRight, 1, freeOfWrong, 1, 0},
				qfeats: make([]float32, 3*nq),
				label:  []int8{1, 0, 0},
			})
		}
		// A list where the free feature marks nothing keeps the
		// feature's spread from being zero on its own.
		exs = append(exs, example{weight: 1, n: 2, feats: []float32{1, 0, 1, 0}, qfeats: make([]float32, 2*nq), label: []int8{1, 0}})
		return exs
	}
	fixed := func(x, _ []float32) float64 { return 0.5 * float64(x[0]) }
	for _, c := range []struct {
		name                     string
		freeOfRight, freeOfWrong float32
		positive                 bool
	}{
		{"marks the right candidate", 1, 0, true},
		{"marks a wrong candidate", 0, 1, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			w, err := fitExtension(context.Background(), lists(c.freeOfRight, c.freeOfWrong), nf, nq, fixed, []int{1}, 1e-4)
			if err != nil {
				t.Fatal(err)
			}
			if len(w) != 1 {
				t.Fatalf("got %d weights, want 1", len(w))
			}
			if c.positive && w[0] < 1 || !c.positive && w[0] > -1 {
				t.Errorf("got weight %.3f, want it %s", w[0], map[bool]string{true: "above 1", false: "below -1"}[c.positive])
			}
			again, err := fitExtension(context.Background(), lists(c.freeOfRight, c.freeOfWrong), nf, nq, fixed, []int{1}, 1e-4)
			if err != nil {
				t.Fatal(err)
			}
			if again[0] != w[0] {
				t.Errorf("fitted twice: got %v then %v, want the same", w[0], again[0])
			}
		})
	}
}
