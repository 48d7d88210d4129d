package main

import (
	"context"
	"testing"

	"github.com/qabot/qabot/qa"
)

// confRows holds synthetic confidence examples as the trainer keeps them:
// the examples, their winners, and for each one not validating the fit's
// row (inputs, label, weight, the example's index).
type confRows struct {
	exs  []example
	tops []top
	xs   [][]float64
	ys   []bool
	ws   []float64
	rows []int
}

// add appends an example of group whose winner is right or not, with its
// first two inputs x0 and x1 and, when it is unanswerable, its third set.
func (c *confRows) add(group string, val, answerable, right bool, x0, x1 float64) {
	x := make([]float64, len(qa.FeatureNames())+len(qa.QuestionFeatureNames()))
	x[0], x[1] = x0, x1
	if !answerable {
		x[2] = 1
	}
	c.exs = append(c.exs, example{group: group, val: val, weight: 1, answerable: answerable, n: 1})
	c.tops = append(c.tops, top{at: 0, right: right, x: x})
	if !val {
		c.xs, c.ys, c.ws, c.rows = append(c.xs, x), append(c.ys, right), append(c.ws, 1), append(c.rows, len(c.exs)-1)
	}
}

// TestCrossFit checks that crossFit marks every chat-style training
// example as validating, leaves the examples it was given as they were,
// and scores each one with a confidence model fitted without it. One chat
// question is right though its first feature says wrong, and it alone has
// its second feature set: a model fitted on it trusts that feature and
// gives it a high confidence; a model fitted without it cannot, and gives
// it the low one its first feature earns.
func TestCrossFit(t *testing.T) {
	var c confRows
	odd := -1
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
		c.add(group, i%10 == 9 && group == "squad", true, right, x0, 0)
	}
	odd = len(c.exs)
	c.add("chat:t", false, true, true, -1, 1)
	exs, tops, xs, ys, ws, rows := c.exs, c.tops, c.xs, c.ys, c.ws, c.rows
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
