package qa

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/bits"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/qabot/qabot/corpus"
)

// ask builds an index over bodies (one document each) and asks q.
func ask(t *testing.T, q string, bodies ...string) Answer {
	t.Helper()
	var docs []corpus.Document
	for i, b := range bodies {
		docs = append(docs, corpus.Document{Path: string(rune('a'+i)) + ".txt", Body: b})
	}
	// These corpora are too small for the confidence to mean much: the
	// tests here are about which sentence ranks first.
	a, err := Build(docs).AnswerWith(context.Background(), Parse(q), Options{MinConfidence: 0})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRankingFeatures(t *testing.T) {
	tests := []struct {
		name   string
		q      string
		bodies []string
		want   string // in the answer's sentence
	}{
		{
			name: "how long: a length of time",
			q:    "how long is the tariff truce",
			bodies: []string{
				"Both sides must decide on the tariff truce by November 10 this year.",
				"Observers expect them to extend the 90-day tariff truce once more.",
			},
			want: "90-day",
		},
		{
			name: "the sentence before one that refers back",
			q:    "how many copies did the album sell in its first week",
			bodies: []string{
				"The album was released in June 2006 by the label.\nIt sold 541,000 copies in its first week.",
				"A different record sold 20,000 copies over a year.",
			},
			want: "541,000",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := ask(t, tt.q, tt.bodies...)
			if !a.Found || !strings.Contains(a.Sentence, tt.want) {
				t.Errorf("Ask(%q): got Found=%v %q, want the sentence with %q", tt.q, a.Found, a.Sentence, tt.want)
			}
		})
	}
}

// TestScratchIsReset asks questions one after another on one index and
// checks each answer, Also and Conflicts included, against a fresh index:
// nothing of a question may leak into the next through the pooled scratch.
func TestScratchIsReset(t *testing.T) {
	docs := embedded(t)
	qs := []string{
		"how many chinese firms were added to the entity list",
		"when is the TikTok deadline?",
		"who is the chinese vice premier",
		"how much did US analog chip imports into china grow 2022-2024",
		"where did they meet last time",
		"how many chinese firms were added to the entity list",
	}
	shared := Build(docs)
	for _, q := range qs {
		got, err := shared.Ask(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Build(docs).Ask(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Ask(%q) after other questions: got %+v, want %+v", q, got, want)
		}
	}
}

// TestWordFamily checks that a question word finds the corpus words of its
// family as alternatives: "citizen" finds "citizenship".
func TestWordFamily(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "Every citizen of the town may vote.\nHe obtained French citizenship in 1835."}})
	q := Parse("what did he obtain as a citizen")
	wt := ix.lookupWord(&q.words[slices.IndexFunc(q.words, func(w qword) bool { return w.text == "citizen" })])
	want := wordTermOf(ix, "citizenship")
	if !slices.ContainsFunc(ix.altTerms(wt), func(r termRef) bool { return r.id() == want && r.kind == altForm }) {
		t.Errorf("alternatives of citizen: got %+v, want citizenship (term %d) as a form", ix.altTerms(wt), want)
	}
}

// TestMassOf checks massOf, which counts each question word at its
// strongest term, against the plain sum over words of their best term in
// the mask, for masks over the terms of questions whose words have several
// terms (forms, synonyms).
func TestMassOf(t *testing.T) {
	ix := Build(embedded(t))
	for _, q := range []string{
		"who's the chinese vice premeir at the talks",
		"when did the US president announce new tariffs on steel imports",
		"how many soybeans did china buy from american farmers",
	} {
		pq := Parse(q)
		sc := ix.scratch.Get()
		ix.resolve(&pq, sc)
		several := false
		for k := 1; k < len(sc.terms); k++ {
			several = several || sc.terms[k].word == sc.terms[k-1].word
		}
		if !several {
			t.Errorf("%q: no word with several terms, want some (the test would prove little)", q)
		}
		all := sc.allTerms()
		for i := range 200 {
			mask := all & (termMask(i)*0x9E3779B97F4A7C15 ^ termMask(i)<<7)
			best := map[int]float64{}
			for k := range sc.terms {
				if mask&(1<<k) != 0 {
					best[sc.terms[k].word] = max(best[sc.terms[k].word], sc.terms[k].w)
				}
			}
			want := 0.0
			for w := range len(pq.words) {
				want += best[w]
			}
			if got := sc.massOf(mask); got != want {
				t.Errorf("%q: massOf(%b) = %v, want %v", q, mask, got, want)
			}
		}
		sc.reset(ix)
		ix.scratch.Put(sc)
	}
}

// TestSortTerms checks sortTerms against a stable sort by word, strongest
// first, on terms with repeated words and equal weights.
func TestSortTerms(t *testing.T) {
	for seed := range 50 {
		words := 1 + seed%maxQueryWords
		n := min(maxQueryTerms, 1+seed*7%maxQueryTerms)
		terms := make([]qterm, n)
		for i := range terms {
			x := (seed + 1) * (i + 3) * 2654435761
			terms[i] = qterm{id: int32(i), word: x % words, w: float64(x>>5%4) / 2}
		}
		want := slices.Clone(terms)
		slices.SortStableFunc(want, func(a, b qterm) int {
			if a.word != b.word {
				return a.word - b.word
			}
			switch {
			case a.w > b.w:
				return -1
			case a.w < b.w:
				return 1
			}
			return 0
		})
		got := slices.Clone(terms)
		sortTerms(got, words)
		if !slices.Equal(got, want) {
			t.Errorf("seed %d: sortTerms = %v, want %v", seed, got, want)
		}
	}
}

// TestSplitWords checks that two question words side by side that the
// corpus writes as one ("tik tok" for "TikTok") resolve to that one word,
// weighed once in the question's total, and that words apart, or both
// known to the corpus, do not.
func TestSplitWords(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "TikTok faces a deadline. The database is slow. Data entry is open. A base camp."}})
	for _, tt := range []struct {
		q, joined string
		want      bool
	}{
		{"when is the tik tok deadline", "tiktok", true},
		{"is the data base slow", "database", false}, // both words known
		{"tik and tok deadline", "tiktok", false},    // not side by side
	} {
		q := Parse(tt.q)
		sc := ix.scratch.Get()
		total, _ := ix.resolve(&q, sc)
		id := wordTermOf(ix, tt.joined)
		// As the word's own term, not as an alternative ("database" is a
		// GloVe neighbour of "data").
		got := slices.ContainsFunc(sc.terms, func(qt qterm) bool { return qt.id == id && qt.kind == altOwn })
		if got != tt.want {
			t.Errorf("%q: got term %s %v, want %v (terms %+v)", tt.q, tt.joined, got, tt.want, sc.terms)
		}
		// The second half of the pair is no word of its own (the
		// question-words feature counts the pair once).
		if got, want := sc.joined != 0, tt.want; got != want {
			t.Errorf("%q: got joined words %b, want some %v", tt.q, sc.joined, want)
		}
		if tt.want {
			// The pair weighs as the one word, and the deadline as itself.
			if want := ix.idf[id] + ix.idf[wordTermOf(ix, "deadline")]; math.Abs(total-want) > 1e-9 {
				t.Errorf("%q: got total weight %v, want %v", tt.q, total, want)
			}
		}
		sc.reset(ix)
		ix.scratch.Put(sc)
	}
}

// TestScoreSentenceCounts checks that stage 2's BM25 of each sentence does
// not depend on what the scratch's term counts held before (countTerms
// sets them at a term's first occurrence, never clears them): the scores
// and local weights of every sentence scored, through a scratch whose
// counts are spoiled before each question, are those of a fresh scratch.
// The sentences repeat question words ("The entity list ... the entity
// list"), whose counts must start at one.
func TestScoreSentenceCounts(t *testing.T) {
	ix := Build(embedded(t))
	qs := []string{
		"how many chinese firms were added to the entity list",
		"when is the TikTok deadline?",
		"who is the chinese vice premier",
		"how much did US analog chip imports into china grow 2022-2024",
		"tariff tariffs china chinese trade",
	}
	type scored struct{ score, local float64 }
	repeats := 0 // sentences scored that hold a question term twice
	scores := func(sc *scratch, text string) map[int32]scored {
		out := map[int32]scored{}
		q := Parse(text)
		if err := ix.withCandidates(context.Background(), &q, sc, func(sc *scratch, _ float64) {
			for _, s := range sc.touched {
				out[s] = scored{sc.score[s], sc.local[s]}
				var seen termMask
				for _, id := range ix.sents[s].indexed {
					if k := sc.qidx[id] - 1; k >= 0 {
						if seen&(1<<k) != 0 {
							repeats++
							break
						}
						seen |= 1 << k
					}
				}
			}
		}); err != nil {
			t.Fatal(err)
		}
		return out
	}
	shared := ix.scratch.New()
	for _, text := range qs {
		for k := range shared.tf {
			shared.tf[k], shared.loc[k] = 7, 9
		}
		got, want := scores(shared, text), scores(ix.scratch.New(), text)
		if len(want) == 0 {
			t.Fatalf("%q: no sentence scored", text)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: scores through a used scratch differ from a fresh one's", text)
		}
	}
	if repeats == 0 {
		t.Error("no sentence repeats a term: the test reads no count above one")
	}
}

// TestScoreDocs checks each touched document's relevance D(d) against its
// definition, worked out apart: per question word, the best idf over
// documents of its terms the document holds, summed in the order of the
// words; to the bit, as scoreDocs adds the same numbers in that order.
func TestScoreDocs(t *testing.T) {
	ix := Build(embedded(t))
	checked, multi := 0, 0
	for _, text := range []string{
		"how many chinese firms were added to the entity list",
		"when is the TikTok deadline?",
		"who is the chinese vice premier",
		"how much did US analog chip imports into china grow 2022-2024",
		"tariff tariffs china chinese trade talks",
	} {
		q := Parse(text)
		if err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, _ float64) {
			for _, d := range sc.tdocs {
				want, twice := wantDocScore(ix, sc, &q, d, sc.namesTitle(ix.titleTerms[d], sc.docMask[d]))
				multi += twice
				if got := sc.docScore[d]; got != want {
					t.Errorf("%q: D(%s): got %v, want %v", text, ix.docs[d].Path, got, want)
				}
				checked++
			}
		}); err != nil {
			t.Fatal(err)
		}
	}
	if checked == 0 || multi == 0 {
		t.Errorf("documents checked: %d, with a word held by two terms: %d; want some of each", checked, multi)
	}
}

// wantDocScore works out document d's relevance D(d) from its definition,
// apart from scoreDocs: per question word, the best over the terms of it d
// holds of the term's share of weight that is not its sentence idf times
// its document idf (titleNamedWeight times for a term in named), summed in
// the order of the words. twice counts the words d holds by two terms or
// more.
func wantDocScore(ix *Index, sc *scratch, q *Question, d int32, named termMask) (want float64, twice int) {
	var best [maxQueryWords]float64
	var held [maxQueryWords]int
	for k, tm := range sc.terms {
		if sc.docMask[d]&(1<<k) == 0 {
			continue
		}
		v := tm.w / ix.idf[tm.id] * ix.docIDF[sc.docsWith[k]]
		if named&(1<<k) != 0 {
			v *= titleNamedWeight
		}
		best[tm.word] = max(best[tm.word], v)
		held[tm.word]++
	}
	for w := range q.words {
		if held[w] > 0 {
			want += best[w]
		}
		if held[w] > 1 {
			twice++
		}
	}
	return want, twice
}

// TestContext checks the question terms stage 2 finds next to each
// sentence (contextOf) against their definition: the masks of the sentences
// before and after it in its document, the one before as ref when the
// sentence refers back to it. The documents follow one another, so a
// sentence that opens or closes one must not take the terms of the next
// or of the one before.
func TestContext(t *testing.T) {
	ix := Build([]corpus.Document{
		{Path: "a.txt", Body: "The harbour tariff rose in May.\n\nIt was set by the port board. The harbour tariff fell later."},
		{Path: "b.txt", Body: "A port board meets weekly.\n\nThe tariff board rose in June."},
		{Path: "c.txt", Body: "The harbour opened in 1901."},
	})
	q := Parse("when did the harbour tariff of the port board rise")
	checked, boundary := 0, 0
	if err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, _ float64) {
		for p := int32(0); int(p) < ix.paras; p++ {
			lo, hi := ix.paraSent[p], ix.paraSent[p+1]
			a, b := ix.neighbourhood(p)
			for s := lo; s < hi; s++ {
				st := &ix.sents[s]
				var ref, nb termMask
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
				ref &^= sc.mask[s]
				nb &^= sc.mask[s] | ref
				if gotRef, gotNb := contextOf(sc.mask, s, a, b, st.refers); gotRef != ref || gotNb != nb {
					t.Errorf("contextOf(%q): got %b, %b, want %b, %b", st.text, gotRef, gotNb, ref, nb)
				}
				checked++
				if (s == lo || s+1 == hi) && (s > 0 && sc.mask[s-1] != 0 || int(s)+1 < len(ix.sents) && sc.mask[s+1] != 0) {
					boundary++
				}
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	if checked < 6 || boundary == 0 {
		t.Errorf("sentences checked: %d, at a paragraph's edge next to question terms: %d; want all six and some", checked, boundary)
	}
}

// typeFitAsRead is typeFit as it read before it passed over a phrase
// that cannot raise the best fit ahead of its measure: the measure first,
// then the comparison and the question's words.
func typeFitAsRead(ix *Index, q *Question, sc *scratch, st *sentence) float64 {
	best := 0.0
	counts := q.countsThings()
	for i := range st.phrases {
		ph := &st.phrases[i]
		f := q.fit(ph.kind)
		if counts && f > measureFit && ph.kind == TypeNumber && measureOf(st, ph) != measureOther {
			f = measureFit
		}
		if f <= best || ix.phraseIsQuestion(sc, st, ph) {
			continue
		}
		best = f
	}
	return best
}

// TestTypeFitSkipsMeasures checks that typeFit, which reads a phrase's
// measure only when it may raise the best fit, gives what reading every
// measure first gives, to the bit, on every candidate of the seed
// questions on the embedded documents and of "how many" questions on the
// first 48 SQuAD training articles, where a count meets money and shares.
func TestTypeFitSkipsMeasures(t *testing.T) {
	type set struct {
		ix *Index
		qs []string
	}
	var sets []set
	var seeds []string
	for _, it := range readEval(t, filepath.Join("testdata", "seed-dev.jsonl")) {
		seeds = append(seeds, it.Question)
	}
	sets = append(sets, set{Build(embedded(t)), seeds})
	if docs := squad48Docs(t); docs != nil {
		var many []string
		for _, it := range readEval(t, filepath.Join(squadTrain, "train.jsonl")) {
			if q := strings.ToLower(it.Question); strings.Contains(q, "how many") || strings.Contains(q, "how much") {
				many = append(many, it.Question)
			}
			if len(many) == 300 {
				break
			}
		}
		sets = append(sets, set{Build(docs), many})
	}
	checked, measured := 0, 0
	for _, s := range sets {
		for _, question := range s.qs {
			q := Parse(question)
			err := s.ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, total float64) {
				for _, c := range sc.top {
					st := &s.ix.sents[c.sent]
					got, want := s.ix.typeFit(&q, sc, st), typeFitAsRead(s.ix, &q, sc, st)
					if math.Float64bits(got) != math.Float64bits(want) {
						t.Errorf("%q, sentence %d: typeFit is %v, want %v", question, c.sent, got, want)
					}
					if want == measureFit {
						measured++
					}
					checked++
				}
			})
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if checked < 100 {
		t.Errorf("checked %d candidates, want at least 100", checked)
	}
	t.Logf("checked %d candidates, %d of them fit as a measure", checked, measured)
}

// TestTypeFitMeasureAfterBetter checks the one order the seed questions
// may not meet: a "how many" question asking for a duration, whose date
// phrase fits at strictFit, then an amount of money, which fits at
// measureFit only and must not lower the best fit.
func TestTypeFitMeasureAfterBetter(t *testing.T) {
	q := Parse("How many years did the staff stay?")
	q.Type, q.duration = TypeNumber, true
	if !q.countsThings() {
		t.Fatalf("%+v counts no things", q.words)
	}
	text := "In 1990 it cost $5 a day."
	st := &sentence{text: text, phrases: []phrase{
		{kind: TypeDate, start: 3, end: 7, value: "1990"},
		{kind: TypeNumber, start: 16, end: 18, value: "5"},
	}}
	ix := &Index{}
	for _, tc := range []struct {
		phrases []phrase
		want    float64
	}{
		{st.phrases, strictFit},
		{st.phrases[1:], measureFit},
		{st.phrases[:1], strictFit},
	} {
		s := *st
		s.phrases = tc.phrases
		if got, old := ix.typeFit(&q, nil, &s), typeFitAsRead(ix, &q, nil, &s); got != tc.want || old != tc.want {
			t.Errorf("phrases %v: typeFit %v (as read before %v), want %v", tc.phrases, got, old, tc.want)
		}
	}
}

// TestScoreParagraphsPlain checks stage 1 (scoreParagraphs, whose inner
// loop is addParaPostings, and addParaDocs) against the plain walk of the
// postings it replaced, over real questions: the same paragraphs touched
// in the same order, the same masks and the same BM25 scores to the bit,
// as both add the same numbers in the same order; then the same documents
// in the same order with the same masks, and the same best paragraph
// score; then the same keys (paraKeys) and paragraphs chosen for stage 2.
func TestScoreParagraphsPlain(t *testing.T) {
	checked, skipped, chosen := 0, 0, 0
	asked := eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, _ float64) {
		masks := map[int32]termMask{}
		scores := map[int32]float64{}
		var order []int32
		var siblings termMask
		for k, tm := range sc.terms {
			bit := termMask(1) << k
			if k > 0 && sc.terms[k-1].word != tm.word {
				siblings = 0
			}
			post := ix.paraPost[ix.paraStart[tm.id]:ix.paraStart[tm.id+1]]
			if tm.kind != altOwn && float64(len(post)) > ix.p.altShare*float64(ix.paras) {
				skipped++
				continue
			}
			w := tm.w / ix.idf[tm.id] * ix.paraIDF[tm.id]
			for _, p := range post {
				pm := masks[p.para]
				if pm == 0 {
					order = append(order, p.para)
				}
				masks[p.para] = pm | bit
				if pm&siblings != 0 {
					continue
				}
				tf := float64(p.tf)
				scores[p.para] += w * tf * (paraK1 + 1) / (tf + ix.paraNorm[p.para])
			}
			siblings |= bit
		}
		if !slices.Equal(sc.tparas, order) {
			t.Fatalf("%q: paragraphs touched %v, want %v", text, sc.tparas, order)
		}
		for _, p := range order {
			if sc.paraMask[p] != masks[p] || sc.paraScore[p] != scores[p] {
				t.Errorf("%q: paragraph %d: mask %b, score %v; want %b, %v", text, p, sc.paraMask[p], sc.paraScore[p], masks[p], scores[p])
			}
		}
		checked += len(order)
		// Then their documents (addParaDocs), and the best score.
		docMasks := map[int32]termMask{}
		var docOrder []int32
		bestPara := 0.0
		for _, p := range order {
			d := ix.paraDoc[p]
			if docMasks[d] == 0 {
				docOrder = append(docOrder, d)
			}
			docMasks[d] |= masks[p]
			bestPara = max(bestPara, scores[p])
		}
		if !slices.Equal(sc.tdocs, docOrder) || sc.bestPara != bestPara {
			t.Fatalf("%q: documents touched %v, best paragraph %v; want %v, %v", text, sc.tdocs, sc.bestPara, docOrder, bestPara)
		}
		for _, d := range docOrder {
			if sc.docMask[d] != docMasks[d] {
				t.Errorf("%q: document %d: mask %b, want %b", text, d, sc.docMask[d], docMasks[d])
			}
		}
		// Then the paragraphs stage 2 scores: their keys (paraKeys)
		// and the choice among them.
		if n := ix.p.paragraphs; len(order) > n {
			keys := make([]float64, len(order))
			for i, p := range order {
				keys[i] = scores[p] + ix.p.docw*sc.docScore[ix.paraDoc[p]]
			}
			if !slices.Equal(sc.selKeys, keys) {
				t.Fatalf("%q: keys %v, want %v", text, sc.selKeys, keys)
			}
			if want := selectBestPlain(keys, order, n, nil); !slices.Equal(sc.selParas, want) {
				t.Fatalf("%q: paragraphs chosen %v, want %v", text, sc.selParas, want)
			}
			chosen++
		}
	})
	t.Logf("%d questions, %d paragraphs checked, %d alternative terms passed over, %d choices of paragraphs", asked, checked, skipped, chosen)
	if checked == 0 || chosen == 0 {
		t.Error("no paragraph checked, or no choice among them")
	}
}

// TestRankTopAsHeap checks the candidates stage 2 keeps (bestKeyed over
// every sentence it offers) against the heap it replaced (offerBest, then
// sortBest) over real questions: the same sentences with the same prelims
// in the same order, which the retrieval-rank feature reads.
func TestRankTopAsHeap(t *testing.T) {
	checked, cut := 0, 0
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, _ float64) {
		var h []keyed
		for _, it := range sc.offers {
			h = offerBest(h, topK, it)
		}
		sortBest(h)
		got := make([]keyed, len(sc.top))
		for _, c := range sc.top {
			got[c.row] = keyed{key: c.prelim, id: c.sent}
		}
		if !slices.Equal(got, h) {
			t.Errorf("%q: candidates %v, want %v", text, got, h)
		}
		checked++
		if len(sc.offers) > topK {
			cut++
		}
	})
	t.Logf("%d questions checked, %d with more than %d sentences offered", checked, cut, topK)
	if cut == 0 {
		t.Error("no question offered more sentences than it keeps")
	}
}

// TestWordsOfPlain checks wordsOf, which reads each word's bit off
// wordBit, against the bits shifted out of the terms' words, over the
// masks of every sentence, paragraph and document real questions touch
// and their parts: the same set of words.
func TestWordsOfPlain(t *testing.T) {
	plain := func(sc *scratch, mask termMask) uint32 {
		var words uint32
		for m := mask; m != 0; m &= m - 1 {
			words |= 1 << sc.terms[bits.TrailingZeros64(m)].word
		}
		return words
	}
	checked, multi := 0, 0
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, _ float64) {
		var masks []termMask
		for _, s := range sc.touched {
			masks = append(masks, sc.mask[s], sc.mask[s]&sc.own, sc.mask[s]&^sc.own)
		}
		for _, p := range sc.tparas {
			masks = append(masks, sc.paraMask[p])
		}
		for _, d := range sc.tdocs {
			masks = append(masks, sc.docMask[d])
		}
		for _, m := range masks {
			got, want := sc.wordsOf(m), plain(sc, m)
			if got != want {
				t.Fatalf("%q: wordsOf(%b) = %b, want %b", text, m, got, want)
			}
			if bits.OnesCount32(want) > 1 {
				multi++
			}
			checked++
		}
	})
	if checked == 0 || multi == 0 {
		t.Errorf("masks checked: %d, with two words or more: %d; want some of each", checked, multi)
	}
}

// TestGatherPositionsPlain checks gather's density and bigram weight,
// which mark the terms found (listed) rather than search the list of them,
// against the plain walk that searches it (slices.Contains), to the bit,
// for every candidate of 2,031 training questions.
func TestGatherPositionsPlain(t *testing.T) {
	checked, dense := 0, 0
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, total float64) {
		for i, c := range sc.top {
			f := &sc.facts
			ix.gather(f, q, sc, c, i, total)
			st := &ix.sents[c.sent]
			var pos [maxQueryTerms]int16
			var present []int8
			lo, hi := len(st.terms()), -1
			for p, id := range st.terms() {
				if k := sc.qidx[id] - 1; k >= 0 {
					if f.m&(1<<k) != 0 && !slices.Contains(present, k) {
						present = append(present, k)
					}
					pos[k] = int16(p)
					lo, hi = min(lo, p), max(hi, p)
				}
			}
			density := 0.0
			if len(present) > 1 {
				density = float64(len(present)) / float64(hi-lo+1)
				dense++
			}
			var pairs [maxQueryWords]float64
			var set uint32
			for i, a := range present {
				for _, b := range present[i+1:] {
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
			bigram := 0.0
			for ; set != 0; set &= set - 1 {
				bigram += pairs[bits.TrailingZeros32(set)]
			}
			if math.Float64bits(f.density) != math.Float64bits(density) || math.Float64bits(f.bigram) != math.Float64bits(bigram) {
				t.Fatalf("%q, candidate %d: density %v, bigram %v; want %v, %v", text, i, f.density, f.bigram, density, bigram)
			}
			checked++
		}
	})
	if checked == 0 || dense == 0 {
		t.Errorf("candidates checked: %d, with two terms or more: %d; want some of each", checked, dense)
	}
}

// TestScoreSentencesPlain checks stage 2's scoring, which takes a
// paragraph's neighbourhood at a time and counts the question's terms in a
// loop of its own (scoreSentences, countTerms), against the plain walk of
// one sentence at a time over fresh counts: the sentences scored, in
// their order, and each one's mask, BM25 and in-document weight to the
// bit, for 2,031 training questions.
func TestScoreSentencesPlain(t *testing.T) {
	checked, repeats := 0, 0
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, _ float64) {
		var order []int32
		seen := map[int32]bool{}
		for _, p := range ix.selectParagraphs(sc) {
			a, b := ix.neighbourhood(p)
			for s := a; s < b; s++ {
				if !seen[s] {
					seen[s] = true
					order = append(order, s)
				}
			}
		}
		if !slices.Equal(sc.touched, order) {
			t.Fatalf("%q: sentences scored %v, want %v", text, sc.touched, order)
		}
		for _, s := range order {
			st := &ix.sents[s]
			var m termMask
			var tf [maxQueryTerms]int
			var loc [maxQueryTerms]float32
			for p, id := range st.indexed {
				if k := sc.qidx[id] - 1; k >= 0 {
					if m&(1<<k) != 0 {
						repeats++
					}
					m |= 1 << k
					tf[k]++
					loc[k] = ix.locals[int(ix.scans[s].at)+p]
				}
			}
			norm := ix.p.k1 * (1 - ix.p.b + ix.p.b*float64(st.nterms)/ix.avgLen)
			score, local := 0.0, 0.0
			for mm := m; mm != 0; {
				k := bits.TrailingZeros64(mm)
				mm &^= sc.wordSpan[k]
				tw := sc.terms[k].w
				f := float64(tf[k])
				w := tw * (1 - ix.p.localIDF + ix.p.localIDF*float64(loc[k]))
				score += w * f * (ix.p.k1 + 1) / (f + norm)
				local += tw * float64(loc[k])
			}
			if sc.mask[s] != m || sc.score[s] != score || sc.local[s] != local {
				t.Fatalf("%q: sentence %d: mask %b, score %v, local %v; want %b, %v, %v", text, s, sc.mask[s], sc.score[s], sc.local[s], m, score, local)
			}
			checked++
		}
	})
	t.Logf("%d sentences checked, %d repeated terms", checked, repeats)
	if checked == 0 || repeats == 0 {
		t.Errorf("sentences checked: %d, repeated terms: %d; want some of each", checked, repeats)
	}
}

// TestNeighbourhoodPlain compares neighbourhood, which finds a
// paragraph's document's sentences by their bounds (docSent), with its
// definition, read off the sentences' documents: the paragraph's
// sentences, with the one before and the one after when they are of its
// document; and checks that a paragraph's sentences are of its document
// (paraDoc), which rank reads for theirs, and that each sentence is
// within its document's bounds (docSent), which gather reads for its
// neighbours. In built indexes and in ones read back from their
// snapshots.
func TestNeighbourhoodPlain(t *testing.T) {
	checked, widened := 0, 0
	for _, docs := range testCorpora(t, false) {
		for _, ix := range builtAndBack(t, docs) {
			for s := range int32(len(ix.sents)) {
				d := ix.sents[s].doc
				if s < ix.docSent[d] || s >= ix.docSent[d+1] {
					t.Fatalf("sentence %d of document %d: got the document's sentences %d to %d, want them to hold it", s, d, ix.docSent[d], ix.docSent[d+1])
				}
			}
			for p := range int32(ix.paras) {
				lo, hi := ix.paraSent[p], ix.paraSent[p+1]
				for s := lo; s < hi; s++ {
					if got, want := ix.paraDoc[p], ix.sents[s].doc; got != want {
						t.Fatalf("paragraph %d's document: got %d, want %d, sentence %d's", p, got, want, s)
					}
				}
				a, b := lo, hi
				if a > 0 && ix.sents[a-1].doc == ix.paraDoc[p] {
					a--
				}
				if int(b) < len(ix.sents) && ix.sents[b].doc == ix.paraDoc[p] {
					b++
				}
				if ga, gb := ix.neighbourhood(p); ga != a || gb != b {
					t.Fatalf("neighbourhood of paragraph %d: got %d to %d, want %d to %d", p, ga, gb, a, b)
				}
				if b-a > hi-lo {
					widened++
				}
				checked++
			}
		}
	}
	if checked < 1000 || widened == 0 {
		t.Errorf("checked %d paragraphs, %d widened; want at least 1,000 and some widened", checked, widened)
	}
}

// TestInPlaceTermReads checks the reads of a term's entry in the
// scratch's per-term tables with no bound check (qidxAt in stage 2,
// gather and markCues, cueSetAt in cueEvidence, cueAt and cueSet in
// markCue; TestMarkCuesPlain checks the last two), against the tables indexed plainly:
// every term of every sentence the questions' stage 2 scored gives the
// same byte of qidx and word of cueSet both ways, and every term id of the
// index (its sentences' terms, its titles') is below the length the
// scratch's tables were made with, which the reads rely on. It fails with
// a read one entry off, or with tables made for one term fewer.
func TestInPlaceTermReads(t *testing.T) {
	docs, questions := trainQuestions(t, []string{"seeds", "handbook"}, 200)
	ix := Build(docs)
	sc := ix.scratch.Get()
	nterms := len(ix.idf)
	if len(sc.qidx) < nterms || len(sc.cueSet)*64 < nterms || len(sc.cueAt) < nterms {
		t.Fatalf("scratch tables for %d, %d and %d terms, want %d", len(sc.qidx), len(sc.cueSet)*64, len(sc.cueAt), nterms)
	}
	ix.scratch.Put(sc)
	for _, id := range ix.termIDs {
		if id < 0 || int(id) >= nterms {
			t.Fatalf("sentence term %d out of [0, %d)", id, nterms)
		}
	}
	for _, tt := range ix.titleTerms {
		for _, id := range tt {
			if id < 0 || int(id) >= nterms {
				t.Fatalf("title term %d out of [0, %d)", id, nterms)
			}
		}
	}
	read, hits, cued := 0, 0, 0
	for _, text := range questions {
		q := Parse(text)
		if err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, _ float64) {
			qidx, cueSet := unsafe.Pointer(unsafe.SliceData(sc.qidx)), unsafe.Pointer(unsafe.SliceData(sc.cueSet))
			for _, s := range sc.touched {
				for _, id := range ix.sents[s].indexed {
					if got, want := qidxAt(qidx, id), sc.qidx[id]; got != want {
						t.Fatalf("%q: term %d: qidxAt gives %d, want %d", text, id, got, want)
					}
					if got, want := cueSetAt(cueSet, id), sc.cueSet[id/64]; got != want {
						t.Fatalf("%q: term %d: cueSetAt gives %x, want %x", text, id, got, want)
					}
					read++
					if sc.qidx[id] != 0 {
						hits++
					}
					if sc.cueSet[id/64]&(1<<(id%64)) != 0 {
						cued++
					}
				}
			}
		}); err != nil {
			t.Fatal(err)
		}
	}
	if read == 0 || hits == 0 || cued == 0 {
		t.Errorf("terms read: %d, question terms among them: %d, cued: %d; want some of each", read, hits, cued)
	}
}

// TestMarkCuesPlain checks markCues, which reads qidx and reads and
// writes cueAt and cueSet in place (markCue), against a plain walk of the
// same cues kept in a map, over real questions: the same terms cued in
// the same order, each with the same entry, its place in cueAt and its
// bit in cueSet, and no other bit set. Each word's own terms and every
// third cue's term are marked as question terms first, which markCues
// passes over. It fails with qidx, cueAt or cueSet read one entry off.
func TestMarkCuesPlain(t *testing.T) {
	docs, questions := trainQuestions(t, []string{"seeds", "handbook"}, 200)
	ix := Build(docs)
	nterms := len(ix.idf)
	checked, passed := 0, 0
	for _, text := range questions {
		q := Parse(text)
		found := make([]*wordTerms, len(q.words))
		asked := map[int32]bool{}
		sc := newScratch(1, 1, 1, nterms)
		n := 0
		for i := range q.words {
			if q.words[i].exclude {
				continue
			}
			wt := ix.lookupWord(&q.words[i])
			found[i] = wt
			for _, r := range ix.ownTerms(wt) {
				asked[r.id()] = true
			}
			for _, r := range ix.cuesOf(wt) {
				if n++; n%3 == 0 {
					asked[r.id] = true
				}
			}
		}
		for id := range asked {
			sc.qidx[id] = 1
		}
		want := map[int32]*termCue{}
		var order []int32
		entry := func(id int32) *termCue {
			if c, ok := want[id]; ok {
				return c
			}
			order = append(order, id)
			want[id] = &termCue{}
			return want[id]
		}
		for i, wt := range found {
			if wt == nil {
				continue
			}
			for _, r := range ix.cuesOf(wt) {
				if asked[r.id] {
					passed++
					continue
				}
				if c := entry(r.id); r.score > c.word {
					c.word, c.wordIndex = r.score, int8(i)
				}
			}
		}
		for _, r := range ix.typeCues(q.Type) {
			if asked[r.id] {
				passed++
				continue
			}
			c := entry(r.id)
			c.typ = max(c.typ, r.score)
		}
		ix.markCues(&q, sc, found)
		if !slices.Equal(sc.cueIDs, order) {
			t.Fatalf("%q: terms cued %v, want %v", text, sc.cueIDs, order)
		}
		for k, id := range order {
			if sc.cueAt[id] != uint32(k+1) || sc.cues[k] != *want[id] || sc.cueSet[id/64]&(1<<(id%64)) == 0 {
				t.Fatalf("%q: term %d: place %d, entry %+v, bit %v; want %d, %+v, set", text, id, sc.cueAt[id], sc.cues[k], sc.cueSet[id/64]&(1<<(id%64)) != 0, k+1, *want[id])
			}
		}
		set := 0
		for _, w := range sc.cueSet {
			set += bits.OnesCount64(w)
		}
		if set != len(order) {
			t.Fatalf("%q: %d bits set in cueSet, want %d", text, set, len(order))
		}
		checked += len(order)
	}
	t.Logf("%d questions, %d cued terms checked, %d question terms passed over", len(questions), checked, passed)
	if checked == 0 || passed == 0 {
		t.Error("no cue checked, or none passed over")
	}
}

// TestParaTablesInPlace checks what stage 1's in-place reads of the
// paragraphs' masks, scores and norms (paraTables, addParaPostings,
// addFirstPostings), of their documents' masks (addParaDocs) and of the
// paragraphs' documents and scores and the documents' scores (paraKeys)
// rely on: every posting's paragraph is below the count of paragraphs,
// which is the length of the scratch's masks and scores and of the
// index's norms and documents, every paragraph's document below the count
// of documents, the length of the scratch's document masks and scores,
// and paraTables, addParaDocs and paraKeys refuse tables of unequal
// lengths, freshRoom room for fewer paragraphs than postings. It fails with a scratch made for one paragraph or document
// fewer, or a check of the lengths dropped.
func TestParaTablesInPlace(t *testing.T) {
	ix := Build(embedded(t))
	for _, pp := range ix.paraPost {
		if pp.para < 0 || int(pp.para) >= ix.paras {
			t.Fatalf("posting paragraph %d out of [0, %d)", pp.para, ix.paras)
		}
	}
	sc := ix.scratch.Get()
	defer ix.scratch.Put(sc)
	if len(sc.paraMask) != ix.paras || len(sc.paraScore) != ix.paras || len(ix.paraNorm) != ix.paras || len(ix.paraDoc) != ix.paras {
		t.Fatalf("paragraph tables of %d masks, %d scores, %d norms and %d documents, want %d each", len(sc.paraMask), len(sc.paraScore), len(ix.paraNorm), len(ix.paraDoc), ix.paras)
	}
	if len(sc.docMask) != len(ix.docs) || len(sc.docScore) != len(ix.docs) {
		t.Fatalf("%d document masks and %d scores, want %d each", len(sc.docMask), len(sc.docScore), len(ix.docs))
	}
	for p, d := range ix.paraDoc {
		if d < 0 || int(d) >= len(ix.docs) {
			t.Fatalf("paragraph %d: document %d out of [0, %d)", p, d, len(ix.docs))
		}
	}
	for _, n := range [][2]int{{3, 4}, {4, 3}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("addParaDocs with %d paragraph masks and %d scores for 4 paragraphs: no panic, want one", n[0], n[1])
				}
			}()
			addParaDocs(nil, make([]int32, 4), make([]termMask, n[0]), make([]float64, n[1]), make([]termMask, 1), nil, 0)
		}()
	}
	for _, n := range [][2]int{{3, 4}, {4, 3}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("paraKeys with %d paragraph scores and %d heading scores for 4 paragraphs: no panic, want one", n[0], n[1])
				}
			}()
			paraKeys(nil, nil, make([]int32, 4), make([]float64, n[0]), make([]float64, n[1]), make([]float64, 1), 1)
		}()
	}
	for _, tt := range []struct{ masks, scores, heads, norms int }{{4, 3, 4, 4}, {4, 4, 3, 4}, {4, 4, 4, 3}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("paraTables with %d masks, %d scores, %d heading scores and %d norms: no panic, want one", tt.masks, tt.scores, tt.heads, tt.norms)
				}
			}()
			paraTables(make([]termMask, tt.masks), make([]float64, tt.scores), make([]float64, tt.heads), make([]float64, tt.norms))
		}()
	}
	// The postings loops write fresh paragraphs in place: room for one
	// fewer than the postings is refused, room for as many is not.
	post := make([]paraPosting, 4)
	for room := 3; room <= 4; room++ {
		func() {
			defer func() {
				if got := recover() != nil; got != (room < len(post)) {
					t.Errorf("freshRoom with room for %d paragraphs for %d postings: panic %v, want %v", room, len(post), got, !got)
				}
			}()
			freshRoom(make([]int32, room), post)
		}()
	}
}

// TestRankOffersPlain checks the sentences stage 2 offers (sc.offers) and
// their prelims against the plain sum, each term read where it is held,
// over real questions: the same sentences in the same order, each prelim
// to the bit. rank reads a paragraph's and its document's terms once a
// paragraph.
func TestRankOffersPlain(t *testing.T) {
	offered, withContext := 0, 0
	asked := eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, _ float64) {
		sel := sc.tparas
		if len(sc.tparas) > ix.p.paragraphs {
			sel = sc.selParas
		}
		var want []keyed
		for _, p := range sel {
			a, b := ix.neighbourhood(p)
			doc := ix.paraDoc[p]
			for s := ix.paraSent[p]; s < ix.paraSent[p+1]; s++ {
				nf := ix.scans[s].nf
				if nf&scanAnswer == 0 || nf&scanRelease != 0 && q.Type != TypeDate || sc.mask[s] == 0 && sc.paraMask[p] == 0 {
					continue
				}
				m := sc.mask[s]
				ref, nb := contextOf(sc.mask, s, a, b, nf&scanRefers != 0)
				pm := sc.paraMask[p] &^ (m | nb | ref)
				if ref|nb|pm != 0 {
					withContext++
				}
				score := sc.score[s] + ix.p.passage*sc.paraScore[p] + ix.p.docw*sc.docScore[doc] +
					ix.p.coref*sc.massOf(ref) + ix.p.neighbour*sc.massOf(nb) + ix.p.paragraph*sc.massOf(pm)
				want = append(want, keyed{key: score, id: s})
			}
		}
		// bestKeyed partitions the offers in place: compared by sentence.
		got := slices.Clone(sc.offers)
		slices.SortFunc(got, func(a, b keyed) int { return cmp.Compare(a.id, b.id) })
		slices.SortFunc(want, func(a, b keyed) int { return cmp.Compare(a.id, b.id) })
		if len(got) != len(want) {
			t.Fatalf("%q: %d sentences offered, want %d", text, len(got), len(want))
		}
		for i, w := range want {
			if g := got[i]; g.id != w.id || math.Float64bits(g.key) != math.Float64bits(w.key) {
				t.Fatalf("%q: offer %d is sentence %d with prelim %v, want %d with %v", text, i, g.id, g.key, w.id, w.key)
			}
		}
		offered += len(want)
	})
	t.Logf("%d questions, %d sentences offered, %d with context terms", asked, offered, withContext)
	if offered == 0 || withContext == 0 {
		t.Error("no sentence offered, or none with context terms")
	}
}

// eachTrainCandidates builds an index of the seeds and handbook sets and
// calls fn with the candidates (withCandidates) of each of their first 50
// training questions, failing the test when one cannot be answered. It
// returns the number of questions asked.
func eachTrainCandidates(t *testing.T, fn func(ix *Index, q *Question, text string, sc *scratch, total float64)) (asked int) {
	t.Helper()
	docs, questions := trainQuestions(t, []string{"seeds", "handbook"}, 50)
	ix := Build(docs)
	for _, text := range questions {
		q := Parse(text)
		if err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, total float64) { fn(ix, &q, text, sc, total) }); err != nil {
			t.Fatal(err)
		}
	}
	return len(questions)
}

// TestCountsFocusPlain checks countsFocus, which reads a unit term's
// quantities (Index.quantities, a map) only for a question that asks for a
// quantity, against countsFocus as first written (the map read for every
// term after a number) on every candidate of the seeds' and handbook's
// training questions: the same phrase, or none; and that some of them
// found a phrase through a question of no quantity (focus alone), so that
// the check is not empty.
func TestCountsFocusPlain(t *testing.T) {
	plain := func(ix *Index, q *Question, sc *scratch, st *sentence) *phrase {
		if q.Type != TypeNumber || q.focus < 0 && q.quantities == 0 {
			return nil
		}
		for i := range st.phrases {
			ph := &st.phrases[i]
			if ph.kind != TypeNumber {
				continue
			}
			if q.shape.age && ageBoundAt(st.text[ph.start:]) {
				return ph
			}
			dim, read := "", false
			if q.quantities&quantitySpeed != 0 {
				if _, dim = figureQuantity(st.text, int(ph.start)); dim == dimensionSpeed {
					return ph
				}
				read = true
			}
			for p := int(ph.pe); p < len(st.terms()) && p <= int(ph.pe)+1; p++ {
				id := st.terms()[p]
				if q.quantities&ix.quantities[id] != 0 {
					if !read {
						_, dim = figureQuantity(st.text, int(ph.start))
						read = true
					}
					if !q.otherDimension(dim) {
						return ph
					}
				}
				if k := sc.qidx[id] - 1; k >= 0 && sc.terms[k].word == q.focus {
					return ph
				}
			}
		}
		return nil
	}
	checked, found, focusOnly := 0, 0, 0
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, total float64) {
		for i, c := range sc.top {
			st := &ix.sents[c.sent]
			got, want := ix.countsFocus(q, sc, st), plain(ix, q, sc, st)
			if got != want {
				t.Fatalf("%q: candidate %d: countsFocus got %v, want %v", text, i, got, want)
			}
			checked++
			if got != nil {
				found++
				if q.quantities == 0 {
					focusOnly++
				}
			}
		}
	})
	if found == 0 || focusOnly == 0 {
		t.Errorf("checked %d candidates, %d phrases found, %d by a question of no quantity: want some of each", checked, found, focusOnly)
	}
	t.Logf("checked %d candidates, %d phrases found, %d by a question of no quantity", checked, found, focusOnly)
}

// TestScoreDocsFoldersOnce checks the folder words scoreDocs works out
// once a question (sc.folders), which markingNames and the missing share
// read, against folderWords asked again, and that each touched document's
// docMask holds the folder words of its folders (inFolders asked again),
// on the training questions of the corpora sorted into folders by
// project.
func TestScoreDocsFoldersOnce(t *testing.T) {
	withFolders, docs := 0, 0
	for _, set := range []string{"oss18", "docs36", "ops", "lab28", "ground32"} {
		loaded, _, err := corpus.Load(filepath.Join("testdata", set, "corpus"))
		if err != nil {
			t.Fatalf("corpus.Load(%s): %v", set, err)
		}
		ix := Build(loaded)
		for _, it := range readEval(t, filepath.Join("testdata", set, "train.jsonl")) {
			q := Parse(it.Question)
			if err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, _ float64) {
				folders := ix.folderWords(&q, sc)
				if !sc.foldersSet || sc.folders != folders {
					t.Fatalf("%s %q: scoreDocs set folders %b (set %v), want %b", set, it.Question, sc.folders, sc.foldersSet, folders)
				}
				if folders == 0 {
					return
				}
				withFolders++
				for _, d := range sc.tdocs {
					if in := ix.inFolders(sc, folders, d); sc.docMask[d]&in != in {
						t.Fatalf("%s %q: document %s holds %b, want the folder words %b in it", set, it.Question, ix.docs[d].Path, sc.docMask[d], in)
					}
					docs++
				}
				ix.markingNames(&q, sc)
				if sc.folderNames != folders {
					t.Fatalf("%s %q: markingNames set folder names %b, want %b", set, it.Question, sc.folderNames, folders)
				}
			}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if withFolders < 5 {
		t.Errorf("%d questions with a folder word (%d documents), want at least 5", withFolders, docs)
	}
	t.Logf("%d questions with a folder word, %d documents", withFolders, docs)
}

// TestBestDocPlain checks rank's best document score, found by a plain
// comparison in a local, against max over the documents the question
// touched, on the seeds' and handbook's training questions: got
// sc.bestDoc, want the largest sc.docScore of sc.tdocs (0 for none).
func TestBestDocPlain(t *testing.T) {
	positive := 0
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, _ float64) {
		want := 0.0
		for _, d := range sc.tdocs {
			want = max(want, sc.docScore[d])
		}
		if sc.bestDoc != want {
			t.Fatalf("%q: best document score %v, want %v", text, sc.bestDoc, want)
		}
		if want > 0 {
			positive++
		}
	})
	if positive == 0 {
		t.Error("got no question with a document score above 0, want some")
	}
}

// TestNamesTitle checks which documents' relevance D(d) counts the
// question's words titleNamedWeight times: those whose whole title the
// question's own words spell (the beatles of "The Beatles"), not those
// whose title it names in part ("great" of "The Great Gatsby") or through
// an alternative only ("car" for "Automobile"); and that D(d) is the sum
// TestScoreDocs reads with the title's words so weighted.
func TestNamesTitle(t *testing.T) {
	// Many more paragraphs, so that the automobile's two (its title and
	// its text) are within the share of paragraphs an alternative may be
	// found in (altShare) and "car" finds them.
	docs := []corpus.Document{
		{Path: "the_beatles.txt", Title: "The Beatles", Body: "The Beatles were an English rock band formed in Liverpool in 1960.\n\nTheir line-up was John Lennon, Paul McCartney, George Harrison and Ringo Starr."},
		{Path: "measles.txt", Title: "Measles", Body: "Measles is caused by the measles virus, a member of the genus Morbillivirus."},
		{Path: "gatsby.txt", Title: "The Great Gatsby", Body: "The Great Gatsby is a 1925 novel. Its parties are great."},
		{Path: "automobile.txt", Title: "Automobile", Body: "An automobile has an engine and four wheels."},
	}
	for i := range 120 {
		docs = append(docs, corpus.Document{Path: fmt.Sprintf("day%d.txt", i), Body: fmt.Sprintf("The weather on day %d was mild.", i)})
	}
	ix := Build(docs)
	tests := []struct {
		question string
		named    []string // the documents whose title the question names
	}{
		{"who were the members of the beatles", []string{"the_beatles.txt"}},
		{"measles members", []string{"measles.txt"}},
		{"great parties", nil},
		{"the great gatsby parties", []string{"gatsby.txt"}},
		{"car engine wheels", nil},
		{"automobile engine", []string{"automobile.txt"}},
	}
	for _, tc := range tests {
		q := Parse(tc.question)
		seen := 0
		if err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, _ float64) {
			for _, d := range sc.tdocs {
				path := ix.docs[d].Path
				named := sc.namesTitle(ix.titleTerms[d], sc.docMask[d])
				if got, want := named != 0, slices.Contains(tc.named, path); got != want {
					t.Errorf("%q: %s named by the question: got %v, want %v", tc.question, path, got, want)
				}
				want, _ := wantDocScore(ix, sc, &q, d, named)
				if got := sc.docScore[d]; got != want {
					t.Errorf("%q: D(%s): got %v, want %v", tc.question, path, got, want)
				}
				seen++
			}
		}); err != nil {
			t.Fatal(err)
		}
		if seen == 0 {
			t.Errorf("%q: no document touched", tc.question)
		}
	}
}
