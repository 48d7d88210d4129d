package main

import (
	"context"
	"fmt"
	"slices"

	"github.com/qabot/qabot/qa"
)

// confOptions say how the confidence model is fitted: the L2 penalty of
// its linear part and the trees boosted on top of it.
type confOptions struct {
	l2    float64
	trees boostOptions
}

// fitConfidence fits the confidence model on the winners' inputs xs,
// whether each is right (ys) and their weights: a logistic model, then
// o.trees boosted trees on its log-odds.
func fitConfidence(ctx context.Context, xs [][]float64, ys []bool, ws []float64, o confOptions) (qa.Linear, []qa.Tree, error) {
	conf, bias, err := fitLogistic(ctx, xs, ys, ws, o.l2)
	if err != nil {
		return qa.Linear{}, nil, err
	}
	names := append(qa.FeatureNames(), qa.QuestionFeatureNames()...)
	lin := qa.Linear{Bias: round(bias), Weights: named(names, conf)}
	if o.trees.trees <= 0 {
		return lin, nil, nil
	}
	base := make([]float64, len(xs))
	for i, x := range xs {
		base[i] = bias + dotf(conf, x)
	}
	return lin, boost(newLogisticTreeData(xs, ys, ws, base, names), o.trees), nil
}

// validation is what the threshold is chosen on: the examples, those that
// validate marked val, and the confidence of each one's winner.
type validation struct {
	exs   []example
	probs []float64
}

// crossFit adds the chat-style training examples to the validation
// examples the threshold is chosen on. They are cut into folds (the nth of
// them in fold n mod folds), and each fold's winners are scored by a
// confidence model fitted as m's was, on the training rows xs (of the
// examples rows) less that fold's. So each is scored by a model that did
// not see it, and the threshold is chosen on all the chat-style questions
// rather than on the quarter held out, which moves it less with any
// retraining. The ranker did see them; only the confidence is held out.
// With fewer than two folds the validation examples are left as they are.
func crossFit(ctx context.Context, m qa.Model, exs []example, tops []top, probs []float64, xs [][]float64, ys []bool, ws []float64, rows []int, o confOptions, folds int) (validation, error) {
	v := validation{exs: exs, probs: probs}
	if folds < 2 {
		return v, nil
	}
	v.exs, v.probs = slices.Clone(exs), slices.Clone(probs)
	fold := make([]int, len(exs))
	n := 0
	for i, e := range exs {
		fold[i] = -1
		if isChat(e) && !e.val {
			fold[i] = n % folds
			n++
			v.exs[i].val = true
		}
	}
	for k := range folds {
		f, err := fitFold(ctx, m, fold, k, xs, ys, ws, rows, o)
		if err != nil {
			return validation{}, err
		}
		for i := range exs {
			if fold[i] == k && tops[i].at >= 0 {
				v.probs[i] = tops[i].confidenceOf(f.pm)
			}
		}
	}
	return v, nil
}

// foldFit is a confidence model fitted without one fold's examples: the
// model m with its confidence model and trees refitted (pm, as the engine
// reads it) and the confidence rows it was fitted on (their inputs,
// weights and examples), on which fitUnanswerable may fit in turn.
type foldFit struct {
	m    qa.Model
	pm   *qa.Model
	xs   [][]float64
	ws   []float64
	rows []int
}

// fitFold fits m's confidence model and trees on the confidence rows (xs,
// ys, ws; rows their examples) of the examples not in fold k, fold giving
// each example's fold (-1 for none). crossFit and judgeHeldOut both fit
// their folds so.
func fitFold(ctx context.Context, m qa.Model, fold []int, k int, xs [][]float64, ys []bool, ws []float64, rows []int, o confOptions) (foldFit, error) {
	f := foldFit{m: m}
	var fy []bool
	for r, i := range rows {
		if fold[i] != k {
			f.xs, fy, f.ws, f.rows = append(f.xs, xs[r]), append(fy, ys[r]), append(f.ws, ws[r]), append(f.rows, i)
		}
	}
	var err error
	if f.m.Confidence, f.m.ConfidenceTrees, err = fitConfidence(ctx, f.xs, fy, f.ws, o); err != nil {
		return foldFit{}, fmt.Errorf("fold %d: %w", k, err)
	}
	if f.pm, err = asEngine(f.m); err != nil {
		return foldFit{}, err
	}
	return f, nil
}
