package slack

// Socket Mode: qabot dials Slack over a websocket (apps.connections.open
// with the app-level token) and receives envelopes: events_api,
// slash_commands and interactive. Each envelope is acknowledged at once,
// before the question is answered, so Slack does not redeliver it; a
// redelivered envelope (same envelope_id) is acknowledged again but
// answered once. slack-go's socketmode client reconnects by itself when the
// websocket drops, when Slack asks it to (disconnect) or when Slack's pings
// stop; envelopes Slack could not deliver meanwhile are delivered again on
// the new connection.

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

func (f *Front) runSocket(ctx context.Context) error {
	client := socketmode.New(f.api,
		socketmode.OptionLog(slog.NewLogLogger(f.log.Handler(), slog.LevelDebug)),
		socketmode.OptionPingInterval(f.deps.pingInterval),
	)
	// The connection outlives ctx until the questions in flight are done.
	connCtx, disconnect := context.WithCancel(context.WithoutCancel(ctx))
	defer disconnect()
	done := make(chan error, 1)
	go func() { done <- client.RunContext(connCtx) }()

	for {
		select {
		case <-ctx.Done():
			f.flight.Close()
			disconnect()
			<-done
			f.log.Info("slack disconnected")
			return nil
		case err := <-done:
			f.flight.Close()
			if refused(err) {
				return fmt.Errorf("opening socket mode with slack.app_token: %w: %w", ErrAuth, err)
			}
			return fmt.Errorf("socket mode: %w", err)
		case evt := <-client.Events:
			if ctx.Err() != nil {
				continue // not acknowledged: Slack delivers it to another connection
			}
			f.onSocketEvent(ctx, client, evt)
		}
	}
}

// acker acknowledges Socket Mode envelopes.
type acker interface {
	Ack(req socketmode.Request, payload ...any) error
}

func (f *Front) onSocketEvent(ctx context.Context, client acker, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		f.conn.Set(false, "connecting")
		f.log.Debug("slack connecting")
	case socketmode.EventTypeConnected:
		f.conn.Set(true, "")
	case socketmode.EventTypeConnectionError:
		f.conn.Set(false, "connection failed")
		if e, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
			f.log.Warn("slack connection failed, retrying", "attempt", e.Attempt, "in", e.Backoff, "err", e.ErrorObj)
		}
	case socketmode.EventTypeInvalidAuth:
		f.conn.Set(false, "slack refused slack.app_token")
		f.log.Error("slack refused slack.app_token")
	case socketmode.EventTypeIncomingError:
		f.conn.Set(false, "websocket read failed")
		if e, ok := evt.Data.(*slack.IncomingEventError); ok {
			f.log.Warn("slack websocket read failed", "err", e.ErrorObj)
		}
	case socketmode.EventTypeErrorWriteFailed:
		if e, ok := evt.Data.(*socketmode.ErrorWriteFailed); ok {
			f.log.Warn("slack acknowledgement not sent", "err", e.Cause)
		}
	case socketmode.EventTypeErrorBadMessage:
		// An envelope slack-go cannot parse (an event type it does not
		// know): acknowledge it so Slack does not send it again.
		if e, ok := evt.Data.(*socketmode.ErrorBadMessage); ok {
			var env struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if json.Unmarshal(e.Message, &env) == nil && env.EnvelopeID != "" {
				f.ack(ctx, client, &socketmode.Request{EnvelopeID: env.EnvelopeID})
			}
			f.log.Debug("slack envelope not understood", "err", e.Cause)
		}
	case socketmode.EventTypeEventsAPI:
		if !f.ack(ctx, client, evt.Request) {
			return
		}
		if ev, ok := evt.Data.(slackevents.EventsAPIEvent); ok {
			f.onEventsAPI(ctx, ev)
		}
	case socketmode.EventTypeSlashCommand:
		if !f.ack(ctx, client, evt.Request) {
			return
		}
		if cmd, ok := evt.Data.(slack.SlashCommand); ok {
			f.onSlash(ctx, cmd)
		}
	case socketmode.EventTypeInteractive:
		if !f.ack(ctx, client, evt.Request) {
			return
		}
		if cb, ok := evt.Data.(slack.InteractionCallback); ok {
			f.onInteraction(ctx, cb)
		}
	}
}

// ack acknowledges an envelope and reports whether it is seen for the
// first time; a redelivered envelope is acknowledged again but not
// handled.
func (f *Front) ack(ctx context.Context, client acker, req *socketmode.Request) bool {
	if req == nil {
		return false
	}
	if err := client.Ack(*req); err != nil {
		f.log.Warn("slack acknowledgement failed", "envelope_id", req.EnvelopeID, "err", err)
	}
	if req.RetryAttempt > 0 {
		f.log.Debug("slack envelope redelivered", "envelope_id", req.EnvelopeID, "retry_attempt", req.RetryAttempt, "retry_reason", req.RetryReason)
	}
	if !f.dedup.First(ctx, "env:"+req.EnvelopeID) {
		f.log.Debug("slack envelope already handled", "envelope_id", req.EnvelopeID)
		return false
	}
	return true
}
