package qa

import (
	"math/bits"
	"slices"

	"github.com/qabot/qabot/qa/english"
	"github.com/qabot/qabot/qa/internal/probe"
)

// The asked-instance feature: a "what X" or "which X" question, or one
// asking for the name of X (the asked noun, Question.askedNoun), prefers
// a sentence holding a name the question lacks that WordNet makes an
// instance or a kind of X ("Spain" for "what country are the talks in",
// "Madrid" for "which city").
//
// Written plainly, an english.IsA of each content word of each candidate
// against the asked noun, it walked WordNet some 300 times a question and
// made an answer 2.8 times as dear. Here WordNet is read for the names
// only, the terms the corpus only writes capitalised (Index.names: about
// a fifth of a candidate's words, a third of a corpus's terms): once an
// index for each of their words (nameWords.kindsOf) and once a question
// for each name term (instanceVerdicts); the asked noun's senses are
// found once a question (askedSenses), and the rest is a look at each
// term of a candidate: 2.2% of an answer's instructions on 48 SQuAD
// articles.

// askedSenses appends to dst the synsets of the noun senses of the
// question's words that spell the thing q asks for (Question.askedNoun),
// as english.IsA reads a category, and returns it: none when q asks for
// no kind of thing, or asks who holds a role ("who is china's chief
// negotiator"), whose answer is a person WordNet seldom names, while the
// names of places and bodies it does name are kinds of many a role.
func askedSenses(q *Question, dst []uint32) []uint32 {
	asked := q.askedNoun()
	if len(asked) == 0 || q.class == qcWho || q.class == qcWhoThe || q.class == qcWhoIs {
		return dst
	}
	en := english.Load()
	if en.Err() != nil {
		return dst
	}
	for _, w := range q.words {
		if slices.Contains(asked, w.stem) {
			dst = en.AppendNounSenses(dst, w.text)
		}
	}
	return dst
}

// holdsInstance reports whether sentence st holds a name term that is no
// term of the question and that some word of which WordNet makes a kind
// or an instance of one of the synsets of sc.askedSenses.
func (sc *scratch) holdsInstance(ix *Index, st *sentence) bool {
	if len(sc.askedSenses) == 0 {
		return false
	}
	for _, id := range st.terms() {
		if !ix.names[id] || sc.qidx[id] > 0 {
			continue
		}
		v, ok := sc.instances.get(id)
		if !ok {
			v = ix.nameIsA(id, sc.askedSenses, sc.askedMask)
			sc.instances.put(id, v)
		}
		if v {
			return true
		}
	}
	return false
}

// nameIsA reports whether a word of name term id has a noun sense that
// is, or has among its WordNet ancestors, one of the synsets of senses:
// english.IsA of the word and the asked noun, by the word's synsets walked
// once an index (nameWords.kindsOf). mask has bit s%64 set for each
// synset s of senses, so that most ancestors are passed over without a
// search of senses.
func (ix *Index) nameIsA(id int32, senses []uint32, mask uint64) bool {
	nw := ix.nameWords
	lo, hi := nw.wordsOf(id)
	for i := lo; i < hi; i++ {
		for _, a := range nw.kindsOf(ix, i) {
			if mask>>(a%64)&1 != 0 && slices.Contains(senses, a) {
				return true
			}
		}
	}
	return false
}

// synsetMask returns the mask of bit s%64 of each synset s of senses.
func synsetMask(senses []uint32) uint64 {
	var m uint64
	for _, s := range senses {
		m |= 1 << (s % 64)
	}
	return m
}

// nameWords holds the corpus's words of its name terms (Index.names) and
// their synsets, walked when the index is readied (walkKinds): those of
// each noun sense and their ancestors (english.AppendNounAncestors). Of 16,582 terms of 48
// SQuAD articles, 5,407 are names, with 5,601 words: 92 kB, and the 9,982
// questions asked of them walk WordNet for 5,544 of the words, 64 kB more.
// Its synsets are the index's, not the process's (nounKindsOf), so that
// they go with it when a corpus is loaded again.
type nameWords struct {
	// isName has bit t%64 of word t/64 set for name term t; before[k] is
	// the number of name terms below term 64k: name term t is the r-th,
	// r = before[t/64] + the bits of isName[t/64] below t's.
	isName []uint64
	before []int32
	// The words of the r-th name term are words[at[r]:at[r+1]], indexes
	// in Index.surface.
	at, words []int32
	// kinds[i] is where the synsets of words[i] are in store, as
	// 1<<63 | n<<32 | place, or 0 for a word whose synsets are more than
	// a chunk of store holds (never met), walked again when asked for.
	// Written by walkKinds only, read-only after.
	kinds []uint64
	store listStore[uint32]
}

// walkKinds walks the kinds of each word of nw now (kindsOf), as finish
// does for every index: 5,601 words of 48 SQuAD articles, some 2 ms of a
// build, of which the 9,982 questions asked of them walk 5,544 anyway, and
// a first meeting of a name in an answer cost a WordNet walk of some
// 1,000 instructions and its cache misses (holdsInstance, the first
// answers of a process, where the time tail is).
func (nw *nameWords) walkKinds(ix *Index) {
	var buf [64]uint32
	for i, w := range nw.words {
		ks := english.Load().AppendNounAncestors(buf[:0], ix.surface.word(int(w)))
		if at, ok := nw.store.put(ks); ok && len(ks) <= 0xffff {
			nw.kinds[i] = 1<<63 | uint64(len(ks))<<32 | uint64(at)
		}
	}
}

// nameWordsOf returns the nameWords of the name terms names, the words of
// the surface table whose terms are surfaceIDs.
func nameWordsOf(names []bool, surfaceIDs []int32) *nameWords {
	nw := &nameWords{isName: make([]uint64, (len(names)+63)/64), before: make([]int32, (len(names)+63)/64)}
	n := int32(0)
	for t, name := range names {
		if t%64 == 0 {
			nw.before[t/64] = n
		}
		if name {
			nw.isName[t/64] |= 1 << (t % 64)
			n++
		}
	}
	nw.at = make([]int32, n+1)
	for _, id := range surfaceIDs {
		if int(id) < len(names) && names[id] {
			nw.at[nw.rank(id)+1]++
		}
	}
	for r := range n {
		nw.at[r+1] += nw.at[r]
	}
	nw.words = make([]int32, nw.at[n])
	next := slices.Clone(nw.at[:n])
	for w, id := range surfaceIDs {
		if int(id) < len(names) && names[id] {
			r := nw.rank(id)
			nw.words[next[r]] = int32(w)
			next[r]++
		}
	}
	nw.kinds = make([]uint64, len(nw.words))
	return nw
}

// rank returns r for the r-th name term, name term id.
func (nw *nameWords) rank(id int32) int32 {
	k := id / 64
	return nw.before[k] + int32(bits.OnesCount64(nw.isName[k]&(1<<(id%64)-1)))
}

// wordsOf returns the bounds in nw.words of the words of term id, none
// when it is no name.
func (nw *nameWords) wordsOf(id int32) (lo, hi int32) {
	if int(id/64) >= len(nw.isName) || nw.isName[id/64]&(1<<(id%64)) == 0 {
		return 0, 0
	}
	r := nw.rank(id)
	return nw.at[r], nw.at[r+1]
}

// kindsOf returns the synsets of the noun senses of word nw.words[i] of
// ix and their ancestors, in place, as walkKinds walked them.
func (nw *nameWords) kindsOf(ix *Index, i int32) []uint32 {
	if v := nw.kinds[i]; v != 0 {
		return nw.store.at(uint32(v), int(v>>32&0xffff))
	}
	return english.Load().AppendNounAncestors(nil, ix.surface.word(int(nw.words[i]))) // longer than a chunk: never stored
}

// instanceVerdicts remembers, for one question, whether each name term
// asked about is an instance of the asked noun (holdsInstance): an
// open-addressed table (probe) of (term+1)<<1 | verdict, 0 an empty
// slot, which stops taking terms when half full. Most questions meet a
// few dozen names among their candidates, each in several of them.
type instanceVerdicts struct {
	slots [probe.Slots]uint32
	n     int
}

// clear empties the table, when anything was put in it.
func (t *instanceVerdicts) clear() {
	if t.n > 0 {
		clear(t.slots[:])
		t.n = 0
	}
}

// slot returns where term id is, or the empty slot where it would go.
func (t *instanceVerdicts) slot(id int32) int {
	return probe.Slot(&t.slots, uint32(id+1), 1)
}

// get returns the verdict remembered for term id, if any.
func (t *instanceVerdicts) get(id int32) (v, ok bool) {
	s := t.slots[t.slot(id)]
	return s&1 != 0, s != 0
}

// put remembers verdict v for term id, while the table is at most half
// full.
func (t *instanceVerdicts) put(id int32, v bool) {
	if 2*(t.n+1) > len(t.slots) {
		return
	}
	s := uint32(id+1) << 1
	if v {
		s |= 1
	}
	t.slots[t.slot(id)] = s
	t.n++
}
