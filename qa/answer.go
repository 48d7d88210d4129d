package qa

import (
	"context"
	"math"
	"slices"
	"strings"

	"github.com/qabot/qabot/qa/english"
)

// Source identifies the document a sentence comes from.
type Source struct {
	// Path is the document's path relative to the corpus root.
	Path      string
	Title     string
	Publisher string
	Date      string
	// Section is the path of headings above the sentence ("Pricing ›
	// Plans"), or "" when the document has none there.
	Section string
	// Page is the 1-based page of a paged document (a PDF) the sentence
	// is on, or 0.
	Page int
}

// Conflict is another document giving a different figure for the same
// thing the answer states.
type Conflict struct {
	Source   Source
	Span     string
	Sentence string
	// Older is true when the other document is dated before the answer's:
	// the answer comes from the newer one.
	Older bool
}

// Answer is the engine's reply to one question.
type Answer struct {
	// Found is false when the documents do not answer the question; then
	// every other field but Score is empty.
	Found bool
	// Span is the shortest phrase that answers (a date, a number, a name,
	// a table cell, a description), as the span model picks it
	// (spanmodel.go), or "" when the sentence has no candidate.
	Span string
	// SpanConfidence is the probability, between 0 and 1, that Span is
	// a right short answer to the question: the lead model's (lead.go),
	// which reads the span model's confidence in it (spanmodel.go)
	// together with Confidence and what else says the sentence or the
	// span may be wrong, as a span of a wrong sentence is wrong. A reply
	// leads with Span only when it is high enough.
	SpanConfidence float64
	// Sentence is the verbatim sentence holding the answer.
	Sentence string
	// Source is the document Sentence comes from.
	Source Source
	// Score is the ranking score of the sentence; higher is better. It is
	// comparable between the answers to one question only.
	Score float64
	// Confidence is the probability, between 0 and 1, that Sentence
	// answers the question.
	Confidence float64
	// Also lists other documents that state the same answer.
	Also []Source
	// Conflicts lists documents that give a different figure for it.
	Conflicts []Conflict
	// leadInputs are the lead model's inputs for Span, kept when
	// Options.LeadInputs asks for them (LeadInputs).
	leadInputs []float64
}

// Options adjust how one question is answered.
type Options struct {
	// MinConfidence is the least confidence an answer needs: below it the
	// index abstains. When the model has a P(unanswerable) part, it is
	// the least the confidence less k times P(unanswerable) needs
	// (decisionScore). 0 always answers with the best sentence.
	MinConfidence float64
	// Top is how many answers AnswerTop returns at most (at least 1).
	Top int
	// LeadInputs keeps in each answer with a span the lead model's inputs
	// (Answer.LeadInputs), for fitting the lead model.
	LeadInputs bool
}

// DefaultOptions are the options Answer and Ask use: the minimum
// confidence the committed model's trainer chose (model.go), one answer.
func DefaultOptions() Options {
	t := 0.5
	if m, err := defaultModel(); err == nil {
		t = m.threshold
	}
	return Options{MinConfidence: t, Top: 1}
}

// Answer finds the sentence of ix that best answers q, or reports
// Found=false when the documents do not answer it, with the default
// options. It returns ctx's error when ctx is done before it starts.
func (ix *Index) Answer(ctx context.Context, q Question) (Answer, error) {
	return ix.AnswerWith(ctx, q, DefaultOptions())
}

// AnswerWith is Answer with options.
func (ix *Index) AnswerWith(ctx context.Context, q Question, opt Options) (Answer, error) {
	return ix.answerWith(ctx, &q, opt, nil)
}

// answerWith is AnswerWith of *q, in scratch sc when it is not nil (Ask),
// else in one from ix's pool.
func (ix *Index) answerWith(ctx context.Context, q *Question, opt Options, sc *scratch) (Answer, error) {
	opt.Top = 1
	var buf [1]Answer
	as, err := ix.answerTop(ctx, q, opt, buf[:0], sc)
	if err != nil || len(as) == 0 {
		return Answer{}, err
	}
	return as[0], nil
}

// AnswerTop returns up to opt.Top answers to q, best first, one sentence
// each. The first is what AnswerWith returns; the others, the alternatives,
// follow whatever their confidence, which says how likely each is. When the
// documents do not answer, it returns one answer with Found false.
func (ix *Index) AnswerTop(ctx context.Context, q Question, opt Options) ([]Answer, error) {
	return ix.answerTop(ctx, &q, opt, nil, nil)
}

// answerTop is AnswerTop of *q with the answers in buf's array when they
// fit (AnswerWith gives room for its one answer on its stack), in scratch
// sc when it is not nil (withCandidates).
func (ix *Index) answerTop(ctx context.Context, q *Question, opt Options, buf []Answer, sc *scratch) ([]Answer, error) {
	var out []Answer
	err := ix.withCandidates(ctx, q, sc, func(sc *scratch, total float64) {
		n := min(max(opt.Top, 1), len(sc.top))
		out = slices.Grow(buf[:0], n)
		// The confidences and decision scores firstAnswer weighed, which
		// the first answer reads rather than working them out again.
		var ps, ds, us [pickCandidates]float64
		weighed := 0 // a bit for each candidate weighed
		firstMay := 0
		first := firstAnswer(len(sc.top), opt.MinConfidence, func(i int) float64 {
			if i >= pickCandidates {
				_, d, _ := ix.confidence(q, sc, i, total, opt.MinConfidence)
				return d
			}
			ps[i], ds[i], us[i] = ix.confidence(q, sc, i, total, opt.MinConfidence)
			weighed |= 1 << i
			return ds[i]
		}, func(i int) bool {
			// pointsTo first: it is cheap and seldom true, and whether the
			// first may answer is then worked out once (0 unknown, 1 yes,
			// 2 no).
			if !ix.pointsTo(sc, sc.top[0].sent, sc.top[i].sent) {
				return false
			}
			if firstMay == 0 {
				firstMay = 2
				if ix.mayAnswer(q, sc.top[0].sent) {
					firstMay = 1
				}
			}
			return firstMay == 2
		})
		for k := range n {
			// The first answer, then the others in the ranker's order,
			// which answer whatever their confidence.
			i := k
			switch {
			case k == 0:
				i = first
			case k <= first:
				i = k - 1
			}
			var p, d, u float64
			if k == 0 && weighed&(1<<first) != 0 {
				p, d, u = ps[first], ds[first], us[first]
			} else if k == 0 {
				p, d, u = ix.confidence(q, sc, i, total, opt.MinConfidence)
			} else {
				p, _, u = ix.confidence(q, sc, i, total, 0)
			}
			out = append(out, ix.answerFor(q, sc, i, total, p, u, k > 0 || d >= opt.MinConfidence, opt.LeadInputs))
			if !out[0].Found {
				return
			}
		}
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return []Answer{{}}, nil
	}
	return out, nil
}

// firstAnswer returns which of n candidates, best first by the ranker,
// answers: the ranker's first, unless its score (the answer decision's,
// decisionScore: its confidence, less k times P(unanswerable) when the
// model has that part) is below minConf and one of the next, up to the
// pickCandidates-th, reaches it; then the surest of those. The ranker orders sentences by how well they
// match; the confidence model weighs what the question asks too ("when did
// china announce the probes": the first, "China has announced dumping and
// discrimination probes", has no date and 0.30; the runner-up, "China on
// Sunday announced two investigations", 0.66). Abstaining is for when no
// sentence near the top is sure enough, not only the first.
//
// With no minimum, a first whose confidence is 0, one that cannot answer
// (a "how many" question and a sentence with no number: answersCount),
// gives way all the same to the next that can.
//
// When none of those reaches the minimum, the best-ranked candidate
// further down for which standIn is true (nil for none) may answer in the
// first's place if it reaches it: a row of a table the first points to
// (pointsTo) when the first cannot answer. A clause that points to its
// table ("up to the limit in the table of benefits") matches a question
// on the table's figures better than the row that holds them ("Passport
// and travel documents; £250; £300; £500" for "passport cover limit"),
// and it and an older version of it can fill the first places.
func firstAnswer(n int, minConf float64, score func(i int) float64, standIn func(i int) bool) int {
	if minConf <= 0 {
		minConf = math.SmallestNonzeroFloat64
	}
	if n < 2 || score(0) >= minConf {
		return 0
	}
	first, best := 0, minConf
	for i := 1; i < min(n, pickCandidates); i++ {
		if p := score(i); p >= best {
			first, best = i, p
		}
	}
	if first > 0 || standIn == nil {
		return first
	}
	for i := pickCandidates; i < n; i++ {
		if standIn(i) {
			if score(i) >= best {
				return i
			}
			break
		}
	}
	return first
}

// answerFor makes candidate i of sc.top, of confidence p, the answer when
// it answers (the answer decision's score reached the minimum), else an
// abstention. u is i's own P(unanswerable) as confidence read it, or −1
// when it did not. The answer keeps the lead model's inputs when inputs
// is true.
func (ix *Index) answerFor(q *Question, sc *scratch, i int, total, p, u float64, answers, inputs bool) Answer {
	c := sc.top[i]
	if !answers {
		return Answer{Score: c.score, Confidence: p}
	}
	st := &ix.sents[c.sent]
	a := Answer{
		Found:      true,
		Sentence:   st.text,
		Source:     ix.sourceOf(st),
		Score:      c.score,
		Confidence: p,
	}
	pick := ix.spanFor(q, sc, c.sent, total)
	a.Span = pick.text
	if a.Span != "" {
		ix.leadFactsOf(q, sc, i, pick, total, p, &sc.lead)
	}
	ix.corroborate(q, sc, c, pick.typed, total, &a)
	ix.olderConflicts(q, sc, c, pick.typed, &a)
	if a.Span != "" {
		// Last, as it reads the candidate's confidence inputs again
		// into sc when confidence did not read u.
		sc.lead.unanswerable = u
		if u < 0 {
			sc.lead.unanswerable = ix.unanswerableAt(q, sc, i, total)
		}
		a.SpanConfidence = ix.spanModelOf().lead(&sc.lead, sc)
		if inputs {
			a.leadInputs = appendLeadInputs(nil, &sc.lead)
		}
	}
	return a
}

// agreedSpan is the span model's probability for pick, candidate i's
// span, or, when higher, that of a candidate that gives the same value
// (lenders: another article stating the date) and whose own span is that
// value: the answer's Confidence already counts those candidates, and the
// short answer is as sure as the surest of the sentences that state it
// makes it. The span model reads one sentence; a value said plainly in
// one article ("faces a September 17 deadline") and far from the
// question's words in another ("a deadline for ... to divest ... by
// September 17") is one answer, whichever sentence the ranker put first.
// It sets f.lent when a lender raised the probability and
// f.lenderDiffers when an agreeing lender's own span is another.
func (ix *Index) agreedSpan(q *Question, sc *scratch, i int, pick spanPick, total float64, f *leadFacts) float64 {
	p := pick.p
	if pick.typed == nil || pick.typed.value == "" {
		return p
	}
	kind, value := pick.typed.kind, pick.typed.value
	ix.lenders(sc, i, func(j int, agrees bool) {
		if !agrees {
			return
		}
		if other := ix.spanFor(q, sc, sc.top[j].sent, total); other.typed != nil && other.typed.kind == kind && other.typed.value == value {
			p = max(p, other.p)
		} else {
			f.lenderDiffers = true
		}
	})
	f.lent = p > pick.p
	return p
}

// logOdds is the log-odds of probability p, held within 1e-4 of 0 and 1.
func logOdds(p float64) float64 {
	p = min(max(p, 1e-4), 1-1e-4)
	return math.Log(p / (1 - p))
}

// Ask parses text and answers it with the default options.
func (ix *Index) Ask(ctx context.Context, text string) (Answer, error) {
	return ix.AskWith(ctx, text, DefaultOptions())
}

// AskWith parses text and answers it with options: AnswerWith of
// Parse(text). The question is parsed into a scratch of ix's pool, in the
// slices the scratch kept from the last question it parsed, and answered
// in that scratch: neither the question nor its tokens, words and terms
// are allocated anew.
func (ix *Index) AskWith(ctx context.Context, text string, opt Options) (Answer, error) {
	if ix == nil || len(ix.sents) == 0 {
		return ix.AnswerWith(ctx, Parse(text), opt)
	}
	sc := ix.scratch.Get()
	defer func() {
		sc.qbufs.keep(&sc.q)
		sc.q = Question{}
		ix.scratch.Put(sc)
	}()
	sc.q = parse(text, &sc.qbufs)
	return ix.answerWith(ctx, &sc.q, opt, sc)
}

// sourceOf describes where sentence st stands: its document, section and
// page.
func (ix *Index) sourceOf(st *sentence) Source {
	src := ix.source(st.doc)
	pl := ix.places[st.para]
	src.Section, src.Page = pl.section, int(pl.page)
	return src
}

// source describes document d.
func (ix *Index) source(d int32) Source {
	doc := &ix.docs[d]
	return Source{Path: doc.Path, Title: doc.Title, Publisher: doc.Publisher, Date: doc.Date}
}

// pickSpan chooses, among the phrases of the expected type in st, the one
// closest to the question's words that is not itself made of them.
func (ix *Index) pickSpan(q *Question, sc *scratch, st *sentence) *phrase {
	if q.Type == TypeNone {
		return nil
	}
	if ph := ix.countsFocus(q, sc, st); ph != nil {
		return ph
	}
	var best *phrase
	bestFit, bestDist := 0.0, 1<<30
	var buf [maxQueryTerms]int16
	var at []int16 // the question's terms in st, found at the first phrase that needs them
	for i := range st.phrases {
		ph := &st.phrases[i]
		f := q.fit(ph.kind)
		if f < 0.5 || ix.phraseIsQuestion(sc, st, ph) || ix.namesAsked(sc, st, ph) {
			continue
		}
		if at == nil {
			at = sc.termPositions(st, buf[:0])
		}
		d := distanceToQuestion(at, ph)
		if f > bestFit || (f == bestFit && d < bestDist) {
			best, bestFit, bestDist = ph, f, d
		}
	}
	return best
}

// namesAsked reports whether a name ends with a question word: it names
// what the question is about ("who chairs the Zhongguancun alliance" ->
// "Zhongguancun Information Consumption Alliance"), not the answer, unlike
// a name the question's words only open ("Vice Premier He Lifeng").
func (ix *Index) namesAsked(sc *scratch, st *sentence, ph *phrase) bool {
	if ph.kind != TypePerson && ph.kind != TypePlace || ph.pe <= ph.ps {
		return false
	}
	return sc.hasTerm(st.terms()[ph.pe-1])
}

// termPositions appends to at the positions in st.terms of the question's
// terms, in order: what distanceToQuestion reads, found once for all the
// phrases of a sentence.
func (sc *scratch) termPositions(st *sentence, at []int16) []int16 {
	for p, id := range st.terms() {
		if sc.hasTerm(id) {
			at = append(at, int16(p))
		}
	}
	return at
}

// distanceToQuestion is the number of words between a phrase and the
// nearest question term in its sentence, given the terms' positions there
// (termPositions), or 1<<20 when there is none.
func distanceToQuestion(at []int16, ph *phrase) int {
	d := 1 << 20
	for _, p := range at {
		switch {
		case p < ph.ps:
			d = min(d, int(ph.ps-p))
		case p < ph.pe:
			return 0 // a name that the question partly states
		default:
			// The first term after the phrase is the nearest there.
			return min(d, int(p-ph.pe)+1)
		}
	}
	return d
}

// spanText is the text of phrase ph of st as an answer: a number with the
// word the question counts, a name without the question's own words.
func (ix *Index) spanText(q *Question, sc *scratch, st *sentence, ph *phrase) string {
	return ix.trimSpan(sc, st.text[ph.start:ix.spanEnd(q, sc, st, ph)], ph.kind)
}

// trimSpan drops question words from the edges of a name ("Vice Premier
// He Lifeng" -> "He Lifeng" when the question says "vice premier").
func (ix *Index) trimSpan(sc *scratch, span string, kind AnswerType) string {
	if kind != TypePerson && kind != TypePlace {
		return strings.TrimSpace(span)
	}
	var buf [windowTokens]token
	toks := tokenize(span, buf[:0])
	a, b := 0, len(toks)
	isQ := func(t token) bool {
		if isStopWord(t.text) {
			return !t.cap // "of" goes, the "He" of "He Lifeng" stays
		}
		id, ok := ix.wordTerm(t.text)
		return ok && sc.hasTerm(id)
	}
	for a < b && isQ(toks[a]) {
		a++
	}
	for b > a && isQ(toks[b-1]) {
		b--
	}
	if a >= b {
		return strings.TrimSpace(span)
	}
	return strings.TrimSpace(span[toks[a].start:toks[b-1].end])
}

// spanEnd is where the text of phrase ph of st ends as an answer of the
// first engine's rules: a number takes the word after it when that is any
// word of the question (countedEnd).
func (ix *Index) spanEnd(q *Question, sc *scratch, st *sentence, ph *phrase) int {
	if ph.kind != TypeNumber {
		return int(ph.end)
	}
	return ix.countedEnd(q, sc, st.text, int(ph.end), true)
}

// countedEnd returns where a short answer that is the number ending at
// byte end of text ends. A number takes the word right after it when the
// question names that word: "four times" answers "how many times", not
// "four". The word must follow the number directly or after one space or
// hyphen, and it must be in lower case, since a capital opens a name ("23
// Chinese firms" gives "23"). The answer then takes the whole word with
// the parts that hyphens join to it ("71 short-term", wholeWord);
// otherwise it ends with the number, at end.
//
// With anyWord false, the word must be the one a "how many" question
// counts (Question.focus), as for the span model's pick (pickText), and
// follow after a space: joined by a hyphen it makes the number a modifier
// of the noun after it ("an 8-pin dock connector" for how many pins,
// "405-line" pictures for how many lines), and the count is the number
// alone; with
// anyWord true, any word of the question will do, as for the first
// engine's rules (spanText). The span model reads the rules' pick as a
// feature and was trained with it as it is: putting both on the counted
// word, or both on any word, changed short answers and lowered the span
// scores of some training sets, so the two keep their own reading.
func (ix *Index) countedEnd(q *Question, sc *scratch, text string, end int, anyWord bool) int {
	if !anyWord && q.focus < 0 {
		return end
	}
	rest := text[end:min(len(text), end+maxTokenBytes)]
	var buf [windowTokens]token
	toks := tokenize(rest, buf[:0])
	if len(toks) == 0 || toks[0].cap {
		return end
	}
	between := rest[:toks[0].start]
	if len(between) > 1 || breaks(gapClass(between)) || !anyWord && between == "-" {
		return end // for the span model, "8-pin dock connector": not "8-pin"
	}
	id, ok := ix.wordTerm(toks[0].text)
	if !ok {
		return end
	}
	if k := sc.qidx[id] - 1; k < 0 || !anyWord && sc.terms[k].word != q.focus {
		return end
	}
	if !anyWord && len(toks) > 1 && rest[toks[0].end:toks[1].start] == " " && modifiesNext(q, toks[0].text, toks[1].text) {
		return end // "three national titles": not "three national"
	}
	return wholeWord(text, end+int(toks[0].end))
}

// modifiesNext reports whether the counted word of a "how many" question,
// w, only modifies the word after it, next, both in the question and in
// the answer's sentence: "national" of "how many national titles" and
// "three national titles". Such a word is no noun a number can end on
// ("three national"), so the answer stays the number. WordNet must know w
// as an adjective and next as a noun ("how many businesses use" counts
// businesses).
func modifiesNext(q *Question, w, next string) bool {
	f := q.focus
	if f < 0 || f+1 >= len(q.words) || !q.words[f].joinsNext || q.words[f+1].text != next {
		return false
	}
	en := english.Load()
	return posCached(en, w).Has(english.Adj) && posCached(en, next).Has(english.Noun)
}

// wholeWord returns end moved past the parts joined to the word that ends
// there by hyphens: a short answer that takes the word after a number
// takes all of "short-term" ("71 short-term", not "71 short").
func wholeWord(text string, end int) int {
	for end+1 < len(text) && text[end] == '-' && isWordByte(text[end+1]) {
		end++
		for end < len(text) && isWordByte(text[end]) {
			end++
		}
	}
	return end
}
