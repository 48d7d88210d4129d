package qa

import "context"

// Candidate is a sentence the answer model considered for a question, with
// the values it read: for training the model (cmd/qabot-train) and for
// explaining an answer.
type Candidate struct {
	Sentence string
	Source   Source
	// Doc is the index of the sentence's document in the corpus given to
	// Build.
	Doc int
	// Features are the candidate's features, in FeatureNames order.
	Features []float64
	// Question are the question features, in QuestionFeatureNames order,
	// with this candidate as the one returned.
	Question []float64
	// Score is the ranker's score, Confidence the confidence model's
	// probability, both by the index's model.
	Score, Confidence float64
	// Revises is set when the candidate was moved ahead of the next one,
	// an older version of it on the same page; its Confidence is then the
	// higher of the two, and OwnConfidence its own, and its Unanswerable
	// the lower of the two.
	Revises       bool
	OwnConfidence float64
	// Unanswerable is the probability that the corpus does not answer the
	// question, by the model's P(unanswerable) part with this candidate as
	// the one returned (0 without the part).
	Unanswerable float64
	// Row is the candidate's place by retrieval score (0 the first).
	// Agrees has bit r set for the candidate of Row r that gives the same
	// date, time or figure the question asks for, or for a who or where
	// question the same name as its answer by the same question words
	// (nameAgreement): it lends its confidence.
	// Same has those bits and those of the best candidates that say the
	// same in nearly the same words (paraphrases): no rival in the margin.
	Row          int
	Agrees, Same uint64
}

// Candidates returns the candidates the model chose among for q, best
// first by the index's model, at most topK of them.
func (ix *Index) Candidates(ctx context.Context, q Question) ([]Candidate, error) {
	var out []Candidate
	err := ix.withCandidates(ctx, &q, nil, func(sc *scratch, total float64) {
		out = ix.candidates(&q, sc, total)
	})
	return out, err
}

// candidates lists the reranked candidates of sc. Each candidate's own
// confidence is worked out once; its confidence then adds its lenders' to
// its own (confidence, lend).
func (ix *Index) candidates(q *Question, sc *scratch, total float64) []Candidate {
	nf, nq := len(candidateFeatures), len(questionFeatures)
	out := make([]Candidate, len(sc.top))
	for i, c := range sc.top {
		st := &ix.sents[c.sent]
		own := ix.ownConfidence(q, sc, i, total)
		out[i] = Candidate{
			Sentence:      st.text,
			Source:        ix.sourceOf(st),
			Doc:           int(st.doc),
			Features:      append([]float64(nil), sc.conf[:nf]...),
			Question:      append([]float64(nil), sc.conf[nf:nf+nq]...),
			Score:         c.score,
			Revises:       c.revises,
			OwnConfidence: own,
			Unanswerable:  ix.model.unanswerable(sc.conf),
			Row:           int(c.row),
			Agrees:        sc.agreeWith[c.row],
			Same:          sc.sameAs[c.row],
		}
	}
	for i := range out {
		b := belief{out[i].OwnConfidence, out[i].Unanswerable}
		sc.lenders(i, func(j int, agrees bool) {
			b = b.lend(belief{out[j].OwnConfidence, out[j].Unanswerable}, agrees)
		})
		if !ix.mayAnswer(q, sc.top[i].sent) {
			b.p = 0
		}
		out[i].Confidence, out[i].Unanswerable = b.p, b.u
	}
	return out
}

// withCandidates resolves q, retrieves and reranks its candidates in
// scratch sc, or in one from the pool when sc is nil, and calls use with
// them unless there are none (or ctx is done first, its error returned).
// The scratch is reset afterwards, and one from the pool goes back to it.
func (ix *Index) withCandidates(ctx context.Context, q *Question, sc *scratch, use func(sc *scratch, total float64)) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if ix == nil || len(ix.sents) == 0 || len(q.words) == 0 {
		return nil
	}
	if sc == nil {
		sc = ix.scratch.Get()
		defer ix.scratch.Put(sc)
	}
	defer sc.reset(ix)
	total, _ := ix.resolve(q, sc)
	if len(sc.terms) == 0 {
		return nil
	}
	ix.rank(q, sc)
	if err := ctx.Err(); err != nil {
		return err
	}
	if len(sc.top) == 0 {
		return nil
	}
	ix.rerank(q, sc, total)
	use(sc, total)
	return nil
}
