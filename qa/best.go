package qa

import "slices"

// keyed is an item ranked by key: a paragraph or a sentence (id) with its
// retrieval score.
type keyed struct {
	key float64
	id  int32
}

// worse orders keyed items: the lower key first, and of two equal keys the
// later id, so that the items kept never depend on the order they come in.
func worse(a, b keyed) bool {
	if a.key != b.key {
		return a.key < b.key
	}
	return a.id > b.id
}

// selectBest appends to out the ids of the n best of the items keys and
// ids describe (item i: keys[i], ids[i]) by worse: the larger key, and of
// equal keys the lower id, so that the items kept never depend on the
// order they come in. These are the paragraphs stage 2 scores (rank.go,
// selectParagraphs). The n-th best key is found among a copy of the keys,
// in tmp's array, by quickselect (nthLargest: a float comparison and an
// 8-byte swap a step), and one pass then keeps the items above it and,
// of those at it, the lowest ids: linear expected time. The better items
// come in the order given, then those at the n-th key.
func selectBest(keys []float64, ids []int32, n int, tmp *[]float64, out []int32) []int32 {
	if n <= 0 {
		return out
	}
	if len(keys) <= n {
		return append(out, ids...)
	}
	t := append((*tmp)[:0], keys...)
	*tmp = t
	cut := nthLargest(t, n)
	start := len(out)
	var tieBuf [16]int32
	ties := tieBuf[:0]
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

// nthLargest returns the n-th largest of keys (1 <= n <= len(keys)),
// counting equal keys apart, found by quickselect, which reorders keys.
// No key may be NaN.
func nthLargest(keys []float64, n int) float64 {
	k := n - 1 // its place in keys sorted largest first
	lo, hi := 0, len(keys)-1
	for lo < hi {
		// The median of three as the pivot: deterministic, and not fooled
		// by keys that come sorted.
		mid := lo + (hi-lo)/2
		if keys[lo] < keys[mid] {
			keys[lo], keys[mid] = keys[mid], keys[lo]
		}
		if keys[lo] < keys[hi] {
			keys[lo], keys[hi] = keys[hi], keys[lo]
		}
		if keys[mid] < keys[hi] {
			keys[mid], keys[hi] = keys[hi], keys[mid]
		}
		pivot := keys[mid]
		// Larger keys to the left, smaller to the right.
		i, j := lo, hi
		for i <= j {
			for keys[i] > pivot {
				i++
			}
			for keys[j] < pivot {
				j--
			}
			if i <= j {
				keys[i], keys[j] = keys[j], keys[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return keys[k]
		}
	}
	return keys[k]
}

// offerBest keeps in h, a heap of at most n items whose worst is at h[0],
// the n best of the items offered to it one at a time, and returns h. An
// item no better than the worst of a full heap costs one comparison, so
// keeping the few best of many items as they are made needs no list of
// them all: the candidates stage 2 keeps (rank.go). Of items with equal keys it keeps the lower ids, so the
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
