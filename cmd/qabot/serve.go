package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/bot/discord"
	"github.com/qabot/qabot/bot/httpapi"
	"github.com/qabot/qabot/bot/slack"
)

const serveAbout = `Runs every front the configuration enables (HTTP, Slack, Discord) over one
shared index. With nothing configured: only the HTTP API, on 127.0.0.1:8080,
over the embedded corpus. Settings come from the defaults, the --config
file, QABOT_* environment variables (QABOT_CORPUS_DIR, QABOT_HTTP_LISTEN,
...: one for every key) and the flags, each over the one before;
` + "`qabot config check`" + ` shows the result. SIGHUP reloads the corpus; SIGINT or
SIGTERM stops taking questions, finishes those in flight and exits 0.
Start-up problems (configuration, corpus, address in use) exit 2; a front
failing while serving exits 1.`

const serveExamples = `  qabot serve
  qabot serve --corpus ./docs --listen 127.0.0.1:9000
  QABOT_CORPUS_DIR=./docs QABOT_HTTP_LISTEN=127.0.0.1:9000 qabot serve
  qabot serve --config config.yaml`

func newServeCommand(e env, code *int) *cobra.Command {
	var o configOptions
	c := &cobra.Command{
		Use:     "serve [flags]",
		Short:   "run the enabled fronts (Slack, Discord, HTTP)",
		Long:    serveAbout,
		Example: serveExamples,
		Args:    noArgs,
	}
	c.RunE = exits(code, func(ctx context.Context, _ []string) (int, error) { return runServe(ctx, o, e) })
	o.addFlags(c)
	return c
}

// runServe runs every enabled front over one shared index until ctx is
// cancelled (SIGINT or SIGTERM in main).
func runServe(ctx context.Context, o configOptions, e env) (int, error) {
	cfg, _, err := o.load("serve", e)
	if err != nil {
		return exitUsage, err
	}
	cfg.DataDir = dataDir(cfg.DataDir, e.getenv)
	cfg.Corpus.SnapshotDir = snapshotDir(cfg.Corpus.SnapshotDir, e.getenv)
	logger, err := newLogger(cfg.Log, e.stderr)
	if err != nil {
		return exitUsage, &cmdError{cmd: "serve", code: exitUsage, err: err}
	}
	code, err := serve(ctx, cfg, logger)
	if err != nil {
		return code, &cmdError{cmd: "serve", code: code, err: err}
	}
	return code, nil
}

// runner is a chat front: it serves until ctx is done, then drains and
// returns. Connected reports whether it is connected to its platform now,
// for /readyz.
type runner interface {
	Run(ctx context.Context) error
	Connected() bool
}

// errStoppedEarly is returned when a front's Run returns without an error
// before it was asked to stop.
var errStoppedEarly = errors.New("the front stopped on its own")

// service is everything qabot serve runs.
type service struct {
	cfg      Config
	logger   *slog.Logger
	lib      *library
	metrics  *httpapi.Metrics
	reloader *reloader
	state    *sharedState
	fronts   map[string]runner // slack, discord
	http     *http.Server
	ln       net.Listener
	draining atomic.Bool
}

// serve starts the service described by cfg and runs it until ctx is done.
// Start-up problems exit 2; a front failing while serving exits 1.
func serve(ctx context.Context, cfg Config, logger *slog.Logger) (int, error) {
	s, err := newService(cfg, logger)
	if err != nil {
		return exitUsage, err
	}
	return s.run(ctx)
}

// enabledFronts lists the fronts cfg enables, in a fixed order.
func enabledFronts(cfg Config) []string {
	var fronts []string
	if cfg.HTTP.Enabled {
		fronts = append(fronts, "http")
	}
	if cfg.Slack.Enabled {
		fronts = append(fronts, "slack")
	}
	if cfg.Discord.Enabled {
		fronts = append(fronts, "discord")
	}
	return fronts
}

// newService builds the enabled fronts and binds the HTTP listener, so that
// these start-up problems are reported before anything is served. The
// corpus is loaded by run.
func newService(cfg Config, logger *slog.Logger) (*service, error) {
	s := &service{
		cfg:     cfg,
		logger:  logger,
		lib:     &library{opt: cfg.Answer.options()},
		metrics: httpapi.NewMetrics(enabledFronts(cfg)...),
		fronts:  map[string]runner{},
	}
	s.reloader = &reloader{dir: cfg.Corpus.Dir, store: cfg.Corpus.snapshots(), lib: s.lib, rec: s.metrics, logger: logger}
	s.state = newSharedState(cfg, logger, s.metrics)
	handler := func(front string, rateLimit int) *bot.Handler {
		return bot.NewHandler(s.lib, bot.Config{
			Front:        front,
			RateLimit:    rateLimit,
			Limiter:      s.state.limiter(front, rateLimit),
			Feedback:     s.state.feedback,
			LogQuestions: cfg.Log.Questions,
			Logger:       logger,
			Recorder:     s.metrics,
		})
	}
	if cfg.Slack.Enabled {
		f, err := slack.New(cfg.Slack, handler("slack", cfg.Slack.RateLimit), logger.With("front", "slack"),
			slack.Options{Dedup: s.state.dedup("slack", slack.DedupTTL)})
		if err != nil {
			return nil, fmt.Errorf("slack: %w", err)
		}
		s.fronts["slack"] = f
	}
	if cfg.Discord.Enabled {
		f, err := discord.New(cfg.Discord, handler("discord", cfg.Discord.RateLimit), logger.With("front", "discord"),
			discord.Options{Dedup: s.state.dedup("discord", discord.DedupTTL)})
		if err != nil {
			return nil, fmt.Errorf("discord: %w", err)
		}
		s.fronts["discord"] = f
	}
	if cfg.HTTP.Enabled {
		api := httpapi.New(cfg.HTTP, handler("http", cfg.HTTP.RateLimit), httpapi.Options{
			Loaded:  func() bool { return s.lib.Index() != nil },
			Ready:   s.ready,
			Metrics: s.metrics.Handler(),
		})
		ln, err := net.Listen("tcp", cfg.HTTP.Listen)
		if err != nil {
			return nil, fmt.Errorf("http.listen: %w", err)
		}
		s.ln = httpapi.LimitListener(ln, cfg.HTTP.MaxConnections)
		s.http = httpapi.NewServer(api, logger)
	}
	return s, nil
}

// ready says why the service does not take questions, or returns nil when
// it does: the corpus is loaded, every chat front is connected and it is
// not shutting down.
func (s *service) ready() error {
	switch {
	case s.draining.Load():
		return errors.New("shutting down")
	case s.lib.Index() == nil:
		return errors.New("the documents are still loading")
	}
	var down []string
	for _, name := range slices.Sorted(maps.Keys(s.fronts)) {
		if !s.fronts[name].Connected() {
			down = append(down, name)
		}
	}
	if len(down) > 0 {
		return fmt.Errorf("not connected to %s yet", strings.Join(down, " and "))
	}
	return nil
}

// run loads the corpus and serves until ctx is done, or until a front
// fails, then shuts down: no new questions are taken, those in flight
// finish within shutdown_timeout, the chat fronts' connections are closed
// and the HTTP server shut down. It returns the exit status: 0 after a
// shutdown asked by ctx, 2 when the corpus cannot be loaded, 1 when a
// front failed.
func (s *service) run(ctx context.Context) (int, error) {
	frontCtx, stopFronts := context.WithCancel(context.Background())
	defer stopFronts()
	var (
		wg     sync.WaitGroup
		failed = make(chan error, len(s.fronts)+1)
	)
	// The HTTP server starts first, so that /healthz answers and /readyz
	// says 503 while a large corpus loads.
	if s.http != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.http.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				failed <- fmt.Errorf("http: %w", err)
			}
		}()
	}
	// SIGHUP is caught from here on: one sent while the corpus loads is
	// kept for the reload loop instead of killing the process.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	defer s.state.close(s.logger)
	if err := s.state.start(ctx); err != nil {
		s.shutdown(stopFronts, &wg)
		return exitUsage, err
	}
	if err := s.reloader.load("start"); err != nil {
		s.shutdown(stopFronts, &wg)
		return exitUsage, err
	}
	for name, f := range s.fronts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := f.Run(frontCtx)
			if frontCtx.Err() != nil {
				return // stopped as asked
			}
			if err == nil {
				err = errStoppedEarly
			}
			failed <- fmt.Errorf("%s: %w", name, err)
		}()
	}

	reloadCtx, stopReload := context.WithCancel(context.Background())
	reloadDone := make(chan struct{})
	go func() {
		defer close(reloadDone)
		s.reloader.run(reloadCtx, hup, s.cfg.Corpus.Watch, s.cfg.Corpus.Debounce)
	}()
	defer func() {
		stopReload()
		<-reloadDone
	}()

	s.logStart()

	var runErr error
	select {
	case <-ctx.Done():
		s.logger.Info("shutting down: no new questions; finishing those in flight", "timeout", s.cfg.ShutdownTimeout)
	case runErr = <-failed:
		s.logger.Error("a front failed; shutting down", "err", runErr)
	}
	s.shutdown(stopFronts, &wg)
	if runErr != nil {
		return 1, runErr
	}
	return exitOK, nil
}

// shutdown stops every front and waits for them within shutdown_timeout.
func (s *service) shutdown(stopFronts context.CancelFunc, wg *sync.WaitGroup) {
	s.draining.Store(true)
	shutCtx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	stopFronts()
	if s.http != nil {
		if err := s.http.Shutdown(shutCtx); err != nil {
			s.logger.Warn("http: requests still running at the shutdown timeout were cut off", "err", err)
			s.http.Close()
		}
	}
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
		s.logger.Info("stopped")
	case <-shutCtx.Done():
		s.logger.Warn("stopped at the shutdown timeout; some fronts had not finished draining", "timeout", s.cfg.ShutdownTimeout)
	}
}

// logStart writes one line for each front, enabled or not, then the
// start-up line: fronts, documents, sentences and where the HTTP API
// listens. Never a secret. The chat fronts log their own connection as it
// comes and goes; /readyz says 503 until they are connected.
func (s *service) logStart() {
	for _, name := range []string{"http", "slack", "discord"} {
		switch f, chat := s.fronts[name]; {
		case name == "http" && s.ln != nil:
			s.logger.Info("front enabled", "front", name, "state", "serving", "addr", s.ln.Addr().String(),
				"rate_limit", s.cfg.HTTP.RateLimit, "max_connections", s.cfg.HTTP.MaxConnections)
		case chat && f.Connected():
			s.logger.Info("front enabled", "front", name, "state", "connected")
		case chat:
			s.logger.Info("front enabled", "front", name, "state", "connecting")
		default:
			s.logger.Info("front disabled", "front", name, "enable_with", name+".enabled")
		}
	}
	st := s.lib.Index().Stats()
	corpusName := s.cfg.Corpus.Dir
	if corpusName == "" {
		corpusName = "embedded"
	}
	attrs := []any{
		"fronts", strings.Join(enabledFronts(s.cfg), ","),
		"corpus", corpusName,
		"documents", st.Documents,
		"sentences", st.Sentences,
		"watch", s.cfg.Corpus.Watch && s.cfg.Corpus.Dir != "",
	}
	attrs = append(attrs, s.state.describe(s.cfg)...)
	if s.ln != nil {
		attrs = append(attrs, "http", s.ln.Addr().String(), "http_token", s.cfg.HTTP.Token != "")
	}
	if err := s.ready(); err != nil {
		attrs = append(attrs, "ready", false, "waiting", err.Error())
	} else {
		attrs = append(attrs, "ready", true)
	}
	s.logger.Info("qabot serving", attrs...)
}
