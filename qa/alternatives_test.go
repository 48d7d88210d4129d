package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa/english"
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
		{"likeliest", "likely", altForm, weightForm}, // a degree in -y WordNet's tables lack (english.YDegreeBase)
		{"leading", "led", altForm, weightForm},      // an irregular form of its lemma: "who's leading the us side", "the meeting, led by ..."
		{"meeting", "met", altForm, weightForm},
		{"bring", "brought", altForm, weightForm}, // a word WordNet knows as no noun
		{"pay", "paid", altVector, 0},             // a bare noun that is a verb too ("callout pay" asks for the pay): a GloVe neighbour, no form
		{"purchase", "buy", altSynonym, weightSynonym},
		{"heading", "lead", altSynonym, weightInflected}, // "who is heading the talks"
		{"leading", "direct", altSynonym, weightInflected},
		{"talks", "negotiations", altVector, 0},
		{"bday", "birthday", altForm, weightForm}, // lexicon.txt's chat short forms
		{"mgr", "manager", altForm, weightForm},
		{"repository", "repo", altForm, weightForm},
		{"reign", "r", altForm, weightForm}, // a reference work's "(r. 1260–1294)"
		{"reigned", "r", altForm, weightForm},
		{"db", "database", altForm, weightForm}, // "who can touch the prod db": "production database"
		{"yr", "year", altForm, weightForm},
		{"min", "minimum", altForm, weightForm}, // "min deposit for a fixed rate bond": the column "Minimum to open"
		{"xmas", "christmas", altForm, weightForm},
		{"cert", "certificate", altForm, weightForm},
		{"prereq", "prerequisite", altForm, weightForm},
		{"compo", "compensation", altForm, weightForm},
		{"wednesday", "wed", altForm, weightForm}, // a timetable's "Wed": "whats on the wednesday of my first week"
		{"sat", "saturday", altForm, weightForm},
		{"sport", "skiing", altRelated, weightRelated}, // a hyponym: the document's word is narrower
		{"paris", "france", altRelated, weightRelated}, // a place that holds it: "hotel cap in paris" finds the row "France; €140"
	} {
		alts := alternatives(tt.word, nil)
		i := slices.IndexFunc(alts, func(a alt) bool { return a.word == tt.alt })
		if i < 0 {
			t.Errorf("alternatives(%q) = %v, want %q in them", tt.word, alts, tt.alt)
			continue
		}
		if a := alts[i]; a.kind != tt.kind || tt.weight != 0 && a.weight() != tt.weight {
			t.Errorf("alternatives(%q): got %q as kind %d at %v, want kind %d at %v", tt.word, tt.alt, a.kind, a.weight(), tt.kind, tt.weight)
		}
	}
	for _, tt := range []struct{ word, not string }{
		{"start", "end"},       // a GloVe neighbour, and an antonym
		{"frontier", "fronty"}, // a word of its own, not a degree
		{"head", "lead"},       // a later sense of the noun-first word itself
	} {
		if alts := alternatives(tt.word, nil); slices.ContainsFunc(alts, func(a alt) bool { return a.word == tt.not }) {
			t.Errorf("alternatives(%q) = %v, want no %q", tt.word, alts, tt.not)
		}
	}
}

// TestPlaceInPlace checks that a question naming a city finds the table
// row of the country (or state) that holds it, by WordNet's part holonyms:
// a travel policy gives its rates by country, and people ask by city. It
// checks the ranking (no minimum confidence): at the default threshold the
// P(unanswerable) model abstains on the Lisbon and Chicago questions (0.62
// and 0.45), as "cap" and "allowance" are words no document uses.
func TestPlaceInPlace(t *testing.T) {
	ix := buildOne(t, "travel.md", `# Travel rates

We pay meals and hotels up to these amounts a day, by country.

| Country | Meals a day | Hotel a night |
|---|---|---|
| United Kingdom | £40 | £110 |
| France | €55 | €140 |
| Portugal | €45 | €100 |
| USA | $75 | $240 |
`)
	for _, tt := range []struct{ question, want string }{
		{"max hotel per night in paris", "France"},
		{"hotel cap lisbon", "Portugal"},
		{"meals allowance for chicago", "USA"},
	} {
		a, err := ix.AnswerWith(context.Background(), Parse(tt.question), Options{MinConfidence: 0})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found || !strings.Contains(a.Sentence, tt.want) {
			t.Errorf("%q: got %q (found %v), want the row of %s", tt.question, a.Sentence, a.Found, tt.want)
		}
	}
}

// TestVectorCode checks that a GloVe neighbour's weight survives its
// one-byte code exactly: every cosine byte a neighbour kept can have (at
// least minVectorCos) comes back from its code, clear of the tuning
// weights' codes, at the weight alternatives worked out from the cosine.
func TestVectorCode(t *testing.T) {
	for b := range 256 {
		cos := float32(b) / 255
		if float64(cos) < minVectorCos {
			continue
		}
		c := vectorCode(cos)
		if int(c) != b || c < numTuningCodes {
			t.Errorf("vectorCode(%d/255) = %d, want %d, at least %d", b, c, b, numTuningCodes)
		}
		if got, want := c.weight(), weightVector*(float64(cos)-minVectorCos)/(1-minVectorCos); got != want {
			t.Errorf("weight of cosine %d/255: got %v, want %v", b, got, want)
		}
	}
}

// TestOtherOrdinal checks that an ordinal in words and in figures are forms
// of each other ("the fourth Karmapa Lama" is the corpus's "4th Karmapa
// Lama"; "3rd gen iPods" its "third-generation iPod").
func TestCardinalOrdinal(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1", "first"},
		{"2", "second"},
		{"3", "third"},
		{"4", "fourth"},
		{"12", "twelfth"},
		{"20", "twentieth"},
		{"0", ""},
		{"01", ""},
		{"21", ""}, // "twenty-first" is two words
		{"2.5", ""},
		{"one", ""},
		{"1st", ""},
	} {
		if got := cardinalOrdinal(tc.in); got != tc.want {
			t.Errorf("cardinalOrdinal(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	found := false
	for _, a := range alternatives("2", nil) {
		if a.word == "second" && a.code == codeForm {
			found = true
		}
	}
	if !found {
		t.Errorf(`alternatives("2") lacks "second" as another form`)
	}
}

func TestOtherOrdinal(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"fourth", "4th"},
		{"first", "1st"},
		{"second", "2nd"},
		{"third", "3rd"},
		{"twelfth", "12th"},
		{"thirteenth", "13th"},
		{"twentieth", "20th"},
		{"4th", "fourth"},
		{"3rd", "third"},
		{"11th", "eleventh"},
		{"21st", ""}, // "twenty-first" is two words
		{"3th", ""},  // no ordinal
		{"four", ""},
		{"month", ""},
		{"1990s", ""},
	} {
		if got := otherOrdinal(tc.in); got != tc.want {
			t.Errorf("otherOrdinal(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	found := false
	for _, a := range alternatives("fourth", nil) {
		found = found || a.word == "4th" && a.kind == altForm
	}
	if !found {
		t.Errorf("alternatives(%q) lack %q as a form", "fourth", "4th")
	}
}

// TestNeighbourFloor checks that the embedded neighbour table keeps every
// GloVe neighbour alternatives reads: those whose cosine, stored as a
// byte over 255, reads as minVectorCos or more. The generator's floor
// (english.DefaultOptions, the options of the embedded files) must be at
// most the least cosine stored as such a byte.
func TestNeighbourFloor(t *testing.T) {
	b := 0
	for float64(float32(b)/255) < minVectorCos {
		b++
	}
	least := (float64(b) - 0.5) / 255 // the least cosine that rounds to b
	if floor := english.DefaultOptions().MinCos; floor > least {
		t.Errorf("the neighbour table's floor is %v, want at most %v: alternatives reads neighbours down to %d/255", floor, least, b)
	}
}

// TestRedoubledVerbForms: "additions" reaches "added" through its WordNet
// derivation "add" only when the stem of "added" is the verb's, not the
// library's "ad" (stem.go, redoubled): the sentence of the companies added
// wins over the one of the companies the list held before, which shares
// every other word of the question.
func TestRedoubledVerbForms(t *testing.T) {
	ix := buildOne(t, "list.md", `# The entity list

Officials said 40 companies were on the entity list before Friday.

Officials said 23 companies were added to the entity list on Friday.
`)
	for _, tt := range []struct{ question, want string }{
		{"how many companies in the entity list additions on friday", "23 companies"},
		{"entity list additions, how many companies", "23 companies"},
	} {
		a, err := ix.AnswerWith(context.Background(), Parse(tt.question), Options{MinConfidence: 0})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Found || !strings.Contains(a.Sentence, tt.want) {
			t.Errorf("%q: got %q (found %v), want the sentence of %s", tt.question, a.Sentence, a.Found, tt.want)
		}
	}
}
