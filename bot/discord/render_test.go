package discord

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
)

func TestEscapeMarkdown(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text, 2025-09-17.", "plain text, 2025-09-17."},
		{"a *bold* _it_ ~s~ `c` ||sp||", `a \*bold\* \_it\_ \~s\~ ` + "\\`c\\`" + ` \|\|sp\|\|`},
		{`back\slash`, `back\\slash`},
		{"> quote\n# head\n- item", "\\> quote\n\\# head\n\\- item"},
		{"US-China > talks", "US-China > talks"},
		{"see [the report](https://evil.example/x)", `see \[the report\](https://evil.example/x)`},
	} {
		if got := escapeMarkdown(tc.in); got != tc.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMaskedLinksShowTheirTarget checks that a masked link in a document
// cannot hide where it leads: in the embed and in the plain-text reply the
// brackets are escaped, so Discord shows the text as written.
func TestMaskedLinksShowTheirTarget(t *testing.T) {
	a := qa.Answer{Found: true, Span: "[click](https://a.example)", Sentence: "Read [the ruling](https://evil.example/phish) here.",
		Source: qa.Source{Path: "x.md"}, Also: []qa.Source{{Path: "[y](https://b.example).md"}}}
	e := answerEmbed(a)
	plain := plainReply(bot.Reply{Outcome: bot.OutcomeAnswered, Answer: a})
	for what, text := range map[string]string{"title": e.Title, "description": e.Description, "field": e.Fields[0].Value, "plain": plain} {
		if strings.Contains(text, "](") && !strings.Contains(text, `\](`) {
			t.Errorf("%s: got %q, want every masked link escaped", what, text)
		}
	}
}

func TestClip(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"longer than ten", 10, "longer th…"},
		{"ééééé", 3, "éé…"},
	} {
		if got := clip(tc.in, tc.n); got != tc.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
		}
	}
}

func TestAnswerEmbedKeepsDiscordLimits(t *testing.T) {
	long := strings.Repeat("word ", 2000)
	a := qa.Answer{Found: true, Span: long, SpanConfidence: 1, Sentence: long, Source: qa.Source{Path: long, Title: long},
		Conflicts: []qa.Conflict{{Source: qa.Source{Path: long}, Span: long}}}
	e := answerEmbed(a)
	for name, tc := range map[string]struct {
		s   string
		max int
	}{
		"title": {e.Title, maxTitle}, "description": {e.Description, maxDescription},
		"footer": {e.Footer.Text, maxFooter}, "field": {e.Fields[0].Value, maxFieldValue},
	} {
		if n := utf8.RuneCountInString(tc.s); n > tc.max || n == 0 {
			t.Errorf("%s has %d characters, want 1 to %d", name, n, tc.max)
		}
	}
	if n := utf8.RuneCountInString(plainReply(bot.Reply{Outcome: bot.OutcomeAnswered, Answer: a})); n > maxContent {
		t.Errorf("plain reply has %d characters, want at most %d", n, maxContent)
	}
}

func TestAnswerEmbedWithoutSpanOrOthers(t *testing.T) {
	e := answerEmbed(qa.Answer{Found: true, Sentence: "Talks went on.", Source: qa.Source{Path: "a.txt"}})
	if e.Title != "" || e.Description != "> Talks went on." || e.Footer.Text != "a.txt" || len(e.Fields) != 0 {
		t.Errorf("got title %q, description %q, footer %q, %d fields; want no title, the quote, a.txt, no fields",
			e.Title, e.Description, e.Footer.Text, len(e.Fields))
	}
}

func TestAnswerEmbedCitesPageAndSection(t *testing.T) {
	e := answerEmbed(qa.Answer{Found: true, Sentence: "Meals cost 55 euros.", Source: qa.Source{Path: "handbook.pdf", Page: 2, Section: "Expenses › Meals"}})
	if want := "handbook.pdf · page 2 · Expenses › Meals"; e.Footer.Text != want {
		t.Errorf("footer: got %q, want %q", e.Footer.Text, want)
	}
}

func TestAnswerEmbedWithoutDoubtfulSpan(t *testing.T) {
	a := deadlineAnswer
	a.SpanConfidence = bot.MinSpanConfidence / 2
	if e := answerEmbed(a); e.Title != "" {
		t.Errorf("doubtful span: got title %q, want none", e.Title)
	}
	if got := plainReply(bot.Reply{Outcome: bot.OutcomeAnswered, Answer: a}); strings.HasPrefix(got, a.Span) {
		t.Errorf("doubtful span: plain reply %q leads with it, want the sentence first", got)
	}
}

func TestConflictsShowInField(t *testing.T) {
	a := deadlineAnswer
	a.Conflicts = []qa.Conflict{{Source: qa.Source{Path: "002_other.txt"}, Span: "September 16"}}
	e := answerEmbed(a)
	if len(e.Fields) != 1 || !strings.Contains(e.Fields[0].Value, "002\\_other.txt") || !strings.Contains(e.Fields[0].Value, "September 16") {
		t.Errorf("fields = %+v, want the agreeing and the conflicting document", e.Fields)
	}
}

func TestInteractionDataEphemeral(t *testing.T) {
	for _, tc := range []struct {
		r         bot.Reply
		ephemeral bool
	}{
		{bot.Reply{Outcome: bot.OutcomeAnswered, Answer: deadlineAnswer}, false},
		{bot.Reply{Outcome: bot.OutcomeNotFound, Text: "not found"}, false},
		{bot.Reply{Outcome: bot.OutcomeRateLimited, Text: "wait"}, true},
		{bot.Reply{Outcome: bot.OutcomeRefused, Text: "too long"}, true},
		{bot.Reply{Outcome: bot.OutcomeHelp, Text: "help"}, true},
		{bot.Reply{Outcome: bot.OutcomeError, Text: "sorry"}, true},
	} {
		d := interactionData(tc.r)
		if got := d.Flags&64 != 0; got != tc.ephemeral {
			t.Errorf("%s: ephemeral = %v, want %v", tc.r.Outcome, got, tc.ephemeral)
		}
		raw, _ := json.Marshal(d)
		if !strings.Contains(string(raw), `"allowed_mentions":{"parse":[],"replied_user":false}`) {
			t.Errorf("%s: payload %s allows mentions", tc.r.Outcome, raw)
		}
		edit, _ := json.Marshal(interactionEdit(tc.r))
		if !strings.Contains(string(edit), `"allowed_mentions":{"parse":[],"replied_user":false}`) {
			t.Errorf("%s: edit %s allows mentions", tc.r.Outcome, edit)
		}
	}
}
