package main

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
	"github.com/qabot/qabot/qa/eval"
)

// Training data. Every example is one question asked of one index: the
// candidates the engine considered, each with its features, whether it is
// a right sentence for the ranker to learn (label), and whether returning
// it would be right (right; never for a question the corpus cannot
// answer). Examples come from
//
//   - SQuAD training questions asked of a corpus of about as many articles
//     as SQuAD's dev set (chunks of squadChunk articles), with a right
//     sentence only in the paragraph the question was written on;
//   - the same questions typed as people type in chat (chat.go);
//   - "holes": the chunk with a share of its answering paragraphs removed,
//     so that their questions can no longer be answered and the right
//     output is to abstain (as ../shared/eval/squad-train11/holes was made
//     from the evaluation split);
//   - off-topic: questions asked of another chunk's corpus;
//   - swapped names: a question whose article's name (its title) is
//     replaced by another article's, from the same corpus or from another
//     chunk, so that what it asks is no longer what the documents say about
//     that name;
//   - the repository's own chat-style training sets on their corpora.
//
// Validation examples (articles of the last chunks, and none of the chat
// sets' evaluation halves) choose the threshold and report the figures;
// they are never fitted.

// example is one question asked of one index.
type example struct {
	group      string
	val        bool
	weight     float64
	answerable bool
	// n candidates; feats and qfeats hold n rows of the candidate and
	// question features; label is 1 for a right sentence the ranker
	// should prefer, 0 for a wrong one, -1 for one to leave out of the
	// ranker's lists (it holds the answer outside the gold paragraph);
	// right says whether returning it would be right.
	n             int
	feats, qfeats []float32
	label         []int8
	right         []bool
	// where is, per candidate, 2 when it is in the gold paragraph, 1 in
	// the gold document, 0 elsewhere (for the error analysis).
	where []int8
	// agrees is, per candidate, the mask of the candidates (bit i for the
	// i-th) giving the same date, time or figure, which lend it their
	// confidence; same adds those that say the same in other words
	// (qa.Candidate.Same): no rival in its margin. same is nil in examples
	// collected before it was kept, and agrees serves instead.
	agrees, same []uint64
	// noRivals is, per candidate, the mask of the candidates that are no
	// rival in its margin when it is the first (qa.Candidate.NoRivals):
	// same's, and those off the day asked for or older versions it
	// supersedes; nil in examples collected before it was kept.
	noRivals []uint64
	// mayAnswer says, per candidate, whether it can hold the kind of
	// answer the question asks for (qa.Candidate.MayAnswer): the engine's
	// confidence in one that cannot is 0. nil in examples collected
	// before it was kept (every candidate may answer).
	mayAnswer []bool
	// retold is the retelling of the corpus the question was asked of
	// (qa.Index.Retelling), which lifts the answer decision's score
	// (retelling.go); 0 in examples collected before it was kept.
	retold float64
}

// squadArticle is one article of the SQuAD corpus folder: its file name,
// title and paragraphs.
type squadArticle struct {
	name, title string
	paras       []string
}

// readSquadArticle reads a SQuAD corpus file: the title, a blank line, then
// one paragraph a line.
func readSquadArticle(dir, name string) (squadArticle, error) {
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return squadArticle{}, err
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	a := squadArticle{name: name, title: strings.TrimSpace(lines[0])}
	for _, l := range lines[1:] {
		if l = strings.TrimSpace(l); l != "" {
			a.paras = append(a.paras, l)
		}
	}
	return a, nil
}

// document parses the article, leaving out the paragraphs in drop.
func (a squadArticle) document(drop map[int]bool) (corpus.Document, error) {
	var b strings.Builder
	b.WriteString(a.title)
	b.WriteString("\n\n")
	for i, p := range a.paras {
		if !drop[i] {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return corpus.Parse(a.name, []byte(b.String()))
}

// squadSet is the SQuAD training folder read into articles, in dataset
// order, and their questions.
type squadSet struct {
	articles []squadArticle
	byName   map[string]int
	items    [][]eval.Item // per article
}

func readSquad(dir string) (*squadSet, error) {
	items, err := eval.ReadFile(filepath.Join(dir, "train.jsonl"))
	if err != nil {
		return nil, err
	}
	s := &squadSet{byName: map[string]int{}}
	for _, it := range items {
		if len(it.Sources) != 1 || it.Paragraph < 0 {
			return nil, fmt.Errorf("%s: question %s has no single source paragraph", dir, it.ID)
		}
		name := it.Sources[0]
		ai, ok := s.byName[name]
		if !ok {
			a, err := readSquadArticle(filepath.Join(dir, "corpus"), name)
			if err != nil {
				return nil, err
			}
			ai = len(s.articles)
			s.byName[name] = ai
			s.articles = append(s.articles, a)
			s.items = append(s.items, nil)
		}
		s.items[ai] = append(s.items[ai], it)
	}
	return s, nil
}

// collector asks questions and turns their candidates into examples.
type collector struct {
	ctx      context.Context
	marginAt int // the index of "margin" among the question features
	// cues are the learned cues each corpus matches with (cues.go); nil
	// for the committed ones.
	cues     *cueFolds
	examples []example
}

// add asks q of ix and records the example. gold, when not "", is the text
// of the paragraph the question was written on: only its sentences are
// right for the ranker. sources, when given, are the documents that may
// answer.
func (c *collector) add(ix *qa.Index, it eval.Item, question, gold, group string, val bool, weight float64) error {
	cands, err := ix.Candidates(c.ctx, qa.Parse(question))
	if err != nil {
		return err
	}
	// The candidates in retrieval order, not in the order of the model the
	// engine was built with: the data, and so the model trained on it,
	// must not depend on the model committed before.
	slices.SortStableFunc(cands, func(a, b qa.Candidate) int { return cmp.Compare(a.Row, b.Row) })
	ex := example{group: group, val: val, weight: weight, answerable: it.Answerable, n: len(cands), retold: ix.Retelling()}
	for _, cd := range cands {
		for _, v := range cd.Features {
			ex.feats = append(ex.feats, float32(v))
		}
		for _, v := range cd.Question {
			ex.qfeats = append(ex.qfeats, float32(v))
		}
		hit := it.Answerable && eval.SentenceHit(cd.Sentence, it.Answers)
		label := int8(0)
		switch {
		case !hit:
		case gold != "" && !strings.Contains(gold, cd.Sentence):
			label = -1
		case gold == "" && len(it.Sources) > 0 && !eval.SameSource(cd.Source.Path, it.Sources):
			label = -1
		default:
			label = 1
		}
		ex.label = append(ex.label, label)
		ex.right = append(ex.right, hit)
		ex.agrees = append(ex.agrees, cd.Agrees) // by Row, and so by place here
		ex.same = append(ex.same, cd.Same)
		ex.noRivals = append(ex.noRivals, cd.NoRivals)
		ex.mayAnswer = append(ex.mayAnswer, cd.MayAnswer)
		w := int8(0)
		if len(it.Sources) > 0 && eval.SameSource(cd.Source.Path, it.Sources) {
			w = 1
			if gold != "" && strings.Contains(gold, cd.Sentence) {
				w = 2
			}
		}
		ex.where = append(ex.where, w)
	}
	c.examples = append(c.examples, ex)
	return nil
}

// seeded returns a random source seeded by the string s and the run's
// seed, so that every choice depends only on what it is about.
func seeded(seed uint64, s string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte(s))
	return rand.New(rand.NewPCG(seed, h.Sum64()))
}

// squadOptions are the shares of the SQuAD data the trainer uses.
type squadOptions struct {
	chunk      int     // articles per corpus
	valChunks  int     // the last chunks are validation
	holeShare  float64 // share of the answering paragraphs removed in the holes corpus
	chatShare  float64 // share of questions also asked in chat style
	offShare   float64 // share of questions also asked of another chunk
	perArticle int     // at most this many questions per article (0: all)
	swapShare  float64 // share of questions also asked about another article's name
	seed       uint64
}

// chunks returns how many corpora of o.chunk articles n articles make.
func (o squadOptions) chunks(n int) int { return (n + o.chunk - 1) / o.chunk }

// articlesOf returns the articles [lo, hi) of chunk ci of n articles.
func (o squadOptions) articlesOf(ci, n int) (lo, hi int) {
	return ci * o.chunk, min((ci+1)*o.chunk, n)
}

// collectSquad adds the SQuAD examples.
func (c *collector) collectSquad(s *squadSet, o squadOptions, logf func(string, ...any)) error {
	nchunks := o.chunks(len(s.articles))
	var prev *qa.Index
	for ci := range nchunks {
		lo, hi := o.articlesOf(ci, len(s.articles))
		val := ci >= nchunks-o.valChunks
		var docs, holeDocs []corpus.Document
		dropped := map[int]map[int]bool{}
		for ai := lo; ai < hi; ai++ {
			a := s.articles[ai]
			d, err := a.document(nil)
			if err != nil {
				return fmt.Errorf("%s: %w", a.name, err)
			}
			docs = append(docs, d)
			// The paragraphs that questions were written on, some removed.
			var asked []int
			for _, it := range s.items[ai] {
				if !slices.Contains(asked, it.Paragraph) {
					asked = append(asked, it.Paragraph)
				}
			}
			r := seeded(o.seed, "holes/"+a.name)
			drop := map[int]bool{}
			for _, p := range asked {
				if r.Float64() < o.holeShare {
					drop[p] = true
				}
			}
			dropped[ai] = drop
			hd, err := a.document(drop)
			if err != nil {
				return fmt.Errorf("%s without %d paragraphs: %w", a.name, len(drop), err)
			}
			holeDocs = append(holeDocs, hd)
		}
		cues := c.cues.of(ci)
		ix, holes := qa.Build(docs).WithCues(cues), qa.Build(holeDocs).WithCues(cues)
		var off *qa.Index
		if prev != nil {
			off = prev.WithCues(cues)
		}
		for ai := lo; ai < hi; ai++ {
			a := s.articles[ai]
			items := s.items[ai]
			if o.perArticle > 0 && len(items) > o.perArticle {
				items = sample(items, o.perArticle, seeded(o.seed, "sample/"+a.name))
			}
			for _, it := range items {
				gold := a.paras[it.Paragraph]
				if err := c.add(ix, it, it.Question, gold, "squad", val, 1); err != nil {
					return err
				}
				r := seeded(o.seed, "q/"+it.ID)
				if r.Float64() < o.chatShare {
					if err := c.add(ix, it, chatStyle(it.Question, r), gold, "squad-chat", val, 1); err != nil {
						return err
					}
				}
				// The holes corpus: a question whose paragraph is gone
				// cannot be answered, unless its answer is still written
				// elsewhere in the article.
				if dropped[ai][it.Paragraph] {
					if answerElsewhere(a, it) {
						continue
					}
					un := it
					un.Answerable, un.Answers = false, nil
					if err := c.add(holes, un, it.Question, "", "holes", val, 1); err != nil {
						return err
					}
				} else if r.Float64() < 0.5 {
					if err := c.add(holes, it, it.Question, gold, "holes-kept", val, 1); err != nil {
						return err
					}
				}
				if r.Float64() < o.swapShare {
					// Another article's title, of this chunk or the one before.
					other := s.articles[lo+r.IntN(hi-lo)].title
					if r.IntN(2) == 0 && lo > 0 {
						other = s.articles[r.IntN(lo)].title
					}
					if q, ok := swapName(it.Question, a.title, other); ok {
						un := it
						un.Answerable, un.Answers = false, nil
						if err := c.add(ix, un, q, "", "swapped-name", val, 1); err != nil {
							return err
						}
					}
				}
				if prev != nil && r.Float64() < o.offShare {
					un := it
					un.Answerable, un.Answers = false, nil
					if err := c.add(off, un, it.Question, "", "off-topic", val, 1); err != nil {
						return err
					}
				}
			}
		}
		prev = ix
		logf("chunk %d/%d: %d articles, %d examples so far", ci+1, nchunks, hi-lo, len(c.examples))
	}
	return nil
}

// answerElsewhere reports whether one of the question's answers is written
// in a paragraph of the article other than the question's.
func answerElsewhere(a squadArticle, it eval.Item) bool {
	for i, p := range a.paras {
		if i != it.Paragraph && eval.SentenceHit(p, it.Answers) {
			return true
		}
	}
	return false
}

// sample returns n of items chosen by r, in their order.
func sample(items []eval.Item, n int, r *rand.Rand) []eval.Item {
	idx := r.Perm(len(items))[:n]
	slices.Sort(idx)
	out := make([]eval.Item, n)
	for i, k := range idx {
		out[i] = items[k]
	}
	return out
}

// chatSet is one of the repository's chat-style question files and the
// corpus it is asked of ("" for the embedded seeds).
type chatSet struct {
	file, corpus string
	// val makes every question validation; else every valEvery-th does.
	val      bool
	valEvery int
	weight   float64
}

// parseChatSet reads "FILE[:CORPUS_DIR]".
func parseChatSet(s string, val bool, valEvery int, weight float64) chatSet {
	file, dir, _ := strings.Cut(s, ":")
	return chatSet{file: file, corpus: dir, val: val, valEvery: valEvery, weight: weight}
}

// collectChat adds the examples of a chat set.
func (c *collector) collectChat(cs chatSet) error {
	items, err := eval.ReadFile(cs.file)
	if err != nil {
		return err
	}
	ix, _, err := loadIndex(cs.corpus, "")
	if err != nil {
		return err
	}
	if c.cues != nil {
		ix = ix.WithCues(c.cues.all)
	}
	group := "chat:" + filepath.Base(filepath.Dir(cs.file)) + "/" + filepath.Base(cs.file)
	for i, it := range items {
		// Every valEvery-th question of a training set validates.
		val := cs.val || cs.valEvery > 0 && i%cs.valEvery == cs.valEvery-1
		if err := c.add(ix, it, it.Question, "", group, val, cs.weight); err != nil {
			return err
		}
	}
	return nil
}

// lines reads the non-empty lines of a file.
func lines(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			out = append(out, l)
		}
	}
	return out, sc.Err()
}
