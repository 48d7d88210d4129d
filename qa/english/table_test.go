package english

import (
	"slices"
	"testing"
)

// TestFindEveryKey: find, narrowed by the prefix buckets (or, for
// WordNet's words and exception forms, by their hash index), returns the
// place of every key of the embedded record tables, and -1 for keys just
// before or after one (a byte appended or the last one dropped, a plural
// "s" appended) that the table lacks; its answers are those of a binary
// search of the whole table.
func TestFindEveryKey(t *testing.T) {
	r := loadEmbedded(t)
	tables := map[string]records{"vectors words": r.vec.words, "wordnet words": r.wn.words, "wordnet exc": r.wn.exc, "phrases": r.ph.t, "phrase firsts": r.ph.firsts}
	for name, tb := range tables {
		if tb.pre == nil && tb.hash == nil {
			t.Fatalf("%s: no prefix or hash index, want one", name)
		}
		whole := records{off: tb.off, dat: tb.dat, n: tb.n}
		keys := make([]string, tb.n)
		for i := range tb.n {
			keys[i] = tb.key(i)
		}
		for i, k := range keys {
			if got := find(tb, k); got != i {
				t.Fatalf("%s: find(%q) = %d, want %d", name, k, got, i)
			}
			if got := find(tb, []byte(k)); got != i {
				t.Fatalf("%s: find([]byte %q) = %d, want %d", name, k, got, i)
			}
			for _, near := range []string{k + "\x00", k + "{", k[:len(k)-1], k + "s"} {
				want := -1
				if j, ok := slices.BinarySearch(keys, near); ok {
					want = j
				}
				if got, whole := find(tb, near), find(whole, near); got != want || whole != want {
					t.Fatalf("%s: find(%q) = %d (whole table %d), want %d", name, near, got, whole, want)
				}
			}
		}
		if hashed := name != "vectors words"; hashed != (tb.hash != nil && tb.hash.slots != nil) {
			t.Errorf("%s: searched by hash %v, want %v", name, !hashed, hashed)
		}
	}
}

// TestHashIndexSpread: keyHash spreads the keys of every hash-indexed
// table over its slots as a random hash would, so that a find reads few
// slots: with linear probing at a load of 2/3 at most, a key lies on
// average some 2 slots from its hash's own (1/2 (1 + 1/(1-load))), and
// few keys of other slots carry its tag.
func TestHashIndexSpread(t *testing.T) {
	r := loadEmbedded(t)
	tables := map[string]records{"wordnet words": r.wn.words, "wordnet exc": r.wn.exc, "phrases": r.ph.t, "phrase firsts": r.ph.firsts}
	for name, tb := range tables {
		tb.warm()
		x := tb.hash
		mask := uint32(len(x.slots) - 1)
		probes, tagged := 0, 0
		for i := range tb.n {
			h := keyHash(tb.key(i))
			top := h >> hashIndexBits << hashIndexBits
			for j := h & mask; ; j = (j + 1) & mask {
				probes++
				s := x.slots[j]
				if int(s&(1<<hashIndexBits-1))-1 == i {
					break
				}
				if s&^(1<<hashIndexBits-1) == top {
					tagged++
				}
			}
		}
		t.Logf("%s: %d keys, %d slots, %.2f slots a key, %d tags met", name, tb.n, len(x.slots), float64(probes)/float64(tb.n), tagged)
		if mean := float64(probes) / float64(tb.n); mean > 2.5 {
			t.Errorf("%s: %d keys read %.2f slots each on average, want at most 2.5", name, tb.n, mean)
		}
		if tagged > tb.n/100 {
			t.Errorf("%s: %d of %d keys' probes met another key of the same tag, want at most 1%%", name, tagged, tb.n)
		}
	}
}

// TestPrefixBucket: keys fall into the bucket of their first letter and
// of their second byte (none or below 'a', a letter, above 'z'), and keys
// not opening with a lower-case ASCII letter into none.
func TestPrefixBucket(t *testing.T) {
	for _, c := range []struct {
		key  string
		want int
	}{
		{"", -1},
		{"A", -1},
		{"1st", -1},
		{"{", -1},
		{"a", 0},
		{"a-", 0},
		{"aa", 1},
		{"az", 26},
		{"a{", 27},
		{"aé", 27},
		{"ba", prefixSubs + 1},
		{"zz", 25*prefixSubs + 26},
		{"zé", prefixBuckets - 1},
	} {
		if got := prefixBucket(c.key); got != c.want {
			t.Errorf("prefixBucket(%q) = %d, want %d", c.key, got, c.want)
		}
	}
}

// TestExtraHypernyms: hypernyms, which searches hypx only for the synsets
// the bit set extraHypernyms marks, gives every noun synset of the
// embedded WordNet the hypernyms a search of hypx for each gives, and
// some synsets have extra ones.
func TestExtraHypernyms(t *testing.T) {
	r := loadEmbedded(t)
	if r.wn.extra == nil {
		t.Fatal("no extraHypernyms, want one made by readWordNet")
	}
	whole := r.wn
	whole.extra = nil
	extra := 0
	for s := range uint32(r.wn.noun) {
		var got, want []uint32
		r.wn.hypernyms(s, func(h uint32) { got = append(got, h) })
		whole.hypernyms(s, func(h uint32) { want = append(want, h) })
		if !slices.Equal(got, want) {
			t.Fatalf("hypernyms(%d) = %v, want %v", s, got, want)
		}
		if len(want) > 1 {
			extra++
		}
	}
	if extra == 0 {
		t.Error("no synset with extra hypernyms, want some")
	}
}

// TestWarm: Warm builds the prefix index (and hash index) of each word
// table and of the expressions' tables, as the first lookups would, and a
// lookup after it finds what one on fresh resources finds.
func TestWarm(t *testing.T) {
	r, err := parse(embeddedVectors, embeddedNeighbours, embeddedWordNet, embeddedStems, embeddedPhrases, checkStructure)
	if err != nil {
		t.Fatal(err)
	}
	r.Warm()
	for name, tab := range map[string]records{"vectors words": r.vec.words, "wordnet words": r.wn.words, "wordnet exc": r.wn.exc, "phrases": r.ph.t, "phrase firsts": r.ph.firsts} {
		if tab.hash != nil {
			want := new(hashIndex)
			want.build(tab)
			if !slices.Equal(tab.hash.slots, want.slots) || len(want.slots) < tab.n {
				t.Errorf("%s: hash index after Warm differs from the one its first find builds", name)
			}
			continue
		}
		want := new(prefixIndex)
		want.build(tab)
		if tab.pre == nil || tab.pre.start != want.start {
			t.Errorf("%s: prefix index after Warm differs from the one its first find builds", name)
		}
	}
	fresh, err := parse(embeddedVectors, embeddedNeighbours, embeddedWordNet, embeddedStems, embeddedPhrases, checkStructure)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"dog", "went", "mice", "zebra", "aardvark", "qwxz"} {
		if got, want := r.POS(w), fresh.POS(w); got != want {
			t.Errorf("POS(%q) after Warm = %v, want %v", w, got, want)
		}
		if got, want := r.AppendNounAncestors(nil, w), fresh.AppendNounAncestors(nil, w); !slices.Equal(got, want) {
			t.Errorf("AppendNounAncestors(%q) after Warm = %v, want %v", w, got, want)
		}
	}
}
