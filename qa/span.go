package qa

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// phrase is a typed phrase found in a sentence at Build: a date, a time, a
// number, a proper name, a place or a reason clause.
type phrase struct {
	kind AnswerType
	// start and end are byte offsets in the sentence text.
	start, end int32
	// ps and pe delimit the content-term positions the phrase covers in
	// sentence.terms (ps == pe when it covers none).
	ps, pe int16
	// value is the normalised value used to compare phrases across
	// documents ("32", "47.81%", "september 17", "he lifeng").
	value string
}

//go:embed phrasewords.txt
var phraseWordsText string

// phraseWordLists is phrasewords.txt parsed: the words of typed phrases.
// It is built once per process and read-only after that.
type phraseWordLists struct {
	// The sections of the same names, as sets.
	months, weekdays, relativeUnits, relativeDays, numberLike, ordinals, reasonMarkers, placePrepositions, nameConnectors, eras, yearPrepositions, streetWords, asClauseOpeners map[string]bool
	// currencyNames lists [currencynames] in file order.
	currencyNames []string
	// currencySign maps each word of [currencies] to its currency's sign.
	currencySign map[string]string
}

// phraseWordsFile is phrasewords.txt and the code that reads it.
var phraseWordsFile = wordFile[*phraseWordLists]{name: "phrasewords.txt", text: phraseWordsText, build: buildPhraseWords}

// phraseWords returns the parsed phrase word lists, parsing them on first
// use.
func phraseWords() *phraseWordLists { return phraseWordsTables.get() }

// phraseWordsTables holds the tables phraseWords returns.
var phraseWordsTables = phraseWordsFile.load()

// buildPhraseWords reads the sections described in phrasewords.txt.
func buildPhraseWords(s *wordSections) *phraseWordLists {
	return &phraseWordLists{
		months: s.set("months"), weekdays: s.set("weekdays"),
		relativeUnits: s.set("relativeunits"), relativeDays: s.set("relativedays"),
		numberLike: s.set("numberlike"), ordinals: s.set("ordinals"), reasonMarkers: s.set("reasonmarkers"),
		placePrepositions: s.set("placeprepositions"), nameConnectors: s.set("nameconnectors"),
		eras: s.set("eras"), yearPrepositions: s.set("yearprepositions"),
		streetWords: s.set("streetwords"), asClauseOpeners: s.set("asclauseopeners"),
		currencyNames: s.words("currencynames"),
		currencySign:  signsByWord(s.meanings("currencies")),
	}
}

// signsByWord turns [currencies]' "sign: words" lines into a map from
// each word to its sign.
func signsByWord(lines map[string]string) map[string]string {
	m := map[string]string{}
	for sign, words := range lines {
		for _, w := range strings.Fields(words) {
			m[w] = sign
		}
	}
	return m
}

// wordClass is the set of word lists of phrasewords.txt (and two of token.go's) that
// a word belongs to. Build works it out once per distinct word, so that
// the tokenizer and detectPhrases test bits instead of looking every token
// up in several maps.
type wordClass uint16

const (
	classMonth wordClass = 1 << iota
	classWeekday
	classRelativeUnit
	classRelativeDay
	classNumberLike
	classReason
	classPlacePreposition
	classNameConnector
	classMultiFirst  // starts a phrase of tokenwords.txt [phrases]
	classSmallNumber // a key of smallNumbers
	classStreet      // ends a street's name ([streetwords])
	classClock       // a time of day of its own: "noon", "midnight", "oclock"
	classOne         // "one", which mergePhrases may read as "1" (oneAfterNoun)
)

// clockWords are the words detectPhrases takes as a time by themselves
// ("oclock" is tokenize's spelling of "o'clock").
var clockWords = [...]string{"noon", "midnight", "oclock"}

// everyPhraseLoop makes detectPhrases run each of its loops, where it
// skips one whose tests no token can pass: TestDetectPhrasesPlain sets it
// to compare the two. It is false outside that test.
var everyPhraseLoop = false

// classOf returns the word lists w belongs to.
func classOf(w string) wordClass { return wordClasses()[w] }

// wordClasses maps each word of the lists to its classes: one lookup
// instead of one per list. It is computed once from the lists and only
// read afterwards.
var wordClasses = sync.OnceValue(func() map[string]wordClass {
	m := map[string]wordClass{}
	pw := phraseWords()
	for _, l := range []struct {
		words map[string]bool
		class wordClass
	}{
		{pw.months, classMonth}, {pw.weekdays, classWeekday},
		{pw.relativeUnits, classRelativeUnit}, {pw.relativeDays, classRelativeDay},
		{pw.numberLike, classNumberLike}, {pw.reasonMarkers, classReason},
		{pw.placePrepositions, classPlacePreposition}, {pw.nameConnectors, classNameConnector},
		{pw.streetWords, classStreet},
	} {
		for w, in := range l.words {
			if in {
				m[w] |= l.class
			}
		}
	}
	for w := range tokenWords().firstWords {
		m[w] |= classMultiFirst
	}
	for w := range smallNumbers {
		m[w] |= classSmallNumber
	}
	for _, w := range clockWords {
		m[w] |= classClock
	}
	m["one"] |= classOne
	return m
})

// detectPhrases finds the typed phrases of one sentence. toks are its
// tokens, cpos[i] the content position of toks[i] (or -1 for a stop
// word), cls[i] the classOf toks[i], and lowerSeen reports whether a word
// occurs in lower case in the corpus, which tells a sentence-initial name
// from an ordinary word. It appends the phrases to out and returns it.
func detectPhrases(out []phrase, text string, toks []token, cpos []int, cls []wordClass, lowerSeen func(string) bool) []phrase {
	// used marks the tokens a phrase took; most sentences fit the array.
	var usedBuf [128]bool
	used := usedBuf[:0]
	if len(toks) <= len(usedBuf) {
		used = usedBuf[:len(toks)]
	} else {
		used = make([]bool, len(toks))
	}
	add := func(k AnswerType, a, b int, value string) {
		start, end := int(toks[a].start), int(toks[b-1].end)
		if k == TypeNumber {
			start -= signBefore(text, start) // a currency sign goes with its number
			if a > 0 && !used[a-1] && currencyCode(text, toks, a-1) {
				a, start = a-1, int(toks[a-1].start) // and a currency code before it: "EUR 620,000"
			}
		}
		ps, pe := contentRange(cpos, a, b)
		out = append(out, phrase{kind: k, start: int32(start), end: int32(end), ps: ps, pe: pe, value: value})
		for i := a; i < b; i++ {
			used[i] = true
		}
	}
	// Dates first, so that years are not counted as plain numbers. The
	// loop also gathers what the later loops look for at a token: whether
	// some token is a number or opens with a digit (digits), and the
	// classes of all tokens (seen). A later loop at whose every token
	// these rule its tests out is skipped, as it would find nothing
	// (TestDetectPhrasesPlain).
	digits, seen := false, wordClass(0)
	for i := 0; i < len(toks); i++ {
		c := cls[i]
		seen |= c
		t := &toks[i]
		if !mayOpenDate(t, c) {
			continue // (a number or a word opening with a digit may open one)
		}
		digits = digits || t.num || opensWithDigit(t.text)
		if a, b, ok := dateAt(toks, cls, i); ok && (b-a > 1 || signBefore(text, int(toks[a].start)) == 0) {
			// (an amount of money, "$2000", is no year)
			a, b = numericDate(text, toks, used, a, b)
			a, b = yearRange(text, toks, used, a, b)
			add(TypeDate, a, b, joinTexts(toks[a:b]))
			for j := i + 1; j < b; j++ { // the tokens the loop passes over
				seen |= cls[j]
				digits = digits || toks[j].num || opensWithDigit(toks[j].text)
			}
			i = b - 1
		}
	}
	// Clock times.
	if everyPhraseLoop || digits || seen&classClock != 0 {
		for i := 0; i < len(toks); i++ {
			if used[i] {
				continue
			}
			t := &toks[i]
			switch {
			case cls[i]&classClock != 0:
				a := i
				if t.text == "oclock" && i > 0 && toks[i-1].num {
					a = i - 1
				}
				add(TypeTime, a, i+1, joinTexts(toks[a:i+1]))
			case !mayOpenClock(t):
				// no time opens here: clockAt would find none
			default:
				if b := clockAt(text, toks, i); b > 0 {
					b = clockRange(text, toks, i, b)
					add(TypeTime, i, b, joinTexts(toks[i:b]))
					i = b - 1
				}
			}
		}
	}
	// Where to write: a chat channel ("#incidents", "#help-it") or an
	// email address ("phish@southlight.co.nz") answers where to ask or
	// send something, as a place does.
	mayContact := strings.IndexByte(text, '#') >= 0 || strings.IndexByte(text, '@') >= 0
	if everyPhraseLoop || mayContact {
		for i := 0; i < len(toks); i++ {
			if used[i] || !mayOpenContact(text, &toks[i]) {
				continue
			}
			if b, channel := contactEnd(text, toks, i); b > 0 {
				a := i
				if !channel {
					a = localPartStart(text, toks, used, i)
				}
				add(TypePlace, a, b, joinTexts(toks[a:b]))
				if channel {
					out[len(out)-1].start-- // the channel's "#" goes with it
				}
				i = b - 1
			}
		}
	}
	// Street addresses: a house number, then capitalised words up to a
	// street word ("14 Wattle Street", "22 Mount Street").
	if everyPhraseLoop || digits {
		for i := 0; i+2 < len(toks); i++ {
			if used[i] || !toks[i].num {
				continue
			}
			if b := streetEnd(text, toks, cls, i); b > 0 {
				add(TypePlace, i, b, joinTexts(toks[i:b]))
				i = b - 1
			}
		}
	}
	// Numbers, with "percent" and currency.
	if everyPhraseLoop || digits || seen&classNumberLike != 0 {
		for i := 0; i < len(toks); i++ {
			if used[i] {
				continue
			}
			t := &toks[i]
			if !t.num && cls[i]&classNumberLike == 0 && !(opensWithDigit(t.text) && (scaledNumber(t.text) || pence(t.text))) {
				continue
			}
			b := i + 1
			value := t.text
			if b < len(toks) && toks[b].text == "percent" {
				b++
				value += "%"
			} else if b < len(toks) && scaleWords[toks[b].text] > 0 { // "2.5 million"
				b++
				value += " " + toks[b-1].text
			}
			add(TypeNumber, i, b, value)
			i = b - 1
		}
	}
	// Proper names: runs of capitalised words.
	for i := 0; i < len(toks); i++ {
		if used[i] || !toks[i].cap || cpos[i] < 0 {
			continue
		}
		if i == 0 && lowerSeen(toks[i].text) && !(len(toks) > 1 && toks[1].cap && cpos[1] >= 0) {
			continue // an ordinary word that starts the sentence
		}
		b := i + 1
		for b < len(toks) && !used[b] {
			if toks[b].cap && cls[b]&(classMonth|classWeekday) == 0 {
				if gapBreaksName(text, int(toks[b-1].end), int(toks[b].start)) {
					break
				}
				b++
				continue
			}
			if cls[b]&classNameConnector != 0 && !toks[b].cap && b+1 < len(toks) && toks[b+1].cap && !used[b+1] &&
				!gapBreaksName(text, int(toks[b-1].end), int(toks[b].start)) {
				b += 2
				continue
			}
			break
		}
		// A name after "in", "at", "near" ... is a place; a capitalised
		// preposition inside the sentence belongs to a name itself ("ON
		// Semiconductor", "Made In Chelsea").
		k := TypePerson
		if placeBefore(toks, cls, i) {
			k = TypePlace
		}
		add(k, i, b, joinTexts(toks[i:b]))
		i = b - 1
	}
	// Reason clauses: from a marker to the end of the clause.
	if everyPhraseLoop || seen&classReason != 0 || asReasonIn(text, toks) >= 0 {
		for i := 0; i < len(toks); i++ {
			if cls[i]&classReason == 0 && !asReasonAt(text, toks, i) {
				continue
			}
			b := i + 1
			for b < len(toks) && !clauseBreak(text, int(toks[b-1].end), int(toks[b].start)) {
				b++
			}
			ps, pe := contentRange(cpos, i, b)
			out = append(out, phrase{kind: TypeReason, start: int32(toks[i].start), end: int32(toks[b-1].end), ps: ps, pe: pe})
			i = b - 1
		}
	}
	return out
}

// mayOpenDate reports whether dateAt may find a date opening at token t
// of class c, without calling it: each of its dates opens with a number,
// a word that opens with a digit, a month, a weekday, a relative day, a
// word of a relative date ("this", "next", "last", "coming") or a word
// ending in "th" ("19th century"). detectPhrases asks it of every token of
// a corpus at Build (TestMayOpenPlain).
func mayOpenDate(t *token, c wordClass) bool {
	w := t.text
	return t.num || c&(classMonth|classWeekday|classRelativeDay) != 0 ||
		w != "" && (isDigitByte(w[0]) || w[len(w)-1] == 'h' || w == "this" || w == "next" || w == "last" || w == "coming")
}

// mayOpenClock reports whether clockAt may find a time opening at token t,
// without calling it: its times open with a number or a word that opens
// with a digit ("5pm") (TestMayOpenPlain).
func mayOpenClock(t *token) bool {
	return t.num || opensWithDigit(t.text)
}

// opensWithDigit reports whether w opens with a digit, as every number
// does (numberGlued): detectPhrases asks it, inlined, before it calls
// scaledNumber at a word (TestMayOpenPlain).
func opensWithDigit(w string) bool { return w != "" && isDigitByte(w[0]) }

// mayOpenContact reports whether contactEnd may find a channel or an email
// address opening at token t of text, without calling it: a channel's
// word follows a "#", an address's first word comes before an "@"
// (TestMayOpenPlain).
func mayOpenContact(text string, t *token) bool {
	return t.start > 0 && text[t.start-1] == '#' || int(t.end) < len(text) && text[t.end] == '@'
}

// dateAt reports a date phrase starting at toks[i]: a month with an
// optional day and year ("September 17", "14 September 2025", "early
// November 2025"), a weekday, a year, a decade, or a relative date ("later
// this year", "last week", "today"). cls is as in detectPhrases.
func dateAt(toks []token, cls []wordClass, i int) (a, b int, ok bool) {
	t := toks[i].text
	day := func(j int) bool {
		if j < 0 || j >= len(toks) || !toks[j].num || len(toks[j].text) > 2 {
			return false
		}
		return toks[j].text != "0"
	}
	// A year is written as four plain digits: "1,000" is a number.
	year := func(j int) bool {
		return j >= 0 && j < len(toks) && isYear(toks[j].text) && int(toks[j].end-toks[j].start) == len(toks[j].text)
	}
	switch {
	case cls[i]&classMonth != 0 && (t != "may" || toks[i].cap):
		a, b = i, i+1
		if day(i - 1) {
			a = i - 1
		}
		if a > 0 && (toks[a-1].text == "early" || toks[a-1].text == "mid" || toks[a-1].text == "late" || toks[a-1].text == "end") {
			a--
		}
		if day(b) {
			b++
		}
		if year(b) {
			b++
		}
		return a, b, true
	case day(i) && i+1 < len(toks) && cls[i+1]&classMonth != 0:
		return dateAt(toks, cls, i+1)
	case cls[i]&classWeekday != 0:
		a = i
		if i > 0 && (toks[i-1].text == "last" || toks[i-1].text == "next") {
			a = i - 1
		}
		return a, i + 1, true
	case year(i):
		return i, i + 1, true
	case oldYear(toks, i):
		b = i + 1
		if b < len(toks) && phraseWords().eras[toks[b].text] {
			b++
		}
		return i, b, true
	case len(t) == 5 && t[4] == 's' && isYear(t[:4]):
		return i, i + 1, true
	case cls[i]&classRelativeDay != 0:
		return i, i + 1, true
	case (t == "this" || t == "next" || t == "last" || t == "coming") && i+1 < len(toks) && cls[i+1]&classRelativeUnit != 0:
		a = i
		if i > 0 && (toks[i-1].text == "later" || toks[i-1].text == "earlier") {
			a = i - 1
		}
		return a, i + 2, true
	case strings.HasSuffix(t, "th") && i+1 < len(toks) && toks[i+1].text == "century":
		return i, i + 2, true
	}
	return 0, 0, false
}

// contactEnd returns the end of the channel or email address that toks[i]
// opens, or 0, and whether it is a channel. A channel is a word, not a
// number ("item #3"), right after a "#" that opens the text or follows a
// space or a bracket; an email address is a word right before an "@".
// Either runs on over the words joined to it by "-", "." or "@" alone.
func contactEnd(text string, toks []token, i int) (end int, channel bool) {
	t := toks[i]
	channel = !t.num && t.start > 0 && text[t.start-1] == '#' && (t.start == 1 || strings.ContainsRune(" \t([", rune(text[t.start-2])))
	email := int(t.end) < len(text) && text[t.end] == '@' && i+1 < len(toks) && toks[i+1].start == t.end+1
	if !channel && !email {
		return 0, false
	}
	b := i + 1
	for b < len(toks) {
		g := gapBefore(text, toks, b)
		if g != "-" && g != "." && g != "@" {
			break
		}
		b++
	}
	if email && b < i+3 { // a name, its domain and the domain's ending at least
		return 0, false
	}
	return b, channel
}

// localPartStart returns the first token of the email address whose
// local part ends at toks[i], the word right before its "@": the words
// joined to it by ".", "-", "_" or "+" alone are the rest of the local
// part ("mattn.jp@gmail.com", "first_last@example.org"), not yet in
// another phrase (used).
func localPartStart(text string, toks []token, used []bool, i int) int {
	for i > 0 && !used[i-1] {
		if g := gapBefore(text, toks, i); g != "." && g != "-" && g != "_" && g != "+" {
			break
		}
		i--
	}
	return i
}

// gapBefore returns the text between toks[j-1] and toks[j]: "" for the two
// tokens of one word ("do" and "not" of "don't"), which overlap.
func gapBefore(text string, toks []token, j int) string {
	if toks[j].start <= toks[j-1].end {
		return ""
	}
	return text[toks[j-1].end:toks[j].start]
}

// clockAt returns the end of the clock time that opens at toks[i], or 0:
// "9:30", "9:30 pm", "5 pm", "5pm", "9:30pm".
func clockAt(text string, toks []token, i int) int {
	t := toks[i]
	switch {
	case hourWithMeridiem(t.text):
		return i + 1
	case !t.num:
		return 0
	case i+1 < len(toks) && meridiem(toks[i+1].text):
		return i + 2
	case i+1 < len(toks) && (toks[i+1].num || hourWithMeridiem(toks[i+1].text)) && toks[i+1].start == t.end+1 && text[t.end] == ':':
		b := i + 2
		if b < len(toks) && meridiem(toks[b].text) {
			b++
		}
		return b
	}
	return 0
}

// meridiem reports whether w is "am" or "pm" as the tokenizer writes them
// ("a.m." too).
func meridiem(w string) bool { return w == "am" || w == "pm" }

// hourWithMeridiem reports whether w is at most two digits glued to "am"
// or "pm": "5pm", "11am", and the minutes "30pm" of "9:30pm".
func hourWithMeridiem(w string) bool {
	d, ok := numberGlued(w, "am", "pm")
	return ok && len(d) <= 2 && !strings.Contains(d, ".")
}

// numberGlued returns the number (isNumber) that w holds before one of
// suffixes glued to it ("5" of "5pm", "1.2" of "1.2m"), and whether it
// does. A number opens with a digit, so a word that does not holds none:
// phrase finding asks this of most words of a corpus.
func numberGlued(w string, suffixes ...string) (string, bool) {
	if w == "" || !isDigitByte(w[0]) {
		return "", false
	}
	for _, suf := range suffixes {
		if d, ok := strings.CutSuffix(w, suf); ok && isNumber(d) {
			return d, true
		}
	}
	return "", false
}

// rangeDashes are the dashes that may join the two ends of a range: a
// hyphen, an en dash and an em dash ("9am-5pm", "8:30–18:30", "1990—1995").
const rangeDashes = "-\u2013\u2014"

// dash reports whether g, the text between two tokens, is a hyphen or an
// en dash alone: what joins the ends of a range ("2022-2024", "8:30–18:30").
// It is the narrower reading, for the joins read inside one span (a range
// of years or days, a clock range, two words dashPair splits), where an em
// dash more often sets a clause apart ("in 1990—the year after").
func dash(g string) bool { return g == "-" || g == "\u2013" }

// anyDash reports whether g, the text between two values with its spaces
// trimmed, is one dash of rangeDashes alone, the em dash included: the
// wider reading of the joins that compare two values already read apart
// (spanJoin, rangeJoin), where a dash of any width between them joins
// them.
func anyDash(g string) bool { return dash(g) || g == "\u2014" }

// clockRange returns the end of the range of clock times that the time
// toks[i:b] opens, or b: "8:00 to 18:00", "9 am until 5 pm", "8:30–18:30",
// "9:00 - 17:00", "9am-5pm", and "between 22:00 and 06:00". Opening hours
// are asked as one answer. The dash is dash's, spaces around it allowed;
// the words are "to", "until" and "till", not all of [rangeto]: asking
// it would let "through" join two clock times too, which no training
// set holds (tried at stop 55: no answer moved; docs/engine-log.md,
// join173).
func clockRange(text string, toks []token, i, b int) int {
	if b >= len(toks) {
		return b
	}
	switch toks[b].text {
	case "and":
		if i == 0 || toks[i-1].text != "between" {
			return b
		}
		fallthrough
	case "to", "until", "till":
		if b+1 < len(toks) {
			if e := clockAt(text, toks, b+1); e > 0 {
				return e
			}
		}
		return b
	}
	if dash(strings.TrimSpace(gapBefore(text, toks, b))) {
		if e := clockAt(text, toks, b); e > 0 {
			return e
		}
	}
	return b
}

// streetEnd returns the end of the street address that the house number
// toks[i] opens, or 0: capitalised words, at most maxStreetWords, then a
// capitalised street word ([streetwords]), with nothing but spaces between
// the words.
func streetEnd(text string, toks []token, cls []wordClass, i int) int {
	spaced := func(j int) bool { return strings.TrimSpace(gapBefore(text, toks, j)) == "" }
	for j := i + 1; j < len(toks) && j <= i+maxStreetWords+1; j++ {
		if !toks[j].cap || !spaced(j) {
			return 0
		}
		if j > i+1 && cls[j]&classStreet != 0 {
			return j + 1
		}
	}
	return 0
}

// scaledNumber reports whether w is a number glued to the letter of its
// scale: "4k", "1.2m", "3bn" ("$4k a month", "£1.2m in total"). ("3x" is
// as often a name, "the 9X bus", as a factor.)
func scaledNumber(w string) bool {
	_, ok := numberGlued(w, "k", "m", "bn")
	return ok
}

// currencyCode reports whether toks[i] is a currency code (codeWord)
// with a space alone before the number toks[i+1]: "EUR 620,000" is money.
func currencyCode(text string, toks []token, i int) bool {
	t := &toks[i]
	return toks[i+1].num && codeWord(text[t.start:t.end]) && text[t.end:toks[i+1].start] == " "
}

// codeWord reports whether raw is a currency code of [currencies]
// written in capitals ("EUR", "USD", "GBP"). A word in lower case or
// capitalised before a number is as often a name ("Euro 2024").
func codeWord(raw string) bool {
	return len(raw) == 3 && strings.ToUpper(raw) == raw && phraseWords().currencySign[strings.ToLower(raw)] != ""
}

// pence reports whether w is an amount in pence: a whole number of one or
// two digits glued to "p" ("25p a day", "45p a mile"). A hundred pence
// and more are written in pounds, and "720p" or "1080p" is a video's
// resolution, not money.
func pence(w string) bool {
	d, ok := numberGlued(w, "p")
	return ok && len(d) <= 2 && !strings.ContainsAny(d, ".,")
}

// numericDate widens the date toks[a:b], when it is one year, to the date
// written in figures around it: "2026-03-12" (ISO, the year first) and
// "12/03/2026" (day and month first, in either order).
// The parts must be joined by the one separator alone. used marks the
// tokens other phrases took.
func numericDate(text string, toks []token, used []bool, a, b int) (int, int) {
	if b-a != 1 || !isYear(toks[a].text) {
		return a, b
	}
	part := func(j int) bool { return toks[j].num && len(toks[j].text) <= 2 && toks[j].text != "0" }
	if b+1 < len(toks) && part(b) && part(b+1) && gapBefore(text, toks, b) == "-" && gapBefore(text, toks, b+1) == "-" {
		return a, b + 2
	}
	if a >= 2 && !used[a-2] && !used[a-1] && part(a-2) && part(a-1) {
		if gapBefore(text, toks, a) == "/" && gapBefore(text, toks, a-1) == "/" {
			return a - 2, b
		}
	}
	return a, b
}

// yearRange widens the date toks[a:b], when it is one year, to the range
// of years it opens or closes: "1241–1246", "2022-2024", "1952–87", and
// "960–1279", whose first year isYear does not know. The years must be
// joined by a hyphen or an en dash alone, and the first be the earlier.
// used marks the tokens other phrases took.
func yearRange(text string, toks []token, used []bool, a, b int) (int, int) {
	if b-a != 1 || !toks[a].num {
		return a, b
	}
	joined := func(i int) bool { return dash(gapBefore(text, toks, i+1)) }
	if b < len(toks) && joined(a) && toks[b].num && laterYear(toks[a].text, toks[b].text) {
		return a, b + 1
	}
	if a > 0 && !used[a-1] && joined(a-1) && toks[a-1].num && len(toks[a-1].text) >= 3 && laterYear(toks[a-1].text, toks[a].text) {
		return a - 1, b
	}
	return a, b
}

// laterYear reports whether to, a year or its last two digits ("87" of
// "1952–87"), is a year after from, a whole number of three or four
// digits.
func laterYear(from, to string) bool {
	f, err1 := strconv.Atoi(from)
	t, err2 := strconv.Atoi(to)
	if err1 != nil || err2 != nil || len(from) < 3 || len(from) > 4 {
		return false
	}
	if len(to) == 2 && len(from) == 4 {
		t += f / 100 * 100
	} else if len(to) < 3 || len(to) > 4 {
		return false
	}
	return t > f
}

// isYear reports whether w is a plausible year (1000–2099).
func isYear(w string) bool {
	if len(w) != 4 || !isNumber(w) {
		return false
	}
	return (w[0] == '1' || (w[0] == '2' && w[1] == '0'))
}

// gapBreaksName reports whether the text between two words stops a name:
// any punctuation but a space or a hyphen does. Two tokens of one word
// ("do" and "not" of "don't") overlap, and nothing lies between them.
func gapBreaksName(text string, from, to int) bool {
	if from >= to {
		return false
	}
	for _, r := range text[from:to] {
		if !unicode.IsSpace(r) && r != '-' && r != '.' {
			return true
		}
	}
	return false
}

// asReasonAt reports whether toks[i] is an "as" after a comma that opens
// a clause with a word of [asclauseopeners] ("The show will move to St
// Anne's church hall in 2026, as the village hall is being repaired"):
// such an "as" gives a reason, as "because" does, where "as" elsewhere
// compares or names a role ("as well as", "as of May", "works as a
// nurse").
func asReasonAt(text string, toks []token, i int) bool {
	return toks[i].text == "as" && i > 0 && i+1 < len(toks) && phraseWords().asClauseOpeners[toks[i+1].text] &&
		strings.Contains(text[toks[i-1].end:toks[i].start], ",")
}

// asReasonIn returns the index of the first token of toks at which
// asReasonAt holds, or -1: detectPhrases runs its loop of reasons when a
// sentence has no reason marker but has such an "as".
func asReasonIn(text string, toks []token) int {
	for i := range toks {
		if asReasonAt(text, toks, i) {
			return i
		}
	}
	return -1
}

// clauseBreak reports whether the text between two words ends a clause.
// Overlapping tokens of one word ("don't") have nothing between them.
func clauseBreak(text string, from, to int) bool {
	return from < to && strings.ContainsAny(text[from:to], ",;:()—–")
}

// contentRange maps the token range [a, b) to content positions.
func contentRange(cpos []int, a, b int) (ps, pe int16) {
	ps, pe = -1, -1
	for i := a; i < b; i++ {
		if cpos[i] >= 0 {
			if ps < 0 {
				ps = int16(cpos[i])
			}
			pe = int16(cpos[i] + 1)
		}
	}
	if ps < 0 {
		return 0, 0
	}
	return ps, pe
}

// joinTexts joins the normalised texts of toks with spaces.
func joinTexts(toks []token) string {
	if len(toks) == 1 {
		return toks[0].text
	}
	n := len(toks) - 1
	for _, t := range toks {
		n += len(t.text)
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// oldYear reports whether toks[i] is a year that isYear does not know: a
// whole number of three or four digits after a preposition of time, or
// before an era; or one of one or two digits before an era written with a
// capital ("27 BC", not "27 ad"), which no count is.
func oldYear(toks []token, i int) bool {
	t := toks[i].text
	if !toks[i].num || len(t) > 4 || strings.ContainsAny(t, ".,") {
		return false
	}
	pw := phraseWords()
	if i+1 < len(toks) && pw.eras[toks[i+1].text] && (len(t) >= 3 || toks[i+1].cap) {
		return true
	}
	return len(t) >= 3 && i > 0 && pw.yearPrepositions[toks[i-1].text]
}

// placeBefore reports whether the name starting at token i follows a place
// preposition, directly or through "the" ("in Madrid", "in the North Pier
// basin"): a lower-case preposition, since a capitalised one inside a
// sentence belongs to a name itself ("ON Semiconductor", "Made In
// Chelsea").
func placeBefore(toks []token, cls []wordClass, i int) bool {
	p := i - 1
	if p > 0 && toks[p].text == "the" && !toks[p].cap {
		p--
	}
	return p >= 0 && cls[p]&classPlacePreposition != 0 && (p == 0 || !toks[p].cap)
}
