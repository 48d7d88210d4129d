package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestParaphrasesReadApart checks that paraphrases marks two candidates
// of two documents that share most of their words as saying the same, and
// sorts the words of no candidate whose document every other candidate
// shares: such a one is compared with none.
func TestParaphrasesReadApart(t *testing.T) {
	ix := Build([]corpus.Document{
		{Path: "a.md", Title: "Chips", Body: "China on Sunday announced two investigations targeting the US semiconductor sector.\n\nThe ministry gave no reason for the investigations.\n"},
		{Path: "b.md", Title: "Trade", Body: "China announced two investigations into the US semiconductor sector on Sunday.\n"},
	})
	q := Parse("why did china announce investigations")
	if q.Type != TypeReason {
		t.Fatalf("type of %q: got %v, want reason", "why did china announce investigations", q.Type)
	}
	for _, tt := range []struct {
		name  string
		sents []int32
		same  []uint64 // sameAs by row
		words []int    // the number of words sorted, by candidate
	}{
		// Sentences 1 and 2 of the first document, 4 of the second.
		{"two documents", []int32{1, 2, 4}, []uint64{1 << 2, 0, 1 << 0}, []int{8, 4, 7}},
		{"one document", []int32{1, 2}, []uint64{0, 0}, []int{0, 0}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sc := ix.scratch.Get()
			defer func() {
				sc.reset(ix)
				ix.scratch.Put(sc)
			}()
			for i, s := range tt.sents {
				sc.top = append(sc.top, cand{sent: s, row: int32(i)})
			}
			ix.agreement(&q, sc)
			ix.paraphrases(&q, sc)
			ix.fillAgreement(sc)
			for i := range tt.sents {
				if sc.sameAs[i] != tt.same[i] {
					t.Errorf("sameAs of %q: got %b, want %b", ix.sents[tt.sents[i]].text, sc.sameAs[i], tt.same[i])
				}
				if got := len(sc.words[i]); got != tt.words[i] {
					t.Errorf("words sorted of %q: got %d, want %d", ix.sents[tt.sents[i]].text, got, tt.words[i])
				}
			}
		})
	}
}

// TestSameValueOrder checks that sameValue lists the same documents,
// the first maxAlso by path of those stating the answer's value, in
// whatever order stage 2 scored their sentences (sc.touched): stage 1 may
// hand its paragraphs on in any order (selectParagraphs).
func TestSameValueOrder(t *testing.T) {
	var docs []corpus.Document
	for _, name := range []string{"h", "c", "a", "g", "e", "b", "f", "d"} {
		docs = append(docs, corpus.Document{Path: name + ".md", Title: name, Body: "The filing deadline for the permit is September 17.\n"})
	}
	ix := Build(docs)
	q := Parse("when is the filing deadline for the permit")
	sc := ix.scratch.Get()
	defer func() {
		sc.reset(ix)
		ix.scratch.Put(sc)
	}()
	total, _ := ix.resolve(&q, sc)
	ix.rank(&q, sc)
	// The first sentence scored that states the date, as the answer.
	var st *sentence
	var span *phrase
	for _, s := range sc.touched {
		for i, ph := range ix.sents[s].phrases {
			if ph.value != "" && ph.kind == TypeDate && span == nil {
				st, span = &ix.sents[s], &ix.sents[s].phrases[i]
			}
		}
	}
	if span == nil {
		t.Fatalf("no date phrase among the %d sentences scored", len(sc.touched))
	}
	// The other documents, first by path, but the best one's.
	var want []string
	for _, p := range []string{"a.md", "b.md", "c.md", "d.md", "e.md", "f.md", "g.md", "h.md"} {
		if p != ix.docs[st.doc].Path && len(want) < maxAlso {
			want = append(want, p)
		}
	}
	orders := map[string][]int32{"scored": slices.Clone(sc.touched), "reversed": slices.Clone(sc.touched)}
	slices.Reverse(orders["reversed"])
	rot := slices.Clone(sc.touched)
	orders["rotated"] = append(rot[3:], rot[:3]...)
	for name, order := range orders {
		sc.touched = append(sc.touched[:0], order...)
		var a Answer
		ix.sameValue(sc, st.doc, span, total, &a)
		var got []string
		for _, s := range a.Also {
			got = append(got, s.Path)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s order: got Also %v, want %v", name, got, want)
		}
	}
}

// TestNameAgreement checks that for a who or where question the best
// candidates of two documents whose answer spans give the same name by
// the same question words agree (Agrees and Same), and lend their
// confidence; that a name standing only by another name the question
// asks about ("who owns Vantor") does not, nor a name given by
// one document twice.
func TestNameAgreement(t *testing.T) {
	for _, tt := range []struct {
		name, question string
		bodies         []string
		agree          bool
	}{
		{"the same host by the same words", "who is hosting the trade talks", []string{
			"On Sunday Pedro Alvarez is hosting the trade talks in Madrid.",
			"The trade talks, hosted by Pedro Alvarez, open on Sunday.",
			"Farm ministers met separately to discuss grain.",
		}, true},
		{"the same name by the asked name only", "who owns vantor", []string{
			"Vantor signed a supply deal with Norvex last spring.",
			"Analysts said Vantor and Norvex may merge their units.",
			"Farm ministers met separately to discuss grain.",
		}, false},
		{"one document twice", "who is hosting the trade talks", []string{
			"On Sunday Pedro Alvarez is hosting the trade talks in Madrid. The trade talks, hosted by Pedro Alvarez, open on Sunday.",
			"Farm ministers met separately to discuss grain.",
		}, false},
	} {
		var docs []corpus.Document
		for i, b := range tt.bodies {
			docs = append(docs, corpus.Document{Path: string(rune('a'+i)) + ".txt", Body: b})
		}
		cands, err := Build(docs).Candidates(context.Background(), Parse(tt.question))
		if err != nil || len(cands) < 2 {
			t.Fatalf("%s: Candidates: %v, %d candidates, want 2 or more", tt.name, err, len(cands))
		}
		// The other sentence that names someone: the best candidate but
		// the winner that is not the farm ministers'.
		win, other := cands[0], -1
		for _, c := range cands[1:] {
			if !strings.Contains(c.Sentence, "Farm") {
				other = c.Row
				break
			}
		}
		got := other >= 0 && win.Agrees&(1<<other) != 0 && win.Same&(1<<other) != 0
		if got != tt.agree {
			t.Errorf("%s: winner %q agrees with row %d: got %v, want %v (Agrees %b, Same %b)", tt.name, win.Sentence, other, got, tt.agree, win.Agrees, win.Same)
		}
		if tt.agree && !(win.Confidence > win.OwnConfidence) {
			t.Errorf("%s: confidence %v, want more than its own %v: the agreeing candidate lends it", tt.name, win.Confidence, win.OwnConfidence)
		}
	}
}

// TestAgreesPlain checks agrees and paraphrased, which judge a candidate's
// phrases of the asked type and sort its words only when a pair first
// needs them, against agreement and paraphrases as first written (every
// candidate's phrases judged in rerank, then every pair of them from two
// documents compared; every pair of the first MaxAgreeing+1 of two
// documents compared) on every pair of candidates of the seeds' and the
// handbook's training questions, in both orders, asked pair by pair as an
// answer asks and then through fillAgreement's whole masks; and that some
// pairs agree and some paraphrase, so that the check is not empty.
func TestAgreesPlain(t *testing.T) {
	plain := func(ix *Index, q *Question, sc *scratch) []uint64 {
		masks := make([]uint64, len(sc.top))
		copy(masks, sc.agreeWith) // nameAgreement's pairs
		switch q.Type {
		case TypeDate, TypeTime, TypeNumber:
		default:
			return masks
		}
		type value struct {
			row   int32
			doc   int32
			kind  AnswerType
			value string
		}
		var vs []value
		for _, c := range sc.top {
			st := &ix.sents[c.sent]
			for k := range st.phrases {
				ph := &st.phrases[k]
				if q.fit(ph.kind) >= strictFit && ph.value != "" &&
					(ph.kind != TypeNumber || strings.ContainsAny(st.text[ph.start:ph.end], "0123456789")) &&
					!ix.phraseIsQuestion(sc, st, ph) {
					vs = append(vs, value{row: c.row, doc: st.doc, kind: ph.kind, value: ph.value})
				}
			}
		}
		for a, x := range vs {
			for _, y := range vs[a+1:] {
				if x.doc != y.doc && x.kind == y.kind && x.value == y.value {
					masks[x.row] |= 1 << y.row
					masks[y.row] |= 1 << x.row
				}
			}
		}
		return masks
	}
	plainParaphrases := func(ix *Index, q *Question, sc *scratch) []uint64 {
		masks := make([]uint64, len(sc.top))
		if q.Type == TypeDate || q.Type == TypeTime || q.Type == TypeNumber {
			return masks
		}
		n := min(len(sc.top), MaxAgreeing+1)
		for i := range n {
			for j := i + 1; j < n; j++ {
				a, b := sc.top[i], sc.top[j]
				if ix.sents[a.sent].doc != ix.sents[b.sent].doc &&
					sharesMost(ix.versionWords(nil, ix.sents[a.sent].terms()), ix.versionWords(nil, ix.sents[b.sent].terms())) {
					masks[a.row] |= 1 << b.row
					masks[b.row] |= 1 << a.row
				}
			}
		}
		return masks
	}
	pairs, agreeing, paraphrasing := 0, 0, 0
	eachTrainCandidates(t, func(ix *Index, q *Question, text string, sc *scratch, total float64) {
		want, para := plain(ix, q, sc), plainParaphrases(ix, q, sc)
		// Pair by pair, the later candidates first, so that a
		// candidate's phrases are judged in another order than rerank's.
		for i := len(sc.top) - 1; i >= 0; i-- {
			for j := range sc.top {
				a, b := sc.top[i], sc.top[j]
				if got := ix.agrees(sc, a, b); got != (want[a.row]&(1<<b.row) != 0) {
					t.Fatalf("%q: candidates %d and %d: agrees got %v, want %v", text, i, j, got, !got)
				}
				if got := ix.paraphrased(sc, a, b); got != (para[a.row]&(1<<b.row) != 0) {
					t.Fatalf("%q: candidates %d and %d: paraphrased got %v, want %v", text, i, j, got, !got)
				}
				pairs++
				if want[a.row]&(1<<b.row) != 0 {
					agreeing++
				}
				if para[a.row]&(1<<b.row) != 0 {
					paraphrasing++
				}
			}
		}
		same := slices.Clone(sc.sameAs)
		ix.fillAgreement(sc)
		for _, c := range sc.top {
			if got := sc.agreeWith[c.row]; got != want[c.row] {
				t.Fatalf("%q: row %d: fillAgreement's agreeWith got %b, want %b", text, c.row, got, want[c.row])
			}
			if w := same[c.row] | want[c.row] | para[c.row]; sc.sameAs[c.row] != w {
				t.Fatalf("%q: row %d: fillAgreement's sameAs got %b, want %b", text, c.row, sc.sameAs[c.row], w)
			}
		}
	})
	t.Logf("%d pairs, %d agreeing, %d paraphrasing", pairs, agreeing, paraphrasing)
	if agreeing == 0 || paraphrasing == 0 {
		t.Error("no pair of candidates agrees or none paraphrases")
	}
}
