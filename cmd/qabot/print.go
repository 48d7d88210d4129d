package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

// printReply writes a reply for a person at a terminal. An answer reads:
//
//	September 17
//	  “The verbatim sentence that says it.”
//	  — Title · Publisher · Date · 004_4693065a2af49a28.txt
//	  2 other documents agree: 000_….txt, 001_….txt.
//
// Anything else (not found, help, a refusal) is its one plain message.
func printReply(w io.Writer, r bot.Reply) error {
	if r.Outcome != bot.OutcomeAnswered {
		_, err := fmt.Fprintln(w, r.Text)
		return err
	}
	_, err := io.WriteString(w, answerText(r.Answer))
	return err
}

// answerText renders a found answer as in printReply, ending in a newline.
func answerText(a qa.Answer) string {
	var b strings.Builder
	if a.Span != "" {
		b.WriteString(a.Span)
		b.WriteString("\n  ")
	}
	b.WriteString("“")
	b.WriteString(a.Sentence)
	b.WriteString("”\n  — ")
	b.WriteString(bot.SourceLine(a.Source))
	b.WriteString("\n")
	if also := bot.AlsoLine(a); also != "" {
		b.WriteString("  ")
		b.WriteString(also)
		b.WriteString("\n")
	}
	return b.String()
}

// replyJSON is a reply in the wire shape of --json: the answer, or
// "answered": false with the message, or the error of a refused question.
func replyJSON(question string, r bot.Reply) bot.AnswerJSON {
	var j bot.AnswerJSON
	switch r.Outcome {
	case bot.OutcomeAnswered:
		j = bot.NewAnswerJSON(r.Answer)
	case bot.OutcomeNotFound, bot.OutcomeHelp:
		j = bot.AnswerJSON{Message: r.Text}
	default:
		j = bot.AnswerJSON{Error: r.Text}
	}
	j.Question = question
	return j
}

// writeJSON writes v as one line of JSON, without HTML escaping.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
