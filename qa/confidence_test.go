package qa

import (
	"fmt"
	"math"
	"testing"
)

// TestRegatherAsGathered checks regather, which reads back the sentence
// facts rerank gathered for a candidate's row, against gather run again
// on the candidate, as ownConfidence ran it, for every candidate of the
// seeds' and the handbook's training questions in the ranker's order: the
// same facts, field by field (floats to the bit), and the same question
// features, which ownConfidence reads off them; and that the ranker moved some candidates off
// their rows, so that a read by place would not pass.
func TestRegatherAsGathered(t *testing.T) {
	checked, moved := 0, 0
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, total float64) {
		for i, c := range sc.top {
			var want facts
			ix.gather(&want, q, sc, c, int(c.row), total)
			ix.regather(q, sc, c, total)
			got := sc.facts
			if got.ix != want.ix || got.q != want.q || got.sc != want.sc || got.c != want.c || got.s != want.s ||
				got.st != want.st || got.rank != want.rank || math.Float64bits(got.total) != math.Float64bits(want.total) {
				t.Fatalf("%q: candidate %d (row %d): regather's fields %+v, want %+v", text, i, c.row, got, want)
			}
			if g, w := fmt.Sprintf("%+v", got.sentFacts), fmt.Sprintf("%+v", want.sentFacts); g != w {
				t.Fatalf("%q: candidate %d (row %d): regather's sentence facts\n%s, want\n%s", text, i, c.row, g, w)
			}
			for _, ft := range questionFeatures {
				got.pick, want.pick = i, i
				if g, w := ft.value(&got), ft.value(&want); math.Float64bits(g) != math.Float64bits(w) {
					t.Fatalf("%q: candidate %d: %s got %v, want %v", text, i, ft.name, g, w)
				}
			}
			checked++
			if int(c.row) != i {
				moved++
			}
		}
	})
	if checked < 1000 || moved < 100 {
		t.Errorf("checked %d candidates, %d off their rows, want at least 1000 and 100", checked, moved)
	}
	t.Logf("checked %d candidates, %d off their rows", checked, moved)
}
