package qa

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSelectBest checks that selectBest keeps the n best items, ties by
// the lower id, whatever order they come in: the same set as sorting them
// all.
func TestSelectBest(t *testing.T) {
	tests := []struct {
		name  string
		keys  []float64
		n     int
		wantN int
	}{
		{"fewer than n", []float64{3, 1, 2}, 5, 3},
		{"distinct keys", []float64{5, 1, 9, 3, 7, 2, 8}, 3, 3},
		{"ties at the cut", []float64{1, 2, 2, 2, 2, 3, 0}, 3, 3},
		{"all equal", []float64{4, 4, 4, 4, 4, 4}, 2, 2},
		{"n of one", []float64{0.5, 0.25, 0.75, 0.75}, 1, 1},
	}
	for _, tc := range tests {
		items := make([]keyed, len(tc.keys))
		for i, k := range tc.keys {
			items[i] = keyed{key: k, id: int32(i)}
		}
		want := slices.Clone(items)
		slices.SortFunc(want, bestFirst)
		want = want[:tc.wantN]
		r := rand.New(rand.NewPCG(1, 2))
		for round := range 20 {
			order := slices.Clone(items)
			if round > 0 {
				r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			}
			got := slices.Clone(selectBest(slices.Clone(order), tc.n))
			slices.SortFunc(got, bestFirst)
			if !slices.Equal(got, want) {
				t.Errorf("%s, order %v: got %v, want %v", tc.name, order, got, want)
				break
			}
		}
	}
}

// bestFirst orders keyed items best first, as selectBest ranks them.
func bestFirst(a, b keyed) int {
	switch {
	case worse(a, b):
		return 1
	case worse(b, a):
		return -1
	}
	return 0
}

// TestSelectBestRandom checks selectBest against sorting on random lists
// with many ties, of every length around n.
func TestSelectBestRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 500 {
		items := make([]keyed, r.IntN(200))
		for i := range items {
			items[i] = keyed{key: float64(r.IntN(20)), id: int32(i)}
		}
		n := r.IntN(40)
		want := slices.Clone(items)
		slices.SortFunc(want, bestFirst)
		want = want[:min(n, len(want))]
		got := slices.Clone(selectBest(slices.Clone(items), n))
		slices.SortFunc(got, bestFirst)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d, %d items, n %d: got %v, want %v", round, len(items), n, got, want)
		}
	}
}
