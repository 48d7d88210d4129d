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
	"mime"
	"net/http"
	"strconv"
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
	// Ready reports why the service does not take questions, for /readyz
	// (the index is loading, a chat front is not connected, it is shutting
	// down), or nil when it does. Nil means ready once Loaded.
	Ready func() error
	// Metrics serves /metrics; nil leaves the endpoint out.
	Metrics http.Handler
}

// API serves the HTTP front. Build it with New.
type API struct {
	q         Questioner
	tokenHash []byte // sha256 of the token, nil when no token is required
	cors      *cors
	proxies   proxies
	loaded    func() bool
	ready     func() error
	mux       *http.ServeMux
}

// errLoading is what /readyz says while the corpus loads.
var errLoading = errors.New("the documents are still loading")

// New returns the API answering with q. cfg must be valid (see
// Config.Validate); a trusted proxy that cannot be read is left out.
func New(cfg Config, q Questioner, opt Options) *API {
	ps, _ := parseProxies(cfg.TrustedProxies)
	a := &API{q: q, loaded: opt.Loaded, ready: opt.Ready, cors: newCORS(cfg.CORSOrigins), proxies: ps}
	if a.loaded == nil {
		a.loaded = func() bool { return true }
	}
	if a.ready == nil {
		a.ready = func() error {
			if !a.loaded() {
				return errLoading
			}
			return nil
		}
	}
	if cfg.Token != "" {
		h := sha256.Sum256([]byte(cfg.Token))
		a.tokenHash = h[:]
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/ask", a.cors.wrap(a.authorized(a.askPOST)))
	mux.HandleFunc("GET /v1/ask", a.cors.wrap(a.authorized(a.askGET)))
	mux.HandleFunc("/v1/ask", a.cors.wrap(methodNotAllowed("GET, POST", `use POST with {"question": "..."} or GET with ?q=`)))
	// Every other route takes GET (and so HEAD); any other method gets
	// 405 with Allow, never 404.
	readOnly := methodNotAllowed("GET, HEAD", "use GET")
	mux.HandleFunc("GET /healthz", a.healthz)
	mux.HandleFunc("/healthz", readOnly)
	mux.HandleFunc("GET /readyz", a.readyz)
	mux.HandleFunc("/readyz", readOnly)
	if opt.Metrics != nil {
		mux.Handle("GET /metrics", opt.Metrics)
		mux.HandleFunc("/metrics", readOnly)
	}
	mux.HandleFunc("/", a.notFound)
	a.mux = mux
	return a
}

// ServeHTTP implements http.Handler.
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) { a.mux.ServeHTTP(w, r) }

// askRequest is the body of POST /v1/ask. Other fields are ignored, as
// they are on a line of `qabot ask --jsonl`.
type askRequest struct {
	// ID, when given, is echoed in the answer.
	ID       string `json:"id"`
	Question string `json:"question"`
	// Top asks for the best Top answers (1 to bot.MaxTop); 0 means one.
	Top int `json:"top"`
}

func (a *API) askPOST(w http.ResponseWriter, r *http.Request) {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		// A browser sends a cross-site text/plain or form POST without
		// asking first (no CORS preflight); JSON only rules that out.
		writeError(w, http.StatusUnsupportedMediaType, `send the question as JSON, with the header Content-Type: application/json`)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxBodyBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the request body is over %d KiB; send {\"question\": \"...\"} with a shorter question", MaxBodyBytes>>10))
			return
		}
		writeError(w, http.StatusBadRequest, "the request body could not be read")
		return
	}
	var req askRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	if err := dec.Decode(&req); err != nil {
		writeError(w, http.StatusBadRequest, jsonProblem(err)+`; send {"question": "..."}`)
		return
	}
	if dec.More() {
		writeError(w, http.StatusBadRequest, `the body holds more than one JSON value; send one {"question": "..."}`)
		return
	}
	if r.URL.Query().Has("top") {
		if !a.topParam(w, r, &req) {
			return
		}
	}
	a.ask(w, r, req)
}

func (a *API) askGET(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	text := q.Get("q")
	if text == "" {
		text = q.Get("question")
	}
	req := askRequest{ID: q.Get("id"), Question: text}
	if q.Has("top") && !a.topParam(w, r, &req) {
		return
	}
	a.ask(w, r, req)
}

// topParam reads ?top=N into req, or answers 400 and reports false.
func (a *API) topParam(w http.ResponseWriter, r *http.Request, req *askRequest) bool {
	n, err := strconv.Atoi(r.URL.Query().Get("top"))
	if err != nil || n < 1 || n > bot.MaxTop {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("top must be a whole number of answers from 1 to %d", bot.MaxTop))
		return false
	}
	req.Top = n
	return true
}

// methodNotAllowed answers a method a route does not take with 405 and the
// methods it does take.
func methodNotAllowed(allow, hint string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", allow)
		writeError(w, http.StatusMethodNotAllowed, r.Method+" is not supported here; "+hint)
	}
}

func (a *API) ask(w http.ResponseWriter, r *http.Request, req askRequest) {
	if bot.CleanQuestion(req.Question) == "" {
		writeError(w, http.StatusBadRequest, `no question given; send {"question": "..."} or ?q=...`)
		return
	}
	if req.Top < 0 || req.Top > bot.MaxTop {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("top must be a whole number of answers from 1 to %d", bot.MaxTop))
		return
	}
	if !a.loaded() {
		w.Header().Set("Retry-After", "5")
		writeError(w, http.StatusServiceUnavailable, "the documents are still loading; ask again in a few seconds")
		return
	}
	reply := a.q.Handle(r.Context(), bot.Request{User: a.proxies.client(r), Text: req.Question, Top: req.Top})
	out := bot.ReplyJSON(reply)
	status := http.StatusOK
	switch reply.Outcome {
	case bot.OutcomeAnswered, bot.OutcomeNotFound, bot.OutcomeHelp:
	case bot.OutcomeRateLimited:
		status = http.StatusTooManyRequests
		w.Header().Set("Retry-After", "60")
	case bot.OutcomeRefused:
		// A question over the length limit: a bad request, and never
		// echoed back.
		writeJSON(w, http.StatusBadRequest, out)
		return
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
	if err := a.ready(); err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "not ready: " + err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
}

func (a *API) notFound(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusNotFound, map[string]string{
		"error": "no such endpoint; use POST /v1/ask, GET /v1/ask?q=, /healthz, /readyz or /metrics",
	})
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
	}
	return "the body is not JSON"
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, bot.AnswerJSON{Error: msg})
}

// writeJSON writes v as the JSON reply, without HTML escaping: the reply
// is never HTML, so "<token>" stays "<token>" rather than "\u003ctoken\u003e".
func writeJSON(w http.ResponseWriter, status int, v any) {
	var body bytes.Buffer
	enc := json.NewEncoder(&body)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		http.Error(w, `{"error":"the reply could not be encoded"}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(body.Bytes())
}
