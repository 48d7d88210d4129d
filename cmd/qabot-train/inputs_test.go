package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/qabot/qabot/qa"
)

// TestExtendInputs runs the forward step on the P(unanswerable) part
// (--extend-inputs --part unanswerable) twice on the small slice of
// TestModelTrainingIsDeterministic, and once on the confidence model:
// both runs write the same bytes; every weight of the base, its trees, its
// other parts and its threshold are kept; the named input gets a weight,
// in the part named only. With --anew an input the part weighs already
// gets the weight a forward step gives it from the base without it;
// without --anew such an input is refused, as are an input that names no
// feature and a part that is none.
func TestExtendInputs(t *testing.T) {
	dir := t.TempDir()
	const threshold = 0.99
	base := qa.Model{
		About:      "base",
		Rank:       flatRanker(),
		Confidence: qa.Linear{Bias: -0.5, Weights: map[string]float64{"margin": 0.3}},
		ConfidenceTrees: []qa.Tree{{Nodes: []qa.TreeNode{
			{Feature: "bm25", Threshold: 1, Left: 1}, {Value: 0.2}, {Value: -0.2}}}},
		Unanswerable: &qa.Unanswerable{Linear: qa.Linear{Bias: -1, Weights: map[string]float64{"unknown": 1}}, Weight: 0.75},
		Threshold:    threshold,
	}
	baseFile, exFile := writeModel(t, dir, base), filepath.Join(dir, "examples")
	// The input every run weighs: "margin" for P(unanswerable), which the
	// slice's winners vary in.
	args := func(part string) []string {
		return append(sliceArgs(dir, exFile), "--extend-inputs", baseFile, "--inputs", "margin", "--part", part)
	}
	var models [2][]byte
	for i := range models {
		models[i] = runModelTo(t, dir, i, args("unanswerable")...)
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Errorf("two forward steps on the same examples gave different models:\n%s\n%s", models[0], models[1])
	}
	var m qa.Model
	if err := json.Unmarshal(models[0], &m); err != nil {
		t.Fatal(err)
	}
	if m.Threshold != threshold {
		t.Errorf("threshold: got %v, want the base's %v", m.Threshold, threshold)
	}
	if m.Unanswerable.Linear.Bias != -1 || m.Unanswerable.Linear.Weights["unknown"] != 1 || m.Unanswerable.Weight != 0.75 {
		t.Errorf("P(unanswerable): got %+v, want the base's bias, weights and k kept", m.Unanswerable)
	}
	if _, ok := m.Unanswerable.Linear.Weights["margin"]; !ok {
		t.Error(`P(unanswerable) weight "margin": got none, want one fitted`)
	}
	if len(m.Confidence.Weights) != 1 || m.Confidence.Weights["margin"] != 0.3 || len(m.ConfidenceTrees) != 1 {
		t.Errorf("confidence: got %+v and %d trees, want the base's", m.Confidence, len(m.ConfidenceTrees))
	}
	conf := runModelTo(t, dir, 2, append(sliceArgs(dir, exFile), "--extend-inputs", baseFile, "--inputs", "unknown", "--part", "confidence")...)
	var mc qa.Model
	if err := json.Unmarshal(conf, &mc); err != nil {
		t.Fatal(err)
	}
	if _, ok := mc.Confidence.Weights["unknown"]; !ok || mc.Confidence.Weights["margin"] != 0.3 || len(mc.Unanswerable.Linear.Weights) != 1 {
		t.Errorf("confidence part: got confidence %+v, P(unanswerable) %+v; want \"unknown\" weighed in the confidence only", mc.Confidence, mc.Unanswerable.Linear)
	}
	anew := runModelTo(t, dir, 3, append(sliceArgs(dir, exFile), "--extend-inputs", baseFile, "--inputs", "margin", "--part", "confidence", "--anew")...)
	bare := base
	bare.Confidence.Weights = map[string]float64{}
	fresh := runModelTo(t, dir, 4, append(sliceArgs(dir, exFile), "--extend-inputs", writeModel(t, t.TempDir(), bare), "--inputs", "margin", "--part", "confidence")...)
	var ma, mf qa.Model
	if err := json.Unmarshal(anew, &ma); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(fresh, &mf); err != nil {
		t.Fatal(err)
	}
	if got, want := ma.Confidence.Weights["margin"], mf.Confidence.Weights["margin"]; got != want || got == 0.3 {
		t.Errorf(`--anew confidence weight "margin": got %v, want %v, the forward step's from the base without it (the base's 0.3 refitted)`, got, want)
	}
	if ma.Confidence.Bias != -0.5 || len(ma.Confidence.Weights) != 1 || len(ma.ConfidenceTrees) != 1 || ma.Threshold != threshold {
		t.Errorf("--anew: got confidence %+v, %d trees, threshold %v; want the base's bias, trees and threshold kept", ma.Confidence, len(ma.ConfidenceTrees), ma.Threshold)
	}
	for _, bad := range [][]string{
		{"--inputs", "unknown", "--part", "unanswerable"}, // weighed already
		{"--inputs", "nope", "--part", "unanswerable"},
		{"--inputs", "margin", "--part", "ranker"},
	} {
		a := append(append(sliceArgs(dir, exFile), "--extend-inputs", baseFile, "--out", filepath.Join(dir, "bad.json")), bad...)
		if err := runModel(t.Context(), a, new(bytes.Buffer)); err == nil {
			t.Errorf("%v: got no error, want one", bad)
		}
	}
}
