package qa

import (
	"context"
	"math"
	"testing"
)

// TestLeadModel checks the committed lead model's decision (lead.go) on
// hand-made answers: a date asked and given, sure in a sure sentence, is
// shown (bot.MinSpanConfidence, 0.64); the same span in a doubtful
// sentence is not; the ranker's next sentence close behind lowers it, and
// the inputs the span's own confidence does not read move it too. The
// values are the committed weights' (span.txt's lead part): the test
// fails when the decision ignores the model or one of these inputs.
func TestLeadModel(t *testing.T) {
	m, err := defaultSpanModel()
	if err != nil {
		t.Fatal(err)
	}
	sure := leadFacts{span: logOdds(0.85), sentence: logOdds(0.85), margin: 3, unanswerable: 0.1, asksType: true, typed: true, typeMatch: true, class: qcWhen, kind: kindDate}
	// The span model's inputs (spanConfidence): its softmax probability,
	// margin, log(1 + 6 candidates), type fit, no question word inside,
	// log(1 + 2 tokens), the agreeing candidates' probability.
	copy(sure.spanInputs[:], []float64{0.85, 3, math.Log1p(6), 1, 0, math.Log1p(2), 0.9})
	doubtful, close, untyped, unanswerable, clash := sure, sure, sure, sure, sure
	doubtful.sentence = logOdds(0.3)
	close.margin = 0
	untyped.typed, untyped.typeMatch, untyped.kind = false, false, kindPhrase
	unanswerable.unanswerable = 0.4
	clash.typeMatch, clash.kind = false, kindCount
	const bar = 0.64 // bot.MinSpanConfidence
	sc := &scratch{}
	for _, tt := range []struct {
		name  string
		f     leadFacts
		want  float64
		shown bool
	}{
		{"sure date in a sure sentence", sure, 0.8034, true},
		{"in a doubtful sentence", doubtful, 0.5599, false},
		{"the next sentence close", close, 0.7481, true},
		{"an untyped phrase", untyped, 0.8175, true},
		{"P(unanswerable) 0.4", unanswerable, 0.8970, true},
		{"a count for a date question (0.7644 without type-clash)", clash, 0.6977, true},
	} {
		got := m.lead(&tt.f, sc)
		if math.Abs(got-tt.want) > 0.001 || (got >= bar) != tt.shown {
			t.Errorf("%s: got %.4f (shown %v), want %.4f (shown %v)", tt.name, got, got >= bar, tt.want, tt.shown)
		}
	}
}

// TestConfidenceUnanswerable checks that the P(unanswerable) confidence
// hands the lead model (its u) is the candidate's own, as unanswerableAt
// works it out afresh, for every candidate of a few questions over the
// default corpus; and that with no minimum confidence it says it read
// none (−1), so that answerFor works it out. The test fails when u is a
// lender's or the minimum is not read.
func TestConfidenceUnanswerable(t *testing.T) {
	ix := Build(embedded(t))
	for _, text := range []string{
		"when is the TikTok deadline?",
		"how many followers does trump have on tiktok",
		"where are the talks",
		"who leads the chinese delegation",
	} {
		q := Parse(text)
		n := 0
		err := ix.withCandidates(context.Background(), &q, nil, func(sc *scratch, total float64) {
			for i := range sc.top {
				_, _, u := ix.confidence(&q, sc, i, total, 0.5)
				_, _, none := ix.confidence(&q, sc, i, total, 0)
				want := ix.unanswerableAt(&q, sc, i, total)
				if u != want || none != -1 {
					t.Errorf("%q, candidate %d: got u %v at a minimum and %v at none, want %v and -1", text, i, u, none, want)
				}
				n++
			}
		})
		if err != nil || n == 0 {
			t.Fatalf("%q: got error %v and %d candidates, want candidates", text, err, n)
		}
	}
}

// TestAnswerLeadInputs checks that an answer carries the lead model's
// inputs only when asked for them (Options.LeadInputs, for the trainer),
// one for each of LeadInputNames, and that asking for them leaves the
// answer's span confidence as it is.
func TestAnswerLeadInputs(t *testing.T) {
	ix := Build(embedded(t))
	ctx := context.Background()
	plain, err := ix.Ask(ctx, "when is the TikTok deadline?")
	if err != nil {
		t.Fatal(err)
	}
	opt := DefaultOptions()
	opt.LeadInputs = true
	kept, err := ix.AskWith(ctx, "when is the TikTok deadline?", opt)
	if err != nil {
		t.Fatal(err)
	}
	if got := plain.LeadInputs(); got != nil {
		t.Errorf("default options: got %d lead inputs, want none", len(got))
	}
	if got, want := len(kept.LeadInputs()), len(LeadInputNames()); got != want || kept.Span == "" {
		t.Errorf("with LeadInputs: got %d inputs for span %q, want %d", got, kept.Span, want)
	}
	if kept.SpanConfidence != plain.SpanConfidence {
		t.Errorf("span confidence: got %v with the inputs kept, want %v as without", kept.SpanConfidence, plain.SpanConfidence)
	}
}
