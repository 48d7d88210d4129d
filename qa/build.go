package qa

import (
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/qabot/qabot/corpus"
)

// Building an index on every core. Build works in four stages:
//
// The documents are cut into parts, runs of neighbouring documents of
// about the same size, several per core.
//
//  1. Each part on its own, parts in parallel: blocks are cut into
//     sentences and tokenized, the words interned in the part's own vocab;
//     the part records the order in which it meets its content words and
//     the sentence where it meets each first.
//  2. The parts' vocabs are merged in document order into one (what the
//     corpus writes in lower case, which document first has each word);
//     the words are stemmed in parallel (once per process, stemCached);
//     then term ids are given in the order the corpus meets the words,
//     part by part, as a single pass over all sentences would give them.
//  3. Each part again, in parallel: its sentences get their terms, answer
//     flags and typed phrases (phrase detection needs the whole corpus's
//     lower-case words, hence the merge first), and the words it writes as
//     runs of words: acronyms of capitalised runs, hyphenated compounds.
//  4. The parts' sentences, paragraphs and run words are laid end to end in
//     document order, and the corpus statistics computed.
//
// Every merge follows document order and every parallel stage writes only
// its own part's slot, so the index is the same, to the byte of its
// snapshot, whatever the number of cores and however the documents are
// cut into parts (TestBuildSameOnAnyCores).

// docPart is a run of documents, docs[lo:hi], between Build's stages.
type docPart struct {
	lo, hi int
	// v holds the part's distinct words.
	v *vocab
	// sents are its sentences, with para counted within the part, until
	// stage 3 writes them into the index at sentAt, with the part's first
	// paragraph counted at paraAt; places its paragraphs; paras their
	// number; firstPara the first paragraph of each document.
	sents          []partSentence
	sentAt, paraAt int
	places         []place
	paras          int
	firstPara      []int32
	// toks are the tokens of all its sentences: sentence i has
	// toks[bounds[i]:bounds[i+1]]; hidden the words it is indexed under
	// without showing them (a table row's header): hidden[hbounds[i]:
	// hbounds[i+1]].
	toks    []storedToken
	bounds  []int
	hidden  []int32
	hbounds []int
	// order lists the part's content words (indexes in v) in the
	// order term assignment meets them: each sentence's tokens, then its
	// hidden words. first[w] is the sentence where word w is first met as
	// a content word, or -1.
	order []int32
	first []int32
	// global[w] is word w's index in the merged vocab (stage 2), or -1
	// for a word that carries nothing to merge.
	global []int32
	// runWords are the words the part writes as a run of words (stage 3):
	// the acronyms its capitalised runs spell and its hyphenated
	// compounds closed up (addRunWords).
	runWords map[string][]int32
	// namers are the namers of its sentences (appendNamers), end to end:
	// sentence.namerAt counts within the part until join.
	namers []int32
	// buf holds the tokens of the sentence at hand.
	buf []token
}

// storedToken's bounds hold maxSentenceBytes: this fails to compile if not.
const _ uint = 1<<tokenBoundBits - 1 - maxSentenceBytes

// storedToken is a token kept between Build's stages. Its text is the
// vocab entry's, so it holds no pointer: the tokens of a whole corpus take
// a quarter of the memory of tokens (32 bytes) and give the garbage
// collector nothing to scan. Its bounds are byte offsets in its sentence, which blockSentences
// cuts at maxSentenceBytes, so they fit in tokenBoundBits bits each and
// share 32 bits with its flags: a token takes 8 bytes, not 12 as with
// 16-bit bounds and a byte a flag (on 48 SQuAD articles, 257,000 tokens
// held from stage 1 to 3: 2.1 MB, not 3.1 MB).
type storedToken struct {
	word int32 // index in the part's vocab
	// bits holds start, then end, tokenBoundBits each, then the flags
	// tokenCap and tokenNum.
	bits uint32
}

// Where storedToken.bits holds a token's bounds and flags.
const (
	tokenBoundBits = 12
	tokenBoundMask = 1<<tokenBoundBits - 1
	tokenCap       = 1 << (2 * tokenBoundBits)
	tokenNum       = tokenCap << 1
)

// storeToken returns t, the part's word w, as a storedToken.
func storeToken(w int32, t token) storedToken {
	bits := uint32(t.start) | uint32(t.end)<<tokenBoundBits
	if t.cap {
		bits |= tokenCap
	}
	if t.num {
		bits |= tokenNum
	}
	return storedToken{word: w, bits: bits}
}

// start and end are the token's bounds in its sentence.
func (t storedToken) start() int { return int(t.bits & tokenBoundMask) }
func (t storedToken) end() int   { return int(t.bits >> tokenBoundBits & tokenBoundMask) }

// capital reports whether the token is capitalised, number whether it is
// a number (token.cap, token.num).
func (t storedToken) capital() bool { return t.bits&tokenCap != 0 }
func (t storedToken) number() bool  { return t.bits&tokenNum != 0 }

// partSentence is a sentence between Build's stages 1 and 3: what stage
// 1 knows of it. It takes a third of a sentence's memory, and stage 3
// writes the sentence into the index's array, sized once every part is
// tokenized, so that Build never holds the corpus's sentences twice.
type partSentence struct {
	text      string
	doc, para int32
	row       bool
	// asks is true for a sentence of a heading that asks a question (an
	// FAQ's "I forgot my card. Can I still drive?"): like the question
	// itself, its statement is no answer.
	asks bool
	// item is true for a list item that is no sentence of its own, under
	// the sentence that opens its list (listIntro): an answer however
	// short, as a table row is ("through the tenant app with a debit
	// card" under "Tenants can pay in any of these ways:").
	item bool
	// opens is true for the sentence ending in a colon that ends a
	// paragraph with a list or a table right under it ("You can pay your
	// rent in any of these ways:"): it points to its items, which state
	// what it promises, and is no answer of its own.
	opens bool
	// code is true for a line of a code block: its words find it, but
	// it is no answer.
	code bool
	// release is true for a heading that is a release line, a version
	// and its date ("## 1.25.0 / 2026-10-07", "Major changes between
	// OpenSSL 3.0.18 and OpenSSL 3.0.19 [27 Jan 2026]"): release notes
	// give a release's date there and nowhere else, so the heading is an
	// answer, as a table row is, though it is no sentence.
	release bool
}

// mergedVocab is the corpus's vocabulary after stage 2: every word of the
// documents' vocabs that matters beyond its document (a content word, or
// a word seen in lower case), its term, and the first document that has
// it as a content word.
type mergedVocab struct {
	*vocab
	firstDoc []int32
	stems    []string
}

// build is Build on workers goroutines, with parts of about partBytes
// bytes of text, calling tokenized, unless nil, after stage 1
// (BuildOptions.Tokenized).
func build(docs []corpus.Document, workers, partBytes int, tokenized func()) *Index {
	ix := &Index{
		docs:  docs,
		p:     defaultParams(),
		model: newModel(),
	}
	parts := cutParts(docs, partBytes)
	parallel(len(parts), workers, func(i int) { parts[i].tokenize(docs) })
	if tokenized != nil {
		tokenized()
	}
	g := mergeVocabs(parts)
	g.stemAll(workers)
	nterms := ix.assignTermIDs(parts, g)
	ix.placeSentences(parts)
	parallel(len(parts), workers, func(i int) {
		p := parts[i]
		p.analyse(docs, g, &ix.stems, ix.sents[p.sentAt:p.sentAt+len(p.sents)])
	})
	total := ix.join(parts)
	collectBuildGarbage(textSize(docs))
	// After the collection, so that the array of all the sentences' terms
	// takes room the parts' tokens left, not new pages; the parts' arrays
	// of terms die here.
	ix.setTermIDs()
	ix.finishBuild(g, nterms, total, workers)
	return ix
}

// collectBuildGarbage runs a collection between stages 3 and 4 of a Build
// of text bytes of documents when text is at least collectAfterJoin. The
// parts' tokens and vocabs, the build's largest garbage, die in stage 3
// and the parts' copies in join, but the collector, paced from the heap
// it found live at its last cycle (mid-build, with the tokens still
// live), lets the heap grow to twice that before it runs again: at the end
// of stage 4 on 48 SQuAD articles, 22-23 MB of heap for 12 MB live.
// Collected here, with some 10 MB live, stage 4 ends at some 16 MB and
// the collection the pacer would have run at its end is not needed. It
// reports whether it collected.
func collectBuildGarbage(text int) bool {
	if text < collectAfterJoin {
		return false
	}
	runtime.GC()
	return true
}

// Build's parts: at least minPartBytes of text, and enough parts for
// partsPerCore on each core, so that a core that finishes early finds
// work left.
const (
	minPartBytes = 32 << 10
	partsPerCore = 4
)

// partSize is the size of the parts Build cuts a corpus of docs into for
// workers cores.
func partSize(docs []corpus.Document, workers int) int {
	return max(minPartBytes, textSize(docs)/(partsPerCore*workers))
}

// textSize is the bytes of text of docs.
func textSize(docs []corpus.Document) int {
	n := 0
	for _, d := range docs {
		n += len(d.Title) + len(d.Body)
	}
	return n
}

// cutParts cuts docs into runs of neighbouring documents of at least
// partBytes bytes of text (the last may hold less).
func cutParts(docs []corpus.Document, partBytes int) []*docPart {
	var parts []*docPart
	for lo := 0; lo < len(docs); {
		hi, n := lo, 0
		for hi < len(docs) && (hi == lo || n < partBytes) {
			n += len(docs[hi].Title) + len(docs[hi].Body)
			hi++
		}
		parts = append(parts, &docPart{lo: lo, hi: hi})
		lo = hi
	}
	return parts
}

// parallel calls f(0), ..., f(n-1) on up to workers goroutines, each
// taking the next i as it becomes free, and returns when all are done.
func parallel(n, workers int, f func(i int)) {
	workers = max(1, min(workers, n))
	if workers == 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		})
	}
	wg.Wait()
}

// defaultWorkers is how many goroutines Build runs: one per core.
func defaultWorkers() int { return runtime.GOMAXPROCS(0) }

// tokenize is stage 1 for part p: it cuts the blocks of its documents into
// sentences and tokenizes them.
func (p *docPart) tokenize(docs []corpus.Document) {
	size := textSize(docs[p.lo:p.hi])
	p.v = newVocab(min(size/40+64, maxMapHint))
	p.sents = make([]partSentence, 0, size/120+2)
	p.toks = make([]storedToken, 0, size/6+16)
	p.bounds = append(make([]int, 0, size/120+3), 0)
	p.hbounds = append(make([]int, 0, size/120+3), 0)
	p.firstPara = make([]int32, 0, p.hi-p.lo)
	var sents []string
	for di := p.lo; di < p.hi; di++ {
		p.firstPara = append(p.firstPara, int32(p.paras))
		sents = p.tokenizeDocument(docs[di], di, sents)
	}
}

// tokenizeDocument tokenizes the sentences of document di, d, into p;
// sents is scratch space, returned for the next document.
func (p *docPart) tokenizeDocument(d corpus.Document, di int, sents []string) []string {
	blocks := indexBlocks(d)
	code := codeSet(d)
	titled := strings.TrimSpace(d.Title) != ""
	intro := ""   // the sentence that opens the list being read (listIntro)
	opener := -1  // the last paragraph's sentence when it ends in a colon (opens)
	heading := "" // the heading just read, until the first block under it
	for bi, b := range blocks {
		// A paragraph's last sentence ending in a colon, with a list or
		// a table right under it, points to its items: "You can pay your
		// rent in any of these ways:" over "by Direct Debit, weekly,
		// fortnightly or monthly;" says no way to pay.
		if opener >= 0 && (b.Kind == corpus.KindItem || b.Kind == corpus.KindRow) {
			p.sents[opener].opens = true
		}
		opener = -1
		// The rows of one table make one paragraph.
		if bi > 0 && b.Kind == corpus.KindRow && blocks[bi-1].Kind == corpus.KindRow {
			p.paras--
		} else {
			p.places = append(p.places, place{section: b.Section, page: int32(b.Page), title: bi == 0 && titled})
		}
		// A table row (not its header) is an answer of its own, found
		// by its header's words, its table's caption's and its section's
		// too.
		hidden, row, item := "", false, false
		if b.Kind == corpus.KindRow && !isHeaderRow(blocks, bi) {
			hidden, row = strings.Join(b.Header, " ")+" "+b.Caption+" "+b.Section+rangeFill(b.Text), true
		}
		// A list item that is no sentence of its own is found by the
		// words of the sentence that opens its list, as a row by its
		// header's: "through the tenant app with a debit card" answers
		// "ways a tenant can pay rent" under "Tenants can pay in any of
		// these ways:". An item that ends as a sentence does says what
		// it says.
		// An item that pairs a label with its value ("Complaints:
		// complaints@example.org" under "Email") is a row of two cells,
		// found by its section's words as a row by its header's.
		if b.Kind != corpus.KindItem {
			intro = ""
		} else if intro != "" && !endsAsSentence(b.Text) {
			hidden, item = intro, true
		} else if labelledItem(b.Text) {
			hidden, item = b.Section, true
		}
		// A nested item is found by its parent item's words too, as a
		// row by its header's: "Supports RRF (Reciprocal Rank Fusion)
		// and RSF (Relative Score Fusion)" under "Hybrid search: exact +
		// semantic" answers "bleve hybrid search fusion methods".
		if b.Kind == corpus.KindItem && b.Parent != "" {
			hidden, item = strings.TrimSpace(hidden+" "+b.Parent), true
		}
		// The first sentence under a heading is found by the heading's
		// words too, as a row is by its header's: the heading names what
		// the sentence says and its own words seldom repeat (an FAQ's
		// "### Can I bring my dog?" over "Yes, on a lead.", "## Refunds"
		// over "We pay back within 14 days."). Only the first sentence
		// of the first block: the sentences after it qualify it or move
		// on ("Inside, only assistance animals."). With every sentence
		// of the block the train halves fell (4,410 to 4,407, headings
		// that ask alone); with the first sentence they rose to 4,413
		// for headings that ask and to 4,429 for every heading; the
		// whole section path in place of the nearest heading gave 4,431
		// but 3,710 at no minimum against 3,715 and 1,887 of the eval
		// halves against 1,891.
		firstHidden := hidden
		// An option's description under its term ("list one file per
		// line" under ls's "-1"), set by help2man with no full stop, is
		// an answer however short, as a list item under its intro is.
		if b.Kind == corpus.KindParagraph && heading != "" && corpus.OptionTerm(heading) && !endsAsSentence(b.Text) {
			item = true
		}
		if b.Kind == corpus.KindHeading {
			heading = strings.TrimSpace(b.Text)
		} else {
			if hidden == "" {
				firstHidden = heading
			}
			heading = ""
		}
		sents = blockSentences(sents[:0], b, code)
		if b.Kind == corpus.KindParagraph && len(sents) > 0 {
			intro = listIntro(sents[len(sents)-1])
		}
		// A paragraph's last sentence ending in a colon opens what
		// stands under it: a list or table (opener), a code block.
		colon := b.Kind == corpus.KindParagraph && len(sents) > 0 && strings.HasSuffix(strings.TrimSpace(sents[len(sents)-1]), ":")
		speaker := ""
		if !row {
			speaker = quotedSpeaker(sents)
		}
		from := len(p.sents)
		for i, s := range sents {
			if speaker != "" && allQuote(s) {
				p.addSentence(s, di, speaker, false)
				continue
			}
			h := hidden
			if i == 0 {
				h = firstHidden
			}
			// A paragraph's last sentence ending in a colon introduces
			// the code block under it and is found by its words.
			// (Every paragraph's last sentence over code was tried:
			// oss18 train fell 73 -> 72 at no minimum.)
			if i == len(sents)-1 && colon {
				h = strings.TrimSpace(h + " " + codeUnder(blocks, bi))
			}
			// A bare label between them ("e.g.:", "For example:",
			// "Output:") names the code but says nothing of it: the
			// sentence before the label is what the code shows.
			if i == len(sents)-1 && !colon && b.Kind == corpus.KindParagraph && codeLabel(blocks, bi+1) {
				h = strings.TrimSpace(h + " " + codeUnder(blocks, bi+1))
			}
			p.addSentence(s, di, h, row)
		}
		asks := b.Kind == corpus.KindHeading && (b.Asks || strings.HasSuffix(strings.TrimSpace(b.Text), "?"))
		release := b.Kind == corpus.KindHeading && releaseLine(b.Text)
		if code := b.Kind == corpus.KindCode; asks || item || code || release {
			for i := from; i < len(p.sents); i++ {
				p.sents[i].asks, p.sents[i].item, p.sents[i].code, p.sents[i].release = asks, item, code, release
			}
		}
		if colon && len(p.sents) > from {
			opener = len(p.sents) - 1
		}
		p.paras++
	}
	return sents
}

// codeLabel reports whether block bi is a bare label over a code block:
// a paragraph ending in a colon ("e.g.:", "For example:", "Example
// usage:") right over code, of fewer words than an answer needs
// (minSentenceWords), so that it is no answer and says nothing of the
// code itself.
func codeLabel(blocks []corpus.Block, bi int) bool {
	if bi+1 >= len(blocks) || blocks[bi].Kind != corpus.KindParagraph || blocks[bi+1].Kind != corpus.KindCode {
		return false
	}
	t := strings.TrimSpace(blocks[bi].Text)
	return strings.HasSuffix(t, ":") && len(strings.Fields(t)) < minSentenceWords
}

// codeUnder returns the text of the code block right under block bi, its
// lines joined, or "" when none is: the words of the code a sentence
// introduces ("Ideally you place this in app/cmd/root.go:") find that
// sentence, since the code's own lines are no answer.
func codeUnder(blocks []corpus.Block, bi int) string {
	var b strings.Builder
	for j := bi + 1; j < len(blocks) && blocks[j].Kind == corpus.KindCode; j++ {
		b.WriteString(blocks[j].Text)
		b.WriteByte(' ')
	}
	return b.String()
}

// rangeFill returns the whole numbers strictly between the ends of each
// range of whole numbers in text ("3 to 7", "3-7", "3–7"), each after a
// space, for ranges at most maxRangeFill wide: " 4 5 6" for a row "3 to
// 7 years; 27 days", found by "holiday after 5 years". A number that is
// part of a time, a decimal or a longer figure ("05:00 to 23:00", "1.5 to
// 4", "1,000-1,200") starts or ends no range.
func rangeFill(text string) string {
	var out []byte
	for i := 0; i < len(text); {
		a, j, ok := wholeNumber(text, i)
		if !ok {
			i++
			continue
		}
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		switch {
		case strings.HasPrefix(text[k:], "to "):
			k += len("to ")
		case strings.HasPrefix(text[k:], "-"):
			k += len("-")
		case strings.HasPrefix(text[k:], "–"):
			k += len("–")
		default:
			i = j
			continue
		}
		for k < len(text) && text[k] == ' ' {
			k++
		}
		b, e, ok := wholeNumber(text, k)
		if ok && b-a >= 2 && b-a <= maxRangeFill {
			for n := a + 1; n < b; n++ {
				out = append(out, ' ')
				out = strconv.AppendInt(out, int64(n), 10)
			}
		}
		if ok {
			i = e
		} else {
			i = j
		}
	}
	return string(out)
}

// wholeNumber reads a whole number of one to three digits starting at
// text[i], standing alone: no digit, letter, separator or sign of money
// before it, and no digit, letter or separator followed by a digit after
// it ("05:00", "1.5", "1,200", "£10" are no whole numbers here). It
// returns the number and where it ends.
func wholeNumber(text string, i int) (n, end int, ok bool) {
	if i >= len(text) || text[i] < '0' || text[i] > '9' {
		return 0, i, false
	}
	if i > 0 {
		switch c := text[i-1]; {
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == ':', c == '.', c == ',', c == '$', c == '/':
			return 0, i, false
		case c >= utf8.RuneSelf:
			// "£", "€" and letters beyond ASCII; not a dash ("11–14").
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(r) || unicode.Is(unicode.Sc, r) {
				return 0, i, false
			}
		}
	}
	end = i
	for end < len(text) && text[end] >= '0' && text[end] <= '9' {
		n = n*10 + int(text[end]-'0')
		end++
	}
	if end-i > 3 {
		return 0, end, false
	}
	if end < len(text) {
		c := text[end]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || (c == ':' || c == '.' || c == ',' || c == '/') && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9' {
			return 0, end, false
		}
	}
	return n, end, true
}

// listIntro returns sentence s when it opens a list, ending with a colon
// ("Tenants can pay in any of these ways:"), and is no answer of its own
// (answerLine: too short a line without a full stop), else "". A
// sentence that answers by itself ("Solicitor Yvonne Achterberg, who
// leads the case, said the families had four demands:") keeps its words:
// its items found by them would stand in its place. Either is no answer
// when its list or table follows it (partSentence.opens): it points to
// its items.
func listIntro(s string) string {
	if !strings.HasSuffix(strings.TrimSpace(s), ":") {
		return ""
	}
	if isAnswerLine(s, tokenize(s, nil)) {
		return ""
	}
	return s
}

// namesDocument reports whether a word of text, its brackets and
// punctuation aside, is the name of a file the loader reads, with a name
// before its extension ("policies/member-handbook.docx").
func namesDocument(text string) bool {
	if strings.IndexByte(text, '.') < 0 {
		return false
	}
	for w := range strings.FieldsSeq(text) {
		w = strings.Trim(w, "()[]<>\"'“”‘’`,;:!?")
		w = strings.TrimRight(w, ".")
		if dot := strings.LastIndexByte(w, '.'); dot > 0 && dot < len(w)-1 && corpus.Readable(w) && !webAddress(w) {
			return true
		}
	}
	return false
}

// webAddress reports whether the word w is a web address rather than a
// file's path: a scheme ("https://…") or a host before its first slash
// ("example.org/pay/index.html"), which a reader may be asked for.
func webAddress(w string) bool {
	if strings.Contains(w, "://") || strings.HasPrefix(w, "www.") {
		return true
	}
	host, _, ok := strings.Cut(w, "/")
	return ok && strings.IndexByte(host, '.') >= 0
}

// labelledItem reports whether a list item's text pairs a label with its
// value, "Label: value", as a definition list or a two-cell row does: a
// label of at most labelWords words before the first colon, a value
// after it, and no sentence's end ("Repairs line, day and night: 0300
// 555 0182", "Complaints: complaints@example.org").
func labelledItem(text string) bool {
	label, value, ok := strings.Cut(strings.TrimSpace(text), ": ")
	if !ok || strings.TrimSpace(value) == "" || label == "" || endsAsSentence(text) {
		return false
	}
	return len(strings.Fields(label)) <= labelWords
}

// endsAsSentence reports whether text ends as a sentence does, with a full
// stop, a question mark or an exclamation mark.
func endsAsSentence(text string) bool {
	text = strings.TrimSpace(text)
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!")
}

// quotedSpeaker is quoteSpeaker for a paragraph that has a sentence of
// quotation (opensQuote), whose words are all the speaker is indexed
// with, and "" for any other: most paragraphs quote no one, and
// quoteSpeaker reads every byte of theirs (TestQuotedSpeakerPlain).
func quotedSpeaker(sents []string) string {
	if !slices.ContainsFunc(sents, opensQuote) {
		return ""
	}
	return quoteSpeaker(sents)
}

// quoteSpeaker returns the name of the first speaker a paragraph's
// sentences name beside a verb of speech ([speechverbs] of
// splitwords.txt): the capitalised words right after it ("said Priya
// Venkataraman") or right before it ("Ms Achterberg said"), or "". News
// quotes a speaker over several sentences and names them once.
func quoteSpeaker(sents []string) string {
	sw := splitWords()
	var buf [64]token
	pronoun := false
	for _, s := range sents {
		if !mayHoldSpeechVerb(s, sw.speechHeads) {
			continue // most sentences: no need to tokenize them
		}
		toks := tokenize(s, buf[:0])
		for i, t := range toks {
			if !sw.speechVerbs[t.text] {
				continue
			}
			j := i + 1
			for j < len(toks) && toks[j].cap {
				j++
			}
			if j-i > 1 {
				return s[toks[i+1].start:toks[j-1].end]
			}
			k := i
			for k > 0 && toks[k-1].cap && !strings.ContainsAny(s[toks[k-1].end:toks[k].start], "\"”,") {
				k--
			}
			if k < i {
				return s[toks[k].start:toks[i-1].end]
			}
			if i > 0 && sw.speakerPronouns[toks[i-1].text] {
				pronoun = true
			}
		}
	}
	if pronoun {
		return firstName(sents)
	}
	return ""
}

// speechHeads is what mayHoldSpeechVerb knows of the verbs of speech
// before it compares a word with them: the pairs of letters they open
// with. A word opening with another pair, or with one letter, is none of
// them (most words, and five comparisons each otherwise). It is built
// once, with the word lists (splitWordLists.speechHeads).
type speechHeads struct {
	verbs []string
	// first[c] has bit d-'a' set for each verb that opens with the
	// lower-case ASCII letters c and d, for c in either case; letter[c]
	// is bit c-'a' for an ASCII letter c in either case and 0 for any
	// other byte: first[c]&letter[d] is not 0 just when a verb opens with
	// c and d, lowered.
	first, letter [256]uint32
	// all is set when a verb opens otherwise than with two ASCII letters:
	// then every word opening with a letter is compared with the verbs.
	all bool
}

// newSpeechHeads returns the speechHeads of verbs, written in lower case.
func newSpeechHeads(verbs []string) *speechHeads {
	h := &speechHeads{verbs: verbs}
	for c := 'a'; c <= 'z'; c++ {
		h.letter[c] = 1 << (c - 'a')
		h.letter[c-'a'+'A'] = 1 << (c - 'a')
	}
	for _, v := range verbs {
		if len(v) < 2 || v[0] < 'a' || v[0] > 'z' || v[1] < 'a' || v[1] > 'z' {
			h.all = true
			continue
		}
		h.first[v[0]] |= h.letter[v[1]]
		h.first[v[0]-'a'+'A'] |= h.letter[v[1]]
	}
	return h
}

// mayHoldSpeechVerb reports whether tokenizing sentence s may give one of
// h's verbs, the verbs of speech, without tokenizing it: quoteSpeaker reads
// every paragraph of a corpus at Build, and few sentences quote anyone.
// It is false only when s has no letter or digit outside ASCII (no
// accent to fold away; other characters, dashes and curly quotes, part
// words as spaces do), no full stop right before a letter (the stops of
// "U.S." leave its token), no run of 64 bytes or more without a space
// (which the tokenizer cuts inside a word), and no word of it opens with
// one of the verbs in any case: a token is otherwise its word lowered,
// perhaps cut before an apostrophe, or a spelling or phrase of
// tokenwords.txt, none of which gives a verb of speech
// (TestMayHoldSpeechVerb).
func mayHoldSpeechVerb(s string, h *speechHeads) bool {
	verbs := h.verbs
	run := 0 // bytes since the last space
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || isWordRune(r) {
				return true
			}
			i += n
			run += n
		case isWordByte(c):
			// A word: it starts here, as the bytes before it are none of
			// its letters.
			if h.all && isASCIILetter(c) || i+1 < len(s) && h.first[c]&h.letter[s[i+1]] != 0 {
				for _, v := range verbs {
					if hasPrefixLower(s[i:], v) {
						return true
					}
				}
			}
			j := i + 1
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			run += j - i
			i = j
		case c == '.' && i+1 < len(s) && isASCIILetter(s[i+1]):
			return true
		case c == ' ' || c == '\t' || c == '\n':
			run = 0
			i++
			continue
		default:
			i++
			run++
		}
		if run >= maxTokenBytes {
			return true
		}
	}
	return false
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// firstName returns the first run of two capitalised words or more of a
// paragraph's sentences ("Governor Paul Hendricks welcomed the
// appointment."), or "".
func firstName(sents []string) string {
	var buf [64]token
	for _, s := range sents {
		toks := tokenize(s, buf[:0])
		for i := 0; i < len(toks); {
			j := i
			for j < len(toks) && toks[j].cap && (j == i || toks[j].start == toks[j-1].end+1) {
				j++
			}
			if j-i > 1 {
				return s[toks[i].start:toks[j-1].end]
			}
			i = max(j, i+1)
		}
	}
	return ""
}

// opensQuote reports whether sentence s opens with a quotation mark.
func opensQuote(s string) bool { return strings.HasPrefix(s, "\"") || strings.HasPrefix(s, "“") }

// allQuote reports whether sentence s is all quotation: it opens with a
// quotation mark and names no verb of speech ("\"I just want it done.\"").
func allQuote(s string) bool {
	if !opensQuote(s) {
		return false
	}
	sw := splitWords()
	var buf [64]token
	for _, t := range tokenize(s, buf[:0]) {
		if sw.speechVerbs[t.text] {
			return false
		}
	}
	return true
}

// addSentence tokenizes one sentence of document di into p unless it
// holds no word. The
// words of hidden are indexed with it but take no place in it: a table
// row is found by its header's words.
func (p *docPart) addSentence(text string, di int, hidden string, row bool) {
	p.buf = tokenizeWords(text, p.buf[:0], p.v)
	if len(p.buf) == 0 {
		return
	}
	si := int32(len(p.sents))
	n := len(p.buf)
	for _, t := range tokenizeWords(hidden, p.buf[n:], p.v) {
		w := t.word - 1
		if w < 0 {
			w = p.v.add(t.text)
		}
		p.hidden = append(p.hidden, w)
	}
	// A hyphenated compound with a stop word in it ("out-of-hours",
	// "on-call") is indexed whole too, hyphens and all: the stop words,
	// which are no terms, tell it from its content word alone ("hours"),
	// and a question that writes it open or hyphenated finds it (resolve,
	// stopCompounds).
	// A sentence without a hyphen, most of them, has none (mayHyphen).
	if mayHyphen(text) {
		var cbuf [64]byte
		for i := range p.buf[:n] {
			// (a compound opens only at a word a hyphen follows: most
			// words make no call)
			if !hyphenAfter(text, p.buf[:n], i) {
				continue
			}
			if c, ok := stopCompound(text, p.buf[:n], i, cbuf[:0]); ok {
				p.hidden = append(p.hidden, p.v.addBytes(c))
			}
		}
	}
	p.hbounds = append(p.hbounds, len(p.hidden))
	p.buf = p.buf[:n]
	for i, t := range p.buf {
		w := t.word - 1
		if w < 0 {
			w = p.v.add(t.text)
		}
		if !t.cap {
			p.v.words[w].lower = true
		} else if i > 0 {
			p.v.words[w].midCap = true
		}
		p.toks = append(p.toks, storeToken(w, t))
	}
	p.sents = append(p.sents, partSentence{text: text, doc: int32(di), para: int32(p.paras), row: row})
	p.bounds = append(p.bounds, len(p.toks))
	for len(p.first) < len(p.v.words) {
		p.first = append(p.first, -1)
	}
	p.meet(p.toks[p.bounds[si]:], si)
	for _, w := range p.hidden[p.hbounds[si]:] {
		p.meetWord(w, si)
	}
}

// meet records the content words of toks, met in sentence si.
func (p *docPart) meet(toks []storedToken, si int32) {
	for _, t := range toks {
		p.meetWord(t.word, si)
	}
}

// meetWord records word w, met in sentence si, when it is a content word
// met for the first time.
func (p *docPart) meetWord(w, si int32) {
	if p.first[w] < 0 && p.v.words[w].term != termStop {
		p.first[w] = si
		p.order = append(p.order, w)
	}
}

// sentenceTokens returns the tokens of sentence i, valid until the next
// call.
func (p *docPart) sentenceTokens(i int) []token {
	p.buf = p.buf[:0]
	for _, t := range p.toks[p.bounds[i]:p.bounds[i+1]] {
		p.buf = append(p.buf, token{
			text: p.v.words[t.word].text, start: int32(t.start()), end: int32(t.end()),
			cap: t.capital(), num: t.number(), word: t.word + 1,
		})
	}
	return p.buf
}

// mergeVocabs is stage 2's merge: the words of every part that matter
// beyond it (content words, and words seen in lower case or capitalised
// inside a sentence), in document order.
func mergeVocabs(parts []*docPart) *mergedVocab {
	n := 0
	for _, p := range parts {
		n = max(n, len(p.v.words))
	}
	g := &mergedVocab{vocab: newVocab(min(4*n+512, maxMapHint))}
	for _, p := range parts {
		p.global = make([]int32, len(p.v.words))
		for w := range p.v.words {
			lw := &p.v.words[w]
			content := p.first[w] >= 0
			if !content && !lw.lower && !lw.midCap {
				p.global[w] = -1
				continue
			}
			gi, ok := g.find(lw.text)
			if !ok {
				gi = g.append(vocabWord{text: lw.text, term: termNone})
				g.firstDoc = append(g.firstDoc, -1)
			}
			gw := &g.words[gi]
			gw.lower = gw.lower || lw.lower
			gw.midCap = gw.midCap || lw.midCap
			if content && g.firstDoc[gi] < 0 {
				g.firstDoc[gi] = p.sents[p.first[w]].doc
			}
			p.global[w] = gi
		}
	}
	return g
}

// stemAll stems every content word of g on workers goroutines, through
// the process's stem cache: a word is stemmed once per process.
func (g *mergedVocab) stemAll(workers int) {
	g.stems = make([]string, len(g.words))
	const batch = 512
	parallel((len(g.words)+batch-1)/batch, workers, func(b int) {
		for i := b * batch; i < min(len(g.words), (b+1)*batch); i++ {
			if g.firstDoc[i] >= 0 {
				g.stems[i] = stemCached(g.words[i].text)
			}
		}
	})
}

// assignTermIDs gives every content word of g its term, filling ix.stems:
// a term id is assigned when its first word is met, document by document
// in each one's order. It returns the number of terms.
func (ix *Index) assignTermIDs(parts []*docPart, g *mergedVocab) int {
	// Room for every word's stem: there are fewer stems than words, and
	// trim drops what is left.
	n, size := 0, 0
	for i, st := range g.stems {
		if g.firstDoc[i] >= 0 {
			n, size = n+1, size+len(st)
		}
	}
	ix.stems.reserve(n, size)
	for _, p := range parts {
		for _, w := range p.order {
			gw := &g.words[p.global[w]]
			if gw.term != termNone {
				continue
			}
			st := g.stems[p.global[w]]
			gw.term = int32(ix.stems.intern(st))
		}
	}
	ix.stems.trim()
	return ix.stems.len()
}

// lowerSeen reports whether w occurs in lower case in the corpus.
func (g *mergedVocab) lowerSeen(w string) bool {
	i, ok := g.find(w)
	return ok && g.words[i].lower
}

// placeSentences sizes ix.sents for the sentences of all parts, counts
// ix.paras, and gives each part the place of its first sentence and of
// its first paragraph.
func (ix *Index) placeSentences(parts []*docPart) {
	nsent := 0
	for _, p := range parts {
		p.sentAt, p.paraAt = nsent, ix.paras
		nsent += len(p.sents)
		ix.paras += p.paras
	}
	ix.sents = make([]sentence, nsent)
}

// analyse is stage 3 for part p: each sentence is written into out, its
// place in the index, with its content terms, answer flag, phrases and
// namers, and p.runWords gets the words the part writes as runs that no
// content word met before spells. stems are the terms' stems
// (Index.stems), which it only reads.
func (p *docPart) analyse(docs []corpus.Document, g *mergedVocab, stems *wordTable, out []sentence) {
	term := make([]int32, len(p.v.words))
	for w := range term {
		term[w] = -1
		if p.first[w] >= 0 {
			term[w] = g.words[p.global[w]].term
		}
	}
	nm := namerTerms{words: p.v.words, term: term, stems: stems}
	// The terms of the part's sentences share one array, sized for its
	// tokens and hidden words that are content words: no sentence has
	// more terms, so it never grows, and the index keeps no room for the
	// stop words.
	n := 0
	for _, t := range p.toks {
		if term[t.word] >= 0 {
			n++
		}
	}
	for _, w := range p.hidden {
		if term[w] >= 0 {
			n++
		}
	}
	all := make([]int32, 0, n)
	// The phrases of consecutive sentences share chunks of one array; a
	// sentence has at most two phrases per token (a reason clause may
	// overlap the others), so a chunk with that much room never grows
	// under a sentence's phrases.
	var phrases []phrase
	var cpos []int
	var cls []wordClass
	p.runWords = map[string][]int32{}
	isTerm := &metBefore{g: g, p: p}
	for si, ps := range p.sents {
		isTerm.si = si
		s := &out[si]
		*s = sentence{text: ps.text, doc: ps.doc, para: ps.para + int32(p.paraAt), row: ps.row, release: ps.release}
		lo, hi := p.bounds[si], p.bounds[si+1]
		first := len(all)
		cpos, cls = cpos[:0], cls[:0]
		for _, t := range p.toks[lo:hi] {
			cls = append(cls, p.v.words[t.word].class)
			id := term[t.word]
			if id < 0 {
				cpos = append(cpos, -1)
				continue
			}
			cpos = append(cpos, len(all)-first)
			all = append(all, id)
		}
		visible := len(all) - first
		for _, w := range p.hidden[p.hbounds[si]:p.hbounds[si+1]] {
			if id := term[w]; id >= 0 && !slices.Contains(all[first:], id) {
				all = append(all, id)
			}
		}
		s.indexed = all[first:len(all):len(all)]
		s.nterms = int32(visible)
		toks := p.sentenceTokens(si)
		// A headline states no fact of its own: the title is never an
		// answer unless it is written as a sentence.
		// A row or an item naming a document ("repairs/repairs.md;
		// reporting repairs and how fast we come" of a site's table of
		// pages) points to the answer: it states none. So does a line
		// ending in a colon over its list or table (opens).
		s.answer = ps.release || (s.row || ps.item || answerLine(s.text, toks, cpos)) && !isHeadline(s.text, docs[s.doc].Title) && !ps.asks && !ps.opens && !ps.code &&
			!((s.row || ps.item) && namesDocument(s.text))
		s.refers = refersBack(s.text)
		s.replaces = mayReplace(s.text)
		s.namerAt = uint32(len(p.namers))
		p.namers = nm.appendNamers(p.namers, s.text, p.toks[lo:hi])
		if cap(phrases)-len(phrases) < 2*len(toks) {
			// Room for the rest of the part, at about one phrase per
			// eight tokens (one per 8.6 in 48 SQuAD articles): the
			// index keeps what a chunk leaves unused.
			phrases = make([]phrase, 0, max(2*len(toks), (len(p.toks)-lo)/8))
		}
		np := len(phrases)
		phrases = detectPhrases(phrases, s.text, toks, cpos, cls, g.lowerSeen)
		if len(phrases) > np {
			s.phrases = phrases[np:len(phrases):len(phrases)]
		}
		addRunWords(p.runWords, s.text, toks, cpos, s.terms(), isTerm)
	}
	p.release()
}

// metBefore tells, for stage 3 of part p, the content words of the corpus
// met before the end of sentence si: in a part before p, or in p up to
// si. It is a type, not a func value, so that the words it is asked
// about, built in stack buffers, stay there.
type metBefore struct {
	g  *mergedVocab
	p  *docPart
	si int
}

// has reports whether word b is such a word.
func (m *metBefore) has(b []byte) bool {
	if gi, ok := m.g.findBytes(b); ok && m.g.firstDoc[gi] >= 0 && int(m.g.firstDoc[gi]) < m.p.lo {
		return true
	}
	w, ok := m.p.v.findBytes(b)
	return ok && m.p.first[w] >= 0 && int(m.p.first[w]) <= m.si
}

// release drops what stage 3 was the last to read of part p, its tokens
// and its vocab, keeping what join reads: the part's tokens take more
// memory than the index's terms, and releasing each part as it is done,
// not the whole corpus's at the end of Build, lowers Build's peak heap.
func (p *docPart) release() {
	p.v, p.toks, p.bounds, p.hidden, p.hbounds, p.sents = nil, nil, nil, nil, nil, nil
	p.order, p.first, p.global, p.buf = nil, nil, nil, nil
}

// join is stage 4's first half: it lays the parts' paragraphs end to end
// in ix, counts their sentences' namers from the start of ix.namers, and
// adds their run words, the first document to spell one winning. It
// returns the number of content words.
func (ix *Index) join(parts []*docPart) (total int) {
	nruns, nnamers := 0, 0
	for _, p := range parts {
		nruns = max(nruns, len(p.runWords))
		nnamers += len(p.namers)
	}
	ix.places = make([]place, 0, ix.paras)
	ix.docFirstPara = make([]int32, 0, len(ix.docs))
	ix.runWords.at = make([]uint32, 1, nruns+1)
	ix.namers = make([]int32, 0, nnamers)
	for i, p := range parts {
		for _, fp := range p.firstPara {
			ix.docFirstPara = append(ix.docFirstPara, fp+int32(p.paraAt))
		}
		at := uint32(len(ix.namers))
		ix.namers = append(ix.namers, p.namers...)
		p.namers = nil
		end := len(ix.sents)
		if i+1 < len(parts) {
			end = parts[i+1].sentAt
		}
		for j := p.sentAt; j < end; j++ {
			s := &ix.sents[j]
			s.namerAt += at
			total += len(s.terms())
		}
		ix.places = append(ix.places, p.places...)
		for a, ids := range p.runWords {
			ix.runWords.add(a, ids)
		}
	}
	return total
}

// finishBuild is stage 4's second half: the word tables, the paragraph
// postings and the sentence statistics, each on a goroutine of its own
// when there are workers to spare.
func (ix *Index) finishBuild(g *mergedVocab, nterms, total, workers int) {
	var wg sync.WaitGroup
	spare := func(f func()) {
		if workers > 1 {
			wg.Go(f)
		} else {
			f()
		}
	}
	spare(func() {
		ix.wordTables(g, nterms)
		ix.surfaceTables(nterms)
	})
	spare(func() { ix.buildParagraphs(nterms) })
	ix.docDay = make([]int32, len(ix.docs))
	for i, d := range ix.docs {
		if t, ok := corpus.ParseDate(d.Date); ok {
			ix.docDay[i] = int32(t.Unix() / 86400)
		}
	}
	ix.titleTerms = make([][]int32, len(ix.docs))
	for i := range ix.sents {
		st := &ix.sents[i]
		if ix.places[st.para].title {
			ix.titleTerms[st.doc] = append(ix.titleTerms[st.doc], st.terms()...)
		}
	}
	// IDF over sentences (idf below).
	ix.sentDF = ix.countSentences(nterms)
	ns := float64(len(ix.sents))
	ix.idf = make([]float64, nterms)
	for id := range ix.idf {
		ix.idf[id] = idf(ns, float64(ix.df(int32(id))))
	}
	ix.maxIDF = idf(ns, 0)
	ix.localIDF(nterms)
	ix.avgLen = 1.0
	if len(ix.sents) > 0 && total > 0 {
		ix.avgLen = float64(total) / float64(len(ix.sents))
	}
	ix.applyNorms()
	ix.retold = ix.retelling()
	ix.gists = ix.sentenceGists()
	ix.change = termsOf(&ix.stems, changeStems())
	wg.Wait()
	ix.finish()
}

// textKey is a text to sort (sortByText): its first eight bytes as a
// number, big-endian and padded with zeros, and its index.
type textKey struct {
	prefix uint64
	i      int32
}

// newTextKey returns the textKey of text t at index i.
func newTextKey(t string, i int32) textKey {
	var p uint64
	for k := range 8 {
		p <<= 8
		if k < len(t) {
			p |= uint64(t[k])
		}
	}
	return textKey{prefix: p, i: i}
}

// sortByText sorts keys, of distinct texts, in the order of
// strings.Compare of their texts (text gives the text of an index). Two
// texts' prefixes compare as the texts do where the prefixes differ (a
// shorter text's padding is below any byte but 0), so the texts
// themselves are compared only where the prefixes tie: sorting the
// corpus's words through their indexes took some twenty million
// instructions at each Build on 48 SQuAD articles, most of them comparing
// strings (TestSortByTextPlain).
func sortByText(keys []textKey, text func(i int32) string) {
	slices.SortFunc(keys, func(a, b textKey) int {
		if a.prefix != b.prefix {
			if a.prefix < b.prefix {
				return -1
			}
			return 1
		}
		return strings.Compare(text(a.i), text(b.i))
	})
}

// surfaceTables builds what questions look up in the word tables
// (wordTables): the misspelling buckets, the terms written in figures and
// the pairs of words that open a hyphenated compound; and it makes room
// in the memories questions fill (memoryRoom).
// They are built with the index, on the word tables' goroutine while
// Build computes the statistics, so that the first questions of a process
// do not wait some 3 ms for them (about 12.5 million instructions for the
// buckets of 48 SQuAD articles).
func (ix *Index) surfaceTables(nterms int) {
	ix.buildSpell()
	ix.markFigures(nterms)
	ix.markCompoundPairs()
	ix.memoryRoom()
}

// The room that the memories questions fill get when an index is built or
// read, so that its first questions do not pay for their growth (rehashes
// of their slots).
const (
	// indexWordRoom is the question words an index's memory of them
	// (Index.words) has room for: those of some 4,000 SQuAD questions.
	indexWordRoom = 4096
	// stemRoom is the words the process's memory of stems (stems) has
	// room for beyond those it holds: those that some 1,000 SQuAD
	// questions and their alternatives bring.
	stemRoom = 8192
)

// memoryRoom makes room in the memories questions fill: the index's
// memory of question words and the process's memory of stems.
func (ix *Index) memoryRoom() {
	ix.words.reserve(indexWordRoom)
	stems.makeRoom(stemRoom)
}

// wordTables fills ix.surface and ix.surfaceIDs with the corpus's
// content words, in order, and ix.names.
func (ix *Index) wordTables(g *mergedVocab, nterms int) {
	n, size := 0, 0
	for _, w := range g.words {
		if w.term >= 0 {
			n, size = n+1, size+len(w.text)
		}
	}
	words := make([]textKey, 0, n) // into g.words
	for i, w := range g.words {
		if w.term >= 0 {
			words = append(words, newTextKey(w.text, int32(i)))
		}
	}
	sortByText(words, func(i int32) string { return g.words[i].text })
	ix.surface.reserve(len(words), size)
	ix.surfaceIDs = make([]int32, len(words))
	for i, k := range words {
		ix.surface.add(g.words[k.i].text)
		ix.surfaceIDs[i] = g.words[k.i].term
	}
	ix.names = nameTerms(g.vocab, nterms)
}
