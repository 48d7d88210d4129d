package qa

import (
	"strings"
	"testing"
)

func TestParseChange(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"how much did imports grow", true},
		{"by how much did prices fall in 2024", true},
		{"how many percent did exports rise", true},
		{"how many imports were there", false},
		{"when did imports grow", false}, // a date, not a size
		{"what is the share of imports", false},
	}
	for _, tt := range tests {
		if got := Parse(tt.q).change; got != tt.want {
			t.Errorf("Parse(%q).change: got %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestContainsAtPlain compares containsAt, at every byte of six words,
// with strings.Contains on every text of up to eight bytes of "a", "b",
// "f" and space, and mayReplace with its definition by strings.Contains on every
// sentence of squad48 (when the corpus is beside the repository) and on
// the lines of [formerly] themselves, each in a sentence.
func TestContainsAtPlain(t *testing.T) {
	words := []string{"f", "af", "a f", "ba", "fa f", "bbb", " | "}
	eachJoin([]string{"a", "b", "f", " ", "|"}, 8, func(s string) {
		for _, q := range words {
			for k := range len(q) {
				if got, want := containsAt(s, q, k), strings.Contains(s, q); got != want {
					t.Fatalf("containsAt(%q, %q, %d): got %v, want %v", s, q, k, got, want)
				}
			}
		}
	})
	plain := func(text string) bool {
		for _, p := range changeWords().formerly {
			if len(p) < 2 || strings.Contains(text, p[1:]) {
				return true
			}
		}
		return false
	}
	texts := []string{"Nothing here.", "in stead of", "ninstead o f"}
	for _, p := range changeWords().formerly {
		texts = append(texts, "It rose "+p+" 7.", strings.ToUpper(p[:1])+p[1:]+" 7, it is 9.", p, p[1:], p[:len(p)-1])
	}
	checkPlain(t, "mayReplace", withSquad48(t, texts), mayReplace, plain)
}
