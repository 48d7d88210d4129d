package qa

import (
	"fmt"
	"strings"
	"testing"
)

// TestIDSlots checks the shared table of ids: every key added is found
// with its id through growth, an absent key is not, and three quarters
// of the slots is full.
func TestIDSlots(t *testing.T) {
	var keys []string
	keyOf := func(id int) string { return keys[id] }
	var s idSlots
	if _, ok := s.find("x", keyOf); ok {
		t.Errorf("find in no slots: got found, want absent")
	}
	s.rehash(8, 0, keyOf)
	for i := range 3000 {
		k := fmt.Sprintf("w%d", i)
		if _, ok := s.find(k, keyOf); ok {
			t.Fatalf("find(%q) before adding it: got found, want absent", k)
		}
		keys = append(keys, k)
		if s.full(len(keys)) {
			s.rehash(2*len(s.slots), len(keys), keyOf)
		} else {
			s.insert(len(keys)-1, k)
		}
	}
	for id, k := range keys {
		if got, ok := s.find(k, keyOf); !ok || got != id {
			t.Errorf("find(%q): got %d, %v, want %d", k, got, ok, id)
		}
	}
	if 4*len(keys) > 3*len(s.slots) {
		t.Errorf("%d keys in %d slots, want at most three quarters used", len(keys), len(s.slots))
	}
	for _, tt := range []struct {
		n    int
		want bool
	}{{3 * len(s.slots) / 4, false}, {3*len(s.slots)/4 + 1, true}} {
		if got := s.full(tt.n); got != tt.want {
			t.Errorf("full(%d) of %d slots: got %v, want %v", tt.n, len(s.slots), got, tt.want)
		}
	}
	if _, ok, free, _ := s.look("absent", keyOf); ok || s.slots[free] != 0 {
		t.Errorf("look(absent): got found %v, slot %d holding %d, want a free slot", ok, free, s.slots[free])
	}
}

// TestKeyHash checks keyHash, which idSlots and the vocab hash their keys
// with in place of hash/maphash: no two of some 400,000 keys share a hash
// under two seeds (every squad48 word when the corpus is beside the
// repository; every key of up to three bytes of eight values; keys of up
// to 20 bytes that differ from one another in one byte or in their
// length), and the bits the slots take their place and tag from fall
// evenly: in each of two 4,096-way splits of the keys by 12 bits of the
// hash no part holds more than twice or less than half its share.
func TestKeyHash(t *testing.T) {
	seen := map[string]bool{}
	var keys []string
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	if docs := squad48Docs(t); docs != nil {
		for _, d := range docs {
			for _, tk := range tokenize(d.Body, nil) {
				add(tk.text)
			}
		}
	}
	vals := []string{"a", "b", "z", "0", "\x00", "\xff", " ", "é"}
	eachJoin(vals, 3, add)
	for n := 1; n <= 20; n++ {
		base := strings.Repeat("q", n)
		for i := range n {
			for _, c := range []byte{0, 1, 'a', 'r', 0x80, 0xff} {
				b := []byte(base)
				b[i] = c
				add(string(b))
				add(string(b) + "q")
				add(string(b[:i]))
			}
		}
	}
	for i := range 300000 {
		add(fmt.Sprintf("w%d", i))
	}
	for _, seed := range []uint64{0, 0x9e3779b97f4a7c15} {
		hashes := make(map[uint64]string, len(keys))
		var low, high [4096]int
		for _, k := range keys {
			h := keyHash(seed, k)
			if other, ok := hashes[h]; ok {
				t.Fatalf("keyHash(%#x): %q and %q both hash to %#x", seed, other, k, h)
			}
			hashes[h] = k
			low[h&4095]++
			high[h>>52]++
		}
		share := len(keys) / 4096
		for _, parts := range [][4096]int{low, high} {
			for i, n := range parts {
				if n > 2*share || 2*n < share {
					t.Fatalf("keyHash(%#x): part %d of 4,096 holds %d of %d keys, want about %d", seed, i, n, len(keys), share)
				}
			}
		}
	}
}
