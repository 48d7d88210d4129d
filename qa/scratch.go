package qa

import (
	"math/bits"
	"runtime"
	"sync"
)

// Per-question working memory. A question marks the sentences, paragraphs
// and documents it touches in a scratch taken from the index's pool; only
// what it touched is cleared afterwards, so a question costs time in
// proportion to its postings, not to the corpus.

// cand is a candidate sentence: its retrieval score, which made it a
// candidate (rank.go), and its score by the answer model (model.go).
type cand struct {
	sent   int32
	row    int32 // its row of features in scratch.feat
	prelim float64
	score  float64
	// mass is the weight of the question's words in the sentence (massOf
	// its mask), set by rerank.
	mass float64
	// revises is set by preferNewer on a candidate it moved to the top
	// over the one now after it, an older version of it on the same page
	// or on an archived one.
	revises bool
	// offDay is set by preferAskedDay on a candidate that does not name
	// the day the question asks about when the winner does: the winner's
	// margin is not taken over it.
	offDay bool
}

// scratch is the per-question working memory, reused through ix.scratch.
type scratch struct {
	// lead is what the lead model reads of the answer's span
	// (leadFactsOf), worked out here so that an Answer does not carry it.
	lead leadFacts
	// gist is the question's gist, when hasGist (questionGist, set by
	// rerank for an index that keeps its sentences' gists).
	gist    [gistDim]float32
	hasGist bool
	score   []float64
	// askedYear is the year the question names when a candidate's
	// document is of it, else 0 (yearAsked, set by rerank).
	askedYear int
	// askedTerms are the terms of the stems of the thing a "what X" or
	// "which X" question asks for (holdsAsked), found once a question by
	// rerank rather than once a candidate.
	askedTerms []int32
	// givenNumbers are the values of the numbers the question gives that
	// the in-range feature places (Question.appendGivenNumbers), found
	// once a question by rerank.
	givenNumbers []float64
	// askedSenses are the synsets of the asked noun's senses, and
	// instances the names found to be kinds of them (asked-instance,
	// instance.go), found once a question by rerank.
	askedSenses []uint32
	askedMask   uint64
	instances   instanceVerdicts
	// wording holds the question's wording features, rankW the array the
	// ranker's weights for them are summed in (rerank).
	wording, rankW []float64
	// agreeWith is, per candidate of top in retrieval order, the mask of
	// the candidates giving the same value, and asked their phrases of the
	// asked type (agreement).
	agreeWith []uint64
	asked     []askedValue
	// sameAs is, per candidate of top in retrieval order, the mask of the
	// candidates that say the same: those of agreeWith, and the best
	// candidates that paraphrase it (paraphrases); words holds the sorted
	// words of the best candidates while paraphrases compares them.
	sameAs []uint64
	words  [][]int32
	// defineToks holds a sentence's tokens while defines reads it.
	defineToks []token
	// sentToks remembers the tokens of the sentences read lately
	// (tokensOf).
	sentToks sentTokenCache
	// spanToks remembers what the question does not change of the span
	// tokens of the answer sentences read lately (spanTokens).
	spanToks spanTokenCache
	// local is, per sentence, the weight of the question's words it holds
	// at their idf within its document (posting.local).
	local     []float64
	mask      []termMask
	touched   []int32
	paraMask  []termMask
	paraScore []float64
	// paraHead is the part of paraScore from the terms a paragraph holds
	// only through its headings, which selectParagraphs weighs less.
	paraHead []float64
	docMask  []termMask
	// scanned marks the sentences stage 2 scored; tparas are the
	// paragraphs stage 1 touched, selKeys their keys for the choice
	// and selTmp selectBest's room to reorder them, selParas the ones it
	// chose; offers are the sentences stage 2 offers as candidates, with
	// their prelims, the topK best first once chosen (bestKeyed).
	scanned  []bool
	tparas   []int32
	selKeys  []float64
	selTmp   []float64
	offers   []keyed
	selParas []int32
	docBest  []cand
	docs     []int32
	top      []cand
	// qidx maps a term id to 1 + its index in terms, 0 when the question
	// does not hold it.
	qidx  []int8
	terms []qterm
	// wordSpan[k] is the mask of all the terms of term k's word.
	wordSpan [maxQueryTerms]termMask
	// wordBit[k] is the bit of term k's question word (wordsOf).
	wordBit [maxQueryTerms]uint32
	// termW[k] is terms[k].w, set once the terms are sorted (resolve):
	// an array, which massOf and stage 2 read with no bounds check.
	termW [maxQueryTerms]float64
	// tf and loc are countTerms' counts and local idfs of the terms of
	// the sentence at hand: only the entries of the terms it holds are
	// set, and read, so they are never cleared. They have a slot for
	// every byte, so that countTerms indexes them by a term's byte less
	// one with no mask (see there).
	tf  [termSlots]uint16
	loc [termSlots]float32
	// cues are the strongest cues of a question word and of the answer
	// type of the terms that have one (cues.go), cueIDs those terms, in
	// the same order; cueSet has bit id%64 of word id/64 set for them, and
	// cueAt is, per term, 1 + the index of its entry in cues (0 for none):
	// 4 bytes a term in each scratch, where a termCue a term took 12.
	cues   []termCue
	cueAt  []uint32
	cueSet []uint64
	cueIDs []int32
	excl   []int32
	// tdocs are the documents the question touched; docScore their
	// relevance; docsWith[k] the number of them holding term k.
	tdocs    []int32
	docScore []float64
	docsWith [maxQueryTerms]int
	// rarest is the question word whose own term weighs most (its rarest
	// known word), -1 when none has one; joined the mask of the words
	// that closed up with the word before them ("tok" of "tik tok"), no
	// words of their own (resolve).
	rarest int
	joined uint32
	// own is the mask of the question's own terms (not alternatives);
	// oov the weight of its words no document has; bestDoc and bestPara
	// the highest document and paragraph scores.
	own termMask
	// known is the number of the question's content words the corpus
	// knows, allMass the weight of all its words; names the mask of its
	// terms that are names marking a few documents (markingNames), once
	// namesKnown.
	known      int
	allMass    float64
	names      termMask
	namesKnown bool
	// folderNames is the mask of the question's terms that are words of
	// a few documents' folder names (markingNames), once namesKnown.
	folderNames termMask
	// folders is the mask of the question's terms that are words of a few
	// documents' folder names (folderWords), which scoreDocs works out and
	// marks with foldersSet, and markingNames and the missing share read.
	folders    termMask
	foldersSet bool
	// folderOnly are the documents under the folders a question word
	// with no term names (Index.folderOnly), nil when none does;
	// folderOnlyW is that word's weight in the question.
	folderOnly        []int32
	folderOnlyW       float64
	oov               float64
	bestDoc, bestPara float64
	// feat holds the candidate features of sc.top, a row each; conf the
	// confidence model's inputs for one candidate.
	feat, conf []float64
	// facts are the facts of the candidate whose features are being read
	// (features.go), kept here so that they are not allocated per question.
	facts facts
	// rowFacts holds, by row (cand.row), the facts rerank gathered for
	// each candidate of sc.top, gathered in place, whose sentence facts
	// ownConfidence reads back instead of gathering them again.
	rowFacts []facts
	// span is the span model's working memory, spanConf its confidence
	// model's inputs (spanmodel.go).
	span     spanWork
	spanConf []float64
	// q is the question Ask parsed in qbufs's slices and answers in this
	// scratch; qbufs keeps those slices, cleared, between questions.
	q     Question
	qbufs questionBufs
}

// newScratch returns the working memory for an index of nsent sentences,
// nparas paragraphs, ndocs documents and nterms terms.
func newScratch(nsent, nparas, ndocs, nterms int) *scratch {
	return &scratch{
		qidx:      make([]int8, nterms),
		cueAt:     make([]uint32, nterms),
		cueSet:    make([]uint64, (nterms+63)/64),
		score:     make([]float64, nsent),
		local:     make([]float64, nsent),
		mask:      make([]termMask, nsent),
		scanned:   make([]bool, nsent),
		paraMask:  make([]termMask, nparas),
		paraScore: make([]float64, nparas),
		paraHead:  make([]float64, nparas),
		docMask:   make([]termMask, ndocs),
		docBest:   make([]cand, ndocs),
		docScore:  make([]float64, ndocs),
		touched:   make([]int32, 0, 256),
		top:       make([]cand, 0, topK+1),
		terms:     make([]qterm, 0, maxQueryTerms),
	}
}

// denseParas is the share (1 in denseParas) of a corpus's paragraphs a
// question must touch for reset to clear the paragraph arrays whole.
const denseParas = 8

// reset clears what the last question touched.
func (sc *scratch) reset(ix *Index) {
	// Local copies, so that the loops do not reload them through sc.
	score, local, mask, scanned := sc.score, sc.local, sc.mask, sc.scanned
	for _, s := range sc.touched {
		score[s] = 0
		local[s] = 0
		mask[s] = 0
		scanned[s] = false
	}
	// A question's words touch most paragraphs of a small corpus (some
	// 1,800 of the 2,250 of 48 SQuAD articles): clearing the arrays whole
	// then costs less than clearing them one touched paragraph at a time.
	// The heading shares are written only where a posting of tf 0 is
	// (ix.headOnly): an index without one has none to clear.
	paraMask, paraScore, paraHead := sc.paraMask, sc.paraScore, sc.paraHead
	if !ix.headOnly {
		paraHead = nil
	}
	if len(sc.tparas) >= len(paraMask)/denseParas {
		clear(paraMask)
		clear(paraScore)
		clear(paraHead)
	} else {
		for _, p := range sc.tparas {
			paraMask[p] = 0
			paraScore[p] = 0
		}
		if paraHead != nil {
			for _, p := range sc.tparas {
				paraHead[p] = 0
			}
		}
	}
	for _, d := range sc.tdocs {
		sc.docMask[d] = 0
		sc.docBest[d] = cand{}
		sc.docScore[d] = 0
	}
	sc.touched = sc.touched[:0]
	sc.tparas = sc.tparas[:0]
	sc.top = sc.top[:0]
	sc.offers = sc.offers[:0]
	for _, t := range sc.terms {
		sc.qidx[t.id] = 0
	}
	sc.terms = sc.terms[:0]
	for _, id := range sc.cueIDs {
		sc.cueAt[id] = 0
		sc.cueSet[id/64] = 0
	}
	sc.cueIDs = sc.cueIDs[:0]
	sc.cues = sc.cues[:0]
	sc.excl = sc.excl[:0]
	sc.docs = sc.docs[:0]
	sc.tdocs = sc.tdocs[:0]
	sc.own, sc.oov, sc.bestDoc, sc.bestPara, sc.namesKnown, sc.foldersSet = 0, 0, 0, 0, false, false
	sc.folderOnly, sc.folderOnlyW = nil, 0
	// Nor keep the question alive in the pool.
	sc.facts, sc.span.facts = facts{}, spanFacts{}
	for i := range sc.rowFacts {
		sc.rowFacts[i].q = nil
	}
}

// massOf sums the weights of the terms in mask, counting each question
// word once, at its strongest matched term. Terms are sorted by word and,
// within a word, strongest first (resolve), so a word's strongest term in
// mask is its lowest bit there: massOf adds that one and drops the word's
// other terms (wordSpan), one step a word.
func (sc *scratch) massOf(mask termMask) float64 {
	m := 0.0
	for mask != 0 {
		k := bits.TrailingZeros64(mask) & (maxQueryTerms - 1)
		m += sc.termW[k]
		mask &^= sc.wordSpan[k]
	}
	return m
}

// termsIn returns the mask of the question's terms among ids.
func (sc *scratch) termsIn(ids []int32) termMask {
	var m termMask
	for _, id := range ids {
		if k := sc.qidx[uint32(id)] - 1; k >= 0 {
			m |= 1 << k
		}
	}
	return m
}

// hasTerm reports whether term id is one of the question's terms.
func (sc *scratch) hasTerm(id int32) bool { return sc.qidx[id] != 0 }

// ownTerm reports whether term id (-1: none) is one of the question's
// terms by a question word's own form (altOwn), not by an alternative.
func (sc *scratch) ownTerm(id int32) bool {
	if id < 0 {
		return false
	}
	k := sc.qidx[id] - 1
	return k >= 0 && sc.terms[k].kind == altOwn
}

// allTerms is the mask of every term of the question.
func (sc *scratch) allTerms() termMask { return ^termMask(0) >> (64 - len(sc.terms)) }

// wordsIn counts the question words with a term in mask; with content set,
// it leaves out the words that name the answer's type ("what date", "how
// long", "which country").
func (sc *scratch) wordsIn(q *Question, mask termMask, content bool) int {
	var seen uint32
	for ; mask != 0; mask &= mask - 1 {
		w := sc.terms[bits.TrailingZeros64(mask)].word
		if !content || q.words[w].weight >= 1 && !q.words[w].typeNoun {
			seen |= 1 << w
		}
	}
	return bits.OnesCount32(seen)
}

// sentTokenSlots is the number of sentences whose tokens a scratch
// remembers, a power of two. The names-asked feature reads the tokens of
// candidate sentences and the span model those of the answer's; the
// questions of a batch, asked about one paragraph after another, meet the
// same candidates again, but seldom: over the 9,982 SQuAD questions on 48
// articles, of some 15,500 reads 12,349 missed with 64 slots and some
// 14,000 with 16. A slot keeps the room of the longest sentence it held
// (40 bytes a token then; 32 since its offsets are int32), so that 64 slots held 6,558 tokens' room for some
// 1,650 tokens (253 KB a scratch, one a core), 16 hold 2,217 (87 KB): 16
// lower the batch's peak RSS by about 0.4 MB, with spanTokenSlots, for
// 0.4% more instructions.
const sentTokenSlots = 16

// sentTokenCache holds the tokens of up to sentTokenSlots sentences, each
// at slot id mod sentTokenSlots.
type sentTokenCache struct {
	ids  [sentTokenSlots]int32 // 1 + the sentence at each slot, or 0
	toks [sentTokenSlots][]token
}

// tokensOf returns the tokens of sentence s of ix, tokenize of its text,
// tokenizing it only when its slot holds another sentence. A scratch
// serves one index, whose sentences never change. The tokens must not be
// changed and are valid until tokensOf is called for another sentence of
// the same slot.
func (sc *scratch) tokensOf(ix *Index, s int32) []token {
	c := &sc.sentToks
	k := s & (sentTokenSlots - 1)
	if c.ids[k] != s+1 {
		c.ids[k] = 0 // in case tokenize panics
		c.toks[k] = tokenize(ix.sents[s].text, c.toks[k][:0])
		c.ids[k] = s + 1
	}
	t := c.toks[k]
	return t[:len(t):len(t)]
}

// scratchPool keeps the scratches of the questions answered for the next
// ones. Unlike a sync.Pool, the collector does not empty it: a process
// answering from one index makes as many scratches as it answers
// questions at once (a batch: one a core), once, where a sync.Pool let
// every other collection drop them (some 0.5 MB each on the 48 SQuAD
// articles, with the tokens they remember) and made new ones, so that
// the heap held the new ones beside those still in the pool. It keeps at
// most GOMAXPROCS of them; a question beyond that many at once makes its
// own and leaves it to the collector.
type scratchPool struct {
	mu   sync.Mutex
	free []*scratch
	// New makes a scratch when none is free.
	New func() *scratch
}

// Get returns a free scratch, or a new one.
func (p *scratchPool) Get() *scratch {
	p.mu.Lock()
	if n := len(p.free); n > 0 {
		sc := p.free[n-1]
		p.free[n-1] = nil
		p.free = p.free[:n-1]
		p.mu.Unlock()
		return sc
	}
	p.mu.Unlock()
	return p.New()
}

// Put hands sc back for the next question; sc must have been reset.
func (p *scratchPool) Put(sc *scratch) {
	p.mu.Lock()
	if len(p.free) < runtime.GOMAXPROCS(0) {
		p.free = append(p.free, sc)
	}
	p.mu.Unlock()
}
