package main

import (
	"math"
	"testing"
)

// TestChooseThreshold checks that the threshold stands inside the stretch
// of best validation accuracy, thresholdWindow steps from its edge, rather
// than at the edge where the plain argmax lies: there, a question's
// confidence moving by a hundredth would change the accuracy.
func TestChooseThreshold(t *testing.T) {
	var exs []example
	var tops []top
	var probs []float64
	add := func(answerable bool, p float64) {
		exs = append(exs, example{group: "squad", val: true, weight: 1, answerable: answerable})
		tops = append(tops, top{at: 0, right: answerable})
		probs = append(probs, p)
	}
	// Unanswerable questions at 0.305, answerable ones answered right at
	// 0.605: every threshold from 0.31 to 0.60 is right on all of them.
	for range 10 {
		add(false, 0.305)
		add(true, 0.605)
	}
	// And a training example, which the choice must ignore.
	exs = append(exs, example{group: "squad", weight: 1, answerable: true})
	tops = append(tops, top{at: 0, right: false})
	probs = append(probs, 0.99)
	got := chooseThreshold(exs, tops, probs, 0.5, 0.6)
	if want := 0.31 + thresholdWindow*0.01; math.Abs(got-want) > 1e-9 {
		t.Errorf("chooseThreshold: got %.4f, want %.2f (the best stretch starts at 0.31)", got, want)
	}
}

// TestChooseThresholdLowestOfTies checks that of two stretches of
// validation thresholds whose accuracies differ by less than
// thresholdTolerance, the lower one is chosen: there the validation
// questions cannot tell them apart.
func TestChooseThresholdLowestOfTies(t *testing.T) {
	var exs []example
	var tops []top
	var probs []float64
	add := func(answerable, right bool, p float64) {
		exs = append(exs, example{group: "squad", val: true, weight: 1, answerable: answerable})
		tops = append(tops, top{at: 0, right: right})
		probs = append(probs, p)
	}
	// 1,000 answerable questions answered right at 0.805 and 1,000
	// unanswerable ones at 0.305: any threshold from 0.31 to 0.80 is right
	// on all of them. One more unanswerable question at 0.505 makes the
	// thresholds above 0.51 better by one question in 2,001, 0.025 points.
	for range 1000 {
		add(true, true, 0.805)
		add(false, false, 0.305)
	}
	add(false, false, 0.505)
	got := chooseThreshold(exs, tops, probs, 0.5, 0.6)
	if want := 0.31 + thresholdWindow*0.01; math.Abs(got-want) > 1e-9 {
		t.Errorf("chooseThreshold: got %.4f, want %.2f (the lower of two stretches within the tolerance)", got, want)
	}
}
