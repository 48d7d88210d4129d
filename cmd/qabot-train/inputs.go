package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/qabot/qabot/qa"
)

// extendInputs writes to outFile the model in file with weights for the
// named inputs (candidate or question features) fitted in one of its
// judging parts, part "confidence" or "unanswerable", every other weight,
// its trees, the other parts and the threshold kept: a forward step on the
// confidence model or on P(unanswerable), as --extend is on the ranker
// (qabot-train model --extend-inputs FILE --inputs NAMES --part PART).
// Each winner's log-odds under the part as it is stays a fixed term
// (fixedLogOdds), and only the new weights are fitted, by the logistic
// loss and the L2 penalty l2 of a full run, on the rows that part is
// fitted on (confidenceRows; for P(unanswerable) whether the corpus does
// not answer). The inputs are scaled but not centred, so that a winner
// whose new inputs are 0 keeps its probability exactly. An input the part
// weighs already is refused, unless anew is set: then its weight is fitted
// anew, the fixed term being the part's log-odds without it (qabot-train
// model --extend-inputs FILE --inputs NAMES --part PART --anew), so that
// one weight of a fitted part can be set again on today's examples.
func extendInputs(ctx context.Context, out io.Writer, exs []example, file, outFile string, inputs []string, part string, anew bool, l2, unansWeight float64, nf, nq, marginAt int) error {
	base, err := readModel(file)
	if err != nil {
		return err
	}
	m := *base
	names := append(qa.FeatureNames(), qa.QuestionFeatureNames()...)
	var lin *qa.Linear
	switch part {
	case "confidence":
		m.Confidence.Weights = maps.Clone(m.Confidence.Weights)
		lin = &m.Confidence
	case "unanswerable":
		if m.Unanswerable == nil {
			return usageError{fmt.Sprintf("%s has no P(unanswerable) part to extend", file)}
		}
		u := *m.Unanswerable
		u.Linear.Weights = maps.Clone(u.Linear.Weights)
		m.Unanswerable = &u
		lin = &u.Linear
	default:
		return usageError{fmt.Sprintf("-part %q: want confidence or unanswerable", part)}
	}
	var free []int
	was := map[string]float64{}
	for _, n := range inputs {
		j := slices.Index(names, n)
		if j < 0 {
			return usageError{fmt.Sprintf("-inputs: %q names no feature", n)}
		}
		if w := lin.Weights[n]; w != 0 {
			if !anew {
				return fmt.Errorf("the %s part of %s weighs %q already (%g; -anew fits it anew)", part, file, n, w)
			}
			was[n] = w
			delete(lin.Weights, n)
		}
		free = append(free, j)
	}
	if len(free) == 0 {
		return usageError{"-inputs: name at least one input"}
	}
	// The fixed term: the part as it is, without the inputs fitted anew.
	pm, err := asEngine(m)
	if err != nil {
		return err
	}
	tops, err := winnersOf(*base, exs, nf, nq, marginAt)
	if err != nil {
		return err
	}
	xs, ys, ws, rows := confidenceRows(exs, tops, unansWeight)
	if part == "unanswerable" {
		for r, i := range rows {
			ys[r] = !exs[i].answerable
		}
	}
	// The rows with their fixed log-odds as one more input, of weight 1.
	fixed := make([]float64, len(names)+1)
	fixed[len(names)] = 1
	ext := make([][]float64, len(xs))
	for r, x := range xs {
		ext[r] = append(slices.Clone(x), fixedLogOdds(pm, part, x))
	}
	w, _, err := fitLogisticFree(ctx, ext, ys, ws, fixed, 0, free, false, l2)
	if err != nil {
		return fmt.Errorf("%s inputs: %w", part, err)
	}
	for k, j := range free {
		lin.Weights[names[j]] = round(w[k])
	}
	how := fmt.Sprintf("--extend-inputs --part %s", part)
	if len(was) > 0 {
		how += " --anew"
	}
	m.About += fmt.Sprintf("; then %s weights for %s fitted with the rest of the model fixed (qabot-train model %s)", part, strings.Join(inputs, ", "), how)
	if err := writeModelFile(outFile, m); err != nil {
		return err
	}
	em, err := asEngine(m)
	if err != nil {
		return err
	}
	for k, j := range free {
		fmt.Fprintf(out, "%s weight of %s: %g", part, names[j], round(w[k]))
		if old, ok := was[names[j]]; ok {
			fmt.Fprintf(out, " (was %g)", old)
		}
		fmt.Fprintln(out)
	}
	report(out, exs, tops, decisionScores(tops, confidences(tops, em), em), m.Threshold)
	return nil
}

// fixedLogOdds is the log-odds part gives the inputs x under pm: the
// confidence model's or P(unanswerable)'s, weights and trees.
func fixedLogOdds(pm *qa.Model, part string, x []float64) float64 {
	p := pm.ConfidenceOf(x)
	if part == "unanswerable" {
		p = pm.UnanswerableOf(x)
	}
	p = min(max(p, 1e-12), 1-1e-12)
	return math.Log(p / (1 - p))
}
