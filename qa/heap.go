package qa

// keepBest adds x to h, a min-heap of at most n items ordered by worse
// (worse(a, b) reports whether a ranks below b), keeping the n best items
// seen: when h is full, x replaces the worst when it is better. With a
// total order, the items kept do not depend on the order they come in.
func keepBest[T any](h []T, x T, n int, worse func(a, b T) bool) []T {
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
