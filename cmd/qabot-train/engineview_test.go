package main

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"testing"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
	"github.com/qabot/qabot/qa/eval"
)

// engineViewSets are the chat-style training halves (with their corpora)
// TestTrainerSeesWhatTheEngineSees asks: news, documentation, a bank's
// pages and an encyclopedia's, of several kinds of question.
var engineViewSets = []string{"news-merger", "docs34", "bank24", "wiki", "insure23"}

// engineViewSquad is the shared SQuAD training folder (readSquad) whose
// first chunk the test asks engineViewPerArticle questions an article
// of, when it is there.
var engineViewSquad = filepath.Join("..", "..", "..", "shared", "eval", "squad-train")

// engineViewPerArticle is how many questions of each SQuAD article the
// test asks.
const engineViewPerArticle = 3

// engineViewPerSet is how many questions of each set the test asks.
const engineViewPerSet = 40

// TestTrainerSeesWhatTheEngineSees asks real training questions both the
// way the trainer collects its examples (collector.add, then pickTop with
// the committed model's ranker, top.confidenceOf and decisionScores) and
// the way the engine answers them (Index.AskWith), on the same corpus and
// with the same model, and wants the same winner, the same confidence,
// the same P(unanswerable) and the same decision at the committed
// threshold. Any difference means a model refitted on the trainer's
// examples is fitted, and its threshold chosen, on values the engine does
// not compute.
func TestTrainerSeesWhatTheEngineSees(t *testing.T) {
	if testing.Short() {
		t.Skip("builds several corpora")
	}
	ctx := context.Background()
	pm, err := readModel(filepath.Join("..", "..", "qa", "model.json"))
	if err != nil {
		t.Fatal(err)
	}
	score, err := rankScorer(*pm)
	if err != nil {
		t.Fatal(err)
	}
	nf, nq := len(qa.FeatureNames()), len(qa.QuestionFeatureNames())
	marginAt := slices.Index(qa.QuestionFeatureNames(), "margin")
	moved := map[string]int{}
	total, bad := 0, 0
	ask := func(ix *qa.Index, items []eval.Item, group string) {
		ix, err := ix.WithModel(pm)
		if err != nil {
			t.Fatal(err)
		}
		c := &collector{ctx: ctx, marginAt: marginAt}
		for _, it := range items {
			if err := c.add(ix, it, it.Question, "", group, false, 1); err != nil {
				t.Fatal(err)
			}
			e := c.examples[len(c.examples)-1]
			tp := pickTop(e, score, nf, nq, marginAt)
			cands, err := ix.Candidates(ctx, qa.Parse(it.Question))
			if err != nil {
				t.Fatal(err)
			}
			slices.SortStableFunc(cands, func(a, b qa.Candidate) int { return cmp.Compare(a.Row, b.Row) })
			free, err := ix.AskWith(ctx, it.Question, qa.Options{MinConfidence: 0, Top: 1})
			if err != nil {
				t.Fatal(err)
			}
			bar, err := ix.AskWith(ctx, it.Question, qa.Options{MinConfidence: pm.Threshold, Top: 1})
			if err != nil {
				t.Fatal(err)
			}
			total++
			wrong, why := engineViewDiffs(e, tp, cands, score, pm, ix.Retelling(), nf, nq, free, bar)
			for _, d := range wrong {
				bad++
				t.Errorf("%s %q: %s", group, it.Question, d)
			}
			if why != "" {
				moved[why]++
			}
		}
	}
	for _, set := range engineViewSets {
		dir := filepath.Join("..", "..", "qa", "testdata", set)
		items, err := eval.ReadFile(filepath.Join(dir, "train.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		ix, _, err := loadIndex(filepath.Join(dir, "corpus"), "")
		if err != nil {
			t.Fatal(err)
		}
		ask(ix, items[:min(len(items), engineViewPerSet)], "chat:"+set)
	}
	// The first SQuAD chunk, built as collectSquad builds it, when the
	// shared SQuAD training folder is beside the repository.
	if s, err := readSquad(engineViewSquad); err == nil {
		o := squadOptions{chunk: 48}
		lo, hi := o.articlesOf(0, len(s.articles))
		var docs []corpus.Document
		var items []eval.Item
		for ai := lo; ai < hi; ai++ {
			d, err := s.articles[ai].document(nil)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, d)
			items = append(items, s.items[ai][:min(len(s.items[ai]), engineViewPerArticle)]...)
		}
		ask(qa.Build(docs).WithCues(nil), items, "squad")
	} else {
		t.Logf("no SQuAD chunk: %v", err)
	}
	t.Logf("%d questions, %d differences; winners the engine moves after ranking, left as they are: %v", total, bad, moved)
}

// engineViewDiffs names how the trainer's view of example e (its winner tp
// under model pm, cands its candidates in retrieval order) differs from the
// engine's: the scores and inputs the engine computed for the same
// candidates, the confidence its answer decision weighs (Candidate's,
// before corroborate raises the Answer's), and its answers free, with no
// minimum confidence, and bar, at pm's threshold. wrong are differences in
// what the trainer computes for the engine's winner; moved are questions
// whose winner the engine moves after ranking (preferNewer and the other
// moves of rerank, firstAnswer), which the trainer's winner by score does
// not follow.
func engineViewDiffs(e example, tp top, cands []qa.Candidate, score func(x, q []float32) float64, pm *qa.Model, retold float64, nf, nq int, free, bar qa.Answer) (wrong []string, moved string) {
	if tp.at < 0 {
		if free.Found {
			wrong = append(wrong, "winner: the trainer has none")
		}
		return wrong, ""
	}
	for i, c := range cands {
		if s := score(e.feats[i*nf:(i+1)*nf], e.qfeats[i*nq:(i+1)*nq]); !near(s, c.Score) {
			wrong = append(wrong, fmt.Sprintf("ranker score: trainer %.9g engine %.9g", s, c.Score))
			break
		}
	}
	w := cands[tp.at]
	if !free.Found || free.Sentence != w.Sentence {
		return wrong, "winner at no minimum"
	}
	x := append(slices.Clone(w.Features), w.Question...)
	names := append(qa.FeatureNames(), qa.QuestionFeatureNames()...)
	for k := range x {
		if !near(x[k], tp.x[k]) {
			wrong = append(wrong, fmt.Sprintf("input %s: trainer %.9g engine %.9g", names[k], tp.x[k], x[k]))
		}
	}
	// The model on the engine's own inputs (float64, where the trainer
	// keeps float32, which may move a value across a tree's split).
	xt := tp
	xt.x = x
	if p := xt.confidenceOf(pm); !near(p, w.Confidence) {
		wrong = append(wrong, fmt.Sprintf("confidence: trainer %.6f engine %.6f (may answer %v)", p, w.Confidence, w.MayAnswer))
	}
	if u := pm.UnanswerableOf(x); !near(u, w.Unanswerable) && !w.Revises {
		wrong = append(wrong, fmt.Sprintf("P(unanswerable): trainer %.6f engine %.6f", u, w.Unanswerable))
	}
	if bar.Found && bar.Sentence != w.Sentence {
		return wrong, "winner at the threshold"
	}
	d := pm.DecisionScore(tp.confidenceOf(pm), pm.UnanswerableOf(tp.x))
	if pm.Unanswerable != nil {
		d += min(pm.Threshold, pm.RetellingSlope*max(0, retold-qa.RetellingFloor))
	}
	if answered := d >= pm.Threshold; answered != bar.Found && math.Abs(d-pm.Threshold) > 0.01 {
		wrong = append(wrong, fmt.Sprintf("decision: trainer %v (%.4f) engine %v", answered, d, bar.Found))
	}
	return wrong, ""
}

// near reports whether the trainer's value a and the engine's b agree
// within the float32 the trainer keeps features in (example.feats): a
// relative 1e-5.
func near(a, b float64) bool {
	return math.Abs(a-b) <= 1e-5*max(1, math.Abs(a), math.Abs(b))
}
