package qa

import (
	"fmt"
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
