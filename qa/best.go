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
// by quickselect: the paragraphs stage 2 scores and the candidates it
// keeps (rank.go).
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
