package slack

import (
	"strings"
	"testing"
	"time"
)

// eventually polls cond until it holds, for at most waitLimit: the
// connection's state changes on the client's own goroutines, which the
// fake does not see.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up after %v waiting for %s", waitLimit, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestSocketConnectedFollowsTheWebsocket checks Connected and the log
// lines about the connection: up once the websocket is, down when it
// drops, up again after the reconnection, down once stopped.
func TestSocketConnectedFollowsTheWebsocket(t *testing.T) {
	hs := start(t, harnessOptions{})
	eventually(t, "connected", hs.front.Connected)
	hs.slack.drop()
	hs.slack.waitConns(2)
	hs.slack.send(eventsEnvelope("after", "Ev-after", mention("U1", "C1", "6.0", "", "<@UBOT> a question")))
	hs.slack.waitPosts(1)
	eventually(t, "connected again", hs.front.Connected)
	if err := hs.stop(); err != nil {
		t.Fatal(err)
	}
	if hs.front.Connected() {
		t.Error("after Run: got connected, want not")
	}
	log := hs.logs.String()
	if n := strings.Count(log, `msg="slack connected"`); n != 2 {
		t.Errorf("got %d connected lines, want 2:\n%s", n, log)
	}
	if !strings.Contains(log, `msg="slack not connected"`) {
		t.Errorf("got no line about the lost connection:\n%s", log)
	}
	if strings.Index(log, `msg="slack accepted the bot token"`) > strings.Index(log, `msg="slack connected"`) {
		t.Errorf("got the connection logged before the token was checked:\n%s", log)
	}
}

func TestHTTPModeConnectedWhileListening(t *testing.T) {
	hs := start(t, harnessOptions{mode: ModeHTTP})
	hs.baseURL()
	eventually(t, "connected", hs.front.Connected)
	if err := hs.stop(); err != nil {
		t.Fatal(err)
	}
	if hs.front.Connected() {
		t.Error("after Run: got connected, want not")
	}
}
