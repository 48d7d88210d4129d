package slack

// Answering a question and posting the reply.
//
// Where the reply goes:
//   - a mention, DM or passive question: in the thread of the asking
//     message (chat.postMessage with thread_ts);
//   - a refusal (too long) or the rate-limit notice: only to the asker
//     (chat.postEphemeral, in the same thread);
//   - /ask: through the command's response_url, in the channel when
//     answered, only to the asker otherwise;
//   - a passive question the documents do not answer: nowhere.

import (
	"context"
	"time"

	"github.com/slack-go/slack"

	"github.com/qabot/qabot/bot"
)

// poster is what the front needs from Slack's Web API to reply.
type poster interface {
	PostMessageContext(ctx context.Context, channelID string, options ...slack.MsgOption) (string, string, error)
	PostEphemeralContext(ctx context.Context, channelID, userID string, options ...slack.MsgOption) (string, error)
}

// take accepts a question: it is answered once, in the background. It
// reports false only when the front is shutting down and did not take it.
func (f *Front) take(base context.Context, in incoming) bool {
	if in.ts != "" && !f.dedup.First(base, "msg:"+in.channel+":"+in.ts) {
		f.log.Debug("slack message already answered", "channel", in.channel, "ts", in.ts)
		return true
	}
	base = context.WithoutCancel(base)
	return f.flight.Go(func() {
		queued := time.NewTimer(f.deps.replyTimeout)
		defer queued.Stop()
		select {
		case f.busy <- struct{}{}:
			defer func() { <-f.busy }()
		case <-queued.C:
			f.log.Error("slack question not answered: too many in flight", "trigger", string(in.trigger), "channel", in.channel)
			f.tooBusy(base, in)
			return
		}
		ctx, cancel := context.WithTimeout(base, f.deps.replyTimeout)
		defer cancel()
		f.answer(ctx, in)
	})
}

// msgBusy tells an asker whose question waited too long for a turn that it
// was not answered, so that no question goes without a reply.
const msgBusy = "Sorry, I have too many questions to answer right now. Please ask again in a minute."

// tooBusy replies to a question that could not get a turn.
func (f *Front) tooBusy(base context.Context, in incoming) {
	if in.trigger == triggerPassive {
		return // nobody asked the bot; it stays quiet
	}
	ctx, cancel := context.WithTimeout(base, f.deps.replyTimeout)
	defer cancel()
	if err := f.deliver(ctx, in, bot.Reply{Outcome: bot.OutcomeError, Text: msgBusy}); err != nil {
		f.log.Error("slack reply not posted", "trigger", string(in.trigger), "channel", in.channel, "err", err)
	}
}

// answer asks the handler and posts its reply.
func (f *Front) answer(ctx context.Context, in incoming) {
	r := f.h.Handle(ctx, bot.Request{User: in.user, Text: in.text})
	if in.trigger == triggerPassive && r.Outcome != bot.OutcomeAnswered {
		return
	}
	if err := f.deliver(ctx, in, r); err != nil {
		f.log.Error("slack reply not posted", "trigger", string(in.trigger), "channel", in.channel,
			"outcome", string(r.Outcome), "err", err)
	}
}

// deliver posts r where in says it belongs.
func (f *Front) deliver(ctx context.Context, in incoming, r bot.Reply) error {
	answered := r.Outcome == bot.OutcomeAnswered
	var opts []slack.MsgOption
	var private bool
	if in.trigger == triggerSlash {
		opts = render(r, in.text, answered).options()
		if in.responseURL != "" {
			kind := slack.ResponseTypeEphemeral
			if answered {
				kind = slack.ResponseTypeInChannel
			}
			_, _, err := f.post.PostMessageContext(ctx, "", append(opts, slack.MsgOptionResponseURL(in.responseURL, kind))...)
			return err
		}
		private = !answered
	} else {
		opts = append(render(r, in.text, false).options(), slack.MsgOptionTS(in.threadTS))
		private = r.Outcome == bot.OutcomeRateLimited || r.Outcome == bot.OutcomeRefused
	}
	if private {
		_, err := f.post.PostEphemeralContext(ctx, in.channel, in.user, opts...)
		return err
	}
	_, _, err := f.post.PostMessageContext(ctx, in.channel, opts...)
	return err
}
