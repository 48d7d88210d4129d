package main

import (
	"errors"
	"slices"
	"testing"

	"github.com/qabot/qabot/qa"
)

// TestLeaveOut checks that --leave-out sets exactly the named candidate
// and question features to 0 in every candidate row of every example,
// every other value kept, and refuses "margin" and a name of no feature.
func TestLeaveOut(t *testing.T) {
	nf, nq := len(qa.FeatureNames()), len(qa.QuestionFeatureNames())
	fill := func(n int) example {
		e := example{n: n, feats: make([]float32, n*nf), qfeats: make([]float32, n*nq)}
		for i := range e.feats {
			e.feats[i] = float32(i + 1)
		}
		for i := range e.qfeats {
			e.qfeats[i] = float32(-i - 1)
		}
		return e
	}
	exs := []example{fill(3), fill(1)}
	want := []example{fill(3), fill(1)}
	if err := leaveOut(exs, []string{"bm25", "heading-words"}); err != nil {
		t.Fatal(err)
	}
	bm25 := slices.Index(qa.FeatureNames(), "bm25")
	hw := slices.Index(qa.QuestionFeatureNames(), "heading-words")
	if bm25 < 0 || hw < 0 {
		t.Fatalf("no feature bm25 (%d) or heading-words (%d)", bm25, hw)
	}
	// check compares one example's rows of one kind of feature (names,
	// the row's width) with the rows before, the column left out zeroed.
	check := func(i int, kind string, names []string, got, was []float32, left int) {
		t.Helper()
		for k, g := range got {
			w := was[k]
			if k%len(names) == left {
				w = 0
			}
			if g != w {
				t.Errorf("example %d row %d %s feature %s: got %v, want %v", i, k/len(names), kind, names[k%len(names)], g, w)
			}
		}
	}
	for i, e := range exs {
		check(i, "candidate", qa.FeatureNames(), e.feats, want[i].feats, bm25)
		check(i, "question", qa.QuestionFeatureNames(), e.qfeats, want[i].qfeats, hw)
	}
	for _, names := range [][]string{{"margin"}, {"no-such-input"}} {
		var ue usageError
		if err := leaveOut(exs, names); !errors.As(err, &ue) {
			t.Errorf("leaveOut(%q): got %v, want a usage error", names, err)
		}
	}
}
