package qa

import (
	"math"
	"strings"
	"sync"
	"unicode"

	"github.com/qabot/qabot/corpus"
)

// Index is an in-memory inverted index over the sentences of a corpus.
//
// An Index is immutable once Build returns it and is safe for concurrent
// use by any number of goroutines: every map and slice is written during
// Build only, and per-question scratch space comes from a sync.Pool.
type Index struct {
	docs  []corpus.Document
	sents []sentence
	paras int // number of paragraphs (blocks)

	// terms maps a stem to its term id; surface maps a normalised word of
	// the corpus to its term id, so questions rarely need stemming (the
	// stem cache, read-only after Build).
	terms   map[string]int32
	surface map[string]int32
	// Per term id: postings[postStart[t]:postStart[t+1]] are the sentences
	// holding it, idf its weight.
	postStart []int32
	postings  []posting
	idf       []float64
	maxIDF    float64
	// The same per paragraph: paragraph postings, idf and BM25 norms.
	paraStart []int32
	paraPost  []posting
	paraIDF   []float64
	paraNorm  []float64

	// spell buckets corpus words by first letter and length for the
	// misspelling search; acronyms maps "ustr" to the terms of "US Trade
	// Representative".
	spell    map[spellKey][]spellWord
	sorted   []string
	acronyms map[string][]int32

	avgLen  float64
	p       params
	scratch sync.Pool
}

type posting struct {
	sent int32
	tf   uint16
	// local is the term's idf within the sentence's document relative to
	// its corpus idf (0..~2): a word on every line of one article, like
	// the article's subject, says little about which of its lines answers.
	local float32
}

// sentence is one indexed sentence.
type sentence struct {
	text string
	doc  int32
	para int32
	// terms are the term ids of its content words, in order.
	terms []int32
	// norm is the BM25 length normalisation k1*(1-b+b*len/avg).
	norm float64
	// answer is false for lines that cannot be an answer: headings,
	// questions, bylines, link lines.
	answer  bool
	phrases []phrase
}

// Stats counts what an Index holds.
type Stats struct {
	Documents int
	Sentences int
}

// Stats reports the number of documents and sentences in ix.
func (ix *Index) Stats() Stats {
	return Stats{Documents: len(ix.docs), Sentences: len(ix.sents)}
}

// bm25K1 is the term-frequency saturation of paragraph BM25.
const bm25K1 = 1.2

// maxSentenceBytes cuts run-on text (a megabyte with no full stop) into
// pieces so that no sentence grows without bound.
const maxSentenceBytes = 1500

// Build indexes docs. The documents are kept by reference and must not be
// changed afterwards. Build never fails: a document with no text simply
// contributes no sentence.
func Build(docs []corpus.Document) *Index {
	ix := &Index{
		docs:     docs,
		terms:    map[string]int32{},
		surface:  map[string]int32{},
		acronyms: map[string][]int32{},
		p:        defaultParams,
	}
	// Tokens of all sentences in one slice; sentence i has
	// allToks[bounds[i]:bounds[i+1]].
	var allToks []token
	bounds := []int{0}
	lower := map[string]bool{} // words seen in lower case
	for di, d := range docs {
		blocks := splitBlocks(d.Body)
		if t := strings.TrimSpace(d.Title); t != "" && (len(blocks) == 0 || blocks[0] != t) {
			blocks = append([]string{t}, blocks...)
		}
		for _, b := range blocks {
			for _, s := range splitSentences(b) {
				for _, piece := range cutLong(s) {
					n := len(allToks)
					allToks = tokenize(piece, allToks)
					toks := allToks[n:]
					if len(toks) == 0 {
						continue
					}
					for _, t := range toks {
						if !t.cap {
							lower[t.text] = true
						}
					}
					ix.sents = append(ix.sents, sentence{text: piece, doc: int32(di), para: int32(ix.paras)})
					bounds = append(bounds, len(allToks))
				}
			}
			ix.paras++
		}
	}
	lowerSeen := func(w string) bool { return lower[w] }

	// Terms, postings, phrases.
	var df []int32
	var cpos []int
	total := 0
	for si := range ix.sents {
		s := &ix.sents[si]
		toks := allToks[bounds[si]:bounds[si+1]]
		cpos = cpos[:0]
		for _, t := range toks {
			if isStopWord(t.text) {
				cpos = append(cpos, -1)
				continue
			}
			id, ok := ix.surface[t.text]
			if !ok {
				st := stem(t.text)
				id, ok = ix.terms[st]
				if !ok {
					id = int32(len(df))
					ix.terms[st] = id
					df = append(df, 0)
				}
				ix.surface[t.text] = id
			}
			cpos = append(cpos, len(s.terms))
			s.terms = append(s.terms, id)
		}
		total += len(s.terms)
		s.answer = isAnswerLine(s.text, toks)
		s.phrases = detectPhrases(s.text, toks, cpos, lowerSeen)
		ix.addAcronyms(s.text, toks, cpos, s.terms)
	}
	// Postings, grouped by term.
	counts := make([]int32, len(df)+1)
	for si := range ix.sents {
		for j, id := range ix.sents[si].terms {
			if !seenBefore(ix.sents[si].terms[:j], id) {
				counts[id+1]++
			}
		}
	}
	for i := 1; i < len(counts); i++ {
		counts[i] += counts[i-1]
	}
	ix.postStart = counts
	ix.postings = make([]posting, counts[len(counts)-1])
	fill := make([]int32, len(df))
	for si := range ix.sents {
		terms := ix.sents[si].terms
		for j, id := range terms {
			if seenBefore(terms[:j], id) {
				continue
			}
			tf := uint16(1)
			for _, other := range terms[j+1:] {
				if other == id && tf < math.MaxUint16 {
					tf++
				}
			}
			ix.postings[counts[id]+fill[id]] = posting{sent: int32(si), tf: tf}
			fill[id]++
		}
	}
	// IDF over sentences, BM25 style but never negative:
	// log(1 + (N - n + 0.5) / (n + 0.5)).
	n := float64(len(ix.sents))
	ix.idf = make([]float64, len(df))
	for id := range ix.idf {
		c := float64(counts[id+1] - counts[id])
		ix.idf[id] = math.Log(1 + (n-c+0.5)/(c+0.5))
	}
	ix.maxIDF = math.Log(1 + (n+0.5)/0.5)
	ix.localIDF()
	ix.buildParagraphs(len(df))
	avg := 1.0
	if len(ix.sents) > 0 && total > 0 {
		avg = float64(total) / float64(len(ix.sents))
	}
	ix.avgLen = avg
	ix.applyNorms()
	ix.buildSpell()
	nsent, nparas, ndocs := len(ix.sents), ix.paras, len(docs)
	ix.scratch.New = func() any { return newScratch(nsent, nparas, ndocs) }
	return ix
}

// seenBefore reports whether id occurs in prev.
func seenBefore(prev []int32, id int32) bool {
	for _, p := range prev {
		if p == id {
			return true
		}
	}
	return false
}

// cutLong splits a sentence longer than maxSentenceBytes at spaces.
func cutLong(s string) []string {
	if len(s) <= maxSentenceBytes {
		return []string{s}
	}
	var out []string
	for len(s) > maxSentenceBytes {
		cut := strings.LastIndexByte(s[:maxSentenceBytes], ' ')
		if cut <= 0 {
			cut = maxSentenceBytes
			for cut > 0 && s[cut]&0xC0 == 0x80 {
				cut--
			}
			if cut == 0 {
				cut = maxSentenceBytes
			}
		}
		out = append(out, strings.TrimSpace(s[:cut]))
		s = strings.TrimSpace(s[cut:])
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

// isAnswerLine reports whether a line has sentence structure: enough
// words, a full stop or enough function words, not a question, not a
// title-case heading, not a link line ("ALSO READ | ...").
func isAnswerLine(text string, toks []token) bool {
	words, stops, caps := 0, 0, 0
	for _, t := range toks {
		if t.num {
			continue
		}
		words++
		if isStopWord(t.text) {
			stops++
		} else if t.cap {
			caps++
		}
	}
	if words < 4 || strings.HasSuffix(text, "?") || strings.Contains(text, " | ") {
		return false
	}
	upper := 0
	for _, r := range text {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	if upper*2 > len(text) { // shouting: "ALSO READ", "SKIP TO CONTENT"
		return false
	}
	last := strings.TrimRight(text, "\"'”’)] ")
	terminal := strings.HasSuffix(last, ".") || strings.HasSuffix(last, "!") || strings.HasSuffix(last, "…")
	content := words - stops
	if !terminal {
		// A heading or caption: only long lines with enough function words
		// and not in title case count.
		return words >= 10 && stops >= 3 && caps*10 < content*6
	}
	return words >= 5 || (stops >= 1 && words >= 4)
}

// localIDF sets each posting's in-document idf, relative to the corpus idf.
// Postings are in sentence order and a document's sentences are
// contiguous, so each document's postings of a term form one run.
func (ix *Index) localIDF() {
	docSents := make([]float64, len(ix.docs))
	for i := range ix.sents {
		docSents[ix.sents[i].doc]++
	}
	for id := range ix.idf {
		ps := ix.postings[ix.postStart[id]:ix.postStart[id+1]]
		for a := 0; a < len(ps); {
			d := ix.sents[ps[a].sent].doc
			b := a
			for b < len(ps) && ix.sents[ps[b].sent].doc == d {
				b++
			}
			c := float64(b - a)
			local := math.Log(1 + (docSents[d]-c+0.5)/(c+0.5))
			rel := float32(local / ix.idf[id])
			for k := a; k < b; k++ {
				ps[k].local = rel
			}
			a = b
		}
	}
}

// buildParagraphs indexes paragraphs (blocks) the way sentences are: a
// sentence's paragraph score tells which passage the question is about.
func (ix *Index) buildParagraphs(nterms int) {
	tf := map[int32]uint16{}
	counts := make([]int32, nterms+1)
	type entry struct {
		id   int32
		para int32
		tf   uint16
	}
	var entries []entry
	lens := make([]float64, ix.paras)
	flush := func(para int32) {
		for id, c := range tf {
			entries = append(entries, entry{id, para, c})
			counts[id+1]++
		}
		clear(tf)
	}
	for si := range ix.sents {
		s := &ix.sents[si]
		if si > 0 && ix.sents[si-1].para != s.para {
			flush(ix.sents[si-1].para)
		}
		for _, id := range s.terms {
			tf[id]++
		}
		lens[s.para] += float64(len(s.terms))
	}
	if len(ix.sents) > 0 {
		flush(ix.sents[len(ix.sents)-1].para)
	}
	for i := 1; i < len(counts); i++ {
		counts[i] += counts[i-1]
	}
	ix.paraStart = counts
	ix.paraPost = make([]posting, len(entries))
	fill := make([]int32, nterms)
	// Entries come paragraph by paragraph, so each run stays sorted.
	for _, e := range entries {
		ix.paraPost[counts[e.id]+fill[e.id]] = posting{sent: e.para, tf: e.tf}
		fill[e.id]++
	}
	n := float64(ix.paras)
	ix.paraIDF = make([]float64, nterms)
	for id := range ix.paraIDF {
		c := float64(counts[id+1] - counts[id])
		ix.paraIDF[id] = math.Log(1 + (n-c+0.5)/(c+0.5))
	}
	total := 0.0
	for _, l := range lens {
		total += l
	}
	avg := max(total/max(n, 1), 1)
	ix.paraNorm = make([]float64, ix.paras)
	for p, l := range lens {
		ix.paraNorm[p] = bm25K1 * (1 - 0.75 + 0.75*l/avg)
	}
}

// applyNorms sets each sentence's BM25 length normalisation from ix.p.
func (ix *Index) applyNorms() {
	for si := range ix.sents {
		s := &ix.sents[si]
		s.norm = ix.p.k1 * (1 - ix.p.b + ix.p.b*float64(len(s.terms))/ix.avgLen)
	}
}
