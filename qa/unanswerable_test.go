package qa

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// TestDecisionScore checks the answer decision's score: the confidence
// less k times P(unanswerable) when the model has that part, the
// confidence itself without it, and with no minimum (0 always answers,
// P(unanswerable) then unread and 0).
func TestDecisionScore(t *testing.T) {
	with := &compiled{unans: []float64{0}, unansWeight: 0.75}
	without := &compiled{}
	tests := []struct {
		name        string
		c           *compiled
		p, u, min   float64
		want        float64
		wantAnswers bool
	}{
		{"sure, and the corpus answers", with, 0.6, 0.1, 0.2, 0.525, true},
		{"sure, but the corpus seems not to answer", with, 0.4, 0.5, 0.2, 0.025, false},
		{"unsure, the corpus answers", with, 0.25, 0, 0.2, 0.25, true},
		{"no minimum: the confidence", with, 0.4, 0, 0, 0.4, true},
		{"no minimum, a sentence that cannot answer", with, 0, 0, 0, 0, true},
		{"without the part: the confidence", without, 0.4, 0.9, 0.34, 0.4, true},
		{"without the part, below the minimum", without, 0.3, 0, 0.34, 0.3, false},
	}
	for _, tt := range tests {
		got := tt.c.decisionScore(tt.p, tt.u)
		if math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("%s: decisionScore(%v, %v) = %v, want %v", tt.name, tt.p, tt.u, got, tt.want)
		}
		if answers := got >= tt.min; answers != tt.wantAnswers {
			t.Errorf("%s: answers %v, want %v", tt.name, answers, tt.wantAnswers)
		}
	}
}

// TestUnanswerablePart checks that the P(unanswerable) part of a model is
// read as the confidence model is (a weight or a tree that names no
// feature, or a bad weight k, is refused) and gives σ of its terms.
func TestUnanswerablePart(t *testing.T) {
	m := Model{
		Rank:       Linear{Weights: map[string]float64{"bm25": 1}},
		Confidence: Linear{Weights: map[string]float64{"exact": 0.5}},
		Unanswerable: &Unanswerable{
			Linear: Linear{Bias: -1, Weights: map[string]float64{"off-paragraph-words": 2}},
			Trees:  []Tree{{Nodes: []TreeNode{{Feature: "margin", Threshold: 1, Left: 1}, {Value: 0.5}, {Value: -0.5}}}},
			Weight: 0.75,
		},
		Threshold: 0.2,
	}
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	pm, err := ParseModel(data)
	if err != nil {
		t.Fatalf("ParseModel: %v", err)
	}
	names := append(FeatureNames(), QuestionFeatureNames()...)
	x := make([]float64, len(names))
	for i, n := range names {
		if n == "off-paragraph-words" {
			x[i] = 0.5
		}
	}
	if got, want := pm.UnanswerableOf(x), 1/(1+math.Exp(-(-1+1+0.5))); math.Abs(got-want) > 1e-12 {
		t.Errorf("UnanswerableOf: got %v, want %v", got, want)
	}
	for _, bad := range []Unanswerable{
		{Linear: Linear{Weights: map[string]float64{"nope": 1}}},
		{Trees: []Tree{{Nodes: []TreeNode{{Feature: "nope", Left: 1}, {}, {}}}}},
		{Weight: -1},
		{Weight: math.NaN()},
	} {
		m.Unanswerable = &bad
		if _, err := m.compile(); !errors.Is(err, ErrModel) {
			t.Errorf("%+v: got %v, want ErrModel", bad, err)
		}
	}
}

// TestModelWithoutUnanswerable checks that a model without the
// P(unanswerable) part (the committed one with it taken out) answers by
// the confidence alone, as before the part: on the questions of
// seed-dev.jsonl an answer's confidence reaches the minimum and an
// abstention's does not, and P(unanswerable) is 0 throughout.
func TestModelWithoutUnanswerable(t *testing.T) {
	ix, pm := seedsWithModel(t, func(m *Model) { m.Unanswerable = nil })
	opt := Options{MinConfidence: pm.Threshold, Top: 1}
	f, err := os.ReadFile(filepath.Join("testdata", "seed-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range bytes.Split(bytes.TrimSpace(f), []byte("\n")) {
		var item struct {
			Question string `json:"question"`
		}
		if err := json.Unmarshal(line, &item); err != nil {
			t.Fatal(err)
		}
		a, err := ix.AnswerWith(context.Background(), Parse(item.Question), opt)
		if err != nil {
			t.Fatal(err)
		}
		cands, err := ix.Candidates(context.Background(), Parse(item.Question))
		if err != nil {
			t.Fatal(err)
		}
		if len(cands) == 0 {
			continue
		}
		n++
		first := firstAnswer(len(cands), opt.MinConfidence, func(i int) float64 { return cands[i].Confidence }, candidatesStandIn(cands))
		if want := cands[first].Confidence >= opt.MinConfidence; a.Found != want {
			t.Errorf("%q: found %v with confidence %.3f, want %v (the confidence alone against %.3f)", item.Question, a.Found, cands[first].Confidence, want, opt.MinConfidence)
		}
		for _, c := range cands {
			if c.Unanswerable != 0 {
				t.Errorf("%q: P(unanswerable) %v without the part, want 0", item.Question, c.Unanswerable)
				break
			}
		}
	}
	if n == 0 {
		t.Error("no question of seed-dev.jsonl had a candidate")
	}
}

// TestNoMinimumAlwaysAnswers checks that with no minimum every question
// gets an answer however sure P(unanswerable) is that the corpus does not
// answer, in AnswerWith as in Explain, while the default minimum abstains:
// the committed model with a P(unanswerable) bias of 20 (P ≈ 1).
func TestNoMinimumAlwaysAnswers(t *testing.T) {
	ix, pm := seedsWithModel(t, func(m *Model) { m.Unanswerable.Linear.Bias = 20 })
	ctx := context.Background()
	q := Parse("when is the tiktok deadline")
	for _, tt := range []struct {
		min  float64
		want bool
	}{{0, true}, {pm.Threshold, false}} {
		opt := Options{MinConfidence: tt.min, Top: 1}
		a, err := ix.AnswerWith(ctx, q, opt)
		if err != nil {
			t.Fatal(err)
		}
		e, err := ix.Explain(ctx, q, opt)
		if err != nil {
			t.Fatal(err)
		}
		if a.Found != tt.want || e.Answered != tt.want {
			t.Errorf("minimum %v: got answered %v (AnswerWith), %v (Explain), want %v", tt.min, a.Found, e.Answered, tt.want)
		}
		if tt.want && (e.Best == nil || e.Best.Sentence != a.Sentence) {
			t.Errorf("minimum %v: Explain's answer differs from AnswerWith's %q", tt.min, a.Sentence)
		}
	}
}

// seedsWithModel returns the embedded seeds' index answering by the
// committed model as edit changes it, and that model.
func seedsWithModel(t *testing.T, edit func(*Model)) (*Index, *Model) {
	t.Helper()
	var m Model
	if err := json.Unmarshal(modelJSON, &m); err != nil {
		t.Fatal(err)
	}
	if m.Unanswerable == nil {
		t.Fatal("the committed model has no P(unanswerable) part")
	}
	edit(&m)
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	pm, err := ParseModel(data)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(embedded(t)).WithModel(pm)
	if err != nil {
		t.Fatal(err)
	}
	return ix, pm
}
