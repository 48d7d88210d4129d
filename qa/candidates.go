package qa

import (
	"context"
	"slices"
)

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
	// NoRivals has bit r set for the candidate of Row r that is no rival
	// of this one in its margin were this one the first (rivals): Same's
	// bits, those off the day the question asks for and the older
	// versions this one supersedes. The trainer sets the margin of its
	// own ranker's winner by it.
	NoRivals uint64
	// MayAnswer is true when the sentence can hold the kind of answer
	// the question asks for (mayAnswer), and Pointed when it is a row of
	// a table the first candidate points to (pointsTo): such a row may
	// stand in for a first that cannot answer (firstAnswer).
	MayAnswer, Pointed bool
}

// MaxCandidates is how many candidates the answer model chooses among at
// most (topK): the length of Candidates' lists, and so of the lists the
// trainer fits the ranker on.
const MaxCandidates = topK

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
	ix.fillAgreement(sc)
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
			NoRivals:      ix.noRivals(sc, i),
			MayAnswer:     ix.mayAnswer(q, c.sent),
			Pointed:       ix.pointsTo(sc, sc.top[0].sent, c.sent),
		}
	}
	for i := range out {
		b := belief{out[i].OwnConfidence, out[i].Unanswerable}
		ix.lenders(sc, i, func(j int, agrees bool) {
			b = b.lend(belief{out[j].OwnConfidence, out[j].Unanswerable}, agrees)
		})
		if !out[i].MayAnswer {
			b.p = 0
		}
		out[i].Confidence, out[i].Unanswerable = b.p, b.u
	}
	return out
}

// noRivals is Candidate.NoRivals of candidate i of sc.top.
func (ix *Index) noRivals(sc *scratch, i int) uint64 {
	var m uint64
	for j, c := range sc.top {
		if j != i && !ix.rivals(sc, i, c, true) {
			m |= 1 << c.row
		}
	}
	return m
}

// candidatesStandIn is firstAnswer's standIn over cands: candidate i is a
// row of a table the first points to, and the first cannot answer.
func candidatesStandIn(cands []Candidate) func(i int) bool {
	return func(i int) bool {
		return !cands[0].MayAnswer && cands[i].Pointed
	}
}

// pointsTo reports whether sentence p points to the table that holds row
// s: s is a table row of p's document, and p holds a word that s is found
// by through its table (its header's, its caption's or its section's
// words: the hidden terms) and that the question, in scratch sc, does not
// ask for. "We will pay up to the limit in the table of benefits" names
// the table its rows are found by ("2. Table of benefits"); "A grade of
// C- or better is needed" shares with the grade table's rows only the
// question's own "grade", and is an answer in words, not a pointer.
func (ix *Index) pointsTo(sc *scratch, p, s int32) bool {
	ps, st := &ix.sents[p], &ix.sents[s]
	if p == s || !st.row || st.doc != ps.doc {
		return false
	}
	named := ps.terms()
	for _, id := range st.indexed[st.nterms:] {
		if !sc.hasTerm(id) && slices.Contains(named, id) {
			return true
		}
	}
	return false
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
