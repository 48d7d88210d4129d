package qa

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/qabot/qabot/qa/english"
)

// AnswerType is the kind of phrase a question asks for.
type AnswerType uint8

// The answer types Parse recognises.
const (
	// TypeNone: the wording does not say ("what is ...", "is ...").
	TypeNone AnswerType = iota
	// TypeDate: when, what year, what day.
	TypeDate
	// TypeTime: what time (a clock time).
	TypeTime
	// TypeNumber: how many, how much, what percent, what rate.
	TypeNumber
	// TypePerson: who, whom, whose; a person or an organisation.
	TypePerson
	// TypePlace: where, what country, which city.
	TypePlace
	// TypeReason: why, for what reason.
	TypeReason
)

var typeNames = [...]string{"none", "date", "time", "number", "person", "place", "reason"}

// isValue reports whether t is the type of a value: a number, a date or
// a time (what change-side and askedConjunct weigh; parallel, which must
// stay small enough to inline, writes the same test out).
func (t AnswerType) isValue() bool {
	return 1<<t&(1<<TypeNumber|1<<TypeDate|1<<TypeTime) != 0
}

// String names the type ("date", "number", ...).
func (t AnswerType) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return "unknown"
}

// maxQuestionBytes bounds how much of a question is analysed; the rest of a
// longer text is ignored.
const maxQuestionBytes = 2000

// maxQueryWords bounds the content words of a question that take part in
// ranking, and maxQueryTerms the index terms they resolve to, with their
// alternatives (a bit mask of matched terms is kept per sentence).
const (
	maxQueryWords = 32
	maxQueryTerms = 64
)

// termMask is a set of a question's terms, bit k for sc.terms[k].
type termMask = uint64

// Question is a parsed question.
type Question struct {
	// Text is the question as asked (cut to maxQuestionBytes, valid UTF-8).
	Text string
	// Terms are the stems of the content words, in order, without repeats.
	Terms []string
	// Type is the kind of answer the wording asks for.
	Type AnswerType
	// duration is true for "how long", and for key words that ask for a
	// length of time ("sev1 response time": lengthOfTime): a span of
	// dates ("since 1994", "from 1952 to 1987") answers as well as a
	// number.
	duration bool
	// quantities are what a "how" question asks for ("how deep": a
	// length, howPhrase), or a time for key words that ask for a length
	// of time: a number of their units answers.
	quantities quantity
	// side is the side of a thing a "how" question asks the length of
	// ("how tall": "height", "how far": "distance"; changewords.txt
	// [lengthsides]), or "" when it asks for no length.
	side string
	// change is true for a question about the size of a change ("how
	// much did imports grow").
	change bool
	// focus is the index in words of the thing a "how many" question
	// counts ("how many investigations"), or -1.
	focus int
	// asked are the stems of the words that name the thing a "what" or
	// "which" question asks for ("which frontier", "what type of music":
	// askedWords), or a query of key words by the noun phrase that opens
	// it before "of" ("host city of the talks": headAsked), or nil.
	asked []string
	// named are the stems of the thing whose name a "what is the name of
	// X" question asks for, or of the role a "who is X" question asks who
	// holds (namedWords), or nil; asked is nil then.
	named []string
	// predicate is the index in words of the question's main verb ("when
	// did the talks start"), or -1.
	predicate int
	// money is true for a question about a price or an amount of money
	// ("how much is the team plan", "what does it cost").
	money bool
	// counts is true for a question that asks "how many" or "how much":
	// only a sentence with a number answers it (answersCount).
	counts bool
	// consequence is true for a question that asks what follows from a
	// condition: "what" and a word of [consequenceasks] after it ("what
	// happens if ..."), or "what if", or "what now" (asksConsequence).
	consequence bool
	// chatStyle is true for a question typed as in chat: no capital letter
	// and no question mark; asks is true when it has a question word;
	// polar when it opens as a yes/no question ("can i claim wine").
	chatStyle, asks, polar bool
	// list is true for a question that asks for several things by a
	// plural noun ("what browsers", "payment methods": asksList).
	list bool
	// span is true for a when or what-time question that asks for several
	// dates or times, or a span of them ("what days", "opening hours",
	// "from when to when": asksSpan).
	span bool
	// day is true for a when question that asks for a day of a month by
	// a noun of [dayasks] ("date the truce was agreed": asksDay).
	day bool
	// shape is what a sentence must visibly hold to answer it
	// (answersCount), read once here rather than for every candidate.
	shape answerShape
	// class is the question's class as the span model reads it
	// (spanfeatures.go, classify).
	class qClass
	// words are the normalised content words behind Terms, with the weight
	// each carries (words that only name the answer type weigh less).
	words []qword
	// toks are the tokens of Text, kept for the span model (read only).
	toks []token
	// phrases are the WordNet expressions of the question (findPhrases)
	// and its compounds written open or hyphenated (findCompounds), or
	// nil.
	phrases []qphrase
	// rangeStart and rangeEnd have bit k set when words[k] of a
	// when-question asks when something starts or ends ([rangestart],
	// [rangeend] of spanwords.txt), read once here for rangeTerms.
	rangeStart, rangeEnd uint32
}

type qword struct {
	text   string  // normalised word ("us", "32", "chinese")
	stem   string  // its stem
	weight float64 // 1 for content words, less for type cues
	// exclude marks words the asker set aside ("besides tiktok"): a
	// sentence holding them is less likely to be the answer.
	exclude bool
	// typeNoun marks the noun of "which river", "what year".
	typeNoun bool
	// noAlts resolves the word by itself only, without its alternatives
	// (alternatives.go), which are otherwise looked up when an index first
	// meets the word (words.go).
	noAlts bool
	// joinsNext is true when the question's next word follows this one
	// directly, with no other word between ("tik tok"): the two may be one
	// word the asker split (resolve).
	joinsNext bool
}

//go:embed questionwords.txt
var questionWordsText string

// questionWordLists is questionwords.txt parsed. It is built once per
// process and read-only after that.
type questionWordLists struct {
	// The sections of the same names, as sets.
	questionWords, money, auxiliaries, polar, ruleWords, howNumber, howReason, typePrepositions, nameWords, kindOf, spanAsks, dayAsks, articles, howByWords, nounPrepositions, pastWords, archiveFolders, archiveTitles, possessives, ageWords, ageBounds, temperatureNouns, howTemperature, degreeWords, sayVerbs, reportVerbs, byteUnits, whenWords, conditionWords, lengthNouns, timeAmounts, durationNouns, birthWords, deathWords map[string]bool
	// The sections of the same names that every word of a question is
	// looked up in (parse, asksLastYear, asksPhone, asksEmail, asksBytes,
	// asksConsequence), with filters of their words.
	excluders, typeCue, lastYear, yearNouns, phoneWords, mailWords, storageWords, fileWords, consequenceAsks wordSet
	// timeOff are the nouns of [timeoff], whose kinds are a time away
	// from work (timeOff).
	timeOff []string
	// chatSpellings maps the chat spellings of [chatspellings] to their
	// words.
	chatSpellings map[string]string
	// mayChat may hold the keys of chatSpellings: most words are not
	// there, and the filter says so without hashing them.
	mayChat wordFilter
	// nounTypes maps each noun of the type sections ([datenouns] ...) to
	// the answer type it names.
	nounTypes map[string]AnswerType
	// howQuantities maps the words after "how" of [howtime], [howlength],
	// [howweight] and [howspeed] to the quantities they ask for.
	howQuantities map[string]quantity
	// nounsByLen lists the type nouns by their length in bytes, in file
	// order, for the misspellings one edit away (typeNounNear).
	nounsByLen map[int][]string
}

// questionWordsFile is questionwords.txt and the code that reads it.
var questionWordsFile = wordFile[*questionWordLists]{name: "questionwords.txt", text: questionWordsText, build: buildQuestionWords}

// questionWords returns the parsed question word lists, parsing them on
// first use.
func questionWords() *questionWordLists { return questionWordsTables.get() }

// questionWordsTables holds the tables questionWords returns.
var questionWordsTables = questionWordsFile.load()

// buildQuestionWords reads the sections described in questionwords.txt.
func buildQuestionWords(s *wordSections) *questionWordLists {
	l := &questionWordLists{
		questionWords: s.set("questionwords"), excluders: s.filteredSet("excluders"), typeCue: s.filteredSet("typecue"),
		money: s.set("money"), auxiliaries: s.set("auxiliaries"), polar: s.set("polar"), ruleWords: s.set("rulewords"), howNumber: s.set("hownumber"),
		howReason: s.set("howreason"), typePrepositions: s.set("typeprepositions"), nameWords: s.set("namewords"),
		kindOf: s.set("kindof"), articles: s.set("articles"), lastYear: s.filteredSet("lastyear"), yearNouns: s.filteredSet("yearnouns"),
		howByWords: s.set("howbywords"), nounPrepositions: s.set("nounprepositions"),
		pastWords: s.set("pastwords"), archiveFolders: s.set("archivefolders"), archiveTitles: s.set("archivetitles"), possessives: s.set("possessives"),
		ageWords: s.set("agewords"), ageBounds: s.set("agebounds"), phoneWords: s.filteredSet("phonewords"), mailWords: s.filteredSet("mailwords"),
		temperatureNouns: s.set("temperaturenouns"), howTemperature: s.set("howtemperature"), degreeWords: s.set("degreewords"),
		sayVerbs: s.set("sayverbs"), reportVerbs: s.set("reportverbs"),
		storageWords: s.filteredSet("storagewords"), fileWords: s.filteredSet("filewords"), byteUnits: s.set("byteunits"), whenWords: s.set("whenwords"),
		consequenceAsks: s.filteredSet("consequenceasks"), conditionWords: s.set("conditionwords"), spanAsks: s.set("spanasks"), dayAsks: s.set("dayasks"),
		lengthNouns: s.set("lengthnouns"), timeAmounts: s.set("timeamounts"), durationNouns: s.set("durationnouns"), birthWords: s.set("birthwords"), deathWords: s.set("deathwords"),
		chatSpellings: s.meanings("chatspellings"), timeOff: s.words("timeoff"),
		nounTypes: map[string]AnswerType{}, nounsByLen: map[int][]string{}, howQuantities: map[string]quantity{},
	}
	for w := range l.chatSpellings {
		l.mayChat.add(w)
	}
	for i, sec := range [numQuantities]string{"howtime", "howlength", "howweight", "howspeed"} {
		for _, w := range s.words(sec) {
			l.howQuantities[w] |= 1 << i
		}
	}
	for _, sec := range []struct {
		name string
		typ  AnswerType
	}{
		{"datenouns", TypeDate}, {"timenouns", TypeTime}, {"numbernouns", TypeNumber}, {"placenouns", TypePlace},
		{"personnouns", TypePerson}, {"reasonnouns", TypeReason},
	} {
		for _, w := range s.words(sec.name) {
			if k, dup := l.nounTypes[w]; dup && k != sec.typ || w == "time" {
				s.fail("section [%s]: %q names another type too", sec.name, w)
				continue
			}
			l.nounTypes[w] = sec.typ
			l.nounsByLen[len(w)] = append(l.nounsByLen[len(w)], w)
		}
	}
	return l
}

// Parse analyses question text: its content words and their stems, and the
// type of answer it expects. It accepts any input, including invalid UTF-8
// and chat phrasing ("whos", lower case, no question mark).
func Parse(text string) Question {
	var b questionBufs
	return parse(text, &b)
}

// questionBufs are the slices a question's tokens, words and terms are
// written in: a scratch keeps them from one question to the next (Ask),
// so that parsing one allocates none of them anew. Parse gives empty
// ones, made to size.
type questionBufs struct {
	toks  []token
	words []qword
	terms []string
}

// keep takes back the slices of q, parsed in b's, for the next question,
// cleared so that the pool does not keep q's words alive.
func (b *questionBufs) keep(q *Question) {
	b.toks, b.words, b.terms = q.toks[:0], q.words[:0], b.terms[:0]
	if q.Terms != nil {
		b.terms = q.Terms[:0]
	}
	clear(q.toks)
	clear(q.words)
	clear(q.Terms)
}

// parse is Parse writing the question's tokens, words and terms in b's
// slices, grown as needed: empty ones are made to size.
func parse(text string, b *questionBufs) Question {
	if len(text) > maxQuestionBytes {
		cut := maxQuestionBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
		// A word cut in two is no word: drop it.
		if sp := strings.LastIndexAny(text, " \t\n"); sp > 0 {
			text = text[:sp]
		}
	}
	if !utf8.ValidString(text) {
		// ToValidUTF8 returns a valid text as it is, after a walk of its
		// runes; ValidString reads ASCII eight bytes at a time.
		text = strings.ToValidUTF8(text, " ")
	}
	text = dropMentions(text)
	// Room for about a token a word at once, and for as many words, not
	// a slice grown token by token.
	n := strings.Count(text, " ") + 2
	nwords := min(n, maxQueryWords)
	toks := tokenize(text, slices.Grow(b.toks[:0], n))
	qw := questionWords()
	lower := !strings.ContainsFunc(text, unicode.IsUpper)
	if lower {
		// "where r the talks": chat spellings, in a question typed in
		// lower case.
		for i := range toks {
			if !mayHold(&qw.mayChat, toks[i].text) {
				continue
			}
			if w, ok := qw.chatSpellings[toks[i].text]; ok {
				toks[i].text = w
			}
		}
	}
	asks := slices.ContainsFunc(toks, func(t token) bool { return qw.questionWords[t.text] })
	fixTypeNouns(toks, !asks)
	polar := len(toks) > 0 && qw.polar[toks[0].text]
	q := Question{Text: text, focus: -1, toks: toks, asks: asks, polar: polar}
	q.words = slices.Grow(b.words[:0], nwords)
	q.chatStyle = !strings.ContainsRune(text, '?') && lower
	q.consequence = asksConsequence(toks)
	focus, duration, quantities, side := howPhrase(toks)
	q.duration, q.quantities, q.side = duration, quantities, side
	// Key words that ask for a length of time ("sev1 response time", "max
	// ta hours") ask what "how long" does: a number of units of time, or
	// a span of dates, and no sum of money (notMoney).
	var length bool
	if q.Type, length = questionType(text, toks, polar); length {
		q.duration, q.quantities = true, q.quantities|quantityTime
	}
	excluding := false
	lx := lexicon()
	skip := false
	lastTok := -2 // the token of the last word added
	for i, t := range toks {
		if skip {
			skip = false
			continue
		}
		if i+1 < len(toks) {
			if m := lx.phrase(t.text, toks[i+1].text); m != "" {
				// A two-word verb ("run out") stands for one word ("expire").
				t.text = m
				skip = true
			}
		}
		if qw.excluders.has(t.text) || (t.text == "than" && i > 0 && toks[i-1].text == "other") ||
			(t.text == "from" && i > 0 && toks[i-1].text == "apart") {
			excluding = true
			continue
		}
		// What is set aside ends with its clause, or at the verb after it
		// ("what besides metabolic activity is required").
		if excluding && i > 0 && (clauseBreak(text, int(toks[i-1].end), int(t.start)) || qw.auxiliaries[t.text] || spanWords().copulas[t.text]) {
			excluding = false
		}
		if isStopWord(t.text) {
			continue
		}
		if lastYearAt(toks, i) {
			// "last year" says when, not what: the year before the
			// corpus's present (yearAsked), whose documents answer
			// "how many complaints did we get last year". Its words are
			// none to find in a sentence, where "year" matches "a
			// complaint brought within 12 months" and "last" the
			// "lasts 12 months" of another page.
			continue
		}
		w := 1.0
		s := stemCached(t.text)
		// "which river": the word names the type of the answer, and its
		// topic too, unless the corpus lacks it (resolve).
		typeNoun := i > 0 && namesType(toks[i-1].text, t.text)
		// "what years", as "what year": after "what" or "which", a
		// plural names the type as well.
		if qw.typeCue.has(t.text) || typeNoun && qw.typeCue.has(singular(t.text)) || i > 0 && toks[i-1].text == "how" {
			// "what year", "how long": the word names the answer's type.
			w = typeCueWeight
		}
		if k := slices.IndexFunc(q.words, func(qw qword) bool { return qw.stem == s }); k >= 0 {
			if w > q.words[k].weight {
				q.words[k].weight = w
			}
			if q.words[k].exclude && !excluding {
				// "besides the Shanghai Stock Exchange, what other
				// exchange": asked again outside what is set aside, the
				// word is the question's own.
				q.words[k].exclude = false
				q.Terms = append(q.Terms, s)
			}
			continue
		}
		if len(q.words) == maxQueryWords {
			break
		}
		if t.text == focus && q.focus < 0 {
			q.focus = len(q.words)
		}
		if n := len(q.words); n > 0 && lastTok == i-1 && !skip {
			q.words[n-1].joinsNext = true
		}
		lastTok = i
		q.words = append(q.words, qword{text: t.text, stem: s, weight: w, exclude: excluding, typeNoun: typeNoun})
		if !excluding {
			if q.Terms == nil {
				q.Terms = slices.Grow(b.terms[:0], cap(q.words))
			}
			q.Terms = append(q.Terms, s)
		}
	}
	q.predicate = -1
	if verb := mainVerb(toks); verb != "" {
		s := stemCached(verb)
		for k := range q.words {
			if q.words[k].stem == s {
				q.predicate = k
				if q.Type == TypeDate && q.words[k].weight == 1 {
					// "when did the talks start": a date of another event
					// does not answer.
					q.words[k].weight = predicateWeight
				}
			}
		}
	}
	q.counts = asksCount(toks)
	if q.Type == TypeNumber {
		stems := changeStems()
		for _, w := range q.words {
			if stems[w.stem] {
				q.change = true
			}
		}
		q.money = !q.change && asksMoney(toks)
	}
	q.class = classify(&q, toks)
	q.asked = askedWords(toks)
	if len(q.asked) == 0 && !q.asks && !polar {
		q.asked = headAsked(toks)
	}
	q.list = asksList(toks, q.Type, q.asks, q.polar)
	q.span = asksSpan(toks, q.Type)
	q.day = asksDay(toks, q.Type)
	if len(q.asked) == 0 {
		q.named = namedWords(toks)
	}
	q.shape = shapeOf(&q)
	q.rangeStart, q.rangeEnd = rangeWords(&q)
	q.phrases = findPhrases(nil, toks, q.words)
	q.phrases = findCompounds(q.phrases, q.Text, toks, q.words)
	return q
}

// askedWords returns the stems of the words right after the first "what"
// or "which" of toks that name the thing asked for: the run of words up
// to the first stop word, the first word WordNet does not know as a
// noun or the first word an article follows (a verb before its object:
// "what raises the stakes"), at most maxAskedWords of them ("which frontier" -> frontier;
// "what social media accounts" -> social, media, account; "what company
// provided" -> company), past a word of [kindof] and its "of" ("what type
// of music" -> music). "What is" and "what did" name nothing, and a "how
// many" question counts its thing instead (howPhrase).
func askedWords(toks []token) []string {
	en := english.Load()
	i := slices.IndexFunc(toks, func(t token) bool { return namesTypeAfter(t.text) })
	if i < 0 {
		return nil
	}
	i++
	if i+1 < len(toks) && questionWords().kindOf[toks[i].text] && toks[i+1].text == "of" {
		i += 2
	}
	return nounRun(en, toks[i:])
}

// headAsked returns the stems of the noun phrase that opens a query of
// key words when its head is followed by "of" (headOfPhrase), read as
// askedWords reads the words after "what" or "which": "host city of the
// talks" asks what city, as "which city hosted the talks" does, "month of
// the sweden meeting" which month and "capital of australia" what
// capital. Else nil.
func headAsked(toks []token) []string {
	n := headOfPhrase(toks)
	if n == 0 {
		return nil
	}
	return nounRun(english.Load(), toks[:n])
}

// nounRun returns the stems of the nouns that open toks, as askedWords
// reads them: up to the first stop word, the first word WordNet does not
// know as a noun or the first word an article follows, at most
// maxAskedWords of them.
func nounRun(en *english.Resources, toks []token) []string {
	var out []string
	for i := 0; i < len(toks) && len(out) < maxAskedWords && !isStopWord(toks[i].text) && posCached(en, toks[i].text).Has(english.Noun); i++ {
		if i+1 < len(toks) && questionWords().articles[toks[i+1].text] {
			break // a verb before its object: "what raises the stakes"
		}
		out = append(out, stemCached(toks[i].text))
	}
	return out
}

// namedWords returns the stems of the thing whose name a "what is the name
// of X" question asks for ("What was the name of the main library" ->
// main, librari), or of the role a "who is X" question asks who holds
// ("Who was the president of Yale" -> presid), read as askedWords reads a
// "which X", or nil.
func namedWords(toks []token) []string {
	// "who was the president of yale": the person holds the role.
	if i := slices.IndexFunc(toks, func(t token) bool { return t.text == "who" }); i >= 0 && i+2 < len(toks) && spanWords().copulas[toks[i+1].text] {
		i += 2
		if questionWords().articles[toks[i].text] {
			i++
		}
		return nounRun(english.Load(), toks[i:])
	}
	if !slices.ContainsFunc(toks, func(t token) bool { return namesTypeAfter(t.text) }) {
		return nil
	}
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].text != "name" || toks[i+1].text != "of" {
			continue
		}
		i += 2
		if questionWords().articles[toks[i].text] {
			i++
		}
		return nounRun(english.Load(), toks[i:])
	}
	return nil
}

// questionType reads the expected answer type from the question words;
// polar says the question opens as a yes/no question ([polar]). length
// reports a query of key words that asks for a length of time
// (lengthOfTime), a number of type k.
func questionType(text string, toks []token, polar bool) (k AnswerType, length bool) {
	l := questionWords()
	for i, t := range toks {
		if (t.text == "when" || t.text == "where") && subordinate(text, toks, i) {
			// "When Liszt lived close to Chopin, where did he call
			// home?": the clause asks nothing.
			continue
		}
		next := ""
		if i+1 < len(toks) {
			next = toks[i+1].text
		}
		next2 := ""
		if i+2 < len(toks) {
			next2 = toks[i+2].text
		}
		switch t.text {
		case "when":
			return TypeDate, false
		case "where":
			return TypePlace, false
		case "why":
			return TypeReason, false
		case "who", "whom", "whose":
			return TypePerson, false
		case "how":
			switch {
			case l.howNumber[next]:
				return TypeNumber, false
			case l.howReason[next]:
				return TypeReason, false
			}
			// "how does Madonna influence her": a manner; a later "when"
			// or "where" belongs to a clause, not to the question.
			return TypeNone, false
		case "what", "which", "whats":
			if indefinite(next, next2) {
				// "what is a dispensing fee": what the thing is, not its
				// amount.
				return TypeNone, false
			}
			if k, ok := nounType(next, next2); ok {
				return k, false
			}
			if asksPersonName(toks[i+1:]) {
				return TypePerson, false // "what is the name of the harbour master"
			}
			if k, ok := modifiedTypeNoun(toks[i+1:]); ok {
				return k, false // "which spanish leader", "which us agency"
			}
			if namesThing(toks[i+1:]) {
				// "what song was the sixth first place song": the
				// thing asked for is named, and is of no type; a type
				// noun further on belongs to another phrase.
				return TypeNone, false
			}
			// "what did chinese state media say about tiktok": after an
			// auxiliary other than a copula the words up to the main verb
			// are its subject, not the thing asked for; only a word of
			// money asks for an amount ("what did the pro plan cost").
			if l.auxiliaries[next] && !spanWords().copulas[next] {
				for j := i + 1; j < len(toks) && j < i+typeNounWindow; j++ {
					if l.money[toks[j].text] {
						return TypeNumber, false
					}
				}
				return TypeNone, false
			}
			// "what is the X", "what was the X rate"
			for j := i + 1; j < len(toks) && j < i+typeNounWindow; j++ {
				if k, ok := nounType(toks[j].text, ""); ok && k != TypePerson {
					return k, false
				}
			}
			// "what happens when ...": the clause's "when" asks nothing.
			return TypeNone, false
		default:
			if l.typePrepositions[t.text] && (next == "what" || next == "which") {
				if k, ok := nounType(next2, ""); ok {
					return k, false
				}
			}
		}
	}
	// A query that opens with a type noun and "of", "for" or "to" asks
	// for what the noun names, however long it is ("number of chinese
	// investigations into us chips", "population of the largest city in
	// texas", "last day to withdraw from a fall course").
	if !polar {
		if k, length, ok := leadingTypeNoun(toks); ok {
			return namedDate(toks, k), length
		}
	}
	// A query of key words ("tiktok deadline?") asks for what its
	// type noun names; a yes/no question ("do spectators pay") does not.
	// A "%" (the tokenizer's "percent") asks for a share however long the
	// query is ("us analog chips % of china imports last year").
	if polar || slices.ContainsFunc(toks, func(t token) bool { return l.questionWords[t.text] }) {
		return TypeNone, false
	}
	if slices.ContainsFunc(toks, func(t token) bool { return t.text == "percent" }) {
		return TypeNumber, false
	}
	if distinctWords(toks) <= maxKeyWords {
		if asksPersonName(toks) {
			return TypePerson, false // "town manager name"
		}
		if n := headOfPhrase(toks); n > 0 {
			// "effect of tariffs on prices" asks what "effect" names.
			k, length := keyTypeNoun(toks[:n])
			return namedDate(toks, k), length
		}
		k, length := keyTypeNoun(toks)
		return namedDate(toks, k), length
	}
	return TypeNone, false
}

// headOfPhrase returns the length of the noun phrase that opens a query
// of key words when its head, a noun, is followed by "of", else 0: the
// query asks for what that phrase names (keyTypeNoun of it), and a type
// noun after "of" is in the phrase that says what the head is of ("effect
// of tariffs on american prices", "proof of address for the resident
// pass"), as leadingTypeNoun reads a head that is a type noun. "for" and
// "to" ([nounprepositions]) end no such head: they more often join a
// compound name or a purpose to it ("cycle to work max", "bank details for
// paying rent").
func headOfPhrase(toks []token) int {
	l := questionWords()
	en := english.Load()
	if en.Err() != nil {
		return 0
	}
	for i := 0; i+2 < len(toks) && i <= maxTypeModifiers; i++ {
		t, next := toks[i], toks[i+1].text
		if t.num || isStopWord(t.text) || l.questionWords[t.text] || l.nounPrepositions[next] && next != "of" {
			return 0
		}
		if next == "of" {
			if posCached(en, t.text).Has(english.Noun) {
				return i + 1
			}
			return 0
		}
	}
	return 0
}

// namedDate returns TypeNone for a date k of a query that names a day of a
// month itself: its date noun names the time the day fixes, not the one
// asked for ("oncall week of feb 9", "duty manager on 2 march"); else k.
func namedDate(toks []token, k AnswerType) AnswerType {
	if k != TypeDate {
		return k
	}
	for i := range toks {
		if _, _, ok := dayAt(toks, i); ok {
			return TypeNone
		}
	}
	return k
}

// keyTypeNoun returns the type its first type noun names of a query of
// key words ("tiktok deadline?"), other than a person noun. A type noun
// that modifies the nouns after it gives way to the type noun that ends
// their run, the head of the noun phrase: "out of hours repair number"
// asks for a number, not a time; "rent rise this year" for a sum of
// money, "this" ending the run, as "last year" does, which says when
// ("growth price last year"; lastYearAt). A date or time noun that heads
// the run may name a length of time in such a query (lengthOfTime: "notice
// period to end tenancy", "sev1 response time", "max ta hours"), and a
// plural date noun may count days off (timeOff: "annual leave days"): it
// asks for a number then, and length is true.
func keyTypeNoun(toks []token) (k AnswerType, length bool) {
	en := english.Load()
	rate := false
	for j, t := range toks {
		if rateUnit(toks, j) {
			rate = true
			continue // "fine per day": the day is the rate's unit
		}
		if lastYearAt(toks, j) {
			continue // "growth price last year": when, not what is asked
		}
		k, ok := nounType(t.text, "")
		if !ok || k == TypePerson {
			continue
		}
		at := j // the head's index
		n := j + 1
		for ; en.Err() == nil && n < len(toks) && !toks[n].num && !isStopWord(toks[n].text) && !lastYearAt(toks, n) && posCached(en, toks[n].text).Has(english.Noun); n++ {
			if h, ok := nounType(toks[n].text, ""); ok && h != TypePerson {
				k, at = h, n
			}
		}
		if (k == TypeDate || k == TypeTime) && rateUnit(toks, n+1) {
			return TypeNumber, false // "max hours per week": an amount of time a week
		}
		if lengthOfTime(toks[:min(n+1, len(toks))], j, at, k) || timeOff(toks, at, k) {
			return TypeNumber, true // "notice period to end tenancy": how long, not when
		}
		return k, false
	}
	if rate {
		return TypeNumber, false
	}
	return TypeNone, false
}

// lengthOfTime reports whether the date or time noun toks[head], of type
// k, heads a phrase of key words that asks for a length of time, a number:
// a date noun of [lengthnouns] ("notice period to end tenancy"), a time
// noun after a noun of [durationnouns] ("sev1 response time", "fix time for
// critical vulns"), or either with a word of [timeamounts] in the phrase
// from toks[start] to the end of toks, the word after the head at most
// ("max ta hours", "min hours to charter", "cpc hours needed").
func lengthOfTime(toks []token, start, head int, k AnswerType) bool {
	l := questionWords()
	switch {
	case k == TypeDate && l.lengthNouns[toks[head].text]:
		return true
	case k == TypeTime && head > 0 && l.durationNouns[toks[head-1].text]:
		return true
	case k != TypeDate && k != TypeTime:
		return false
	}
	return slices.ContainsFunc(toks[start:], func(t token) bool { return l.timeAmounts[t.text] })
}

// timeOff reports whether the date noun toks[head], of type k, is a
// plural ("days", "weeks") whose phrase in a query of key words holds a
// noun of a time away from work, one whose first WordNet sense is a kind
// of a noun of [timeoff] ("annual leave days", "days of annual leave per
// yr", "holiday days per year"): the query counts days off, a length of
// time, as "brew days" or "office days", which ask on which days, do not.
// The phrase is the run of words around the head that are no stop words
// and no numbers, and the run after an "of" that ends it; "sabbatical
// after 5 years" asks nothing of the years' length.
func timeOff(toks []token, head int, k AnswerType) bool {
	if k != TypeDate || singular(toks[head].text) == "" {
		return false
	}
	en := english.Load()
	if en.Err() != nil {
		return false
	}
	inPhrase := func(i int) bool { return i >= 0 && i < len(toks) && !toks[i].num && !isStopWord(toks[i].text) }
	lo, hi := head, head+1
	for inPhrase(lo - 1) {
		lo--
	}
	for inPhrase(hi) {
		hi++
	}
	if hi < len(toks) && toks[hi].text == "of" {
		hi++
		for inPhrase(hi) {
			hi++
		}
	}
	for i := lo; i < hi; i++ {
		if i == head || !posCached(en, toks[i].text).Has(english.Noun) {
			continue
		}
		var buf [64]uint32
		if sharesSynset(en.AppendFirstNounAncestors(buf[:0], toks[i].text), timeOffSenses()) {
			return true
		}
	}
	return false
}

// timeOffSenses are the noun senses of the words of [timeoff], which
// timeOff looks for among a word's first sense and its ancestors, read
// once per process.
var timeOffSenses = sync.OnceValue(func() []uint32 {
	var senses []uint32
	for _, w := range questionWords().timeOff {
		senses = english.Load().AppendNounSenses(senses, w)
	}
	return senses
})

// rateUnit reports whether toks[j] is a unit of time ([units] of
// spanwords.txt) after a word that makes it a rate's ([rateopeners]):
// "per week", "a day".
func rateUnit(toks []token, j int) bool {
	words := spanWords()
	return j > 0 && j < len(toks) && words.units[toks[j].text] && words.rateOpeners[toks[j-1].text]
}

// modifiedTypeNoun reads the type noun of "which spanish leader" or "what
// us agency": up to maxTypeModifiers words WordNet knows as adjectives or
// nouns, then a type noun that ends the noun phrase (not "which chinese
// ministry official", whose head comes later). A person noun counts here,
// as it does not further on ("what did the president say").
func modifiedTypeNoun(toks []token) (AnswerType, bool) {
	en := english.Load()
	if en.Err() != nil {
		return TypeNone, false
	}
	for j := 0; j < len(toks) && j <= maxTypeModifiers; j++ {
		w := toks[j].text
		if j > 0 {
			if k, ok := nounType(w, ""); ok {
				if j+1 < len(toks) && posCached(en, toks[j+1].text) == english.Noun {
					return TypeNone, false
				}
				return k, true
			}
		}
		if toks[j].num || isStopWord(w) && w != "us" {
			return TypeNone, false
		}
		if pos := posCached(en, w); !pos.Has(english.Adj) && !pos.Has(english.Noun) {
			return TypeNone, false
		}
	}
	return TypeNone, false
}

// indefinite reports whether the words after "what" are a copula and an
// indefinite article, or the article alone ("whats a ..."): the question
// asks what a kind of thing is.
func indefinite(next, next2 string) bool {
	article := func(w string) bool { return w == "a" || w == "an" }
	return article(next) || spanWords().copulas[next] && article(next2)
}

// asksPersonName reports whether words ask for a person's name: "name" and
// a noun that names a person, by the question words' list or WordNet
// ("mayor name", "the name of the harbour master", not "vpn app name").
func asksPersonName(toks []token) bool {
	if !slices.ContainsFunc(toks, func(t token) bool { return t.text == "name" }) {
		return false
	}
	return slices.ContainsFunc(toks, func(t token) bool { return t.text != "name" && personNoun(t.text) })
}

// personNoun reports whether w names a person: a person noun of
// questionwords.txt, or a word whose most frequent sense in WordNet is a
// person ("ceo", "boss", "secretary"; not "job", whose first sense is work
// though WordNet also knows the prophet).
func personNoun(w string) bool {
	if k, ok := nounType(w, ""); ok {
		return k == TypePerson
	}
	if isStopWord(w) {
		return false
	}
	return english.Load().FirstLexname(w) == "noun.person"
}

// distinctWords counts the different words of toks, up to maxKeyWords+1.
func distinctWords(toks []token) int {
	var seen []string
	for _, t := range toks {
		if !slices.Contains(seen, t.text) {
			if seen = append(seen, t.text); len(seen) > maxKeyWords {
				break
			}
		}
	}
	return len(seen)
}

// nounType maps the noun after "what"/"which" to a type.
func nounType(w, next string) (AnswerType, bool) {
	if k, ok := singularNounType(w, next); ok {
		return k, true
	}
	// "which companies", "what cities": the plural names the same type.
	if s := singular(w); s != "" {
		return singularNounType(s, next)
	}
	return TypeNone, false
}

// singular returns the singular of a plural noun by the regular endings
// ("pills" -> "pill", "parties" -> "party", "boxes" -> "box"), or "" when w
// ends in none: for the nouns whose plural is most often a regular one,
// the last word of a WordNet expression (findPhrases), the type noun after
// "what" (nounType) and the unit of a rate (singularRateWord).
func singular(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && (strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return ""
}

// fixTypeNouns respells the misspelt type noun of a question ("adress",
// "locaton") where questionType reads one: in the words after "what" or
// "which", or in a query of key words (keyWords: the question has no
// question word). The word then names the answer's type and weighs as a
// type cue. It must have at least minTypoLetters, be written in lower case
// (a capitalised word is a name), be unknown to WordNet, and be one edit
// from one type noun only.
func fixTypeNouns(toks []token, keyWords bool) {
	var en *english.Resources
	asked := -typeNounWindow // the last "what" or "which"
	for i := range toks {
		w := toks[i].text
		if namesTypeAfter(w) {
			asked = i
		}
		if len(w) < minTypoLetters || toks[i].num || toks[i].cap || !keyWords && i-asked >= typeNounWindow {
			continue
		}
		if _, ok := nounType(w, ""); ok {
			continue
		}
		if en == nil {
			en = english.Load()
		}
		// A word WordNet knows is no typo: asked first, as its lookup
		// (remembered per process, posCached) costs less than the search
		// of the type nouns, and most words are English words.
		if en.Err() == nil && posCached(en, w) != 0 {
			continue
		}
		n := typeNounNear(w)
		if n == "" {
			continue
		}
		if en.Err() != nil {
			return
		}
		toks[i].text = n
	}
}

// typeNounNear returns the one type noun one edit from w, or "" when there
// is none or more than one. Only nouns a byte shorter, as long, or a byte
// longer can be one edit away (w has at least minTypoLetters). An ASCII
// word is compared with the nouns, all ASCII (TestOneEditApart), byte by
// byte (oneEditApart); any other word by its runes, as osaDistance
// measures.
func typeNounNear(w string) string {
	var o *osa // for a word that is not ASCII
	if !isASCII(w) {
		if o = new(osa); !o.set(w) {
			return ""
		}
	} else if len(w) > maxTokenBytes {
		return "" // too long to measure, as osa.set reports
	}
	found := ""
	byLen := questionWords().nounsByLen
	for n := len(w) - 1; n <= len(w)+1; n++ {
		for _, noun := range byLen[n] {
			// One edit keeps the first or the last letter of a word of
			// three or more: a cheap test before the distance.
			if noun[0] != w[0] && noun[len(noun)-1] != w[len(w)-1] {
				continue
			}
			if o == nil && !oneEditApart(w, noun) || o != nil && o.to(noun, 1) > 1 {
				continue
			}
			if found != "" && found != noun {
				return ""
			}
			found = noun
		}
	}
	return found
}

// oneEditApart reports whether ASCII words a and b are at most one edit
// apart by optimal string alignment: equal, or one byte put in, left
// out or changed, or two adjacent bytes swapped (osaDistance(a, b, 1) <=
// 1 for them, without its table).
func oneEditApart(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch len(b) - len(a) {
	case 0:
		return i == len(a) || a[i+1:] == b[i+1:] ||
			i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		return a[i:] == b[i+1:]
	}
	return false
}

// isASCII reports whether w has only ASCII bytes.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// singularNounType maps a singular noun after "what"/"which" to a type.
func singularNounType(w, next string) (AnswerType, bool) {
	if w == "time" {
		if next == "period" || next == "frame" {
			return TypeDate, true
		}
		return TypeTime, true
	}
	k, ok := questionWords().nounTypes[w]
	return k, ok
}

// howPhrase reads a question's "how" phrases: the word a "how many" or
// "how much" question counts ("how many investigations did china open" ->
// "investigations", "" when none), whether it asks "how long", and the
// quantities it asks for (questionwords.txt [howlength] ...: "how deep"
// asks for a length; "how long" for a time or a length, and for a time
// alone when an auxiliary other than a form of "be" follows it: "how long
// do kangaroos live"); and the side of a thing whose length it asks for,
// the meaning in changewords.txt [lengthsides] of the word after the
// first "how" that has one ("how tall": "height"), or "" when the
// quantities hold no length.
func howPhrase(toks []token) (counted string, duration bool, quantities quantity, side string) {
	countDone, timeOnly := false, false
	qw := questionWords()
	aux := qw.auxiliaries
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].text == "number" && toks[i+1].text == "of" && !countDone {
			// "number of mainland firms put on the list", "what number of
			// staff" count as "how many" does.
			counted, countDone = countedHead(toks[i+2:]), true
			continue
		}
		if toks[i].text != "how" {
			continue
		}
		quantities |= qw.howQuantities[toks[i+1].text]
		if side == "" {
			side = changeWords().sides[toks[i+1].text]
		}
		switch toks[i+1].text {
		case "long":
			duration = true
			if i+2 < len(toks) && aux[toks[i+2].text] && !spanWords().copulas[toks[i+2].text] {
				// "how long do kangaroos live", "how long does it take":
				// an auxiliary of a verb, not of "be", asks how long
				// something goes on, a time and not a length.
				timeOnly = true
			}
		case "many", "much":
			if countDone {
				continue
			}
			for _, t := range toks[i+2 : min(len(toks), i+4)] {
				if aux[t.text] {
					countDone = true // "how much did imports grow": no noun is counted
					break
				}
				if !isStopWord(t.text) {
					counted, countDone = countedHead(toks[i+2:]), true
					break
				}
			}
		}
	}
	if timeOnly {
		quantities &^= quantityLength
	}
	if quantities&quantityLength == 0 {
		side = ""
	}
	return counted, duration, quantities, side
}

// countedHead returns the noun a "how many" phrase counts among toks, the
// words after "how many": the last of the run of words from the first
// content word on that WordNet knows as nouns and never as verbs
// ("grammy nominations" -> "nominations"), but not across a word that may
// be a verb ("people" of "people work"; "chip" of "chip companies", since
// WordNet knows "to company").
func countedHead(toks []token) string {
	en := english.Load()
	i := slices.IndexFunc(toks, func(t token) bool { return !isStopWord(t.text) })
	if i < 0 {
		return ""
	}
	head := toks[i].text
	for _, t := range toks[i+1:] {
		pos := posCached(en, t.text)
		if isStopWord(t.text) || !pos.Has(english.Noun) || pos.Has(english.Verb) {
			break
		}
		head = t.text
	}
	return head
}

// asksCount reports whether the words ask "how many" or "how much".
func asksCount(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].text == "how" && (toks[i+1].text == "many" || toks[i+1].text == "much") {
			return true
		}
	}
	return false
}

// asksMoney reports whether a how-much or price question asks for an
// amount of money: "how much" not followed by a counted noun, or a word of
// price.
func asksMoney(toks []token) bool {
	money := questionWords().money
	for i, t := range toks {
		if money[t.text] {
			return true
		}
		if t.text == "how" && i+1 < len(toks) && toks[i+1].text == "much" {
			return true
		}
	}
	return false
}

// mainVerb returns the main verb of a question with an auxiliary, which in
// English comes last once the subject is said ("when did the talks start",
// "how much did imports grow from 2022 to 2024"): the last content word
// after the auxiliary and its subject's first word, when WordNet knows it as
// a verb; "" when there is none.
func mainVerb(toks []token) string {
	auxiliaries := questionWords().auxiliaries
	aux := slices.IndexFunc(toks, func(t token) bool { return auxiliaries[t.text] })
	if aux < 0 {
		return ""
	}
	en := english.Load()
	for i := len(toks) - 1; i > aux+1; i-- {
		t := toks[i]
		if t.num || isStopWord(t.text) {
			continue
		}
		if en.Err() == nil && posCached(en, t.text)&english.Verb == 0 {
			return ""
		}
		return t.text
	}
	return ""
}

// parts remembers, process-wide, the parts of speech WordNet gives the
// words mainVerb, fixTypeNouns and alternatives ask about and the content
// words of answers' sentences (spanPOS) that the memory of stems does not
// hold, up to partsWords words: a word is looked up once per process, not
// once per question.
var parts memo[english.POSMask]

const partsWords = 1 << 16

// posCached is en.POS with a process-wide memory: beside the word's stem
// when the memory of stems holds the word (stemMemo.partsOf), else in
// parts; en is the process's English resources, which english.Load always
// returns. Over the 9,982 SQuAD questions on 48 articles parts alone held
// 16,840 words (some 360 KB with its keys and its table), nearly all
// words of the corpus or of the questions, which the memory of stems
// holds already.
func posCached(en *english.Resources, w string) english.POSMask {
	if p, ok := stems.partsOf(w, func() english.POSMask { return en.POS(w) }); ok {
		return p
	}
	return *parts.get(w, partsWords, true, func(m *english.POSMask) { *m = en.POS(w) })
}

// namesTypeAfter reports whether the word after prev may name the answer's
// type: "what year", "which river".
func namesTypeAfter(prev string) bool { return prev == "what" || prev == "which" || prev == "whats" }

// namesType reports whether word, after prev, names the type of the answer
// rather than its topic: "how long", "which river", "what year".
func namesType(prev, word string) bool {
	switch {
	case prev == "how":
		return true
	case namesTypeAfter(prev):
		_, ok := nounType(word, "")
		return ok
	}
	return false
}

// namesThing reports whether the words after "what" or "which" open with
// the noun phrase of the thing asked for, as askedWords reads it ("what
// song was ...", "which machinery"), rather than a copula, an auxiliary
// or a word of [kindof] ("what is the X", "what did", "what type of").
func namesThing(toks []token) bool {
	if len(toks) == 0 || questionWords().kindOf[toks[0].text] {
		return false
	}
	w := toks[0].text
	if toks[0].num || isStopWord(w) {
		return false
	}
	en := english.Load()
	if en.Err() != nil || !posCached(en, w).Has(english.Noun) {
		return false
	}
	// "what raises the stakes": a verb before its object.
	return len(toks) < 2 || !questionWords().articles[toks[1].text]
}

// subordinate reports whether the question word at toks[i] opens a clause
// that a comma ends before another question word, which asks the question
// ("when Liszt lived close to Chopin, where did he call home", "when it
// was released, in what hand did he wield it").
func subordinate(text string, toks []token, i int) bool {
	qw := questionWords().questionWords
	for j := i + 1; j < len(toks); j++ {
		if qw[toks[j].text] {
			return false
		}
		// A contraction spelt out ("doesn't" -> does, not) gives its
		// tokens the same place in text: nothing lies between them.
		if j+1 < len(toks) && toks[j].end < toks[j+1].start && strings.Contains(text[toks[j].end:toks[j+1].start], ",") {
			next := toks[j+1].text
			if !qw[next] && j+2 < len(toks) && questionWords().typePrepositions[next] {
				next = toks[j+2].text // "in what hand"
			}
			return qw[next]
		}
	}
	return false
}

// asksNumber reports whether only a sentence with a number answers q: it
// asks "how many" or "how much", or for a number otherwise ("how old",
// "how big", "service credit percent"), but not for an amount of money,
// which "free" answers, nor for a length of time or a frequency, which
// words answer ("a week", "every Monday", "within a day": "how long", and
// [howbywords] of questionwords.txt).
func asksNumber(q *Question) bool {
	if q.counts {
		return true
	}
	if q.Type != TypeNumber || q.money || q.duration {
		return false
	}
	return !q.asksHowBy()
}

// asksHowBy reports whether q asks "how" and a word of [howbywords] of
// questionwords.txt: for a frequency or a time ("how often", "how soon").
func (q *Question) asksHowBy() bool {
	l := questionWords()
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i-1].text == "how" && l.howByWords[q.toks[i].text] {
			return true
		}
	}
	return false
}

// leadingTypeNoun reads the type noun that opens a query of key words,
// however long it is: the noun, after up to maxTypeModifiers words that
// are not stop words, then a preposition that opens what it is of or for
// ([nounprepositions] of questionwords.txt): "number of chinese
// investigations into us chips", "last day to use rolled over leave", "due
// date for the 75% disk alert action". A date or time noun may name a
// length of time there (lengthOfTime: "notice period to end tenancy", "min
// hours to charter the launch"; timeOff: "weeks of parental leave"): a
// number, and length is true.
func leadingTypeNoun(toks []token) (k AnswerType, length, ok bool) {
	l := questionWords()
	for i := 0; i+2 < len(toks) && i <= maxTypeModifiers; i++ {
		if l.nounPrepositions[toks[i+1].text] {
			if k, ok := nounType(toks[i].text, ""); ok && k != TypePerson {
				if lengthOfTime(toks[:i+1], 0, i, k) || timeOff(toks, i, k) {
					return TypeNumber, true, true // "notice period to end tenancy": how long
				}
				return k, false, true
			}
		}
		if isStopWord(toks[i].text) || l.questionWords[toks[i].text] {
			return TypeNone, false, false
		}
	}
	return TypeNone, false, false
}

// broadcasts are the chat mentions that address a whole channel: words
// the fronts pass on as typed ("@here when is the deadline"), never asked
// about.
var broadcasts = []string{"@here", "@channel", "@everyone"}

// dropMentions returns text without the chat mentions that address people
// rather than ask about them: those that open it, before the question
// ("@alice when is the deadline", "<@U123> when is the deadline", a raw
// Slack token pasted into a terminal), and the channel-wide ones anywhere
// (broadcasts). A mention inside the question may be what it asks about
// ("what does @alice own") and stays.
func dropMentions(text string) string {
	if !strings.ContainsRune(text, '@') {
		return text
	}
	for {
		t := strings.TrimLeft(text, " \t\n,:;")
		end := -1
		switch {
		case strings.HasPrefix(t, "<@"), strings.HasPrefix(t, "<!"):
			end = strings.IndexByte(t, '>') + 1 // 0 when unclosed: kept
		case strings.HasPrefix(t, "@"):
			end = strings.IndexAny(t, " \t\n,:;")
			if end < 0 {
				end = len(t)
			}
		}
		if end <= 0 {
			break
		}
		text = t[end:]
	}
	for _, b := range broadcasts {
		for {
			i := indexFold(text, b)
			if i < 0 {
				break
			}
			text = text[:i] + " " + text[i+len(b):]
		}
	}
	return text
}

// indexFold returns the index of word w (ASCII, lower case) in text as a
// word of its own, ignoring case, or -1.
func indexFold(text, w string) int {
	for i := 0; i+len(w) <= len(text); i++ {
		if !strings.EqualFold(text[i:i+len(w)], w) {
			continue
		}
		if (i == 0 || !isWordByte(text[i-1])) && (i+len(w) == len(text) || !isWordByte(text[i+len(w)])) {
			return i
		}
	}
	return -1
}

// asksSpan reports whether toks, of a question of type typ, ask for
// several dates or times or a span of them: a when or what-time question
// that holds a plural noun of dates or times ([spanasks]: "what days are
// the talks on", "switching team opening hours", "walk in flu clinic
// dates") or asks "when" twice ("talks run from when to when"). A
// question that counts them ("how many days") is of the number type and
// asks none.
func asksSpan(toks []token, typ AnswerType) bool {
	if typ != TypeDate && typ != TypeTime {
		return false
	}
	asks := questionWords().spanAsks
	when := 0
	for _, t := range toks {
		switch {
		case asks[t.text]:
			return true
		case t.text == "when":
			when++
		}
	}
	return when >= 2
}

// asksDay reports whether toks, of a question of type typ, ask for a day
// of a month: a when question that holds a noun of [dayasks] ("date the
// truce was agreed", "switch offer end date").
func asksDay(toks []token, typ AnswerType) bool {
	if typ != TypeDate {
		return false
	}
	asks := questionWords().dayAsks
	return slices.ContainsFunc(toks, func(t token) bool { return asks[t.text] })
}

// asksConsequence reports whether toks ask what follows from a condition:
// "what" and, after it, a word of [consequenceasks] ("what happens to
// unused pto", "what would happen"), or "what" right before "if" or a
// last "now" ("what if the truce collapses", "lost my phone what now").
func asksConsequence(toks []token) bool {
	asks := &questionWords().consequenceAsks
	what := false
	for i, t := range toks {
		switch {
		case t.text == "what":
			what = true
			if i+1 < len(toks) && (toks[i+1].text == "if" || toks[i+1].text == "now" && i+2 == len(toks)) {
				return true
			}
		case what && asks.has(t.text):
			return true
		}
	}
	return false
}
