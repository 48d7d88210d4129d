package qa

import (
	"math"
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
			got := slices.Clone(selectKeyed(order, tc.n))
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
		// Ties are kept by the lower id wherever it stands.
		r.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		got := slices.Clone(selectKeyed(items, n))
		slices.SortFunc(got, bestFirst)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d, %d items, n %d: got %v, want %v", round, len(items), n, got, want)
		}
	}
}

// TestNthLargest checks nthLargest against sorting on random lists with
// many ties, some sorted either way, for every n.
func TestNthLargest(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for round := range 300 {
		keys, sorted := tiedKeys(r, round, 100, 30)
		for n := 1; n <= len(keys); n++ {
			if got := nthLargest(slices.Clone(keys), n); got != sorted[n-1] {
				t.Fatalf("round %d, keys %v, n %d: got %v, want %v", round, keys, n, got, sorted[n-1])
			}
		}
	}
}

// TestNthLargestInPlace checks what nthLargest's reads with no bound
// check rely on: its scans never leave keys. The keys lie inside a longer
// array between guards that would stop a scan that ran past either end
// (+Inf before them, for the scan from the right; -Inf after them, for
// the scan from the left) and be swapped in: the guards must come out
// unchanged and the n-th largest right, for every n, on random lists with
// many ties, some sorted either way. A rank out of range must panic (at
// the last read, the one nthLargest checks). It fails with a key read one
// place off, or the last read made in place too.
func TestNthLargestInPlace(t *testing.T) {
	const guard = 4
	r := rand.New(rand.NewPCG(9, 10))
	for round := range 200 {
		keys, sorted := tiedKeys(r, round, 60, 20)
		for n := 1; n <= len(keys); n++ {
			buf := make([]float64, 0, len(keys)+2*guard)
			for range guard {
				buf = append(buf, math.Inf(1))
			}
			buf = append(buf, keys...)
			for range guard {
				buf = append(buf, math.Inf(-1))
			}
			if got := nthLargest(buf[guard:guard+len(keys)], n); got != sorted[n-1] {
				t.Fatalf("round %d, keys %v, n %d: got %v, want %v", round, keys, n, got, sorted[n-1])
			}
			for i := range guard {
				if !math.IsInf(buf[i], 1) || !math.IsInf(buf[len(buf)-1-i], -1) {
					t.Fatalf("round %d, keys %v, n %d: guards %v and %v changed", round, keys, n, buf[:guard], buf[len(buf)-guard:])
				}
			}
		}
	}
	for _, n := range []int{0, 4} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("nthLargest of rank %d among 3 keys: no panic, want one", n)
				}
			}()
			nthLargest([]float64{1, 2, 3}, n)
		}()
	}
}

// TestSelectFew checks that selectFew, offering the items one at a time to
// offerBest, keeps the same items as selectBest on random lists with many
// ties, of every length around n.
func TestSelectFew(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var h []keyed
	for round := range 500 {
		items := make([]keyed, r.IntN(200))
		for i := range items {
			items[i] = keyed{key: float64(r.IntN(20)), id: int32(i)}
		}
		n := r.IntN(40)
		want := slices.Clone(selectKeyed(items, n))
		slices.SortFunc(want, bestFirst)
		h = selectFew(h, items, n)
		got := slices.Clone(h)
		slices.SortFunc(got, bestFirst)
		if !slices.Equal(got, want) {
			t.Fatalf("round %d, %d items, n %d: got %v, want %v", round, len(items), n, got, want)
		}
	}
}

// TestOfferBest checks the heap offerBest keeps: its worst item at the
// root, and the n best kept, for a few hand-made sequences.
func TestOfferBest(t *testing.T) {
	tests := []struct {
		name string
		keys []float64
		n    int
		want []int32 // the ids kept, best first
	}{
		{"none kept", []float64{1, 2}, 0, nil},
		{"rising", []float64{1, 2, 3, 4, 5}, 2, []int32{4, 3}},
		{"falling", []float64{5, 4, 3, 2, 1}, 2, []int32{0, 1}},
		{"a tie at the cut keeps the lower id", []float64{1, 3, 3, 2}, 2, []int32{1, 2}},
		{"fewer than n", []float64{2, 7}, 4, []int32{1, 0}},
	}
	for _, tc := range tests {
		var h []keyed
		for i, k := range tc.keys {
			h = offerBest(h, tc.n, keyed{key: k, id: int32(i)})
			for j := 1; j < len(h); j++ {
				if worse(h[j], h[0]) {
					t.Errorf("%s: after %d items, item %v is worse than the root %v", tc.name, i+1, h[j], h[0])
				}
			}
		}
		slices.SortFunc(h, bestFirst)
		var got []int32
		for _, k := range h {
			got = append(got, k.id)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestSortBest checks that sortBest orders the heap offerBest keeps best
// first, as sorting the items does, on random lists with many ties.
func TestSortBest(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for round := range 300 {
		var h []keyed
		items := make([]keyed, r.IntN(100))
		for i := range items {
			items[i] = keyed{key: float64(r.IntN(10)), id: int32(i)}
			h = offerBest(h, 32, items[i])
		}
		want := slices.Clone(items)
		slices.SortFunc(want, bestFirst)
		want = want[:min(32, len(want))]
		sortBest(h)
		if !slices.Equal(h, want) {
			t.Fatalf("round %d, %d items: got %v, want %v", round, len(items), h, want)
		}
	}
}

// TestSortCands checks that sortCands orders candidates as a stable sort
// by the same order does, on random scores with many ties.
func TestSortCands(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	byScore := func(a, b cand) bool { return a.score > b.score }
	for round := range 300 {
		cs := make([]cand, r.IntN(40))
		for i := range cs {
			cs[i] = cand{sent: int32(i), score: float64(r.IntN(8))}
		}
		want := slices.Clone(cs)
		slices.SortStableFunc(want, func(a, b cand) int {
			switch {
			case byScore(a, b):
				return -1
			case byScore(b, a):
				return 1
			}
			return 0
		})
		sortCands(cs, byScore)
		if !slices.Equal(cs, want) {
			t.Fatalf("round %d: got %v, want %v", round, cs, want)
		}
	}
}

// selectFew returns the n best of items by worse, in no particular order,
// in h (reused), found by offerBest one item at a time, as rank keeps
// its candidates.
func selectFew(h, items []keyed, n int) []keyed {
	h = h[:0]
	for _, k := range items {
		h = offerBest(h, n, k)
	}
	return h
}

// selectKeyed returns the n best of items by worse, in no particular
// order, found by selectBest from their keys and ids.
func selectKeyed(items []keyed, n int) []keyed {
	keys := make([]float64, len(items))
	ids := make([]int32, len(items))
	key := map[int32]float64{}
	for i, it := range items {
		keys[i], ids[i] = it.key, it.id
		key[it.id] = it.key
	}
	var out []keyed
	for _, id := range selectBest(keys, ids, n, new([]float64), nil) {
		out = append(out, keyed{key: key[id], id: id})
	}
	return out
}

// offerBest keeps in h, a heap of at most n items whose worst is at h[0],
// the n best of the items offered to it one at a time, and returns h. An
// item no better than the worst of a full heap costs one comparison. It
// is how stage 2 kept its candidates before bestKeyed, kept here as the
// plain way bestKeyed is checked against. Of items with equal keys it keeps the lower ids, so the
// items kept never depend on the order they are offered in.
func offerBest(h []keyed, n int, k keyed) []keyed {
	if len(h) < n {
		// Sift up: a worse item rises to the root.
		h = append(h, k)
		for i := len(h) - 1; i > 0; {
			p := (i - 1) / 2
			if !worse(h[i], h[p]) {
				break
			}
			h[i], h[p] = h[p], h[i]
			i = p
		}
		return h
	}
	if n == 0 || !worse(h[0], k) {
		return h
	}
	// Replace the worst and sift it down.
	h[0] = k
	siftDown(h)
	return h
}

// siftDown moves h[0] down the heap h (worst at the root) to its place.
func siftDown(h []keyed) {
	for i := 0; ; {
		c := 2*i + 1
		if c >= len(h) {
			return
		}
		if c+1 < len(h) && worse(h[c+1], h[c]) {
			c++
		}
		if !worse(h[c], h[i]) {
			return
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
}

// sortBest orders h, a heap offerBest made, best first by worse: a
// heapsort, which moves the worst to the end, then the worst of the rest
// before it, and so on.
func sortBest(h []keyed) {
	for n := len(h) - 1; n > 0; n-- {
		h[0], h[n] = h[n], h[0]
		siftDown(h[:n])
	}
}

// TestBestKeyed checks bestKeyed against the heap it replaced (offerBest,
// then sortBest) on random lists with many ties, ids in random order, of
// every length around n: the same items in the same order.
func TestBestKeyed(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	var h []keyed
	for round := range 2000 {
		items := make([]keyed, r.IntN(120))
		for i, id := range r.Perm(len(items)) {
			items[i] = keyed{key: float64(r.IntN(12)), id: int32(id)}
		}
		n := r.IntN(40)
		h = h[:0]
		for _, it := range items {
			h = offerBest(h, n, it)
		}
		sortBest(h)
		if got := bestKeyed(slices.Clone(items), n); !slices.Equal(got, h) {
			t.Fatalf("round %d, %d items, n %d: got %v, want %v", round, len(items), n, got, h)
		}
	}
}

// TestSelectBestPlain checks selectBest against the plain pass it
// replaced, which appended the items above the cut and the ties as it met
// them (selectBestPlain), on random lists with few distinct keys, so that
// many more ties than its room on the stack meet at the cut: the same ids
// in the same order.
func TestSelectBestPlain(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	var tmp []float64
	many := 0 // rounds with more ties at the cut than tieBuf holds
	for round := range 3000 {
		keys := make([]float64, r.IntN(300))
		ids := make([]int32, len(keys))
		distinct := 1 + r.IntN(30)
		for i, id := range r.Perm(len(keys)) {
			keys[i], ids[i] = float64(r.IntN(distinct)), int32(id)
		}
		n := r.IntN(60)
		prefix := []int32{-1, -2}[:r.IntN(3)]
		want := selectBestPlain(keys, ids, n, slices.Clone(prefix))
		got := selectBest(keys, ids, n, &tmp, slices.Clone(prefix))
		if !slices.Equal(got, want) {
			t.Fatalf("round %d, %d keys, n %d: got %v, want %v", round, len(keys), n, got, want)
		}
		if n > 0 && len(keys) > n {
			cut := slices.Sorted(slices.Values(keys))[len(keys)-n]
			if ties := len(slices.DeleteFunc(slices.Clone(keys), func(k float64) bool { return k != cut })); ties > 16 {
				many++
			}
		}
	}
	if many == 0 {
		t.Error("no round with more than 16 ties at the cut")
	}
}

// selectBestPlain is selectBest as it was written before its pass over the
// keys lost its appends.
func selectBestPlain(keys []float64, ids []int32, n int, out []int32) []int32 {
	if n <= 0 {
		return out
	}
	if len(keys) <= n {
		return append(out, ids...)
	}
	cut := nthLargest(slices.Clone(keys), n)
	start := len(out)
	var ties []int32
	for i, k := range keys {
		if k > cut {
			out = append(out, ids[i])
		} else if k == cut {
			ties = append(ties, ids[i])
		}
	}
	need := n - (len(out) - start)
	if len(ties) > need {
		slices.Sort(ties)
	}
	return append(out, ties[:need]...)
}

// tiedKeys returns round's random list of 1 to maxLen keys drawn from
// fewer than maxDistinct values (many ties), sorted up or down in two
// rounds of three, and the same keys sorted from the largest.
func tiedKeys(r *rand.Rand, round, maxLen, maxDistinct int) (keys, sorted []float64) {
	keys = make([]float64, 1+r.IntN(maxLen))
	for i := range keys {
		keys[i] = float64(r.IntN(1 + round%maxDistinct))
	}
	switch round % 3 {
	case 1:
		slices.Sort(keys)
	case 2:
		slices.Sort(keys)
		slices.Reverse(keys)
	}
	sorted = slices.Clone(keys)
	slices.Sort(sorted)
	slices.Reverse(sorted)
	return keys, sorted
}

// TestSortByScorePlain checks that sortByScore orders candidates as
// sortCands with less does, the plain path it writes out: on random scores
// with many ties, NaNs and negative zeros, rows in and out of order and
// repeated, and lists longer than topK (which take the plain path).
func TestSortByScorePlain(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	scores := []float64{0, math.Copysign(0, -1), 1, -1, 2.5, math.NaN(), math.Inf(1), math.Inf(-1)}
	for round := range 3000 {
		cs := make([]cand, r.IntN(topK+8))
		for i := range cs {
			cs[i] = cand{sent: int32(i), row: int32(i), score: scores[r.IntN(len(scores))], prelim: float64(r.IntN(100))}
			switch round % 3 {
			case 1: // rows out of order
				cs[i].row = int32(r.IntN(64))
			case 2: // scores spread
				cs[i].score = r.NormFloat64()
			}
		}
		want := slices.Clone(cs)
		sortCands(want, less)
		sortByScore(cs)
		for i := range cs {
			// Compared by bits: NaN scores are not equal to themselves.
			if g, w := cs[i], want[i]; g.sent != w.sent || g.row != w.row || math.Float64bits(g.score) != math.Float64bits(w.score) || g.prelim != w.prelim {
				t.Fatalf("round %d, %d candidates, place %d: got %+v, want %+v", round, len(cs), i, g, w)
			}
		}
	}
}
