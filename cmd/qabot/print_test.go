package main

import (
	"strings"
	"testing"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

func TestPrintReply(t *testing.T) {
	answer := qa.Answer{
		Found: true, Span: "September 17", SpanConfidence: 0.9, Sentence: "The deadline is September 17.",
		Source: qa.Source{Path: "004.txt", Title: "Talks", Publisher: "Reuters", Date: "September 15, 2025"},
		Also:   []qa.Source{{Path: "000.txt"}, {Path: "001.txt"}},
	}
	tests := []struct {
		name string
		r    bot.Reply
		want string
	}{
		{"answered", bot.Reply{Outcome: bot.OutcomeAnswered, Answer: answer},
			"September 17\n" +
				"  “The deadline is September 17.”\n" +
				"  — Talks · Reuters · September 15, 2025 · 004.txt\n" +
				"  2 other documents agree: 000.txt, 001.txt.\n"},
		{"not found", bot.Reply{Outcome: bot.OutcomeNotFound, Text: "I couldn't find that."}, "I couldn't find that.\n"},
	}
	for _, tt := range tests {
		var b strings.Builder
		if err := (printer{}).printReply(&b, tt.r); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := b.String(); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestReplyJSONHasQuestion(t *testing.T) {
	got := replyJSON("tiktok?", bot.Reply{Outcome: bot.OutcomeNotFound, Text: "no"})
	if got.Question != "tiktok?" || got.Message != "no" || got.Answered {
		t.Errorf("got %+v, want question %q, message %q, not answered", got, "tiktok?", "no")
	}
}
