package qa

import (
	"iter"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Features. The ranking (rank.go) keeps the best few sentences by a plain
// retrieval score; the answer model (model.go) then decides among them
// from the named values below, computed for each candidate. Each feature is
// one entry of candidateFeatures: its name (the key of its learned weight in
// model.json), one line of documentation, and how it is read off the facts
// gathered once per candidate. A new feature is one new entry, then go
// generate ./qa, then a retrained model (cmd/qabot-train).
//
// The table is the features' one declaration; rerank writes a candidate's
// row with candidateRow (featurerow.go), which go generate writes from it:
// each value func's body in place, in the table's order. Called through
// their func values, the features cost some 35M instructions over 1,000
// answers on 48 SQuAD articles (4% of the answer), a call each and their
// facts reloaded in each. TestGeneratedFiles fails when featurerow.go is not
// what the table makes, TestCandidateRowValues when a row differs from the
// value funcs by a bit.
//
// Weights of words: every feature that adds up question words weighs each
// word by its query weight (weight · idf, rank.go) and divides by the
// question's total weight W, so values are comparable across questions.

// feature is one named value of a candidate the answer model reads.
type feature struct {
	name  string
	doc   string
	value func(f *facts) float64
}

// candidateFeatures are the features of one candidate sentence, in the order
// of the model's weights.
//
//go:generate go test -run ^TestGeneratedFiles$ -update-generated .
var candidateFeatures = []feature{
	{"bm25", "BM25 of the sentence over the question's terms, / W", func(f *facts) float64 { return f.sc.score[f.s] / f.total }},
	{"exact", "weight of the question's own words (surface, stem, acronym, spelling) in the sentence, / W", func(f *facts) float64 { return f.exact }},
	{"form", "weight of words the sentence holds only as a base form, abbreviation or word family, / W", func(f *facts) float64 { return f.variant[altForm] }},
	{"synonym", "weight of words the sentence holds only as a WordNet synonym, / W", func(f *facts) float64 { return f.variant[altSynonym] }},
	{"related", "weight of words the sentence holds only as a WordNet derivation, similar word, hypernym, hyponym or holding place, / W", func(f *facts) float64 { return f.variant[altRelated] }},
	{"vector", "weight of words the sentence holds only as a GloVe neighbour, / W", func(f *facts) float64 { return f.variant[altVector] }},
	{"variant-near", "weight of words found only as alternatives in the sentences before or after, / W", func(f *facts) float64 { return f.variantNear }},
	{"local", "weight of the question's words in the sentence at their idf within its document, / W", func(f *facts) float64 { return f.sc.local[f.s] / f.total }},
	{"topic", "weight of the question's words in the sentence that its document's title also has, / W", func(f *facts) float64 { return f.sc.massOf(f.m&f.title) / f.total }},
	{"passage-words", "weight of the question's words anywhere in the sentence's paragraph, / W", func(f *facts) float64 { return f.sc.massOf(f.sc.paraMask[f.st.para]) / f.total }},
	{"document-words", "weight of the question's words anywhere in the sentence's document or its folder names, / W", func(f *facts) float64 { return f.sc.massOf(f.sc.docMask[f.st.doc]) / f.total }},
	{"words", "share of the question's known content words the sentence holds", func(f *facts) float64 { return f.wordShare }},
	{"missing", "weight of the question's known words found neither in the sentence, nor next to it, nor in its document's title or folder names, / W", func(f *facts) float64 { return f.missing }},
	{"before", "weight of words found in the sentence before but not in this one, / W", func(f *facts) float64 { return f.beforeW }},
	{"refers", "the same, when the sentence opens by referring back to the one before", func(f *facts) float64 {
		if !f.st.refers {
			return 0
		}
		return f.beforeW
	}},
	{"after", "weight of words found in the sentence after but not in this one, / W", func(f *facts) float64 { return f.sc.massOf(f.after) / f.total }},
	{"paragraph", "weight of words found elsewhere in the paragraph only, / W", func(f *facts) float64 { return f.sc.massOf(f.para) / f.total }},
	{"passage", "BM25 of the sentence's paragraph, / W", func(f *facts) float64 { return f.sc.paraScore[f.st.para] / f.total }},
	{"document", "relevance of the sentence's document (question words by their idf over documents), / W", func(f *facts) float64 { return f.sc.docScore[f.st.doc] / f.total }},
	{"best-document", "1 when no other document is more relevant", func(f *facts) float64 { return b2f(f.sc.docScore[f.st.doc] >= f.sc.bestDoc) }},
	{"best-passage", "1 when no other paragraph has a higher BM25", func(f *facts) float64 { return b2f(f.sc.paraScore[f.st.para] >= f.sc.bestPara) }},
	{"bigrams", "weight of neighbouring question words found at most two words apart, / W", func(f *facts) float64 { return f.bigram / f.total }},
	{"density", "matched words over the width of the stretch of the sentence they span", func(f *facts) float64 { return f.density }},
	{"retrieval", "the retrieval score that made the sentence a candidate, / W", func(f *facts) float64 { return f.c.prelim / f.total }},
	{"retrieval-rank", "1 / (1 + the candidate's place by retrieval score)", func(f *facts) float64 { return 1 / (1 + float64(f.rank)) }},
	{"length", "log(1 + content words of the sentence)", func(f *facts) float64 { return log1pCount(len(f.st.terms())) }},
	{"novel", "share of the sentence's content words that are not question words", func(f *facts) float64 { return f.novel }},
	{"type-date", "a date phrase that is not the question's words, for a when question", func(f *facts) float64 { return f.typeFor(TypeDate) }},
	{"type-time", "a clock time, for a what-time question", func(f *facts) float64 { return f.typeFor(TypeTime) }},
	{"type-number", "a number, for a how-many or how-much question", func(f *facts) float64 { return f.typeFor(TypeNumber) }},
	{"type-person", "a name, for a who question", func(f *facts) float64 { return f.typeFor(TypePerson) }},
	{"type-place", "a place name, for a where question", func(f *facts) float64 { return f.typeFor(TypePlace) }},
	{"type-reason", "a clause of cause or purpose, for a why question", func(f *facts) float64 { return f.typeFor(TypeReason) }},
	{"predicate", "1 when the sentence holds the question's main verb (or an alternative of it)", func(f *facts) float64 {
		return b2f(f.q.predicate >= 0 && f.words&(1<<f.q.predicate) != 0)
	}},
	{"predicate-missing", "1 when the question has a main verb that neither the sentence nor its neighbours hold", func(f *facts) float64 {
		return b2f(f.q.predicate >= 0 && f.nearWords&(1<<f.q.predicate) == 0)
	}},
	{"money", "an amount of money (a currency sign or name), for a question about a price or a cost", func(f *facts) float64 {
		return b2f(f.q.money && f.ix.hasMoney(f.st))
	}},
	{"date-calendar", "a calendar date (with a month or a year, not a weekday or 'this week'), for a when question", func(f *facts) float64 {
		return b2f(f.q.Type == TypeDate && f.ix.hasCalendarDate(f.sc, f.st))
	}},
	{"type-near", "closeness of the nearest phrase of the expected type to a question word: fit / (1 + words between)", func(f *facts) float64 { return f.typeNear }},
	{"retrieval-typed", "the retrieval score, / W, times the type fit (the answer type counts as much as the match is good)", func(f *facts) float64 { return f.c.prelim / f.total * f.typeFit }},
	{"exact-near", "the weight of the question's own words in the sentence, / W, times the type nearness", func(f *facts) float64 { return f.exact * f.typeNear }},
	{"type-missing", "1 when the question asks for a date, time or number and the sentence has none", func(f *facts) float64 {
		switch f.q.Type {
		case TypeDate, TypeTime, TypeNumber:
			return b2f(f.typeFit < strictFit)
		}
		return 0
	}},
	{"counts", "a number followed by what a how-many question counts, or a length of time for how long", func(f *facts) float64 { return b2f(f.ix.countsFocus(f.q, f.sc, f.st) != nil) }},
	{"in-range", "1 when a number the question gives in digits, not a year, falls within a range the sentence gives, its ends included (\"90 mins late\": \"60–119 min\"; \"500 people\": \"200 to 999 people\"; inRange)", func(f *facts) float64 {
		return b2f(len(f.sc.givenNumbers) > 0 && f.ix.holdsRange(f.s) && inRange(f.st.text, f.sc.givenNumbers))
	}},
	{"change", "a verb of change, for a question about the size of a change", func(f *facts) float64 { return b2f(f.q.change && f.ix.statesChange(f.st)) }},
	{"excluded", "1 when the sentence holds a word the question set aside (besides X)", func(f *facts) float64 {
		for _, id := range f.sc.excl {
			if slices.Contains(f.st.terms(), id) {
				return 1
			}
		}
		return 0
	}},
	{"newest", "1 when the sentence's document is dated and no other candidate's document is dated later", func(f *facts) float64 { return b2f(f.newest) }},
	{"outdated", "1 when a candidate of a later-dated document holds as much of the question", func(f *facts) float64 { return b2f(f.outdated) }},
	{"row", "1 for a table row (found by its header's words too)", func(f *facts) float64 { return b2f(f.st.row) }},
	{"row-key", "1 for a table row with a question word in its cells and another only in its header: the row of the thing asked about, under the column asked for", func(f *facts) float64 {
		return b2f(f.st.row && f.sc.rowKey(f.st))
	}},
	{"row-column", "1 for a table row with a question word in a cell whose own column's header holds another: the row with the name asked about under the column asked for", func(f *facts) float64 {
		return b2f(f.st.row && f.ix.rowColumn(f.sc, f.s))
	}},
	{"first", "1 for the first sentence of its paragraph", func(f *facts) float64 {
		return b2f(f.s == 0 || f.ix.sents[f.s-1].para != f.st.para)
	}},
	{"lead", "1 for a sentence of the document's first paragraph after its title", func(f *facts) float64 { return b2f(f.lead) }},
	{"cue", "learned cues (cues.go): per question word the sentence lacks, its strongest cue among the sentence's words, summed", func(f *facts) float64 { return f.cue }},
	{"cue-type", "the strongest learned cue of the question's answer type among the sentence's words", func(f *facts) float64 { return f.cueType }},
	{"name-missing", "1 when the document lacks a name the question gives, or sits outside the few folders a question word names", func(f *facts) float64 { return b2f(f.ix.missesName(f.q, f.sc, f.st.doc)) }},
	{"rule", "1 for a yes/no question when the sentence states a rule or a limit (\"not\", \"only\", \"must\": questionwords.txt [rulewords])", func(f *facts) float64 {
		return b2f(f.q.polar && f.ix.statesRule(f.s))
	}},
	{"lists", "1 for a question that asks for several things by a plural noun (\"what browsers\", \"payment methods\") when the sentence lists three or more (\"Chrome, Firefox, Safari and Edge\"; lists.go)", func(f *facts) float64 {
		return b2f(f.q.list && f.ix.enumerates(f.s))
	}},
	{"defines", "1 for a what-is-X or who-is-X question when the sentence opens with X and a mark or a copula that starts its description (\"Kettle: the Monday stand-up\", \"An ICP is ...\"), or holds X in apposition (\"TikTok, the ...\")", func(f *facts) float64 {
		return b2f((f.q.class == qcDefine || f.q.class == qcWhoIs) && f.m&f.sc.own != 0 && f.sc.defines(f.q, f.ix, f.s))
	}},
	{"names-asked", "1 for a what-X or which-X question when the sentence gives the asked noun X a name the question lacks, beside it or after a comma (\"Yale president Ezra Stiles\", \"The television station, NDtv, ...\")", func(f *facts) float64 {
		return b2f(f.asked && f.namesAfterAsked() && f.sc.namesAskedNoun(f.q, f.st.text, f.sc.tokensOf(f.ix, f.s)))
	}},
	{"asked-instance", "1 for a what-X or which-X question when the sentence holds a name the question lacks (a word the corpus only writes capitalised) that WordNet makes an instance or a kind of X (\"Spain\" for \"what country\"; instance.go)", func(f *facts) float64 {
		return b2f(f.sc.holdsInstance(f.ix, f.st))
	}},
	{"asked-noun", "1 for a what-X or which-X question when the sentence holds the asked noun X itself (\"which institute\": \"the Kroc Institute\"), by its term", func(f *facts) float64 {
		return b2f(f.asked)
	}},
	{"condition", "1 for a question that asks what follows from a condition (\"what happens if\", \"what if\", \"what now\") when the sentence opens a condition (\"if\", \"unless\": questionwords.txt [conditionwords])", func(f *facts) float64 {
		return b2f(f.q.consequence && holdsWordOf(f.st.text, questionWords().conditionWords))
	}},
	{"date-span", "1 for a when or what-time question that asks for several dates or times (\"what days\", \"opening hours\", \"from when to when\": questionwords.txt [spanasks]) when the sentence gives a range or a set of them (\"between Sunday and Wednesday\", \"9 am to 5 pm\"; spansDates)", func(f *facts) float64 {
		return b2f(f.q.span && spansDates(f.st))
	}},
	{"date-day", "1 for a when question that asks a date (\"date the truce was agreed\": questionwords.txt [dayasks]) when the sentence gives a day of a month that is not the question's (\"agreed on August 12\", not \"in July\"; hasDayOfMonth)", func(f *facts) float64 {
		return b2f(f.q.day && f.ix.hasDayOfMonth(f.sc, f.st))
	}},
	{"gist", "in a corpus that retells one story, the cosine of the question's gist and the sentence's: the sums of their content words' unit GloVe vectors; 0 when a candidate holds nearly all the question's own words (gist.go)", func(f *facts) float64 {
		return f.ix.gistCosine(f.sc, f.s)
	}},
}

// facts is what the features read of one candidate, gathered once.
// holdsAsked reports whether the sentence holds a word of the thing a
// "what X" or "which X" question asks for (Question.asked, or
// Question.named), by its term (sc.askedTerms, found once a question by
// rerank): without one, namesAskedNoun need not read the
// sentence's words.
func (f *facts) holdsAsked() bool {
	for _, id := range f.sc.askedTerms {
		if slices.Contains(f.st.terms(), id) {
			return true
		}
	}
	return false
}

// namesAfterAsked reports whether a term of the asked noun (sc.askedTerms)
// is a namer of the sentence (Index.namersOf), a word a capitalised word
// follows: without one, namesAskedNoun finds no name there and need not
// tokenize it, as it need not for 93% of the sentences holding the asked
// noun on 48 SQuAD articles and the embedded corpus (TestNamersKeepNames).
func (f *facts) namesAfterAsked() bool {
	if len(f.sc.askedTerms) == 0 {
		return false
	}
	namers := f.ix.namersOf(f.s)
	for _, id := range f.sc.askedTerms {
		if slices.Contains(namers, id) {
			return true
		}
	}
	return false
}

// askedTerms appends to dst the terms of the stems of the thing q asks for
// (Question.asked, or Question.named) that the corpus holds, for
// holdsAsked.
func (ix *Index) askedTerms(q *Question, dst []int32) []int32 {
	for _, stem := range q.askedNoun() {
		if id, ok := ix.stemTerm(stem); ok {
			dst = append(dst, id)
		}
	}
	return dst
}

type facts struct {
	ix    *Index
	q     *Question
	sc    *scratch
	c     cand
	s     int32
	st    *sentence
	rank  int     // the candidate's place by retrieval score
	total float64 // W, the question's weight
	// The rest, which gather clears before it sets them: the fields above
	// it sets each candidate, with no clear.
	sentFacts
}

// sentFacts are the facts gather works out for a candidate sentence, a
// part of facts of their own so that gather can clear them alone.
type sentFacts struct {
	// words and nearWords are the question words (bit w for word w) the
	// sentence holds, and it or the sentences next to it.
	words, nearWords uint32
	// m is the mask of question terms in the sentence; before and after
	// those found only in the sentence before or after it; para those
	// found only elsewhere in its paragraph.
	m, before, after, para termMask
	// exact and beforeW are the weights, / W, of the question's own terms
	// in m and of the terms in before: each read by two features (exact
	// and exact-near, before and refers), weighed once here.
	exact, beforeW float64
	// title is the mask of question terms in the document's title.
	title              termMask
	wordShare, missing float64
	// variant is, per kind of alternative, the weight of the question
	// words the sentence holds only through that kind, / W; variantNear
	// the same over its neighbours, all kinds.
	variant                [altKinds]float64
	variantNear            float64
	bigram, density, novel float64
	// cue and cueType are the learned cues' evidence (cues.go).
	cue, cueType      float64
	typeFit, typeNear float64
	lead              bool
	// asked is whether the sentence holds a term of the asked noun
	// (holdsAsked), read by the names-asked and asked-noun features: once a
	// candidate, so that names-asked reads the sentence's namers
	// (namesAfterAsked) only for a sentence that holds one.
	asked bool
	// newest and outdated compare the document's date with the other
	// candidates' (dates.go).
	newest, outdated bool
	// pick is the candidate's place by model score, once reranked.
	pick int
}

// typeFor is the type fit of the sentence when the question asks for type
// t, else 0.
func (f *facts) typeFor(t AnswerType) float64 {
	if f.q.Type != t {
		return 0
	}
	return f.typeFit
}

// b2f is 1 for true and 0 for false.
func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// gather fills f for candidate c, the rank-th by retrieval score.
func (ix *Index) gather(f *facts, q *Question, sc *scratch, c cand, rank int, total float64) {
	st := &ix.sents[c.sent]
	// Cleared in place, then set: the literal was built on the stack and
	// copied over. The fields set next are not cleared first.
	f.sentFacts = sentFacts{}
	f.ix, f.q, f.sc, f.c, f.s, f.st, f.rank, f.total = ix, q, sc, c, c.sent, st, rank, max(total, 1e-9)
	f.m = sc.mask[c.sent] | sc.rangeTerms(q, st)
	// The neighbours of its document, found by the document's bounds,
	// not by reading the neighbours' sentences.
	first, end := ix.docSent[st.doc], ix.docSent[st.doc+1]
	if c.sent > first {
		f.before = sc.mask[c.sent-1] &^ f.m
	}
	if c.sent+1 < end {
		f.after = sc.mask[c.sent+1] &^ f.m
	}
	f.exact, f.beforeW = sc.massOf(f.m&sc.own)/f.total, sc.massOf(f.before)/f.total
	near := f.m | f.before | f.after
	f.para = sc.paraMask[st.para] &^ near
	if sc.known > 0 {
		f.wordShare = float64(sc.wordsIn(q, f.m, true)) / float64(sc.known)
	}
	// A word of the document's title is missing from none of its
	// sentences: the title says what each of them is about, though a
	// sentence names it by a pronoun ("He was shot by ..." under "Abraham
	// Lincoln").
	for _, id := range ix.titleTerms[st.doc] {
		if k := sc.qidx[uint32(id)] - 1; k >= 0 {
			f.title |= 1 << k
		}
	}
	// Nor is a word of the document's folder names missing ("slack" of
	// slack/SECURITY.md): the folder, as the title, says what the
	// document is about.
	held := near | f.title
	if sc.folders != 0 {
		held |= ix.inFolders(sc, sc.folders, st.doc)
	}
	f.missing = (sc.allMass - sc.massOf(held)) / f.total
	// variantMass is 0 throughout for a mask with no term but the
	// question's own (most candidates): the shares are then left at 0,
	// which summing and scaling its zeros would give.
	f.variant = sc.variantMass(f.m)
	if (f.before|f.after)&^sc.own != 0 {
		for _, v := range sc.variantMass((f.before | f.after) &^ sc.wordTerms(f.m)) {
			f.variantNear += v / f.total
		}
	}
	if f.m&^sc.own != 0 {
		for k := range f.variant {
			f.variant[k] /= f.total
		}
	}
	f.lead = ix.isLead(st)
	f.asked = f.holdsAsked()
	f.words, f.nearWords = sc.wordsOf(f.m), sc.wordsOf(near)
	f.cue, f.cueType = sc.cueEvidence(st, f.words)
	f.newest, f.outdated = ix.dating(sc, c)
	f.typeFit = 0
	if q.Type != TypeNone {
		f.typeFit = ix.typeFit(q, sc, st)
	}
	// Positions of the question's terms: bigrams, density and novelty.
	// present lists the terms found, in the order first found, pos their
	// last position; listed marks them, so that present is not searched
	// (slices.Contains) at each occurrence.
	var (
		pos     [maxQueryTerms]int16
		present [maxQueryTerms]int8
		np      int
	)
	lo, hi, n, matched := len(st.terms()), -1, 0, 0
	// The data of qidx, which the loop need not reload, read with no
	// bound check (qidxAt).
	qidx := unsafe.Pointer(unsafe.SliceData(sc.qidx))
	var listed termMask
	for p, id := range st.terms() {
		if k := qidxAt(qidx, id) - 1; k >= 0 {
			matched++
			if bit := termMask(1) << k; f.m&^listed&bit != 0 {
				listed |= bit
				present[np] = k
				np++
				n++
			}
			pos[k] = int16(p)
			lo, hi = min(lo, p), max(hi, p)
		}
	}
	if len(st.terms()) > 0 {
		f.novel = float64(len(st.terms())-matched) / float64(len(st.terms()))
	}
	if f.typeFit > 0 && matched > 0 {
		f.typeNear = ix.typeNearness(q, sc, st)
	}
	if n > 1 {
		f.density = float64(n) / float64(hi-lo+1)
	}
	// Each pair of neighbouring question words counts once, through its
	// strongest pair of terms (a word's alternatives do not add up).
	var (
		pairs [maxQueryWords]float64 // by the pair's first word
		set   uint32                 // the words with a pair
	)
	for i, a := range present[:np] {
		for _, b := range present[i+1 : np] {
			wa, wb := sc.terms[a].word, sc.terms[b].word
			if d := wb - wa; d != 1 && d != -1 {
				continue
			}
			if gap := int(pos[a]) - int(pos[b]); gap >= -2 && gap <= 2 {
				first := min(wa, wb)
				pairs[first] = max(pairs[first], sc.terms[a].w+sc.terms[b].w)
				set |= 1 << first
			}
		}
	}
	for ; set != 0; set &= set - 1 {
		f.bigram += pairs[bits.TrailingZeros32(set)]
	}
}

// hasCalendarDate reports whether the sentence holds a date phrase naming
// a month or a year that is not made of question words.
func (ix *Index) hasCalendarDate(sc *scratch, st *sentence) bool {
	for i := range st.phrases {
		ph := &st.phrases[i]
		if ph.kind == TypeDate && calendar(ph.value) && !ix.phraseIsQuestion(sc, st, ph) {
			return true
		}
	}
	return false
}

// hasDayOfMonth reports whether the sentence holds a date phrase that is
// not the question's own words and names a day of a month: a month and a
// day number ("August 12", "13 April 2026", "13th of April"), where
// hasCalendarDate takes a month or a year alone too.
func (ix *Index) hasDayOfMonth(sc *scratch, st *sentence) bool {
	for i := range st.phrases {
		ph := &st.phrases[i]
		if ph.kind == TypeDate && namesDayOfMonth(ph.value) && !ix.phraseIsQuestion(sc, st, ph) {
			return true
		}
	}
	return false
}

// namesDayOfMonth reports whether the normalised value of a date phrase
// holds a month ([months] of phrasewords.txt) and a day of the month in
// figures ("august 12", "13th april": dayOfMonth), or is a date in
// figures, a year and two numbers ("2026 03 12", of "2026-03-12").
func namesDayOfMonth(value string) bool {
	month, day, year, small := false, false, false, 0
	for w := range strings.FieldsSeq(value) {
		switch {
		case phraseWords().months[w]:
			month = true
		case isYear(w):
			year = true
		case dayOfMonth(w) > 0:
			day = true
			small++
		}
	}
	return month && day || year && small >= 2
}

// hasMoney reports whether the sentence holds a number with a currency
// sign or name.
func (ix *Index) hasMoney(st *sentence) bool {
	for i := range st.phrases {
		if isMoney(st, &st.phrases[i]) {
			return true
		}
	}
	return false
}

// isMoney reports whether phrase ph of st is a number with a currency sign
// before it or a currency name after it.
func isMoney(st *sentence, ph *phrase) bool {
	if ph.kind != TypeNumber {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(st.text[ph.start:]); strings.ContainsRune(currencySigns, r) {
		return true
	}
	rest := textAfter(st, ph)
	for _, c := range phraseWords().currencyNames {
		if hasPrefixFold(rest, c) {
			return true
		}
	}
	return false
}

// measure is what a number phrase counts, as far as telling two figures
// apart goes: money, a share, or anything else. Two documents give
// different figures for one thing only in the same measure: "$36.10"
// against "20 minutes" is no disagreement.
type measure uint8

const (
	measureOther measure = iota
	measureMoney
	measureShare
	numMeasures
)

// measureOf returns the measure of number phrase ph of st.
func measureOf(st *sentence, ph *phrase) measure {
	switch {
	case isMoney(st, ph):
		return measureMoney
	case strings.HasSuffix(ph.value, "%"):
		return measureShare
	}
	if rest := textAfter(st, ph); hasPrefixFold(rest, "percent") || hasPrefixFold(rest, "per cent") {
		return measureShare
	}
	return measureOther
}

// textAfter returns the next few characters of st after phrase ph, without
// the space before them: where a currency name or "percent" would follow a
// number (read with hasPrefixFold, whatever their case).
func textAfter(st *sentence, ph *phrase) string {
	return strings.TrimSpace(st.text[ph.end:min(len(st.text), int(ph.end)+12)])
}

// hasPrefixFold reports whether s begins with prefix, a lower-case word,
// in any case, without making a lower-case copy of s.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// currencySigns mark an amount of money, as the words of phrasewords.txt
// [currencynames] do.
const currencySigns = "$£€¥₹"

// signBefore returns the width in bytes of the currency sign that ends
// text[:at] ("$" of "$15"), 0 when none does.
func signBefore(text string, at int) int {
	if r, size := utf8.DecodeLastRuneInString(text[:at]); strings.ContainsRune(currencySigns, r) {
		return size
	}
	return 0
}

// calendar reports whether a date phrase's value names a month or a year.
func calendar(value string) bool {
	for w := range strings.FieldsSeq(value) {
		if phraseWords().months[w] || isYear(w) {
			return true
		}
	}
	return false
}

// typeNearness is the best fit / (1 + distance) over the phrases of the
// expected type that are not question words, the distance counted in
// content words from the phrase to the nearest question term.
func (ix *Index) typeNearness(q *Question, sc *scratch, st *sentence) float64 {
	best := 0.0
	var buf [maxQueryTerms]int16
	var at []int16 // the question's terms in st, found at the first phrase that needs them
	for i := range st.phrases {
		ph := &st.phrases[i]
		fit := q.fit(ph.kind)
		if fit <= 0 || ix.phraseIsQuestion(sc, st, ph) {
			continue
		}
		if at == nil {
			at = sc.termPositions(st, buf[:0])
		}
		d := distanceToQuestion(at, ph)
		if d >= 1<<20 {
			continue
		}
		best = max(best, fit/float64(1+d))
	}
	return best
}

// isLead reports whether st is in the first paragraph of its document
// after the title.
func (ix *Index) isLead(st *sentence) bool {
	first := ix.docFirstPara[st.doc]
	p := st.para - first
	if p == 0 && ix.places[st.para].title {
		return false
	}
	return p == 0 || p == 1 && ix.places[first].title
}

// questionFeatures are the features of the question and of the ranking as a
// whole that the confidence model reads beside the best candidate's
// features: the ranking's and the corpus's, the wording's, then the best
// candidate's hold on the question.
var questionFeatures = slices.Concat(rankingFeatures, wordingFeatures, holdFeatures)

// rankingFeatures are the question features of the ranking, of the
// question's words in the corpus, and whether it asks for a type of answer
// at all.
var rankingFeatures = []feature{
	{"margin", "the best candidate's model score minus the runner-up's", func(f *facts) float64 { return f.margin() }},
	{"unknown", "share of the question's weight in words no document uses", func(f *facts) float64 { return f.sc.oov / f.total }},
	{"question-words", "log(1 + content words of the question), a word split in two counted once", func(f *facts) float64 {
		return math.Log1p(float64(len(f.q.words) - bits.OnesCount32(f.sc.joined)))
	}},
	{"known-words", "content words of the question the corpus knows (1 to 4 and more, / 4)", func(f *facts) float64 {
		return min(float64(f.sc.known), 4) / 4
	}},
	{"typed", "1 when the wording asks for a type of answer (when, who, how many...)", func(f *facts) float64 { return b2f(f.q.Type != TypeNone) }},
	{"key-number", "1 when key words ask for a number (\"max pallet height\", \"parking fine amount\"): no question word, a number wanted", func(f *facts) float64 {
		return b2f(!f.q.asks && f.q.Type == TypeNumber)
	}},
	{"key-date", "1 when key words ask for a date or a time (\"expenses claim deadline\", \"tip closed which days\"): no question word, a date wanted", func(f *facts) float64 {
		return b2f(!f.q.asks && (f.q.Type == TypeDate || f.q.Type == TypeTime))
	}},
}

// wordingFeatures are the question features read off the question's
// wording alone (they read f.q and nothing else): what it asks for and how
// it is typed. The ranker also weighs the candidate features anew for each
// of them (model.go: a question that asks "who" weighs a name in the
// sentence, and key words weigh their own words, otherwise than others do).
var wordingFeatures = []feature{
	{"asks-date", "1 when the wording asks for a date or a time (when, what year, what time)", func(f *facts) float64 {
		return b2f(f.q.Type == TypeDate || f.q.Type == TypeTime)
	}},
	{"asks-number", "1 when the wording asks for a number (how many, how much, what percent)", func(f *facts) float64 { return b2f(f.q.Type == TypeNumber) }},
	{"asks-person", "1 when the wording asks for a person or an organisation (who, whose)", func(f *facts) float64 { return b2f(f.q.Type == TypePerson) }},
	{"asks-place", "1 when the wording asks for a place (where, which country)", func(f *facts) float64 { return b2f(f.q.Type == TypePlace) }},
	{"asks-reason", "1 when the wording asks for a reason (why)", func(f *facts) float64 { return b2f(f.q.Type == TypeReason) }},
	{"chat-style", "1 when the question is typed as in chat: no capital letter and no question mark", func(f *facts) float64 { return b2f(f.q.chatStyle) }},
	{"key-words", "1 when the question has no question word (key words only)", func(f *facts) float64 { return b2f(!f.q.asks) }},
}

// holdFeatures are the question features of what the best candidate holds
// of the question. The committed confidence model weighs the first three
// and heading-words (fitted by the forward step on the judging parts, stop
// 52); rarest-off-paragraph and off-paragraph-words, of the sentence's whole
// paragraph, are read by the P(unanswerable) model (model.go): a question
// whose answering paragraph is gone matches its words across paragraphs.
var holdFeatures = []feature{
	{"own-word", "1 when the sentence or its neighbours hold one of the question's own words, not only alternatives", func(f *facts) float64 {
		return b2f((f.m|f.before|f.after)&f.sc.own != 0)
	}},
	{"rarest-missing", "1 when the question's rarest known word is neither in the sentence nor next to it, through no alternative either", func(f *facts) float64 {
		return b2f(f.sc.rarest >= 0 && f.nearWords&(1<<f.sc.rarest) == 0)
	}},
	{"lone-word", "1 when a question of two known words finds only one of them next to the sentence", func(f *facts) float64 {
		near := f.m | f.before | f.after
		return b2f(f.sc.known == 2 && f.sc.wordsIn(f.q, near, true) < 2)
	}},
	{"rarest-off-paragraph", "1 when the question's rarest known word is nowhere in the sentence's paragraph nor next to the sentence, through no alternative either: the corpus holds it, elsewhere", func(f *facts) float64 {
		return b2f(f.sc.rarest >= 0 && f.paraWords()&(1<<f.sc.rarest) == 0)
	}},
	{"off-paragraph-words", "content words of the question the corpus knows that the sentence's paragraph and neighbours lack (0 to 4 and more, / 4)", func(f *facts) float64 {
		near := f.m | f.before | f.after | f.sc.paraMask[f.st.para]
		return min(float64(f.sc.known-f.sc.wordsIn(f.q, near, true)), 4) / 4
	}},
	{"heading-words", "weight of the question's words the sentence lacks that the headings above its paragraph hold, / W", func(f *facts) float64 { return f.headingWords() }},
}

// headingWords returns the weight, / W, of the question's words that
// the sentence lacks (through every term) but the headings above its
// paragraph hold (Index.heads): the words a reader sees above the
// sentence. The first sentence under a heading holds the heading's words
// as its own (Build finds it by them); the sentences after it, which say
// what the section is about without naming it again ("They stand behind
// block C." under "Bicycle storage"), do not, and missing counts the
// words against them unless a neighbour holds them.
func (f *facts) headingWords() float64 {
	sc := f.sc
	heads := sc.termsIn(f.ix.heads[f.st.para])
	if heads == 0 {
		return 0
	}
	return sc.massOf(heads&^sc.wordTerms(f.m)) / f.total
}

// paraWords returns the question words (bit w for word w) the sentence's
// paragraph holds, or the sentences next to the sentence, through any
// term. A question the corpus answers finds its rarest words in the
// answering paragraph; one whose paragraph is gone finds them, if at all,
// in paragraphs about something else, away from the sentence that best
// matches the rest.
func (f *facts) paraWords() uint32 {
	return f.nearWords | f.sc.wordsOf(f.sc.paraMask[f.st.para])
}

// margin is the lead of the picked candidate's model score over the best
// rival's (sc.top is sorted by model score, best first): the runner-up's
// for the winner, negative for the others. A candidate that says the same
// (sameAs: another article's "September 17", or its account of the event
// in nearly the same words) is no rival, nor is an older version of the
// winner (ix.supersedes): last year's price list beside this year's says
// what the answer's page replaced, not another answer.
//
// A candidate that scores no more than the best rival so far cannot
// change it whether or not it is a rival, so that comparison comes first
// and the tests of a rival (supersedes reads two documents' days) are made
// only for the few that would lead.
func (f *facts) margin() float64 {
	top := f.sc.top
	other, found := 0.0, false
	for i, c := range top {
		if found && !(c.score > other) {
			continue
		}
		if i == f.pick || !f.ix.rivals(f.sc, f.pick, c, f.pick == 0) {
			continue
		}
		other, found = c.score, true
	}
	if !found {
		return MaxMargin
	}
	return min(top[f.pick].score-other, MaxMargin)
}

// rivals reports whether candidate c of sc.top (after rerank) is a rival
// of candidate i in i's margin (facts.margin): it does not say what i says
// (sc.sameAs), and, when i is the first (best), it names the day asked
// for (not offDay) and is not an older version i supersedes. Candidates
// gives the trainer the rows that are no rivals of a candidate taken as
// the first (Candidate.NoRivals), so that the margin it sets for its own
// ranker's winner is this one.
func (ix *Index) rivals(sc *scratch, i int, c cand, best bool) bool {
	if sc.sameAs[sc.top[i].row]&(1<<c.row) != 0 {
		return false
	}
	return !best || !c.offDay && !ix.supersedes(sc.top[i], c)
}

// ownMask returns the mask of the question's own terms (not alternatives).
func (sc *scratch) ownMask() termMask {
	var m termMask
	for k, t := range sc.terms {
		if t.kind == altOwn {
			m |= 1 << k
		}
	}
	return m
}

// variantMass returns, per kind of alternative, the weight of the question
// words that mask holds only through alternatives: each such word counts
// once, at its strongest term in mask, under that term's kind.
func (sc *scratch) variantMass(mask termMask) (out [altKinds]float64) {
	if mask&^sc.own == 0 {
		return out // no alternative: most candidates, which need no words
	}
	ownWords := sc.wordsOf(mask & sc.own)
	best, kind, cur := 0.0, altOwn, -1
	flush := func() {
		if cur >= 0 {
			out[kind] += best
		}
	}
	for m := mask &^ sc.own; m != 0; m &= m - 1 {
		t := &sc.terms[bits.TrailingZeros64(m)]
		if ownWords&(1<<t.word) != 0 {
			continue
		}
		if t.word != cur {
			flush()
			cur, best, kind = t.word, t.w, t.kind
		} else if t.w > best {
			best, kind = t.w, t.kind
		}
	}
	flush()
	return out
}

// wordsOf returns the set of question words (bit w for word w) with a term
// in mask, one step a word: wordSpan[k] is terms of term k's word only,
// k among them, so dropping them drops no other word's term. The word's
// bit is read off wordBit, set with the terms, not shifted out of
// terms[k].word: about 9 instructions a word against 24.
func (sc *scratch) wordsOf(mask termMask) uint32 {
	var words uint32
	for mask != 0 {
		k := bits.TrailingZeros64(mask)
		words |= sc.wordBit[k]
		mask &^= sc.wordSpan[k]
	}
	return words
}

// rangeTerms returns the mask of the terms of the words of when-question
// q that ask when something starts or ends ([rangestart], [rangeend] of
// spanwords.txt: "when do the new terms start") when sentence st says
// that end of a span of time in other words: a date right after a word
// of [rangefrom] or [rangeto] ("These terms apply ... from 6 January
// 2026", "open until 30 June"). Such a sentence holds the start it is
// asked for, though not its word.
func (sc *scratch) rangeTerms(q *Question, st *sentence) termMask {
	start, end := q.rangeStart, q.rangeEnd
	if start|end == 0 || len(st.phrases) == 0 {
		return 0
	}
	sw := spanWords()
	var ends uint32
	for i := range st.phrases {
		ph := &st.phrases[i]
		if ph.kind != TypeDate {
			continue
		}
		before := strings.TrimRightFunc(st.text[:ph.start], unicode.IsSpace)
		w := strings.ToLower(before[strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) })+1:])
		switch {
		case sw.rangeFrom[w]:
			ends |= start
		case sw.rangeTo[w]:
			ends |= end
		}
	}
	var m termMask
	for i := range sc.terms {
		if ends&(1<<sc.terms[i].word) != 0 {
			m |= 1 << i
		}
	}
	return m
}

// spansDates reports whether sentence st gives a range or a set of dates
// or times: a clock time typed at Build that is a range itself ("9 am to 5
// pm", "9am-5pm", "07:00 to 23:00"), or two date or time phrases with only
// a joining word or mark between them (spanJoin: "between Sunday and
// Wednesday", "Monday to Friday", "13 April and 5 June 2026", "Monday,
// Wednesday"). "in July and agreed a truce for 90 days" is none: 90 is a
// number, not a date.
func spansDates(st *sentence) bool {
	for i := range st.phrases {
		a := &st.phrases[i]
		if a.kind != TypeDate && a.kind != TypeTime {
			continue
		}
		if a.kind == TypeTime && timeRange(st.text[a.start:a.end]) {
			return true
		}
		for j := range st.phrases {
			b := &st.phrases[j]
			if (b.kind == TypeDate || b.kind == TypeTime) && b.start > a.end && spanJoin(st.text[a.end:b.start]) {
				return true
			}
		}
	}
	return false
}

// timeRange reports whether a clock time typed at Build spans two times:
// it holds a dash or a word of [rangeto] between them ("9am-5pm", "9 am
// to 5 pm").
func timeRange(text string) bool {
	if strings.ContainsAny(text, rangeDashes) {
		return true
	}
	to := spanWords().rangeTo
	// Each word lowered alone: strings.ToLower returns a word with no
	// capital as it is, where lowering the whole phrase made a copy of
	// it and Fields a slice, for every candidate of a range question.
	for w := range strings.FieldsSeq(text) {
		if to[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// spanJoin reports whether gap, the text between two date or time
// phrases, only joins them into a range or a set: a word of [rangeto] of
// spanwords.txt ("to", "until", "through"), "and", "or", a dash or a comma,
// with spaces around it.
func spanJoin(gap string) bool {
	g := strings.ToLower(strings.TrimSpace(gap))
	switch g {
	case "and", "or", ",", "&":
		return true
	}
	return anyDash(g) || spanWords().rangeTo[g]
}

// rangeWords returns the masks of the words of when-question q (bit k:
// q.words[k]) that ask when something starts and when it ends
// ([rangestart], [rangeend] of spanwords.txt), or 0, 0 for another
// question (rangeTerms).
func rangeWords(q *Question) (start, end uint32) {
	if q.Type != TypeDate {
		return 0, 0
	}
	sw := spanWords()
	for k := range q.words {
		switch w := q.words[k].text; {
		case sw.rangeStart[w]:
			start |= 1 << k
		case sw.rangeEnd[w]:
			end |= 1 << k
		}
	}
	return start, end
}

// inRange reports whether one of given, the numbers a question gives
// (Question.appendGivenNumbers: in digits, not a year, not an end of the
// question's own range), falls within a range text gives (rangesIn), its
// ends included ("60–119 min" holds 90, "200 to 999 people" 500, "75–94%"
// 85). The feature asks it only of a question that gives such a number
// (scratch.givenNumbers), and only of a sentence that gives a range
// (Index.holdsRange), so the text is scanned for few questions.
func inRange(text string, given []float64) bool {
	for lo, hi := range rangesIn(text) {
		if slices.ContainsFunc(given, func(v float64) bool { return v >= lo && v <= hi }) {
			return true
		}
	}
	return false
}

// holdsRange reports whether text gives a range of numbers (rangesIn).
func holdsRange(text string) bool {
	for range rangesIn(text) {
		return true
	}
	return false
}

// rangesIn yields the ranges text gives, each by its ends lo and hi: two
// numbers joined by a dash or "to" (rangeJoin), the first the lower.
//
// The scan steps from digit to digit, and the two numbers of a pair are
// read as values only when a range join stands between them (most are
// not): a number that is not one (strconv.ParseFloat's error, "1.2.3")
// makes no range with its neighbours either way.
func rangesIn(text string) iter.Seq2[float64, float64] {
	return func(yield func(lo, hi float64) bool) {
		value := func(figure string) (float64, error) {
			return strconv.ParseFloat(strings.ReplaceAll(figure, ",", ""), 64)
		}
		loStart, loEnd := 0, -1 // the number before, text[loStart:loEnd]; -1 for none
		for i := 0; i < len(text); {
			for i < len(text) && !isDigitByte(text[i]) {
				i++
			}
			// A number starts at a digit that does not continue one ("8:00",
			// "1.5" and "2,000" are read whole or not at all).
			if i == len(text) || i > 0 && (isDigitByte(text[i-1]) || strings.IndexByte(".,:", text[i-1]) >= 0) {
				i++
				continue
			}
			j := i
			for j < len(text) && (isDigitByte(text[j]) || (text[j] == ',' || text[j] == '.') && j+1 < len(text) && isDigitByte(text[j+1])) {
				j++
			}
			if loEnd >= 0 && rangeJoin(text[loEnd:i]) {
				lo, errLo := value(text[loStart:loEnd])
				hi, errHi := value(text[i:j])
				if errLo == nil && errHi == nil && !yield(lo, hi) {
					return
				}
			}
			loStart, loEnd, i = i, j, j
		}
	}
}

// rangeJoin reports whether between, the text between two numbers, joins
// them as the ends of a range: a dash or "to", after at most a percent
// sign or a unit word ("60–119", "75%–94%", "30 to 59", "15 min - 30")
// and before at most a currency sign ("£10 to £250"). The dash is any of
// anyDash's; the word is "to" alone, not the other words of [rangeto]
// that spanJoin takes between dates and times: the feature in-range and
// givesNumber read "to" alone between numbers, and the answer model was
// trained so (the wider list, tried at stop 55, moved no training set and
// lost three right answers of SQuAD's training set, reading "Xbox 360
// until 2016" as a range: docs/engine-log.md, join173).
func rangeJoin(between string) bool {
	s := strings.TrimLeft(strings.TrimRight(strings.TrimSpace(between), currencySigns+" "), "%")
	if unit, rest, ok := strings.Cut(strings.TrimSpace(s), " "); ok && unit != "" && strings.IndexFunc(unit, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
		s = rest
	}
	s = strings.TrimSpace(s)
	return s == "to" || anyDash(s)
}

// appendGivenNumbers appends to dst the values of the numbers q gives
// that inRange places (givesNumber), and returns it: found once a
// question by rerank, so that neither the question's tokens nor their
// values are read again for each range of each candidate, and the
// sentences of the many questions that give none (SQuAD's often give a
// year) are not scanned.
func (q *Question) appendGivenNumbers(dst []float64) []float64 {
	for i, t := range q.toks {
		if !q.givesNumber(i) {
			continue
		}
		// The tokenizer has dropped a number's thousands commas.
		if v, err := strconv.ParseFloat(t.text, 64); err == nil {
			dst = append(dst, v)
		}
	}
	return dst
}

// givesNumber reports whether token i of q is a number inRange reads:
// written in digits in the question (not "season nine", a number word
// that more often names a thing than measures it), not a year (isYear),
// which names when the question's thing happened ("the 2015 season"),
// not a quantity that a range of the sentence ("from 2011 to 2015")
// would hold, and not an end of a range the question gives itself ("in
// the last 50-60 years", a span of its own, not a figure to place).
func (q *Question) givesNumber(i int) bool {
	t := q.toks[i]
	if !t.num || isYear(t.text) || int(t.start) >= len(q.Text) || !isDigitByte(q.Text[t.start]) {
		return false
	}
	joined := func(a, b token) bool { return a.num && b.num && a.end <= b.start && rangeJoin(q.Text[a.end:b.start]) }
	return !(i > 0 && joined(q.toks[i-1], t) || i+1 < len(q.toks) && joined(t, q.toks[i+1]))
}

// rowKey reports whether table row st holds a question word in its cells
// and another word only in its header (its hidden terms).
func (sc *scratch) rowKey(st *sentence) bool {
	var cells, header termMask
	for i, id := range st.indexed {
		if k := sc.qidx[uint32(id)] - 1; k >= 0 {
			if i < len(st.terms()) {
				cells |= 1 << k
			} else {
				header |= 1 << k
			}
		}
	}
	cw := sc.wordsOf(cells)
	return cw != 0 && sc.wordsOf(header)&^cw != 0
}

// rowColumn reports whether table row s holds a question word in a cell
// whose own column's header holds another question word: "lucia primary"
// finds the rota row with Lucia under Primary, not the one with Lucia
// under Secondary; "solo plan" the price row with Solo under Plan.
func (ix *Index) rowColumn(sc *scratch, s int32) bool {
	rt := ix.rowTableOf(s)
	for col := range min(len(rt.cells), len(rt.headerCols)) {
		if in := sc.wordsOf(sc.termsIn(rt.cells[col])); in != 0 && sc.wordsOf(sc.termsIn(rt.headerCols[col]))&^in != 0 {
			return true
		}
	}
	return false
}

// wordTerms returns the mask of all the terms of the question words that
// have a term in mask.
func (sc *scratch) wordTerms(mask termMask) termMask {
	// One step a word: wordSpan[k] is all the terms of term k's word.
	var out termMask
	for mask != 0 {
		span := sc.wordSpan[bits.TrailingZeros64(mask)]
		out |= span
		mask &^= span
	}
	return out
}

// missesName reports whether a name of the question that marks a few
// documents (at most a third of them) is absent from document d: the
// question is about what those documents are about. A name found all over
// the corpus ("American") marks nothing. A question word that names the
// folder of a few documents marks them too, and document d lacks it when
// it sits in no such folder, whatever its text says: "merge in gonum"
// asks of the documents under gonum/, and a sentence of another project's
// that happens to say "gonum" is still another project's. So does a
// question word with no term that names the folder of a few documents
// (sc.folderOnly): "procfs", which the text never says as a word.
func (ix *Index) missesName(q *Question, sc *scratch, d int32) bool {
	if ix.markingNames(q, sc)&^sc.docMask[d] != 0 {
		return true
	}
	if sc.folderOnly != nil {
		if _, ok := slices.BinarySearch(sc.folderOnly, d); !ok {
			return true
		}
	}
	return sc.folderNames&^ix.inFolders(sc, sc.folderNames, d) != 0
}

// markingNames returns the mask of the question's terms that are names
// marking a few documents (missesName), and sets sc.folderNames, the mask
// of those that are words of a few documents' folder names: they depend
// on the question only, so they are worked out once, on the first
// candidate that asks. The folder words are scoreDocs' (sc.folders),
// worked out again only when no scoreDocs set them.
func (ix *Index) markingNames(q *Question, sc *scratch) termMask {
	if sc.namesKnown {
		return sc.names
	}
	folders := sc.folders
	if !sc.foldersSet {
		folders = ix.folderWords(q, sc)
	}
	sc.names, sc.folderNames, sc.namesKnown = 0, folders, true
	few := max(1, len(ix.docs)/3)
	for k, t := range sc.terms {
		if sc.docsWith[k] > few || !ix.names[t.id] || ix.df(t.id) < minNameSentences || !ix.surfaceIs(q.words[t.word].text, t.id) {
			continue
		}
		sc.names |= 1 << k
	}
	return sc.names
}

// surfaceIs reports whether the question word w resolves to term id
// itself, not through a variant.
func (ix *Index) surfaceIs(w string, id int32) bool {
	got, ok := ix.wordTerm(w)
	return ok && got == id
}

// log1pCounts holds math.Log1p of the counts below its length, so that the
// length feature, which every candidate of every question reads, looks up
// its logarithm (some 120 instructions) rather than working it out.
var log1pCounts = func() (t [256]float64) {
	for n := range t {
		t[n] = math.Log1p(float64(n))
	}
	return t
}()

// log1pCount is math.Log1p(n) for a count n ≥ 0, read off log1pCounts
// when n is below its length.
func log1pCount(n int) float64 {
	if uint(n) < uint(len(log1pCounts)) {
		return log1pCounts[n]
	}
	return math.Log1p(float64(n))
}
