package qa

import "testing"

// TestStatesRule checks the words of a rule or a limit, read without the
// tokenizer.
func TestStatesRule(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"We do not pay for alcohol.", true},
		{"We don't pay for alcohol.", true},
		{"We don’t pay for alcohol.", true},
		{"Spectators NEVER pay.", true},
		{"A workspace has only one owner at a time.", true},
		{"Wine is served at dinner.", false},
		{"The canal shop is open.", false}, // "canal" is not "can"
		{"Nothingness", false},
		{"", false},
	} {
		if got := statesRule(c.text); got != c.want {
			t.Errorf("statesRule(%q): got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestHasAppositionMark checks where defines looks for an apposition.
func TestHasAppositionMark(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"TikTok, the social media platform, has 100 million users.", true},
		{"SMIC, a chipmaker, grew.", true},
		{"Bessent, Greer and He met, the talks began.", true}, // the second comma
		{"Bessent, Greer and He met on Sunday.", false},
		{"No comma at all", false},
		{"Ends with a comma,", false},
	} {
		if got := hasAppositionMark(c.text); got != c.want {
			t.Errorf("hasAppositionMark(%q): got %v, want %v", c.text, got, c.want)
		}
	}
}
