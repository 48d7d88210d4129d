package qa

import "math"

// A corpus's retelling: how much its documents say the same things.
//
// A few news articles on one event tell one story several times, each
// in its own words; a wiki's pages, or a set of encyclopaedia articles,
// each tell their own. Where the story is retold, a question of the
// story's words finds a likely sentence in every article, whether or not
// one of them answers it, and the answer decision's score (decisionScore)
// of the right answers runs lower: on the chat sets' train halves the
// news sets of the default corpus did best with a minimum near 0, the
// team wikis and the SQuAD-like sets with the trained one (engine-log,
// stops 45 and 46).
//
// The reading is the mean cosine over all pairs of documents of their
// tf-idf vectors: a document's vector weighs each content term it holds
// by (1 + ln tf) times the term's idf over sentences, scaled to length 1.
// The mean over pairs is worked out without the pairs, from the sum S of
// the n unit vectors: |S|² = n + Σ_{i≠j} u_i·u_j, so the mean is
// (|S|² − n) / (n(n − 1)). It is 0.33 for the five articles of the
// default corpus, 0.23 to 0.27 for the five news sets, 0.09 to 0.16 for
// the team wikis, 0.19 to 0.23 for SQuAD's articles and near 0.02 for
// unrelated pages.
//
// The answer decision lifts its score by the model's slope times the
// reading above RetellingFloor (retellingLift), so a corpus that retells
// its story asks less of an answer. The trainer chooses the slope by the
// accuracy of the answer decision on the corpora it trains on
// (cmd/qabot-train, retelling.go), as it chooses the threshold.

// retelling returns the mean pairwise cosine of the tf-idf vectors of
// ix's documents (above), 0 for fewer than two documents with a content
// word. It reads the sentences' terms and idf, and is called once, at
// Build.
func (ix *Index) retelling() float64 {
	nterms := len(ix.idf)
	tf := make([]float64, nterms)  // the current document's term counts
	sum := make([]float64, nterms) // S, the sum of the unit vectors
	var held []int32               // the current document's terms, in order of first use
	n := 0
	flush := func() {
		norm := 0.0
		for _, id := range held {
			w := (1 + math.Log(tf[id])) * ix.idf[id]
			norm += w * w
		}
		if norm > 0 {
			n++
			norm = math.Sqrt(norm)
			for _, id := range held {
				sum[id] += (1 + math.Log(tf[id])) * ix.idf[id] / norm
			}
		}
		for _, id := range held {
			tf[id] = 0
		}
		held = held[:0]
	}
	doc := int32(-1)
	for i := range ix.sents {
		s := &ix.sents[i]
		if s.doc != doc {
			flush()
			doc = s.doc
		}
		for _, id := range s.terms() {
			if tf[id] == 0 {
				held = append(held, id)
			}
			tf[id]++
		}
	}
	flush()
	if n < 2 {
		return 0
	}
	ss := 0.0
	for _, v := range sum {
		ss += v * v
	}
	return max(0, (ss-float64(n))/float64(n*(n-1)))
}

// Retelling returns the corpus's retelling (above), read at Build: the
// trainer records it with each example, to choose the lift's slope on the
// answer decisions of many corpora (cmd/qabot-train, retelling.go).
func (ix *Index) Retelling() float64 { return ix.retold }

// retellingLift is what the answer decision adds to its score
// (decisionScore) in ix for the minimum minConf: the model's slope
// (Model.RetellingSlope) times ix's retelling above RetellingFloor, at
// most minConf itself, so that a
// retold story lowers the bar to 0 at the lowest and never below. It is 0
// with no minimum (0, always answer) and for a model without a
// P(unanswerable) part: the numbers were fitted on the score that part
// lowers, and a confidence alone, never below 0, would pass any bar of 0.
func (ix *Index) retellingLift(minConf float64) float64 {
	if minConf <= 0 || ix.model.unansWeight == 0 {
		return 0
	}
	return min(minConf, ix.model.retellSlope*max(0, ix.retold-RetellingFloor))
}
