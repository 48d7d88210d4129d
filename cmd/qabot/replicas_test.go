package main

// Replicas of qabot serve sharing state through a real redis-server:
// Slack's retried events answered once across replicas, the rate limit
// counted once, Redis killed under a stream of questions, and votes read
// back by qabot feedback. Each replica is a qabot serve run in process,
// with Slack in http mode behind a fake Slack Web API on 127.0.0.1.

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/qabot/qabot/bot/redisstate/redistest"
)

const (
	replicaBotToken = "xoxb-test-0000-replicasecret"
	replicaSecret   = "8f742231b10e8888abcd99yyyzzz85a5"
)

// replicaEnv is the environment the replicas' configurations reference.
var replicaEnv = map[string]string{"SLACK_BOT_TOKEN": replicaBotToken, "SLACK_SIGNING_SECRET": replicaSecret}

// slackPost is one message the bot sent to the fake Slack.
type slackPost struct {
	method   string // chat.postMessage, chat.postEphemeral or response
	channel  string
	threadTS string
	text     string
}

// fakeSlackAPI is Slack's Web API as the replicas use it: auth.test,
// chat.postMessage, chat.postEphemeral and response URLs.
type fakeSlackAPI struct {
	srv   *httptest.Server
	mu    sync.Mutex
	posts []slackPost
}

func newFakeSlackAPI(t *testing.T) *fakeSlackAPI {
	t.Helper()
	f := &fakeSlackAPI{}
	mux := http.NewServeMux()
	reply := func(w http.ResponseWriter, v any) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(v)
	}
	mux.HandleFunc("/auth.test", func(w http.ResponseWriter, r *http.Request) {
		reply(w, map[string]any{"ok": true, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1"})
	})
	chat := func(method string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			_ = r.ParseForm()
			f.add(slackPost{method: method, channel: r.PostForm.Get("channel"), threadTS: r.PostForm.Get("thread_ts"), text: r.PostForm.Get("text")})
			reply(w, map[string]any{"ok": true, "channel": r.PostForm.Get("channel"), "ts": "1700000000.000100"})
		}
	}
	mux.HandleFunc("/chat.postMessage", chat("chat.postMessage"))
	mux.HandleFunc("/chat.postEphemeral", chat("chat.postEphemeral"))
	mux.HandleFunc("/response/", func(w http.ResponseWriter, r *http.Request) {
		var m struct {
			Text string `json:"text"`
		}
		_ = json.NewDecoder(r.Body).Decode(&m)
		f.add(slackPost{method: "response", channel: strings.TrimPrefix(r.URL.Path, "/response/"), text: m.Text})
		io.WriteString(w, "ok")
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSlackAPI) add(p slackPost) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.posts = append(f.posts, p)
}

// repliesIn returns the posts in the thread ts.
func (f *fakeSlackAPI) repliesIn(ts string) []slackPost {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []slackPost
	for _, p := range f.posts {
		if p.threadTS == ts {
			out = append(out, p)
		}
	}
	return out
}

// waitReplies waits until the thread ts has at least n replies.
func (f *fakeSlackAPI) waitReplies(t *testing.T, ts string, n int) []slackPost {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for time.Now().Before(deadline) {
		if got := f.repliesIn(ts); len(got) >= n {
			return got
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("got %d replies in thread %s within %s, want %d", len(f.repliesIn(ts)), ts, waitLimit, n)
	return nil
}

// replica is one qabot serve with its Slack events URL.
type replica struct {
	*servedQabot
	slackURL string // http://127.0.0.1:PORT
}

// replicaConfig is a replica's configuration: the HTTP API and Slack in
// http mode on free ports, JSON logs, and redis when redisAddr is set.
func replicaConfig(t *testing.T, slackAPI, redisAddr string, httpRateLimit int) string {
	cfg := fmt.Sprintf(`http:
  enabled: true
  listen: 127.0.0.1:0
  rate_limit: %d
log:
  format: json
  level: debug
shutdown_timeout: 5s
data_dir: %s
slack:
  enabled: true
  mode: http
  bot_token: ${SLACK_BOT_TOKEN}
  signing_secret: ${SLACK_SIGNING_SECRET}
  listen: 127.0.0.1:0
  api_url: %s/
  rate_limit: -1
`, httpRateLimit, t.TempDir(), slackAPI)
	if redisAddr != "" {
		cfg += "redis:\n  enabled: true\n  address: " + redisAddr + "\n"
	}
	return cfg
}

// startReplicas starts n replicas with cfg.
func startReplicas(t *testing.T, n int, cfg string) []*replica {
	t.Helper()
	var rs []*replica
	for range n {
		s := startServe(t, cfg, mapEnv(replicaEnv))
		line := s.log.waitFor(t, `"msg":"slack listening"`)
		var l struct{ Addr string }
		if err := json.Unmarshal([]byte(line), &l); err != nil || l.Addr == "" {
			t.Fatalf("slack listening line %q: no address (%v)", line, err)
		}
		rs = append(rs, &replica{servedQabot: s, slackURL: "http://" + l.Addr})
	}
	return rs
}

// slackSign computes Slack's v0 request signature.
func slackSign(ts, body string) string {
	m := hmac.New(sha256.New, []byte(replicaSecret))
	io.WriteString(m, "v0:"+ts+":"+body)
	return "v0=" + hex.EncodeToString(m.Sum(nil))
}

// postSlack posts body to a replica's Slack path, signed now, as Slack's
// retry retry (0 for the first delivery), and returns the status.
func postSlack(t *testing.T, base, path, contentType, body string, retry int) int {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, base+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	ts := fmt.Sprint(time.Now().Unix())
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", slackSign(ts, body))
	if retry > 0 {
		req.Header.Set("X-Slack-Retry-Num", fmt.Sprint(retry))
		req.Header.Set("X-Slack-Retry-Reason", "http_timeout")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Errorf("POST %s: %v", path, err)
		return 0
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// mentionEvent is an Events API callback: user U1 mentions the bot in C1
// at ts, asking q.
func mentionEvent(eventID, ts, q string) string {
	b, _ := json.Marshal(map[string]any{"type": "event_callback", "team_id": "T1", "api_app_id": "A1",
		"event_id": eventID, "event_time": 1700000000, "event": map[string]any{
			"type": "app_mention", "user": "U1", "channel": "C1", "ts": ts, "event_ts": ts, "text": "<@UBOT> " + q}})
	return string(b)
}

// deliver posts one event to every replica and then retries times more,
// Slack's retries spread over the replicas, all at once.
func deliver(t *testing.T, rs []*replica, event string, retries int) {
	t.Helper()
	var wg sync.WaitGroup
	for i := range len(rs) + retries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			retry := max(0, i-len(rs)+1)
			if code := postSlack(t, rs[i%len(rs)].slackURL, "/slack/events", "application/json", event, retry); code != http.StatusOK {
				t.Errorf("event delivery %d: got %d, want 200", i, code)
			}
		}()
	}
	wg.Wait()
	// Connections dialled for requests that another connection served
	// never carried a request; closed now, they do not hold up shutdown.
	http.DefaultClient.CloseIdleConnections()
}

func TestReplicasAnswerARetriedEventOnce(t *testing.T) {
	srv := redistest.Start(t)
	tests := []struct {
		name  string
		redis string
		want  int
	}{
		{"with redis: once across replicas", srv.Addr(), 1},
		{"without redis: each replica answers (the filter is per process)", "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			slackAPI := newFakeSlackAPI(t)
			rs := startReplicas(t, 2, replicaConfig(t, slackAPI.srv.URL, tt.redis, -1))
			deliver(t, rs, mentionEvent("Ev-once", "100.0", "when is the TikTok deadline?"), 100)
			for _, r := range rs {
				r.shutdown(t)
			}
			got := slackAPI.repliesIn("100.0")
			if len(got) != tt.want {
				t.Fatalf("got %d replies to one event delivered to 2 replicas and retried 100 times, want %d: %+v", len(got), tt.want, got)
			}
			if !strings.Contains(got[0].text, "September 17") {
				t.Errorf("got reply %q, want the answer", got[0].text)
			}
		})
	}
}

func TestReplicasShareTheRateLimit(t *testing.T) {
	srv := redistest.Start(t)
	tests := []struct {
		name         string
		redis        string
		wantAnswered int
	}{
		{"with redis: counted once across replicas", srv.Addr(), 5},
		{"without redis: each replica counts its own", "", 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			slackAPI := newFakeSlackAPI(t)
			rs := startReplicas(t, 2, replicaConfig(t, slackAPI.srv.URL, tt.redis, 5))
			answered, limited := 0, 0
			for i := range 10 {
				switch code, _ := rs[i%2].ask(t, "When is the TikTok deadline?"); code {
				case http.StatusOK:
					answered++
				case http.StatusTooManyRequests:
					limited++
				default:
					t.Errorf("question %d: got status %d, want 200 or 429", i+1, code)
				}
			}
			if answered != tt.wantAnswered || answered+limited != 10 {
				t.Errorf("got %d answered and %d refused of 10 questions from one client over 2 replicas (limit 5), want %d answered (rate-limit fallbacks: %v, %v)",
					answered, limited, tt.wantAnswered, fallbacks(t, rs[0]), fallbacks(t, rs[1]))
			}
		})
	}
}

// TestRedisKilledMidStream kills Redis under two replicas while questions
// stream in, over the HTTP API and Slack: every question is answered; the
// loss is logged once per replica and counted in /metrics; once Redis is
// back, a retried event is answered once across replicas again.
func TestRedisKilledMidStream(t *testing.T) {
	srv := redistest.Start(t)
	slackAPI := newFakeSlackAPI(t)
	rs := startReplicas(t, 2, replicaConfig(t, slackAPI.srv.URL, srv.Addr(), -1))

	const questions = 60
	var events []string
	for i := range questions {
		switch i {
		case 20:
			srv.Kill()
		case 40:
			srv.Restart()
		}
		if code, a := rs[i%2].ask(t, "When is the TikTok deadline?"); code != http.StatusOK || !a.Answered {
			t.Errorf("question %d (Redis %s): got status %d, answered %v; want every question answered", i+1, phase(i), code, a.Answered)
		}
		if i%5 == 0 {
			ts := fmt.Sprintf("%d.0", 200+i)
			events = append(events, ts)
			deliver(t, rs, mentionEvent(fmt.Sprint("Ev-stream-", i), ts, "when is the TikTok deadline?"), 2)
		}
	}
	for _, ts := range events {
		slackAPI.waitReplies(t, ts, 1)
	}
	for i, r := range rs {
		r.waitMetric(t, "qabot_redis_up", 1)
		if got := r.metric(t, "qabot_redis_fallbacks_total"); got < 1 {
			t.Errorf("replica %d: got qabot_redis_fallbacks_total %v, want at least 1", i, got)
		}
		if got := r.metric(t, `qabot_redis_fallback_operations_total{kind="dedup"}`); got < 1 {
			t.Errorf("replica %d: got dedup fallbacks %v, want at least 1", i, got)
		}
		if n := r.log.count(`"msg":"redis unreachable`); n < 1 || n > 2 {
			t.Errorf("replica %d: got %d 'redis unreachable' lines for one outage, want 1 (2 if it lost Redis again while it restarted)", i, n)
		}
		r.log.waitFor(t, `"msg":"redis reachable again`)
	}

	deliver(t, rs, mentionEvent("Ev-after", "900.0", "when is the TikTok deadline?"), 100)
	for _, r := range rs {
		r.shutdown(t)
	}
	if got := slackAPI.repliesIn("900.0"); len(got) != 1 {
		t.Errorf("after Redis is back: got %d replies to a retried event, want 1 (shared again)", len(got))
	}
}

// fallbacks returns a replica's count of rate limits done in process for
// want of Redis (-1 without Redis).
func fallbacks(t *testing.T, r *replica) float64 {
	return r.metric(t, `qabot_redis_fallback_operations_total{kind="rate_limit"}`)
}

func phase(i int) string {
	switch {
	case i < 20:
		return "up"
	case i < 40:
		return "killed"
	}
	return "restarted"
}

// TestFeedbackThroughRedis clicks 👎 on one replica and 👍 on the other,
// and lists them with qabot feedback, which reads Redis.
func TestFeedbackThroughRedis(t *testing.T) {
	srv := redistest.Start(t)
	slackAPI := newFakeSlackAPI(t)
	cfg := replicaConfig(t, slackAPI.srv.URL, srv.Addr(), -1)
	rs := startReplicas(t, 2, cfg)

	value, _ := json.Marshal(map[string]string{"q": "when is the tiktok deadline?", "s": "The deadline was extended to September 17.", "src": "002_doc.txt"})
	click := func(user, action string) string {
		payload, _ := json.Marshal(map[string]any{"type": "block_actions", "user": map[string]any{"id": user},
			"channel": map[string]any{"id": "C1"}, "container": map[string]any{"type": "message", "message_ts": "300.0"},
			"response_url": slackAPI.srv.URL + "/response/" + user,
			"actions":      []any{map[string]any{"type": "button", "action_id": action, "block_id": "qabot_feedback", "value": string(value), "action_ts": "1.1"}}})
		return url.Values{"payload": {string(payload)}}.Encode()
	}
	form := "application/x-www-form-urlencoded"
	for i, c := range []struct{ user, action string }{
		{"U1", "qabot_not_helpful"}, {"U1", "qabot_not_helpful"}, {"U2", "qabot_not_helpful"}, {"U3", "qabot_helpful"},
	} {
		if code := postSlack(t, rs[i%2].slackURL, "/slack/interactive", form, click(c.user, c.action), 0); code != http.StatusOK {
			t.Fatalf("click %d: got %d, want 200", i+1, code)
		}
	}
	for _, r := range rs {
		r.shutdown(t)
	}

	path := writeTempConfig(t, cfg)
	code, out, errOut := runCmd(t, mapEnv(replicaEnv), "feedback", "--config", path, "--json")
	if code != exitOK {
		t.Fatalf("qabot feedback: got exit %d (%s), want 0", code, errOut)
	}
	var got []wrongAnswer
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("got %q: %v", out, err)
	}
	if len(got) != 1 || got[0].Wrong != 2 || got[0].Helpful != 1 || got[0].Source != "002_doc.txt" ||
		got[0].Sentence != "The deadline was extended to September 17." || strings.Join(got[0].Questions, "|") != "when is the tiktok deadline?" {
		t.Errorf("got %+v, want one answer marked wrong by 2 users (U1's second click not counted) and helpful by 1", got)
	}
}

// writeTempConfig writes cfg to a file and returns its path.
func writeTempConfig(t *testing.T, cfg string) string {
	t.Helper()
	path := t.TempDir() + "/c.yaml"
	writeFile(t, path, cfg)
	return path
}
