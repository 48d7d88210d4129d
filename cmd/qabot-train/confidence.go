package main

import (
	"context"
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
		var fx [][]float64
		var fy []bool
		var fw []float64
		for r, i := range rows {
			if fold[i] != k {
				fx, fy, fw = append(fx, xs[r]), append(fy, ys[r]), append(fw, ws[r])
			}
		}
		fm := m
		var err error
		if fm.Confidence, fm.ConfidenceTrees, err = fitConfidence(ctx, fx, fy, fw, o); err != nil {
			return validation{}, err
		}
		pm, err := asEngine(fm)
		if err != nil {
			return validation{}, err
		}
		for i := range exs {
			if fold[i] == k && tops[i].at >= 0 {
				v.probs[i] = tops[i].confidenceOf(pm)
			}
		}
	}
	return v, nil
}
