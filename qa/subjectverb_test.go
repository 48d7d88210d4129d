package qa

import (
	"context"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestQuestionPredicate checks which word Parse reads as a question's main
// verb (Question.predicate): after an auxiliary (mainVerb), and in a
// question without one whose question word is the verb's subject
// (subjectVerb).
func TestQuestionPredicate(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"when did the talks start", "start"},
		{"who directed casablanca", "directed"},
		{"who invented coca cola", "invented"},
		{"who wrote the cello suites", "wrote"},
		{"who owns tiktok", "owns"},
		{"what brands does coca cola own", ""},
		{"what states is yellowstone in", ""},
		{"what caused the crash", "caused"},
		{"what causes rain", "causes"},
		{"who actually discovered penicillin", "discovered"},
		{"which river flows through paris", "flows"},
		{"what disease killed mozart", "killed"},
		{"which states border texas", ""},
		{"who is the owner of tiktok", ""},
		{"what is the capital of france", ""},
		{"who founded the red cross?", "founded"},
		{"which company makes the iphone", "makes"},
		{"who discovery penicillin", ""},
		{"what color is the sky", ""},
		{"who directs the film", "directs"},
	} {
		q := Parse(c.q)
		got := ""
		if q.predicate >= 0 {
			got = q.words[q.predicate].text
		}
		if got != c.want {
			t.Errorf("Parse(%q).predicate: got %q, want %q", c.q, got, c.want)
		}
	}
}

// TestSubjectVerbPicksSentence checks that the main verb of a question
// without an auxiliary picks the sentence that holds it: with a ranker
// that weighs only "predicate", the sentence that says who directed the
// film comes first, ahead of one that retrieval puts first (it holds more
// of the question's other words) but says nothing of directing.
func TestSubjectVerbPicksSentence(t *testing.T) {
	m, err := ParseModel(modelJSON)
	if err != nil {
		t.Fatal(err)
	}
	m.Rank = Linear{Weights: map[string]float64{"predicate": 1}}
	m.RankTrees = nil
	ix, err := Build([]corpus.Document{
		{Path: "casablanca.txt", Title: "Casablanca", Body: "Casablanca is a 1942 film made by Warner Bros in Burbank.\n\nMichael Curtiz directed it in Burbank."},
		{Path: "rick.txt", Title: "Rick", Body: "Rick is the hero of the 1942 film Casablanca, set in Morocco."},
	}).WithModel(m)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := ix.Candidates(context.Background(), Parse("who directed the 1942 film casablanca"))
	if err != nil || len(cs) < 2 {
		t.Fatalf("got %d candidates (%v), want 2 or more", len(cs), err)
	}
	if got, want := cs[0].Sentence, "Michael Curtiz directed it in Burbank."; got != want {
		t.Errorf("got %q first, want %q", got, want)
	}
}
