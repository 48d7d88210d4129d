package qa

import (
	"slices"
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

func TestDatePhrases(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // the date phrases, in order
	}{
		{"The deadline is September 17.", []string{"September 17"}},
		{"They met on Sunday in Madrid.", []string{"Sunday"}},
		{"The treaty was signed in 821 between Tang and Tibet.", []string{"821"}},
		{"The city was founded around 500 BC by traders.", []string{"500 BC"}},
		{"The army had 821 soldiers.", nil},
		{"In 2014 the band toured.", []string{"2014"}},
		{"She was regent from 1241–1246 in the empire.", []string{"1241–1246"}},
		{"The Song dynasty (960–1279) ruled China.", []string{"960–1279"}},
		{"Imports grew in 2022-2024 by a third.", []string{"2022-2024"}},
		{"He served 1952–87 as mayor.", []string{"1952–87"}},
		{"Scores fell from 2014–12 in the tables.", []string{"2014"}},
		{"In 2014 - 2016 the band toured.", []string{"2014", "2016"}},
	}
	for _, tt := range tests {
		if got := typedPhrases(tt.sentence, TypeDate); !slices.Equal(got, tt.want) {
			t.Errorf("date phrases of %q: got %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// typedPhrases returns the text of the phrases of the given kind that Build
// types in sentence, in order.
func typedPhrases(sentence string, kind AnswerType) []string {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: sentence}})
	var got []string
	for _, ph := range ix.sents[0].phrases {
		if ph.kind == kind {
			got = append(got, ix.sents[0].text[ph.start:ph.end])
		}
	}
	return got
}

// TestAddressPhrases checks the addresses typed as places: a street (a
// house number, capitalised words and a street word), a chat channel and
// an email address.
func TestAddressPhrases(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // the place phrases, in order
	}{
		{"The centre is at 14 Wattle Street, opposite the post office.", []string{"14 Wattle Street"}},
		{"Our office is on the 3rd floor of 815 SE Alder St.", []string{"815 SE Alder St"}},
		{"The depot moved to 2 Station Road in May.", []string{"2 Station Road"}},
		{"There are 3 Main streets in town.", nil}, // a lower-case street word
		{"Turn left after 200 metres at the lights.", nil},
		{"Post it in #incidents at once.", []string{"#incidents"}},
		{"Ask (#help-it) first.", []string{"#help-it"}},
		{"Forward anything suspicious to phish@southlight.co.nz and delete it.", []string{"phish@southlight.co.nz"}},
		{"Item #3 and C# are not channels.", nil},
		{"Write to bob@home for now.", nil}, // no domain ending
		{"phish@southlight.co.nz takes reports.", []string{"phish@southlight.co.nz"}},
	}
	for _, tt := range tests {
		if got := typedPhrases(tt.sentence, TypePlace); !slices.Equal(got, tt.want) {
			t.Errorf("place phrases of %q: got %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestTimePhrases checks the clock times typed at Build, and the ranges
// of them that opening hours are given as.
func TestTimePhrases(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"The desk opens at 9:30 every day.", []string{"9:30"}},
		{"Tickets are answered from 8:00 to 18:00 on weekdays.", []string{"8:00 to 18:00"}},
		{"The shop is open 9 am until 5 pm.", []string{"9 am until 5 pm"}},
		{"Monday to Saturday 8:30–18:30, closed on Sunday.", []string{"8:30–18:30"}},
		{"Core hours are 10:00 - 16:00 for everyone.", []string{"10:00 - 16:00"}},
		{"The bus leaves at 7:15 to reach town by eight.", []string{"7:15"}},
		{"Lunch is at noon.", []string{"noon"}},
	}
	for _, tt := range tests {
		if got := typedPhrases(tt.sentence, TypeTime); !slices.Equal(got, tt.want) {
			t.Errorf("time phrases of %q: got %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
