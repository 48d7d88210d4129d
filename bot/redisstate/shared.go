package redisstate

import (
	"context"
	"time"

	"github.com/go-redis/redis_rate/v10"

	"github.com/qabot/qabot/bot"
)

// Deduper returns the duplicate filter of one front, shared through Redis:
// an ID is first when this replica has not seen it and no replica has
// claimed it within ttl. While Redis is away the in-process filter alone
// decides.
func (s *Store) Deduper(front string, ttl time.Duration) bot.Deduper {
	return &deduper{s: s, key: s.cfg.KeyPrefix + "dedup:" + front + ":", ttl: ttl, local: bot.NewDedup(ttl, s.now)}
}

type deduper struct {
	s     *Store
	key   string // the keys' prefix
	ttl   time.Duration
	local *bot.Dedup
}

// First implements bot.Deduper.
func (d *deduper) First(ctx context.Context, id string) bool {
	if id == "" {
		return true
	}
	if !d.local.First(ctx, id) {
		return false
	}
	if !d.s.up.Load() {
		d.s.fellBack(KindDedup)
		return true
	}
	opCtx, cancel := d.s.opContext(ctx)
	defer cancel()
	first, err := d.s.rdb.SetNX(opCtx, d.key+id, 1, d.ttl).Result()
	if err != nil {
		d.s.failed(ctx, KindDedup, err)
		d.s.fellBack(KindDedup)
		return true
	}
	return first
}

// Limiter returns the rate limit of one front, perMinute questions a
// minute for each key, counted across replicas. While Redis is away each
// replica counts on its own.
func (s *Store) Limiter(front string, perMinute int) bot.Limiter {
	return &limiter{
		s:     s,
		key:   s.cfg.KeyPrefix + front + ":",
		limit: redis_rate.PerMinute(perMinute),
		local: bot.NewRateLimiter(perMinute, time.Minute, s.now),
	}
}

type limiter struct {
	s     *Store
	key   string
	limit redis_rate.Limit
	local *bot.RateLimiter
}

// Allow implements bot.Limiter.
func (l *limiter) Allow(ctx context.Context, key string) bool {
	if !l.s.up.Load() {
		l.s.fellBack(KindRateLimit)
		return l.local.Allow(ctx, key)
	}
	opCtx, cancel := l.s.opContext(ctx)
	defer cancel()
	res, err := l.s.rate.Allow(opCtx, l.key+key, l.limit)
	if err != nil {
		l.s.failed(ctx, KindRateLimit, err)
		l.s.fellBack(KindRateLimit)
		return l.local.Allow(ctx, key)
	}
	return res.Allowed > 0
}
