package qa

import (
	"sync"
	"testing"
)

// TestSentReadings checks that the readings an index keeps of each
// sentence (sentReadings) are those of its text, on every sentence of the
// test corpora: asked first in one order of the readings and then again
// in another, so that a reading kept in another's bits, or one kept
// wrong, shows; and by several goroutines at once on a fresh index, as
// concurrent questions ask them.
func TestSentReadings(t *testing.T) {
	type read struct {
		name  string
		kept  func(ix *Index, s int32) bool
		plain func(text string) bool
	}
	reads := []read{
		{"enumerates", (*Index).enumerates, enumerates},
		{"statesRule", (*Index).statesRule, statesRule},
		{"holdsRange", (*Index).holdsRange, holdsRange},
	}
	check := func(ix *Index, s int32, r read) {
		if got, want := r.kept(ix, s), r.plain(ix.sents[s].text); got != want {
			t.Errorf("%s of %q: got %v, want %v", r.name, ix.sents[s].text, got, want)
		}
	}
	held := [3]int{}
	for _, docs := range testCorpora(t, false) {
		ix := Build(docs)
		for s := range ix.sents {
			for k := range reads {
				// Sentence by sentence, a different reading first.
				r := reads[(s+k)%len(reads)]
				check(ix, int32(s), r)
			}
		}
		for s := range ix.sents {
			for k := len(reads) - 1; k >= 0; k-- {
				check(ix, int32(s), reads[k])
				if reads[k].plain(ix.sents[s].text) {
					held[k]++
				}
			}
		}
		fresh := Build(docs)
		var wg sync.WaitGroup
		for g := range 4 {
			wg.Go(func() {
				for s := range fresh.sents {
					check(fresh, int32(s), reads[(s+g)%len(reads)])
				}
			})
		}
		wg.Wait()
	}
	// The corpora hold sentences of each reading, so that the checks above
	// compare true readings too.
	for k, n := range held {
		if n == 0 {
			t.Errorf("%s: no sentence of the test corpora holds it", reads[k].name)
		}
	}
}

// TestHoldsRange checks holdsRange on texts with a range and without.
func TestHoldsRange(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"60–119 min; 50% of the single fare; voucher or refund", true},
		{"200 to 999 people; 12 weeks before; £240", true},
		{"75%–94% fuzzy; 70%", true},
		{"You can pay between £10 to £250 a month.", true},
		{"It takes 1.5 - 2.5 hours.", true},
		{"You can pay between £10 and £250 a month.", false},
		{"Open 8:00 to 10:00 on weekdays.", false},
		{"Version 1.2.3 to 1.2.4 of the tool.", false},
		{"No number here.", false},
	} {
		if got := holdsRange(tt.text); got != tt.want {
			t.Errorf("holdsRange(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
}
