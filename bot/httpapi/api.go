package httpapi

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"

	"github.com/qabot/qabot/bot"
)

// MaxBodyBytes is the largest request body /v1/ask reads.
const MaxBodyBytes = 64 << 10

// Questioner is what the API needs from the bot: one reply per request.
// *bot.Handler implements it.
type Questioner interface {
	Handle(ctx context.Context, req bot.Request) bot.Reply
}

// Options are what the API needs beyond its section of the configuration.
type Options struct {
	// Loaded reports whether an index is loaded: before, /v1/ask answers
	// 503. Nil means always loaded.
	Loaded func() bool
	// Ready reports whether the service takes questions, for /readyz: the
	// index is loaded and it is not shutting down. Nil means Loaded.
	Ready func() bool
	// Metrics serves /metrics; nil leaves the endpoint out.
	Metrics http.Handler
}

// API serves the HTTP front. Build it with New.
type API struct {
	q         Questioner
	tokenHash []byte // sha256 of the token, nil when no token is required
	cors      *cors
	loaded    func() bool
	ready     func() bool
	mux       *http.ServeMux
}

// New returns the API answering with q.
func New(cfg Config, q Questioner, opt Options) *API {
	a := &API{q: q, loaded: opt.Loaded, ready: opt.Ready, cors: newCORS(cfg.CORSOrigins)}
	if a.loaded == nil {
		a.loaded = func() bool { return true }
	}
	if a.ready == nil {
		a.ready = a.loaded
	}
	if cfg.Token != "" {
		h := sha256.Sum256([]byte(cfg.Token))
		a.tokenHash = h[:]
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/ask", a.cors.wrap(a.authorized(a.askPOST)))
	mux.HandleFunc("GET /v1/ask", a.cors.wrap(a.authorized(a.askGET)))
	mux.HandleFunc("/v1/ask", a.cors.wrap(a.askOther))
	mux.HandleFunc("GET /healthz", a.healthz)
	mux.HandleFunc("GET /readyz", a.readyz)
	if opt.Metrics != nil {
		mux.Handle("GET /metrics", opt.Metrics)
	}
	mux.HandleFunc("/", a.notFound)
	a.mux = mux
	return a
}

// ServeHTTP implements http.Handler.
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.mux.ServeHTTP(w, r) }

// askRequest is the body of POST /v1/ask.
type askRequest struct {
	// ID, when given, is echoed in the answer.
	ID       string `json:"id"`
	Question string `json:"question"`
}

func (a *API) askPOST(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("the request body is over %d KiB; send {\"question\": \"...\"} with a shorter question", MaxBodyBytes>>10))
			return
		}
		writeError(w, http.StatusBadRequest, "the request body could not be read")
		return
	}
	var req askRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, jsonProblem(err)+`; send {"question": "..."}`)
		return
	}
	if dec.More() {
		writeError(w, http.StatusBadRequest, `the body holds more than one JSON value; send one {"question": "..."}`)
		return
	}
	a.ask(w, r, req)
}

func (a *API) askGET(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	text := q.Get("q")
	if text == "" {
		text = q.Get("question")
	}
	a.ask(w, r, askRequest{ID: q.Get("id"), Question: text})
}

// askOther answers /v1/ask with a method other than GET and POST.
func (a *API) askOther(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, POST")
	writeError(w, http.StatusMethodNotAllowed, r.Method+" is not supported here; use POST with {\"question\": \"...\"} or GET with ?q=")
}

func (a *API) ask(w http.ResponseWriter, r *http.Request, req askRequest) {
	if bot.CleanQuestion(req.Question) == "" {
		writeError(w, http.StatusBadRequest, `no question given; send {"question": "..."} or ?q=...`)
		return
	}
	if !a.loaded() {
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable, "the documents are still loading; ask again in a few seconds")
		return
	}
	reply := a.q.Handle(r.Context(), bot.Request{User: clientIP(r), Text: req.Question})
	out := bot.ReplyJSON(reply)
	status := http.StatusOK
	switch reply.Outcome {
	case bot.OutcomeAnswered, bot.OutcomeNotFound, bot.OutcomeHelp:
	case bot.OutcomeRateLimited:
		status = http.StatusTooManyRequests
		w.Header().Set("Retry-After", "60")
	case bot.OutcomeRefused:
		status = http.StatusRequestEntityTooLarge
	default:
		status = http.StatusInternalServerError
	}
	out.ID = req.ID
	out.Question = req.Question
	writeJSON(w, status, out)
}

// authorized wraps next with the bearer-token check, when a token is set.
// Both tokens are hashed first, so the comparison takes the same time
// whatever their lengths and contents.
func (a *API) authorized(next http.HandlerFunc) http.HandlerFunc {
	if a.tokenHash == nil {
		return next
	}
	return func(w http.ResponseWriter, r *http.Request) {
		given, ok := bearer(r.Header.Get("Authorization"))
		h := sha256.Sum256([]byte(given))
		if !ok || subtle.ConstantTimeCompare(h[:], a.tokenHash) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="qabot"`)
			writeError(w, http.StatusUnauthorized, "a valid bearer token is required: send the header Authorization: Bearer <token>")
			return
		}
		next(w, r)
	}
}

// bearer extracts the token of an "Authorization: Bearer <token>" header.
func bearer(header string) (string, bool) {
	scheme, token, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}

func (a *API) healthz(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

func (a *API) readyz(w http.ResponseWriter, r *http.Request) {
	if !a.ready() {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "not ready: the documents are still loading"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

func (a *API) notFound(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusNotFound, map[string]string{
		"error": "no such endpoint; use POST /v1/ask, GET /v1/ask?q=, /healthz, /readyz or /metrics",
	})
}

// clientIP is the rate-limit key: the peer's IP address, without the port.
// Forwarding headers are not trusted: behind a proxy every client shares
// the proxy's limit.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// jsonProblem says what is wrong with a body encoding/json refused.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return "the body is empty"
	case errors.As(err, &syn):
		return fmt.Sprintf("the body is not JSON (%s, at byte %d)", syn.Error(), syn.Offset)
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Sprintf("the body must be a JSON object, not %s", typ.Value)
	case errors.As(err, &typ):
		return fmt.Sprintf("the body's %q must be a string, not a %s", typ.Field, typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return "the body has an " + strings.TrimPrefix(err.Error(), "json: ")
	}
	return "the body is not JSON"
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, bot.AnswerJSON{Error: msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		http.Error(w, `{"error":"the reply could not be encoded"}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(append(body, '\n'))
}
