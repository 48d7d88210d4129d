package qa

// Ranking.
//
// A question is a bag of up to 32 content words. Each is resolved against
// the index once: by its normalised surface form, else by its snowball
// stem, else as an acronym learnt from the corpus, else as a close
// misspelling of a corpus word (variant.go). Then, while room remains, each
// word adds its alternatives: the corpus words of its family (family.go:
// "citizen" and "citizenship") and the lexicon's forms, synonyms and
// abbreviations (lexicon.go: "sold" and "sell", "truce" and "ceasefire",
// "fed" and "federal"). Every resolved term k gets a query weight
//
//	w_k = weight(word) · a_k · idf(k),  idf(k) = log(1 + (N - n_k + 0.5) / (n_k + 0.5))
//
// with N the number of sentences and n_k the sentences holding k, so that
// a term held by most sentences still counts a little (never negative,
// unlike classic BM25 on a five-document corpus). a_k is 1 for the word
// itself and less for a variant, whose idf is also capped at the word's
// own: a rare synonym never says more than the word asked. Words that only
// name the answer type ("what year", "how long") weigh 0.3; the main verb of
// a when-question ("when did the talks start") weighs 1.5.
//
// Scoring walks the posting list of every term once and accumulates, per
// sentence, the BM25 sum
//
//	bm25(s) = Σ_k w_k · tf(k,s)·(k1+1) / (tf(k,s) + k1·(1 - b + b·|s|/avg))
//
// counting each question word once, through its strongest term, and a bit
// mask of the terms it holds; the same per paragraph gives a passage score
// P(p). The masks are OR-ed per paragraph and per document, and each
// document gets a relevance D(d): the question words it holds weighted by
// their idf over documents (a word of one article out of many says which
// article the question is about, however often that article repeats it).
// A sentence that may answer (not a heading, headline, question or link
// line) then scores
//
//	prelim(s) = bm25(s) + π·P(para(s)) + φ·D(doc(s)) + κ·W(before \ s) + α·W(neighbours \ s) + β·W(paragraph \ …)
//
// where W(mask) sums w_k over a mask, one term a word: terms missing from
// the sentence but present next to it or in its paragraph still count, at
// lower rates, and the sentence before counts at κ > α when s opens by
// referring back to it ("It sold ...", "The album ..."). The best few
// sentences by prelim are rescored with
//
//   - proximity: pairs of question terms that are adjacent in the question
//     and at most two words apart in the sentence (bigram overlap) add
//     δ·(w_i + w_j), and the matched terms' span tightness adds ε·W(s);
//   - answer type: a phrase of the expected type (span.go) that is not made
//     of question words multiplies the score by 1+τ (full for the type,
//     half for a near type: a place for "who", a name for "where");
//   - what is counted or changed: a number followed by the noun a "how
//     many" question counts ("two investigations"), or for "how much did X
//     grow" a verb of change ("rose by 37%", change.go), multiplies it by
//     1+ζ.
//
// The winner's confidence is the share of the question's weight it matches
// (confidence.go); the index abstains below the calibrated threshold, when
// much of the question is in words no document uses, when a short question
// finds only one of its words, or when a strict type (a date for "when", a
// number for "how many") has no phrase. Corroboration (corroborate.go) lists
// the other documents that state the span's value, and those giving a
// different figure.
//
// Per-question state lives in a pooled scratch; only the touched entries
// are reset, so a question costs time in proportion to its postings.

import (
	"cmp"
	"math/bits"
	"slices"
)

// params are the ranking and abstention constants, calibrated on the dev
// sets (eval_test.go). Build gives every Index a copy of defaultParams(); tests
// may adjust a private Index's copy to explore.
type params struct {
	neighbour, paragraph float64 // α, β
	coref                float64 // the sentence before one that refers back
	docw                 float64 // document relevance
	focus                float64 // a number counting what "how many" asks
	bigram, tight        float64 // δ, ε
	typeBoost            float64 // τ
	localIDF             float64 // share of the in-document idf
	passage              float64 // weight of the paragraph BM25
	k1, b                float64 // sentence BM25 saturation and length normalisation
	minCoverage          float64 // share of the question matched
	maxUnknown           float64 // share of it the corpus lacks
	maxUnknownLong       float64 // the same, for a question of four known words or more
	loneWord             float64 // the coverage one word of a two-word question needs
}

func defaultParams() params {
	return params{
		neighbour: 0.17, coref: 0.5, docw: 1, focus: 0.3, paragraph: 0.06,
		bigram: 0.075, tight: 0.1, typeBoost: 0.4, localIDF: 0.25, passage: 0.4,
		minCoverage: 0.32, maxUnknown: 0.45, maxUnknownLong: 0.6, loneWord: 0.55, k1: 0.3, b: 0.8,
	}
}

// topK is how many candidates get the full rescoring.
const topK = 24

// qterm is one resolved query term.
type qterm struct {
	id   int32
	w    float64 // weight · idf
	word int     // index of the question word it came from
	// alt is true for a lexicon or family alternative of the word, false
	// for the word itself (or its acronym, stem or misspelling).
	alt bool
}

// resolve maps the question's words to index terms and returns the total
// weight of the question and the part of it the corpus lacks altogether
// (unmatched words count at the highest idf). A word may resolve to several
// terms (an acronym's words, the lexicon's alternatives); each is its own
// query term, tagged with the word it came from, and the word counts once
// in the total, at the weight of its strongest match.
func (ix *Index) resolve(q *Question, sc *scratch) (total, oov float64) {
	var ownIDF [maxQueryWords]float64 // per word, when the corpus holds it
	add := func(id int32, weight float64, word int, alt bool) {
		idf := ix.idf[id]
		if ownIDF[word] > 0 {
			// A variant stands for the question's word: it never says
			// more than the word itself, however rare it is.
			idf = min(idf, ownIDF[word])
		}
		w := weight * idf
		for i := range sc.terms {
			if sc.terms[i].id == id {
				if w > sc.terms[i].w {
					sc.terms[i].w = w
				}
				return
			}
		}
		if len(sc.terms) < maxQueryWords {
			sc.terms = append(sc.terms, qterm{id: id, w: w, word: word, alt: alt})
		}
	}
	// First each word itself, so that alternatives never crowd a word
	// out of the terms; then the alternatives, while there is room.
	var own [maxQueryWords]float64 // each word's weight in the total
	for i, qw := range q.words {
		if qw.exclude {
			if id, ok := ix.surface[qw.text]; ok && len(sc.excl) < maxQueryWords {
				sc.excl = append(sc.excl, id)
			}
			continue
		}
		if id, ok := ix.surface[qw.text]; ok {
			ownIDF[i] = ix.idf[id]
			add(id, qw.weight, i, false)
			own[i] = qw.weight * ix.idf[id]
		} else if id, ok := ix.terms[qw.stem]; ok {
			ownIDF[i] = ix.idf[id]
			add(id, qw.weight, i, false)
			own[i] = qw.weight * ix.idf[id]
		} else if ids, ok := ix.acronyms[qw.text]; ok {
			for _, id := range ids {
				add(id, qw.weight*weightAcronym, i, false)
				own[i] = max(own[i], qw.weight*ix.idf[id])
			}
		} else if id, wt, ok := ix.correctWord(qw.text); ok {
			add(id, qw.weight*wt, i, false)
			own[i] = qw.weight * ix.idf[id]
		} else if id, ok := ix.derived(qw.stem); ok {
			add(id, qw.weight*weightDerived, i, false)
			own[i] = qw.weight * ix.idf[id]
		}
	}
	for i, qw := range q.words {
		if qw.exclude {
			continue
		}
		altOwn := 0.0
		var fam [maxFamily]int32
		for _, id := range ix.family(qw.stem, fam[:0]) {
			add(id, qw.weight*weightFamily, i, true)
			altOwn = max(altOwn, qw.weight*ix.idf[id])
		}
		for _, a := range qw.alts {
			if id, ok := ix.terms[a.stem]; ok {
				add(id, qw.weight*a.weight, i, true)
				altOwn = max(altOwn, qw.weight*ix.idf[id])
			}
		}
		switch {
		case own[i] > 0:
			total += own[i]
		case altOwn > 0:
			total += altOwn
		case qw.weight < 1 || qw.typeNoun:
			// A word that names the answer's type ("how long", "which
			// river") says nothing about the topic when the corpus
			// lacks it.
		default:
			total += qw.weight * ix.maxIDF
			oov += qw.weight * ix.maxIDF
		}
	}
	// Group each word's terms, strongest first, so that ranking can count
	// a word once per sentence (see rank).
	slices.SortStableFunc(sc.terms, func(a, b qterm) int {
		if a.word != b.word {
			return cmp.Compare(a.word, b.word)
		}
		return cmp.Compare(b.w, a.w)
	})
	for k, t := range sc.terms {
		sc.qidx[t.id] = int8(k + 1)
	}
	return total, oov
}

// rank scores the sentences for the resolved terms in sc.terms and leaves
// the best candidates, best first, in sc.top.
func (ix *Index) rank(q *Question, sc *scratch) {
	var siblings uint32 // the stronger terms of the current word
	for k, t := range sc.terms {
		bit := uint32(1) << k
		if k > 0 && sc.terms[k-1].word != t.word {
			siblings = 0
		}
		for _, p := range ix.postings[ix.postStart[t.id]:ix.postStart[t.id+1]] {
			s := p.sent
			if sc.mask[s] == 0 {
				sc.touched = append(sc.touched, s)
			}
			counted := sc.mask[s]&siblings != 0
			sc.mask[s] |= bit
			if counted {
				continue // the word already scored here through a stronger term
			}
			tf := float64(p.tf)
			w := t.w * (1 - ix.p.localIDF + ix.p.localIDF*float64(p.local))
			sc.score[s] += w * tf * (ix.p.k1 + 1) / (tf + ix.sents[s].norm)
		}
		siblings |= bit
	}
	if ix.p.passage > 0 {
		// The same per paragraph, each word again counted once.
		siblings = 0
		for k, t := range sc.terms {
			bit := uint32(1) << k
			if k > 0 && sc.terms[k-1].word != t.word {
				siblings = 0
			}
			w := t.w / ix.idf[t.id] * ix.paraIDF[t.id]
			for _, p := range ix.paraPost[ix.paraStart[t.id]:ix.paraStart[t.id+1]] {
				counted := sc.paraMask[p.sent]&siblings != 0
				sc.paraMask[p.sent] |= bit
				if counted {
					continue
				}
				tf := float64(p.tf)
				sc.paraScore[p.sent] += w * tf * (bm25K1 + 1) / (tf + ix.paraNorm[p.sent])
			}
			siblings |= bit
		}
	}
	for _, s := range sc.touched {
		st := &ix.sents[s]
		sc.paraMask[st.para] |= sc.mask[s]
		if sc.docMask[st.doc] == 0 {
			sc.tdocs = append(sc.tdocs, st.doc)
		}
		sc.docMask[st.doc] |= sc.mask[s]
	}
	ix.scoreDocs(sc)
	for _, s := range sc.touched {
		st := &ix.sents[s]
		if !st.answer {
			continue
		}
		m := sc.mask[s]
		ref, nb := ix.context(sc, s)
		pm := sc.paraMask[st.para] &^ (m | nb | ref)
		score := sc.score[s] + ix.p.passage*sc.paraScore[st.para] + ix.p.docw*sc.docScore[st.doc] +
			ix.p.coref*sc.massOf(ref) + ix.p.neighbour*sc.massOf(nb) + ix.p.paragraph*sc.massOf(pm)
		sc.push(cand{s, score})
	}
	for i := range sc.top {
		sc.top[i].score = ix.refine(q, sc, sc.top[i])
	}
	slices.SortFunc(sc.top, func(a, b cand) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return cmp.Compare(a.sent, b.sent)
	})
}

// scoreDocs sets the relevance of each document the question touched: the
// question words it holds, each weighted by its idf over documents (a word
// of one article out of many says which article the question is about,
// however often that article repeats it), each word counted once.
func (ix *Index) scoreDocs(sc *scratch) {
	sc.docsWith = [maxQueryWords]int{}
	for _, d := range sc.tdocs {
		for m := sc.docMask[d]; m != 0; m &= m - 1 {
			sc.docsWith[bits.TrailingZeros32(m)]++
		}
	}
	n := float64(len(ix.docs))
	var docIDF [maxQueryWords]float64
	for k := range sc.terms {
		// The share of the term's weight that is not its sentence idf.
		docIDF[k] = sc.terms[k].w / ix.idf[sc.terms[k].id] * idf(n, float64(sc.docsWith[k]))
	}
	for _, d := range sc.tdocs {
		var best [maxQueryWords]float64
		for m := sc.docMask[d]; m != 0; m &= m - 1 {
			k := bits.TrailingZeros32(m)
			w := sc.terms[k].word
			best[w] = max(best[w], docIDF[k])
		}
		sum := 0.0
		for _, v := range best {
			sum += v
		}
		sc.docScore[d] = sum
	}
}

// context returns the question terms found next to sentence s but not in
// it: ref, those of the sentence before when s opens by referring back to
// it ("It sold 541,000 copies", "The album ..."), and nb, those of the
// other neighbours. Both stay within s's document.
func (ix *Index) context(sc *scratch, s int32) (ref, nb uint32) {
	st := &ix.sents[s]
	if s > 0 && ix.sents[s-1].doc == st.doc {
		if st.refers {
			ref = sc.mask[s-1]
		} else {
			nb = sc.mask[s-1]
		}
	}
	if int(s)+1 < len(ix.sents) && ix.sents[s+1].doc == st.doc {
		nb |= sc.mask[s+1]
	}
	m := sc.mask[s]
	return ref &^ m, nb &^ (m | ref)
}

// refine adds proximity and answer-type evidence to a candidate's score.
func (ix *Index) refine(q *Question, sc *scratch, c cand) float64 {
	st := &ix.sents[c.sent]
	score := c.score
	// Bigram overlap and span tightness.
	var pos [maxQueryWords]int16
	for k := range sc.terms {
		pos[k] = -1
	}
	lo, hi, n := len(st.terms), -1, 0
	for p, id := range st.terms {
		if k := sc.qidx[id] - 1; k >= 0 {
			if pos[k] < 0 {
				n++
			}
			pos[k] = int16(p)
			lo, hi = min(lo, p), max(hi, p)
		}
	}
	// Each pair of neighbouring question words counts once, through its
	// strongest pair of terms (a word's alternatives do not add up).
	var pairs [maxQueryWords]float64 // by the pair's first word
	for a := range sc.terms {
		for b := a + 1; b < len(sc.terms); b++ {
			if pos[a] < 0 || pos[b] < 0 {
				continue
			}
			wa, wb := sc.terms[a].word, sc.terms[b].word
			if d := wb - wa; d != 1 && d != -1 {
				continue
			}
			if gap := int(pos[a]) - int(pos[b]); gap >= -2 && gap <= 2 {
				first := min(wa, wb)
				pairs[first] = max(pairs[first], sc.terms[a].w+sc.terms[b].w)
			}
		}
	}
	for _, w := range pairs {
		score += ix.p.bigram * w
	}
	if n > 1 {
		score += ix.p.tight * sc.massOf(sc.mask[c.sent]) * float64(n) / float64(hi-lo+1)
	}
	for _, id := range sc.excl {
		if slices.Contains(st.terms, id) {
			score *= 0.6
			break
		}
	}
	if q.Type != TypeNone {
		if f := ix.typeFit(q, sc, st); f > 0 {
			score *= 1 + ix.p.typeBoost*f
		}
	}
	if ix.countsFocus(q, sc, st) != nil {
		score *= 1 + ix.p.focus
	}
	if q.change && ix.statesChange(st) {
		score *= 1 + ix.p.focus
	}
	return score
}

// typeFit is 1 when the sentence holds a phrase of the expected type that
// is not made of question words, 0.5 for a near type, else 0.
func (ix *Index) typeFit(q *Question, sc *scratch, st *sentence) float64 {
	best := 0.0
	for i := range st.phrases {
		ph := &st.phrases[i]
		f := q.fit(ph.kind)
		if f <= best || ix.phraseIsQuestion(sc, st, ph) {
			continue
		}
		best = f
	}
	return best
}

// countsFocus returns the number phrase of st that counts what a "how
// many" question asks about ("two investigations" for "how many
// investigations"), or a length of time for "how long", or nil.
func (ix *Index) countsFocus(q *Question, sc *scratch, st *sentence) *phrase {
	if q.Type != TypeNumber || q.focus < 0 && !q.duration {
		return nil
	}
	for i := range st.phrases {
		ph := &st.phrases[i]
		if ph.kind != TypeNumber {
			continue
		}
		for p := int(ph.pe); p < len(st.terms) && p <= int(ph.pe)+1; p++ {
			id := st.terms[p]
			if q.duration && ix.units[id] {
				return ph // "how long": "a 90-day truce"
			}
			if k := sc.qidx[id] - 1; k >= 0 && sc.terms[k].word == q.focus {
				return ph
			}
		}
	}
	return nil
}

// fit says how well a phrase kind answers q: as kindFit has it, and a date
// nearly as well as a number for "how long" ("since 1994").
func (q *Question) fit(kind AnswerType) float64 {
	if q.duration && kind == TypeDate {
		return strictFit
	}
	return kindFit(q.Type, kind)
}

// strictFit is the least fit of a phrase that answers a question asking
// for a date, a time or a number.
const strictFit = 0.9

// kindFit says how well a phrase kind answers a question type.
func kindFit(want, got AnswerType) float64 {
	switch {
	case want == got:
		return 1
	case want == TypePerson && got == TypePlace, want == TypePlace && got == TypePerson:
		return 0.5
	case want == TypeDate && got == TypeTime, want == TypeTime && got == TypeDate:
		return 0.3
	}
	return 0
}

// phraseIsQuestion reports whether every content word of the phrase is a
// question term (the phrase repeats the question instead of answering).
func (ix *Index) phraseIsQuestion(sc *scratch, st *sentence, ph *phrase) bool {
	if ph.pe <= ph.ps {
		return false
	}
	for _, id := range st.terms[ph.ps:ph.pe] {
		if !sc.hasTerm(id) {
			return false
		}
	}
	return true
}
