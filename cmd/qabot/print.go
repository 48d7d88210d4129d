package main

import (
	"encoding/json"
	"fmt"
	"io"

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
	return bot.AnswerText(a, bot.TextLayout{Open: "“", Close: "”", Indent: "  "}) + "\n"
}

// replyJSON is a reply in the wire shape of --json: bot.ReplyJSON with the
// question.
func replyJSON(question string, r bot.Reply) bot.AnswerJSON {
	j := bot.ReplyJSON(r)
	j.Question = question
	return j
}

// writeJSON writes v as one line of JSON, without HTML escaping.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
