package qa

import (
	"hash/maphash"
	"strings"
	"sync"
	"unsafe"
)

// stemMemo remembers words and their stems compactly, up to a bound on
// its words: each word and its stem are bytes in one append-only arena
// (the stem only when it is not a prefix of the word, as most snowball
// stems are), found through an open-addressed table of arena offsets. A
// map of strings would cost about 60 bytes a word besides the words;
// this costs the word, a 2-byte header and 8 bytes of table or less.
// Its zero value is ready to use; it is safe for concurrent use.
type stemMemo struct {
	mu sync.RWMutex
	// chunks hold the entries: the word's length, the stem's length
	// (stemPrefix set when the stem is the word's first bytes), the word,
	// then the stem unless it is a prefix. A chunk is filled and never
	// moved, and bytes once written never change, so the strings handed
	// out may point into it.
	chunks [][]byte
	// slots are 1 + the place of an entry (its chunk << 16 | its offset
	// in the chunk), or 0 for none; their count is a power of two, at most
	// half of them used.
	slots []uint32
	n     int
	seed  maphash.Seed
}

const (
	// stemPrefix marks, in an entry's stem length, a stem that is the
	// first bytes of the word.
	stemPrefix = 0x80
	// stemMemoLen is the longest word or stem the memo keeps.
	stemMemoLen = stemPrefix - 1
	// stemChunk is the size of a chunk: offsets in it take 16 bits.
	stemChunk = 1 << 16
)

// get returns the stem of w, made by compute on a miss and remembered
// while the memo holds fewer than max words. Of two calls that compute the
// stem of the same word at once, both return the stem remembered first.
func (m *stemMemo) get(w string, max int, compute func() string) string {
	m.mu.RLock()
	s, ok := m.find(w)
	m.mu.RUnlock()
	if ok {
		return s
	}
	s = compute()
	if len(w) > stemMemoLen || len(s) > stemMemoLen {
		return s
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if old, ok := m.find(w); ok {
		return old
	}
	if m.n >= max {
		return s
	}
	return m.add(w, s)
}

// find looks w up; the caller holds m.mu.
func (m *stemMemo) find(w string) (string, bool) {
	if len(m.slots) == 0 {
		return "", false
	}
	mask := uint32(len(m.slots) - 1)
	for i := uint32(maphash.String(m.seed, w)) & mask; m.slots[i] != 0; i = (i + 1) & mask {
		if word, stem := m.entry(m.slots[i] - 1); word == w {
			return stem, true
		}
	}
	return "", false
}

// entry returns the word and the stem of the entry at place p.
func (m *stemMemo) entry(p uint32) (word, stem string) {
	b := m.chunks[p>>16][p&(stemChunk-1):]
	wl, sl := int(b[0]), int(b[1])
	word = unsafe.String(unsafe.SliceData(b[2:]), wl)
	switch {
	case sl&stemPrefix != 0:
		return word, word[:sl&^stemPrefix]
	case sl == 0:
		return word, ""
	}
	return word, unsafe.String(unsafe.SliceData(b[2+wl:]), sl)
}

// add remembers w and its stem s and returns s as the memo keeps it; the
// caller holds m.mu for writing.
func (m *stemMemo) add(w, s string) string {
	if len(m.slots) == 0 {
		m.seed = maphash.MakeSeed()
		m.slots = make([]uint32, 1024)
	}
	if 2*(m.n+1) > len(m.slots) {
		m.rehash(2 * len(m.slots))
	}
	prefix := strings.HasPrefix(w, s)
	size := 2 + len(w)
	if !prefix {
		size += len(s)
	}
	last := len(m.chunks) - 1
	if last < 0 || len(m.chunks[last])+size > stemChunk {
		m.chunks = append(m.chunks, make([]byte, 0, stemChunk))
		last++
	}
	c := m.chunks[last]
	p := uint32(last)<<16 | uint32(len(c))
	sl := byte(len(s))
	if prefix {
		sl |= stemPrefix
	}
	c = append(c, byte(len(w)), sl)
	c = append(c, w...)
	if !prefix {
		c = append(c, s...)
	}
	m.chunks[last] = c
	m.insert(p)
	m.n++
	_, stem := m.entry(p)
	return stem
}

// insert puts place p in the first free slot of its word's probe sequence.
func (m *stemMemo) insert(p uint32) {
	w, _ := m.entry(p)
	mask := uint32(len(m.slots) - 1)
	i := uint32(maphash.String(m.seed, w)) & mask
	for m.slots[i] != 0 {
		i = (i + 1) & mask
	}
	m.slots[i] = p + 1
}

// rehash spreads the entries over n slots.
func (m *stemMemo) rehash(n int) {
	old := m.slots
	m.slots = make([]uint32, n)
	for _, s := range old {
		if s != 0 {
			m.insert(s - 1)
		}
	}
}
