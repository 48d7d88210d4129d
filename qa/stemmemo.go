package qa

import (
	"slices"
	"strings"
	"sync"

	"github.com/qabot/qabot/qa/english"
)

// stemMemo remembers words and their stems compactly, up to a bound on
// its words: the words in a keyTable, and for each a stem that is a
// prefix of the word (as most snowball stems are) by its length alone,
// any other in a chunkStore. A word costs about its length and 14 bytes,
// against some 60 in a map[string]string. Its zero value is ready to use;
// it is safe for concurrent use.
type stemMemo struct {
	mu    sync.RWMutex
	words keyTable
	// stems are, by word id, stemPrefix | the length of a stem that is
	// the word's first bytes, or the place of the stem in store.
	stems []uint32
	store chunkStore
	// pos are, by word id, posKnown | the word's parts of speech once
	// posCached has asked for them (pos), else 0.
	pos []english.POSMask
}

// posKnown marks, in stemMemo.pos, the parts of speech of a word that
// have been looked up; WordNet's parts of speech stay below it.
const posKnown english.POSMask = 1 << 7

// stemPrefix marks, in stems, a stem that is a prefix of its word; the
// places of store stay below it.
const stemPrefix = 1 << 31

// get returns the stem of w, made by compute on a miss and remembered
// while the memo holds fewer than max words. Of two calls that compute the
// stem of the same word at once, both return the stem remembered first.
func (m *stemMemo) get(w string, max int, compute func() string) string {
	m.mu.RLock()
	id, ok := m.words.find(w)
	var s string
	if ok {
		s = m.stem(id)
	}
	m.mu.RUnlock()
	if ok {
		return s
	}
	s = compute()
	if len(w) > maxKeyLen || len(s) > maxKeyLen {
		return s
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if id, ok := m.words.find(w); ok {
		return m.stem(id)
	}
	if m.words.len() >= min(max, maxKeyID) {
		return s
	}
	id = m.words.add(w)
	m.pos = append(m.pos, 0)
	if strings.HasPrefix(w, s) {
		m.stems = append(m.stems, stemPrefix|uint32(len(s)))
	} else {
		m.stems = append(m.stems, m.store.put(s))
	}
	return m.stem(id)
}

// makeRoom makes room for extra words more than it holds
// (keyTable.reserve).
func (m *stemMemo) makeRoom(extra int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := min(m.words.len()+extra, stemCacheWords, maxKeyID)
	m.words.reserve(n)
	m.stems = slices.Grow(m.stems, max(0, n-len(m.stems)))
	m.pos = slices.Grow(m.pos, max(0, n-len(m.pos)))
}

// stem returns the stem of word id, in place; the caller holds m.mu.
func (m *stemMemo) stem(id int) string {
	if s := m.stems[id]; s&stemPrefix != 0 {
		return m.words.key(id)[:s&^stemPrefix]
	}
	return m.store.at(m.stems[id])
}

// partsOf returns the parts of speech of w, made by compute the first time
// they are asked for, when the memo holds w (ok); it does not add w. The
// words whose parts of speech answering asks for are nearly all words the
// memo holds, the corpus's and the questions' (posCached), so they are
// kept beside their stems, a byte a word, rather than in a memory keyed
// by the words again.
func (m *stemMemo) partsOf(w string, compute func() english.POSMask) (p english.POSMask, ok bool) {
	m.mu.RLock()
	id, ok := m.words.find(w)
	if ok {
		p = m.pos[id]
	}
	m.mu.RUnlock()
	if !ok || p&posKnown != 0 {
		return p &^ posKnown, ok
	}
	p = compute()
	m.mu.Lock()
	m.pos[id] = p | posKnown
	m.mu.Unlock()
	return p, true
}
