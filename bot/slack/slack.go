package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/slack-go/slack"

	"github.com/qabot/qabot/bot"
)

// Front answers questions asked in Slack. Build it with New and serve with
// Run; a Front serves once.
type Front struct {
	cfg     Config
	h       *bot.Handler
	log     *slog.Logger
	api     *slack.Client
	post    poster
	deps    deps
	dedup   bot.Deduper
	passive map[string]bool
	flight  bot.Inflight
	busy    chan struct{} // one token per question being answered

	// me is set by Run from auth.test before any event is read, and only
	// read after.
	me identity
	// conn is whether the front is connected to Slack now: the websocket
	// is up (socket mode) or the events endpoint listens with an accepted
	// token (http mode).
	conn bot.Connection
}

// deps are the Front's collaborators and timings, replaced by tests.
type deps struct {
	now          func() time.Time
	httpClient   *http.Client
	pingInterval time.Duration  // socket mode: reconnect after this long without a ping from Slack
	replyTimeout time.Duration  // longest time to answer and post one question, and to wait for a turn
	concurrency  int            // questions answered at once; more wait their turn
	onListen     func(net.Addr) // http mode: called once the listener is bound
	dedup        bot.Deduper    // nil: in process, for DedupTTL
}

func defaultDeps() deps {
	return deps{
		now:          time.Now,
		httpClient:   &http.Client{Timeout: 15 * time.Second},
		pingInterval: 30 * time.Second,
		replyTimeout: 30 * time.Second,
		concurrency:  32,
	}
}

// Timings of the front.
const (
	// DedupTTL is how long an event ID is remembered: Slack retries an
	// event for about an hour at most.
	DedupTTL        = time.Hour
	shutdownTimeout = 10 * time.Second
	maxRequestBytes = 1 << 20
)

// Options are what a Front needs beyond its configuration section. The zero
// value keeps everything in process.
type Options struct {
	// Dedup filters out events Slack delivers more than once; nil keeps the
	// IDs in process for DedupTTL. Replicas share one through Redis
	// (bot/redisstate), so that a retry reaching another replica is not
	// answered again.
	Dedup bot.Deduper
}

// New returns a Slack front that answers with h. cfg must be valid (see
// Config.Validate); New does not reach Slack, Run does.
func New(cfg Config, h *bot.Handler, logger *slog.Logger, opt Options) (*Front, error) {
	d := defaultDeps()
	d.dedup = opt.Dedup
	return newFront(cfg, h, logger, d)
}

func newFront(cfg Config, h *bot.Handler, logger *slog.Logger, d deps) (*Front, error) {
	cfg.Enabled = true
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if h == nil {
		return nil, errors.New("no question handler")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	cfg.Mode = cfg.mode()
	api := slack.New(cfg.BotToken,
		slack.OptionAPIURL(cfg.apiURL()),
		slack.OptionAppLevelToken(cfg.AppToken),
		slack.OptionHTTPClient(d.httpClient),
		slack.OptionRetryConfig(retryConfig()),
	)
	dedup := d.dedup
	if dedup == nil {
		dedup = bot.NewDedup(DedupTTL, d.now)
	}
	passive := make(map[string]bool, len(cfg.Channels))
	for _, c := range cfg.Channels {
		passive[c] = true
	}
	return &Front{
		cfg:     cfg,
		h:       h,
		log:     logger,
		conn:    bot.Connection{Name: "slack", Logger: logger, Attrs: []any{"mode", cfg.Mode}},
		api:     api,
		post:    api,
		deps:    d,
		dedup:   dedup,
		passive: passive,
		busy:    make(chan struct{}, max(1, d.concurrency)),
	}, nil
}

// retryConfig retries Web API calls that Slack rate-limited (429) or that
// never reached it, so that a busy moment does not lose a reply.
func retryConfig() slack.RetryConfig {
	c := slack.DefaultRetryConfig()
	c.MaxRetries = 2
	c.RetryAfterDuration = 5 * time.Second
	c.Handlers = slack.AllBuiltinRetryHandlers(c)
	return c
}

// Run checks the bot token with auth.test, connects (socket mode) or
// listens (http mode), and answers questions until ctx is done. Then it
// stops taking new questions, waits for those in flight, closes the
// connection and returns nil. It returns an error when it cannot start, or
// when Slack refuses the tokens; ErrAuth is in the chain then.
func (f *Front) Run(ctx context.Context) error {
	me, err := f.whoAmI(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	f.me = me
	f.log.Info("slack accepted the bot token", "mode", f.cfg.Mode, "bot_user", me.userID, "passive_channels", len(f.passive))
	defer f.conn.Set(false, "stopped")
	if f.cfg.Mode == ModeHTTP {
		return f.runHTTP(ctx)
	}
	return f.runSocket(ctx)
}

// Connected reports whether the front is connected to Slack now: in
// socket mode, whether the websocket is up; in http mode, whether Slack's
// requests are being served.
func (f *Front) Connected() bool { return f.conn.Up() }

// whoAmI calls auth.test for the bot's user and bot IDs, retrying while
// Slack cannot be reached. A refusal from Slack is final.
func (f *Front) whoAmI(ctx context.Context) (identity, error) {
	wait := time.Second
	for {
		resp, err := f.api.AuthTestContext(ctx)
		if err == nil {
			return identity{userID: resp.UserID, botID: resp.BotID}, nil
		}
		if refused(err) {
			return identity{}, fmt.Errorf("checking slack.bot_token with auth.test: %w: %w", ErrAuth, err)
		}
		f.log.Warn("slack unreachable, retrying", "call", "auth.test", "err", err, "in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return identity{}, ctx.Err()
		case <-t.C:
		}
		wait = min(2*wait, 30*time.Second)
	}
}

// refused reports whether err is Slack's final answer rather than a
// transient failure: an API error such as invalid_auth, or a 4xx status
// other than 429 (a wrong api_url answers 404).
func refused(err error) bool {
	if _, ok := errors.AsType[slack.SlackErrorResponse](err); ok {
		return true
	}
	if se, ok := errors.AsType[slack.StatusCodeError](err); ok {
		return se.Code >= 400 && se.Code < 500 && se.Code != http.StatusTooManyRequests
	}
	return false
}
