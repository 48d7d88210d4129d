package qa

import (
	"reflect"
	"slices"
	"testing"
)

// TestSpanTokenCacheMatchesFresh: the span tokens a scratch remembers,
// with what each question changes of them (spanTokens), are those worked
// out anew for the question by a scratch that remembers nothing, field by
// field, whether the sentence's slot was empty, held the sentence read for
// another question, or held another sentence; the parts of speech a
// question looked up aside, which a token remembered may already know.
func TestSpanTokenCacheMatchesFresh(t *testing.T) {
	ix := Build(embedded(t))
	sc, fresh := ix.scratch.Get(), ix.scratch.Get()
	defer ix.scratch.Put(sc)
	defer ix.scratch.Put(fresh)
	compared, hits := 0, 0
	// Every question reads each sentence in turn, and then the first
	// reads it again: the first read finds the slot holding another
	// sentence, each later one the tokens the question before left there.
	questions := append(slices.Clone(spanWeighQuestions), spanWeighQuestions[0])
	for s := range len(ix.sents) {
		for _, question := range questions {
			q := Parse(question)
			total, _ := ix.resolve(&q, sc)
			f := newSpanFacts(ix, &q, sc, &sc.span, total)
			k := int32(s) & (spanTokenSlots - 1)
			if sc.spanToks.ids[k] == int32(s)+1 {
				hits++
			}
			var got, want spanWork
			f.w = &got
			ix.spanTokens(&f, &got, int32(s))
			fresh.spanToks = spanTokenCache{}
			ftotal, _ := ix.resolve(&q, fresh)
			ff := newSpanFacts(ix, &q, fresh, &fresh.span, ftotal)
			ff.w = &want
			ix.spanTokens(&ff, &want, int32(s))
			fresh.reset(ix)
			for _, w := range []*spanWork{&got, &want} {
				for i := range w.toks {
					w.toks[i].pos, w.toks[i].posKnown = 0, false
				}
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
