package english

import (
	"testing"
	"testing/fstest"
)

// TestPhraseRelatives checks WordNet's multi-word expressions in the
// embedded phrases.bin: a phrase of common English finds the single words
// of its synset and of the synsets above it, and a name, a single word or
// an unknown phrase finds none.
func TestPhraseRelatives(t *testing.T) {
	r := Load()
	tests := []struct {
		phrase, syn, hyp string
	}{
		{"take part", "participate", "act"},
		{"look into", "investigate", ""},
		{"time off", "", "period"},
		{"come back", "return", ""},
		{"get hold of", "reach", ""},
		{"birth control pill", "", "contraceptive"},
		{"united states", "", ""}, // a name
		{"take", "", ""},
		{"purple elephant", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		syn, hyp := r.PhraseRelatives(tt.phrase)
		for _, c := range []struct{ got, want string }{{syn, tt.syn}, {hyp, tt.hyp}} {
			if c.want == "" && tt.syn+tt.hyp == "" && c.got != "" || c.want != "" && !containsWord(c.got, c.want) {
				t.Errorf("PhraseRelatives(%q) = %q, %q; want %q and %q among them", tt.phrase, syn, hyp, tt.syn, tt.hyp)
			}
		}
	}
}

func containsWord(list, w string) bool {
	for len(list) > 0 {
		i := 0
		for i < len(list) && list[i] != ' ' {
			i++
		}
		if list[:i] == w {
			return true
		}
		list = list[min(i+1, len(list)):]
	}
	return false
}

// TestGeneratePhrases makes a phrases table from a WordNet of three
// synsets and the embedded word lists: an expression of common words keeps
// its synonym and hypernym, a name is left out, and the first word's
// inflections find it.
func TestGeneratePhrases(t *testing.T) {
	fsys := fstest.MapFS{
		"data.verb":  {Data: []byte("00000001 41 v 02 take_part 0 participate 0 001 @ 00000003 v 0000 | be involved\n00000003 41 v 01 act 0 000 | do something\n")},
		"index.verb": {Data: []byte("act v 1 0 1 0 00000003\ntake_part v 1 1 @ 1 0 00000001\n")},
		"data.noun":  {Data: []byte("00000002 15 n 02 United_States 0 america 0 000 | a country\n")},
		"index.noun": {Data: []byte("united_states n 1 0 1 0 00000002\n")},
		"data.adj":   {Data: []byte{}},
		"index.adj":  {Data: []byte{}},
		"data.adv":   {Data: []byte{}},
		"index.adv":  {Data: []byte{}},
	}
	data, err := GeneratePhrases(fsys, []byte(embeddedVectors), []byte(embeddedWordNet))
	if err != nil {
		t.Fatal(err)
	}
	again, err := GeneratePhrases(fsys, []byte(embeddedVectors), []byte(embeddedWordNet))
	if err != nil || string(again) != string(data) {
		t.Errorf("a second GeneratePhrases gave other bytes (%v)", err)
	}
	p, err := readPhrases(string(data), checkEntries)
	if err != nil {
		t.Fatal(err)
	}
	r := &Resources{ph: p}
	for _, tt := range []struct{ phrase, syn, hyp string }{
		{"take part", "participate", "act"},
		{"united states", "", ""},
		{"act", "", ""},
	} {
		if syn, hyp := r.PhraseRelatives(tt.phrase); syn != tt.syn || hyp != tt.hyp {
			t.Errorf("PhraseRelatives(%q) = %q, %q; want %q, %q", tt.phrase, syn, hyp, tt.syn, tt.hyp)
		}
	}
	for _, tt := range []struct{ word, want string }{
		{"take", "take"}, {"took", "take"}, {"taking", "take"}, {"united", ""}, {"act", ""},
	} {
		if got := r.PhraseStarts(tt.word); got != tt.want {
			t.Errorf("PhraseStarts(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}
