package qa

// Retrieval: which sentences become candidates.
//
// A question is a bag of up to 32 content words. Each is resolved against
// the index once: by its normalised surface form, else by its snowball
// stem, else as an acronym learnt from the corpus, else as a close
// misspelling of a corpus word (variant.go). Then, while room remains, each
// word adds its alternatives: the corpus words of its family (family.go:
// "citizen" and "citizenship") and the lexicon's forms, synonyms and
// abbreviations (lexicon.go). Every resolved term k gets a query weight
//
//	w_k = weight(word) · a_k · idf(k),  idf(k) = log(1 + (N - n_k + 0.5) / (n_k + 0.5))
//
// with N the number of sentences and n_k the sentences holding k, so that
// a term held by most sentences still counts a little. a_k is 1 for the
// word itself and less for a variant, whose idf is also capped at the
// word's own. Words that only name the answer type ("what year", "how
// long") weigh 0.3; the main verb of a when-question weighs 1.5.
//
// Retrieval then works in two stages, so that a question costs time in
// proportion to the postings of its terms over paragraphs, not over
// sentences:
//
//  1. Paragraphs. Walking each term's paragraph postings gives every
//     paragraph holding a question word its BM25 score P(p), counting each
//     question word once through its strongest term, and a mask of the
//     terms it holds. A paragraph holds the words of the headings above it
//     too (headingTerms): "Allow four weeks." under "Can I get credit for
//     courses I took at another university?" is found by "transfer
//     credit". The masks are OR-ed per document, and each document gets a
//     relevance D(d): the question words it holds weighted by their idf
//     over documents, the words of its title counted ν times when the
//     question names the whole title (titleNamedWeight). The best `paragraphs` paragraphs by P(p) − (1−η)·H(p)
//     + φ·D(d) go on, H(p) the part of P(p) from words the paragraph holds
//     only through its headings and η headingOnlyWeight: the short
//     paragraphs that hold a title's word by the title alone (list items,
//     one-line code blocks) do not crowd out the one whose text holds it.
//  2. Sentences. Every sentence of those paragraphs is scored by scanning
//     its terms: the BM25 sum
//
//	bm25(s) = Σ_k w_k·(1 - λ + λ·l_k(s)) · tf(k,s)·(k1+1) / (tf(k,s) + k1·(1 - b + b·|s|/avg))
//
//     each word counted once, with l_k(s) the term's idf within the
//     sentence's document relative to its corpus idf (λ its share: a word
//     on every line of one article, like the article's subject, says little
//     about which of its lines answers). A sentence that may answer (not a
//     heading, headline, question or link line) gets the retrieval score
//
//	prelim(s) = bm25(s) + π·P(para(s)) + φ·D(doc(s)) + κ·W(before \ s) + α·W(neighbours \ s) + β·W(paragraph \ …)
//
//     where W(mask) sums w_k over a mask, one term a word: terms missing
//     from the sentence but present next to it or in its paragraph still
//     count, at lower rates, and the sentence before counts at κ > α when s
//     opens by referring back to it ("It sold ...", "The album ...").
//
// The best topK sentences by prelim are the candidates among which the
// answer model (features.go, model.go) chooses. The constants below decide
// only which sentences are candidates; they were set for recall (the right
// sentence among the candidates) on the training splits.
//
// Per-question state lives in a pooled scratch; only the touched entries
// are reset.

import (
	"math/bits"
	"slices"
	"strings"
	"unsafe"

	"github.com/qabot/qabot/qa/english"
)

// qterm is one resolved query term.
type qterm struct {
	id   int32
	w    float64 // weight · idf
	word int     // index of the question word it came from
	// kind says whether the term is the word itself (or its acronym, stem
	// or misspelling) or which kind of alternative it is.
	kind altKind
}

// resolve maps the question's words to index terms and returns the total
// weight of the question and the part of it the corpus lacks altogether
// (unmatched words count at the highest idf). A word may resolve to several
// terms (an acronym's words, the lexicon's alternatives); each is its own
// query term, tagged with the word it came from, and the word counts once
// in the total, at the weight of its strongest match.
func (ix *Index) resolve(q *Question, sc *scratch) (total, oov float64) {
	var ownIDF [maxQueryWords]float64 // per word, when the corpus holds it
	add := func(id int32, weight float64, word int, kind altKind) {
		idf := ix.idf[id]
		if ownIDF[word] > 0 {
			// A variant stands for the question's word: it never says
			// more than the word itself, however rare it is.
			idf = min(idf, ownIDF[word])
		}
		w := weight * idf
		// sc.qidx finds a term already added (1 + its index).
		if k := sc.qidx[id]; k != 0 {
			if w > sc.terms[k-1].w {
				sc.terms[k-1].w = w
			}
			return
		}
		if len(sc.terms) < maxQueryTerms {
			sc.terms = append(sc.terms, qterm{id: id, w: w, word: word, kind: kind})
			sc.qidx[id] = int8(len(sc.terms))
		}
	}
	// First each word itself, so that alternatives never crowd a word
	// out of the terms; then the alternatives, while there is room.
	var own [maxQueryWords]float64 // each word's weight in the total
	var found [maxQueryWords]*wordTerms
	// looked are the words looked up so far (lookupWord), each once: the
	// next word's lookup, made when splitWord asks about it, is kept.
	var looked [maxQueryWords]*wordTerms
	var joined uint32 // the words that closed up with the word before them
	for i, qw := range q.words {
		if qw.exclude {
			if id, ok := ix.wordTerm(qw.text); ok && len(sc.excl) < maxQueryWords {
				sc.excl = append(sc.excl, id)
			}
			continue
		}
		if joined&(1<<i) != 0 {
			continue
		}
		wt := looked[i]
		if wt == nil {
			wt = ix.lookupWord(&q.words[i])
		}
		if id, ok := ix.splitWord(q, i, wt, &looked); ok {
			// "tik tok": one corpus word, split by the asker; the second
			// half is no word of its own.
			joined |= 1 << (i + 1)
			add(id, qw.weight*weightRunWord, i, altOwn)
			own[i] = qw.weight * ix.idf[id]
			continue
		}
		found[i] = wt
		ownIDF[i] = ix.ownIDF(wt)
		for _, r := range ix.ownTerms(wt) {
			add(r.id(), qw.weight*r.a.weight(), i, altOwn)
			own[i] = max(own[i], qw.weight*ix.idf[r.id()])
		}
	}
	// A compound with a stop word the corpus indexes whole, which
	// the question writes open or hyphenated ("out of hours"): the
	// question's own word too, with the corpus's idf of the compound.
	ix.stopCompounds(q, func(i int, id int32) {
		qw := &q.words[i]
		if qw.exclude || joined&(1<<i) != 0 {
			return
		}
		keep := ownIDF[i]
		ownIDF[i] = 0
		add(id, qw.weight*weightRunWord, i, altOwn)
		ownIDF[i] = keep
	})
	for i, qw := range q.words {
		if qw.exclude || joined&(1<<i) != 0 {
			continue
		}
		if found[i] == nil {
			total += own[i] // closed up with the next word: no alternatives
			continue
		}
		altOwn := 0.0
		for _, r := range ix.altTerms(found[i]) {
			add(r.id(), qw.weight*r.a.weight(), i, r.kind)
			altOwn = max(altOwn, qw.weight*ix.idf[r.id()])
		}
		for _, p := range q.phrases {
			if phraseHead(p.words, &ownIDF) == i {
				altOwn = max(altOwn, ix.addPhrase(p, i, qw.weight, add))
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
		case sc.folderOnly == nil && ix.namesFewFolders(qw.text):
			// A word the text never holds that names the folder of a
			// few documents ("procfs") is not lacking: it says which
			// documents the question asks of (scoreDocs, missesName).
			sc.folderOnly, sc.folderOnlyW = ix.folderOnly[qw.text], qw.weight
		default:
			total += qw.weight * ix.maxIDF
			oov += qw.weight * ix.maxIDF
		}
	}
	// Group each word's terms, strongest first, so that ranking can count
	// a word once per sentence (see rank).
	sortTerms(sc.terms, len(q.words))
	for k, t := range sc.terms {
		sc.qidx[t.id] = int8(k + 1)
		sc.wordBit[k] = 1 << t.word
		sc.termW[k] = t.w
		if k > 0 && sc.terms[k-1].word == t.word {
			sc.wordSpan[k] = sc.wordSpan[k-1] | 1<<k
		} else {
			sc.wordSpan[k] = 1 << k
		}
	}
	// Each term's span so far covers the terms before it; the last term
	// of a word holds the word's whole span, which its other terms take.
	for k := len(sc.terms) - 2; k >= 0; k-- {
		if sc.terms[k+1].word == sc.terms[k].word {
			sc.wordSpan[k] = sc.wordSpan[k+1]
		}
	}
	sc.own, sc.oov, sc.joined = sc.ownMask(), oov, joined
	ix.markCues(q, sc, found[:len(q.words)])
	best := 0.0
	sc.rarest = -1
	for _, t := range sc.terms {
		if t.kind == altOwn && t.w > best {
			best, sc.rarest = t.w, t.word
		}
	}
	return total, oov
}

// phraseHead returns which of the question words in mask (bit i: word i)
// takes a WordNet expression's relatives: the one of highest own idf
// (ownIDF, 0 for a word the corpus lacks), the first of equals.
func phraseHead(mask uint32, ownIDF *[maxQueryWords]float64) int {
	head := -1
	for m := mask; m != 0; m &= m - 1 {
		i := bits.TrailingZeros32(m)
		if i < len(ownIDF) && (head < 0 || ownIDF[i] > ownIDF[head]) {
			head = i
		}
	}
	return head
}

// addPhrase adds, through add, the corpus's terms for the single-word
// relatives of WordNet expression p (phrases.go) as alternatives of
// question word i, of weight w: a synonym at a WordNet synonym's weight, a
// hypernym at a WordNet relative's. It returns the most the word's weight
// in the total could be by them (w times the highest idf).
func (ix *Index) addPhrase(p qphrase, i int, w float64, add func(id int32, weight float64, word int, kind altKind)) float64 {
	most := 0.0
	for _, l := range []struct {
		words string
		code  weightCode
		kind  altKind
	}{{p.synonyms, codeSynonym, altSynonym}, {p.hypernyms, codeRelated, altRelated}} {
		for rest := l.words; rest != ""; {
			var word string
			word, rest, _ = strings.Cut(rest, " ")
			if isStopWord(word) {
				continue
			}
			if id, ok := ix.termOfWord(word); ok {
				add(id, w*l.code.weight(), i, l.kind)
				most = max(most, w*ix.idf[id])
			}
		}
	}
	return most
}

// splitWord returns the corpus word that question word i makes closed up
// with the next one ("tik tok" -> "tiktok") when the two stand side by
// side and either is unknown to the corpus (wt is word i's lookup): the
// asker split one word in two. Two words the corpus knows stay two ("data
// base" where the corpus has "data" and "base"). The next word's lookup,
// when it needs one, is left in looked[i+1].
func (ix *Index) splitWord(q *Question, i int, wt *wordTerms, looked *[maxQueryWords]*wordTerms) (int32, bool) {
	qw := &q.words[i]
	if !qw.joinsNext || i+1 >= len(q.words) || q.words[i+1].exclude {
		return 0, false
	}
	if wt.ownTerms > 0 {
		if looked[i+1] == nil {
			looked[i+1] = ix.lookupWord(&q.words[i+1])
		}
		if looked[i+1].ownTerms > 0 {
			return 0, false // two words the corpus knows
		}
	}
	id, ok := ix.wordTerm(qw.text + q.words[i+1].text)
	return id, ok
}

// sortTerms orders terms by word and, within a word, strongest first,
// keeping the order of equals: slices.SortStableFunc's order. A word has
// few terms, so it gathers each word's terms, in order, and sorts them by
// insertion.
func sortTerms(terms []qterm, words int) {
	var count [maxQueryWords + 1]int
	for _, t := range terms {
		count[t.word+1]++
	}
	for w := 1; w <= words; w++ {
		count[w] += count[w-1]
	}
	var buf [maxQueryTerms]qterm
	for _, t := range terms {
		buf[count[t.word]] = t
		count[t.word]++
	}
	// count[w] is now where word w+1's terms start.
	lo := 0
	for w := range words {
		hi := count[w]
		for i := lo + 1; i < hi; i++ {
			for j := i; j > lo && buf[j].w > buf[j-1].w; j-- {
				buf[j], buf[j-1] = buf[j-1], buf[j]
			}
		}
		lo = hi
	}
	copy(terms, buf[:len(terms)])
}

// rank scores the paragraphs and then the sentences for the resolved terms
// in sc.terms, and leaves the best candidates in sc.top, best first by
// retrieval score.
func (ix *Index) rank(q *Question, sc *scratch) {
	ix.scoreParagraphs(sc)
	// The documents touched go after those already touched (none), in
	// room made for as many as there are documents.
	tdocs := slices.Grow(sc.tdocs, len(ix.docs))
	docRoom := tdocs[len(tdocs) : len(tdocs)+len(ix.docs)]
	fresh, bestPara := addParaDocs(sc.tparas, ix.paraDoc, sc.paraMask, sc.paraScore, sc.docMask, &docRoom, sc.bestPara)
	sc.tdocs, sc.bestPara = tdocs[:len(tdocs)+fresh], bestPara
	ix.scoreDocs(q, sc)
	// The best document's score, in a local, by a plain comparison: not
	// max, as in addParaDocs (scores are never NaN).
	bestDoc := sc.bestDoc
	for _, d := range sc.tdocs {
		if v := sc.docScore[d]; v > bestDoc {
			bestDoc = v
		}
	}
	sc.bestDoc = bestDoc
	sel := ix.selectParagraphs(sc)
	// Stage 2: the sentences of the chosen paragraphs, and for context the
	// sentence before and after each.
	room := 0 // the sentences of the chosen paragraphs
	for _, p := range sel {
		room += int(ix.paraSent[p+1] - ix.paraSent[p])
		a, b := ix.neighbourhood(p)
		ix.scoreSentences(sc, a, b)
	}
	// Every sentence that may answer, with its prelim, in room made for
	// all of them; then the topK best (bestKeyed).
	offers := slices.Grow(sc.offers[:0], room)[:room]
	n := 0
	// A release line answers only a question that asks a date.
	datesAsked := q.Type == TypeDate
	for _, p := range sel {
		lo, hi := ix.paraSent[p], ix.paraSent[p+1]
		a, b := ix.neighbourhood(p)
		// The paragraph's sentences are of its document. The terms of the
		// prelim that are the paragraph's and its document's are read once
		// a paragraph (the products as they were, added in the same order).
		doc := ix.paraDoc[p]
		paraMask := sc.paraMask[p]
		passage, docw := ix.p.passage*sc.paraScore[p], ix.p.docw*sc.docScore[doc]
		coref, neighbour, paragraph := ix.p.coref, ix.p.neighbour, ix.p.paragraph
		for s := lo; s < hi; s++ {
			nf := ix.scans[s].nf
			if nf&scanAnswer == 0 || nf&scanRelease != 0 && !datesAsked || sc.mask[s] == 0 && paraMask == 0 {
				continue
			}
			m := sc.mask[s]
			ref, nb := contextOf(sc.mask, s, a, b, nf&scanRefers != 0)
			pm := paraMask &^ (m | nb | ref)
			score := sc.score[s] + passage + docw +
				coref*sc.massOf(ref) + neighbour*sc.massOf(nb) + paragraph*sc.massOf(pm)
			offers[n] = keyed{key: score, id: s}
			n++
		}
	}
	sc.offers = offers[:n]
	// Best first by retrieval score, ties by position (worse's order): the
	// order the retrieval-rank feature reads.
	best := bestKeyed(sc.offers, topK)
	for _, b := range best {
		sc.top = append(sc.top, cand{sent: b.id, prelim: b.key})
	}
}

// addParaDocs ORs the masks of the paragraphs touched, paras, into their
// documents' (paraDoc, docMask), writes each document it touches first to
// fresh, in order, and returns how many, and the best of the paragraphs'
// scores and best. It is rank's loop over the touched paragraphs, apart
// so that no call inside it (an append's growth) makes the compiler keep
// its values on the stack. It is kept out of line: small enough to be
// inlined in rank, it then shared rank's registers and reloaded its
// slices from the stack each paragraph (rank + addParaDocs 39.2M ->
// 34.4M instructions over 1,000 cold answers out of line).
//
//go:noinline
func addParaDocs(paras, paraDoc []int32, paraMask []termMask, paraScore []float64, docMask []termMask, fresh *[]int32, best float64) (int, float64) {
	// The paragraphs' arrays and the documents' masks read in place, with
	// no bound check: every touched paragraph is a posting's, below the
	// count of paragraphs, the length of the three paragraph arrays
	// (the masks' and scores' checked against paraDoc's here), and every
	// paragraph's document below the count of documents, docMask's length
	// (Build; ReadSnapshot checks each).
	if len(paraMask) < len(paraDoc) || len(paraScore) < len(paraDoc) {
		panic("qa: paragraph tables of unequal lengths")
	}
	mp, sp := unsafe.Pointer(unsafe.SliceData(paraMask)), unsafe.Pointer(unsafe.SliceData(paraScore))
	dp, dm := unsafe.Pointer(unsafe.SliceData(paraDoc)), unsafe.Pointer(unsafe.SliceData(docMask))
	n := 0
	for _, p := range paras {
		at := uintptr(uint32(p))
		d := *(*uint32)(unsafe.Add(dp, 4*at))
		dmask := (*termMask)(unsafe.Add(dm, 8*uintptr(d)))
		pm := *dmask
		if pm == 0 {
			// Read through its header, on this path alone, so that the
			// loop holds neither its data nor its length.
			(*fresh)[n] = int32(d)
			n++
		}
		*dmask = pm | *(*termMask)(unsafe.Add(mp, 8*at))
		// Not max: scores are never NaN, and a plain comparison that is
		// rarely true costs less than max's NaN and zero handling.
		if v := *(*float64)(unsafe.Add(sp, 8*at)); v > best {
			best = v
		}
	}
	return n, best
}

// scoreParagraphs walks the paragraph postings of the question's terms:
// each paragraph holding one gets its BM25 score and its mask of terms,
// each question word counted once, through its strongest term.
func (ix *Index) scoreParagraphs(sc *scratch) {
	var siblings termMask // the stronger terms of the current word
	// Local copies, which the loop need not reload after each append.
	masks, scores, heads, norms, tparas := sc.paraMask, sc.paraScore, sc.paraHead, ix.paraNorm, sc.tparas
	for k, t := range sc.terms {
		bit := termMask(1) << k
		if k > 0 && sc.terms[k-1].word != t.word {
			siblings = 0
		}
		post := ix.paraPost[ix.paraStart[t.id]:ix.paraStart[t.id+1]]
		if t.kind != altOwn && float64(len(post)) > ix.p.altShare*float64(ix.paras) {
			continue
		}
		w := t.w / ix.idf[t.id] * ix.paraIDF[t.id]
		// The paragraphs met first here go after those already touched,
		// in room made for all of the postings.
		tparas = slices.Grow(tparas, len(post))
		fresh := tparas[len(tparas) : len(tparas)+len(post)]
		var n int
		if siblings == 0 {
			n = addFirstPostings(post, masks, scores, heads, norms, fresh, bit, w, paraK1+1)
		} else {
			n = addParaPostings(post, masks, scores, heads, norms, fresh, bit, siblings, w, paraK1+1)
		}
		tparas = tparas[:len(tparas)+n]
		siblings |= bit
	}
	sc.tparas = tparas
}

// addParaPostings adds the postings of one term to the paragraphs' masks
// (bit) and BM25 scores (at weight w, unless the paragraph holds one of
// the stronger terms of its word, siblings), the part of the score it
// holds only through its headings (tf 0) to heads too, and writes each paragraph it
// is the first term of to fresh, in order; it returns how many. It is
// scoreParagraphs' inner loop, apart so that no call (an append's growth)
// inside it makes the compiler keep its values on the stack: about a
// third fewer instructions a posting. k1p is paraK1+1, a parameter so
// that the loop holds it in a register (a constant was loaded from memory
// at each posting); fresh is written in place (freshRoom), so that the
// loop holds its data alone, not its length: no value of the loop is then
// reloaded from the stack.
func addParaPostings(post []paraPosting, masks []termMask, scores, heads, norms []float64, fresh []int32, bit, siblings termMask, w, k1p float64) int {
	// The three read in place by the posting's paragraph (paraTables),
	// with no bound check, and fresh too (freshRoom).
	mp, sp, hp, np := paraTables(masks, scores, heads, norms)
	fp := freshRoom(fresh, post)
	n := uintptr(0)
	for i := range post {
		para := uintptr(uint32(post[i].para))
		pm := *(*termMask)(unsafe.Add(mp, 8*para))
		if pm == 0 {
			*(*int32)(unsafe.Add(fp, 4*n)) = int32(para)
			n++
		}
		*(*termMask)(unsafe.Add(mp, 8*para)) = pm | bit
		if pm&siblings != 0 {
			continue
		}
		tf := float64(post[i].tf)
		if tf == 0 {
			// Through the headings alone: at tf 1, and noted apart.
			v := w * k1p / (1 + *(*float64)(unsafe.Add(np, 8*para)))
			*(*float64)(unsafe.Add(sp, 8*para)) += v
			*(*float64)(unsafe.Add(hp, 8*para)) += v
			continue
		}
		*(*float64)(unsafe.Add(sp, 8*para)) += w * tf * k1p / (tf + *(*float64)(unsafe.Add(np, 8*para)))
	}
	return int(n)
}

// addFirstPostings is addParaPostings for the first (strongest) term of
// a word, siblings 0, whose test is then never true: without it the loop
// holds one value fewer, and the compiler reloads one slice bound from
// the stack a posting, not two (27 instructions a posting against 32;
// stage 1 27.3M -> 25.8M over 1,000 cold answers).
func addFirstPostings(post []paraPosting, masks []termMask, scores, heads, norms []float64, fresh []int32, bit termMask, w, k1p float64) int {
	mp, sp, hp, np := paraTables(masks, scores, heads, norms)
	fp := freshRoom(fresh, post)
	n := uintptr(0)
	for i := range post {
		para := uintptr(uint32(post[i].para))
		pm := *(*termMask)(unsafe.Add(mp, 8*para))
		if pm == 0 {
			*(*int32)(unsafe.Add(fp, 4*n)) = int32(para)
			n++
		}
		*(*termMask)(unsafe.Add(mp, 8*para)) = pm | bit
		tf := float64(post[i].tf)
		if tf == 0 {
			// Through the headings alone: at tf 1, and noted apart.
			v := w * k1p / (1 + *(*float64)(unsafe.Add(np, 8*para)))
			*(*float64)(unsafe.Add(sp, 8*para)) += v
			*(*float64)(unsafe.Add(hp, 8*para)) += v
			continue
		}
		*(*float64)(unsafe.Add(sp, 8*para)) += w * tf * k1p / (tf + *(*float64)(unsafe.Add(np, 8*para)))
	}
	return int(n)
}

// freshRoom returns the data of fresh, which the postings loops write in
// place with no bound check: each writes at most one paragraph a posting,
// so fresh needs room for as many as post holds, which freshRoom checks.
func freshRoom(fresh []int32, post []paraPosting) unsafe.Pointer {
	if len(fresh) < len(post) {
		panic("qa: less room for fresh paragraphs than postings")
	}
	return unsafe.Pointer(unsafe.SliceData(fresh))
}

// paraTables returns the data of the paragraphs' masks, scores, heading
// scores and norms, which the postings loops read and write in place by a
// posting's paragraph, with no bound check: every posting's paragraph is
// below the count of paragraphs (Build; ReadSnapshot checks each), the
// length of all four, which paraTables checks once.
func paraTables(masks []termMask, scores, heads, norms []float64) (mp, sp, hp, np unsafe.Pointer) {
	if len(scores) < len(masks) || len(heads) < len(masks) || len(norms) < len(masks) {
		panic("qa: paragraph tables of unequal lengths")
	}
	return unsafe.Pointer(unsafe.SliceData(masks)), unsafe.Pointer(unsafe.SliceData(scores)), unsafe.Pointer(unsafe.SliceData(heads)), unsafe.Pointer(unsafe.SliceData(norms))
}

// selectParagraphs returns the paragraphs stage 2 scores: the best
// ix.p.paragraphs by P(p) − (1−η)·H(p) + φ·D(doc(p)) (H the part of P
// from words held through the headings only, paraHead), ties by the
// lower id, found by quickselect (selectBest) in O(touched). Their order is the order stage
// 2 scores their sentences in (sc.touched); nothing depends on it
// (sameValue lists its documents by path).
func (ix *Index) selectParagraphs(sc *scratch) []int32 {
	n := ix.p.paragraphs
	if len(sc.tparas) <= n {
		return sc.tparas
	}
	keys := slices.Grow(sc.selKeys[:0], len(sc.tparas))[:len(sc.tparas)]
	heads := sc.paraHead
	if !ix.headOnly {
		heads = nil // every share is 0: paraKeys need not read them
	}
	paraKeys(keys, sc.tparas, ix.paraDoc, sc.paraScore, heads, sc.docScore, ix.p.docw)
	sc.selKeys = keys
	sc.selParas = selectBest(keys, sc.tparas, n, &sc.selTmp, sc.selParas[:0])
	return sc.selParas
}

// paraKeys writes to keys (of paras' length) the key of each paragraph of
// paras that selectParagraphs chooses by: P(p) − (1−headingOnlyWeight)·H(p)
// + docw·D(doc(p)). It is
// apart so that its loop keeps its values in registers. It reads the
// paragraphs' documents and scores and the documents' scores in place,
// with no bound check: every touched paragraph is a posting's, below the
// count of paragraphs, the length of paraDoc and of paraScore (checked
// here), and every paragraph's document is below the count of documents,
// docScore's length (Build; ReadSnapshot checks each; newScratch makes
// docScore that long). paraHead is nil when the index has no heading
// shares (Index.headOnly), and its loop then reads none.
func paraKeys(keys []float64, paras, paraDoc []int32, paraScore, paraHead, docScore []float64, docw float64) {
	if len(paraScore) < len(paraDoc) || (paraHead != nil && len(paraHead) < len(paraDoc)) {
		panic("qa: paragraph tables of unequal lengths")
	}
	dp, sp, hp, ds := unsafe.Pointer(unsafe.SliceData(paraDoc)), unsafe.Pointer(unsafe.SliceData(paraScore)), unsafe.Pointer(unsafe.SliceData(paraHead)), unsafe.Pointer(unsafe.SliceData(docScore))
	keys = keys[:len(paras)]
	if paraHead == nil {
		for i, p := range paras {
			at := uintptr(uint32(p))
			d := uintptr(uint32(*(*int32)(unsafe.Add(dp, 4*at))))
			keys[i] = *(*float64)(unsafe.Add(sp, 8*at)) + docw**(*float64)(unsafe.Add(ds, 8*d))
		}
		return
	}
	const cut = 1 - headingOnlyWeight
	for i, p := range paras {
		at := uintptr(uint32(p))
		d := uintptr(uint32(*(*int32)(unsafe.Add(dp, 4*at))))
		keys[i] = *(*float64)(unsafe.Add(sp, 8*at)) - cut**(*float64)(unsafe.Add(hp, 8*at)) + docw**(*float64)(unsafe.Add(ds, 8*d))
	}
}

// termSlots is the length of countTerms' arrays: one entry for each value
// of a byte.
const termSlots = 256

// scoreSentences sets the mask, BM25 and in-document weight of sentences
// a to b-1, each once per question. It takes a paragraph's neighbourhood
// at a time, so that what every sentence reads (the scratch's arrays,
// the question's terms, the tuning) is loaded once a range, not once a
// sentence, and the sentences it scores first are written to room grown
// beforehand, with no append in the loop.
func (ix *Index) scoreSentences(sc *scratch, a, b int32) {
	touched := slices.Grow(sc.touched, int(b-a))
	n := len(touched)
	room := touched[n : n+int(b-a)]
	sents := ix.scans[a:b]
	scanned := sc.scanned[a:b]
	masks, scores, locs := sc.mask[a:b], sc.score[a:b], sc.local[a:b]
	scanned, masks, scores, locs = scanned[:len(sents)], masks[:len(sents)], scores[:len(sents)], locs[:len(sents)]
	qidx, tf, loc, span, termW := unsafe.Pointer(unsafe.SliceData(sc.qidx)), &sc.tf, &sc.loc, &sc.wordSpan, &sc.termW
	lidf, k1 := ix.p.localIDF, ix.p.k1
	j := 0
	for i := range sents {
		if scanned[i] {
			continue
		}
		scanned[i] = true
		room[j] = a + int32(i)
		j++
		st := &sents[i]
		ids := ix.termIDs[st.at:][:st.nf&scanTerms]
		locals := ix.locals[st.at:][:len(ids)]
		// Read before the term loop: a float register holds it across,
		// where st's base and offset took two integer registers there.
		norm := st.norm
		m := countTerms(ids, locals, qidx, tf, loc)
		if m == 0 {
			continue
		}
		masks[i] = m
		// Each question word counts once, through its strongest term here:
		// its lowest bit in m (see massOf).
		score, local := 0.0, 0.0
		for mm := m; mm != 0; {
			k := bits.TrailingZeros64(mm) & (maxQueryTerms - 1)
			mm &^= span[k]
			tw := termW[k]
			f := float64(tf[k])
			l := float64(loc[k])
			w := tw * (1 - lidf + lidf*l)
			score += w * f * (k1 + 1) / (f + norm)
			local += tw * l
		}
		scores[i], locs[i] = score, local
	}
	sc.touched = touched[:n+j]
}

// countTerms returns the mask of the question's terms (qidx) among a
// sentence's terms, ids, and sets the count (tf) and local idf (loc,
// from locals) of each. A term's count starts at its first occurrence:
// the arrays are not cleared.
//
// k, a term's byte less one, is below maxQueryTerms, but the arrays hold
// termSlots entries, one for each value of a byte, so that the compiler
// indexes them by k as it is, with no mask: the mask kept k's register
// busy, and the compiler spilled k to the stack at each question term.
//
// qidx is the data of the scratch's qidx, whose bytes the loop reads in
// place (qidxAt, written out so that countTerms stays within the inliner's
// budget), with no bound check: every term id of the index is below its
// length (newScratch; ReadSnapshot checks each sentence's terms).
func countTerms(ids []int32, locals []float32, qidx unsafe.Pointer, tf *[termSlots]uint16, loc *[termSlots]float32) termMask {
	var m termMask
	locals = locals[:len(ids)]
	for p, id := range ids {
		// Most terms are no question term: a test of the byte alone.
		if x := *(*int8)(unsafe.Add(qidx, uint32(id))); x != 0 {
			k := uint8(x - 1)
			if bit := termMask(1) << (k & (maxQueryTerms - 1)); m&bit == 0 {
				m |= bit
				tf[k] = 1
			} else {
				tf[k]++
			}
			loc[k] = locals[p]
		}
	}
	return m
}

// qidxAt is the byte of term id in the scratch's qidx, whose data starts
// at base, read in place with no bound check, for an id below qidx's
// length, which every term id of the index is (newScratch).
func qidxAt(base unsafe.Pointer, id int32) int8 {
	return *(*int8)(unsafe.Add(base, uint32(id)))
}

// scoreDocs sets the relevance of each document the question touched: the
// question words it holds, each weighted by its idf over documents (a word
// of one article out of many says which article the question is about,
// however often that article repeats it), each word counted once, the
// words of its title titleNamedWeight times when the question's own words
// spell the whole title (namesTitle). A question word that names the
// folder of a few documents (folderWords) counts for each document under
// such a folder as if its text held it:
// "slack" in "slack vuln report" speaks for slack/SECURITY.md, whose text
// never says "slack". Such a document's docMask then holds the word, for
// the features that read it (document-words), and sc.folders is set to the
// mask of such words (missing); docsWith stays the text's count.
func (ix *Index) scoreDocs(q *Question, sc *scratch) {
	sc.docsWith = [maxQueryTerms]int{}
	for _, d := range sc.tdocs {
		for m := sc.docMask[d]; m != 0; m &= m - 1 {
			sc.docsWith[bits.TrailingZeros64(m)]++
		}
	}
	// The folder words, worked out once a question (markingNames reads
	// them too).
	folders := ix.folderWords(q, sc)
	sc.folders, sc.foldersSet = folders, true
	with := sc.docsWith
	if folders != 0 {
		// From here on a document holds the folder words of its folders,
		// for its relevance and for the features that read docMask
		// (document-words); docsWith stays the text's count.
		for _, d := range sc.tdocs {
			in := ix.inFolders(sc, folders, d)
			for m := in &^ sc.docMask[d]; m != 0; m &= m - 1 {
				with[bits.TrailingZeros64(m)]++
			}
			sc.docMask[d] |= in
		}
	}
	var docIDF [maxQueryTerms]float64
	for k := range sc.terms {
		// The share of the term's weight that is not its sentence idf.
		docIDF[k] = sc.terms[k].w / ix.idf[sc.terms[k].id] * ix.docIDF[with[k]]
	}
	// A word's terms are consecutive (resolve), so the terms of d, read
	// in order, give each word's best in turn, and the sum adds them in
	// the order of the words.
	// A word is told by its bit (wordBit, never 0), read with no bounds
	// check; word is 0 before the first.
	wordBit := &sc.wordBit
	for _, d := range sc.tdocs {
		named := sc.namesTitle(ix.titleTerms[d], sc.docMask[d])
		sum, best, word := 0.0, 0.0, uint32(0)
		for m := sc.docMask[d]; m != 0; m &= m - 1 {
			k := bits.TrailingZeros64(m) & (maxQueryTerms - 1)
			v := docIDF[k]
			if named&(1<<k) != 0 {
				v *= titleNamedWeight
			}
			if w := wordBit[k]; w != word {
				if word != 0 {
					sum += best
				}
				best, word = v, w
			} else if v > best {
				best = v
			}
		}
		if word != 0 {
			sum += best
		}
		if sc.folderOnly != nil {
			if _, ok := slices.BinarySearch(sc.folderOnly, d); ok {
				sum += sc.folderOnlyW * ix.docIDF[len(sc.folderOnly)]
			}
		}
		sc.docScore[d] = sum
	}
}

// namesTitle returns the mask of the question's terms that spell a
// document's title, held in mask (its docMask), when the question's own
// words (not alternatives) hold every term of the title: a search-engine
// query names the article it asks about ("who were the members of the
// beatles" names "The Beatles"), and that word says more about which
// document answers than a word the question shares with another document
// ("member" of the measles virus). 0 when the title has no term or a term
// the question lacks.
func (sc *scratch) namesTitle(title []int32, mask termMask) termMask {
	var m termMask
	for _, id := range title {
		k := sc.qidx[id] - 1
		if k < 0 || mask&(1<<k) == 0 || sc.terms[k].kind != altOwn {
			return 0
		}
		m |= 1 << k
	}
	return m
}

// folderWords returns the mask of the question's terms that name the
// folder of a few documents and that the text of a few documents holds
// (at most a third of them each): a topic folder ("bins/" of a council's
// pages) is a word all over the text and marks nothing. It serves both the
// document relevance (scoreDocs) and name-missing (markingNames).
// sc.docsWith must be set.
func (ix *Index) folderWords(q *Question, sc *scratch) termMask {
	if ix.folderDocs == nil {
		return 0
	}
	var m termMask
	few := max(1, len(ix.docs)/3)
	for k, t := range sc.terms {
		if sc.docsWith[k] > few {
			continue
		}
		if n := len(ix.folderDocs[t.id]); n == 0 || n > few || !ix.surfaceIs(q.words[t.word].text, t.id) {
			continue
		}
		m |= 1 << k
	}
	return m
}

// namesFewFolders reports whether w, a word with no term, names the
// folder of at most a third of the documents (Index.folderOnly).
func (ix *Index) namesFewFolders(w string) bool {
	n := len(ix.folderOnly[w])
	return n > 0 && n <= max(1, len(ix.docs)/3)
}

// inFolders returns the terms of mask (folderWords) that name a folder
// document d sits in.
func (ix *Index) inFolders(sc *scratch, mask termMask, d int32) termMask {
	var in termMask
	for m := mask; m != 0; m &= m - 1 {
		k := bits.TrailingZeros64(m)
		if _, ok := slices.BinarySearch(ix.folderDocs[sc.terms[k].id], d); ok {
			in |= 1 << k
		}
	}
	return in
}

// contextOf returns the question terms found next to sentence s but not in
// it (mask holds each sentence's): ref, those of the sentence before when
// s opens by referring back to it, refers ("It sold 541,000 copies", "The
// album ..."), and nb, those of the other neighbours. Both stay within s's
// document: s is one of the sentences a+1 to b-2 of its paragraph's
// neighbourhood (neighbourhood), all of one document. Small enough to be
// inlined in rank's loop.
func contextOf(mask []termMask, s, a, b int32, refers bool) (ref, nb termMask) {
	if s > a {
		if refers {
			ref = mask[s-1]
		} else {
			nb = mask[s-1]
		}
	}
	if s+1 < b {
		nb |= mask[s+1]
	}
	m := mask[s]
	return ref &^ m, nb &^ (m | ref)
}

// neighbourhood returns the sentences a to b-1 of paragraph p and of its
// document's sentences just before and after it: the paragraph's lo to
// hi-1, with lo-1 and hi when they are of its document.
func (ix *Index) neighbourhood(p int32) (a, b int32) {
	a, b = ix.paraSent[p], ix.paraSent[p+1]
	// The document's bounds, not the sentences' documents: stage 2 reads
	// the sentences' scans (sentScan), and the sentences themselves were
	// two more lines from memory a paragraph.
	d := ix.paraDoc[p]
	lo, hi := ix.docSent[d], ix.docSent[d+1]
	if a > lo && a <= hi {
		a--
	}
	if b >= lo && b < hi {
		b++
	}
	return a, b
}

// typeFit is 1 when the sentence holds a phrase of the expected type that
// is not made of question words, 0.5 for a near type, else 0.
func (ix *Index) typeFit(q *Question, sc *scratch, st *sentence) float64 {
	best := 0.0
	counts := q.countsThings()
	for i := range st.phrases {
		ph := &st.phrases[i]
		// A measure only lowers a number's fit, so a phrase that fits no
		// better than best, or is the question's own words, is passed over
		// before its measure is read (measureOf, the dearest of the three).
		f := q.fit(ph.kind)
		if f <= best || ix.phraseIsQuestion(sc, st, ph) {
			continue
		}
		if counts && f > measureFit && ph.kind == TypeNumber && measureOf(st, ph) != measureOther {
			f = measureFit // "how many staff": not "£1.8 million", not "55 percent"
			if f <= best {
				continue
			}
		}
		best = f
	}
	return best
}

// countsThings reports whether q counts things ("how many staff", "number
// of firms"), which an amount of money or a share does not answer, unless
// the thing counted is money or a share ("how many dollars").
func (q *Question) countsThings() bool {
	if q.focus < 0 || q.money {
		return false
	}
	w := q.words[q.focus].text
	return w != "percent" && w != "percentage" && w != "points"
}

// notMoney reports whether q asks for a number that an amount of money
// does not give: it counts things ("how many doses", countsThings, but not
// "how many dollars", countsMeasure), asks for a quantity ("how long",
// "how far") or a frequency or a time ("how often", asksHowBy), and no
// word of it asks about money.
func (q *Question) notMoney() bool {
	if q.money {
		return false
	}
	return q.countsThings() && !q.countsMeasure() || q.duration || q.quantities != 0 || q.asksHowBy()
}

// asksIdentifier reports whether q asks for the number that names a thing:
// "number" after a noun and not before "of" ("part number for the water
// tank", "case number", "phone number"), which a code or a run of digits
// gives (canAnswer); "total number of quadrats" and "2024 number" count or
// measure.
func (q *Question) asksIdentifier() bool {
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].text != "number" || i+1 < len(q.toks) && q.toks[i+1].text == "of" {
			continue
		}
		if w := q.toks[i-1].text; !isStopWord(w) && !opensWithDigit(w) && posCached(english.Load(), w).Has(english.Noun) {
			return true
		}
	}
	return false
}

// countsFocus returns the number phrase of st that counts what a "how
// many" question asks about ("two investigations" for "how many
// investigations"), or a number of the units of the quantity a "how"
// question asks for ("a 90-day truce" for "how long", "30 metres" for "how
// deep", "60 kilometres per hour" for "how fast") that its words do not
// say measures another dimension (otherDimension: not "1.8 metres tall"
// for "how long", nor "a main span of 1,280 metres" for "how tall"), or
// nil.
func (ix *Index) countsFocus(q *Question, sc *scratch, st *sentence) *phrase {
	if q.Type != TypeNumber || q.focus < 0 && q.quantities == 0 {
		return nil
	}
	for i := range st.phrases {
		ph := &st.phrases[i]
		if ph.kind != TypeNumber {
			continue
		}
		if q.shape.age && ageBoundAt(st.text[ph.start:]) {
			return ph // "how old": "16 or over", the phrase's own figure
		}
		// What the figure measures, read at most once a phrase, when
		// the question asks a speed or a unit of what it asks follows.
		dim, read := "", false
		if q.quantities&quantitySpeed != 0 {
			if _, dim = figureQuantity(st.text, int(ph.start)); dim == dimensionSpeed {
				return ph // "how fast": "60 kilometres per hour"
			}
			read = true
		}
		for p := int(ph.pe); p < len(st.terms()) && p <= int(ph.pe)+1; p++ {
			id := st.terms()[p]
			// A question of no quantity ("how many X") reads no map.
			if q.quantities != 0 && q.quantities&ix.quantities[id] != 0 {
				if !read {
					_, dim = figureQuantity(st.text, int(ph.start))
					read = true
				}
				if !q.otherDimension(dim) {
					return ph // "how long": "a 90-day truce"; "how deep": "30 metres"
				}
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
	for _, id := range st.terms()[ph.ps:ph.pe] {
		if !sc.hasTerm(id) {
			return false
		}
	}
	return true
}
