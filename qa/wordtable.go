package qa

import (
	"sort"
	"strings"
	"unsafe"
)

// wordTable is a set of strings, each with an id (0, 1, ... in the order
// they were added), for an index's words and stems: the strings end to
// end in one array of bytes, where each begins in an array of offsets,
// and an open-addressed table of ids finds them. A word costs its length
// and 4 bytes of offset and at most 11 of table, and the whole table is
// four objects with no pointer in them for the collector to follow,
// against about 40 bytes of map slot and an allocated string a word in a
// map[string]int32 (the stems and words of 48 SQuAD articles: some 0.8 MB,
// not 2.4 MB in 17,000 objects). It holds fewer than 2^31 words of 4 GB in
// all. Its zero value is ready to use; it is read-only, and then safe for
// concurrent use, once its index is built.
type wordTable struct {
	// text holds the words end to end: word id is
	// text[start[id]:start[id+1]].
	text  []byte
	start []uint32
	// ids find a word's id.
	ids idSlots
}

// len returns the number of words.
func (t *wordTable) len() int { return max(len(t.start)-1, 0) }

// word returns word id, in place: the bytes of a word never change.
func (t *wordTable) word(id int) string {
	lo, hi := t.start[id], t.start[id+1]
	return unsafe.String(unsafe.SliceData(t.text[lo:hi]), int(hi-lo))
}

// find returns the id of w.
func (t *wordTable) find(w string) (int, bool) { return t.ids.find(w, t.word) }

// add adds w, known to be absent, and returns its id.
func (t *wordTable) add(w string) int {
	if len(t.start) == 0 {
		t.start = append(t.start, 0)
	}
	t.text = append(t.text, w...)
	t.start = append(t.start, uint32(len(t.text)))
	id := t.len() - 1
	if t.ids.full(t.len()) {
		t.ids.rehash(max(1024, 2*len(t.ids.slots)), t.len(), t.word)
	} else {
		t.ids.insert(id, w)
	}
	return id
}

// intern returns the id of w, added when t lacks it: find then add,
// hashing w once while t has room for it.
func (t *wordTable) intern(w string) int {
	if len(t.ids.slots) == 0 || t.ids.full(t.len()+1) {
		if id, ok := t.find(w); ok {
			return id
		}
		return t.add(w)
	}
	id, ok, free, tag := t.ids.look(w, t.word)
	if ok {
		return id
	}
	t.text = append(t.text, w...)
	t.start = append(t.start, uint32(len(t.text)))
	id = t.len() - 1
	t.ids.slots[free] = tag | (uint32(id) + 1)
	return id
}

// reserve makes room for n words of size bytes in all, so that adding
// them allocates nothing more.
func (t *wordTable) reserve(n, size int) {
	if len(t.start) == 0 {
		t.start = make([]uint32, 1, n+1)
	}
	t.text = growTo(t.text, size)
	t.start = growTo(t.start, n+1)
	slots := 1024
	for 3*slots < 4*n {
		slots *= 2
	}
	if slots > len(t.ids.slots) {
		t.ids.rehash(slots, t.len(), t.word)
	}
}

// growTo returns s with room for n values in all.
func growTo[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s
	}
	out := make([]T, len(s), n)
	copy(out, s)
	return out
}

// trim lets go of the room reserve or add made beyond the words held.
func (t *wordTable) trim() {
	if cap(t.text) > len(t.text) {
		t.text = append([]byte(nil), t.text...)
	}
	if cap(t.start) > len(t.start) {
		t.start = append([]uint32(nil), t.start...)
	}
}

// prefixed returns the ids of the words that start with prefix, lo to
// hi, in a table whose words were added in order.
func (t *wordTable) prefixed(prefix string) (lo, hi int) {
	n := t.len()
	lo = sort.Search(n, func(i int) bool { return t.word(i) >= prefix })
	hi = lo
	for hi < n && strings.HasPrefix(t.word(hi), prefix) {
		hi++
	}
	return lo, hi
}

// words returns the words in id order, in place.
func (t *wordTable) words() []string {
	out := make([]string, t.len())
	for id := range out {
		out[id] = t.word(id)
	}
	return out
}

// fill makes t the table of words, in order, to an empty t. A word given
// twice is added once when dedup is set (then t holds fewer words than
// were given); otherwise words must be distinct.
func (t *wordTable) fill(words []string, dedup bool) {
	size := 0
	for _, w := range words {
		size += len(w)
	}
	t.reserve(len(words), size)
	for _, w := range words {
		if dedup {
			t.intern(w)
		} else {
			t.add(w)
		}
	}
	t.trim()
}
