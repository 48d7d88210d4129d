package qa

import (
	"fmt"
	"strings"
	"sync"
	"testing"
)

func TestStemMemoRemembersStems(t *testing.T) {
	var m stemMemo
	long := strings.Repeat("x", stemMemoLen+1)
	for _, tc := range []struct{ word, stem string }{
		{"talks", "talk"},          // a prefix of the word
		{"happy", "happi"},         // not a prefix
		{"is", "is"},               // the word itself
		{"a", ""},                  // empty
		{long, long[:5]},           // too long to keep
		{"ärger", "ärg"},           // bytes, not runes
		{"generously", "generous"}, // a prefix again, after others
	} {
		calls := 0
		compute := func() string { calls++; return tc.stem }
		for range 2 {
			if got := m.get(tc.word, 100, compute); got != tc.stem {
				t.Errorf("get(%q): got %q, want %q", tc.word, got, tc.stem)
			}
		}
		want := 1
		if tc.word == long {
			want = 2
		}
		if calls != want {
			t.Errorf("get(%q) twice: computed %d times, want %d", tc.word, calls, want)
		}
	}
	if m.n != 6 {
		t.Errorf("memo holds %d words, want 6", m.n)
	}
}

func TestStemMemoBoundAndGrowth(t *testing.T) {
	var m stemMemo
	const n = 40000 // several chunks and rehashes
	stemOf := func(i int) string { return fmt.Sprintf("s%d", i*7) }
	for i := range n {
		w := fmt.Sprintf("word%d", i)
		if got := m.get(w, n-10, func() string { return stemOf(i) }); got != stemOf(i) {
			t.Fatalf("get(%q): got %q, want %q", w, got, stemOf(i))
		}
	}
	if m.n != n-10 {
		t.Errorf("memo holds %d words, want the bound %d", m.n, n-10)
	}
	if len(m.chunks) < 2 {
		t.Errorf("memo has %d chunks, want several", len(m.chunks))
	}
	for i := range n {
		w := fmt.Sprintf("word%d", i)
		kept := i < n-10
		computed := false
		got := m.get(w, n-10, func() string { computed = true; return stemOf(i) })
		if got != stemOf(i) || computed == kept {
			t.Fatalf("get(%q) again: got %q computed %v, want %q computed %v", w, got, computed, stemOf(i), !kept)
		}
	}
}

func TestStemMemoConcurrent(t *testing.T) {
	var m stemMemo
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 5000 {
				w := fmt.Sprintf("w%d", (i*(g+1))%3000)
				if got, want := m.get(w, 1<<20, func() string { return w + "!" }), w+"!"; got != want {
					t.Errorf("get(%q): got %q, want %q", w, got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}
