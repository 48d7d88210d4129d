package qa

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/qabot/qabot/corpus"
)

func FuzzSplitSentences(f *testing.F) {
	for _, s := range []string{"Mr. Smith went to the U.S. He left.", "47.81% rose. Then?", "“Quote.” Next", "a.b.c. D"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range splitSentences(s) {
			if sent == "" || strings.TrimSpace(sent) != sent {
				t.Fatalf("splitSentences(%q) gave untrimmed or empty sentence %q", s, sent)
			}
			if !strings.Contains(s, sent) {
				t.Fatalf("splitSentences(%q) gave %q, not a substring", s, sent)
			}
		}
	})
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S.-China thirty-two 47.81%", "Sánchez’s “deal”—", "\xff\x00", "1,000,000 two hundred and one"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := -1
		for _, tok := range tokenize(s, nil) {
			if tok.text == "" || tok.start < 0 || tok.end > len(s) || tok.start >= tok.end || tok.start < prev {
				t.Fatalf("tokenize(%q): bad token %+v", s, tok)
			}
			if !utf8.ValidString(tok.text) {
				t.Fatalf("tokenize(%q): invalid UTF-8 token %q", s, tok.text)
			}
			prev = tok.start
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"when is the TikTok deadline?", "whos the premeir", "", "???", "what else besides x, y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := Parse(s)
		if len(q.Terms) > maxQueryWords || len(q.Text) > maxQuestionBytes || !utf8.ValidString(q.Text) {
			t.Fatalf("Parse(%q) = %+v", s, q)
		}
	})
}

func FuzzAsk(f *testing.F) {
	docs, err := corpus.Embedded()
	if err != nil {
		f.Fatal(err)
	}
	ix := Build(docs)
	for _, s := range []string{"when is the TikTok deadline", "who's the chinese vice premeir", "\x00\xff", "how many"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ix.Ask(context.Background(), s)
		if err != nil {
			t.Fatal(err)
		}
		if a.Found && (a.Sentence == "" || a.Source.Path == "") {
			t.Fatalf("Ask(%q) found an empty answer %+v", s, a)
		}
		if !a.Found && (a.Sentence != "" || a.Span != "") {
			t.Fatalf("Ask(%q) abstained with content %+v", s, a)
		}
	})
}
