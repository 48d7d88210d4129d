package main

// What qabot serve's replicas share: with a redis section, the fronts'
// duplicate filters, the rate limits and the votes go through Redis
// (bot/redisstate); without one, each process keeps its own, as a single
// process always has, and votes go to the feedback file in the data
// folder.

import (
	"context"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/bot/httpapi"
	"github.com/qabot/qabot/bot/redisstate"
)

// sharedState hands the fronts their shared state.
type sharedState struct {
	store    *redisstate.Store // nil without Redis
	feedback bot.FeedbackStore // nil when questions are not logged
}

// newSharedState builds the state cfg asks for; nothing is reached until
// start. cfg.DataDir must be resolved (see dataDir).
func newSharedState(cfg Config, logger *slog.Logger, metrics *httpapi.Metrics) *sharedState {
	st := &sharedState{}
	file := bot.NewFeedbackFile(filepath.Join(cfg.DataDir, bot.FeedbackFileName))
	if cfg.Redis.Enabled {
		metrics.TrackRedis(redisstate.KindDedup, redisstate.KindRateLimit, redisstate.KindFeedback)
		st.store = redisstate.Open(cfg.Redis, redisstate.Options{
			Logger:           logger.With("component", "redis"),
			Recorder:         metrics,
			FeedbackFallback: file,
		})
	}
	if cfg.Log.Questions {
		st.feedback = file
		if st.store != nil {
			st.feedback = st.store.Feedback()
		}
	}
	return st
}

// start checks that Redis answers, when configured. Only a Redis that
// refuses qabot is an error; one that cannot be reached is retried while
// the fronts answer with in-process state.
func (st *sharedState) start(ctx context.Context) error {
	if st.store == nil {
		return nil
	}
	return st.store.Start(ctx)
}

// close closes the connections to Redis.
func (st *sharedState) close(logger *slog.Logger) {
	if st.store == nil {
		return
	}
	if err := st.store.Close(); err != nil {
		logger.Warn("closing the redis client", "err", err)
	}
}

// limiter returns the rate limit of a front whose configured limit is
// rateLimit, shared through Redis; nil leaves it to the handler (in
// process, or off).
func (st *sharedState) limiter(front string, rateLimit int) bot.Limiter {
	if st.store == nil || rateLimit < 0 {
		return nil
	}
	if rateLimit == 0 {
		rateLimit = bot.DefaultRateLimit
	}
	return st.store.Limiter(front, rateLimit)
}

// dedup returns the duplicate filter of a front, shared through Redis;
// nil leaves it to the front (in process).
func (st *sharedState) dedup(front string, ttl time.Duration) bot.Deduper {
	if st.store == nil {
		return nil
	}
	return st.store.Deduper(front, ttl)
}

// describe returns the start-up line's attributes about shared state.
func (st *sharedState) describe(cfg Config) []any {
	shared := "process"
	if st.store != nil {
		shared = "redis " + cfg.Redis.Address
	}
	return []any{"shared_state", shared, "feedback_stored", st.feedback != nil}
}

// dataDir returns the data folder: configured, else $XDG_STATE_HOME/qabot,
// else ~/.local/state/qabot, else a qabot folder in the working directory.
func dataDir(configured string, getenv func(string) string) string {
	switch {
	case configured != "":
		return configured
	case getenv("XDG_STATE_HOME") != "":
		return filepath.Join(getenv("XDG_STATE_HOME"), "qabot")
	case getenv("HOME") != "":
		return filepath.Join(getenv("HOME"), ".local", "state", "qabot")
	}
	return "qabot-data"
}
