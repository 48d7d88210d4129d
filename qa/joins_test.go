package qa

// eachJoin calls f with every string made of at most depth of pieces in a
// row, repeats allowed, in depth-first order from the empty string: the
// inputs the fast paths' tests compare on with their plain paths.
func eachJoin(pieces []string, depth int, f func(string)) {
	var walk func(s string, n int)
	walk = func(s string, n int) {
		f(s)
		if n < depth {
			for _, p := range pieces {
				walk(s+p, n+1)
			}
		}
	}
	walk("", 0)
}
