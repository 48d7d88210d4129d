package slack

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

// replyFor returns an answered reply whose every field holds text.
func replyFor(text string) bot.Reply {
	a := cannedAnswer()
	a.Span, a.Sentence, a.Source.Title = text, text, text
	a.Conflicts = []qa.Conflict{{Source: qa.Source{Path: "003_doc.txt"}, Span: text}}
	return bot.Reply{Outcome: bot.OutcomeAnswered, Answer: a}
}

func TestRenderAnswer(t *testing.T) {
	r := bot.Reply{Outcome: bot.OutcomeAnswered, Answer: cannedAnswer()}
	r.Answer.Conflicts = []qa.Conflict{{Source: qa.Source{Path: "003_doc.txt"}, Span: "September 18"}}
	m := render(r, "", false)
	raw, err := json.Marshal(m.blocks)
	if err != nil {
		t.Fatal(err)
	}
	var blocks []struct {
		Type    string `json:"type"`
		BlockID string `json:"block_id"`
	}
	if err := json.Unmarshal(raw, &blocks); err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, b := range blocks {
		types = append(types, b.Type)
	}
	if got, want := strings.Join(types, ","), "section,section,context,context,actions"; got != want {
		t.Errorf("got blocks %s, want %s", got, want)
	}
	texts := blockTexts(t, string(raw))
	want := []string{"*September 17*", "> The deadline for TikTok was extended to September 17.",
		":page_facing_up: Talks in Madrid · Reuters · 2025-09-15 · 002_doc.txt",
		"1 other document agrees: 004_doc.txt. Note: 003_doc.txt gives a different figure (September 18).",
		"👍 Helpful", "👎 Not helpful"}
	if strings.Join(texts, "\n") != strings.Join(want, "\n") {
		t.Errorf("got texts\n%q\nwant\n%q", texts, want)
	}
	if want := "*September 17*\n> The deadline for TikTok was extended to September 17.\n— Talks in Madrid · Reuters · 2025-09-15 · 002_doc.txt\n1 other"; !strings.HasPrefix(m.text, want) {
		t.Errorf("got fallback %q, want the plain-text answer", m.text)
	}
}

func TestRenderCitesPageAndSection(t *testing.T) {
	r := bot.Reply{Outcome: bot.OutcomeAnswered, Answer: cannedAnswer()}
	r.Answer.Source.Page, r.Answer.Source.Section = 3, "Expenses › Meals"
	raw, err := json.Marshal(render(r, "", false).blocks)
	if err != nil {
		t.Fatal(err)
	}
	want := ":page_facing_up: Talks in Madrid · Reuters · 2025-09-15 · 002_doc.txt · page 3 · Expenses › Meals"
	if texts := blockTexts(t, string(raw)); !strings.Contains(strings.Join(texts, "\n"), want) {
		t.Errorf("got texts %q, want the source line %q", texts, want)
	}
}

func TestRenderWithoutSpanAndOtherOutcomes(t *testing.T) {
	a := cannedAnswer()
	a.Span, a.Also = "", nil
	m := render(bot.Reply{Outcome: bot.OutcomeAnswered, Answer: a}, "", false)
	if n := len(m.blocks); n != 3 {
		t.Errorf("got %d blocks without a span or others, want 3 (quote, source, buttons)", n)
	}
	// A span the span model doubts is not shown either, in the blocks or
	// in the fallback text.
	a = cannedAnswer()
	a.Also, a.SpanConfidence = nil, bot.MinSpanConfidence/2
	m = render(bot.Reply{Outcome: bot.OutcomeAnswered, Answer: a}, "", false)
	if n := len(m.blocks); n != 3 || strings.Contains(m.text, "*September 17*") {
		t.Errorf("doubtful span: got %d blocks and fallback %q, want 3 blocks and no bold span", n, m.text)
	}
	for _, o := range []bot.Outcome{bot.OutcomeNotFound, bot.OutcomeError, bot.OutcomeHelp, bot.OutcomeRateLimited, bot.OutcomeRefused} {
		m := render(bot.Reply{Outcome: o, Text: "One line & <b>"}, "", false)
		if m.blocks != nil || m.text != "One line &amp; &lt;b&gt;" {
			t.Errorf("%s: got %q with %d blocks, want one escaped line", o, m.text, len(m.blocks))
		}
	}
}

func TestRenderClipsLongText(t *testing.T) {
	long := strings.Repeat("tariffs & trade ", 1000)
	m := render(replyFor(long), long, true)
	raw, _ := json.Marshal(m.blocks)
	for _, s := range blockTexts(t, string(raw)) {
		if len(s) > 3000 {
			t.Errorf("got a block text of %d bytes, want at most 3000", len(s))
		}
	}
	if len(m.text) > maxFallbackBytes {
		t.Errorf("got fallback of %d bytes, want at most %d", len(m.text), maxFallbackBytes)
	}
}
