package main

// Scoring of `qabot eval`, as DESIGN.md sets it out. Each line of an
// evaluation file is
//
//	{"id","question","answers":[...],"sources":[...],"answerable":bool,"kind":"..."}
//
// An answerable question is right (a sentence hit) when the returned
// sentence contains one of answers, ignoring case and runs of white space;
// it is a source hit when the returned document is one of sources. A
// question that is not answerable is right when the bot abstains. Overall
// is right / total. A question the bot would refuse (empty once cleaned, or
// too long) or take for small talk ("thanks") counts as an abstention, as
// it does on every front.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/qabot/qabot/bot"
	"github.com/qabot/qabot/qa"
	"github.com/qabot/qabot/qa/eval"
)

const evalAbout = `Scores an evaluation file: asks each question and prints, by kind, how
many were right, sentence hits, source hits and abstentions that were right.
Exits 0 when every line was scored, 1 when some lines of FILE could not be
read (they are listed on stderr), 2 on a usage or set-up error. FILE "-"
reads standard input.`

const evalExamples = `  qabot eval qa/testdata/seed-dev.jsonl
  qabot eval --min-confidence 0 qa/testdata/chat.jsonl
  qabot eval ../shared/eval/squad-train11/eval.jsonl --corpus ../shared/eval/squad-train11/corpus
  qabot eval --show-misses qa/testdata/seed-dev.jsonl`

// evalExample is the command offered when FILE is missing.
const evalExample = "qabot eval qa/testdata/seed-dev.jsonl"

// evalCase is one line of an evaluation file.
type evalCase struct {
	line int
	eval.Item
}

// evalResult is what the bot returned for a case and how it scored.
type evalResult struct {
	c      evalCase
	answer qa.Answer
	// refused is set when the question was not asked (empty or too long).
	refused error
	// err is set when the engine failed.
	err         error
	right       bool
	sentenceHit bool
	sourceHit   bool
}

// tally counts results, for one kind or for all.
type tally struct {
	total, right int
	// answerable counts answerable cases; sentenceHits those answered
	// with a sentence holding an answer.
	answerable, sentenceHits int
	// withSources counts answerable cases that list sources; sourceHits
	// those answered from one of them.
	withSources, sourceHits int
	// unanswerable counts cases that are not answerable; abstained those
	// where the bot rightly said nothing.
	unanswerable, abstained int
}

func (t *tally) add(r evalResult) {
	t.total++
	if r.right {
		t.right++
	}
	if r.c.Answerable {
		t.answerable++
		if r.sentenceHit {
			t.sentenceHits++
		}
		if len(r.c.Sources) > 0 {
			t.withSources++
			if r.sourceHit {
				t.sourceHits++
			}
		}
		return
	}
	t.unanswerable++
	if r.right {
		t.abstained++
	}
}

// evalOptions are the flags of `qabot eval`.
type evalOptions struct {
	dir         string
	snap        snapshotFlags
	showMisses  bool
	calibration bool
	engine      engineOptions
}

func newEvalCommand(e env, code *int) *cobra.Command {
	var o evalOptions
	c := &cobra.Command{
		Use:     "eval [flags] FILE.jsonl",
		Short:   "score an evaluation file",
		Long:    evalAbout,
		Example: evalExamples,
		Args:    cobra.ArbitraryArgs,
	}
	c.RunE = exits(code, func(ctx context.Context, pos []string) (int, error) { return runEval(ctx, o, pos, e) })
	f := c.Flags()
	f.StringVar(&o.dir, "corpus", "", "answer from the .txt, .md, .html, .pdf and .docx files below `DIR` instead of the embedded corpus")
	f.BoolVar(&o.showMisses, "show-misses", false, "list each miss with what was expected and what was returned")
	f.BoolVar(&o.calibration, "calibration", false, "also print, per confidence bucket, how often the best answer is right (asked again with --min-confidence 0)")
	o.snap.addFlags(c, "", "")
	o.engine.addFlags(c)
	return c
}

// runEval is `qabot eval FILE.jsonl [--corpus DIR] [--show-misses]`.
func runEval(ctx context.Context, o evalOptions, pos []string, e env) (int, error) {
	opt, err := o.engine.options("eval")
	if err != nil {
		return exitUsage, err
	}
	switch {
	case len(pos) == 0:
		return exitUsage, usagef("eval", "missing FILE.jsonl: run `%s`", evalExample)
	case len(pos) > 1:
		if fi, err := os.Stat(pos[1]); err == nil && fi.IsDir() {
			return exitUsage, usagef("eval", "one FILE.jsonl at a time, got %d (%s): to answer from the folder %s, write --corpus %s", len(pos), strings.Join(pos, " "), pos[1], pos[1])
		}
		return exitUsage, usagef("eval", "one FILE.jsonl at a time, got %d (%s): run `qabot eval` once for each file", len(pos), strings.Join(pos, " "))
	}
	name := pos[0]

	in := e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return exitUsage, usagef("eval", "%v: check the path, for example `%s`", err, evalExample)
		}
		defer f.Close()
		in = f
	}
	cases, bad, err := readEvalCases(in, name, e.stderr)
	if err != nil {
		return exitUsage, usagef("eval", "read %s: %v", name, err)
	}
	if len(cases) == 0 {
		return exitUsage, usagef("eval", "%s holds no questions: each line should be {\"id\",\"question\",\"answers\",\"sources\",\"answerable\",\"kind\"}", name)
	}

	ix, err := loadIndex("eval", o.dir, o.snap, e, true)
	if err != nil {
		return exitUsage, err
	}
	results := scoreCases(ctx, newLibrary(ix, opt), cases)
	if ctx.Err() != nil {
		return inputError("eval", ctx, ctx.Err())
	}
	for _, r := range results {
		if r.err != nil {
			fmt.Fprintf(e.stderr, "qabot eval: %s:%d: %v\n", name, r.c.line, r.err)
		}
	}
	if o.showMisses {
		printMisses(e.stdout, results)
	}
	if err := printTable(e.stdout, results); err != nil {
		return outputError("eval", err)
	}
	if err := printSpans(e.stdout, results); err != nil {
		return outputError("eval", err)
	}
	if err := printConfidence(e.stdout, results); err != nil {
		return outputError("eval", err)
	}
	if o.calibration {
		all := opt
		all.MinConfidence = 0
		if err := printCalibration(e.stdout, scoreCases(ctx, newLibrary(ix, all), cases)); err != nil {
			return outputError("eval", err)
		}
	}
	if bad > 0 {
		fmt.Fprintf(e.stderr, "qabot eval: %d lines of %s could not be read and were left out (see above)\n", bad, name)
		return exitNotFound, nil
	}
	return exitOK, nil
}

// readEvalCases reads an evaluation file. Lines that cannot be read are
// reported on stderr with their number and counted in bad; blank lines are
// skipped.
func readEvalCases(r io.Reader, name string, stderr io.Writer) (cases []evalCase, bad int, err error) {
	lr := newLineReader(r, maxLineBytes)
	for {
		l, err := lr.next()
		if errors.Is(err, io.EOF) {
			return cases, bad, nil
		}
		if err != nil {
			return nil, bad, err
		}
		c, err := parseEvalLine(l)
		if errors.Is(err, errBlankLine) {
			continue
		}
		if err != nil {
			fmt.Fprintf(stderr, "qabot eval: %s:%d: %v\n", name, l.n, err)
			bad++
			continue
		}
		cases = append(cases, c)
	}
}

// parseEvalLine reads one line of an evaluation file. A missing
// "answerable" means answerable when there are answers.
func parseEvalLine(l line) (evalCase, error) {
	if l.tooLong {
		return evalCase{}, errLineTooLong
	}
	b, err := objectLine(l.text)
	if err != nil {
		return evalCase{}, err
	}
	var raw struct {
		ID         json.RawMessage `json:"id"`
		Question   *string         `json:"question"`
		Answers    []string        `json:"answers"`
		Sources    []string        `json:"sources"`
		Answerable *bool           `json:"answerable"`
		Kind       string          `json:"kind"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return evalCase{}, fmt.Errorf("invalid evaluation line: %w", err)
	}
	id, err := parseID(raw.ID)
	if err != nil {
		return evalCase{}, err
	}
	if raw.Question == nil {
		return evalCase{}, errNoQuestion
	}
	c := evalCase{line: l.n, Item: eval.Item{ID: id, Question: *raw.Question, Sources: raw.Sources, Kind: raw.Kind, Paragraph: -1}}
	for _, a := range raw.Answers {
		if a = strings.TrimSpace(a); a != "" {
			c.Answers = append(c.Answers, a)
		}
	}
	c.Answerable = len(c.Answers) > 0
	if raw.Answerable != nil {
		c.Answerable = *raw.Answerable
	}
	if c.Answerable && len(c.Answers) == 0 {
		return evalCase{}, errors.New("answerable but no \"answers\" given")
	}
	if c.Kind == "" {
		c.Kind = "(none)"
	}
	return c, nil
}

// scoreCases asks every case, several at a time (the index is safe for
// concurrent use), and scores the answers. Results are in case order.
func scoreCases(ctx context.Context, asker bot.Asker, cases []evalCase) []evalResult {
	results := make([]evalResult, len(cases))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(cases)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = scoreCase(ctx, asker, cases[i])
			}
		}()
	}
	for i := range cases {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

// scoreCase asks one case and scores the answer.
func scoreCase(ctx context.Context, asker bot.Asker, c evalCase) evalResult {
	r := evalResult{c: c}
	q := c.Question
	if err := checkQuestion(&q); err != nil {
		r.refused = err
	} else if bot.IsHelp(q) {
		r.refused = errSmallTalk
	} else {
		r.answer, r.err = bot.SafeAsk(ctx, asker, q)
		if r.err != nil {
			r.answer = qa.Answer{}
		}
	}
	a := r.answer
	r.right = eval.Right(r.item(), a.Found, a.Sentence)
	if c.Answerable && a.Found {
		r.sentenceHit = eval.SentenceHit(a.Sentence, c.Answers)
		r.sourceHit = eval.SameSource(a.Source.Path, c.Sources)
	}
	return r
}

// printSpans writes the short-answer table under the sentence table:
// SQuAD exact match and F1 of the spans per kind, and how often the bold
// lead line is shown and right. A file with no answerable question has no
// span to measure and prints nothing.
func printSpans(w io.Writer, results []evalResult) error {
	var t eval.SpanTally
	for _, r := range results {
		t.Add(r.item(), r.answer.Found, r.answer.Sentence, r.answer.Span, bot.LeadLine(r.answer) != "")
	}
	if t.All.Questions == 0 {
		return nil
	}
	if _, err := fmt.Fprintln(w); err != nil {
		return err
	}
	return t.Write(w)
}

// item is the case as the shared scoring of qa/eval reads it.
func (r evalResult) item() eval.Item {
	return r.c.Item
}

// spanMiss reports whether a right sentence came with a wrong lead line:
// the reply's bold short answer is shown and is not a gold answer.
func (r evalResult) spanMiss() bool {
	lead := bot.LeadLine(r.answer)
	return r.right && r.c.Answerable && lead != "" && !eval.SpanRight(lead, eval.ShortAnswers(r.c.Question, r.c.Answers))
}

// printMisses lists each case that was not right with what it wanted and
// what came back, and each right sentence under a wrong lead line (a span
// miss).
func printMisses(w io.Writer, results []evalResult) {
	n := 0
	for _, r := range results {
		if r.right && !r.spanMiss() {
			continue
		}
		n++
		c := r.c
		label := "MISS"
		if r.right {
			label = "SPAN MISS"
		}
		fmt.Fprintf(w, "%s %s [%s] %s\n", label, c.ID, c.Kind, c.Question)
		if c.Answerable {
			fmt.Fprintf(w, "  want: %s", quoteList(c.Answers, " or "))
			if len(c.Sources) > 0 {
				fmt.Fprintf(w, " from %s", strings.Join(c.Sources, ", "))
			}
			fmt.Fprintln(w)
		} else {
			fmt.Fprintln(w, "  want: no answer (abstain)")
		}
		switch {
		case r.err != nil:
			fmt.Fprintf(w, "  got:  error: %v\n", r.err)
		case r.refused != nil:
			fmt.Fprintf(w, "  got:  refused: %v\n", r.refused)
		case !r.answer.Found:
			fmt.Fprintf(w, "  got:  no answer (score %.3f)\n", r.answer.Score)
		default:
			a := r.answer
			switch {
			case bot.LeadLine(a) != "":
				fmt.Fprintf(w, "  got:  %q (score %.3f, span confidence %.2f)\n", a.Span, a.Score, a.SpanConfidence)
			case a.Span != "":
				fmt.Fprintf(w, "  got:  no lead line (%q at span confidence %.2f; score %.3f)\n", a.Span, a.SpanConfidence, a.Score)
			default:
				fmt.Fprintf(w, "  got:  (no span, score %.3f)\n", a.Score)
			}
			fmt.Fprintf(w, "        “%s”\n        — %s", a.Sentence, a.Source.Path)
			if c.Answerable && len(c.Sources) > 0 && !r.sourceHit {
				fmt.Fprint(w, " (not a wanted source)")
			}
			fmt.Fprintln(w)
		}
	}
	if n > 0 {
		fmt.Fprintln(w)
	}
}

func quoteList(items []string, sep string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, sep)
}

// printTable writes the score table, one row per kind (sorted) and one for
// all questions, then the overall line.
func printTable(w io.Writer, results []evalResult) error {
	byKind := map[string]*tally{}
	var all tally
	for _, r := range results {
		t := byKind[r.c.Kind]
		if t == nil {
			t = &tally{}
			byKind[r.c.Kind] = t
		}
		t.add(r)
		all.add(r)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "kind\tright\t%\tsentence hits\tsource hits\tabstained right")
	for _, k := range slices.Sorted(maps.Keys(byKind)) {
		writeRow(tw, k, byKind[k])
	}
	writeRow(tw, "all", &all)
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\noverall: %d/%d right (%s)\n", all.right, all.total, percent(all.right, all.total))
	return err
}

func writeRow(w io.Writer, kind string, t *tally) {
	fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", kind,
		ratio(t.right, t.total), percent(t.right, t.total),
		ratio(t.sentenceHits, t.answerable), ratio(t.sourceHits, t.withSources),
		ratio(t.abstained, t.unanswerable))
}

// ratio writes n/of, or "-" when there is nothing to count.
func ratio(n, of int) string {
	if of == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d", n, of)
}

// percent writes n/of as a percentage with one decimal.
func percent(n, of int) string {
	if of == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(of))
}

// confidenceBuckets is how many equal buckets the confidence histogram and
// the calibration table cut 0-1 into.
const confidenceBuckets = 10

// bucketOf is the confidence bucket of p.
func bucketOf(p float64) int { return min(int(p*confidenceBuckets), confidenceBuckets-1) }

// printConfidence writes, per kind, how many questions got a best answer of
// each confidence (answered or not): the confidence histogram.
func printConfidence(w io.Writer, results []evalResult) error {
	byKind := map[string]*[confidenceBuckets]int{}
	for _, r := range results {
		if r.refused != nil || r.err != nil {
			continue
		}
		h := byKind[r.c.Kind]
		if h == nil {
			h = new([confidenceBuckets]int)
			byKind[r.c.Kind] = h
		}
		h[bucketOf(r.answer.Confidence)]++
	}
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "\nconfidence\t")
	for b := range confidenceBuckets {
		fmt.Fprintf(tw, "%.1f-\t", float64(b)/confidenceBuckets)
	}
	fmt.Fprintln(tw)
	for _, k := range slices.Sorted(maps.Keys(byKind)) {
		fmt.Fprintf(tw, "%s\t", k)
		for _, n := range byKind[k] {
			fmt.Fprintf(tw, "%d\t", n)
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

// printCalibration writes, per confidence bucket, how many questions had a
// best answer of that confidence and how many of those answers were right
// (an unanswerable question's answer never is): a calibrated engine is
// right about as often as its confidence says.
func printCalibration(w io.Writer, results []evalResult) error {
	var n, right [confidenceBuckets]int
	for _, r := range results {
		if r.refused != nil || r.err != nil {
			continue
		}
		b := bucketOf(r.answer.Confidence)
		n[b]++
		if r.c.Answerable && r.right {
			right[b]++
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "\ncalibration\tquestions\tright\t%")
	for b := range confidenceBuckets {
		fmt.Fprintf(tw, "%.1f-%.1f\t%d\t%d\t%s\n", float64(b)/confidenceBuckets, float64(b+1)/confidenceBuckets, n[b], right[b], percent(right[b], n[b]))
	}
	return tw.Flush()
}
