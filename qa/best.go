package qa

import (
	"slices"
	"unsafe"
)

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
	c := append((*tmp)[:0], keys...)
	*tmp = c
	cut := nthLargest(c, n)
	// Fewer than n keys are above the cut: they go in room made for n,
	// the first ties on the stack, with no call in the loop (an
	// append's growth would make the compiler keep its values on the
	// stack); more ties than that room holds are gathered again.
	start := len(out)
	out = slices.Grow(out, n)
	above := out[start : start+n]
	var tieBuf [16]int32
	m, t := 0, 0
	for i, k := range keys {
		if k > cut {
			above[m] = ids[i]
			m++
		} else if k == cut {
			if t < len(tieBuf) {
				tieBuf[t] = ids[i]
			}
			t++
		}
	}
	out = out[:start+m]
	ties := tieBuf[:min(t, len(tieBuf))]
	if t > len(tieBuf) {
		ties = nil
		for i, k := range keys {
			if k == cut {
				ties = append(ties, ids[i])
			}
		}
	}
	need := n - m
	if len(ties) > need {
		slices.Sort(ties)
	}
	return append(out, ties[:need]...)
}

// nthLargest returns the n-th largest of keys (1 <= n <= len(keys); out
// of that, it panics, at its last read, keys[k], the one it checks),
// counting equal keys apart, found by quickselect, which reorders keys.
// No key may be NaN.
//
// It reads and writes keys in place (keyAt), with no bound check, for
// any n: the loop runs only while lo < hi, both within keys, and mid lies
// between them; each scan of a partition stops within [lo, hi], as the
// first stops at the pivot's own place at the latest and each later one
// at the key a swap has just put on the other side (Hoare's sentinels: a
// scan passes only keys strictly beyond the pivot, and a comparison with
// a NaN is false, so that even a NaN stops a scan).
func nthLargest(keys []float64, n int) float64 {
	base := unsafe.Pointer(unsafe.SliceData(keys))
	k := n - 1 // its place in keys sorted largest first
	lo, hi := 0, len(keys)-1
	for lo < hi {
		// The median of three as the pivot: deterministic, and not fooled
		// by keys that come sorted.
		mid := lo + (hi-lo)/2
		pl, pm, ph := keyAt(base, lo), keyAt(base, mid), keyAt(base, hi)
		if *pl < *pm {
			*pl, *pm = *pm, *pl
		}
		if *pl < *ph {
			*pl, *ph = *ph, *pl
		}
		if *pm < *ph {
			*pm, *ph = *ph, *pm
		}
		pivot := *pm
		// Larger keys to the left, smaller to the right.
		i, j := lo, hi
		for i <= j {
			for *keyAt(base, i) > pivot {
				i++
			}
			for *keyAt(base, j) < pivot {
				j--
			}
			if i <= j {
				pi, pj := keyAt(base, i), keyAt(base, j)
				*pi, *pj = *pj, *pi
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

// keyAt is the i-th key of keys, whose data starts at base, read in place
// with no bound check, for an i within keys (nthLargest).
func keyAt(base unsafe.Pointer, i int) *float64 {
	return (*float64)(unsafe.Add(base, 8*uintptr(i)))
}

// bestKeyed reorders items so that the n best of them by worse come
// first, best first, and returns those (all of them, best first, when
// there are no more than n): the candidates stage 2 keeps (rank.go), in
// the order the retrieval-rank feature reads. No key may be NaN. The n
// best are found by quickselect (partitionBest), then sorted by
// insertion: no item is compared with the best ones more than it takes to
// show it is not among them, where a heap of the best kept as the items
// come (offerBest, which it replaced) sifted many of them through it. Ids
// are unique, so worse is a strict order and the result does not depend
// on the order items come in.
func bestKeyed(items []keyed, n int) []keyed {
	if n <= 0 {
		return items[:0]
	}
	if len(items) > n {
		partitionBest(items, n)
		items = items[:n]
	}
	for i := 1; i < len(items); i++ {
		it, j := items[i], i
		for ; j > 0 && worse(items[j-1], it); j-- {
			items[j] = items[j-1]
		}
		items[j] = it
	}
	return items
}

// partitionBest reorders items (more than n >= 1 of them, unique ids) so
// that the n best by worse come first, in no particular order: nthLargest's
// quickselect, comparing items by worse.
//
// As nthLargest does, it reads and writes items in place (itemAt), with
// no bound check: the loop runs only while lo < hi, both within items,
// and mid lies between them; each scan of a partition stops within
// [lo, hi], the first at the pivot's own place at the latest (worse is
// false for an item against itself, NaN keys too) and each later one at
// the item a swap has just put on the other side, which stopped the other
// scan and so stops this one (Hoare's sentinels).
func partitionBest(items []keyed, n int) {
	base := unsafe.Pointer(unsafe.SliceData(items))
	k := n - 1 // the place of the n-th best, best first
	lo, hi := 0, len(items)-1
	for lo < hi {
		// The median of three as the pivot: deterministic, and not fooled
		// by items that come sorted.
		mid := lo + (hi-lo)/2
		pl, pm, ph := itemAt(base, lo), itemAt(base, mid), itemAt(base, hi)
		if worse(*pl, *pm) {
			*pl, *pm = *pm, *pl
		}
		if worse(*pl, *ph) {
			*pl, *ph = *ph, *pl
		}
		if worse(*pm, *ph) {
			*pm, *ph = *ph, *pm
		}
		pivot := *pm
		// Better items to the left, worse to the right.
		i, j := lo, hi
		for i <= j {
			for worse(pivot, *itemAt(base, i)) {
				i++
			}
			for worse(*itemAt(base, j), pivot) {
				j--
			}
			if i <= j {
				pi, pj := itemAt(base, i), itemAt(base, j)
				*pi, *pj = *pj, *pi
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
			return
		}
	}
}

// itemAt is the i-th item of items, whose data starts at base, read in
// place with no bound check, for an i within items (partitionBest).
func itemAt(base unsafe.Pointer, i int) *keyed {
	return (*keyed)(unsafe.Add(base, unsafe.Sizeof(keyed{})*uintptr(i)))
}
