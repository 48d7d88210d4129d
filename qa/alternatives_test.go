package qa

import (
	"slices"
	"testing"
)

// TestAlternativesLexicon checks that a short form people type gives its
// whole word as a form, and the whole word gives the short form, through
// lexicon.txt's abbreviation groups.
func TestAlternativesLexicon(t *testing.T) {
	tests := []struct{ word, want string }{
		{"ppl", "people"},
		{"people", "ppl"},
		{"mgr", "manager"},
		{"db", "database"},
		{"approx", "approximately"},
	}
	for _, tt := range tests {
		alts := alternatives(tt.word)
		i := slices.IndexFunc(alts, func(a alt) bool { return a.word == tt.want })
		if i < 0 {
			t.Errorf("alternatives(%q): got %v, want %q among them", tt.word, alts, tt.want)
			continue
		}
		if got := alts[i].kind; got != altForm {
			t.Errorf("alternatives(%q): %q is of kind %v, want altForm", tt.word, tt.want, got)
		}
	}
}
