package qa

import (
	_ "embed"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// The span model's word lists (spanwords.txt): the function words it reads
// by name, the ones a phrase may hold or open with, copulas, verbs of change
// by direction, and the words that make a number money, a length of time or
// a version.

//go:embed spanwords.txt
var spanWordsText string

// spanWordLists is spanwords.txt parsed. It is built once per process and
// read-only after that.
type spanWordLists struct {
	// context lists the function words read by name, in file order;
	// contextID maps each to its index there.
	context   []string
	contextID map[string]int
	// endings lists the word endings of [endings]; endingID maps each to
	// its index there, and longestEnding is the longest one's length.
	endings       []string
	endingID      map[string]int
	longestEnding int
	// endingLengths has bit n-1 set for byte c when an ending of n bytes
	// ends in c: the lengths worth looking up for a word that ends in c.
	endingLengths [256]uint8
	// mayEnding may hold the endings: most of a word's last bytes that
	// endingLengths lets through are no ending, and the filter says so
	// without hashing them.
	mayEnding wordFilter
	// The other sections, as sets.
	inside, opening, numberOpen, copulas, up, down, questionUp, questionDown, currency, units, version, price, titles, ordinals map[string]bool
	// negations holds the lines of [negations] ("does not"), the words of
	// each joined by one space.
	negations map[string]bool
	// negationEnds and boundEnds are the last words of [negations]' and
	// [bounds]' lines (mayEndWithLine).
	negationEnds, boundEnds []string
	// bounds holds the lines of [bounds] ("up to") the same way.
	bounds map[string]bool
	// boundWords holds every word of a line of [bounds] but the last of a
	// line of two or more ("up", "least", "over").
	boundWords map[string]bool
	// siblingJoins holds [siblingjoins], the conjunctions after which a
	// phrase names a thing beside the one before (polar-sibling); they
	// are marked askSiblingJoin in info too.
	siblingJoins map[string]bool
	// shareOffs holds [shareoffs], the words after a percentage that
	// make it a cut of a price (shareOffEnd).
	shareOffs map[string]bool
	// subjectGaps holds [subjectgaps], the words that may stand between a
	// subject and its verb (asked-subject, subjectOf).
	subjectGaps map[string]bool
	// coordinators holds [coordinators], the conjunctions that join
	// conjuncts (conjunctOf).
	coordinators map[string]bool
	// versionAsked holds [versionasked], the words of a question that
	// ask for a version number (canAnswer).
	versionAsked map[string]bool
	// nilCells holds [nilcells], the cells that say a row has nothing of
	// their column (spanFacts.headerCell).
	nilCells map[string]bool
	// polarCells holds [polarcells], the cells that answer yes or no for
	// their row (spanFacts.polarCellOf).
	polarCells map[string]bool
	// passive holds [passive], the auxiliaries of the passive voice
	// (spanFacts.voice).
	passive map[string]bool
	// respectively and respJoins hold [respectively] and [respjoins]:
	// the words that pair two lists by place and the words that join a
	// list's last item (respectiveSide); respectivelyWords is
	// [respectively] as a list, looked up in the corpus once a question.
	// The words of [firstplace] and [lastplace], which ask for the first
	// or the last item of a series, are marked askFirstPlace and
	// askLastPlace in info.
	respectively, respJoins map[string]bool
	respectivelyWords       []string
	// rangeStart and rangeEnd hold [rangestart] and [rangeend], the words
	// of a question that ask when something starts or ends; rangeFrom and
	// rangeTo [rangefrom] and [rangeto], the words before the start and
	// the end of a span of time (rangeSide).
	rangeStart, rangeEnd, rangeFrom, rangeTo map[string]bool
	// limits holds [limits], the words of a question that ask for a limit.
	limits map[string]bool
	// namingVerbs and namingAsks hold [namingverbs] and [namingasks]: the
	// verb that opens a pick naming a thing, and the words of a question
	// that ask its name (namingStart).
	namingVerbs, namingAsks map[string]bool
	// nameJoiners holds [namejoiners]: the words in lower case a name
	// may hold between two capitalised words (askedNameAfter).
	nameJoiners map[string]bool
	// rules holds [rules], the words of a sentence that make it state a
	// rule or a limit (statesLimit).
	rules map[string]bool
	// negators holds [negators], the words that negate what follows them
	// (polar-negation); rateOpeners [rateopeners], the words that make the
	// unit of time after them a rate (spanFacts.rate).
	negators, rateOpeners map[string]bool
	// changeVerbs, changeFrom and changeTo hold [changeverbs],
	// [changefrom] and [changeto], and changeOld the lines of [changeold],
	// each as its words, in file order: the words that mark the value
	// before and the value now of a change (changeSide). The words of
	// [askedold] are marked askOld in info, those of [askedpast] askPast.
	changeVerbs, changeFrom, changeTo map[string]bool
	changeOld                         [][]string
	// changePeriods holds [changeperiods], the words that open the span
	// of time a change took place over (changeBefore).
	changePeriods map[string]bool
	// partitives holds [partitives], the words after a number that open
	// what it counts further on ("seventeen of its sites", countedBy).
	partitives map[string]bool
	// partitiveGroups and partitiveOwners hold [partitivegroups] and
	// [partitiveowners], the pronouns and possessives after "NUMBER of"
	// that name the group the number is a part of (partitiveEnd).
	partitiveGroups, partitiveOwners map[string]bool
	// partitiveRelatives holds [partitiverelatives], the relative
	// pronouns after a partitive that open a stretch counting a part of
	// what the words before name ("of WHOM 41 are in the MSc", ownSegment).
	partitiveRelatives map[string]bool
	// subjectPronouns holds [subjectpronouns], the pronouns that, as the
	// whole subject of a later conjunct, stand for what the sentence named
	// before them (opensPredicate).
	subjectPronouns map[string]bool
	// modals holds [modals], the modal verbs that a yes/no answer keeps
	// before its predicate (predicateVerbStart).
	modals map[string]bool
	// gapOpeners holds [gapopeners], the prepositions that open a
	// coordinated stretch which leaves out its verb (ownSegment).
	gapOpeners map[string]bool
	// rateWords maps each word of [ratewords] to the unit of time it
	// names an amount by ("monthly": "month").
	rateWords map[string]string
	// monthly holds the lines of [monthly] ("of each month") and dayJoins
	// those of [dayjoins] ("on the"), in file order, each with its words
	// joined by one space and a space before them, and dayJoins one after
	// them too, as the sentence's text reads them (monthlyEnd,
	// clockTimeEnd, timeBeforeDay).
	monthly, dayJoins []string
	// eachRates holds the lines of [eachrates] ("for each"), in file
	// order, each as its words (rateEachEnd).
	eachRates [][]string
	// unitHours maps each word of [unithours] to the hours its unit of
	// time lasts ("week": 168), for periodHours.
	unitHours map[string]int
	// info gives, for every word of the lists the tokens of a sentence or
	// a question are looked up in, all it is in one lookup; mayInfo may
	// hold its keys: most content words are not there, and the filter
	// says so without hashing them.
	info    map[string]spanWordInfo
	mayInfo wordFilter
}

// spanWordInfo is what the lists say of one word: its sections, its
// index in context (-1 when it is not there), and the sections only a
// question's words are looked up in (asked).
type spanWordInfo struct {
	class   spanWordClass
	context int16
	asked   spanAskClass
}

// spanAskClass is a set of the sections of spanwords.txt that newSpanFacts
// reads of each word of a question, besides those of spanWordClass: one
// lookup of a word's info tells it, and the maps of these sections are
// looked up only for a word that is in them.
type spanAskClass uint8

const (
	askRateWord    spanAskClass = 1 << iota // [ratewords] (rateWords)
	askVersion                              // [versionasked] (versionAsked)
	askOld                                  // [askedold] (spanFacts.changeAsk)
	askPast                                 // [askedpast] (spanFacts.changeAsk)
	askSiblingJoin                          // [siblingjoins] (spanFacts.joinsTwo)
	askFirstPlace                           // [firstplace] (spanFacts.place)
	askLastPlace                            // [lastplace] (spanFacts.place)
)

// spanWordClass is a set of sections of spanwords.txt.
type spanWordClass uint16

const (
	swOpening spanWordClass = 1 << iota
	swInside
	swNumberOpen
	swCopula
	swUp
	swDown
	swCurrency
	swUnit
	swVersion
	swQuestionUp
	swQuestionDown
	swPrice
	swTitle
	swRangeStart
	swRangeEnd
	// swCoordinator marks [coordinators] (coordinators), which
	// spanTokens reads of every token: one lookup of its info, not two
	// more of the map.
	swCoordinator
)

// spanWordsFile is spanwords.txt and the code that reads it.
var spanWordsFile = wordFile[*spanWordLists]{name: "spanwords.txt", text: spanWordsText, build: buildSpanWords}

// spanWords returns the parsed word lists, parsing them on first use.
func spanWords() *spanWordLists { return spanWordsTables.get() }

// spanWordsTables holds the tables spanWords returns.
var spanWordsTables = spanWordsFile.load()

// buildSpanWords reads the sections described at the top of spanwords.txt.
func buildSpanWords(s *wordSections) *spanWordLists {
	set := s.set
	l := &spanWordLists{
		contextID: map[string]int{},
		inside:    set("inside"), opening: set("opening"), numberOpen: set("numberopen"), copulas: set("copulas"),
		up: set("up"), down: set("down"), questionUp: set("questionup"), questionDown: set("questiondown"),
		currency: set("currency"), units: set("units"), version: set("version"), price: set("price"),
		titles: set("titles"), ordinals: set("ordinals"), negations: map[string]bool{}, bounds: map[string]bool{}, boundWords: map[string]bool{}, limits: set("limits"), namingVerbs: set("namingverbs"), namingAsks: set("namingasks"), nameJoiners: set("namejoiners"), rules: set("rules"), coordinators: set("coordinators"), siblingJoins: set("siblingjoins"), subjectGaps: set("subjectgaps"), shareOffs: set("shareoffs"), versionAsked: set("versionasked"), nilCells: set("nilcells"), polarCells: set("polarcells"), passive: set("passive"),
		respectively: set("respectively"), respJoins: set("respjoins"), respectivelyWords: s.words("respectively"),
		rangeStart: set("rangestart"), rangeEnd: set("rangeend"), rangeFrom: set("rangefrom"), rangeTo: set("rangeto"),
		negators: set("negators"), rateOpeners: set("rateopeners"), rateWords: s.meanings("ratewords"),
		changePeriods: set("changeperiods"), unitHours: map[string]int{},
		changeVerbs: set("changeverbs"), changeFrom: set("changefrom"), changeTo: set("changeto"),
		partitives: set("partitives"), partitiveGroups: set("partitivegroups"), partitiveOwners: set("partitiveowners"), partitiveRelatives: set("partitiverelatives"), subjectPronouns: set("subjectpronouns"), modals: set("modals"), gapOpeners: set("gapopeners"),
	}
	for _, line := range s.lines("monthly") {
		l.monthly = append(l.monthly, " "+strings.Join(strings.Fields(line), " "))
	}
	for _, line := range s.lines("changeold") {
		l.changeOld = append(l.changeOld, strings.Fields(line))
	}
	for _, line := range s.lines("eachrates") {
		l.eachRates = append(l.eachRates, strings.Fields(line))
	}
	for _, line := range s.lines("dayjoins") {
		l.dayJoins = append(l.dayJoins, " "+strings.Join(strings.Fields(line), " ")+" ")
	}
	for w, h := range s.meanings("unithours") {
		n, err := strconv.Atoi(h)
		if err != nil || n <= 0 {
			s.fail("section [unithours]: %q is no number of hours", h)
			continue
		}
		l.unitHours[w] = n
	}
	lastWords := func(lines map[string]bool) []string {
		var ends []string
		for line := range lines {
			f := strings.Fields(line)
			if e := f[len(f)-1]; !slices.Contains(ends, e) {
				ends = append(ends, e)
			}
		}
		slices.Sort(ends)
		return ends
	}
	for _, line := range s.lines("negations") {
		l.negations[strings.Join(strings.Fields(line), " ")] = true
	}
	l.negationEnds = lastWords(l.negations)
	for _, line := range s.lines("bounds") {
		f := strings.Fields(line)
		l.bounds[strings.Join(f, " ")] = true
		if len(f) > 1 {
			f = f[:len(f)-1]
		}
		for _, w := range f {
			l.boundWords[w] = true
		}
	}
	l.boundEnds = lastWords(l.bounds)
	l.endingID = map[string]int{}
	for _, e := range s.words("endings") {
		if _, dup := l.endingID[e]; !dup {
			l.endingID[e] = len(l.endings)
			l.endings = append(l.endings, e)
			l.longestEnding = max(l.longestEnding, len(e))
			l.mayEnding.add(e)
			if len(e) <= 8 {
				l.endingLengths[e[len(e)-1]] |= 1 << (len(e) - 1)
			}
		}
	}
	for _, w := range s.words("context") {
		if _, dup := l.contextID[w]; !dup {
			l.contextID[w] = len(l.context)
			l.context = append(l.context, w)
		}
	}
	l.info = map[string]spanWordInfo{}
	for _, sec := range []struct {
		words map[string]bool
		class spanWordClass
	}{
		{l.opening, swOpening}, {l.inside, swInside}, {l.numberOpen, swNumberOpen}, {l.copulas, swCopula},
		{l.up, swUp}, {l.down, swDown}, {l.currency, swCurrency}, {l.units, swUnit}, {l.version, swVersion},
		{l.questionUp, swQuestionUp}, {l.questionDown, swQuestionDown}, {l.price, swPrice}, {l.titles, swTitle}, {l.rangeStart, swRangeStart}, {l.rangeEnd, swRangeEnd},
		{l.coordinators, swCoordinator},
	} {
		for w := range sec.words {
			in, ok := l.info[w]
			if !ok {
				in.context = -1
			}
			in.class |= sec.class
			l.info[w] = in
		}
	}
	for _, sec := range []struct {
		words []string
		asked spanAskClass
	}{
		{slices.Collect(maps.Keys(l.rateWords)), askRateWord}, {slices.Collect(maps.Keys(l.versionAsked)), askVersion},
		{slices.Collect(maps.Keys(set("askedold"))), askOld}, {slices.Collect(maps.Keys(set("askedpast"))), askPast},
		{slices.Collect(maps.Keys(l.siblingJoins)), askSiblingJoin},
		{s.words("firstplace"), askFirstPlace}, {s.words("lastplace"), askLastPlace},
	} {
		for _, w := range sec.words {
			in, ok := l.info[w]
			if !ok {
				in.context = -1
			}
			in.asked |= sec.asked
			l.info[w] = in
		}
	}
	for w, id := range l.contextID {
		in, ok := l.info[w]
		if !ok {
			in.context = -1
		}
		in.context = int16(id)
		l.info[w] = in
	}
	for w := range l.info {
		l.mayInfo.add(w)
	}
	return l
}

// infoOf returns what the lists say of word w.
func (l *spanWordLists) infoOf(w string) spanWordInfo {
	if !mayHold(&l.mayInfo, w) {
		return spanWordInfo{context: -1}
	}
	if in, ok := l.info[w]; ok {
		return in
	}
	return spanWordInfo{context: -1}
}

// rateWordOf is rateWords[w] for a word whose info is in: looked up only
// when the info says w is in [ratewords].
func (l *spanWordLists) rateWordOf(w string, in spanWordInfo) string {
	if in.asked&askRateWord == 0 {
		return ""
	}
	return l.rateWords[w]
}
