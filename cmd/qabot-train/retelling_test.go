package main

import (
	"testing"
)

// TestChooseRetelling checks the slope chosen by the accuracy of the
// answer decision at the threshold 0.15, above the floor qa.RetellingFloor
// (0.24): the lowest slope that lifts a retold corpus's right answers over
// the bar without lifting its unanswerable question or those of a corpus
// read below the floor; no lift when lifting answers more unanswerable
// questions than right ones; and the SQuAD validation questions weighed
// when no chat-style question is, the SQuAD training ones never.
func TestChooseRetelling(t *testing.T) {
	type q struct {
		group      string
		val        bool
		answerable bool
		retold     float64
		score      float64
		n          int
	}
	for _, c := range []struct {
		name string
		qs   []q
		want float64
	}{
		{"retold corpus's right answers near the bar", []q{
			{"chat:a", false, true, 0.33, 0.104, 3},
			{"chat:a", true, false, 0.33, 0.05, 1},
			{"chat:b", false, false, 0.20, 0.12, 2},
		}, 0.75},
		{"lifting answers more unanswerable ones", []q{
			{"chat:a", false, true, 0.33, 0.104, 1},
			{"chat:a", false, false, 0.33, 0.104, 2},
		}, 0},
		{"SQuAD validation questions", []q{
			{"squad", true, true, 0.30, 0.12, 3},
			{"squad", true, false, 0.26, 0.12, 3},
			{"squad", false, false, 0.30, 0.12, 10},
		}, 0.5},
	} {
		var exs []example
		var tops []top
		var scores []float64
		for _, x := range c.qs {
			for range x.n {
				exs = append(exs, example{group: x.group, val: x.val, weight: 20, answerable: x.answerable, retold: x.retold})
				tops = append(tops, top{at: 0, right: x.answerable})
				scores = append(scores, x.score)
			}
		}
		got, acc, none := chooseRetelling(exs, tops, scores, 0.15, 0.5, 0.6)
		if got != c.want {
			t.Errorf("%s: got slope %g, want %g", c.name, got, c.want)
		}
		if (c.want > 0) != (acc > none) {
			t.Errorf("%s: got accuracy %.4f against %.4f without a lift, want it above only when lifted", c.name, acc, none)
		}
	}
}
