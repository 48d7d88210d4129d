package discord

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/qabot/qabot/bot/bottest"
)

// waitLog polls buf until it holds want.
func waitLog(t *testing.T, buf *bottest.LogBuffer, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(buf.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("log:\n%s\nwant a line holding %q", buf.String(), want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestConnectedFollowsTheGateway checks Connected and the log lines about
// the connection: up after READY, down when the socket drops, up again
// after the resume, down once stopped. It also checks that discordgo's own
// log lines come through slog rather than the log package. Not parallel:
// discordgo has one logger for the process.
func TestConnectedFollowsTheGateway(t *testing.T) {
	fd := newFakeDiscord(t)
	var buf bottest.LogBuffer
	logger := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	f, err := New(fd.config(), newHandler(&fakeAsker{}), logger, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Connected() {
		t.Error("before Run: got connected, want not")
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()

	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "970", "42", "<@1000> when is the deadline?"))
	fd.waitMessages(1)
	if !f.Connected() {
		t.Error("after READY: got not connected, want connected")
	}
	waitLog(t, &buf, `"msg":"discord connected"`)

	fd.drop()
	waitLog(t, &buf, `"msg":"discord not connected"`)
	fd.dispatch("MESSAGE_CREATE", guildMessage(fd, "971", "42", "<@1000> when is the deadline?"))
	fd.waitMessages(2)
	if !f.Connected() {
		t.Error("after the resume: got not connected, want connected")
	}
	if n := strings.Count(buf.String(), `"msg":"discord connected"`); n != 2 {
		t.Errorf("got %d connected lines, want 2 (READY, RESUMED)", n)
	}
	// The drop makes discordgo log a read error of its own.
	waitLog(t, &buf, `"source":"discordgo"`)

	cancel()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		t.Fatal("Run did not return")
	}
	if f.Connected() {
		t.Error("after Run: got connected, want not")
	}
}

func TestLibraryLevel(t *testing.T) {
	tests := []struct {
		msgL int
		want slog.Level
	}{
		{discordgo.LogError, slog.LevelError},
		{discordgo.LogWarning, slog.LevelWarn},
		{discordgo.LogInformational, slog.LevelDebug},
		{discordgo.LogDebug, slog.LevelDebug - 4},
	}
	for _, tt := range tests {
		if got := libraryLevel(tt.msgL); got != tt.want {
			t.Errorf("level %d: got %v, want %v", tt.msgL, got, tt.want)
		}
	}
}
