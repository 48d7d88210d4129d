package discord

import (
	"context"
	"errors"
	"net/http"

	"github.com/bwmarrin/discordgo"

	"github.com/qabot/qabot/bot"
)

// onMessage takes a MESSAGE_CREATE. It runs on discordgo's event goroutine,
// so it only filters and hands the question to a goroutine of its own,
// which checks for a repeat (a round trip to Redis when it is shared)
// before answering.
func (f *Front) onMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	if m == nil || m.Message == nil {
		return
	}
	q, ok := questionFrom(m.Message, f.whoAmI().userID)
	if !ok || !f.owns(m.GuildID) {
		return
	}
	f.flight.Go(func() {
		ctx, cancel := questionContext()
		defer cancel()
		if !f.dedup.First(ctx, "message:"+m.ID) {
			return
		}
		f.answerMessage(ctx, s, m.Message, q)
	})
}

// answerMessage answers the question q asked in m with one reply.
func (f *Front) answerMessage(ctx context.Context, s *discordgo.Session, m *discordgo.Message, q string) {
	r := f.reply(ctx, m, q)
	send := messageReply(r, reference(m))
	_, err := s.ChannelMessageSendComplex(m.ChannelID, send, discordgo.WithContext(ctx))
	if err != nil && len(send.Embeds) > 0 && missingPermissions(err) {
		f.log.Info("embeds not allowed here; replying as plain text", "channel", m.ChannelID)
		_, err = s.ChannelMessageSendComplex(m.ChannelID, plainMessageReply(r, reference(m)), discordgo.WithContext(ctx))
	}
	if err != nil {
		f.log.Error("cannot send reply", "channel", m.ChannelID, "message", m.ID, "outcome", string(r.Outcome), "err", err)
	}
}

// reply asks the handler about q on behalf of m's author.
func (f *Front) reply(ctx context.Context, m *discordgo.Message, q string) bot.Reply {
	return f.h.Handle(ctx, bot.Request{User: m.Author.ID, Text: q})
}

// reference points a reply at m without failing when m was deleted.
func reference(m *discordgo.Message) *discordgo.MessageReference {
	fail := false
	return &discordgo.MessageReference{
		MessageID:       m.ID,
		ChannelID:       m.ChannelID,
		GuildID:         m.GuildID,
		FailIfNotExists: &fail,
	}
}

// missingPermissions reports whether err is Discord's "missing
// permissions" answer (HTTP 403, code 50013), which is what a channel
// without the Embed Links permission gives a message with an embed.
func missingPermissions(err error) bool {
	re, ok := errors.AsType[*discordgo.RESTError](err)
	if !ok {
		return false
	}
	if re.Message != nil && re.Message.Code == discordgo.ErrCodeMissingPermissions {
		return true
	}
	return re.Response != nil && re.Response.StatusCode == http.StatusForbidden
}
