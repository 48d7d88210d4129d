package main

import (
	"maps"
	"math"
	"slices"
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

// TestHolesFrontier checks the threshold holesFrontier reports: the lowest
// at which the validation questions of the group "holes" are abstained on
// at least the share asked, with the share of the group "holes-kept"
// answered right there.
func TestHolesFrontier(t *testing.T) {
	var exs []example
	var tops []top
	var probs []float64
	add := func(group string, val, answerable, right bool, p float64) {
		exs = append(exs, example{group: group, val: val, weight: 1, answerable: answerable})
		tops = append(tops, top{at: 0, right: right})
		probs = append(probs, p)
	}
	// Ten questions whose paragraph is gone, at 0.10, 0.20, ... 1.00:
	// at 0.71, seven of them (70%) are abstained on.
	for k := 1; k <= 10; k++ {
		add("holes", true, false, false, float64(k)/10)
	}
	// Four answered right at 0.50, 0.72, 0.80 and 0.90, and one wrong at
	// 0.95: at 0.71 three of the five are right.
	for _, p := range []float64{0.50, 0.72, 0.80, 0.90} {
		add("holes-kept", true, true, true, p)
	}
	add("holes-kept", true, true, false, 0.95)
	// Training examples and other groups count for nothing.
	add("holes", false, false, false, 0.99)
	add("squad", true, true, true, 0.01)
	got, abst, right, ok := holesFrontier(exs, tops, probs, 0.7)
	if !ok || math.Abs(got-0.71) > 1e-9 || math.Abs(abst-0.7) > 1e-9 || math.Abs(right-0.6) > 1e-9 {
		t.Errorf("holesFrontier: got %.2f, %.2f, %.2f, %v, want 0.71, 0.70, 0.60, true", got, abst, right, ok)
	}
	if _, _, _, ok := holesFrontier(exs[10:], tops[10:], probs[10:], 0.7); ok {
		t.Error("holesFrontier with no validating holes: got ok, want not ok")
	}
}

// TestConfidenceRowsUnanswerableWeight checks that the confidence model's
// rows leave out validating examples and examples without a winner, and
// weigh an unanswerable question's winner by unansWeight times its
// example's weight.
func TestConfidenceRowsUnanswerableWeight(t *testing.T) {
	exs := []example{
		{group: "squad", weight: 1, answerable: true},
		{group: "holes", weight: 1, answerable: false},
		{group: "chat:x", weight: 20, answerable: false},
		{group: "holes", weight: 1, answerable: false, val: true},
		{group: "squad", weight: 1, answerable: true},
	}
	tops := []top{{at: 0, right: true}, {at: 0}, {at: 2}, {at: 0}, {at: -1}}
	_, ys, ws, rows := confidenceRows(exs, tops, 2)
	if want := []int{0, 1, 2}; !slices.Equal(rows, want) {
		t.Errorf("rows: got %v, want %v", rows, want)
	}
	if want := []float64{1, 2, 40}; !slices.Equal(ws, want) {
		t.Errorf("weights: got %v, want %v", ws, want)
	}
	if want := []bool{true, false, false}; !slices.Equal(ys, want) {
		t.Errorf("labels: got %v, want %v", ys, want)
	}
}

// TestFamilies checks that the confidence rows are told apart by family
// (an unanswerable chat-style question counted as chat, not as an
// unanswerable SQuAD one) with their weights and right winners.
func TestFamilies(t *testing.T) {
	exs := []example{
		{group: "squad", weight: 1, answerable: true},
		{group: "holes", weight: 1, answerable: false},
		{group: "chat:x", weight: 20, answerable: false},
		{group: "chat:y", weight: 20, answerable: true},
		{group: "squad", weight: 1, answerable: true},
	}
	tops := []top{{at: 0, right: true}, {at: 0}, {at: 2}, {at: 0, right: true}, {at: 0}}
	_, ys, ws, rows := confidenceRows(exs, tops, 2)
	got := families(exs, ys, ws, rows)
	want := map[string]family{
		"squad":              {rows: 2, right: 1, weight: 2},
		"squad-unanswerable": {rows: 1, right: 0, weight: 2},
		"chat":               {rows: 2, right: 1, weight: 60},
	}
	if !maps.Equal(got, want) {
		t.Errorf("families: got %v, want %v", got, want)
	}
}
