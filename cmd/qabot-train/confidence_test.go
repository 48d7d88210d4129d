package main

import (
	"context"
	"testing"

	"github.com/qabot/qabot/qa"
)

// TestCrossFit checks that crossFit marks every chat-style training
// example as validating, leaves the examples it was given as they were,
// and scores each one with a confidence model fitted without it. One chat
// question is right though its first feature says wrong, and it alone has
// its second feature set: a model fitted on it trusts that feature and
// gives it a high confidence; a model fitted without it cannot, and gives
// it the low one its first feature earns.
func TestCrossFit(t *testing.T) {
	dim := len(qa.FeatureNames()) + len(qa.QuestionFeatureNames())
	var exs []example
	var tops []top
	var xs [][]float64
	var ys []bool
	var ws []float64
	var rows []int
	odd := -1
	add := func(group string, val, right bool, x0, x1 float64) {
		x := make([]float64, dim)
		x[0], x[1] = x0, x1
		exs = append(exs, example{group: group, val: val, weight: 1, answerable: true, n: 1})
		tops = append(tops, top{at: 0, right: right, x: x})
		if !val {
			xs, ys, ws, rows = append(xs, x), append(ys, right), append(ws, 1), append(rows, len(exs)-1)
		}
	}
	for i := range 60 {
		right := i%2 == 0
		x0 := -1.0
		if right {
			x0 = 1
		}
		group := "squad"
		if i%3 == 0 {
			group = "chat:t"
		}
		add(group, i%10 == 9 && group == "squad", right, x0, 0)
	}
	odd = len(exs)
	add("chat:t", false, true, -1, 1)
	m := qa.Model{Rank: qa.Linear{Weights: map[string]float64{}}}
	o := confOptions{l2: 1e-4}
	var err error
	if m.Confidence, m.ConfidenceTrees, err = fitConfidence(context.Background(), xs, ys, ws, o); err != nil {
		t.Fatal(err)
	}
	pm, err := asEngine(m)
	if err != nil {
		t.Fatal(err)
	}
	probs := make([]float64, len(exs))
	for i := range exs {
		probs[i] = pm.ConfidenceOf(tops[i].x)
	}
	v, err := crossFit(context.Background(), m, exs, tops, probs, xs, ys, ws, rows, o, 3)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range exs {
		if e.val != (i%10 == 9 && e.group == "squad") {
			t.Fatalf("example %d: crossFit changed the examples it was given (val %v)", i, e.val)
		}
		if want := e.val || isChat(e); v.exs[i].val != want {
			t.Errorf("example %d (%s): got val %v, want %v", i, e.group, v.exs[i].val, want)
		}
		if !isChat(e) && v.probs[i] != probs[i] {
			t.Errorf("example %d (%s): got confidence %.3f, want the full model's %.3f", i, e.group, v.probs[i], probs[i])
		}
	}
	if full, held := probs[odd], v.probs[odd]; !(held < full) {
		t.Errorf("the odd chat question: got confidence %.3f held out, %.3f in the full model; want it lower held out", held, full)
	}
}
