package main

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"text/tabwriter"

	"github.com/qabot/qabot/qa"
)

// printExplanation writes `qabot ask --explain`: the decision (with the
// model's P(unanswerable) part, the confidence less k times
// P(unanswerable) against the minimum), then for the
// answer and the runner-up the ranker's score, the confidence and
// P(unanswerable), each broken into its features' contributions (value ×
// weight), largest first; features that contribute nothing are left out.
func printExplanation(w io.Writer, x qa.Explanation) error {
	if x.Best == nil {
		_, err := fmt.Fprintln(w, "\nexplain: no sentence holds a word of the question (or an alternative of one), so there is nothing to choose from.")
		return err
	}
	verdict := "answered"
	cmpSign := ">="
	if !x.Answered {
		verdict, cmpSign = "abstained", "<"
	}
	switch {
	case x.UnanswerableWeight > 0 && x.Threshold > 0 && x.Lift > 0:
		fmt.Fprintf(w, "\nexplain: %s: the best sentence's confidence %.3f less %g × P(unanswerable) %.3f, plus the corpus's retelling lift %.3f, = %.3f %s the minimum %.3f\n",
			verdict, x.Best.Confidence, x.UnanswerableWeight, x.Best.Unanswerable, x.Lift, x.Best.Decision, cmpSign, x.Threshold)
	case x.UnanswerableWeight > 0 && x.Threshold > 0:
		fmt.Fprintf(w, "\nexplain: %s: the best sentence's confidence %.3f less %g × P(unanswerable) %.3f = %.3f %s the minimum %.3f\n",
			verdict, x.Best.Confidence, x.UnanswerableWeight, x.Best.Unanswerable, x.Best.Decision, cmpSign, x.Threshold)
	default:
		fmt.Fprintf(w, "\nexplain: %s: the best sentence's confidence %.3f %s the minimum %.3f\n", verdict, x.Best.Confidence, cmpSign, x.Threshold)
	}
	if err := printCandidate(w, "best", x.Best); err != nil {
		return err
	}
	if x.RunnerUp != nil {
		return printCandidate(w, "runner-up", x.RunnerUp)
	}
	return nil
}

// printCandidate writes one candidate's explanation.
func printCandidate(w io.Writer, name string, c *qa.CandidateExplanation) error {
	fmt.Fprintf(w, "\n%s: %q\n  — %s\n", name, c.Sentence, c.Source.Path)
	if c.RankTrees != 0 {
		fmt.Fprintf(w, "  ranker score %.3f = bias %+.3f, boosted trees %+.3f and:\n", c.Score, c.RankBias, c.RankTrees)
	} else {
		fmt.Fprintf(w, "  ranker score %.3f = bias %+.3f and:\n", c.Score, c.RankBias)
	}
	if err := printContributions(w, c.Rank); err != nil {
		return err
	}
	label := "confidence"
	switch {
	case c.Revises:
		fmt.Fprintf(w, "  confidence %.3f: the higher of its own and the runner-up's, an older version of it on the same page that it replaces\n", c.Confidence)
		label = "own confidence"
	case c.Confidence != c.OwnConfidence:
		fmt.Fprintf(w, "  confidence %.3f: its own and those of the candidates that give the same value, the answer wrong only when all of them are\n", c.Confidence)
		label = "own confidence"
	}
	if c.ConfidenceTrees != 0 {
		fmt.Fprintf(w, "  %s %.3f = σ(bias %+.3f, boosted trees %+.3f and:)\n", label, c.OwnConfidence, c.ConfidenceBias, c.ConfidenceTrees)
	} else {
		fmt.Fprintf(w, "  %s %.3f = σ(bias %+.3f and:)\n", label, c.OwnConfidence, c.ConfidenceBias)
	}
	if err := printContributions(w, c.ConfidenceTerms); err != nil || c.UnanswerableTerms == nil {
		return err
	}
	if c.Revises {
		// The terms are its own; Unanswerable may be the runner-up's.
		fmt.Fprintf(w, "  P(unanswerable) %.3f: the lower of its own and the runner-up's\n", c.Unanswerable)
		z := c.UnanswerableBias + c.UnanswerableTrees
		for _, t := range c.UnanswerableTerms {
			z += t.Amount()
		}
		fmt.Fprintf(w, "  own P(unanswerable) %.3f = σ(bias %+.3f, boosted trees %+.3f and:)\n", 1/(1+math.Exp(-z)), c.UnanswerableBias, c.UnanswerableTrees)
		return printContributions(w, c.UnanswerableTerms)
	}
	fmt.Fprintf(w, "  P(unanswerable) %.3f = σ(bias %+.3f, boosted trees %+.3f and:)\n", c.Unanswerable, c.UnanswerableBias, c.UnanswerableTrees)
	return printContributions(w, c.UnanswerableTerms)
}

// printContributions writes the non-zero contributions, largest first.
func printContributions(w io.Writer, cs []qa.Contribution) error {
	cs = slices.DeleteFunc(slices.Clone(cs), func(c qa.Contribution) bool { return c.Amount() == 0 })
	slices.SortStableFunc(cs, func(a, b qa.Contribution) int { return cmp.Compare(abs(b.Amount()), abs(a.Amount())) })
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	for _, c := range cs {
		fmt.Fprintf(tw, "    %s\t%+.3f\t= %.3f × %.3f\t%s\n", c.Feature, c.Amount(), c.Value, c.Weight, c.Doc)
	}
	return tw.Flush()
}

func abs(x float64) float64 { return max(x, -x) }
