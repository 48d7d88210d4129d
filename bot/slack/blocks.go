package slack

// Rendering a bot.Reply as a Slack message.
//
// An answer is Block Kit:
//
//	section   *September 17*                         (the span, bold; only when bot.LeadLine gives it)
//	section   > The deadline was extended to …       (the sentence, quoted)
//	context   📄 Title · Publisher · Date · file.txt  (the source)
//	context   2 other documents agree: … Note: …     (corroboration and conflicting figures)
//	actions   [👍 Helpful] [👎 Not helpful]           (feedback buttons)
//
// Every other outcome is one short line of text without blocks. The
// fallback text, shown in notifications and by clients without Block Kit, is
// always set. All text is escaped (see text.go) and marked verbatim, so
// nothing in it can notify anyone or turn into a link.

import (
	"github.com/slack-go/slack"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

// Block and action IDs of the feedback buttons.
const (
	feedbackBlockID   = "qabot_feedback"
	actionHelpful     = "qabot_helpful"
	actionNotHelpful  = "qabot_not_helpful"
	maxBlockTextBytes = 2900 // Slack allows 3,000 characters in a text object
	maxFallbackBytes  = 3900 // Slack truncates message text after 40,000; keep notifications short
	maxButtonValue    = 2000
)

// message is a rendered reply: the fallback text and, for answers, blocks.
type message struct {
	text   string
	blocks []slack.Block
}

// options returns the chat.postMessage options that send m: its text and
// blocks, with link and media unfurling turned off.
func (m message) options() []slack.MsgOption {
	opts := []slack.MsgOption{
		slack.MsgOptionText(m.text, false),
		slack.MsgOptionDisableLinkUnfurl(),
		slack.MsgOptionDisableMediaUnfurl(),
	}
	if len(m.blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(m.blocks...))
	}
	return opts
}

// render turns a reply to question into a Slack message. With show, the
// question is shown above an answer (for /ask, whose invocation the
// channel does not see). The feedback buttons carry it either way (see
// vote.go).
func render(r bot.Reply, question string, show bool) message {
	if r.Outcome != bot.OutcomeAnswered {
		return message{text: clip(escape(r.Text), maxFallbackBytes)}
	}
	a := r.Answer
	blocks := make([]slack.Block, 0, 6)
	if show && question != "" {
		blocks = append(blocks, slack.NewContextBlock("qabot_question", mrkdwn(clip("/ask "+escape(question), maxBlockTextBytes))))
	}
	if lead := bot.LeadLine(a); lead != "" {
		blocks = append(blocks, slack.NewSectionBlock(mrkdwn(clip(bold(lead), maxBlockTextBytes)), nil, nil))
	}
	blocks = append(blocks,
		slack.NewSectionBlock(mrkdwn(clip(quote(a.Sentence), maxBlockTextBytes)), nil, nil),
		slack.NewContextBlock("qabot_source", mrkdwn(clip(":page_facing_up: "+escape(bot.SourceLine(a.Source)), maxBlockTextBytes))),
	)
	if also := bot.AlsoLine(a); also != "" {
		blocks = append(blocks, slack.NewContextBlock("qabot_also", mrkdwn(clip(escape(also), maxBlockTextBytes))))
	}
	value := encodeVote(question, a)
	blocks = append(blocks, slack.NewActionBlock(feedbackBlockID,
		slack.NewButtonBlockElement(actionHelpful, value, plain("👍 Helpful")),
		slack.NewButtonBlockElement(actionNotHelpful, value, plain("👎 Not helpful")),
	))
	return message{text: clip(fallback(a), maxFallbackBytes), blocks: blocks}
}

// fallback is an answer as escaped mrkdwn text, laid out as bot.PlainText
// lays out every answer: the span in bold, the sentence quoted, the source
// and the other documents, one to a line.
func fallback(a qa.Answer) string {
	e := bot.EscapeAnswer(a, escape)
	if lead := bot.LeadLine(a); lead != "" {
		e.Span = bold(lead)
	}
	e.Sentence = quote(a.Sentence)
	return bot.AnswerText(e, bot.TextLayout{})
}

// mrkdwn is a verbatim mrkdwn text object: formatting applies, but Slack
// does not link URLs, channel names or mentions in it.
func mrkdwn(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, s, false, true)
}

func plain(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.PlainTextType, s, true, false)
}
