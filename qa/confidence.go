package qa

import (
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reranking and confidence: the answer model (model.go) applied to the
// candidates the retrieval kept. Each candidate's features are gathered
// into the scratch, the ranker's score orders them, and the confidence
// model gives the probability that a candidate answers when it is returned.

// rerank scores the candidates in sc.top with the model and sorts them,
// best first. total and oov are the question's weight and the part of it
// the corpus lacks (resolve).
func (ix *Index) rerank(q *Question, sc *scratch, total float64) {
	nf := len(candidateFeatures)
	for i := range sc.top {
		sc.top[i].mass = sc.massOf(sc.mask[sc.top[i].sent])
	}
	sc.known, sc.allMass = sc.wordsIn(q, sc.allTerms(), true), sc.massOf(sc.allTerms())
	sc.askedYear = ix.yearAsked(q, sc)
	ix.questionGist(q, sc, total)
	sc.askedTerms = ix.askedTerms(q, sc.askedTerms[:0])
	sc.givenNumbers = q.appendGivenNumbers(sc.givenNumbers[:0])
	sc.askedSenses = askedSenses(q, sc.askedSenses[:0])
	sc.askedMask = synsetMask(sc.askedSenses)
	sc.instances.clear()
	// The rows are written in place (candidateRow), and each row's facts
	// gathered in their place in the scratch (sc.rowFacts), where
	// ownConfidence reads them back with no copy made here: the question
	// features, called through func values, would make a local facts
	// escape to the heap on every question.
	sc.feat = slices.Grow(sc.feat[:0], len(sc.top)*nf)[:len(sc.top)*nf]
	sc.rowFacts = slices.Grow(sc.rowFacts[:0], len(sc.top))[:len(sc.top)]
	f := &sc.facts
	ix.agreement(q, sc)
	// The ranker's weights for this wording, summed over sc.rankW's array,
	// when the model weighs any wording apart.
	w := ix.model.rank
	if ix.model.cross != nil {
		sc.wording = wordingOf(q, f, sc.wording[:0])
		sc.rankW = slices.Grow(sc.rankW[:0], nf)
		w = ix.model.rankWeights(sc.wording, sc.rankW)
	}
	for i := range sc.top {
		rf := &sc.rowFacts[i]
		ix.gather(rf, q, sc, sc.top[i], i, total)
		x := sc.feat[i*nf : (i+1)*nf : (i+1)*nf]
		candidateRow(rf, x)
		sc.top[i].score = ix.model.rankScore(w, x)
		sc.top[i].row = int32(i)
	}
	sortByScore(sc.top)
	ix.preferNewer(q, sc)
	ix.preferAskedYear(sc)
	ix.preferCurrent(q, sc)
	ix.preferAskedDay(q, sc)
	ix.preferReplacement(q, sc)
	ix.paraphrases(q, sc)
	ix.nameAgreement(q, sc)
}

// sortByScore orders candidates by model score, best first, ties by their
// retrieval order (row). It makes the moves and comparisons of
// sortCands(cs, less), on a 16-byte key a candidate (its score, its row
// and its place in cs) with less written out (scoreBefore), not on the
// 40-byte candidates through a function value; the candidates then move
// once each to their places. Longer lists than topK, which rerank never
// sorts, take sortCands itself.
func sortByScore(cs []cand) {
	var keys [topK]scoreKey
	if len(cs) > len(keys) {
		sortCands(cs, less)
		return
	}
	ks := keys[:len(cs)]
	for i := range ks {
		ks[i] = scoreKey{score: cs[i].score, row: cs[i].row, at: int32(i)}
	}
	for i := 1; i < len(ks); i++ {
		k, j := ks[i], i
		for ; j > 0 && scoreBefore(k, ks[j-1]); j-- {
			ks[j] = ks[j-1]
		}
		ks[j] = k
	}
	var moved [topK]cand
	copy(moved[:], cs)
	for i, k := range ks {
		cs[i] = moved[k.at]
	}
}

// scoreKey is what sortByScore orders a candidate by: its score and row
// (less), and its place in the list sorted.
type scoreKey struct {
	score float64
	row   int32
	at    int32
}

// scoreBefore is less on two candidates' keys.
func scoreBefore(a, b scoreKey) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.row < b.row
}

// sortCands orders candidates by before, a strict order, by insertion:
// there are at most topK of them, too few for a general sort to pay. Each
// candidate is moved once to its place, the ones it passes shifted up.
func sortCands(cs []cand, before func(a, b cand) bool) {
	for i := 1; i < len(cs); i++ {
		c, j := cs[i], i
		for ; j > 0 && before(c, cs[j-1]); j-- {
			cs[j] = cs[j-1]
		}
		cs[j] = c
	}
}

func less(a, b cand) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.row < b.row
}

// confidence returns the probability p that candidate i of sc.top (after
// rerank) answers q, and d, the answer decision's score for the minimum
// confidence minConf (decisionScore): p less k times P(unanswerable), the
// model's part on i's own inputs, read only when there is a minimum to
// reach, lifted by the corpus's retelling (retellingLift). p is the confidence model's own for i with those of its lenders
// added (belief.lend), and 0 for a sentence that cannot hold the kind of answer q
// asks for (mayAnswer). u is i's own P(unanswerable) when it was read
// (minConf above 0), else −1: the lead model reads it (answerFor) and
// works it out only when confidence did not.
func (ix *Index) confidence(q *Question, sc *scratch, i int, total, minConf float64) (p, d, u float64) {
	// unanswerable is the model's P(unanswerable) on the inputs sc.conf
	// holds (those of the candidate whose confidence was read last), read
	// only when there is a minimum to reach: else it is 0 throughout.
	unanswerable := func() float64 {
		if minConf > 0 {
			return ix.model.unanswerable(sc.conf)
		}
		return 0
	}
	b := belief{p: ix.ownConfidence(q, sc, i, total)}
	b.u = unanswerable()
	u = -1
	if minConf > 0 {
		u = b.u
	}
	if !ix.mayAnswer(q, sc.top[i].sent) {
		b.p = 0
	} else {
		ix.lenders(sc, i, func(j int, agrees bool) {
			lent := belief{p: ix.ownConfidence(q, sc, j, total)}
			if !agrees {
				// belief.lend reads an agreeing lender's confidence
				// only, so only an older version's P(unanswerable)
				// is worked out.
				lent.u = unanswerable()
			}
			b = b.lend(lent, agrees)
		})
	}
	return b.p, ix.model.decisionScore(b.p, b.u) + ix.retellingLift(minConf), u
}

// mayAnswer reports whether sentence s can hold the kind of answer q asks
// for, as to a count and the other shapes of answersCount, a year
// (otherYear) or what someone said (reportsSpeech): a sentence that cannot
// has confidence 0, in an answer (confidence) as in the candidates
// explain and the trainer read (Candidates).
func (ix *Index) mayAnswer(q *Question, s int32) bool {
	return answersCount(q, &ix.sents[s]) && !ix.otherYear(q, s) && (!q.shape.said || ix.reportsSpeech(s))
}

// answersCount reports whether sentence st may answer q as to a count: a
// question that asks "how many" or "how much", or for another number
// (asksNumber: "how big is the american delegation"), is answered by a
// number, and a sentence that holds none, in figures or in words, does not answer
// it however well it matches ("how many people are in the chinese
// delegation" against "American and Chinese delegates are expected to
// discuss ...", which the confidence model, weighing the missing number
// only a little, gave 0.54). Its confidence is 0.
func answersCount(q *Question, st *sentence) bool {
	shape := &q.shape
	// "how long" is answered by a length of time, which may be in words
	// ("a week", "overnight" not): a time unit or a number word.
	if q.duration && !q.counts && !strings.ContainsAny(st.text, "0123456789") {
		units := changeWords().unitsOf[0]
		return anyLowerWord(st.text, func(w string) bool { return numberWord(w) || units[stemCached(w)] })
	}
	if q.countsThings() && onlyMeasures(st) && !q.countsMeasure() {
		return false
	}
	// "how long do kangaroos live" is not answered by a sentence whose
	// figures are all of other dimensions ("1.8 metres tall").
	if q.Type == TypeNumber && q.quantities != 0 && !q.counts && onlyOtherDimensions(q, st) {
		return false
	}
	if shape.age && !givesAge(st) {
		return false
	}
	if shape.phone && !givesPhone(st.text) {
		return false
	}
	if shape.email && !givesEmail(st.text) {
		return false
	}
	if shape.temperature && !givesTemperature(st.text) {
		return false
	}
	// A question that asks for a date ("when was marie curie born") is
	// not answered by a sentence that cannot say when.
	if q.Type == TypeDate && !givesWhen(st) {
		return false
	}
	if shape.abbreviation != "" && !spellsOut(st.text, shape.abbreviation) {
		return false
	}
	if shape.number && datedFiguresOnly(st) {
		return false
	}
	if shape.bytes && !givesBytes(st.text) {
		return false
	}
	if shape.currency != "" && otherCurrency(st.text, shape.currency) {
		return false
	}
	if shape.number && !shape.age && yearsOnly(st.text) {
		return false
	}
	if !shape.number || strings.ContainsAny(st.text, "0123456789") ||
		slices.ContainsFunc(st.phrases, func(p phrase) bool { return p.kind == TypeNumber }) {
		return true
	}
	// A number in words: "four", "dozens", "twice", "his fourth
	// performance" (how many films).
	return holdsNumberWord(st.text)
}

// holdsNumberWord reports whether text says a number in words
// (numberWord).
func holdsNumberWord(text string) bool {
	return anyLowerWord(text, numberWord)
}

// anyLowerWord reports whether ok holds for a word of text as lowerWords
// yields them, in a plain loop. A range over the iterator with a return
// in its body puts the return's state on the heap at every call of the
// function that holds it, whether or not the loop runs: answersCount,
// which the answer decision asks of the first candidate of every answer,
// made an allocation at each call for its "how long" loop (mayAnswer).
func anyLowerWord(text string, ok func(w string) bool) bool {
	text = strings.ToLower(text)
	for {
		i := strings.IndexFunc(text, unicode.IsLetter)
		if i < 0 {
			return false
		}
		text = text[i:]
		j := strings.IndexFunc(text, notLetter)
		if j < 0 {
			j = len(text)
		}
		if ok(text[:j]) {
			return true
		}
		text = text[j:]
	}
}

// notLetter reports whether r ends a word of lowerWords and anyLowerWord.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// answerShape is what a question asks for that a sentence must visibly
// hold to answer it (answersCount): a number (asksNumber), an age
// (asksAge), a phone number (asksPhone), an email address (asksEmail), a
// temperature (asksTemperature), an amount of data (asksBytes), reported
// speech (asksSaid), the words an abbreviation stands for
// (askedAbbreviation) or an amount in a currency (askedCurrency, its
// sign); and the year it names (askedYear, 0 for none), against which
// otherYear reads a sentence's years.
type answerShape struct {
	number, age, phone, email, temperature, bytes, said bool
	abbreviation, currency                              string
	year                                                int
}

// shapeOf reads q's answerShape; Parse calls it once q is parsed.
func shapeOf(q *Question) answerShape {
	return answerShape{
		number: asksNumber(q), age: asksAge(q), phone: asksPhone(q), email: asksEmail(q), temperature: asksTemperature(q),
		bytes: asksBytes(q), said: asksSaid(q), abbreviation: askedAbbreviation(q), currency: askedCurrency(q),
		year: yearOrZero(askedYear(q)),
	}
}

// yearOrZero is year when ok, else 0.
func yearOrZero(year int, ok bool) int {
	if !ok {
		return 0
	}
	return year
}

// onlyMeasures reports whether st holds a number phrase and each of them
// is an amount of money or a share (measureOf): "£1.8 million" and "55
// percent" say how much, not how many. A question that counts things
// ("how many helpline staff are there") is not answered by such a
// sentence ("the clinics will cost £1.8 million, including staff, venues
// and the helpline"), however well its words match.
func onlyMeasures(st *sentence) bool {
	n := 0
	for i := range st.phrases {
		ph := &st.phrases[i]
		if ph.kind != TypeNumber {
			continue
		}
		if measureOf(st, ph) == measureOther {
			return false
		}
		n++
	}
	return n > 0
}

// countsMeasure reports whether q, a question that counts things, counts
// an amount of money or a share after all: a question word names a
// currency ("how many millions of dollars", [currencynames] of
// phrasewords.txt), or the thing counted is a scale word ("how many
// millions").
func (q *Question) countsMeasure() bool {
	if _, ok := scaleWords[strings.TrimSuffix(q.words[q.focus].text, "s")]; ok {
		return true
	}
	for _, w := range q.words {
		if slices.Contains(phraseWords().currencyNames, singular(w.text)) {
			return true
		}
	}
	return false
}

// LendConfidence adds to confidence p that of a candidate that gives the
// same value, lent: the answer is wrong only when both are, each as likely
// as their models say and apart from the other (a noisy or). Two articles
// that state the deadline make it surer than either does alone.
func LendConfidence(p, lent float64) float64 { return 1 - (1-p)*(1-lent) }

// belief is what the models say of a candidate: p, its confidence, and u,
// its P(unanswerable).
type belief struct{ p, u float64 }

// lend adds to b what lent, a candidate that says the same (lenders), says:
// one that agrees adds its confidence by LendConfidence; an older version of
// the page gives the higher of the two confidences and the lower of the two
// P(unanswerable), as it shows that the documents answer, though not with
// its value (else its own, surer, would answer in the newer one's place:
// firstAnswer).
func (b belief) lend(lent belief, agrees bool) belief {
	if agrees {
		return belief{p: LendConfidence(b.p, lent.p), u: b.u}
	}
	return belief{p: max(b.p, lent.p), u: min(b.u, lent.u)}
}

// lenders calls lend with each candidate of sc.top (after rerank) that
// says what candidate i says, and so lends it its belief (belief.lend):
//   - the one after it when it revises that one (preferNewer: a newer
//     version of it on the same page): the older page shows that the
//     documents answer the question, the newer one what they say now;
//   - those among the first MaxAgreeing that give the same date, time or
//     figure (agreement), or the same name as the answer by the same
//     question words (nameAgreement): another article stating the
//     deadline more plainly shows the documents answer it, and with this
//     value.
//
// agrees is false for the first kind and true for the second.
func (ix *Index) lenders(sc *scratch, i int, lend func(j int, agrees bool)) {
	if sc.top[i].revises {
		lend(i+1, false)
	}
	if sc.agreeWith[sc.top[i].row] == 0 && sc.askedKinds == 0 {
		return // no pair agrees (agrees)
	}
	for j := range min(len(sc.top), MaxAgreeing) {
		if j != i && ix.agrees(sc, sc.top[i], sc.top[j]) {
			lend(j, true)
		}
	}
}

// ownConfidence is the confidence model's probability for candidate i of
// sc.top, with its inputs in sc.conf.
func (ix *Index) ownConfidence(q *Question, sc *scratch, i int, total float64) float64 {
	c := sc.top[i]
	nf := len(candidateFeatures)
	sc.conf = append(sc.conf[:0], sc.feat[int(c.row)*nf:int(c.row+1)*nf]...)
	ix.regather(q, sc, c, total)
	f := &sc.facts
	f.pick = i
	for _, ft := range questionFeatures {
		sc.conf = append(sc.conf, ft.value(f))
	}
	return ix.model.confidence(sc.conf)
}

// regather sets sc.facts to what gather(&sc.facts, q, sc, c, int(c.row),
// total) would set them to, for a candidate c of sc.top after rerank: the
// sentence facts rerank gathered for c's row (sc.rowFacts[c.row]), which depend
// on c's sentence and mass, the scratch and the set of candidates, none of
// which changes after rerank (the order of sc.top does, which they do not
// read), and the fields gather sets a candidate. The confidence model
// reads the facts of one to a few candidates an answer, each of which
// would otherwise be gathered twice.
func (ix *Index) regather(q *Question, sc *scratch, c cand, total float64) {
	f := &sc.facts
	f.sentFacts = sc.rowFacts[c.row].sentFacts
	f.ix, f.q, f.sc, f.c, f.s, f.st, f.rank, f.total = ix, q, sc, c, c.sent, &ix.sents[c.sent], int(c.row), max(total, 1e-9)
}

// datedFiguresOnly reports whether every digit of st stands in a date or a
// time that names a month, a weekday or a part of the day ("on March 19",
// "at 6 a.m.") and st holds no number phrase and no number in words: a
// question that asks for a number ("how many soldiers fought at the
// battle of hastings") is not answered by the date a sentence gives ("The
// Battle of Hastings was fought on 14 October 1066 between ..."). A date of figures alone
// ("1987", "09:40") may be a count that the phrase finder took for a year
// or a time ("around 400 farms"), so it does not count as a date here.
func datedFiguresOnly(st *sentence) bool {
	if slices.ContainsFunc(st.phrases, func(p phrase) bool { return p.kind == TypeNumber }) {
		return false
	}
	// dated reports whether byte i of the text lies in such a date or time.
	dated := func(i int) bool {
		for k := range st.phrases {
			ph := &st.phrases[k]
			if (ph.kind == TypeDate || ph.kind == TypeTime) && int(ph.start) <= i && i < int(ph.end) &&
				strings.IndexFunc(st.text[ph.start:ph.end], unicode.IsLetter) >= 0 {
				return true
			}
		}
		return false
	}
	digits := 0
	for i := range len(st.text) {
		if c := st.text[i]; c >= '0' && c <= '9' {
			if !dated(i) {
				return false
			}
			digits++
		}
	}
	return digits > 0 && !holdsNumberWord(st.text)
}

// asksAge reports whether q asks "how old".
func asksAge(q *Question) bool {
	for i := 0; i+1 < len(q.toks); i++ {
		if q.toks[i].text == "how" && q.toks[i+1].text == "old" {
			return true
		}
	}
	return false
}

// givesAge reports whether st can say how old something is: it holds a
// word that gives an age ([agewords] of questionwords.txt: "aged five",
// "eight weeks old", "25 million years ago"), a year, from which an age
// follows ("founded in 1952"), or a bound on an age (ageBound: "16 or
// over"). A figure alone does not: "how old is elizabeth bennet" is not
// answered by "It follows Elizabeth Bennet, the second of five daughters
// of a country gentleman".
func givesAge(st *sentence) bool {
	if ageBound(st.text) {
		return true
	}
	age := questionWords().ageWords
	for w := range strings.FieldsFuncSeq(st.text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if age[strings.ToLower(w)] {
			return true
		}
		if len(w) == 4 {
			if y, err := strconv.Atoi(w); err == nil && y >= minAgeYear && y <= maxAskedYear {
				return true
			}
		}
	}
	return false
}

// ageBound reports whether text bounds an age somewhere (ageBoundAt, at
// the start of one of its words).
func ageBound(text string) bool {
	for i := 0; i < len(text); {
		if ageBoundAt(text[i:]) {
			return true
		}
		j := strings.IndexByte(text[i:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// ageBoundAt reports whether text opens with a bound on an age: a bare
// figure of one to three digits, then "or" or "and", then a word of
// [agebounds] of questionwords.txt ("16 or over", "65 and older"). A
// figure that is an amount, a share or a measure bounds no age ("£100 or
// over", "5% or above", "10 kg or under").
func ageBoundAt(text string) bool {
	w, rest, _ := strings.Cut(text, " ")
	if w == "" || len(w) > 3 || !allDigits(w) {
		return false
	}
	c, rest, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	if c != "or" && c != "and" {
		return false
	}
	b, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	b = strings.TrimRight(b, ".,;:")
	return b != "" && questionWords().ageBounds[strings.ToLower(b)]
}

// asksPhone reports whether q asks for a phone number: a word of
// [phonewords] of questionwords.txt before "number" ("whats saoirse's
// mobile number").
func asksPhone(q *Question) bool {
	phone := &questionWords().phoneWords
	for i := 0; i+1 < len(q.toks); i++ {
		if phone.has(q.toks[i].text) && (q.toks[i+1].text == "number" || q.toks[i+1].text == "numbers") {
			return true
		}
	}
	return false
}

// asksEmail reports whether q asks for an email address: a word of
// [mailwords] of questionwords.txt before "address" or "id" ("support
// email address"), at the end after a name or a noun ("what is priya
// raman's email", "whats the helpdesk email"), or opening a query of key
// words before "for" or "of" ("email for bin questions"). An email that
// is the topic asks for no address ("longest delay for one email", "when
// does the quota warning email go out"), nor does a question of how, why
// or whether ("how do i email support address changes", "can i email the
// form").
func asksEmail(q *Question) bool {
	if q.polar || q.Type == TypeReason {
		return false
	}
	qw := questionWords()
	toks := q.toks
	for i, t := range toks {
		if t.text == "how" {
			return false
		}
		if !qw.mailWords.has(t.text) {
			continue
		}
		switch {
		case i+1 < len(toks) && (toks[i+1].text == "address" || toks[i+1].text == "addresses" || toks[i+1].text == "id"):
			return true
		case i+1 == len(toks) && i > 0 && !isStopWord(toks[i-1].text) && !toks[i-1].num && !numberWord(toks[i-1].text):
			return true
		case i == 0 && len(toks) > 1 && (toks[1].text == "for" || toks[1].text == "of"):
			return true
		}
	}
	return false
}

// givesEmail reports whether text holds an email address: a word with an
// "@" that has a letter or digit before it and a dot after it
// ("waste@fernhill.gov.example").
func givesEmail(text string) bool {
	for i := 1; i+1 < len(text); i++ {
		if text[i] == '@' && isWordByte(text[i-1]) && strings.IndexByte(text[i+1:min(len(text), i+256)], '.') > 0 {
			return true
		}
	}
	return false
}

// givesPhone reports whether text holds a phone number: a run of at least
// minPhoneDigits digits, with spaces, dashes, dots, brackets or a plus
// sign between them ("+34 611 402 877"). "Saoirse Flanagan; Art director;
// freelance illustrators, #art-review; 2019" gives none.
func givesPhone(text string) bool {
	run := 0
	for i := range len(text) {
		switch c := text[i]; {
		case c >= '0' && c <= '9':
			if run++; run >= minPhoneDigits {
				return true
			}
		case strings.IndexByte(" -.()+", c) >= 0:
		default:
			run = 0
		}
	}
	return false
}

// otherYear reports whether sentence s gives the value of another year
// than the one q asks about: q asks for a date, a time or a number and
// names a year (askedYear: "how many buses will be electric by 2030",
// "when is the 2027 offsite"), and s names other years but not that one
// ("The Route 7 electric buses start in May 2026"), nor do the sentences
// next to it or its document's date or title (ofYear). Such a sentence
// answers for its own year, not the one asked about. A question that asks
// for a name or a thing is left alone: the year there sets the scene and
// may be mistaken ("the ICTR was created in November 1995 by which
// branch of the UN?" against "created on 8 November 1994 by the Security
// Council").
func (ix *Index) otherYear(q *Question, s int32) bool {
	year := q.shape.year
	if year == 0 || q.Type != TypeDate && q.Type != TypeTime && !q.shape.number {
		return false
	}
	st := &ix.sents[s]
	if ix.ofYear(st.doc, year) {
		return false
	}
	other := false
	for k := s - 1; k <= s+1; k++ {
		if k < 0 || int(k) >= len(ix.sents) || ix.sents[k].doc != st.doc {
			continue
		}
		for w := range strings.FieldsFuncSeq(ix.sents[k].text, func(r rune) bool { return !unicode.IsDigit(r) }) {
			if len(w) != 4 {
				continue
			}
			y, _ := strconv.Atoi(w)
			if y == year {
				return false
			}
			if k == s && y >= minAskedYear && y <= maxAskedYear {
				other = true
			}
		}
	}
	return other
}

// asksTemperature reports whether q asks for a temperature: "what" or
// "which" before a word of [temperaturenouns] ("what temperature did the
// manual checks find"), or "how" before one of [howtemperature] ("how
// cold is it inside a glacier cave"), both of questionwords.txt.
func asksTemperature(q *Question) bool {
	l := questionWords()
	for i := 0; i+1 < len(q.toks); i++ {
		a, b := q.toks[i].text, q.toks[i+1].text
		if (a == "what" || a == "which") && l.temperatureNouns[b] || a == "how" && l.howTemperature[b] {
			return true
		}
	}
	return false
}

// givesTemperature reports whether text gives a temperature: a degree
// sign or a word of [degreewords] of questionwords.txt ("8 degrees",
// "2-8°C"). "ordered daily manual temperature checks at the warehouse"
// names temperatures without giving one.
func givesTemperature(text string) bool {
	if strings.ContainsRune(text, '°') {
		return true
	}
	deg := questionWords().degreeWords
	return anyLowerWord(text, func(w string) bool { return deg[w] })
}

// asksSaid reports whether q asks what someone said: "did" and, after it,
// a verb of [sayverbs] of questionwords.txt ("what did smic say about the
// blacklist", "what did the council ask the bureau"). "what does the law
// say" asks what something means, which a sentence may tell without
// quoting anyone, and is left alone.
func asksSaid(q *Question) bool {
	say := questionWords().sayVerbs
	did := false
	for _, t := range q.toks {
		if t.text == "did" {
			did = true
		} else if did && say[t.text] {
			return true
		}
	}
	return false
}

// reportsSpeech reports whether sentence s, or a sentence next to it in
// its document, reports what someone said: it holds a quotation mark, a
// verb of [reportverbs] of questionwords.txt ("said", "told", "noted",
// "according"), or opens with a speaker's label, at most three words
// before a colon with a capital first ("Ravi: the crash rate is 0.4%", as
// minutes write). "Among the blacklisted are two companies accused of
// procuring equipment for China's leading chipmaker SMIC" does not say
// what SMIC said.
func (ix *Index) reportsSpeech(s int32) bool {
	report := questionWords().reportVerbs
	doc := ix.sents[s].doc
	for k := max(s-1, 0); k <= s+1 && int(k) < len(ix.sents); k++ {
		if ix.sents[k].doc != doc {
			continue
		}
		t := ix.sents[k].text
		if strings.ContainsAny(t, "\"“”«»") {
			return true
		}
		if c := strings.IndexByte(t, ':'); c > 0 && len(strings.Fields(t[:c])) <= maxLabelWords {
			if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) {
				return true
			}
		}
		for w := range lowerWords(t) {
			if report[w] {
				return true
			}
		}
	}
	return false
}

// askedAbbreviation returns the letters of the abbreviation q asks the
// meaning of, "X" of "what does X stand for" ("what does smic stand for":
// "smic"), or "" when q asks no such thing.
func askedAbbreviation(q *Question) string {
	for i := 1; i+1 < len(q.toks); i++ {
		if q.toks[i].text != "stand" || q.toks[i+1].text != "for" {
			continue
		}
		var b strings.Builder
		for _, r := range q.toks[i-1].text {
			if unicode.IsLetter(r) {
				b.WriteRune(unicode.ToLower(r))
			}
		}
		if b.Len() >= 2 {
			return b.String()
		}
	}
	return ""
}

// spellsOut reports whether text holds words whose first letters spell
// abbreviation ab, each word giving its first letter and perhaps more of
// its letters in order after it, and the words of [acronymjoiners] of
// lexicon.txt left out between them: what ab stands for ("Bureau of
// Industry and Security" for "bis", "Hewlett-Packard" for "hp",
// "desktop publishing" for "dtp", "subtherapeutic antibiotic treatment"
// for "stat"), two words at least: the abbreviation itself spells
// nothing out. "Chinese chipmaking giant SMIC" names SMIC without saying
// what it stands for.
func spellsOut(text, ab string) bool {
	words := slices.Collect(lowerWords(text))
	for i := range words {
		if spells(words[i:], ab, 0, 0) {
			return true
		}
	}
	return false
}

// spells reports whether words, from the first, spell ab from its j-th
// letter on, as spellsOut reads them, n words having spelt the letters
// before it.
func spells(words []string, ab string, j, n int) bool {
	if j == len(ab) {
		return n >= 2
	}
	if len(words) == 0 {
		return false
	}
	w := words[0]
	if w[0] != ab[j] {
		return j > 0 && lexicon().joiners[w] && spells(words[1:], ab, j, n)
	}
	// The word gives its first letter, then each later letter of ab it
	// holds in order, as few or as many as the next words need.
	j++
	for k := 1; ; k++ {
		if spells(words[1:], ab, j, n+1) {
			return true
		}
		if j == len(ab) {
			return false
		}
		at := strings.IndexByte(w[k:], ab[j])
		if at < 0 {
			return false
		}
		k += at
		j++
	}
}

// yearsOnly reports whether every figure of text is a year that a word of
// [yearprepositions] of phrasewords.txt other than "around" and "circa"
// puts in time ("since around 2008" aside, "since 2008", "in 1994", "until
// 2027"), and text holds no number in words: a question that counts
// things ("how many ikea stores are there in the world") is not answered
// by when something happened ("It has been the world's largest furniture
// retailer since 2008."). A year after "around" may be a count the phrase
// finder took for one ("around 400 farms").
//
// It reads the words as lowerAlnumWords yields them, in a plain loop: the
// iterator's closure would put the words it remembers on the heap. As its
// answer is false unless every figure passes and no word is a number,
// text with no digit is not read (no figure, so no year), and the number
// words are looked up only once the figures have passed (holdsNumberWord,
// by lowerWords' words: a run of letters and digits with no digit is one
// of them). Nor is the whole text lowered: the words before a figure are,
// one by one (yearWord), and most texts fail at their first figure.
func yearsOnly(text string) bool {
	if !holdsDigit(text) {
		return false
	}
	years := 0
	var prev, before string
	for i := 0; i < len(text); {
		if r, n := utf8.DecodeRuneInString(text[i:]); !isAlnumRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !isAlnumRune(r) {
				break
			}
			j += n
		}
		w := text[i:j]
		i = j
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			y, err := strconv.Atoi(w)
			if err != nil || len(w) != 4 || y < minAskedYear || y > maxAskedYear {
				return false
			}
			if in, about := yearWord(prev); !in && !(about && yearWordIn(before)) {
				return false
			}
			years++
		}
		before, prev = prev, w
	}
	return years > 0 && !holdsNumberWord(text)
}

// yearWord reports, for w lowered as strings.ToLower lowers it, whether it
// is a word of [yearprepositions] of phrasewords.txt other than "around"
// and "circa" (in), and whether it is one of those two (about), for
// yearsOnly. An ASCII word is lowered into a buffer on the stack, with no
// string allocated for it.
func yearWord(w string) (in, about bool) {
	var buf [24]byte
	b := buf[:0]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			b = append(buf[:0], strings.ToLower(w)...)
			break
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	about = string(b) == "around" || string(b) == "circa"
	return !about && phraseWords().yearPrepositions[string(b)], about
}

// yearWordIn is yearWord's first answer.
func yearWordIn(w string) bool {
	in, _ := yearWord(w)
	return in
}

// holdsDigit reports whether text holds a digit (unicode.IsDigit), ASCII
// bytes read as bytes.
func holdsDigit(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; isDigitByte(c) {
			return true
		} else if c >= utf8.RuneSelf {
			return strings.IndexFunc(text[i:], unicode.IsDigit) >= 0
		}
	}
	return false
}

// askedCurrency returns the sign of the currency q asks an amount in, "in"
// before a word of [currencies] of phrasewords.txt ("how much is the
// growth plan in dollars": "$"), or "" when it asks no amount in one. A
// yes-or-no question ("can i pay in pounds") asks none: "we take euros
// only" answers it.
func askedCurrency(q *Question) string {
	if q.polar || !q.money && !asksNumber(q) {
		return ""
	}
	signs := phraseWords().currencySign
	for i := 0; i+1 < len(q.toks); i++ {
		if q.toks[i].text == "in" {
			if sign, ok := signs[q.toks[i+1].text]; ok {
				return sign
			}
		}
	}
	return ""
}

// otherCurrency reports whether text gives amounts in another currency
// than the one of sign and none in that one, by its sign or a word of
// [currencies]: "Growth; €99; 1,200" for an amount in dollars.
func otherCurrency(text, sign string) bool {
	signs := phraseWords().currencySign
	other := false
	for _, r := range text {
		if strings.ContainsRune(currencySigns, r) {
			if string(r) == sign {
				return false
			}
			other = true
		}
	}
	for w := range lowerWords(text) {
		if s, ok := signs[w]; ok {
			if s == sign {
				return false
			}
			other = true
		}
	}
	return other
}

// asksBytes reports whether q asks for an amount of data: a word of
// [storagewords] of questionwords.txt ("how much storage does tern have"),
// or "size" after one of [filewords] ("max invoice pdf size", "file
// upload size limit"). "friday blacklist size" and "max page size" ask for
// other sizes, and a yes-or-no question ("does storage include messages")
// for none.
func asksBytes(q *Question) bool {
	if q.polar {
		return false
	}
	l := questionWords()
	for i, t := range q.toks {
		if l.storageWords.has(t.text) || t.text == "size" && i > 0 && l.fileWords.has(q.toks[i-1].text) {
			return true
		}
	}
	return false
}

// givesBytes reports whether text gives an amount of data: a word of
// [byteunits] of questionwords.txt, alone or right after its figure ("10
// MB per file", "2GB").
func givesBytes(text string) bool {
	units := questionWords().byteUnits
	for w := range lowerAlnumWords(text) {
		if units[strings.TrimLeft(w, "0123456789")] {
			return true
		}
	}
	return false
}

// givesWhen reports whether st can say when something happens: a figure,
// a date or time phrase, a number word ("twice", "first") or a word that
// names a time ([months], [weekdays], [relativeunits], [relativedays] of
// phrasewords.txt) or places one against another ([whenwords] of
// questionwords.txt: "before", "after", "during").
func givesWhen(st *sentence) bool {
	if strings.ContainsAny(st.text, "0123456789") || slices.ContainsFunc(st.phrases, func(p phrase) bool {
		return p.kind == TypeNumber || p.kind == TypeDate || p.kind == TypeTime
	}) {
		return true
	}
	pw, when := phraseWords(), questionWords().whenWords
	return anyLowerWord(st.text, func(w string) bool {
		return numberWord(w) || when[w] || pw.months[w] || pw.weekdays[strings.TrimSuffix(w, "s")] || pw.relativeDays[w] || pw.relativeUnits[strings.TrimSuffix(w, "s")]
	})
}

// lowerWords yields the words of text, runs of letters, in lower case:
// how the sentence rules of answersCount read a sentence's words against
// the lower-case word lists.
func lowerWords(text string) iter.Seq[string] {
	return strings.FieldsFuncSeq(strings.ToLower(text), notLetter)
}

// lowerAlnumWords yields the runs of letters and digits of text in lower
// case ("2gb", "10"), as lowerWords does the words.
func lowerAlnumWords(text string) iter.Seq[string] {
	return strings.FieldsFuncSeq(strings.ToLower(text), func(r rune) bool { return !isAlnumRune(r) })
}

// isAlnumRune reports whether r is a letter or a digit, of which the words
// of lowerAlnumWords are made.
func isAlnumRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
