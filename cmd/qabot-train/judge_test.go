package main

import (
	"context"
	"slices"
	"testing"

	"github.com/qabot/qabot/qa"
)

// TestJudgeHeldOut checks that the judge holds out whole chat-style sets.
// Every set but one has right winners where the first input is 1; the odd
// set's winners are all right though their first input is -1, and they
// alone have the second input set. A confidence model that saw any of the
// odd set's questions trusts the second input and scores them high; one
// fitted without the whole set cannot. So the odd set's questions, its
// validation question too, must score low held out, and high in sample:
// a judge that cut folds by question, or scored a set by a model that saw
// some of it, fails. The SQuAD examples are never held out.
func TestJudgeHeldOut(t *testing.T) {
	var c confRows
	sign := func(right bool) float64 {
		if right {
			return 1
		}
		return -1
	}
	for i := range 120 {
		right := i%2 == 0
		c.add("squad", i%6 == 5, true, right, sign(right), 0)
		if i%4 == 0 {
			c.add("holes", i%8 == 0, false, false, sign(i%3 == 0), 0)
		}
	}
	sets := []string{"chat:qa/testdata/seeds-a/train.jsonl", "chat:qa/testdata/wikisum-b/train.jsonl", "chat:qa/testdata/c/train.jsonl", "chat:qa/testdata/chat.jsonl", "chat:qa/testdata/d/train.jsonl"}
	for _, s := range sets {
		for i := range 20 {
			right := i%2 == 0
			c.add(s, i%4 == 3, true, right, sign(right), 0)
		}
	}
	const odd = "chat:qa/testdata/odd/train.jsonl"
	for i := range 8 {
		c.add(odd, i == 7, true, true, -1, 1)
	}
	exs, tops, xs, ys, ws, rows := c.exs, c.tops, c.xs, c.ys, c.ws, c.rows
	m := qa.Model{Rank: qa.Linear{Weights: map[string]float64{}}}
	o := confOptions{l2: 1e-4}
	uo := unansOptions{conf: o, k: 0.75, unansShare: 0.5, chatShare: 0.6}
	ctx := context.Background()
	var err error
	if m.Confidence, m.ConfidenceTrees, err = fitConfidence(ctx, xs, ys, ws, o); err != nil {
		t.Fatal(err)
	}
	pm, err := asEngine(m)
	if err != nil {
		t.Fatal(err)
	}
	threshold, _, err := fitUnanswerable(ctx, &m, exs, tops, xs, ws, rows, validation{exs: exs, probs: confidences(tops, pm)}, uo)
	if err != nil {
		t.Fatal(err)
	}
	m.Threshold = round(threshold)
	if pm, err = asEngine(m); err != nil {
		t.Fatal(err)
	}
	scores := decisionScores(tops, confidences(tops, pm), pm)
	const folds = 3
	h, err := judgeHeldOut(ctx, m, exs, tops, xs, ys, ws, rows, scores, m.Threshold, o, uo, folds)
	if err != nil {
		t.Fatal(err)
	}
	fold := setFolds(exs, folds)
	for i, e := range exs {
		if h.held[i] != isChat(e) {
			t.Errorf("example %d (%s): got held %v, want %v", i, e.group, h.held[i], isChat(e))
		}
		if !isChat(e) && (h.scores[i] != scores[i] || h.thresholds[i] != m.Threshold) {
			t.Errorf("example %d (%s): got score %.3f at %.2f, want the run's %.3f at %.2f", i, e.group, h.scores[i], h.thresholds[i], scores[i], m.Threshold)
		}
		if j := slices.IndexFunc(exs, func(f example) bool { return f.group == e.group }); fold[j] != fold[i] {
			t.Errorf("example %d: set %s in folds %d and %d", i, e.group, fold[j], fold[i])
		}
		if e.group != odd {
			continue
		}
		if !(scores[i] > m.Threshold) {
			t.Errorf("odd example %d (val %v): in sample got %.3f, want above the threshold %.2f", i, e.val, scores[i], m.Threshold)
		}
		if !(h.scores[i] < h.thresholds[i]) {
			t.Errorf("odd example %d (val %v): held out got %.3f, want below its fold's threshold %.2f (the fold model saw the set)", i, e.val, h.scores[i], h.thresholds[i])
		}
	}
	fam := judgeTallies(exs, tops, h, scores, m.Threshold)
	if f := fam["docs/other chat"]; f == nil || f.inRight-f.heldRight < 8 {
		t.Errorf("docs/other chat: got %d right in sample, %d held out; want the odd set's 8 fewer held out", f.inRight, f.heldRight)
	}
	if got := slices.Sorted(func(yield func(string) bool) {
		for k := range fam {
			if !yield(k) {
				return
			}
		}
	}); !slices.Equal(got, []string{"docs/other chat", "seeds", "squad validation", "wikisum"}) {
		t.Errorf("families: got %v", got)
	}
	if _, err := judgeHeldOut(ctx, m, exs, tops, xs, ys, ws, rows, scores, m.Threshold, o, uo, 7); err == nil {
		t.Error("7 folds of 6 sets: got no error")
	}
}

// TestJudgeFamily checks the family the judge reports an example under.
func TestJudgeFamily(t *testing.T) {
	for _, c := range []struct {
		e    example
		want string
	}{
		{example{group: "chat:testdata/chat.jsonl"}, "seeds"},
		{example{group: "chat:seeds/train.jsonl"}, "seeds"},
		{example{group: "chat:seeds-chat24/train.jsonl", val: true}, "seeds"},
		{example{group: "chat:wikisum3/train.jsonl"}, "wikisum"},
		{example{group: "chat:docs47/train.jsonl"}, "docs/other chat"},
		{example{group: "chat:news-port/train.jsonl"}, "docs/other chat"},
		{example{group: "squad", val: true}, "squad validation"},
		{example{group: "holes", val: true}, "squad validation"},
		{example{group: "squad"}, ""},
	} {
		if got := judgeFamily(c.e); got != c.want {
			t.Errorf("%s (val %v): got %q, want %q", c.e.group, c.e.val, got, c.want)
		}
	}
}
