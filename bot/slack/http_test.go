package slack

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/qabot/qabot/qa"
)

// sign computes Slack's v0 request signature.
func sign(secret, ts, body string) string {
	m := hmac.New(sha256.New, []byte(secret))
	io.WriteString(m, "v0:"+ts+":"+body)
	return "v0=" + hex.EncodeToString(m.Sum(nil))
}

func do(t *testing.T, req *http.Request) (int, string) {
	t.Helper()
	client := &http.Client{Timeout: waitLimit}
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("got the request acknowledged after %v, want within Slack's 3 s", d)
	}
	return resp.StatusCode, string(body)
}

func TestHTTPEventsSigned(t *testing.T) {
	hs := start(t, harnessOptions{mode: ModeHTTP})
	url := hs.baseURL() + PathEvents
	now := time.Now()
	event := mustJSON(callback("Ev-http-1", mention("U1", "C1", "20.0", "", "<@UBOT> when is the TikTok deadline?")))
	challenge := `{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`

	tests := []struct {
		name     string
		req      *http.Request
		wantCode int
		wantBody string
	}{
		{"url verification", signedRequest(t, url, "application/json", challenge, testSecret, now), 200, "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"},
		{"bad signature", signedRequest(t, url, "application/json", event, "not-the-secret", now), 401, ""},
		{"stale timestamp", signedRequest(t, url, "application/json", event, testSecret, now.Add(-6*time.Minute)), 401, ""},
		{"body changed after signing", func() *http.Request {
			r := signedRequest(t, url, "application/json", event, testSecret, now)
			r.Body = io.NopCloser(strings.NewReader(strings.Replace(event, "C1", "C2", 1)))
			return r
		}(), 401, ""},
		{"unsigned", func() *http.Request {
			r := signedRequest(t, url, "application/json", event, testSecret, now)
			r.Header.Del("X-Slack-Signature")
			return r
		}(), 401, ""},
		{"good signature", signedRequest(t, url, "application/json", event, testSecret, now), 200, ""},
		{"retry of the same event", func() *http.Request {
			r := signedRequest(t, url, "application/json", event, testSecret, now)
			r.Header.Set("X-Slack-Retry-Num", "1")
			r.Header.Set("X-Slack-Retry-Reason", "http_timeout")
			return r
		}(), 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := do(t, tt.req)
			if code != tt.wantCode || (tt.wantBody != "" && body != tt.wantBody) {
				t.Errorf("got %d %q, want %d %q", code, body, tt.wantCode, tt.wantBody)
			}
		})
	}
	p := hs.slack.waitPosts(1)[0]
	if p.channel != "C1" || p.threadTS != "20.0" || !strings.Contains(p.text, "September 17") {
		t.Errorf("got reply %+v, want the answer in C1 thread 20.0", p)
	}
	if err := hs.stop(); err != nil {
		t.Errorf("Run: got %v, want nil", err)
	}
	if n := len(hs.slack.allPosts()); n != 1 {
		t.Errorf("got %d replies, want exactly 1 (refused requests unanswered, the retry deduplicated)", n)
	}
	if !strings.Contains(hs.logs.String(), "slack request refused") {
		t.Errorf("got no log line for refused requests")
	}
}

func TestHTTPSlashCommandAndFeedback(t *testing.T) {
	hs := start(t, harnessOptions{mode: ModeHTTP})
	base := hs.baseURL()
	now := time.Now()
	form := "application/x-www-form-urlencoded"

	code, _ := do(t, signedRequest(t, base+PathCommands, form, formBody(slashPayload("when is the TikTok deadline?", hs.slack.responseURL("cmd"))), testSecret, now))
	if code != 200 {
		t.Fatalf("slash command: got %d, want 200", code)
	}
	p := hs.slack.waitPosts(1)[0]
	if p.method != "response" || p.channel != "cmd" || p.responseType != "in_channel" || !strings.Contains(p.text, "September 17") {
		t.Errorf("got %+v, want the answer in the channel through the response URL", p)
	}

	click := formBody(map[string]any{"payload": mustJSON(clickPayload(actionNotHelpful, "21.0", hs.slack.responseURL("click")))})
	if code, _ := do(t, signedRequest(t, base+PathInteractive, form, click, testSecret, now)); code != 200 {
		t.Fatalf("click: got %d, want 200", code)
	}
	hs.slack.waitPosts(2)
	if got := hs.rec.helpful(); len(got) != 1 || got[0] {
		t.Errorf("got feedback %v, want [false]", got)
	}
	sslCheck := formBody(map[string]any{"ssl_check": 1, "token": "legacy-verification-token"})
	if code, _ := do(t, signedRequest(t, base+PathCommands, form, sslCheck, testSecret, now)); code != 200 {
		t.Errorf("ssl_check: got %d, want 200", code)
	}
	if code, _ := do(t, signedRequest(t, base+PathCommands, form, formBody(slashPayload("x", "")), "wrong", now)); code != 401 {
		t.Errorf("unsigned slash command: got %d, want 401", code)
	}
	if err := hs.stop(); err != nil {
		t.Errorf("Run: %v", err)
	}
	if n := len(hs.slack.allPosts()); n != 2 {
		t.Errorf("got %d replies, want 2 (the answer and the thanks; nothing for the ssl_check)", n)
	}
	if got := hs.asker.asked(); len(got) != 1 {
		t.Errorf("got the engine asked %q, want only the /ask question", got)
	}
	if _, err := http.Post(base+PathEvents, "application/json", strings.NewReader("{}")); err == nil {
		t.Errorf("got a response after Run returned, want the listener closed")
	}
}

// TestHTTPAcknowledgesBeforeAnswering holds the engine until the event has
// been acknowledged: Slack wants its 200 within 3 seconds, whatever the
// engine's time, and the answer is posted after.
func TestHTTPAcknowledgesBeforeAnswering(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 1)
	slow := &fakeAsker{answer: func(ctx context.Context, q string) (qa.Answer, error) {
		started <- struct{}{}
		select {
		case <-release:
		case <-ctx.Done():
		}
		return cannedAnswer(), nil
	}}
	hs := start(t, harnessOptions{mode: ModeHTTP, asker: slow})
	event := mustJSON(callback("Ev-slow-http", mention("U1", "C1", "22.0", "", "<@UBOT> when is the TikTok deadline?")))
	code, _ := do(t, signedRequest(t, hs.baseURL()+PathEvents, "application/json", event, testSecret, time.Now()))
	if code != 200 {
		t.Fatalf("got %d, want 200 while the engine is still working", code)
	}
	select {
	case <-started:
	case <-time.After(waitLimit):
		t.Fatal("the question never reached the engine")
	}
	if n := len(hs.slack.allPosts()); n != 0 {
		t.Fatalf("got %d replies before the engine answered, want 0", n)
	}
	close(release)
	if p := hs.slack.waitPosts(1)[0]; p.channel != "C1" || p.threadTS != "22.0" {
		t.Errorf("got the reply in %s thread %q, want C1 thread 22.0", p.channel, p.threadTS)
	}
}
