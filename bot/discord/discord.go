package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/qabot/qabot/bot"
)

// intents are the gateway intents the front asks for. None is privileged.
const intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// Timings of the front.
const (
	// questionTimeout bounds the work on one question, sending included.
	questionTimeout = 30 * time.Second
	// deferAfter is how long /ask waits for an answer before deferring
	// its response; Discord wants a response within 3 s.
	deferAfter = 1500 * time.Millisecond
	// DedupTTL is how long a message or interaction ID is remembered.
	DedupTTL = 15 * time.Minute
	// closeTimeout bounds the clean close of the gateway connection.
	closeTimeout = 5 * time.Second
	// connectTimeout bounds one attempt to connect to the gateway.
	connectTimeout = 30 * time.Second
	// maxBackoff caps the wait between attempts to connect.
	maxBackoff = time.Minute
)

// Front answers questions asked in Discord.
type Front struct {
	cfg     Config
	h       *bot.Handler
	log     *slog.Logger
	session *discordgo.Session
	gate    *gate
	dedup   bot.Deduper

	// deferAfter and backoff are fields so that tests can shorten them.
	deferAfter time.Duration
	backoff    time.Duration

	self   atomic.Pointer[identity]
	ran    atomic.Bool
	flight bot.Inflight
	// conn is whether the gateway session is up (READY or RESUMED seen,
	// and no disconnect since).
	conn bot.Connection
}

// identity is who the bot is, as announced in READY.
type identity struct {
	userID string
	appID  string
}

// Options are what a Front needs beyond its configuration section. The zero
// value keeps everything in process.
type Options struct {
	// Dedup filters out messages and interactions seen twice; nil keeps
	// the IDs in process for DedupTTL. Processes running the same shard
	// share one through Redis (bot/redisstate).
	Dedup bot.Deduper
}

// New returns a Discord front that answers with h. It checks cfg but does
// not connect; Run does. The caller names the front in logger's attributes
// (qabot serve adds front=discord), so the front does not add it again.
func New(cfg Config, h *bot.Handler, logger *slog.Logger, opt Options) (*Front, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if h == nil {
		return nil, fmt.Errorf("%w: no question handler", ErrInvalidConfig)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	g := newGate()
	s, err := discordgo.New(cfg.authorization())
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	base := http.DefaultTransport.(*http.Transport).Clone()
	s.Client = &http.Client{
		Timeout:   20 * time.Second,
		Transport: &rewriter{base: base, api: cfg.apiURL(), gateway: cfg.GatewayURL, gate: g},
	}
	s.Dialer = &websocket.Dialer{
		Proxy:            http.ProxyFromEnvironment,
		HandshakeTimeout: 15 * time.Second,
		NetDialContext:   g.dialContext,
	}
	s.Identify.Intents = intents
	s.ShardID = cfg.ShardID
	s.ShardCount = cfg.shardCount()
	s.StateEnabled = false
	s.SyncEvents = true // handlers only filter and hand off; see onMessage
	s.ShouldReconnectOnError = true
	s.ShouldReconnectVoiceOnSessionError = false
	s.LogLevel = discordgo.LogWarning
	routeLibraryLog(logger)

	f := &Front{
		cfg:        cfg,
		h:          h,
		log:        logger,
		session:    s,
		gate:       g,
		dedup:      opt.Dedup,
		conn:       bot.Connection{Name: "discord", Logger: logger, Attrs: []any{"shard", cfg.ShardID}},
		deferAfter: deferAfter,
		backoff:    time.Second,
	}
	if f.dedup == nil {
		f.dedup = bot.NewDedup(DedupTTL, nil)
	}
	if cfg.ApplicationID != "" {
		f.self.Store(&identity{appID: cfg.ApplicationID})
	}
	s.AddHandler(f.onReady)
	s.AddHandler(func(*discordgo.Session, *discordgo.Resumed) { f.conn.Set(true, "") })
	s.AddHandler(func(*discordgo.Session, *discordgo.Disconnect) {
		f.conn.Set(false, "the gateway connection closed")
	})
	s.AddHandler(f.onMessage)
	s.AddHandler(f.onInteraction)
	return f, nil
}

// Run connects to Discord and serves until ctx is done. Then it stops
// taking new questions, waits for the questions in flight, closes the
// gateway connection so that nothing dials again, and returns nil. It
// returns an error when the gateway refuses the bot for good at start.
func (f *Front) Run(ctx context.Context) error {
	if !f.ran.CompareAndSwap(false, true) {
		return ErrAlreadyRunning
	}
	defer f.shutdown()
	if err := f.connect(ctx); err != nil {
		return err
	}
	if ctx.Err() != nil {
		return nil
	}
	f.log.Info("gateway session open", "shard", f.session.ShardID, "shards", f.session.ShardCount)
	f.registerCommands(ctx)
	<-ctx.Done()
	return nil
}

// connect opens the gateway connection, retrying with backoff until it
// succeeds, ctx is done (nil) or the gateway refuses the bot (an error).
func (f *Front) connect(ctx context.Context) error {
	wait := f.backoff
	for {
		err := f.open(ctx)
		if err == nil || ctx.Err() != nil {
			return nil
		}
		if code, reason, ok := fatalClose(err); ok {
			return fmt.Errorf("%w: close code %d (%s)", ErrGatewayRefused, code, reason)
		}
		f.log.Warn("cannot connect to the gateway; retrying", "err", err, "in", wait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
		wait = min(2*wait, maxBackoff)
	}
}

// open runs one Session.Open, cutting its connection when ctx is done or
// the attempt takes too long: discordgo's Open has no deadline of its own.
func (f *Front) open(ctx context.Context) error {
	done := make(chan error, 1)
	go func() { done <- f.session.Open() }()
	t := time.NewTimer(connectTimeout)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		f.gate.shutDown()
	case <-t.C:
	}
	f.gate.closeAll()
	return <-done
}

// Connected reports whether the gateway session is up now.
func (f *Front) Connected() bool { return f.conn.Up() }

// shutdown stops taking questions, waits for those in flight and closes
// the session for good.
func (f *Front) shutdown() {
	f.flight.Close()

	f.gate.shutDown()
	closed := make(chan struct{})
	go func() {
		defer close(closed)
		if err := f.session.Close(); err != nil {
			f.log.Warn("closing the gateway connection", "err", err)
		}
	}()
	t := time.NewTimer(closeTimeout)
	defer t.Stop()
	select {
	case <-closed:
	case <-t.C:
		f.log.Warn("gateway connection did not close in time; cutting it")
		f.gate.closeAll()
		<-closed
	}
	f.gate.closeAll()
	f.conn.Set(false, "stopped")
	f.log.Info("stopped")
}

// questionContext is the context one question is worked on under. It is
// not cancelled by shutdown, which waits for questions in flight instead.
func questionContext() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), questionTimeout)
}

// onReady remembers the bot's user and application IDs.
func (f *Front) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	id := identity{appID: f.cfg.ApplicationID}
	if r.User != nil {
		id.userID = r.User.ID
	}
	if id.appID == "" && r.Application != nil {
		id.appID = r.Application.ID
	}
	f.self.Store(&id)
	f.conn.Set(true, "")
}

// whoAmI returns the bot's identity, empty before the first READY.
func (f *Front) whoAmI() identity {
	if id := f.self.Load(); id != nil {
		return *id
	}
	return identity{}
}

// fatalCloses are the gateway close codes that retrying cannot fix, with
// what each means.
var fatalCloses = map[int]string{
	4004: "authentication failed: check discord.token",
	4010: "invalid shard: check discord.shard_id and shard_count",
	4011: "sharding required: set discord.shard_count",
	4012: "invalid API version",
	4013: "invalid intents",
	4014: "disallowed intents: enable them for the bot in the Developer Portal",
}

// fatalClose reports whether err is a gateway close that retrying cannot
// fix, with its code and what it means.
func fatalClose(err error) (code int, reason string, ok bool) {
	ce, isClose := errors.AsType[*websocket.CloseError](err)
	if !isClose {
		return 0, "", false
	}
	reason, ok = fatalCloses[ce.Code]
	return ce.Code, reason, ok
}
