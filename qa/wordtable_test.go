package qa

import (
	"fmt"
	"slices"
	"testing"
	"unsafe"
)

// wordTermOf returns the term of corpus word w, or 0 when ix lacks it.
func wordTermOf(ix *Index, w string) int32 {
	id, _ := ix.wordTerm(w)
	return id
}

// stemTermOf returns the term of stem s, or 0 when ix lacks it.
func stemTermOf(ix *Index, s string) int32 {
	id, _ := ix.stemTerm(s)
	return id
}

// TestWordTable adds words past several growths of the table and finds
// each by its id, in place, and no word it lacks; fill keeps the first of
// a word given twice, and prefixed finds the range of an ordered table.
func TestWordTable(t *testing.T) {
	var tab wordTable
	if _, ok := tab.find("x"); ok || tab.len() != 0 {
		t.Fatalf("empty table: find(x) ok, len %d; want nothing", tab.len())
	}
	var words []string
	for i := range 5000 {
		words = append(words, fmt.Sprintf("w%d", i))
	}
	words = append(words, "", "a much longer word than the others, past 255 bytes? no, but long")
	for i, w := range words {
		if got := tab.add(w); got != i {
			t.Fatalf("add(%q) = %d, want %d", w, got, i)
		}
	}
	for i, w := range words {
		if got, ok := tab.find(w); !ok || got != i || tab.word(i) != w {
			t.Errorf("find(%q) = %d, %v; word(%d) = %q; want %d, true, %q", w, got, ok, i, tab.word(i), i, w)
		}
	}
	for _, w := range []string{"w5000", "w", "x1", "w12 "} {
		if id, ok := tab.find(w); ok {
			t.Errorf("find(%q) = %d, true; want absent", w, id)
		}
	}
	if 4*tab.len() > 3*len(tab.ids.slots) {
		t.Errorf("%d words in %d slots, want at most three quarters used", tab.len(), len(tab.ids.slots))
	}

	var stems wordTable
	stems.fill([]string{"run", "walk", "run", "swim"}, true)
	if got := stems.words(); !slices.Equal(got, []string{"run", "walk", "swim"}) {
		t.Errorf("fill with a repeat: %q, want [run walk swim]", got)
	}

	var sorted wordTable
	sorted.fill([]string{"art", "citizen", "citizenry", "citizenship", "city"}, false)
	for _, tt := range []struct {
		prefix string
		lo, hi int
	}{{"citizen", 1, 4}, {"cit", 1, 5}, {"a", 0, 1}, {"b", 1, 1}, {"z", 5, 5}, {"", 0, 5}} {
		if lo, hi := sorted.prefixed(tt.prefix); lo != tt.lo || hi != tt.hi {
			t.Errorf("prefixed(%q) = %d, %d; want %d, %d", tt.prefix, lo, hi, tt.lo, tt.hi)
		}
	}
}

// TestWordTableIntern interns words, some twice, past several growths of
// the table: a word's second intern returns its first id.
func TestWordTableIntern(t *testing.T) {
	var tab wordTable
	for i := range 3000 {
		w := fmt.Sprintf("s%d", i/2)
		if got, want := tab.intern(w), i/2; got != want {
			t.Fatalf("intern(%q) = %d, want %d", w, got, want)
		}
	}
	if tab.len() != 1500 {
		t.Errorf("%d words, want 1500", tab.len())
	}
	for i := range 1500 {
		if id, ok := tab.find(fmt.Sprintf("s%d", i)); !ok || id != i {
			t.Errorf("find(s%d) = %d, %v; want %d, true", i, id, ok, i)
		}
	}
}

// TestSentenceTerms checks that a sentence's terms are the first nterms of
// its indexed terms, and that a sentence stays 88 bytes and its scan
// (sentScan) 16 on a 64-bit machine: the index holds one of each per
// sentence of the corpus, and a scan on one cache line is what stage 2
// reads of a sentence.
func TestSentenceTerms(t *testing.T) {
	st := sentence{indexed: []int32{4, 7, 9, 2}, nterms: 3}
	if got := st.terms(); !slices.Equal(got, []int32{4, 7, 9}) || cap(got) != 3 {
		t.Errorf("terms() = %v (cap %d), want [4 7 9] (cap 3)", got, cap(got))
	}
	if got := unsafe.Sizeof(sentence{}); unsafe.Sizeof(uintptr(0)) == 8 && got != 88 {
		t.Errorf("a sentence takes %d bytes, want 88", got)
	}
	if got := unsafe.Sizeof(sentScan{}); got != 16 {
		t.Errorf("a sentence's scan takes %d bytes, want 16", got)
	}
}
