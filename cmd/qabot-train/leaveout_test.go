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
	for i, e := range exs {
		for r := range e.n {
			for j := range nf {
				w := want[i].feats[r*nf+j]
				if j == bm25 {
					w = 0
				}
				if got := e.feats[r*nf+j]; got != w {
					t.Errorf("example %d row %d candidate feature %s: got %v, want %v", i, r, qa.FeatureNames()[j], got, w)
				}
			}
			for j := range nq {
				w := want[i].qfeats[r*nq+j]
				if j == hw {
					w = 0
				}
				if got := e.qfeats[r*nq+j]; got != w {
					t.Errorf("example %d row %d question feature %s: got %v, want %v", i, r, qa.QuestionFeatureNames()[j], got, w)
				}
			}
		}
	}
	for _, names := range [][]string{{"margin"}, {"no-such-input"}} {
		var ue usageError
		if err := leaveOut(exs, names); !errors.As(err, &ue) {
			t.Errorf("leaveOut(%q): got %v, want a usage error", names, err)
		}
	}
}
