package qa

import (
	"strings"
	"testing"
)

// TestOSADistance checks the edit distance the misspelling search uses,
// one word measured against several in turn as correct does.
func TestOSADistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"their", "their", 2, 0},
		{"thier", "their", 2, 1}, // two neighbouring letters swapped
		{"goverment", "government", 2, 1},
		{"recieve", "receive", 2, 1},
		{"kitten", "sitting", 3, 3},
		{"kitten", "sitting", 2, 3}, // cut short at max+1
		{"café", "cafe", 1, 1},      // letters, not bytes
		{"abc", "abcdef", 2, 3},     // lengths too far apart
		{"ca", "abc", 3, 3},         // no transposition through an insertion
		{strings.Repeat("a", maxTokenBytes+1), "a", 2, 3},
	}
	var o osa
	for _, tt := range tests {
		if got := osaDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("osaDistance(%q, %q, %d): got %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
		// The reused form gives the same after any earlier measure.
		if o.set(tt.a) {
			if got := o.to(tt.b, tt.max); got != tt.want {
				t.Errorf("osa{%q}.to(%q, %d): got %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
			}
		}
	}
}
