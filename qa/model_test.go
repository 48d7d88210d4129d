package qa

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
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

// TestExplainSumsTrees checks that an explanation adds up: the ranker's
// score is its bias, the features' contributions and the ranker trees'
// part, and the confidence and P(unanswerable) are σ of their bias, terms
// and trees.
func TestExplainSumsTrees(t *testing.T) {
	leaf := func(v float64) []Tree { return []Tree{{Nodes: []TreeNode{{Value: v}}}} }
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	m.RankTrees, m.ConfidenceTrees = leaf(0.75), leaf(-0.25)
	ix, err := Build(embedded(t)).WithModel(m)
	if err != nil {
		t.Fatal(err)
	}
	e, err := ix.Explain(context.Background(), Parse("when is the tiktok deadline"), DefaultOptions())
	if err != nil || e.Best == nil {
		t.Fatalf("Explain: %v, best %v", err, e.Best)
	}
	c := e.Best
	if c.RankTrees != 0.75 || c.ConfidenceTrees != -0.25 {
		t.Errorf("trees' parts: got rank %v, confidence %v, want 0.75 and -0.25", c.RankTrees, c.ConfidenceTrees)
	}
	score, logit := c.RankBias+c.RankTrees, c.ConfidenceBias+c.ConfidenceTrees
	for _, r := range c.Rank {
		score += r.Amount()
	}
	for _, r := range c.ConfidenceTerms {
		logit += r.Amount()
	}
	if math.Abs(score-c.Score) > 1e-9 {
		t.Errorf("ranker score: got %v, contributions add up to %v", c.Score, score)
	}
	if want := 1 / (1 + math.Exp(-logit)); math.Abs(want-c.OwnConfidence) > 1e-9 {
		t.Errorf("own confidence: got %v, terms give %v", c.OwnConfidence, want)
	}
	if len(c.UnanswerableTerms) == 0 {
		t.Fatalf("got no P(unanswerable) terms, want them for the committed model's part")
	}
	logit = c.UnanswerableBias + c.UnanswerableTrees
	for _, r := range c.UnanswerableTerms {
		logit += r.Amount()
	}
	if want := 1 / (1 + math.Exp(-logit)); math.Abs(want-c.Unanswerable) > 1e-9 {
		t.Errorf("P(unanswerable): got %v, terms give %v", c.Unanswerable, want)
	}
}

// TestRankWeightsByWording checks the ranker's crossed weights: a weight
// named "<wording>:<feature>" adds to the feature's weight for questions
// of that wording only, the model's own weights stay as they were, and a
// crossed weight naming no wording or candidate feature is refused.
func TestRankWeightsByWording(t *testing.T) {
	m := Model{Rank: Linear{Weights: map[string]float64{"bm25": 1, "type-person": 0.5, "asks-person:type-person": 2, "key-words:exact": -1}}}
	c, err := m.compile()
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	m.compiled = c
	names := FeatureNames()
	x := make([]float64, len(names))
	x[slices.Index(names, "bm25")] = 1
	x[slices.Index(names, "type-person")] = 1
	x[slices.Index(names, "exact")] = 1
	for _, tt := range []struct {
		question string
		want     float64
	}{
		{"Who leads the talks?", 1 + 0.5 + 2},
		{"When do the talks end?", 1 + 0.5},
		{"talks leader", 1 + 0.5 - 1},
	} {
		q := Parse(tt.question)
		var f facts
		wording := wordingOf(&q, &f, nil)
		question := make([]float64, len(questionFeatures))
		copy(wordingIn(question), wording)
		if got := m.RankScore(x, question); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%q: got rank score %v, want %v", tt.question, got, tt.want)
		}
	}
	if got := c.rank[slices.Index(names, "type-person")]; got != 0.5 {
		t.Errorf("after summing the weights of a who question: got the model's own type-person weight %v, want 0.5", got)
	}
	for _, name := range []string{"asks-nothing:bm25", "asks-person:no-feature", "margin:bm25"} {
		bad := Model{Rank: Linear{Weights: map[string]float64{name: 1}}}
		if _, err := bad.compile(); !errors.Is(err, ErrModel) {
			t.Errorf("rank weight %q: got %v, want ErrModel", name, err)
		}
	}
}

// TestDotPlain checks dot, which takes eight terms a step, against the
// plain loop adding one term at a time, to the bit: rows of every length
// from 0 to 70 (the committed models' rows are some 60 long), of values
// whose magnitudes differ by up to 2^40, with zeros and negative zeros,
// so that a sum taken in another order (two partial sums, or the terms
// of a step added together first) or a term left out differs.
func TestDotPlain(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 52))
	value := func() float64 {
		switch rng.IntN(6) {
		case 0:
			return 0
		case 1:
			return math.Copysign(0, -1)
		}
		return (rng.Float64()*2 - 1) * math.Ldexp(1, rng.IntN(41)-20)
	}
	checked, differ := 0, 0
	for n := 0; n <= 70; n++ {
		for range 200 {
			w, x := make([]float64, n+rng.IntN(3)), make([]float64, n)
			for i := range w {
				w[i] = value()
			}
			for i := range x {
				x[i] = value()
			}
			want := 0.0
			for i, v := range x {
				want += w[i] * v
			}
			if got := dot(w, x); math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("dot(%v, %v) = %v; want %v, the plain loop's", w, x, got, want)
			}
			// How often another order would tell: the sum of the
			// terms in reverse.
			rev := 0.0
			for i := len(x) - 1; i >= 0; i-- {
				rev += w[i] * x[i]
			}
			if rev != want {
				differ++
			}
			checked++
		}
	}
	t.Logf("%d rows, %d of them summed otherwise in reverse", checked, differ)
	if differ < checked/2 {
		t.Errorf("only %d of %d rows differ summed in reverse; want the values to tell an order apart", differ, checked)
	}
}

// evalPlain is tree t's output for features x, walked with bound checks:
// the plain walk forest.sum reads in place.
func evalPlain(t ctree, x []float64) float64 {
	n := int32(0)
	for t[n].feature >= 0 {
		if x[t[n].feature] <= t[n].threshold {
			n = t[n].left
		} else {
			n = t[n].left + 1
		}
	}
	return t[n].threshold
}

// TestForestPlain checks forest.sum against the plain walk of each tree
// (evalPlain) summed in order: on the committed model's confidence and
// P(unanswerable) trees and on random trees of up to depth 5, with inputs
// at, just below and just above the thresholds, NaNs and infinities; and
// that inputs fewer than the forest's width panic.
func TestForestPlain(t *testing.T) {
	m, err := DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	width := len(FeatureNames()) + len(QuestionFeatureNames())
	r := rand.New(rand.NewPCG(13, 14))
	var random []Tree
	for range 40 {
		var nodes []TreeNode
		var grow func(depth int)
		grow = func(depth int) {
			at := len(nodes)
			if depth == 0 || r.IntN(4) == 0 {
				nodes = append(nodes, TreeNode{Value: r.NormFloat64()})
				return
			}
			nodes = append(nodes, TreeNode{Feature: FeatureNames()[r.IntN(len(FeatureNames()))], Threshold: float64(r.IntN(5)) / 2})
			// Children come after their parent, side by side: the left
			// one's subtree is laid out after both.
			nodes[at].Left = len(nodes)
			nodes = append(nodes, TreeNode{}, TreeNode{})
			for side := range 2 {
				sub := len(nodes)
				grow(depth - 1)
				// Move the subtree's root into its slot.
				nodes[at+1+side] = nodes[sub]
				if nodes[sub].Feature != "" {
					// Its children stay where they are.
					nodes[sub] = TreeNode{Value: math.NaN()} // unreachable
				}
			}
		}
		grow(5)
		random = append(random, Tree{Nodes: nodes})
	}
	var trees []ctree
	for _, set := range [][]Tree{m.ConfidenceTrees, m.Unanswerable.Trees, random} {
		for _, tr := range set {
			ct, err := compileTree(tr, candidateFeatures, questionFeatures)
			if err != nil {
				t.Fatalf("compileTree: %v", err)
			}
			trees = append(trees, ct)
		}
	}
	if len(trees) < 100 {
		t.Fatalf("got %d trees, want the model's and 40 random ones", len(trees))
	}
	var f forest
	wantWidth := 0
	for _, ct := range trees {
		f.add(ct)
		for _, n := range ct {
			wantWidth = max(wantWidth, int(n.feature)+1)
		}
	}
	if f.width != wantWidth {
		t.Fatalf("forest width: got %d, want %d", f.width, wantWidth)
	}
	values := []float64{-1, 0, 0.5, 1, 1.5, 2, math.Nextafter(1, 2), math.Nextafter(1, 0), math.NaN(), math.Inf(1), math.Inf(-1)}
	x := make([]float64, width)
	for round := range 2000 {
		for i := range x {
			if round%2 == 0 {
				x[i] = values[r.IntN(len(values))]
			} else {
				x[i] = r.NormFloat64()
			}
		}
		want := 0.0
		for _, ct := range trees {
			want += evalPlain(ct, x)
		}
		if got := f.sum(x); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("round %d: got %v, want %v", round, got, want)
		}
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Errorf("sum of %d inputs for a forest of width %d: got no panic", f.width-1, f.width)
			}
		}()
		f.sum(x[:f.width-1])
	}()
}
