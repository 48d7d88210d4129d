package qa

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strings"
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
			want := snapshotOf(t, build(docs, 1, 1<<40, nil), "")
			for _, w := range ways {
				got := snapshotOf(t, build(docs, w.workers, w.partBytes, nil), "")
				if !bytes.Equal(got, want) {
					t.Errorf("build on %d goroutines in parts of %d bytes: snapshot of %d bytes differs from the single pass's %d", w.workers, w.partBytes, len(got), len(want))
				}
			}
		})
	}
}

// TestBuildWithTokenized checks that BuildWith calls Tokenized once, and
// that the index is Build's, byte for byte.
func TestBuildWithTokenized(t *testing.T) {
	docs := embedded(t)
	calls := 0
	got := snapshotOf(t, BuildWith(docs, BuildOptions{Tokenized: func() { calls++ }}), "")
	if calls != 1 {
		t.Errorf("Tokenized called %d times, want 1", calls)
	}
	if want := snapshotOf(t, Build(docs), ""); !bytes.Equal(got, want) {
		t.Errorf("BuildWith's snapshot of %d bytes differs from Build's %d", len(got), len(want))
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
// partSentence of 32 bytes, and a token in a storedToken of 8 (10.7
// bytes a byte of text when stage 1 held whole sentences and join copied
// them, 10.2 with partSentence and 12-byte tokens, 9.6 since; 9.72-9.86
// over runs before table rows took their caption's words, 9.81-9.95
// after, 9.80 before the sentences' terms were copied into one array
// with their scans beside, setTermIDs, 10.14-10.27 since; 10.45-10.46
// with the pools emptied before the build, at the end of stop 42; 10.51
// at stop 46's 9432b81, 10.63 once a corpus.Block held its parent item,
// Parent, 112 bytes a block to 128, as indexBlocks copies them). The
// bound leaves about 1.5% for the runs' spread.
func TestBuildBytes(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are for 64-bit platforms")
	}
	if got := unsafe.Sizeof(partSentence{}); got != 32 {
		t.Errorf("a partSentence takes %d bytes, want 32", got)
	}
	if got := unsafe.Sizeof(storedToken{}); got != 8 {
		t.Errorf("a storedToken takes %d bytes, want 8", got)
	}
	var docs []corpus.Document
	for range 16 {
		docs = append(docs, embedded(t)...)
	}
	build(docs, 1, 1<<40, nil) // the stem cache and the word lists, once a process
	// Two collections empty the sync.Pools, as a collection at any point
	// of a build may, so that what Build allocates anew for them is
	// counted every run (without them the figure was 10.32-10.33 or
	// 10.45-10.47 by where the build's collections fell).
	//
	// TotalAlloc counts every goroutine's allocations, and one an earlier
	// test left running (a lazy table's build, a server's reader) may
	// allocate while Build runs: the least of three builds is Build's
	// own (a run of the whole package under load once read 10.91 where
	// the test alone reads 10.78).
	var ix *Index
	least := uint64(math.MaxUint64)
	for range 3 {
		runtime.GC()
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		ix = build(docs, 1, 1<<40, nil)
		runtime.ReadMemStats(&after)
		least = min(least, after.TotalAlloc-before.TotalAlloc)
	}
	// The sentences' gists (gist.go), gistDim bytes a sentence of a
	// corpus that retells one story as this one does (0.70 bytes a byte
	// of text), are what the index keeps for the "gist" feature: the
	// bound is on what Build allocates besides them, which their reading
	// keeps to a reused token buffer (10.63 without gists, 10.79 with),
	// and the WordNet kinds of the name words, which finish walks for
	// every index (nameWords.walkKinds: 10.79 before, 10.90 with them),
	// and the clause splits after an abbreviation (clauseAfterPhrase:
	// 10.93 before, 10.96 with it, as the copies of 004 hold a sentence
	// more and the rule reads WordNet lemmas at each abbreviation).
	const want = 10.97
	if per := float64(least-uint64(len(ix.gists))) / float64(textSize(docs)); per > want {
		t.Errorf("Build allocates %.2f bytes a byte of text besides the %.2f of the gists, want at most %.1f", per, float64(len(ix.gists))/float64(textSize(docs)), want)
	}
}

// TestStoredTokenBounds checks that a storedToken gives back the bounds
// and flags of the token it keeps, up to maxSentenceBytes.
func TestStoredTokenBounds(t *testing.T) {
	for _, tk := range []token{
		{start: 0, end: 0},
		{start: 0, end: 1, cap: true},
		{start: 3, end: 9, num: true},
		{start: 17, end: 40, cap: true, num: true},
		{start: 1023, end: 1024},
		{start: maxSentenceBytes - 1, end: maxSentenceBytes, cap: true},
		{start: maxSentenceBytes, end: maxSentenceBytes, num: true},
	} {
		st := storeToken(12345, tk)
		got := fmt.Sprintf("%d [%d,%d) cap=%v num=%v", st.word, st.start(), st.end(), st.capital(), st.number())
		want := fmt.Sprintf("%d [%d,%d) cap=%v num=%v", 12345, tk.start, tk.end, tk.cap, tk.num)
		if got != want {
			t.Errorf("storeToken(%+v): got %s, want %s", tk, got, want)
		}
	}
}

// TestPartTokensAsTokenized checks that the tokens stage 1 keeps of each
// sentence give back what tokenizing the sentence gives, on the embedded
// corpus and its run-on document.
func TestPartTokensAsTokenized(t *testing.T) {
	docs := append(embedded(t), corpus.Document{Title: "run-on", Body: strings.Repeat("Word After Word 1,000 of them, ", 200)})
	p := cutParts(docs, 1<<40)[0]
	p.tokenize(docs)
	if len(p.sents) < 100 {
		t.Fatalf("got %d sentences, want the corpus's", len(p.sents))
	}
	for i, s := range p.sents {
		// Words tokenizeWords leaves out of the vocab (word 0) stage 1
		// adds, so only the rest is compared.
		want := slices.Clone(tokenizeWords(s.text, nil, p.v))
		got := p.sentenceTokens(i)
		for j := range min(len(got), len(want)) {
			got[j].word = want[j].word
		}
		if !slices.Equal(got, want) {
			t.Fatalf("sentence %d %q: got tokens %+v, want %+v", i, s.text, got, want)
		}
	}
}

// TestRangeFill checks the numbers a table row's ranges add to its hidden
// words: those strictly between the ends of a range of whole numbers,
// none for a time, a decimal, a figure with a separator, money or a range
// wider than maxRangeFill.
func TestRangeFill(t *testing.T) {
	tests := []struct{ text, want string }{
		{"3 to 7 years; 27 days", " 4 5 6"},
		{"5-10 years; 29 days", " 6 7 8 9"},
		{"Ages 11–14; £4.50", " 12 13"},
		{"1 to 2 years", ""},
		{"05:00 to 23:00, Monday to Saturday", ""},
		{"1.5 to 4 hours", ""},
		{"1,000-1,200 kg", ""},
		{"£5 to £9", ""},
		{"1 to 40 miles", ""},
		{"Zone 3 to zone 7", ""},
		{"rooms 2 to 5 and 10 to 13", " 3 4 11 12"},
	}
	for _, tt := range tests {
		if got := rangeFill(tt.text); got != tt.want {
			t.Errorf("rangeFill(%q): got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestRangeRowAnswers checks that a question's number inside a table
// row's band finds that row ("after 5 years" the row "3 to 7 years"), not
// a row of another band.
func TestRangeRowAnswers(t *testing.T) {
	body := "# Holidays\n\nThe holiday year runs from January to December.\n\n| Length of service | Days of holiday a year |\n|---|---|\n| Under 3 years | 25 days |\n| 3 to 7 years | 27 days |\n| Over 7 years | 29 days |\n"
	doc, err := corpus.Parse("h.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	ix := Build([]corpus.Document{doc})
	a, err := ix.Answer(context.Background(), Parse("holiday days after 5 years"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Sentence, "27 days") {
		t.Errorf("got %q, want the row of 27 days", a.Sentence)
	}
}

// TestCollectBuildGarbage checks that a Build collects its garbage
// between stages 3 and 4 (a forced collection) from collectAfterJoin
// bytes of text on, and not below.
func TestCollectBuildGarbage(t *testing.T) {
	for _, tt := range []struct {
		text int
		want bool
	}{{0, false}, {collectAfterJoin - 1, false}, {collectAfterJoin, true}, {4 * collectAfterJoin, true}} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		got := collectBuildGarbage(tt.text)
		runtime.ReadMemStats(&after)
		if forced := after.NumForcedGC > before.NumForcedGC; got != tt.want || forced != tt.want {
			t.Errorf("text %d: got %v (forced collection %v), want %v", tt.text, got, forced, tt.want)
		}
	}
	// A corpus of collectAfterJoin bytes of text is built with one
	// forced collection, on one core as on several.
	var docs []corpus.Document
	for d := 0; textSize(docs) < collectAfterJoin; d++ {
		var b strings.Builder
		for s := range 200 {
			fmt.Fprintf(&b, "Item %d of page %d tells of word%d and word%d. ", s, d, (d*7+s)%997, (d*13+s*3)%991)
		}
		docs = append(docs, corpus.Document{Path: fmt.Sprintf("p%d.txt", d), Title: fmt.Sprintf("Page %d", d), Body: b.String()})
	}
	for _, workers := range []int{1, 2} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		build(docs, workers, partSize(docs, workers), nil)
		runtime.ReadMemStats(&after)
		if got := after.NumForcedGC - before.NumForcedGC; got != 1 {
			t.Errorf("%d workers: %d forced collections building %d bytes of text, want 1", workers, got, textSize(docs))
		}
	}
}

// TestLocalIDFPlain compares the local idfs Build stores, computed once
// for each count of each document, with their definition computed at each
// term of each sentence (idf over the document's sentences of the term's
// count there, over its corpus idf), bit for bit, on the embedded corpus,
// the test corpora and squad48 when the corpus is beside the repository.
func TestLocalIDFPlain(t *testing.T) {
	sets := testCorpora(t, true)
	checked := 0
	for _, docs := range sets {
		ix := Build(docs)
		for lo := 0; lo < len(ix.sents); {
			hi := lo
			count := map[int32]int{}
			for hi < len(ix.sents) && ix.sents[hi].doc == ix.sents[lo].doc {
				seen := map[int32]bool{}
				for _, id := range ix.sents[hi].indexed {
					if !seen[id] {
						seen[id] = true
						count[id]++
					}
				}
				hi++
			}
			for si := lo; si < hi; si++ {
				st := &ix.sents[si]
				for k, id := range st.indexed {
					want := float32(idf(float64(hi-lo), float64(count[id])) / ix.idf[id])
					if got := ix.locals[int(ix.scans[si].at)+k]; math.Float32bits(got) != math.Float32bits(want) {
						t.Fatalf("local idf of term %d in %q: got %v, want %v", id, st.text, got, want)
					}
					checked++
				}
			}
			lo = hi
		}
	}
	if checked < 1000 {
		t.Errorf("checked %d local idfs, want at least 1,000", checked)
	}
}

// TestSortByTextPlain compares sortByText, which compares eight-byte
// prefixes as numbers before the texts, with a sort by strings.Compare
// alone, on squad48's words when the corpus is beside the repository and
// on every text of up to four of "a", "b", "\x00", "\xff" and a word of
// eight letters.
func TestSortByTextPlain(t *testing.T) {
	seen := map[string]bool{}
	var texts []string
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			texts = append(texts, s)
		}
	}
	eachJoin([]string{"a", "b", "\x00", "\xff", "abcdefgh"}, 4, add)
	if docs := squad48Docs(t); docs != nil {
		for _, d := range docs {
			for _, tk := range tokenize(d.Body, nil) {
				add(tk.text)
			}
		}
	}
	want := slices.Clone(texts)
	slices.SortFunc(want, strings.Compare)
	keys := make([]textKey, len(texts))
	for i, s := range texts {
		keys[i] = newTextKey(s, int32(i))
	}
	sortByText(keys, func(i int32) string { return texts[i] })
	for i, k := range keys {
		if got := texts[k.i]; got != want[i] {
			t.Fatalf("sortByText: text %d of %d: got %q, want %q", i, len(texts), got, want[i])
		}
	}
}

// TestSentScans checks each sentence's scan (sentScan), what stage 2
// reads of it apart from the sentence, against the sentence: its at and
// n frame the sentence's indexed terms in the one array of them,
// termIDs (the same memory, windows laid end to end in sentence order),
// its flags are the sentence's answer and refers, and its norm is the
// BM25 normalisation of its length, bit for bit; in
// a built index and in one read back from its snapshot.
func TestSentScans(t *testing.T) {
	checked, answers, refers := 0, 0, 0
	for _, docs := range testCorpora(t, false) {
		for _, ix := range builtAndBack(t, docs) {
			if len(ix.scans) != len(ix.sents) {
				t.Fatalf("scans: got %d, want one for each of %d sentences", len(ix.scans), len(ix.sents))
			}
			at := 0
			for si := range ix.sents {
				st, sc := &ix.sents[si], ix.scans[si]
				n := sc.nf & scanTerms
				if int(sc.at) != at || int(n) != len(st.indexed) {
					t.Fatalf("sentence %d's scan: got at %d, n %d; want %d, %d", si, sc.at, n, at, len(st.indexed))
				}
				if w := ix.termIDs[sc.at:][:n]; len(w) > 0 && &w[0] != &st.indexed[0] {
					t.Fatalf("sentence %d: indexed is not termIDs[%d:%d]", si, sc.at, sc.at+n)
				}
				if answer, refers := sc.nf&scanAnswer != 0, sc.nf&scanRefers != 0; answer != st.answer || refers != st.refers {
					t.Fatalf("sentence %d's scan: got answer %v, refers %v; want %v, %v", si, answer, refers, st.answer, st.refers)
				}
				if sc.nf&scanAnswer != 0 {
					answers++
				}
				if sc.nf&scanRefers != 0 {
					refers++
				}
				want := ix.p.k1 * (1 - ix.p.b + ix.p.b*float64(st.nterms)/ix.avgLen)
				if math.Float64bits(sc.norm) != math.Float64bits(want) {
					t.Fatalf("sentence %d's norm: got %v, want %v", si, sc.norm, want)
				}
				at += len(st.indexed)
				checked++
			}
			if at != len(ix.termIDs) || at != len(ix.locals) {
				t.Fatalf("terms laid out: got %d, want termIDs' %d and locals' %d", at, len(ix.termIDs), len(ix.locals))
			}
		}
	}
	if checked < 1000 || answers == 0 || refers == 0 {
		t.Errorf("checked %d sentences, %d answers and %d referring back; want at least 1,000 and some of each", checked, answers, refers)
	}
}

// TestOptionDescriptionAnswers checks that an option's description under
// its term, set with no full stop as help2man sets it ("list one file per
// line" under "-1"), is an answer however short, and that such a line
// under a heading that is no option's term is not.
func TestOptionDescriptionAnswers(t *testing.T) {
	for _, tt := range []struct {
		heading string
		want    bool
	}{
		{"-1", true},
		{"-f FILE, --file=FILE", true},
		{"Listing", false},
	} {
		ix := Build([]corpus.Document{{Path: "ls.pdf", Title: "ls", Blocks: []corpus.Block{
			{Text: "The tool lists the files of a directory.", Kind: corpus.KindParagraph},
			{Text: tt.heading, Kind: corpus.KindHeading, Section: tt.heading},
			{Text: "list one file per line", Kind: corpus.KindParagraph, Section: tt.heading},
		}}})
		found := false
		for _, s := range ix.sents {
			if s.text == "list one file per line" {
				found = true
				if s.answer != tt.want {
					t.Errorf("under %q: got answer %v, want %v", tt.heading, s.answer, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("under %q: no sentence \"list one file per line\"", tt.heading)
		}
	}
}
