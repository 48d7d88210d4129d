package qa

import (
	"testing"
)

// spanWeighQuestions are questions of every kind the span features treat
// apart: numbers (parallel, direction, counts), dates and times (range
// side), people (unknown words, voice), definitions, yes or no, lists.
var spanWeighQuestions = []string{
	"how much did chip prices drop", "who is scott bessent", "when is the tiktok deadline", "what is tiktok",
	"how many days of annual leave do staff get", "what time does the freight desk open on saturday",
	"who got welcomed by the minister", "when did the works start", "is the cholera vaccine a needle",
	"what years did inspectors note clogged drains", "how much is the team plan per month", "who approves expenses",
	"what does dtp stand for", "which company bought the studio",
}

// eachSpanFacts runs the span model for each of spanWeighQuestions on
// every sentence of the seeds and hands check the facts, with every
// candidate's running sums set.
func eachSpanFacts(t *testing.T, check func(question string, f *spanFacts)) {
	t.Helper()
	ix := Build(embedded(t))
	for _, question := range spanWeighQuestions {
		q := Parse(question)
		for s := range ix.sents {
			sc := ix.scratch.Get()
			total, _ := ix.resolve(&q, sc)
			f := ix.spanSentences(&q, sc, int32(s), total)
			for i := range f.w.cands {
				c := &f.w.cands[i]
				stretchInto(&c.in, f.sentence(c), c.a, c.b)
			}
			check(question, f)
			sc.reset(ix)
			ix.scratch.Put(sc)
		}
	}
}

// parallelOverAll is parallel comparing c with every candidate of the
// list that is of running text and of c's answer type, found anew: the
// reference for spanFacts.parallels.
func (f *spanFacts) parallelOverAll(c *spanCand, s []spanTok) float64 {
	t := c.kind.answerType()
	if c.cell >= 0 || t != f.q.Type || t != TypeNumber && t != TypeDate && t != TypeTime {
		return 0
	}
	var all []int32
	for i := range f.w.cands {
		if r := &f.w.cands[i]; r.cell < 0 && r.kind.answerType() == t {
			all = append(all, int32(i))
		}
	}
	return f.parallelAmong(c, s, all)
}

// TestSpanParallelsMatchAllCandidates: parallel, which compares a
// candidate only with the candidates of the question's type found once
// per question (parallels), gives what comparing it with every candidate
// gives.
func TestSpanParallelsMatchAllCandidates(t *testing.T) {
	nonzero := 0
	eachSpanFacts(t, func(question string, f *spanFacts) {
		for i := range f.w.cands {
			c := &f.w.cands[i]
			s := f.sentence(c)
			got, want := f.parallel(c, s), f.parallelOverAll(c, s)
			if got != want {
				t.Fatalf("%q, %q: parallel %v, over every candidate %v", question, f.ix.sents[c.sent].text[c.start:c.end], got, want)
			}
			if got != 0 {
				nonzero++
			}
		}
	})
	if nonzero == 0 {
		t.Fatal("parallel was 0 for every candidate: the test checks nothing")
	}
}

// weigh is the score of the features that read r at their values in v:
// the dense ones in order, then the indicators. The model scores a
// candidate by the funcs generated from the values funcs (spanscore.go),
// which add the same terms in the same order, leaving out the terms of a
// value 0 (w·0 leaves a sum as it is, to the bit); weigh is their
// reference (TestSpanWholeScoreValues).
func (f *spanFacts) weigh(r spanReads, v *spanValues) float64 {
	score := 0.0
	for _, j := range f.parts.dense[r] {
		score += f.w.wq[j] * v.dense[j]
	}
	rank := f.model.rank
	for _, fam := range f.parts.families[r] {
		k := v.keys[fam.family]
		score += rank[fam.at+k.row*fam.cols+k.col]
	}
	return score
}
