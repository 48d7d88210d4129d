package qa

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// reuseQuestions are questions of every length and shape parsed one after
// another in the same slices: long ones before short ones, so that a short
// one is written over a long one's tokens, words and terms.
var reuseQuestions = []string{
	"besides the Shanghai Stock Exchange, what other exchange did the company list on in the year after the merger with its largest rival was announced",
	"who",
	"",
	"when did the talks start",
	"whos leading the talks on both sides",
	"how many people were killed or injured in the 2010 earthquake and tsunami that hit the coast",
	"what years",
	"Which river runs through Paris?",
	"bad \xff utf8 \xfe question about the deadline",
	strings.Repeat("word ", 400) + "deadline",
	"is it open on sundays",
	"when is the TikTok deadline",
}

func TestParseInBuffers(t *testing.T) {
	var b questionBufs
	for round := range 2 {
		for _, text := range reuseQuestions {
			want := Parse(text)
			got := parse(text, &b)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("round %d, parse(%q) in reused slices: got %+v, want %+v", round, text, got, want)
			}
			if (got.Terms == nil) != (want.Terms == nil) {
				t.Errorf("round %d, parse(%q): got Terms nil %v, want %v", round, text, got.Terms == nil, want.Terms == nil)
			}
			b.keep(&got)
			for i, tk := range b.toks[:cap(b.toks)] {
				if tk != (token{}) {
					t.Fatalf("round %d, after keep of %q: token %d still %+v, want cleared", round, text, i, tk)
				}
			}
		}
	}
	// Once the slices are large enough, parsing in them allocates none
	// of the tokens, the words and the terms: three fewer allocations.
	text := "when did the talks start"
	viaParse := testing.AllocsPerRun(50, func() { _ = Parse(text) })
	inBufs := testing.AllocsPerRun(50, func() {
		q := parse(text, &b)
		b.keep(&q)
	})
	if inBufs > viaParse-3 {
		t.Errorf("parse in kept slices: got %v allocations, want at most %v (Parse: %v)", inBufs, viaParse-3, viaParse)
	}
}

func TestAskSameAsAnswer(t *testing.T) {
	docs, _, err := corpus.Load(filepath.Join("testdata", "clinic", "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	texts := append([]string{}, reuseQuestions...)
	for _, it := range readEval(t, filepath.Join("testdata", "clinic", "train.jsonl")) {
		texts = append(texts, it.Question)
	}
	for _, ix := range []*Index{Build(embedded(t)), Build(docs), Build(nil), nil} {
		for _, opt := range []Options{DefaultOptions(), {MinConfidence: 0, Top: 1}} {
			for round := range 2 {
				for _, text := range texts {
					want, werr := ix.AnswerWith(ctx, Parse(text), opt)
					got, gerr := ix.AskWith(ctx, text, opt)
					if !reflect.DeepEqual(got, want) || gerr != werr {
						t.Errorf("round %d, AskWith(%q, %+v): got %+v, %v, want %+v, %v", round, text, opt, got, gerr, want, werr)
					}
				}
			}
		}
	}
	// Asking in a scratch's kept slices allocates neither the question
	// nor its tokens, words and terms: four fewer than answering Parse's.
	ix := Build(embedded(t))
	text := "when is the TikTok deadline"
	viaParse := testing.AllocsPerRun(50, func() { ix.Answer(ctx, Parse(text)) })
	viaAsk := testing.AllocsPerRun(50, func() { ix.Ask(ctx, text) })
	if viaAsk > viaParse-4 {
		t.Errorf("Ask: got %v allocations, want at most %v (Answer of Parse: %v)", viaAsk, viaParse-4, viaParse)
	}
}
