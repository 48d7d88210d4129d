package qa

import (
	"context"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// abstentionCorpus has three articles, each about one person or place, so
// that names mark documents and words are spread across them.
func abstentionCorpus() []corpus.Document {
	return []corpus.Document{
		{Path: "singer.txt", Body: strings.Join([]string{
			"Beyoncé released her debut album in 2003.",
			"Beyoncé won many Grammy awards for her songs.",
			"In 2006 Beyoncé starred in a film about a girl group.",
		}, "\n")},
		{Path: "chemist.txt", Body: strings.Join([]string{
			"Domagk received the 1939 Nobel Prize for Medicine for his work.",
			"Domagk studied medicine in Kiel before the war.",
			"Domagk worked on sulfa drugs at Bayer.",
		}, "\n")},
		{Path: "city.txt", Body: strings.Join([]string{
			"Paris is the capital of the department and its largest city.",
			"The city lies on the Seine in the north of the country.",
			"Many painters lived in Paris in the nineteenth century.",
		}, "\n")},
	}
}

func TestAbstains(t *testing.T) {
	ix := Build(abstentionCorpus())
	tests := []struct {
		q         string
		wantFound bool
	}{
		{"when did domagk receive the nobel prize", true},
		{"when did beyonce win the nobel prize", false},    // the prize is another person's
		{"what is the capital of france", false},           // one word of two found, by chance
		{"when did beyonce release her debut album", true}, // her own document
		{"which river does paris lie on", true},
	}
	for _, tt := range tests {
		a, err := ix.Ask(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Found != tt.wantFound {
			t.Errorf("Ask(%q): got Found=%v (%q), want %v", tt.q, a.Found, a.Sentence, tt.wantFound)
		}
	}
}
