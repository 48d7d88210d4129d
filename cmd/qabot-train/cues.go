package main

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa"
	"github.com/qabot/qabot/qa/eval"
)

// Learning cues (qa/cues.go). Every SQuAD training question of the
// training chunks is asked of its chunk's corpus; its candidates, right
// (in the gold paragraph and holding the answer) or wrong, are kept as
// sets of stems. For a question key q (a stem of the question, or its
// answer type) missing from a candidate, and a stem s of the candidate
// that is not in the question:
//
//	p_l(q,s) = (n_l(q,s) + α·b_l(s)) / (N_l(q) + α)      l = right, wrong
//	cue(q,s) = ln(p_right/p_wrong) − ln(b_right(s)/b_wrong(s))
//
// where n_l counts the candidates of label l that lack q and hold s, N_l
// those that lack q, and b_l(s) the share of all candidates of label l
// holding s (add-one smoothed): the lift s brings when q is missing,
// beyond what s says by itself, shrunk towards 0 by α when the pair is
// rare. Pairs seen in the right candidates of fewer than minArticles
// articles (the words of one topic, not of a way of asking), pairs whose
// sentence stem is a number (the type features read numbers), and pairs
// lifting less than minScore are left out; each key keeps its perKey
// best.

// cueOptions are the cue learner's constants.
type cueOptions struct {
	alpha       float64 // α: the prior's weight in candidates
	minArticles int     // least articles whose right candidates hold a pair
	minScore    float64 // least lift kept
	perKey      int     // cues kept per question key
}

func defaultCueOptions() cueOptions {
	return cueOptions{alpha: 20, minArticles: 5, minScore: 0.4, perKey: 32}
}

// cueExample is one question's keys and candidates, as stem ids of a
// cueData, with each candidate's label (1 right, 0 wrong, -1 left out).
type cueExample struct {
	chunk, article int
	keys           []int32
	cands          [][]int32
	label          []int8
}

// cueData holds the stems of the questions and candidates the cues are
// learned from.
type cueData struct {
	ids   map[string]int32
	stems []string
	// number is true for the stems that are numbers.
	number []bool
	ex     []cueExample
}

func (d *cueData) id(s string) int32 {
	if i, ok := d.ids[s]; ok {
		return i
	}
	i := int32(len(d.stems))
	d.ids[s] = i
	d.stems = append(d.stems, s)
	d.number = append(d.number, s != "" && s[0] >= '0' && s[0] <= '9')
	return i
}

// stemSet returns the ids of the stems of parsed text, sorted, without
// repeats.
func (d *cueData) stemSet(q qa.Question, withType bool) []int32 {
	out := make([]int32, 0, len(q.Terms)+1)
	for _, t := range q.Terms {
		out = append(out, d.id(t))
	}
	if withType && q.Type != qa.TypeNone {
		out = append(out, d.id(qa.TypeKey(q.Type)))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// collectCueData asks the questions of the SQuAD training chunks (not the
// validation ones) and keeps their stems.
func collectCueData(ctx context.Context, s *squadSet, o squadOptions, logf func(string, ...any)) (*cueData, error) {
	d := &cueData{ids: map[string]int32{}}
	nchunks := o.chunks(len(s.articles))
	sentStems := map[string][]int32{}
	for ci := range nchunks - o.valChunks {
		lo, hi := o.articlesOf(ci, len(s.articles))
		var docs []corpus.Document
		for ai := lo; ai < hi; ai++ {
			doc, err := s.articles[ai].document(nil)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", s.articles[ai].name, err)
			}
			docs = append(docs, doc)
		}
		ix := qa.Build(docs)
		for ai := lo; ai < hi; ai++ {
			for _, it := range s.items[ai] {
				q := qa.Parse(it.Question)
				cands, err := ix.Candidates(ctx, q)
				if err != nil {
					return nil, err
				}
				gold := s.articles[ai].paras[it.Paragraph]
				ex := cueExample{chunk: ci, article: ai, keys: d.stemSet(q, true)}
				for _, c := range cands {
					label := int8(0)
					if eval.SentenceHit(c.Sentence, it.Answers) {
						label = -1
						if strings.Contains(gold, c.Sentence) {
							label = 1
						}
					}
					st, ok := sentStems[c.Sentence]
					if !ok {
						st = d.stemSet(qa.Parse(c.Sentence), false)
						sentStems[c.Sentence] = st
					}
					ex.cands = append(ex.cands, st)
					ex.label = append(ex.label, label)
				}
				d.ex = append(d.ex, ex)
			}
		}
		clear(sentStems)
		logf("cues: chunk %d/%d, %d questions", ci+1, nchunks-o.valChunks, len(d.ex))
	}
	return d, nil
}

// learnCues learns the cues of the examples whose chunk use accepts.
func learnCues(d *cueData, use func(chunk int) bool, o cueOptions) *qa.Cues {
	type pair = uint64
	key := func(q, s int32) pair { return pair(q)<<32 | pair(uint32(s)) }
	var (
		total [2]float64
		has   = [2][]float64{make([]float64, len(d.stems)), make([]float64, len(d.stems))}
		lacks = [2][]float64{make([]float64, len(d.stems)), make([]float64, len(d.stems))}
		n     = [2]map[pair]float64{{}, {}}
		// arts counts the articles whose right candidates hold a pair,
		// last the latest of them.
		arts = map[pair][2]int32{}
	)
	// Two passes: the pairs of right candidates first, then, for the pairs
	// seen often enough there, the wrong candidates.
	var novel []int32 // a candidate's stems that are neither question keys nor numbers
	for pass := int8(1); pass >= 0; pass-- {
		for _, ex := range d.ex {
			if !use(ex.chunk) {
				continue
			}
			for c, st := range ex.cands {
				if ex.label[c] != pass {
					continue
				}
				total[pass]++
				novel = novel[:0]
				for _, s := range st {
					if _, in := slices.BinarySearch(ex.keys, s); !in {
						has[pass][s]++
						if !d.number[s] {
							novel = append(novel, s)
						}
					}
				}
				for _, q := range ex.keys {
					if _, in := slices.BinarySearch(st, q); in {
						continue
					}
					lacks[pass][q]++
					for _, s := range novel {
						k := key(q, s)
						if pass == 1 {
							n[1][k]++
							if a := arts[k]; a[0] == 0 || a[1] != int32(ex.article) {
								arts[k] = [2]int32{a[0] + 1, int32(ex.article)}
							}
						} else if _, ok := n[1][k]; ok {
							n[0][k]++
						}
					}
				}
			}
		}
		if pass == 1 {
			for k := range n[1] {
				if arts[k][0] < int32(o.minArticles) {
					delete(n[1], k)
				}
			}
			arts = nil
		}
	}
	by := map[string][]qa.Cue{}
	for k, n1 := range n[1] {
		q, s := int32(k>>32), int32(uint32(k))
		b1 := (has[1][s] + 1) / (total[1] + 2)
		b0 := (has[0][s] + 1) / (total[0] + 2)
		p1 := (n1 + o.alpha*b1) / (lacks[1][q] + o.alpha)
		p0 := (n[0][k] + o.alpha*b0) / (lacks[0][q] + o.alpha)
		// Rounded as the committed file writes it (qa.WriteCues).
		score := math.Round((math.Log(p1/p0)-math.Log(b1/b0))*100) / 100
		if score >= o.minScore {
			by[d.stems[q]] = append(by[d.stems[q]], qa.Cue{Stem: d.stems[s], Score: float32(score)})
		}
	}
	for q, cs := range by {
		qa.SortCues(cs)
		if len(cs) > o.perKey {
			by[q] = cs[:o.perKey]
		}
	}
	return qa.NewCues(by)
}

// cueFolds are the cues a training run matches with: for a training chunk,
// cues learned on the training chunks of the other parity, so that no
// question is matched with cues learned from itself (the model would trust
// them too much); for the validation chunks and the chat sets, cues
// learned on every training chunk, the ones the run commits.
type cueFolds struct {
	first int // the first validation chunk
	half  [2]*qa.Cues
	all   *qa.Cues
}

// learnCueFolds learns the cues of every fold.
func learnCueFolds(d *cueData, nchunks, valChunks int, o cueOptions) *cueFolds {
	f := &cueFolds{first: nchunks - valChunks}
	for p := range f.half {
		f.half[p] = learnCues(d, func(ci int) bool { return ci%2 != p }, o)
	}
	f.all = learnCues(d, func(int) bool { return true }, o)
	return f
}

// of returns the cues that questions of chunk ci are matched with; nil
// (the committed cues) when there are no folds.
func (f *cueFolds) of(ci int) *qa.Cues {
	switch {
	case f == nil:
		return nil
	case ci >= f.first:
		return f.all
	}
	return f.half[ci%2]
}
