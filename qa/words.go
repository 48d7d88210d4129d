package qa

import (
	"math"
	"slices"

	"github.com/qabot/qabot/qa/english"
)

// Resolving question words. How a question word maps to the terms of an
// index (rank.go, resolve) depends on the word and the index only, so each
// index remembers it for the words it has been asked, up to maxWordCache of
// them: a word costs its map lookups, misspelling search and alternatives
// once per index, not once per question.

// wordTerms is how one question word resolves against an index: its
// terms are, first (own of them), the terms of the word itself: its
// surface form or stem, the words of the acronym or compound it is, its
// correction, or a derived word, each with its weight against an exact
// match; then the terms of its family and its alternatives. Its cues are
// its learned cues that are terms of the index (cues.go). The index keeps
// both lists in its stores (termLists, cueLists) and a remembered word
// says where they are, in 24 bytes with one pointer, nil, for the
// collector, not 56 with two slices of their own (some 11,500 words over
// the 9,982 SQuAD questions of 48 articles). Read them with the index's
// termsOf, ownTerms, altTerms and cuesOf.
type wordTerms struct {
	termsAt, cuesAt         uint32
	nTerms, nCues, ownTerms uint16
	// spill holds the lists instead of the stores when the index does
	// not remember the word (its memory is full, or the word is looked
	// up without alternatives), so that no list stays in a store with no
	// memory pointing to it.
	spill *wordLists
}

// wordLists are the terms and cues of a word the index does not remember.
type wordLists struct {
	terms []termRef
	cues  []cueRef
}

// setLists sets wt's terms (the first own of them the word's own) and
// cues: in ix's stores when keep, the word being one ix's memory will
// keep, else in a spill of its own.
func (ix *Index) setLists(wt *wordTerms, terms []termRef, own int, cues []cueRef, keep bool) {
	wt.ownTerms = uint16(own)
	if keep && len(terms) < 1<<16 && len(cues) < 1<<16 {
		tAt, tOK := ix.termLists.put(terms)
		cAt, cOK := ix.cueLists.put(cues)
		if tOK && cOK {
			wt.termsAt, wt.nTerms, wt.cuesAt, wt.nCues = tAt, uint16(len(terms)), cAt, uint16(len(cues))
			return
		}
	}
	wt.spill = &wordLists{terms: slices.Clone(terms), cues: slices.Clone(cues)}
}

// cuesRoom is the room for a word's resolved cues that resolveWord and
// typeCues give resolveCues on their stack: as many as most words have
// (a longer list moves to the heap as it grows).
const cuesRoom = 32

// keepsWord reports whether ix's memory of words will keep key, asked to
// keep it: lists of a word it will not keep do not go in its stores.
func (ix *Index) keepsWord(key string, keep bool) bool {
	return keep && len(key) <= maxKeyLen && ix.words.size() < maxWordCache
}

// termsOf returns the terms of wt, in place.
func (ix *Index) termsOf(wt *wordTerms) []termRef {
	if wt.spill != nil {
		return wt.spill.terms
	}
	return ix.termLists.at(wt.termsAt, int(wt.nTerms))
}

// cuesOf returns the cues of wt, in place.
func (ix *Index) cuesOf(wt *wordTerms) []cueRef {
	if wt.spill != nil {
		return wt.spill.cues
	}
	return ix.cueLists.at(wt.cuesAt, int(wt.nCues))
}

// ownTerms returns the terms of the word itself.
func (ix *Index) ownTerms(wt *wordTerms) []termRef { return ix.termsOf(wt)[:wt.ownTerms] }

// altTerms returns the terms of the word's family and alternatives.
func (ix *Index) altTerms(wt *wordTerms) []termRef { return ix.termsOf(wt)[wt.ownTerms:] }

// ownIDF returns the idf of the word's own term when the corpus holds the
// word or its stem (its first term, an exact match), else 0.
func (ix *Index) ownIDF(wt *wordTerms) float64 {
	if wt.ownTerms > 0 {
		if t := ix.termsOf(wt)[0]; t.a == codeExact {
			return ix.idf[t.id()]
		}
	}
	return 0
}

// termRef is a term a question word resolves to, with its weight a_k
// against the word itself (rank.go) and its kind, in 6 bytes: an index
// remembers thousands of them (some 90,000 for the 9,982 questions of 48
// SQuAD articles). The term's id is kept as two halves, so that the
// struct aligns to 2 bytes and has no padding (int32 would make it 8).
type termRef struct {
	idLo, idHi uint16
	a          weightCode
	kind       altKind
}

// newTermRef returns the termRef of term id with weight code a and kind.
func newTermRef(id int32, a weightCode, kind altKind) termRef {
	return termRef{idLo: uint16(id), idHi: uint16(uint32(id) >> 16), a: a, kind: kind}
}

// id returns r's term.
func (r termRef) id() int32 { return int32(uint32(r.idLo) | uint32(r.idHi)<<16) }

// weightCode is a term's weight a_k against its question word, exactly, in
// one byte: below numTuningCodes, one of the tuning weights a word's terms
// take (codeWeights); from there up, the cosine byte of a GloVe
// neighbour (english.Neighbour, cos × 255), which a vector alternative's
// weight scales (alternatives.go). Neighbours below minVectorCos are never
// used, so their bytes, the lowest, are free for the tuning weights.
type weightCode uint8

// The codes of the tuning weights.
const (
	codeExact     weightCode = iota // the word itself, its surface form or stem
	codeForm                        // weightForm
	codeSynonym                     // weightSynonym
	codeRelated                     // weightRelated
	codeInflected                   // weightInflected
	codeFamily                      // weightFamily
	codeRunWord                     // weightRunWord
	codeCompound                    // weightCompound
	codeDerived                     // weightDerived
	codeTypo1                       // weightTypo1
	codeTypo2                       // weightTypo2
	codeGraded                      // weightGraded
	numTuningCodes
)

// codeWeights are the tuning weights, by their code.
var codeWeights = [numTuningCodes]float64{
	1, weightForm, weightSynonym, weightRelated, weightInflected, weightFamily,
	weightRunWord, weightCompound, weightDerived, weightTypo1, weightTypo2, weightGraded,
}

// weight returns the weight c stands for.
func (c weightCode) weight() float64 {
	if c < numTuningCodes {
		return codeWeights[c]
	}
	return weightVector * (float64(float32(c)/255) - minVectorCos) / (1 - minVectorCos)
}

// vectorCode returns the code of the weight of a GloVe neighbour at cosine
// cos, a byte over 255 as english reads it.
func vectorCode(cos float32) weightCode { return weightCode(math.Round(float64(cos) * 255)) }

// maxWordCache bounds the words an index remembers.
const maxWordCache = 1 << 16

// lookupWord returns how question word qw resolves against ix.
func (ix *Index) lookupWord(qw *qword) *wordTerms {
	keep := !qw.noAlts
	return ix.words.get(qw.text, maxWordCache, keep, func(wt *wordTerms) { ix.resolveWord(qw, wt, ix.keepsWord(qw.text, keep)) })
}

// resolveWord works out how qw resolves: by its surface form, else its
// stem, else as an acronym learnt from the corpus, else as a two-word verb
// closed up ("carryover" for "carry over"), else as a number glued to its
// unit or ordinal ending ("10kw", "17th"), else as a close
// misspelling of a corpus word, else as a word derived from a corpus word;
// then its family and its alternatives (unless qw.noAlts), looked up here
// once per index and word; keep tells whether the index will remember
// the word (setLists).
func (ix *Index) resolveWord(qw *qword, wt *wordTerms, keep bool) {
	// The word's own terms, then its alternatives, gathered in buf and
	// kept in one slice of their exact size.
	var buf [maxFamily + maxAlts + 4]termRef
	refs := buf[:0]
	if id, ok := ix.wordTerm(qw.text); ok {
		refs = append(refs, newTermRef(id, codeExact, altOwn))
	} else if id, ok := ix.stemTerm(qw.stem); ok {
		refs = append(refs, newTermRef(id, codeExact, altOwn))
	} else if ids, ok := ix.runWords.get(qw.text); ok {
		for _, id := range ids {
			refs = append(refs, newTermRef(id, codeRunWord, altOwn))
		}
	} else if id, ok := ix.closedCompound(qw.text); ok {
		refs = append(refs, newTermRef(id, codeCompound, altOwn))
	} else if ids, n := ix.gluedNumber(qw.text); n > 0 {
		for _, id := range ids[:n] {
			refs = append(refs, newTermRef(id, codeRunWord, altOwn))
		}
	} else if word, id, a, ok := ix.correction(qw.text); ok {
		refs = append(refs, newTermRef(id, a, altOwn))
		if ix.gists != nil {
			// The question's gist, its only reader, reads it again.
			ix.typos.put(qw.text, word)
		}
	} else if id, ok := ix.derived(qw.stem, qw.text); ok {
		refs = append(refs, newTermRef(id, codeDerived, altOwn))
	}
	own := len(refs)
	if own == 0 && !qw.noAlts {
		refs = ix.appendGraded(refs, qw.text)
	}
	var fam [maxFamily]int32
	for _, id := range ix.family(qw.stem, fam[:0]) {
		refs = append(refs, newTermRef(id, codeFamily, altForm))
	}
	if !qw.noAlts {
		var abuf [altsRoom]alt
		for _, a := range alternatives(qw.text, abuf[:0]) {
			id, ok := ix.termOfWord(a.word)
			// Names near each other in the vector space are related, not
			// the same ("france" and "paris"): a vector neighbour never
			// stands for a name of the corpus.
			if !ok || a.kind == altVector && ix.names[id] {
				continue
			}
			refs = append(refs, newTermRef(id, a.code, a.kind))
		}
	}
	var cbuf [cuesRoom]cueRef
	ix.setLists(wt, refs, own, ix.resolveCues(qw.stem, cbuf[:0]), keep)
}

// appendGraded appends to refs, at weightGraded, the corpus's terms for
// the other degrees of the adjective that w, a word the corpus lacks, is or
// inflects (english.AppendGraded): a question's "longest" finds the
// documents' "longer", its "tall" their "taller".
func (ix *Index) appendGraded(refs []termRef, w string) []termRef {
	en := english.Load()
	if en.Err() != nil {
		return refs
	}
	lw := en.Look(w)
	var lbuf [8]string
	var gbuf [8]string
	graded := gbuf[:0]
	// Only the spellings the corpus uses are looked up in WordNet; the
	// term of each is kept from that first lookup.
	type found struct {
		form string
		id   int32
	}
	var fbuf [8]found
	terms := fbuf[:0]
	inCorpus := func(form string) bool {
		id, ok := ix.termOfWord(form)
		if ok && form != w {
			terms = append(terms, found{form, id})
			return true
		}
		return false
	}
	for _, l := range lw.AppendLemmas(lbuf[:0]) {
		graded = en.AppendGraded(graded, l, inCorpus)
	}
	for _, g := range graded {
		i := slices.IndexFunc(terms, func(f found) bool { return f.form == g })
		if i < 0 {
			continue // AppendGraded gives only forms inCorpus took
		}
		if id := terms[i].id; !slices.ContainsFunc(refs, func(r termRef) bool { return r.id() == id }) {
			refs = append(refs, newTermRef(id, codeGraded, altForm))
		}
	}
	return refs
}

// closedCompound finds the corpus word of a two-word verb closed up in w
// ("callout" -> "call", the lexicon's particles): the corpus lacks w, and
// documents write it open ("call out", "call-out").
func (ix *Index) closedCompound(w string) (int32, bool) {
	base, ok := lexicon().closedCompound(w)
	if !ok {
		return 0, false
	}
	return ix.termOfWord(base)
}

// gluedNumber splits w, digits glued to an ordinal ending or to a word of
// two letters or more ("17th", "10kw", "5pm"), into the corpus's terms for
// its parts: the number, and the word when the corpus has it ("kw", "pm"),
// for documents that write them apart ("September 17", "10 kW"), or else
// the corpus's whole word for a short unit of the lexicon's abbreviations
// ("2yr" for "2 Year"). n is how many of ids it found, 0 when w is no such
// word or the corpus lacks a part. A single letter is left alone ("5k" is no 5) but for the "s" of a
// numeral's plural, which stands for the number as an ordinal ending does
// ("429s" for the 429 of "returns 429", "1990s").
func (ix *Index) gluedNumber(w string) (ids [2]int32, n int) {
	d := 0
	for d < len(w) && '0' <= w[d] && w[d] <= '9' {
		d++
	}
	end := w[d:]
	if d == 0 || len(end) < 2 && end != "s" || !allLetters(end) {
		return ids, 0
	}
	num, ok := ix.wordTerm(w[:d])
	if !ok {
		return ids, 0
	}
	if ordinalEnding(end) || end == "s" {
		return [2]int32{num}, 1
	}
	if unit, ok := ix.wordTerm(end); ok {
		return [2]int32{num, unit}, 2
	}
	// A unit typed short that the corpus writes whole ("2yr" for "2 Year
	// Fixed Rate Bond"): the words of its abbreviation group.
	for _, o := range lexicon().alternatives(stem(end)) {
		if unit, ok := ix.wordTerm(o); ok {
			return [2]int32{num, unit}, 2
		}
	}
	return ids, 0
}

// ordinalEnding reports whether s is the ending of a number written as an
// ordinal ("1st", "2nd", "3rd", "17th": ordinalSuffixes).
func ordinalEnding(s string) bool { return slices.Contains(ordinalSuffixes[:], s) }

// altsRoom is the room resolveWord gives alternatives on its stack: as
// many as most words gather before the strongest maxAlts are kept.
const altsRoom = 64
