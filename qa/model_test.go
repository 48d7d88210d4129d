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

// TestDotPlain checks dot, whose loop checks w's bound once, against the
// plain sum of w[i]·x[i] in order, to the bit, on random vectors of every
// length up to 70 (the ranker reads 58 features), and on none.
func TestDotPlain(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for n := range 71 {
		w, x := make([]float64, n+r.IntN(3)), make([]float64, n)
		for i := range w {
			w[i] = r.NormFloat64()
		}
		for i := range x {
			x[i] = r.NormFloat64() * float64(r.IntN(2))
		}
		want := 0.0
		for i := range x {
			want += w[i] * x[i]
		}
		if got := dot(w, x); math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("%d terms: got %v, want %v", n, got, want)
		}
	}
}
