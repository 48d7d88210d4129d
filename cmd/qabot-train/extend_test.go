package main

import (
	"bytes"
	"context"
	"io"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa"
)

// TestFitExtension checks the forward step: with the fixed scores unable
// to tell the right candidate from the wrong ones, the free feature that
// marks the right one gets a large positive weight, one that marks a
// wrong one a negative weight, and the same data gives the same weights.
func TestFitExtension(t *testing.T) {
	// Two candidate features: 0 is fixed (the same for every candidate),
	// 1 is free. Each list has three candidates, the right one first.
	const nf, nq = 2, 1
	lists := func(freeOfRight, freeOfWrong float32) []example {
		var exs []example
		for range 20 {
			exs = append(exs, example{
				weight: 1, n: 3,
				feats:  []float32{1, freeOfRight, 1, freeOfWrong, 1, 0},
				qfeats: make([]float32, 3*nq),
				label:  []int8{1, 0, 0},
			})
		}
		// A list where the free feature marks nothing keeps the
		// feature's spread from being zero on its own.
		exs = append(exs, example{weight: 1, n: 2, feats: []float32{1, 0, 1, 0}, qfeats: make([]float32, 2*nq), label: []int8{1, 0}})
		return exs
	}
	fixed := func(x, _ []float32) float64 { return 0.5 * float64(x[0]) }
	for _, c := range []struct {
		name                     string
		freeOfRight, freeOfWrong float32
		positive                 bool
	}{
		{"marks the right candidate", 1, 0, true},
		{"marks a wrong candidate", 0, 1, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			w, err := fitExtension(context.Background(), lists(c.freeOfRight, c.freeOfWrong), nf, nq, fixed, []int{1}, 1e-4)
			if err != nil {
				t.Fatal(err)
			}
			if len(w) != 1 {
				t.Fatalf("got %d weights, want 1", len(w))
			}
			if c.positive && w[0] < 1 || !c.positive && w[0] > -1 {
				t.Errorf("got weight %.3f, want it %s", w[0], map[bool]string{true: "above 1", false: "below -1"}[c.positive])
			}
			again, err := fitExtension(context.Background(), lists(c.freeOfRight, c.freeOfWrong), nf, nq, fixed, []int{1}, 1e-4)
			if err != nil {
				t.Fatal(err)
			}
			if again[0] != w[0] {
				t.Errorf("fitted twice: got %v then %v, want the same", w[0], again[0])
			}
		})
	}
}

// TestExtendRefitIsDeterministic runs the forward step with -refit twice
// on the small slice of TestModelTrainingIsDeterministic, from a base
// model that lacks the weight of "passage" and whose confidence model
// knows nothing: both runs write the same bytes; the base's ranker
// weights are kept and "passage" gets one; the confidence model, its
// trees and the threshold are fitted again rather than kept.
func TestExtendRefitIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	const threshold = 0.99 // no threshold chooseThreshold picks
	base := qa.Model{About: "base", Rank: flatRanker("passage"), Threshold: threshold}
	baseFile, exFile := writeModel(t, dir, base), filepath.Join(dir, "examples")
	var models [2][]byte
	for i := range models {
		// The first run collects the examples and keeps them, the
		// second fits on the kept ones.
		models[i] = runModelTo(t, dir, i, append(sliceArgs(dir, exFile), "--extend", baseFile, "--refit")...)
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Errorf("two refits on the same examples gave different models:\n%s\n%s", models[0], models[1])
	}
	m, err := qa.ParseModel(models[0])
	if err != nil {
		t.Fatalf("ParseModel of the refitted model: %v", err)
	}
	for n, w := range base.Rank.Weights {
		if m.Rank.Weights[n] != w {
			t.Errorf("rank weight %s: got %v, want the base's %v", n, m.Rank.Weights[n], w)
		}
	}
	if _, ok := m.Rank.Weights["passage"]; !ok {
		t.Error(`rank weight "passage": got none, want one fitted`)
	}
	if len(m.Confidence.Weights) == 0 || len(m.ConfidenceTrees) != 2 {
		t.Errorf("confidence: got %d weights and %d trees, want some weights and 2 trees", len(m.Confidence.Weights), len(m.ConfidenceTrees))
	}
	if m.Threshold == threshold {
		t.Errorf("threshold: got the base's %v, want one chosen again", m.Threshold)
	}
}

// TestFitRankerPrior checks the refit's prior (fitRanker's prior, the
// --rerank step): a feature the lists say nothing about (the same on
// every candidate of a list) keeps the prior's weight, where without a
// prior it gets 0; a feature that marks the right candidate stays near
// the prior's weight against it under a strong pull and turns positive
// under a weak one.
func TestFitRankerPrior(t *testing.T) {
	// Feature 0 marks the right candidate (the first of each list),
	// feature 1 is the list's own constant.
	const nf, nq = 2, 1
	var exs []example
	for i := range 30 {
		c := float32(i % 3)
		exs = append(exs, example{weight: 1, n: 2, feats: []float32{1, c, 0, c}, qfeats: make([]float32, 2*nq), label: []int8{1, 0}})
	}
	prior := []float64{-1, 0.7}
	for _, c := range []struct {
		name  string
		prior []float64
		pull  float64
		want1 float64 // feature 1's weight
		near0 bool    // feature 0's weight within 0.1 of the prior's, else above 0
	}{
		{"no prior", nil, 1e-4, 0, false},
		{"weak pull", prior, 1e-4, 0.7, false},
		{"strong pull", prior, 100, 0.7, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			w, err := fitRanker(context.Background(), exs, nf, nil, c.pull, 1, c.prior)
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(w[1]-c.want1) > 1e-6 {
				t.Errorf("uninformative feature: got weight %.6f, want %.6f", w[1], c.want1)
			}
			switch {
			case c.near0 && math.Abs(w[0]-prior[0]) > 0.1:
				t.Errorf("marking feature: got weight %.3f, want it within 0.1 of the prior's %.3f", w[0], prior[0])
			case !c.near0 && w[0] <= 0:
				t.Errorf("marking feature: got weight %.3f, want it above 0", w[0])
			}
		})
	}
}

// TestExtendRerankIsDeterministic runs the forward step with --rerank
// and --refit twice on the small slice of TestModelTrainingIsDeterministic:
// both runs write the same bytes, the ranker's weights are fitted again
// (not the base's), the model says so, and a base with ranker trees is
// refused.
func TestExtendRerankIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	base := qa.Model{About: "base", Rank: flatRanker(), Threshold: 0.99}
	baseFile, exFile := writeModel(t, dir, base), filepath.Join(dir, "examples")
	var models [2][]byte
	for i := range models {
		models[i] = runModelTo(t, dir, i, append(sliceArgs(dir, exFile), "--extend", baseFile, "--rerank", "0.01", "--refit")...)
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Errorf("two reranks on the same examples gave different models:\n%s\n%s", models[0], models[1])
	}
	m, err := qa.ParseModel(models[0])
	if err != nil {
		t.Fatalf("ParseModel of the reranked model: %v", err)
	}
	moved := 0
	for n, w := range base.Rank.Weights {
		if m.Rank.Weights[n] != w {
			moved++
		}
	}
	if moved == 0 {
		t.Error("rank weights: got the base's every one, want them fitted again")
	}
	if !strings.Contains(m.About, "--rerank") {
		t.Errorf("about: got %q, want it to name --rerank", m.About)
	}
	base.RankTrees = []qa.Tree{{Nodes: []qa.TreeNode{{Value: 0.1}}}}
	baseFile = writeModel(t, dir, base)
	err = runModel(context.Background(), append(sliceArgs(dir, exFile), "--extend", baseFile, "--rerank", "0.01", "--out", filepath.Join(dir, "trees.json")), io.Discard)
	if err == nil || !strings.Contains(err.Error(), "trees") {
		t.Errorf("a base with ranker trees: got error %v, want one naming its trees", err)
	}
}

// TestExtendRerankSquadScale runs the forward step with --rerank on the
// small slice of TestModelTrainingIsDeterministic, collecting its examples
// once, then twice on the saved examples, at --squad-scale 1 and 30: the
// SQuAD lists weighing more against the chat-style ones must move the
// refitted ranker weights, as they would not were the flag not applied to
// the examples read from the file.
func TestExtendRerankSquadScale(t *testing.T) {
	dir := t.TempDir()
	base := qa.Model{About: "base", Rank: flatRanker(), Threshold: 0.99}
	baseFile, exFile := writeModel(t, dir, base), filepath.Join(dir, "examples")
	var models [3]qa.Model
	for i, scale := range []string{"1", "1", "30"} {
		data := runModelTo(t, dir, i, append(sliceArgs(dir, exFile), "--extend", baseFile, "--rerank", "0.01", "--squad-scale", scale)...)
		m, err := qa.ParseModel(data)
		if err != nil {
			t.Fatalf("ParseModel at --squad-scale %s: %v", scale, err)
		}
		models[i] = *m
	}
	if reflect.DeepEqual(models[1].Rank.Weights, models[2].Rank.Weights) {
		t.Errorf("rank weights read at --squad-scale 1 and 30: got the same %v, want the SQuAD lists' weight to move them", models[1].Rank.Weights)
	}
}
