package discord

import (
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

// Discord's size limits, in characters.
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFieldValue  = 1024
	maxFooter      = 2048
)

// User-facing wording that only Discord needs; the rest comes from package
// bot.
const (
	fieldOthers       = "Other documents"
	msgUnknownCommand = "I only know /ask. Try /ask question: followed by your question."
)

// embedColor is the embed's side bar colour (Discord's blurple).
const embedColor = 0x5865F2

// noMentions allows no mention at all: no @everyone or @here, no roles, no
// users, not even the author of the message replied to. Every message and
// interaction response carries it, whatever the question or corpus holds.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// answerEmbed renders an answer: the lead line (bot.LeadLine) as the title, the sentence quoted,
// the source in the footer and the other documents in a field.
func answerEmbed(a qa.Answer) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Type:        discordgo.EmbedTypeRich,
		Title:       clip(escapeMarkdown(bot.LeadLine(a)), maxTitle),
		Description: clip("> "+escapeMarkdown(a.Sentence), maxDescription),
		Color:       embedColor,
		Footer:      &discordgo.MessageEmbedFooter{Text: clip(bot.SourceLine(a.Source), maxFooter)},
	}
	if also := bot.AlsoLine(a); also != "" {
		e.Fields = []*discordgo.MessageEmbedField{{Name: fieldOthers, Value: clip(escapeMarkdown(also), maxFieldValue)}}
	}
	return e
}

// plainReply renders any reply as one plain message, for channels where
// embeds are not allowed.
func plainReply(r bot.Reply) string {
	if r.Outcome == bot.OutcomeAnswered {
		r.Answer = bot.EscapeAnswer(r.Answer, escapeMarkdown)
	}
	return clip(bot.PlainText(r), maxContent)
}

// messageReply is the reply to a message: an embed for an answer, one line
// of text otherwise, referencing the message it answers.
func messageReply(r bot.Reply, ref *discordgo.MessageReference) *discordgo.MessageSend {
	s := &discordgo.MessageSend{Reference: ref, AllowedMentions: noMentions()}
	if r.Outcome == bot.OutcomeAnswered {
		s.Embeds = []*discordgo.MessageEmbed{answerEmbed(r.Answer)}
	} else {
		s.Content = clip(r.Text, maxContent)
	}
	return s
}

// plainMessageReply is messageReply without embeds.
func plainMessageReply(r bot.Reply, ref *discordgo.MessageReference) *discordgo.MessageSend {
	return &discordgo.MessageSend{Reference: ref, AllowedMentions: noMentions(), Content: plainReply(r)}
}

// interactionData is the response to /ask. Replies meant for the asker
// alone (rate limits, refusals, help, errors) are ephemeral.
func interactionData(r bot.Reply) *discordgo.InteractionResponseData {
	d := &discordgo.InteractionResponseData{AllowedMentions: noMentions()}
	if r.Outcome == bot.OutcomeAnswered {
		d.Embeds = []*discordgo.MessageEmbed{answerEmbed(r.Answer)}
		return d
	}
	d.Content = clip(r.Text, maxContent)
	if r.Outcome != bot.OutcomeNotFound {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

// interactionEdit is the edit of a deferred /ask response.
func interactionEdit(r bot.Reply) *discordgo.WebhookEdit {
	d := interactionData(r)
	e := &discordgo.WebhookEdit{AllowedMentions: d.AllowedMentions}
	if len(d.Embeds) > 0 {
		e.Embeds = &d.Embeds
	} else {
		e.Content = &d.Content
	}
	return e
}

// markdownEscaper escapes Discord's inline markdown so that a quoted
// sentence shows exactly as written. The brackets are escaped so that a
// masked link from a document, [text](https://…), shows as written too,
// its destination in plain sight, rather than as a link whose target the
// reader cannot see.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`, "[", `\[`, "]", `\]`,
)

// escapeMarkdown escapes inline markdown and the block markers (quote,
// heading, list) that act at the start of a line.
func escapeMarkdown(s string) string {
	s = markdownEscaper.Replace(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if t := strings.TrimLeft(l, " "); t != "" && strings.ContainsRune(">#-", rune(t[0])) {
			lines[i] = l[:len(l)-len(t)] + `\` + t
		}
	}
	return strings.Join(lines, "\n")
}

// clip shortens s to at most n characters, ending with an ellipsis when it
// cut something.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
