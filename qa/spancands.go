package qa

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa/english"
)

// Span candidates: the phrases of a sentence that may be the short answer.
//
// No parser is at hand, so phrases are cut at punctuation and at function
// words. A candidate is a run of tokens that
//
//   - opens with a content word, a number or an opening function word (a
//     determiner, a possessive, a quantifier: spanwords.txt [opening]);
//   - holds only content words and the function words a phrase may hold
//     ("of", "and", "the" ...: [inside]);
//   - ends with a content word or a number;
//   - crosses no punctuation but a hyphen, a slash or a full stop inside
//     a word, and is at most maxSpanTokens long.
//
// Besides these come the typed phrases found at Build (dates such as
// "Thursday, March 5" that cross a comma, reason clauses), clauses (from a
// word after a function word or a punctuation mark to the end of the
// clause: "a short video app owned by ByteDance" after "is"), and the cells
// of a table row. When the sentence opens by referring to the one before
// ("It sold ..."), that sentence's phrases are candidates too. Each
// candidate has a kind (a date, money, a name, a cell ...) read off its
// words; the features (spanfeatures.go) and the model (spanmodel.go) choose
// among them.

// maxSpanTokens bounds a phrase candidate; maxClauseTokens a clause.
const (
	maxSpanTokens   = 9
	maxClauseTokens = 24
)

// spanKind is the kind of a candidate phrase.
type spanKind uint8

const (
	kindPhrase   spanKind = iota // a run of words with nothing more said
	kindProper                   // a run of capitalised words
	kindName                     // a typed name (of a person or an organisation)
	kindPlace                    // a typed name after a preposition of place
	kindDate                     // a typed date
	kindYear                     // a typed date that is a year alone
	kindTime                     // a clock time
	kindCount                    // a number of things
	kindMoney                    // a number with a currency
	kindPercent                  // a percentage
	kindDuration                 // a number of time units
	kindVersion                  // a version number ("4.6.1", "version 3.0")
	kindOrdinal                  // an ordinal ("8th", "17th president")
	kindReason                   // a clause of cause or purpose
	kindClause                   // a clause to its end
	kindQuoted                   // words in quotation marks (a title)
	kindList                     // a list of three or more: "Spring, Summer, and Fall"
	numSpanKinds
)

var spanKindNames = [numSpanKinds]string{
	"phrase", "proper", "name", "place", "date", "year", "time", "count", "money",
	"percent", "duration", "version", "ordinal", "reason", "clause", "quoted", "list",
}

// answerType is the answer type a candidate of kind k can be.
func (k spanKind) answerType() AnswerType {
	switch k {
	case kindName, kindProper:
		return TypePerson
	case kindPlace:
		return TypePlace
	case kindDate, kindYear:
		return TypeDate
	case kindTime:
		return TypeTime
	case kindCount, kindMoney, kindPercent, kindDuration, kindOrdinal:
		return TypeNumber
	case kindReason:
		return TypeReason
	}
	return TypeNone
}

// Punctuation classes of the text between two tokens (spanTok.gap).
const (
	gapNone  uint8 = iota // spaces only, or a hyphen, slash or stop inside a word
	gapComma              // ,
	gapOpen               // ( [
	gapClose              // ) ]
	gapColon              // ; :
	gapQuote              // quotation marks
	gapDash               // a dash between words
	gapOther              // any other mark
)

// ordinalSuffixes follow the digits of an ordinal ("8th", "21st").
var ordinalSuffixes = [...]string{"st", "nd", "rd", "th"}

// spanTok is one token of a sentence as the span model reads it.
type spanTok struct {
	start, end int32 // bytes of the sentence text
	// slot is what the model reads of the word (spanSlot): a function
	// word by name, any other word by its shape.
	slot uint16
	// gap is the punctuation class of the text before the token; quote
	// is true when that text holds a quotation mark. plainGap is true
	// when one space and nothing else parts the token from the word
	// before it: no mark, and no apostrophe in that word's text, whose
	// token leaves out what follows it ("Spain’s" is "spain").
	gap             uint8
	quote, plainGap bool
	// word is the token's normalised text, class the sections of
	// spanwords.txt it is in.
	word  string
	class spanWordClass
	// content is false for a stop word; term is then -1. opens, holds and
	// ends say whether a phrase may open with the word, hold it inside and
	// end with it: a content word, and a capitalised function word inside
	// the sentence, which is part of a name ("He Lifeng", "At Last").
	content, cap, num, ordinal, opens, holds, ends bool
	// dated is true for a word of a date or time typed at Build.
	dated bool
	// kindOfAsked is true for a content word that WordNet knows as the
	// thing the question asks for or a kind of it (spanFacts.kinds:
	// "piano" for "what instrument"), once kindPending is false: a noun
	// that may be one is looked up only when a candidate ending on it is
	// scored (spanFacts.kindOfAsked). gapWord is true for a word of
	// spanFacts.gapWords.
	kindOfAsked, kindPending, gapWord bool
	// verbOnly is true for a lower-case content word that WordNet knows
	// as a verb and as nothing else ("writes", "influenced"). pos are the
	// parts of speech WordNet gives the word, when posKnown: they are
	// looked up only for the words a question reads them of (spanTokens).
	verbOnly bool
	posKnown bool
	pos      english.POSMask
	term     int32
	// unknown is true, for a question that asks for a person
	// (spanFacts.person), for a
	// content word that is no number and that WordNet does not know.
	unknown bool
	// ref says whether the token is part of a reference (referenceAt:
	// "#516", "CVE-2025-15467", "RFC 3211"; the refIn... bits), set by
	// markReferences for the sentences referenceCandidates reads.
	ref uint8
	// codeLen is, on the last token of a word of code (sentenceSpanTokens:
	// "ASN1_DECODE_FLAG_ALLOW_PADDING", "--trace-children=yes",
	// "html.WithUnsafe"), the number of its tokens, else 0: a candidate is
	// that one word when it ends there and holds that many tokens
	// (code-word).
	codeLen uint8
	// clauseStart is the first token of the clause that holds the token
	// and clauseEnd the first mark at or after it, or the sentence's end
	// (clauseOf); conjunctStart and conjunctEnd the same for its conjunct,
	// the clause cut also at a coordinating conjunction (conjunctOf).
	// spanTokens works them out once per sentence.
	clauseStart, clauseEnd     int32
	conjunctStart, conjunctEnd int32
	// q is the weight of the question word the token matches, over the
	// question's total weight, or 0; qword is that word's index in
	// Question.words, or -1; focus is true when it is one of the
	// question's focus words (spanFacts.focus), head when it is the noun
	// the question asks for ("which CONGREGATION runs it"), which the
	// answer often holds ("the Congregation of Holy Cross").
	q                 float32
	qword             int8
	focus, tail, head bool
	// rare is the token's idf over the corpus's highest idf (0..1).
	rare float32
	// sum holds running sums over the sentence through this token, and
	// near the nearest question, focus and tail words at or before it
	// and at or after it (-1 for none), so that a feature reads any
	// stretch of the sentence at once (spanfeatures.go).
	sum  spanSums
	near [2 * numNear]int16
	// edge says what stands around a candidate that starts at the token
	// (the edgeLeft... and edgeAfter... bits) or ends with it (the
	// others), for the features that read both its edges and its words.
	edge spanEdge
}

// Bits of spanTok.ref.
const (
	refIn    uint8 = 1 << iota // a token of a reference
	refFirst                   // its first token
	refAside                   // set aside: closing the sentence (closingReferences), or after "#" in brackets
)

// spanEdge is a set of facts about the edges of a candidate (spanTok.edge).
type spanEdge uint16

const (
	edgeLeft5      spanEdge = 1 << iota // question words within 5 tokens before
	edgeAfterDesc                       // after "QUESTION-WORD is (a)" or "QUESTION-WORD,"
	edgeAfterQ                          // right after a question word, no mark between
	edgeAfterCapQ                       // so, and that word capitalised
	edgeRight5                          // question words within 5 tokens after
	edgeNext                            // a word follows, no mark between
	edgeComma                           // a comma follows
	edgeCommaQ                          // a comma follows, then a question word (nextIsQuestion)
	edgeBeforeQ                         // a question word follows, after a mark or not
	edgeBeforeCapQ                      // so, and that word capitalised
)

// edges fills spanTok.edge for the tokens of one sentence, whose sums are
// filled (sumUp).
func edges(s []spanTok) {
	n := int32(len(s))
	for i := range n {
		var e spanEdge
		// As the first token: what stands before.
		if qsum(s, i-5, i) > 0 {
			e |= edgeLeft5
		}
		if afterCopula(s, i) || i > 0 && s[i].gap == gapComma && s[i-1].qword >= 0 {
			e |= edgeAfterDesc
		}
		if i > 0 && !breaks(s[i].gap) && s[i-1].qword >= 0 {
			e |= edgeAfterQ
			if s[i-1].cap {
				e |= edgeAfterCapQ
			}
		}
		// As the last token: what follows, at b.
		b := i + 1
		if qsum(s, b, b+5) > 0 {
			e |= edgeRight5
		}
		if b < n {
			if !breaks(s[b].gap) {
				e |= edgeNext
			}
			if s[b].gap == gapComma {
				e |= edgeComma
				if nextIsQuestion(s, b) {
					e |= edgeCommaQ
				}
			}
			if s[b].qword >= 0 {
				e |= edgeBeforeQ
				if s[b].cap {
					e |= edgeBeforeCapQ
				}
			}
		}
		s[i].edge = e
	}
}

// spanSums are running sums over a sentence's tokens.
type spanSums struct {
	// q is the weight of question words, qOwn the same without the head
	// noun, rare the rarity of content words that are not question words.
	q, qOwn, rare float32
	// words counts content words, content those but the head noun,
	// matched the question words among those, caps the capitalised
	// content words, rareN the words in rare, heads the head nouns, conj
	// the words "and" and "or".
	words, content, matched, caps, rareN, heads, conj int16
}

// minus sets t to the sums of the tokens after o through u.
func (t *spanSums) minus(u, o *spanSums) {
	t.q, t.qOwn, t.rare = u.q-o.q, u.qOwn-o.qOwn, u.rare-o.rare
	t.words, t.content, t.matched = u.words-o.words, u.content-o.content, u.matched-o.matched
	t.caps, t.rareN, t.heads, t.conj = u.caps-o.caps, u.rareN-o.rareN, u.heads-o.heads, u.conj-o.conj
}

// add returns the sums through the token t after o.
func (t *spanTok) add(o spanSums) spanSums {
	if t.content {
		o.words++
		if t.cap {
			o.caps++
		}
		switch {
		case t.head:
			o.heads++
		case t.qword >= 0:
			o.content++
			o.matched++
		default:
			o.content++
			o.rareN++
			o.rare += t.rare
		}
	}
	o.q += t.q
	if !t.head {
		o.qOwn += t.q
	}
	if t.word == "and" || t.word == "or" {
		o.conj++
	}
	return o
}

// stretch returns the sums over tokens [a, b) of s, clamped to s.
func stretch(s []spanTok, a, b int32) spanSums {
	var out spanSums
	stretchInto(&out, s, a, b)
	return out
}

// stretchInto sets *out to stretch(s, a, b), with no copy in between: a
// candidate's sums are set once per candidate.
func stretchInto(out *spanSums, s []spanTok, a, b int32) {
	a, b = max(a, 0), min(b, int32(len(s)))
	switch {
	case a >= b:
		*out = spanSums{}
	case a == 0:
		*out = s[b-1].sum
	default:
		out.minus(&s[b-1].sum, &s[a-1].sum)
	}
}

// sumUp fills the running sums and nearest question words of toks, the
// tokens of one sentence.
func sumUp(toks []spanTok) {
	var run spanSums
	prev := [numNear]int16{-1, -1, -1}
	for i := range toks {
		t := &toks[i]
		run = t.add(run)
		t.sum = run
		if t.qword >= 0 {
			t.nearIs(&prev, int16(i))
		}
		t.near[2*nearAny], t.near[2*nearFocus], t.near[2*nearTail] = prev[nearAny], prev[nearFocus], prev[nearTail]
	}
	next := [numNear]int16{-1, -1, -1}
	for i := len(toks) - 1; i >= 0; i-- {
		t := &toks[i]
		if t.qword >= 0 {
			t.nearIs(&next, int16(i))
		}
		t.near[2*nearAny+1], t.near[2*nearFocus+1], t.near[2*nearTail+1] = next[nearAny], next[nearFocus], next[nearTail]
	}
}

// nearIs sets at[k] to i for each kind k of question word that t, a
// question word, is: any (nearAny), a focus word (nearFocus), a tail word
// (nearTail).
func (t *spanTok) nearIs(at *[numNear]int16, i int16) {
	at[nearAny] = i
	if t.focus {
		at[nearFocus] = i
	}
	if t.tail {
		at[nearTail] = i
	}
}

// spanCand is one candidate phrase.
type spanCand struct {
	// sent is the sentence (in Index.sents) it is in, prev whether that is
	// the sentence before the answer's; toks its tokens in spanWork.toks
	// are lo+a .. lo+b, and the sentence's are lo .. lo+n.
	sent        int32
	prev        bool
	lo, n, a, b int32
	// start and end are its bytes in the sentence text.
	start, end int32
	kind       spanKind
	// typed is the phrase found at Build it equals, or -1.
	typed int16
	// cell is the column of a table cell, or -1; header the weight of the
	// question words in that column's header, over the question's weight.
	cell   int16
	header float32
	// headerKin is true for a cell, not of the row's first column, whose
	// column's header holds no question word by its terms (header is 0)
	// but a noun that is, in its first WordNet sense, a noun of the
	// question or a kind of one (spanFacts.headerKin).
	headerKin bool
	// in holds the running sums over the candidate's tokens.
	in spanSums
}

// spanWork is the span model's working memory for one question, kept in
// the scratch so that answering allocates little.
type spanWork struct {
	toks  []spanTok
	cands []spanCand
	// dense and sparse hold the dense features and the indices of the
	// indicators that are on of one candidate (spanFacts.features), vals
	// the dense features of the part at hand (spanFacts.part); scores are the model's scores of the candidates; start and end the
	// part of a score that reads only where a candidate starts or ends,
	// by token, once computed (known).
	dense      []float64
	sparse     []int32
	vals       spanValues
	scores     []float64
	start, end []float64
	known      []uint8
	// wq are the weights of the dense features for the question's class:
	// the shared ones plus the class's own (spanSentences).
	wq [numDense]float64
	// fitRanges are the bytes (start, end) of the phrases of one
	// sentence whose type fits the question (spanFacts.fittingPhrases).
	fitRanges []int32
	// parallels are the candidates of running text of the question's
	// type (spanFacts.parallels).
	parallels []parallelCand
	// respItems are the items of the paired lists of one sentence
	// (spanFacts.respectiveSide).
	respItems []respItem
	// endQuote is true when a quotation mark follows the last token of
	// the sentence at hand.
	endQuote bool
	// facts are the question's facts (spanSentences) and top what the
	// confidence model reads of the winner (spanFor), kept here because
	// the features read them through func values, which would make
	// locals escape to the heap on every question.
	facts spanFacts
	top   spanTop
	// edit is the pick whose edges pickText's extensions move, kept here
	// as facts is: they read it through func values.
	edit pickEdit
	// kinds is the room of facts.kinds, the noun senses of the question's
	// head (newSpanFacts), kept from one question to the next.
	kinds []uint32
}

func (w *spanWork) reset() {
	w.toks, w.cands, w.endQuote = w.toks[:0], w.cands[:0], false
	w.dense, w.sparse, w.scores = w.dense[:0], w.sparse[:0], w.scores[:0]
	w.known = w.known[:0]
}

// spanTokens appends the tokens of sentence s to w.toks and returns where
// they start. f gives the question's matched words. What the question
// does not change of the tokens (sentenceSpanTokens) a scratch remembers
// for the sentences it read lately (spanTokenCache): the questions of a
// batch, asked about one paragraph after another, meet the same answer
// sentences again, and a sentence's tokens are then copied, not worked out
// anew; spanTokens adds what the question changes.
func (ix *Index) spanTokens(f *spanFacts, w *spanWork, s int32) int32 {
	words := spanWords()
	lo := int32(len(w.toks))
	cached, endQuote := f.sc.spanToks.of(ix, f.sc, s)
	w.toks = append(w.toks, cached...)
	w.endQuote = endQuote
	toks := w.toks[lo:]
	for i := range toks {
		tk := &toks[i] // set in place: a token is large
		if tk.term >= 0 {
			if k := f.sc.qidx[tk.term] - 1; k >= 0 {
				qt := &f.sc.terms[k]
				tk.q = float32(qt.w / f.total)
				tk.qword = int8(qt.word)
				tk.focus = f.focus&(1<<qt.word) != 0
				tk.tail = f.tail&(1<<qt.word) != 0
				tk.head = qt.word == f.head
			}
		}
		if tk.content && !tk.num && (f.person || !tk.cap || f.kinds != nil) {
			// One look at what WordNet says of the word, and none for a
			// capitalised word when no kind and no person is asked for,
			// as it is never verbOnly: only a noun may be a kind of the
			// thing asked. The look is remembered with the sentence's
			// tokens.
			if !tk.posKnown {
				tk.pos, tk.posKnown = spanPOS(tk.word), true
				cached[i].pos, cached[i].posKnown = tk.pos, true
			}
			p := tk.pos
			// A name's words are seldom in WordNet ("Achterberg"), a
			// title's or a place's are ("Finance Director", "Leeds").
			tk.unknown = f.person && p == 0
			tk.verbOnly = !tk.cap && p.Has(english.Verb) && !p.Has(english.Noun) && !p.Has(english.Adj)
			tk.kindPending = f.kinds != nil && p.Has(english.Noun)
		}
		tk.gapWord = !tk.content && tk.word != "" && (tk.word == f.gapWords[0] || tk.word == f.gapWords[1])
		// A word's slot is its shape's (sentenceSpanTokens) unless it
		// is a question word and no function word read by name.
		if tk.slot < numShapeSlots || tk.slot >= numShapeSlots+uint16(len(words.context)) {
			switch {
			case tk.head:
				tk.slot = slotHead
			case tk.qword >= 0:
				tk.slot = slotQuestion
			}
		}
	}
	sumUp(toks)
	edges(toks)
	return lo
}

// sentenceSpanTokens appends to toks the tokens of sentence s with what
// the question does not change of them: their words, marks and phrase
// bounds, their clauses, and each word's slot as if it were no question
// word (wordSlot); the fields the question sets are as for a word the
// question does not hold (qword -1). It returns them, and whether a
// quotation mark follows the last token.
func (ix *Index) sentenceSpanTokens(sc *scratch, s int32, toks []spanTok) ([]spanTok, bool) {
	st := &ix.sents[s]
	words := spanWords()
	c := 0 // content position in st.terms()
	prevStart, prevEnd := 0, 0
	// Most sentences hold no apostrophe, and then no word's text is looked
	// at for one (plainGap).
	apostrophes := hasApostrophe(st.text)
	for i, t := range sc.tokensOf(ix, s) {
		info := words.infoOf(t.text)
		toks = append(toks, spanTok{start: int32(t.start), end: int32(t.end), word: t.text, class: info.class, cap: t.cap, num: t.num, term: -1, qword: -1})
		tk := &toks[len(toks)-1] // set in place: a token is large
		tk.content = !isStopWord(t.text)
		capStop := !tk.content && t.cap && i > 0 && t.text != "i"
		tk.opens = tk.content || capStop || info.class&swOpening != 0
		tk.holds = tk.content || capStop || info.class&swInside != 0
		tk.ends = tk.content || capStop
		tk.ordinal = isOrdinal(t.text)
		if tk.content && c < len(st.terms()) {
			tk.term = st.terms()[c]
			c++
			tk.rare = float32(ix.idf[tk.term] / ix.maxIDF)
		}
		if int(t.start) >= prevEnd {
			// Most words are apart by one space, which says nothing.
			if g := st.text[prevEnd:t.start]; g != " " {
				tk.gap = gapClass(g)
				tk.quote = strings.ContainsAny(g, "\"“”«»")
			} else {
				tk.plainGap = i > 0 && !(apostrophes && hasApostrophe(st.text[prevStart:prevEnd]))
			}
		}
		prevStart, prevEnd = int(t.start), max(prevEnd, int(t.end))
		tk.slot = wordSlot(tk, i == 0, info.context, words)
	}
	// A phrase neither ends nor opens inside a word joined by a hyphen
	// ("71 [short]-term rentals", "anti-[dumping]"): the parts are one word.
	// So are the hours and minutes of a clock time ("04:00"): a phrase
	// never ends at "resets at [04]" nor opens at its minutes; and the
	// parts of an address joined by a full stop, a slash or an at sign
	// ("slotwise.io/your-name", "handbook@marrowby.co.uk"), which may be
	// function words ("your"); and the hour of a clock time and its "a.m."
	// or "p.m." ("open Tuesday to [Saturday 9] a.m.").
	//
	// The same walk finds the words of code (codeLen, for code-word): a
	// run of tokens joined with no space, at least one join being
	// underscores or one "=" (codeJoin) or a full stop or a slash between
	// letters or digits (codeDot: "html.WithUnsafe", "node_modules/full-icu";
	// not "km/h" nor "3.0"), the others a hyphen, another full stop or
	// slash, or nothing; or a run opened by the mark of an option or a path
	// (optionMarked: "--check"). A run joined by an at sign, an email
	// address, is none.
	var runs codeRuns
	if len(toks) > 0 {
		runs.code = optionMarked(st.text, int(toks[0].start))
	}
	for i := 1; i < len(toks); i++ {
		end, start := int(toks[i-1].end), int(toks[i].start)
		if start == end+1 && st.text[end] == ' ' {
			// One space, as between most words, joins only an hour and
			// its "a.m."; the tests below read such a gap as no join.
			// It ends a run, and the next one opens with no mark.
			runs.end(toks, i)
			if hourMeridiem(toks, i) {
				toks[i-1].ends, toks[i].opens = false, false
			}
			continue
		}
		if codeJoin(st.text, end, start) {
			// The parts of a word of code joined by underscores or an
			// equals sign ("ASN1_MAX_NAME_SIZE", "httpcookiemaxnum=3000")
			// are one word, which may hold function words
			// ("PRIORITY_IS_HIGH") and ends at its last part.
			toks[i-1].ends, toks[i].opens, toks[i].holds, toks[i].ends = false, false, true, true
			runs.code = true
			continue
		}
		address := joinedInAddress(st.text, end, start)
		hyphen := joinedByHyphen(st.text, end, start)
		if address || hyphen ||
			toks[i-1].num && toks[i].num && joinedByColon(st.text, end, start) ||
			hourMeridiem(toks, i) {
			toks[i-1].ends, toks[i].opens = false, false
		}
		switch {
		case address:
			toks[i].holds = true
			runs.code = runs.code || codeDot(st.text, end, start)
			runs.mail = runs.mail || st.text[end] == '@'
		case !hyphen && start > end:
			runs.end(toks, i)
			runs.code = optionMarked(st.text, start)
		}
	}
	runs.end(toks, len(toks))
	// A phrase may open with "more than", "over", "at least" ... when a
	// number follows within three words.
	for i := range toks {
		if toks[i].opens || toks[i].class&swNumberOpen == 0 {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3 && !breaks(toks[j].gap); j++ {
			if toks[j].num {
				toks[i].opens = true
				break
			}
		}
	}
	// A word of [rangeto] between two whole numbers joins the ends of a
	// range ("from [794 until 1869]"), as "to" of [inside] does; not
	// after an amount of money ("£20 until 13:00").
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].num && toks[i+1].num && !toks[i].holds && !breaks(toks[i].gap) && !breaks(toks[i+1].gap) &&
			words.rangeTo[toks[i].word] && allDigits(toks[i-1].word) && allDigits(toks[i+1].word) &&
			signBefore(st.text, int(toks[i-1].start)) == 0 {
			toks[i].holds = true
		}
	}
	start, cstart := int32(0), int32(0)
	for i := range toks {
		if i > 0 && clauseMark(toks[i].gap) {
			start, cstart = int32(i), int32(i)
		}
		toks[i].clauseStart, toks[i].conjunctStart = start, cstart
		if toks[i].class&swCoordinator != 0 {
			cstart = int32(i) + 1 // the conjunct after it starts past it
		}
	}
	end, cend := int32(len(toks)), int32(len(toks))
	for i := len(toks) - 1; i >= 0; i-- {
		if clauseMark(toks[i].gap) {
			end, cend = int32(i), int32(i)
		}
		if toks[i].class&swCoordinator != 0 {
			cend = int32(i)
		}
		toks[i].clauseEnd, toks[i].conjunctEnd = end, cend
	}
	endQuote := len(toks) > 0 && strings.ContainsAny(st.text[toks[len(toks)-1].end:], "\"“”«»")
	return toks, endQuote
}

// hourMeridiem reports whether token i is the "a.m." or "p.m." of the
// hour before it, with no break between ("[Saturday 9] a.m."): the two are
// one phrase (sentenceSpanTokens).
func hourMeridiem(toks []spanTok, i int) bool {
	return toks[i-1].num && meridiem(toks[i].word) && !breaks(toks[i].gap)
}

// codeRuns follows, through a sentence's gaps, the run of tokens that may
// be a word of code (sentenceSpanTokens): where it opened, whether a join
// or a mark made it code, and whether an at sign joined it.
type codeRuns struct {
	run        int
	code, mail bool
}

// end ends the run at token i (toks[i:] are past it): its last token's
// codeLen is its length when it is a word of code; the next run opens at
// i with no mark.
func (r *codeRuns) end(toks []spanTok, i int) {
	if r.code && !r.mail {
		toks[i-1].codeLen = uint8(min(i-r.run, math.MaxUint8))
	}
	r.run, r.code, r.mail = i, false, false
}

// optionMarked reports whether the word that starts at byte start of text
// opens after the mark of an option or a path (optionStart), testing the
// byte before it first, as most words have a space there.
func optionMarked(text string, start int) bool {
	return start > 0 && (text[start-1] == '-' || text[start-1] == '/') && optionStart(text, start) < start
}

// codeDot reports whether a word that ends at byte end of text and the
// next, which starts at start, are joined by one full stop or slash with
// two letters or digits on each side, one next to it a letter, as the
// parts of a name in code or of a path are ("html.WithUnsafe",
// "modules/full"); not "U.S.", "km/h" or "3.5".
func codeDot(text string, end, start int) bool {
	if start != end+1 || text[end] != '.' && text[end] != '/' || end < 2 || start+2 > len(text) {
		return false
	}
	a, b, c, d := text[end-2], text[end-1], text[start], text[start+1]
	return isASCIIAlnum(a) && isASCIIAlnum(b) && isASCIIAlnum(c) && isASCIIAlnum(d) &&
		(isASCIILetter(b) || isASCIILetter(c))
}

// isASCIIAlnum reports whether b is an ASCII letter or digit.
func isASCIIAlnum(b byte) bool { return isASCIILetter(b) || isDigitByte(b) }

// spanTokenSlots is the number of sentences whose span tokens a scratch
// remembers (spanTokenCache), a power of two. On the 48 SQuAD articles,
// of the span model's reads of a sentence over the first 3,000 questions,
// 36% find it in 8 slots, 39% in 16, 43% in 64; over all 9,982 questions,
// of 11,631 reads 29% find it in 8 slots and 26-27% in 4. A slot keeps
// the room of the longest sentence it held (128 bytes a token): 8 slots
// held 1,272 tokens' room (159 KB a scratch, one a core) for some 250
// tokens, 4 hold 636 (80 KB).
const spanTokenSlots = 4

// spanTokenCache holds what the question does not change of the span
// tokens of up to spanTokenSlots sentences (sentenceSpanTokens), each at
// slot id mod spanTokenSlots.
type spanTokenCache struct {
	ids      [spanTokenSlots]int32 // 1 + the sentence at each slot, or 0
	toks     [spanTokenSlots][]spanTok
	endQuote [spanTokenSlots]bool
}

// of returns the remembered span tokens of sentence s of ix, working them
// out only when its slot holds another sentence, and whether a quotation
// mark follows the last. A scratch serves one index, whose sentences
// never change. The caller may set the tokens' parts of speech (posKnown)
// and nothing else.
func (c *spanTokenCache) of(ix *Index, sc *scratch, s int32) ([]spanTok, bool) {
	k := s & (spanTokenSlots - 1)
	if c.ids[k] != s+1 {
		c.ids[k] = 0 // in case it panics
		c.toks[k], c.endQuote[k] = ix.sentenceSpanTokens(sc, s, c.toks[k][:0])
		c.ids[k] = s + 1
	}
	return c.toks[k], c.endQuote[k]
}

// The span features read two things of a word in WordNet: its parts of
// speech, for every content word of an answer's sentence (spanPOS), and,
// for a noun, the synsets of its noun senses with their ancestors
// (english.AppendNounAncestors, nounKindsOf), only when a question asks
// for a kind of thing or a person, to find whether the word is a kind of
// it. Each is remembered process-wide in a memory of its own, so that the
// ancestors of a noun no question has asked about are never walked: most
// of a new noun's cost, as the parts of speech are.

const wordnetFactsMax = 1 << 16

// spanPOS returns the parts of speech of word w, remembered in the one
// process-wide memory of them that question parsing reads too (posCached).
func spanPOS(w string) english.POSMask {
	return posCached(english.Load(), w)
}

// nounKinds is where a remembered noun's synsets are: kindsAt says where,
// so that a remembered noun costs 8 bytes with no pointer for the
// collector to follow, and its synsets no allocation of their own (some
// 18,000 words of 48 SQuAD articles: 0.5 MB less heap than a slice each).
// A synset takes 3 bytes there (synset3), as in wordnet.bin: the 9,982
// questions of 48 SQuAD articles keep some 122,000 of them.
// wordKinds remembers the kindsAt of each noun whose kinds a question
// needed, at most wordnetFactsMax of them.
var (
	wordKinds memo[kindsAt]
	nounKinds listStore[synset3]
)

// synset3 is a WordNet synset in 3 bytes: wordnet.bin's synsets are 24-bit
// (english's u24), so none is lost.
type synset3 [3]byte

// packSynset returns synset s in 3 bytes.
func packSynset(s uint32) synset3 { return synset3{byte(s), byte(s >> 8), byte(s >> 16)} }

// kindsAt is where the synsets of a noun are in nounKinds: n of them from
// at, or none kept when n is kindsUnkept (the store was full): kinds then
// walks WordNet again.
type kindsAt struct {
	n  uint16
	at uint32
}

// kindsUnkept marks a kindsAt whose synsets are not in nounKinds.
const kindsUnkept = 1<<16 - 1

// kinds returns the synsets k says where they are, of word w, in place.
func (k *kindsAt) kinds(w string) []synset3 {
	if k.n == kindsUnkept {
		var buf [64]uint32
		return packSynsets(nil, english.Load().AppendNounAncestors(buf[:0], w))
	}
	return nounKinds.at(k.at, int(k.n))
}

// packSynsets appends synsets ks to dst in 3 bytes each and returns it.
func packSynsets(dst []synset3, ks []uint32) []synset3 {
	for _, s := range ks {
		dst = append(dst, packSynset(s))
	}
	return dst
}

// nounKindsOf returns the synsets of the noun senses of word w with their
// ancestors, walked once per process (some 2 µs) whatever noun each
// question asks for, in place.
func nounKindsOf(w string) []synset3 {
	return wordKinds.get(w, wordnetFactsMax, true, func(k *kindsAt) {
		// Only a word the memory may still keep puts its synsets in
		// the store, so that the store stays bounded with it.
		k.n = kindsUnkept
		if len(w) <= maxKeyLen && wordKinds.size() < wordnetFactsMax {
			var buf [64]uint32
			var packed [64]synset3
			ks := packSynsets(packed[:0], english.Load().AppendNounAncestors(buf[:0], w))
			if at, ok := nounKinds.put(ks); ok {
				k.at, k.n = at, uint16(len(ks))
			}
		}
	}).kinds(w)
}

// kindOfAsked returns the kindOfAsked of tk, a token of f's sentences
// (spanWork.toks), looking the noun's senses up (nounKindsOf) the first
// time it is read: only the last word of a candidate the model scores is
// read (endValues, canAnswer), and a noun that ends none is never looked
// up.
func (f *spanFacts) kindOfAsked(tk *spanTok) bool {
	if tk.kindPending {
		f.lookUpKind(tk)
	}
	return tk.kindOfAsked
}

// lookUpKind sets the kindOfAsked of tk, whose look-up was put off, and
// marks it done: kindOfAsked, apart, stays small enough to be inlined
// into the span model's end scores.
func (f *spanFacts) lookUpKind(tk *spanTok) {
	tk.kindOfAsked, tk.kindPending = kindsShare(nounKindsOf(tk.word), f.kinds), false
}

// kindsShare reports whether packed synsets a and synsets b have a synset
// in common. It walks a once, a noun's senses and their ancestors (some
// tens), comparing one of them with b's (a question's few senses) only
// when a bit set of b's by their lowest six bits holds it, rather than
// looking for each of b's in all of a: the same answer, in some 460
// instructions a noun rather than 670 (lookUpKind's part but the look-up).
func kindsShare(a []synset3, b []uint32) bool {
	var low uint64
	for _, s := range b {
		low |= 1 << (s & 63)
	}
	for _, x := range a {
		if low&(1<<(x[0]&63)) != 0 && slices.ContainsFunc(b, func(s uint32) bool { return packSynset(s) == x }) {
			return true
		}
	}
	return false
}

// sharesSynset reports whether a and b have a synset in common.
func sharesSynset(a, b []uint32) bool {
	for _, s := range b {
		if slices.Contains(a, s) {
			return true
		}
	}
	return false
}

// gapClass classifies the text between two tokens.
func gapClass(g string) uint8 {
	if g == "" {
		return gapNone
	}
	spaced, joiner := false, false
	class := gapNone
	for _, r := range g {
		switch r {
		case ' ', '\t', '\n', '\u00a0':
			spaced = true
		case '_', '=':
			joiner = true // "MAN_DISABLE_SECCOMP", "--time-unit=B": codeJoin
		case ',':
			return gapComma
		case '(', '[':
			return gapOpen
		case ')', ']':
			return gapClose
		case ';', ':':
			return gapColon
		case '"', '“', '”', '‘', '’', '\'', '«', '»':
			class = gapQuote
		case '—':
			return gapDash
		case '-', '–':
			if class == gapNone {
				class = gapDash
			}
		case '/', '.', '&', '$', '£', '€', '¥', '₹', '#', '+':
		default:
			class = gapOther
		}
	}
	if class == gapDash && !spaced {
		return gapNone // "anti-dumping", "90-day"
	}
	if joiner && spaced && class == gapNone {
		return gapOther
	}
	return class
}

// breaks reports whether a phrase cannot run across punctuation of class
// g.
func breaks(g uint8) bool { return g != gapNone }

// spanCandidates appends the candidates of sentence s, whose tokens start
// at w.toks[lo], to w.cands.
func (ix *Index) spanCandidates(f *spanFacts, w *spanWork, s, lo int32, prev bool) {
	st := &ix.sents[s]
	toks := w.toks[lo:]
	n := int32(len(toks))
	words := spanWords()
	first := len(w.cands)
	// next is the first token from a+1 on that follows a break, or n: the
	// end of a clause opening at a, found once for all the tokens before
	// it as a walks on, not anew for each.
	next := int32(0)
	add := func(a, b int32, k spanKind) int {
		w.cands = append(w.cands, spanCand{sent: s, prev: prev, lo: lo, n: n, a: a, b: b,
			start: toks[a].start, end: toks[b-1].end, kind: k, typed: -1, cell: -1})
		return len(w.cands) - 1
	}
	for a := range n {
		if !toks[a].opens {
			continue
		}
		// A phrase inside a run of words written alike, with a word of
		// it on both sides, is hardly ever an answer ("Treasury
		// Secretary" of "United States Treasury Secretary Scott
		// Bessent", "prices plunged" of "chip prices plunged sharply");
		// a name after a title still is ("Scott Bessent met").
		afterAlike := a > 0 && alike(toks, a)
		for b := a + 1; b <= n && b-a <= maxSpanTokens; b++ {
			j := b - 1
			if j > a && (breaks(toks[j].gap) || !toks[j].holds) {
				break
			}
			if toks[j].ends && !(afterAlike && b < n && alike(toks, b)) && !cutsAskedName(toks, j, b, n) {
				add(a, b, kindPhrase)
			}
		}
		// A clause: from a word after a function word or a mark to the
		// end of the clause, when that is longer than a phrase; never the
		// sentence from its start, which the answer is already.
		if a == 0 || toks[a-1].content && !breaks(toks[a].gap) {
			continue
		}
		if next <= a {
			next = a + 1
			for next < n && !breaks(toks[next].gap) {
				next++
			}
		}
		b := min(next, a+maxClauseTokens)
		if b-a > maxSpanTokens && toks[b-1].ends {
			add(a, b, kindClause)
		}
	}
	// The candidates so far stand in order of (a, b), each pair once
	// (a clause is longer than any phrase from its token): findCand
	// searches them by halves, the few added after them one by one.
	sorted := len(w.cands) - first
	// Words in quotation marks: a title ("Killing Time", "At Last").
	for a := range n {
		if !toks[a].quote {
			continue
		}
		for b := a + 1; b <= n && b-a <= maxSpanTokens; b++ {
			if b == n && !w.endQuote || b < n && !toks[b].quote {
				continue
			}
			if i := findCand(w.cands[first:], sorted, a, b); i >= 0 {
				w.cands[first+i].kind = kindQuoted
			} else {
				add(a, b, kindQuoted)
			}
			break
		}
	}
	// The phrases typed at Build: their kind, and those that cross a mark.
	for pi := range st.phrases {
		ph := &st.phrases[pi]
		a, b := tokenRange(toks, ph.start, ph.end)
		if a >= b || cutsCodeWord(st.text, toks, a, b) {
			continue
		}
		k := ix.typedKind(st, ph, toks, a, b, words)
		i := findCand(w.cands[first:], sorted, a, b)
		if i < 0 {
			i = add(a, b, k) - first
		}
		c := &w.cands[first+i]
		c.kind, c.typed = k, int16(pi)
		c.start = ph.start // a currency sign goes with its number
		if k.answerType() == TypeDate || k == kindTime {
			for j := a; j < b; j++ {
				toks[j].dated = true
			}
		}
		// A name without the question's own words at its edges is the
		// part that answers: "Chinese Vice Premier He Lifeng" -> "He
		// Lifeng" when the question says "chinese vice premier".
		if k == kindName || k == kindPlace {
			ta, tb := a, b
			for ta < tb && (toks[ta].qword >= 0 || !toks[ta].content && !toks[ta].cap) {
				ta++
			}
			for tb > ta && (toks[tb-1].qword >= 0 || !toks[tb-1].content && !toks[tb-1].cap) {
				tb--
			}
			cut := true
			if tb < b && toks[tb].qword >= 0 {
				// The question names the person by the end of the name:
				// the title ends at its last title word ("Treasury
				// Secretary Scott Bessent" -> "Treasury Secretary" when
				// the question says "bessent"). Without a title word
				// what is left is the name cut short ("Presidents
				// Donald" of "Presidents Donald Trump"), no answer.
				tb = titleEnd(toks, ta, tb)
				cut = tb < b && toks[tb-1].class&swTitle != 0
			}
			// Words joined without a space are one ("handbook@marrowby.co.uk"):
			// none is cut off.
			cut = cut && ta < tb && (ta == a || spaced(st.text, toks[ta-1].end, toks[ta].start)) &&
				(tb == b || spaced(st.text, toks[tb-1].end, toks[tb].start))
			if cut && (ta > a || tb < b) {
				j := findCand(w.cands[first:], sorted, ta, tb)
				if j < 0 {
					j = add(ta, tb, k) - first
				}
				w.cands[first+j].kind, w.cands[first+j].typed = k, int16(pi)
			}
		}
	}
	// Numbers that open a longer phrase take their kind from the number:
	// "$15 per seat per month" is money.
	for i := first; i < len(w.cands); i++ {
		c := &w.cands[i]
		if c.kind == kindPhrase && toks[c.a].ordinal {
			c.kind = kindOrdinal
		}
		if c.kind != kindPhrase && c.kind != kindClause || !toks[c.a].num {
			if c.kind == kindPhrase && allCapital(toks, c.a, c.b) {
				c.kind = kindProper
				if allDated(toks[c.a:c.b]) {
					c.kind = kindDate // "Sunday and Wednesday"
				}
			}
			continue
		}
		c.kind = numberKind(st.text, toks, c.a, words) // "663,000 copies" is a count
		c.start -= int32(signBefore(st.text, int(c.start)))
		if k := dayRangeKind(st.text, toks, w.cands[first:], sorted, c); k != kindPhrase {
			c.kind = k // "29–31 May" is a date
		}
	}
	// A name and the region after a comma: "Clayton, Missouri".
	for i, end := first, len(w.cands); i < end; i++ {
		a, b, kind := w.cands[i].a, w.cands[i].b, w.cands[i].kind
		if kind != kindProper && kind != kindPlace && kind != kindName || b >= n || toks[b].gap != gapComma ||
			a > 0 && toks[a-1].cap && !breaks(toks[a].gap) {
			continue
		}
		e := b
		for e < n && toks[e].cap && toks[e].ends && (e == b || !breaks(toks[e].gap)) && e-b < maxRegionTokens {
			e++
		}
		if e > b && (e == n || breaks(toks[e].gap) || !toks[e].cap) && findCand(w.cands[first:], sorted, a, e) < 0 {
			add(a, e, kind)
		}
	}
	// Lists: "the Manual Training School, Smith Academy, and the Mary
	// Institute". A list's first item ends at a comma (listAt), so none
	// opens at the sentence's last comma or after it: the walk stops
	// there, and a sentence with no comma has none.
	last := n - 1
	for last > 0 && toks[last].gap != gapComma {
		last--
	}
	for a := range last {
		// A list opens no phrase's inner word, but a list of names may
		// open after a word in lower case: "of [Ohio, Michigan and
		// Indiana]".
		inner := a > 0 && !breaks(toks[a].gap) && toks[a-1].holds
		if inner && (!toks[a].cap || toks[a-1].cap) {
			continue
		}
		if b, named := listAt(toks, a); b > 0 && (named || !inner) && b-a <= maxClauseTokens && findCand(w.cands[first:], sorted, a, b) < 0 {
			add(a, b, kindList)
		}
	}
	if st.row {
		ix.cellCandidates(f, w, s, lo, first, add)
		return
	}
	ix.referenceCandidates(f, w, s, lo, first)
}

// referenceCandidates keeps, of the candidates of sentence s from
// w.cands[first] on, whose tokens start at w.toks[lo], those that read
// its references (referenceAt: "CVE-2025-15467", "RFC 3211", "#516") as
// a question asks for them. When the noun the question asks for names a
// reference of the sentence ("which CVE was the stack overflow", "what
// RFC is CMP"; headWord), only a whole reference of that name answers:
// "RFC 3211", not "3211 KEK Unwrap" nor the flaw's "CVE-2025-9230". Else
// a reference set aside, a number after "#" in brackets ("(#516)",
// "(#512, #518)") or references that close the sentence
// (closingReferences: "(CVE-2025-15467)"), names a change or a flaw,
// and is neither an amount nor the answer to what the change did ("516"
// for "Add() on a closed watcher returns what"): no candidate that holds
// one answers, but for the whole reference under a question that asks
// for the number that names a thing ("issue number", asksIdentifier), a
// number after "#" then with its "#". Most sentences hold no reference, and are not
// walked: those that hold no "#" nor close with a bracket (mayHoldAside),
// under a question whose noun after "what" or "which" they do not hold.
func (ix *Index) referenceCandidates(f *spanFacts, w *spanWork, s, lo int32, first int) {
	st := &ix.sents[s]
	toks := w.toks[lo:]
	asked := f.whichHead && len(toks) > 0 && toks[len(toks)-1].sum.heads > 0 // the sentence holds the head noun
	if !asked && !mayHoldAside(st.text) || !markReferences(st.text, toks) {
		return
	}
	named := false
	for i := range toks {
		named = named || asked && toks[i].ref&refFirst != 0 && toks[i].head && !toks[i].num
	}
	kept := first
	for i := first; i < len(w.cands); i++ {
		c := &w.cands[i]
		whole := wholeReference(toks, c.a, c.b)
		switch {
		case named:
			if !whole || !toks[c.a].head {
				continue
			}
		case holdsAside(toks, c.a, c.b):
			if !whole || !f.identifier {
				continue
			}
			if c.start > 0 && st.text[c.start-1] == '#' {
				c.start-- // "#516"
			}
		}
		w.cands[kept] = *c
		kept++
	}
	w.cands = w.cands[:kept]
}

// markReferences sets the ref bits of toks, the tokens of a sentence of
// text, for the references it holds (referenceAt), and reports whether it
// holds one. A reference holds a number, which follows "#" or a name in
// capitals ("#516", "CVE-2025-15467", "PR 12"): only where a number
// follows those is a reference read. A number after "#" in brackets ("(#516)", "(patent
// #7849)") and the references of brackets that close the sentence
// (closingReferences: "(CVE-2025-15467)") are set aside (refAside).
func markReferences(text string, toks []spanTok) bool {
	found := false
	end, aside := 0, 0 // the ends of the last reference and of the last set aside
	for i := range toks {
		if !toks[i].num {
			continue
		}
		if int(toks[i].start) < end {
			continue
		}
		r, at, n := i, 0, 0
		if i > 0 && toks[i-1].cap && int(toks[i-1].start) >= end {
			r, at = i-1, int(toks[i-1].start) // "CVE-2025-15467", "PR #12"
			n = referenceAt(text[at:])
		}
		if n == 0 && toks[i].start > 0 && text[toks[i].start-1] == '#' {
			r, at = i, int(toks[i].start)-1 // "#516"
			n = referenceAt(text[at:])
		}
		if n == 0 {
			continue
		}
		found, end = true, at+n
		if open := strings.LastIndexByte(text[:at], '('); open >= 0 && open > strings.LastIndexByte(text[:at], ')') {
			if text[at] == '#' {
				aside = end // "(#516)", "(patent #7849)"
			} else if k := closingReferences(text[open:]); k > 0 {
				aside = open + k // "(CVE-2025-15467)"
			}
		}
		toks[r].ref = refFirst
		for j := r; j < len(toks) && int(toks[j].start) < end; j++ {
			toks[j].ref |= refIn
			if int(toks[j].start) < aside {
				toks[j].ref |= refAside
			}
		}
	}
	return found
}

// mayHoldAside reports whether text, a sentence, may hold references
// set aside (markReferences): it holds a "#", or it closes with a
// bracket, but for its stops.
func mayHoldAside(text string) bool {
	if strings.IndexByte(text, '#') >= 0 {
		return true
	}
	i := len(text)
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '.' || text[i-1] == '!' || text[i-1] == '?') {
		i--
	}
	return i > 0 && text[i-1] == ')'
}

// wholeReference reports whether tokens a to b of toks are one whole
// reference.
func wholeReference(toks []spanTok, a, b int32) bool {
	if toks[a].ref&refFirst == 0 || b < int32(len(toks)) && toks[b].ref&(refIn|refFirst) == refIn {
		return false
	}
	for i := a + 1; i < b; i++ {
		if toks[i].ref&(refIn|refFirst) != refIn {
			return false
		}
	}
	return true
}

// holdsAside reports whether one of tokens a to b of toks is of a
// reference set aside in brackets.
func holdsAside(toks []spanTok, a, b int32) bool {
	for i := a; i < b; i++ {
		if toks[i].ref&refAside != 0 {
			return true
		}
	}
	return false
}

// cutsAskedName reports whether a phrase ending with token j, before token
// b (of n), stops inside a name whose next words the question gives: "Treasury
// Secretary Scott" of "Treasury Secretary Scott Bessent" when the question
// says "bessent". A phrase ending with a title word does not ("Treasury
// Secretary").
func cutsAskedName(toks []spanTok, j, b, n int32) bool {
	return b < n && toks[j].cap && toks[b].cap && toks[b].qword >= 0 && !breaks(toks[b].gap) &&
		toks[j].qword < 0 && toks[j].class&swTitle == 0
}

// nounNoVerb reports whether t is a lower-case content word that WordNet
// knows as a noun and not as a verb ("app", "law", "percent"; not
// "influence", "chips"). spanTokens looks up the parts of speech of every
// lower-case content word that is no number.
func (t *spanTok) nounNoVerb() bool {
	return t.posKnown && !t.cap && t.pos.Has(english.Noun) && !t.pos.Has(english.Verb)
}

// hasApostrophe reports whether s holds a mark the tokenizer reads as an
// apostrophe, from which on it leaves a word's text out of its token
// ("Spain’s" -> "spain", appendWord).
func hasApostrophe(s string) bool {
	return strings.IndexByte(s, '\'') >= 0 || strings.Contains(s, "’") || strings.Contains(s, "ʼ")
}

// spaced reports whether text[end:start], between two words, holds a
// space; words that overlap (parts the tokenizer read of one) do not.
func spaced(text string, end, start int32) bool {
	return end < start && strings.IndexFunc(text[end:start], unicode.IsSpace) >= 0
}

// joinedByColon reports whether a word that ends at byte end of text and
// the next, which starts at start, are joined by a colon alone ("04:00").
func joinedByColon(text string, end, start int) bool {
	return start == end+1 && text[end] == ':'
}

// codeJoin reports whether a word that ends at byte end of text and the
// next, which starts at start, are joined by underscores or one equals
// sign alone, as the parts of a name in code or of an option and its
// value are ("MAN_DISABLE_SECCOMP", "__libc_freeres" after its first
// part, "--trace-children=yes").
func codeJoin(text string, end, start int) bool {
	if start <= end {
		return false
	}
	if start == end+1 && text[end] == '=' {
		return true
	}
	for k := end; k < start; k++ {
		if text[k] != '_' {
			return false
		}
	}
	return true
}

// cutsCodeWord reports whether toks[a:b] opens or ends inside a word of
// code whose parts are joined by underscores or "=" (codeJoin): the names
// typed at Build in "GLIBCXX_FORCE_NEW" ("GLIBCXX", "NEW") are no phrases.
func cutsCodeWord(text string, toks []spanTok, a, b int32) bool {
	return a > 0 && codeJoin(text, int(toks[a-1].end), int(toks[a].start)) ||
		int(b) < len(toks) && codeJoin(text, int(toks[b-1].end), int(toks[b].start))
}

// joinedInAddress reports whether a word that ends at byte end of text
// and the next, which starts at start, are joined by a full stop, a slash
// or an at sign alone, as the parts of a web or email address are.
func joinedInAddress(text string, end, start int) bool {
	return start == end+1 && (text[end] == '.' || text[end] == '/' || text[end] == '@')
}

// titleEnd returns the end of the title that opens toks[a:b], a name
// whose last words the question gave: just after its last title word
// ([titles] of spanwords.txt), or b when it has none.
func titleEnd(toks []spanTok, a, b int32) int32 {
	for i := b; i > a; i-- {
		if toks[i-1].class&swTitle != 0 {
			return i
		}
	}
	return b
}

// alike reports whether toks[i] goes on a run of words written alike:
// content words both, capitalised both or neither, with no mark between.
// i must be at least 1.
func alike(toks []spanTok, i int32) bool {
	return toks[i].content && toks[i-1].content && !breaks(toks[i].gap) && toks[i].cap == toks[i-1].cap
}

// maxRegionTokens and maxListItem bound the region after a name's comma
// and the items of a list.
const (
	maxRegionTokens = 3
	maxListItem     = 5
)

// listAt returns the end of a list of three or more phrases that opens at
// toks[a], separated by commas, the last by "and" or "or" ("X, Y and Z",
// "X, Y, or Z"), or 0 when none opens there, and whether each of its items
// opens with a capital (named).
func listAt(toks []spanTok, a int32) (end int32, named bool) {
	n := int32(len(toks))
	conj := func(i int32) bool { return toks[i].word == "and" || toks[i].word == "or" }
	// item returns the end of the phrase opening at i, or i.
	item := func(i int32) int32 {
		if i >= n || !toks[i].opens || conj(i) {
			return i
		}
		j := i + 1
		for j < n && j-i < maxListItem && toks[j].holds && !conj(j) && !breaks(toks[j].gap) {
			j++
		}
		for j > i && !toks[j-1].ends {
			j--
		}
		return j
	}
	// names returns the end of the run of capitalised words opening at i.
	names := func(i int32) int32 {
		j := i
		for j < n && toks[j].cap && toks[j].holds && j-i < maxListItem && (j == i || !breaks(toks[j].gap)) {
			j++
		}
		return j
	}
	items := 0
	named = true
	for i := a; ; {
		j := item(i)
		if j == i {
			return 0, false
		}
		items++
		named = named && toks[i].cap
		switch {
		case j >= n:
			return 0, false
		case conj(j) && items >= 2 && (toks[j].gap == gapComma || !breaks(toks[j].gap)):
			// A list of names ends with its last name, before the words
			// in lower case after it: "Ohio, Michigan and Indiana said".
			if end := names(j + 1); named && end > j+1 && end < n && !toks[end].cap {
				return end, true
			}
			// The last item runs to the end of its phrase, not cut short.
			if end := item(j + 1); end > j+1 && (end == n || breaks(toks[end].gap) || !toks[end].holds) {
				return end, named && toks[j+1].cap
			}
			return 0, false
		case toks[j].gap == gapComma:
			i = j
		default:
			return 0, false
		}
	}
}

// typedKind is the candidate kind of a phrase typed at Build.
func (ix *Index) typedKind(st *sentence, ph *phrase, toks []spanTok, a, b int32, words *spanWordLists) spanKind {
	switch ph.kind {
	case TypeDate:
		if b-a == 1 && isYear(st.text[toks[a].start:toks[a].end]) {
			return kindYear
		}
		return kindDate
	case TypeTime:
		return kindTime
	case TypeNumber:
		if b-a > 1 && !toks[a].num && toks[a+1].num && codeWord(st.text[toks[a].start:toks[a].end]) {
			return kindMoney // "EUR 620,000", typed with its code at Build
		}
		return numberKind(st.text, toks, a, words)
	case TypePerson:
		return kindName
	case TypePlace:
		return kindPlace
	case TypeReason:
		return kindReason
	}
	return kindPhrase
}

// numberKind tells what the number at toks[a] is: money (after a currency
// sign, before a currency word, or in pence), a percentage, a length of time, a
// version or a count. A scale word between the number and the word that
// types it is read past ("10.7 billion yuan" is money, as "US$1.5 billion"
// is).
func numberKind(text string, toks []spanTok, a int32, words *spanWordLists) spanKind {
	t := toks[a]
	raw := text[t.start:t.end]
	if strings.Count(raw, ".") >= 2 {
		return kindVersion // "4.6.1"
	}
	if signBefore(text, int(t.start)) > 0 || pence(raw) {
		return kindMoney
	}
	if a > 0 && (toks[a-1].class&swVersion != 0 || strings.Contains(raw, ".") && toks[a-1].cap && toks[a-1].content && !breaks(t.gap)) {
		return kindVersion // "version 3.0", "Lumen Notes 3.0"
	}
	if n := wordAfterNumber(toks, a); n >= 0 {
		switch {
		case toks[n].word == "percent":
			return kindPercent
		case toks[n].class&swCurrency != 0:
			return kindMoney
		case toks[n].class&swUnit != 0:
			return kindDuration
		}
	}
	return kindCount
}

// durationUnitEnd returns the end (a token index) of the time unit that
// makes the number at toks[a] a length of time, as numberKind reads it
// ("weeks" of "4 weeks", "years" of "2 million years"), or 0 when none
// follows.
func durationUnitEnd(toks []spanTok, a int32) int32 {
	if n := wordAfterNumber(toks, a); n >= 0 && timeUnit(toks[n]) {
		return n + 1
	}
	return 0
}

// wordAfterNumber returns the index of the word after the number at
// toks[a] that says what it counts, past a scale word (the currency or
// unit of "10.7 billion yuan", "2 million years"), or -1 when the sentence
// ends or breaks first: numberKind reads its kind there, durationUnitEnd
// its unit.
func wordAfterNumber(toks []spanTok, a int32) int32 {
	n := a + 1
	if int(n+1) < len(toks) && !breaks(toks[n].gap) && !breaks(toks[n+1].gap) && scaleWords[toks[n].word] > 0 {
		n++
	}
	if int(n) < len(toks) && !breaks(toks[n].gap) {
		return n
	}
	return -1
}

// modifiedUnitEnd returns the end (a token index) of the time unit after
// the number at toks[a] and one lower-case word that qualifies it ("days"
// of "5 working days", "weeks" of "two full weeks"), or 0 when the words
// after the number are not such a word and a unit. numberKind does not
// read past the word, so the number keeps its count kind for the model
// (read there, docs36's pp033 lost its lead); pickText gives the unit with
// the number when the question asks how long.
func modifiedUnitEnd(toks []spanTok, a int32) int32 {
	m, n := a+1, a+2
	if int(n) >= len(toks) || breaks(toks[m].gap) || breaks(toks[n].gap) {
		return 0
	}
	w := toks[m]
	if !w.content || w.cap || w.num || w.class&(swUnit|swCurrency) != 0 {
		return 0
	}
	if !timeUnit(toks[n]) {
		return 0
	}
	return n + 1
}

// timeUnit reports whether t is a word of the unit list that is neither
// "percent" nor a currency: the unit after a number that makes it an
// amount of something (durationUnitEnd, modifiedUnitEnd).
func timeUnit(t spanTok) bool {
	return t.class&swUnit != 0 && t.word != "percent" && t.class&swCurrency == 0
}

// cellCandidates makes a table row's cells its only candidates: a cell is
// the unit of a table, and the answer is the cell under the header that
// matches the question ("how much is the team plan": the Price column).
// A cell takes the kind of the phrase it is, or of the first typed phrase
// in it (a cell "Thursday, March 5" is a date); a cell that opens with an
// amount and goes on after a comma is that amount (amountBeforeComma). It
// drops the row's other candidates.
func (ix *Index) cellCandidates(f *spanFacts, w *spanWork, s, lo int32, first int, add func(a, b int32, k spanKind) int) {
	st := &ix.sents[s]
	rt := ix.rowTableOf(s)
	headerCols := rt.headerCols
	toks := w.toks[lo:]
	off := 0
	for col, cell := range strings.Split(st.text, "; ") {
		start, end := int32(off), int32(off+len(cell))
		off += len(cell) + len("; ")
		a, b := tokenRange(toks, start, end)
		if a >= b {
			continue
		}
		i := findCand(w.cands[first:], 0, a, b)
		if i < 0 {
			k := kindPhrase
			for j, c := range w.cands[first:] {
				if c.a >= a && c.b <= b && c.typed >= 0 {
					k = c.kind
					if amountBeforeComma(&c, toks, a, b) {
						i = j // "$230" of "$230, with a Medicare rebate of $98.95"
					}
					break
				}
			}
			if i < 0 {
				i = add(a, b, k) - first
			}
		}
		c := &w.cands[first+i]
		c.cell = int16(col)
		if lead := st.text[start:c.start]; lead != "" && strings.Trim(lead, currencySigns) == "" {
			c.start = start // "$230, with a rebate of ...": the sign goes with the cell
		}
		if col < len(headerCols) {
			c.header = float32(f.sc.massOf(f.sc.termsIn(headerCols[col])) / f.total)
		}
		c.headerKin = col > 0 && c.header == 0 && col < len(rt.header) && f.headerKin(rt.header[col])
	}
	if key := rowKeyCell(f.sc, rt); key >= 0 && (f.q.Type != TypeNone || key == 0) {
		for i := first; i < len(w.cands); i++ {
			if w.cands[i].cell == int16(key) {
				w.cands[i].header, w.cands[i].headerKin = 0, false
			}
		}
	}
	kept := w.cands[:first]
	for _, c := range w.cands[first:] {
		if c.cell >= 0 {
			kept = append(kept, c)
		}
	}
	w.cands = kept
}

// dayRangeKind returns the kind of the date typed at Build that ends
// candidate c, a number joined to it by a dash alone: a range of days
// ("29–31 May"); or kindPhrase when c is no such range. The date is the
// candidate over c's tokens but its first, found by findCand (cands, the
// first sorted of them in order, hold each pair of tokens once).
func dayRangeKind(text string, toks []spanTok, cands []spanCand, sorted int, c *spanCand) spanKind {
	i := findCand(cands, sorted, c.a+1, c.b)
	if i < 0 {
		return kindPhrase
	}
	if d := &cands[i]; d.typed >= 0 && (d.kind == kindDate || d.kind == kindYear) && dash(text[toks[c.a].end:d.start]) {
		return d.kind
	}
	return kindPhrase
}

// headerKin reports whether the header cell text holds a noun whose first
// WordNet sense is a sense of a noun of the question or a kind of one:
// "Fee" for "skin check cost" (a fee is a kind of cost); not "Storage" for
// "what does the business plan cost", though a rare sense of it is a
// business (the commercial enterprise of storing goods), as its first is
// the act of storing.
func (f *spanFacts) headerKin(text string) bool {
	if !f.qNounsDone {
		f.qNounsDone = true
		en := english.Load()
		for _, qw := range f.q.words {
			if qw.weight > 0 && !qw.exclude && posCached(en, qw.text).Has(english.Noun) {
				f.qNouns = en.AppendNounSenses(f.qNouns, qw.text)
			}
		}
	}
	if len(f.qNouns) == 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if isStopWord(w) {
			continue
		}
		var buf [64]uint32
		if sharesSynset(english.Load().AppendFirstNounAncestors(buf[:0], w), f.qNouns) {
			return true
		}
	}
	return false
}

// rowKeyCell returns the column of the cell of row rt that holds the
// most weight of the question's own words (not only their alternatives)
// that its header does not, more than any other cell, or -1. That cell
// names the row the question asks about ("who owns pricing": "Pricing,
// roadmap, customer research" under "Owns"), so the question words of its
// header say which row answers, not which column: for a question that
// asks for a type of answer, the answer is another cell of the row
// ("Arjun Mehta"; cellCandidates), and so it is for any question when that
// cell is the row's first, which names it ("wat does the blue light mean":
// "Steady blue; Ready to connect to Wi-Fi" under "Light; What it means").
// A question that asks for no type may ask for a cell that holds its words
// further along the row ("bio waste bag colour": "Orange autoclave bag",
// beside "Biological waste"), whose header keeps its say. A cell that
// holds fewer question words ("freight desk hours saturday": "07:00–18:00
// Mon–Sat" under "Hours", beside "Freight desk") keeps its header's say.
func rowKeyCell(sc *scratch, rt *rowTable) int {
	key, most, next := -1, 0.0, 0.0
	for col, terms := range rt.cells {
		m := sc.termsIn(terms) & sc.own
		if col < len(rt.headerCols) {
			m &^= sc.termsIn(rt.headerCols[col])
		}
		switch w := sc.massOf(m); {
		case w > most:
			key, most, next = col, w, most
		case w > next:
			next = w
		}
	}
	if most == next {
		return -1
	}
	return key
}

// rowTable is what a table-row sentence knows of its table: the header
// cells above it and, column by column, the surface terms of its own cell
// (the row's text split at "; ", as the corpus joins cells) and of the
// header cell. The terms are found once per index, so that a question
// only looks them up among its own (scratch.termsIn).
type rowTable struct {
	header            []string
	cells, headerCols [][]int32
}

// rowHeader returns the header cells of the table row sentence s belongs
// to, or nil.
func (ix *Index) rowHeader(s int32) []string { return ix.rowTableOf(s).header }

// rowTableOf returns what row sentence s knows of its table; its fields
// are empty for a row found in no table.
func (ix *Index) rowTableOf(s int32) *rowTable {
	ix.rowTablesOnce.Do(ix.findRowTables)
	if rt := ix.rowTables[s]; rt != nil {
		return rt
	}
	return &rowTable{}
}

// findRowTables fills ix.rowTables: it walks each document's blocks and
// its row sentences side by side, each sentence taking the header of the
// next row block that holds its text. Sentences and blocks come in the
// same order, so it reads each block once; a repeated row takes the
// header of its own table, not of the first row with its text. The terms
// of a header are found once for all the rows under it.
func (ix *Index) findRowTables() {
	ix.rowTables = map[int32]*rowTable{}
	headerCols := map[string][][]int32{}
	doc, next := int32(-1), 0
	for s := range ix.sents {
		st := &ix.sents[s]
		if !st.row {
			continue
		}
		if st.doc != doc {
			doc, next = st.doc, 0
		}
		rt := &rowTable{}
		for cell := range strings.SplitSeq(st.text, "; ") {
			rt.cells = append(rt.cells, ix.surfaceTerms(cell))
		}
		blocks := ix.docs[doc].Blocks
		for j := next; j < len(blocks); j++ {
			if b := &blocks[j]; b.Kind == corpus.KindRow && strings.Contains(b.Text, st.text) {
				rt.header, next = b.Header, j
				break
			}
		}
		key := strings.Join(rt.header, "\x00")
		cols, ok := headerCols[key]
		if !ok {
			for _, h := range rt.header {
				cols = append(cols, ix.surfaceTerms(h))
			}
			headerCols[key] = cols
		}
		rt.headerCols = cols
		ix.rowTables[int32(s)] = rt
	}
}

// surfaceTerms returns the terms of the words of text, a short text such
// as a table cell, matched by their surface form.
func (ix *Index) surfaceTerms(text string) []int32 {
	var ids []int32
	for _, t := range tokenize(text, nil) {
		if id, ok := ix.wordTerm(t.text); ok {
			ids = append(ids, id)
		}
	}
	return ids
}

// tokenRange returns the tokens that lie within bytes [start, end), or
// (len(toks), 0) when none does. Tokens start and end in order, so those
// are the ones from the first that starts at start or later, as long as
// they end by end.
func tokenRange(toks []spanTok, start, end int32) (a, b int32) {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].start >= start })
	j := i
	for j < len(toks) && toks[j].end <= end {
		j++
	}
	if j == i {
		return int32(len(toks)), 0
	}
	return int32(i), int32(j)
}

// amountBeforeComma reports whether candidate c, the first typed phrase of
// the table cell toks[a:b], is an amount that opens the cell and ends at a
// comma inside it: the cell gives the amount and then says more of it
// ("$230, with a Medicare rebate of $98.95 on a mental health treatment
// plan"), and the amount is its answer, as a cell that is only a price
// is. (A date such as "Thursday, March 5" goes on after its comma.)
func amountBeforeComma(c *spanCand, toks []spanTok, a, b int32) bool {
	return c.a == a && c.b < b && c.kind.answerType() == TypeNumber && toks[c.b].gap == gapComma
}

// year reports whether t is a year written alone ("1869"), not one read
// off a longer writing ("1,869"), which counts or measures.
func (t *spanTok) year() bool {
	return isYear(t.word) && t.end-t.start == int32(len(t.word))
}

// allDigits reports whether w is written in digits alone ("1869",
// "31"), no clock time, decimal or amount with a unit.
func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) {
			return false
		}
	}
	return true
}

// findCand returns the index in cs of the candidate over tokens [a, b), or
// -1. The first sorted candidates of cs stand in order of (a, b) and are
// searched by halves, the rest one by one; cs holds each pair once.
func findCand(cs []spanCand, sorted int, a, b int32) int {
	lo, hi := 0, sorted
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c := &cs[m]; c.a < a || c.a == a && c.b < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < sorted && cs[lo].a == a && cs[lo].b == b {
		return lo
	}
	for i := sorted; i < len(cs); i++ {
		if cs[i].a == a && cs[i].b == b {
			return i
		}
	}
	return -1
}

// isOrdinal reports whether w is an ordinal written in digits ("8th").
func isOrdinal(w string) bool {
	if len(w) < 3 || !isDigitByte(w[0]) {
		return false
	}
	for _, suf := range ordinalSuffixes {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) && isNumber(w[:len(w)-len(suf)]) {
			return true
		}
	}
	return false
}

// allDated reports whether every content word of toks is part of a date
// or a time.
func allDated(toks []spanTok) bool {
	for i := range toks {
		if toks[i].content && !toks[i].dated {
			return false
		}
	}
	return true
}

// allCapital reports whether tokens [a, b) of s hold content words, all
// of them capitalised: their running sums say (sumUp), with no step
// through the tokens.
func allCapital(s []spanTok, a, b int32) bool {
	words, caps := s[b-1].sum.words, s[b-1].sum.caps
	if a > 0 {
		words, caps = words-s[a-1].sum.words, caps-s[a-1].sum.caps
	}
	return words > 0 && caps == words
}
