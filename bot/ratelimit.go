package bot

import (
	"context"
	"sync"
	"time"
)

// Limiter decides whether one more question of a user (or client IP) is
// within the rate limit, and counts it when it is. Implementations must be
// safe for concurrent use. *RateLimiter counts in process; package
// bot/redisstate counts across replicas.
type Limiter interface {
	// Allow records a question of key and reports whether it is within
	// the limit. It never fails: when the count cannot be had it decides
	// as best it can and lets the question through rather than lose it.
	Allow(ctx context.Context, key string) bool
}

// RateLimiter allows each key at most n events in any window of length per.
// It is safe for concurrent use.
type RateLimiter struct {
	n   int
	per time.Duration
	now func() time.Time

	mu     sync.Mutex
	events map[string][]time.Time
	sweep  time.Time
}

// NewRateLimiter returns a limiter of n events per window for each key.
func NewRateLimiter(n int, per time.Duration, now func() time.Time) *RateLimiter {
	if now == nil {
		now = time.Now
	}
	return &RateLimiter{n: n, per: per, now: now, events: make(map[string][]time.Time)}
}

// Allow records an event for key and reports whether it is within the limit.
// A refused event is not recorded, so a user who waits gets through.
func (l *RateLimiter) Allow(_ context.Context, key string) bool {
	now := l.now()
	cutoff := now.Add(-l.per)
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.sweep) > l.per {
		l.forgetBefore(cutoff)
		l.sweep = now
	}
	ev := l.events[key]
	i := 0
	for i < len(ev) && !ev[i].After(cutoff) {
		i++
	}
	ev = ev[i:]
	if len(ev) >= l.n {
		l.events[key] = ev
		return false
	}
	l.events[key] = append(ev, now)
	return true
}

// forgetBefore drops keys whose last event is older than cutoff, so the map
// does not grow with every user ever seen.
func (l *RateLimiter) forgetBefore(cutoff time.Time) {
	for k, ev := range l.events {
		if len(ev) == 0 || !ev[len(ev)-1].After(cutoff) {
			delete(l.events, k)
		}
	}
}
