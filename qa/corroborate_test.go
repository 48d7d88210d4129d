package qa

import (
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestParaphrasesReadApart checks that paraphrases marks two candidates
// of two documents that share most of their words as saying the same, and
// sorts the words of no candidate whose document every other candidate
// shares: such a one is compared with none.
func TestParaphrasesReadApart(t *testing.T) {
	ix := Build([]corpus.Document{
		{Path: "a.md", Title: "Chips", Body: "China on Sunday announced two investigations targeting the US semiconductor sector.\n\nThe ministry gave no reason for the investigations.\n"},
		{Path: "b.md", Title: "Trade", Body: "China announced two investigations into the US semiconductor sector on Sunday.\n"},
	})
	q := Parse("why did china announce investigations")
	if q.Type != TypeReason {
		t.Fatalf("type of %q: got %v, want reason", "why did china announce investigations", q.Type)
	}
	for _, tt := range []struct {
		name  string
		sents []int32
		same  []uint64 // sameAs by row
		words []int    // the number of words sorted, by candidate
	}{
		// Sentences 1 and 2 of the first document, 4 of the second.
		{"two documents", []int32{1, 2, 4}, []uint64{1 << 2, 0, 1 << 0}, []int{8, 4, 7}},
		{"one document", []int32{1, 2}, []uint64{0, 0}, []int{0, 0}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sc := ix.scratch.Get()
			defer func() {
				sc.reset(ix)
				ix.scratch.Put(sc)
			}()
			for i, s := range tt.sents {
				sc.top = append(sc.top, cand{sent: s, row: int32(i)})
			}
			sc.agreeWith = make([]uint64, len(tt.sents))
			ix.paraphrases(&q, sc)
			for i := range tt.sents {
				if sc.sameAs[i] != tt.same[i] {
					t.Errorf("sameAs of %q: got %b, want %b", ix.sents[tt.sents[i]].text, sc.sameAs[i], tt.same[i])
				}
				if got := len(sc.words[i]); got != tt.words[i] {
					t.Errorf("words sorted of %q: got %d, want %d", ix.sents[tt.sents[i]].text, got, tt.words[i])
				}
			}
		})
	}
}
