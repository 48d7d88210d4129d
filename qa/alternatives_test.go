package qa

import (
	"slices"
	"testing"
)

// TestAlternatives checks the alternatives of question words, each from
// its source and at its weight: a base form, a synonym, a synonym of the
// verb a noun also inflects, a GloVe neighbour; and no antonym among the
// neighbours.
func TestAlternatives(t *testing.T) {
	for _, tt := range []struct {
		word, alt string
		kind      altKind
		weight    float64 // 0: any
	}{
		{"bought", "buy", altForm, weightForm},
		{"purchase", "buy", altSynonym, weightSynonym},
		{"heading", "lead", altSynonym, weightInflected}, // "who is heading the talks"
		{"leading", "direct", altSynonym, weightInflected},
		{"talks", "negotiations", altVector, 0},
		{"bday", "birthday", altForm, weightForm}, // lexicon.txt's chat short forms
		{"mgr", "manager", altForm, weightForm},
		{"repository", "repo", altForm, weightForm},
		{"sport", "skiing", altRelated, weightRelated}, // a hyponym: the document's word is narrower
	} {
		alts := alternatives(tt.word)
		i := slices.IndexFunc(alts, func(a alt) bool { return a.word == tt.alt })
		if i < 0 {
			t.Errorf("alternatives(%q) = %v, want %q in them", tt.word, alts, tt.alt)
			continue
		}
		if a := alts[i]; a.kind != tt.kind || tt.weight != 0 && a.weight != tt.weight {
			t.Errorf("alternatives(%q): got %q as kind %d at %v, want kind %d at %v", tt.word, tt.alt, a.kind, a.weight, tt.kind, tt.weight)
		}
	}
	for _, tt := range []struct{ word, not string }{
		{"start", "end"}, // a GloVe neighbour, and an antonym
		{"head", "lead"}, // a later sense of the noun-first word itself
	} {
		if alts := alternatives(tt.word); slices.ContainsFunc(alts, func(a alt) bool { return a.word == tt.not }) {
			t.Errorf("alternatives(%q) = %v, want no %q", tt.word, alts, tt.not)
		}
	}
}
