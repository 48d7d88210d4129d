package main

import (
	"context"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/qabot/qabot/qa"
)

// The held-out judge (qabot-train model --judge-folds K). A confidence
// refit fits the chat-style training sets' own winners, weight
// -chat-weight each, so their figures favour any refit by construction
// (stop 63, conf263): the train halves cannot judge one. The judge cuts
// the chat-style sets (whole sets, never single questions: a set's
// questions share a corpus and a writer, so another question of the same
// set would leak its quirks) into K folds; for each fold it fits the
// confidence model, its trees and P(unanswerable) as the run fitted them
// but without the fold's sets' rows, chooses the threshold on the
// validation questions but the fold's sets' (as a run with -conf-folds 0,
// the default, chooses it: the folds nest no second cross-fit), and scores
// every question of the fold's sets, training and validation, by that
// model at that threshold. Its report gives, for each family of sets, the
// questions answered right (or abstained on, when the corpus does not
// answer) held out and the AUC of the decision score for right winners,
// beside the same figures in sample (the run's own model, which fitted
// them). The SQuAD validation questions are never fitted: the run's own
// model judges them. The ranker is not held out; only the judging parts
// are.

// heldOut is what the judge scored: for each example, the decision score
// its winner gets held out and the threshold it is judged at (those of
// the fold model for a chat-style example, else the run's own), and
// whether the example was held out (its set in a fold).
type heldOut struct {
	scores, thresholds []float64
	held               []bool
}

// setFolds returns, for each example of exs, the fold of its chat-style
// set (the sets in sorted order, the nth in fold n mod folds), or -1 for
// an example of no chat-style set.
func setFolds(exs []example, folds int) []int {
	var sets []string
	for _, e := range exs {
		if isChat(e) && !slices.Contains(sets, e.group) {
			sets = append(sets, e.group)
		}
	}
	slices.Sort(sets)
	fold := make([]int, len(exs))
	for i, e := range exs {
		fold[i] = -1
		if isChat(e) {
			fold[i] = slices.Index(sets, e.group) % folds
		}
	}
	return fold
}

// judgeHeldOut cross-fits m's judging parts by chat-style set: m is the
// run's model (its ranker picked tops), xs, ys, ws and rows its confidence
// rows (confidenceRows), scores and threshold its own decision scores and
// threshold, o and uo the options it was fitted with. It fails with fewer
// than two folds or fewer sets than folds.
func judgeHeldOut(ctx context.Context, m qa.Model, exs []example, tops []top, xs [][]float64, ys []bool, ws []float64, rows []int, scores []float64, threshold float64, o confOptions, uo unansOptions, folds int) (heldOut, error) {
	fold := setFolds(exs, folds)
	if folds < 2 || slices.Max(append(fold, -1)) < folds-1 {
		return heldOut{}, fmt.Errorf("%d judge folds: want at least two, and a chat-style set in each", folds)
	}
	h := heldOut{scores: slices.Clone(scores), thresholds: make([]float64, len(exs)), held: make([]bool, len(exs))}
	for i := range exs {
		h.thresholds[i] = threshold
	}
	for k := range folds {
		f, err := fitFold(ctx, m, fold, k, xs, ys, ws, rows, o)
		if err != nil {
			return heldOut{}, fmt.Errorf("judge: %w", err)
		}
		// The threshold is chosen on the validation questions of the
		// other folds' sets and SQuAD's, as the run chose its own.
		chosen := validation{exs: slices.Clone(exs), probs: confidences(tops, f.pm)}
		for i := range chosen.exs {
			if fold[i] == k {
				chosen.exs[i].val = false
			}
		}
		t, fscores, err := fitUnanswerable(ctx, &f.m, exs, tops, f.xs, f.ws, f.rows, chosen, uo)
		if err != nil {
			return heldOut{}, fmt.Errorf("judge fold %d: %w", k, err)
		}
		for i := range exs {
			if fold[i] == k {
				h.scores[i], h.thresholds[i], h.held[i] = fscores[i], t, true
			}
		}
	}
	return h, nil
}

// judgeFamily names the family of an example for the judge's report:
// "seeds" (the sets on the embedded seeds, chat.jsonl among them),
// "wikisum", "docs/other chat", "squad validation", or "" for a SQuAD
// training example.
func judgeFamily(e example) string {
	if !isChat(e) {
		if e.val {
			return "squad validation"
		}
		return ""
	}
	dir := path.Base(path.Dir(strings.TrimPrefix(e.group, "chat:")))
	switch {
	case dir == "testdata" || strings.HasPrefix(dir, "seeds"):
		return "seeds"
	case strings.HasPrefix(dir, "wikisum"):
		return "wikisum"
	}
	return "docs/other chat"
}

// judgeTally is one family's figures: questions, answerable ones whose
// winner is right, and those right at the threshold held out and in
// sample, with the scores and labels of the winners for the AUCs.
type judgeTally struct {
	n, ans, top1, heldRight, inRight int
	held, in                         []float64
	labels                           []bool
}

// judgeTallies sums h (and the run's own scores at its threshold, in
// sample) by family.
func judgeTallies(exs []example, tops []top, h heldOut, scores []float64, threshold float64) map[string]*judgeTally {
	fam := map[string]*judgeTally{}
	rightAt := func(i int, s, t float64) bool {
		answered := tops[i].at >= 0 && s >= t
		return exs[i].answerable && answered && tops[i].right || !exs[i].answerable && !answered
	}
	for i, e := range exs {
		k := judgeFamily(e)
		if k == "" || !isChat(e) && !e.val {
			continue
		}
		f := fam[k]
		if f == nil {
			f = &judgeTally{}
			fam[k] = f
		}
		f.n++
		if e.answerable {
			f.ans++
			if tops[i].at >= 0 && tops[i].right {
				f.top1++
			}
		}
		if rightAt(i, h.scores[i], h.thresholds[i]) {
			f.heldRight++
		}
		if rightAt(i, scores[i], threshold) {
			f.inRight++
		}
		if tops[i].at >= 0 {
			f.held, f.in, f.labels = append(f.held, h.scores[i]), append(f.in, scores[i]), append(f.labels, tops[i].right)
		}
	}
	return fam
}

// printJudge prints the judge's report: one line a family, the chat-style
// ones held out by set and in sample, SQuAD validation (never fitted) by
// the run's own model.
func printJudge(out io.Writer, exs []example, tops []top, h heldOut, scores []float64, threshold float64, folds int) {
	fam := judgeTallies(exs, tops, h, scores, threshold)
	fmt.Fprintf(out, "held out (%d folds of the chat-style sets; in sample: the run's model, threshold %.2f)\n", folds, threshold)
	fmt.Fprintf(out, "%-18s %6s %7s %13s %9s %13s %9s\n", "family", "n", "top-1", "right held", "AUC held", "right in", "AUC in")
	var tn, tr, ti int
	for _, k := range []string{"seeds", "docs/other chat", "wikisum", "squad validation"} {
		f := fam[k]
		if f == nil {
			continue
		}
		fmt.Fprintf(out, "%-18s %6d %6.1f%% %6d %5.1f%% %9.3f %6d %5.1f%% %9.3f\n", k, f.n, pct(f.top1, f.ans),
			f.heldRight, pct(f.heldRight, f.n), auc(f.held, f.labels), f.inRight, pct(f.inRight, f.n), auc(f.in, f.labels))
		if k != "squad validation" {
			tn, tr, ti = tn+f.n, tr+f.heldRight, ti+f.inRight
		}
	}
	fmt.Fprintf(out, "%-18s %6d %7s %6d %5.1f%% %9s %6d %5.1f%%\n", "chat-style", tn, "", tr, pct(tr, tn), "", ti, pct(ti, tn))
}

// runJudge judges the run's model m (its ranker's winners tops, its
// confidence rows xs, ys, ws and rows, fitted with o and uo) held out by
// folds folds of the chat-style sets and prints the report to out.
func runJudge(ctx context.Context, out io.Writer, m qa.Model, exs []example, tops []top, xs [][]float64, ys []bool, ws []float64, rows []int, o confOptions, uo unansOptions, folds int) error {
	pm, err := asEngine(m)
	if err != nil {
		return err
	}
	scores := decisionScores(tops, confidences(tops, pm), pm)
	h, err := judgeHeldOut(ctx, m, exs, tops, xs, ys, ws, rows, scores, m.Threshold, o, uo, folds)
	if err != nil {
		return err
	}
	printJudge(out, exs, tops, h, scores, m.Threshold, folds)
	return nil
}
