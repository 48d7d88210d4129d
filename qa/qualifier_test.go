package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestQualifierMissing checks the question feature qualifier-missing on
// small corpora: 1 for a sentence that lacks the question's word that
// picks one of a sequence or an extreme (an ordinal, a superlative, a word
// of [sequencewords]), 0 for one that holds it, as itself or in another
// spelling ("1st" for "first"), 0 for a question with no such word, and 0
// when the word is the question's main verb ("how long does a permit
// last") or in "last year".
func TestQualifierMissing(t *testing.T) {
	survey := []string{
		"The patient survey runs every spring on every ward.",
		"The next patient survey opens in February.",
	}
	heads := []string{
		"Tom Reyes is head of the history department.",
		"Naomi Ferreira was the 1st head of the history department.",
	}
	tanks := []string{
		"Fish tanks of 60 litres are allowed in the flats.",
		"The biggest fish tank allowed in the flats holds 60 litres.",
	}
	permits := []string{
		"A parking permit costs £5 at the town hall.",
		"A parking permit lasts seven days.",
	}
	complaints := []string{
		"We answer every complaint within five working days.",
		"The complaints team received 143 complaints in 2025.",
	}
	tests := []struct {
		q, marker string
		bodies    []string
		want      float64
	}{
		{"when is the next patient survey", "every spring", survey, 1},
		{"when is the next patient survey", "opens in February", survey, 0},
		{"when is the patient survey", "every spring", survey, 0},
		{"who was the first head of the history department", "Tom Reyes", heads, 1},
		{"who was the first head of the history department", "Naomi Ferreira", heads, 0},
		{"biggest fish tank allowed in the flats", "of 60 litres are allowed", tanks, 1},
		{"biggest fish tank allowed in the flats", "The biggest fish tank", tanks, 0},
		{"how long does a parking permit last", "costs £5", permits, 0},
		{"how many complaints did we get last year", "within five working days", complaints, 0},
	}
	for _, tt := range tests {
		if got := questionFeatureOf(t, "qualifier-missing", tt.q, tt.marker, tt.bodies...); got != tt.want {
			t.Errorf("%q, sentence of %q: qualifier-missing got %v, want %v", tt.q, tt.marker, got, tt.want)
		}
	}
}

// TestQualifiersOf checks which question words qualifiersOf marks: the
// ordinals, the superlatives WordNet's morphology reads and the words of
// [sequencewords], not a comparative, a noun ending in "st" nor the main
// verb.
func TestQualifiersOf(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"who was the first head of the department", []string{"first"}},
		{"what is the latest version of python", []string{"latest"}},
		{"best pizza place near the station", []string{"best"}},
		{"who will represent the eu at the next round", []string{"next"}},
		{"when does the third round start", []string{"third"}},
		{"is the blue tank better than the red one", nil},
		{"what interest rate does the saver account pay", nil},
		{"how long does a parking permit last", nil},
		{"when was the last train on sunday", []string{"last"}},
	}
	for _, tt := range tests {
		q := Parse(tt.q)
		var got []string
		for k, w := range q.words {
			if q.qualifiers&(1<<k) != 0 {
				got = append(got, w.text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("qualifiersOf(%q): got %q, want %q", tt.q, got, tt.want)
		}
	}
}

// questionFeatureOf returns the question feature name of the candidate
// whose sentence holds marker, among the candidates for question q over
// documents of the given bodies, one a document.
func questionFeatureOf(t *testing.T, name, q, marker string, bodies ...string) float64 {
	t.Helper()
	var docs []corpus.Document
	for i, b := range bodies {
		docs = append(docs, corpus.Document{Path: string(rune('a'+i)) + ".txt", Body: b})
	}
	cands, err := Build(docs).Candidates(context.Background(), Parse(q))
	if err != nil {
		t.Fatal(err)
	}
	qi := slices.Index(QuestionFeatureNames(), name)
	if qi < 0 {
		t.Fatalf("no question feature %q", name)
	}
	for _, c := range cands {
		if strings.Contains(c.Sentence, marker) {
			return c.Question[qi]
		}
	}
	t.Fatalf("%q: no candidate holds %q among %d", q, marker, len(cands))
	return 0
}
