package qa

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

// selectBest reorders items so that its first n are the n best by worse
// (in no particular order) and returns them, found in linear expected time
// by quickselect: the paragraphs stage 2 scores (rank.go), whose order
// there matters (selectParagraphs).
func selectBest(items []keyed, n int) []keyed {
	if n <= 0 {
		return items[:0]
	}
	if len(items) <= n {
		return items
	}
	lo, hi := 0, len(items)-1
	for lo < hi {
		// The median of three as the pivot: deterministic, and not fooled
		// by items that come sorted.
		mid := lo + (hi-lo)/2
		if worse(items[lo], items[mid]) {
			items[lo], items[mid] = items[mid], items[lo]
		}
		if worse(items[lo], items[hi]) {
			items[lo], items[hi] = items[hi], items[lo]
		}
		if worse(items[mid], items[hi]) {
			items[mid], items[hi] = items[hi], items[mid]
		}
		pivot := items[mid]
		// Better items to the left, worse to the right.
		i, j := lo, hi
		for i <= j {
			for worse(pivot, items[i]) {
				i++
			}
			for worse(items[j], pivot) {
				j--
			}
			if i <= j {
				items[i], items[j] = items[j], items[i]
				i++
				j--
			}
		}
		switch {
		case n-1 <= j:
			hi = j
		case n-1 >= i:
			lo = i
		default:
			return items[:n]
		}
	}
	return items[:n]
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
