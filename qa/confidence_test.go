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

// TestRowFactsInPlace checks that rerank gathers each row's facts in their
// place (sc.rowFacts[row]) and reads the row's features off them: for
// every candidate of the seeds' and the handbook's training questions,
// gather run again on it gives the facts stored for its row (the sentence
// facts field by field, floats to the bit, and the candidate's sentence,
// rank and question), and candidateRow on those facts gives its row of
// sc.feat to the bit.
func TestRowFactsInPlace(t *testing.T) {
	nf := len(candidateFeatures)
	checked := 0
	x := make([]float64, nf)
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, total float64) {
		if len(sc.rowFacts) != len(sc.top) {
			t.Fatalf("%q: %d row facts for %d candidates", text, len(sc.rowFacts), len(sc.top))
		}
		for i, c := range sc.top {
			var want facts
			ix.gather(&want, q, sc, c, int(c.row), total)
			got := &sc.rowFacts[c.row]
			if got.ix != ix || got.q != q || got.sc != sc || got.s != c.sent || got.st != want.st || got.rank != int(c.row) ||
				math.Float64bits(got.total) != math.Float64bits(want.total) {
				t.Fatalf("%q: candidate %d (row %d): stored sentence %d, rank %d, want %d, %d", text, i, c.row, got.s, got.rank, c.sent, c.row)
			}
			if g, w := fmt.Sprintf("%+v", got.sentFacts), fmt.Sprintf("%+v", want.sentFacts); g != w {
				t.Fatalf("%q: candidate %d (row %d): stored sentence facts\n%s, want\n%s", text, i, c.row, g, w)
			}
			candidateRow(&want, x)
			row := sc.feat[int(c.row)*nf : int(c.row+1)*nf]
			for k := range x {
				if math.Float64bits(row[k]) != math.Float64bits(x[k]) {
					t.Fatalf("%q: candidate %d (row %d): feature %s got %v, want %v", text, i, c.row, candidateFeatures[k].name, row[k], x[k])
				}
			}
			checked++
		}
	})
	if checked < 1000 {
		t.Errorf("checked %d candidates, want at least 1000", checked)
	}
	t.Logf("checked %d candidates", checked)
}
