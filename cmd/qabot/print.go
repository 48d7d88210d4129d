package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/qabot/qabot/bot"
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
	text := r.Text
	if r.Outcome == bot.OutcomeAnswered {
		text = bot.AnswerText(r.Answer, bot.TextLayout{Open: "“", Close: "”", Indent: "  "})
	}
	_, err := fmt.Fprintln(w, text)
	return err
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
