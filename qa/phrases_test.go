package qa

import (
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestFindPhrases checks which of WordNet's multi-word expressions a
// question is read for: of two or three words side by side, the first and
// the last by their lemmas too, and only with a question word among them.
func TestFindPhrases(t *testing.T) {
	for _, tt := range []struct {
		question string
		synonym  string // among the synonyms or hypernyms of the one expression found, "" for none
		words    []string
	}{
		{"who took part in the relay", "participate", []string{"took", "part"}},
		{"how long do i get for time off", "period", []string{"time"}}, // "off" is a stop word
		{"can antibiotics stop birth control pills working", "contraceptive", []string{"birth", "control", "pills"}},
		{"cant get hold of the on call vet", "reach", []string{"hold"}},
		{"what part did she take", "", nil}, // not side by side
		{"who took the part", "", nil},      // "the" between
		{"how do i do it", "", nil},         // stop words only
		{"what is the price of a flat", "", nil},
	} {
		q := Parse(tt.question)
		if tt.synonym == "" {
			if len(q.phrases) != 0 {
				t.Errorf("%q: got phrases %+v, want none", tt.question, q.phrases)
			}
			continue
		}
		if len(q.phrases) != 1 {
			t.Errorf("%q: got phrases %+v, want one", tt.question, q.phrases)
			continue
		}
		p := q.phrases[0]
		if !strings.Contains(" "+p.synonyms+" "+p.hypernyms+" ", " "+tt.synonym+" ") {
			t.Errorf("%q: got synonyms %q and hypernyms %q, want %q among them", tt.question, p.synonyms, p.hypernyms, tt.synonym)
		}
		var got []string
		for k, w := range q.words {
			if p.words&(1<<k) != 0 {
				got = append(got, w.text)
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.words, " ") {
			t.Errorf("%q: got the words %q, want %q", tt.question, got, tt.words)
		}
	}
}

// TestPhraseResolves checks that a question's expression resolves to the
// corpus's term for its synonym, weighed as a WordNet synonym of the
// expression's rarest word, more than the question's words alone make of
// it (nothing, or a GloVe neighbour's weight).
func TestPhraseResolves(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "Cragwell started in 2014. Crews return within two days. If the vet cannot be reached, ring the nurse. Contraceptive pills may fail. Staff leave for a period of rest."}})
	for _, tt := range []struct{ q, synonym string }{
		{"when did cragwell get going", "started"},
		{"how quickly do crews come back", "return"},
		{"cant get hold of the vet", "reached"},
		{"do birth control pills fail", "contraceptive"},
		{"how long is time off", "period"},
	} {
		id := wordTermOf(ix, tt.synonym)
		weight := func(q Question) float64 {
			sc := ix.scratch.Get()
			defer ix.scratch.Put(sc)
			defer sc.reset(ix)
			ix.resolve(&q, sc)
			for _, qt := range sc.terms {
				if qt.id == id {
					return qt.w
				}
			}
			return 0
		}
		q := Parse(tt.q)
		with := weight(q)
		q.phrases = nil
		without := weight(q)
		if with <= without {
			t.Errorf("%q: got %s weighed %.3f, want more than %.3f without the expression", tt.q, tt.synonym, with, without)
		}
	}
}
