package qa

import (
	"fmt"
	"runtime"
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
	sc := ix.scratch.Get()
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

// TestScratchPoolKeeps checks that the scratch pool keeps the scratches
// handed back across collections, at most GOMAXPROCS of them, and makes
// a new one only when none is free.
func TestScratchPoolKeeps(t *testing.T) {
	made := 0
	p := scratchPool{New: func() *scratch { made++; return newScratch(4, 2, 1, 8) }}
	a := p.Get()
	p.Put(a)
	runtime.GC()
	runtime.GC()
	if got := p.Get(); got != a || made != 1 {
		t.Errorf("after two collections: got scratch %p (%d made), want the one put back, %p (1 made)", got, made, a)
	}
	n := runtime.GOMAXPROCS(0)
	var held []*scratch
	for range n + 2 {
		held = append(held, p.Get())
	}
	for _, sc := range held {
		p.Put(sc)
	}
	if got := len(p.free); got != n {
		t.Errorf("after %d scratches handed back: %d kept, want %d (GOMAXPROCS)", n+2, got, n)
	}
}

// TestScratchCues checks the cues a scratch marks per term: each term's
// strongest, read back by cueEvidence, and none left after reset.
func TestScratchCues(t *testing.T) {
	sc := newScratch(1, 1, 1, 200)
	c := sc.markCue(130)
	c.word, c.wordIndex = 0.5, 1
	sc.markCue(7).typ = 0.25
	if c := sc.markCue(130); c.word != 0.5 || c.wordIndex != 1 {
		t.Errorf("term 130 marked again: got %+v, want word 0.5 of word 1", *c)
	}
	st := &sentence{indexed: []int32{3, 7, 130}, nterms: 3}
	if cue, typ := sc.cueEvidence(st, 0); cue != 0.5 || typ != 0.25 {
		t.Errorf("cueEvidence: got %v, %v, want 0.5, 0.25", cue, typ)
	}
	if cue, _ := sc.cueEvidence(st, 1<<1); cue != 0 {
		t.Errorf("cueEvidence with word 1 in the sentence: got cue %v, want 0", cue)
	}
	sc.reset(&Index{})
	if cue, typ := sc.cueEvidence(st, 0); cue != 0 || typ != 0 || len(sc.cues) != 0 || slices.ContainsFunc(sc.cueAt, func(at uint32) bool { return at != 0 }) {
		t.Errorf("after reset: cueEvidence %v, %v, %d cues; want none", cue, typ, len(sc.cues))
	}
}

// TestScratchBytesPerTerm bounds what a scratch takes per term of the
// index: its marks of the question's terms and of their cues are dense,
// one entry a term, in each of the scratches a batch answers with.
func TestScratchBytesPerTerm(t *testing.T) {
	const nterms = 1 << 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sc := newScratch(0, 0, 0, nterms)
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(sc)
	if per := float64(after.TotalAlloc-before.TotalAlloc) / nterms; per > 6 {
		t.Errorf("a scratch takes %.1f bytes a term, want at most 6", per)
	}
}

// TestResetParagraphs checks that reset leaves no paragraph marked or
// scored, whether the last question touched few of them (cleared one by
// one) or most (cleared whole: denseParas).
func TestResetParagraphs(t *testing.T) {
	const nparas = 64
	for _, touched := range []int{1, nparas/denseParas - 1, nparas / denseParas, nparas} {
		sc := newScratch(1, nparas, 1, 1)
		for p := range touched {
			// Spread over the paragraphs, so that a clear of the first
			// few alone would miss some.
			q := int32(p * nparas / touched)
			sc.tparas = append(sc.tparas, q)
			sc.paraMask[q], sc.paraScore[q] = 1, 1.5
		}
		sc.reset(&Index{})
		if i := slices.IndexFunc(sc.paraMask, func(m termMask) bool { return m != 0 }); i >= 0 {
			t.Errorf("%d touched: after reset paraMask[%d] = %b, want 0", touched, i, sc.paraMask[i])
		}
		if i := slices.IndexFunc(sc.paraScore, func(v float64) bool { return v != 0 }); i >= 0 {
			t.Errorf("%d touched: after reset paraScore[%d] = %v, want 0", touched, i, sc.paraScore[i])
		}
		if len(sc.tparas) != 0 {
			t.Errorf("%d touched: after reset %d paragraphs touched, want 0", touched, len(sc.tparas))
		}
	}
}
