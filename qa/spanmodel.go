package qa

import (
	"context"
	_ "embed"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/qabot/qabot/qa/english"
)

// The span model picks the short answer from the answer's sentence. Its
// candidates are the phrases of spancands.go, its features those of
// spanfeatures.go, and its weights are learned by cmd/qabot-train span and
// committed in span.txt (spanfile.go):
//
//   - the ranker scores each candidate, score(c) = b + Σ_i r_i · x_i(c) over
//     the dense features and the indicator features that are on, and the
//     best score wins: a listwise softmax model, P(c is the answer | the
//     sentence) ∝ exp(score(c));
//   - the confidence model gives the probability that the winner is right
//     (its SQuAD F1 against the answer at least 0.5, eval.SpanRight),
//     P = σ(b + Σ_j v_j · y_j) over the inputs of spanConfidenceInputs: the
//     winner's softmax probability and lead, a few of its features, the
//     question's class and the winner's kind.
//
// Answer.SpanConfidence is that probability; the fronts lead with the span
// only when it is high enough (bot.LeadLine).

//go:embed span.txt
var spanText string

// SpanModel holds the span model's learned weights, by feature name: a
// dense feature's name (SpanFeatureNames) or "family:row|col" for an
// indicator.
type SpanModel struct {
	// About says how and on what the model was trained.
	About string `json:"about"`
	// Rank weighs the candidates' features.
	Rank Linear `json:"rank"`
	// Confidence weighs the inputs named by SpanConfidenceNames.
	Confidence Linear `json:"confidence"`
	// Lead weighs the lead model's inputs, named by LeadInputNames
	// (lead.go).
	Lead Linear `json:"lead"`
	// compiled is set by ParseSpanModel.
	compiled *compiledSpan
}

// SpanFeatureNames returns the names of the span features in the order of
// SpanCandidate's indices: the dense features, every indicator of every
// family, then the dense features again for each question class
// ("class-dense:who|left-3"): a class's own share of their weights, added
// to the shared one, so that near question words can weigh more for a
// who question than for a why question.
func SpanFeatureNames() []string { return spanFeatureNames() }

// SpanClassOffset returns where the class-dense weights of question class
// c (SpanList.Class) start among SpanFeatureNames; the k-th of them weighs
// dense feature SpanClassFeatures()[k].
func SpanClassOffset(c int) int {
	l := spanFeatureLayout()
	return l.classes + c*len(l.crossed)
}

// SpanClassFeatures returns the dense features (by index) that have a
// weight of each question class's own. The features that are on for table
// rows, for the sentence before or for prices only have a shared weight:
// they are on too rarely to learn one per class.
func SpanClassFeatures() []int { return slices.Clone(spanFeatureLayout().crossed) }

// sharedOnly are the dense features without weights per class.
var sharedOnly = map[string]bool{"header": true, "cell": true, "row-key": true, "previous": true, "money-for-price": true}

// spanLayout is where each part of the span features stands among them.
// It holds no names: the answers only need the offsets, and the 16,000
// composed names are made when a model is compiled (spanFeatureNames).
type spanLayout struct {
	// size is the number of span features. families[f] is where family
	// f's indicators start, classes where the class-dense weights do;
	// crossed are the dense features that have them.
	size     int
	families []int
	classes  int
	crossed  []int
}

// spanFeatureLayout lays out the span features, once; it is only read
// afterwards.
var spanFeatureLayout = sync.OnceValue(func() *spanLayout {
	l := &spanLayout{}
	n := len(spanDense)
	for _, fam := range spanFamilies {
		l.families = append(l.families, n)
		n += len(fam.rows()) * len(fam.cols())
	}
	l.classes = n
	for j, d := range spanDense {
		if !sharedOnly[d.name] {
			l.crossed = append(l.crossed, j)
		}
	}
	l.size = n + len(qClassNames)*len(l.crossed)
	return l
})

// eachSpanFeatureName yields the name of each span feature in the order
// of spanFeatureLayout, written in one buffer that the next name
// overwrites: the composed names ("class-kind:who|date", about 16,000) are
// never all kept at once unless the caller keeps them (spanFeatureNames).
func eachSpanFeatureName(yield func([]byte) bool) {
	var buf []byte
	compose := func(parts ...string) bool {
		buf = buf[:0]
		for _, p := range parts {
			buf = append(buf, p...)
		}
		return yield(buf)
	}
	for _, d := range spanDense {
		if !compose(d.name) {
			return
		}
	}
	for _, fam := range spanFamilies {
		rows, cols := fam.rows(), fam.cols()
		for _, r := range rows {
			for _, c := range cols {
				if !compose(fam.name, ":", r, "|", c) {
					return
				}
			}
		}
	}
	crossed := spanFeatureLayout().crossed
	for _, qc := range qClassNames {
		for _, j := range crossed {
			if !compose("class-dense:", qc, "|", spanDense[j].name) {
				return
			}
		}
	}
}

// spanFeatureNames returns the names of the span features in the order of
// spanFeatureLayout, written into one buffer and sliced from it; they are
// made anew on each call (training, tests), not kept for the life of the
// process.
func spanFeatureNames() []string {
	var buf []byte
	ends := make([]int, 0, spanFeatureLayout().size) // where each name ends in buf
	for name := range eachSpanFeatureName {
		buf = append(buf, name...)
		ends = append(ends, len(buf))
	}
	all, start := string(buf), 0
	names := make([]string, len(ends))
	for i, end := range ends {
		names[i], start = all[start:end], end
	}
	return names
}

// eachSpanConfidenceName yields the names of SpanConfidenceNames as
// eachSpanFeatureName yields the features'.
func eachSpanConfidenceName(yield func([]byte) bool) { eachNameOf(SpanConfidenceNames(), yield) }

// eachNameOf yields each of names as bytes, in one buffer, as the span
// file's reader takes its sections' names (eachSpanFeatureName).
func eachNameOf(names []string, yield func([]byte) bool) {
	var buf []byte
	for _, n := range names {
		if buf = append(buf[:0], n...); !yield(buf) {
			return
		}
	}
}

// SpanConfidenceNames returns the names of the confidence model's inputs,
// in order.
func SpanConfidenceNames() []string {
	names := []string{}
	for _, c := range spanConfidence {
		names = append(names, c.name)
	}
	for _, c := range qClassNames {
		names = append(names, "class:"+c)
	}
	for _, k := range spanKindNames {
		names = append(names, "kind:"+k)
	}
	return names
}

// spanConfidence are the real-valued inputs of the confidence model; the
// question's class and the winner's kind follow as indicators.
var spanConfidence = []struct {
	name, doc string
	value     func(t *spanTop) float64
}{
	{"probability", "the winner's softmax probability among the candidates", func(t *spanTop) float64 { return t.prob }},
	{"margin", "the winner's score minus the runner-up's (at most 10)", func(t *spanTop) float64 { return t.margin }},
	{"candidates", "log(1 + the number of candidates)", func(t *spanTop) float64 { return math.Log1p(float64(t.n)) }},
	{"fit", "the winner's type fit (the dense feature fit)", func(t *spanTop) float64 { return t.dense[dFit] }},
	{"inside", "the share of the winner's words that are question words", func(t *spanTop) float64 { return t.dense[dInside] }},
	{"tokens", "log(1 + the winner's tokens)", func(t *spanTop) float64 { return t.dense[dTokens] }},
	{"agree", "the softmax probability of the candidates that overlap the winner by half or more (spanAgree), the winner's own included", func(t *spanTop) float64 { return t.agree }},
}

// spanDenseAt maps the name of a dense span feature to its index. It is
// computed once and only read afterwards.
var spanDenseAt = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, len(spanDense))
	for i, d := range spanDense {
		m[d.name] = i
	}
	return m
})

// spanTop is what the confidence model reads of a ranked list.
type spanTop struct {
	prob, margin float64
	// agree is the softmax probability of the candidates that agree with
	// the winner (spanAgree): near copies of it ("$120 million" beside
	// "about $120 million") split the probability, not the answer.
	agree float64
	n     int
	dense []float64
	class qClass
	kind  spanKind
}

// spanConfidenceInputs appends the confidence model's inputs for t to dst.
func spanConfidenceInputs(dst []float64, t *spanTop) []float64 {
	for _, c := range spanConfidence {
		dst = append(dst, c.value(t))
	}
	for i := range numQClasses {
		dst = append(dst, b2f(t.class == i))
	}
	for k := range numSpanKinds {
		dst = append(dst, b2f(t.kind == k))
	}
	return dst
}

// DefaultSpanModel returns the committed span model.
func DefaultSpanModel() (*SpanModel, error) { return ParseSpanModel([]byte(spanText)) }

// compiledSpan is a span model with its weights laid out by index: rank
// over SpanFeatureNames, conf over SpanConfidenceNames.
type compiledSpan struct {
	rank, conf         []float64
	rankBias, confBias float64
	// leadW weighs the lead model's inputs (LeadInputNames, lead.go).
	leadW    []float64
	leadBias float64
}

// defaultSpanModel is the committed span model, parsed and compiled once,
// on first use.
var defaultSpanModel = sync.OnceValues(func() (*compiledSpan, error) {
	c, _, err := readSpanModel(spanText, nil)
	releaseEmbedded(unsafe.Slice(unsafe.StringData(spanText), len(spanText)))
	return c, err
})

// warmEngine starts, once a process, reading in the background what
// every index answers with and the first questions would otherwise wait
// for once the index is ready: the committed span model (its 16,000
// weights take about 11 ms) on one goroutine; on another the committed
// cues (about 11.4 million instructions, half of them unzipping) and the
// word lists of questionwords.txt (0.7 million). Build and ReadSnapshot
// call it, so that these load while the index builds or loads: none
// depends on the corpus. (Building the English tables' prefix indexes
// here too, 2.2 million more, raised the peak RSS of the 48-article
// batch by about 3 MB: the commands build them once loading is done,
// english.Resources.Warm.)
var warmEngine = sync.OnceFunc(func() {
	go defaultSpanModel()
	go func() {
		defaultCues()
		questionWords()
	}()
})

// spanModelOf returns the committed span model, or one with no weights
// should it not load: every candidate scores the same, and the confidence
// is near 0, so that no front leads with a span picked at random.
func (ix *Index) spanModelOf() *compiledSpan {
	if m, err := defaultSpanModel(); err == nil {
		return m
	}
	return noSpanModel()
}

// noSpanModel is the stand-in span model, made once.
var noSpanModel = sync.OnceValue(func() *compiledSpan {
	return &compiledSpan{rank: make([]float64, spanFeatureLayout().size), conf: make([]float64, len(SpanConfidenceNames())),
		confBias: noSpanModelBias, leadW: make([]float64, len(LeadInputNames())), leadBias: noSpanModelBias}
})

// rulePick returns where in sentence s the hand-written rules of the first
// engine would put the span (pickSpan: the typed phrase of the expected
// type nearest the question's words, trimmed of them): what they say is
// one feature among the others, weighed like them.
func (ix *Index) rulePick(q *Question, sc *scratch, s int32) spanRange {
	st := &ix.sents[s]
	ph := ix.pickSpan(q, sc, st)
	if ph == nil {
		return spanRange{sent: -1}
	}
	text := ix.spanText(q, sc, st, ph)
	at := strings.Index(st.text[ph.start:], text)
	if at < 0 {
		return spanRange{sent: -1}
	}
	start := ph.start + int32(at)
	return spanRange{sent: s, start: start, end: start + int32(len(text))}
}

// spanRange is a stretch of a sentence's text.
type spanRange struct {
	sent, start, end int32
}

// noSpanModelBias is the confidence bias of the stand-in model: σ(-10) is
// about 0.00005.
const noSpanModelBias = -10

// spanSentences gathers the candidates of sentence s, and of the sentence
// before when s refers back to it, with their features, into sc.span.
func (ix *Index) spanSentences(q *Question, sc *scratch, s int32, total float64) *spanFacts {
	w := &sc.span
	w.reset()
	w.facts = newSpanFacts(ix, q, sc, w, total)
	f := &w.facts
	lo := ix.spanTokens(f, w, s)
	f.dialledHere = f.noDialled && dialled(ix.sents[s].text, w.toks[lo:], 0, int32(len(w.toks))-lo)
	ix.spanCandidates(f, w, s, lo, false)
	f.rule = ix.rulePick(q, sc, s)
	if st := &ix.sents[s]; st.refers && s > 0 && ix.sents[s-1].doc == st.doc {
		if q.Type != TypeNone {
			f.fittingPhrases(s)
			f.fitsHere = len(w.fitRanges) > 0
		}
		lo := ix.spanTokens(f, w, s-1)
		f.dialledHere = f.dialledHere || f.noDialled && dialled(ix.sents[s-1].text, w.toks[lo:], 0, int32(len(w.toks))-lo)
		ix.spanCandidates(f, w, s-1, lo, true)
	}
	f.titled = f.titledName()
	f.ageHere = q.shape.age && f.boundsAge()
	if q.polar && (len(q.toks) < 2 || !negationWord(q.toks[1].text)) &&
		!slices.ContainsFunc(q.toks, func(t token) bool { return questionWords().questionWords[t.text] }) {
		f.negationsOf(w.toks[lo:])
	}
	f.firstMoneyCell()
	if f.headerCell = f.periodCellOf(); f.headerCell < 0 {
		if f.headerCell = f.modifierCellOf(); f.headerCell < 0 {
			if f.headerCell = f.headerCellOf(); f.headerCell < 0 {
				f.headerCell = f.polarCellOf()
			}
		}
	}
	f.rateOnly = f.rateMatch()
	f.countOwn = f.countMatch()
	f.measured = f.measuredHere()
	f.ownLo, f.ownHi = f.ownSegment()
	f.onlyKinds = f.onlyKindsBar()
	m := f.model
	// The dense weights for this question's class: shared plus own.
	copy(w.wq[:], m.rank)
	off := SpanClassOffset(int(f.qc))
	for k, j := range f.layout.crossed {
		w.wq[j] += m.rank[off+k]
	}
	n := len(w.toks)
	w.start, w.end = slices.Grow(w.start[:0], n)[:n], slices.Grow(w.end[:0], n)[:n]
	w.known = slices.Grow(w.known[:0], n)[:n]
	clear(w.known)
	var byKind [2 * numSpanKinds]float64
	var byLength [maxMemoLength]float64
	var kindKnown [2 * numSpanKinds]bool
	var lengthKnown [maxMemoLength]bool
	for i := range w.cands {
		c := &w.cands[i]
		toks := f.sentence(c)
		score := math.Inf(-1)
		if f.canAnswer(c, toks) {
			stretchInto(&c.in, toks, c.a, c.b)
			score = m.rankBias + f.wholeScore(c, toks)
			// The parts that read only where it starts or ends, once per
			// token; its kind, once per kind; its length, once per length.
			if at := c.lo + c.a; w.known[at]&knownStart == 0 {
				w.start[at], w.known[at] = f.startScore(c, toks), w.known[at]|knownStart
			}
			if at := c.lo + c.b - 1; w.known[at]&knownEnd == 0 {
				w.end[at], w.known[at] = f.endScore(c, toks), w.known[at]|knownEnd
			}
			score += w.start[c.lo+c.a] + w.end[c.lo+c.b-1]
			k := 2 * int(c.kind)
			if c.typed >= 0 {
				k++
			}
			if !kindKnown[k] {
				byKind[k], kindKnown[k] = f.kindScore(c, toks), true
			}
			score += byKind[k]
			if l := c.b - c.a; l < maxMemoLength {
				if !lengthKnown[l] {
					byLength[l], lengthKnown[l] = f.lengthScore(c, toks), true
				}
				score += byLength[l]
			} else {
				score += f.lengthScore(c, toks)
			}
		}
		w.scores = append(w.scores, score)
	}
	return f
}

// maxMemoLength bounds the lengths whose part of a score is remembered.
const maxMemoLength = 32

// Bits of spanWork.known.
const (
	knownStart uint8 = 1 << iota
	knownEnd
)

// features sets f.w.dense to the dense features of candidate c and
// f.w.sparse to the indices (among SpanFeatureNames) of its indicators
// that are on.
func (f *spanFacts) features(c *spanCand) {
	toks := f.sentence(c)
	stretchInto(&c.in, toks, c.a, c.b)
	v := &f.w.vals
	for r := range numSpanReads {
		f.values(r, c, toks, v)
	}
	f.w.dense = append(f.w.dense[:0], v.dense[:]...)
	f.w.sparse = f.w.sparse[:0]
	for _, fam := range f.parts.all {
		k := v.keys[fam.family]
		f.w.sparse = append(f.w.sparse, int32(fam.at+k.row*fam.cols+k.col))
	}
}

// spanPartition lists the dense features and the families by what they
// read of a candidate (spanReads).
type spanPartition struct {
	dense    [numSpanReads][]int
	families [numSpanReads][]familyAt
	// all are the families in the order of spanFamilies.
	all []familyAt
}

// familyAt is where the indicators of a family of spanFamilies stand among
// the model's weights: from at, cols to a row.
type familyAt struct {
	family, at, cols int
}

// spanParts partitions the features once; it is only read afterwards.
var spanParts = sync.OnceValue(func() *spanPartition {
	p := &spanPartition{}
	for j, d := range spanDense {
		p.dense[d.reads] = append(p.dense[d.reads], j)
	}
	layout := spanFeatureLayout()
	for fi, fam := range spanFamilies {
		at := familyAt{family: fi, at: layout.families[fi], cols: len(fam.cols())}
		p.families[fam.reads] = append(p.families[fam.reads], at)
		p.all = append(p.all, at)
	}
	return p
})

// barredKinds is the set of kinds barsKind bars for the question of f, bit
// k for kind k, worked out by type rather than kind by kind.
func (f *spanFacts) barredKinds() uint32 {
	const amounts = 1<<kindCount | 1<<kindMoney | 1<<kindPercent
	var m uint32
	switch t := f.q.Type; t {
	case TypeNumber, TypeDate, TypeTime:
		if !f.version {
			m |= 1 << kindVersion
		}
		if t == TypeDate && !f.rate {
			m |= amounts
		}
		if t == TypeTime && !f.rate {
			m |= amounts &^ (1 << kindCount)
		}
		if t == TypeNumber && f.q.notMoney() {
			m |= 1 << kindMoney
		}
	case TypePerson:
		for k := range numSpanKinds {
			if a := k.answerType(); a == TypeDate || a == TypeNumber || k == kindTime {
				m |= 1 << k
			}
		}
	}
	return m
}

// barsKind reports whether no candidate of kind k can answer the question
// of f, whatever else it is: a version number answers no question of a
// number, a date or a time unless it asks for a version; an amount no
// question of when or what time unless it asks for a rate; no date, time
// or number answers who; and no money a question that counts things or
// asks how long. barredKinds gives the set of them at once, which
// newSpanFacts keeps in f.barred for canAnswer; TestCanAnswerPlain holds
// the two alike.
func (f *spanFacts) barsKind(k spanKind) bool {
	t := f.q.Type
	if k == kindVersion && (t == TypeNumber || t == TypeDate || t == TypeTime) && !f.version {
		return true
	}
	if t == TypeDate && (k == kindCount || k == kindMoney || k == kindPercent) && !f.rate {
		return true // an amount never says when, but says how much a week
	}
	if t == TypeTime && (k == kindMoney || k == kindPercent) && !f.rate {
		return true // nor what time, nor how long: "€260" for "min hours to charter"
	}
	if t == TypePerson && (k.answerType() == TypeDate || k == kindTime || k.answerType() == TypeNumber) {
		return true // nor who
	}
	return t == TypeNumber && k == kindMoney && f.q.notMoney() // "how many doses", "how long": not "$240"
}

// canAnswer reports whether candidate c may answer the question at all. A
// version number never answers how much, how many or when unless the
// question names a version ("minimum ios app version for 5.0": "5.0.0";
// [versionasked] of spanwords.txt), nor an amount
// of money, a percentage or a count when; an amount of money never
// answers a question that counts things or asks how long or how far
// (notMoney: "how many rabies doses" is not "$240"); in a table row whose
// columns with money have no question word in their headers, only the
// first amount answers a number question (firstMoneyCell), or the latest
// year's when years head those columns (latestYearMoney); a question
// that asks for the number that names a thing ("part number",
// asksIdentifier) takes no amount but a run of digits; when the answer's
// sentence refers back and holds a phrase of the type asked, no candidate
// of the sentence before that is not of that type answers (fitsHere: "It
// is open on Sunday mornings from 10 a.m. to noon" answers the hours, not
// the sentence before's "Lane sells seeds"); when the sentence names the
// holder of the title a who-the question gives (titledName), no other name
// of that sentence answers; under the header that holds most of the
// question's words, a cell that says the row has none ("closed") is the
// only cell that answers, and so is a cell not of the first column when
// no other header holds a question word (headerCellOf), or the cell whose
// header alone names the period of time the question names ("Seven days"
// for "weekly price", periodCellOf); a run of groups of figures (a phone
// number, dialled) answers no question of when, how long or how many; a
// question that names a price or an amount paid takes no count or
// duration of a sentence that states an amount of money ("$600", not "40
// people", for "min spend to hire the mezzanine"); when a how-old
// question's sentence holds a phrase that bounds an age (boundsAge:
// "people aged 60 or over"), a number that bounds none does not answer;
// when the question asks an
// amount by a word ("fine per day") and the sentence states one by it,
// no amount by another word answers (rateMatch: "25p a day", not "£6 per
// item", nor "maximum of £6 per item"); when a how-many question's
// counted noun follows a number of the sentence as the question's own
// word, a number that counts another noun or a part does not answer
// (countMatch: "1,600 Buddhist temples", not "400 Shinto shrines", whose
// "shrines" stands for "temples" only as an alternative); a number of a
// unit of length, weight or speed answers no how-many or price question
// that asks for no quantity (measuredHere: not the "40" of "40-nanometer"
// for "how many chip cases"); when a
// coordinated stretch that leaves out its verb holds the question's words
// of every other stretch and more, a number wholly in another stretch
// does not answer, nor, for a question of when or what time, a day or a
// time there (ownSegment: "from 08:00 on Sundays" for "breakfast times
// sunday", not "07:30 to 10:00"); a number after
// a verb of change the other way does not answer how much something rose
// or fell ("rose by 37%" for "how much did prices drop"); when a yes/no
// question's words follow a negation of the sentence, only a candidate
// that holds the negation or opens right after it answers (negationsOf:
// "no joining fee" for "is there a joining fee", not "direct debit").
// These rules stand
// beside the learned weights because the training data hardly has such
// cases, and a reader takes the wrong one for the answer.
//
// Most questions and sentences meet none of these rules but barsKind's
// (spanFacts.onlyKinds): canAnswer then reads the kind alone, inlined
// into the span model's loop over the candidates, and the other rules
// (kindlessRules) only when one may apply.
func (f *spanFacts) canAnswer(c *spanCand, s []spanTok) bool {
	if f.barred&(1<<c.kind) != 0 {
		return false // barsKind
	}
	return f.onlyKinds || f.kindlessRules(c, s)
}

// onlyKindsBar reports whether none of canAnswer's rules but barsKind can
// bar a candidate of f's sentences: none of the facts that each of
// kindlessRules' rules first reads is set. spanSentences keeps it in
// f.onlyKinds once those facts are set.
func (f *spanFacts) onlyKindsBar() bool {
	return f.headerCell < 0 && !f.fitsHere && !f.identifier && !f.dialledHere &&
		(f.q.Type != TypeNumber || f.moneyCol < 0) && !f.ageHere && !(f.paid && f.moneyHere) &&
		!f.rateOnly && !f.countOwn && !f.measured && f.ownHi <= 0 && f.negations == 0 && f.titled < 0 && f.dir == 0
}

// kindlessRules is canAnswer's rules but barsKind's, in canAnswer's order.
func (f *spanFacts) kindlessRules(c *spanCand, s []spanTok) bool {
	t := f.q.Type
	if f.headerCell >= 0 && c.cell >= 0 && !c.prev && c != &f.w.cands[f.headerCell] {
		return false // "closed" under the Library column for "library hours sunday", not the study room's hours
	}
	if c.prev && f.fitsHere && !f.fits(c) {
		return false // the hours of "It is open on Sunday mornings ...", not "Lane sells seeds" before it
	}
	if f.identifier && c.kind.answerType() == TypeNumber && (c.kind != kindCount || !allNumbers(s[c.a:c.b])) {
		return false // "NP-160" for "part number", not "£24.99" or "300 ml"
	}
	if f.dialledHere && dialled(f.ix.sents[c.sent].text, s, c.a, c.b) {
		return false // "Monday to Friday 9 am to 5 pm" for "switching team opening hours", not "0345 601 2295"
	}
	if t == TypeNumber && c.kind == kindMoney && !c.prev && (c.cell > f.moneyCol || f.moneyYear && c.cell != f.moneyCol) && f.moneyCol >= 0 && !f.moneyHeader && f.headerCell < 0 {
		return false // "$158.00" of "Long consultation; $158.00; $84.90; $73.10"
	}
	if f.ageHere && !c.prev && slices.ContainsFunc(s[c.a:c.b], func(t spanTok) bool { return t.num }) && !f.agesBound(c) {
		return false // "people aged 60 or over" for "how old do i have to be", not "1/3 off"
	}
	if f.paid && f.moneyHere && !c.prev && (c.kind == kindCount || c.kind == kindDuration) {
		return false // "$600" for "min spend to hire the mezzanine", not "40 people"
	}
	if f.rateOnly {
		if w := f.rateOf(c); w != "" && w != f.rateWord {
			return false // "25p a day" for "fine per day", not "£6 per item"
		}
	}
	if f.countOwn && !c.prev && c.cell < 0 && c.kind.answerType() == TypeNumber && f.countedBy(c) == countedOther {
		return false // "1,600 Buddhist temples" for "how many temples", not "400 Shinto shrines"
	}
	if f.measured && !c.prev && c.cell < 0 && (c.kind == kindCount || c.kind == kindPhrase) && measureAt(s, c.a, c.b) {
		return false // "thirteen" for "how many chip firms", not the "40" of "40-nanometer"
	}
	if f.ownHi > 0 && !c.prev && c.cell < 0 && (c.b <= f.ownLo || c.a >= f.ownHi) &&
		(c.kind.answerType() == f.q.Type || slices.ContainsFunc(s[c.a:c.b], func(t spanTok) bool { return t.num || t.dated && whenType(f.q.Type) })) {
		return false // "08:00" of "and from 08:00 on Sundays" for "breakfast times sunday", not "07:30 to 10:00"
	}
	if f.negations > 0 && !f.negated(c) {
		return false // "no joining fee" for "is there a joining fee", not "direct debit"
	}
	if f.titled >= 0 && c.kind.answerType() == TypePerson && c.sent == f.w.cands[f.titled].sent &&
		(c.b <= f.w.cands[f.titled].a || c.a >= f.w.cands[f.titled].b) {
		return false // another name than the one the asked title names
	}
	return f.dir == 0 || !s[c.a].num || changeBefore(s, c.a)*f.dir >= 0
}

// negationsOf finds, for a yes/no question whose opener no negation
// follows (not "do not disturb hours") and that holds no question word
// (not "cant reach jonah during a sev1, who next"), the negation words
// ([negators] of spanwords.txt) of the answer's own sentence s that a
// question word follows within maxNegationReach tokens with no mark
// between ("with no joining fee" for "is there a joining fee", "never in
// your own car" for "can kegs be carried in my own car"): the sentence
// says no of what the question asks there, and the words that say it
// are the short answer. It keeps the first maxNegations of them in
// f.negatedAt when a candidate holds one or opens right after one
// (negated), else none.
func (f *spanFacts) negationsOf(s []spanTok) {
	for i := range s {
		if !negationWord(s[i].word) || f.negations == maxNegations {
			continue
		}
		for j := i + 1; j < len(s) && j <= i+maxNegationReach && !breaks(s[j].gap); j++ {
			if s[j].qword >= 0 {
				f.negatedAt[f.negations] = int32(i)
				f.negations++
				break
			}
		}
	}
	if f.negations > 0 && !slices.ContainsFunc(f.w.cands, func(c spanCand) bool { return f.negated(&c) }) {
		f.negations = 0
	}
}

// negated reports whether candidate c, of the answer's own sentence,
// holds a negation word of f.negatedAt or opens right after one with no
// mark between ("no joining fee", "joining fee" after "no"), and holds a
// content word that is no negation: "never" or "cannot" alone says no
// without saying what.
func (f *spanFacts) negated(c *spanCand) bool {
	if c.prev {
		return false
	}
	s := f.sentence(c)
	if !slices.ContainsFunc(s[c.a:c.b], func(t spanTok) bool { return t.content && !negationWord(t.word) }) {
		return false
	}
	for _, at := range f.negatedAt[:f.negations] {
		if c.a <= at && at < c.b || c.a == at+1 && !breaks(s[c.a].gap) {
			return true
		}
	}
	return false
}

// singularRateWord returns w in the singular ("days" of "3 days": "day"),
// as a rate names its unit in the singular.
func singularRateWord(w string) string {
	if s := singular(w); s != "" {
		return s
	}
	return w
}

// rateOf returns the word a number of candidate c states its amount by:
// the word after "per" or "a" right after the candidate's first number
// ("day" of "25p a day", "item" of "£6 per item"), made singular, or "".
func (f *spanFacts) rateOf(c *spanCand) string {
	s := f.sentence(c)
	for i := c.a; i < c.b; i++ {
		if !s[i].num && !pence(s[i].word) {
			continue
		}
		if int(i)+2 < len(s) && spanWords().rateOpeners[s[i+1].word] && !breaks(s[i+1].gap) && !breaks(s[i+2].gap) {
			return singularRateWord(s[i+2].word)
		}
		return ""
	}
	return ""
}

// rateMatch reports whether the question asks an amount by a word
// (rateWord: "fine per day") and a number candidate of the answer's
// sentence states its amount by that word ("Adults pay 25p a day for each
// overdue book, up to a maximum of £6 per item"): then canAnswer drops the
// amounts by another word, which state another rate.
func (f *spanFacts) rateMatch() bool {
	if f.rateWord == "" {
		return false
	}
	for i := range f.w.cands {
		c := &f.w.cands[i]
		if !c.prev && c.kind.answerType() == TypeNumber && f.rateOf(c) == f.rateWord {
			return true
		}
	}
	return false
}

// What the first number of a candidate counts (countedBy).
const (
	countedNone  = iota // no number, or no noun after it
	countedOwn          // the question's counted noun, by its own word
	countedOther        // another noun, or the counted noun only by an alternative
)

// countedBy reads the noun that the first number of candidate c of
// running text counts: the first two content words right after the
// number's own tokens, before any mark or function word (countsAsked
// reads past function words; here "a further 60 million with Destiny's
// Child" and "60 were to be provided" count what the sentence named
// before, and must not count "Child" or nothing; nor does an adverb,
// adverbOnly). It is countedOwn when one of them is the question's
// counted noun (the focus of "how many temples") by the question's own
// word, its stem or spelling; countedOther when there are such words and
// none is a question word by its own word (an alternative of one is not:
// "Shinto shrines" for "temples"); countedNone when the candidate holds
// no number, its number is a year, nothing follows it, or another
// question word does ("16 games" when "regular" is the question's
// counted noun of "how many regular season games", as countedHead reads
// it). A number followed by a word of [partitives] and a content
// word after the function words and numbers that follow it counts a
// part ("4,980 of the 6,740 affected children") or another thing
// ("seventeen of its sites"): countedOther.
func (f *spanFacts) countedBy(c *spanCand) int {
	s := f.sentence(c)
	a := c.a
	for a < c.b && !s[a].num {
		a++
	}
	if a == c.b || s[a].year() {
		return countedNone // no number, or a year written alone ("1,600" is none), which counts nothing
	}
	i := a + 1
	for i < int32(len(s)) && s[i].num && !breaks(s[i].gap) {
		i++
	}
	if i < int32(len(s)) && spanWords().partitives[s[i].word] && !breaks(s[i].gap) {
		for i++; i < int32(len(s)) && i <= a+4 && (!s[i].content || s[i].num) && !breaks(s[i].gap); i++ {
		}
		if i < int32(len(s)) && i <= a+4 && !breaks(s[i].gap) {
			return countedOther // a part of what follows, or of another thing
		}
		return countedNone
	}
	seen, asked := 0, false
	for ; i < int32(len(s)) && i <= a+6 && seen < 2 && !breaks(s[i].gap); i++ {
		if !s[i].content || s[i].num || adverbOnly(&s[i]) {
			break
		}
		if s[i].qword >= 0 && f.sc.ownTerm(s[i].term) {
			if int(s[i].qword) == f.q.focus {
				return countedOwn
			}
			asked = true
		}
		seen++
	}
	if seen > 0 && !asked {
		return countedOther
	}
	return countedNone
}

// adverbOnly reports whether WordNet knows the word of token t as an
// adverb only ("a further 60 million additionally with ..."), which
// names no counted thing.
func adverbOnly(t *spanTok) bool {
	p := t.pos
	if !t.posKnown {
		p = spanPOS(t.word)
	}
	return p != 0 && !p.Has(english.Noun) && !p.Has(english.Adj) && !p.Has(english.Verb)
}

// countMatch reports whether the question counts a noun and a number of
// running text in the answer's sentence counts it by the question's own
// word (countedBy): then canAnswer drops the numbers that count another
// noun.
func (f *spanFacts) countMatch() bool {
	if f.q.focus < 0 {
		return false
	}
	for i := range f.w.cands {
		c := &f.w.cands[i]
		if !c.prev && c.cell < 0 && c.kind.answerType() == TypeNumber && f.countedBy(c) == countedOwn {
			return true
		}
	}
	return false
}

// measuredHere reports whether the question of f asks how many or names a
// price (asksHowManyOrPrice), asks for no quantity ("how long", "how far":
// howPhrase) and names no unit of one, and the answer's own sentence holds
// a number of a unit of length, weight or speed (measureAt): such a
// number measures, and answers neither how many things nor how much they
// cost ("a chip made at 40-nanometer" gives no count of chips nor their
// price).
func (f *spanFacts) measuredHere() bool {
	q := f.q
	if q.Type != TypeNumber || q.quantities != 0 || q.duration ||
		!asksHowManyOrPrice(q.toks) {
		return false
	}
	// The answer's own sentence, read once: its candidates' tokens.
	var s []spanTok
	for i := range f.w.cands {
		if c := &f.w.cands[i]; !c.prev {
			s = f.sentence(c)
			break
		}
	}
	if !measureAt(s, 0, int32(len(s))) {
		return false
	}
	cw := changeWords()
	for _, t := range q.toks {
		if cw.measureUnit(stemCached(t.text)) {
			return false // "how many km is the trail": "12 km" answers
		}
	}
	return true
}

// asksHowManyOrPrice reports whether the words hold "how many", with or
// without a noun after it ("chip firms among the additions, how many"), or
// a word of [price] of spanwords.txt ("unit price"; not a word of
// questionwords.txt [money] such as "allowance", which a measure may
// give: "one checked bag of up to 23 kg").
func asksHowManyOrPrice(toks []token) bool {
	price := spanWords().price
	for i, t := range toks {
		if price[t.text] || t.text == "how" && i+1 < len(toks) && toks[i+1].text == "many" {
			return true
		}
	}
	return false
}

// measureAt reports whether the tokens s[a:b] hold a number whose next
// word (wordAfterNumber) is a unit of length, weight or speed of
// changewords.txt ("40-nanometer", "12 km"); a unit of time makes a
// duration (numberKind), which this does not read.
func measureAt(s []spanTok, a, b int32) bool {
	cw := changeWords()
	for i := a; i < b; i++ {
		if !s[i].num {
			continue
		}
		if n := wordAfterNumber(s, i); n >= 0 && cw.measureUnit(stemCached(s[n].word)) {
			return true
		}
	}
	return false
}

// maxSegments is the most coordinated stretches of one sentence that
// ownSegment compares; a sentence with more is left to the weights.
const maxSegments = 8

// ownSegment cuts the answer's sentence, for a question that asks for a
// number, a date or a time, into stretches at the conjuncts
// (conjunctOf) that hold its candidates of running text of that type: the
// first stretch from the sentence's start, each other from its
// conjunct's start to the next one's. A number in brackets, or a date's
// year after its comma, opens no stretch. A later stretch that leaves out
// its verb (gapped: no word of [copulas] of spanwords.txt or
// [auxiliaries] of questionwords.txt and no word WordNet knows as a verb
// and not as a noun, and it opens, after a coordinator, with the number,
// a word of a date or time typed at Build, a word of [numberopen] or a
// word of [gapopeners]: "and from 08:00 on Sundays", "against 51 in
// 2024", "and Saturday 9am to 1pm"; not the second number of "between
// £10 and £250") takes its verb and what goes with it from the stretch
// before, so it holds that stretch's question words too, counted by the
// question's own words only, not their alternatives. A stretch that
// opens with a partitive and a relative pronoun ([partitiverelatives]:
// "of whom 41 are in the MSc") counts a part of what the stretch before
// names, and holds that stretch's question words too. When such a
// stretch's question words hold every other stretch's and more, it
// returns that stretch's first token and the next stretch's, and
// canAnswer drops the numbers that lie wholly in the other stretches, and
// for a question of when or what time the days and times too ("Monday to
// Friday 8am to 6pm" beside "and Saturday 9am to 1pm" for "customer care
// opening times saturday");
// otherwise 0, 0. The learned "parallel" feature compares conjuncts too,
// but only word by word in the same place and weighed against every
// other feature. A first stretch, or one with its own verb, never wins
// here: the words before a number, or a subject left out ("is turned on
// on 1 April and turned off on 31 October"), are shared, not its own.
func (f *spanFacts) ownSegment() (int32, int32) {
	t := f.q.Type
	if t != TypeNumber && t != TypeDate && t != TypeTime {
		return 0, 0
	}
	var starts [maxSegments + 1]int32
	n := 0
	var s []spanTok
	for i := range f.w.cands {
		c := &f.w.cands[i]
		if c.prev || c.cell >= 0 || c.kind.answerType() != t {
			continue
		}
		s = f.sentence(c)
		st := s[c.a].conjunctStart
		// A number in brackets restates the one before it ("2.3 metres
		// (7 ft 7 in)") and stays in that number's stretch, as does a
		// date's year after its comma ("March 31, 2007").
		if s[st].gap == gapOpen || st > 0 && s[st].dated && s[st-1].dated || slices.Contains(starts[:n], st) {
			continue
		}
		if n == maxSegments {
			return 0, 0
		}
		starts[n] = st
		n++
	}
	if n < 2 {
		return 0, 0
	}
	slices.Sort(starts[:n])
	starts[0], starts[n] = 0, int32(len(s))
	var masks [maxSegments]uint64
	var gapped [maxSegments]bool
	words := spanWords()
	aux := questionWords().auxiliaries
	for k := range n {
		verb := false
		for i := starts[k]; i < starts[k+1]; i++ {
			tk := &s[i]
			if tk.qword >= 0 && tk.qword < 64 && f.sc.ownTerm(tk.term) {
				masks[k] |= 1 << tk.qword
			}
			verb = verb || aux[tk.word] || words.copulas[tk.word] ||
				tk.posKnown && !tk.cap && tk.pos.Has(english.Verb) && !tk.pos.Has(english.Noun)
		}
		i := starts[k]
		if i < starts[k+1] && words.coordinators[s[i].word] {
			i++
		}
		// "64 graduate students, of whom 41 are in the MSc": a stretch
		// that opens with a partitive and a relative pronoun counts a part
		// of what the stretch before names, and holds its words.
		if k > 0 && i+1 < starts[k+1] && words.partitives[s[i].word] && words.partitiveRelatives[s[i+1].word] {
			masks[k] |= masks[k-1]
		}
		// "between £10 and £250": two numbers joined by a coordinator
		// alone are a range or a list, not two stretches.
		pair := i > 1 && s[i].num && words.coordinators[s[i-1].word] && !clauseMark(s[i-1].gap) && s[i-2].num
		if k > 0 && !verb && !pair && i < starts[k+1] && (s[i].num || s[i].dated || words.numberOpen[s[i].word] || words.gapOpeners[s[i].word]) {
			gapped[k] = true
			masks[k] |= masks[k-1]
		}
	}
	for k := range n {
		if !gapped[k] {
			continue
		}
		own := true
		for j := range n {
			if j != k && (masks[j]&^masks[k] != 0 || masks[j] == masks[k]) {
				own = false
				break
			}
		}
		if own {
			return starts[k], starts[k+1]
		}
	}
	return 0, 0
}

// whenType reports whether answer type t says when: a date or a time.
func whenType(t AnswerType) bool { return t == TypeDate || t == TypeTime }

// allNumbers reports whether every token of toks is a number, as in a
// phone number ("0808 157 0330").
func allNumbers(toks []spanTok) bool {
	for i := range toks {
		if !toks[i].num {
			return false
		}
	}
	return true
}

// boundsAge reports whether a candidate of the answer's own sentence
// bounds an age (agesBound: "people aged 60 or over", "16 or over"), for
// a how-old question: then a number that bounds none does not answer
// (canAnswer: not the "1/3 off" or "£28" of the railcard's row).
func (f *spanFacts) boundsAge() bool {
	for i := range f.w.cands {
		if f.agesBound(&f.w.cands[i]) {
			return true
		}
	}
	return false
}

// agesBound reports whether candidate c is of the answer's own sentence
// and bounds an age somewhere in its text (ageBound: "16 or over"): what
// boundsAge looks for in the sentence, and canAnswer in each number.
func (f *spanFacts) agesBound(c *spanCand) bool {
	return !c.prev && ageBound(f.ix.sents[c.sent].text[c.start:c.end])
}

// dialled reports whether tokens a to b of sentence text hold a number
// made to be dialled or keyed, not counted: one of a run of two or more
// groups of figures with one space between each and the next, none of
// them part of a date typed at Build ("0345 601 2295", "07700 900418"),
// unless the run reads as one number with its thousands set apart by
// spaces ("25 000", "1 250 000": a first group of one to three figures,
// the others of three). A range ("2–4 years") or a list ("12, 14") is
// no such run. It counts, measures and dates nothing, so it answers no
// question of when, what time, how long or how many
// (spanFacts.noDialled), though a count typed at Build may cover one of
// its groups.
func dialled(text string, s []spanTok, a, b int32) bool {
	for i := a; i < b; i++ {
		if !s[i].num {
			continue // no group of figures, nor part of a run
		}
		lo, hi := i, i+1
		for lo > 0 && digitGroups(text, s, lo-1, lo) {
			lo--
		}
		for int(hi) < len(s) && digitGroups(text, s, hi-1, hi) {
			hi++
		}
		if hi-lo >= 2 && !spacedThousands(text, s[lo:hi]) {
			return true
		}
	}
	return false
}

// digitGroups reports whether tokens i and j (= i+1) of s are both
// figures alone, of no typed date, with a single space between them.
func digitGroups(text string, s []spanTok, i, j int32) bool {
	for _, k := range [2]int32{i, j} {
		if !s[k].num || s[k].dated || !allDigits(text[s[k].start:s[k].end]) {
			return false
		}
	}
	return text[s[i].end:s[j].start] == " "
}

// spacedThousands reports whether the groups of figures toks read as one
// number with its thousands set apart by spaces: a first group of one to
// three figures that does not open with 0, every other of three.
func spacedThousands(text string, toks []spanTok) bool {
	first := text[toks[0].start:toks[0].end]
	if len(first) > 3 || first[0] == '0' {
		return false
	}
	for _, t := range toks[1:] {
		if t.end-t.start != 3 {
			return false
		}
	}
	return true
}

// firstMoneyCell sets f.moneyCol and f.moneyHeader from the cells of the
// answer's row. When no header of a column with money names a word of the
// question, the first amount is the one a number question asks for: a
// price table gives the price first and what follows from it (a rebate,
// what is left to pay) after. When years head those columns, the latest
// year's column is the one instead (latestYearMoney, f.moneyYear).
func (f *spanFacts) firstMoneyCell() {
	f.moneyCol, f.moneyHeader, f.moneyHere = -1, false, false
	for i := range f.w.cands {
		c := &f.w.cands[i]
		if c.prev || c.kind != kindMoney {
			continue
		}
		f.moneyHere = true
		if c.cell < 0 {
			continue
		}
		if f.moneyCol < 0 || c.cell < f.moneyCol {
			f.moneyCol = c.cell
		}
		f.moneyHeader = f.moneyHeader || c.header > 0
	}
	f.moneyYear = false
	if f.moneyCol >= 0 && !f.moneyHeader {
		if col := f.latestYearMoney(); col >= 0 {
			f.moneyCol, f.moneyYear = col, true
		}
	}
}

// latestYearMoney returns the column of the answer's row under the header
// of the latest year, when two columns with money at least are headed by
// years or spans of years ("2025–26", "2026–27") and the question names
// no year (no year in figures, no "last year"), or -1: a table of rents
// or prices by year gives last year's beside the one in force or coming,
// which a question that does not say the year asks for ("rent for a 3
// bed house from april": "£123.45" under "2026–27", not "£117.90" under
// "2025–26").
func (f *spanFacts) latestYearMoney() int16 {
	for i, t := range f.q.toks {
		if isYear(t.text) || lastYearAt(f.q.toks, i) {
			return -1
		}
	}
	rt := f.answerRow()
	if rt == nil {
		return -1
	}
	best, bestYear, cols := int16(-1), -1, 0
	seen := -1
	for i := range f.w.cands {
		c := &f.w.cands[i]
		if c.prev || c.kind != kindMoney || c.cell < 0 || int(c.cell) == seen {
			continue
		}
		if int(c.cell) >= len(rt.header) {
			return -1
		}
		y := headerYear(rt.header[c.cell])
		if y < 0 {
			return -1 // a column with money not headed by a year
		}
		seen = int(c.cell)
		cols++
		if y > bestYear {
			best, bestYear = c.cell, y
		}
	}
	if cols < 2 {
		return -1
	}
	return best
}

// headerYear returns the year a header of a table column names, alone
// ("2026") or as the first of a span of years ("2025–26", "2025-2026",
// "2025/26"), or -1 when the header is no such year.
func headerYear(h string) int {
	h = strings.TrimSpace(h)
	if len(h) < 4 || !isYear(h[:4]) {
		return -1
	}
	rest := h[4:]
	for _, sep := range [...]string{"–", "-", "/"} {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			if len(r) != 2 && len(r) != 4 || !isNumber(r) {
				return -1
			}
			rest = ""
			break
		}
	}
	if rest != "" {
		return -1
	}
	y, _ := strconv.Atoi(h[:4])
	return y
}

// headerCellOf returns the candidate of the answer's row whose column's
// header holds more of the question's words than the header of any other
// cell, when that cell alone answers, or -1. It answers alone when it is
// a whole cell of [nilcells] ("closed"): a row ("Sunday; closed; 12:00 to
// 16:00") that says a place is closed answers "library hours sunday" with
// "closed" when "library" heads its column, though the other column's
// hours fit the type asked. It answers alone too when it is not the row's
// first cell (which names the row), no other cell's header holds the
// question's words beyond a weak alternative (weakHeader: "Price" beside
// "Discount" for "family card discount for children") nor names a kind
// of a thing the question names
// (headerKin: "Fee" for "rotavator hire cost", beside "Longest hire"),
// and its own holds at least minHeaderCell of their weight by words no
// cell of the row holds (headerOwnMass): "missed departure essentials" is
// "not covered" under Essentials, not the "£800" under Premier that money
// questions favour, and "how often should i clean the main brush" is
// "every week" under Clean, not "every 6 to 12 months" under Replace.
func (f *spanFacts) headerCellOf() int {
	best, second, kin := -1, float32(0), false
	for i := range f.w.cands {
		c := &f.w.cands[i]
		if c.prev || c.cell < 0 {
			continue
		}
		kin = kin || c.headerKin
		if best < 0 || c.header > f.w.cands[best].header {
			if best >= 0 && f.w.cands[best].cell != c.cell {
				second = max(second, f.w.cands[best].header)
			}
			best = i
		} else if f.w.cands[best].cell != c.cell {
			second = max(second, c.header)
		}
	}
	if best < 0 {
		return -1
	}
	c := &f.w.cands[best]
	text := strings.ToLower(f.ix.sents[c.sent].text[c.start:c.end])
	switch {
	case c.header <= second:
		return -1
	case spanWords().nilCells[text]:
		return best
	case c.cell > 0 && second < weakHeader && !kin && f.headerOwnMass(c) >= minHeaderCell:
		return best
	}
	return -1
}

// polarCellOf returns, for a yes/no question, the candidate of the
// answer's row that is a whole cell of [polarcells] ("yes", "no"), when
// it is the row's only such cell, or -1: the row answers the question by
// that cell ("can i park my caravan": the "no" of "caravan, boat or
// trailer; no; none issued", not the cell that names the row). A row of
// several such cells answers by the one under the header the question
// names, which headerCellOf finds first.
func (f *spanFacts) polarCellOf() int {
	if !f.q.polar {
		return -1
	}
	found := -1
	for i := range f.w.cands {
		c := &f.w.cands[i]
		if c.prev || c.cell < 0 || !spanWords().polarCells[strings.ToLower(f.ix.sents[c.sent].text[c.start:c.end])] {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// modifierCellOf returns the first candidate of the answer's row under
// the header whose words the question says right before the words of
// another cell's header, when those two are the only headers of the row
// (its first column aside) that the question says, or -1: the first
// names a kind of the second ("backup duty manager" asks for the cell
// under "Backup" of "Date; Duty manager; Backup", not the one under "Duty
// manager"), as a modifier before its noun. Words match by their stems.
func (f *spanFacts) modifierCellOf() int {
	rt := f.answerRow()
	if rt == nil {
		return -1
	}
	qt := f.q.toks
	var buf [maxHeaderWords + 1]token
	var stems [maxHeaderWords]string
	// at returns where the words of header h stand in the question, one
	// after another, or -1. The header's words are stemmed once, before
	// the question's positions are tried.
	at := func(h string) (int, int) {
		ht := tokenize(h, buf[:0])
		if len(ht) == 0 || len(ht) > maxHeaderWords {
			return -1, -1
		}
		for j := range ht {
			stems[j] = stemCached(strings.ToLower(ht[j].text))
		}
		for i := 0; i+len(ht) <= len(qt); i++ {
			j := 0
			for j < len(ht) && stems[j] == stemCached(qt[i+j].text) {
				j++
			}
			if j == len(ht) {
				return i, i + j
			}
		}
		return -1, -1
	}
	// The two headers the question says: their columns and where.
	var col, from, to [2]int
	n := 0
	for h := 1; h < len(rt.header); h++ {
		i, e := at(rt.header[h])
		if i < 0 {
			continue
		}
		if n == len(col) {
			return -1 // three headers the question says
		}
		col[n], from[n], to[n] = h, i, e
		n++
	}
	var mod int
	switch {
	case n < len(col):
		return -1
	case to[0] == from[1]:
		mod = col[0]
	case to[1] == from[0]:
		mod = col[1] // "Backup" after "Duty manager" in the table
	default:
		return -1
	}
	return f.firstCellIn(mod)
}

// answerRow returns the table of the row that is the answer's own
// sentence, or nil when that sentence is no row: its candidates come
// first, and only a row has cells.
func (f *spanFacts) answerRow() *rowTable {
	if len(f.w.cands) == 0 || f.w.cands[0].prev || !f.ix.sents[f.w.cands[0].sent].row {
		return nil
	}
	return f.ix.rowTableOf(f.w.cands[0].sent)
}

// firstCellIn returns the first candidate of the answer's row in column
// col whose kind the question does not bar (barsKind), or -1: the cell
// that modifierCellOf and periodCellOf give once each has found its
// column by the headers.
func (f *spanFacts) firstCellIn(col int) int {
	for i := range f.w.cands {
		if c := &f.w.cands[i]; !c.prev && int(c.cell) == col && f.barred&(1<<c.kind) == 0 {
			return i
		}
	}
	return -1
}

// maxHeaderWords bounds the words of a header modifierCellOf reads in a
// question: a header longer than a short noun phrase is no name of a
// kind.
const maxHeaderWords = 3

// periodCellOf returns the first candidate of the answer's row in the
// column whose header names the period of time the question names, when
// that column alone does and another column's header names another
// period, or -1: "family car weekly price" asks for the cell under "Seven
// days" of "Vehicle; Seats; One day; Weekend; Seven days", and "transit
// van price 1 day" the one under "One day", though "day" stands in both
// headers and "weekly" in neither (periodHours). The first column, which
// names the row, is never the one.
// Only a column with a candidate the question does not bar
// (firstCellIn) counts, as the one or as another.
//
// The row is looked for first: most answers are no table's row, and
// reading the question's period (periodHours, some 3,000 instructions of
// map lookups) only for a row leaves out work whose result would not be
// read; both are pure, so the order changes nothing else.
func (f *spanFacts) periodCellOf() int {
	rt := f.answerRow()
	if rt == nil {
		return -1
	}
	toks := f.q.toks
	want := periodHours(len(toks), func(i int) string { return toks[i].text }, false)
	if want <= 0 {
		return -1
	}
	return f.periodColumnCell(rt, want)
}

// periodColumnCell returns the first candidate of row rt's column whose
// header names a period of want hours, when that column alone does and
// another column's header names another period, or -1 (periodCellOf).
func (f *spanFacts) periodColumnCell(rt *rowTable, want int) int {
	at, other := -1, false
	for col := 1; col < len(rt.header); col++ {
		header := strings.Fields(strings.ToLower(rt.header[col]))
		h := periodHours(len(header), func(i int) string { return header[i] }, true)
		if h <= 0 {
			continue
		}
		i := f.firstCellIn(col)
		switch {
		case i < 0:
		case h == want && at < 0:
			at = i
		case h == want:
			return -1 // two columns of the period asked
		default:
			other = true
		}
	}
	if !other {
		return -1
	}
	return at
}

// periodHours returns how many hours the period of time named by the n
// words that word(0) to word(n-1) give lasts: a unit of [unithours]
// ("week"), or a word of [ratewords] ("weekly") for its unit, times the
// number right before it ("1 day", "seven days"; one unit after "a",
// "one" or "per", or with nothing before it); 0 when the words name no
// period, and -1 when they name two of different lengths. With bare
// false, a unit with no number, article or "per" before it names no
// period: a question's "min hours to charter" asks how long, not the
// price per hour, where a header's "Week" names its column's period.
func periodHours(n int, word func(i int) string, bare bool) int {
	l := spanWords()
	found := 0
	for i := range n {
		w := word(i)
		k := 0
		if u, ok := l.rateWords[w]; ok {
			w, k = u, 1
		}
		u := l.unitHours[w]
		if u == 0 {
			continue
		}
		if i > 0 && k == 0 {
			p := word(i - 1)
			if v, err := strconv.Atoi(p); err == nil && v > 0 {
				k = v
			} else if v := smallNumbers[p]; v > 0 {
				k = int(v)
			} else if l.rateOpeners[p] || p == "one" || p == "an" {
				k = 1
			}
		}
		if k == 0 && bare {
			k = 1
		}
		if k == 0 {
			continue
		}
		if found > 0 && found != k*u {
			return -1
		}
		found = k * u
	}
	return found
}

// headerOwnMass returns the weight, over the question's, of the question
// words that the header of table cell c holds and no cell of its row
// does: a word the row holds names the row (rowKeyCell), and a header
// that matches it by an alternative ("Office" for the "officer" of "Lab
// Manager and Safety Officer" in "lab safety officer") says nothing of
// the column asked for.
func (f *spanFacts) headerOwnMass(c *spanCand) float64 {
	rt := f.ix.rowTableOf(c.sent)
	if int(c.cell) >= len(rt.headerCols) {
		return 0
	}
	m := f.sc.termsIn(rt.headerCols[c.cell])
	for _, terms := range rt.cells {
		for in := f.sc.termsIn(terms); in != 0; in &= in - 1 {
			m &^= f.sc.wordSpan[bits.TrailingZeros64(in)&(maxQueryTerms-1)]
		}
	}
	return f.sc.massOf(m) / f.total
}

// titledName returns the candidate that a who-the question's title names
// ("who is the chinese vice premier": the name right after "Chinese Vice
// Premier"), or -1: a capitalised name right after two or more of the
// question's words in a row, with none of them inside.
func (f *spanFacts) titledName() int {
	if f.qc != qcWhoThe {
		return -1
	}
	for i := range f.w.cands {
		c := &f.w.cands[i]
		s := f.sentence(c)
		if c.prev || c.kind.answerType() != TypePerson || c.a < 2 || breaks(s[c.a].gap) || breaks(s[c.a-1].gap) ||
			s[c.a-1].qword < 0 || s[c.a-2].qword < 0 || !s[c.a].cap || stretch(s, c.a, c.b).q > 0 {
			continue
		}
		return i
	}
	return -1
}

// spanPick is the span model's choice in one sentence.
type spanPick struct {
	text string
	// p is the probability that it is right.
	p float64
	// typed is the phrase typed at Build it is, or nil.
	typed *phrase
	// kind is the kind of the candidate picked.
	kind spanKind
}

// spanFor runs the span model on sentence s for q and returns its pick;
// the pick's text is "" when the sentence has no candidate.
func (ix *Index) spanFor(q *Question, sc *scratch, s int32, total float64) spanPick {
	f := ix.spanSentences(q, sc, s, total)
	w := f.w
	best, second := -1, -1
	for i, v := range w.scores {
		switch {
		case best < 0 || v > w.scores[best]:
			best, second = i, best
		case second < 0 || v > w.scores[second]:
			second = i
		}
	}
	if best < 0 || math.IsInf(w.scores[best], -1) {
		return spanPick{}
	}
	c := &w.cands[best]
	pick := spanPick{text: f.pickText(c), kind: c.kind}
	if c.typed >= 0 && !c.prev {
		pick.typed = &ix.sents[c.sent].phrases[c.typed]
	}
	w.top = ix.spanTopOf(f, best, second)
	pick.p = ix.spanModelOf().confidence(&w.top, sc)
	return pick
}

// timeUnitEnd returns the end (a token index) of the time unit a number
// candidate of one word answers with, or 0: a number of time units is no
// length of time without its unit ("4" of "at least 4 weeks ahead" answers
// as "4 weeks"; durationUnitEnd), and for a question that asks a time
// ("how long", "how soon", "how fast") a count with a word between that
// qualifies the unit answers with both ("5" of "within 5 working days" as
// "5 working days"; modifiedUnitEnd). Not when the question counts a thing
// of its own (a focus, "how many nominations") or asks an age, given as the
// number ("how old": "15"), nor a unit joined by a hyphen, which modifies a
// noun after it ("a 15-minute break").
func (f *spanFacts) timeUnitEnd(c *spanCand) int32 {
	if c.b-c.a != 1 || f.q.focus >= 0 || asksAge(f.q) {
		return 0
	}
	s := f.sentence(c)
	var b int32
	switch {
	case c.kind == kindDuration:
		b = durationUnitEnd(s, c.a)
	case c.kind == kindCount && (f.q.duration || f.q.quantities&quantityTime != 0):
		b = modifiedUnitEnd(s, c.a)
	}
	if b == 0 || f.ix.sents[c.sent].text[s[c.a].end:s[c.a+1].start] != " " {
		return 0
	}
	return b
}

// pickText is the text of the chosen candidate c as the answer gives it:
// its words, moved at either edge by the boundary extensions of
// pickExtensions, in the table's order, and cut of any bracket it does
// not close (closeBrackets).
func (f *spanFacts) pickText(c *spanCand) string {
	text := f.ix.sents[c.sent].text
	e := &f.w.edit
	*e = pickEdit{f: f, c: c, text: text, start: int(c.start), end: int(c.end), last: c.b}
	exts := pickExtensionsOf[c.kind]
	ended := noPickGroup // the exclusive group that an extension has ended
	for i := range exts {
		x := &exts[i]
		if x.group == ended || x.when != nil && !x.when(e) {
			continue
		}
		if x.move(e) && x.group != 0 {
			ended = x.group
		}
	}
	return strings.TrimSpace(text[e.start:closeBrackets(text, e.start, e.end)])
}

// pickEdit is the answer's text while pickText's extensions move its
// edges: candidate c's sentence text and the pick's byte bounds in it.
type pickEdit struct {
	f          *spanFacts
	c          *spanCand
	text       string
	start, end int
	// last is the token after the pick's last word, while end is a
	// token's end (codeListEnd moves it with end).
	last int32
}

// lastToken returns the token of sentence s after the pick's last word,
// the extensions' moves of its end included, and whether the pick ends
// at a token's end.
func (e *pickEdit) lastToken(s []spanTok) (int32, bool) {
	last := e.c.b
	for last < int32(len(s)) && int(s[last-1].end) < e.end {
		last++
	}
	return last, int(s[last-1].end) == e.end
}

// askedNameKinds are the candidate kinds askedNameAfter and
// askedNameWithin apply to: any but numbers, dates and times, which name
// nothing.
var askedNameKinds = pickAnyKind &^ (pickNumberKind | pickDateKind | kindBits(kindTime))

// asksNamedThing is the condition of askedNameAfter and askedNameWithin:
// the question asks for a thing by a noun ("what French composer").
func asksNamedThing(e *pickEdit) bool { return len(e.f.q.asked) > 0 }

// toAskedName is the move of askedNameAfter and askedNameWithin: when the
// pick ends at a token's end, it becomes the tokens a to b that find
// gives for the pick's sentence s and the token after its last word
// (lastToken), unless a == b. It never ends pickText's extensions.
func (e *pickEdit) toAskedName(find func(s []spanTok, last int32) (a, b int32)) bool {
	s := e.f.sentence(e.c)
	if last, ok := e.lastToken(s); ok {
		if a, b := find(s, last); a < b {
			e.setTokens(a, b)
		}
	}
	return false
}

// setTokens makes the pick tokens a to b of c's sentence.
func (e *pickEdit) setTokens(a, b int32) {
	s := e.f.sentence(e.c)
	e.start, e.end = int(s[a].start), int(s[b-1].end)
}

// pickExtension is one boundary extension of pickText: a rule that moves
// the start or the end of the pick to give the answer as the question
// asks it.
type pickExtension struct {
	name string
	// kinds is the set of candidate kinds it applies to, a bit per
	// spanKind (kindBits).
	kinds uint32
	// when is the rest of its condition, on the question, the candidate
	// or the pick so far; nil is always.
	when func(e *pickEdit) bool
	// move moves the pick's start or end, and reports whether that ends
	// the extension's exclusive group.
	move func(e *pickEdit) bool
	// group is the exclusive group it belongs to, or 0: of the entries of
	// one group, which follow one another in the table, those after the
	// first whose move reports true are skipped.
	group uint8
}

// kindBits is the set of kinds ks as pickExtension.kinds reads it.
func kindBits(ks ...spanKind) uint32 {
	var m uint32
	for _, k := range ks {
		m |= 1 << k
	}
	return m
}

// The candidate kinds of pickExtensions' entries, by the answer type a
// kind can be (spanKind.answerType).
var (
	pickAnyKind    = uint32(1)<<numSpanKinds - 1
	pickNumberKind = kindBits(kindCount, kindMoney, kindPercent, kindDuration, kindOrdinal)
	pickDateKind   = kindBits(kindDate, kindYear)
	pickPersonKind = kindBits(kindName, kindProper)
)

// noPickGroup is no exclusive group of pickExtensions: the group that
// pickText has ended while none has.
const noPickGroup = ^uint8(0)

// groupTypedEnd is the exclusive group of the extensions by answer type
// that pickExtensions runs first: the first of them that moves the pick
// ends the group, and askedEnd, its last, moves the pick that no other
// has ended.
const groupTypedEnd = 1

// pickExtensions are pickText's boundary extensions, in the order they
// run; each entry's comment says what it does, with an example.
var pickExtensions = []pickExtension{
	// A table cell of several conjuncts, one of which alone holds the
	// question's words and says more than them, gives that conjunct
	// ("closed Sunday" of the cell "Monday to Friday 7.30am to 6pm,
	// Saturday 8am to 4pm, closed Sunday" for "is it open on sundays"),
	// as ownSegment picks the conjunct of running text; cellConjunct says
	// when. A question that names two things joined by "and" or "or", or
	// asks for things by a plural noun, asks for the whole cell.
	{name: "cellConjunct", kinds: pickAnyKind,
		when: func(e *pickEdit) bool { return e.c.cell >= 0 && !e.c.prev && !e.f.joinsTwo && !e.f.plural },
		move: func(e *pickEdit) bool {
			if a, b := e.f.cellConjunct(e.c); a < b {
				e.setTokens(a, b)
				e.start -= signBefore(e.text, e.start) // "£60", not "60"
				e.last = b
			}
			return false
		}},
	// A table cell that opens with what the asked abbreviation stands
	// for gives only that ("friendly local game store" of the cell
	// "friendly local game store: the independent shops ..." for "FLGS").
	{name: "spelledEnd", kinds: pickAnyKind,
		when: func(e *pickEdit) bool { return e.c.cell >= 0 && e.f.abbreviation != "" },
		move: func(e *pickEdit) bool {
			if b := e.f.spelledEnd(e.c, e.f.sentence(e.c)); b > e.c.a && b < e.c.b {
				e.end = int(e.f.sentence(e.c)[b-1].end)
			}
			return false
		}},
	// A date, a clock time or a number that is one end of a range gives
	// the whole range ("1358 to 1425" of "from 1358 to 1425" for "when
	// was Nanjing the largest city", "1-2 %" of "maybe 1-2 %");
	// rangeEnds says when.
	{name: "rangeEnds", kinds: pickDateKind | kindBits(kindTime) | pickNumberKind,
		when: func(e *pickEdit) bool { return e.start == int(e.c.start) && e.end == int(e.c.end) },
		move: (*pickEdit).rangeEnds},
	// A number goes with the word the question counts when that follows
	// ("how many times" -> "four times", not "four").
	{name: "countedEnd", kinds: pickNumberKind, group: groupTypedEnd,
		move: func(e *pickEdit) bool {
			end := e.f.ix.countedEnd(e.f.q, e.f.sc, e.text, e.end, false)
			return e.moveEnd(end)
		}},
	// A number of time units goes with its unit ("4 weeks", not "4";
	// durationUnitEnd), and for a question that asks a time also across
	// one word that qualifies the unit ("5 working days";
	// modifiedUnitEnd).
	{name: "timeUnitEnd", kinds: pickNumberKind, group: groupTypedEnd,
		move: func(e *pickEdit) bool { return e.moveEndToken(e.f.timeUnitEnd(e.c)) }},
	// A number alone takes the partitive of the first or second person
	// after it ("412 of you", "five of our parks").
	{name: "partitiveEnd", kinds: kindBits(kindCount), group: groupTypedEnd,
		when: func(e *pickEdit) bool { return e.c.b-e.c.a == 1 },
		move: func(e *pickEdit) bool { return e.moveEnd(e.f.partitiveEnd(e.text, e.end)) }},
	// An amount of money alone takes the rate "for each" thing after it
	// ("£60 for each week").
	{name: "rateEachEnd", kinds: kindBits(kindMoney), group: groupTypedEnd,
		when: (*pickEdit).endsOnNumber,
		move: func(e *pickEdit) bool { return e.moveEndToken(rateEachEnd(e.f.sentence(e.c), e.c.b)) }},
	// A percentage alone takes the word after it that makes it a cut
	// of a price ("20% off", [shareoffs]), as an amount takes its rate:
	// "20%" alone says a share of something the answer leaves unsaid.
	{name: "shareOffEnd", kinds: kindBits(kindPercent), group: groupTypedEnd,
		when: func(e *pickEdit) bool { return e.end == int(e.f.sentence(e.c)[e.c.b-1].end) },
		move: func(e *pickEdit) bool { return e.moveEndToken(shareOffEnd(e.f.sentence(e.c), e.c.b)) }},
	// A span of years gives the year of the birth or the death asked
	// ("1711" of "1711–1776" for "when was Hume born").
	{name: "lifeYear", kinds: pickDateKind, group: groupTypedEnd,
		move: func(e *pickEdit) bool { return e.moveSpan(lifeYear(e.f.q, e.text, e.start, e.end)) }},
	// A span of years whose question names one end gives the other end
	// ("1912" of "1907–1912" for "the kites were flown from 1907 to
	// what year").
	{name: "otherEndYear", kinds: pickDateKind, group: groupTypedEnd,
		move: func(e *pickEdit) bool { return e.moveSpan(otherEndYear(e.f.q, e.text, e.start, e.end)) }},
	// A date gives only its year to a question that asks for the year
	// ("1830" of "November 1830" for "in what year").
	{name: "yearOf", kinds: pickDateKind, group: groupTypedEnd,
		when: func(e *pickEdit) bool { return e.f.q.asksYear() },
		move: func(e *pickEdit) bool {
			e.start, e.end = yearOf(e.text, e.start, e.end)
			return true
		}},
	// A date drops its year for a question that asks the month and day
	// and not the year ("June 4" of "June 4, 1989").
	{name: "yearDropEnd", kinds: pickDateKind, group: groupTypedEnd,
		when: func(e *pickEdit) bool { return e.f.q.asksMonthDay() },
		move: func(e *pickEdit) bool {
			e.end = yearDropEnd(e.text, e.start, e.end)
			return false
		}},
	// A day takes the clock time before "on" ("17:00 on the Monday").
	{name: "timeBeforeDay", kinds: pickDateKind, group: groupTypedEnd,
		move: func(e *pickEdit) bool {
			e.start = timeBeforeDay(&e.f.ix.sents[e.c.sent], e.f.q, e.start)
			return false
		}},
	// A day takes the clock time after it and its time zone ("Monday at
	// 10:00 Lisbon time").
	{name: "dayTimeEnd", kinds: pickDateKind, group: groupTypedEnd,
		move: func(e *pickEdit) bool {
			end := dayTimeEnd(&e.f.ix.sents[e.c.sent], e.f.q, e.end)
			if end == e.end {
				return false
			}
			e.end = timeZoneEnd(e.text, end)
			return true
		}},
	// A clock-time range takes the second range joined to it by "and"
	// ("10:00–13:00 and 15:00–17:00").
	{name: "rangePairEnd", kinds: kindBits(kindTime), group: groupTypedEnd,
		move: func(e *pickEdit) bool {
			e.end = rangePairEnd(&e.f.ix.sents[e.c.sent], e.f.q, e.start, e.end)
			return false
		}},
	// A clock time takes its time zone and the day after "on" ("17:00 on
	// the Monday").
	{name: "clockTimeEnd", kinds: kindBits(kindTime), group: groupTypedEnd,
		move: func(e *pickEdit) bool {
			e.end = clockTimeEnd(&e.f.ix.sents[e.c.sent], e.f.q, e.end)
			return false
		}},
	// Any pick no typed extension has ended takes the words right after
	// it that name the thing the question asks for ("Romantic era" of
	// "the Romantic era" for "what era").
	{name: "askedEnd", kinds: pickAnyKind, group: groupTypedEnd,
		move: func(e *pickEdit) bool {
			e.end = askedEnd(e.f.q, e.text, e.start, e.end)
			return false
		}},
	// A date answering how long keeps the word right before it that
	// makes it an end of a span of time ([rangefrom], [rangeto]): "since
	// 2004" of "a member of the European Union since 2004" for "how long
	// has it been a member", where "2004" alone answers when.
	{name: "spanEndStart", kinds: pickDateKind,
		when: func(e *pickEdit) bool { return e.f.q.duration },
		move: (*pickEdit).spanEndStart},
	// A number keeps its minus sign ("−2.8" of "a record low of −2.8 °C").
	{name: "minusStart", kinds: pickNumberKind,
		move: func(e *pickEdit) bool {
			e.start = minusStart(e.text, e.start)
			return false
		}},
	// A number keeps the degrees after it ("−2.8 °C", "30°").
	{name: "degreeEnd", kinds: pickNumberKind,
		move: func(e *pickEdit) bool {
			e.end = degreeEnd(e.text, e.end)
			return false
		}},
	// A day takes the words that make it a day of each month ("the
	// first Monday of each month"), then the clock time and time zone
	// after those (dayTimeEnd, timeZoneEnd).
	{name: "monthlyEnd", kinds: pickAnyKind,
		move: func(e *pickEdit) bool {
			st := &e.f.ix.sents[e.c.sent]
			if end := monthlyEnd(st, e.f.q, e.end); end != e.end {
				e.end = timeZoneEnd(e.text, dayTimeEnd(st, e.f.q, end))
			}
			return false
		}},
	// A side of a score or a share written as "N out of M" gives the
	// whole of it, for a question with no focus ("60" of "60 out of 100"
	// gives "60 out of 100").
	{name: "outOf", kinds: pickAnyKind,
		when: func(e *pickEdit) bool { return e.f.q.focus < 0 },
		move: func(e *pickEdit) bool {
			e.start, e.end = outOf(e.text, e.start, e.end)
			return false
		}},
	// A name keeps the ordinal before it ("fifth Dalai Lama" of "the
	// fifth Dalai Lama").
	{name: "ordinalStart", kinds: pickPersonKind,
		move: func(e *pickEdit) bool {
			e.start = ordinalStart(e.text, e.start)
			return false
		}},
	// A name keeps the lower-case part joined by a hyphen to its last
	// word ("Chiang Kai-shek", not "Chiang Kai").
	{name: "hyphenNameEnd", kinds: pickPersonKind,
		move: func(e *pickEdit) bool {
			e.end = hyphenNameEnd(e.text, e.start, e.end)
			return false
		}},
	// The answer to a yes/no question, and any answer that is no typed
	// phrase, keeps the negation before it ("not supported" of "Siri is
	// not supported").
	{name: "negationStart", kinds: pickAnyKind,
		when: func(e *pickEdit) bool {
			return e.f.q.polar || e.c.kind == kindPhrase || e.c.kind == kindClause
		},
		move: func(e *pickEdit) bool {
			e.start = negationStart(e.text, e.start)
			return false
		}},
	// A pick that opens with the last word of a bound of several words
	// takes the whole bound ("least 24 hours" of "at least 24 hours"):
	// half of it misreads.
	{name: "boundWhole", kinds: pickAnyKind,
		move: func(e *pickEdit) bool {
			e.start = boundWhole(e.text, e.start)
			return false
		}},
	// A number asked as a limit, or picked from a sentence that states a
	// rule, keeps its bound ("up to three months", "at least 21 days";
	// asksLimit, statesLimit).
	{name: "boundStart", kinds: kindBits(kindCount, kindMoney, kindPercent, kindDuration),
		when: func(e *pickEdit) bool { return asksLimit(e.f.q) || statesLimit(e.text) },
		move: func(e *pickEdit) bool {
			e.start = boundStart(e.text, e.start)
			return false
		}},
	// The thing one of two counted items counts gives the pair, for a
	// question that does not ask how many ("two backend engineers and
	// one SRE" for "SRE").
	{name: "countedPair", kinds: pickAnyKind &^ pickNumberKind,
		when: func(e *pickEdit) bool { return e.f.q.Type != TypeNumber && !e.c.prev },
		move: func(e *pickEdit) bool {
			if a, b := e.f.countedPair(e.c); a < b {
				e.setTokens(a, b)
			}
			return false
		}},
	// A run of codes of one shape that more of them and a last item
	// follow gives the whole list, for a question that does not ask how
	// many ("B2.14, B2.16 and the blood bank"), of a candidate of running
	// text.
	{name: "codeListEnd", kinds: pickAnyKind,
		when: func(e *pickEdit) bool { return e.f.q.Type != TypeNumber && e.c.cell < 0 && !e.c.prev },
		move: func(e *pickEdit) bool {
			if b := e.f.codeListEnd(e.c); b > e.c.b {
				e.end = int(e.f.sentence(e.c)[b-1].end)
				e.last = b
			}
			return false
		}},
	// A phrase naming people by their role, for a who question, gives
	// the pair of such phrases joined by "and" ("the directors and the
	// office manager").
	{name: "rolePair", kinds: kindBits(kindPhrase),
		when: func(e *pickEdit) bool { return e.f.q.Type == TypePerson && !e.c.prev },
		move: func(e *pickEdit) bool {
			if a, b := e.f.rolePair(e.c); a < b {
				e.setTokens(a, b)
			}
			return false
		}},
	// A name drops its possessive ("Taylor Swift's" -> "Taylor Swift"),
	// and a plural possessive, for a question that does not ask who,
	// takes the nouns it owns (possessedEnd).
	{name: "possessiveEnd", kinds: pickAnyKind, move: (*pickEdit).possessiveEnd},
	// A pick that opens with a naming verb gives the name after it to a
	// question that asks a name ("mutants" of "called mutants").
	{name: "namingStart", kinds: pickAnyKind,
		move: func(e *pickEdit) bool {
			e.start = namingStart(e.f.q, e.text, e.start, e.end)
			return false
		}},
	// A pick that ends on the noun a "what" or "which" question asks
	// for gives the name that follows it ("Pop Idol" of "the British
	// show Pop Idol" for what British show, "Austin Powers in
	// Goldmember" of "the comedy film, Austin Powers in Goldmember");
	// askedNameAfter says when.
	{name: "askedNameAfter", kinds: askedNameKinds, when: asksNamedThing,
		move: func(e *pickEdit) bool {
			return e.toAskedName(func(s []spanTok, last int32) (a, b int32) { return askedNameAfter(e.f.q, s, last) })
		}},
	// A pick that holds the noun a "what" or "which" question asks for
	// and ends with the name right after it gives the name alone
	// ("Georges Bizet" of "French composer Georges Bizet" for what French
	// composer wrote Carmen): askedNameAfter as the entry before, when
	// the model's pick already runs over the name.
	{name: "askedNameWithin", kinds: askedNameKinds, when: asksNamedThing,
		move: func(e *pickEdit) bool {
			return e.toAskedName(func(s []spanTok, last int32) (a, b int32) {
				first := last - 1
				for first > 0 && int(s[first-1].start) >= e.start {
					first--
				}
				return askedNameWithin(e.f.q, s, first, last)
			})
		}},
	// An option or a path keeps the mark that opens it
	// ("--trace-children=yes", "./node_modules/full-icu").
	{name: "optionStart", kinds: pickAnyKind,
		move: func(e *pickEdit) bool {
			e.start = optionStart(e.text, e.start)
			return false
		}},
	// The answer to a yes/no question that names no two things joined
	// by "and" or "or" (spanFacts.siblings: not "is it right-handed or
	// left-handed", which asks for one of them) that opens what the
	// sentence says of the question's subject (predicateVerb) keeps the
	// verbs before it when they hold a modal ([modals]), which turns the
	// sense as a negation does, and no entry before has moved the pick's
	// start elsewhere: "can be covered by Housing Benefit" of "Most
	// service charges can be covered by Housing Benefit", "MUST NOT trust
	// a file"; a copula alone stays out ("free" of "Seat reservations are
	// free").
	{name: "predicateVerbStart", kinds: pickAnyKind,
		when: func(e *pickEdit) bool { return e.f.siblings && e.c.cell < 0 },
		move: func(e *pickEdit) bool {
			s := e.f.sentence(e.c)
			v := predicateVerb(s, e.c.a)
			if v < 0 || e.start < int(s[v].start) || e.start > int(e.c.start) {
				return false
			}
			modals := spanWords().modals
			if slices.ContainsFunc(s[v:e.c.a], func(t spanTok) bool { return modals[t.word] }) {
				e.start = int(s[v].start)
			}
			return false
		}},
	// A pick that runs across two values of the type asked, each with
	// the words that say what it is for, joined by a coordinator ("$500
	// for a first offence and $2,000" of "... and $2,000 for repeat
	// offences", "each weekday night and £95" of "£48 for each weekday
	// night and £95 for each weekend day"), gives the value whose words
	// the question names where the two differ (askedConjunct, by
	// parallel's contrast): "$2,000" for repeat offender fine, "£95" for
	// standby pay for a weekend day; a question that names two things
	// joined by "and" or "or", or asks for things by a plural noun
	// (spanFacts.plural), asks for both and keeps the pick ("2% strength
	// and 75 degrees" for caustic strength and temp, "two golds and two
	// silvers" for what medals did he win).
	{name: "askedConjunct", kinds: pickAnyKind,
		when: func(e *pickEdit) bool { return e.c.cell < 0 && !e.f.joinsTwo && !e.f.plural },
		move: func(e *pickEdit) bool {
			if start, end, ok := e.f.askedConjunct(e.c); ok {
				e.start, e.end = int(start), int(end)
			}
			return false
		}},
}

// cellConjunct returns the tokens of the conjunct of table cell c that
// answers on its own, the cell cut at its commas and at a coordinator
// ([coordinators] of spanwords.txt) that a number, a date or a time
// typed at Build follows (AnswerType.isValue: "A free eye test every two
// years and £60 towards glasses"; not "the length and reason of the
// delay", one noun phrase), never inside a
// typed phrase ("March 5, 2026"): c holds more than one conjunct, that
// one alone holds any of the question's own words, it holds a content
// word that is none of them, and, for a question that asks for a type
// of answer, a phrase of that type. It returns a == b when there is
// none.
func (f *spanFacts) cellConjunct(c *spanCand) (a, b int32) {
	s := f.sentence(c)
	phrases := f.ix.sents[c.sent].phrases
	// cut reports whether a conjunct of c opens at token i.
	cut := func(i int32) bool {
		if slices.ContainsFunc(phrases, func(p phrase) bool { return p.start < s[i].start && p.end > s[i-1].end }) {
			return false
		}
		return s[i].gap == gapComma || s[i].class&swCoordinator != 0 && i+1 < c.b && valueAfter(phrases, s, i) >= 0
	}
	found := false
	for lo := c.a; lo < c.b; {
		hi := lo + 1
		for hi < c.b && !cut(hi) {
			hi++
		}
		if slices.ContainsFunc(s[lo:hi], func(t spanTok) bool { return t.qword >= 0 && f.sc.ownTerm(t.term) }) {
			if found {
				return 0, 0
			}
			a, b, found = lo, hi, true
		}
		lo = hi
		if lo < c.b && s[lo].class&swCoordinator != 0 {
			lo++
		}
	}
	if !found || a == c.a && b == c.b ||
		!slices.ContainsFunc(s[a:b], func(t spanTok) bool { return t.content && t.qword < 0 }) {
		return 0, 0
	}
	if f.q.Type != TypeNone && !slices.ContainsFunc(phrases, func(p phrase) bool {
		return p.start < s[b-1].end && s[a].start < p.end && f.q.fit(p.kind) >= 1
	}) {
		return 0, 0
	}
	return a, b
}

// pickExtensionsOf are pickExtensions by candidate kind: the entries
// whose kinds hold it, in the table's order, so that pickText reads only
// those.
var pickExtensionsOf = func() (by [numSpanKinds][]pickExtension) {
	for k := range spanKind(numSpanKinds) {
		for _, x := range pickExtensions {
			if x.kinds&(1<<k) != 0 {
				by[k] = append(by[k], x)
			}
		}
	}
	return by
}()

// moveEnd sets the pick's end to end and reports whether that moved it.
func (e *pickEdit) moveEnd(end int) bool {
	if end == e.end {
		return false
	}
	e.end = end
	return true
}

// moveSpan sets the pick to the bytes start to end and reports whether
// that moved it.
func (e *pickEdit) moveSpan(start, end int) bool {
	if start == e.start && end == e.end {
		return false
	}
	e.start, e.end = start, end
	return true
}

// moveEndToken sets the pick's end to that of the token before b when b
// is above 0 (a token index; 0 is none) and reports whether it did.
func (e *pickEdit) moveEndToken(b int32) bool {
	if b <= 0 {
		return false
	}
	e.end = int(e.f.sentence(e.c)[b-1].end)
	return true
}

// endsOnNumber says whether the pick ends where the candidate's last
// word does and that word is a number (rateEachEnd's "£60").
func (e *pickEdit) endsOnNumber() bool {
	s := e.f.sentence(e.c)
	return s[e.c.b-1].num && e.end == int(s[e.c.b-1].end)
}

// spanEndStart moves the pick's start back to the word right before it
// when that is a word of [rangefrom] or [rangeto] ("since", "until") with
// no mark between, and the pick still starts where the candidate does.
func (e *pickEdit) spanEndStart() bool {
	s, a := e.f.sentence(e.c), e.c.a
	if a == 0 || e.start != int(s[a].start) || s[a].gap != gapNone {
		return false
	}
	w := spanWords()
	if prev := s[a-1].word; w.rangeFrom[prev] || w.rangeTo[prev] {
		e.start = int(s[a-1].start)
	}
	return false
}

// rangeEnds moves the pick, a date, a clock time or a number, to the
// whole range it is one end of: the other end joined to it by a word of
// [rangeto] ("to", "until", "through"), by "and" after "between", or by a
// dash ("1962 - 1965", "1-2 %"). The other end is a run of words of a
// date or time typed at Build, or a number, with nothing between them
// ("16 to 28 August", "10 a.m. to noon"). Not for a question that asks
// one end: the start or the end of something ([rangestart],
// [rangeend]), a birth or a death, a year or a month and day by name,
// nor one that names either end; nor for a number that a word of
// [rangefrom] opens ("rose from 4,600 to 75,000"), a change rather than
// a range.
func (e *pickEdit) rangeEnds() bool {
	f, c := e.f, e.c
	q := f.q
	number := c.kind.answerType() == TypeNumber
	if !number && q.rangeStart|q.rangeEnd != 0 {
		return false
	}
	s := f.sentence(c)
	sw := spanWords()
	text := e.text
	// end reports whether token k may be a word of the other end: a
	// number that is no year for a number, a word of a date or time or a
	// number for a date or time ("from $2.5 billion in 2006 to [$2.9
	// billion]" is no range).
	end := func(k int32) bool {
		if number {
			return s[k].num && !isYear(s[k].word)
		}
		return s[k].dated || s[k].num
	}
	// joinWord reports whether token j, a word, joins the end that closes
	// before it to the one after; first is the first token of the end
	// before.
	joinWord := func(j, first int32) bool {
		w := s[j].word
		if s[j].gap != gapNone {
			return false
		}
		if w == "and" {
			return first > 0 && s[first-1].word == "between" || !number && q.span
		}
		return sw.rangeTo[w]
	}
	// joinDash reports whether a dash alone joins token j-1 to token j:
	// with no space for a number ("60-70%"), with spaces or none between
	// words of dates or times ("1962 - 1965"), as a spaced dash between
	// numbers more often sets a clause apart.
	joinDash := func(j int32) bool {
		if s[j-1].end > s[j].start {
			return false // parts the tokenizer read of one word overlap
		}
		g := text[s[j-1].end:s[j].start]
		if dash(g) {
			return true
		}
		return !number && s[j-1].dated && s[j].dated && dash(strings.TrimSpace(g))
	}
	a, b := c.a, c.b
	named := func(a, b int32) bool {
		for k := a; k < b; k++ {
			if s[k].qword >= 0 {
				return true
			}
		}
		return false
	}
	switch {
	case b+1 < int32(len(s)) && joinWord(b, a) && !breaks(s[b+1].gap) && end(b+1):
		k := b + 1
		for k+1 < int32(len(s)) && !breaks(s[k+1].gap) && end(k+1) && !number {
			k++
		}
		if named(b+1, k+1) || number && a > 0 && sw.rangeFrom[s[a-1].word] {
			return false
		}
		b = k + 1
	case b < int32(len(s)) && joinDash(b) && end(b):
		if named(b, b+1) {
			return false
		}
		b++
	case a >= 1 && joinDash(a) && end(a-1):
		if named(a-1, a) {
			return false
		}
		a--
	case a >= 2 && s[a].gap == gapNone && end(a-2) && !breaks(s[a-1].gap):
		k := a - 2
		for k > 0 && !breaks(s[k].gap) && end(k-1) && !number {
			k--
		}
		if !joinWord(a-1, k) || named(k, a-1) || number && k > 0 && sw.rangeFrom[s[k-1].word] {
			return false
		}
		a = k
	default:
		return false
	}
	// A run of date words that a colon cuts is part of a clock time
	// ("15" of "10:00–13:00 and 15:00"), no end.
	if b > c.b && b < int32(len(s)) && s[b].dated && s[b].gap == gapColon {
		return false
	}
	// The question's words are read last, for the few picks that are an
	// end of a range.
	l := questionWords()
	if named(c.a, c.b) || !number && (q.asksYear() || q.asksMonthDay()) ||
		q.holdsAnyWord(l.birthWords) || q.holdsAnyWord(l.deathWords) {
		return false
	}
	// A range joined by "and" keeps the "between" that makes it one
	// ("between 1550 and 1900"), unless the question says it.
	if a > 0 && s[a-1].word == "between" && s[a-1].gap == gapNone && (b > c.b && s[c.b].word == "and" || a < c.a && s[c.a-1].word == "and") &&
		!slices.ContainsFunc(q.toks, func(t token) bool { return t.text == "between" }) {
		a--
	}
	if a < c.a {
		e.start = int(s[a].start)
	}
	if b > c.b {
		e.end = int(s[b-1].end)
		e.last = b
	}
	return false
}

// possessiveEnd moves the pick's end by possessiveEnd, giving it the
// nouns a plural possessive owns (possessedEnd) for a pick of no number
// that still ends where a token does, for a question that does not ask
// who (which asks for the possessor).
func (e *pickEdit) possessiveEnd() bool {
	f, c := e.f, e.c
	var owned func(from int) int
	if f.q.Type != TypePerson && c.kind.answerType() != TypeNumber && e.end == int(f.sentence(c)[e.last-1].end) {
		owned = func(from int) int { return possessedEnd(f.sentence(c), from, e.last) }
	}
	e.end = possessiveEnd(f.q, e.text, e.start, e.end, owned)
	return false
}

// askedNameAfter returns the tokens [a, b) of the name that follows a
// pick ending before token last of s when the pick's last word is, in
// lower case, the last noun of the thing a "what" or "which" question
// asks for (Question.asked): the pick names the kind of thing, and the
// name after it, right after or after a comma, is the thing ("Libération"
// of "The French newspaper Libération" for what French newspaper). The
// name is a run of capitalised words, the words of [namejoiners] between
// two of them, holding a word the question does not; not for a question
// that asks the kind itself ("what type of satellites": [kindof]). It
// returns 0, 0 when there is no such name.
func askedNameAfter(q *Question, s []spanTok, last int32) (a, b int32) {
	w := &s[last-1]
	if w.cap || last >= int32(len(s)) || stemCached(w.word) != q.asked[len(q.asked)-1] || asksKindOf(q.toks) {
		return 0, 0
	}
	if g := s[last].gap; g != gapNone && g != gapComma {
		return 0, 0
	}
	joiners := spanWords().nameJoiners
	end, own := last, false
	for i := last; i < int32(len(s)); i++ {
		t := &s[i]
		if i > last && t.gap != gapNone {
			break
		}
		if !t.cap {
			if i == last || !joiners[t.word] {
				break
			}
			continue
		}
		end = i + 1
		own = own || !slices.ContainsFunc(q.words, func(qw qword) bool { return qw.text == t.word })
	}
	if end == last || !own {
		return 0, 0
	}
	return last, end
}

// askedNameWithin returns the tokens [a, b) of the name that ends a pick
// of tokens [first, last) of s right after the noun a "what" or "which"
// question asks for, inside the pick (askedNameAfter of the token after
// that noun): "Georges Bizet" of "French composer Georges Bizet" for what
// French composer. It returns 0, 0 when there is no such name, or when
// the name does not end the pick.
func askedNameWithin(q *Question, s []spanTok, first, last int32) (a, b int32) {
	for i := last - 1; i > first; i-- {
		// A name opens with a capital after the noun in lower case, as
		// askedNameAfter reads it; the test spares it the noun's stem.
		if !s[i].cap || s[i-1].cap {
			continue
		}
		if a, b := askedNameAfter(q, s, i); a < b && b == last {
			return a, b
		}
	}
	return 0, 0
}

// asksKindOf reports whether the question's "what" or "which" is followed
// by a word of [kindof] and "of" ("what type of music"): it asks for the
// kind, which the words before the noun say.
func asksKindOf(toks []token) bool {
	i := slices.IndexFunc(toks, func(t token) bool { return namesTypeAfter(t.text) })
	return i >= 0 && i+2 < len(toks) && questionWords().kindOf[toks[i+1].text] && toks[i+2].text == "of"
}

// namingStart returns start moved past the naming verb that opens the pick
// text[start:end] ([namingverbs] of spanwords.txt: "called mutants" ->
// "mutants") when words follow it and q asks a name by a word of
// [namingasks] ("what are rare alleles called"), or start: the verb says
// that a name follows and is no part of it.
func namingStart(q *Question, text string, start, end int) int {
	var low [12]byte // the longest naming verb fits; a longer word is none
	sp := strings.IndexByte(text[start:end], ' ')
	if sp <= 0 || sp > len(low) {
		return start
	}
	for i := range sp {
		b := text[start+i]
		if b >= 'A' && b <= 'Z' {
			b += 'a' - 'A'
		}
		low[i] = b
	}
	w := spanWords()
	if !w.namingVerbs[string(low[:sp])] {
		return start
	}
	if !q.holdsAnyWord(w.namingAsks) {
		return start
	}
	return start + sp + 1
}

// degreeEnd returns end moved past the degree sign and its scale that
// follow the number text[:end] ("35.5 °F", "24°C", "−2.8 °C", "30°"), or
// end: a temperature or an angle given without its degrees is a bare
// figure. One space at most between; the scale is one capital that no
// letter follows.
func degreeEnd(text string, end int) int {
	if end == 0 || !isDigitByte(text[end-1]) {
		return end
	}
	e := end
	if e < len(text) && text[e] == ' ' {
		e++
	}
	if !strings.HasPrefix(text[e:], "°") {
		return end
	}
	e += len("°")
	if e < len(text) && text[e] >= 'A' && text[e] <= 'Z' {
		if r, _ := utf8.DecodeRuneInString(text[e+1:]); !unicode.IsLetter(r) {
			e++
		}
	}
	return e
}

// minusStart returns start moved back over the minus sign right before
// the number text[start:] ("−2.8" of "a record low of −2.8 °C"), or
// start: given without it, a figure below zero reads as one above. The
// sign is "−" or "-" with a space, an opening bracket or nothing before
// it, so that a range ("10-20") keeps its second number as it is.
func minusStart(text string, start int) int {
	if start >= len(text) || !isDigitByte(text[start]) {
		return start
	}
	r, size := utf8.DecodeLastRuneInString(text[:start])
	if r != '−' && r != '-' {
		return start
	}
	if b, _ := utf8.DecodeLastRuneInString(text[:start-size]); start-size > 0 && b != ' ' && b != '(' {
		return start
	}
	return start - size
}

// codeListEnd returns the end of the list that candidate c opens when c
// is a run of codes of one shape (codeShape: "B2.14", "B2.16") joined by
// commas and the sentence goes on with more of them and a last item
// after "and" or "or", or c.b: "B2.14" of "There are eyewash stations in
// B2.14, B2.16 and the blood bank" answers where they are as the whole
// list, of which it names one place. Two codes of one shape at least
// make the items alike, where a list of phrases after a preposition may
// be anything ("Italy, the Maurienne in France, ..."); the last item, of
// one to maxListItem words with no mark inside, may be of any shape.
// pickText asks it for a question that does not ask how many, of a
// candidate of running text.
func (f *spanFacts) codeListEnd(c *spanCand) int32 {
	s := f.sentence(c)
	n := int32(len(s))
	// code returns the shape of token i when it is a code and no word of
	// a date or time typed at Build nor an ordinal ("9am", "2nd").
	code := func(i int32) string {
		if s[i].dated || s[i].ordinal {
			return ""
		}
		return codeShape(s[i].word)
	}
	shape := code(c.a)
	if shape == "" {
		return c.b
	}
	j := c.a + 1
	for j < n && s[j].gap == gapComma && code(j) == shape {
		j++
	}
	if j < c.b || j-c.a < 2 {
		return c.b // c holds more than codes, or the run is one code
	}
	if j >= n || s[j].word != "and" && s[j].word != "or" || breaks(s[j].gap) && s[j].gap != gapComma {
		return c.b // no last item
	}
	k := j + 1
	for k < n && k-j <= maxListItem && !breaks(s[k].gap) {
		k++
	}
	if k == j+1 || k < n && !breaks(s[k].gap) {
		return c.b // no last item, or one longer than maxListItem words
	}
	return k
}

// possessedEnd returns the byte end of the noun phrase a plural
// possessive owns when its first word is token b of s, which starts at
// byte from right after the mark and its space (possessionAt), or -1:
// the phrase's nouns, up to maxListItem words with no mark between, none
// a number. A first word in "-ing" that WordNet also has as a verb is
// read as a participle ("enzymes' causing increased breakdown"), which
// owns nothing, and a word of the question is what it asks for, of which
// the possessor is the answer ("the Gelugpas' enemies" for "which enemies
// did he defeat"). pickText gives it to possessiveEnd for a pick of no
// number that ends at token b, for a question that does not ask who
// (which asks for the possessor).
func possessedEnd(s []spanTok, from int, b int32) int {
	n := int32(len(s))
	if b <= 0 || b >= n || int(s[b].start) != from || !s[b].content || s[b].num {
		return -1
	}
	if strings.HasSuffix(s[b].word, "ing") && spanPOS(s[b].word).Has(english.Verb) && !attributiveIng(s, b) {
		return -1 // "enzymes' causing": a participle, no noun owned
	}
	k := b
	for k < n && k-b < maxListItem && (k == b || !breaks(s[k].gap)) && s[k].content && !s[k].num && s[k].qword < 0 && spanPOS(s[k].word).Has(english.Noun) {
		k++
	}
	if k == b {
		return -1
	}
	return int(s[k-1].end)
}

// attributiveIng reports whether token b of s, a word in "-ing", modifies
// the noun right after it, as in "the porters' waiting room": WordNet has
// the word as an adjective too ("waiting", "sleeping", "living"), and the
// next token, with no mark between, is a content word and a noun, no
// number. A participle with an object ("causing breakdown") is no
// adjective to WordNet.
func attributiveIng(s []spanTok, b int32) bool {
	k := b + 1
	return int(k) < len(s) && !breaks(s[k].gap) && s[k].content && !s[k].num &&
		spanPOS(s[b].word).Has(english.Adj) && spanPOS(s[k].word).Has(english.Noun)
}

// codeShape returns the shape of a code word, each letter as "a" and
// each digit as "9" with its other bytes as they are ("b2.14":
// "a9.99"), or "" when w is no code: it needs a letter and a digit.
//
// pickText asks it of the first word of most picks, few of which are
// codes, so it looks for the letter and the digit first and builds the
// shape only for a code: built for every word, it was an allocation an
// answer half the time.
func codeShape(w string) string {
	letter, digit := false, false
	for i := 0; i < len(w) && !(letter && digit); i++ {
		switch ch := w[i]; {
		case ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z':
			letter = true
		case ch >= '0' && ch <= '9':
			digit = true
		}
	}
	if !letter || !digit {
		return ""
	}
	var b strings.Builder
	b.Grow(len(w))
	for i := 0; i < len(w); i++ {
		switch ch := w[i]; {
		case ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z':
			b.WriteByte('a')
		case ch >= '0' && ch <= '9':
			b.WriteByte('9')
		default:
			b.WriteByte(ch)
		}
	}
	return b.String()
}

// rolePair returns the tokens of a pair of noun phrases of one shape
// joined by "and" that name people by their role, when candidate c is one
// of them: "the directors" of "Company credit cards are held by the
// directors and the office manager only" answers who has a card as "the
// directors and the office manager", of which it names one holder. Each
// phrase opens with the same word of [opening] of spanwords.txt ("the")
// and holds one to maxListItem content words in lower case, the last of
// them a noun whose first sense WordNet files under noun.person
// (personNoun: "directors", "manager"), with no mark inside the pair; c
// is one phrase whole. It returns a == b when c is no such phrase.
// pickText asks it for a who question only. Names in capitals are left
// out: two people named in a row ("the Normans and the Franks") are as
// often two answers as one.
func (f *spanFacts) rolePair(c *spanCand) (a, b int32) {
	s := f.sentence(c)
	n := int32(len(s))
	opener := func(i int32) bool { return i < n && s[i].class&swOpening != 0 && !s[i].cap }
	// itemEnd returns the end of the phrase that opens with an opener at
	// i, or i when none does there.
	itemEnd := func(i int32) int32 {
		if !opener(i) {
			return i
		}
		j := i + 1
		for j < n && j-i <= maxListItem && s[j].content && !s[j].cap && !s[j].num && !breaks(s[j].gap) {
			j++
		}
		if j == i+1 || !personNoun(s[j-1].word) {
			return i
		}
		return j
	}
	if itemEnd(c.a) != c.b {
		return 0, 0
	}
	joined := func(e int32) bool {
		return e+1 < n && s[e].word == "and" && !breaks(s[e].gap) && !breaks(s[e+1].gap)
	}
	// The phrase after "and", or the one before it.
	if joined(c.b) && s[c.b+1].word == s[c.a].word {
		if e := itemEnd(c.b + 1); e > c.b+1 {
			return c.a, e
		}
	}
	if c.a >= 3 && joined(c.a-1) {
		for k := c.a - 2; k >= 0 && c.a-1-k <= maxListItem; k-- {
			if opener(k) {
				if s[k].word == s[c.a].word && itemEnd(k) == c.a-1 {
					return k, c.b
				}
				break
			}
		}
	}
	return 0, 0
}

// countedPair returns the tokens of a pair of counted things joined by
// "and" when candidate c is the thing one of them counts: "SRE" of "we are
// hiring two backend engineers and one SRE" answers who is hired as "two
// backend engineers and one SRE", of which "SRE" names one hire. Each
// item is a cardinal (in digits, "one" or a word of smallNumbers) and one to
// maxListItem content words that are no numbers, with no mark inside the
// pair, and c must lie within the counted words of one item. It returns
// a == b when c is no such thing. pickText asks it only for a question
// that does not ask how many, where the number is no part of the answer's
// kind: "how many engineers" takes the count alone.
func (f *spanFacts) countedPair(c *spanCand) (a, b int32) {
	s := f.sentence(c)
	n := int32(len(s))
	// smallNumbers leaves out "one", a pronoun too ("one of them"); before
	// a counted word in a pair it counts.
	cardinal := func(i int32) bool {
		_, ok := smallNumbers[s[i].word]
		return s[i].num || ok || s[i].word == "one"
	}
	counted := func(i int32) bool { return s[i].content && !cardinal(i) && s[i].word != "and" }
	// itemEnd returns the end of the item that opens with a cardinal at
	// i, or i when none does.
	itemEnd := func(i int32) int32 {
		if i >= n || !cardinal(i) {
			return i
		}
		j := i + 1
		for j < n && j-i <= maxListItem && counted(j) && !breaks(s[j].gap) {
			j++
		}
		if j == i+1 {
			return i
		}
		return j
	}
	// The cardinal of the item that holds c: the first token before c
	// that is no counted word.
	k := c.a - 1
	for k >= 0 && c.a-k <= maxListItem && counted(k) && !breaks(s[k+1].gap) {
		k--
	}
	if k < 0 || breaks(s[k+1].gap) {
		return 0, 0
	}
	e := itemEnd(k)
	if e == k || c.b > e {
		return 0, 0
	}
	joined := func(e int32) bool { return e+1 < n && s[e].word == "and" && !breaks(s[e].gap) && !breaks(s[e+1].gap) }
	// The item after "and", or the one before it.
	if joined(e) {
		if e2 := itemEnd(e + 1); e2 > e+1 {
			return k, e2
		}
	}
	if k >= 2 && s[k-1].word == "and" && !breaks(s[k].gap) && !breaks(s[k-1].gap) {
		for k1 := k - 2; k1 >= 0 && k-1-k1 <= maxListItem; k1-- {
			if cardinal(k1) {
				if itemEnd(k1) == k-1 {
					return k1, e
				}
				break
			}
		}
	}
	return 0, 0
}

// partitiveOf joins a number to the group it is a part of: "412 of you".
const partitiveOf = " of "

// partitiveEnd returns where a short answer that is a count ending at
// byte end of text ends when a partitive of the first or second person
// follows it: "of" and a pronoun of [partitivegroups] of spanwords.txt
// ("412 of you replied" -> "412 of you"), or a possessive of
// [partitiveowners] followed by the question's own word ("five of our
// parks" for "how many of our parks"), then the question's own word after
// the pronoun too. The group is the document's own people, whom the
// question names in its own words ("how many people answered the
// survey"): the number alone leaves out of whom it counts. pickText asks
// it only of a number alone: "three quarters of your plot" already says
// what it counts. The words must stand one space apart. It returns end
// when no such partitive follows.
func (f *spanFacts) partitiveEnd(text string, end int) int {
	if !strings.HasPrefix(text[end:], partitiveOf) {
		return end
	}
	at := end + len(partitiveOf)
	rest := text[at:min(len(text), at+2*maxTokenBytes+1)]
	var buf [4]token
	toks := tokenize(rest, buf[:0])
	if len(toks) == 0 || toks[0].start != 0 {
		return end
	}
	w := spanWords()
	group, owner := w.partitiveGroups[toks[0].text], w.partitiveOwners[toks[0].text]
	if !group && !owner {
		return end
	}
	if len(toks) > 1 && rest[toks[0].end:toks[1].start] == " " {
		if id, ok := f.ix.wordTerm(toks[1].text); ok && f.sc.ownTerm(id) {
			return wholeWord(text, at+int(toks[1].end))
		}
	}
	if group {
		return at + int(toks[0].end)
	}
	return end
}

// dayTimeEnd returns where a short answer to a when or what-time
// question that is a date ending at byte end of st's text ends when the
// clock time of that day follows it after "at": "Monday at 10:00" answers
// when a shift starts, where "Monday" alone leaves out the hour. It
// returns end when no such time follows.
func dayTimeEnd(st *sentence, q *Question, end int) int {
	if q.Type != TypeDate && q.Type != TypeTime {
		return end
	}
	const at = " at "
	if !strings.HasPrefix(st.text[end:], at) {
		return end
	}
	for i := range st.phrases {
		if ph := &st.phrases[i]; ph.kind == TypeTime && int(ph.start) == end+len(at) {
			return int(ph.end)
		}
	}
	return end
}

// maxRateThing bounds the words that name the thing an amount is paid
// for after "for each" (rateEachEnd): a noun and the words that modify it
// ("tax year", "night shift worked").
const maxRateThing = 3

// rateEachEnd returns the end (a token index) of the rate an amount of
// money alone (no rate of its own: "£2.40 an hour for every hour
// worked" stays "£2.40 an hour") that ends before token b of s is paid
// at, or 0: a phrase of
// [eachrates] right after it, then one to maxRateThing content words that
// are no numbers, with no mark between, up to the first word that is not
// one ("£60" of "£60 for each week on call" answers as "£60 for each
// week", "£20,000" of "£20,000 each tax year" as "£20,000 each tax
// year"). An amount for each thing is a rate as "£60 a week" is, which the
// candidate's own words hold ("a" may stand inside a phrase, "for each"
// may not), and the amount alone says less than the sentence does.
func rateEachEnd(s []spanTok, b int32) int32 {
	n := int32(len(s))
	for _, rate := range spanWords().eachRates {
		j := b
		for _, w := range rate {
			if j >= n || s[j].word != w || breaks(s[j].gap) {
				j = -1
				break
			}
			j++
		}
		if j < 0 {
			continue
		}
		k := j
		for k < n && k-j < maxRateThing && s[k].content && !s[k].num && !breaks(s[k].gap) {
			k++
		}
		if k > j {
			return k
		}
		return 0
	}
	return 0
}

// shareOffEnd returns the token after a word of [shareoffs] ("off")
// that follows token b-1 of sentence s with no mark between, or 0 when
// none does (shareOffEnd of pickExtensions).
func shareOffEnd(s []spanTok, b int32) int32 {
	if b < int32(len(s)) && spanWords().shareOffs[s[b].word] && !breaks(s[b].gap) {
		return b + 1
	}
	return 0
}

// monthlyEnd returns where a short answer to a when or what-time question,
// ending at end with a day (a typed date: "the first [Monday]"), ends
// when words of [monthly] of spanwords.txt follow it: the day alone names one day, the
// answer a day that comes back each month ("the first Monday of each
// month").
func monthlyEnd(st *sentence, q *Question, end int) int {
	if q.Type != TypeDate && q.Type != TypeTime {
		return end
	}
	for _, m := range spanWords().monthly {
		if !strings.HasPrefix(st.text[end:], m) {
			continue
		}
		for i := range st.phrases {
			if ph := &st.phrases[i]; ph.kind == TypeDate && int(ph.end) == end {
				return end + len(m)
			}
		}
	}
	return end
}

// timeBeforeDay returns where a short answer to a when or what-time
// question that is a day, starting at start, starts when a clock time
// stands before it joined by words of [dayjoins] of spanwords.txt ("on",
// "on the"): the time then goes with it, so that "the Monday" of "by
// 17:00 on the Monday" answers when a change is due as "17:00 on the
// Monday".
func timeBeforeDay(st *sentence, q *Question, start int) int {
	if q.Type != TypeDate && q.Type != TypeTime {
		return start
	}
	for _, join := range spanWords().dayJoins {
		if !strings.HasSuffix(st.text[:start], join) {
			continue
		}
		for i := range st.phrases {
			if ph := &st.phrases[i]; ph.kind == TypeTime && int(ph.end) == start-len(join) {
				return int(ph.start)
			}
		}
	}
	return start
}

// joinAnd joins two clock-time ranges of one day: "10:00–13:00 and
// 15:00–17:00".
const joinAnd = " and "

// rangePairEnd returns where a short answer to a when or what-time
// question that is a clock-time range, text[start:end] of st, ends when a
// second range joined by "and" follows it: "10:00–13:00 and 15:00–17:00"
// gives the hours of a day split in two, of which the first range alone
// leaves out half. Both must be ranges (timeRange: a dash or a word of
// [rangeto] inside), and the second a time typed at Build that starts
// right after the "and"; two times that are not ranges ("at 09:00 and
// 17:00") may be two events of which the question asks one. It returns
// end when no such range follows.
func rangePairEnd(st *sentence, q *Question, start, end int) int {
	if q.Type != TypeDate && q.Type != TypeTime || !strings.HasPrefix(st.text[end:], joinAnd) || !timeRange(st.text[start:end]) {
		return end
	}
	for i := range st.phrases {
		if ph := &st.phrases[i]; ph.kind == TypeTime && int(ph.start) == end+len(joinAnd) && timeRange(st.text[ph.start:ph.end]) {
			return int(ph.end)
		}
	}
	return end
}

// clockTimeEnd returns where a short answer to a when or what-time
// question that is a clock time, ending at end, ends when its time zone
// (timeZoneEnd) or its day after words of [dayjoins] follows ("from
// 08:00 on Sundays", "by 17:00 on the Monday"): the time alone leaves out
// what it is measured by, or on which day it holds.
func clockTimeEnd(st *sentence, q *Question, end int) int {
	if q.Type != TypeDate && q.Type != TypeTime {
		return end
	}
	end = timeZoneEnd(st.text, end)
	for _, join := range spanWords().dayJoins {
		if !strings.HasPrefix(st.text[end:], join) {
			continue
		}
		for i := range st.phrases {
			if ph := &st.phrases[i]; ph.kind == TypeDate && int(ph.start) == end+len(join) {
				return int(ph.end)
			}
		}
	}
	return end
}

// timeZoneEnd returns where a clock time ending at text[end] ends with
// the time zone that follows it, if one does: a word in capitals that
// WordNet knows as a time ("06:20 UTC"; "UTC", "GMT", "EST"), or a word
// written with a capital before "time" ("09:30 Lisbon time", "11:59 p.m.
// Atlantic time"). "local time" says no more than the time alone, and
// is left out ("2 am", not "2 am local time").
func timeZoneEnd(text string, end int) int {
	var buf [4]token
	rest := text[end:min(len(text), end+2*maxTokenBytes)]
	toks := tokenize(rest, buf[:0])
	if len(toks) == 0 || rest[:toks[0].start] != " " {
		return end
	}
	w := rest[toks[0].start:toks[0].end]
	switch {
	case len(w) >= minZoneLetters && len(w) <= maxZoneLetters && strings.ToUpper(w) == w && !toks[0].num &&
		slices.Contains(english.Load().Lexnames(toks[0].text), "noun.time"):
		return end + int(toks[0].end)
	case len(toks) > 1 && toks[1].text == "time" && rest[toks[0].end:toks[1].start] == " " &&
		toks[0].cap && !isStopWord(toks[0].text):
		return end + int(toks[1].end)
	}
	return end
}

// minZoneLetters and maxZoneLetters bound the letters of a time zone's
// abbreviation ("ET", "UTC", "AEST").
const (
	minZoneLetters = 2
	maxZoneLetters = 4
)

// possession is an apostrophe of possession at the end of a short
// answer, as possessionAt reads it.
type possession struct {
	// owner is the byte end of the possessor: "Taylor Swift" of "Taylor
	// Swift's", "the porters" of "the porters' lodge".
	owner int
	// owned is the byte where the text after the mark starts: the
	// owned words for the plural, after its space.
	owned int
	// plural is true for the plural's mark right after the answer ("s' "),
	// false for the "'s" that ends the answer's last word.
	plural bool
}

// possessionAt reads the apostrophe of possession that ends the short
// answer text[start:end], the one reading of both marks: the "'s" (or
// "’s") its last word ends with, after a letter or a digit ("Taylor
// Swift's", "1971's"), or else the plural's "' " (or "’ ") right after an
// answer whose last word ends in "s", with a word straight after the
// space and no single quotation mark open earlier in the text (" 'the
// fixers' shop" may close a quotation): "the porters" of "the porters'
// lodge", where a phrase runs on, not a closing quotation mark. ok is
// false when there is neither.
func possessionAt(text string, start, end int) (p possession, ok bool) {
	for _, suffix := range [...]string{"'s", "’s"} {
		cut := end - len(suffix)
		if cut <= start || !strings.HasSuffix(text[:end], suffix) {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(text[start:cut]); !isAlnumRune(r) {
			continue
		}
		return possession{owner: cut, owned: end}, true
	}
	if end <= start || text[end-1] != 's' && text[end-1] != 'S' {
		return possession{}, false
	}
	for _, mark := range [...]string{"' ", "’ "} {
		rest := text[end:]
		if !strings.HasPrefix(rest, mark) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest[len(mark):]); !isAlnumRune(r) {
			return possession{}, false
		}
		before := text[:end]
		if strings.Contains(before, "‘") || strings.HasPrefix(before, "'") || strings.Contains(before, " '") {
			return possession{}, false
		}
		return possession{owner: end, owned: end + len(mark), plural: true}, true
	}
	return possession{}, false
}

// possessiveEnd returns where a short answer, text[start:end], ends
// once the apostrophe of possession at its end is read (possessionAt).
// The plural's mark after the answer leads on to the noun phrase it owns
// when owned, given, finds one there (owned returns its end, or -1):
// "the porters' lodge" answers where as a whole, as the "'s" inside a
// word ("the porter's lodge") leaves the phrase whole; pickText gives
// owned (possessedEnd) for a pick of no number under a question that does
// not ask who. The "'s" that ends the answer makes the name a modifier of
// the words after it, which the answer leaves out, so "Taylor Swift's" of
// "Taylor Swift's video" answers "who beat her" as "Taylor Swift", and
// "1971's" of "1971's Diamonds Are Forever" answers when it came out as
// "1971". A "whose" question asks for the possessive, and keeps it; a who
// question takes the noun of people after it, which is the person asked
// for ("Felix Brandt's team", "Beyoncé's father": WordNet's first sense
// of the word is a person or a group).
func possessiveEnd(q *Question, text string, start, end int, owned func(from int) int) int {
	p, ok := possessionAt(text, start, end)
	if ok && p.plural && owned != nil {
		if e := owned(p.owned); e > end {
			end = e
			p, ok = possessionAt(text, start, end)
		}
	}
	if !ok || p.plural {
		return end
	}
	if slices.ContainsFunc(q.toks, func(t token) bool { return t.text == "whose" }) {
		return end
	}
	if q.Type == TypePerson {
		var buf [4]token
		rest := text[end:min(len(text), end+maxTokenBytes)]
		if toks := tokenize(rest, buf[:0]); len(toks) > 0 && rest[:toks[0].start] == " " && !toks[0].cap {
			if lex := english.Load().FirstLexname(toks[0].text); lex == "noun.person" || lex == "noun.group" {
				return wholeWord(text, end+int(toks[0].end))
			}
		}
	}
	return p.owner
}

// outOf returns the bytes of a score or a share written as "N out of M"
// when the short answer text[start:end] is one side of it: "100" of "60
// out of 100" gives "60 out of 100", "five stars" of "four out of five
// stars" gives "four out of five stars", and "60" gives "60 out of 100".
// A "how many" question counts instead (pickText asks none of them).
func outOf(text string, start, end int) (int, int) {
	number := func(t token) bool { return t.num || classOf(t.text)&classNumberLike != 0 }
	var buf [8]token
	if before := text[max(0, start-maxTokenBytes):start]; strings.HasSuffix(before, " "+outOfWords) {
		toks := tokenize(before[:len(before)-len(outOfWords)], buf[:0])
		if n := len(toks); n > 0 && number(toks[n-1]) {
			return start - len(before) + int(toks[n-1].start), end
		}
	}
	rest := text[end:]
	if !strings.HasPrefix(rest, " "+outOfWords) {
		return start, end
	}
	if first := tokenize(text[start:min(end, start+maxTokenBytes)], buf[:0]); len(first) == 1 && number(first[0]) {
		after := tokenize(rest[1+len(outOfWords):min(len(rest), 1+len(outOfWords)+maxTokenBytes)], buf[:0])
		if len(after) > 0 && after[0].start == 0 && number(after[0]) {
			return start, end + 1 + len(outOfWords) + int(after[0].end)
		}
	}
	return start, end
}

// ordinalStart returns where a name that starts at byte start of text
// starts with the ordinal right before it, which is part of the name:
// "fifth Dalai Lama" of "the fifth Dalai Lama", "14th Dalai Lama". The
// ordinal, a word of [ordinals] or one in figures (isOrdinal), must stand
// one space before the name.
func ordinalStart(text string, start int) int {
	before := text[max(0, start-maxTokenBytes):start]
	if len(before) < 2 || before[len(before)-1] != ' ' || before[len(before)-2] == ' ' {
		return start // no word one space before the name
	}
	var buf [windowTokens]token
	toks := tokenize(before, buf[:0])
	if n := len(toks); n > 0 && before[toks[n-1].end:] == " " && (spanWords().ordinals[toks[n-1].text] || isOrdinal(toks[n-1].text)) {
		return start - len(before) + int(toks[n-1].start)
	}
	return start
}

// hyphenNameEnd returns end moved past the lower-case part joined by a
// hyphen to the last word of the name text[start:end] ("Chiang Kai" of
// "Chiang Kai-shek", "Sun Yat" of "Sun Yat-sen"), or end: the tokens
// split at the hyphen, and a given name of two syllables so joined is
// one word. The name holds two words at least, and the part is letters
// that WordNet knows as no verb and no adjective, so that a name before a
// word it qualifies ("Harvard-affiliated", "Lincoln-led") stays as it is.
func hyphenNameEnd(text string, start, end int) int {
	if end >= len(text) || text[end] != '-' || end == 0 || !isASCIILetter(text[end-1]) ||
		strings.IndexByte(text[start:end], ' ') < 0 {
		return end
	}
	e := end + 1
	for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	if e == end+1 || e < len(text) && (text[e] == '-' || isASCIILetter(text[e]) || text[e] >= 0x80) {
		return end
	}
	if p := spanPOS(text[end+1 : e]); p.Has(english.Verb) || p.Has(english.Adj) {
		return end
	}
	return e
}

// negationStart returns where a short answer that starts at byte start
// of text starts with the negation right before it (pickText asks it for
// the answer to a yes/no question, whose answer the negation is, and for
// one that is no typed phrase, whose sense it turns) ([negations]: "not",
// "does not"), which turns what the answer says round: "not required" of
// "The GRE is not required", "do not stack" of "Discounts do not stack".
// The negation's words must stand one space apart and one space before
// the answer; the longest negation there is taken.
func negationStart(text string, start int) int {
	w := spanWords()
	return wordsStart(text, start, w.negations, w.negationEnds)
}

// optionPrefixes are the marks that open an option or a path written
// without a space before its first word, longest first: "--" of
// "--trace-children=yes", "../" and "./" of "./node_modules/full-icu", "-"
// of "-c" and "/" of "/var/cache/man/snap". optionStart reads them.
var optionPrefixes = [...]string{"--", "../", "./", "-", "/"}

// optionStart returns where a short answer that starts at byte start of
// text starts with the mark that opens it as an option or a path
// (optionPrefixes): the words are tokens and the marks are not, so the
// pick "trace-children=yes" of "use the --trace-children=yes option"
// opens after its "--", which the option is not written without. The
// answer must open with a letter and the mark must stand at the text's
// start or after a space, an opening bracket or a quote, so that the
// second word of "and/or" or "e-mail" keeps no mark.
func optionStart(text string, start int) int {
	if start >= len(text) || !isASCIILetter(text[start]) {
		return start
	}
	for _, p := range optionPrefixes {
		s := start - len(p)
		if s < 0 || text[s:start] != p {
			continue
		}
		if s == 0 || strings.IndexByte(" \t([\"'`", text[s-1]) >= 0 {
			return s
		}
		return start
	}
	return start
}

// boundStart returns where a number that starts at byte start of text
// starts with the bound right before it ([bounds]: "up to", "at least",
// "more than"), which says what the number is: "up to £200" of "spend up
// to £200 a year" answers "research games budget", which "£200" alone
// misstates as the sum each one spends.
func boundStart(text string, start int) int {
	w := spanWords()
	return wordsStart(text, start, w.bounds, w.boundEnds)
}

// boundWhole returns where a pick that starts at byte start of text
// starts when its first word ends a bound of several words ([bounds]:
// "least" of "at least", "than" of "more than"): at the bound's first
// word. Else, and for a bound of one word, start.
func boundWhole(text string, start int) int {
	sp := strings.IndexByte(text[start:], ' ')
	if sp <= 0 {
		return start
	}
	return min(start, boundStart(text, start+sp+1))
}

// asksLimit reports whether q asks for a limit, which a bound before a
// number states: it holds a modal verb or a word naming a limit
// ([limits]: "how long CAN i freeze my membership", "MAX grant per farm"),
// or a bound's own word ("OVER what amount").
func asksLimit(q *Question) bool {
	w := spanWords()
	for _, t := range q.toks {
		if w.limits[t.text] || w.boundWords[t.text] {
			return true
		}
	}
	return false
}

// statesLimit reports whether text, the sentence a number is picked
// from, states a rule or a limit: it holds a word of [rules], a modal verb
// of permission or obligation or a word naming a limit, so that a bound
// right before the number is part of what the sentence says ("must be
// given at least 21 days before the pet travels"), where the bound of a
// past event is mostly an estimate the answer leaves out ("burying at
// least 1,700 people"). The word must be written in lower case, as the
// month "May" is not.
//
// Its words are the runs of letters, read in one pass with no slice of
// them (strings.FieldsFunc's, some 11,800 instructions a sentence, made
// every word of the sentence a string before the first was looked up;
// TestStatesLimitPlain).
func statesLimit(text string) bool {
	w := spanWords()
	start := -1 // where the word read starts, or -1 between words
	for i, r := range text {
		switch {
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			if w.rules[text[start:i]] { // as written: "May" is a month
				return true
			}
			start = -1
		}
	}
	return start >= 0 && w.rules[text[start:]]
}

// wordsStart returns where the text that starts at byte start of text
// starts with the longest line of lines (words joined by one space) that
// stands right before it, its words one space apart and one space before
// start; start when none does.
func wordsStart(text string, start int, lines map[string]bool, ends []string) int {
	before := text[max(0, start-maxTokenBytes):start]
	if !mayEndWithLine(before, ends) {
		return start
	}
	return wordsStartTokens(before, start, lines)
}

// mayEndWithLine reports whether the last written word of before may
// tokenize to one of ends, the last words of the lines wordsStart looks
// for: it holds one, in any case, or a byte beyond ASCII or an apostrophe
// (an accent folded away; "didn't" gives "not"). When it does not, no
// line stands before the pick, and wordsStart need not tokenize before,
// which makes a string of every capitalised word (TestWordsStartPlain).
func mayEndWithLine(before string, ends []string) bool {
	i := len(before)
	for i > 0 && before[i-1] == ' ' {
		i--
	}
	j := i
	for j > 0 && before[j-1] != ' ' {
		j--
	}
	w := before[j:i]
	for k := range len(w) {
		if w[k] >= utf8.RuneSelf || w[k] == '\'' {
			return true
		}
	}
	for _, e := range ends {
		for k := 0; k+len(e) <= len(w); k++ {
			if strings.EqualFold(w[k:k+len(e)], e) {
				return true
			}
		}
	}
	return false
}

// wordsStartTokens is wordsStart once before, the text up to start, may
// end with a line: it tokenizes before and reads its last words.
func wordsStartTokens(before string, start int, lines map[string]bool) int {
	var buf [windowTokens]token
	toks := tokenize(before, buf[:0])
	n := len(toks)
	if n == 0 || before[toks[n-1].end:] != " " {
		return start
	}
	best := start
	for k := 1; k <= min(3, n); k++ {
		// Two tokens over one written word ("didn't": "did" and "not",
		// each spanning all of it) have nothing between them: they go
		// together, as "did not" would.
		if k > 1 {
			if end, next := toks[n-k].end, toks[n-k+1].start; end <= next && before[end:next] != " " {
				break
			}
		}
		// The k words joined by spaces, on the stack (a map read of
		// string(phrase) makes no string).
		var pb [64]byte
		phrase := pb[:0]
		for i, t := range toks[n-k:] {
			if i > 0 {
				phrase = append(phrase, ' ')
			}
			phrase = append(phrase, t.text...)
		}
		if lines[string(phrase)] {
			best = start - len(before) + int(toks[n-k].start)
		}
	}
	return best
}

// outOfWords joins the two numbers of a score or a share ("60 out of
// 100"; outOf).
const outOfWords = "out of "

// askedEnd returns where a short answer, text[start:end], ends when it
// takes the words right after it that name the thing the question asks
// for (Question.asked): a modifier needs its noun, so "Romantic" of "the
// Romantic era" answers "what era" as "Romantic era", and "beta-lactam"
// of "beta-lactam antibiotics" answers "what type of antibiotics" as
// "beta-lactam antibiotics". A name stands by itself: "Forbes" of
// "Forbes magazine" answers "which magazine", so an answer whose last
// word is capitalised takes the words only when WordNet knows that word
// as an adjective ("Portuguese embassy"). Each word must follow after
// one space and have the stem of an asked word; the answer then takes
// the whole word with the parts that hyphens join to it (wholeWord).
func askedEnd(q *Question, text string, start, end int) int {
	if len(q.asked) == 0 {
		return end
	}
	var buf [windowTokens]token
	last := tokenize(text[max(start, end-maxTokenBytes):end], buf[:0])
	if len(last) == 0 {
		return end
	}
	if l := last[len(last)-1]; l.cap && !posCached(english.Load(), l.text).Has(english.Adj) {
		return end
	}
	for range q.asked {
		rest := text[end:min(len(text), end+maxTokenBytes)]
		toks := tokenize(rest, buf[:0])
		if len(toks) == 0 || rest[:toks[0].start] != " " || !slices.Contains(q.asked, stemCached(toks[0].text)) {
			break
		}
		end = wholeWord(text, end+int(toks[0].end))
	}
	return end
}

// asksYear reports whether q asks for a year by name: "what year", "in
// which year" ("which month and year" asks for more, "what years" for a
// span of them).
func (q *Question) asksYear() bool {
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].text == "year" && namesTypeAfter(q.toks[i-1].text) {
			return true
		}
	}
	return false
}

// holdsAnyWord reports whether a word of q is one of words, a section of
// a word file.
func (q *Question) holdsAnyWord(words map[string]bool) bool {
	for _, t := range q.toks {
		if words[t.text] {
			return true
		}
	}
	return false
}

// asksMonthDay reports whether q asks for a month and a day and not a
// year ("what month and day did the treaty take effect"): the words
// "month" and "day" are in it and "year" is not.
func (q *Question) asksMonthDay() bool {
	month, day := false, false
	for _, t := range q.toks {
		switch t.text {
		case "month":
			month = true
		case "day":
			day = true
		case "year":
			return false
		}
	}
	return month && day
}

// yearDropEnd returns the end of the date text[start:end] without the
// year that closes it ("June 4" of "June 4, 1989", "4 June" of "4 June
// 1989"), or end: pickText asks it for a question that asks a month and a
// day and not the year. Two tokens at least stay.
func yearDropEnd(text string, start, end int) int {
	var buf [8]token
	toks := tokenize(text[start:end], buf[:0])
	n := len(toks)
	if n < 3 || !isYear(toks[n-1].text) {
		return end
	}
	last := n - 2
	if toks[last].text == "," {
		last--
	}
	if last < 1 {
		return end
	}
	return start + int(toks[last].end)
}

// lifeYear returns the bytes of the year a question about a birth or a
// death asks of a span of years text[start:end], or start and end: the
// first year of "1711–1776" when the question holds a word of [birthwords]
// of questionwords.txt and none of [deathwords] ("when was Hume born"), the
// second when it holds one of [deathwords] and none of [birthwords] ("when
// did Hume die"). The span is two numbers joined by a dash with no space,
// the year given a year of four figures ("1600" of "1600–43" for a birth;
// for a death "43" is no year, and the span is kept).
func lifeYear(q *Question, text string, start, end int) (int, int) {
	var buf [4]token
	toks := dashPair(text[start:end], buf[:0])
	if toks == nil {
		return start, end
	}
	l := questionWords()
	birth, death := q.holdsAnyWord(l.birthWords), q.holdsAnyWord(l.deathWords)
	y := -1
	switch {
	case birth && !death:
		y = 0
	case death && !birth:
		y = 1
	}
	if y < 0 || !isYear(toks[y].text) {
		return start, end
	}
	return start + int(toks[y].start), start + int(toks[y].end)
}

// otherEndYear returns the bytes of the year of a span of years
// text[start:end] that q does not name when it names the other, or start
// and end: "1912" of "1907–1912" for "from 1907 to what year", "1907" for
// "from what year to 1912". The span is two years of four figures joined
// by a dash with no space.
func otherEndYear(q *Question, text string, start, end int) (int, int) {
	var buf [4]token
	toks := dashPair(text[start:end], buf[:0])
	if toks == nil || !isYear(toks[0].text) || !isYear(toks[1].text) {
		return start, end
	}
	named := func(y string) bool {
		return slices.ContainsFunc(q.toks, func(t token) bool { return t.text == y })
	}
	switch first, second := named(toks[0].text), named(toks[1].text); {
	case first && !second:
		return start + int(toks[1].start), start + int(toks[1].end)
	case second && !first:
		return start + int(toks[0].start), start + int(toks[0].end)
	}
	return start, end
}

// dashPair returns the two tokens of s when s is two words joined by a
// dash ("1711–1776", "1907-1912"), read with buf, or nil: the span of
// years lifeYear and otherEndYear take one end of. A span with no dash is
// not tokenized.
func dashPair(s string, buf []token) []token {
	if !strings.Contains(s, "-") && !strings.Contains(s, "–") {
		return nil
	}
	toks := tokenize(s, buf)
	if len(toks) != 2 || !dash(s[toks[0].end:toks[1].start]) {
		return nil
	}
	return toks
}

// yearOf returns the bytes of the one year in the date text[start:end]
// ("1830" of "November 1830", "2009" of "September 9, 2009"), or start
// and end when the date holds no year or more than one ("1241–1246").
func yearOf(text string, start, end int) (int, int) {
	var buf [8]token
	ys, ye, n := start, end, 0
	for _, t := range tokenize(text[start:end], buf[:0]) {
		if isYear(t.text) {
			ys, ye = start+int(t.start), start+int(t.end)
			n++
		}
	}
	if n != 1 {
		return start, end
	}
	return ys, ye
}

// closeBrackets returns end moved past the closing brackets that follow
// text[start:end] directly and that it opens without closing: a cell
// "Long stay (P2)" is not given as "Long stay (P2".
func closeBrackets(text string, start, end int) int {
	for _, pair := range [...]string{"()", "[]"} {
		open := strings.Count(text[start:end], pair[:1]) - strings.Count(text[start:end], pair[1:])
		for ; open > 0 && end < len(text) && text[end] == pair[1]; open-- {
			end++
		}
	}
	return end
}

// spanTopOf describes the winner of f's list for the confidence model.
func (ix *Index) spanTopOf(f *spanFacts, best, second int) spanTop {
	w := f.w
	f.features(&w.cands[best])
	t := spanTop{dense: w.dense, class: f.qc, kind: w.cands[best].kind, margin: maxSpanMargin}
	if second >= 0 && !math.IsInf(w.scores[second], -1) {
		t.margin = min(w.scores[best]-w.scores[second], maxSpanMargin)
	}
	for _, v := range w.scores {
		if !math.IsInf(v, -1) {
			t.n++ // the candidates left out count for nothing
		}
	}
	t.prob, t.agree = spanShares(w.scores, best, w.cands)
	return t
}

// spanShares is softmaxShares for the candidates cands scoring scores,
// those agreeing with best being of its sentence and spanAgree with it:
// the same sums in the same order, with the test written out where
// softmaxShares calls a func value, some 30 instructions for each of an
// answer's some 55 span candidates (TestSpanSharesPlain). The trainer's
// SpanList keeps softmaxShares.
func spanShares(scores []float64, best int, cands []spanCand) (prob, agree float64) {
	b := &cands[best]
	top := scores[best]
	sum := 0.0
	for i, v := range scores {
		if math.IsInf(v, -1) {
			continue
		}
		e := math.Exp(v - top)
		sum += e
		if c := &cands[i]; c.sent == b.sent && spanAgree(c.a, c.b, b.a, b.b) {
			agree += e
		}
	}
	return 1 / sum, agree / sum
}

// softmaxShares returns the softmax probability of candidate best among
// candidates scoring scores, and that of the candidates that agree with
// it (agrees, which best does): spanTop's prob and agree. Candidates left
// out (scores of −Inf) count for nothing.
func softmaxShares(scores []float64, best int, agrees func(i int) bool) (prob, agree float64) {
	sum := 0.0
	for i, v := range scores {
		if math.IsInf(v, -1) {
			continue
		}
		e := math.Exp(v - scores[best])
		sum += e
		if agrees(i) {
			agree += e
		}
	}
	return 1 / sum, agree / sum
}

// spanAgree reports whether the candidates of tokens [a, b) and [c, d) of
// one sentence agree: the tokens they share are at least half of their
// tokens together, counted as SQuAD's F1 counts them (2·shared / (b-a +
// d-c) ≥ spanAgreeShare), as eval's bar for a right span does.
func spanAgree(a, b, c, d int32) bool {
	shared := min(b, d) - max(a, c)
	return shared > 0 && float64(2*shared) >= spanAgreeShare*float64(b-a+d-c)
}

// confidence is the probability that the winner t is right.
func (m *compiledSpan) confidence(t *spanTop, sc *scratch) float64 {
	sc.spanConf = spanConfidenceInputs(sc.spanConf[:0], t)
	return sigmoid(m.confBias + dot(m.conf, sc.spanConf))
}

// SpanCandidate is a phrase the span model considered, with its features:
// for training the span model (cmd/qabot-train span).
type SpanCandidate struct {
	// Text is the candidate's own words; Shown is the text the answer
	// would give for it, pickText's edits made (a kept negation or modal,
	// a widened name, a unit of time): what the reader is shown.
	Text, Shown string
	// Dense are the values of the dense features, SpanFeatureNames()[:len(Dense)];
	// Active the indices in SpanFeatureNames of the indicators that are on.
	Dense  []float64
	Active []int32
	// Score is the score the index's span model gives it.
	Score float64
	kind  spanKind
	// sent, a and b are its sentence and tokens, for spanAgree.
	sent int32
	a, b int32
}

// SpanList is the candidates of one sentence for one question.
type SpanList struct {
	Candidates []SpanCandidate
	// Class is the question's class, an index into QuestionClassNames.
	Class int
}

// QuestionClassNames returns the names of the question classes, in the
// order of SpanList.Class.
func QuestionClassNames() []string { return qClassNames[:] }

// ConfidenceInputs returns the confidence model's inputs
// (SpanConfidenceNames) when the candidates score scores and the best
// wins.
func (l *SpanList) ConfidenceInputs(scores []float64) []float64 {
	best, second := -1, -1
	for i, v := range scores {
		switch {
		case best < 0 || v > scores[best]:
			best, second = i, best
		case second < 0 || v > scores[second]:
			second = i
		}
	}
	if best < 0 {
		return nil
	}
	t := spanTop{n: len(scores), dense: l.Candidates[best].Dense, class: qClass(l.Class), kind: l.Candidates[best].kind, margin: maxSpanMargin}
	if second >= 0 {
		t.margin = min(scores[best]-scores[second], maxSpanMargin)
	}
	b := &l.Candidates[best]
	t.prob, t.agree = softmaxShares(scores, best, func(i int) bool {
		c := &l.Candidates[i]
		return c.sent == b.sent && spanAgree(c.a, c.b, b.a, b.b)
	})
	return spanConfidenceInputs(nil, &t)
}

// SentenceText returns the text of sentence i of the index (0 ≤ i <
// Stats().Sentences) and the index of its document.
func (ix *Index) SentenceText(i int) (text string, doc int) {
	return ix.sents[i].text, int(ix.sents[i].doc)
}

// SpanCandidates returns the span model's candidates for q in sentence i
// (as SentenceText numbers them), and in the sentence before when i refers
// back to it. Candidates the question cannot take (a version for how much)
// are left out.
func (ix *Index) SpanCandidates(ctx context.Context, q Question, i int) (SpanList, error) {
	if err := ctx.Err(); err != nil {
		return SpanList{}, err
	}
	if ix == nil || i < 0 || i >= len(ix.sents) {
		return SpanList{}, fmt.Errorf("no sentence %d", i)
	}
	sc := ix.scratch.Get()
	defer func() {
		sc.reset(ix)
		ix.scratch.Put(sc)
	}()
	total, _ := ix.resolve(&q, sc)
	f := ix.spanSentences(&q, sc, int32(i), total)
	w := f.w
	l := SpanList{Class: int(f.qc)}
	for k := range w.cands {
		if math.IsInf(w.scores[k], -1) {
			continue
		}
		c := &w.cands[k]
		st := &ix.sents[c.sent]
		f.features(c)
		l.Candidates = append(l.Candidates, SpanCandidate{
			Text:   strings.TrimSpace(st.text[c.start:c.end]),
			Shown:  f.pickText(c),
			Dense:  slices.Clone(w.dense),
			Active: slices.Clone(w.sparse),
			Score:  w.scores[k],
			kind:   c.kind,
			sent:   c.sent,
			a:      c.a,
			b:      c.b,
		})
	}
	return l, nil
}

// RefersBack reports whether a sentence opens by referring to the one
// before it ("It sold ...", "The album ..."), as the index reads it.
func RefersBack(sentence string) bool { return refersBack(sentence) }

// valueAfter returns the index in phrases of the value (a number, a date
// or a time as Build typed it: AnswerType.isValue) that opens right after
// token k of s, a coordinator, with nothing but the gap between them, or
// -1: the second of two conjuncts that each give a value (cellConjunct,
// askedConjunct).
func valueAfter(phrases []phrase, s []spanTok, k int32) int {
	return slices.IndexFunc(phrases, func(p phrase) bool {
		return p.kind.isValue() && p.start >= s[k].end && p.start <= s[k+1].start
	})
}

// askedConjunct finds, for candidate c of running text, a value that
// opens right after a coordinator ([coordinators]) inside c, and the last
// value of the same type before that coordinator in its clause: two
// conjuncts that may each give a value and the words that say what it is
// for, c running across them. A value is a number, a date or a time as
// Build typed the phrase (AnswerType.isValue), whatever the question's
// own type ("weekend day" makes it a date). It returns the
// bytes of the value whose conjunct the question names where the
// conjuncts differ (contrast, as parallel reads it), and ok false when c
// runs across no such pair or the question names neither side. A plain
// list of values ("£60 and £140", "Tuesdays and Fridays") has no words
// beside its values for contrast to compare, and stays whole.
func (f *spanFacts) askedConjunct(c *spanCand) (start, end int32, ok bool) {
	s := f.sentence(c)
	phrases := f.ix.sents[c.sent].phrases
	for k := c.b - 2; k > c.a; k-- {
		if s[k].class&swCoordinator == 0 {
			continue
		}
		// The second value opens right after the coordinator; the first
		// is the last of its type before the coordinator, in its clause.
		j := valueAfter(phrases, s, k)
		if j < 0 {
			continue
		}
		i := -1
		for m, p := range phrases {
			if p.end <= s[k].start && p.kind == phrases[j].kind && (i < 0 || p.end > phrases[i].end) {
				i = m
			}
		}
		if i < 0 {
			return 0, 0, false
		}
		x, y := phrases[i], phrases[j]
		x0, x1 := tokenRange(s, x.start, x.end)
		if x1 == 0 || x0 < s[k].clauseStart {
			return 0, 0, false
		}
		_, y1 := tokenRange(s, y.start, y.end)
		switch n := contrast(s, [4]int32{x0, k, x0, x1}, [4]int32{k + 1, s[k+1].conjunctEnd, k + 1, max(y1, k+1)}); {
		case n > 0:
			return x.start, x.end, true
		case n < 0:
			return y.start, y.end, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}
