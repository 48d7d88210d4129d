package qa

import "sync"

// memo remembers the values computed for string keys, for the whole
// process, up to max keys (then it computes without remembering): stems,
// alternatives. It is safe for concurrent use.
type memo[V any] struct {
	mu  sync.RWMutex
	m   map[string]V
	max int
}

func newMemo[V any](max int) *memo[V] { return &memo[V]{m: map[string]V{}, max: max} }

// get returns the value of key, computing it with compute the first time.
func (c *memo[V]) get(key string, compute func(string) V) V {
	c.mu.RLock()
	v, ok := c.m[key]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = compute(key)
	c.mu.Lock()
	if len(c.m) < c.max {
		c.m[key] = v
	}
	c.mu.Unlock()
	return v
}
