package qa

import "context"

// Explanation says why the index answered a question as it did: for the
// answer and the runner-up, each feature's value and its contribution to
// the ranker's score and to the confidence, and the decision.
type Explanation struct {
	// Best is the answer, the ranker's first unless a candidate after it
	// was sure enough when it was not (firstAnswer); RunnerUp is the best
	// other by the ranker. RunnerUp is nil when there was only one, Best
	// when there was none.
	Best, RunnerUp *CandidateExplanation
	// Threshold is the minimum confidence that was applied; Answered says
	// whether Best's Decision reached it.
	Threshold float64
	Answered  bool
	// UnanswerableWeight is the model's k (0 when it has no
	// P(unanswerable) part): the answer decision's score is Confidence
	// less k times Unanswerable.
	UnanswerableWeight float64
	// Lift is what the corpus's retelling adds to the answer decision's
	// score (retellingLift): 0 for a corpus that does not retell one
	// story, and with no minimum.
	Lift float64
}

// CandidateExplanation is one candidate with what the model read of it.
type CandidateExplanation struct {
	Sentence string
	Source   Source
	// Score is the ranker's score: RankBias plus the Contribution of each
	// of Rank, plus RankTrees, the boosted trees' part.
	Score     float64
	RankBias  float64
	Rank      []Contribution
	RankTrees float64
	// OwnConfidence is σ(ConfidenceBias + the Contribution of each of
	// ConfidenceTerms + ConfidenceTrees, the boosted trees' part).
	// Confidence is the same, unless Revises: the candidate replaced the
	// runner-up, an older version of it on the same page, and answers as
	// surely as the higher of the two; or unless candidates that give the
	// same value lend it theirs (LendConfidence).
	Confidence      float64
	OwnConfidence   float64
	Revises         bool
	ConfidenceBias  float64
	ConfidenceTerms []Contribution
	ConfidenceTrees float64
	// Unanswerable is P(unanswerable) with this candidate as the answer,
	// and Decision the score the answer decision compares with the
	// minimum (decisionScore). Unanswerable is σ(UnanswerableBias + the
	// Contribution of each of UnanswerableTerms + UnanswerableTrees), the
	// terms nil for a model without the part.
	Unanswerable, Decision float64
	UnanswerableBias       float64
	UnanswerableTerms      []Contribution
	UnanswerableTrees      float64
}

// Contribution is one feature's value, its weight and their product.
type Contribution struct {
	Feature string
	Doc     string
	Value   float64
	Weight  float64
}

// Amount is the feature's contribution: its value times its weight.
func (c Contribution) Amount() float64 { return c.Value * c.Weight }

// Explain answers q as AnswerWith would and says why.
func (ix *Index) Explain(ctx context.Context, q Question, opt Options) (Explanation, error) {
	cands, err := ix.Candidates(ctx, q)
	if err != nil || len(cands) == 0 {
		return Explanation{Threshold: opt.MinConfidence}, err
	}
	// The answer first (firstAnswer), then the best other by the ranker.
	// With no minimum every candidate answers, whatever P(unanswerable).
	score := func(i int) float64 {
		if opt.MinConfidence <= 0 {
			return cands[i].Confidence
		}
		return ix.model.decisionScore(cands[i].Confidence, cands[i].Unanswerable) + ix.retellingLift(opt.MinConfidence)
	}
	first := firstAnswer(len(cands), opt.MinConfidence, score, candidatesStandIn(cands))
	e := Explanation{Threshold: opt.MinConfidence, Best: ix.explain(cands[first], score(first)), UnanswerableWeight: ix.model.unansWeight, Lift: ix.retellingLift(opt.MinConfidence)}
	e.Answered = e.Best.Decision >= opt.MinConfidence
	second := 1
	if first > 0 {
		second = 0
	}
	if len(cands) > second {
		e.RunnerUp = ix.explain(cands[second], score(second))
	}
	return e, nil
}

// explain breaks candidate c down, decision being its answer decision's
// score.
func (ix *Index) explain(c Candidate, decision float64) *CandidateExplanation {
	m := ix.model
	ce := &CandidateExplanation{
		Sentence: c.Sentence, Source: c.Source, Score: c.Score, RankBias: m.rankBias,
		Confidence: c.Confidence, OwnConfidence: c.OwnConfidence, Revises: c.Revises, ConfidenceBias: m.confBias,
		Unanswerable: c.Unanswerable, Decision: decision,
	}
	rw := m.rankWeights(wordingIn(c.Question), nil)
	for i, f := range candidateFeatures {
		ce.Rank = append(ce.Rank, Contribution{Feature: f.name, Doc: f.doc, Value: c.Features[i], Weight: rw[i]})
	}
	ce.RankTrees = m.trees.sum(c.Features)
	// The confidence and P(unanswerable) read the same inputs: the
	// candidate's features, then the question's.
	inputs := append(append([]float64(nil), c.Features...), c.Question...)
	ce.ConfidenceTerms = inputContributions(m.conf, inputs)
	ce.ConfidenceTrees = m.confTrees.sum(inputs)
	if m.unans != nil {
		ce.UnanswerableBias = m.unansBias
		ce.UnanswerableTerms = inputContributions(m.unans, inputs)
		ce.UnanswerableTrees = m.unansTrees.sum(inputs)
	}
	return ce
}

// inputContributions pairs the confidence inputs x (candidateFeatures,
// then questionFeatures) with weights w, a Contribution each.
func inputContributions(w, x []float64) []Contribution {
	cs := make([]Contribution, 0, len(x))
	for i, f := range candidateFeatures {
		cs = append(cs, Contribution{Feature: f.name, Doc: f.doc, Value: x[i], Weight: w[i]})
	}
	for i, f := range questionFeatures {
		j := len(candidateFeatures) + i
		cs = append(cs, Contribution{Feature: f.name, Doc: f.doc, Value: x[j], Weight: w[j]})
	}
	return cs
}

// RankWeights returns the ranker's weights in FeatureNames order for the
// question of candidate c (they depend on its wording).
func (ix *Index) RankWeights(c Candidate) []float64 {
	return append([]float64(nil), ix.model.rankWeights(wordingIn(c.Question), nil)...)
}
