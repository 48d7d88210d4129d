package slack

// Which Slack events are questions.
//
// A question reaches the bot in four ways:
//   - app_mention: "@qabot when is the deadline?" in a channel;
//   - message.im: any message in the bot's direct-message conversation;
//   - message in a channel on the allow-list (Config.Channels) that is
//     plainly a question (bot.IsQuestion), answered only when the documents
//     answer it, so the bot never chats into a channel uninvited;
//   - the slash command /ask.
//
// Ignored: the bot's own messages, other bots' (bot_id, subtype
// bot_message), edits (message_changed), deletions (message_deleted) and
// every other message subtype (joins, topic changes, …).

import (
	"strings"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/qabot/qabot/bot"
)

// trigger is how a question reached the bot, as it is logged.
type trigger string

const (
	triggerMention trigger = "mention"
	triggerDM      trigger = "dm"
	triggerPassive trigger = "passive"
	triggerSlash   trigger = "slash"
)

// incoming is one question, whatever way it came.
type incoming struct {
	trigger trigger
	user    string
	channel string
	// ts is the asking message's timestamp ("" for /ask); with channel it
	// identifies the message, so that one message seen as both app_mention
	// and message.im is answered once.
	ts string
	// threadTS is where the reply goes: the thread the message is in, or
	// the message itself.
	threadTS string
	// text is the question as plain words, the bot's mention removed.
	text string
	// responseURL is where an /ask reply goes.
	responseURL string
}

// identity is the bot's own identity in the workspace, from auth.test.
type identity struct {
	userID string
	botID  string
}

// fromEvent turns an Events API inner event into a question, or reports
// false when the event is not one the bot answers.
func fromEvent(inner any, me identity, passive map[string]bool) (incoming, bool) {
	switch ev := inner.(type) {
	case *slackevents.AppMentionEvent:
		if ev.BotID != "" || ev.User == "" || ev.User == me.userID || ev.Edited != nil {
			return incoming{}, false
		}
		return incoming{
			trigger:  triggerMention,
			user:     ev.User,
			channel:  ev.Channel,
			ts:       ev.TimeStamp,
			threadTS: threadOf(ev.ThreadTimeStamp, ev.TimeStamp),
			text:     questionText(ev.Text, me.userID),
		}, true
	case *slackevents.MessageEvent:
		return fromMessage(ev, me, passive)
	}
	return incoming{}, false
}

func fromMessage(ev *slackevents.MessageEvent, me identity, passive map[string]bool) (incoming, bool) {
	switch ev.SubType {
	case "", "thread_broadcast", "file_share":
	default:
		return incoming{}, false
	}
	if ev.BotID != "" || ev.User == "" || ev.User == me.userID || (me.botID != "" && ev.BotID == me.botID) {
		return incoming{}, false
	}
	in := incoming{
		user:     ev.User,
		channel:  ev.Channel,
		ts:       ev.TimeStamp,
		threadTS: threadOf(ev.ThreadTimeStamp, ev.TimeStamp),
		text:     questionText(ev.Text, me.userID),
	}
	switch {
	case ev.ChannelType == "im" || strings.HasPrefix(ev.Channel, "D") && ev.ChannelType == "":
		in.trigger = triggerDM
		return in, true
	case passive[ev.Channel]:
		// A message that mentions the bot also arrives as app_mention,
		// which answers it whatever it says.
		if me.userID != "" && strings.Contains(ev.Text, "<@"+me.userID) {
			return incoming{}, false
		}
		if !bot.IsQuestion(in.text) {
			return incoming{}, false
		}
		in.trigger = triggerPassive
		return in, true
	}
	return incoming{}, false
}

// fromSlash turns a slash command into a question.
func fromSlash(cmd slack.SlashCommand) incoming {
	return incoming{
		trigger:     triggerSlash,
		user:        cmd.UserID,
		channel:     cmd.ChannelID,
		text:        questionText(cmd.Text, ""),
		responseURL: cmd.ResponseURL,
	}
}

func threadOf(threadTS, ts string) string {
	if threadTS != "" {
		return threadTS
	}
	return ts
}
