package qa

import (
	"errors"
	"math"
	"slices"
	"testing"
)

// TestModelTrees checks the boosted trees of the answer model: a
// confidence tree may split on a question feature and adds its leaf to the
// log-odds; a tree naming no feature, or a question feature in the
// ranker's trees, or children before their parent, is refused.
func TestModelTrees(t *testing.T) {
	split := func(feature string) []Tree {
		return []Tree{{Nodes: []TreeNode{{Feature: feature, Threshold: 1, Left: 1}, {Value: -0.5}, {Value: 2}}}}
	}
	m := Model{
		Rank:            Linear{Weights: map[string]float64{"bm25": 1}},
		Confidence:      Linear{Bias: -1, Weights: map[string]float64{"exact": 0.5}},
		ConfidenceTrees: split("margin"),
		Threshold:       0.3,
	}
	c, err := m.compile()
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	m.compiled = c
	names := append(FeatureNames(), QuestionFeatureNames()...)
	x := make([]float64, len(names))
	x[slices.Index(names, "exact")] = 1
	for _, tt := range []struct {
		margin, leaf float64
	}{{0.5, -0.5}, {3, 2}} {
		x[slices.Index(names, "margin")] = tt.margin
		want := 1 / (1 + math.Exp(-(-1 + 0.5 + tt.leaf)))
		if got := m.ConfidenceOf(x); math.Abs(got-want) > 1e-12 {
			t.Errorf("margin %v: got confidence %v, want %v", tt.margin, got, want)
		}
	}
	bad := []struct {
		name string
		m    Model
	}{
		{"confidence tree on no feature", Model{ConfidenceTrees: split("nope")}},
		{"rank tree on a question feature", Model{RankTrees: split("margin")}},
		{"children before their parent", Model{ConfidenceTrees: []Tree{{Nodes: []TreeNode{{Feature: "margin", Left: 0}, {Value: 1}}}}}},
		{"empty tree", Model{ConfidenceTrees: []Tree{{}}}},
	}
	for _, tt := range bad {
		if _, err := tt.m.compile(); !errors.Is(err, ErrModel) {
			t.Errorf("%s: got %v, want ErrModel", tt.name, err)
		}
	}
}
