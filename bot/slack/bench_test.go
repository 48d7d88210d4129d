package slack

import (
	"context"
	"fmt"
	"log/slog"
	"testing"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/qabot/qabot/bot"
)

// countingPoster builds each message's request parameters, as slack-go
// would before sending, and counts them.
type countingPoster struct{ n int }

func (p *countingPoster) PostMessageContext(_ context.Context, channel string, opts ...slack.MsgOption) (string, string, error) {
	_, _, err := slack.UnsafeApplyMsgOptions("xoxb-bench", channel, DefaultAPIURL, opts...)
	p.n++
	return channel, "1.0", err
}

func (p *countingPoster) PostEphemeralContext(_ context.Context, channel, _ string, opts ...slack.MsgOption) (string, error) {
	_, _, err := slack.UnsafeApplyMsgOptions("xoxb-bench", channel, DefaultAPIURL, opts...)
	p.n++
	return "1.0", err
}

func benchFront(b *testing.B, post poster) *Front {
	b.Helper()
	h := bot.NewHandler(&fakeAsker{}, bot.Config{Front: "slack", RateLimit: -1})
	f, err := newFront(Config{Enabled: true, AppToken: testAppToken, BotToken: testBotToken}, h, slog.New(slog.DiscardHandler), defaultDeps())
	if err != nil {
		b.Fatal(err)
	}
	f.me = identity{userID: botUser, botID: botID}
	if post != nil {
		f.post = post
	}
	return f
}

// BenchmarkEventToReply measures what the Slack front adds to the engine's
// time: parsing an Events API payload, turning it into a question, the
// bot.Handler, rendering Block Kit and building the chat.postMessage
// parameters. The engine is a fake that answers at once.
func BenchmarkEventToReply(b *testing.B) {
	post := &countingPoster{}
	f := benchFront(b, post)
	payloads := make([][]byte, 1024)
	for i := range payloads {
		payloads[i] = []byte(mustJSON(callback(fmt.Sprint("Ev", i), mention("U1", "C1", fmt.Sprint(i, ".0"), "", "<@UBOT> when is the TikTok deadline?"))))
	}
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		ev, err := slackevents.ParseEvent(payloads[i%len(payloads)], slackevents.OptionNoVerifyToken())
		if err != nil {
			b.Fatal(err)
		}
		in, ok := fromEvent(ev.InnerEvent.Data, f.me, f.passive)
		if !ok {
			b.Fatal("mention not taken")
		}
		f.answer(ctx, in)
	}
	if post.n == 0 {
		b.Fatal("nothing posted")
	}
}

// BenchmarkEventToPostedReply is the same, posting for real with slack-go
// to the local fake Slack (so it includes an HTTP round trip on loopback).
func BenchmarkEventToPostedReply(b *testing.B) {
	fs := newFakeSlack(b)
	f := benchFront(b, nil)
	f.api = slack.New(testBotToken, slack.OptionAPIURL(fs.apiURL()), slack.OptionHTTPClient(fs.srv.Client()))
	f.post = f.api
	raw := []byte(mustJSON(callback("Ev", mention("U1", "C1", "1.0", "", "<@UBOT> when is the TikTok deadline?"))))
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		ev, err := slackevents.ParseEvent(raw, slackevents.OptionNoVerifyToken())
		if err != nil {
			b.Fatal(err)
		}
		in, _ := fromEvent(ev.InnerEvent.Data, f.me, f.passive)
		if err := f.deliver(ctx, in, f.h.Handle(ctx, bot.Request{User: in.user, Text: in.text})); err != nil {
			b.Fatal(err)
		}
	}
}
