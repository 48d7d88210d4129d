package discord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// fakeDiscord is a local Discord: a websocket gateway at /ws and the REST
// routes the front uses under /api/v9/, all on 127.0.0.1. It records what
// the bot sends so tests can assert on it.
type fakeDiscord struct {
	t     *testing.T
	srv   *httptest.Server
	botID string
	appID string
	// heartbeatMS is the interval announced in HELLO.
	heartbeatMS int

	mu         sync.Mutex
	current    *fakeConn         // the connection that has seen READY or RESUMED
	byShard    map[int]*fakeConn // the session of each shard, from IDENTIFY
	readied    []*fakeConn       // every connection that has seen READY
	conns      int
	identifies []fakeIdentify
	resumes    []fakeResume
	sessions   int
	seq        int64
	calls      []restCall
	commands   map[string][]*discordgo.ApplicationCommand // by scope: "" or guild ID
	nextID     int
	// failEmbeds makes message posts with embeds fail with 403/50013.
	failEmbeds bool
	// hangUp makes every reply (message, callback, webhook) fail by
	// closing the connection without an answer.
	hangUp bool
}

// fakeIdentify is the part of IDENTIFY the tests check.
type fakeIdentify struct {
	Token   string  `json:"token"`
	Intents int     `json:"intents"`
	Shard   *[2]int `json:"shard"`
}

type fakeResume struct {
	Token     string `json:"token"`
	SessionID string `json:"session_id"`
	Seq       int64  `json:"seq"`
}

// restCall is one REST request the bot made.
type restCall struct {
	Method string
	Path   string
	Auth   string
	Body   []byte
}

type fakeConn struct {
	ws  *websocket.Conn
	wmu sync.Mutex
}

func (c *fakeConn) send(v any) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.ws.WriteJSON(v)
}

type frame struct {
	Op int    `json:"op"`
	D  any    `json:"d"`
	S  *int64 `json:"s,omitempty"`
	T  string `json:"t,omitempty"`
}

func newFakeDiscord(t *testing.T) *fakeDiscord {
	t.Helper()
	f := &fakeDiscord{
		t:           t,
		botID:       "1000",
		appID:       "2000",
		heartbeatMS: 200,
		commands:    make(map[string][]*discordgo.ApplicationCommand),
		nextID:      5000,
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ws/", f.serveGateway) // discordgo adds the slash
	mux.HandleFunc("GET /api/v9/gateway", f.serveGatewayURL)
	mux.HandleFunc("GET /api/v9/gateway/bot", f.serveGatewayURL)
	mux.HandleFunc("POST /api/v9/channels/{channel}/messages", f.serveMessage)
	mux.HandleFunc("POST /api/v9/interactions/{id}/{token}/callback", f.serveNoContent)
	mux.HandleFunc("PATCH /api/v9/webhooks/{app}/{token}/messages/{msg}", f.serveMessage)
	mux.HandleFunc("POST /api/v9/webhooks/{app}/{token}", f.serveMessage)
	mux.HandleFunc("/api/v9/applications/{app}/commands", f.serveCommands)
	mux.HandleFunc("/api/v9/applications/{app}/commands/{cmd}", f.serveCommands)
	mux.HandleFunc("/api/v9/applications/{app}/guilds/{guild}/commands", f.serveCommands)
	mux.HandleFunc("/api/v9/applications/{app}/guilds/{guild}/commands/{cmd}", f.serveCommands)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		f.record(r)
		http.Error(w, `{"message":"404: Not Found","code":0}`, http.StatusNotFound)
	})
	f.srv = httptest.NewServer(mux) // binds 127.0.0.1
	t.Cleanup(f.srv.Close)
	return f
}

// config is a front configuration pointing at the fake.
func (f *fakeDiscord) config() Config {
	return Config{
		Enabled:    true,
		Token:      testToken,
		APIURL:     f.srv.URL + "/api/v9/",
		ShardCount: 1,
	}
}

const testToken = "MTAwMA.GaBcDe.c2VjcmV0LXRlc3QtdG9rZW4"

func (f *fakeDiscord) record(r *http.Request) []byte {
	body, _ := io.ReadAll(r.Body)
	f.mu.Lock()
	f.calls = append(f.calls, restCall{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Body: body})
	f.mu.Unlock()
	return body
}

func (f *fakeDiscord) newID() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.nextID++
	return fmt.Sprint(f.nextID)
}

func (f *fakeDiscord) serveGatewayURL(w http.ResponseWriter, r *http.Request) {
	f.record(r)
	writeJSON(w, http.StatusOK, map[string]any{"url": "ws://" + r.Host + "/ws", "shards": 1})
}

// hungUp closes the connection of r without an answer if f.hangUp is set.
func (f *fakeDiscord) hungUp(w http.ResponseWriter) bool {
	f.mu.Lock()
	hang := f.hangUp
	f.mu.Unlock()
	if !hang {
		return false
	}
	if c, _, err := http.NewResponseController(w).Hijack(); err == nil {
		c.Close()
	}
	return true
}

func (f *fakeDiscord) serveMessage(w http.ResponseWriter, r *http.Request) {
	body := f.record(r)
	if f.hungUp(w) {
		return
	}
	f.mu.Lock()
	fail := f.failEmbeds
	f.mu.Unlock()
	var m struct {
		Embeds []json.RawMessage `json:"embeds"`
	}
	_ = json.Unmarshal(body, &m)
	if fail && len(m.Embeds) > 0 {
		writeJSON(w, http.StatusForbidden, map[string]any{"message": "Missing Permissions", "code": 50013})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"id": f.newID(), "channel_id": r.PathValue("channel")})
}

func (f *fakeDiscord) serveNoContent(w http.ResponseWriter, r *http.Request) {
	f.record(r)
	if f.hungUp(w) {
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// serveCommands keeps application commands like Discord: GET lists, POST
// creates (replacing a command of the same name), PATCH edits, PUT
// overwrites the whole scope.
func (f *fakeDiscord) serveCommands(w http.ResponseWriter, r *http.Request) {
	body := f.record(r)
	scope := r.PathValue("guild")
	id := r.PathValue("cmd")
	f.mu.Lock()
	defer f.mu.Unlock()
	cmds := f.commands[scope]
	switch {
	case r.Method == http.MethodGet && id == "":
		writeJSON(w, http.StatusOK, cmds)
	case r.Method == http.MethodPost && id == "":
		var c discordgo.ApplicationCommand
		if err := json.Unmarshal(body, &c); err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]any{"message": "bad body", "code": 50035})
			return
		}
		f.nextID++
		c.ID, c.ApplicationID, c.GuildID = fmt.Sprint(f.nextID), r.PathValue("app"), scope
		kept := cmds[:0:0]
		for _, old := range cmds {
			if old.Name != c.Name {
				kept = append(kept, old)
			}
		}
		f.commands[scope] = append(kept, &c)
		writeJSON(w, http.StatusCreated, c)
	case r.Method == http.MethodPatch && id != "":
		for _, old := range cmds {
			if old.ID == id {
				var c discordgo.ApplicationCommand
				_ = json.Unmarshal(body, &c)
				c.ID, c.ApplicationID, c.GuildID = id, r.PathValue("app"), scope
				*old = c
				writeJSON(w, http.StatusOK, c)
				return
			}
		}
		writeJSON(w, http.StatusNotFound, map[string]any{"message": "Unknown application command", "code": 10063})
	case r.Method == http.MethodPut && id == "":
		var cs []*discordgo.ApplicationCommand
		_ = json.Unmarshal(body, &cs)
		for _, c := range cs {
			f.nextID++
			c.ID = fmt.Sprint(f.nextID)
		}
		f.commands[scope] = cs
		writeJSON(w, http.StatusOK, cs)
	default:
		writeJSON(w, http.StatusMethodNotAllowed, map[string]any{"message": "405", "code": 0})
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// serveGateway speaks the gateway: HELLO first, then IDENTIFY → READY,
// RESUME → RESUMED, heartbeat → ACK. Test frames go only to a connection
// that has seen READY or RESUMED (see dispatch), since discordgo can get
// stuck on an op 7 that arrives earlier.
func (f *fakeDiscord) serveGateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &fakeConn{ws: ws}
	f.mu.Lock()
	f.conns++
	f.mu.Unlock()
	defer func() {
		ws.Close()
		f.mu.Lock()
		if f.current == c {
			f.current = nil
		}
		for shard, sc := range f.byShard {
			if sc == c {
				delete(f.byShard, shard)
			}
		}
		f.mu.Unlock()
	}()
	if c.send(frame{Op: 10, D: map[string]any{"heartbeat_interval": f.heartbeatMS}}) != nil {
		return
	}
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var in struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(msg, &in) != nil {
			return
		}
		switch in.Op {
		case 1:
			if c.send(frame{Op: 11}) != nil {
				return
			}
		case 2:
			var id fakeIdentify
			if err := json.Unmarshal(in.D, &id); err != nil {
				f.t.Errorf("IDENTIFY %s: %v", in.D, err)
			}
			if id.Token != "Bot "+testToken {
				c.wmu.Lock()
				_ = ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."))
				c.wmu.Unlock()
				return
			}
			f.mu.Lock()
			f.identifies = append(f.identifies, id)
			f.sessions++
			session := fmt.Sprintf("session-%d", f.sessions)
			f.seq++
			seq := f.seq
			f.mu.Unlock()
			ready := map[string]any{
				"v": 9, "session_id": session,
				"user":        map[string]any{"id": f.botID, "username": "qabot", "bot": true},
				"application": map[string]any{"id": f.appID},
				"guilds":      []any{},
			}
			if id.Shard != nil {
				ready["shard"] = id.Shard
			}
			if c.send(frame{Op: 0, T: "READY", S: &seq, D: ready}) != nil {
				return
			}
			shard := 0
			if id.Shard != nil {
				shard = id.Shard[0]
			}
			f.mu.Lock()
			if f.byShard == nil {
				f.byShard = map[int]*fakeConn{}
			}
			f.byShard[shard] = c
			f.readied = append(f.readied, c)
			f.mu.Unlock()
			f.setCurrent(c)
		case 6:
			var res fakeResume
			_ = json.Unmarshal(in.D, &res)
			f.mu.Lock()
			f.resumes = append(f.resumes, res)
			f.seq++
			seq := f.seq
			f.mu.Unlock()
			if c.send(frame{Op: 0, T: "RESUMED", S: &seq, D: map[string]any{}}) != nil {
				return
			}
			f.setCurrent(c)
		}
	}
}

func (f *fakeDiscord) setCurrent(c *fakeConn) {
	f.mu.Lock()
	f.current = c
	f.mu.Unlock()
}

// ready waits (bounded) for a connection that has seen READY or RESUMED
// and returns it. If take is set, the connection stops being current, for
// frames after which the bot must connect or identify again.
func (f *fakeDiscord) ready(take bool) *fakeConn {
	f.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		f.mu.Lock()
		c := f.current
		if c != nil && take {
			f.current = nil
		}
		f.mu.Unlock()
		if c != nil {
			return c
		}
		time.Sleep(5 * time.Millisecond)
	}
	f.t.Fatal("gateway: no ready connection within 10s")
	return nil
}

// dispatch sends an event to the bot.
func (f *fakeDiscord) dispatch(typ string, data any) {
	f.t.Helper()
	c := f.ready(false)
	f.mu.Lock()
	f.seq++
	seq := f.seq
	f.mu.Unlock()
	if err := c.send(frame{Op: 0, T: typ, S: &seq, D: data}); err != nil {
		f.t.Fatalf("dispatch %s: %v", typ, err)
	}
}

// dispatchToShard sends an event to the session that identified as shard,
// waiting (bounded) for it.
func (f *fakeDiscord) dispatchToShard(shard int, typ string, data any) {
	f.t.Helper()
	var c *fakeConn
	waitFor(f.t, fmt.Sprintf("a session of shard %d", shard), func() bool {
		f.mu.Lock()
		defer f.mu.Unlock()
		c = f.byShard[shard]
		return c != nil
	})
	f.mu.Lock()
	f.seq++
	seq := f.seq
	f.mu.Unlock()
	if err := c.send(frame{Op: 0, T: typ, S: &seq, D: data}); err != nil {
		f.t.Fatalf("dispatch %s to shard %d: %v", typ, shard, err)
	}
}

// broadcast sends an event to every session that has seen READY.
func (f *fakeDiscord) broadcast(typ string, data any) {
	f.t.Helper()
	f.mu.Lock()
	conns := append([]*fakeConn(nil), f.readied...)
	f.mu.Unlock()
	for _, c := range conns {
		f.mu.Lock()
		f.seq++
		seq := f.seq
		f.mu.Unlock()
		if err := c.send(frame{Op: 0, T: typ, S: &seq, D: data}); err != nil {
			f.t.Fatalf("broadcast %s: %v", typ, err)
		}
	}
}

// reconnect sends op 7 RECONNECT.
func (f *fakeDiscord) reconnect() {
	f.t.Helper()
	if err := f.ready(true).send(frame{Op: 7}); err != nil {
		f.t.Fatalf("op 7: %v", err)
	}
}

// invalidSession sends op 9 INVALID SESSION.
func (f *fakeDiscord) invalidSession(resumable bool) {
	f.t.Helper()
	if err := f.ready(true).send(frame{Op: 9, D: resumable}); err != nil {
		f.t.Fatalf("op 9: %v", err)
	}
}

// drop cuts the current connection without a close frame.
func (f *fakeDiscord) drop() {
	f.t.Helper()
	f.ready(true).ws.UnderlyingConn().Close()
}

// callsTo returns the recorded calls whose method is method and whose path
// has the given prefix and suffix.
func (f *fakeDiscord) callsTo(method, prefix, suffix string) []restCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []restCall
	for _, c := range f.calls {
		if c.Method == method && strings.HasPrefix(c.Path, prefix) && strings.HasSuffix(c.Path, suffix) {
			out = append(out, c)
		}
	}
	return out
}

// callbacks returns the interaction callbacks the bot sent.
func (f *fakeDiscord) callbacks() []restCall {
	return f.callsTo("POST", "/api/v9/interactions/", "/callback")
}

// waitCallbacks waits (bounded) until the bot has sent n interaction
// callbacks and returns them all.
func (f *fakeDiscord) waitCallbacks(n int) []restCall {
	f.t.Helper()
	waitFor(f.t, fmt.Sprintf("%d interaction callbacks", n), func() bool { return len(f.callbacks()) >= n })
	return f.callbacks()
}

// messages returns the bodies of the messages the bot posted.
func (f *fakeDiscord) messages() []sentMessage {
	f.t.Helper()
	var out []sentMessage
	for _, c := range f.callsTo("POST", "/api/v9/channels/", "/messages") {
		out = append(out, decodeSent(f.t, c.Body))
	}
	return out
}

// waitMessages waits (bounded) until the bot has posted n messages.
func (f *fakeDiscord) waitMessages(n int) []sentMessage {
	f.t.Helper()
	waitFor(f.t, fmt.Sprintf("%d messages posted", n), func() bool {
		return len(f.callsTo("POST", "/api/v9/channels/", "/messages")) >= n
	})
	return f.messages()
}

func (f *fakeDiscord) identifyCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.identifies)
}

// readiedCount is how many sessions have seen READY, and so get what
// broadcast sends: a session counts in identifyCount before its READY is
// sent.
func (f *fakeDiscord) readiedCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.readied)
}

func (f *fakeDiscord) resumeList() []fakeResume {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]fakeResume(nil), f.resumes...)
}

func (f *fakeDiscord) identifyList() []fakeIdentify {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]fakeIdentify(nil), f.identifies...)
}

func (f *fakeDiscord) commandsIn(scope string) []*discordgo.ApplicationCommand {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]*discordgo.ApplicationCommand(nil), f.commands[scope]...)
}

// sentMessage is a message or interaction response body as the bot sent
// it, with allowed_mentions kept raw to check its exact shape.
type sentMessage struct {
	Type             int                         `json:"type"` // interaction callbacks only
	Content          string                      `json:"content"`
	Embeds           []*discordgo.MessageEmbed   `json:"embeds"`
	Flags            int                         `json:"flags"`
	AllowedMentions  json.RawMessage             `json:"allowed_mentions"`
	MessageReference *discordgo.MessageReference `json:"message_reference"`
	Data             *sentMessage                `json:"data"`
}

func decodeSent(t *testing.T, body []byte) sentMessage {
	t.Helper()
	var m sentMessage
	if err := json.Unmarshal(body, &m); err != nil {
		t.Fatalf("bot sent invalid JSON %q: %v", body, err)
	}
	return m
}

// waitFor polls cond every few milliseconds for at most 10 s.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
