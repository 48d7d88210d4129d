package bot

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa"
)

func TestSourceLine(t *testing.T) {
	tests := []struct {
		in   qa.Source
		want string
	}{
		{qa.Source{Path: "a.txt"}, "a.txt"},
		{qa.Source{Path: "a.txt", Title: "T", Publisher: "P", Date: "September 14, 2025"}, "T · P · September 14, 2025 · a.txt"},
		{qa.Source{Path: "a.txt", Title: "T", Date: "2025"}, "T · 2025 · a.txt"},
		{qa.Source{Path: "wiki/pricing.md", Title: "Pricing", Section: "Plans › Discounts"}, "Pricing · wiki/pricing.md · Plans › Discounts"},
		{qa.Source{Path: "paper.pdf", Title: "Caching", Page: 2, Section: "3 Results"}, "Caching · paper.pdf · page 2 · 3 Results"},
	}
	for _, tt := range tests {
		if got := SourceLine(tt.in); got != tt.want {
			t.Errorf("SourceLine(%+v): got %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAlsoLine(t *testing.T) {
	tests := []struct {
		name string
		in   qa.Answer
		want string
	}{
		{"none", qa.Answer{}, ""},
		{"one", qa.Answer{Also: []qa.Source{{Path: "b.txt"}}}, "1 other document agrees: b.txt."},
		{"two", qa.Answer{Also: []qa.Source{{Path: "b.txt"}, {Path: "c.txt"}}}, "2 other documents agree: b.txt, c.txt."},
		{"conflict", qa.Answer{Conflicts: []qa.Conflict{{Source: qa.Source{Path: "d.txt"}, Span: "32"}}},
			"Note: d.txt gives a different figure (32)."},
		{"older with a span", qa.Answer{Conflicts: []qa.Conflict{{Source: qa.Source{Path: "old/policy.md"}, Span: "$40 a day", Older: true}}},
			"Note: an older page, old/policy.md, says $40 a day."},
		{"older without a span", qa.Answer{Conflicts: []qa.Conflict{{Source: qa.Source{Path: "old/faq.txt"}, Sentence: "Laptops last four years.", Older: true}}},
			`Note: an older page, old/faq.txt, says otherwise: "Laptops last four years."`},
	}
	for _, tt := range tests {
		if got := AlsoLine(tt.in); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPlainText(t *testing.T) {
	r := Reply{Outcome: OutcomeAnswered, Answer: qa.Answer{Found: true, Span: "September 17", SpanConfidence: 0.9,
		Sentence: "The deadline is September 17.", Source: qa.Source{Path: "a.txt", Title: "Talks"},
		Also: []qa.Source{{Path: "b.txt"}}}}
	got := PlainText(r)
	want := "September 17\n> The deadline is September 17.\n— Talks · a.txt\n1 other document agrees: b.txt."
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := PlainText(Reply{Outcome: OutcomeNotFound, Text: msgNotFound}); got != msgNotFound {
		t.Errorf("not found: got %q, want %q", got, msgNotFound)
	}
}

func TestGroupThousands(t *testing.T) {
	for in, want := range map[int]string{0: "0", 999: "999", 2000: "2,000", 1234567: "1,234,567"} {
		if got := groupThousands(in); got != want {
			t.Errorf("groupThousands(%d): got %q, want %q", in, got, want)
		}
	}
}

func TestNewAnswerJSON(t *testing.T) {
	raw, err := json.Marshal(NewAnswerJSON(qa.Answer{Found: true, Span: "September 17", SpanConfidence: 0.81234, Sentence: "S.",
		Source: qa.Source{Path: "004.txt", Title: "T"}, Score: 12.34567}))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"answered":true`, `"answer":"September 17"`, `"sentence":"S."`,
		`"source":"004.txt"`, `"score":12.346`, `"title":"T"`, `"span_confidence":0.812`} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("got %s, want it to contain %s", raw, want)
		}
	}
	raw, _ = json.Marshal(NewAnswerJSON(qa.Answer{}))
	if !strings.Contains(string(raw), `"answered":false`) || !strings.Contains(string(raw), `"message"`) {
		t.Errorf("not found: got %s, want answered:false and a message", raw)
	}
}

func TestAnswerText(t *testing.T) {
	a := qa.Answer{Found: true, Span: "September 17", SpanConfidence: 0.9, Sentence: "The deadline is September 17.",
		Source: qa.Source{Path: "a.txt", Title: "Talks"}}
	terminal := TextLayout{Open: "“", Close: "”", Indent: "  "}
	noSpan := a
	noSpan.Span = ""
	agreed := a
	agreed.Also = []qa.Source{{Path: "b.txt"}}
	tests := []struct {
		name   string
		a      qa.Answer
		layout TextLayout
		want   string
	}{
		{"quote block", a, TextLayout{Open: "> "}, "September 17\n> The deadline is September 17.\n— Talks · a.txt"},
		{"terminal", a, terminal, "September 17\n  “The deadline is September 17.”\n  — Talks · a.txt"},
		{"terminal without a span", noSpan, terminal, "“The deadline is September 17.”\n  — Talks · a.txt"},
		{"terminal with agreement", agreed, terminal,
			"September 17\n  “The deadline is September 17.”\n  — Talks · a.txt\n  1 other document agrees: b.txt."},
	}
	for _, tt := range tests {
		if got := AnswerText(tt.a, tt.layout); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestReplyJSON(t *testing.T) {
	answer := qa.Answer{Found: true, Span: "September 17", Sentence: "S.", Source: qa.Source{Path: "004.txt"}}
	tests := []struct {
		r                      Reply
		wantAnswered           bool
		wantMessage, wantErr   string
		wantAnswer, wantSource string
	}{
		{Reply{Outcome: OutcomeAnswered, Answer: answer}, true, "", "", "September 17", "004.txt"},
		{Reply{Outcome: OutcomeNotFound, Text: msgNotFound}, false, msgNotFound, "", "", ""},
		{Reply{Outcome: OutcomeHelp, Text: "help text"}, false, "help text", "", "", ""},
		{Reply{Outcome: OutcomeRefused, Text: "too long"}, false, "", "too long", "", ""},
		{Reply{Outcome: OutcomeRateLimited, Text: msgRateLimited}, false, "", msgRateLimited, "", ""},
		{Reply{Outcome: OutcomeError, Text: msgError}, false, "", msgError, "", ""},
	}
	for _, tt := range tests {
		got := ReplyJSON(tt.r)
		if got.Answered != tt.wantAnswered || got.Message != tt.wantMessage || got.Error != tt.wantErr ||
			got.Answer != tt.wantAnswer || got.Source != tt.wantSource {
			t.Errorf("%s: got %+v, want answered %v, message %q, error %q, answer %q, source %q",
				tt.r.Outcome, got, tt.wantAnswered, tt.wantMessage, tt.wantErr, tt.wantAnswer, tt.wantSource)
		}
	}
}
