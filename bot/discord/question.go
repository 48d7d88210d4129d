package discord

import (
	"strings"

	"github.com/bwmarrin/discordgo"
)

// A message is a question for the bot when it comes from a person (not the
// bot itself, another bot or a webhook), is an ordinary message or a reply,
// and is either a direct message or mentions the bot. Discord delivers the
// text of exactly these messages without the privileged Message Content
// intent.

// questionFrom returns the question a message asks the bot whose user ID is
// self, with the bot's mentions removed, and whether the message is one.
func questionFrom(m *discordgo.Message, self string) (string, bool) {
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.System || m.WebhookID != "" {
		return "", false
	}
	if self == "" || m.Author.ID == self {
		return "", false
	}
	if m.Type != discordgo.MessageTypeDefault && m.Type != discordgo.MessageTypeReply {
		return "", false
	}
	if m.GuildID != "" && !mentions(m, self) {
		return "", false
	}
	return stripMention(m.Content, self), true
}

// mentions reports whether m mentions the user self, in its mentions list
// or in its text.
func mentions(m *discordgo.Message, self string) bool {
	for _, u := range m.Mentions {
		if u != nil && u.ID == self {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+self+">") || strings.Contains(m.Content, "<@!"+self+">")
}

// stripMention replaces every mention of the user self (<@id> and the
// older nickname form <@!id>) with a space. Replacing with a space rather
// than nothing means the removal can never join two halves into a new
// mention.
func stripMention(text, self string) string {
	if self == "" {
		return text
	}
	for _, m := range [...]string{"<@" + self + ">", "<@!" + self + ">"} {
		if strings.Contains(text, m) {
			text = strings.ReplaceAll(text, m, " ")
		}
	}
	return text
}
