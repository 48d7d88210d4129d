package main

import (
	"encoding/gob"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/qabot/qabot/qa"
)

// TestExamplesCache checks that saved examples read back the same, and
// that a file collected under other features, or with lists of another
// length than the engine's qa.MaxCandidates, is refused.
func TestExamplesCache(t *testing.T) {
	nf, nq := len(qa.FeatureNames()), len(qa.QuestionFeatureNames())
	exs := []example{
		{group: "squad", weight: 1, answerable: true, n: 2, feats: make([]float32, 2*nf), qfeats: make([]float32, 2*nq),
			label: []int8{1, 0}, right: []bool{true, false}, where: []int8{2, 0}, agrees: []uint64{2, 1}},
		{group: "chat:x", val: true, weight: 20, n: 1, feats: make([]float32, nf), qfeats: make([]float32, nq),
			label: []int8{-1}, right: []bool{false}, where: []int8{0}, agrees: []uint64{0}},
	}
	exs[0].feats[3], exs[1].qfeats[0] = 0.5, 2
	file := filepath.Join(t.TempDir(), "examples.gob")
	if err := saveExamples(file, exs); err != nil {
		t.Fatalf("saveExamples: %v", err)
	}
	got, err := loadExamples(file, 1)
	if err != nil {
		t.Fatalf("loadExamples: %v", err)
	}
	if !reflect.DeepEqual(got, exs) {
		t.Errorf("read back:\n got %+v\nwant %+v", got, exs)
	}

	other := filepath.Join(t.TempDir(), "other.gob")
	for _, c := range []struct {
		name  string
		cache exampleCache
		want  string
	}{
		{"other features", exampleCache{Features: append(qa.FeatureNames()[1:], "gone"), QuestionFeatures: qa.QuestionFeatureNames(), TopK: qa.MaxCandidates}, "other features"},
		{"lists of another length", exampleCache{Features: qa.FeatureNames(), QuestionFeatures: qa.QuestionFeatureNames(), TopK: qa.MaxCandidates + 8}, "lists of at most"},
		{"lists of no stated length", exampleCache{Features: qa.FeatureNames(), QuestionFeatures: qa.QuestionFeatureNames()}, "lists of at most 0"},
	} {
		f, err := os.Create(other)
		if err != nil {
			t.Fatal(err)
		}
		if err := gob.NewEncoder(f).Encode(&c.cache); err != nil {
			t.Fatal(err)
		}
		f.Close()
		if _, err := loadExamples(other, 1); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("examples of %s: got error %v, want one saying %q", c.name, err, c.want)
		}
	}
}

// TestExamplesCacheSquadScale checks that reading saved examples with a
// SQuAD scale multiplies each SQuAD example's weight by it and leaves the
// chat-style examples' weight as collected.
func TestExamplesCacheSquadScale(t *testing.T) {
	exs := []example{{group: "squad", weight: 1.5}, {group: "chat:x", val: true, weight: 20}}
	file := filepath.Join(t.TempDir(), "examples.gob")
	if err := saveExamples(file, exs); err != nil {
		t.Fatalf("saveExamples: %v", err)
	}
	for _, c := range []struct {
		scale            float64
		wantSquad, wantC float64
	}{
		{1, 1.5, 20},
		{4, 6, 20},
		{0.5, 0.75, 20},
	} {
		got, err := loadExamples(file, c.scale)
		if err != nil {
			t.Fatalf("loadExamples: %v", err)
		}
		if got[0].weight != c.wantSquad || got[1].weight != c.wantC {
			t.Errorf("scale %g: got weights SQuAD %g, chat %g, want %g and %g", c.scale, got[0].weight, got[1].weight, c.wantSquad, c.wantC)
		}
	}
}
