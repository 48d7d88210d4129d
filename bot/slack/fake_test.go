package slack

// A fake of Slack on 127.0.0.1 for end-to-end tests: the Web API methods the
// front calls (auth.test, apps.connections.open, chat.postMessage,
// chat.postEphemeral), response URLs, and a Socket Mode websocket that sends
// pings, records acknowledgements, and can be dropped. Plus a fake engine,
// a fake metrics recorder and a clock.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/bot/bottest"
	"github.com/qabot/qabot/qa"
)

const (
	testBotToken = "xoxb-test-0000-secretbot"
	testAppToken = "xapp-1-test-secretapp"
	testSecret   = "8f742231b10e8888abcd99yyyzzz85a5"
	botUser      = "UBOT"
	botID        = "BBOT"
	waitLimit    = 5 * time.Second
)

// post is one reply the bot sent.
type post struct {
	seq          int
	method       string // chat.postMessage, chat.postEphemeral or response
	channel      string
	threadTS     string
	user         string
	text         string
	blocks       string
	responseType string
	unfurlLinks  string
	unfurlMedia  string
	token        string
}

type ack struct {
	seq        int
	envelopeID string
}

// fakeSlack is the fake Slack. Its zero value is not usable; see newFakeSlack.
type fakeSlack struct {
	t   testing.TB
	srv *httptest.Server

	mu       sync.Mutex
	seq      int
	posts    []post
	acks     []ack
	conns    int
	conn     *websocket.Conn
	changed  chan struct{}
	authFail string // error auth.test answers, "" for ok

	wmu sync.Mutex // serialises writes to conn
}

func newFakeSlack(t testing.TB) *fakeSlack {
	t.Helper()
	f := &fakeSlack{t: t, changed: make(chan struct{})}
	mux := http.NewServeMux()
	mux.HandleFunc("/auth.test", f.authTest)
	mux.HandleFunc("/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]any{"ok": true, "url": "ws://" + r.Host + "/ws"})
	})
	mux.HandleFunc("/chat.postMessage", f.chat("chat.postMessage"))
	mux.HandleFunc("/chat.postEphemeral", f.chat("chat.postEphemeral"))
	mux.HandleFunc("/response/", f.response)
	mux.HandleFunc("/ws", f.websocket)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		f.mu.Lock()
		c := f.conn
		f.mu.Unlock()
		if c != nil {
			c.Close()
		}
		f.srv.Close()
	})
	return f
}

func (f *fakeSlack) apiURL() string { return f.srv.URL + "/" }

func (f *fakeSlack) responseURL(id string) string { return f.srv.URL + "/response/" + id }

// change records a change under f.mu and wakes waiters.
func (f *fakeSlack) changeLocked() {
	f.seq++
	close(f.changed)
	f.changed = make(chan struct{})
}

func (f *fakeSlack) authTest(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	fail := f.authFail
	f.mu.Unlock()
	if fail != "" {
		writeJSON(w, map[string]any{"ok": false, "error": fail})
		return
	}
	writeJSON(w, map[string]any{"ok": true, "user_id": botUser, "bot_id": botID, "user": "qabot", "team_id": "T1"})
}

func (f *fakeSlack) chat(method string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		p := post{
			method:      method,
			channel:     r.PostForm.Get("channel"),
			threadTS:    r.PostForm.Get("thread_ts"),
			user:        r.PostForm.Get("user"),
			text:        r.PostForm.Get("text"),
			blocks:      r.PostForm.Get("blocks"),
			unfurlLinks: r.PostForm.Get("unfurl_links"),
			unfurlMedia: r.PostForm.Get("unfurl_media"),
			token:       r.PostForm.Get("token"),
		}
		if p.token == "" {
			p.token = strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		}
		f.mu.Lock()
		p.seq = f.seq
		f.posts = append(f.posts, p)
		f.changeLocked()
		f.mu.Unlock()
		writeJSON(w, map[string]any{"ok": true, "channel": p.channel, "ts": "1700000000.000100", "message_ts": "1700000000.000100"})
	}
}

func (f *fakeSlack) response(w http.ResponseWriter, r *http.Request) {
	var m struct {
		Text            string          `json:"text"`
		Blocks          json.RawMessage `json:"blocks"`
		ResponseType    string          `json:"response_type"`
		ReplaceOriginal bool            `json:"replace_original"`
	}
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	blocks := string(m.Blocks)
	if blocks == "null" {
		blocks = ""
	}
	f.mu.Lock()
	f.posts = append(f.posts, post{seq: f.seq, method: "response", channel: strings.TrimPrefix(r.URL.Path, "/response/"),
		text: m.Text, blocks: blocks, responseType: m.ResponseType})
	f.changeLocked()
	f.mu.Unlock()
	_, _ = io.WriteString(w, "ok")
}

// upgrader accepts the Origin slack-go sends (https://api.slack.com).
var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (f *fakeSlack) websocket(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	f.mu.Lock()
	f.conn = c
	f.conns++
	f.changeLocked()
	f.mu.Unlock()
	_ = f.write(c, `{"type":"hello","num_connections":1,"connection_info":{"app_id":"A1"}}`)

	done := make(chan struct{})
	defer close(done)
	go func() {
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				if c.WriteControl(websocket.PingMessage, []byte("p"), time.Now().Add(time.Second)) != nil {
					return
				}
			}
		}
	}()
	for {
		_, raw, err := c.ReadMessage()
		if err != nil {
			return
		}
		var a struct {
			EnvelopeID string `json:"envelope_id"`
		}
		if json.Unmarshal(raw, &a) == nil && a.EnvelopeID != "" {
			f.mu.Lock()
			f.acks = append(f.acks, ack{seq: f.seq, envelopeID: a.EnvelopeID})
			f.changeLocked()
			f.mu.Unlock()
		}
	}
}

func (f *fakeSlack) write(c *websocket.Conn, raw string) error {
	f.wmu.Lock()
	defer f.wmu.Unlock()
	return c.WriteMessage(websocket.TextMessage, []byte(raw))
}

// send sends a Socket Mode envelope on the current connection.
func (f *fakeSlack) send(raw string) {
	f.t.Helper()
	f.mu.Lock()
	c := f.conn
	f.mu.Unlock()
	if c == nil {
		f.t.Fatal("fake slack: no websocket connection")
	}
	if err := f.write(c, raw); err != nil {
		f.t.Fatalf("fake slack: sending to the bot: %v", err)
	}
}

// drop cuts the current websocket without a close frame, as a network
// failure would.
func (f *fakeSlack) drop() {
	f.mu.Lock()
	c := f.conn
	f.conn = nil
	f.mu.Unlock()
	if c != nil {
		c.NetConn().Close()
	}
}

// waitUntil waits, at most waitLimit, until cond (called under f.mu) holds.
func (f *fakeSlack) waitUntil(what string, cond func() bool) {
	f.t.Helper()
	deadline := time.NewTimer(waitLimit)
	defer deadline.Stop()
	for {
		f.mu.Lock()
		ok := cond()
		ch := f.changed
		f.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			f.t.Fatalf("fake slack: gave up after %v waiting for %s; posts: %+v", waitLimit, what, f.allPosts())
		}
	}
}

func (f *fakeSlack) waitPosts(n int) []post {
	f.t.Helper()
	f.waitUntil(fmt.Sprintf("%d replies", n), func() bool { return len(f.posts) >= n })
	return f.allPosts()
}

func (f *fakeSlack) waitAck(envelopeID string) ack {
	f.t.Helper()
	var got ack
	f.waitUntil("ack of "+envelopeID, func() bool {
		for _, a := range f.acks {
			if a.envelopeID == envelopeID {
				got = a
				return true
			}
		}
		return false
	})
	return got
}

func (f *fakeSlack) waitConns(n int) {
	f.t.Helper()
	f.waitUntil(fmt.Sprintf("%d websocket connections", n), func() bool { return f.conns >= n && f.conn != nil })
}

func (f *fakeSlack) allPosts() []post {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]post(nil), f.posts...)
}

func (f *fakeSlack) ackCount(envelopeID string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, a := range f.acks {
		if a.envelopeID == envelopeID {
			n++
		}
	}
	return n
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// Envelopes and events, as Slack sends them.

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// callback wraps an inner event in an Events API callback.
func callback(eventID string, inner map[string]any) map[string]any {
	return map[string]any{"type": "event_callback", "team_id": "T1", "api_app_id": "A1",
		"event_id": eventID, "event_time": 1700000000, "event": inner}
}

func eventsEnvelope(envelopeID, eventID string, inner map[string]any) string {
	return mustJSON(map[string]any{"type": "events_api", "envelope_id": envelopeID,
		"accepts_response_payload": false, "payload": callback(eventID, inner)})
}

func mention(user, channel, ts, threadTS, text string) map[string]any {
	ev := map[string]any{"type": "app_mention", "user": user, "channel": channel, "ts": ts, "event_ts": ts, "text": text}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	return ev
}

func messageEvent(user, channel, channelType, ts, text string) map[string]any {
	return map[string]any{"type": "message", "user": user, "channel": channel, "channel_type": channelType,
		"ts": ts, "event_ts": ts, "text": text}
}

func slashEnvelope(envelopeID, text, responseURL string) string {
	return mustJSON(map[string]any{"type": "slash_commands", "envelope_id": envelopeID, "payload": slashPayload(text, responseURL)})
}

func slashPayload(text, responseURL string) map[string]any {
	return map[string]any{"command": "/ask", "text": text, "user_id": "U1", "user_name": "ann",
		"channel_id": "C1", "team_id": "T1", "response_url": responseURL, "trigger_id": "1.2.3"}
}

func clickPayload(actionID, msgTS, responseURL string) map[string]any {
	return clickPayloadWith(actionID, msgTS, responseURL, "002_doc.txt")
}

// clickPayloadWith is a click on a button whose value is value.
func clickPayloadWith(actionID, msgTS, responseURL, value string) map[string]any {
	return map[string]any{"type": "block_actions", "user": map[string]any{"id": "U1"},
		"channel": map[string]any{"id": "C1"}, "container": map[string]any{"type": "message", "message_ts": msgTS},
		"response_url": responseURL, "actions": []any{map[string]any{"type": "button", "action_id": actionID,
			"block_id": feedbackBlockID, "value": value, "action_ts": "1.1"}}}
}

func clickEnvelope(envelopeID, actionID, msgTS, responseURL string) string {
	return mustJSON(map[string]any{"type": "interactive", "envelope_id": envelopeID, "payload": clickPayload(actionID, msgTS, responseURL)})
}

// fakeAsker is a hand-written engine: answer decides, questions records.
type fakeAsker struct {
	mu        sync.Mutex
	questions []string
	answer    func(ctx context.Context, q string) (qa.Answer, error)
}

func (a *fakeAsker) Ask(ctx context.Context, q string) (qa.Answer, error) {
	a.mu.Lock()
	a.questions = append(a.questions, q)
	fn := a.answer
	a.mu.Unlock()
	if fn == nil {
		return cannedAnswer(), nil
	}
	return fn(ctx, q)
}

func (a *fakeAsker) asked() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]string(nil), a.questions...)
}

func cannedAnswer() qa.Answer {
	return qa.Answer{
		Found:          true,
		Span:           "September 17",
		SpanConfidence: 0.9,
		Sentence:       "The deadline for TikTok was extended to September 17.",
		Source:         qa.Source{Path: "002_doc.txt", Title: "Talks in Madrid", Publisher: "Reuters", Date: "2025-09-15"},
		Score:          12.5,
		Also:           []qa.Source{{Path: "004_doc.txt"}},
	}
}

// fakeRecorder records metrics observations.
type fakeRecorder struct {
	mu        sync.Mutex
	outcomes  []bot.Outcome
	feedbacks []bool
}

func (r *fakeRecorder) Question(front string, o bot.Outcome, _ time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.outcomes = append(r.outcomes, o)
}

func (r *fakeRecorder) Feedback(front string, helpful bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.feedbacks = append(r.feedbacks, helpful)
}

func (r *fakeRecorder) helpful() []bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]bool(nil), r.feedbacks...)
}

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *clock { return &clock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// harness runs a Front against a fakeSlack.
type harness struct {
	t     *testing.T
	slack *fakeSlack
	front *Front
	asker *fakeAsker
	rec   *fakeRecorder
	logs  *bottest.LogBuffer
	addr  chan string
	stop  func() error
}

type harnessOptions struct {
	mode      string
	rateLimit int
	now       func() time.Time
	channels  []string
	asker     bot.Asker
	// concurrency overrides deps.concurrency when not 0.
	concurrency int
	// replyTimeout overrides deps.replyTimeout (waitLimit) when not 0.
	replyTimeout time.Duration
	// feedback stores the votes when set.
	feedback bot.FeedbackStore
}

// start starts a front against a new fake Slack and, in socket mode, waits
// until it is connected. The front is stopped at the end of the test.
func start(t *testing.T, o harnessOptions) *harness {
	t.Helper()
	fs := newFakeSlack(t)
	hs := &harness{t: t, slack: fs, asker: &fakeAsker{}, rec: &fakeRecorder{}, logs: &bottest.LogBuffer{}, addr: make(chan string, 1)}
	var asker bot.Asker = hs.asker
	if o.asker != nil {
		asker = o.asker
	}
	if o.rateLimit == 0 {
		o.rateLimit = -1
	}
	logger := slog.New(slog.NewTextHandler(hs.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h := bot.NewHandler(asker, bot.Config{Front: "slack", RateLimit: o.rateLimit, Now: o.now, Recorder: hs.rec, Logger: logger,
		LogQuestions: true, Feedback: o.feedback})
	cfg := Config{Enabled: true, Mode: o.mode, AppToken: testAppToken, BotToken: testBotToken,
		SigningSecret: testSecret, Listen: "127.0.0.1:0", APIURL: fs.apiURL(), Channels: o.channels}
	d := defaultDeps()
	d.httpClient = fs.srv.Client()
	d.pingInterval = 2 * time.Second
	d.replyTimeout = waitLimit
	if o.concurrency > 0 {
		d.concurrency = o.concurrency
	}
	if o.replyTimeout > 0 {
		d.replyTimeout = o.replyTimeout
	}
	d.onListen = func(a net.Addr) { hs.addr <- a.String() }
	f, err := newFront(cfg, h, logger, d)
	if err != nil {
		t.Fatalf("newFront: %v", err)
	}
	hs.front = f
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- f.Run(ctx) }()
	var once sync.Once
	var runErr error
	hs.stop = func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-errc:
			case <-time.After(waitLimit):
				t.Errorf("Run did not return within %v of cancel", waitLimit)
			}
		})
		return runErr
	}
	t.Cleanup(func() {
		_ = hs.stop()
		for _, secret := range []string{testBotToken, testAppToken, testSecret} {
			if strings.Contains(hs.logs.String(), secret) {
				t.Errorf("a secret reached the log:\n%s", hs.logs.String())
			}
		}
	})
	if o.mode != ModeHTTP {
		fs.waitConns(1)
	}
	return hs
}

// baseURL waits for the http-mode listener and returns its URL.
func (hs *harness) baseURL() string {
	hs.t.Helper()
	select {
	case a := <-hs.addr:
		u := "http://" + a
		hs.addr <- a
		return u
	case <-time.After(waitLimit):
		hs.t.Fatal("the front did not start listening")
		return ""
	}
}

// signedRequest builds a request signed as Slack signs it, at time at.
func signedRequest(t *testing.T, url, contentType, body, secret string, at time.Time) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	ts := fmt.Sprint(at.Unix())
	req.Header.Set("X-Slack-Request-Timestamp", ts)
	req.Header.Set("X-Slack-Signature", sign(secret, ts, body))
	return req
}

func formBody(payload map[string]any) string {
	v := url.Values{}
	for k, x := range payload {
		v.Set(k, fmt.Sprint(x))
	}
	return v.Encode()
}
