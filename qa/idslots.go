package qa

import (
	"math/rand/v2"

	"github.com/qabot/qabot/qa/internal/keyhash"
)

// idSlots is an open-addressed table of the ids of strings kept
// elsewhere (wordTable's array of bytes, keyTable's chunks): a slot holds
// 1 + an id in its low bits (as many as the slots need: the mask
// len(slots)-1) and the high bits of the string's hash (its tag) in the
// others, or 0 for none, so that a probe compares the string itself only
// when the tags agree. Their count is a power of two, at most three
// quarters of them used (full). The methods that compare strings take
// keyOf, which gives the string of an id; it is called only where the
// tags agree. Its zero value has no slots: rehash makes them.
type idSlots struct {
	slots []uint32
	seed  uint64 // for keyHash, random for each table
}

// look returns the id of key (ok), or, when key is absent, the free slot
// at the end of its probe sequence and the tag to put there with its id.
// t must have slots.
func (t *idSlots) look(key string, keyOf func(int) string) (id int, ok bool, free, tag uint32) {
	mask := uint32(len(t.slots) - 1)
	h := keyHash(t.seed, key)
	tag = uint32(h>>32) &^ mask
	i := uint32(h) & mask
	for ; t.slots[i] != 0; i = (i + 1) & mask {
		if s := t.slots[i]; s&^mask == tag {
			if id := int(s&mask - 1); keyOf(id) == key {
				return id, true, i, tag
			}
		}
	}
	return 0, false, i, tag
}

// find returns the id of key.
func (t *idSlots) find(key string, keyOf func(int) string) (int, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	id, ok, _, _ := t.look(key, keyOf)
	return id, ok
}

// insert puts id, whose string key the slots do not hold yet, in the
// first free slot of its probe sequence.
func (t *idSlots) insert(id int, key string) {
	mask := uint32(len(t.slots) - 1)
	h := keyHash(t.seed, key)
	i := uint32(h) & mask
	for t.slots[i] != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = uint32(h>>32)&^mask | (uint32(id) + 1)
}

// full reports whether n ids would use more than three quarters of the
// slots.
func (t *idSlots) full(n int) bool { return 4*n > 3*len(t.slots) }

// rehash makes n slots, a power of two, and puts the ids 0 to count-1 in
// them.
func (t *idSlots) rehash(n, count int, keyOf func(int) string) {
	if t.slots == nil {
		t.seed = rand.Uint64()
	}
	t.slots = make([]uint32, n)
	for id := range count {
		t.insert(id, keyOf(id))
	}
}

// keyHash hashes key with seed (keyhash.Sum, as wyhash does). It takes
// about a third of hash/maphash's count for the tokenizer's words, which
// the vocab looks up at every token of a corpus (TestKeyHash); the ids
// are given in the order the keys come, so no index depends on it.
func keyHash(seed uint64, key string) uint64 { return keyhash.Sum(seed, key) }
