package qa

import (
	"math/bits"
	"math/rand/v2"
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

// keyHash hashes key with seed, as wyhash does: the key's bytes, eight at
// a time, each multiplied with the state into 128 bits whose halves are
// joined. A key of up to eight bytes is read whole in one multiply, by
// its first and last four bytes, or by its first, middle and last when it
// is shorter (which, with its length, tell it from any other). It takes
// about a third of hash/maphash's count for the tokenizer's words, which
// the vocab looks up at every token of a corpus (TestKeyHash); the ids
// are given in the order the keys come, so no index depends on it.
func keyHash(seed uint64, key string) uint64 {
	h := seed ^ uint64(len(key))*hashMul0
	for len(key) > 8 {
		h = hashMix(h^load64(key), hashMul1)
		key = key[8:]
	}
	var x uint64
	switch n := len(key); {
	case n >= 4:
		x = uint64(load32(key))<<32 | uint64(load32(key[n-4:]))
	case n > 0:
		x = uint64(key[0])<<16 | uint64(key[n/2])<<8 | uint64(key[n-1])
	}
	return hashMix(h^x^hashMul2, x^hashMul1^h>>29)
}

// The odd constants keyHash multiplies by (wyhash's).
const (
	hashMul0 = 0xa0761d6478bd642f
	hashMul1 = 0xe7037ed1a0b428db
	hashMul2 = 0x8ebc6af09c88c6e3
)

// hashMix multiplies a and b into 128 bits and joins the halves.
func hashMix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// load64 and load32 read the first eight or four bytes of s, little-endian.
func load64(s string) uint64 {
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func load32(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
