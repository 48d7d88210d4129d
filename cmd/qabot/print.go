package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/muesli/reflow/wordwrap"
	"github.com/muesli/reflow/wrap"

	"github.com/qabot/qabot/bot"
)

// printer is how `qabot ask` writes replies for a person. The zero printer
// writes plain text, unwrapped, as for a pipe or a file.
type printer struct {
	// colour marks the parts of an answer with ANSI colours: stdout is a
	// terminal and NO_COLOR is not set.
	colour bool
	// width is the terminal's width in columns, to wrap to; 0 does not
	// wrap.
	width int
	// ranked numbers each answer and gives its confidence, for --top.
	ranked bool
}

// SGR sequences for the parts of an answer.
const (
	sgrBold  = "\x1b[1m"
	sgrDim   = "\x1b[2m"
	sgrReset = "\x1b[0m"
)

// printReply writes a reply for a person at a terminal. An answer reads:
//
//	September 17
//	  “The verbatim sentence that says it.”
//	  — Title · Publisher · Date · 004_4693065a2af49a28.txt
//	  2 other documents agree: 000_….txt, 001_….txt.
//
// With p.ranked (--top N), each answer, the best and its alternatives, is
// numbered and followed by its confidence. Anything else (not found, help,
// a refusal) is its one plain message.
func (p printer) printReply(w io.Writer, r bot.Reply) error {
	var text string
	switch {
	case r.Outcome != bot.OutcomeAnswered:
		text = p.wrap(r.Text, "")
	case !p.ranked:
		text = p.answer(r, 0, "", "  ")
	default:
		var parts []string
		for i := range 1 + len(r.Alternatives) {
			parts = append(parts, p.answer(r, i, fmt.Sprintf("%d. ", i+1), "   "))
		}
		text = strings.Join(parts, "\n")
	}
	_, err := fmt.Fprintln(w, text)
	return err
}

// answer lays out the i-th answer of r (0: the best), its first line after
// lead and the others after indent.
func (p printer) answer(r bot.Reply, i int, lead, indent string) string {
	a := r.Answer
	if i > 0 {
		a = r.Alternatives[i-1]
	}
	lines := bot.AnswerLines(a, bot.TextLayout{Open: "“", Close: "”"})
	if p.ranked {
		lines = append(lines, fmt.Sprintf("confidence %.2f", a.Confidence))
	}
	for j, l := range lines {
		pad := indent
		if j == 0 {
			pad = lead
		}
		l = p.wrap(l, strings.Repeat(" ", len(indent)))
		switch {
		case j == 0 && bot.LeadLine(a) != "":
			l = p.paint(sgrBold, l)
		case strings.HasPrefix(l, "“"):
		default:
			l = p.paint(sgrDim, l)
		}
		lines[j] = pad + l
	}
	return strings.Join(lines, "\n")
}

// wrap breaks s into lines that fit the width after indent, at spaces
// where it can, and indents every line after the first.
func (p printer) wrap(s, indent string) string {
	limit := p.width - len(indent) - 1
	if p.width <= 0 || limit < 20 {
		return s
	}
	s = wrap.String(wordwrap.String(s, limit), limit)
	return strings.ReplaceAll(s, "\n", "\n"+indent)
}

// paint wraps s in the SGR sequence sgr when colour is on, line by line so
// that a wrapped line keeps its colour.
func (p printer) paint(sgr, s string) string {
	if !p.colour {
		return s
	}
	return sgr + strings.ReplaceAll(s, "\n", sgrReset+"\n"+sgr) + sgrReset
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
