package discord

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/qabot/qabot/bot"
)

// The /ask slash command.
const (
	commandName    = "ask"
	optionQuestion = "question"
)

// askCommand is the definition of /ask that registerCommands keeps in place.
func askCommand() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Type:        discordgo.ChatApplicationCommand,
		Name:        commandName,
		Description: "Ask a question about the documents",
		Options: []*discordgo.ApplicationCommandOption{{
			Type:        discordgo.ApplicationCommandOptionString,
			Name:        optionQuestion,
			Description: "Your question, in plain words",
			Required:    true,
		}},
	}
}

// registerCommands makes sure /ask exists, once, in each configured guild
// or globally when none is configured. It looks up the commands already
// there and creates /ask only when it is missing, edits it only when it
// differs, and otherwise writes nothing, so a restart neither duplicates
// it nor spends Discord's daily command-creation quota. Failures are
// logged: mentions and DMs work without the command.
func (f *Front) registerCommands(ctx context.Context) {
	appID := f.whoAmI().appID
	if appID == "" {
		f.log.Warn("no application ID known; /ask not registered (set discord.application_id)")
		return
	}
	scopes := f.cfg.Guilds
	if len(scopes) == 0 {
		scopes = []string{""}
	}
	for _, guild := range scopes {
		if err := f.registerIn(ctx, appID, guild); err != nil {
			f.log.Error("cannot register /ask (does the invite include the applications.commands scope?)", "guild", guild, "err", err)
		}
	}
}

// registerIn upserts /ask in one guild ("" for global).
func (f *Front) registerIn(ctx context.Context, appID, guild string) error {
	want := askCommand()
	opt := discordgo.WithContext(ctx)
	have, err := f.session.ApplicationCommands(appID, guild, opt)
	if err != nil {
		return fmt.Errorf("list commands: %w", err)
	}
	for _, c := range have {
		if c.Name != want.Name {
			continue
		}
		if sameCommand(c, want) {
			f.log.Debug("/ask already registered", "guild", guild)
			return nil
		}
		if _, err := f.session.ApplicationCommandEdit(appID, guild, c.ID, want, opt); err != nil {
			return fmt.Errorf("edit /ask: %w", err)
		}
		f.log.Info("/ask updated", "guild", guild)
		return nil
	}
	if _, err := f.session.ApplicationCommandCreate(appID, guild, want, opt); err != nil {
		return fmt.Errorf("create /ask: %w", err)
	}
	f.log.Info("/ask registered", "guild", guild)
	return nil
}

// sameCommand compares the parts of a command that registerIn sets.
func sameCommand(a, b *discordgo.ApplicationCommand) bool {
	if a.Name != b.Name || a.Description != b.Description || len(a.Options) != len(b.Options) {
		return false
	}
	if a.Type != b.Type && a.Type != 0 && b.Type != 0 {
		return false
	}
	for i, o := range a.Options {
		p := b.Options[i]
		if o.Type != p.Type || o.Name != p.Name || o.Description != p.Description || o.Required != p.Required {
			return false
		}
	}
	return true
}

// onInteraction takes an INTERACTION_CREATE. Like onMessage it only
// filters and hands the work to a goroutine.
func (f *Front) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil || ic.Type != discordgo.InteractionApplicationCommand {
		return
	}
	i := ic.Interaction
	user := interactionUser(i)
	if user == nil || user.Bot || !f.owns(i.GuildID) {
		return
	}
	f.flight.Go(func() {
		ctx, cancel := questionContext()
		defer cancel()
		if !f.dedup.First(ctx, "interaction:"+i.ID) {
			return
		}
		f.answerInteraction(ctx, s, i, user.ID)
	})
}

// answerInteraction responds to one /ask exactly once: directly when the
// answer comes within deferAfter, otherwise with a deferred response that
// is then edited into the answer.
func (f *Front) answerInteraction(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, user string) {
	opt := discordgo.WithContext(ctx)
	data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
	if !ok || data.Name != commandName {
		err := s.InteractionRespond(i, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: msgUnknownCommand, AllowedMentions: noMentions(), Flags: discordgo.MessageFlagsEphemeral},
		}, opt)
		f.logSendError(err, i, "unknown command")
		return
	}
	q := optionString(data, optionQuestion)

	replies := make(chan bot.Reply, 1)
	go func() { replies <- f.h.Handle(ctx, bot.Request{User: user, Text: q}) }()
	t := time.NewTimer(f.deferAfter)
	defer t.Stop()
	select {
	case r := <-replies:
		err := s.InteractionRespond(i, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: interactionData(r),
		}, opt)
		f.logSendError(err, i, string(r.Outcome))
		return
	case <-t.C:
	}
	err := s.InteractionRespond(i, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{AllowedMentions: noMentions()},
	}, opt)
	f.logSendError(err, i, "deferred")
	r := <-replies
	_, err = s.InteractionResponseEdit(i, interactionEdit(r), opt)
	f.logSendError(err, i, string(r.Outcome))
}

// logSendError logs a failed interaction response. The interaction token,
// part of the URL in some errors, is left out.
func (f *Front) logSendError(err error, i *discordgo.Interaction, what string) {
	if err == nil {
		return
	}
	msg := err.Error()
	if i.Token != "" {
		msg = strings.ReplaceAll(msg, i.Token, "[token]")
	}
	f.log.Error("cannot respond to /ask", "interaction", i.ID, "reply", what, "err", msg)
}

// interactionUser is the user who invoked i: its member's user in a guild,
// its user in a DM.
func interactionUser(i *discordgo.Interaction) *discordgo.User {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User
	}
	return i.User
}

// optionString returns the string value of the named option, or "".
func optionString(d discordgo.ApplicationCommandInteractionData, name string) string {
	for _, o := range d.Options {
		if o != nil && o.Name == name {
			if s, ok := o.Value.(string); ok {
				return s
			}
		}
	}
	return ""
}
