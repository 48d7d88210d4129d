package qa

import "strings"

// The lead model decides whether a reply leads with the short answer: it
// gives the probability that the span an answer shows in bold is right
// (eval.SpanRight against the gold answers), Answer.SpanConfidence, and
// the fronts lead with the span from bot.MinSpanConfidence on. The span
// model's own confidence (spanmodel.go) is trained on right sentences
// only, so it cannot tell a span picked in a wrong sentence, the larger
// part of the wrong leads; the lead model reads it together with what
// says the sentence or the span may be wrong: the sentence's confidence,
// the ranker's margin over the next sentence, P(unanswerable), another
// phrase of the type asked in the sentence, lenders that give another
// value, the question's class and the span's kind. It is a logistic
// model, P = σ(b + Σ_j w_j · x_j) over the inputs of appendLeadInputs,
// its weights the "lead" part of span.txt, fitted by cmd/qabot-train lead
// on the answers the engine gives to the training sets' questions.

// leadFacts are what the lead model reads of one answer.
type leadFacts struct {
	// span and sentence are the log-odds of the span's confidence (the
	// span model's, or a lender's: agreedSpan) and of the answer's
	// Confidence.
	span, sentence float64
	// margin is the ranker's score of the answer's sentence less the best
	// other candidate's, within ±maxLeadMargin.
	margin float64
	// unanswerable is the answer model's P(unanswerable) for the answer's
	// sentence (0 for a model without that part).
	unanswerable float64
	// otherTyped is true when the sentence holds a phrase of the type the
	// question asks that the span does not hold.
	otherTyped bool
	// lent is true when a lender's span is surer than the span's own;
	// lenderDiffers when a lender that agrees gives another span.
	lent, lenderDiffers bool
	// asksType is true when the question asks a type, typed when the span
	// is a phrase typed at Build, typeMatch when it is of the type asked.
	asksType, typed, typeMatch bool
	class                      qClass
	kind                       spanKind
	// spanInputs are the span confidence model's real-valued inputs for
	// the span (spanConfidence), which the lead model weighs again.
	spanInputs [maxSpanConfidenceInputs]float64
}

// maxSpanConfidenceInputs is room for the real-valued inputs of the span
// confidence model (spanConfidence) in leadFacts.
const maxSpanConfidenceInputs = 8

// leadInputs are the real-valued inputs of the lead model; the question's
// class and the span's kind follow as indicators.
var leadInputs = []struct {
	name, doc string
	value     func(f *leadFacts) float64
}{
	{"span", "the log-odds of the span's confidence (agreedSpan)", func(f *leadFacts) float64 { return f.span }},
	{"sentence", "the log-odds of the answer's Confidence", func(f *leadFacts) float64 { return f.sentence }},
	{"margin", "the ranker's score of the sentence less the best other candidate's", func(f *leadFacts) float64 { return f.margin }},
	{"unanswerable", "the answer model's P(unanswerable)", func(f *leadFacts) float64 { return f.unanswerable }},
	{"other-typed", "1 when the sentence holds a phrase of the type asked the span does not hold", func(f *leadFacts) float64 { return b2f(f.otherTyped) }},
	{"lent", "1 when a lender's span is surer than the span's own", func(f *leadFacts) float64 { return b2f(f.lent) }},
	{"lender-differs", "1 when a lender that agrees gives another span", func(f *leadFacts) float64 { return b2f(f.lenderDiffers) }},
	{"asks-type", "1 when the question asks a type", func(f *leadFacts) float64 { return b2f(f.asksType) }},
	{"typed", "1 when the span is a phrase typed at Build", func(f *leadFacts) float64 { return b2f(f.typed) }},
	{"type-match", "1 when the span is a phrase of the type asked", func(f *leadFacts) float64 { return b2f(f.typeMatch) }},
	{"type-clash", "1 when the question asks a type and the span is a phrase of another type", func(f *leadFacts) float64 { return b2f(f.asksType && f.typed && !f.typeMatch) }},
}

// LeadInputNames returns the names of the lead model's inputs, in the
// order of Answer.LeadInputs.
func LeadInputNames() []string {
	names := []string{}
	for _, in := range leadInputs {
		names = append(names, in.name)
	}
	for _, c := range spanConfidence {
		names = append(names, "span-"+c.name)
	}
	for _, c := range qClassNames {
		names = append(names, "class:"+c)
	}
	for _, k := range spanKindNames {
		names = append(names, "kind:"+k)
	}
	return names
}

// eachLeadName yields the names of LeadInputNames as eachSpanFeatureName
// yields the features'.
func eachLeadName(yield func([]byte) bool) { eachNameOf(LeadInputNames(), yield) }

// appendLeadInputs appends the lead model's inputs for f to dst.
func appendLeadInputs(dst []float64, f *leadFacts) []float64 {
	for _, in := range leadInputs {
		dst = append(dst, in.value(f))
	}
	dst = append(dst, f.spanInputs[:len(spanConfidence)]...)
	for i := range numQClasses {
		dst = append(dst, b2f(f.class == i))
	}
	for k := range numSpanKinds {
		dst = append(dst, b2f(f.kind == k))
	}
	return dst
}

// LeadInputs returns the lead model's inputs for the answer's span, in
// the order of LeadInputNames, for fitting the lead model (cmd/qabot-train
// lead): nil for an answer with no span, and unless the answer was asked
// with Options.LeadInputs.
func (a Answer) LeadInputs() []float64 {
	return a.leadInputs
}

// lead is the probability that the span of f is right, its inputs laid
// out in sc.spanConf.
func (m *compiledSpan) lead(f *leadFacts, sc *scratch) float64 {
	sc.spanConf = appendLeadInputs(sc.spanConf[:0], f)
	return sigmoid(m.leadBias + dot(m.leadW, sc.spanConf))
}

// leadFactsOf sets f to what the lead model reads of pick, the span of
// candidate i of sc.top, in an answer of confidence p, right after
// spanFor picked it (the span model's confidence inputs are still in
// sc.spanConf); all but unanswerable, which answerFor reads last.
func (ix *Index) leadFactsOf(q *Question, sc *scratch, i int, pick spanPick, total, p float64, f *leadFacts) {
	s := sc.top[i].sent
	*f = leadFacts{
		sentence:  logOdds(p),
		asksType:  q.Type != TypeNone,
		typed:     pick.typed != nil,
		typeMatch: pick.typed != nil && pick.typed.kind == q.Type,
		class:     q.class,
		kind:      pick.kind,
	}
	copy(f.spanInputs[:], sc.spanConf[:len(spanConfidence)])
	f.span = logOdds(ix.agreedSpan(q, sc, i, pick, total, f))
	other := -1
	for j := range min(len(sc.top), 2) {
		if j != i {
			other = j
			break
		}
	}
	if other >= 0 {
		f.margin = min(max(sc.top[i].score-sc.top[other].score, -maxLeadMargin), maxLeadMargin)
	} else {
		f.margin = maxLeadMargin
	}
	if q.Type != TypeNone {
		st := &ix.sents[s]
		for k := range st.phrases {
			ph := &st.phrases[k]
			if ph.kind == q.Type && ph != pick.typed && !strings.Contains(pick.text, st.text[ph.start:ph.end]) {
				f.otherTyped = true
				break
			}
		}
	}
}

// unanswerableAt is the answer model's P(unanswerable) for candidate i of
// sc.top as the best candidate, 0 for a model without that part. It reads
// the candidate's confidence inputs into sc.conf.
func (ix *Index) unanswerableAt(q *Question, sc *scratch, i int, total float64) float64 {
	if ix.model.unans == nil {
		return 0
	}
	ix.ownConfidence(q, sc, i, total)
	return ix.model.unanswerable(sc.conf)
}
