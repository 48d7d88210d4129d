package discord

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/qabot/qabot/bot"
)

func TestQuestionFrom(t *testing.T) {
	const self = "1000"
	person := &discordgo.User{ID: "42"}
	botMention := []*discordgo.User{{ID: self}}
	for _, tc := range []struct {
		name string
		m    *discordgo.Message
		want string
		ok   bool
	}{
		{"mention first", &discordgo.Message{GuildID: "4", Author: person, Content: "<@1000> when?", Mentions: botMention}, "  when?", true},
		{"nickname mention", &discordgo.Message{GuildID: "4", Author: person, Content: "<@!1000>when?", Mentions: botMention}, " when?", true},
		{"mention in the middle", &discordgo.Message{GuildID: "4", Author: person, Content: "so <@1000> when is it", Mentions: botMention}, "so   when is it", true},
		{"mention in text only", &discordgo.Message{GuildID: "4", Author: person, Content: "<@1000> when?"}, "  when?", true},
		{"other user's mention kept", &discordgo.Message{GuildID: "4", Author: person, Content: "<@1000> ask <@77>", Mentions: botMention}, "  ask <@77>", true},
		{"bare mention", &discordgo.Message{GuildID: "4", Author: person, Content: "<@1000>", Mentions: botMention}, " ", true},
		{"reply", &discordgo.Message{GuildID: "4", Type: discordgo.MessageTypeReply, Author: person, Content: "and then?", Mentions: botMention}, "and then?", true},
		{"direct message", &discordgo.Message{Author: person, Content: "when?"}, "when?", true},
		{"guild without mention", &discordgo.Message{GuildID: "4", Author: person, Content: "when?"}, "", false},
		{"other user mentioned", &discordgo.Message{GuildID: "4", Author: person, Content: "<@1001> when?", Mentions: []*discordgo.User{{ID: "1001"}}}, "", false},
		{"itself", &discordgo.Message{Author: &discordgo.User{ID: self}, Content: "when?"}, "", false},
		{"other bot", &discordgo.Message{Author: &discordgo.User{ID: "5", Bot: true}, Content: "when?"}, "", false},
		{"webhook", &discordgo.Message{Author: person, WebhookID: "9", Content: "when?"}, "", false},
		{"system message", &discordgo.Message{Author: person, Type: discordgo.MessageTypeGuildMemberJoin, Content: "<@1000>", Mentions: botMention}, "", false},
		{"no author", &discordgo.Message{Content: "when?"}, "", false},
		{"nil", nil, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := questionFrom(tc.m, self)
			if got != tc.want || ok != tc.ok {
				t.Errorf("got %q, %v; want %q, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
	if _, ok := questionFrom(&discordgo.Message{Author: person, Content: "when?"}, ""); ok {
		t.Error("answered before READY told the bot who it is, want ignored")
	}
}

// FuzzStripMention checks that no mention of the bot survives, that
// nothing else is lost, and that the question then cleans to valid text.
func FuzzStripMention(f *testing.F) {
	for _, s := range []string{"<@1000> when?", "<@!1000>", "<@<@1000>1000>", "<@!<@!1000>1000>>", "a<@1000>b<@!1000>c", "<@10000>", "<@100>", "", "\x00<@1000>\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		const self = "1000"
		got := stripMention(text, self)
		if strings.Contains(got, "<@"+self+">") || strings.Contains(got, "<@!"+self+">") {
			t.Fatalf("stripMention(%q) = %q, still mentions the bot", text, got)
		}
		removed := strings.Count(text, "<@"+self+">")*len("<@"+self+">") + strings.Count(text, "<@!"+self+">")*len("<@!"+self+">")
		if gotLen := len(got) + removed - strings.Count(text, "<@"+self+">") - strings.Count(text, "<@!"+self+">"); gotLen != len(text) {
			t.Fatalf("stripMention(%q) = %q: lost or added text", text, got)
		}
		m := &discordgo.Message{Author: &discordgo.User{ID: "42"}, Content: text}
		q, ok := questionFrom(m, self)
		if !ok || q != got {
			t.Fatalf("questionFrom DM %q = %q, %v; want %q, true", text, q, ok, got)
		}
		if c := bot.CleanQuestion(q); !utf8.ValidString(c) {
			t.Fatalf("cleaned question %q is not valid UTF-8", c)
		}
	})
}
