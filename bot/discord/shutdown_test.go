package discord

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/bot/bottest"
)

// TestShutdownLeavesNothingDialing is not parallel: it counts discordgo's
// goroutines in the whole process.
func TestShutdownLeavesNothingDialing(t *testing.T) {
	fd := newFakeDiscord(t)
	f, stop := startFront(t, fd, fd.config(), newHandler(&fakeAsker{}))
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "985", "42", "<@1000> when is the deadline?"))
	fd.waitMessages(1)

	start := time.Now()
	stop()
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("Run took %v to return after cancel, want a few seconds at most", d)
	}
	dials := f.gate.dialCount()
	waitFor(t, "discordgo goroutines to end", func() bool { return discordgoGoroutines() == "" })
	time.Sleep(300 * time.Millisecond) // longer than a heartbeat interval
	if got := f.gate.dialCount(); got != dials {
		t.Errorf("gateway dialled %d times after shutdown, want 0", got-dials)
	}
	if g := discordgoGoroutines(); g != "" {
		t.Errorf("discordgo goroutines left after shutdown:\n%s", g)
	}
	// Whatever discordgo tries after stop is refused without the network.
	if _, err := f.gate.dialContext(context.Background(), "tcp", fd.srv.Listener.Addr().String()); err == nil {
		t.Error("dial after shutdown succeeded, want it refused")
	}
	if err := f.session.Open(); err == nil {
		t.Error("Open after shutdown succeeded, want it refused")
	}
	if err := f.Run(context.Background()); !errors.Is(err, ErrAlreadyRunning) {
		t.Errorf("second Run = %v, want ErrAlreadyRunning", err)
	}
}

func TestRunReturnsWhenCancelledWhileConnecting(t *testing.T) {
	t.Parallel()
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select { // hold GET /gateway until the client gives up (bounded)
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	}))
	defer hang.Close()
	for _, tc := range []struct{ name, api string }{
		{"nothing listens", "http://127.0.0.1:1/api/v9/"},
		{"gateway discovery hangs", hang.URL + "/api/v9/"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := Config{Enabled: true, Token: testToken, APIURL: tc.api}
			f, err := New(cfg, newHandler(&fakeAsker{}), nil, Options{})
			if err != nil {
				t.Fatal(err)
			}
			f.backoff = 10 * time.Millisecond
			ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
			defer cancel()
			done := make(chan error, 1)
			start := time.Now()
			go func() { done <- f.Run(ctx) }()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run = %v, want nil after cancel", err)
				}
				if d := time.Since(start); d > 5*time.Second {
					t.Errorf("Run took %v, want it to return soon after cancel", d)
				}
			case <-time.After(9 * time.Second):
				t.Fatal("Run did not return after cancel while connecting")
			}
		})
	}
}

func discordgoGoroutines() string {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	var out []string
	for _, g := range strings.Split(string(buf), "\n\n") {
		if strings.Contains(g, "bwmarrin/discordgo.(*Session)") {
			out = append(out, g)
		}
	}
	return strings.Join(out, "\n\n")
}

func TestRunFailsOnRefusedToken(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	cfg := fd.config()
	cfg.Token = "Bot MTAwMA.GaBcDe.d3Jvbmc"
	f, err := New(cfg, newHandler(&fakeAsker{}), nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- f.Run(context.Background()) }()
	select {
	case err := <-done:
		if !errors.Is(err, ErrGatewayRefused) || !strings.Contains(err.Error(), "discord.token") {
			t.Errorf("Run = %v, want ErrGatewayRefused naming discord.token", err)
		}
		if err != nil && strings.Contains(err.Error(), "d3Jvbmc") {
			t.Errorf("error %q contains the token", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Run did not return on a refused token")
	}
}

func TestSecretsNeverLogged(t *testing.T) {
	t.Parallel()
	fd := newFakeDiscord(t)
	fd.mu.Lock()
	fd.hangUp = true
	fd.mu.Unlock()
	var logs bottest.LogBuffer
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	f, err := New(fd.config(), bot.NewHandler(&fakeAsker{}, bot.Config{Front: "discord", Logger: logger, LogQuestions: true}), logger, Options{})
	if err != nil {
		t.Fatal(err)
	}
	f.deferAfter = 20 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()

	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "996", "42", "<@1000> when is the deadline?"))
	fd.dispatch("INTERACTION_CREATE", askInteraction("696", "42", "when is the deadline?"))
	waitFor(t, "failures logged", func() bool {
		s := logs.String()
		return strings.Contains(s, "cannot send reply") && strings.Contains(s, "cannot respond to /ask")
	})
	cancel()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		t.Fatal("Run did not return")
	}
	out := logs.String()
	for _, secret := range []string{testToken, "c2VjcmV0LXRlc3QtdG9rZW4", "itoken-696"} {
		if strings.Contains(out, secret) {
			t.Errorf("log contains the secret %q:\n%s", secret, out)
		}
	}
	if !strings.Contains(out, "[token]") {
		t.Errorf("log has no redacted interaction URL; want the failure logged with [token]:\n%s", out)
	}
}

// dialCount is the number of dials the gate let through.
func (g *gate) dialCount() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.dials
}
