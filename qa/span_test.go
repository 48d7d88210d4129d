package qa

import (
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestContractionInClause: "don't" gives two tokens over the same bytes;
// scanning a clause or a name across them must not slice text backwards.
func TestContractionInClause(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.md", Body: "Prices fell because they don't know why."}})
	if len(ix.sents) != 1 {
		t.Fatalf("got %d sentences, want 1", len(ix.sents))
	}
	s := ix.sents[0]
	found := false
	for _, ph := range s.phrases {
		if ph.kind == TypeReason {
			found = true
			if got, want := s.text[ph.start:ph.end], "because they don't know why"; got != want {
				t.Errorf("reason phrase: got %q, want %q", got, want)
			}
		}
	}
	if !found {
		t.Errorf("no reason phrase in %q", s.text)
	}
	// Parse scans "excluding" clauses the same way.
	if q := Parse("apart from china why don't they act"); len(q.Terms) == 0 {
		t.Errorf("Parse: got no terms, want some")
	}
}
