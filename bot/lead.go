package bot

import "github.com/qabot/qabot/qa"

// MinSpanConfidence is the least span confidence (qa.Answer.SpanConfidence,
// the lead model's probability that the span is right) at which a reply
// leads with the short answer. People read the bold line first and often
// only that line, so below it the reply shows the sentence alone rather
// than risk a wrong lead line. Chosen on the held-out probabilities of
// qabot-train lead's cross-validation (each chat-style training set, and
// each fifth of squad-train11's train articles, predicted by a fit on the
// rest), which prints it: the bar, in steps of 0.01, at which the shown
// right lead lines less twice the wrong ones are most on the chat-style
// sets (a wrong bold line costs twice what a right one gains; for a
// calibrated model that bar is 2/3): 1,930 right of 2,346 shown (82.3%);
// squad-train11 773 of 939. The two-constant decision it replaced showed
// 79.0% right; the lowest bar that keeps that share, 0.58, shows 2,099 of
// 2,636 (79.6%): 121 more wrong lines for 169 more right ones.
const MinSpanConfidence = 0.64

// LeadLine returns the short answer a reply leads with (in bold where the
// platform has bold), or "" when the reply shows the sentence alone: the
// answer has no span, or the span model does not trust it enough. Every
// front decides through it.
func LeadLine(a qa.Answer) string {
	if !a.Found || a.Span == "" || a.SpanConfidence < MinSpanConfidence {
		return ""
	}
	return a.Span
}
