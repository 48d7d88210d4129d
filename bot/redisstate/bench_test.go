package redisstate

import (
	"context"
	"strconv"
	"testing"
	"time"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/bot/redisstate/redistest"
)

// The cost Redis adds to a question: one duplicate check and one
// rate-limit count, each a round trip to a redis-server on 127.0.0.1,
// against the in-process filter and limiter.

func BenchmarkDedupFirst(b *testing.B) {
	srv := redistest.Start(b)
	s := Open(testConfig(srv.Addr()), Options{})
	defer s.Close()
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		d    bot.Deduper
	}{
		{"redis", s.Deduper("bench", time.Minute)},
		{"process", bot.NewDedup(time.Minute, nil)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				bc.d.First(ctx, strconv.Itoa(i))
			}
		})
	}
}

func BenchmarkLimiterAllow(b *testing.B) {
	srv := redistest.Start(b)
	s := Open(testConfig(srv.Addr()), Options{})
	defer s.Close()
	ctx := context.Background()
	for _, bc := range []struct {
		name string
		l    bot.Limiter
	}{
		{"redis", s.Limiter("bench", 1_000_000)},
		{"process", bot.NewRateLimiter(1_000_000, time.Minute, nil)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; b.Loop(); i++ {
				bc.l.Allow(ctx, strconv.Itoa(i%100))
			}
		})
	}
}
