package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/qabot/qabot/qa"
)

// extendModel writes to outFile the model in baseFile with ranker weights
// for the candidate features it lacks, fitted on the training lists of exs
// with every other part of it fixed (fitExtension): a forward step that
// adds a feature to a trained model without refitting, and so shifting,
// the rest. The confidence model, its trees and the threshold stay the
// base's, unless refit is not nil: then they are fitted again for the
// extended ranker (refitConfidence), and the base may weigh every feature
// already. chats are the chat-style training sets, named in the model's
// About. The report is that of the extended model.
//
// pull, when above 0, fits every ranker weight again rather than only the
// missing ones (rerank): a refit of the committed ranker on lists of
// another length, the engine's qa.MaxCandidates.
func extendModel(ctx context.Context, out io.Writer, exs []example, chats []string, baseFile, outFile string, l2, pull float64, marginAt int, refit *refitOptions) error {
	base, err := readModel(baseFile)
	if err != nil {
		return err
	}
	m := *base
	m.Rank.Weights = maps.Clone(base.Rank.Weights)
	names := qa.FeatureNames()
	var free []int
	for j, n := range names {
		if _, ok := m.Rank.Weights[n]; !ok {
			free = append(free, j)
		}
	}
	if len(free) == 0 && refit == nil && pull <= 0 {
		return fmt.Errorf("%s weighs every candidate feature: nothing to extend", baseFile)
	}
	if pull > 0 {
		if err := rerank(ctx, &m, exs, pull); err != nil {
			return fmt.Errorf("%s: %w", baseFile, err)
		}
	} else if len(free) > 0 {
		fixed, err := rankScorer(*base)
		if err != nil {
			return err
		}
		w, err := fitExtension(ctx, exs, len(names), len(qa.QuestionFeatureNames()), fixed, free, l2)
		if err != nil {
			return err
		}
		var added []string
		for k, j := range free {
			m.Rank.Weights[names[j]] = round(w[k])
			added = append(added, names[j])
		}
		m.About += fmt.Sprintf("; extended with ranker weights for %s, fitted with the other weights fixed on the SQuAD training set and the chat-style training sets of %s (qabot-train model --extend)", strings.Join(added, ", "), strings.Join(chats, ", "))
	}
	tops, err := winnersOf(m, exs, len(names), len(qa.QuestionFeatureNames()), marginAt)
	if err != nil {
		return err
	}
	if refit != nil {
		if err := refitConfidence(ctx, &m, exs, tops, *refit); err != nil {
			return err
		}
		m.About += fmt.Sprintf("; then its confidence model (%d trees) and threshold fitted again for that ranker, the ranker fixed (qabot-train model --extend --refit)", refit.conf.trees.trees)
	}
	if err := writeModelFile(outFile, m); err != nil {
		return err
	}
	pm, err := asEngine(m)
	if err != nil {
		return err
	}
	report(out, exs, tops, decisionScores(tops, confidences(tops, pm), pm), m.Threshold)
	if refit != nil && refit.judge > 0 {
		xs, ys, ws, rows := confidenceRows(exs, tops, refit.unansWeight)
		return runJudge(ctx, out, m, exs, tops, xs, ys, ws, rows, refit.conf, refit.unans, refit.judge)
	}
	return nil
}

// rerank fits every weight of m's linear ranker again on the training
// lists of exs, starting from m's weights and with the L2 penalty pull
// drawing the standardised weights towards them (fitRanker's prior): the
// committed ranker, fitted on lists of one length, refitted for lists of
// the engine's qa.MaxCandidates without a full retraining's drift. A
// ranker with trees or crossed weights is refused: its trees were fitted
// on the linear scores it would change, and the crossed blocks are not
// refitted here.
func rerank(ctx context.Context, m *qa.Model, exs []example, pull float64) error {
	names := qa.FeatureNames()
	if len(m.RankTrees) > 0 {
		return fmt.Errorf("the ranker has %d trees: --rerank refits a linear ranker only", len(m.RankTrees))
	}
	for n := range m.Rank.Weights {
		if !slices.Contains(names, n) {
			return fmt.Errorf("the ranker weighs %q, no candidate feature: --rerank refits the uncrossed ranker only", n)
		}
	}
	prior := make([]float64, len(names))
	for j, n := range names {
		prior[j] = m.Rank.Weights[n] // 0 for a feature it lacks
	}
	w, err := fitRanker(ctx, exs, len(names), nil, pull, 1, prior)
	if err != nil {
		return fmt.Errorf("ranker: %w", err)
	}
	m.Rank.Weights = named(names, w)
	m.About += fmt.Sprintf("; its ranker weights fitted again on lists of at most %d candidates, starting from its own and drawn towards them by an L2 penalty of %g on the standardised weights (qabot-train model --extend --rerank)", qa.MaxCandidates, pull)
	return nil
}

// refitOptions say how refitConfidence fits the confidence model: as a
// full run of qabot-train model fits it (its -conf-trees, -conf-depth,
// -rate, -l2, -unanswerable-weight, -conf-folds, -unanswerable-k,
// -unanswerable-share, -chat-share and -judge-folds).
type refitOptions struct {
	conf        confOptions
	unansWeight float64
	folds       int
	unans       unansOptions
	// judge is the number of folds of the chat-style sets the refit is
	// judged on held out (-judge-folds; 0: not judged).
	judge int
}

// refitConfidence fits m's confidence model, its trees, its
// P(unanswerable) model (fitUnanswerable) and its threshold again on exs, the winners being those of m's ranker (tops), which stays
// as it is: the same steps as runModel's after its ranker, so that a
// ranker changed by a forward step is judged by a confidence model fitted
// to its own margins rather than to the base's.
func refitConfidence(ctx context.Context, m *qa.Model, exs []example, tops []top, o refitOptions) error {
	xs, ys, ws, rows := confidenceRows(exs, tops, o.unansWeight)
	logFamilies(exs, ys, ws, rows)
	var err error
	if m.Confidence, m.ConfidenceTrees, err = fitConfidence(ctx, xs, ys, ws, o.conf); err != nil {
		return fmt.Errorf("confidence: %w", err)
	}
	pm, err := asEngine(*m)
	if err != nil {
		return err
	}
	chosen, err := crossFit(ctx, *m, exs, tops, confidences(tops, pm), xs, ys, ws, rows, o.conf, o.folds)
	if err != nil {
		return fmt.Errorf("confidence folds: %w", err)
	}
	threshold, _, err := fitUnanswerable(ctx, m, exs, tops, xs, ws, rows, chosen, o.unans)
	if err != nil {
		return err
	}
	m.Threshold = round(threshold)
	return nil
}

// fitExtension fits the weights of the candidate features at free (indexes
// of qa.FeatureNames) by the ranker's listwise softmax loss (fitRanker),
// each candidate's score being fixed(its features) plus the free weights
// times its standardised free features. It returns the raw weights, in
// the order of free.
func fitExtension(ctx context.Context, all []example, nf, nq int, fixed func(x, q []float32) float64, free []int, l2 float64) ([]float64, error) {
	exs, err := rankableLists(all)
	if err != nil {
		return nil, err
	}
	// The fixed part of every score, and the free features, once.
	base := make([][]float64, len(exs))
	for i, e := range exs {
		base[i] = make([]float64, e.n)
		for r := range e.n {
			base[i][r] = fixed(e.feats[r*nf:(r+1)*nf], e.qfeats[r*nq:(r+1)*nq])
		}
	}
	dim := len(free)
	sc := fitScaler(dim, func(yield func(x []float32, w float64)) {
		x := make([]float32, dim)
		for _, e := range exs {
			for r := range e.n {
				if e.label[r] >= 0 {
					for k, j := range free {
						x[k] = e.feats[r*nf+j]
					}
					yield(x, 1)
				}
			}
		}
	})
	parts := shards(len(exs))
	total := totalWeight(exs)
	part := func(s int, w, grad []float64) float64 {
		loss := 0.0
		var scores, zs []float64
		var pos []bool
		for i := parts[s][0]; i < parts[s][1]; i++ {
			e := exs[i]
			scores, zs, pos = scores[:0], zs[:0], pos[:0]
			for r := range e.n {
				if e.label[r] < 0 {
					continue
				}
				score := base[i][r]
				for k, j := range free {
					z := (float64(e.feats[r*nf+j]) - sc.mean[k]) / sc.std[k]
					zs = append(zs, z)
					score += w[k] * z
				}
				scores = append(scores, score)
				pos = append(pos, e.label[r] == 1)
			}
			k := e.weight / total
			loss += k * listLoss(scores, pos, func(r int, g float64) {
				for d, z := range zs[r*dim : (r+1)*dim] {
					grad[d] += k * g * z
				}
			})
		}
		return loss
	}
	w, err := minimize(ctx, dim, len(parts), part, l2, nil)
	if err != nil {
		return nil, err
	}
	raw, _ := sc.raw(w, 0)
	return slices.Clip(raw), nil
}
