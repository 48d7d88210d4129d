package bot

import (
	"context"
	"sync"
	"time"
)

// Deduper tells the first delivery of a platform event from its repeats:
// Slack's retries, a redelivered Socket Mode envelope, the same Discord
// message seen twice. Implementations must be safe for concurrent use.
// *Dedup keeps the IDs in process; package bot/redisstate shares them
// between replicas.
type Deduper interface {
	// First reports whether id is seen for the first time, and remembers
	// it. It never fails: when in doubt it reports true, since answering
	// twice is better than not answering.
	First(ctx context.Context, id string) bool
}

// Dedup remembers the IDs it has seen for a while, so that an event a
// platform delivers twice (a retry, a redelivered envelope) is handled once.
// It is safe for concurrent use.
type Dedup struct {
	ttl time.Duration
	now func() time.Time

	mu    sync.Mutex
	seen  map[string]time.Time
	sweep time.Time
}

// NewDedup returns a Dedup that remembers an ID for ttl.
func NewDedup(ttl time.Duration, now func() time.Time) *Dedup {
	if now == nil {
		now = time.Now
	}
	return &Dedup{ttl: ttl, now: now, seen: make(map[string]time.Time)}
}

// First reports whether id is seen for the first time within the TTL, and
// remembers it. An empty id is always first: it cannot be told apart.
func (d *Dedup) First(_ context.Context, id string) bool {
	if id == "" {
		return true
	}
	now := d.now()
	d.mu.Lock()
	defer d.mu.Unlock()
	if now.Sub(d.sweep) > d.ttl {
		for k, t := range d.seen {
			if now.Sub(t) > d.ttl {
				delete(d.seen, k)
			}
		}
		d.sweep = now
	}
	if t, ok := d.seen[id]; ok && now.Sub(t) <= d.ttl {
		return false
	}
	d.seen[id] = now
	return true
}
