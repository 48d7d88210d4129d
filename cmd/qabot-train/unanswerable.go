package main

import (
	"context"
	"fmt"
	"io"

	"github.com/qabot/qabot/qa"
)

// The P(unanswerable) model. The confidence model's P(right) is low both
// when another sentence of the corpus answers and when none does; a
// second logistic model with boosted trees, fitted on the same inputs (the
// winner's features, the question's and the margin) to tell whether the
// corpus answers the question at all, tells the second apart. The engine
// answers when P(right) − k · P(unanswerable) reaches the threshold, which
// is chosen for that score (qa/model.go, decisionScore).

// unansOptions say how fitUnanswerable fits the P(unanswerable) model:
// as the confidence model is fitted (conf), with weight k in the answer
// decision (0: no such model), its threshold chosen as chooseThreshold
// chooses (unansShare, chatShare).
type unansOptions struct {
	conf                  confOptions
	k                     float64
	unansShare, chatShare float64
}

// fitUnanswerable fits m's P(unanswerable) model on the rows the
// confidence model is fitted on (xs and ws, of the examples rows; the
// label is whether the example's corpus does not answer it), and returns
// the threshold chosen for the answer decision's score on the validation
// examples of chosen: each winner's confidence less o.k times its
// P(unanswerable), with its decision scores (for the report). With o.k 0
// it leaves m without the part and returns the threshold chosen for the
// confidence alone.
func fitUnanswerable(ctx context.Context, m *qa.Model, exs []example, tops []top, xs [][]float64, ws []float64, rows []int, chosen validation, o unansOptions) (threshold float64, scores []float64, err error) {
	m.Unanswerable = nil
	if o.k <= 0 {
		return chooseThreshold(chosen.exs, tops, chosen.probs, o.unansShare, o.chatShare), chosen.probs, nil
	}
	ys := make([]bool, len(rows))
	for r, i := range rows {
		ys[r] = !exs[i].answerable
	}
	lin, trees, err := fitConfidence(ctx, xs, ys, ws, o.conf)
	if err != nil {
		return 0, nil, fmt.Errorf("P(unanswerable): %w", err)
	}
	m.Unanswerable = &qa.Unanswerable{Linear: lin, Trees: trees, Weight: round(o.k)}
	pm, err := asEngine(*m)
	if err != nil {
		return 0, nil, err
	}
	scores = decisionScores(tops, chosen.probs, pm)
	return chooseThreshold(chosen.exs, tops, scores, o.unansShare, o.chatShare), scores, nil
}

// decisionScores returns the score the engine's answer decision gives each
// winner of tops under pm, whose confidence is probs (0 for an example
// with no candidate): its confidence less k times P(unanswerable) of its
// inputs (the score for any minimum above 0).
func decisionScores(tops []top, probs []float64, pm *qa.Model) []float64 {
	scores := make([]float64, len(tops))
	for i, t := range tops {
		if t.at >= 0 {
			scores[i] = pm.DecisionScore(probs[i], pm.UnanswerableOf(t.x))
		}
	}
	return scores
}

// addUnanswerable keeps the model in file (its ranker, confidence model
// and trees) and fits only its P(unanswerable) model and its threshold
// on exs, writing the result to outFile (qabot-train model
// --unanswerable).
func addUnanswerable(ctx context.Context, out io.Writer, exs []example, file, outFile string, nf, nq, marginAt int, unansWeight float64, folds int, o unansOptions) error {
	pm, tops, err := modelWinners(file, exs, nf, nq, marginAt)
	if err != nil {
		return err
	}
	m := *pm
	xs, ys, ws, rows := confidenceRows(exs, tops, unansWeight)
	chosen, err := crossFit(ctx, m, exs, tops, confidences(tops, pm), xs, ys, ws, rows, o.conf, folds)
	if err != nil {
		return fmt.Errorf("confidence folds: %w", err)
	}
	threshold, scores, err := fitUnanswerable(ctx, &m, exs, tops, xs, ws, rows, chosen, o)
	if err != nil {
		return err
	}
	m.Threshold = round(threshold)
	if m.Unanswerable != nil {
		m.About += fmt.Sprintf("; its P(unanswerable) model (%d trees, k %g) and threshold fitted anew with the rest kept (qabot-train model --unanswerable)", o.conf.trees.trees, o.k)
	} else {
		m.About += "; its threshold chosen anew with the rest kept and no P(unanswerable) model (qabot-train model --unanswerable --unanswerable-k 0)"
	}
	if err := writeModelFile(outFile, m); err != nil {
		return err
	}
	report(out, exs, tops, scores, threshold)
	return nil
}
