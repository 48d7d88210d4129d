package main

import (
	"fmt"
	"io"
	"math"

	"github.com/qabot/qabot/qa"
)

// The retelling lift. The engine lifts the answer decision's score of a
// corpus that retells one story by the model's slope times the corpus's
// retelling above qa.RetellingFloor, at most the minimum
// (qa/retelling.go). What the lift gains is a change of the answer
// decision itself, which a logistic fit of the retelling does not see
// (engine-log, abst65), so the trainer chooses the slope as it chooses
// the threshold: by the accuracy of the answer decision, here on the
// chat-style training questions (all of them: their corpora are the
// retold ones) and the SQuAD validation questions. Each example carries
// the retelling of the corpus it was asked of. The floor is the tuning
// table's, not chosen: on chunks of 48 SQuAD articles, which all read
// below 0.20, a search of the floor too took one that lifted the SQuAD
// corpora read just above it (abst69, stop 47).

// The slopes chooseRetelling searches: from 0 (no lift) to
// retellingSlopeHi in steps of retellingSlopeStep (a slope of 4 lifts a
// corpus 0.04 above the floor by the default threshold, 0.15: steeper
// only moves the cap nearer).
const (
	retellingSlopeHi   = 4.0
	retellingSlopeStep = 0.25
)

// chooseRetelling returns the slope of the retelling lift whose answer
// decisions on exs are the most accurate: example i's winner (tops) of
// decision score scores[i] answers when the score lifted by
// min(threshold, slope × (retelling − qa.RetellingFloor)) reaches
// threshold. Accuracy is weighed as chooseThreshold weighs it: the
// chat-style questions (validating or not) chatShare of the whole, each by
// its weight, and the SQuAD validation questions the rest, unans of them
// unanswerable. Of equally accurate slopes it returns the lowest (0, no
// lift, when none does better). It also returns the accuracy of that
// slope and of none.
func chooseRetelling(exs []example, tops []top, scores []float64, threshold, unans, chatShare float64) (slope, acc, none float64) {
	var squad []example
	var nchat float64
	for _, e := range exs {
		switch {
		case isChat(e):
			nchat += e.weight
		case e.val:
			squad = append(squad, e)
		}
	}
	if nchat == 0 {
		chatShare = 0
	}
	wAns, wUn := validationWeights(squad, unans)
	accuracy := func(slope float64) float64 {
		a := 0.0
		for i, e := range exs {
			chat := isChat(e)
			if !chat && !e.val {
				continue
			}
			lift := min(threshold, slope*max(0, e.retold-qa.RetellingFloor))
			answered := tops[i].at >= 0 && scores[i]+lift >= threshold
			right := e.answerable && answered && tops[i].right || !e.answerable && !answered
			switch {
			case !right:
			case chat:
				a += chatShare * e.weight / nchat
			case e.answerable:
				a += (1 - chatShare) * wAns * e.weight
			default:
				a += (1 - chatShare) * wUn * e.weight
			}
		}
		return a
	}
	none = accuracy(0)
	slope, acc = 0, none
	ns := int(math.Round(retellingSlopeHi / retellingSlopeStep))
	for si := 1; si <= ns; si++ {
		s := float64(si) * retellingSlopeStep
		// A gain below 1e-9 is a sum's rounding, not a question.
		if a := accuracy(s); a > acc+1e-9 {
			slope, acc = s, a
		}
	}
	return slope, acc, none
}

// fitRetelling keeps the model in file and chooses only its retelling
// lift's slope on exs (chooseRetelling, at the model's threshold), writing
// the result to outFile (qabot-train model --retelling).
func fitRetelling(out io.Writer, exs []example, file, outFile string, nf, nq, marginAt int, unansShare, chatShare float64) error {
	pm, tops, err := modelWinners(file, exs, nf, nq, marginAt)
	if err != nil {
		return err
	}
	m := *pm
	scores := decisionScores(tops, confidences(tops, pm), pm)
	slope, acc, none := chooseRetelling(exs, tops, scores, m.Threshold, unansShare, chatShare)
	m.RetellingSlope = slope
	m.About += fmt.Sprintf("; its retelling lift's slope chosen anew with the rest kept (qabot-train model --retelling): %g × (retelling − %g)", slope, qa.RetellingFloor)
	if err := writeModelFile(outFile, m); err != nil {
		return err
	}
	fmt.Fprintf(out, "retelling lift %g × (retelling − %g): accuracy %.4f, without a lift %.4f\n", slope, qa.RetellingFloor, acc, none)
	return nil
}

// retellingOf chooses the retelling lift's slope for a model m being
// trained, whose decision scores on exs are scores at threshold, when m
// has a P(unanswerable) part (the engine lifts no other model's decision),
// and returns 0, no lift, otherwise.
func retellingOf(m qa.Model, exs []example, tops []top, scores []float64, threshold, unansShare, chatShare float64) float64 {
	if m.Unanswerable == nil {
		return 0
	}
	slope, _, _ := chooseRetelling(exs, tops, scores, threshold, unansShare, chatShare)
	return slope
}
