package bot

import "github.com/qabot/qabot/qa"

// MinSpanConfidence is the least span confidence (qa.Answer.SpanConfidence)
// at which a reply leads with the short answer. People read the bold line
// first and often only that line, so below it the reply shows the sentence
// alone rather than risk a wrong lead line.
const MinSpanConfidence = 0.7

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
