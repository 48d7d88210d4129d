package main

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/qabot/qabot/bot/httpapi"
	"github.com/qabot/qabot/qa"
)

// fakeFront is a chat front whose Run is its function field. It is
// connected unless down is set.
type fakeFront struct {
	run  func(ctx context.Context) error
	down bool
}

func (f fakeFront) Run(ctx context.Context) error { return f.run(ctx) }
func (f fakeFront) Connected() bool               { return !f.down }

// newTestService returns a service over the embedded corpus with the
// given fronts and no HTTP server, logging to sink.
func newTestService(t *testing.T, fronts map[string]runner, timeout time.Duration, sink *logSink) *service {
	t.Helper()
	cfg := defaultConfig()
	cfg.HTTP.Enabled = false
	cfg.ShutdownTimeout = timeout
	logger := slog.New(slog.NewTextHandler(sink, nil))
	cfg.DataDir = t.TempDir()
	s := &service{cfg: cfg, logger: logger, lib: &library{opt: qa.DefaultOptions()}, metrics: httpapi.NewMetrics(), fronts: fronts}
	s.reloader = &reloader{lib: s.lib, rec: s.metrics, logger: logger}
	s.state = newSharedState(cfg, logger, s.metrics)
	return s
}

func TestServiceStopsFrontsCleanly(t *testing.T) {
	drained := make(chan string, 2)
	drain := func(name string) fakeFront {
		return fakeFront{run: func(ctx context.Context) error {
			<-ctx.Done()
			time.Sleep(20 * time.Millisecond) // finishing a question in flight
			drained <- name
			return nil
		}}
	}
	sink := &logSink{}
	s := newTestService(t, map[string]runner{"slack": drain("slack"), "discord": drain("discord")}, 5*time.Second, sink)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := s.run(ctx)
		done <- err
	}()
	sink.waitFor(t, "qabot serving")
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run: got %v, want nil", err)
		}
	case <-time.After(waitLimit):
		t.Fatal("run did not return")
	}
	if got := len(drained); got != 2 {
		t.Errorf("fronts drained before run returned: got %d, want 2", got)
	}
	if !strings.Contains(sink.String(), `msg=stopped`) {
		t.Errorf("log:\n%s\nwant a stopped line", sink.String())
	}
}

func TestServiceFrontFailure(t *testing.T) {
	stopped := make(chan struct{})
	fronts := map[string]runner{
		"slack": fakeFront{run: func(context.Context) error { return errors.New("invalid_auth") }},
		"discord": fakeFront{run: func(ctx context.Context) error {
			<-ctx.Done()
			close(stopped)
			return nil
		}},
	}
	s := newTestService(t, fronts, 5*time.Second, &logSink{})
	code, err := s.run(context.Background())
	if code != 1 || err == nil || !strings.Contains(err.Error(), "slack: invalid_auth") {
		t.Fatalf("run: got %d, %v; want 1 and the slack error", code, err)
	}
	select {
	case <-stopped:
	default:
		t.Error("discord was not stopped when slack failed")
	}
}

func TestServiceFrontStoppingOnItsOwn(t *testing.T) {
	s := newTestService(t, map[string]runner{"discord": fakeFront{run: func(context.Context) error { return nil }}}, 5*time.Second, &logSink{})
	if _, err := s.run(context.Background()); !errors.Is(err, errStoppedEarly) {
		t.Fatalf("run: got %v, want errStoppedEarly", err)
	}
}

func TestServiceShutdownTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	stuck := fakeFront{run: func(ctx context.Context) error {
		<-release // ignores cancellation
		return nil
	}}
	sink := &logSink{}
	s := newTestService(t, map[string]runner{"slack": stuck}, 100*time.Millisecond, sink)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	start := time.Now()
	if code, err := s.run(ctx); code != exitOK || err != nil {
		t.Fatalf("run: got %d, %v; want 0, nil", code, err)
	}
	if took := time.Since(start); took > waitLimit/2 {
		t.Errorf("run took %s with a 100ms shutdown timeout", took)
	}
	if !strings.Contains(sink.String(), "shutdown timeout") {
		t.Errorf("log:\n%s\nwant a line about the shutdown timeout", sink.String())
	}
}

// TestServiceReadiness checks that readiness waits for the corpus and for
// every chat front's connection, says which is missing, and ends at
// shutdown.
func TestServiceReadiness(t *testing.T) {
	slack := &switchFront{}
	s := newTestService(t, map[string]runner{"slack": slack, "discord": fakeFront{run: waitDone}}, 5*time.Second, &logSink{})
	if err := s.ready(); err == nil || !strings.Contains(err.Error(), "loading") {
		t.Errorf("before load: got %v, want the documents loading", err)
	}
	if err := s.reloader.load("test"); err != nil {
		t.Fatal(err)
	}
	if err := s.ready(); err == nil || err.Error() != "not connected to slack yet" {
		t.Errorf("slack down: got %v, want it named", err)
	}
	slack.up.Store(true)
	if err := s.ready(); err != nil {
		t.Errorf("all connected: got %v, want ready", err)
	}
	s.draining.Store(true)
	if err := s.ready(); err == nil || !strings.Contains(err.Error(), "shutting down") {
		t.Errorf("draining: got %v, want shutting down", err)
	}
}

// switchFront is a chat front whose connection a test turns on.
type switchFront struct{ up atomic.Bool }

func (f *switchFront) Run(ctx context.Context) error { return waitDone(ctx) }
func (f *switchFront) Connected() bool               { return f.up.Load() }

func waitDone(ctx context.Context) error {
	<-ctx.Done()
	return nil
}

// TestServiceLogsEachFront checks the start-up lines: one per front,
// enabled or not, with a chat front's connection state.
func TestServiceLogsEachFront(t *testing.T) {
	sink := &logSink{}
	s := newTestService(t, map[string]runner{"slack": fakeFront{run: waitDone, down: true}}, 5*time.Second, sink)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.run(ctx)
	}()
	sink.waitFor(t, "qabot serving")
	cancel()
	<-done
	for _, want := range []string{
		`msg="front disabled" front=http enable_with=http.enabled`,
		`msg="front enabled" front=slack state=connecting`,
		`msg="front disabled" front=discord enable_with=discord.enabled`,
		`ready=false waiting="not connected to slack yet"`,
	} {
		if !strings.Contains(sink.String(), want) {
			t.Errorf("log:\n%s\nwant a line holding %s", sink.String(), want)
		}
	}
}

// TestJSONLogDurations checks that JSON logs write durations as text.
func TestJSONLogDurations(t *testing.T) {
	var b strings.Builder
	logger, err := newLogger(LogConfig{Format: "json", Level: "info"}, &b)
	if err != nil {
		t.Fatal(err)
	}
	logger.Info("x", "latency", 1200*time.Microsecond, "timeout", 10*time.Second)
	if !strings.Contains(b.String(), `"latency":"1.2ms"`) || !strings.Contains(b.String(), `"timeout":"10s"`) {
		t.Errorf("got %s, want durations as text", b.String())
	}
}
