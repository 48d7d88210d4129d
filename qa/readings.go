package qa

import "sync/atomic"

// sentReadings keeps, sentence by sentence, the readings of a sentence's
// text that rerank's features ask of each candidate and that no question
// changes: whether it lists three things or more (enumerates), states a
// rule (statesRule), or gives a range of numbers (holdsRange). Each is
// worked out the first time a question asks it of the sentence and kept,
// so that the later questions that meet the sentence (those about the
// same document, mostly) read two bits: on 48 SQuAD articles they cost
// some 2,000–5,000 instructions a reading, and reading all of them at
// Build took longer (some 60 ms of CPU for 10,683 sentences) than the
// 9,982 questions spend on them. Build and ReadSnapshot make it (finish):
// nothing of it is stored.
//
// Concurrent questions share it: a word a sentence, read and set with
// atomics. Two questions that meet a sentence at once may both work a
// reading out; they set the same bits.
type sentReadings []atomic.Uint32

// reading names one of sentReadings' readings: the bits of reading k in a
// sentence's word are 1<<(2k), set once it is worked out, and 2<<(2k),
// its value.
type reading uint8

const (
	readLists reading = iota // enumerates
	readRule                 // statesRule
	readRange                // holdsRange
)

// of returns reading k of sentence s of ix, read by read from its text
// the first time.
func (r sentReadings) of(ix *Index, s int32, k reading, read func(text string) bool) bool {
	known, yes := uint32(1)<<(2*k), uint32(2)<<(2*k)
	w := &r[s]
	v := w.Load()
	if v&known == 0 {
		v = known
		if read(ix.sents[s].text) {
			v |= yes
		}
		w.Or(v)
	}
	return v&yes != 0
}

// enumerates is enumerates of sentence s's text.
func (ix *Index) enumerates(s int32) bool {
	return ix.readings.of(ix, s, readLists, enumerates)
}

// statesRule is statesRule of sentence s's text.
func (ix *Index) statesRule(s int32) bool {
	return ix.readings.of(ix, s, readRule, statesRule)
}

// holdsRange is holdsRange of sentence s's text: without a range, no
// number a question gives falls within one (inRange).
func (ix *Index) holdsRange(s int32) bool {
	return ix.readings.of(ix, s, readRange, holdsRange)
}
