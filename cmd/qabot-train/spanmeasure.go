package main

import (
	"context"
	"io"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
	"github.com/qabot/qabot/qa/eval"
)

// measureSpans answers every item with no abstention (minimum confidence
// 0), so that the span model is judged on the engine's own sentence for
// every question, and writes the span report: exact match and F1 per kind,
// the share of answered questions given a span and shown it as the lead
// line (bot.LeadLine), and how many lead lines are right.
func measureSpans(ctx context.Context, ix *qa.Index, items []eval.Item, out io.Writer) error {
	var t eval.SpanTally
	opt := qa.DefaultOptions()
	opt.MinConfidence = 0
	for _, it := range items {
		a, err := ix.AnswerWith(ctx, qa.Parse(it.Question), opt)
		if err != nil {
			return err
		}
		t.Add(it, a.Found, a.Sentence, a.Span, bot.LeadLine(a) != "")
	}
	return t.Write(out)
}
