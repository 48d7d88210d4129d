package main

import (
	"cmp"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/qabot/qabot/qa"
)

// runModel trains the answer model and writes it.
func runModel(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("model", flag.ContinueOnError)
	cf := commonFlags{squadDir: "../shared/eval/squad-train", outFile: "qa/model.json", chatWeight: 20, chunk: 48, valChunks: 2, l2: 1e-4, seed: 1}
	cf.register(fs)
	cuesFile := fs.String("cues-out", "qa/cues.txt.gz", "where to write the learned cues (\"\": learn none, match with the committed ones)")
	var vals multiFlag
	fs.Var(&vals, "val", "a chat-style validation set `FILE[:CORPUS_DIR]` (repeatable): chooses the threshold, never fitted")
	unansShare := fs.Float64("unanswerable-share", 0.5, "the share of unanswerable SQuAD questions the threshold is chosen for (SQuAD v2.0 dev has half)")
	valEvery := fs.Int("val-every", 4, "every Nth question of a chat-style training set validates (0: none)")
	chatShare := fs.Float64("chat-share", 0.6, "the share of the chat-style validation questions in the choice of the threshold")
	ntrees := fs.Int("trees", 0, "boosted trees on top of the linear ranker")
	confTrees := fs.Int("conf-trees", 60, "boosted trees on top of the linear confidence model")
	confDepth := fs.Int("conf-depth", 3, "the depth of each confidence tree")
	confFolds := fs.Int("conf-folds", 0, "folds of the chat-style training questions that also choose the threshold, each scored by a confidence model fitted without it (0: only the validation questions choose it)")
	judgeFolds := fs.Int("judge-folds", 0, "after fitting, judge the confidence model, its trees, P(unanswerable) and the threshold held out: cut the chat-style sets (whole sets) into `K` folds, fit them again without each fold's sets and print, per family of sets, the right answers and AUC of the fold's questions so scored beside the run's own (judge.go; 0: no judge)")
	depth := fs.Int("depth", 3, "the depth of each ranker tree")
	rate := fs.Float64("rate", 0.1, "the boosting learning rate of both kinds of trees")
	cross := fs.Bool("cross", false, "weigh the candidate features anew for each wording feature of the question (qa.WordingFeatureNames)")
	crossScale := fs.Float64("cross-scale", 1, "the scale of the crossed features against the others: the L2 penalty holds the crossed weights 1/scale² times as hard")
	refit := fs.Bool("refit", false, "with -extend, then fit the confidence model, its trees and the threshold again for the extended ranker, as a full run does (extend.go)")
	pull := fs.Float64("rerank", 0, "with -extend, fit every ranker weight of the model again on the examples' lists (of the engine's qa.MaxCandidates), starting from its weights, the L2 penalty `PULL` drawing them towards them rather than towards 0 (0: fit only the weights it lacks; extend.go)")
	extend := fs.String("extend", "", "fit only the ranker weights of the candidate features the model `FILE` lacks, keeping the rest of it (extend.go)")
	confOnly := fs.String("conf-only", "", "keep the ranker (weights and trees) of the model `FILE` and fit only the confidence model, its trees and the threshold anew")
	unansWeight := fs.Float64("unanswerable-weight", 1, "the weight of an unanswerable question's winner in the confidence fit, times its example's weight")
	unansFile := fs.String("unanswerable", "", "keep the model `FILE` (its ranker, confidence model and trees) and fit only its P(unanswerable) model and the threshold anew (unanswerable.go)")
	unansK := fs.Float64("unanswerable-k", 0.75, "the weight k of P(unanswerable) in the answer decision, confidence − k × P(unanswerable) against the threshold; 0 fits no P(unanswerable) model; kept in the model, which the engine reads it from")
	reportModel := fs.String("report-model", "", "fit nothing: print the validation report of the model `FILE` on the examples (with -examples, to compare models quickly)")
	extendInputsFile := fs.String("extend-inputs", "", "keep the model `FILE` and fit only the weights of the -inputs in its -part, every other weight, its trees and the threshold kept (inputs.go)")
	inputNames := fs.String("inputs", "", "with -extend-inputs, the comma-separated `NAMES` of the candidate or question features to weigh")
	part := fs.String("part", "unanswerable", "with -extend-inputs, the part that weighs the -inputs: confidence or unanswerable")
	anew := fs.Bool("anew", false, "with -extend-inputs, fit the weight of an input the -part weighs already anew (the rest of the part kept) instead of refusing it")
	retellingFile := fs.String("retelling", "", "keep the model `FILE` and choose only its retelling lift's slope anew, at its threshold (retelling.go)")
	examplesFile := fs.String("examples", "", "keep the collected examples in `FILE`, and when it exists fit on them instead of collecting: the cues are not learned again, and the training sets and -chat-weight are those it was collected with")
	leaveOutNames := fs.String("leave-out", "", "set these comma-separated `NAMES` of candidate or question features to 0 in every example before fitting, so that no part weighs them: the run without those inputs, on the same examples (leaveout.go)")
	squadScale := fs.Float64("squad-scale", 1, "with -examples read from its file, multiply each SQuAD example's weight by `X`, moving the SQuAD lists' weight against the chat-style ones that -chat-weight fixed at collection")
	if err := fs.Parse(args); err != nil {
		return err
	}
	logf := func(format string, a ...any) { fmt.Fprintf(os.Stderr, format+"\n", a...) }
	chats, err := cf.chatSets()
	if err != nil {
		return err
	}
	start := time.Now()
	nf, nq := len(qa.FeatureNames()), len(qa.QuestionFeatureNames())
	c := &collector{ctx: ctx, marginAt: slices.Index(qa.QuestionFeatureNames(), "margin")}
	if c.marginAt < 0 {
		return fmt.Errorf("the engine has no question feature \"margin\"")
	}
	cached := false
	if *examplesFile != "" {
		if _, err := os.Stat(*examplesFile); err == nil {
			if c.examples, err = loadExamples(*examplesFile, *squadScale); err != nil {
				return err
			}
			cached = true
		}
	}
	if !cached {
		if err := c.collectAll(cf, chats, vals, *cuesFile, *valEvery, logf, start); err != nil {
			return err
		}
		if *examplesFile != "" {
			if err := saveExamples(*examplesFile, c.examples); err != nil {
				return err
			}
		}
	}
	logf("%d examples collected in %s", len(c.examples), time.Since(start).Round(time.Second))
	if *leaveOutNames != "" {
		if err := leaveOut(c.examples, strings.Split(*leaveOutNames, ",")); err != nil {
			return err
		}
		logf("left out %s", *leaveOutNames)
	}
	co := confOptions{l2: cf.l2, trees: boostOptions{trees: *confTrees, depth: *confDepth, rate: *rate}}
	uo := unansOptions{conf: co, k: *unansK, unansShare: *unansShare, chatShare: *chatShare}
	if *extend != "" {
		var ro *refitOptions
		if *refit {
			ro = &refitOptions{conf: co, unansWeight: *unansWeight, folds: *confFolds, unans: uo, judge: *judgeFolds}
		}
		return extendModel(ctx, out, c.examples, chats, *extend, cf.outFile, cf.l2, *pull, c.marginAt, ro)
	}
	if *extendInputsFile != "" {
		return extendInputs(ctx, out, c.examples, *extendInputsFile, cf.outFile, strings.Split(*inputNames, ","), *part, *anew, cf.l2, *unansWeight, nf, nq, c.marginAt)
	}
	if *unansFile != "" {
		return addUnanswerable(ctx, out, c.examples, *unansFile, cf.outFile, nf, nq, c.marginAt, *unansWeight, *confFolds, uo)
	}

	if *retellingFile != "" {
		return fitRetelling(out, c.examples, *retellingFile, cf.outFile, nf, nq, c.marginAt, *unansShare, *chatShare)
	}
	if *reportModel != "" {
		return reportOn(out, c.examples, *reportModel, nf, nq, c.marginAt)
	}
	m, err := fitRankerPart(ctx, c.examples, *confOnly, *cross, *crossScale, *ntrees, *depth, *rate, cf.l2, logf, start)
	if err != nil {
		return err
	}
	// The confidence model reads the winner by the fitted ranker.
	tops, err := winnersOf(m, c.examples, nf, nq, c.marginAt)
	if err != nil {
		return err
	}
	xs, ys, ws, rows := confidenceRows(c.examples, tops, *unansWeight)
	logFamilies(c.examples, ys, ws, rows)
	if m.Confidence, m.ConfidenceTrees, err = fitConfidence(ctx, xs, ys, ws, co); err != nil {
		return fmt.Errorf("confidence: %w", err)
	}
	logf("confidence model fitted in %s", time.Since(start).Round(time.Second))
	pm, err := asEngine(m)
	if err != nil {
		return err
	}

	probs := confidences(tops, pm)
	chosen, err := crossFit(ctx, m, c.examples, tops, probs, xs, ys, ws, rows, co, *confFolds)
	if err != nil {
		return fmt.Errorf("confidence folds: %w", err)
	}
	logf("%d confidence folds fitted in %s", *confFolds, time.Since(start).Round(time.Second))
	threshold, scores, err := fitUnanswerable(ctx, &m, c.examples, tops, xs, ws, rows, chosen, uo)
	if err != nil {
		return err
	}

	about := fmt.Sprintf("trained by cmd/qabot-train on %s (chunks of %d articles, the last %d for validation) and %s; %d trees; %d confidence trees; threshold for %.0f%% unanswerable (%d cross-fitted folds of the chat-style training questions)",
		cf.squadDir, cf.chunk, cf.valChunks, strings.Join(chats, ", "), *ntrees, *confTrees, 100**unansShare, *confFolds)
	if m.Unanswerable != nil {
		about += fmt.Sprintf("; a P(unanswerable) model (%d trees, k %g), the threshold for the confidence less k times it", *confTrees, *unansK)
	}
	if *confOnly != "" {
		about = m.About + "; its confidence model, confidence trees, P(unanswerable) model and threshold fitted anew with the ranker kept (qabot-train model --conf-only): " + about
	}
	m.About = about
	m.Threshold = round(threshold)
	m.RetellingSlope = retellingOf(m, c.examples, tops, scores, m.Threshold, *unansShare, *chatShare)
	if err := writeModelFile(cf.outFile, m); err != nil {
		return err
	}
	report(out, c.examples, tops, scores, threshold)
	if *judgeFolds > 0 {
		return runJudge(ctx, out, m, c.examples, tops, xs, ys, ws, rows, co, uo, *judgeFolds)
	}
	return nil
}

// confidenceRows returns the rows the confidence model is fitted on: for
// each training example (not validating) whose ranker picked a winner, the
// winner's inputs, whether it is right, the example's weight (times
// unansWeight for a question the corpus does not answer) and the example's
// index.
func confidenceRows(exs []example, tops []top, unansWeight float64) (xs [][]float64, ys []bool, ws []float64, rows []int) {
	for i, e := range exs {
		if e.val || tops[i].at < 0 {
			continue
		}
		w := e.weight
		if !e.answerable {
			w *= unansWeight
		}
		xs = append(xs, tops[i].x)
		ys = append(ys, tops[i].right)
		ws = append(ws, w)
		rows = append(rows, i)
	}
	return xs, ys, ws, rows
}

// family is a kind of confidence row: a SQuAD question the corpus
// answers, one it does not (holes, off-topic, swapped names) or a question
// of a chat-style set.
type family struct{ rows, right, weight float64 }

// families returns, for the confidence model's rows (xs, ys, ws and rows
// as confidenceRows returns them), how many come from each family of
// examples, how many of their winners are right and their total weight:
// the balance the fit strikes between SQuAD and the chat-style sets, which
// -chat-weight (and -squad-scale with -examples) sets.
func families(exs []example, ys []bool, ws []float64, rows []int) map[string]family {
	fam := map[string]family{}
	for r, i := range rows {
		k := "squad"
		switch {
		case isChat(exs[i]):
			k = "chat"
		case !exs[i].answerable:
			k = "squad-unanswerable"
		}
		f := fam[k]
		f.rows++
		f.weight += ws[r]
		if ys[r] {
			f.right++
		}
		fam[k] = f
	}
	return fam
}

// logFamilies prints families' figures, one family a line, to stderr.
func logFamilies(exs []example, ys []bool, ws []float64, rows []int) {
	fam := families(exs, ys, ws, rows)
	var total float64
	for _, f := range fam {
		total += f.weight
	}
	for _, k := range []string{"squad", "squad-unanswerable", "chat"} {
		if f, ok := fam[k]; ok {
			fmt.Fprintf(os.Stderr, "confidence rows %s: %.0f, %.1f%% right, weight %.0f (%.1f%% of the fit)\n", k, f.rows, 100*f.right/f.rows, f.weight, 100*f.weight/total)
		}
	}
}

// reportOn prints the validation report of the model in file on exs, its
// ranker picking each winner and its confidence model and threshold
// judging it.
func reportOn(out io.Writer, exs []example, file string, nf, nq, marginAt int) error {
	pm, tops, err := modelWinners(file, exs, nf, nq, marginAt)
	if err != nil {
		return err
	}
	report(out, exs, tops, decisionScores(tops, confidences(tops, pm), pm), pm.Threshold)
	return nil
}

// fitRankerPart returns a model with its ranker fitted on exs (the linear
// ranker, crossed with the wording features when cross is set, and ntrees
// boosted trees on top), or, when baseFile is not "", with the ranker of
// the model in baseFile kept as it is and its confidence model left for
// the caller to fit.
func fitRankerPart(ctx context.Context, exs []example, baseFile string, cross bool, crossScale float64, ntrees, depth int, rate, l2 float64, logf func(string, ...any), start time.Time) (qa.Model, error) {
	if baseFile != "" {
		base, err := readModel(baseFile)
		if err != nil {
			return qa.Model{}, err
		}
		return qa.Model{About: base.About, Rank: base.Rank, RankTrees: base.RankTrees}, nil
	}
	nf, nq := len(qa.FeatureNames()), len(qa.QuestionFeatureNames())
	var wording []int
	rankNames := qa.FeatureNames()
	if cross {
		for _, w := range qa.WordingFeatureNames() {
			wording = append(wording, slices.Index(qa.QuestionFeatureNames(), w))
			for _, f := range qa.FeatureNames() {
				rankNames = append(rankNames, w+":"+f)
			}
		}
	}
	rank, err := fitRanker(ctx, exs, nf, wording, l2, crossScale, nil)
	if err != nil {
		return qa.Model{}, fmt.Errorf("ranker: %w", err)
	}
	logf("ranker fitted in %s", time.Since(start).Round(time.Second))
	m := qa.Model{Rank: qa.Linear{Weights: named(rankNames, rank)}}
	if ntrees > 0 {
		linear, err := rankScorer(m)
		if err != nil {
			return qa.Model{}, err
		}
		td := newTreeData(exs, nf, nq, linear)
		m.RankTrees = boost(td, boostOptions{trees: ntrees, depth: depth, rate: rate})
		logf("%d trees boosted on %d rows in %s", ntrees, td.rows, time.Since(start).Round(time.Second))
	}
	return m, nil
}

// collectAll collects the examples: the SQuAD chunks (learning and writing
// the cues first, unless cuesFile is ""), then the chat-style training and
// validation sets.
func (c *collector) collectAll(cf commonFlags, chats, vals []string, cuesFile string, valEvery int, logf func(string, ...any), start time.Time) error {
	if cf.squadDir != "" {
		s, err := readSquad(cf.squadDir)
		if err != nil {
			return err
		}
		o := squadOptions{chunk: cf.chunk, valChunks: cf.valChunks, holeShare: 0.3, chatShare: 0.3, offShare: 0.05, swapShare: 0.1, perArticle: cf.perArticle, seed: cf.seed}
		if cuesFile != "" {
			if c.cues, err = writeCues(c.ctx, s, o, cuesFile, cf.squadDir, logf); err != nil {
				return err
			}
			logf("cues learned in %s", time.Since(start).Round(time.Second))
		}
		if err := c.collectSquad(s, o, logf); err != nil {
			return err
		}
	}
	for _, f := range chats {
		if err := c.collectChat(parseChatSet(f, false, valEvery, cf.chatWeight)); err != nil {
			return err
		}
	}
	for _, f := range vals {
		if err := c.collectChat(parseChatSet(f, true, 0, cf.chatWeight)); err != nil {
			return err
		}
	}
	return nil
}

// writeCues learns the cues of every fold from the SQuAD training chunks
// and writes those the run commits to file.
func writeCues(ctx context.Context, s *squadSet, o squadOptions, file, squadDir string, logf func(string, ...any)) (*cueFolds, error) {
	d, err := collectCueData(ctx, s, o, logf)
	if err != nil {
		return nil, err
	}
	co := defaultCueOptions()
	nchunks := o.chunks(len(s.articles))
	folds := learnCueFolds(d, nchunks, o.valChunks, co)
	f, err := os.Create(file)
	if err != nil {
		return nil, err
	}
	header := fmt.Sprintf(`Learned cues of qa/cues.go, read by qa.ParseCues: "KEY<TAB>STEM SCORE...".
Written by cmd/qabot-train model (learnCues) from the questions of %s,
chunks of %d articles but the last %d; alpha %g, right candidates in at least %d articles,
lift at least %g, %d cues a key. SQuAD v1.1 is CC BY-SA 4.0 (Rajpurkar et al. 2016).`,
		squadDir, o.chunk, o.valChunks, co.alpha, co.minArticles, co.minScore, co.perKey)
	if err := qa.WriteCues(f, folds.all, header); err != nil {
		f.Close()
		return nil, err
	}
	return folds, f.Close()
}

// top is the winner of an example by the ranker: its place among the
// candidates (-1 when there are none), whether returning it is right, and
// the confidence model's inputs.
type top struct {
	at    int
	right bool
	x     []float64
	// lenders are the inputs of the candidates that lend the winner their
	// confidence, as the engine's confidence has them (qa/confidence.go):
	// those among the first qa.MaxAgreeing by score that give the same
	// date, time or figure, each with its own margin.
	lenders [][]float64
	// mayNot is set when the winner cannot hold the kind of answer the
	// question asks for (example.mayAnswer): the engine's confidence in
	// it is 0.
	mayNot bool
}

// confidenceOf is the engine's confidence in t's winner under pm: its own,
// with its lenders' added as the engine adds them (qa.LendConfidence), or 0
// when the winner cannot hold the kind of answer asked for (mayNot).
func (t top) confidenceOf(pm *qa.Model) float64 {
	if t.mayNot {
		return 0
	}
	p := pm.ConfidenceOf(t.x)
	for _, x := range t.lenders {
		p = qa.LendConfidence(p, pm.ConfidenceOf(x))
	}
	return p
}

// defaultChatSets lists the repository's chat-style training sets under
// dir: chat.jsonl and seeds/train.jsonl on the embedded seeds, each
// folder's train.jsonl on the corpus/ beside it, then those of the other
// folders without a corpus/, on the embedded seeds. The order is fixed, so
// that the same sets give the same model.
func defaultChatSets(dir string) ([]string, error) {
	seeds := filepath.Join(dir, "seeds", "train.jsonl")
	sets := []string{filepath.Join(dir, "chat.jsonl"), seeds}
	halves, err := trainHalves(dir)
	if err != nil {
		return nil, err
	}
	var onSeeds []string
	for _, h := range halves {
		switch {
		case strings.Contains(h, ":"):
			sets = append(sets, h)
		case h != seeds:
			onSeeds = append(onSeeds, h)
		}
	}
	sets = append(sets, onSeeds...)
	for _, s := range sets {
		file, _, _ := strings.Cut(s, ":")
		if _, err := os.Stat(file); err != nil {
			return nil, fmt.Errorf("chat-style training set: %w (run from the repository's root, or give --chat)", err)
		}
	}
	return sets, nil
}

// trainHalves returns the train half of every chat-style set under dir,
// sorted, each "FILE:CORPUS_DIR" when its set has a corpus folder and
// "FILE" (asked of the embedded corpus) when it has none, as
// parseChatSet reads them: the sets defaultChatSets and leadSets fit.
func trainHalves(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "train.jsonl"))
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	for i, f := range files {
		if c := filepath.Join(filepath.Dir(f), "corpus"); isDir(c) {
			files[i] = f + ":" + c
		}
	}
	return files, nil
}

// asEngine returns model m as the engine reads it: written and parsed
// again, so that scores are computed as the engine computes them.
func asEngine(m qa.Model) (*qa.Model, error) {
	data, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	return qa.ParseModel(data)
}

// rankScorer returns the score the model m's ranker gives a candidate's
// features x, for a question with question features q, as the engine
// computes it.
func rankScorer(m qa.Model) (func(x, q []float32) float64, error) {
	pm, err := asEngine(m)
	if err != nil {
		return nil, err
	}
	x64 := make([]float64, len(qa.FeatureNames()))
	q64 := make([]float64, len(qa.QuestionFeatureNames()))
	return func(x, q []float32) float64 {
		for i, v := range x {
			x64[i] = float64(v)
		}
		for i, v := range q {
			q64[i] = float64(v)
		}
		return pm.RankScore(x64, q64)
	}, nil
}

// winnersOf is pickTops under the ranker of model m: the winner of each
// example by m's ranking weights.
func winnersOf(m qa.Model, exs []example, nf, nq, marginAt int) ([]top, error) {
	scoreOf, err := rankScorer(m)
	if err != nil {
		return nil, err
	}
	return pickTops(exs, scoreOf, nf, nq, marginAt), nil
}

// pickTops is pickTop of each example.
func pickTops(exs []example, score func(x, q []float32) float64, nf, nq, marginAt int) []top {
	tops := make([]top, len(exs))
	for i, e := range exs {
		tops[i] = pickTop(e, score, nf, nq, marginAt)
	}
	return tops
}

// confidences returns the engine's confidence in each winner of tops by
// the model pm (0 for an example with no candidate).
func confidences(tops []top, pm *qa.Model) []float64 {
	probs := make([]float64, len(tops))
	for i, t := range tops {
		if t.at >= 0 {
			probs[i] = t.confidenceOf(pm)
		}
	}
	return probs
}

// pickTop ranks an example's candidates with score and returns the winner,
// with its margin over the best rival set in its question features, and
// the candidates that lend it their confidence in the engine.
func pickTop(e example, score func(x, q []float32) float64, nf, nq, marginAt int) top {
	if e.n == 0 {
		return top{at: -1}
	}
	best := -1
	scores := make([]float64, e.n)
	for i := range e.n {
		s := score(e.feats[i*nf:(i+1)*nf], e.qfeats[i*nq:(i+1)*nq])
		scores[i] = s
		if best < 0 || s > scores[best] {
			best = i
		}
	}
	t := top{at: best, right: e.right[best], x: inputsOf(e, scores, best, true, nf, nq, marginAt), mayNot: e.mayAnswer != nil && !e.mayAnswer[best]}
	if e.agrees == nil || e.agrees[best] == 0 {
		return t
	}
	// The first qa.MaxAgreeing by score, ties in retrieval order, as the
	// engine sorts them.
	order := make([]int, e.n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(scores[b], scores[a]) })
	for _, j := range order[:min(e.n, qa.MaxAgreeing)] {
		if j != best && e.agrees[best]&(1<<j) != 0 {
			t.lenders = append(t.lenders, inputsOf(e, scores, j, false, nf, nq, marginAt))
		}
	}
	return t
}

// inputsOf returns the confidence model's inputs for candidate k of e: its
// features and question features, with its margin over the best rival set
// as the engine sets it (qa/features.go, facts.margin): the best other
// candidate that does not say the same (e.same; e.agrees in examples
// collected before same was kept), and, when k is the winner (first), is
// not off the day asked for nor an older version k supersedes
// (e.noRivals, when kept). The engine finds paraphrases among its best
// candidates by the model it has, so for another ranker the set is that
// of the model that collected the examples.
func inputsOf(e example, scores []float64, k int, first bool, nf, nq, marginAt int) []float64 {
	same := e.same
	if same == nil {
		same = e.agrees
	}
	if first && e.noRivals != nil {
		same = e.noRivals
	}
	second := -1
	for i := range e.n {
		if i != k && (same == nil || same[k]&(1<<i) == 0) && (second < 0 || scores[i] > scores[second]) {
			second = i
		}
	}
	x := make([]float64, 0, nf+nq)
	for _, v := range e.feats[k*nf : (k+1)*nf] {
		x = append(x, float64(v))
	}
	for _, v := range e.qfeats[k*nq : (k+1)*nq] {
		x = append(x, float64(v))
	}
	margin := float64(qa.MaxMargin)
	if second >= 0 {
		margin = min(scores[k]-scores[second], margin)
	}
	x[nf+marginAt] = margin
	return x
}

// thresholdWindow is how many steps of 0.01 on each side of a threshold
// chooseThreshold averages the accuracy over: the validation accuracy is
// flat near its top and moves by a question here and there, so its plain
// argmax jumps by a few hundredths with any retraining; the middle of the
// best stretch does not.
const thresholdWindow = 3

// thresholdTolerance is how far below the best averaged validation
// accuracy chooseThreshold still counts a threshold as good as the best:
// 0.2 points, about two chat-style validation questions. The accuracy is
// flat over a long stretch near its top (0.33 to 0.46 within 0.16 points
// for one model), so its argmax wandered over that stretch with every
// retraining; the lowest threshold as good as the best does not, and when
// the validation questions cannot tell, answering gives the reader a
// sentence to judge rather than nothing.
const thresholdTolerance = 0.002

// chooseThreshold returns the lowest confidence threshold whose accuracy
// on the validation examples, averaged over thresholdWindow steps on each
// side, is within thresholdTolerance of the best such average: chatShare
// of it the chat-style questions (as they come), the rest the SQuAD
// questions, weighted so that unanswerable ones make up unans of them.
func chooseThreshold(exs []example, tops []top, probs []float64, unans, chatShare float64) float64 {
	var squad []example
	var nchat float64
	for _, e := range exs {
		if e.val && isChat(e) {
			nchat += e.weight
		} else {
			squad = append(squad, e)
		}
	}
	if nchat == 0 {
		chatShare = 0
	}
	wAns, wUn := validationWeights(squad, unans)
	var ts, accs []float64
	for t := 0.05; t < 0.951; t += 0.01 {
		acc := 0.0
		for i, e := range exs {
			if !e.val {
				continue
			}
			answered := tops[i].at >= 0 && probs[i] >= t
			right := e.answerable && answered && tops[i].right || !e.answerable && !answered
			switch {
			case !right:
			case isChat(e):
				acc += chatShare * e.weight / nchat
			case e.answerable:
				acc += (1 - chatShare) * wAns * e.weight
			default:
				acc += (1 - chatShare) * wUn * e.weight
			}
		}
		ts, accs = append(ts, t), append(accs, acc)
	}
	smooth := make([]float64, len(accs))
	bestAcc := -1.0
	for i := range ts {
		lo, hi := max(i-thresholdWindow, 0), min(i+thresholdWindow+1, len(accs))
		for _, a := range accs[lo:hi] {
			smooth[i] += a
		}
		smooth[i] /= float64(hi - lo)
		bestAcc = max(bestAcc, smooth[i])
	}
	for i, t := range ts {
		if smooth[i] >= bestAcc-thresholdTolerance {
			return t
		}
	}
	return 0.5
}

// isChat reports whether an example comes from a chat-style set.
func isChat(e example) bool { return strings.HasPrefix(e.group, "chat:") }

// validationWeights returns the weights of an answerable and an
// unanswerable validation example that make the unanswerable ones unans of
// the whole.
func validationWeights(exs []example, unans float64) (wAns, wUn float64) {
	var nAns, nUn float64
	for _, e := range exs {
		if e.val {
			if e.answerable {
				nAns += e.weight
			} else {
				nUn += e.weight
			}
		}
	}
	if nAns > 0 {
		wAns = (1 - unans) / nAns
	}
	if nUn > 0 {
		wUn = unans / nUn
	}
	return wAns, wUn
}

// report prints the validation figures per group.
func report(out io.Writer, exs []example, tops []top, probs []float64, threshold float64) {
	type tally struct{ n, ans, top1, right, abst, unans int }
	groups := map[string]*tally{}
	var scores []float64
	var labels []bool
	for i, e := range exs {
		if !e.val {
			continue
		}
		g := groups[e.group]
		if g == nil {
			g = &tally{}
			groups[e.group] = g
		}
		g.n++
		answered := tops[i].at >= 0 && probs[i] >= threshold
		if e.answerable {
			g.ans++
			if tops[i].at >= 0 && tops[i].right {
				g.top1++
			}
			if answered && tops[i].right {
				g.right++
			}
		} else {
			g.unans++
			if !answered {
				g.abst++
				g.right++
			}
		}
		if tops[i].at >= 0 {
			scores = append(scores, probs[i])
			labels = append(labels, tops[i].right)
		}
	}
	// Where the ranker's wrong winners stand, for SQuAD validation
	// questions with a right candidate.
	var miss [4]int
	for i, e := range exs {
		if !e.val || e.group != "squad" || tops[i].at < 0 || tops[i].right {
			continue
		}
		if !slices.Contains(e.label, 1) {
			miss[3]++
			continue
		}
		miss[e.where[tops[i].at]]++
	}
	fmt.Fprintf(out, "squad validation misses: other document %d, other paragraph %d, gold paragraph %d, no right candidate %d\n", miss[0], miss[1], miss[2], miss[3])
	fmt.Fprintf(out, "validation, threshold %.2f, AUC of confidence for right answers %.3f\n", threshold, auc(scores, labels))
	if t, abst, right, ok := holesFrontier(exs, tops, probs, 0.7); ok {
		fmt.Fprintf(out, "holes: at threshold %.2f, the first to abstain on %.1f%% of the holes (at least 70%%), %.1f%% of holes-kept answered right\n", t, 100*abst, 100*right)
	}
	fmt.Fprintf(out, "%-28s %6s %8s %8s %10s\n", "group", "n", "top-1", "right", "abstained")
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		g := groups[k]
		fmt.Fprintf(out, "%-28s %6d %7.1f%% %7.1f%% %5d/%-5d\n", k, g.n, pct(g.top1, g.ans), pct(g.right, g.n), g.abst, g.unans)
	}
}

// holesFrontier returns the lowest threshold t (in steps of 0.01) at
// which the validation examples of the group "holes" (questions whose
// paragraph is gone) are abstained on at least minAbstain of the time, the
// share abstained on and the share of the group "holes-kept" (the others
// of the same corpora) answered right at t: how well the confidence tells
// a right answer from one to a question the corpus no longer answers,
// whatever threshold is chosen. ok is false when there are no such
// examples or no threshold reaches minAbstain.
func holesFrontier(exs []example, tops []top, probs []float64, minAbstain float64) (t, abst, right float64, ok bool) {
	for k := 0; k <= 100; k++ {
		t = float64(k) / 100
		var nHoles, nAbst, nKept, nRight int
		for i, e := range exs {
			if !e.val {
				continue
			}
			answered := tops[i].at >= 0 && probs[i] >= t
			switch e.group {
			case "holes":
				nHoles++
				if !answered {
					nAbst++
				}
			case "holes-kept":
				nKept++
				if answered && tops[i].right {
					nRight++
				}
			}
		}
		if nHoles == 0 || nKept == 0 {
			return 0, 0, 0, false
		}
		if abst = float64(nAbst) / float64(nHoles); abst >= minAbstain {
			return t, abst, float64(nRight) / float64(nKept), true
		}
	}
	return 0, 0, 0, false
}

// named pairs names with weights, rounded so the file is stable to read.
func named(names []string, w []float64) map[string]float64 {
	m := make(map[string]float64, len(names))
	for i, n := range names {
		m[n] = round(w[i])
	}
	return m
}

// round keeps six significant decimals.
func round(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// commonFlags are the flags both trainers (model and span) take, each with
// the trainer's own default.
type commonFlags struct {
	squadDir, outFile            string
	chats                        multiFlag
	chatWeight, l2               float64
	perArticle, chunk, valChunks int
	seed                         uint64
}

// register declares the shared flags on fs, with c's values as defaults.
func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.squadDir, "squad", c.squadDir, "the SQuAD training `DIR` (train.jsonl and corpus/); \"\" for none")
	fs.StringVar(&c.outFile, "out", c.outFile, "where to write the model")
	fs.Var(&c.chats, "chat", "a chat-style training set `FILE[:CORPUS_DIR]` (repeatable; no corpus: the embedded seeds); default: every train.jsonl of qa/testdata")
	fs.Float64Var(&c.chatWeight, "chat-weight", c.chatWeight, "weight of each chat-style example against a SQuAD one")
	fs.IntVar(&c.perArticle, "per-article", c.perArticle, "at most this many SQuAD questions per article (0: all)")
	fs.IntVar(&c.chunk, "chunk", c.chunk, "SQuAD articles per corpus (SQuAD v1.1 dev has 48)")
	fs.IntVar(&c.valChunks, "val-chunks", c.valChunks, "the last `N` SQuAD corpora validate (never fitted)")
	fs.Float64Var(&c.l2, "l2", c.l2, "L2 penalty on the weights")
	fs.Uint64Var(&c.seed, "seed", c.seed, "the seed of every random choice")
}

// chatSets returns the chat-style training sets given by -chat, or every
// train.jsonl of qa/testdata when none is.
func (c *commonFlags) chatSets() ([]string, error) {
	if len(c.chats) > 0 {
		return c.chats, nil
	}
	return defaultChatSets("qa/testdata")
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

// writeModelFile writes model m to file as the repository keeps
// model.json: indented JSON and a final newline.
func writeModelFile(file string, m qa.Model) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(file, append(data, '\n'), 0o644)
}

// modelWinners reads the model in file and returns it with the winners
// its ranker picks among each example's candidates (winnersOf): the first
// steps of every command that keeps a model's ranker and fits or reports
// the rest.
func modelWinners(file string, exs []example, nf, nq, marginAt int) (*qa.Model, []top, error) {
	pm, err := readModel(file)
	if err != nil {
		return nil, nil, err
	}
	tops, err := winnersOf(*pm, exs, nf, nq, marginAt)
	if err != nil {
		return nil, nil, err
	}
	return pm, tops, nil
}

// readModel reads and parses the answer model in file, naming the file in
// a parse error.
func readModel(file string) (*qa.Model, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	m, err := qa.ParseModel(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return m, nil
}

// isDir reports whether path is a folder.
func isDir(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.IsDir()
}
