package qa

import (
	"bytes"
	"fmt"
	"runtime"
	"testing"
	"unsafe"

	"github.com/qabot/qabot/corpus"
)

// TestBuildSameOnAnyCores builds each corpus on one goroutine in one part
// (a single pass over the corpus, as Build worked before it used every
// core), then on several goroutines with the documents cut into parts in
// several ways, and checks that every index writes the same snapshot,
// byte for byte.
func TestBuildSameOnAnyCores(t *testing.T) {
	sets := map[string][]corpus.Document{"embedded": embedded(t)}
	for _, qs := range questionSets() {
		docs, _, err := corpus.Load(qs.corpus)
		if err != nil {
			t.Fatalf("corpus.Load(%s): %v", qs.corpus, err)
		}
		sets[qs.name] = docs
	}
	if docs := squad48Docs(t); docs != nil {
		sets["squad48"] = docs
	}
	ways := []struct{ workers, partBytes int }{
		{2, 1},       // a part per document
		{3, 5000},    // parts of a few documents
		{8, 1},       // more goroutines than cores
		{2, 1 << 40}, // one part
		{4, minPartBytes},
	}
	for name, docs := range sets {
		t.Run(name, func(t *testing.T) {
			want := snapshotOf(t, build(docs, 1, 1<<40), "")
			for _, w := range ways {
				got := snapshotOf(t, build(docs, w.workers, w.partBytes), "")
				if !bytes.Equal(got, want) {
					t.Errorf("build on %d goroutines in parts of %d bytes: snapshot of %d bytes differs from the single pass's %d", w.workers, w.partBytes, len(got), len(want))
				}
			}
		})
	}
}

// TestCutParts checks how documents are cut into parts.
func TestCutParts(t *testing.T) {
	docs := []corpus.Document{{Body: "aaaa"}, {Body: "bb"}, {Body: "cccccc"}, {Title: "t", Body: "d"}, {Body: "eeeeeeeeee"}}
	tests := []struct {
		partBytes int
		want      string
	}{
		{1, "[0,1) [1,2) [2,3) [3,4) [4,5)"},
		{5, "[0,2) [2,3) [3,5)"},
		{12, "[0,3) [3,5)"},
		{1 << 20, "[0,5)"},
	}
	for _, tt := range tests {
		got := ""
		for i, p := range cutParts(docs, tt.partBytes) {
			if i > 0 {
				got += " "
			}
			got += fmt.Sprintf("[%d,%d)", p.lo, p.hi)
		}
		if got != tt.want {
			t.Errorf("cutParts(%d bytes): got %s, want %s", tt.partBytes, got, tt.want)
		}
	}
	if got := cutParts(nil, 10); len(got) != 0 {
		t.Errorf("cutParts(no documents): got %d parts, want 0", len(got))
	}
}

// TestBuildBytes checks what Build allocates per byte of text, in one
// part on one goroutine, on the embedded corpus written 16 times over:
// Build's peak heap is the live data at its last collection plus what it
// allocated since, so every byte it allocates counts. A sentence is
// written once, into the index's array, and held until then in a
// partSentence of 32 bytes (10.7 bytes a byte of text when stage 1 held
// whole sentences and join copied them, 10.2 since).
func TestBuildBytes(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are for 64-bit platforms")
	}
	if got := unsafe.Sizeof(partSentence{}); got != 32 {
		t.Errorf("a partSentence takes %d bytes, want 32", got)
	}
	var docs []corpus.Document
	for range 16 {
		docs = append(docs, embedded(t)...)
	}
	build(docs, 1, 1<<40) // the stem cache and the word lists, once a process
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	ix := build(docs, 1, 1<<40)
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(ix)
	const want = 10.5
	if per := float64(after.TotalAlloc-before.TotalAlloc) / float64(textSize(docs)); per > want {
		t.Errorf("Build allocates %.2f bytes a byte of text, want at most %.1f", per, want)
	}
}
