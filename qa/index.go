package qa

import (
	"math"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/qabot/qabot/corpus"
)

// Index is an in-memory inverted index over the sentences of a corpus.
//
// An Index is immutable once Build or ReadSnapshot returns it and is safe
// for concurrent use by any number of goroutines: every map and slice is
// written then only, except the tables of table rows and of archived
// documents and the words of the name terms, which the first question
// that needs them builds under a sync.Once (the name words' synsets are
// then walked as questions need them, each kept in an atomic slot);
// per-question scratch space comes from a pool of them (scratchPool).
type Index struct {
	docs  []corpus.Document
	sents []sentence
	// scans holds, sentence by sentence, what stage 2's scan reads of each
	// (scoreSentences): sentence s's scan is scans[s]. termIDs are the
	// sentences' indexed terms (sentence.indexed), sentence by sentence,
	// end to end, each sentence's indexed a window of it.
	scans   []sentScan
	termIDs []int32
	paras   int // number of paragraphs (blocks)
	// places[p] is where paragraph p stands in its document; docFirstPara
	// the first paragraph of each document.
	places       []place
	docFirstPara []int32
	// docSent[d]:docSent[d+1] are the sentences of document d
	// (docSentences).
	docSent []int32
	// titleTerms are the terms of each document's title; docDay the day
	// each document is dated (days since 1970), or 0 when it has no date.
	titleTerms [][]int32
	docDay     []int32
	// locals are the local idfs of the sentences' indexed terms
	// (sentence.indexed), sentence by sentence, end to end as termIDs:
	// sentence s's are locals[scans[s].at:][:scans[s].n] (localIDF). There
	// are fewer than 2^32 of them.
	locals []float32
	// namers are the terms that may name a thing after them, sentence by
	// sentence, end to end (appendNamers, Index.namersOf).
	namers []int32
	// model is the answer model (model.go); cues the learned cues
	// (cues.go), nil for the committed ones.
	model *compiled
	cues  *Cues
	// words remembers how question words resolve (words.go); termLists
	// and cueLists hold the terms and cues of the words it remembers.
	words     memo[wordTerms]
	termLists listStore[termRef]
	cueLists  listStore[cueRef]
	// typos remembers the corpus word each misspelt question word was
	// taken for (resolveWord), which the question's gist reads: only
	// when the index keeps gists.
	typos typoMemory

	// stems holds the stem of each term, the term's id its id (stemTerm
	// finds a stem's term); surface holds the normalised words of the
	// corpus in order, and surfaceIDs the term of each, so questions
	// rarely need stemming (wordTerm finds a word's term).
	stems      wordTable
	surface    wordTable
	surfaceIDs []int32
	// names[t] is true when term t is only ever written capitalised: a
	// name ("Beyoncé", "Madrid").
	names []bool
	// folderDocs holds, for each term that is a word of some document's
	// folder names ("gonum" of "gonum/CONTRIBUTING.md"), the documents
	// under such a folder, each once (folderDocsOf): a corpus sorted into
	// folders by project, team or office names its documents' subject by
	// them. Nil when no document sits in a folder.
	folderDocs map[int32][]int32
	// folderOnly holds, for each word of some document's folder names
	// that the corpus's text never holds as a word ("procfs" of
	// procfs/CONTRIBUTING.md, whose text writes it only inside an
	// address), the documents under a folder that has it, in order: a
	// question word with no term may still name the project it asks of
	// (resolve, scoreDocs, missesName). Nil when there is none.
	folderOnly map[string][]int32
	// heads holds, per paragraph, the terms of the headings above it
	// (headingTerms): made with the paragraph postings at Build, and in
	// finish from what is stored after ReadSnapshot; heading-words reads
	// them.
	heads [][]int32
	// nameWords holds the words of the name terms, with their WordNet
	// synsets (asked-instance, instance.go), made when the index is
	// readied (finish), so that no answer walks WordNet for a name.
	nameWords *nameWords
	// change holds the term ids of the corpus's change verbs (change.go).
	change map[int32]bool
	// quantities holds, by term id, the quantities each term of the
	// corpus is a unit of (change.go; 0 for a term of no unit), found
	// again from terms when an index is built or read (finish): a table of
	// a byte a term, which countsFocus reads with no map lookup.
	quantities []quantity
	// Per term id: sentDF the number of sentences holding it, idf its
	// weight.
	sentDF []int32
	idf    []float64
	maxIDF float64
	// docIDF[c] is the idf over documents of a term c documents hold,
	// idf(len(docs), c), for c up to len(docs): what scoreDocs weighs a
	// question's terms by, read off a table instead of taking a logarithm
	// per term and question (finish).
	docIDF []float64
	// Per term id: paraPost[paraStart[t]:paraStart[t+1]] are the
	// paragraphs holding it, paraIDF its weight over paragraphs. Per
	// paragraph: paraNorm its BM25 norm, paraDoc its document, and
	// paraSent[p]:paraSent[p+1] its sentences.
	paraStart []int32
	paraPost  []paraPosting
	// headOnly is whether some paragraph holds a term only through its
	// headings (a posting of tf 0, paragraphPostings): without one, stage
	// 1 has no heading share (paraHead) to clear or weigh (finish).
	headOnly bool
	paraIDF  []float64
	paraNorm []float64
	paraSent []int32
	paraDoc  []int32

	// spell buckets the corpus words (surface) by first letter and length
	// for the misspelling search (buildSpell), built with the word tables,
	// not by the first misspelt question; runWords maps a word the corpus
	// writes as a run of words to their terms: "ustr" to those of "US
	// Trade Representative", "oncall" to that of "on-call".
	spell    map[spellKey][]spellWord
	runWords runTable
	// compoundPairs marks the first two words of the hyphenated
	// compounds the corpus indexes whole (markCompoundPairs), so that a
	// question's runs of words are looked up only where one may open
	// (stopCompounds); built with the word tables.
	compoundPairs pairFilter
	// readings keeps what rerank's features read of each sentence's text
	// whatever the question (sentReadings), worked out when a question
	// first meets the sentence; made by finish, not stored.
	readings sentReadings

	// rowTables maps each table-row sentence to what it knows of its
	// table; it is built on first use, under rowTablesOnce (see
	// rowTableOf).
	rowTables     map[int32]*rowTable
	rowTablesOnce sync.Once

	// figures marks the terms written with a digit (markFigures), built
	// with the word tables, not by the first answer that compares dated
	// documents.
	figures []bool

	// archivedDocs marks the documents kept for the record (archived),
	// built on first use, under archivedOnce.
	archivedDocs []bool
	archivedOnce sync.Once

	avgLen float64
	// retold is the corpus's retelling, the mean cosine of its documents'
	// tf-idf vectors (retelling.go), which lowers the answer decision's
	// bar (retellingLift).
	retold float64
	// gists are the sentences' gists, gistDim int8 components each, for a
	// corpus that retells one story, else nil (gist.go).
	gists   []int8
	p       params
	scratch scratchPool
}

// place is where a paragraph stands in its document: the section its
// headings name and its page.
type place struct {
	section string
	page    int32
	// title is true for the paragraph that is the document's title.
	title bool
}

// paraPosting is one paragraph holding a term, with the term's frequency
// there; tf 0 marks a paragraph that holds the term only through the
// headings above it (headingTerms), which stage 1 weighs less
// (headingOnlyWeight).
type paraPosting struct {
	para int32
	tf   uint16
}

// sentence is one indexed sentence.
type sentence struct {
	text string
	doc  int32
	para int32
	// indexed are the term ids of its content words, in order, its first
	// nterms (terms), followed by the hidden terms it is also found by (a
	// table row's header): a window of Index.termIDs, at the sentence's
	// sentScan.at.
	indexed []int32
	phrases []phrase
	nterms  int32
	// answer is false for lines that cannot be an answer: headings,
	// questions, bylines, link lines.
	answer bool
	// refers is true when the sentence opens by referring to the one
	// before ("It sold ...", "The album ..."); row when it is a table row.
	refers, row bool
	// release is true for a heading that is a release line ("## 1.25.0 /
	// 2026-10-07", releaseLine): it states when a version came out and
	// nothing else, so it answers only a question that asks a date.
	release bool
	// replaces is mayReplace of its text, read once at Build:
	// preferReplacement asks it of most candidates of most questions.
	replaces bool
	// namerAt is where its namers start in Index.namers (Index.namersOf).
	namerAt uint32
}

// sentScan is what stage 2 reads of a sentence (scoreSentences, and
// rank's loop over the sentences of the chosen paragraphs), apart from
// the rest, 16 bytes so that one cache line holds it: in the sentence
// struct, of 96 bytes when they stood there, they took two lines at either
// of its alignments. A question's stage 2 reads some 140 sentences of
// paragraphs spread over the corpus, each from memory beyond the caches.
type sentScan struct {
	// at is where the sentence's indexed terms stand in Index.termIDs,
	// and their local idfs in Index.locals. The locals are the idfs of
	// the terms within the sentence's document relative to their corpus
	// idfs (0..~2): a word on every line of one article, like the
	// article's subject, says little about which of its lines answers.
	at uint32
	// nf is the number of indexed terms (nf&scanTerms), with the
	// sentence's answer flag (scanAnswer), refers flag (scanRefers) and
	// release flag (scanRelease) in its top bits.
	nf uint32
	// norm is the BM25 length normalisation k1*(1-b+b*len/avg).
	norm float64
}

// The bits of sentScan.nf: a sentence holds fewer than 2^29 indexed terms
// (its text would take over 1 GB).
const (
	scanTerms   = 1<<29 - 1
	scanAnswer  = 1 << 31
	scanRefers  = 1 << 30
	scanRelease = 1 << 29
)

// newSentScan returns the scan of st, whose indexed terms stand at at in
// Index.termIDs, with no norm (applyNorms sets it). It panics on a
// sentence of 2^29 indexed terms or more, which no text of a corpus
// holds.
func newSentScan(st *sentence, at int) sentScan {
	nf := uint32(len(st.indexed))
	if len(st.indexed) > scanTerms {
		panic("qa: a sentence of 2^29 indexed terms or more")
	}
	if st.answer {
		nf |= scanAnswer
	}
	if st.refers {
		nf |= scanRefers
	}
	if st.release {
		nf |= scanRelease
	}
	return sentScan{at: uint32(at), nf: nf}
}

// setTermIDs lays the indexed terms of ix's sentences end to end in one
// array, ix.termIDs, each sentence's indexed a window of it, and sets
// each sentence's scan but its norm (newSentScan), which applyNorms sets
// later.
func (ix *Index) setTermIDs() {
	ids := make([]int32, 0, ix.termCount())
	ix.scans = make([]sentScan, len(ix.sents))
	for si := range ix.sents {
		st := &ix.sents[si]
		at := len(ids)
		ids = append(ids, st.indexed...)
		st.indexed = ids[at:len(ids):len(ids)]
		ix.scans[si] = newSentScan(st, at)
	}
	ix.termIDs = ids
}

// namersOf returns the namers of sentence s (appendNamers): the terms of
// its words that a capitalised word follows, by " " or ", ".
func (ix *Index) namersOf(s int32) []int32 {
	end := uint32(len(ix.namers))
	if int(s)+1 < len(ix.sents) {
		end = ix.sents[s+1].namerAt
	}
	return ix.namers[ix.sents[s].namerAt:end]
}

// terms returns the term ids of the sentence's content words, in order:
// the first nterms of indexed, which the sentence keeps as a count, not as
// a slice header of their own.
func (s *sentence) terms() []int32 { return s.indexed[:s.nterms:s.nterms] }

// WithModel returns an index that shares ix's data but answers with model m
// (a model being trained or tested). It fails when m does not fit this
// engine's features.
func (ix *Index) WithModel(m *Model) (*Index, error) {
	c, err := m.compile()
	if err != nil {
		return nil, err
	}
	out := ix.share()
	out.model = c
	return out, nil
}

// WithCues returns an index that shares ix's data but matches with cues c
// (cues learned apart from the questions a model is trained on).
func (ix *Index) WithCues(c *Cues) *Index {
	out := ix.share()
	out.cues = c
	return out
}

// share returns an index with ix's data, model and cues, and a word cache
// and scratch pool of its own.
func (ix *Index) share() *Index {
	out := &Index{}
	*out = Index{
		docs: ix.docs, sents: ix.sents, scans: ix.scans, termIDs: ix.termIDs, locals: ix.locals, namers: ix.namers, paras: ix.paras, places: ix.places, docFirstPara: ix.docFirstPara, docSent: ix.docSent,
		stems: ix.stems, surface: ix.surface, surfaceIDs: ix.surfaceIDs, names: ix.names, folderDocs: ix.folderDocs, folderOnly: ix.folderOnly, heads: ix.heads, nameWords: ix.nameWords, change: ix.change, quantities: ix.quantities,
		sentDF: ix.sentDF, idf: ix.idf, maxIDF: ix.maxIDF, docIDF: ix.docIDF, paraSent: ix.paraSent, paraDoc: ix.paraDoc,
		paraStart: ix.paraStart, paraPost: ix.paraPost, headOnly: ix.headOnly, paraIDF: ix.paraIDF, paraNorm: ix.paraNorm, titleTerms: ix.titleTerms, docDay: ix.docDay,
		runWords: ix.runWords, avgLen: ix.avgLen, retold: ix.retold, gists: ix.gists, p: ix.p, model: ix.model, cues: ix.cues,
		spell: ix.spell, figures: ix.figures, compoundPairs: ix.compoundPairs, readings: ix.readings,
	}
	out.scratch.New = ix.scratch.New
	return out
}

// stemTerm returns the term of stem s.
func (ix *Index) stemTerm(s string) (int32, bool) {
	id, ok := ix.stems.find(s)
	return int32(id), ok
}

// wordTerm returns the term of w, a normalised word of the corpus.
func (ix *Index) wordTerm(w string) (int32, bool) {
	if id, ok := ix.surface.find(w); ok {
		return ix.surfaceIDs[id], true
	}
	return 0, false
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

// maxSentenceBytes cuts run-on text (a megabyte with no full stop) into
// pieces so that no sentence grows without bound.
const maxSentenceBytes = 1500

// Build indexes docs on every core (build.go tells how). The documents
// are kept by reference and must not be changed afterwards. Build never
// fails: a document with no text simply contributes no sentence. The
// index is the same whatever the number of cores.
func Build(docs []corpus.Document) *Index { return BuildWith(docs, BuildOptions{}) }

// BuildOptions are what a caller of BuildWith may ask of the build besides
// the index.
type BuildOptions struct {
	// Tokenized, when set, is called once, when the build has tokenized
	// the documents (its stage 1, build.go) and before the index's own
	// arrays are made. Stage 1 is the only stage of the build that reads
	// the English tables (all of WordNet's on 48 SQuAD articles), and the
	// last that reads the code that tokenizes: a process that answers
	// many questions hands the binary's pages back there (ask's
	// releaseBinary), so that they are not resident under the build's
	// peak heap, which comes in stages 3 and 4.
	Tokenized func()
}

// BuildWith is Build with the options o.
func BuildWith(docs []corpus.Document, o BuildOptions) *Index {
	warmEngine()
	workers := defaultWorkers()
	return build(docs, workers, partSize(docs, workers), o.Tokenized)
}

// newModel returns the committed answer model, or one that weighs
// nothing when it does not fit the engine (then the answer tests fail).
func newModel() *compiled {
	if m, err := defaultModel(); err == nil {
		return m
	}
	return &compiled{rank: make([]float64, len(candidateFeatures)), conf: make([]float64, len(candidateFeatures)+len(questionFeatures)), threshold: 0.5}
}

// quantityTable lays out units, the quantities of the unit terms by term
// id, as a table of n terms, 0 for a term of no unit.
func quantityTable(units map[int32]quantity, n int) []quantity {
	out := make([]quantity, n)
	for id, qs := range units {
		out[id] = qs
	}
	return out
}

// finish readies an index that Build or ReadSnapshot filled for
// questions: the quantities of its unit terms, the idf over documents of
// each count of documents, and the pool of per-question scratch space,
// sized for it.
func (ix *Index) finish() {
	ix.quantities = quantityTable(quantitiesOf(&ix.stems), max(len(ix.idf), ix.stems.len()))
	ix.nameWords = nameWordsOf(ix.names, ix.surfaceIDs)
	ix.nameWords.walkKinds(ix)
	n := float64(len(ix.docs))
	ix.docIDF = make([]float64, len(ix.docs)+1)
	for c := range ix.docIDF {
		ix.docIDF[c] = idf(n, float64(c))
	}
	ix.docSent = docSentences(ix.sents, len(ix.docs))
	ix.folderDocs, ix.folderOnly = ix.folderDocsOf()
	if ix.heads == nil {
		ix.heads = ix.headingTerms()
	}
	ix.headOnly = slices.ContainsFunc(ix.paraPost, func(p paraPosting) bool { return p.tf == 0 })
	nsent, nparas, ndocs, nterms := len(ix.sents), ix.paras, len(ix.docs), len(ix.idf)
	ix.scratch.New = func() *scratch { return newScratch(nsent, nparas, ndocs, nterms) }
	ix.readings = make(sentReadings, nsent)
}

// folderDocsOf returns, for each term of the corpus that is a word of a
// document's folder names (the path's parts before the file name), the
// documents under a folder that has it, in order and each once; and the
// same by the word itself for the folder words the corpus's text never
// holds, which have no term (Index.folderOnly).
func (ix *Index) folderDocsOf() (map[int32][]int32, map[string][]int32) {
	var out map[int32][]int32
	var only map[string][]int32
	var buf []token
	for d, doc := range ix.docs {
		dir := path.Dir(filepath.ToSlash(doc.Path))
		if dir == "." || dir == "/" {
			continue
		}
		buf = tokenize(dir, buf[:0])
		for _, t := range buf {
			id, ok := ix.wordTerm(t.text)
			if !ok {
				if only == nil {
					only = make(map[string][]int32)
				}
				if ds := only[t.text]; len(ds) == 0 || ds[len(ds)-1] != int32(d) {
					only[t.text] = append(ds, int32(d))
				}
				continue
			}
			if out == nil {
				out = make(map[int32][]int32)
			}
			if ds := out[id]; len(ds) == 0 || ds[len(ds)-1] != int32(d) {
				out[id] = append(ds, int32(d))
			}
		}
	}
	return out, only
}

// docSentences returns where the sentences of each of ndocs documents
// start in sents, and where the last one's end: document d's are
// sents[ds[d]:ds[d+1]], as a document's sentences are contiguous and in
// document order.
func docSentences(sents []sentence, ndocs int) []int32 {
	ds := make([]int32, ndocs+1)
	for i := range sents {
		ds[sents[i].doc+1]++
	}
	for d := range ndocs {
		ds[d+1] += ds[d]
	}
	return ds
}

// Documents returns the documents ix was built from, in order. They are
// shared with the index and must not be changed.
func (ix *Index) Documents() []corpus.Document { return ix.docs }

// isHeaderRow reports whether block i is the header row of its table: the
// next row names its cells as its header.
func isHeaderRow(blocks []corpus.Block, i int) bool {
	b := blocks[i]
	if len(b.Header) > 0 && slices.Equal(b.Cells, b.Header) {
		return true
	}
	return i+1 < len(blocks) && blocks[i+1].Kind == corpus.KindRow && len(blocks[i+1].Header) > 0 && slices.Equal(blocks[i+1].Header, b.Cells)
}

// maxMapHint caps the sizes Build gives its word maps up front. The
// vocabulary of a text grows more slowly than the text, so the per-byte
// estimates that fit news articles would overshoot on a large corpus;
// beyond the cap the maps simply grow.
const maxMapHint = 1 << 16

// countSentences returns, for each term, the number of sentences holding
// it.
func (ix *Index) countSentences(nterms int) []int32 {
	df := make([]int32, nterms)
	last := make([]int32, nterms) // 1 + the last sentence counted
	for si := range ix.sents {
		for _, id := range ix.sents[si].indexed {
			if last[id] != int32(si)+1 {
				last[id] = int32(si) + 1
				df[id]++
			}
		}
	}
	return df
}

// paragraphPostings lists, for each term, the paragraphs holding it in
// order, with the term's frequency in each: a counting sort by term. Term
// id's postings are post[start[id]:start[id+1]]. A paragraph's sentences
// are contiguous, so the postings come out sorted by paragraph.
func (ix *Index) paragraphPostings(nterms int) (start []int32, post []paraPosting) {
	// last[id] is 1 + the last paragraph seen holding id.
	last := make([]int32, nterms)
	start = make([]int32, nterms+1)
	ix.heads = ix.headingTerms()
	heads := ix.heads
	ix.paraTerms(heads, func(g, id int32, _ bool) {
		if last[id] != g {
			last[id] = g
			start[id+1]++
		}
	})
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	post = make([]paraPosting, start[len(start)-1])
	// next[id] is where id's next posting goes; a repeat within a
	// paragraph raises the tf of the posting just written. A heading's
	// term the paragraph's own text lacks gets tf 0 (paraPosting); the
	// headings' terms come after the text's and each once, so no repeat
	// follows it.
	next := make([]int32, nterms)
	copy(next, start)
	clear(last)
	ix.paraTerms(heads, func(g, id int32, head bool) {
		if last[id] == g {
			if p := &post[next[id]-1]; p.tf < math.MaxUint16 {
				p.tf = max(p.tf, 1) + 1
			}
			return
		}
		last[id] = g
		tf := uint16(1)
		if head {
			tf = 0
		}
		post[next[id]] = paraPosting{para: g - 1, tf: tf}
		next[id]++
	})
	return start, post
}

// paraTerms calls visit with 1 + the paragraph and each term of it: the
// indexed terms of its sentences, then the terms of the headings above it
// (heads, headingTerms, with head true), paragraph by paragraph in order.
func (ix *Index) paraTerms(heads [][]int32, visit func(g, id int32, head bool)) {
	for si := range ix.sents {
		st := &ix.sents[si]
		g := st.para + 1
		for _, id := range st.indexed {
			visit(g, id, false)
		}
		if si+1 == len(ix.sents) || ix.sents[si+1].para != st.para {
			for _, id := range heads[st.para] {
				visit(g, id, true)
			}
		}
	}
}

// headingTerms returns, per paragraph, the terms of the headings above it
// (its section path, place.section), read off the headings' own sentences:
// a paragraph of one sentence that is no answer (or a release line, the
// one heading that answers) and ends the section path it stands in. A heading's own paragraph gets none. A title the document sets
// as its first heading (titleHeading) heads the whole document, as the
// section path leaves it out: its terms count for every other paragraph of
// the document, before those of the section path.
func (ix *Index) headingTerms() [][]int32 {
	heads := make([][]int32, ix.paras)
	bySection := map[string][]int32{}
	var (
		title    []int32 // the terms of the title heading of doc
		doc      = int32(-1)
		lastSec  string  // the section last joined to title, and the join
		withSec  []int32 // (one per section, not per paragraph)
		joinedTo = false
	)
	for si := range ix.sents {
		st := &ix.sents[si]
		if st.doc != doc {
			doc, title, joinedTo = st.doc, nil, false
		}
		if ix.places[st.para].title && ix.titleHeading(st.doc) {
			for _, id := range st.terms() {
				if !slices.Contains(title, id) {
					title = append(title, id)
				}
			}
			continue
		}
		sec := ix.places[st.para].section
		if sec == "" {
			heads[st.para] = title
			continue
		}
		if (!st.answer || st.release) && (si == 0 || ix.sents[si-1].para != st.para) && strings.HasSuffix(sec, st.text) {
			parent := ""
			if i := strings.LastIndex(sec, corpus.SectionSep); i >= 0 {
				parent = sec[:i]
			}
			terms := slices.Clone(bySection[parent])
			for _, id := range st.terms() {
				if !slices.Contains(terms, id) {
					terms = append(terms, id)
				}
			}
			bySection[sec] = terms
			continue
		}
		heads[st.para] = bySection[sec]
		if title != nil {
			if !joinedTo || sec != lastSec {
				withSec = slices.Clone(title)
				for _, id := range bySection[sec] {
					if !slices.Contains(withSec, id) {
						withSec = append(withSec, id)
					}
				}
				lastSec, joinedTo = sec, true
			}
			heads[st.para] = withSec
		}
	}
	return heads
}

// titleHeading reports whether document d sets its title as its first
// heading ("# Handbook", a PDF's large first line), rather than having it
// from its properties alone.
func (ix *Index) titleHeading(d int32) bool {
	doc := &ix.docs[d]
	return len(doc.Blocks) > 0 && doc.Blocks[0].Kind == corpus.KindHeading && doc.Blocks[0].Text == doc.Title
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

// localIDF sets, for each term of each sentence, the term's idf within the
// sentence's document relative to its corpus idf. A document's sentences
// are contiguous, so each document is counted in one pass.
func (ix *Index) localIDF(nterms int) {
	locals := make([]float32, 0, ix.termCount())
	count := make([]int32, nterms)
	last := make([]int32, nterms) // 1 + the last sentence counted
	var byCount []float64
	for lo := 0; lo < len(ix.sents); {
		d := ix.sents[lo].doc
		hi := lo
		for hi < len(ix.sents) && ix.sents[hi].doc == d {
			for _, id := range ix.sents[hi].indexed {
				if last[id] != int32(hi)+1 {
					last[id] = int32(hi) + 1
					count[id]++
				}
			}
			hi++
		}
		n := float64(hi - lo)
		// idf(n, c) once for each count c of the document (byCount[c],
		// 0 until computed: idf is above 0 for any c up to n): most of
		// its terms share a few counts, and a logarithm at each term of
		// each sentence was a fifth of stage 4's count (TestLocalIDFPlain).
		byCount = append(byCount[:0], make([]float64, hi-lo+1)...)
		for si := lo; si < hi; si++ {
			for _, id := range ix.sents[si].indexed {
				c := count[id]
				v := byCount[c]
				if v == 0 {
					v = idf(n, float64(c))
					byCount[c] = v
				}
				locals = append(locals, float32(v/ix.idf[id]))
			}
		}
		for si := lo; si < hi; si++ {
			for _, id := range ix.sents[si].indexed {
				count[id] = 0
			}
		}
		lo = hi
	}
	ix.locals = locals
}

// termCount is the number of content words in the corpus.
func (ix *Index) termCount() int {
	n := 0
	for i := range ix.sents {
		n += len(ix.sents[i].indexed)
	}
	return n
}

// buildParagraphs indexes paragraphs (blocks) the way sentences are: a
// sentence's paragraph score tells which passage the question is about.
// A paragraph's sentences are contiguous and in paragraph order, so the
// postings come out sorted by paragraph.
func (ix *Index) buildParagraphs(nterms int) {
	ix.paraStart, ix.paraPost = ix.paragraphPostings(nterms)
	counts := ix.paraStart
	ix.paraSent = make([]int32, ix.paras+1)
	ix.paraDoc = make([]int32, ix.paras)
	for p := range ix.paraSent {
		ix.paraSent[p] = int32(len(ix.sents))
	}
	for si := len(ix.sents) - 1; si >= 0; si-- {
		st := &ix.sents[si]
		ix.paraSent[st.para] = int32(si)
		ix.paraDoc[st.para] = st.doc
	}
	// A paragraph without sentences starts where the next one does.
	for p := ix.paras - 1; p >= 0; p-- {
		ix.paraSent[p] = min(ix.paraSent[p], ix.paraSent[p+1])
	}
	lens := make([]float64, ix.paras)
	for si := range ix.sents {
		lens[ix.sents[si].para] += float64(len(ix.sents[si].indexed))
	}
	n := float64(ix.paras)
	ix.paraIDF = make([]float64, nterms)
	for id := range ix.paraIDF {
		c := float64(counts[id+1] - counts[id])
		ix.paraIDF[id] = idf(n, c)
	}
	total := 0.0
	for _, l := range lens {
		total += l
	}
	avg := max(total/max(n, 1), 1)
	ix.paraNorm = make([]float64, ix.paras)
	for p, l := range lens {
		ix.paraNorm[p] = paraK1 * (1 - paraB + paraB*l/avg)
	}
}

// applyNorms sets each sentence's BM25 length normalisation from ix.p.
func (ix *Index) applyNorms() {
	for si := range ix.sents {
		ix.scans[si].norm = ix.p.k1 * (1 - ix.p.b + ix.p.b*float64(len(ix.sents[si].terms()))/ix.avgLen)
	}
}

// nameTerms marks the terms none of whose words occurs in lower case and
// some of whose words are capitalised inside a sentence: names.
func nameTerms(v *vocab, nterms int) []bool {
	names := make([]bool, nterms)
	common := make([]bool, nterms)
	for _, w := range v.words {
		if w.term < 0 {
			continue
		}
		if w.lower {
			common[w.term] = true
		} else if w.midCap {
			names[w.term] = true
		}
	}
	for t := range names {
		names[t] = names[t] && !common[t]
	}
	return names
}

// idf is the weight of a term held by c of n units (sentences, paragraphs
// or documents): BM25's log(1 + (n - c + 0.5) / (c + 0.5)), which, unlike
// the classic form, never falls below zero, so that a term held by most
// units of a small corpus still counts a little.
func idf(n, c float64) float64 { return math.Log(1 + (n-c+0.5)/(c+0.5)) }
