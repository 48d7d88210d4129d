package qa

import (
	"slices"
	"testing"
)

// TestTwoWordVerbs checks that a two-word verb of a question stands for the
// word [phrases] of lexicon.txt gives it, in any form of the verb.
func TestTwoWordVerbs(t *testing.T) {
	for _, tt := range []struct{ question, want string }{
		{"when did 3.2.0 come out", "releas"},
		{"when is harbor 6.0 coming out", "releas"},
		{"when did the licence run out", "expir"},
	} {
		q := Parse(tt.question)
		if !slices.Contains(q.Terms, tt.want) {
			t.Errorf("Parse(%q).Terms = %v, want %q among them", tt.question, q.Terms, tt.want)
		}
	}
}
