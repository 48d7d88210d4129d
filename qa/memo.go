package qa

import "sync"

// memo remembers the values computed for string keys, up to a bound on
// its keys (then it computes without remembering): the process's stems
// (stem.go), an index's resolved question words (words.go). A plain map
// under a read-write lock: after the first questions it is read far more
// than written, and it costs a fraction of a sync.Map's memory per key.
// Its zero value is ready to use; it is safe for concurrent use.
type memo[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

// get returns the value of key, made by compute on a miss. The value is
// remembered when keep is set and the memo holds fewer than max keys; of
// two calls that compute the same key at once, both return the value
// remembered first.
func (c *memo[V]) get(key string, max int, keep bool, compute func() V) V {
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = compute()
	if !keep {
		return v
	}
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string]V{}
	}
	if old, ok := c.m[key]; ok {
		v = old
	} else if len(c.m) < max {
		c.m[key] = v
	}
	c.mu.Unlock()
	return v
}
