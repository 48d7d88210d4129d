package discord

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
)

// realIndex is the engine over the embedded corpus.
func realIndex(tb testing.TB) *qa.Index {
	tb.Helper()
	docs, err := corpus.Embedded()
	if err != nil {
		tb.Fatalf("embedded corpus: %v", err)
	}
	return qa.Build(docs)
}

// instantAsker answers at once, so that a benchmark measures the front.
type instantAsker struct{ a qa.Answer }

func (i instantAsker) Ask(context.Context, string) (qa.Answer, error) { return i.a, nil }

// BenchmarkMessageToReplyPayload measures what the Discord front adds to
// the engine's time: from a MESSAGE_CREATE to the JSON body of the reply,
// with an engine that answers at once.
func BenchmarkMessageToReplyPayload(b *testing.B) {
	f := &Front{h: bot.NewHandler(instantAsker{deadlineAnswer}, bot.Config{Front: "discord", RateLimit: -1})}
	m := &discordgo.Message{
		ID: "900", ChannelID: "300", GuildID: "400",
		Author:   &discordgo.User{ID: "42"},
		Content:  "<@1000> when is the TikTok deadline?",
		Mentions: []*discordgo.User{{ID: "1000"}},
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		q, ok := questionFrom(m, "1000")
		if !ok {
			b.Fatal("not a question")
		}
		body, err := json.Marshal(messageReply(f.reply(ctx, m, q), reference(m)))
		if err != nil || len(body) == 0 {
			b.Fatalf("marshal: %v", err)
		}
	}
}
