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

// keepBest adds x to h, a min-heap of at most n items by worse, keeping the
// n best items seen: when h is full, x replaces the worst when it is
// better. Most items score below the worst kept: that test is inlined at
// the call, the heap's work (and the tie-break) is not.
func keepBest(h []keyed, x keyed, n int) []keyed {
	if len(h) == n && x.key < h[0].key {
		return h
	}
	return addBest(h, x, n)
}

// addBest is keepBest past its first test.
func addBest(h []keyed, x keyed, n int) []keyed {
	if len(h) < n {
		h = append(h, x)
		for i := len(h) - 1; i > 0; {
			parent := (i - 1) / 2
			if !worse(h[i], h[parent]) {
				break
			}
			h[i], h[parent] = h[parent], h[i]
			i = parent
		}
		return h
	}
	if !worse(h[0], x) {
		return h
	}
	h[0] = x
	for i := 0; ; {
		l, least := 2*i+1, i
		if l < len(h) && worse(h[l], h[least]) {
			least = l
		}
		if r := l + 1; r < len(h) && worse(h[r], h[least]) {
			least = r
		}
		if least == i {
			return h
		}
		h[i], h[least] = h[least], h[i]
		i = least
	}
}

// selectBest reorders items so that its first n are the n best by worse
// (in no particular order) and returns them: the items keepBest would keep,
// found in linear expected time by quickselect. It is for lists known
// whole, where keepBest's heap would be rebuilt for most items.
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
