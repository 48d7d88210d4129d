package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa"
)

// TestModelTrainingIsDeterministic trains on a small fixed slice (four
// short articles in testdata/squad, two to a corpus) twice and checks that
// the weights are the same bytes, the P(unanswerable) model's too, and
// that the engine reads them.
func TestModelTrainingIsDeterministic(t *testing.T) {
	dir := t.TempDir()
	var models [2][]byte
	for i := range models {
		out := filepath.Join(dir, "model.json")
		args := []string{"--squad", filepath.Join("testdata", "squad"), "--chunk", "1", "--val-chunks", "1", "--out", out, "--cues-out", filepath.Join(dir, "cues.txt.gz"), "--val-every", "0", "--conf-trees", "3", "--cross",
			"--chat", filepath.Join("testdata", "chat.jsonl") + ":" + filepath.Join("testdata", "squad", "corpus")}
		var report bytes.Buffer
		if err := runModel(context.Background(), args, &report); err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		models[i] = data
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Errorf("two trainings on the same data gave different models:\n%s\n%s", models[0], models[1])
	}
	m, err := qa.ParseModel(models[0])
	if err != nil {
		t.Fatalf("ParseModel of the trained model: %v", err)
	}
	nf := len(qa.FeatureNames())
	if want := nf * (1 + len(qa.WordingFeatureNames())); len(m.Rank.Weights) != want {
		t.Errorf("rank weights: got %d, want one per feature and one per feature and wording feature (%d)", len(m.Rank.Weights), want)
	}
	if len(m.ConfidenceTrees) != 3 {
		t.Errorf("confidence trees: got %d, want 3", len(m.ConfidenceTrees))
	}
	if u := m.Unanswerable; u == nil || len(u.Trees) != 3 || u.Weight != 0.75 || len(u.Linear.Weights) == 0 {
		t.Errorf("P(unanswerable) model: got %+v, want weights, 3 trees and k 0.75", u)
	}
	nonzero := 0
	for _, w := range m.Rank.Weights {
		if w != 0 {
			nonzero++
		}
	}
	if nonzero == 0 {
		t.Error("every rank weight is 0: the ranker learned nothing")
	}
}

// TestConfOnlyKeepsTheRanker trains on the small slice of
// TestModelTrainingIsDeterministic with --conf-only: the ranker's weights
// are the given model's, byte for byte, and only the confidence model, its
// trees and the threshold are fitted; --report-model then reports on the
// kept examples without writing a model.
func TestConfOnlyKeepsTheRanker(t *testing.T) {
	dir := t.TempDir()
	base := qa.Model{About: "base", Rank: qa.Linear{Weights: map[string]float64{"bm25": 1.5, "words": 0.25}}, Threshold: 0.9}
	data, err := json.Marshal(base)
	if err != nil {
		t.Fatal(err)
	}
	baseFile, out, exFile := filepath.Join(dir, "base.json"), filepath.Join(dir, "model.json"), filepath.Join(dir, "examples")
	if err := os.WriteFile(baseFile, data, 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"--squad", filepath.Join("testdata", "squad"), "--chunk", "1", "--val-chunks", "1", "--cues-out", filepath.Join(dir, "cues.txt.gz"), "--val-every", "0", "--conf-trees", "2", "--examples", exFile,
		"--chat", filepath.Join("testdata", "chat.jsonl") + ":" + filepath.Join("testdata", "squad", "corpus")}
	var report bytes.Buffer
	if err := runModel(context.Background(), append(args, "--conf-only", baseFile, "--out", out), &report); err != nil {
		t.Fatal(err)
	}
	data, err = os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	m, err := qa.ParseModel(data)
	if err != nil {
		t.Fatalf("ParseModel of the fitted model: %v", err)
	}
	if !maps.Equal(m.Rank.Weights, base.Rank.Weights) {
		t.Errorf("rank weights: got %v, want the base's %v", m.Rank.Weights, base.Rank.Weights)
	}
	if len(m.ConfidenceTrees) != 2 || len(m.Confidence.Weights) == 0 {
		t.Errorf("confidence: got %d weights and %d trees, want some weights and 2 trees", len(m.Confidence.Weights), len(m.ConfidenceTrees))
	}
	if !strings.HasPrefix(m.About, "base; its confidence model") {
		t.Errorf("about: got %q, want the base's followed by how it was refitted", m.About)
	}
	report.Reset()
	again := filepath.Join(dir, "again.json")
	if err := runModel(context.Background(), append(args, "--report-model", out, "--out", again), &report); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(report.String(), fmt.Sprintf("threshold %.2f", m.Threshold)) {
		t.Errorf("report of the model: got %q, want its threshold %.2f", report.String(), m.Threshold)
	}
	if _, err := os.Stat(again); err == nil {
		t.Error("--report-model wrote a model")
	}
}

// TestUnanswerableKeepsTheRest fits, on the small slice of
// TestModelTrainingIsDeterministic, the P(unanswerable) model of a given
// model twice with --unanswerable: the ranker and the confidence model are
// the given model's, byte for byte, the new part and the threshold are
// fitted, the same bytes both times; with --unanswerable-k 0 the model
// gets no such part.
func TestUnanswerableKeepsTheRest(t *testing.T) {
	dir := t.TempDir()
	base := qa.Model{About: "base", Rank: qa.Linear{Weights: map[string]float64{"bm25": 1.5, "words": 0.25}},
		Confidence: qa.Linear{Bias: -0.5, Weights: map[string]float64{"bm25": 0.1, "margin": 0.3}}, Threshold: 0.9}
	baseFile, exFile := writeModel(t, dir, base), filepath.Join(dir, "examples")
	args := append(sliceArgs(dir, exFile), "--unanswerable", baseFile)
	var models [3][]byte
	for i := range models {
		if i == 2 {
			args = append(args, "--unanswerable-k", "0")
		}
		models[i] = runModelTo(t, dir, i, args...)
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Errorf("two fits on the same examples gave different models:\n%s\n%s", models[0], models[1])
	}
	m, err := qa.ParseModel(models[0])
	if err != nil {
		t.Fatalf("ParseModel of the fitted model: %v", err)
	}
	if !maps.Equal(m.Rank.Weights, base.Rank.Weights) || !maps.Equal(m.Confidence.Weights, base.Confidence.Weights) || m.Confidence.Bias != base.Confidence.Bias {
		t.Errorf("ranker and confidence: got %v and %v, want the base's %v and %v", m.Rank, m.Confidence, base.Rank, base.Confidence)
	}
	if u := m.Unanswerable; u == nil || len(u.Trees) != 2 || u.Weight != 0.75 || len(u.Linear.Weights) == 0 {
		t.Errorf("P(unanswerable) model: got %+v, want weights, 2 trees and k 0.75", u)
	}
	if !strings.HasPrefix(m.About, "base; its P(unanswerable) model") {
		t.Errorf("about: got %q, want the base's followed by what was fitted", m.About)
	}
	none, err := qa.ParseModel(models[2])
	if err != nil {
		t.Fatal(err)
	}
	if none.Unanswerable != nil {
		t.Errorf("--unanswerable-k 0: got a P(unanswerable) model %+v, want none", none.Unanswerable)
	}
}

// TestChatStyle checks the rewriting of questions into chat style.
func TestChatStyle(t *testing.T) {
	r := seeded(1, "q")
	for range 50 {
		got := chatStyle("When was the Orvana lighthouse built?", r)
		if got == "" || got != lower(got) || got[len(got)-1] == '?' {
			t.Errorf("chatStyle: got %q, want lower case without a question mark", got)
		}
	}
	if got, ok := swapName("When did Beyoncé win?", "Beyoncé", "Chopin"); !ok || got != "When did Chopin win?" {
		t.Errorf("swapName: got %q, %v; want the title replaced", got, ok)
	}
	if _, ok := swapName("When did she win?", "Beyoncé", "Chopin"); ok {
		t.Error("swapName of a question without the name: got ok, want not")
	}
}

func lower(s string) string { return string(bytes.ToLower([]byte(s))) }

// TestDefaultChatSets checks the sets a bare run trains on, in their fixed
// order: chat.jsonl and seeds/ on the embedded seeds, the folders with a
// corpus/ on it, then the other folders on the embedded seeds.
func TestDefaultChatSets(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"chat.jsonl", "seeds/train.jsonl", "wiki/train.jsonl", "wiki/corpus/a.md", "news/train.jsonl", "news/corpus/b.txt", "seeds-more/train.jsonl", "notrain/corpus/c.md"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := defaultChatSets(dir)
	if err != nil {
		t.Fatal(err)
	}
	j := func(s ...string) string { return filepath.Join(append([]string{dir}, s...)...) }
	want := []string{
		j("chat.jsonl"), j("seeds", "train.jsonl"),
		j("news", "train.jsonl") + ":" + j("news", "corpus"),
		j("wiki", "train.jsonl") + ":" + j("wiki", "corpus"),
		j("seeds-more", "train.jsonl"),
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPickTopMarginOverRivals checks the winner's margin as the engine
// takes it: over the best candidate that does not give the same date,
// time or figure (agrees), capped at qa.MaxMargin when none is left.
func TestPickTopMarginOverRivals(t *testing.T) {
	const nf, nq, marginAt = 1, 1, 0
	score := func(x, _ []float32) float64 { return float64(x[0]) }
	for _, tt := range []struct {
		name       string
		scores     []float32
		agrees     []uint64
		at         int
		wantMargin float64
	}{
		{"no agreement", []float32{4, 5, 4.5}, nil, 1, 0.5},
		{"the runner-up agrees", []float32{4, 5, 4.5}, []uint64{0, 0b100, 0b010}, 1, 1},
		{"every other agrees", []float32{4, 5, 4.5}, []uint64{0b010, 0b101, 0b010}, 1, qa.MaxMargin},
	} {
		e := example{n: len(tt.scores), feats: tt.scores, qfeats: make([]float32, len(tt.scores)), right: make([]bool, len(tt.scores)), agrees: tt.agrees}
		got := pickTop(e, score, nf, nq, marginAt)
		if got.at != tt.at || got.x[nf+marginAt] != tt.wantMargin {
			t.Errorf("%s: got winner %d with margin %v, want %d with %v", tt.name, got.at, got.x[nf+marginAt], tt.at, tt.wantMargin)
		}
	}
}

// TestPickTopLenders checks that the winner's lenders are, as in the
// engine's confidence, the candidates among the first qa.MaxAgreeing by
// score that agree with it, each with its own margin over its best rival,
// and that confidenceOf takes the highest confidence of the winner and
// its lenders.
func TestPickTopLenders(t *testing.T) {
	nf, nq := len(qa.FeatureNames()), len(qa.QuestionFeatureNames())
	marginAt := slices.Index(qa.QuestionFeatureNames(), "margin")
	score := func(x, _ []float32) float64 { return float64(x[0]) }
	// Candidate 1 wins; 2 and 6 agree with it, but 6 ranks below the
	// first qa.MaxAgreeing; 3 is the best rival of both 1 and 2.
	scores := []float32{1, 9, 8, 7, 6, 5, 0.5}
	agrees := []uint64{0, 1<<2 | 1<<6, 1<<1 | 1<<6, 0, 0, 0, 1<<1 | 1<<2}
	e := example{n: len(scores), feats: make([]float32, len(scores)*nf), qfeats: make([]float32, len(scores)*nq),
		right: make([]bool, len(scores)), agrees: agrees}
	for i, s := range scores {
		e.feats[i*nf] = s
	}
	got := pickTop(e, score, nf, nq, marginAt)
	if got.at != 1 || got.x[nf+marginAt] != 2 {
		t.Fatalf("got winner %d with margin %v, want 1 with 2", got.at, got.x[nf+marginAt])
	}
	if len(got.lenders) != 1 || got.lenders[0][0] != 8 || got.lenders[0][nf+marginAt] != 1 {
		t.Fatalf("got %d lenders, want candidate 2's inputs alone (score 8, margin 1)", len(got.lenders))
	}
	// The winner's confidence adds its lender's to its own, whichever is
	// higher, as the engine does: with a model whose confidence grows
	// with the margin, and with one whose confidence falls with it.
	for _, weight := range []float64{1, -1} {
		pm, err := asEngine(qa.Model{Confidence: qa.Linear{Weights: map[string]float64{"margin": weight}}})
		if err != nil {
			t.Fatal(err)
		}
		own, lent := pm.ConfidenceOf(got.x), pm.ConfidenceOf(got.lenders[0])
		want := 1 - (1-own)*(1-lent)
		if c := got.confidenceOf(pm); math.Abs(c-want) > 1e-12 || c <= max(own, lent) {
			t.Errorf("margin weight %v: got confidence %v, want %v (own %v, lent %v)", weight, c, want, own, lent)
		}
	}
}

// sliceArgs are the flags of qabot-train model for the small fixed slice
// of testdata/squad and testdata/chat.jsonl, its cues written in dir and
// its examples kept in exFile (the first run collects them, the next fit
// on them).
func sliceArgs(dir, exFile string) []string {
	return []string{"--squad", filepath.Join("testdata", "squad"), "--chunk", "1", "--val-chunks", "1", "--cues-out", filepath.Join(dir, "cues.txt.gz"), "--val-every", "0", "--conf-trees", "2", "--examples", exFile,
		"--chat", filepath.Join("testdata", "chat.jsonl") + ":" + filepath.Join("testdata", "squad", "corpus")}
}

// runModelTo runs qabot-train model with args, writing run i's model to a
// file of dir, and returns the model's bytes.
func runModelTo(t *testing.T, dir string, i int, args ...string) []byte {
	t.Helper()
	out := filepath.Join(dir, fmt.Sprintf("model%d.json", i))
	var report bytes.Buffer
	if err := runModel(context.Background(), append(args, "--out", out), &report); err != nil {
		t.Fatalf("run %d: %v", i, err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// flatRanker returns a ranker weighing every feature 0.1 but those named
// in leave, which it leaves out: a base for the forward steps' tests,
// unlike any fitted one.
func flatRanker(leave ...string) qa.Linear {
	r := qa.Linear{Weights: map[string]float64{}}
	for _, n := range qa.FeatureNames() {
		if !slices.Contains(leave, n) {
			r.Weights[n] = 0.1
		}
	}
	return r
}

// writeModel writes m to base.json in dir and returns the file's path.
func writeModel(t *testing.T, dir string, m qa.Model) string {
	t.Helper()
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "base.json")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}
