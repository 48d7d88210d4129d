package qa

import (
	"context"
	"reflect"
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
			if tok.text == "" || tok.start < 0 || int(tok.end) > len(s) || tok.start >= tok.end || int(tok.start) < prev {
				t.Fatalf("tokenize(%q): bad token %+v", s, tok)
			}
			if !utf8.ValidString(tok.text) {
				t.Fatalf("tokenize(%q): invalid UTF-8 token %q", s, tok.text)
			}
			prev = int(tok.start)
		}
		// scanWords' one pass for plain words finds what scanWord and
		// appendWord find (TestScanWordsPlain).
		got, gotFrom := scanWords(s, nil, nil, tokenWords(), new(lowered))
		want, wantFrom := scanWordsRef(s, nil, nil, tokenWords(), new(lowered))
		if !reflect.DeepEqual(got, want) || gotFrom != wantFrom {
			t.Fatalf("scanWords(%q):\n got %v, from %d\nwant %v, from %d", s, got, gotFrom, want, wantFrom)
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

// FuzzBuild builds an index of one fuzzed document and asks it a question
// made of the document's own first words: Build, and the answer path over
// whatever it built (acronyms, compounds, phrases, spans), must not fail.
func FuzzBuild(f *testing.F) {
	for _, s := range []string{
		"The Bureau of Industry and Security added 23 firms. They weren't pleased.",
		"US Trade Representative Jamieson Greer will attend.\n\n| Plan | Price |\n|---|---|\n| Solo | $4 |",
		"Don't Stop Believin' and Can't Buy Me Love, respectively 1981 and 1964.",
		"Arsenal lost the 2007, 2009 and 2011 finals to Chelsea, Leeds United and Birmingham City respectively.",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		ix := Build([]corpus.Document{{Path: "a.md", Body: body}})
		words := strings.Fields(body)
		q := "what is " + strings.Join(words[:min(len(words), 4)], " ")
		a, err := ix.Ask(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Found && a.Sentence == "" {
			t.Fatalf("Ask(%q) found an empty answer %+v", q, a)
		}
	})
}
