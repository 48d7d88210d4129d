package qa

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/qabot/qabot/qa/english"
)

// Span features. Every candidate phrase (spancands.go) is described by the
// named values below, and the span model (spanmodel.go) weighs them. There
// are two tables:
//
//   - spanDense: real values, one line of documentation each: where the
//     question's words stand around the candidate, whether it repeats
//     them, its type against the type the question asks for, its shape;
//   - spanFamilies: indicator features, each family a grid of names, one
//     of which is on for a candidate: the class of the question crossed
//     with the candidate's kind, with the words or marks just before and
//     after it, with its first and last word and its length. Function words
//     are read by name (spanwords.txt [context]) and stand in for syntax:
//     "BY X" answers who wrote, "IN X" where or when. Other words are read
//     by their shape, their ending standing in for a part of speech.
//
// The dense weights are shared by all questions plus a share of each
// question class's own ("class-dense:who|left-3"). Every feature also says
// what of a candidate it reads (spanReads): a sentence has some 70
// candidates but far fewer starts, ends, kinds and lengths, so the model
// adds up the features that read only one of these once for each, and
// only the rest once per candidate. The values of each part are worked out
// together, by one function (startValues, endValues, kindValues,
// lengthValues, wholeValues), from facts of the sentence's tokens worked
// out once (spanTok: running sums, nearest question words, what stands at
// a candidate's edges).
//
// A new feature is a new constant and line in one of the tables and its
// value in the function of the part it reads, written once: go generate
// ./qa then writes that part's score func (spanscore.go), the fast path,
// from the function, and the model gets its weights by a forward step
// (go run ./cmd/qabot-train span --extend qa/span.txt, docs/engine.md).
//
// Question words are weighed as in ranking (weight · idf, rank.go) and
// divided by the question's total weight, so values are comparable across
// questions. Distances are counted in tokens within one sentence.

// qClass is the class of a question as the span model reads it: its
// question word, refined by what it asks for.
type qClass uint8

const (
	qcKey        qClass = iota // key words, no question word: "tiktok deadline"
	qcKeyDate                  // key words naming a date: "code freeze date"
	qcKeyNumber                // key words naming a number: "team plan price"
	qcKeyPlace                 // key words naming a place
	qcWhat                     // what/which, nothing more said
	qcWhatDate                 // what year, which day
	qcWhatTime                 // what time
	qcWhatNumber               // what percentage, what price
	qcWhatPerson               // which company, what team
	qcWhatPlace                // which city, what country
	qcDefine                   // "what is X": a description
	qcWho                      // who did
	qcWhoIs                    // "who is NAME": a role
	qcWhoThe                   // "who is the ROLE": a name
	qcWhen
	qcWhere
	qcWhy
	qcHowMany
	qcHowMuch
	qcHowLong
	qcHowNumber // how old, how far, how big
	qcHow       // how (a manner)
	// A yes/no question of key words ("do they pay for safety boots") has
	// a class of its own beside the key-word class it would have, so that
	// refitting that class leaves it where it was; the span trainer's
	// forward step gives it a copy of that class's own weights to start
	// from (polarClasses, QuestionClassParent).
	qcPolar       // a yes/no question that would be key: "can i claim a rowing machine"
	qcPolarNumber // a yes/no question that would be key-number: "is there a joining fee"
	numQClasses
)

var qClassNames = [numQClasses]string{
	"key", "key-date", "key-number", "key-place", "what", "what-date", "what-time",
	"what-number", "what-person", "what-place", "define", "who", "who-is", "who-the", "when",
	"where", "why", "how-many", "how-much", "how-long", "how-number", "how",
	"polar", "polar-number",
}

// polarClasses maps a key-word class to the class a yes/no question of
// it takes instead (classify): the class split from it.
var polarClasses = map[qClass]qClass{qcKey: qcPolar, qcKeyNumber: qcPolarNumber}

// QuestionClassParent returns the name of the class the question class
// named class was split from (a yes/no question of key words from its
// key-word class: "polar-number" from "key-number"), or "" for a class
// split from none.
func QuestionClassParent(class string) string {
	for parent, c := range polarClasses {
		if qClassNames[c] == class {
			return qClassNames[parent]
		}
	}
	return ""
}

// classify reads a question's class from its words and type. A yes/no
// question of key words takes the polar class of its key-word class
// (polarClasses).
func classify(q *Question, toks []token) qClass {
	c := classifyWords(q, toks)
	if p, ok := polarClasses[c]; ok && q.polar {
		return p
	}
	return c
}

// classifyWords reads a question's class from its question word, or
// from its type for a question of key words.
func classifyWords(q *Question, toks []token) qClass {
	words := spanWords()
	for i, t := range toks {
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].text
		}
		// The words after "what is" or "who is", or after a contracted
		// "whats", "what's", "who's".
		copula, rest := words.copulas[next], len(toks)-i-2
		if contractsCopula(q.Text, t) {
			copula, rest = true, len(toks)-i-1
		}
		defining := copula && rest <= maxDefineWords && rest > 0 && !asksName(toks[i+1:])
		switch t.text {
		case "when":
			return qcWhen
		case "where":
			return qcWhere
		case "why":
			return qcWhy
		case "who", "whom", "whose":
			// "who is the vice premier", "who's the ceo": a name for a
			// role; "who is scott bessent": a role for a name.
			role := next
			if words.copulas[next] && i+2 < len(toks) {
				role = toks[i+2].text
			}
			switch {
			case role == "the" || role == "a" || role == "an":
				return qcWhoThe
			case defining:
				return qcWhoIs
			}
			return qcWho
		case "how":
			switch {
			case next == "many":
				return qcHowMany
			case next == "much":
				return qcHowMuch
			case next == "long":
				return qcHowLong
			case q.Type == TypeNumber:
				return qcHowNumber
			case q.Type == TypeReason:
				return qcWhy
			}
			return qcHow
		case "what", "which":
			switch q.Type {
			case TypeDate:
				return qcWhatDate
			case TypeTime:
				return qcWhatTime
			case TypeNumber:
				return qcWhatNumber
			case TypePerson:
				return qcWhatPerson
			case TypePlace:
				return qcWhatPlace
			case TypeReason:
				return qcWhy
			}
			if defining {
				return qcDefine
			}
			return qcWhat
		}
	}
	switch q.Type {
	case TypeDate, TypeTime:
		return qcKeyDate
	case TypeNumber:
		return qcKeyNumber
	case TypePlace:
		return qcKeyPlace
	}
	for _, t := range toks {
		if words.price[t.text] {
			return qcKeyNumber // "extra storage cost"
		}
	}
	return qcKey
}

// Slots: what the model reads of the word or mark next to a candidate, or
// of its first or last word. A function word of spanwords.txt [context]
// is its own slot, and so is each ending of [endings] for the other
// lower-case words, after these.
const (
	slotNum      uint16 = iota // a number
	slotYear                   // a number that may be a year (1000 to 2099)
	slotCap                    // a capitalised word inside the sentence
	slotInitial                // a capitalised word opening the sentence
	slotLow                    // a lower-case word with no listed ending
	slotHead                   // the noun the question asks for (spanTok.head)
	slotQuestion               // any other word of the question
	slotComma
	slotOpen
	slotClose
	slotColon
	slotQuote
	slotDash
	slotOther // any other mark
	slotStart // the start of the sentence
	slotEnd   // the end of the sentence
	slotCell  // next to a table cell: another cell, which says nothing
	numShapeSlots
)

var shapeSlotNames = [numShapeSlots]string{
	"<num>", "<year>", "<Cap>", "<Initial>", "<low>", "<head>", "<question>",
	",", "(", ")", ":", "\"", "-", "<mark>", "<s>", "</s>", "<cell>",
}

// gapSlots maps a punctuation class (spanTok.gap) to its slot.
var gapSlots = [...]uint16{gapComma: slotComma, gapOpen: slotOpen, gapClose: slotClose, gapColon: slotColon,
	gapQuote: slotQuote, gapDash: slotDash, gapOther: slotOther}

// slotNames names every slot: the shapes, the function words, then the
// endings ("-tion"). It is computed once and only read afterwards.
var slotNames = sync.OnceValue(func() []string {
	words := spanWords()
	out := append([]string(nil), shapeSlotNames[:]...)
	out = append(out, words.context...)
	for _, e := range words.endings {
		out = append(out, "-"+e)
	}
	return out
})

// wordSlot is the slot of a token. initial is true for the sentence's
// first token, context the word's index in the function words read by
// name, or -1.
func wordSlot(t *spanTok, initial bool, context int16, words *spanWordLists) uint16 {
	if context >= 0 {
		return numShapeSlots + uint16(context)
	}
	switch {
	case t.head:
		return slotHead
	case t.qword >= 0:
		return slotQuestion
	case t.num && t.year():
		return slotYear
	case t.num:
		return slotNum
	case t.cap && initial:
		return slotInitial
	case t.cap:
		return slotCap
	}
	return words.endingSlot(t.word)
}

// endingSlot is the slot of the longest listed ending of w that leaves at
// least three letters before it, or slotLow when w has none.
func (l *spanWordLists) endingSlot(w string) uint16 {
	if w == "" {
		return slotLow
	}
	lengths := l.endingLengths[w[len(w)-1]]
	for n := min(l.longestEnding, len(w)-3); n > 0; n-- {
		if n <= 8 && lengths&(1<<(n-1)) == 0 || !mayHold(&l.mayEnding, w[len(w)-n:]) {
			continue // no ending of n bytes ends so
		}
		if i, ok := l.endingID[w[len(w)-n:]]; ok {
			return numShapeSlots + uint16(len(l.context)+i)
		}
	}
	return slotLow
}

// spanFacts is what the features read: the question, and the tokens and
// sums of the sentence a candidate is in.
type spanFacts struct {
	ix    *Index
	model *compiledSpan
	q     *Question
	sc    *scratch
	w     *spanWork
	total float64 // the question's weight
	qc    qClass
	// focus has bit i set when q.words[i] is a focus word: one of the
	// first two content words of the question, which name what it asks
	// about ("how much did CHIP PRICES drop").
	focus uint32
	// tail has bit i set when q.words[i] is one of the last two content
	// words of the question, not a focus word: what the question says
	// last often stands right before the answer ("named AFTER [the
	// Christian saint]").
	tail uint32
	// late is true when the question word comes after other words ("X
	// is located in what city"); subject when the question word is the
	// subject ("who WROTE it", "which company BOUGHT it"), so that the
	// answer stands before the question's other words as they do after
	// it in the question.
	late, subject bool
	// voice is +1 when the question word is the subject of an active
	// verb ("who welcomed them"), -1 when it is the subject of a passive
	// one ("who got welcomed", "who was fired"), else 0; verb is the index
	// in q.words of that verb, or -1 (questionVoice).
	voice, verb int
	// verbLo and verbAt remember, for voiceSide, where the verb stands in
	// the sentence whose tokens start at w.toks[verbLo-1] (0: none read
	// yet), so that its tokens are walked once, not once per candidate;
	// verbVoice the voice of the verb there (sentenceVoice), which no
	// candidate changes.
	verbLo, verbAt int32
	verbVoice      int
	// place is +1 when the question asks for the first of a series
	// ([firstplace]: "the first year"), -1 for the last ([lastplace]:
	// "the latest year"), else 0; respLo is 1 + where the tokens of the
	// sentence whose paired lists f.w.respItems holds start (0: none read
	// yet), as verbLo (respectiveSide); respNone is respLo when that
	// sentence pairs no lists, so that its other candidates cost no call.
	place            int
	respLo, respNone int32
	// respTerm is the corpus's term of the word of [respectively] its
	// text holds, or -1 when it holds none: then no sentence's lists are
	// read (respectiveSide).
	respTerm int32
	// person is true when the question asks for a person: a who question
	// (TypePerson), or key words that end with a noun WordNet knows as a
	// kind of person ("lab safety officer"; personAsked).
	person bool
	// dir is +1 when the question asks about a rise, -1 about a fall;
	// price is true when it asks what something costs.
	dir int
	// rangeAsk is +1 when the question asks when something starts, -1
	// when it ends ([rangestart], [rangeend]), else 0 (range-side).
	rangeAsk int
	price    bool
	// rate is true when the question names a unit of time after "per"
	// or "a" ("parking per week"): it asks for an amount by the time.
	rate bool
	// rateWord is the word the question names after "per", or the unit of
	// time after "a" ("day" of "fine per day"), without a plural "s", or
	// the unit of a word of [ratewords] ("month" of "monthly"), or
	// ""; rateOnly is true when a number of the answer's sentence states
	// its amount by that word ("25p a day"), so that an amount by another
	// word ("£6 per item") does not answer (rateMatch).
	rateWord string
	rateOnly bool
	// countOwn is true when the question counts a noun ("how many
	// temples") and a number of the answer's sentence counts that noun by
	// the question's own word ("1,600 Buddhist temples"), so that a
	// number that counts another noun ("400 Shinto shrines", whose
	// "shrines" stands for "temples" only as an alternative) does not
	// answer (countMatch).
	countOwn bool
	// measured is true when the question asks how many ("how many
	// cases") or names a price (asksHowManyOrPrice), asks for no
	// quantity, and the answer's sentence holds a number of a unit of
	// length, weight or speed ("40-nanometer"), so that such a number
	// does not answer (measuredHere, measureAt).
	measured bool
	// ownLo and ownHi bound the tokens of the stretch of the answer's
	// sentence whose numbers alone answer (ownSegment): a coordinated
	// stretch that leaves out its verb and whose question words hold
	// every other stretch's and more ("from 08:00 on Sundays" of
	// "breakfast is served from 07:30 to 10:00, and from 08:00 on
	// Sundays" for "breakfast times sunday"). ownHi is 0 when no stretch
	// does.
	ownLo, ownHi int32
	// version is true when the question names a version ([versionasked]:
	// "min ios version"), which a version number answers.
	version bool
	// identifier is true when the question asks for the number that
	// names a thing ("part number", asksIdentifier).
	identifier bool
	// noDialled is true when the question asks when, what time, how
	// long or how many, which a number made to be dialled never says
	// (dialled: "0345 601 2295" for "switching team opening hours").
	noDialled bool
	// head is the index in q.words of the noun the question asks for
	// ("which CONGREGATION", "how many INVESTIGATIONS"), or -1;
	// whichHead is true when it follows "what" or "which" (headWord).
	head      int
	whichHead bool
	// parts and layout are spanParts and spanFeatureLayout, looked up
	// once.
	parts  *spanPartition
	layout *spanLayout
	// rule is the span the first engine's hand rules pick (rulePick);
	// titled the candidate a who-the question's title names, or -1
	// (titledName).
	rule   spanRange
	titled int
	// fitting has bit k set when a candidate of kind k is of the type the
	// question asks for (fits).
	fitting uint32
	// barred has bit k set when a candidate of kind k cannot answer the
	// question whatever else it is (barsKind), so that canAnswer reads
	// one bit a candidate for those rules.
	barred uint32
	// fitSent is 1 + the sentence whose fitting phrases f.w.fitRanges
	// holds (fittingPhrases), or 0.
	fitSent int32
	// fitsHere is true when the answer's own sentence holds a phrase typed
	// at Build of the type asked (canAnswer).
	fitsHere bool
	// headerCell is the candidate of the answer's row under the header
	// that holds more of the question's words than any other cell's, when
	// it alone answers (a cell of [nilcells], "closed", or one whose
	// header alone holds question words), or -1 (headerCellOf).
	headerCell int
	// negatedAt holds, for a yes/no question, the first maxNegations
	// negation words of the answer's own sentence that a question word
	// follows closely (negationsOf); negations says how many. Then only a
	// candidate that holds one or opens right after one answers
	// (canAnswer).
	negatedAt [maxNegations]int32
	negations int
	// ageHere is true when the question asks how old and a candidate of
	// the answer's sentence bounds an age (boundsAge).
	ageHere bool
	// dialledHere is true when noDialled is and the answer's sentence,
	// or the one before it that it refers to, holds a phone number
	// (dialled), which canAnswer then looks for in each candidate.
	dialledHere bool
	// onlyKinds is true when no rule of canAnswer but barsKind can bar a
	// candidate (onlyKindsBar), once spanSentences has set the facts
	// the rules read.
	onlyKinds bool
	// moneyCol is the first column of the answer's row that holds an
	// amount of money, or -1; moneyHeader is true when the header of a
	// column with money has a question word (firstMoneyCell). moneyYear
	// is true when moneyCol is instead the column of the latest year of
	// columns with money headed by years (latestYearMoney).
	moneyCol    int16
	moneyHeader bool
	moneyYear   bool
	// paid is true when the question names a price or an amount paid
	// by a word of [money] of questionwords.txt ("min spend to hire the
	// mezzanine", "parking fee"; not a bare "how much", which may weigh
	// or measure), for canAnswer.
	paid bool
	// moneyHere is true when the answer's own sentence holds an amount
	// of money (firstMoneyCell).
	moneyHere bool
	// plural is true when the question asks for things by a plural noun
	// ("what years", "payment methods") and not for a number (plural-list).
	plural bool
	// kinds are the synsets of the noun a what or which question asks
	// for (headWord) as a noun (english.AppendNounSenses), so that the
	// words of the sentence that are kinds of it can be found
	// ("instrument": "piano"), or nil.
	kinds []uint32
	// gapWords are the function words the question has right next to
	// what it asks (gapWordsOf), "" for none.
	gapWords [2]string
	// abbreviation is the abbreviation the question asks the meaning of
	// (abbreviationAsked), or "".
	abbreviation string
	// qNouns are the synsets of the question's nouns (english.
	// AppendNounSenses), found when a table cell first needs them
	// (headerKin); qNounsDone says they were.
	qNouns     []uint32
	qNounsDone bool
	// parallelsDone says f.w.parallels holds the candidates parallel
	// compares with (parallels).
	parallelsDone bool
	// changeAsk is -1 when the question asks for the value a change
	// replaced (a word of [askedold]), 0 when it holds none but a past
	// auxiliary ([askedpast]), which may ask for either, else +1
	// (changeSide). changeKinds has bit k set when changeSide reads a
	// candidate of kind k: changeAsk is not 0 and the kind is a number, a
	// date or a time of the type asked, or of any of these for a question
	// of no type.
	changeAsk   int8
	changeKinds uint32
	// siblings is true for a yes/no question that names no two things
	// joined by a word of [siblingjoins] ("is it early or late", "do
	// fees and rent go up" name both): polar-sibling reads only such a
	// question (siblingOf).
	siblings bool
	// joinsTwo is true for a question that names two things joined by a
	// word of [siblingjoins] ("caustic strength and temp"): it asks for
	// both, and askedConjunct keeps a pick that gives both.
	joinsTwo bool
}

// newSpanFacts prepares the facts of question q.
func newSpanFacts(ix *Index, q *Question, sc *scratch, w *spanWork, total float64) spanFacts {
	f := spanFacts{ix: ix, model: ix.spanModelOf(), q: q, sc: sc, w: w, total: max(total, 1e-9), head: q.focus, titled: -1, changeAsk: 1,
		parts: spanParts(), layout: spanFeatureLayout()}
	// Only a Question made by Parse has words, and only one with words
	// reaches the span model (withCandidates): its tokens are there.
	toks := q.toks
	f.qc = q.class
	words := spanWords()
	h := headWord(toks)
	f.plural = q.Type != TypeNumber && (q.list || h != "" && pluralNoun(h))
	if h != "" {
		for i, qw := range q.words {
			if qw.text == h {
				f.head, f.whichHead = i, true
			}
		}
		if posCached(english.Load(), h).Has(english.Noun) {
			// Into the room the scratch kept from the last question; nil
			// when the head has no noun sense, as the tests of f.kinds
			// against nil read it.
			w.kinds = english.Load().AppendNounSenses(w.kinds[:0], h)
			if len(w.kinds) > 0 {
				f.kinds = w.kinds
			}
		}
	}
	f.gapWords = gapWordsOf(toks)
	f.abbreviation = abbreviationAsked(q)
	f.identifier = q.Type == TypeNumber && q.asksIdentifier()
	f.paid = q.money && q.quantities == 0 && slices.ContainsFunc(toks, func(t token) bool { return questionWords().money[t.text] })
	f.noDialled = q.Type == TypeTime || q.Type == TypeDate ||
		q.Type == TypeNumber && !f.identifier && (q.countsThings() || q.duration || q.quantities != 0)
	old, past := false, false
	for i, t := range toks {
		info := words.infoOf(t.text)
		class := info.class
		// "per week", "a month": the question asks for a rate, which
		// an amount states, however much it names a time.
		f.rate = f.rate || class&swUnit != 0 && i > 0 && words.rateOpeners[toks[i-1].text]
		if i > 0 && (toks[i-1].text == "per" || class&swUnit != 0 && words.rateOpeners[toks[i-1].text]) {
			f.rateWord = singularRateWord(t.text) // "per day", "per mile", "a week"
		}
		if u := words.rateWordOf(t.text, info); u != "" {
			f.rateWord = u // "monthly"
		}
		switch {
		case class&swQuestionUp != 0:
			f.dir++
		case class&swQuestionDown != 0:
			f.dir--
		}
		switch {
		case class&swRangeStart != 0:
			f.rangeAsk++
		case class&swRangeEnd != 0:
			f.rangeAsk--
		}
		f.price = f.price || class&swPrice != 0
		f.version = f.version || info.asked&askVersion != 0
		old = old || info.asked&askOld != 0
		past = past || info.asked&askPast != 0
		f.joinsTwo = f.joinsTwo || info.asked&askSiblingJoin != 0
		switch {
		case info.asked&askFirstPlace != 0:
			f.place++
		case info.asked&askLastPlace != 0:
			f.place--
		}
	}
	switch {
	case old:
		f.changeAsk = -1
	case past:
		f.changeAsk = 0
	}
	f.dir = max(-1, min(1, f.dir))
	f.rangeAsk = max(-1, min(1, f.rangeAsk))
	n := 0
	for i, qw := range q.words {
		if n == maxFocusWords {
			break
		}
		if qw.weight >= 1 && !qw.typeNoun && !qw.exclude {
			f.focus |= 1 << i
			n++
		}
	}
	n = 0
	for i := len(q.words) - 1; i >= 0 && n < maxFocusWords; i-- {
		if qw := q.words[i]; qw.weight >= 1 && !qw.typeNoun && !qw.exclude && f.focus&(1<<i) == 0 {
			f.tail |= 1 << i
			n++
		}
	}
	f.late, f.subject = questionShape(toks)
	f.voice, f.verb = questionVoice(toks, f.subject, q.words)
	f.place = max(-1, min(1, f.place))
	f.respTerm = -1
	for _, w := range words.respectivelyWords {
		if id, ok := ix.wordTerm(w); ok {
			f.respTerm = id
		}
	}
	f.person = q.Type == TypePerson || (f.qc == qcKey || f.qc == qcPolar) && q.Type == TypeNone && personAsked(toks)
	for k := range numSpanKinds {
		if q.Type != TypeNone && q.fit(k.answerType()) >= strictFit {
			f.fitting |= 1 << k
		}
	}
	f.barred = f.barredKinds()
	for k := range numSpanKinds {
		t := k.answerType()
		if f.changeAsk != 0 && t.isValue() && (q.Type == TypeNone || q.Type == t) {
			f.changeKinds |= 1 << k
		}
	}
	f.siblings = q.polar && !f.joinsTwo
	return f
}

// abbreviationAsked returns the abbreviation q asks the meaning of: "X"
// of "what does X stand for" (askedAbbreviation), or the word a "what is"
// question asks about when it is of two to five letters and WordNet does
// not know it ("whats an icp", "what is the flgs"); else "".
func abbreviationAsked(q *Question) string {
	if ab := askedAbbreviation(q); ab != "" {
		return ab
	}
	if q.class != qcDefine {
		return ""
	}
	for _, t := range q.toks {
		if n := len(t.text); n >= 2 && n <= 5 && !isStopWord(t.text) && !strings.ContainsFunc(t.text, func(r rune) bool { return r < 'a' || r > 'z' }) &&
			posCached(english.Load(), t.text) == 0 {
			return t.text
		}
	}
	return ""
}

// spelledEnd returns the end of the tokens of candidate c that spell out
// the abbreviation the question asks of (spellsTo): all of its tokens, or
// for a table cell those up to its first mark ("friendly local game store"
// of the cell "friendly local game store: the independent shops ..."); c.a
// when they do not.
//
// spelledEnd is small enough to be inlined where it is read, so that it
// costs no call when the question asks of no abbreviation (spelledTo
// reads the tokens).
func (f *spanFacts) spelledEnd(c *spanCand, s []spanTok) int32 {
	if f.abbreviation == "" {
		return c.a
	}
	return f.spelledTo(c, s)
}

// spelledTo is spelledEnd for a question that asks of an abbreviation.
func (f *spanFacts) spelledTo(c *spanCand, s []spanTok) int32 {
	b := c.b
	if c.cell >= 0 {
		for i := c.a + 1; i < c.b; i++ {
			if breaks(s[i].gap) {
				b = i
				break
			}
		}
	}
	if spellsTo(s[c.a:b], f.abbreviation) {
		return b
	}
	return c.a
}

// spellsTo reports whether the words of toks spell out abbreviation ab
// (spells) and need their last word to: "desktop publishing" for "dtp",
// not "desktop publishing layout".
func spellsTo(toks []spanTok, ab string) bool {
	var buf [maxClauseTokens + 1]string
	words := buf[:0]
	for _, t := range toks {
		if t.word != "" && len(words) < len(buf) {
			words = append(words, t.word)
		}
	}
	return len(words) >= 2 && spells(words, ab, 0, 0) && !spells(words[:len(words)-1], ab, 0, 0)
}

// gapWordsOf returns the function words a question has right next to
// what it asks, which stand right before the answer in a sentence that
// says it: the word before a question word that comes after other words
// ("by" of "created by which branch", "in" of "one of the biggest in what
// county") and the question's last word when it is a function word ("into"
// of "what does Link morph into", "from" of "where did they come from").
// Articles and question words are never gap words.
func gapWordsOf(toks []token) [2]string {
	var out [2]string
	qw := questionWords()
	gap := func(t token) bool { return isStopWord(t.text) && !qw.questionWords[t.text] && !qw.articles[t.text] }
	for i := 1; i < len(toks); i++ {
		if qw.questionWords[toks[i].text] && gap(toks[i-1]) {
			out[0] = toks[i-1].text
			break
		}
	}
	if n := len(toks); n > 1 && gap(toks[n-1]) && toks[n-1].text != out[0] {
		out[1] = toks[n-1].text
	}
	return out
}

// questionShape reads where a question's question word stands: after
// other content words (late), and whether it is the subject, followed by
// a verb rather than an auxiliary ("who wrote", "which company bought" but
// not "what did", "who is").
func questionShape(toks []token) (late, subject bool) {
	words, qw := spanWords(), questionWords()
	for i, t := range toks {
		if !qw.questionWords[t.text] {
			if !isStopWord(t.text) {
				late = true
			}
			continue
		}
		j := i + 1
		if (t.text == "what" || t.text == "which") && j < len(toks) && !isStopWord(toks[j].text) {
			j++ // the noun of "which company"
		}
		if j < len(toks) {
			next := toks[j].text
			// "who's the premier" lost its "is" to the contraction: the
			// article shows it.
			article := next == "the" || next == "a" || next == "an"
			subject = !qw.auxiliaries[next] && !words.copulas[next] && !qw.questionWords[next] && next != "many" && next != "much" && !article
		}
		return late, subject
	}
	return false, false
}

// questionVoice reads the voice of the verb a question's question word is
// the subject of: -1 for a passive auxiliary (be or get, [passive] of
// spanwords.txt) and then a past participle ("who GOT WELCOMED", "who WAS
// FIRED by the board"), +1 for a question word that is the subject of
// another verb (questionShape's subject: "who WELCOMED them"), else 0;
// only who, what and which stand for a subject so. It
// returns also the index in words of the question's verb, or -1 when the
// question has no such verb among its words; voice is then 0.
func questionVoice(toks []token, subject bool, words []qword) (voice, verb int) {
	qw := questionWords()
	for i, t := range toks {
		if !qw.questionWords[t.text] {
			continue
		}
		if t.text != "who" && t.text != "what" && t.text != "which" {
			return 0, -1 // only these stand for a subject: not "when secondary"
		}
		j := i + 1
		if (t.text == "what" || t.text == "which") && j < len(toks) && !isStopWord(toks[j].text) {
			j++ // the noun of "which company"
		}
		if j >= len(toks) {
			return 0, -1
		}
		voice = 0
		switch {
		case spanWords().passive[toks[j].text] && j+1 < len(toks) && pastParticiple(toks[j+1].text):
			voice, j = -1, j+1
		case subject:
			voice = 1
		}
		if voice == 0 {
			return 0, -1
		}
		for k, w := range words {
			if w.text == toks[j].text {
				return voice, k
			}
		}
		return 0, -1
	}
	return 0, -1
}

// personAsked reports whether the last word of a question of key words is
// a noun that WordNet knows, in one of its senses, as a kind of person
// ("officer" of "lab safety officer", "chair" of "water board chair"):
// such key words name a person by office, and ask for the name. Any sense
// counts, so "target" does too (a person may be one); the span features
// that read it (unknown-words, unknown-text) were fitted so.
func personAsked(toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	w := toks[len(toks)-1].text
	if isStopWord(w) || !posCached(english.Load(), w).Has(english.Noun) {
		return false
	}
	return kindsShare(nounKindsOf(w), personSense())
}

// personSense is WordNet's first noun sense of "person", the synset
// personAsked looks for among a word's ancestors, read once per process.
var personSense = sync.OnceValue(func() []uint32 {
	return english.Load().AppendNounSenses(nil, "person")[:1]
})

// pastParticiple reports whether w looks like a past participle that
// WordNet knows: a regular or strong one ending in -ed, -en or -wn
// ("welcomed", "chosen", "known"), or an irregular verb form of WordNet's
// exception list (english.IrregularPOS: "held", "made", "built", "led").
// The list does not tell the past from the participle, so a form it holds
// for both ("held") is taken, and so is a past alone ("went", "ran"), which
// a passive auxiliary before it makes rare; its third persons in -s ("is",
// "has") and its -ing forms ("being", "lying") are not participles and are
// left out. A participle equal to its base ("cast", "put", "hit", "run")
// is no exception there and is not taken: after "is" or "was" a word that
// is a verb's base is as often a noun ("what was home to").
func pastParticiple(w string) bool {
	if len(w) >= 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn")) {
		return posCached(english.Load(), w) != 0
	}
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") {
		return false
	}
	return english.Load().IrregularPOS(w)&english.Verb != 0
}

// voiceSide is the feature voice of candidate c of running text s. Where
// the sentence holds the question's verb (f.verb) in the other voice than
// the question's, the one the question asks for stands after the verb: the
// object of an active sentence for a passive question ("Albares personally
// welcomed [both delegations]" for who got welcomed), the agent of a
// passive sentence for an active one ("are reported to the HSE by [Bronwen
// Price]" for who reports injuries). Then c is +1 when it stands wholly
// after the verb and -1 wholly before it; else 0 (in the same voice the
// features of the question word as subject, left-all-subject, say where
// it stands). A passive auxiliary of [passive] right before the verb, or
// before an adverb in -ly before it, makes the sentence's verb passive.
//
// voiceSide is small enough to be inlined where it is read, so that it
// costs no call when the question's verb has no voice to compare
// (voiceOf does).
func (f *spanFacts) voiceSide(c *spanCand, s []spanTok) float64 {
	if f.voice == 0 {
		return 0
	}
	return f.voiceOf(c, s)
}

// sentenceVoice is the voice of the verb at token v of sentence s: -1
// when it is passive, else 1.
func sentenceVoice(s []spanTok, v int32) int {
	passive := spanWords().passive
	sv := 1
	if p := v - 1; p >= 0 && (passive[s[p].word] || strings.HasSuffix(s[p].word, "ly") && p > 0 && passive[s[p-1].word]) {
		sv = -1
	}
	if n := v + 1; int(n) < len(s) && s[n].word == "by" && !breaks(s[n].gap) {
		sv = -1 // a participle with its agent, no auxiliary: "operas directed by Spontini"
	}
	return sv
}

// verbIn returns where the question's verb (f.verb) first stands in the
// sentence s of candidate c, or -1, with the voice it has there
// (sentenceVoice), remembered for the sentence (f.verbLo), so that its
// tokens are walked once, not once per candidate.
func (f *spanFacts) verbIn(c *spanCand, s []spanTok) (int32, int) {
	if f.verbLo != c.lo+1 {
		f.verbLo, f.verbAt = c.lo+1, -1
		for i := range s {
			if int(s[i].qword) == f.verb {
				f.verbAt = int32(i)
				break
			}
		}
		if f.verbAt >= 0 {
			f.verbVoice = sentenceVoice(s, f.verbAt)
		}
	}
	return f.verbAt, f.verbVoice
}

// voiceOf is voiceSide for a question whose verb has a voice (f.voice).
func (f *spanFacts) voiceOf(c *spanCand, s []spanTok) float64 {
	v, _ := f.verbIn(c, s)
	if v < 0 || c.a <= v && c.b > v {
		return 0
	}
	if f.verbVoice == f.voice {
		return 0
	}
	if c.b <= v {
		return -1
	}
	return 1
}

// subjectSide is the feature asked-subject of candidate c of running text
// s: for a question whose question word is the subject of an active verb
// (f.voice +1: "who pays for the pipeline", "which company bought it"),
// whether c ends right before that verb of the sentence, which stands
// there in the active voice too: c is then its subject, the one asked
// ("[The state government] will pay half", "[Beijing] said"). Only words
// of [subjectgaps] of spanwords.txt (a relative pronoun, which may follow
// a comma: "a [neighbourhood officer], who deals with"; an auxiliary; an
// adverb, or any word in -ly) may stand between, with no other mark. In
// the other voice the one asked stands after the verb (voiceSide).
//
// subjectSide is small enough to be inlined where it is read, so that it
// costs no call for a question of another shape (subjectOf does the walk).
func (f *spanFacts) subjectSide(c *spanCand, s []spanTok) bool {
	return f.voice == 1 && f.subjectOf(c, s)
}

// subjectOf is subjectSide for a question whose question word is the
// subject of an active verb, and passiveSide for one whose question word
// is the subject of a passive verb: c ends right before the question's
// verb of the sentence, which stands there in the question's voice
// (f.voice), past only words of [subjectgaps], and for the passive voice
// the auxiliaries of [passive] ("[Alessandro Cremona] was chosen as").
func (f *spanFacts) subjectOf(c *spanCand, s []spanTok) bool {
	v, voice := f.verbIn(c, s)
	if v < c.b || voice != f.voice {
		return false
	}
	words := spanWords()
	for i := c.b; i < v; i++ {
		t := &s[i]
		gap := words.subjectGaps[t.word] || strings.HasSuffix(t.word, "ly") || f.voice == -1 && words.passive[t.word]
		if !gap || breaks(t.gap) && (i != c.b || t.gap != gapComma) {
			return false
		}
	}
	return !breaks(s[v].gap)
}

// passiveSide is the feature passive-subject of candidate c of running
// text s: for a question whose question word is the subject of a passive
// verb (f.voice -1: "who was chosen as Marco Sciarra", "what was directed
// by Spontini"), c ends right before that verb of the sentence, which
// stands there in the passive voice too, past its auxiliary and words of
// [subjectgaps] (subjectOf): its subject, the one asked, "[Alessandro
// Cremona] was chosen as Marco Sciarra", "[Midna] is revealed to be the
// true ruler". An adverb between the auxiliary and the verb that does not
// end in -ly hides the voice ("Midna is now revealed"; sentenceVoice). In
// the active voice the one asked stands after the verb (voiceSide).
//
// passiveSide is small enough to be inlined where it is read.
func (f *spanFacts) passiveSide(c *spanCand, s []spanTok) bool {
	return f.voice == -1 && f.subjectOf(c, s)
}

// respItem is an item of a list of a sentence whose lists a word of
// [respectively] pairs by place (respectiveItems): its tokens [a, b), the
// list's number in the sentence and its length n, the item's place in it
// (0 first), and whether it holds a question word.
type respItem struct {
	a, b, list, at, n int32
	named             bool
}

// maxRespItems is the longest list respectiveItems reads (a place is a
// bit of a uint64 in respectiveSide); maxRespLen the most tokens a middle
// item may hold: a value, a year or a short name, not a clause.
const (
	maxRespItems = 16
	maxRespLen   = 4
)

// respectiveSide is the feature respectively of candidate c of running
// text s: when c is an item of a list that a word of [respectively] pairs
// with another list of as many items ("47.81%, 53.06%, and 62.14% ... in
// 2022, 2023, and 2024 respectively"), the item at the same place of the
// other list says what c is of. It is +1 when the question names the other
// list's item at c's place and no other, -1 when it names only items at
// other places; naming none, the question that asks for the first or the
// last of a series (f.place: "the latest year") names that place. The
// lists are read once per sentence (f.respLo), not once per candidate,
// and not at all when the corpus lacks the word (f.respTerm).
//
// respectiveSide is small enough to be inlined where it is read, so that
// a candidate longer than any item, or one of a sentence already found to
// pair no lists (f.respNone), costs no call (respectiveOf reads the
// lists).
func (f *spanFacts) respectiveSide(c *spanCand, s []spanTok) float64 {
	if c.b-c.a > maxRespLen || f.respNone == c.lo+1 {
		return 0 // no item is longer (respectiveItems)
	}
	return f.respectiveOf(c, s)
}

// respectiveOf is respectiveSide once the candidate may be an item.
func (f *spanFacts) respectiveOf(c *spanCand, s []spanTok) float64 {
	if f.respLo != c.lo+1 {
		f.respLo = c.lo + 1
		f.w.respItems = f.w.respItems[:0]
		if f.respTerm >= 0 {
			f.w.respItems = respectiveItems(f.w.respItems, s, f.ix.sents[c.sent].phrases, f.respTerm)
		}
		if len(f.w.respItems) == 0 {
			f.respNone = f.respLo
			return 0
		}
	}
	items := f.w.respItems
	k := slices.IndexFunc(items, func(r respItem) bool { return r.a == c.a && r.b == c.b })
	if k < 0 {
		return 0
	}
	me := items[k]
	var named uint64 // the places the question names in the other lists
	for _, r := range items {
		if r.list != me.list && r.n == me.n && r.named {
			named |= 1 << r.at
		}
	}
	if named == 0 {
		switch f.place {
		case 1:
			named = 1
		case -1:
			named = 1 << (me.n - 1)
		}
	}
	switch {
	case named == 0:
		return 0
	case named == 1<<me.at:
		return 1
	case named&(1<<me.at) == 0:
		return -1
	}
	return 0
}

// respectiveItems appends to dst the items of the lists of sentence s when
// it holds a word of [respectively], whose term is term, else nothing. The
// sentence is cut into stretches at commas and at the words of [respjoins]
// ("and", "or"), any other mark ending a run of them; a list is a run of
// stretches parted by commas but the last, parted by a word of
// [respjoins] (a comma may come before it). Its items are the typed
// phrases found at Build, phrases, that end its first stretch, make each
// middle one and open its last, when there are such of one kind
// (typedItems: "losing 2–1 to [Chelsea] and [Birmingham City]
// respectively", items of two lengths); else they are read by their length
// (sizedItems): the middle stretches, all of one length, at most
// maxRespLen tokens, the first item as many tokens at the end of the
// stretch before the first parting, the last as many at the start of the
// stretch after the last ("[47.81%], 53.06%, and [62.14%] of China’s
// related imports"). A list of two items so read has no middle: each is
// then one number, the token before the parting and the one after it, or
// a number and its unit when one unit follows both ("5% and 7%", "%" read
// as "percent").
func respectiveItems(dst []respItem, s []spanTok, phrases []phrase, term int32) []respItem {
	words := spanWords()
	if !slices.ContainsFunc(s, func(t spanTok) bool { return t.term == term && words.respectively[t.word] }) {
		return dst
	}
	var buf [32]respStretch
	st := buf[:0]
	open, by := int32(0), int32(0)
	end := func(i int32) {
		if i > open {
			st = append(st, respStretch{open, i, by})
			by = 0
		}
	}
	for i := int32(0); i < int32(len(s)); i++ {
		switch {
		case words.respJoins[s[i].word] && !s[i].cap:
			end(i)
			if s[i].gap != gapNone && s[i].gap != gapComma {
				by = 0
			} else {
				by = 2
			}
			open = i + 1
		case s[i].gap == gapComma:
			end(i)
			by, open = 1, i
		case breaks(s[i].gap):
			end(i)
			by, open = 0, i
		}
	}
	end(int32(len(s)))
	list := int32(0)
	for j := 0; j < len(st); j++ {
		m := j + 1
		for m < len(st) && st[m].by == 1 {
			m++
		}
		if m >= len(st) || st[m].by != 2 || m-j+1 > maxRespItems {
			continue
		}
		first := len(dst)
		var ok bool
		if dst, ok = typedItems(dst, s, phrases, st[j:m+1], list); !ok {
			if dst, ok = sizedItems(dst, s, st[j:m+1], list); !ok {
				continue
			}
		}
		markNamed(dst[first:], s)
		list++
		j = m - 1 // the last stretch may open the next list
	}
	return dst
}

// sizedItems appends to dst the items of the list that stretches st make
// (respectiveItems) when they are read by their length: the middle ones
// all of one length, at most maxRespLen tokens, the first and the last
// as long, cut from the ends of the first and the last stretch; for a
// list of two, two numbers, or two numbers with one unit after both ("5%
// and 7%"). It returns dst as it was and false when they are not.
func sizedItems(dst []respItem, s []spanTok, st []respStretch, list int32) ([]respItem, bool) {
	m := len(st) - 1
	k := int32(1)
	if m > 1 {
		k = st[1].b - st[1].a
	}
	ok := k <= maxRespLen && st[0].b-k >= st[0].a && st[m].a+k <= st[m].b
	for i := 1; ok && i < m; i++ {
		ok = st[i].b-st[i].a == k
	}
	if ok && m == 1 {
		x, y := st[0].b-1, st[1].a
		switch {
		case s[x].num && s[y].num:
		case x > st[0].a && y+1 < st[1].b && s[x-1].num && s[y].num && s[x].word == s[y+1].word:
			k = 2 // one unit after both numbers: "5% and 7%"
		default:
			ok = false
		}
	}
	if !ok {
		return dst, false
	}
	n := int32(len(st))
	for i := range st {
		a := st[i].a
		if i == 0 {
			a = st[0].b - k
		}
		dst = append(dst, respItem{a: a, b: a + k, list: list, at: int32(i), n: n})
	}
	return dst, true
}

// respStretch is a stretch of a sentence that respectiveItems cuts at
// commas and words of [respjoins]: tokens [a, b); by is how the one before
// parts it: 0 a mark of another kind or the sentence's start, 1 a comma, 2
// a word of [respjoins].
type respStretch struct{ a, b, by int32 }

// typedItems appends to dst the items of the list that stretches st make
// (respectiveItems: parted by commas, the last by a word of [respjoins])
// when each is a typed phrase found at Build, phrases, at most maxRespLen
// tokens long: the one that ends the first stretch, the one each middle
// stretch is, and the one that opens the last, all of one kind (sameKind:
// two names are alike, their kind only guessed from the words around
// them, "to [Chelsea] and [Birmingham City]"). It returns dst as it was
// and false when they are not.
func typedItems(dst []respItem, s []spanTok, phrases []phrase, st []respStretch, list int32) ([]respItem, bool) {
	first, n := len(dst), int32(len(st))
	var kind AnswerType
	for i := range st {
		r := &st[i]
		ph := stretchPhrase(phrases, s, r.a, r.b, i > 0, i < len(st)-1)
		if ph == nil || i > 0 && !sameKind(kind, ph.kind) {
			return dst[:first], false
		}
		kind = ph.kind
		a, b := r.a, r.b
		for a < b && s[a].start < ph.start {
			a++
		}
		for b > a && s[b-1].end > ph.end {
			b--
		}
		if b-a > maxRespLen {
			return dst[:first], false
		}
		dst = append(dst, respItem{a: a, b: b, list: list, at: int32(i), n: n})
	}
	return dst, true
}

// stretchPhrase returns the typed phrase of phrases that lies within
// tokens [a, b) of s, starting where they start when opens and ending
// where they end when ends, on token bounds, or nil.
func stretchPhrase(phrases []phrase, s []spanTok, a, b int32, opens, ends bool) *phrase {
	lo, hi := s[a].start, s[b-1].end
	for i := range phrases {
		ph := &phrases[i]
		if ph.start < lo || ph.end > hi || opens && ph.start != lo || ends && ph.end != hi {
			continue
		}
		if slices.ContainsFunc(s[a:b], func(t spanTok) bool { return t.start == ph.start }) &&
			slices.ContainsFunc(s[a:b], func(t spanTok) bool { return t.end == ph.end }) {
			return ph
		}
	}
	return nil
}

// markNamed sets named for each item of one list (respectiveItems) that
// holds a question word no other item of the list holds: a word every item
// holds ("percent" of "47.81%, 53.06%, and 62.14%" for what percent)
// names the list, not one of its items.
func markNamed(items []respItem, s []spanTok) {
	for i := range items {
		for t := items[i].a; t < items[i].b && !items[i].named; t++ {
			q := s[t].qword
			items[i].named = q >= 0 && !slices.ContainsFunc(items, func(o respItem) bool {
				return o.at != items[i].at && slices.ContainsFunc(s[o.a:o.b], func(u spanTok) bool { return u.qword == q })
			})
		}
	}
}

// unknownShare is the share of the content words of toks, numbers and
// question words aside, that are unknown (spanTok.unknown), or 0 when
// there are none: the name of a person the question does not give has
// such words ("Achterberg" of "Martin Achterberg"), a role or a city seldom
// ("Finance Director", "Leeds"). It is 0 for every candidate of a question
// that does not ask for a person. The feature unknown-words reads it for
// a table cell, where it tells the name of a directory row from the cells
// of its role, room or city; unknown-text for a candidate of running text
// that holds no title word, since a name with its title ("Spanish Foreign
// Minister José Manuel Albares") is the one a question names by office,
// seldom the one asked for when it is not (fitted for every candidate of
// running text, it took the object of "Albares personally welcomed [both
// delegations]" from the voice feature).
func unknownShare(toks []spanTok) float64 {
	n, unknown := 0, 0
	for i := range toks {
		if toks[i].content && !toks[i].num && toks[i].qword < 0 {
			n++
			if toks[i].unknown {
				unknown++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(unknown) / float64(n)
}

// fits reports whether candidate c is of the type the question asks for.
func (f *spanFacts) fits(c *spanCand) bool { return f.fitting&(1<<c.kind) != 0 }

// asksName reports whether the words ask for a name rather than a
// description: "what is the name of ...", "what was it called".
func asksName(toks []token) bool {
	names := questionWords().nameWords
	for _, t := range toks {
		if names[t.text] {
			return true
		}
	}
	return false
}

// headWord returns the noun after the question's "what" or "which"
// ("which congregation", "what kind of chips"), or "".
func headWord(toks []token) string {
	for i, t := range toks {
		if t.text != "what" && t.text != "which" {
			continue
		}
		for _, n := range toks[i+1 : min(len(toks), i+4)] {
			switch {
			case n.text == "kind" || n.text == "type" || n.text == "sort" || n.text == "of":
			case isStopWord(n.text):
				return ""
			default:
				return n.text
			}
		}
		return ""
	}
	return ""
}

// contractsCopula reports whether question word t is written with a
// contracted "is" that the tokenizer read away ("whats", "what's",
// "who's" -> "what", "who"). It reads the word as written in place,
// lowering its ASCII letters as it compares (hasPrefixLower), not into a
// string of its own: it runs on every word of every question.
func contractsCopula(text string, t token) bool {
	if t.text != "what" && t.text != "who" || t.start < 0 || int(t.end) > len(text) || t.start >= t.end {
		return false
	}
	raw := text[t.start:t.end]
	last, _ := utf8.DecodeLastRuneInString(raw)
	return unicode.ToLower(last) == 's' && !(len(raw) == len(t.text) && hasPrefixLower(raw, t.text))
}

// QuestionClass names the class of q, made by Parse, as the span model
// reads it ("who-is", "how-much", "key-number" ...).
func QuestionClass(q Question) string { return qClassNames[q.class] }

// sentence returns the tokens of candidate c's sentence.
func (f *spanFacts) sentence(c *spanCand) []spanTok { return f.w.toks[c.lo : c.lo+c.n] }

// spanReads says what of a candidate a feature reads: where it starts
// only, where it ends only, or the whole of it. The model weighs the
// features that read only a candidate's start once per start, not once
// per candidate (spanSentences), so a feature must not read more than it
// says (TestSpanFeatureReads); likewise for the features that read only
// its kind or its length.
type spanReads uint8

const (
	readsWhole  spanReads = iota
	readsStart            // where it starts (and which sentence it is in)
	readsEnd              // where it ends
	readsKind             // its kind and whether it is a typed phrase
	readsLength           // its length in tokens
	numSpanReads
)

// The dense span features, by index in the model's weights.
const (
	dLeft3 = iota
	dRight3
	dLeft10
	dRight10
	dLeftAll
	dRightAll
	dNearLeft
	dNearRight
	dFocusLeft
	dFocusRight
	dTailLeft
	dTailRight
	dLeft3Late
	dRight3Late
	dLeftAllSubject
	dRightAllSubject
	dBetween
	dInside
	dInsideAll
	dInsideWeight
	dCoordination
	dHasHead
	dCutsNameStart
	dCutsNameEnd
	dFit
	dTyped
	dTokens
	dCaps
	dRare
	dPosition
	dPrevious
	dClauseStart
	dClauseEnd
	dAfterCopula
	dAppositionAfter
	dAppositionBefore
	dTitleBeforeName
	dNameAfterTitle
	dFitsBeforeQuestion
	dFitsAfterQuestion
	dHandRule
	dDescribes
	dMoneyForPrice
	dCounts
	dDirection
	dHeader
	dCell
	dRowKey
	dKindOfAsked
	dAfterGapWord
	dEndsVerb
	dCellRepeats
	dClauseWeight
	dParallel
	dSpellsAsked
	dVoice
	dUnknownWords
	dUnknownText
	dConjunctWeight
	dFitsApart
	dHeaderKin
	dCountsAsked
	dRangeSide
	dPolarAmount
	dPolarNegation
	dPluralList
	dPolarSubject
	dCodeWord
	dChangeSide
	dPolarSibling
	dAskedSubject
	dCutsNoun
	dPassiveSubject
	dRespectively
	numDense
)

// spanDense names and documents the real-valued features of a candidate,
// in the order of the model's weights, and says what of a candidate each
// reads; the values are worked out by part, in startValues, endValues,
// kindValues, lengthValues and wholeValues, so that the model evaluates
// the features of a part together, in one call without a lookup per
// feature (TestSpanDenseValuesByPart checks that each part fills just its
// own): the score funcs generated from them (spanscore.go, go generate
// ./qa) add each value at its weight where it is worked out.
var spanDense = [numDense]struct {
	name, doc string
	reads     spanReads
}{
	dLeft3:              {"left-3", "weight of question words in the 3 tokens before the candidate", readsStart},
	dRight3:             {"right-3", "weight of question words in the 3 tokens after it", readsEnd},
	dLeft10:             {"left-10", "weight of question words 4 to 10 tokens before it", readsStart},
	dRight10:            {"right-10", "weight of question words 4 to 10 tokens after it", readsEnd},
	dLeftAll:            {"left-all", "weight of question words anywhere before it in the sentence", readsStart},
	dRightAll:           {"right-all", "weight of question words anywhere after it", readsEnd},
	dNearLeft:           {"near-left", "1 / (1 + tokens to the nearest question word before it), 0 when none", readsStart},
	dNearRight:          {"near-right", "1 / (1 + tokens to the nearest question word after it), 0 when none", readsEnd},
	dFocusLeft:          {"focus-left", "1 / (1 + tokens to the nearest focus word before it), 0 when none", readsStart},
	dFocusRight:         {"focus-right", "1 / (1 + tokens to the nearest focus word after it), 0 when none", readsEnd},
	dTailLeft:           {"tail-left", "1 / (1 + tokens to the nearest of the question's last words before it), 0 when none", readsStart},
	dTailRight:          {"tail-right", "1 / (1 + tokens to the nearest of the question's last words after it), 0 when none", readsEnd},
	dLeft3Late:          {"left-3-late", "left-3, when the question word comes after other words", readsStart},
	dRight3Late:         {"right-3-late", "right-3, when the question word comes after other words", readsEnd},
	dLeftAllSubject:     {"left-all-subject", "left-all, when the question word is the subject (who wrote ...)", readsStart},
	dRightAllSubject:    {"right-all-subject", "right-all, when the question word is the subject", readsEnd},
	dBetween:            {"between", "1 when question words stand within 5 tokens on both sides", readsWhole},
	dInside:             {"inside", "share of the candidate's content words that are question words (the head noun left out)", readsWhole},
	dInsideAll:          {"inside-all", "1 when every content word of the candidate is a question word: it repeats the question", readsWhole},
	dInsideWeight:       {"inside-weight", "weight of the question words in the candidate (but the head noun)", readsWhole},
	dCoordination:       {"coordination", "1 when the candidate joins phrases with and or or: \"[the officials and China's negotiator]\"", readsWhole},
	dHasHead:            {"has-head", "1 when the candidate holds the noun the question asks for: \"[the Congregation of Holy Cross]\" for which congregation", readsWhole},
	dCutsNameStart:      {"cuts-name-start", "1 when the candidate starts inside a run of capitalised words that are not the question's", readsStart},
	dCutsNameEnd:        {"cuts-name-end", "1 when the candidate ends inside a run of capitalised words that are not the question's", readsEnd},
	dFit:                {"fit", "how well the candidate's kind answers the type the question asks for (1 same, 0.5 near, 0)", readsKind},
	dTyped:              {"typed", "1 when the candidate is a phrase typed at Build (a date, a number, a name ...), or such a name without the question's words at its edges", readsKind},
	dTokens:             {"tokens", "log(1 + tokens of the candidate)", readsLength},
	dCaps:               {"caps", "share of the candidate's content words that are capitalised", readsWhole},
	dRare:               {"rare", "mean rarity (idf / highest idf) of the candidate's content words that are not question words", readsWhole},
	dPosition:           {"position", "where the candidate starts in its sentence (0 first token, 1 last)", readsStart},
	dPrevious:           {"previous", "1 for a candidate of the sentence before, which the answer refers back to", readsStart},
	dClauseStart:        {"clause-start", "1 when the candidate opens its clause (after a mark or at the start)", readsStart},
	dClauseEnd:          {"clause-end", "1 when the candidate ends its clause (before a mark or at the end)", readsEnd},
	dAfterCopula:        {"after-copula", "1 when the candidate follows a question word and a copula: \"TikTok is [a short video app]\"", readsStart},
	dAppositionAfter:    {"apposition-after", "1 when the candidate follows a question word and a comma, or in running text a colon for what is X or who is X: \"Bessent, [the Treasury Secretary]\", \"Green sheet: [the discharge sheet]\"", readsStart},
	dAppositionBefore:   {"apposition-before", "1 when a comma and a question word follow the candidate, itself no coordination: \"[the State Central Library], the largest public library\"", readsWhole},
	dTitleBeforeName:    {"title-before-name", "1 when a capitalised question word follows the candidate directly: \"[Treasury Secretary] Scott Bessent\"", readsWhole},
	dNameAfterTitle:     {"name-after-title", "1 when the candidate follows a capitalised question word directly: \"Vice Premier [He Lifeng]\"", readsWhole},
	dFitsBeforeQuestion: {"fits-before-question", "1 when the candidate is of the type asked and a question word follows it directly: \"a [September 17] deadline\"", readsWhole},
	dFitsAfterQuestion:  {"fits-after-question", "1 when the candidate is of the type asked and follows a question word directly: \"Vice Premier [He Lifeng]\"", readsWhole},
	dHandRule:           {"hand-rule", "1 when the candidate is the span the first engine's hand-written rules pick (the typed phrase nearest the question's words)", readsWhole},
	dDescribes:          {"describes", "1 when the candidate describes a question word the way documents describe a thing or a person: after \"X is\" or \"X,\", or right before \"X\" or \", X\"", readsWhole},
	dMoneyForPrice:      {"money-for-price", "1 for an amount of money when the question asks what something costs", readsKind},
	dCounts:             {"counts", "1 for a number followed (within two words) by what a how-many question counts, or by a time unit for how long", readsStart},
	dDirection:          {"direction", "for a number: +1 when the verb of change before it goes the way the question asks (fell/drop), -1 the other way", readsStart},
	dHeader:             {"header", "for a table cell: weight of the question words in its column's header", readsWhole},
	dCell:               {"cell", "1 for a cell of a table row", readsWhole},
	dRowKey:             {"row-key", "1 for the first cell of a table row, which names the row", readsWhole},
	dKindOfAsked:        {"kind-of-asked", "1 when the candidate's last word is, by WordNet, the thing a what or which question asks for or a kind of it: \"[the piano]\" for what instrument, \"[Warsaw]\" for what city", readsEnd},
	dAfterGapWord:       {"after-gap-word", "1 when the function word the question has next to what it asks stands right before the candidate (an article may come between): \"morph into [a rabbit]\" for what does Link morph into, \"by [the Security Council]\" for by which branch", readsStart},
	dEndsVerb:           {"ends-verb", "1 when the candidate's last word is a lower-case word WordNet knows only as a verb: \"[Thinley writes]\", \"[commercial influenced]\"", readsEnd},
	dClauseWeight:       {"clause-weight", "weight of the question words in the candidate's clause (between marks) outside it: \"$92, and the gap is [$48.10]\" for what is the gap", readsWhole},
	dParallel:           {"parallel", "for a number, date or time of running text: +1 when, of its conjunct and another's holding one of its type, the question names the word where they differ in its conjunct, -1 in the other's: \"fall term fees are due on September 30, and [winter] term fees on [January 31]\" for when are winter fees due", readsWhole},
	dSpellsAsked:        {"spells-asked", "1 when the candidate's words spell out the abbreviation the question asks of, to their last: \"[desktop publishing]\" for what does dtp stand for, \"[installation control point]\" for whats an icp", readsWhole},
	dVoice:              {"voice", "for running text where the question's verb stands in the other voice than the question's: +1 after the verb, where the one asked stands then, -1 before it: \"Albares personally welcomed [both delegations]\" for who got welcomed", readsWhole},
	dUnknownWords:       {"unknown-words", "for a table cell, when the question asks for a person: share of the cell's content words, numbers and question words aside, that WordNet does not know, as a person's name's seldom are: \"[Martin Achterberg]; Finance Director; Leeds\" for who approves expenses", readsWhole},
	dUnknownText:        {"unknown-text", "unknown-words for a candidate of running text that holds no title word ([titles]): \"[Jamieson Greer]\" for the trade representative's name, 0 for \"[US Trade Representative Jamieson Greer]\"", readsWhole},
	dConjunctWeight:     {"conjunct-weight", "clause-weight in the candidate's conjunct, its clause cut also at and, but, or, while ([coordinators]): \"43 businesses had cut staff hours, and [nine] had laid off workers\" has 0 for how many cut staff hours", readsWhole},
	dFitsApart:          {"fits-apart", "1 when the candidate's sentence holds a phrase typed at Build of the type asked and the candidate overlaps none: \"China on Sunday announced two investigations [targeting the US semiconductor sector]\" for when did China announce them", readsWhole},
	dHeaderKin:          {"header-kin", "1 for a table cell, not of the first column, whose column's header holds no question word by its terms but a noun that is, in its first WordNet sense, a noun of the question or a kind of one: \"[$120.00]\" under Fee for skin check cost", readsWhole},
	dCountsAsked:        {"counts-asked", "for a number of running text, when the question asks for a number: +1 when one of the two content words after it, before any mark, is a question word (the thing it counts or measures), -1 when they are other words: \"[£0.45] a mile\" +1, \"[€30] a day\" -1 for how much per mile", readsStart},
	dRangeSide:          {"range-side", "for a date or time of running text, when the question asks when something starts or ends ([rangestart], [rangeend]): +1 when the word before it says it is that end of a span of time ([rangefrom], [rangeto]), -1 the other end: \"from [June 16] to September 26\" +1, \"to [September 26]\" -1 for when did the works start", readsStart},
	dPolarAmount:        {"polar-amount", "1 for an amount (a count, money, a percentage, a duration) when the question asks yes or no: \"Cholera, taken by mouth; 2 doses; [$55]\" for is the cholera vaccine a needle", readsKind},
	dPolarNegation:      {"polar-negation", "1 when a negation (not, never, no, cannot) stands right before the candidate and the question asks yes or no: \"but not [off out-of-hours fees]\" for do members get money off out of hours", readsStart},
	dPluralList:         {"plural-list", "1 for a list or a coordination when the question asks for things by a plural noun, not a number: \"in [2017, 2019 and 2024]\" for what years did inspectors note clogged drains", readsWhole},
	dPolarSubject:       {"polar-subject", "1 for running text, for a yes/no question of the polar classes, when the candidate opens what its conjunct says of a subject that holds a question word (it follows the verb after that subject, or is a negation of it) and says more than the question's words (a word of its own, or a negation in it or right before it): \"Cockerels are [not allowed]\" for are cockerels ok; 0 for \"Rent is [not refunded]\" for do i get the key deposit back", readsWhole},
	dCodeWord:           {"code-word", "1 when the question asks for no person and the candidate is one word of code (sentenceSpanTokens): parts joined by underscores, \"=\", a full stop or a slash between letters or digits, or opened by the mark of an option or a path: \"If [ASN1_DECODE_FLAG_ALLOW_PADDING] flag is set\", \"use the --[trace-children=yes] option\"", readsWhole},
	dChangeSide:         {"change-side", "for a number, date or time of running text of the type asked (or any, for a question of no type), where its clause states a change ([changeold] and the sections beside it): -1 for the value before (\"up from [£250]\", \"instead of [2 September]\", \"went from [44] to 58\"), +1 for the value now (\"[£350], up from £250\", \"from 44 to [58]\"), each turned the other way when the question asks for the value before ([askedold]: \"dental cover before april\"), 0 when it holds no such word but a past auxiliary ([askedpast]: \"what was the cover\")", readsWhole},
	dPolarSibling:       {"polar-sibling", "1 for running text, for a yes/no question that names no two things joined by a word of [siblingjoins], when the candidate's first content word, past function words, follows a word of [siblingjoins] (\"and\", \"or\", after a comma or none) that follows a word that matches the question more, neither a number: the thing named beside the one asked, \"Apple Pay and [Google Pay]\" for does lindmere do apple pay, \"Voice prompts in Welsh and [Polish]\" for is there a welsh voice", readsWhole},
	dAskedSubject:       {"asked-subject", "1 for running text, for a question whose question word is the subject of an active verb (\"who pays for the pipeline\"), when the candidate stands right before that verb of the sentence in the active voice, past only words of [subjectgaps] (a relative pronoun, an auxiliary, an adverb): its subject, \"[The state government] will pay half\", \"a [neighbourhood officer], who deals with ... antisocial behaviour\"", readsWhole},
	dCutsNoun:           {"cuts-noun", "1 for a candidate of running text, no number, date or time, that ends right before, one space between and nothing else (no mark, no possessive \"’s\"), a lower-case word WordNet knows as a noun and not as a verb: it stops inside a noun phrase, \"an [anti-dumping] investigation\", \"[U.S. American] law\" (cutsNoun)", readsWhole},
	dPassiveSubject:     {"passive-subject", "1 for running text, for a question whose question word is the subject of a passive verb (\"who was chosen as Marco Sciarra\"), when the candidate stands right before that verb of the sentence in the passive voice, past its auxiliary and words of [subjectgaps]: its subject, \"[Alessandro Cremona] was chosen as Marco Sciarra\"", readsWhole},
	dRespectively:       {"respectively", "for running text, for an item of a list (typed phrases of one kind, or items of one length) that a word of [respectively] pairs by place with another list of as many items: +1 when the question names the item of the other list at its place (or, naming none, asks for the first or the last of a series, [firstplace], [lastplace], and it stands there), -1 when it names one at another place: \"accounted for [47.81%], 53.06%, and 62.14% of imports in 2022, 2023, and 2024 respectively\" for what share in 2022", readsWhole},
	dCellRepeats:        {"cell-repeats", "1 for a table cell that holds a question word: the cell the question names the row by (\"[HubSpot]; Creates a contact\" for hubspot integration), which is seldom the answer", readsWhole},
}

// spanValues holds the features of one candidate: the dense ones by
// index, and the indicator that is on in each family.
type spanValues struct {
	dense [numDense]float64
	keys  [numFamilies]familyKey
}

// flag sets dense feature j to 1 when b holds, else to 0. The values
// funcs set every feature through set or flag, in the order of the
// features, so that the score funcs generated from them (spanscore.go)
// can add each term as it is worked out.
func (v *spanValues) flag(j int, b bool) {
	v.dense[j] = b2f(b)
}

// set sets dense feature j to x (flag).
func (v *spanValues) set(j int, x float64) {
	v.dense[j] = x
}

// familyKey is the row and column of a family's indicator that is on.
type familyKey struct{ row, col int }

// values sets the dense features of candidate c in s that read r of it
// (their entries of v; the others stay as they are).
func (f *spanFacts) values(r spanReads, c *spanCand, s []spanTok, v *spanValues) {
	switch r {
	case readsStart:
		f.startValues(c, s, v)
	case readsEnd:
		f.endValues(c, s, v)
	case readsKind:
		f.kindValues(c, v)
	case readsLength:
		f.lengthValues(c, v)
	default:
		f.wholeValues(c, s, v)
	}
}

// startValues sets the features that read where c starts (and which
// sentence it is in). Those that read the words around it in running text
// are 0 for a table cell: in a row, where a cell stands says nothing (the
// header says which column answers). Like wholeValues, it sets them in the
// order of their index, for startScore, generated from it.
func (f *spanFacts) startValues(c *spanCand, s []spanTok, v *spanValues) {
	a := c.a
	prose := c.cell < 0
	v.set(dLeft3, 0)
	v.set(dLeft10, 0)
	v.set(dLeftAll, 0)
	v.set(dNearLeft, 0)
	v.set(dFocusLeft, 0)
	v.set(dTailLeft, 0)
	v.set(dLeft3Late, 0)
	v.set(dLeftAllSubject, 0)
	if prose {
		left3 := qsum(s, a-3, a)
		all := qsum(s, 0, a)
		v.set(dLeft3, left3)
		v.set(dLeft10, qsum(s, a-10, a-3))
		v.set(dLeftAll, all)
		v.set(dNearLeft, nearest(s, a-1, -1, nearAny))
		v.set(dFocusLeft, nearest(s, a-1, -1, nearFocus))
		v.set(dTailLeft, nearest(s, a-1, -1, nearTail))
		if f.late {
			v.set(dLeft3Late, left3)
		}
		if f.subject {
			v.set(dLeftAllSubject, all)
		}
	}
	v.flag(dCutsNameStart, cutsName(s, a-1, a))
	v.set(dPosition, 0)
	if prose {
		v.set(dPosition, float64(a)/float64(max(len(s)-1, 1)))
	}
	v.flag(dPrevious, c.prev)
	v.flag(dClauseStart, prose && (a == 0 || breaks(s[a].gap)))
	v.flag(dAfterCopula, afterCopula(s, a))
	v.flag(dAppositionAfter, a > 0 && s[a-1].qword >= 0 && (s[a].gap == gapComma ||
		(f.qc == qcDefine || f.qc == qcWhoIs) && c.cell < 0 && s[a].gap == gapColon && strings.HasPrefix(f.ix.sents[c.sent].text[s[a-1].end:s[a].start], ":")))
	v.set(dCounts, f.counts(s, a))
	v.set(dDirection, 0)
	if f.dir != 0 && s[a].num {
		v.set(dDirection, float64(f.dir*changeBefore(s, a)))
	}
	v.flag(dAfterGapWord, c.cell < 0 && afterGapWord(s, a))
	v.set(dCountsAsked, 0)
	if c.cell < 0 && f.q.Type == TypeNumber {
		v.set(dCountsAsked, countsAsked(s, a))
	}
	v.set(dRangeSide, 0)
	if f.rangeAsk != 0 && c.cell < 0 && (c.kind == kindDate || c.kind == kindYear || c.kind == kindTime) {
		v.set(dRangeSide, float64(f.rangeAsk*rangeSide(s, a)))
	}
	v.flag(dPolarNegation, f.q.polar && a > 0 && !breaks(s[a].gap) && negationWord(s[a-1].word))
	before2 := slotBefore(s, a-1)
	if a > 0 && breaks(s[a].gap) {
		before2 = s[a-1].slot
	}
	v.keys[fClassBefore] = familyKey{int(f.qc), cellSlot(c, slotBefore(s, a))}
	v.keys[fClassBefore2] = familyKey{int(f.qc), cellSlot(c, before2)}
	v.keys[fClassFirst] = familyKey{int(f.qc), int(s[a].slot)}
}

// negationWord reports whether w is a word that negates what follows it
// ([negators] of spanwords.txt).
func negationWord(w string) bool { return spanWords().negators[w] }

// rangeSide reports which end of a span of time the date or time at token
// a of running text is, by the word right before it with no mark between:
// +1 the start ("from [June 16]", [rangefrom]), -1 the end ("to
// [September 26]", [rangeto]), 0 when it is neither.
func rangeSide(s []spanTok, a int32) int {
	if a == 0 || breaks(s[a].gap) {
		return 0
	}
	words := spanWords()
	switch w := s[a-1].word; {
	case words.rangeFrom[w]:
		return 1
	case words.rangeTo[w]:
		return -1
	}
	return 0
}

// afterGapWord reports whether token a follows a gap word of the question
// (spanTok.gapWord), directly or with one opening function word between
// ("into [a] rabbit" opens after "into" either way), with no mark between.
func afterGapWord(s []spanTok, a int32) bool {
	i := a - 1
	if i < 0 || breaks(s[a].gap) {
		return false
	}
	if !s[i].gapWord && !s[i].content && s[i].class&swOpening != 0 && i > 0 && !breaks(s[i].gap) {
		i--
	}
	return s[i].gapWord
}

// counts is 1 when the number at token a is followed (within two words)
// by what a how-many question counts, or by a time unit for how long.
func (f *spanFacts) counts(s []spanTok, a int32) float64 {
	if !s[a].num {
		return 0
	}
	for i := a + 1; i < int32(len(s)) && i <= a+2 && !breaks(s[i].gap); i++ {
		if f.q.duration && s[i].class&swUnit != 0 || f.q.focus >= 0 && int(s[i].qword) == f.q.focus {
			return 1
		}
	}
	return 0
}

// countsAsked reads the noun a number of running text at token a counts
// or measures, the first two content words after its own tokens before
// any mark: +1 when one of them is a question word ("[£0.45] a mile" for
// how much per mile), -1 when there are such words and none is ("[€30] a
// day"), 0 when the number is followed by none or token a is no number.
// The span features read it for a question that asks for a number only
// (TypeNumber): read for every question, it moved the weights of the
// other classes and lost right lead lines.
func countsAsked(s []spanTok, a int32) float64 {
	if !s[a].num {
		return 0
	}
	i := a + 1
	for i < int32(len(s)) && s[i].num && !breaks(s[i].gap) {
		i++
	}
	seen := 0
	for ; i < int32(len(s)) && i <= a+4 && seen < 2 && !breaks(s[i].gap); i++ {
		if !s[i].content || s[i].num {
			continue
		}
		if s[i].qword >= 0 {
			return 1
		}
		seen++
	}
	if seen > 0 {
		return -1
	}
	return 0
}

// endValues sets the features that read where c ends; as in startValues,
// those of running text are 0 for a table cell, and they are set in the
// order of their index, for endScore, generated from it.
func (f *spanFacts) endValues(c *spanCand, s []spanTok, v *spanValues) {
	b := c.b
	prose := c.cell < 0
	v.set(dRight3, 0)
	v.set(dRight10, 0)
	v.set(dRightAll, 0)
	v.set(dNearRight, 0)
	v.set(dFocusRight, 0)
	v.set(dTailRight, 0)
	v.set(dRight3Late, 0)
	v.set(dRightAllSubject, 0)
	if prose {
		right3 := qsum(s, b, b+3)
		all := qsum(s, b, int32(len(s)))
		v.set(dRight3, right3)
		v.set(dRight10, qsum(s, b+3, b+10))
		v.set(dRightAll, all)
		v.set(dNearRight, nearest(s, b, 1, nearAny))
		v.set(dFocusRight, nearest(s, b, 1, nearFocus))
		v.set(dTailRight, nearest(s, b, 1, nearTail))
		if f.late {
			v.set(dRight3Late, right3)
		}
		if f.subject {
			v.set(dRightAllSubject, all)
		}
	}
	v.flag(dCutsNameEnd, cutsName(s, b, b-1))
	v.flag(dClauseEnd, prose && (int(b) == len(s) || breaks(s[b].gap)))
	v.flag(dKindOfAsked, f.kindOfAsked(&s[b-1]))
	v.flag(dEndsVerb, s[b-1].verbOnly)
	v.keys[fClassAfter] = familyKey{int(f.qc), cellSlot(c, slotAfter(s, b))}
	v.keys[fClassLast] = familyKey{int(f.qc), int(s[b-1].slot)}
}

// kindValues sets the features that read c's kind and whether it is a
// typed phrase.
func (f *spanFacts) kindValues(c *spanCand, v *spanValues) {
	v.set(dFit, 0)
	if f.q.Type != TypeNone {
		v.set(dFit, f.q.fit(c.kind.answerType()))
	}
	v.flag(dTyped, c.typed >= 0)
	v.flag(dMoneyForPrice, f.price && c.kind == kindMoney)
	v.flag(dPolarAmount, f.q.polar && c.kind.answerType() == TypeNumber && c.kind != kindOrdinal)
	v.keys[fClassKind] = familyKey{int(f.qc), int(c.kind)}
	v.keys[fTypeKind] = familyKey{int(f.q.Type), int(c.kind)}
}

// lengthValues sets the features that read c's length.
func (f *spanFacts) lengthValues(c *spanCand, v *spanValues) {
	v.set(dTokens, math.Log1p(float64(c.b-c.a)))
	v.keys[fClassLength] = familyKey{int(f.qc), lengthBucket(c.b - c.a)}
}

// wholeValues sets the features that read the whole of c: its words (the
// sums c.in) with where it starts and ends. It sets them in the order of
// their index, each at most once to a value that may not be 0, so that
// wholeScore, generated from it, adds them up as weigh does, to the bit
// (TestGeneratedFiles; go generate ./qa).
func (f *spanFacts) wholeValues(c *spanCand, s []spanTok, v *spanValues) {
	t := &c.in
	// code is whether the candidate is one word of code (code-word), read
	// with its last token's edges.
	first, last, code := s[c.a].edge, s[c.b-1].edge, int32(s[c.b-1].codeLen) == c.b-c.a
	prose := c.cell < 0
	v.flag(dBetween, prose && first&edgeLeft5 != 0 && last&edgeRight5 != 0)
	v.set(dInside, 0)
	v.set(dInsideAll, 0)
	if t.content != 0 {
		v.set(dInside, float64(t.matched)/float64(t.content))
		v.flag(dInsideAll, t.matched == t.content)
	}
	v.set(dInsideWeight, float64(t.qOwn))
	v.flag(dCoordination, t.conj > 0)
	v.flag(dHasHead, t.heads > 0)
	v.set(dCaps, 0)
	if t.words != 0 {
		v.set(dCaps, float64(t.caps)/float64(t.words))
	}
	v.set(dRare, 0)
	if t.rareN != 0 {
		v.set(dRare, float64(t.rare)/float64(t.rareN))
	}
	next := last&edgeNext != 0
	v.flag(dAppositionBefore, last&edgeCommaQ != 0 && t.conj == 0)
	v.flag(dTitleBeforeName, next && last&edgeBeforeCapQ != 0 && t.q == 0)
	v.flag(dNameAfterTitle, first&edgeAfterCapQ != 0 && t.q == 0)
	fits := prose && f.fits(c)
	v.flag(dFitsBeforeQuestion, fits && next && last&edgeBeforeQ != 0)
	v.flag(dFitsAfterQuestion, fits && first&edgeAfterQ != 0)
	v.flag(dHandRule, !c.prev && f.rule.sent == c.sent && f.rule.start == c.start && f.rule.end == c.end)
	before := last&edgeBeforeCapQ != 0 && t.q == 0 && (next || last&edgeComma != 0 && t.conj == 0)
	v.flag(dDescribes, prose && (first&edgeAfterDesc != 0 || before))
	v.set(dHeader, float64(c.header))
	v.flag(dCell, c.cell >= 0)
	v.flag(dRowKey, c.cell == 0)
	v.flag(dCellRepeats, c.cell >= 0 && t.matched > 0)
	v.set(dClauseWeight, 0)
	if prose {
		a, b := clauseOf(s, c.a, c.b)
		v.set(dClauseWeight, float64(qspan(s, a, c.a))+float64(qspan(s, c.b, b)))
	}
	v.set(dParallel, f.parallel(c, s))
	v.flag(dSpellsAsked, f.spelledEnd(c, s) > c.a)
	v.set(dVoice, 0)
	if prose {
		v.set(dVoice, f.voiceSide(c, s))
	}
	v.set(dUnknownWords, 0)
	v.set(dUnknownText, 0)
	switch {
	case !f.person:
		// No token is unknown (spanTok.unknown): both shares are 0, and
		// the candidate's words need no walk.
	case c.cell >= 0:
		v.set(dUnknownWords, unknownShare(s[c.a:c.b]))
	case !slices.ContainsFunc(s[c.a:c.b], func(t spanTok) bool { return t.class&swTitle != 0 }):
		v.set(dUnknownText, unknownShare(s[c.a:c.b]))
	}
	v.set(dConjunctWeight, 0)
	if prose {
		a, b := conjunctOf(s, c.a, c.b)
		v.set(dConjunctWeight, float64(qspan(s, a, c.a))+float64(qspan(s, c.b, b)))
	}
	v.set(dFitsApart, f.fitsApart(c))
	v.flag(dHeaderKin, c.headerKin)
	v.flag(dPluralList, f.plural && (t.conj > 0 || c.kind == kindList))
	v.flag(dPolarSubject, prose && (f.qc == qcPolar || f.qc == qcPolarNumber) && saysMore(c, s) && opensPredicate(s, c.a))
	v.flag(dCodeWord, code && !f.person)
	v.set(dChangeSide, 0)
	if prose && f.changeKinds&(1<<c.kind) != 0 {
		v.set(dChangeSide, f.changeSide(c, s))
	}
	v.flag(dPolarSibling, prose && f.siblings && siblingOf(c, s))
	v.flag(dAskedSubject, prose && f.subjectSide(c, s))
	v.flag(dCutsNoun, prose && cutsNoun(c, s))
	v.flag(dPassiveSubject, prose && f.passiveSide(c, s))
	v.set(dRespectively, 0)
	if prose {
		v.set(dRespectively, f.respectiveSide(c, s))
	}
	v.keys[fKindBefore] = familyKey{int(c.kind), cellSlot(c, slotBefore(s, c.a))}
	v.keys[fKindAfter] = familyKey{int(c.kind), cellSlot(c, slotAfter(s, c.b))}
}

// changeSide is change-side of candidate c of running text, of a kind
// changeKinds holds: +1 when c is the value a change in its clause has
// now, -1 when it is the value before (changeSideOf), turned the other way
// for a question that asks for the value before (changeAsk). For a
// question that may ask for either, a candidate of another type than the
// question's, one of no number, date or time, and a table cell,
// wholeValues leaves it 0 without a call.
func (f *spanFacts) changeSide(c *spanCand, s []spanTok) float64 {
	return float64(int(f.changeAsk) * changeSideOf(s, c.a, c.b))
}

// changeSideOf reads, by the words of [changeold] and the sections beside
// it in spanwords.txt, which value of a change the value at tokens [a, b)
// of s is: -1 the value before, when it follows a line of [changeold]
// ("instead of [2 September]") or "from" after a verb of change ("went
// from [44]", "up from [£250]": changedFrom); +1 the value now, when it
// follows "to" right after a verb of change ("rose to [£41.60]", not a
// bound of [bounds]: "up to [£500]") or
// within a few tokens of its clause after a value before ("from 44 to
// [58]"), or when a line of [changeold] or "up from" and another value
// follow it, after a comma or nothing ("[£350], up from £250", "[16
// September] instead of 2 September"); else 0.
func changeSideOf(s []spanTok, a, b int32) int {
	if changedFrom(s, a) {
		return -1
	}
	words := spanWords()
	if a >= 2 && !breaks(s[a].gap) && words.changeTo[s[a-1].word] {
		if !breaks(s[a-1].gap) && changeVerb(&s[a-2]) && !words.bounds[s[a-2].word+" "+s[a-1].word] {
			return 1
		}
		for k := a - 2; k >= 0 && k >= a-maxChangeGap && !breaks(s[k+1].gap); k-- {
			if s[k].num && changedFrom(s, k) {
				return 1
			}
		}
	}
	if int(b) < len(s) && (s[b].gap == gapNone || s[b].gap == gapComma) {
		// A marker of the value before right after c, then that value:
		// one of [changeold], or "from" after a verb of change.
		for n := int32(1); n <= maxChangeOld && b+n < int32(len(s)); n++ {
			v := &s[b+n]
			if (v.num || v.dated) && changeMarkBefore(s, b+n, b) {
				return 1
			}
		}
	}
	return 0
}

// changedFrom reports whether token a of s follows, with no mark between,
// a line of [changeold] or a word of [changefrom] right after a verb of
// change (changeVerb): it opens the value a change replaced.
func changedFrom(s []spanTok, a int32) bool { return changeMarkBefore(s, a, -1) }

// changeMarkBefore reports whether a marker of the value a change replaced
// (changedFrom) stands right before token a of s, with no mark between
// them or inside it, and, when from is not -1, starts at token from ("[£350],
// up from £250": the marker "up from" of £250 starts right after £350).
func changeMarkBefore(s []spanTok, a, from int32) bool {
	if a == 0 || breaks(s[a].gap) {
		return false
	}
	words := spanWords()
	if a >= 2 && (from < 0 || from == a-2) && words.changeFrom[s[a-1].word] && !breaks(s[a-1].gap) && changeVerb(&s[a-2]) {
		return true
	}
	for _, line := range words.changeOld {
		n := int32(len(line))
		if a >= n && (from < 0 || from == a-n) && changeLineAt(s, a-n, line) {
			return true
		}
	}
	return false
}

// changeLineAt reports whether the words of line stand at tokens i... of s
// with no mark between them.
func changeLineAt(s []spanTok, i int32, line []string) bool {
	for k, w := range line {
		j := i + int32(k)
		if s[j].word != w || k > 0 && breaks(s[j].gap) {
			return false
		}
	}
	return true
}

// changeVerb reports whether t is a verb of change: of [up], [down]
// ("rose", "up") or [changeverbs] ("went", "moved").
func changeVerb(t *spanTok) bool {
	return t.class&(swUp|swDown) != 0 || spanWords().changeVerbs[t.word]
}

// saysMore reports whether candidate c says more than the question's
// words (polar-subject): it holds a content word that is not one of them,
// or a negation stands in it or in the verb right before it ("[not
// allowed]" of "allowed", "not [included]", "cannot be [paid monthly]":
// the run of words of [polar] of questionwords.txt, copulas and negations
// that opensPredicate walks).
func saysMore(c *spanCand, s []spanTok) bool {
	if c.in.content > c.in.matched {
		return true
	}
	if slices.ContainsFunc(s[c.a:c.b], func(t spanTok) bool { return negationWord(t.word) }) {
		return true
	}
	qw := questionWords()
	for i := c.a; i > 0 && !breaks(s[i].gap); i-- {
		w := &s[i-1]
		switch {
		case negationWord(w.word):
			return true
		case qw.polar[w.word] || w.class&swCopula != 0:
		default:
			return false
		}
	}
	return false
}

// siblingOf reports whether candidate c names the thing beside a question
// word (polar-sibling): the function words before its first content word
// (the candidate's and the sentence's, with no mark between them and none
// a copula or a word of [polar] of questionwords.txt, as "and [is closed]"
// says a thing rather than names one) follow a word of [siblingjoins] of
// spanwords.txt ("and", "or"), after a comma or no mark, whose token
// before matches the question more than that content word does
// (spanTok.q, which a word akin to a question word also has), and neither
// is a number: "Apple Pay and [Google Pay]", "one cat, and [a dog]", "one
// cat, and a [dog]"; not "47.81%, 53.06%, and [62.14%]". A yes/no question
// asks of the thing it names, seldom of the one beside it.
func siblingOf(c *spanCand, s []spanTok) bool {
	k := c.a
	for k < c.b && !s[k].content {
		k++
	}
	if k == c.b || s[k].num {
		return false
	}
	joins := spanWords().siblingJoins
	own := s[k].q
	for k > 1 && !breaks(s[k].gap) {
		j := &s[k-1]
		switch {
		case joins[j.word]:
			return (j.gap == gapNone || j.gap == gapComma) && !s[k-2].num && s[k-2].q > own
		case j.content || j.class&swCopula != 0 || questionWords().polar[j.word]:
			return false
		}
		k--
	}
	return false
}

// opensPredicate reports whether token a of running text opens what its
// conjunct says of its subject, and that subject holds a question word
// (predicateVerb finds the verb between them): "Cockerels are [not
// allowed]", "Private health insurance can be [claimed on the spot]".
func opensPredicate(s []spanTok, a int32) bool {
	return predicateVerb(s, a) >= 0
}

// predicateVerb returns, when token a of running text opens what its
// conjunct says of its subject and that subject holds a question word,
// where the verb between them starts, else -1. Token a comes right after
// the verb that follows the subject (a run of words of [polar] of
// questionwords.txt, copulas and negations: "is", "can be", "are not"),
// or is a negation in that run ("Cockerels [are] [not allowed]",
// "Private health insurance [can] be [claimed on the spot]"). A subject
// that is one pronoun of [subjectpronouns] of spanwords.txt, in a
// conjunct after the sentence's first, stands for the subject of the
// first (firstVerb), and holds a question word when that does ("Travel
// insurance must be paid in full; it [cannot] be [paid monthly]").
func predicateVerb(s []spanTok, a int32) int32 {
	lo, _ := conjunctOf(s, a, a+1)
	qw := questionWords()
	i, verb := a, false
	for i > lo && !breaks(s[i].gap) {
		w := &s[i-1]
		switch {
		case qw.polar[w.word] || w.class&swCopula != 0:
			verb = true
		case negationWord(w.word):
		default:
			if !verb {
				return -1
			}
			subject := qsum(s, lo, i) > 0
			if i-1 == lo && lo > 0 && spanWords().subjectPronouns[w.word] {
				subject = qsum(s, 0, firstVerb(s)) > 0
			}
			if !subject {
				return -1
			}
			return i
		}
		i--
	}
	return -1
}

// firstVerb returns where the verb of the sentence's first conjunct
// starts, its first word of [polar] of questionwords.txt or copula
// (opensPredicate reads the words before it as the subject a pronoun of
// a later conjunct stands for), or 0 when the conjunct has none.
func firstVerb(s []spanTok) int32 {
	_, hi := conjunctOf(s, 0, 1)
	qw := questionWords()
	for i := int32(1); i < hi && !breaks(s[i].gap); i++ {
		if qw.polar[s[i].word] || s[i].class&swCopula != 0 {
			return i
		}
	}
	return 0
}

// clauseOf returns the tokens of the clause that holds tokens [a, b) of
// s: from the last mark (a comma, colon, semicolon, dash or bracket)
// before a, or the start, to the first mark after b, or the end, as
// spanTokens worked them out for each token (clauseStart, clauseEnd).
func clauseOf(s []spanTok, a, b int32) (int32, int32) {
	if b < int32(len(s)) {
		b = s[b].clauseEnd
	}
	return s[a].clauseStart, b
}

// clauseMark reports whether a token after gap g opens a clause (clauseOf):
// quotation marks and other marks do not.
func clauseMark(g uint8) bool {
	switch g {
	case gapComma, gapColon, gapDash, gapOpen, gapClose:
		return true
	}
	return false
}

// parallel compares the conjunct of candidate c, a number, a date or a
// time of running text that a question asking for one may take, with each other conjunct of the sentence that
// holds a candidate of the same answer type: where coordinated clauses
// say the same thing of different things ("$320 a week for the field
// rota and $250 a week for SunWatch"), the words in which they differ
// tell which thing each figure is for. Words stand in the same place when
// they come right before or after a word both conjuncts hold, or right
// before or after the two candidates; a pair of different words there
// counts +1 when the question holds the one of c's conjunct only, -1 when
// it holds the other's only. The sum is clipped to [-1, 1].
//
// parallel is small enough to be inlined where it is read, so that the
// many candidates it is 0 for cost no call (parallelPairs compares).
func (f *spanFacts) parallel(c *spanCand, s []spanTok) float64 {
	// The question asks for a number, a date or a time: a set of bits of
	// an AnswerType, which the compiler refuses should one not fit.
	if c.cell >= 0 || 1<<f.q.Type&(1<<TypeNumber|1<<TypeDate|1<<TypeTime) == 0 {
		return 0
	}
	return f.parallelPairs(c, s)
}

// parallelPairs is parallel of a candidate of running text for a question
// that asks for a number, a date or a time.
func (f *spanFacts) parallelPairs(c *spanCand, s []spanTok) float64 {
	if c.kind.answerType() != f.q.Type {
		return 0
	}
	return f.parallelAmong(c, s, f.parallels())
}

// parallelAmong is parallelPairs comparing c with the candidates among
// lists: those of running text of the question's answer type
// (parallels), each with its conjunct worked out once. A candidate of
// c's sentence (lo: its tokens start where c's do) outside c's conjunct
// is compared with c, the first of its conjunct only.
func (f *spanFacts) parallelAmong(c *spanCand, s []spanTok, among []parallelCand) float64 {
	a0, a1 := conjunctOf(s, c.a, c.b)
	score := 0
	var seen [8]int32
	nseen := 0
	for k := range among {
		r := &among[k]
		if r.lo != c.lo || (r.a < a1 && r.b > a0) || r.b0 == a0 || slices.Contains(seen[:nseen], r.b0) {
			continue
		}
		if nseen < len(seen) {
			seen[nseen] = r.b0
			nseen++
		}
		score += contrast(s, [4]int32{a0, a1, c.a, c.b}, [4]int32{r.b0, r.b1, r.a, r.b})
	}
	return float64(max(-1, min(1, score)))
}

// parallelCand is what parallelAmong reads of a candidate it compares
// with: where its sentence's tokens start (lo: one sentence, and of the
// answer's or the one before), its tokens [a, b) and its conjunct's [b0,
// b1) (conjunctOf), found once per question, not once per pair.
type parallelCand struct {
	lo, a, b, b0, b1 int32
}

// parallelOf returns the parallelCand of candidate r.
func (f *spanFacts) parallelOf(r *spanCand) parallelCand {
	b0, b1 := conjunctOf(f.sentence(r), r.a, r.b)
	return parallelCand{lo: r.lo, a: r.a, b: r.b, b0: b0, b1: b1}
}

// parallels returns the candidates of running text whose type is the
// question's, in their order: those parallel compares a candidate with.
// They are found once per question, on the first call, not once per
// candidate parallel is asked of.
func (f *spanFacts) parallels() []parallelCand {
	if !f.parallelsDone {
		f.parallelsDone = true
		f.w.parallels = f.w.parallels[:0]
		for i := range f.w.cands {
			if r := &f.w.cands[i]; r.cell < 0 && r.kind.answerType() == f.q.Type {
				f.w.parallels = append(f.w.parallels, f.parallelOf(r))
			}
		}
	}
	return f.w.parallels
}

// contrast counts, for two conjuncts x and y of s (each its tokens
// [x[0], x[1]) and a candidate's [x[2], x[3]) in them), the pairs of
// different content words that stand in the same place in both (parallel)
// and that the question holds one of: +1 for x's, -1 for y's.
func contrast(s []spanTok, x, y [4]int32) int {
	return contrastFiltered(s, x, y, true)
}

// contrastFiltered is contrast, with the filter of y's terms (below) when
// filter is true; without it every word of x walks y, which
// TestContrastMatchesPlain compares against.
func contrastFiltered(s []spanTok, x, y [4]int32, filter bool) int {
	// before returns the last content word of the conjunct before token
	// i, after the first after token i (the last of a candidate), or -1
	// when the candidate or the conjunct's edge comes first.
	before := func(c [4]int32, i int32) int32 {
		for i--; i >= c[0] && (i < c[2] || i >= c[3]); i-- {
			if s[i].content {
				return i
			}
		}
		return -1
	}
	after := func(c [4]int32, i int32) int32 {
		for i++; i < c[1] && (i < c[2] || i >= c[3]); i++ {
			if s[i].content {
				return i
			}
		}
		return -1
	}
	differ := func(i, j int32) int {
		if i < 0 || j < 0 || s[i].word == s[j].word {
			return 0
		}
		qi, qj := s[i].q > 0, s[j].q > 0
		switch {
		case qi && !qj:
			return 1
		case qj && !qi:
			return -1
		}
		return 0
	}
	n := differ(before(x, x[2]), before(y, y[2])) + differ(after(x, x[3]-1), after(y, y[3]-1))
	// in has bit t%64 set for each term t of y's words outside its
	// candidate: a word of x whose bit is clear stands in no place of y,
	// and is passed over without the walk of y (long conjuncts share few
	// words).
	in := ^uint64(0)
	if filter {
		in = 0
		for j := y[0]; j < y[1]; j++ {
			if j < y[2] || j >= y[3] {
				in |= 1 << (uint32(s[j].term) & 63)
			}
		}
	}
	for i := x[0]; i < x[1]; i++ {
		if i >= x[2] && i < x[3] || !s[i].content || s[i].term < 0 || in&(1<<(uint32(s[i].term)&63)) == 0 {
			continue
		}
		for j := y[0]; j < y[1]; j++ {
			if (j < y[2] || j >= y[3]) && s[j].term == s[i].term {
				n += differ(before(x, i), before(y, j)) + differ(after(x, i), after(y, j))
				break
			}
		}
	}
	return n
}

// fitsApart is 1 when the sentence of candidate c holds a phrase typed at
// Build whose type fits the type asked (Question.fit 1) and c overlaps no
// such phrase, else 0.
func (f *spanFacts) fitsApart(c *spanCand) float64 {
	if f.q.Type == TypeNone {
		return 0
	}
	if f.fitSent != c.sent+1 {
		f.fittingPhrases(c.sent)
	}
	r := f.w.fitRanges
	if len(r) == 0 {
		return 0
	}
	for i := 0; i+1 < len(r); i += 2 {
		if r[i] < c.end && c.start < r[i+1] {
			return 0
		}
	}
	return 1
}

// fittingPhrases sets f.w.fitRanges to the bytes (start, end) of the
// phrases of sentence s typed at Build whose type fits the type asked
// (Question.fit 1), for fitsApart, which every candidate of s asks: the
// phrases' types are weighed once per sentence, not once per candidate.
func (f *spanFacts) fittingPhrases(s int32) {
	f.w.fitRanges = f.w.fitRanges[:0]
	for _, ph := range f.ix.sents[s].phrases {
		if f.q.fit(ph.kind) >= 1 {
			f.w.fitRanges = append(f.w.fitRanges, ph.start, ph.end)
		}
	}
	f.fitSent = s + 1
}

// conjunctOf returns the tokens of the conjunct that holds tokens [a, b)
// of s: its clause (clauseOf), cut also at a coordinating conjunction
// ([coordinators] of spanwords.txt: "and", "but", "while"), as spanTokens
// worked them out for each token (conjunctStart, conjunctEnd).
func conjunctOf(s []spanTok, a, b int32) (int32, int32) {
	if b < int32(len(s)) {
		b = s[b].conjunctEnd
	}
	return s[a].conjunctStart, b
}

// numSpanDense is the number of dense features.
func numSpanDense() int { return numDense }

// qspan sums the question weights of tokens [a, b) of s, for 0 <= a and
// b <= len(s), as the float32 difference of their running sums (qsum
// clamps a and b to s first). clause-weight and conjunct-weight read it
// for every candidate, whose clause and conjunct lie within s.
func qspan(s []spanTok, a, b int32) float32 {
	if a >= b {
		return 0
	}
	var lo float32
	if a > 0 {
		lo = s[a-1].sum.q
	}
	return s[b-1].sum.q - lo
}

// qsum sums the question weights of tokens [a, b) of s, clamped to s.
func qsum(s []spanTok, a, b int32) float64 {
	return float64(qspan(s, max(a, 0), min(b, int32(len(s)))))
}

// Which question words nearest looks for.
const (
	nearAny = iota
	nearFocus
	nearTail
	numNear
)

// nearest is 1 / (1 + d) for the nearest question word of the kind which
// (nearAny, nearFocus, nearTail) from token i on, stepping by step (-1 or
// 1), d counted from i; 0 when there is none.
func nearest(s []spanTok, i int32, step int32, which int) float64 {
	if i < 0 || int(i) >= len(s) {
		return 0
	}
	dir := 0
	if step > 0 {
		dir = 1
	}
	j := int32(s[i].near[2*which+dir])
	if j < 0 {
		return 0
	}
	return 1 / float64(1+(j-i)*step)
}

// cutsName reports whether the capitalised word at edge (a candidate's
// first or last) goes on into the word at out, itself capitalised and not
// a question word: the candidate cuts a name ("State Condoleezza").
func cutsName(s []spanTok, out, edge int32) bool {
	if out < 0 || int(out) >= len(s) || !s[edge].cap || !s[out].cap || s[out].qword >= 0 {
		return false
	}
	return !breaks(s[max(out, edge)].gap)
}

// cutsNoun is the feature cuts-noun of candidate c of running text s: c
// is no number, date or time, and the word right after it, one space
// between and nothing else (spanTok.plainGap), is a lower-case word that
// WordNet knows as a noun and not as a verb (spanTok.nounNoVerb), so that
// c stops inside a noun phrase whose head follows: "an [anti-dumping]
// investigation", "[U.S. American] law". Any other text between is a
// boundary: a mark ("[steel]/aluminium tariffs"), and the possessive
// "’s" the tokens leave out, as "[Spain’s] government" names its owner
// whole. A word that may be a verb ("influence", "chips") is not read, as
// the verb after a subject ("[Chinese firms] pose") is common. A typed
// value ends before its noun as a rule ("a [55 percent] duty") and is left
// out. Only the end is read: a candidate that opens after a noun ("video
// [equipment]") was read too at first, and the shared weight fitted so
// gave fewer right leads (engine-log.md, stop 59).
func cutsNoun(c *spanCand, s []spanTok) bool {
	if c.kind >= kindDate && c.kind <= kindOrdinal {
		return false
	}
	return int(c.b) < len(s) && s[c.b].nounNoVerb() && s[c.b].plainGap
}

// nextIsQuestion reports whether the first word from token i on that is
// not an opening function word ("the largest" -> "largest") is a question
// word.
func nextIsQuestion(s []spanTok, i int32) bool {
	for ; int(i) < len(s) && i >= 0; i++ {
		if s[i].content || s[i].class&swOpening == 0 {
			return s[i].qword >= 0
		}
	}
	return false
}

// afterCopula reports whether token a follows "QUESTION-WORD is" or
// "QUESTION-WORD is a/the": a description of what the question names.
func afterCopula(s []spanTok, a int32) bool {
	i := a - 1
	if i >= 0 && !s[i].content && s[i].class&swOpening != 0 {
		i-- // "is [a] short video app": the article belongs to the phrase
	}
	if i < 1 || s[i].class&swCopula == 0 {
		return false
	}
	return s[i-1].qword >= 0
}

// changeBefore is +1 when a verb of rising stands within 3 tokens before
// token a (in its clause), -1 for a verb of falling, else 0. A word of
// [changeperiods] between them ("a pay rise over [three years]") makes
// the number the span of time the change took, not its size: 0.
func changeBefore(s []spanTok, a int32) int {
	periods := spanWords().changePeriods
	for i := a - 1; i >= 0 && i >= a-3; i-- {
		switch {
		case periods[s[i].word]:
			return 0
		case s[i].class&swUp != 0:
			return 1
		case s[i].class&swDown != 0:
			return -1
		}
		if breaks(s[i].gap) {
			break
		}
	}
	return 0
}

// lengthBuckets are the upper bounds of the length buckets a candidate's
// token count falls in.
var lengthBuckets = [...]int32{1, 2, 3, 4, 6, 9, 1 << 30}

var lengthNames = [...]string{"1", "2", "3", "4", "5-6", "7-9", "10+"}

func lengthBucket(n int32) int {
	for i, b := range lengthBuckets {
		if n <= b {
			return i
		}
	}
	return len(lengthBuckets) - 1
}

// cellSlot is what a family reads next to candidate c: slotCell for a
// table cell, whose neighbours are other cells, else the slot v.
func cellSlot(c *spanCand, v uint16) int {
	if c.cell >= 0 {
		return int(slotCell)
	}
	return int(v)
}

// slotBefore is the slot of what stands right before token i: a mark, the
// previous word, or the start of the sentence.
func slotBefore(s []spanTok, i int32) uint16 {
	switch {
	case i <= 0:
		return slotStart
	case breaks(s[i].gap):
		return gapSlots[s[i].gap]
	}
	return s[i-1].slot
}

// slotAfter is the slot of what stands right after token i-1: a mark, the
// next word or the end of the sentence.
func slotAfter(s []spanTok, i int32) uint16 {
	switch {
	case int(i) >= len(s):
		return slotEnd
	case breaks(s[i].gap):
		return gapSlots[s[i].gap]
	}
	return s[i].slot
}

// spanFamily is a grid of indicator features: rows × cols names, of which
// one is on for a candidate; the part of the features that reads what the
// family reads (startValues ...) says which.
type spanFamily struct {
	name, doc  string
	reads      spanReads
	rows, cols func() []string
}

func qClassList() []string   { return qClassNames[:] }
func spanKindList() []string { return spanKindNames[:] }
func typeList() []string     { return typeNames[:] }
func lengthList() []string   { return lengthNames[:] }

// The families of indicator features, by index.
const (
	fClassKind = iota
	fTypeKind
	fClassBefore
	fClassBefore2
	fClassAfter
	fClassFirst
	fClassLast
	fClassLength
	fKindBefore
	fKindAfter
	numFamilies
)

// spanFamilies are the indicator features, in the order of the model's
// weights.
var spanFamilies = [numFamilies]spanFamily{
	fClassKind:    {"class-kind", "the question's class and the candidate's kind", readsKind, qClassList, spanKindList},
	fTypeKind:     {"type-kind", "the answer type the question asks for and the candidate's kind", readsKind, typeList, spanKindList},
	fClassBefore:  {"class-before", "the question's class and the word or mark just before the candidate", readsStart, qClassList, slotNames},
	fClassBefore2: {"class-before2", "the question's class and the word or mark before that", readsStart, qClassList, slotNames},
	fClassAfter:   {"class-after", "the question's class and the word or mark just after the candidate", readsEnd, qClassList, slotNames},
	fClassFirst:   {"class-first", "the question's class and the candidate's first word", readsStart, qClassList, slotNames},
	fClassLast:    {"class-last", "the question's class and the candidate's last word", readsEnd, qClassList, slotNames},
	fClassLength:  {"class-length", "the question's class and the candidate's length in tokens", readsLength, qClassList, lengthList},
	fKindBefore:   {"kind-before", "the candidate's kind and the word or mark just before it", readsWhole, spanKindList, slotNames},
	fKindAfter:    {"kind-after", "the candidate's kind and the word or mark just after it", readsWhole, spanKindList, slotNames},
}
