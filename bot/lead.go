package bot

import "github.com/qabot/qabot/qa"

// MinSpanConfidence is the least span confidence (qa.Answer.SpanConfidence,
// the lead model's probability that the span is right) at which a reply
// leads with the short answer. People read the bold line first and often
// only that line, so below it the reply shows the sentence alone rather
// than risk a wrong lead line. Chosen on the held-out probabilities of
// qabot-train lead's cross-validation (each chat-style training set, and
// each fifth of squad-train11's train articles, predicted by a fit on the
// rest): the lowest bar, in steps of 0.01, whose share of right lead lines
// on the chat-style sets is at least that of the decision it replaced
// (79.0%, 1,970 of 2,493 at 0.7): 2,044 of 2,571 (79.5%); squad-train11
// 854 of 1,058 against 807 of 1,000. A lower bar shows more right lead
// lines and more wrong ones nearly as fast (0.52: 2,183 of 2,845, 76.7%).
const MinSpanConfidence = 0.58

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
