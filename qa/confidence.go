package qa

import "math/bits"

// Abstention. The index abstains when a large share of the question's
// weight lies in words the corpus never uses, even as a variant (the
// question is about something else: "who is the CEO of ByteDance" when no
// document mentions a CEO). Otherwise it answers only when the winning
// sentence matches enough of the question: its coverage is the share of
// the question's weight found in the sentence, words found only next to it
// counting at the neighbour rate. A question that asks for a strict type
// (a date, a clock time, a number) also needs a phrase of that type in the
// sentence that is not made of question words. The thresholds (params in
// rank.go) were calibrated on the seed dev set and squad-train11 together
// (eval_test.go), not per question.

// verdict is confidence's decision: whether to answer, and the score.
type verdict struct {
	found bool
	score float64
}

// confidence decides whether the best candidate answers the question.
func (ix *Index) confidence(q *Question, sc *scratch, best cand, total, oov float64) verdict {
	st := &ix.sents[best.sent]
	m := sc.mask[best.sent]
	ref, nb := ix.context(sc, best.sent)
	cov := 0.0
	if total > 0 {
		cov = (sc.massOf(m) + ix.p.coref*sc.massOf(ref) + ix.p.neighbour*sc.massOf(nb)) / total
	}
	v := verdict{score: cov}
	maxUnknown := ix.p.maxUnknown
	if sc.wordsIn(q, sc.allTerms(), false) >= 4 {
		// A question with four words the corpus knows is on its topic,
		// whatever else it says ("why did china pick this exact moment").
		maxUnknown = ix.p.maxUnknownLong
	}
	if total > 0 && oov/total >= maxUnknown {
		return v
	}
	switch q.Type {
	case TypeDate, TypeTime, TypeNumber:
		if ix.typeFit(q, sc, st) < strictFit {
			return v
		}
	}
	// In a two-word question, one word found is a coincidence unless it
	// carries most of the question: "the capital of France" finds
	// "France" somewhere, but "where is MI6 based" is about MI6.
	if known := sc.wordsIn(q, sc.allTerms(), true); known == 2 && sc.wordsIn(q, m|ref|nb, true) < 2 && cov < ix.p.loneWord {
		return v
	}
	// An answer must share at least one word with the question itself,
	// not only its synonyms: "test" is not answered by "examines".
	if !sc.ownWordIn(m | ref | nb) {
		return v
	}
	// A name the question gives must be in the answer's document: an
	// answer about someone else is no answer ("when did Beyoncé win the
	// Nobel prize" finds only someone else's prize).
	if ix.missesName(q, sc, st.doc) {
		return v
	}
	v.found = cov >= ix.p.minCoverage
	return v
}

// minNameSentences is how often a name must occur to mark its documents:
// a word seen capitalised once or twice may be a name by accident.
const minNameSentences = 3

// missesName reports whether a name of the question that marks a few
// documents (at most a third of them) is absent from document d: the
// question is about what those documents are about. A name found all over
// the corpus ("American") marks nothing.
func (ix *Index) missesName(q *Question, sc *scratch, d int32) bool {
	have := sc.docMask[d]
	for k, t := range sc.terms {
		if have&(1<<k) != 0 || !ix.names[t.id] || ix.df(t.id) < minNameSentences || !ix.surfaceIs(q.words[t.word].text, t.id) {
			continue
		}
		if sc.docsWith[k] <= max(1, len(ix.docs)/3) {
			return true
		}
	}
	return false
}

// surfaceIs reports whether the question word w resolves to term id
// itself, not through a variant.
func (ix *Index) surfaceIs(w string, id int32) bool {
	got, ok := ix.surface[w]
	return ok && got == id
}

// ownWordIn reports whether mask holds a question word's own term, not only
// alternatives.
func (sc *scratch) ownWordIn(mask uint32) bool {
	for ; mask != 0; mask &= mask - 1 {
		if !sc.terms[bits.TrailingZeros32(mask)].alt {
			return true
		}
	}
	return false
}
