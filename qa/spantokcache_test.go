package qa

import (
	"reflect"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa/english"
)

// TestSpanTokenCacheMatchesFresh: the span tokens a scratch remembers,
// with what each question changes of them (spanTokens), are those worked
// out anew for the question (spanTokensFresh, spanTokens as it was before
// it remembered them), field by field, whether the sentence's slot was
// empty, held the sentence, or held another; the parts of speech a
// question looked up aside, which the fresh tokens do not keep.
func TestSpanTokenCacheMatchesFresh(t *testing.T) {
	ix := Build(embedded(t))
	sc := ix.scratch.Get()
	defer ix.scratch.Put(sc)
	compared, hits := 0, 0
	// Each question reads every sentence twice in a row: the second read
	// finds the tokens the first left in the slot, the first those of
	// another sentence (or of the same, read for the last question).
	for _, question := range spanWeighQuestions {
		q := Parse(question)
		for _, s := range twice(len(ix.sents)) {
			total, _ := ix.resolve(&q, sc)
			f := newSpanFacts(ix, &q, sc, &sc.span, total)
			k := int32(s) & (spanTokenSlots - 1)
			if sc.spanToks.ids[k] == int32(s)+1 {
				hits++
			}
			var got, want spanWork
			f.w = &got
			ix.spanTokens(&f, &got, int32(s))
			f.w = &want
			ix.spanTokensFresh(&f, &want, int32(s))
			for i := range got.toks {
				got.toks[i].pos, got.toks[i].posKnown = 0, false
			}
			if !reflect.DeepEqual(got.toks, want.toks) || got.endQuote != want.endQuote {
				for i := range min(len(got.toks), len(want.toks)) {
					if !reflect.DeepEqual(got.toks[i], want.toks[i]) {
						t.Fatalf("%q, sentence %d, token %d %q:\nremembered %+v\nfresh      %+v", question, s, i, want.toks[i].word, got.toks[i], want.toks[i])
					}
				}
				t.Fatalf("%q, sentence %d: %d tokens, endQuote %v; fresh %d, %v", question, s, len(got.toks), got.endQuote, len(want.toks), want.endQuote)
			}
			compared++
			sc.reset(ix)
		}
	}
	if compared == 0 || hits == 0 {
		t.Fatalf("%d sentences compared, %d from the memory: want some of each", compared, hits)
	}
}

// twice returns 0, 0, 1, 1 ... n-1, n-1.
func twice(n int) []int {
	out := make([]int, 2*n)
	for i := range out {
		out[i] = i / 2
	}
	return out
}
func (ix *Index) spanTokensFresh(f *spanFacts, w *spanWork, s int32) int32 {
	st := &ix.sents[s]
	words := spanWords()
	lo := int32(len(w.toks))
	c := 0 // content position in st.terms()
	prevEnd := 0
	for i, t := range f.sc.tokensOf(ix, s) {
		info := words.infoOf(t.text)
		w.toks = append(w.toks, spanTok{start: int32(t.start), end: int32(t.end), word: t.text, class: info.class, cap: t.cap, num: t.num, term: -1, qword: -1})
		tk := &w.toks[len(w.toks)-1] // set in place: a token is large
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
			if k := f.sc.qidx[tk.term] - 1; k >= 0 {
				qt := &f.sc.terms[k]
				tk.q = float32(qt.w / f.total)
				tk.qword = int8(qt.word)
				tk.focus = f.focus&(1<<qt.word) != 0
				tk.tail = f.tail&(1<<qt.word) != 0
				tk.head = qt.word == f.head
			}
		}
		if tk.content && !t.num && (f.person || !t.cap || f.kinds != nil) {
			// One look at what WordNet says of the word, and none for a
			// capitalised word when no kind and no person is asked for,
			// as it is never verbOnly: only a noun may be a kind of the
			// thing asked.
			p := spanPOS(t.text)
			// A name's words are seldom in WordNet ("Achterberg"), a
			// title's or a place's are ("Finance Director", "Leeds").
			tk.unknown = f.person && p == 0
			tk.verbOnly = !t.cap && p.Has(english.Verb) && !p.Has(english.Noun) && !p.Has(english.Adj)
			tk.kindOfAsked = f.kinds != nil && p.Has(english.Noun) && sharesSynset(nounKindsOf(t.text), f.kinds)
		}
		tk.gapWord = !tk.content && t.text != "" && (t.text == f.gapWords[0] || t.text == f.gapWords[1])
		if t.start >= prevEnd {
			// Most words are apart by one space, which says nothing.
			if g := st.text[prevEnd:t.start]; g != " " {
				tk.gap = gapClass(g)
				tk.quote = strings.ContainsAny(g, "\"“”«»")
			}
		}
		prevEnd = max(prevEnd, t.end)
		tk.slot = wordSlot(tk, i == 0, info.context, words)
	}
	toks := w.toks[lo:]
	// A phrase neither ends nor opens inside a word joined by a hyphen
	// ("71 [short]-term rentals", "anti-[dumping]"): the parts are one word.
	// So are the hours and minutes of a clock time ("04:00"): a phrase
	// never ends at "resets at [04]" nor opens at its minutes; and the
	// parts of an address joined by a full stop, a slash or an at sign
	// ("slotwise.io/your-name", "handbook@marrowby.co.uk"), which may be
	// function words ("your").
	for i := 1; i < len(toks); i++ {
		address := joinedInAddress(st.text, int(toks[i-1].end), int(toks[i].start))
		if address || joinedByHyphen(st.text, int(toks[i-1].end), int(toks[i].start)) ||
			toks[i-1].num && toks[i].num && joinedByColon(st.text, int(toks[i-1].end), int(toks[i].start)) {
			toks[i-1].ends, toks[i].opens = false, false
		}
		if address {
			toks[i].holds = true
		}
	}
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
	w.endQuote = len(toks) > 0 && strings.ContainsAny(st.text[toks[len(toks)-1].end:], "\"“”«»")
	sumUp(toks)
	edges(toks)
	return lo
}
