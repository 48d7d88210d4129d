package qa

import (
	"slices"
	"strings"
)

// maxAlso bounds the other documents listed as agreeing or conflicting.
const maxAlso = 5

// corroborate lists in a.Also the other documents that state the answer's
// span (same kind, same value) in a sentence that matches the question,
// and in a.Conflicts those whose best sentence gives a different figure
// where the question asks for a number and reads like a version of the
// answer's (resembles): a sentence that only shares the question's words
// gives a figure of something else. Without a span nothing can be
// compared, and nothing is listed. total is the question's weight.
func (ix *Index) corroborate(q *Question, sc *scratch, best cand, ph *phrase, total float64, a *Answer) {
	if ph == nil || ph.value == "" || total <= 0 {
		return
	}
	bestDoc := ix.sents[best.sent].doc
	ix.sameValue(sc, bestDoc, ph, total, a)
	if q.Type != TypeNumber {
		return
	}
	// The best candidate of each other document among the top list.
	for _, c := range sc.top[1:] {
		d := ix.sents[c.sent].doc
		if d == bestDoc || sc.docBest[d].prelim > 0 {
			continue
		}
		sc.docBest[d] = c
		sc.docs = append(sc.docs, d)
	}
	bst := &ix.sents[best.sent]
	want := measureOf(bst, ph)
	for _, d := range sc.docs {
		c := sc.docBest[d]
		if c.prelim < 0.6*best.prelim || len(a.Conflicts) >= maxAlso || hasSource(a.Also, ix.docs[d].Path) {
			continue
		}
		st := &ix.sents[c.sent]
		if !ix.resembles(bst, st) {
			continue // another statement, not another version of this one
		}
		// The figure that stands where the answer's stands in this
		// version of the sentence, or, when the two hold different
		// counts of such figures, the span model's own pick in it.
		mine, other := counterpart(bst, ph, st)
		if other == nil {
			mine, other = ph, ix.pickSpan(q, sc, st)
		}
		if other != nil && other.kind == TypeNumber && isFigure(other.value) && other.value != mine.value &&
			measureOf(st, other) == want {
			a.Conflicts = append(a.Conflicts, Conflict{
				Source:   ix.source(d),
				Span:     ix.spanText(q, sc, st, other),
				Sentence: st.text,
			})
		}
	}
}

// counterpart returns the phrase of a that ph, the answer's span in a,
// stands on, and the phrase at the same place in b, a sentence that
// resembles a: the k-th of b's phrases of ph's kind (and, for a number,
// of its measure) for the k-th of a's. Two versions of a statement keep
// its figures in their order ("£12 per kg at the airport, and £9 per kg
// online" against "£10 per kg at the airport, and £8 per kg online"),
// where the span model, reading b alone, may pick the other one. Both are
// nil when ph stands on none of a's phrases (phraseUnder) or when a and
// b hold different counts of them, as then the places do not match.
func counterpart(a *sentence, ph *phrase, b *sentence) (mine, other *phrase) {
	if ph == nil {
		return nil, nil
	}
	if mine = phraseUnder(a, ph); mine == nil {
		return nil, nil
	}
	want := measureOf(a, mine)
	like := func(st *sentence, p *phrase) bool {
		return p.kind == mine.kind && (mine.kind != TypeNumber || measureOf(st, p) == want)
	}
	at, n := 0, 0
	for i := range a.phrases {
		if p := &a.phrases[i]; like(a, p) {
			if p == mine {
				at = n
			}
			n++
		}
	}
	k := 0
	for i := range b.phrases {
		if p := &b.phrases[i]; like(b, p) {
			if k == at {
				other = p
			}
			k++
		}
	}
	if k != n {
		return nil, nil
	}
	return mine, other
}

// phraseUnder returns the first of st's phrases of ph's kind that ph, a
// span in st, overlaps, or nil.
func phraseUnder(st *sentence, ph *phrase) *phrase {
	for i := range st.phrases {
		if p := &st.phrases[i]; p.kind == ph.kind && overlaps(p, ph) {
			return p
		}
	}
	return nil
}

// overlaps reports whether phrases a and b of one sentence share a byte.
func overlaps(a, b *phrase) bool { return a.start < b.end && b.start < a.end }

// sameValue lists in a.Also the other documents with a sentence that
// matches the question (at least alsoCoverage of its weight) and holds a
// phrase of the same kind and value as the answer's span ("September 17"
// said in several articles). Of more than maxAlso such documents it lists
// the first maxAlso by path: which ones never depends on the order stage
// 2 scored the sentences in (sc.touched), so that stage 1 may find its
// paragraphs in any order (selectParagraphs).
func (ix *Index) sameValue(sc *scratch, bestDoc int32, span *phrase, total float64, a *Answer) {
	for _, s := range sc.touched {
		// The mask first: most sentences fail it, and need not be read.
		if sc.massOf(sc.mask[s]) < alsoCoverage*total {
			continue
		}
		st := &ix.sents[s]
		if st.doc == bestDoc {
			continue
		}
		for i := range st.phrases {
			if ph := &st.phrases[i]; ph.kind == span.kind && ph.value == span.value {
				// A document is listed once, however many of its
				// sentences state the value: looked up only then, as
				// the list is no longer cut short at maxAlso.
				if !hasSource(a.Also, ix.docs[st.doc].Path) {
					a.Also = append(a.Also, ix.source(st.doc))
				}
				break
			}
		}
	}
	slices.SortFunc(a.Also, func(x, y Source) int { return strings.Compare(x.Path, y.Path) })
	if len(a.Also) > maxAlso {
		a.Also = a.Also[:maxAlso]
	}
}

// isFigure reports whether a number phrase's value is a figure: it has a
// digit or is a number word ("two"), not a number-like word ("monthly",
// "several") that says how often or how many without a figure to differ.
func isFigure(value string) bool {
	_, word := smallNumbers[value]
	return word || strings.ContainsAny(value, "0123456789")
}

// hasSource reports whether list names the document at path.
func hasSource(list []Source, path string) bool {
	return slices.ContainsFunc(list, func(s Source) bool { return s.Path == path })
}

// agreement readies, for the candidates of sc.top, the test of which
// candidates of other documents hold a phrase of the answer type the
// question asks for with the same value as one of theirs, neither made of
// the question's words (agrees): the articles that all give "September
// 17" for the deadline. Such candidates give the same answer: the margin
// (features.go) is taken over the best candidate that does not, and they
// lend their confidence (lenders).
// Only dates, times and figures written in digits are compared here: a
// name ("TikTok", "China") or a small count ("two companies") recurs in
// sentences that say different things, and the answers to other questions
// have no value to compare. Names are compared by the answer span each
// candidate gives (nameAgreement), which sets sc.agreeWith.
//
// An answer reads the test for a few pairs only (the first MaxAgreeing
// candidates after rerank, and the margin's rivals down to the first
// one), so each candidate's phrases are judged when a pair first needs
// them (askedValues), not for every candidate of sc.top; fillAgreement
// sets the whole masks for the trainer's lists.
func (ix *Index) agreement(q *Question, sc *scratch) {
	var _ [64 - topK]byte // a candidate's bit in agreeWith
	n := len(sc.top)
	sc.agreeWith = slices.Grow(sc.agreeWith[:0], n)[:n]
	clear(sc.agreeWith)
	sc.asked, sc.askedRows, sc.askedKinds = sc.asked[:0], 0, 0
	switch q.Type {
	case TypeDate, TypeTime, TypeNumber:
	default:
		return
	}
	for k := range len(typeNames) {
		if q.fit(AnswerType(k)) >= strictFit {
			sc.askedKinds |= 1 << k
		}
	}
}

// askedValues returns the phrases of the asked type of candidate c of
// sc.top that agreement compares, judged the first time they are asked
// for.
func (ix *Index) askedValues(sc *scratch, c cand) []askedValue {
	if sc.askedRows&(1<<c.row) == 0 {
		lo := len(sc.asked)
		st := &ix.sents[c.sent]
		for k := range st.phrases {
			ph := &st.phrases[k]
			if sc.askedKinds&(1<<ph.kind) != 0 && ph.value != "" &&
				(ph.kind != TypeNumber || strings.ContainsAny(st.text[ph.start:ph.end], "0123456789")) &&
				!ix.phraseIsQuestion(sc, st, ph) {
				sc.asked = append(sc.asked, askedValue{kind: ph.kind, value: ph.value})
			}
		}
		sc.askedAt[c.row] = [2]int32{int32(lo), int32(len(sc.asked))}
		sc.askedRows |= 1 << c.row
	}
	at := sc.askedAt[c.row]
	return sc.asked[at[0]:at[1]]
}

// agrees reports whether candidates a and b of sc.top (after rerank) give
// the same answer: a name both answer with (nameAgreement), or, from two
// documents, a value of the asked type (agreement).
func (ix *Index) agrees(sc *scratch, a, b cand) bool {
	if sc.agreeWith[a.row]&(1<<b.row) != 0 {
		return true
	}
	// A document repeating itself is no second source.
	if sc.askedKinds == 0 || ix.sents[a.sent].doc == ix.sents[b.sent].doc {
		return false
	}
	xs := ix.askedValues(sc, a)
	for _, y := range ix.askedValues(sc, b) {
		for _, x := range xs {
			if x.kind == y.kind && x.value == y.value {
				return true
			}
		}
	}
	return false
}

// fillAgreement adds to sc.agreeWith every pair of candidates of sc.top
// that agree, and to sc.sameAs those and the pairs that paraphrase each
// other, for the lists that give the masks whole (Candidates).
func (ix *Index) fillAgreement(sc *scratch) {
	for i, a := range sc.top {
		for _, b := range sc.top[i+1:] {
			agree := ix.agrees(sc, a, b)
			if agree {
				sc.agreeWith[a.row] |= 1 << b.row
				sc.agreeWith[b.row] |= 1 << a.row
			}
			if agree || ix.paraphrased(sc, a, b) {
				sc.sameAs[a.row] |= 1 << b.row
				sc.sameAs[b.row] |= 1 << a.row
			}
		}
	}
}

// askedValue is a phrase of the asked type of a candidate of sc.top
// (agreement).
type askedValue struct {
	kind  AnswerType
	value string
}

// paraphrases sets sc.sameAs to agreeWith's masks and readies the test
// (paraphrased), for a question that asks for no date, time or figure
// (agreement compares those by value), of the pairs of the first
// MaxAgreeing+1 candidates by model score from two documents that share
// most of their words: two articles telling the same event in nearly the
// same words ("China on Sunday announced two investigations targeting the
// US semiconductor sector", "China announced two investigations into US
// semiconductors"). Such a runner-up is no rival of the winner in its
// margin. A who or where question takes the test too: news articles that
// restate one story name the same person or place in nearly the same words
// ("Two Chinese companies accused of acquiring chipmaking equipment for
// Chinese chipmaking giant SMIC", "two companies accused of procuring
// equipment for China's leading chipmaker SMIC"), a runner-up that is
// agreement rather than doubt, while agreement, which compares no names,
// leaves them rivals. It lends no confidence: sentences on one topic share
// words without saying the same ("The skipper cancels the trip on the
// morning", "The skipper decides on the morning of each trip"), and
// lending would answer junk that matches both.
//
// The candidates' word sets are sorted per question, into room the scratch
// keeps, rather than kept for every sentence in the index: the sorting
// takes about half a percent of an answer's time, while a table of every
// sentence's set, tried, added about 4% to the index of squad-train11
// (37,000 terms, 0.15 MB of 3.9 MB) and left the answer benchmark no
// faster that it could tell. The margin reads the test for the pairs of
// the pick and the candidates down to its first rival only, often one, so
// a candidate's words are sorted when a pair of two documents first needs
// them (paraWords); fillAgreement adds every pair to sameAs for the
// trainer's lists.
func (ix *Index) paraphrases(q *Question, sc *scratch) {
	sc.sameAs = append(sc.sameAs[:0], sc.agreeWith...)
	sc.paraRows, sc.paraSorted = 0, 0
	if q.Type == TypeDate || q.Type == TypeTime || q.Type == TypeNumber {
		return
	}
	n := min(len(sc.top), MaxAgreeing+1)
	sc.words = slices.Grow(sc.words[:0], n)[:n]
	for i := range n {
		sc.words[i] = sc.words[i][:0]
		sc.paraRows |= 1 << sc.top[i].row
		sc.paraAt[sc.top[i].row] = uint8(i)
	}
}

// paraphrased reports whether candidates a and b of sc.top (after rerank)
// are among the first MaxAgreeing+1 of a question that paraphrases takes,
// of two documents, and share most of their words (paraphrases).
func (ix *Index) paraphrased(sc *scratch, a, b cand) bool {
	if sc.paraRows&(1<<a.row) == 0 || sc.paraRows&(1<<b.row) == 0 || ix.sents[a.sent].doc == ix.sents[b.sent].doc {
		return false
	}
	return sharesMost(ix.paraWords(sc, a), ix.paraWords(sc, b))
}

// paraWords returns the sorted words of candidate c, one of the first
// MaxAgreeing+1 of sc.top, sorted into sc.words the first time a pair
// asks for them (paraphrased).
func (ix *Index) paraWords(sc *scratch, c cand) []int32 {
	k := sc.paraAt[c.row]
	if sc.paraSorted&(1<<k) == 0 {
		sc.words[k] = ix.versionWords(sc.words[k], ix.sents[c.sent].terms())
		sc.paraSorted |= 1 << k
	}
	return sc.words[k]
}

// sharesMost reports whether the sorted sets of terms a and b share at
// least paraphraseShare of the smaller one's terms, and minParaphraseWords.
func sharesMost(a, b []int32) bool {
	short := min(len(a), len(b))
	n := sharedTerms(a, b)
	return n >= minParaphraseWords && float64(n) >= paraphraseShare*float64(short)
}

// nameAgreement adds to sc.agreeWith and sc.sameAs, for a who or where
// question, the pairs among the first MaxAgreeing candidates by model score
// (after rerank) from two documents whose answer spans (pickSpan) name the
// same person, organisation or place, each with a question word within
// maxNameGap words of it and one such word the same in both: news
// articles that restate one story name the country's leader or the city
// of the talks in sentences of their own ("Spanish Prime Minister Pedro
// Sánchez", "Spain's Pedro Sánchez welcomed"). A name recurs in sentences
// that say different things, which is why agreement compares no names:
// here it is the span each sentence gives as the answer that must be the
// same, and it must stand by the same words of the question. Such a
// candidate lends its confidence as an article giving the same date does
// (lenders), and is no rival in the margin.
func (ix *Index) nameAgreement(q *Question, sc *scratch) {
	if q.Type != TypePerson && q.Type != TypePlace {
		return
	}
	n := min(len(sc.top), MaxAgreeing)
	var spans [MaxAgreeing]*phrase
	var near [MaxAgreeing]termMask
	for i := range n {
		st := &ix.sents[sc.top[i].sent]
		ph := ix.pickSpan(q, sc, st)
		if ph == nil || ph.value == "" || q.fit(ph.kind) < strictFit {
			continue
		}
		spans[i], near[i] = ph, sc.termsNear(st, ph)
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			a, b := spans[i], spans[j]
			if a == nil || b == nil || a.kind != b.kind || a.value != b.value || near[i]&near[j] == 0 ||
				ix.sents[sc.top[i].sent].doc == ix.sents[sc.top[j].sent].doc {
				continue
			}
			x, y := sc.top[i].row, sc.top[j].row
			sc.agreeWith[x] |= 1 << y
			sc.agreeWith[y] |= 1 << x
			sc.sameAs[x] |= 1 << y
			sc.sameAs[y] |= 1 << x
		}
	}
}

// termsNear returns the mask of the question's terms within maxNameGap
// term positions of phrase ph of st, leaving out those in any typed phrase
// (the name's own words, and other names): a name the question is about
// ("who owns ByteDance") stands near every name its sentences give, so
// only the other words say what the name is to it ("owned by", "hosting",
// "talks in").
func (sc *scratch) termsNear(st *sentence, ph *phrase) termMask {
	terms := st.terms()
	var m termMask
	for p := max(0, int(ph.ps)-maxNameGap); p < min(len(terms), int(ph.pe)+maxNameGap); p++ {
		if inPhrase(st, p) {
			continue // a name, a date or a figure: the question's topic, not what it asks of it
		}
		if k := sc.qidx[uint32(terms[p])] - 1; k >= 0 {
			m |= 1 << k
		}
	}
	return m
}

// inPhrase reports whether term position p of st is inside one of its
// typed phrases.
func inPhrase(st *sentence, p int) bool {
	for i := range st.phrases {
		if ph := &st.phrases[i]; p >= int(ph.ps) && p < int(ph.pe) {
			return true
		}
	}
	return false
}
