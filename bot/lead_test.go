package bot

import (
	"testing"

	"github.com/qabot/qabot/qa"
)

func TestLeadLine(t *testing.T) {
	for _, tt := range []struct {
		name string
		a    qa.Answer
		want string
	}{
		{"trusted span", qa.Answer{Found: true, Span: "September 17", SpanConfidence: 0.9}, "September 17"},
		{"at the bar", qa.Answer{Found: true, Span: "52%", SpanConfidence: MinSpanConfidence}, "52%"},
		{"doubtful span", qa.Answer{Found: true, Span: "U.S.", SpanConfidence: MinSpanConfidence - 0.01}, ""},
		{"no span", qa.Answer{Found: true, SpanConfidence: 0.9}, ""},
		{"no answer", qa.Answer{Span: "September 17", SpanConfidence: 0.9}, ""},
	} {
		if got := LeadLine(tt.a); got != tt.want {
			t.Errorf("%s: LeadLine = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestAnswerTextLeadsOnlyWithATrustedSpan: the plain-text layout every
// front without rich text uses (and the terminal) shows a doubtful span
// nowhere, not even under the sentence.
func TestAnswerTextLeadsOnlyWithATrustedSpan(t *testing.T) {
	a := qa.Answer{Found: true, Span: "U.S.", SpanConfidence: 0.2, Sentence: "The talks are in Madrid.", Source: qa.Source{Path: "a.txt"}}
	if got, want := AnswerText(a, TextLayout{Open: "> "}), "> The talks are in Madrid.\n— a.txt"; got != want {
		t.Errorf("doubtful span: got %q, want %q", got, want)
	}
	a.Span, a.SpanConfidence = "Madrid", 0.8
	if got, want := AnswerText(a, TextLayout{Open: "> "}), "Madrid\n> The talks are in Madrid.\n— a.txt"; got != want {
		t.Errorf("trusted span: got %q, want %q", got, want)
	}
}
