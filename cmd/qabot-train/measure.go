package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
	"github.com/qabot/qabot/qa/eval"
)

// runMeasure reports, for an evaluation file on a corpus, where the right
// sentence stands among the candidates (recall at 1, 3, 5, 10 and all), the
// accuracy at the model's threshold and with no abstention, and the time
// per question.
func runMeasure(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("measure", flag.ContinueOnError)
	dir := fs.String("corpus", "", "corpus `DIR` (default: the embedded seeds)")
	model := fs.String("model", "", "model `FILE` to use instead of the committed one")
	misses := fs.Int("misses", 0, "print this many wrong answers of answerable questions")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("measure: want one evaluation file, got %d", fs.NArg())
	}
	items, err := eval.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	ix, opt, err := loadIndex(*dir, *model)
	if err != nil {
		return err
	}
	var (
		hitAt      []int // per answerable item, the place of the first right candidate, or -1
		right, rt0 int
		unans      int
		abstained  int
		confs      []conf
	)
	start := time.Now()
	for _, it := range items {
		q := qa.Parse(it.Question)
		cands, err := ix.Candidates(ctx, q)
		if err != nil {
			return err
		}
		a, err := ix.AnswerWith(ctx, q, opt)
		if err != nil {
			return err
		}
		if eval.Right(it, a.Found, a.Sentence) {
			right++
		}
		if len(cands) > 0 {
			confs = append(confs, conf{p: cands[0].Confidence, answerable: it.Answerable, right: it.Answerable && eval.SentenceHit(cands[0].Sentence, it.Answers)})
		} else {
			confs = append(confs, conf{p: 0, answerable: it.Answerable})
		}
		if !it.Answerable {
			unans++
			if !a.Found {
				abstained++
			}
			continue
		}
		at := slices.IndexFunc(cands, func(c qa.Candidate) bool { return eval.SentenceHit(c.Sentence, it.Answers) })
		hitAt = append(hitAt, at)
		if at == 0 {
			rt0++
		} else if *misses > 0 && len(cands) > 0 {
			*misses--
			fmt.Fprintf(out, "MISS %s %q want %q\n  got  [%.2f] %s\n", it.ID, it.Question, it.Answers, cands[0].Score, cands[0].Sentence)
			if at > 0 {
				fmt.Fprintf(out, "  right #%d [%.2f] %s\n", at, cands[at].Score, cands[at].Sentence)
				fmt.Fprintf(out, "  why: %s\n", diffContributions(ix, cands[0], cands[at]))
			}
		}
	}
	elapsed := time.Since(start)
	fmt.Fprintf(out, "%d questions (%d answerable), %.0f µs each (candidates + answer)\n",
		len(items), len(hitAt), float64(elapsed.Microseconds())/float64(max(len(items), 1)))
	for _, k := range []int{1, 3, 5, 10, 100} {
		n := 0
		for _, at := range hitAt {
			if at >= 0 && at < k {
				n++
			}
		}
		fmt.Fprintf(out, "right sentence in top %-3d %5.1f%%\n", k, pct(n, len(hitAt)))
	}
	fmt.Fprintf(out, "accuracy, never abstaining (answerable) %5.1f%%\n", pct(rt0, len(hitAt)))
	fmt.Fprintf(out, "accuracy at the threshold             %5.1f%% (abstained on %d of %d unanswerable)\n",
		pct(right, len(items)), abstained, unans)
	// The best threshold in hindsight, to tell ranking from calibration.
	best, at := 0, 0.0
	for t := 0.0; t <= 1.0001; t += 0.01 {
		n := 0
		for _, c := range confs {
			if c.answerable && c.p >= t && c.right || !c.answerable && c.p < t {
				n++
			}
		}
		if n > best {
			best, at = n, t
		}
	}
	var ps []float64
	var ls []bool
	for _, c := range confs {
		ps = append(ps, c.p)
		ls = append(ls, c.answerable && c.right)
	}
	fmt.Fprintf(out, "best threshold in hindsight %.2f: %5.1f%%; AUC of confidence for right answers %.3f\n", at, pct(best, len(items)), auc(ps, ls))
	return measureSpans(ctx, ix, items, out)
}

func pct(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return 100 * float64(n) / float64(of)
}

// loadIndex builds the index of dir (the embedded seeds when ""), with the
// model in file modelFile when given, and returns the options that answer
// as that model says: its threshold is the minimum confidence.
func loadIndex(dir, modelFile string) (*qa.Index, qa.Options, error) {
	opt := qa.DefaultOptions()
	docs, err := loadDocs(dir)
	if err != nil {
		return nil, opt, err
	}
	ix := qa.Build(docs)
	if modelFile == "" {
		return ix, opt, nil
	}
	m, err := readModel(modelFile)
	if err != nil {
		return nil, opt, err
	}
	opt.MinConfidence = m.Threshold
	ix, err = ix.WithModel(m)
	return ix, opt, err
}

// loadDocs reads the documents of dir, or the embedded seeds when dir is
// "".
func loadDocs(dir string) ([]corpus.Document, error) {
	if dir == "" {
		return corpus.Embedded()
	}
	docs, _, err := corpus.Load(dir)
	return docs, err
}

// diffContributions names the features that most favour a over b in the
// ranker's score: (a - b) · weight, largest first.
func diffContributions(ix *qa.Index, a, b qa.Candidate) string {
	names := qa.FeatureNames()
	w := ix.RankWeights(a) // a and b answer the same question
	type d struct {
		name string
		v    float64
	}
	var ds []d
	for i, n := range names {
		ds = append(ds, d{n, (a.Features[i] - b.Features[i]) * w[i]})
	}
	slices.SortFunc(ds, func(x, y d) int { return cmp.Compare(y.v, x.v) })
	var parts []string
	for _, x := range ds[:min(6, len(ds))] {
		parts = append(parts, fmt.Sprintf("%s %+.2f", x.name, x.v))
	}
	return strings.Join(parts, ", ")
}

// conf is one question's confidence and what it would have been worth.
type conf struct {
	p                 float64
	answerable, right bool
}
