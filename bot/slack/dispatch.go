package slack

// What the front does with each kind of request, whichever mode brought it.
// Duplicates are dropped here: the same event_id (Slack retries an event it
// thinks was not received) and the same message (one DM can arrive as both
// message.im and app_mention) are answered once.

import (
	"context"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/qabot/qabot/bot"
)

// onEventsAPI handles an Events API callback. It reports false only when
// the event is a question the front, shutting down, did not take.
func (f *Front) onEventsAPI(ctx context.Context, ev slackevents.EventsAPIEvent) bool {
	if ev.Type != slackevents.CallbackEvent {
		return true
	}
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok && !f.dedup.First(ctx, "evt:"+cb.EventID) {
		f.log.Debug("slack event already handled", "event_id", cb.EventID)
		return true
	}
	in, ok := fromEvent(ev.InnerEvent.Data, f.me, f.passive)
	if !ok {
		return true
	}
	return f.take(ctx, in)
}

// onSlash handles a slash command. It reports false when the front,
// shutting down, did not take it.
func (f *Front) onSlash(ctx context.Context, cmd slack.SlashCommand) bool {
	return f.take(ctx, fromSlash(cmd))
}

// onInteraction handles a click on a feedback button. Other interactions
// are ignored.
func (f *Front) onInteraction(ctx context.Context, cb slack.InteractionCallback) {
	if cb.Type != slack.InteractionTypeBlockActions {
		return
	}
	for _, a := range cb.ActionCallback.BlockActions {
		if a == nil {
			continue
		}
		var helpful bool
		switch a.ActionID {
		case actionHelpful:
			helpful = true
		case actionNotHelpful:
		default:
			continue
		}
		f.feedback(ctx, cb, decodeVote(a.Value, helpful))
	}
}

// feedback records one click, once per user and answer, and thanks the
// user privately.
func (f *Front) feedback(ctx context.Context, cb slack.InteractionCallback, v bot.Vote) {
	msgTS := cb.Container.MessageTs
	if msgTS == "" {
		msgTS = cb.Message.Timestamp
	}
	first := f.dedup.First(ctx, "fb:"+cb.User.ID+":"+cb.Channel.ID+":"+msgTS)
	if first {
		f.h.Feedback(ctx, v)
	}
	f.log.Info("slack feedback", "helpful", v.Helpful, "source", v.Source, "counted", first)
	if cb.ResponseURL == "" {
		return
	}
	thanks := msgThanks
	if !first {
		thanks = msgThanksAgain
	}
	base := context.WithoutCancel(ctx)
	f.flight.Go(func() {
		ctx, cancel := context.WithTimeout(base, f.deps.replyTimeout)
		defer cancel()
		opts := message{text: thanks}.options()
		opts = append(opts, slack.MsgOptionResponseURL(cb.ResponseURL, slack.ResponseTypeEphemeral))
		if _, _, err := f.post.PostMessageContext(ctx, "", opts...); err != nil {
			f.log.Warn("slack feedback thanks not posted", "err", err)
		}
	})
}

// User-facing wording of the feedback acknowledgement.
const (
	msgThanks      = "Thanks for the feedback!"
	msgThanksAgain = "Thanks, I already have your feedback on this answer."
)
