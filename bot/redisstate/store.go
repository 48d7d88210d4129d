package redisstate

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-redis/redis_rate/v10"
	"github.com/redis/go-redis/v9"

	"github.com/qabot/qabot/bot"
)

// Recorder receives the Store's observations, for metrics. It must be
// safe for concurrent use.
type Recorder interface {
	// RedisState is called with false each time the Store loses Redis and
	// falls back to in-process state, and with true when it has it again.
	RedisState(up bool)
	// RedisFallback counts one operation done in process for want of
	// Redis: kind is "dedup", "rate_limit" or "feedback".
	RedisFallback(kind string)
}

// The kinds of operation, as RedisFallback names them.
const (
	KindDedup     = "dedup"
	KindRateLimit = "rate_limit"
	KindFeedback  = "feedback"
)

// Options are what a Store needs beyond its configuration. Zero values
// take the defaults.
type Options struct {
	// Logger receives the Store's lines; nil discards.
	Logger *slog.Logger
	// Recorder receives metrics; nil discards.
	Recorder Recorder
	// FeedbackFallback keeps votes while Redis is away (the feedback
	// file); nil keeps them in memory only until Redis is back.
	FeedbackFallback bot.FeedbackStore
	// Now is the clock of the in-process fallbacks; nil means time.Now.
	Now func() time.Time
	// After is the timer of the reconnection probe; nil means time.After.
	After func(time.Duration) <-chan time.Time
	// MinBackoff and MaxBackoff bound the wait between two attempts to
	// reach Redis again, doubling from the one to the other; 0 means
	// DefaultMinBackoff and DefaultMaxBackoff.
	MinBackoff, MaxBackoff time.Duration
}

// Defaults of the reconnection backoff. The cap is low: a ping a second
// costs Redis nothing, and state is shared again within a second of Redis
// coming back.
const (
	DefaultMinBackoff = 200 * time.Millisecond
	DefaultMaxBackoff = time.Second
)

// maxPending bounds the votes kept in memory while Redis is away, to be
// written to the stream once it is back; older ones stay in the fallback
// file only.
const maxPending = 10_000

// Store shares state through one Redis server, falling back to in-process
// state while Redis cannot be reached. It is safe for concurrent use.
type Store struct {
	cfg    Config
	rdb    *redis.Client
	rate   *redis_rate.Limiter
	log    *slog.Logger
	rec    Recorder
	now    func() time.Time
	after  func(time.Duration) <-chan time.Time
	minB   time.Duration
	maxB   time.Duration
	backup bot.FeedbackStore

	up   atomic.Bool
	done chan struct{} // closed by Close
	wg   sync.WaitGroup

	mu       sync.Mutex
	closed   bool
	downAt   time.Time
	pending  []bot.Feedback
	refusals map[string]bool // kinds whose refusal by Redis was logged
}

// Open returns a Store for cfg without connecting; Start does. It routes
// go-redis's own log lines, a package-wide setting of that library, to
// opt.Logger at debug level.
func Open(cfg Config, opt Options) *Store {
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Recorder == nil {
		opt.Recorder = nopRecorder{}
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.After == nil {
		opt.After = time.After
	}
	if opt.MinBackoff <= 0 {
		opt.MinBackoff = DefaultMinBackoff
	}
	if opt.MaxBackoff < opt.MinBackoff {
		opt.MaxBackoff = max(opt.MinBackoff, DefaultMaxBackoff)
	}
	redis.SetLogger(clientLog{opt.Logger})
	rdb := redis.NewClient(cfg.options())
	s := &Store{
		cfg:      cfg,
		rdb:      rdb,
		rate:     redis_rate.NewLimiter(rdb),
		log:      opt.Logger,
		rec:      opt.Recorder,
		now:      opt.Now,
		after:    opt.After,
		minB:     opt.MinBackoff,
		maxB:     opt.MaxBackoff,
		backup:   opt.FeedbackFallback,
		done:     make(chan struct{}),
		refusals: map[string]bool{},
	}
	s.up.Store(true)
	return s
}

// Start checks that Redis answers. A Redis that cannot be reached is not an
// error: the Store starts on in-process state and keeps trying. A Redis
// that refuses qabot (a wrong password, an unknown user, a database out of
// range) is: the configuration needs fixing.
func (s *Store) Start(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, dialTimeout+opTimeout)
	defer cancel()
	err := s.rdb.Ping(ctx).Err()
	if err == nil {
		s.log.Info("redis connected: duplicate filters, rate limits and feedback are shared", "addr", s.cfg.Address, "db", s.cfg.DB)
		s.rec.RedisState(true)
		return nil
	}
	if refusal(err) {
		return fmt.Errorf("redis at %s refused qabot (check redis.username, redis.password and redis.db): %w", s.cfg.Address, err)
	}
	s.lose(err)
	return nil
}

// Up reports whether state is shared through Redis now.
func (s *Store) Up() bool { return s.up.Load() }

// Close stops the reconnection probe and closes the connections.
func (s *Store) Close() error {
	s.mu.Lock()
	already := s.closed
	s.closed = true
	s.mu.Unlock()
	if already {
		return nil
	}
	close(s.done)
	s.wg.Wait()
	if err := s.rdb.Close(); err != nil {
		return fmt.Errorf("close redis client: %w", err)
	}
	return nil
}

// opContext bounds one operation on Redis.
func (s *Store) opContext(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, opTimeout)
}

// failed handles an error of an operation of kind done under the caller's
// ctx. A refusal (Redis answered with an error) is logged once per kind;
// anything else means Redis is lost, unless the caller gave up first.
func (s *Store) failed(ctx context.Context, kind string, err error) {
	switch {
	case ctx.Err() != nil:
		// The caller gave up; that says nothing about Redis.
	case refusal(err):
		s.mu.Lock()
		logged := s.refusals[kind]
		s.refusals[kind] = true
		s.mu.Unlock()
		if !logged {
			s.log.Error("redis refused an operation; it is done in process instead (check the user's ACL)", "kind", kind, "err", err)
		}
	default:
		s.lose(err)
	}
}

// fellBack counts one operation of kind done in process.
func (s *Store) fellBack(kind string) { s.rec.RedisFallback(kind) }

// lose switches to in-process state, once per outage: it logs, counts,
// and starts the reconnection probe.
func (s *Store) lose(err error) {
	if !s.up.CompareAndSwap(true, false) {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	s.downAt = s.now()
	s.log.Warn("redis unreachable: answering with in-process duplicate filters and rate limits, votes kept in the feedback file; reconnecting",
		"addr", s.cfg.Address, "err", err)
	s.rec.RedisState(false)
	s.wg.Add(1)
	go s.probe()
}

// probe pings Redis with exponential backoff until it answers or the Store
// is closed.
func (s *Store) probe() {
	defer s.wg.Done()
	wait := s.minB
	for {
		select {
		case <-s.done:
			return
		case <-s.after(wait):
		}
		ctx, cancel := context.WithTimeout(context.Background(), dialTimeout+opTimeout)
		err := s.rdb.Ping(ctx).Err()
		cancel()
		if err == nil {
			s.back()
			return
		}
		s.log.Debug("redis still unreachable", "addr", s.cfg.Address, "err", err, "next_in", min(2*wait, s.maxB))
		wait = min(2*wait, s.maxB)
	}
}

// back shares state through Redis again and writes the votes kept
// meanwhile to the stream.
func (s *Store) back() {
	s.mu.Lock()
	down := s.now().Sub(s.downAt)
	s.mu.Unlock()
	// The state is recorded before it is announced by Up, so that whoever
	// sees Up true finds it recorded too.
	s.rec.RedisState(true)
	s.up.Store(true)
	s.log.Info("redis reachable again: duplicate filters, rate limits and feedback are shared again", "addr", s.cfg.Address, "down_for", down.Round(time.Millisecond).String())
	s.flushPending()
}

// refusal reports whether err is Redis's answer refusing an operation (a
// wrong password, a missing permission), as opposed to Redis being
// unreachable, slow or busy restarting.
func refusal(err error) bool {
	var re redis.Error
	if !errors.As(err, &re) {
		return false
	}
	for _, transient := range []string{"LOADING", "BUSY", "MASTERDOWN", "TRYAGAIN", "CLUSTERDOWN", "READONLY"} {
		if strings.HasPrefix(re.Error(), transient) {
			return false
		}
	}
	return true
}

// clientLog routes go-redis's log lines to slog.
type clientLog struct{ log *slog.Logger }

func (l clientLog) Printf(ctx context.Context, format string, v ...any) {
	l.log.DebugContext(ctx, "redis client: "+fmt.Sprintf(format, v...))
}

type nopRecorder struct{}

func (nopRecorder) RedisState(bool)      {}
func (nopRecorder) RedisFallback(string) {}
