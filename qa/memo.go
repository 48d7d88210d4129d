package qa

import (
	"slices"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Memories of values computed for string keys: the process's stems
// (stem.go, stemMemo) and an index's resolved question words (words.go,
// memo). After the first questions they are read far more than written,
// so each is guarded by a read-write lock; and they hold tens of thousands
// of short keys, so the keys live in a keyTable, not a map.

// chunkStore keeps short strings as bytes in 64 KB chunks that never
// move: each string its length's byte, then its bytes. The strings it
// hands out point into the chunks, which is safe because bytes once
// written never change. Its zero value is ready to use.
type chunkStore struct {
	chunks [][]byte
}

const (
	// maxKeyLen is the longest string a chunkStore keeps.
	maxKeyLen = 255
	// keyChunk is the size of a chunk: offsets in it take 16 bits.
	keyChunk = 1 << 16
)

// put writes s, at most maxKeyLen bytes, and returns its place: its
// chunk << 16 | its offset in the chunk.
func (c *chunkStore) put(s string) uint32 {
	last := len(c.chunks) - 1
	if last < 0 || len(c.chunks[last])+1+len(s) > keyChunk {
		c.chunks = append(c.chunks, make([]byte, 0, keyChunk))
		last++
	}
	b := c.chunks[last]
	c.chunks[last] = append(append(b, byte(len(s))), s...)
	return uint32(last)<<16 | uint32(len(b))
}

// at returns the string at place p, in place.
func (c *chunkStore) at(p uint32) string {
	b := c.chunks[p>>16][p&(keyChunk-1):]
	return unsafe.String(unsafe.SliceData(b[1:]), int(b[0]))
}

// listStore keeps lists of small values end to end in chunks of
// listChunk values that never move, for a memory whose values say where
// their list is instead of holding a slice: no pointer for the collector
// to follow, and no allocation per list. A reader needs no lock: the
// chunks are reached through a list of them that is replaced, never
// changed, when a chunk is added, and a list's place is handed out, under
// its memory's lock, only after the list is written. Its zero value is
// ready to use; it is safe for concurrent use.
type listStore[T any] struct {
	mu     sync.Mutex
	chunks atomic.Pointer[[]*[listChunk]T]
	// next is where the next list goes: its chunk << listShift | its
	// offset.
	next uint32
}

const (
	// listShift is the bits of a list's place that hold its offset in its
	// chunk.
	listShift = 13
	// listChunk is the number of values in a chunk (32 KB of synsets,
	// 64 KB of terms).
	listChunk = 1 << listShift
	// maxListChunks bounds a store's chunks (2^31 values); a full store
	// keeps no more lists.
	maxListChunks = 1 << 18
)

// put writes list and returns its place; ok is false when the store is
// full or the list longer than a chunk.
func (s *listStore[T]) put(list []T) (at uint32, ok bool) {
	if len(list) > listChunk {
		return 0, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var chunks []*[listChunk]T
	if p := s.chunks.Load(); p != nil {
		chunks = *p
	}
	c, off := int(s.next>>listShift), int(s.next&(listChunk-1))
	if off+len(list) > listChunk {
		c, off = c+1, 0
	}
	if c >= maxListChunks {
		return 0, false
	}
	if c == len(chunks) {
		grown := append(chunks[:len(chunks):len(chunks)], new([listChunk]T))
		s.chunks.Store(&grown)
		chunks = grown
	}
	copy(chunks[c][off:], list)
	at = uint32(c<<listShift | off)
	s.next = at + uint32(len(list))
	return at, true
}

// at returns the n values at place p, in place.
func (s *listStore[T]) at(p uint32, n int) []T {
	if n == 0 {
		return nil
	}
	off := int(p & (listChunk - 1))
	return (*s.chunks.Load())[p>>listShift][off : off+n : off+n]
}

// keyTable is a compact set of short strings, each with an id (0, 1, ...
// in the order they were added, fewer than maxKeyID of them): the strings
// are in a chunkStore, and an open-addressed table of ids finds them. A
// key costs its length, 1 byte, 4 bytes of place and at most 11 of table,
// against about 40 bytes of map slot and string allocation in a
// map[string]int32. Its zero value is ready to use; it is not safe for
// concurrent use by itself.
type keyTable struct {
	store chunkStore
	// places are where each id's key is in store.
	places []uint32
	// ids find a key's id.
	ids idSlots
}

const (
	// maxKeyID bounds a keyTable's ids (and so its slots, four for
	// three ids). The memories that use one hold far fewer keys.
	maxKeyID = 1<<24 - 1
)

// len returns the number of keys.
func (t *keyTable) len() int { return len(t.places) }

// find returns the id of key.
func (t *keyTable) find(key string) (int, bool) { return t.ids.find(key, t.key) }

// key returns the key of id, in place.
func (t *keyTable) key(id int) string { return t.store.at(t.places[id]) }

// add adds key, known to be absent and at most maxKeyLen bytes, to a
// table of fewer than maxKeyID keys, and returns its id.
func (t *keyTable) add(key string) int {
	switch {
	case len(t.ids.slots) == 0:
		t.ids.rehash(1024, 0, t.key)
	case t.ids.full(len(t.places) + 1):
		t.ids.rehash(2*len(t.ids.slots), len(t.places), t.key)
	}
	t.places = append(t.places, t.store.put(key))
	id := len(t.places) - 1
	t.ids.insert(id, key)
	return id
}

// reserve makes room for n keys in all, so that adding keys up to n
// rehashes no slots: a memory filled while questions are answered makes
// its room when its index is built, not in the middle of an answer (a
// rehash of some 24,000 stems took about 4 million instructions in one).
func (t *keyTable) reserve(n int) {
	n = min(n, maxKeyID)
	slots := max(len(t.ids.slots), 1024)
	for 4*n > 3*slots {
		slots *= 2
	}
	if slots > len(t.ids.slots) {
		t.ids.rehash(slots, len(t.places), t.key)
	}
	t.places = slices.Grow(t.places, max(0, n-len(t.places)))
}

// memo remembers the values computed for string keys, up to a bound on
// its keys (then it computes without remembering). The values are kept
// in slabs of memoSlab, so that a value costs its size and no allocation
// of its own, and get hands out pointers to them. Its zero value is ready
// to use; it is safe for concurrent use.
type memo[V any] struct {
	mu    sync.RWMutex
	keys  keyTable
	slabs [][]V // value id is slabs[id/memoSlab][id%memoSlab]
}

// memoSlab is the number of values in a slab.
const memoSlab = 256

// size returns the number of keys it holds.
func (c *memo[V]) size() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.keys.len()
}

// reserve makes room for n keys in all (keyTable.reserve).
func (c *memo[V]) reserve(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.keys.reserve(n)
}

// get returns the value of key, made by compute on a miss. The value is
// remembered when keep is set and the memo holds fewer than max keys; of
// two calls that compute the same key at once, both return the value
// remembered first. The value must not be changed.
func (c *memo[V]) get(key string, max int, keep bool, compute func(*V)) *V {
	c.mu.RLock()
	id, ok := c.keys.find(key)
	var v *V
	if ok {
		v = &c.slabs[id/memoSlab][id%memoSlab]
	}
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = new(V)
	compute(v)
	if !keep || len(key) > maxKeyLen {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if id, ok := c.keys.find(key); ok {
		return &c.slabs[id/memoSlab][id%memoSlab]
	}
	if c.keys.len() >= min(max, maxKeyID) {
		return v
	}
	id = c.keys.add(key)
	if id%memoSlab == 0 {
		c.slabs = append(c.slabs, make([]V, memoSlab))
	}
	kept := &c.slabs[id/memoSlab][id%memoSlab]
	*kept = *v
	return kept
}
