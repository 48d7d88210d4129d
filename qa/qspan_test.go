package qa

import (
	"math"
	"testing"
)

// TestQspanPlain: qspan, which clause-weight and conjunct-weight read for
// every candidate, gives qsum's value to the bit for every stretch [a, b)
// of the tokens of eachSpanList's sentences within them (0 <= a, b <=
// len), empty ones too, and so each candidate's clause and conjunct
// weights are what qsum made of them.
func TestQspanPlain(t *testing.T) {
	checked, nonzero, cands := 0, 0, 0
	eachSpanList(t, func(question string, f *spanFacts) {
		for i := range f.w.cands {
			c := &f.w.cands[i]
			s := f.sentence(c)
			for _, of := range []func([]spanTok, int32, int32) (int32, int32){clauseOf, conjunctOf} {
				a, b := of(s, c.a, c.b)
				got := float64(qspan(s, a, c.a)) + float64(qspan(s, c.b, b))
				if want := qsum(s, a, c.a) + qsum(s, c.b, b); math.Float64bits(got) != math.Float64bits(want) {
					t.Fatalf("%q: candidate %d [%d, %d): got %v, want %v", question, i, c.a, c.b, got, want)
				}
				cands++
			}
			if c.a != 0 || c.prev {
				continue // each sentence's stretches once
			}
			n := int32(len(s))
			for a := range n + 1 {
				for b := a; b <= n; b++ {
					got, want := float64(qspan(s, a, b)), qsum(s, a, b)
					if math.Float64bits(got) != math.Float64bits(want) {
						t.Fatalf("%q: [%d, %d) of %d tokens: got %v, want %v", question, a, b, n, got, want)
					}
					checked++
					if want != 0 {
						nonzero++
					}
				}
			}
		}
	})
	if checked == 0 || nonzero == 0 || cands == 0 {
		t.Fatalf("checked %d stretches (%d not 0) and %d candidates' weights: want some of each", checked, nonzero, cands)
	}
	t.Logf("%d stretches (%d not 0), %d candidates' weights", checked, nonzero, cands)
}
