package qa

import (
	"slices"
	"strings"

	"github.com/qabot/qabot/qa/english"
	"unicode/utf8"
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
	// duration is true for "how long": a span of dates ("since 1994",
	// "from 1952 to 1987") answers as well as a number.
	duration bool
	// change is true for a question about the size of a change ("how
	// much did imports grow").
	change bool
	// focus is the index in words of the thing a "how many" question
	// counts ("how many investigations"), or -1.
	focus int
	// predicate is the index in words of the question's main verb ("when
	// did the talks start"), or -1.
	predicate int
	// money is true for a question about a price or an amount of money
	// ("how much is the team plan", "what does it cost").
	money bool
	// chatStyle is true for a question typed as in chat: no capital letter
	// and no question mark; asks is true when it has a question word.
	chatStyle, asks bool
	// words are the normalised content words behind Terms, with the weight
	// each carries (words that only name the answer type weigh less).
	words []qword
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
}

// excluders set aside the words that follow them up to the end of the
// clause ("what else besides tiktok and chips", "other than the US").
var excluders = map[string]bool{"besides": true, "except": true, "excluding": true}

// typeCue words name the answer type ("what year", "how many times"); they
// are kept as terms but weigh less, since the answer rarely repeats them.
var typeCue = map[string]bool{
	"year": true, "date": true, "day": true, "time": true, "month": true,
	"name": true, "named": true, "called": true, "number": true,
	"amount": true, "place": true, "location": true, "person": true,
	"reason": true, "people": true, "percent": true, "happen": true,
	"happens": true, "happened": true, "mean": true, "means": true,
	"type": true, "kind": true, "sort": true, "known": true,
}

// Parse analyses question text: its content words and their stems, and the
// type of answer it expects. It accepts any input, including invalid UTF-8
// and chat phrasing ("whos", lower case, no question mark).
func Parse(text string) Question {
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
	text = strings.ToValidUTF8(text, " ")
	toks := tokenize(text, nil)
	q := Question{Text: text, Type: questionType(toks), focus: -1}
	q.chatStyle = !strings.ContainsRune(text, '?') && strings.ToLower(text) == text
	for _, t := range toks {
		q.asks = q.asks || questionWords[t.text]
	}
	focus, duration := howPhrase(toks)
	q.duration = duration
	excluding := false
	lx := lexicon()
	skip := false
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
		if excluders[t.text] || (t.text == "than" && i > 0 && toks[i-1].text == "other") ||
			(t.text == "from" && i > 0 && toks[i-1].text == "apart") {
			excluding = true
			continue
		}
		if excluding && i > 0 && clauseBreak(text, toks[i-1].end, t.start) {
			excluding = false
		}
		if isStopWord(t.text) {
			continue
		}
		w := 1.0
		if typeCue[t.text] || i > 0 && toks[i-1].text == "how" {
			// "what year", "how long": the word names the answer's type.
			w = 0.3
		}
		// "which river": the word names the type of the answer, and its
		// topic too, unless the corpus lacks it (resolve).
		typeNoun := i > 0 && namesType(toks[i-1].text, t.text)
		s := stemCached(t.text)
		if k := slices.IndexFunc(q.words, func(qw qword) bool { return qw.stem == s }); k >= 0 {
			if w > q.words[k].weight {
				q.words[k].weight = w
			}
			continue
		}
		if len(q.words) == maxQueryWords {
			break
		}
		if t.text == focus && q.focus < 0 {
			q.focus = len(q.words)
		}
		q.words = append(q.words, qword{text: t.text, stem: s, weight: w, exclude: excluding, typeNoun: typeNoun})
		if !excluding {
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
	if q.Type == TypeNumber {
		stems := changeStems()
		for _, w := range q.words {
			if stems[w.stem] {
				q.change = true
			}
		}
		q.money = !q.change && asksMoney(toks)
	}
	return q
}

// questionType reads the expected answer type from the question words.
func questionType(toks []token) AnswerType {
	for i, t := range toks {
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
			return TypeDate
		case "where":
			return TypePlace
		case "why":
			return TypeReason
		case "who", "whom", "whose":
			return TypePerson
		case "how":
			switch next {
			case "many", "much", "long", "old", "far", "often", "large", "big",
				"tall", "high", "fast", "deep", "wide", "heavy", "frequently",
				"young", "small", "short", "late", "early", "soon":
				return TypeNumber
			case "come":
				return TypeReason
			}
			// "how does Madonna influence her": a manner; a later "when"
			// or "where" belongs to a clause, not to the question.
			return TypeNone
		case "what", "which", "whats":
			if k, ok := nounType(next, next2); ok {
				return k
			}
			// "what is the X", "what was the X rate"
			for j := i + 1; j < len(toks) && j < i+8; j++ {
				if k, ok := nounType(toks[j].text, ""); ok && k != TypePerson {
					return k
				}
			}
			// "what happens when ...": the clause's "when" asks nothing.
			return TypeNone
		case "in", "on", "since", "until", "by":
			if next == "what" || next == "which" {
				if k, ok := nounType(next2, ""); ok {
					return k
				}
			}
		}
	}
	// A query of key words ("tiktok deadline?") asks for what its
	// type noun names.
	if distinctWords(toks) <= 6 {
		for _, t := range toks {
			if questionWords[t.text] {
				return TypeNone
			}
		}
		for _, t := range toks {
			if k, ok := nounType(t.text, ""); ok && k != TypePerson {
				return k
			}
		}
	}
	return TypeNone
}

// distinctWords counts the different words of toks, up to 7.
func distinctWords(toks []token) int {
	var seen []string
	for _, t := range toks {
		if !slices.Contains(seen, t.text) {
			if seen = append(seen, t.text); len(seen) > 6 {
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
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return singularNounType(w[:len(w)-3]+"y", next)
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return singularNounType(w[:len(w)-1], next)
	}
	return TypeNone, false
}

// singularNounType maps a singular noun after "what"/"which" to a type.
func singularNounType(w, next string) (AnswerType, bool) {
	switch w {
	case "year", "date", "day", "month", "decade", "century",
		"period", "season", "week", "deadline", "birthday",
		"anniversary", "expiry", "expiration":
		return TypeDate, true
	case "time":
		if next == "period" || next == "frame" {
			return TypeDate, true
		}
		return TypeTime, true
	case "percent", "proportion", "share", "rate", "number", "amount",
		"price", "cost", "population", "size", "total", "figure",
		"fraction", "ratio", "count", "sum", "value", "age", "average",
		"median", "budget", "revenue", "salary", "distance", "height",
		"length", "weight", "speed", "temperature", "score":
		return TypeNumber, true
	case "country", "city", "state", "place", "location", "region",
		"continent", "town", "village", "province", "county", "venue",
		"site", "capital", "nation", "area", "building", "hall",
		"stadium", "church", "cathedral", "river", "lake", "mountain",
		"island", "street", "airport", "museum", "park", "district",
		"neighborhood", "neighbourhood", "territory", "port", "ocean",
		"sea", "valley", "campus", "prison", "palace", "castle":
		return TypePlace, true
	case "person", "company", "organization", "organisation", "firm",
		"official", "group", "agency", "man", "woman", "minister",
		"president", "leader", "author", "team", "body", "ministry",
		"artist", "singer", "composer", "writer", "poet", "painter",
		"architect", "king", "queen", "emperor", "ruler", "general",
		"scientist", "founder", "player", "coach", "director", "actor",
		"actress", "musician", "politician", "bishop", "priest", "pope",
		"university", "college", "school", "congregation", "band",
		"newspaper", "magazine", "publisher", "manufacturer", "brand",
		"party", "dynasty", "family",
		"commander", "governor", "senator", "judge", "inventor",
		"producer", "studio", "network", "label", "corporation",
		"institution", "chairman", "ceo", "owner",
		"character", "villain", "student", "professor", "teacher",
		"doctor", "physician", "chemist", "physicist", "biologist",
		"philosopher", "historian", "critic", "journalist", "editor",
		"designer", "engineer", "officer", "soldier", "prince",
		"princess", "duke", "lord", "saint", "god", "goddess":
		return TypePerson, true
	case "reason", "cause", "motive", "purpose":
		return TypeReason, true
	}
	return TypeNone, false
}

// howPhrase reads a question's "how" phrases: the word a "how many" or
// "how much" question counts ("how many investigations did china open" ->
// "investigations", "" when none), and whether it asks "how long".
func howPhrase(toks []token) (counted string, duration bool) {
	countDone := false
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].text != "how" {
			continue
		}
		switch toks[i+1].text {
		case "long":
			duration = true
		case "many", "much":
			if countDone {
				continue
			}
			for _, t := range toks[i+2 : min(len(toks), i+4)] {
				if auxiliaries[t.text] {
					countDone = true // "how much did imports grow": no noun is counted
					break
				}
				if !isStopWord(t.text) {
					counted, countDone = t.text, true
					break
				}
			}
		}
	}
	return counted, duration
}

// moneyWords name a price or an amount paid.
var moneyWords = map[string]bool{
	"cost": true, "costs": true, "price": true, "prices": true, "priced": true,
	"fee": true, "fees": true, "charge": true, "charged": true, "pay": true,
	"paid": true, "spend": true, "spent": true, "salary": true, "budget": true,
	"allowance": true, "worth": true, "expensive": true, "cheap": true,
}

// asksMoney reports whether a how-much or price question asks for an
// amount of money: "how much" not followed by a counted noun, or a word of
// price.
func asksMoney(toks []token) bool {
	for i, t := range toks {
		if moneyWords[t.text] {
			return true
		}
		if t.text == "how" && i+1 < len(toks) && toks[i+1].text == "much" {
			return true
		}
	}
	return false
}

// auxiliaries are the verbs that carry a question's tense ("when did the
// talks start", "when will it conclude"), leaving the main verb bare.
var auxiliaries = map[string]bool{
	"did": true, "does": true, "do": true, "will": true, "would": true,
	"can": true, "could": true, "should": true, "has": true, "have": true,
	"had": true, "was": true, "were": true,
}

// predicateWeight is the weight of a question's main verb.
const predicateWeight = 1.5

// mainVerb returns the main verb of a question with an auxiliary, which in
// English comes last once the subject is said ("when did the talks start",
// "how much did imports grow from 2022 to 2024"): the last content word
// after the auxiliary and its subject's first word, when WordNet knows it as
// a verb; "" when there is none.
func mainVerb(toks []token) string {
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
		if en.Err() == nil && en.POS(t.text)&english.Verb == 0 {
			return ""
		}
		return t.text
	}
	return ""
}

// questionWords open a question whose type the loop in questionType reads.
var questionWords = map[string]bool{
	"what": true, "whats": true, "which": true, "who": true, "whom": true,
	"whose": true, "when": true, "where": true, "why": true, "how": true,
}

// namesType reports whether word, after prev, names the type of the answer
// rather than its topic: "how long", "which river", "what year".
func namesType(prev, word string) bool {
	switch prev {
	case "how":
		return true
	case "what", "which", "whats":
		_, ok := nounType(word, "")
		return ok
	}
	return false
}
