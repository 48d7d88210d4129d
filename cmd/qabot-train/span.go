package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
	"github.com/qabot/qabot/qa/eval"
)

// Training the span model (qa/spanmodel.go). Every example is the list of
// candidate phrases of one sentence that holds the answer to one question:
//
//   - SQuAD training questions, each asked of a corpus of chunk articles,
//     on the first sentence of the question's own paragraph that holds its
//     gold answer (never a question of squad-train11/eval.jsonl, which
//     ../shared/eval/squad-train leaves out); a share also typed the way
//     people type in chat (chat.go);
//   - the repository's chat-style training sets, on every sentence of a
//     listed source that holds one of the answers.
//
// A gold answer that spans cells of a table row stands for the cells of it
// that repeat none of the question's words (eval.ShortAnswers). The right
// candidates of a list are those whose text is a gold answer
// (SQuAD's exact match), or, when none is, those of the best F1 if it is at
// least eval's bar for a right span; a candidate's text is the one the
// answer would show for it (qa.SpanCandidate.Shown, -label). Lists with no
// right candidate teach nothing and are only counted. The articles of the last chunks are for
// validation, never fitted.

// spanExample is one list of candidates.
type spanExample struct {
	group    string
	question string
	sentence string
	// val lists are for validation only; calib lists fit the confidence
	// model and not the ranker, so that the confidence is learned on
	// lists the ranker has not seen.
	val, calib bool
	weight     float64
	golds      []string
	// class is the question's class (qa.SpanList.Class).
	class int
	// n candidates; dense holds n rows of nd values, active n rows of the
	// indicators that are on (na each); texts are the candidates' texts.
	n      int
	dense  []float32
	active []int32
	texts  []string
	label  []bool
	// conf holds, once the ranker is fitted, the confidence model's
	// inputs for the winner, and right whether the winner is right.
	list *qa.SpanList
}

// spanCollector gathers span examples.
type spanCollector struct {
	ctx      context.Context
	nd, na   int
	examples []spanExample
	// names are the names of the span features (qa.SpanFeatureNames).
	names []string
	// Counts of lists without a right candidate and of right candidates
	// that only partly match, for the report.
	lists, noRight, partial int
	// labelBy is the text a candidate is judged by (spanLabels).
	labelBy spanLabelText
}

// spanLabelText says which text of a candidate its label judges.
type spanLabelText int

const (
	// labelBare judges the candidate's own words (qa.SpanCandidate.Text):
	// the default, with which the committed span.txt was fitted.
	labelBare spanLabelText = iota
	// labelShown judges the text the answer shows (qa.SpanCandidate.Shown).
	labelShown
	// labelEither makes a candidate right when either text is.
	labelEither
)

// spanLabelTexts names the values of -label, in spanLabelText's order.
var spanLabelTexts = []string{"bare", "shown", "either"}

// rightSpans labels texts against golds: right are the texts that are a gold
// answer (SQuAD's exact match), or, when none is, those of the best F1 if
// it is at least eval's bar for a right span; exact says whether one was
// an exact match.
func rightSpans(texts, golds []string) (right []bool, exact bool) {
	f1s := make([]float64, len(texts))
	best := 0.0
	for i, t := range texts {
		em, f1 := eval.SpanScores(t, golds)
		f1s[i] = f1
		exact = exact || em == 1
		best = max(best, f1)
	}
	right = make([]bool, len(texts))
	for i, f1 := range f1s {
		right[i] = f1 == 1 || !exact && best >= eval.MinRightF1 && f1 == best
	}
	return right, exact
}

// spanLabels returns the labels of candidates cands against golds (the
// rule of rightSpans, on the text by says), the texts the confidence
// model and the report judge the winner by (the shown ones but for
// labelBare), and whether a right label is an exact match.
func spanLabels(cands []qa.SpanCandidate, golds []string, by spanLabelText) (label []bool, texts []string, exact bool) {
	bare, shown := make([]string, len(cands)), make([]string, len(cands))
	for i := range cands {
		bare[i], shown[i] = cands[i].Text, cands[i].Shown
	}
	switch by {
	case labelShown:
		label, exact = rightSpans(shown, golds)
		return label, shown, exact
	case labelEither:
		label, exact = rightSpans(shown, golds)
		other, exactBare := rightSpans(bare, golds)
		for i, r := range other {
			label[i] = label[i] || r
		}
		return label, shown, exact || exactBare
	}
	label, exact = rightSpans(bare, golds)
	return label, bare, exact
}

// add records the candidates of sentence sent of ix for question.
func (c *spanCollector) add(ix *qa.Index, question string, sent int, golds []string, group string, val, calib bool, weight float64) error {
	l, err := ix.SpanCandidates(c.ctx, qa.Parse(question), sent)
	if err != nil {
		return err
	}
	c.lists++
	golds = eval.ShortAnswers(question, golds)
	text, _ := ix.SentenceText(sent)
	ex := spanExample{group: group, question: question, sentence: text, val: val, calib: calib, weight: weight, golds: golds, n: len(l.Candidates), class: l.Class}
	label, texts, exact := spanLabels(l.Candidates, golds, c.labelBy)
	ex.label, ex.texts = label, texts
	for i, cd := range l.Candidates {
		for _, v := range cd.Dense {
			ex.dense = append(ex.dense, float32(v))
		}
		ex.active = append(ex.active, cd.Active...)
		cd.Dense, cd.Active = nil, nil
		l.Candidates[i] = cd
	}
	ex.list = &l
	switch {
	case !slices.Contains(ex.label, true):
		c.noRight++
	case !exact:
		c.partial++
	}
	c.examples = append(c.examples, ex)
	return nil
}

// sentencesByDoc lists the sentence numbers of each document of ix.
func sentencesByDoc(ix *qa.Index, ndocs int) [][]int {
	out := make([][]int, ndocs)
	for i := range ix.Stats().Sentences {
		_, d := ix.SentenceText(i)
		out[d] = append(out[d], i)
	}
	return out
}

// collectSquadSpans adds the SQuAD examples: per article at most
// o.perArticle questions (0: all).
func (c *spanCollector) collectSquadSpans(s *squadSet, o squadOptions, nextShare float64, logf func(string, ...any)) error {
	nchunks := o.chunks(len(s.articles))
	for ci := range nchunks {
		lo, hi := o.articlesOf(ci, len(s.articles))
		val := ci >= nchunks-o.valChunks
		docs := make([]corpus.Document, 0, hi-lo)
		for ai := lo; ai < hi; ai++ {
			d, err := s.articles[ai].document(nil)
			if err != nil {
				return fmt.Errorf("%s: %w", s.articles[ai].name, err)
			}
			docs = append(docs, d)
		}
		ix := qa.Build(docs)
		byDoc := sentencesByDoc(ix, len(docs))
		for ai := lo; ai < hi; ai++ {
			a := s.articles[ai]
			items := s.items[ai]
			if o.perArticle > 0 && len(items) > o.perArticle {
				items = sample(items, o.perArticle, seeded(o.seed, "span/"+a.name))
			}
			chosen := map[string]bool{}
			for _, it := range items {
				chosen[it.ID] = true
			}
			for _, it := range s.items[ai] {
				if !chosen[it.ID] && !rareSpanClasses[qa.QuestionClass(qa.Parse(it.Question))] {
					continue
				}
				sent := goldSentence(ix, byDoc[ai-lo], a.paras[it.Paragraph], it.Answers)
				if sent < 0 {
					continue
				}
				calib := !val && seeded(o.seed, "span-calib/"+it.ID).Float64() < calibShare
				if err := c.add(ix, it.Question, sent, it.Answers, "squad", val, calib, 1); err != nil {
					return err
				}
				r := seeded(o.seed, "span-chat/"+it.ID)
				if r.Float64() < o.chatShare {
					if err := c.add(ix, chatStyle(it.Question, r), sent, it.Answers, "squad-chat", val, calib, 1); err != nil {
						return err
					}
				}
				// The sentence after, when it opens by referring back to
				// this one ("It was founded ..."), may be the one the
				// engine returns: then the answer is among the candidates
				// of the sentence before.
				if next := sent + 1; next < ix.Stats().Sentences && r.Float64() < nextShare {
					if text, d := ix.SentenceText(next); d == ai-lo && strings.Contains(a.paras[it.Paragraph], text) && qa.RefersBack(text) && !eval.SentenceHit(text, it.Answers) {
						if err := c.add(ix, it.Question, next, it.Answers, "squad-next", val, calib, 1); err != nil {
							return err
						}
					}
				}
			}
		}
		logf("span chunk %d/%d: %d articles, %d lists so far", ci+1, nchunks, hi-lo, len(c.examples))
	}
	return nil
}

// calibShare and chatCalibShare are the shares of the SQuAD and of the
// chat-style training questions whose lists fit the confidence model
// instead of the ranker.
const (
	calibShare     = 0.15
	chatCalibShare = 0.25
)

// rareSpanClasses are the question classes (qa.QuestionClass) of which
// every SQuAD question is taken, beyond the sample of each article: they
// are few, and common in chat ("who is li chenggang", "team plan price").
var rareSpanClasses = map[string]bool{
	"who-is": true, "who-the": true, "how-much": true, "how-long": true, "how-number": true, "what-time": true,
	"key": true, "key-date": true, "key-number": true, "key-place": true, "polar": true, "polar-number": true,
}

// goldSentence returns the first of sents that lies in the paragraph and
// holds one of the answers, or -1.
func goldSentence(ix *qa.Index, sents []int, para string, answers []string) int {
	for _, i := range sents {
		text, _ := ix.SentenceText(i)
		if strings.Contains(para, text) && eval.SentenceHit(text, answers) {
			return i
		}
	}
	return -1
}

// collectChatSpans adds the examples of a chat-style set: for each
// answerable question, every sentence of a listed source holding one of
// its answers, the question's weight shared among them.
func (c *spanCollector) collectChatSpans(cs chatSet, seed uint64) error {
	items, err := eval.ReadFile(cs.file)
	if err != nil {
		return err
	}
	docs, err := loadDocs(cs.corpus)
	if err != nil {
		return err
	}
	ix := qa.Build(docs)
	byDoc := sentencesByDoc(ix, len(docs))
	group := "chat:" + chatSetName(cs.file)
	for _, it := range items {
		if !it.Answerable {
			continue
		}
		var sents []int
		for d, doc := range docs {
			if !eval.SameSource(doc.Path, it.Sources) {
				continue
			}
			for _, i := range byDoc[d] {
				if text, _ := ix.SentenceText(i); eval.SentenceHit(text, it.Answers) {
					sents = append(sents, i)
				}
			}
		}
		calib := !cs.val && seeded(seed, "span-calib/"+it.ID).Float64() < chatCalibShare
		for _, i := range sents {
			if err := c.add(ix, it.Question, i, it.Answers, group, cs.val, calib, cs.weight/float64(len(sents))); err != nil {
				return err
			}
		}
	}
	return nil
}

// chatSetName names a chat set by its folder and file ("wiki/train.jsonl").
func chatSetName(file string) string {
	parts := strings.Split(strings.ReplaceAll(file, "\\", "/"), "/")
	if len(parts) >= 2 {
		return parts[len(parts)-2] + "/" + parts[len(parts)-1]
	}
	return file
}

// spanOptions are the span trainer's settings.
type spanOptions struct {
	squad      squadOptions
	nextShare  float64 // share of the sentences after that refer back also asked
	squadDir   string
	chats      []string
	chatWeight float64
	l2         float64
	minCount   int
	labelBy    spanLabelText
}

// runSpan trains the span model and writes it.
func runSpan(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("span", flag.ContinueOnError)
	cf := commonFlags{squadDir: "../shared/eval/squad-train", outFile: "qa/span.txt", chatWeight: 5, perArticle: 40, chunk: 48, valChunks: 2, l2: 3e-4, seed: 1}
	cf.register(fs)
	minCount := fs.Int("min-count", 5, "an indicator must be on in this many training lists to get a weight")
	misses := fs.Int("misses", 0, "print this many validation lists whose winner is wrong")
	extend := fs.String("extend", "", "fit only the weights of the span features and confidence inputs the span model `FILE` lacks, keeping the rest of it (spanextend.go)")
	refitConf := fs.Bool("refit-confidence", false, "with -extend, fit every weight of the span confidence and its bias again, on the calibration lists ranked by the extended ranker")
	only := fs.String("only", "", "with -extend, fit only the weights of these dense span `FEATURES` (comma-separated, as qa.SpanFeatureNames names them: change-side), their shared and class weights, afresh, every other weight kept and those of other features the model lacks left at 0")
	onlyShared := fs.Bool("only-shared", false, "with -only, fit only the shared weights of those features, their class weights left at 0")
	labelBy := fs.String("label", "bare", "judge a candidate by `TEXT`: shown (the text the answer would show for it), bare (its own words) or either (right when either is)")
	refitClasses := fs.String("refit-classes", "", "with -extend, fit the own weights of these question `CLASSES` (comma-separated, as qa.QuestionClass names them: key-date,key-number) again, as moves from the committed ones, every other weight kept")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if (*refitConf || *refitClasses != "" || *only != "") && *extend == "" {
		return fmt.Errorf("-refit-confidence, -refit-classes and -only need -extend")
	}
	if *onlyShared && *only == "" {
		return fmt.Errorf("-only-shared needs -only")
	}
	by := slices.Index(spanLabelTexts, *labelBy)
	if by < 0 {
		return fmt.Errorf("-label: no text %q (the texts: %s)", *labelBy, strings.Join(spanLabelTexts, ", "))
	}
	var onlyNames []string
	if *only != "" {
		onlyNames = strings.Split(*only, ",")
	}
	var classes []string
	if *refitClasses != "" {
		classes = strings.Split(*refitClasses, ",")
		for _, c := range classes {
			if !slices.Contains(qa.QuestionClassNames(), c) {
				return fmt.Errorf("-refit-classes: no question class %q (the classes: %s)", c, strings.Join(qa.QuestionClassNames(), ", "))
			}
		}
	}
	chats, err := cf.chatSets()
	if err != nil {
		return err
	}
	o := spanOptions{
		squad:     squadOptions{chunk: cf.chunk, valChunks: cf.valChunks, chatShare: 0.3, perArticle: cf.perArticle, seed: cf.seed},
		nextShare: 0.5,
		squadDir:  cf.squadDir, chats: chats, chatWeight: cf.chatWeight, l2: cf.l2, minCount: *minCount,
		labelBy: spanLabelText(by),
	}
	logf := func(format string, a ...any) { fmt.Fprintf(os.Stderr, format+"\n", a...) }
	var m *qa.SpanModel
	var c *spanCollector
	if *extend != "" {
		m, c, err = extendSpanFile(ctx, o, *extend, *refitConf, classes, onlyNames, *onlyShared, logf)
	} else {
		m, c, err = trainSpan(ctx, o, logf)
	}
	if err != nil {
		return err
	}
	if *extend == "" {
		// A span model trained afresh keeps the committed lead model
		// (qabot-train lead fits it again on the new span model's picks).
		committed, err := qa.DefaultSpanModel()
		if err != nil {
			return err
		}
		m.Lead = committed.Lead
	}
	if err := writeSpanModel(cf.outFile, m); err != nil {
		return err
	}
	return reportSpans(out, c, m, *misses)
}

// writeSpanModel writes m to the file path in the layout the engine reads
// (qa.SpanModel.WriteTo).
func writeSpanModel(path string, m *qa.SpanModel) error {
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// trainSpan collects the examples and fits the span model.
func trainSpan(ctx context.Context, o spanOptions, logf func(string, ...any)) (*qa.SpanModel, *spanCollector, error) {
	start := time.Now()
	c, err := collectSpans(ctx, o, logf)
	if err != nil {
		return nil, nil, err
	}
	dim := len(c.names)
	w, err := fitSpanWeights(ctx, c.examples, c.nd, make([]float64, dim), slices.Repeat([]bool{true}, dim), o.l2, o.minCount)
	if err != nil {
		return nil, nil, fmt.Errorf("span ranker: %w", err)
	}
	logf("span ranker fitted in %s", time.Since(start).Round(time.Second))
	xs, ys, ws := c.calibRows(w)
	conf, bias, err := fitLogistic(ctx, xs, ys, ws, o.l2)
	if err != nil {
		return nil, nil, fmt.Errorf("span confidence: %w", err)
	}
	logf("span confidence fitted in %s", time.Since(start).Round(time.Second))
	rank := map[string]float64{}
	for i, v := range w {
		if v = roundWeight(v); v != 0 {
			rank[c.names[i]] = v
		}
	}
	m := &qa.SpanModel{
		About: fmt.Sprintf("trained by cmd/qabot-train span on %s (%d questions an article at most, chunks of %d articles, the last %d for validation) and %s",
			o.squadDir, o.squad.perArticle, o.squad.chunk, o.squad.valChunks, strings.Join(o.chats, ", ")),
		Rank:       qa.Linear{Weights: rank},
		Confidence: qa.Linear{Bias: round(bias), Weights: named(qa.SpanConfidenceNames(), conf)},
	}
	return m, c, nil
}

// calibRows returns the span confidence model's rows: for each
// calibration list of c, the inputs for its winner by the ranker's raw
// weights w (over all span features), whether that winner is right, and
// the list's weight.
func (c *spanCollector) calibRows(w []float64) (xs [][]float64, ys []bool, ws []float64) {
	for _, e := range c.examples {
		if !e.calib || e.n == 0 {
			continue
		}
		scores := spanScores(e, w, c.nd, c.na)
		xs = append(xs, confidenceInputs(e, scores, c.nd))
		ys = append(ys, eval.SpanRight(e.texts[argmax(scores)], e.golds))
		ws = append(ws, e.weight)
	}
	return xs, ys, ws
}

// collectSpans collects the span examples of o: the SQuAD lists, then
// those of each chat-style set.
func collectSpans(ctx context.Context, o spanOptions, logf func(string, ...any)) (*spanCollector, error) {
	start := time.Now()
	c := &spanCollector{ctx: ctx, names: qa.SpanFeatureNames(), labelBy: o.labelBy}
	if o.squadDir != "" {
		s, err := readSquad(o.squadDir)
		if err != nil {
			return nil, err
		}
		if err := c.collectSquadSpans(s, o.squad, o.nextShare, logf); err != nil {
			return nil, err
		}
	}
	for _, f := range o.chats {
		if err := c.collectChatSpans(parseChatSet(f, false, 0, o.chatWeight), o.squad.seed); err != nil {
			return nil, err
		}
	}
	if len(c.examples) == 0 {
		return nil, fmt.Errorf("no span examples")
	}
	c.nd = len(c.examples[0].dense) / max(c.examples[0].n, 1)
	for _, e := range c.examples {
		if e.n > 0 {
			c.nd, c.na = len(e.dense)/e.n, len(e.active)/e.n
			break
		}
	}
	logf("%d span lists collected in %s (%d without a right candidate, %d right only in part)",
		len(c.examples), time.Since(start).Round(time.Second), c.noRight, c.partial)
	return c, nil
}

// roundWeight keeps four decimals of a span weight, so that the committed
// file stays small and stable to read; what it drops moves no score by
// more than a few thousandths.
func roundWeight(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// spanScores scores the candidates of e with weights w (over all span
// features): the dense features with the shared and the class's weights,
// and the indicators.
func spanScores(e spanExample, w []float64, nd, na int) []float64 {
	wq := slices.Clone(w[:nd])
	off := qa.SpanClassOffset(e.class)
	for k, j := range qa.SpanClassFeatures() {
		wq[j] += w[off+k]
	}
	scores := make([]float64, e.n)
	for i := range e.n {
		s := 0.0
		for j, v := range e.dense[i*nd : (i+1)*nd] {
			s += wq[j] * float64(v)
		}
		for _, k := range e.active[i*na : (i+1)*na] {
			s += w[k]
		}
		scores[i] = s
	}
	return scores
}

// confidenceInputs returns the span confidence model's inputs for the
// winner of e by scores. The list keeps no features of its own (e holds
// them, more compactly), so the winner's are lent to it for the call.
func confidenceInputs(e spanExample, scores []float64, nd int) []float64 {
	best := argmax(scores)
	d := make([]float64, nd)
	for j, v := range e.dense[best*nd : (best+1)*nd] {
		d[j] = float64(v)
	}
	e.list.Candidates[best].Dense = d
	defer func() { e.list.Candidates[best].Dense = nil }()
	return e.list.ConfidenceInputs(scores)
}

func argmax(xs []float64) int {
	best := 0
	for i, v := range xs {
		if v > xs[best] {
			best = i
		}
	}
	return best
}

// fitSpanWeights fits the span weights marked free (over all dim
// features) by the listwise softmax loss on the training lists (neither
// validation nor calibration), each candidate's score being its score by
// the raw weights fixed (spanScores) plus the free weights times its
// features: the dense features standardised (as fitRanker does), the
// question class's own weights of the dense features that have them
// (qa.SpanClassFeatures) times the same standardised values, and the
// indicators (0 or 1, left as they are). A free indicator on in fewer
// than minCount training lists, and the free class weights of a class
// with fewer lists, stay 0. It returns raw weights over all dim features,
// 0 for those not free.
//
// The full fit (trainSpan) is this with every weight free and all the
// fixed ones 0; the forward step (extendSpan) frees only the weights the
// committed model lacks.
func fitSpanWeights(ctx context.Context, all []spanExample, nd int, fixed []float64, free []bool, l2 float64, minCount int) ([]float64, error) {
	exs := rankerLists(all)
	if len(exs) == 0 {
		return nil, fmt.Errorf("no training list has a right candidate")
	}
	dim := len(fixed)
	na := len(exs[0].active) / exs[0].n
	counts := make([]int, dim)
	classes := make([]int, len(qa.QuestionClassNames()))
	for _, e := range exs {
		classes[e.class]++
		seen := map[int32]bool{}
		for _, k := range e.active {
			if !seen[k] {
				seen[k] = true
				counts[k]++
			}
		}
	}
	// The free weights get a place among the fitted ones (-1 for a weight
	// left out): the free dense features (dense lists them, and at[j] is
	// where feature j stands in dense), the indicators seen often enough,
	// and per class the class weights of free dense features.
	place := make([]int, dim)
	for k := range place {
		place[k] = -1
	}
	// dense lists the dense features whose standardised values the fit
	// reads (at[j] is where feature j stands in it): the free ones, whose
	// weights take the first places (denseAt[d] is the place of dense[d]'s
	// weight, -1 when it is fixed), and fixed ones whose class weights are
	// free (a refit of a question class's own weights, extendSpan).
	crossed := qa.SpanClassFeatures()
	kept := 0
	var dense, denseAt []int
	at := make([]int, nd)
	for j := range nd {
		at[j] = -1
		if free[j] {
			at[j], place[j] = len(dense), kept
			dense, denseAt = append(dense, j), append(denseAt, kept)
			kept++
		}
	}
	for c, n := range classes {
		for k, j := range crossed {
			if free[qa.SpanClassOffset(c)+k] && n >= minCount && at[j] < 0 {
				at[j] = len(dense)
				dense, denseAt = append(dense, j), append(denseAt, -1)
			}
		}
	}
	for k := nd; k < qa.SpanClassOffset(0); k++ {
		if free[k] && counts[k] >= minCount {
			place[k] = kept
			kept++
		}
	}
	type cross struct{ p, d int } // a class weight's place, its feature's place in dense
	byClass := make([][]cross, len(classes))
	for c, n := range classes {
		for k, j := range crossed {
			if i := qa.SpanClassOffset(c) + k; free[i] && n >= minCount && at[j] >= 0 {
				place[i] = kept
				byClass[c] = append(byClass[c], cross{kept, at[j]})
				kept++
			}
		}
	}
	if kept == 0 {
		return nil, fmt.Errorf("no free span feature is on in %d training lists", minCount)
	}
	sc := fitScaler(nd, func(yield func(x []float32, w float64)) {
		for _, e := range exs {
			for i := range e.n {
				yield(e.dense[i*nd:(i+1)*nd], 1)
			}
		}
	})
	// The fixed part of every score, once.
	base := make([][]float64, len(exs))
	for i, e := range exs {
		base[i] = spanScores(e, fixed, nd, na)
	}
	parts := shards(len(exs))
	total := 0.0
	for _, e := range exs {
		total += e.weight
	}
	nf := len(dense)
	// A list no free weight reaches (no free dense feature, no free class
	// weight of its class, no free indicator on in it: a list of another
	// question class in a refit of a class's own weights) keeps its
	// scores, so its loss is the same at every step: it is computed once,
	// and added in its turn, so the sum is the same as summing it anew.
	freeDense := slices.ContainsFunc(denseAt, func(p int) bool { return p >= 0 })
	still := make([]float64, len(exs))
	reached := make([]bool, len(exs))
	for i, e := range exs {
		reached[i] = freeDense || len(byClass[e.class]) > 0 || slices.ContainsFunc(e.active, func(k int32) bool { return place[k] >= 0 })
		if !reached[i] {
			still[i] = e.weight / total * listLoss(base[i], e.label, func(int, float64) {})
		}
	}
	part := func(s int, w, grad []float64) float64 {
		loss := 0.0
		var scores, zs []float64
		for i := parts[s][0]; i < parts[s][1]; i++ {
			if !reached[i] {
				loss += still[i]
				continue
			}
			e := exs[i]
			cs := byClass[e.class]
			scores, zs = scores[:0], zs[:0]
			for r := range e.n {
				v := base[i][r]
				for d, j := range dense {
					z := (float64(e.dense[r*nd+j]) - sc.mean[j]) / sc.std[j]
					zs = append(zs, z)
					if p := denseAt[d]; p >= 0 {
						v += w[p] * z
					}
				}
				for _, c := range cs {
					v += w[c.p] * zs[r*nf+c.d]
				}
				for _, k := range e.active[r*na : (r+1)*na] {
					if p := place[k]; p >= 0 {
						v += w[p]
					}
				}
				scores = append(scores, v)
			}
			k := e.weight / total
			loss += k * listLoss(scores, e.label, func(r int, g float64) {
				for d, p := range denseAt {
					if p >= 0 {
						grad[p] += k * g * zs[r*nf+d]
					}
				}
				for _, c := range cs {
					grad[c.p] += k * g * zs[r*nf+c.d]
				}
				for _, a := range e.active[r*na : (r+1)*na] {
					if p := place[a]; p >= 0 {
						grad[p] += k * g
					}
				}
			})
		}
		return loss
	}
	w, err := minimize(ctx, kept, len(parts), part, l2, nil)
	if err != nil {
		return nil, err
	}
	// Back to raw features: dense weights and class weights divide by the
	// deviation (the shift by the mean is the same for every candidate of
	// a list, so it changes no softmax and is dropped).
	out := make([]float64, dim)
	for k := range dim {
		p := place[k]
		switch {
		case p < 0:
		case k < nd:
			out[k] = w[p] / sc.std[k]
		case k >= qa.SpanClassOffset(0):
			out[k] = w[p] / sc.std[crossed[(k-qa.SpanClassOffset(0))%len(crossed)]]
		default:
			out[k] = w[p]
		}
	}
	return out, nil
}

// rankerLists returns the lists the ranker is fitted on: neither for
// validation nor for calibration, and with a right candidate.
func rankerLists(all []spanExample) []spanExample {
	var exs []spanExample
	for _, e := range all {
		if !e.val && !e.calib && slices.Contains(e.label, true) {
			exs = append(exs, e)
		}
	}
	return exs
}

// reportSpans prints, per group of validation lists and for the training
// lists, the span's exact match and F1 against the gold answers on the
// gold sentence, the best a candidate could reach (the oracle), and how
// the confidence model sorts right from wrong.
func reportSpans(out io.Writer, c *spanCollector, m *qa.SpanModel, misses int) error {
	w := make([]float64, len(c.names))
	for i, n := range c.names {
		w[i] = m.Rank.Weights[n]
	}
	conf := make([]float64, 0)
	for _, n := range qa.SpanConfidenceNames() {
		conf = append(conf, m.Confidence.Weights[n])
	}
	type tally struct {
		n, shown, shownRight, right         int
		em, f1, oracleEM, oracleF1, probSum float64
		scores                              []float64
		labels                              []bool
	}
	groups := map[string]*tally{}
	for _, e := range c.examples {
		key := e.group
		switch {
		case e.calib:
			key = "calib:" + key
		case !e.val:
			key = "train:" + key
		}
		g := groups[key]
		if g == nil {
			g = &tally{}
			groups[key] = g
		}
		g.n++
		if e.n == 0 {
			continue
		}
		scores := spanScores(e, w, c.nd, c.na)
		top := e.texts[argmax(scores)]
		em, f1 := eval.SpanScores(top, e.golds)
		g.em += em
		g.f1 += f1
		bestEM, bestF1 := 0.0, 0.0
		for _, t := range e.texts {
			em, f1 := eval.SpanScores(t, e.golds)
			bestEM, bestF1 = max(bestEM, em), max(bestF1, f1)
		}
		g.oracleEM += bestEM
		g.oracleF1 += bestF1
		p := sigmoid(m.Confidence.Bias + dotf(conf, confidenceInputs(e, scores, c.nd)))
		right := eval.SpanRight(top, e.golds)
		if e.val && em == 0 && misses > 0 {
			misses--
			fmt.Fprintf(out, "MISS %q want %q p=%.2f\n  in %s\n  got %q\n", e.question, e.golds, p, e.sentence, top)
			if i := slices.Index(e.label, true); i >= 0 {
				fmt.Fprintf(out, "  right %q score %.2f vs %.2f\n", e.texts[i], scores[i], slices.Max(scores))
			}
		}
		g.scores = append(g.scores, p)
		g.labels = append(g.labels, right)
		g.probSum += p
		if right {
			g.right++
		}
		if p >= 0.5 {
			g.shown++
			if right {
				g.shownRight++
			}
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Fprintf(out, "span model on the gold sentence\n%-26s %6s %6s %6s %9s %9s %7s %7s %8s %6s\n",
		"group", "lists", "EM", "F1", "oracle EM", "oracle F1", "right", "mean p", "shown", "AUC")
	for _, k := range keys {
		g := groups[k]
		n := float64(max(g.n, 1))
		fmt.Fprintf(out, "%-26s %6d %6.1f %6.1f %9.1f %9.1f %6.1f%% %7.2f %3.0f%% %3.0f%% %6.3f\n", k, g.n,
			100*g.em/n, 100*g.f1/n, 100*g.oracleEM/n, 100*g.oracleF1/n, 100*float64(g.right)/n,
			g.probSum/n, 100*float64(g.shown)/n, pct(g.shownRight, g.shown), auc(g.scores, g.labels))
	}
	if _, err := fmt.Fprintln(out, "(shown: share with confidence >= 0.5, then the share of those right)"); err != nil {
		return err
	}
	// How many lead lines a front would show, and how many of those are
	// right, at other bars of confidence.
	fmt.Fprintf(out, "%-26s", "lead lines shown / right at")
	bars := []float64{0.4, 0.5, 0.6, 0.7, 0.8, 0.9}
	for _, b := range bars {
		fmt.Fprintf(out, " %13.1f", b)
	}
	fmt.Fprintln(out)
	for _, k := range keys {
		g := groups[k]
		fmt.Fprintf(out, "%-26s", k)
		for _, b := range bars {
			shown, right := 0, 0
			for i, p := range g.scores {
				if p >= b {
					shown++
					if g.labels[i] {
						right++
					}
				}
			}
			fmt.Fprintf(out, "   %3.0f%% / %3.0f%%", pct(shown, len(g.scores)), pct(right, shown))
		}
		fmt.Fprintln(out)
	}
	return nil
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
