package qa

import (
	"math"
	"slices"
	"testing"
)

// TestSpanSharesPlain compares spanShares, which spanTopOf calls, with
// softmaxShares and its func value, the trainer's (SpanList), to the bit:
// for every candidate of the span lists of eachSpanList taken as the
// winner, with the scores as the model gives them and with every third
// left out (−Inf). It needs lists holding candidates of the sentence
// before the answer's too, which agree with none of the answer's.
func TestSpanSharesPlain(t *testing.T) {
	checked, agreeing, otherSent := 0, 0, 0
	eachSpanList(t, func(question string, f *spanFacts) {
		cands := f.w.cands
		if len(cands) == 0 {
			return
		}
		left := slices.Clone(f.w.scores)
		for i := 0; i < len(left); i += 3 {
			left[i] = math.Inf(-1)
		}
		for _, scores := range [][]float64{f.w.scores, left} {
			for best := range cands {
				if math.IsInf(scores[best], -1) {
					continue
				}
				b := &cands[best]
				wantP, wantA := softmaxShares(scores, best, func(i int) bool {
					c := &cands[i]
					return c.sent == b.sent && spanAgree(c.a, c.b, b.a, b.b)
				})
				gotP, gotA := spanShares(scores, best, cands)
				if math.Float64bits(gotP) != math.Float64bits(wantP) || math.Float64bits(gotA) != math.Float64bits(wantA) {
					t.Fatalf("%q: winner %d of %d: spanShares got (%v, %v), want (%v, %v)", question, best, len(cands), gotP, gotA, wantP, wantA)
				}
				checked++
				if wantA > wantP {
					agreeing++
				}
			}
		}
		if cands[0].sent != cands[len(cands)-1].sent {
			otherSent++
		}
	})
	t.Logf("%d winners checked, %d with agreeing rivals; %d lists over two sentences", checked, agreeing, otherSent)
	if agreeing == 0 || otherSent == 0 {
		t.Errorf("got %d winners with agreeing rivals and %d lists over two sentences, want some of each", agreeing, otherSent)
	}
}
