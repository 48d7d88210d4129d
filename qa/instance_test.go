package qa

import (
	"context"
	"slices"
	"testing"

	"github.com/qabot/qabot/qa/english"
)

// holdsInstancePlain is holdsInstance written plainly: english.IsA of
// each word of each name term of the sentence that is no term of the
// question, against each question word of the asked noun, the name's
// words found by a walk of the whole surface table (words).
func holdsInstancePlain(ix *Index, q *Question, sc *scratch, st *sentence, words map[int32][]string) bool {
	asked := q.askedNoun()
	if q.class == qcWho || q.class == qcWhoThe || q.class == qcWhoIs {
		return false
	}
	en := english.Load()
	for _, id := range st.terms() {
		if !ix.names[id] || sc.qidx[id] > 0 {
			continue
		}
		for _, w := range words[id] {
			for _, qw := range q.words {
				if slices.Contains(asked, qw.stem) && en.IsA(w, qw.text) {
					return true
				}
			}
		}
	}
	return false
}

// TestHoldsInstanceAgreesWithIsA checks the asked-instance feature's
// fast path (the asked noun's synsets once a question, each name's
// ancestors once a process, the verdicts once a question) against
// holdsInstancePlain, on the candidates of the train questions of several
// sets and of SQuAD's training set that ask for a kind of thing, and that
// it finds instances.
func TestHoldsInstanceAgreesWithIsA(t *testing.T) {
	docs, questions := trainQuestions(t, []string{"seeds", "wiki", "wiki2", "handbook", "news-port"}, 10)
	ix := Build(docs)
	words := map[int32][]string{}
	for w, id := range ix.surfaceIDs {
		if ix.names[id] {
			words[id] = append(words[id], ix.surface.word(w))
		}
	}
	asked, read, found := 0, 0, 0
	for _, text := range questions {
		q := Parse(text)
		if len(q.askedNoun()) == 0 {
			continue
		}
		asked++
		err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, _ float64) {
			// Each candidate twice: the second time from the verdicts
			// remembered.
			for range 2 {
				for _, c := range sc.top {
					st := &ix.sents[c.sent]
					got, want := sc.holdsInstance(ix, st), holdsInstancePlain(ix, &q, sc, st, words)
					if got != want {
						t.Errorf("%q, %q: holdsInstance %v, IsA %v", text, st.text, got, want)
					}
					read++
					if got {
						found++
					}
				}
			}
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("%d questions asking for a kind, %d candidates read, %d with an instance", asked, read, found)
	if found == 0 || found == read {
		t.Errorf("%d of %d candidates with an instance: want some, not all", found, read)
	}
}

// TestAskedSenses checks which questions ask for a kind of thing whose
// instances asked-instance looks for: a what-X or which-X question, or
// one asking for the name of X, not a who question.
func TestAskedSenses(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"what country are the talks in", true},
		{"which city hosted the final", true},
		{"what is the name of the river that flows through the city", true},
		{"who is china's chief trade negotiator", false},
		{"who was the president of yale", false},
		{"when did the talks start", false},
		{"what is tiktok", false},
	} {
		q := Parse(tt.q)
		if got := len(askedSenses(&q, nil)) > 0; got != tt.want {
			t.Errorf("%q: asks for a kind of thing: got %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestInstanceVerdicts checks the table of a question's verdicts: each
// term put is got back with its verdict until the table is half full,
// later ones are not kept, and clear empties it.
func TestInstanceVerdicts(t *testing.T) {
	var v instanceVerdicts
	n := len(v.slots)/2 + 10
	for id := range int32(n) {
		v.put(id*977, id%3 == 0)
	}
	for id := range int32(n) {
		got, ok := v.get(id * 977)
		if wantOK := int(id) < len(v.slots)/2; ok != wantOK || ok && got != (id%3 == 0) {
			t.Errorf("term %d: got %v, %v, want %v, %v", id*977, got, ok, id%3 == 0, wantOK)
		}
	}
	v.clear()
	if _, ok := v.get(0); ok || v.n != 0 {
		t.Errorf("after clear: term 0 found or %d kept", v.n)
	}
}

// TestNameKindsWalkedAtBuild checks that an index comes out of Build with
// the kinds of every name word walked (nameWords.walkKinds), so that no
// answer walks WordNet for a name, and that each is the word's noun
// ancestors as english gives them.
func TestNameKindsWalkedAtBuild(t *testing.T) {
	ix := Build(embedded(t))
	nw := ix.nameWords
	if nw == nil {
		t.Fatal("Build left the name words unmade, want them made by finish")
	}
	if len(nw.words) == 0 {
		t.Fatal("the embedded corpus has no name words")
	}
	walked := 0
	for i := range nw.words {
		if nw.kinds[i] == 0 {
			t.Fatalf("name word %q: kinds not walked at Build", ix.surface.word(int(nw.words[i])))
		}
		w := ix.surface.word(int(nw.words[i]))
		if got, want := nw.kindsOf(ix, int32(i)), english.Load().AppendNounAncestors(nil, w); !slices.Equal(got, want) {
			t.Fatalf("kindsOf(%q): got %v, want %v", w, got, want)
		}
		walked++
	}
	t.Logf("%d name words walked", walked)
}
