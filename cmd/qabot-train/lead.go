package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
	"github.com/qabot/qabot/qa/eval"
)

// Fitting the lead model (qa/lead.go), which decides whether a reply
// leads with the short answer. Each training set's questions are asked of
// its corpus as the engine answers them (the default options); every
// answerable question answered with a span is one row: the lead model's
// inputs for that answer (qa.Answer.LeadInputs) and whether the span is
// right by the sets' rule for a lead line (eval.SpanRight against
// eval.ShortAnswers). The model is a logistic fit of that outcome. It is
// cross-validated by set, each set predicted by a fit on the others, and
// the table says how many right and wrong lead lines the fitted model and
// the committed one show at the fronts' bar (bot.MinSpanConfidence) on the
// held-out sets. The fit on every set replaces the lead part of the span
// model file; the rest of the file is kept.
//
//	qabot-train lead [-span qa/span.txt] [-l2 1e-3] [-dry-run]
//
// It fits on training data only: the chat-style sets' train halves,
// qa/testdata/chat.jsonl and squad-train11's train split.

// leadRow is one answer of a training set: the lead model's inputs, whether
// its span is right, the committed model's SpanConfidence, and the set.
type leadRow struct {
	x         []float64
	right     bool
	committed float64
	set       int
	// fold is the row's part in the cross-validation: its set's, or for
	// a set of many documents (squad-train11), the set's and its
	// document's share.
	fold int
}

// leadDocFolds is how many folds the documents of a set of many
// documents (squad-train11, one set of 442 articles) are dealt into.
const leadDocFolds = 5

// leadSets returns the default training sets of the lead model, each
// "FILE[:CORPUS_DIR]" as parseChatSet reads it: every chat-style set's
// train half under testdata (with its corpus folder when it has one, else
// the embedded corpus), chat.jsonl, and squad-train11's train split.
func leadSets(testdata, squad11 string) ([]string, error) {
	sets, err := trainHalves(testdata)
	if err != nil {
		return nil, err
	}
	sets = append(sets, filepath.Join(testdata, "chat.jsonl"))
	return append(sets, filepath.Join(squad11, "train.jsonl")+":"+filepath.Join(squad11, "corpus")), nil
}

// collectLead asks every answerable question of set (set index k) of its
// corpus and returns a row for each answer given with a span. When
// byDoc, the rows' folds deal the set's documents (its questions' first
// source, in the order they first come) into leadDocFolds folds after
// the sets' own; else a row's fold is its set's.
func collectLead(ctx context.Context, set string, k, nsets int, byDoc bool) ([]leadRow, error) {
	cs := parseChatSet(set, false, 0, 1)
	items, err := eval.ReadFile(cs.file)
	if err != nil {
		return nil, err
	}
	ix, _, err := loadIndex(cs.corpus, "")
	if err != nil {
		return nil, err
	}
	var rows []leadRow
	docs := map[string]int{}
	opt := qa.DefaultOptions()
	opt.LeadInputs = true
	for _, it := range items {
		if !it.Answerable {
			continue
		}
		fold := k
		if byDoc && len(it.Sources) > 0 {
			d, ok := docs[it.Sources[0]]
			if !ok {
				d = len(docs)
				docs[it.Sources[0]] = d
			}
			fold = nsets + d%leadDocFolds
		}
		a, err := ix.AskWith(ctx, it.Question, opt)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", cs.file, it.ID, err)
		}
		if x := a.LeadInputs(); x != nil {
			rows = append(rows, leadRow{x: x, right: eval.SpanRight(a.Span, eval.ShortAnswers(it.Question, it.Answers)), committed: a.SpanConfidence, set: k, fold: fold})
		}
	}
	return rows, nil
}

// fitLead fits the lead model on rows, every row weighing the same, and
// returns its weights by input name (qa.LeadInputNames), rounded as the
// span model's are, zero weights left out. With base, only the weights of
// the inputs at only (indexes into qa.LeadInputNames) are fitted, afresh,
// and every other weight and the bias are base's: an input added to the
// lead model is judged on top of the committed model, as the span model's
// features are (-only of qabot-train span), not on a refit of all of it.
func fitLead(ctx context.Context, rows []leadRow, l2 float64, base *qa.Linear, only []int) (qa.Linear, error) {
	xs := make([][]float64, len(rows))
	ys := make([]bool, len(rows))
	ws := make([]float64, len(rows))
	for i, r := range rows {
		xs[i], ys[i], ws[i] = r.x, r.right, 1
	}
	var (
		w    []float64
		bias float64
	)
	if base != nil {
		w, bias = leadWeights(*base), base.Bias
		fw, _, err := fitLogisticFree(ctx, xs, ys, ws, w, bias, only, false, l2)
		if err != nil {
			return qa.Linear{}, err
		}
		for k, j := range only {
			w[j] = fw[k]
		}
	} else {
		var err error
		if w, bias, err = fitLogistic(ctx, xs, ys, ws, l2); err != nil {
			return qa.Linear{}, err
		}
		bias = roundWeight(bias)
	}
	lin := qa.Linear{Bias: bias, Weights: map[string]float64{}}
	for i, n := range qa.LeadInputNames() {
		if v := roundWeight(w[i]); v != 0 {
			lin.Weights[n] = v
		}
	}
	return lin, nil
}

// leadProb is the probability a lead model gives a row of inputs x, its
// weights w in the order of qa.LeadInputNames (leadWeights) and its bias.
func leadProb(w []float64, bias float64, x []float64) float64 {
	t := bias
	for i, v := range w {
		t += v * x[i]
	}
	return 1 / (1 + math.Exp(-t))
}

// leadWeights lays lin's weights out in the order of qa.LeadInputNames, a
// weight not listed 0, for leadProb.
func leadWeights(lin qa.Linear) []float64 {
	names := qa.LeadInputNames()
	w := make([]float64, len(names))
	for i, n := range names {
		w[i] = lin.Weights[n]
	}
	return w
}

// leadTally counts the lead lines shown at a bar and how many are right.
type leadTally struct{ shown, right int }

// add counts a row whose probability is p.
func (t *leadTally) add(p, bar float64, right bool) {
	if p >= bar {
		t.shown++
		if right {
			t.right++
		}
	}
}

// net is the shown right lead lines less the shown wrong ones.
func (t leadTally) net() int { return 2*t.right - t.shown }

// wrongLeadCost is what a wrong lead line costs against what a right one
// gains: people read the bold line first and often only that line, so a
// wrong one misleads where a missing one only asks them to read the
// sentence. For a calibrated model the best bar is then
// wrongLeadCost/(1+wrongLeadCost), 2/3; leadBar reads it off the held-out
// probabilities instead.
const wrongLeadCost = 2

// worth is the shown right lead lines less wrongLeadCost times the shown
// wrong ones.
func (t leadTally) worth() int { return t.right - wrongLeadCost*(t.shown-t.right) }

// leadBars yields the bars the trainer weighs, in steps of 0.01 from
// 0.50 to 0.80: the table it prints and leadBar.
func leadBars(yield func(float64) bool) {
	for b := 50; b <= 80; b++ {
		if !yield(float64(b) / 100) {
			return
		}
	}
}

// leadBar returns the bar of leadBars at which the held-out probabilities
// p of the rows whose outcomes are right give the most worth (the lowest
// such bar on a tie).
func leadBar(p []float64, right []bool) float64 {
	best, bestWorth := 0.0, math.MinInt
	for bar := range leadBars {
		var t leadTally
		for i := range p {
			t.add(p[i], bar, right[i])
		}
		if w := t.worth(); w > bestWorth {
			best, bestWorth = bar, w
		}
	}
	return best
}

// String writes right/shown, the share and the net.
func (t leadTally) String() string {
	share := 0.0
	if t.shown > 0 {
		share = 100 * float64(t.right) / float64(t.shown)
	}
	return fmt.Sprintf("%5d/%5d %5.1f%% net %5d worth %5d", t.right, t.shown, share, t.net(), t.worth())
}

// runLead fits the lead model, reports its cross-validation by set and
// writes the lead part of the span model file.
func runLead(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("lead", flag.ContinueOnError)
	spanFile := fs.String("span", "qa/span.txt", "the span model `FILE` whose lead part is fitted and written again")
	testdata := fs.String("testdata", "qa/testdata", "the `DIR` of the chat-style sets, whose train halves and chat.jsonl are fitted")
	squad11 := fs.String("squad11", "../shared/eval/squad-train11", "the `DIR` of squad-train11, whose train split is fitted")
	l2 := fs.Float64("l2", 1e-3, "the L2 penalty of the standardised weights")
	dry := fs.Bool("dry-run", false, "report the cross-validation and write nothing")
	only := fs.String("only", "", "fit only the weights of these lead `INPUTS` (comma-separated, as qa.LeadInputNames names them: type-clash), afresh, every other weight and the bias kept from the span model file")
	if err := parseFlagsOnly(fs, args); err != nil {
		return err
	}
	data, err := os.ReadFile(*spanFile)
	if err != nil {
		return err
	}
	m, err := qa.ParseSpanModel(data)
	if err != nil {
		return fmt.Errorf("%s: %w", *spanFile, err)
	}
	var base *qa.Linear
	var onlyAt []int
	if *only != "" {
		base = &m.Lead
		for _, n := range strings.Split(*only, ",") {
			j := slices.Index(qa.LeadInputNames(), n)
			if j < 0 {
				return fmt.Errorf("-only: no lead input %q", n)
			}
			onlyAt = append(onlyAt, j)
		}
	}
	sets, err := leadSets(*testdata, *squad11)
	if err != nil {
		return err
	}
	var rows []leadRow
	for k, s := range sets {
		r, err := collectLead(ctx, s, k, len(sets), k == len(sets)-1)
		if err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "%s: %d answers with a span\n", s, len(r))
		rows = append(rows, r...)
	}
	// Each set (each fold of squad-train11's documents) predicted by a
	// fit on the others.
	bar := bot.MinSpanConfidence
	var cvFit, cvCommitted leadTally
	bySet := make([][2]leadTally, len(sets))
	held := make([]float64, len(rows))
	for k := range len(sets) + leadDocFolds {
		var train []leadRow
		for _, r := range rows {
			if r.fold != k {
				train = append(train, r)
			}
		}
		if len(train) == len(rows) {
			continue
		}
		lin, err := fitLead(ctx, train, *l2, base, onlyAt)
		if err != nil {
			return err
		}
		w := leadWeights(lin)
		for i, r := range rows {
			if r.fold == k {
				held[i] = leadProb(w, lin.Bias, r.x)
			}
		}
	}
	for i, r := range rows {
		bySet[r.set][0].add(held[i], bar, r.right)
		bySet[r.set][1].add(r.committed, bar, r.right)
		cvFit.add(held[i], bar, r.right)
		cvCommitted.add(r.committed, bar, r.right)
	}
	fmt.Fprintf(out, "lead lines at %.2f, each set held out: fitted | committed\n", bar)
	for k, s := range sets {
		name, _, _ := strings.Cut(s, ":")
		fmt.Fprintf(out, "%-48s %s | %s\n", name, bySet[k][0], bySet[k][1])
	}
	fmt.Fprintf(out, "%-48s %s | %s\n", "all", cvFit, cvCommitted)
	// The held-out probabilities at other bars: the chat-style sets (all
	// but the last set, squad-train11) and squad-train11 apart.
	last := len(sets) - 1
	for b := range leadBars {
		var chat, sq, chatC, sqC leadTally
		for i, r := range rows {
			if r.set == last {
				sq.add(held[i], b, r.right)
				sqC.add(r.committed, b, r.right)
			} else {
				chat.add(held[i], b, r.right)
				chatC.add(r.committed, b, r.right)
			}
		}
		fmt.Fprintf(out, "bar %.2f chat %s sq11 %s | committed chat %s sq11 %s\n", b, chat, sq, chatC, sqC)
	}
	// The bar the fronts should use (bot.MinSpanConfidence): the most
	// worth on the chat-style sets held out.
	var chatP []float64
	var chatRight []bool
	for i, r := range rows {
		if r.set != last {
			chatP, chatRight = append(chatP, held[i]), append(chatRight, r.right)
		}
	}
	fmt.Fprintf(out, "bar by worth (right - %d x wrong) on the chat-style sets held out: %.2f (bot.MinSpanConfidence %.2f)\n", wrongLeadCost, leadBar(chatP, chatRight), bot.MinSpanConfidence)
	lin, err := fitLead(ctx, rows, *l2, base, onlyAt)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "lead-bias %g\n", lin.Bias)
	for _, n := range qa.LeadInputNames() {
		if v, ok := lin.Weights[n]; ok {
			fmt.Fprintf(out, "lead %s %g\n", n, v)
		}
	}
	if *dry {
		return nil
	}
	m.Lead = lin
	note := "; its lead model fitted on the engine's answers to the training sets' questions (qabot-train lead)"
	if *only != "" {
		note = "; the lead weights of " + *only + " fitted afresh on the engine's answers to the training sets' questions, every other lead weight kept (qabot-train lead --only)"
	}
	if !strings.Contains(m.About, note) {
		m.About += note
	}
	return writeSpanModel(*spanFile, m)
}
