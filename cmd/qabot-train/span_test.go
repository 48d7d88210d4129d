package main

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/qabot/qabot/qa"
)

// TestSpanTrainingIsDeterministic trains the span model twice on a small
// fixed slice (the town notes' chat training set) and wants the
// same file both times, one the engine accepts, that has learned
// something: its pick on the training lists beats the first candidate.
func TestSpanTrainingIsDeterministic(t *testing.T) {
	data := filepath.Join("..", "..", "qa", "testdata")
	o := spanOptions{
		chats:      []string{filepath.Join(data, "notes", "train.jsonl") + ":" + filepath.Join(data, "notes", "corpus")},
		chatWeight: 1, l2: 1e-3, minCount: 2,
	}
	quiet := func(string, ...any) {}
	var runs [2][]byte
	var last *spanCollector
	for i := range runs {
		m, c, err := trainSpan(context.Background(), o, quiet)
		if err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		var b bytes.Buffer
		if _, err = m.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		runs[i] = b.Bytes()
		last = c
	}
	if !bytes.Equal(runs[0], runs[1]) {
		t.Fatalf("two runs on the same data gave different models (%d and %d bytes)", len(runs[0]), len(runs[1]))
	}
	m, err := qa.ParseSpanModel(runs[0])
	if err != nil {
		t.Fatalf("the engine rejects the trained model: %v", err)
	}
	w := make([]float64, len(last.names))
	for i, n := range last.names {
		w[i] = m.Rank.Weights[n]
	}
	picked, first, lists := 0, 0, 0
	for _, e := range last.examples {
		if e.n == 0 {
			continue
		}
		lists++
		if e.label[argmax(spanScores(e, w, last.nd, last.na))] {
			picked++
		}
		if e.label[0] {
			first++
		}
	}
	if picked <= first || picked < lists/3 {
		t.Errorf("right picks on the training lists: got %d of %d, want more than the first candidate's %d and a third", picked, lists, first)
	}
}
