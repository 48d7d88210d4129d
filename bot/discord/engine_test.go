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
// the engine's time: from a MESSAGE_CREATE payload as the gateway sends it
// (decoded as discordgo decodes it) to the JSON body of the reply, with an
// engine that answers at once.
func BenchmarkMessageToReplyPayload(b *testing.B) {
	f := &Front{h: bot.NewHandler(instantAsker{deadlineAnswer}, bot.Config{Front: "discord", RateLimit: -1})}
	raw, err := json.Marshal(map[string]any{
		"id": "900", "channel_id": "300", "guild_id": "400", "type": 0,
		"author":   map[string]any{"id": "42", "username": "ann"},
		"content":  "<@1000> when is the TikTok deadline?",
		"mentions": []any{map[string]any{"id": "1000", "username": "qabot", "bot": true}},
	})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		var m discordgo.MessageCreate
		if err := json.Unmarshal(raw, &m); err != nil {
			b.Fatal(err)
		}
		q, ok := questionFrom(m.Message, "1000")
		if !ok {
			b.Fatal("not a question")
		}
		body, err := json.Marshal(messageReply(f.reply(ctx, m.Message, q), reference(m.Message)))
		if err != nil || len(body) == 0 {
			b.Fatalf("marshal: %v", err)
		}
	}
}
