package qa

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa/english"
)

func TestStemMemoRemembersStems(t *testing.T) {
	var m stemMemo
	long := strings.Repeat("x", maxKeyLen+1)
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
	if m.words.len() != 6 {
		t.Errorf("memo holds %d words, want 6", m.words.len())
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
	if m.words.len() != n-10 {
		t.Errorf("memo holds %d words, want the bound %d", m.words.len(), n-10)
	}
	if len(m.words.store.chunks) < 2 {
		t.Errorf("memo has %d chunks, want several", len(m.words.store.chunks))
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

func TestMemoKeepsValuesInPlace(t *testing.T) {
	var m memo[[2]int]
	const bound = 600 // more than two slabs
	computed := 0
	value := func(i int) func(*[2]int) {
		return func(v *[2]int) { computed++; *v = [2]int{i, -i} }
	}
	first := map[string]*[2]int{}
	for i := range bound + 50 {
		k := fmt.Sprintf("k%d", i)
		v := m.get(k, bound, true, value(i))
		if *v != [2]int{i, -i} {
			t.Fatalf("get(%q): got %v, want [%d %d]", k, *v, i, -i)
		}
		first[k] = v
	}
	if m.keys.len() != bound || computed != bound+50 {
		t.Fatalf("memo holds %d keys after %d computations, want %d after %d", m.keys.len(), computed, bound, bound+50)
	}
	for i := range bound + 50 {
		k := fmt.Sprintf("k%d", i)
		before := computed
		v := m.get(k, bound, true, value(i))
		kept := i < bound
		if *v != [2]int{i, -i} || (computed == before) != kept || kept && v != first[k] {
			t.Fatalf("get(%q) again: got %v (computed %v, same place %v), want [%d %d] remembered in place: %v", k, *v, computed != before, v == first[k], i, -i, kept)
		}
	}
	// A value not to keep is computed each time and not remembered.
	before := computed
	for range 2 {
		if v := m.get("passing", 1<<20, false, value(7)); *v != [2]int{7, -7} {
			t.Fatalf("get(passing): got %v, want [7 -7]", *v)
		}
	}
	if _, ok := m.keys.find("passing"); ok || computed != before+2 {
		t.Errorf("a value not to keep: remembered %v, computed %d times; want not remembered, twice", ok, computed-before)
	}
}

func TestMemoConcurrent(t *testing.T) {
	var m memo[string]
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 5000 {
				k := fmt.Sprintf("w%d", (i*(g+1))%3000)
				if got := m.get(k, 1<<20, true, func(v *string) { *v = k + "!" }); *got != k+"!" {
					t.Errorf("get(%q): got %q, want %q", k, *got, k+"!")
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestPOSCached checks that posCached gives WordNet's parts of speech, the
// first time and from memory.
func TestPOSCached(t *testing.T) {
	en := english.Load()
	if en.Err() != nil {
		t.Skip(en.Err())
	}
	for _, tc := range []struct {
		word string
		verb bool
	}{
		{"start", true},
		{"grow", true},
		{"bought", true}, // an inflection: its lemma's parts
		{"river", false},
		{"zzqqx", false},
	} {
		for round := range 2 {
			got := posCached(en, tc.word)
			if want := en.POS(tc.word); got != want {
				t.Errorf("round %d, posCached(%q): got %v, want %v", round, tc.word, got, want)
			}
			if verb := got&english.Verb != 0; verb != tc.verb {
				t.Errorf("round %d, posCached(%q) says verb %v, want %v", round, tc.word, verb, tc.verb)
			}
		}
	}
}

// TestPOSCachedBesideStems checks that posCached keeps the parts of
// speech of a word the memory of stems holds beside its stem, adding
// nothing to parts, and those of any other word in parts, without adding
// the word to the memory of stems.
func TestPOSCachedBesideStems(t *testing.T) {
	en := english.Load()
	if en.Err() != nil {
		t.Skip(en.Err())
	}
	stemCached("harbourmasters")
	before, beforeStems := parts.size(), stemsHeld()
	for round := range 2 {
		if got, want := posCached(en, "harbourmasters"), en.POS("harbourmasters"); got != want {
			t.Errorf("round %d, posCached(harbourmasters): got %v, want %v", round, got, want)
		}
	}
	if got := parts.size(); got != before {
		t.Errorf("parts holds %d words after a stemmed word's parts of speech, want %d", got, before)
	}
	stems.mu.RLock()
	id, ok := stems.words.find("harbourmasters")
	p := stems.pos[id]
	stems.mu.RUnlock()
	if !ok || p != en.POS("harbourmasters")|posKnown {
		t.Errorf("the memory of stems keeps %v (held %v) for harbourmasters, want %v", p, ok, en.POS("harbourmasters")|posKnown)
	}
	if got, want := posCached(en, "unstemmedquayside"), en.POS("unstemmedquayside"); got != want {
		t.Errorf("posCached(unstemmedquayside): got %v, want %v", got, want)
	}
	if got := parts.size(); got != before+1 {
		t.Errorf("parts holds %d words after an unstemmed word's parts of speech, want %d", got, before+1)
	}
	if got := stemsHeld(); got != beforeStems {
		t.Errorf("the memory of stems holds %d words after the parts of speech, want %d", got, beforeStems)
	}
}

// stemsHeld is the number of words the memory of stems holds.
func stemsHeld() int {
	stems.mu.RLock()
	defer stems.mu.RUnlock()
	return stems.words.len()
}

// TestKeyTableFind checks that a keyTable finds each key it holds by its
// id, through several growths, and no key it lacks, whose tags may agree
// with a held key's.
func TestKeyTableFind(t *testing.T) {
	var kt keyTable
	const n = 100000
	for i := range n {
		if got := kt.add(fmt.Sprintf("k%d", i)); got != i {
			t.Fatalf("add(k%d): got id %d, want %d", i, got, i)
		}
	}
	for _, tc := range []struct {
		key    string
		id     int
		wantOK bool
	}{
		{"k0", 0, true},
		{"k1", 1, true},
		{"k99999", 99999, true},
		{"k54321", 54321, true},
		{"k100000", 0, false},
		{"k", 0, false},
		{"", 0, false},
		{"x0", 0, false},
	} {
		id, ok := kt.find(tc.key)
		if ok != tc.wantOK || ok && id != tc.id {
			t.Errorf("find(%q): got %d, %v, want %d, %v", tc.key, id, ok, tc.id, tc.wantOK)
		}
	}
	missing := 0
	for i := range 2 * n {
		id, ok := kt.find(fmt.Sprintf("k%d", i))
		if want := i < n; ok != want || ok && id != i {
			missing++
		}
	}
	if missing != 0 {
		t.Errorf("find over %d keys, half held: %d wrong, want 0", 2*n, missing)
	}
}

func TestListStore(t *testing.T) {
	var s listStore[uint32]
	long := make([]uint32, listChunk)
	for i := range long {
		long[i] = uint32(i)
	}
	for _, tc := range []struct {
		list   []uint32
		wantAt uint32
		wantOK bool
	}{
		{[]uint32{1, 2, 3}, 0, true},
		{nil, 3, true},
		{[]uint32{4}, 3, true},
		{long[:listChunk-3], 1 << listShift, true},  // does not fit the first chunk's room
		{[]uint32{5, 6, 7}, 2<<listShift - 3, true}, // fills the second chunk to its end
		{[]uint32{10}, 2 << listShift, true},
		{long, 3 << listShift, true},
		{append(long, 1), 0, false}, // longer than a chunk
	} {
		at, ok := s.put(tc.list)
		if at != tc.wantAt || ok != tc.wantOK {
			t.Fatalf("put(%d values) = %d, %v, want %d, %v", len(tc.list), at, ok, tc.wantAt, tc.wantOK)
		}
		if !ok {
			continue
		}
		if got := s.at(at, len(tc.list)); !slices.Equal(got, tc.list) {
			t.Errorf("at(%d, %d) = %v, want %v", at, len(tc.list), got, tc.list)
		}
	}
	if got := s.at(3, 1); !slices.Equal(got, []uint32{4}) {
		t.Errorf("at(3, 1) after growing = %v, want [4]", got)
	}
}

// TestSpanWordFactsCompact checks that a word's parts of speech and a
// noun's kinds are remembered apart, the kinds in 8 bytes, and read back
// as WordNet gives them; and that a noun's kinds are walked only when
// asked for (nounKindsOf), not when its parts of speech are (spanPOS).
func TestSpanWordFactsCompact(t *testing.T) {
	if got := unsafe.Sizeof(kindsAt{}); got != 8 {
		t.Errorf("a remembered noun's kinds take %d bytes, want 8", got)
	}
	en := english.Load()
	for _, w := range []string{"singer", "city", "run", "quickly", "zzxq", "person"} {
		if got, want := spanPOS(w), en.POS(w); got != want {
			t.Errorf("spanPOS(%q) = %v, want %v", w, got, want)
		}
		want := packSynsets(nil, en.AppendNounAncestors(nil, w))
		if got := nounKindsOf(w); !slices.Equal(got, want) {
			t.Errorf("kinds of %q = %v, want %v", w, got, want)
		}
		if !remembered(&wordKinds, w) {
			t.Errorf("kinds of %q not remembered", w)
		}
	}
	// A noun whose parts of speech alone were asked for has no kinds
	// remembered.
	const only = "xylophone"
	if !spanPOS(only).Has(english.Noun) {
		t.Fatalf("spanPOS(%q) holds no noun", only)
	}
	if remembered(&wordKinds, only) {
		t.Errorf("kinds of %q remembered, though only its parts of speech were asked for", only)
	}
	unkept := kindsAt{n: kindsUnkept}
	if got, want := unkept.kinds("city"), packSynsets(nil, en.AppendNounAncestors(nil, "city")); !slices.Equal(got, want) || len(want) == 0 {
		t.Errorf("unkept kinds of city = %v, want %v", got, want)
	}
}

// remembered reports whether c holds key.
func remembered[V any](c *memo[V], key string) bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	_, ok := c.keys.find(key)
	return ok
}

// TestWordTermsCompact checks that a remembered word's terms and cues are
// kept in its index's stores, read back as resolved, and that a word the
// index does not remember leaves nothing in them.
func TestWordTermsCompact(t *testing.T) {
	if got := unsafe.Sizeof(wordTerms{}); got != 24 {
		t.Errorf("a remembered word takes %d bytes, want 24", got)
	}
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "Every citizen of the town may vote.\nHe obtained French citizenship in 1835."}})
	q := Parse("what did he obtain as a citizen")
	qw := q.words[slices.IndexFunc(q.words, func(w qword) bool { return w.text == "citizen" })]
	wt := ix.lookupWord(&qw)
	if wt.spill != nil || ix.lookupWord(&qw) != wt {
		t.Fatalf("citizen not remembered in the stores: %+v", wt)
	}
	want := []termRef{newTermRef(wordTermOf(ix, "citizen"), codeExact, altOwn)}
	if got := ix.ownTerms(wt); !slices.Equal(got, want) {
		t.Errorf("own terms of citizen = %+v, want %+v", got, want)
	}
	if got := ix.altTerms(wt); !slices.ContainsFunc(got, func(r termRef) bool { return r.id() == wordTermOf(ix, "citizenship") }) {
		t.Errorf("alternatives of citizen = %+v, want citizenship among them", got)
	}
	next := ix.termLists.next
	qw.noAlts = true
	qw.text = "town"
	other := ix.lookupWord(&qw)
	if other.spill == nil || ix.termLists.next != next {
		t.Errorf("town without alternatives: spill %v, store at %d, want a spill and the store at %d", other.spill, ix.termLists.next, next)
	}
	if got := ix.ownTerms(other); len(got) != 1 || got[0].id() != wordTermOf(ix, "town") {
		t.Errorf("own terms of town = %+v, want its surface term", got)
	}
}

// TestListStoreConcurrent puts and reads lists from several goroutines at
// once while the store adds chunks (run it with -race).
func TestListStoreConcurrent(t *testing.T) {
	var s listStore[uint32]
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			var buf [40]uint32
			for i := range 3000 {
				list := buf[:i%40]
				for j := range list {
					list[j] = uint32(g<<24 | i<<8 | j)
				}
				at, ok := s.put(list)
				if got := s.at(at, len(list)); !ok || !slices.Equal(got, list) {
					t.Errorf("list %d of goroutine %d: got %v, %v, want %v", i, g, got, ok, list)
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestTermRefPacked checks that a remembered term costs 6 bytes and keeps
// every term id, its weight code and its kind.
func TestTermRefPacked(t *testing.T) {
	if got := unsafe.Sizeof(termRef{}); got != 6 {
		t.Errorf("termRef is %d bytes, want 6", got)
	}
	for _, id := range []int32{0, 1, 0xffff, 0x10000, 0x12345, math.MaxInt32} {
		r := newTermRef(id, codeFamily, altForm)
		if r.id() != id || r.a != codeFamily || r.kind != altForm {
			t.Errorf("newTermRef(%d, codeFamily, altForm) = id %d, a %d, kind %d", id, r.id(), r.a, r.kind)
		}
	}
}

// TestNounKindsPacked checks that a remembered synset takes 3 bytes and
// that the packed kinds of a noun share a synset with a list exactly when
// WordNet's own do.
func TestNounKindsPacked(t *testing.T) {
	if got := unsafe.Sizeof(synset3{}); got != 3 {
		t.Errorf("synset3 is %d bytes, want 3", got)
	}
	for _, s := range []uint32{0, 1, 0xff, 0x100, 0xabcdef, 1<<24 - 1} {
		p := packSynset(s)
		if got := uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16; got != s {
			t.Errorf("packSynset(%#x) reads back %#x", s, got)
		}
	}
	en := english.Load()
	for _, c := range []struct {
		word, category string
		want           bool
	}{
		{"singer", "person", true},
		{"city", "person", false},
		{"city", "location", true},
		{"zzxq", "person", false},
	} {
		cat := en.AppendNounSenses(nil, c.category)
		if got := kindsShare(nounKindsOf(c.word), cat); got != c.want {
			t.Errorf("kindsShare(%s, %s) = %v, want %v", c.word, c.category, got, c.want)
		}
		if got := sharesSynset(en.AppendNounAncestors(nil, c.word), cat); got != c.want {
			t.Errorf("sharesSynset(%s, %s) = %v, want %v", c.word, c.category, got, c.want)
		}
	}
}

// TestKindsSharePlain compares kindsShare, which tests a noun's synsets
// against a bit set of the question's before it compares them, with the
// plain search of each of the question's synsets among the noun's, for
// every word of the embedded corpus and the senses of the nouns the span
// questions ask a kind of.
func TestKindsSharePlain(t *testing.T) {
	plain := func(a []synset3, b []uint32) bool {
		for _, s := range b {
			if slices.Contains(a, packSynset(s)) {
				return true
			}
		}
		return false
	}
	en := english.Load()
	var cats [][]uint32
	for _, c := range []string{"person", "location", "city", "organization", "time", "amount", "event", "animal", "food", "company", "river", "document"} {
		cats = append(cats, en.AppendNounSenses(nil, c))
	}
	checked, shared := 0, 0
	seen := map[string]bool{}
	for _, d := range embedded(t) {
		for _, tk := range tokenize(d.Body, nil) {
			if seen[tk.text] {
				continue
			}
			seen[tk.text] = true
			ks := nounKindsOf(tk.text)
			for _, cat := range cats {
				got, want := kindsShare(ks, cat), plain(ks, cat)
				if got != want {
					t.Errorf("kindsShare(%q, %d senses): got %v, want %v", tk.text, len(cat), got, want)
				}
				checked++
				if want {
					shared++
				}
			}
		}
	}
	t.Logf("%d pairs, %d sharing a synset", checked, shared)
	if checked < 5000 || shared < 100 {
		t.Errorf("checked %d pairs (%d sharing), want at least 5000 (100)", checked, shared)
	}
}

// TestKeyTableReserve checks that a keyTable given room for n keys, before
// and after keys are added, keeps finding every key with the id a table
// given no room finds it with, and rehashes no slots as it fills up to n.
func TestKeyTableReserve(t *testing.T) {
	for _, tt := range []struct{ before, n int }{{0, 0}, {0, 700}, {0, 5000}, {300, 5000}, {3000, 4000}, {3000, 100}} {
		var plain, roomy keyTable
		var keys []string
		add := func(k string) {
			keys = append(keys, k)
			if got, want := roomy.add(k), plain.add(k); got != want {
				t.Fatalf("before %d, n %d: add(%q): got id %d, want %d as with no room made", tt.before, tt.n, k, got, want)
			}
		}
		for i := range tt.before {
			add(fmt.Sprintf("k%d", i))
		}
		roomy.reserve(tt.n)
		slots := len(roomy.ids.slots)
		for i := tt.before; i < tt.n; i++ {
			add(fmt.Sprintf("k%d", i))
		}
		if tt.n > tt.before && len(roomy.ids.slots) != slots {
			t.Errorf("before %d, n %d: slots grew from %d to %d, want no rehash up to n keys", tt.before, tt.n, slots, len(roomy.ids.slots))
		}
		for i := range 200 {
			add(fmt.Sprintf("x%d", i))
		}
		for id, k := range keys {
			if got, ok := roomy.find(k); !ok || got != id {
				t.Fatalf("before %d, n %d: find(%q): got %d, %v, want %d", tt.before, tt.n, k, got, ok, id)
			}
		}
		if _, ok := roomy.find("absent"); ok {
			t.Errorf("before %d, n %d: find(absent): got found, want absent", tt.before, tt.n)
		}
	}
}
