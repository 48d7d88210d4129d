package main

import (
	"fmt"
	"slices"

	"github.com/qabot/qabot/qa"
)

// leaveOut sets the named inputs, candidate or question features, to 0 in
// every candidate row of exs, so that no part fitted on them (the ranker,
// the confidence model and its trees, P(unanswerable)) can weigh them or
// split on them: a run with an input left out is the run without it, on
// the same examples (qabot-train model --examples FILE --leave-out NAMES,
// beside --judge-folds to judge an input held out). "margin" is refused:
// the trainer sets it afresh for each winner (inputsOf). Leaving out an
// input that a kept ranker weighs (--conf-only FILE) changes its winners.
func leaveOut(exs []example, names []string) error {
	nf, nq := len(qa.FeatureNames()), len(qa.QuestionFeatureNames())
	var cand, ques []int
	for _, n := range names {
		if n == "margin" {
			return usageError{"-leave-out: \"margin\" is set for each winner by the trainer and cannot be left out"}
		}
		if j := slices.Index(qa.FeatureNames(), n); j >= 0 {
			cand = append(cand, j)
		} else if j := slices.Index(qa.QuestionFeatureNames(), n); j >= 0 {
			ques = append(ques, j)
		} else {
			return usageError{fmt.Sprintf("-leave-out: %q names no feature", n)}
		}
	}
	for i := range exs {
		e := &exs[i]
		for r := range e.n {
			for _, j := range cand {
				e.feats[r*nf+j] = 0
			}
			for _, j := range ques {
				e.qfeats[r*nq+j] = 0
			}
		}
	}
	return nil
}
