package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// How the front reaches Discord without touching discordgo's global
// Endpoint variables: the session's HTTP client gets a transport that
// rewrites discordgo's fixed https://discord.com/api/v9/ prefix to the
// configured api_url (and answers /gateway itself when gateway_url is set),
// and its websocket dialer dials through a gate.
//
// The gate is how shutdown is made final. discordgo v0.29.0 can start a
// reconnect loop from its heartbeat or read goroutine while the session is
// being closed, and that loop retries Open for ever. Once the gate is shut,
// every dial fails with discordgo.ErrWSAlreadyOpen, the one error on which
// the loop gives up, and /gateway is answered locally so that the loop
// reaches the dial without a network round trip. The gate also remembers
// the connections it made, so that a stuck handshake can be cut.

// gate dials gateway connections until it is shut.
type gate struct {
	dialer net.Dialer
	// done is cancelled by shutDown, cutting requests still in flight.
	done   context.Context
	cancel context.CancelFunc

	mu    sync.Mutex
	shut  bool
	conns map[net.Conn]struct{}
	dials int // dials let through, for tests
}

func newGate() *gate {
	ctx, cancel := context.WithCancel(context.Background())
	return &gate{conns: make(map[net.Conn]struct{}), done: ctx, cancel: cancel}
}

// dialContext is the websocket dialer's NetDialContext.
func (g *gate) dialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	g.mu.Lock()
	if g.shut {
		g.mu.Unlock()
		return nil, discordgo.ErrWSAlreadyOpen
	}
	g.dials++
	g.mu.Unlock()
	c, err := g.dialer.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.shut {
		c.Close()
		return nil, discordgo.ErrWSAlreadyOpen
	}
	tc := &trackedConn{Conn: c, g: g}
	g.conns[tc] = struct{}{}
	return tc, nil
}

// shutDown makes every later dial fail.
func (g *gate) shutDown() {
	g.mu.Lock()
	g.shut = true
	g.mu.Unlock()
	g.cancel()
}

// isShut reports whether shutDown was called.
func (g *gate) isShut() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.shut
}

// closeAll closes every connection the gate made that is still open.
func (g *gate) closeAll() {
	g.mu.Lock()
	conns := make([]net.Conn, 0, len(g.conns))
	for c := range g.conns {
		conns = append(conns, c)
	}
	g.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}

// trackedConn removes itself from its gate when closed.
type trackedConn struct {
	net.Conn
	g    *gate
	once sync.Once
}

func (c *trackedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() {
		c.g.mu.Lock()
		delete(c.g.conns, c)
		c.g.mu.Unlock()
	})
	return err
}

// stoppedGatewayURL is what /gateway answers once the gate is shut: never
// dialled, since the gate refuses first.
const stoppedGatewayURL = "wss://gateway.invalid/"

// rewriter is the session's HTTP transport.
type rewriter struct {
	base    http.RoundTripper
	api     string // base URL requests are sent to, ending in "/"
	gateway string // gateway URL to announce, or "" to ask the API
	gate    *gate
}

// RoundTrip sends req to the configured API instead of discord.com.
func (t *rewriter) RoundTrip(req *http.Request) (*http.Response, error) {
	from := discordgo.EndpointAPI
	u := req.URL.String()
	if !strings.HasPrefix(u, from) {
		return t.base.RoundTrip(req)
	}
	rest := strings.TrimPrefix(u, from)
	path, _, _ := strings.Cut(rest, "?")
	isGateway := req.Method == http.MethodGet && (path == "gateway" || path == "gateway/bot")
	shut := t.gate.isShut()
	switch {
	case isGateway && shut:
		return gatewayResponse(req, stoppedGatewayURL), nil
	case shut:
		return nil, errStopped
	case isGateway && t.gateway != "":
		return gatewayResponse(req, t.gateway), nil
	}
	nu, err := req.URL.Parse(t.api + rest)
	if err != nil {
		return nil, err
	}
	// discordgo's own requests (such as GET /gateway inside Open) carry no
	// context; tie each to the gate so that shutdown cuts it.
	ctx, cancel := context.WithCancel(req.Context())
	stop := context.AfterFunc(t.gate.done, cancel)
	out := req.Clone(ctx)
	out.URL = nu
	out.Host = ""
	resp, err := t.base.RoundTrip(out)
	if err != nil {
		stop()
		cancel()
		return nil, err
	}
	resp.Body = &releasingBody{ReadCloser: resp.Body, release: func() { stop(); cancel() }}
	return resp, nil
}

// releasingBody releases a request's context when its body is closed.
type releasingBody struct {
	io.ReadCloser
	release func()
}

func (b *releasingBody) Close() error {
	err := b.ReadCloser.Close()
	b.release()
	return err
}

// gatewayResponse answers GET /gateway locally with url.
func gatewayResponse(req *http.Request, url string) *http.Response {
	body, _ := json.Marshal(struct {
		URL string `json:"url"`
	}{url})
	return &http.Response{
		Status:        "200 OK",
		StatusCode:    http.StatusOK,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        http.Header{"Content-Type": {"application/json"}},
		Body:          io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)),
		Request:       req,
	}
}
