package qa

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestTokensOf checks that a scratch's remembered tokens are those of
// tokenize, whether a sentence is read for the first time, again, or after
// another sentence took its slot, and that appending to them cannot write
// into the memory.
func TestTokensOf(t *testing.T) {
	var body strings.Builder
	for i := range 300 {
		fmt.Fprintf(&body, "Sentence %d of the Morgan County ledger doesn't list %d sheep.\n\n", i, 7*i)
	}
	ix := Build([]corpus.Document{{Path: "ledger.txt", Body: body.String()}})
	n := int32(len(ix.sents))
	if n <= sentTokenSlots+2 {
		t.Fatalf("the embedded corpus has %d sentences; the test needs more than %d", n, sentTokenSlots+2)
	}
	sc := ix.scratch.Get().(*scratch)
	defer ix.scratch.Put(sc)
	for _, s := range []int32{0, 1, 0, sentTokenSlots, 0, sentTokenSlots + 1, 1, n - 1, n - 1} {
		got := sc.tokensOf(ix, s)
		want := tokenize(ix.sents[s].text, nil)
		if !slices.Equal(got, want) {
			t.Errorf("tokensOf(%d): got %v, want %v", s, got, want)
		}
		if cap(got) != len(got) {
			t.Errorf("tokensOf(%d): cap %d, want %d (its length)", s, cap(got), len(got))
		}
		_ = append(got, token{text: "x"})
		if again := sc.tokensOf(ix, s); !slices.Equal(again, want) {
			t.Errorf("tokensOf(%d) after an append: got %v, want %v", s, again, want)
		}
	}
}
