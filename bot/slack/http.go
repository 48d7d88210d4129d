package slack

// HTTP mode: Slack posts to three paths on Config.Listen,
//
//	POST /slack/events       the Events API (and its url_verification challenge)
//	POST /slack/commands     slash commands (/ask)
//	POST /slack/interactive  button clicks (feedback)
//
// Every request is checked with the signing secret (slack.NewSecretsVerifier:
// the v0 HMAC-SHA256 of the body and a timestamp no more than five minutes
// off); a missing, wrong or stale signature gets 401. A valid request is
// acknowledged at once, well within Slack's three seconds, and the answer
// is posted afterwards. Slack retries an event it thinks was lost, with
// X-Slack-Retry-Num; retries carry the same event_id and are answered once.
// While shutting down, a question the front can no longer take gets 503, so
// that Slack retries it, on another replica behind the load balancer.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
)

// The paths served in http mode.
const (
	PathEvents      = "/slack/events"
	PathCommands    = "/slack/commands"
	PathInteractive = "/slack/interactive"
)

func (f *Front) runHTTP(ctx context.Context) error {
	ln, err := net.Listen("tcp", f.cfg.Listen)
	if err != nil {
		return fmt.Errorf("listening on slack.listen %s: %w", f.cfg.Listen, err)
	}
	srv := &http.Server{
		Handler:           f.httpHandler(ctx),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		ErrorLog:          slog.NewLogLogger(f.log.Handler(), slog.LevelDebug),
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	f.log.Info("slack listening", "addr", ln.Addr().String())
	f.conn.Set(true, "")
	if f.deps.onListen != nil {
		f.deps.onListen(ln.Addr())
	}

	select {
	case <-ctx.Done():
	case err := <-served:
		f.flight.Close()
		return fmt.Errorf("serving %s: %w", f.cfg.Listen, err)
	}
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		f.log.Warn("slack http shutdown", "err", err)
	}
	f.flight.Close()
	<-served
	f.log.Info("slack stopped listening")
	return nil
}

// httpHandler serves Slack's requests. Questions taken are answered with a
// context derived from base.
func (f *Front) httpHandler(base context.Context) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+PathEvents, func(w http.ResponseWriter, r *http.Request) {
		body, ok := f.verified(w, r)
		if ok {
			f.serveEvent(base, w, r, body)
		}
	})
	mux.HandleFunc("POST "+PathCommands, func(w http.ResponseWriter, r *http.Request) {
		body, ok := f.verified(w, r)
		if !ok {
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		cmd, err := slack.SlashCommandParse(r)
		if err != nil {
			http.Error(w, "bad slash command", http.StatusBadRequest)
			return
		}
		if cmd.Command == "" || cmd.UserID == "" {
			// Slack's ssl_check (ssl_check=1 and no command) or a form
			// without an asker: acknowledged, nothing to answer.
			w.WriteHeader(http.StatusOK)
			return
		}
		if !f.onSlash(base, cmd) {
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
	mux.HandleFunc("POST "+PathInteractive, func(w http.ResponseWriter, r *http.Request) {
		body, ok := f.verified(w, r)
		if !ok {
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		var cb slack.InteractionCallback
		if err := r.ParseForm(); err != nil || json.Unmarshal([]byte(r.PostForm.Get("payload")), &cb) != nil {
			http.Error(w, "bad interaction payload", http.StatusBadRequest)
			return
		}
		f.onInteraction(base, cb)
		w.WriteHeader(http.StatusOK)
	})
	return mux
}

func (f *Front) serveEvent(base context.Context, w http.ResponseWriter, r *http.Request, body []byte) {
	ev, err := slackevents.ParseEvent(body, slackevents.OptionNoVerifyToken())
	if err != nil {
		if ev.Type == "unmarshalling_error" || ev.Type == "" {
			http.Error(w, "bad event", http.StatusBadRequest)
			return
		}
		// An event type slack-go does not know: nothing to answer.
		w.WriteHeader(http.StatusOK)
		return
	}
	if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
		f.log.Debug("slack event retried", "retry_num", n, "retry_reason", r.Header.Get("X-Slack-Retry-Reason"))
	}
	switch ev.Type {
	case slackevents.URLVerification:
		uv, ok := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if !ok {
			http.Error(w, "bad challenge", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, uv.Challenge)
	case slackevents.CallbackEvent:
		if !f.onEventsAPI(base, ev) {
			http.Error(w, "shutting down", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// verified reads the body of a request and checks its signature, answering
// 401 (or 413 for an oversized body) and reporting false when it fails.
func (f *Front) verified(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxRequestBytes))
	if err != nil {
		if _, tooBig := errors.AsType[*http.MaxBytesError](err); tooBig {
			http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
			return nil, false
		}
		http.Error(w, "bad request", http.StatusBadRequest)
		return nil, false
	}
	if err := f.checkSignature(r.Header, body); err != nil {
		f.log.Warn("slack request refused", "path", r.URL.Path, "remote", r.RemoteAddr, "err", err)
		http.Error(w, "invalid or expired signature", http.StatusUnauthorized)
		return nil, false
	}
	return body, true
}

// checkSignature returns nil when body was signed with the signing secret
// less than five minutes ago, and an error that says why not otherwise
// (never quoting the secret).
func (f *Front) checkSignature(h http.Header, body []byte) error {
	sv, err := slack.NewSecretsVerifier(h, f.cfg.SigningSecret)
	if err == nil {
		_, _ = sv.Write(body)
		err = sv.Ensure()
	}
	if err != nil {
		return fmt.Errorf("request not signed by slack: %w", err)
	}
	return nil
}
