package main

import (
	"bufio"
	"encoding/gob"
	"fmt"
	"os"
	"slices"

	"github.com/qabot/qabot/qa"
)

// Examples cache. Collecting the examples (asking every training question
// of its corpus) is most of a model run; fitting is a minute. -examples
// FILE keeps what a run collected, with the feature names it was collected
// under and the length of the candidate lists (qa.MaxCandidates, the
// engine's topK), so that a later run fits other options on the same
// examples. A file collected under other features or lists of another
// length is refused, never read as these.

// cachedExample is an example with exported fields, for encoding/gob.
type cachedExample struct {
	Group      string
	Val        bool
	Weight     float64
	Answerable bool
	N          int
	Feats      []float32
	QFeats     []float32
	Label      []int8
	Right      []bool
	Where      []int8
	Agrees     []uint64
	Same       []uint64
	Retold     float64
	NoRivals   []uint64
	MayAnswer  []bool
}

// exampleCache is the file: the features' names, the most candidates an
// example holds, then the examples.
type exampleCache struct {
	Features, QuestionFeatures []string
	TopK                       int
	Examples                   []cachedExample
}

// saveExamples writes exs to file.
func saveExamples(file string, exs []example) error {
	c := exampleCache{Features: qa.FeatureNames(), QuestionFeatures: qa.QuestionFeatureNames(), TopK: qa.MaxCandidates}
	c.Examples = make([]cachedExample, len(exs))
	for i, e := range exs {
		c.Examples[i] = cachedExample{e.group, e.val, e.weight, e.answerable, e.n, e.feats, e.qfeats, e.label, e.right, e.where, e.agrees, e.same, e.retold, e.noRivals, e.mayAnswer}
	}
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := gob.NewEncoder(w).Encode(&c); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", file, err)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", file, err)
	}
	return f.Close()
}

// loadExamples reads the examples saveExamples wrote, when they were
// collected under this engine's features and its number of candidates,
// each SQuAD example's weight multiplied by squadScale: the chat-style
// examples' weight against a SQuAD one was fixed at collection
// (-chat-weight), and this moves it without collecting anew.
func loadExamples(file string, squadScale float64) ([]example, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var c exampleCache
	if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&c); err != nil {
		return nil, fmt.Errorf("read %s: %w", file, err)
	}
	if !slices.Equal(c.Features, qa.FeatureNames()) || !slices.Equal(c.QuestionFeatures, qa.QuestionFeatureNames()) {
		return nil, fmt.Errorf("%s was collected under other features; delete it to collect anew", file)
	}
	if c.TopK != qa.MaxCandidates {
		return nil, fmt.Errorf("%s holds lists of at most %d candidates, the engine chooses among %d; delete it to collect anew", file, c.TopK, qa.MaxCandidates)
	}
	exs := make([]example, len(c.Examples))
	for i, e := range c.Examples {
		exs[i] = example{group: e.Group, val: e.Val, weight: e.Weight, answerable: e.Answerable, n: e.N, feats: e.Feats, qfeats: e.QFeats, label: e.Label, right: e.Right, where: e.Where, agrees: e.Agrees, same: e.Same, retold: e.Retold, noRivals: e.NoRivals, mayAnswer: e.MayAnswer}
		if !isChat(exs[i]) {
			exs[i].weight *= squadScale
		}
	}
	return exs, nil
}
