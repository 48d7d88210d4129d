package qa

import (
	"context"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	snowball "github.com/kljensen/snowball/english"
	"github.com/qabot/qabot/corpus"
)

func texts(toks []token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"U.S. and US and United States", []string{"us", "and", "us", "and", "us"}},
		{"thirty-two entities, 32 firms", []string{"32", "entities", "32", "firms"}},
		{"twenty-three based in China", []string{"23", "based", "in", "china"}},
		{"two hundred and five", []string{"205"}},
		{"3 million users", []string{"3000000", "users"}},
		{"47.81% and 55 percent and 5 per cent", []string{"47.81", "percent", "and", "55", "percent", "and", "5", "percent"}},
		{"1,000 chips", []string{"1000", "chips"}},
		{"Pedro Sánchez", []string{"pedro", "sanchez"}},
		{"Beijing’s “containment”—and more", []string{"beijing", "containment", "and", "more"}},
		{"anti-dumping 40-nanometer", []string{"anti", "dumping", "40", "nanometer"}},
		{"who's the premier? doesn't", []string{"who", "the", "premier", "does", "not"}},
		{"Sept. 17", []string{"september", "17"}},
		{"one of them", []string{"one", "of", "them"}},
		// A lone "one" after a noun names a place in a series: the same
		// term as "1", in documents and questions alike.
		{"a Stage one complaint", []string{"a", "stage", "1", "complaint"}},
		{"who handles a stage one complaint", []string{"who", "handles", "a", "stage", "1", "complaint"}},
		{"what kit do i get on day one", []string{"what", "kit", "do", "i", "get", "on", "day", "1"}},
		{"number-one hits", []string{"number", "1", "hits"}},
		// A pronoun or a verb's object stays "one".
		{"stage one of the plan", []string{"stage", "one", "of", "the", "plan"}},
		{"love one another", []string{"love", "one", "another"}},
		{"win one for the team", []string{"win", "one", "for", "the", "team"}},
		{"a nice one", []string{"a", "nice", "one"}},
		{"the next one", []string{"the", "next", "one"}},
		{"no one came", []string{"no", "one", "came"}},
		{"stage, one said", []string{"stage", "one", "said"}},
		{"42 one", []string{"42", "one"}},
		{"one hundred and one", []string{"101"}},
		{"between two and three percent", []string{"between", "2", "and", "3", "percent"}},
		{"two three-year terms", []string{"2", "3", "year", "terms"}},
		{"nine, ten or eleven", []string{"9", "10", "or", "11"}},
		{"twenty one thousand", []string{"21000"}},
		{"999999999999 trillion", []string{"999999999999", "trillion"}},
		{"South America and America", []string{"south", "america", "and", "america"}},
		{"bad \xff\xfe bytes\x00here", []string{"bad", "bytes", "here"}},
	}
	for _, tc := range tests {
		got := texts(tokenize(tc.in, nil))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	in := "Scott Bessent met He Lifeng."
	for _, tok := range tokenize(in, nil) {
		if got := strings.ToLower(in[tok.start:tok.end]); got != tok.text {
			t.Errorf("token %q covers %q", tok.text, got)
		}
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"investigations", "investig"},
		{"investigation", "investig"},
		{"semiconductors", "semiconductor"},
		{"negotiations", "negoti"},
		{"32", "32"},
		{"us", "us"},
	}
	for _, tc := range tests {
		if got := stem(tc.in); got != tc.want {
			t.Errorf("stem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStopWords(t *testing.T) {
	for _, w := range []string{"the", "what", "is", "hello", "please", "tell"} {
		if !isStopWord(w) {
			t.Errorf("isStopWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"us", "tiktok", "deadline", "32", ""} {
		if isStopWord(w) {
			t.Errorf("isStopWord(%q) = true, want false", w)
		}
	}
}

// TestStopWordFilter checks that isStopWord, which asks tokenwords.txt's
// [stopwords] only of the words their filter may hold, answers as the list
// itself does: for every word of the list, and for every token of the
// embedded corpus and of the lexicon's words.
func TestStopWordFilter(t *testing.T) {
	tw := tokenWords()
	if len(tw.stopWords) == 0 {
		t.Fatal("no [stopwords]")
	}
	want := func(w string) bool {
		if snowball.IsStopWord(w) {
			return w != "us"
		}
		return tw.stopWords[w]
	}
	for w := range tw.stopWords {
		if !mayHold(&tw.mayStop, w) || !isStopWord(w) {
			t.Errorf("stop word %q not held", w)
		}
	}
	checked, ruledOut := 0, 0
	check := func(w string) {
		checked++
		if !mayHold(&tw.mayStop, w) {
			ruledOut++
		}
		if got := isStopWord(w); got != want(w) {
			t.Errorf("isStopWord(%q) = %v, want %v", w, got, want(w))
		}
	}
	for _, d := range embedded(t) {
		for _, tk := range tokenize(d.Title+"\n"+d.Body, nil) {
			check(tk.text)
		}
	}
	// The SQuAD articles beside the repository, when they are there.
	for _, d := range squad48Docs(t) {
		for _, tk := range tokenize(d.Body, nil) {
			check(tk.text)
		}
	}
	// The filter is what makes the lookup cheap: most words pass by it.
	if checked < 1000 || ruledOut < checked/2 {
		t.Errorf("filter ruled out %d of %d words", ruledOut, checked)
	}
}

func TestVariants(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "The Chinese semiconductor industry grew. US Trade Representative Jamieson Greer attended. Vice Premier He Lifeng spoke. Inflationary pressure rose."}})
	tests := []struct {
		word       string
		wantTerm   string
		wantWeight float64 // 0: no match
	}{
		{"chineese", "chines", weightTypo1},
		{"semiconducter", "semiconductor", weightTypo1},
		{"premeir", "premier", weightTypo1},
		{"xyzzyq", "", 0},
	}
	for _, tc := range tests {
		id, w, ok := ix.correct(tc.word)
		if tc.wantWeight == 0 {
			if ok {
				t.Errorf("correct(%q) matched, want no match", tc.word)
			}
			continue
		}
		if !ok || stemTermOf(ix, tc.wantTerm) != id || w.weight() != tc.wantWeight {
			t.Errorf("correct(%q) = (%d, %v, %v), want term %q weight %v", tc.word, id, w, ok, tc.wantTerm, tc.wantWeight)
		}
		if w.weight() >= 1 {
			t.Errorf("correct(%q) weight %v, want below an exact match", tc.word, w)
		}
	}
	if ids, _ := ix.runWords.get("ustr"); len(ids) != 3 {
		t.Errorf("acronym ustr = %v, want the 3 terms of US Trade Representative", ids)
	}
	if id, ok := ix.derived(stem("inflation"), "inflation"); !ok || id != wordTermOf(ix, "inflationary") {
		t.Errorf("derived(inflation) = %d, %v, want inflationary", id, ok)
	}
}

// TestDerivedClipped checks the corpus words a question word the corpus
// lacks matches by its start: a stem of five letters or more ("inflat"),
// and a four-letter one only when the word is no English word, a clipped
// form typed in chat ("vuln", "vulns" for "vulnerability"), not an English
// word that starts longer ones ("sign" is no clipping of "signal", "take"
// none of "takeover"), nor three letters ("vul").
func TestDerivedClipped(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "Report a vulnerability by email. " +
		"The signal was lost. The takeover failed. Inflationary pressure grew."}})
	tests := []struct {
		word, want string
	}{
		{"inflation", "inflationary"},
		{"vuln", "vulnerability"},
		{"vulns", "vulnerability"},
		{"sign", ""},
		{"take", ""},
		{"vul", ""},
	}
	for _, tc := range tests {
		id, ok := ix.derived(stem(tc.word), tc.word)
		switch {
		case tc.want == "" && ok:
			t.Errorf("derived(%q) = %d, want no match", tc.word, id)
		case tc.want != "" && (!ok || id != wordTermOf(ix, tc.want)):
			t.Errorf("derived(%q) = %d, %v, want %q (%d)", tc.word, id, ok, tc.want, wordTermOf(ix, tc.want))
		}
	}
}

// TestAcronyms checks the acronyms Build spells from capitalised runs,
// over joining words ("of", "and") both without and with their initials.
func TestAcronyms(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "The Bureau of Industry and Security added entities. " +
		"The Department of Defense spoke. Paris, London and Rome agreed. The list of Entities grew."}})
	tests := []struct {
		word  string
		terms int // 0: no acronym
	}{
		{"bis", 3},   // Bureau of Industry and Security, joiners left out
		{"boias", 3}, // the same with the joiners' initials
		{"dod", 2},   // Department of Defense, with "of"
		{"dd", 0},    // too short
		{"plr", 0},   // commas end a run
		{"tlo", 0},   // a run opens with a capitalised word, never a joiner
		{"le", 0},    // "list of Entities": a run opens capitalised
	}
	for _, tc := range tests {
		if ids, _ := ix.runWords.get(tc.word); len(ids) != tc.terms {
			t.Errorf("acronym %q: got %d terms, want %d", tc.word, len(ids), tc.terms)
		}
	}
}

func TestQuestionType(t *testing.T) {
	tests := []struct {
		q    string
		want AnswerType
	}{
		{"when is the TikTok deadline?", TypeDate},
		{"valencia office address", TypePlace},
		// A type noun, its modifiers and a preposition open a long query
		// of key words (leadingTypeNoun).
		{"last day to withdraw from a fall course", TypeDate},
		{"due date for the beta firmware test inverter", TypeDate},
		{"deadline for deciding whether to keep the pause going", TypeDate},
		{"hotel budget for a trip to toronto", TypeNumber},
		// A "%" asks for a share however long the query (not a yes/no
		// question, nor one with a question word of another type).
		{"us analog chips % of china imports last year", TypeNumber},
		{"did us analog chips reach 50% of china imports", TypeNone},
		{"why did the us analog chips share rise to 62%", TypeReason},
		{"laptop for a new starter in the leeds office", TypeNone},
		{"valencia office adress", TypePlace},         // a misspelt type noun in key words
		{"whats the locaton of the depot", TypePlace}, // and after "what"
		{"When is a leaver's access removed?", TypeDate},
		{"bessent role", TypeNone},
		{"In what year was the college founded?", TypeDate},
		{"what time do the talks start on sunday", TypeTime},
		{"how many investigations did china open", TypeNumber},
		{"how much did imports grow", TypeNumber},
		{"what percent of imports came from the US", TypeNumber},
		{"what is the current U.S. tariff rate on chinese steel", TypeNumber},
		{"who's the chinese vice premeir at the talks", TypePerson},
		{"whos leading the talks", TypePerson},
		{"where did they meet last time", TypePlace},
		{"which city hosted the talks", TypePlace},
		{"why is spain hosting the talks", TypeReason},
		{"what did beijing call the US chip restrictions", TypeNone},
		// After "what" and an auxiliary other than a copula, a type noun
		// is in the subject and names nothing asked for; a word of money
		// asks for an amount.
		{"what did chinese state media say about tiktok", TypeNone},
		{"what has the past year been like between the two countries", TypeNone},
		{"what do we log hours in", TypeNone},
		{"What did a standard city centre delivery cost in 2024?", TypeNumber},
		{"what does the primary earn for a week of standby", TypeNumber},
		{"what was the average tariff last year", TypeNumber}, // a copula: the noun is asked for
		{"did trump join tiktok", TypeNone},
		{"what happens when a cold is treated with antibiotics", TypeNone},
		{"how does madonna influence her", TypeNone},
		{"how young was she when she signed", TypeNumber},
		{"tiktok deadline?", TypeDate},
		{"bytedance sell deadline", TypeDate},
		{"what was the average tariff", TypeNumber},
		{"which artist painted the mural", TypePerson},
		{"which spanish leader is hosting the meeting", TypePerson}, // a person noun after an adjective
		{"What French composer wrote the opera?", TypePerson},
		{"which us agency adds companies to the list", TypePerson},
		{"which chinese export rules hit chips", TypeNone},    // no type noun
		{"harbour master name", TypePerson},                   // a person noun by WordNet, and "name"
		{"what is the name of the parish priest", TypePerson}, // a person noun of the list
		{"vpn app name", TypeNone},
		{"what is the name of the ferry", TypeNone},
		{"harbour master boat", TypeNone}, // a person noun without "name" asks no name
		{"job name", TypeNone},            // "job" is work first, the prophet only later
		{"max unpaid leave", TypeNumber},  // a word of a limit names a number
		{"dental limit per yr", TypeNumber},
		{"conference travel money", TypeNumber}, // a noun of money names an amount
		{"what is the dispensing fee", TypeNumber},
		{"what is a dispensing fee", TypeNone}, // a kind of thing, not its amount
		{"whats a rate limit", TypeNone},
		{"number of mainland firms put on the us list", TypeNumber}, // a type noun and "of" open a long query
		{"population of the largest city in the state", TypeNumber},
		{"is the number of firms growing", TypeNone}, // a yes/no question
		{"what is the minimum age", TypeNumber},
		{"library sunday hours", TypeTime}, // opening hours are times of day
		// Of key words, a type noun that modifies the nouns after it gives
		// way to the type noun that ends their run, the phrase's head.
		{"out of hours repair number", TypeNumber},
		{"rent rise this year", TypeNumber}, // "this" ends the run: not a date
		// The noun phrase before "of" is what key words ask for
		// (headOfPhrase); a type noun after it is not. "for" and "to"
		// end no such head.
		{"effect of tarrifs on american prices", TypeNone},
		{"proof of address for resident pass", TypeNone},
		{"price of a resident pass", TypeNumber}, // the head is the type noun
		{"cycle to work max", TypeNumber},        // a word of a limit ends the query
		{"bank details for paying rent", TypeNumber},
		{"opening hours", TypeTime},
		// A unit of time after "per" or "a" is a rate's, and a time with
		// a rate is an amount of it.
		{"overdue book fine per day", TypeNumber},
		{"max hours per week incl overtime", TypeNumber},
		{"image pulls per month", TypeNumber},
		{"opening hours per day", TypeNumber},
		{"holiday deadline", TypeDate},
		// A date noun of [lengthnouns] heading key words names a length
		// of time; after "what" it keeps its date type.
		{"notice period to end tenancy", TypeNumber},
		{"loan period books", TypeNumber},
		{"chickenpox incubation period", TypeNumber},
		{"What period does the evidence cover?", TypeDate},
		// A limit, a total or a need with a date or time noun asks how
		// much time ([timeamounts]); a noun of an act before "time" asks
		// how long it takes ([durationnouns]), an opening or a start not.
		{"max study hours", TypeNumber},
		{"min hours to hire the hall", TypeNumber}, // leadingTypeNoun
		{"training hours needed", TypeNumber},
		{"guest days allowed each month", TypeNumber},
		{"support response time", TypeNumber},
		{"fix time for severe bugs", TypeNumber}, // leadingTypeNoun
		{"ticket office opening time", TypeTime},
		{"study hours sunday", TypeTime},
		{"visiting days", TypeDate},
		// A plural date noun with a noun of a time away from work in its
		// phrase counts days off ([timeoff]); a singular one, or one
		// outside that phrase, keeps its date type.
		{"paid vacation days", TypeNumber},
		{"sabbatical months", TypeNumber},
		{"weeks of parental leave", TypeNumber}, // leadingTypeNoun
		{"market days", TypeDate},
		{"sabbatical after 3 years", TypeDate},
		// "last year" says when, as "this" does: "year" is no type noun.
		{"growth price last year", TypeNumber},
		{"reportable accidents last year", TypeNone},
		// A query that names a day of a month does not ask for a date by
		// its date noun: the day fixes that.
		{"oncall week of feb 9", TypeNone},
		{"duty manager on the day of 2 march", TypeNone},
		{"how many hours a week", TypeNumber},
		{"how quickly must the incident decision be made", TypeNumber}, // a length of time
		{"which companies make the chips", TypePerson},
		{"what cities hosted the talks", TypePlace},
		{"in what years did it grow", TypeDate},
		// A yes/no question asks whether, not for what its nouns name;
		// the same nouns as key words do.
		{"is the price fair", TypeNone},
		{"is the deadline tuesday", TypeNone},
		{"ticket price", TypeNumber},
		{"deadline", TypeDate},
		// "what" or "which" and the noun of the thing asked for, of no
		// type: a type noun further on belongs to another phrase.
		{"what song was the sixth first place song for her", TypeNone},
		{"what machinery was airlifted into the location", TypeNone},
		{"what song did he release two days after the birth", TypeNone},
		{"what is the location of the depot", TypePlace},
		{"what kind of building is it", TypePlace},
		// A "when" clause that a comma ends before another question word
		// asks nothing: the question is after the comma.
		{"When Liszt lived close to Chopin, where did he call home?", TypePlace},
		{"When it was finally released, in what hand did he hold his sword?", TypeNone},
		{"If connected to a PC when first set up, what file system will it use?", TypeNone},
		{"When she left, who took over?", TypePerson},
		{"When did she leave, and who took over?", TypeDate}, // the comma ends no clause of "when"
		// A contraction spelt out ("doesn't" -> does, not) gives two
		// tokens one place in the text (Parse panicked on them).
		{"When did Kerry consider running for president if Droney didn't?", TypeDate},
		{"When a nuclear chain reaction in uranium-235 doesn't result in a burst of heat, what does it result in?", TypeNone},
		{"According to Reporters Without Borders, where doesn't a single foreign news correspondent live?", TypePlace},
	}
	for _, tc := range tests {
		if got := Parse(tc.q).Type; got != tc.want {
			t.Errorf("Parse(%q).Type = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// TestPersonNoun checks the words that name a person, by the list or by
// WordNet's most frequent sense, and that asking WordNet allocates
// nothing.
func TestPersonNoun(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"priest", true}, // a person noun of questionwords.txt
		{"ceo", true},    // WordNet's first sense: noun.person
		{"boss", true},
		{"master", true},
		{"job", false}, // work first, the prophet only later
		{"ferry", false},
		{"app", false},
		{"the", false}, // a stop word
		{"qwzxv", false},
	}
	for _, tt := range tests {
		if got := personNoun(tt.word); got != tt.want {
			t.Errorf("personNoun(%q) = %v, want %v", tt.word, got, tt.want)
		}
		if got := testing.AllocsPerRun(10, func() { personNoun(tt.word) }); got != 0 {
			t.Errorf("personNoun(%q) made %v allocations, want 0", tt.word, got)
		}
	}
}

func TestParseTerms(t *testing.T) {
	got := Parse("Who is China's top trade negotiator?").Terms
	want := []string{"china", "top", "trade", "negoti"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Parse terms = %q, want %q", got, want)
	}
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"what else besides tiktok and chips", nil},                                              // set aside to the end
		{"what besides metabolic activity is required for growth", []string{"requir", "growth"}}, // to the verb
		{"besides tiktok, what will they discuss", []string{"discuss"}},                          // to the comma
		// asked again outside what is set aside, a word is the question's own
		{"besides the stock exchange, what other exchange suspended trading", []string{"exchang", "suspend", "trade"}},
	} {
		if got := Parse(c.q).Terms; !reflect.DeepEqual(got, c.want) {
			t.Errorf("terms of %q = %q, want %q (the words after besides are set aside)", c.q, got, c.want)
		}
	}
}

// TestParseDropsMentions checks that the chat mentions addressing people
// leave a question's terms as they are without them: those that open it
// and the channel-wide ones anywhere, but not a mention inside it, which
// may be what it asks about, nor an email address.
func TestParseDropsMentions(t *testing.T) {
	checkSameTerms(t, []sameTerms{
		{"@alice when is the tiktok deadline", "when is the tiktok deadline"},
		{"<@U0123ABC> when is the tiktok deadline", "when is the tiktok deadline"},
		{"<@U0123ABC|alice>, @bob: when is the tiktok deadline", "when is the tiktok deadline"},
		{"<!here> when is the tiktok deadline", "when is the tiktok deadline"},
		{"when is the tiktok deadline @everyone", "when is the tiktok deadline"},
		{"@Channel when is the tiktok deadline", "when is the tiktok deadline"},
		{"what does @alice own", "what does alice own"},
		{"who reads bob@example.com", "who reads bob@example.com"},
		{"when is the tiktok deadline @heresy", "when is the tiktok deadline heresy"},
	})
	if got := Parse("@everyone").Terms; len(got) != 0 {
		t.Errorf("terms of %q = %q, want none", "@everyone", got)
	}
}

// TestParseChatFiller checks that the chat spellings of "please" and
// "thanks" are no terms of a question, as the words are not.
func TestParseChatFiller(t *testing.T) {
	checkSameTerms(t, []sameTerms{
		{"pls when is the tiktok deadline thx", "when is the tiktok deadline"},
		{"plz tell me the tiktok deadline, thnx", "the tiktok deadline"},
	})
}

// sameTerms is a question q whose terms must be those of the question
// same, which has some.
type sameTerms struct{ q, same string }

// checkSameTerms checks each case of sameTerms.
func checkSameTerms(t *testing.T, cases []sameTerms) {
	t.Helper()
	for _, c := range cases {
		got, want := Parse(c.q).Terms, Parse(c.same).Terms
		if !reflect.DeepEqual(got, want) || len(want) == 0 {
			t.Errorf("terms of %q = %q, want %q (those of %q)", c.q, got, want, c.same)
		}
	}
}

func TestAnswerHowLong(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: strings.Join([]string{
		"Both sides must decide on the tariff truce by November 10.",
		"Observers expect them to extend the 90-day tariff truce once more.",
	}, "\n")}})
	a, err := ix.Ask(context.Background(), "how long is the tariff truce")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Sentence, "90-day") || a.Span != "90" && a.Span != "90-day" {
		t.Errorf("got span %q in %q, want 90 (or 90-day) in the sentence with the 90-day truce", a.Span, a.Sentence)
	}
}

// TestWordFilters checks that the tokenizer's filters hold every word of
// their sets (a word left out would no longer be rewritten or merged) and
// turn away most other words.
func TestWordFilters(t *testing.T) {
	tw := tokenWords()
	sets := []struct {
		name   string
		filter *wordFilter
		words  []string
	}{
		{"spellings", &tw.maySpell, slices.Collect(maps.Keys(tw.spellings))},
		{"phrase first words", &tw.mayMerge, slices.Collect(maps.Keys(tw.firstWords))},
		{"small numbers", &tw.mayMerge, slices.Collect(maps.Keys(smallNumbers))},
	}
	for _, s := range sets {
		for _, w := range s.words {
			if !mayHold(s.filter, w) || !mayHold(s.filter, []byte(w)) {
				t.Errorf("%s filter: mayHold(%q) = false, want true", s.name, w)
			}
		}
	}
	others := strings.Fields("the chinese vice premier met his counterpart in geneva to discuss tariffs on steel aluminium soybeans and rare earths before talks resumed")
	passed := 0
	for _, w := range others {
		if mayHold(&tw.maySpell, w) || mayHold(&tw.mayMerge, w) {
			passed++
		}
	}
	if passed > len(others)/4 {
		t.Errorf("%d of %d ordinary words pass the filters, want at most a quarter", passed, len(others))
	}
	if mayHold(&tw.maySpell, "") || mayHold(&tw.mayMerge, []byte{}) {
		t.Error("the empty word passes a filter, want not")
	}
}

// TestGapBetween checks the gap between two tokens, also of one word.
func TestGapBetween(t *testing.T) {
	text := "They weren't here, then."
	toks := tokenize(text, nil)
	tests := []struct {
		a, b int
		want uint8
	}{
		{0, 1, gapNone},  // "They" "were"
		{1, 2, gapNone},  // "were" "not": one word, overlapping
		{3, 4, gapComma}, // "here" "then"
	}
	for _, tc := range tests {
		if got := gapBetween(text, toks[tc.a], toks[tc.b]); got != tc.want {
			t.Errorf("gap between %q and %q: got %d, want %d", toks[tc.a].text, toks[tc.b].text, got, tc.want)
		}
	}
}

// TestCountedHead checks the noun a "how many" question counts: the last
// noun of the run after "how many", stopping before a word that may be a
// verb.
func TestCountedHead(t *testing.T) {
	for _, c := range []struct{ after, want string }{
		{"grammy nominations does beyonce have", "nominations"},
		{"investigations did china open", "investigations"},
		{"people work at the plant", "people"},
		{"of the firms are chinese", "firms"},
		{"", ""},
	} {
		if got := countedHead(tokenize(c.after, nil)); got != c.want {
			t.Errorf("countedHead(%q): got %q, want %q", c.after, got, c.want)
		}
	}
}

// TestHowPhraseCounted checks what a question counts: after "how many" or
// "number of".
func TestHowPhraseCounted(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"how many investigations did china open", "investigations"},
		{"number of staff on the list", "staff"},
		{"what number of grammy nominations", "nominations"},
		{"how much did imports grow", ""},
		{"tiktok deadline", ""},
	} {
		if got, _, _, _ := howPhrase(tokenize(c.q, nil)); got != c.want {
			t.Errorf("howPhrase(%q): counted %q, want %q", c.q, got, c.want)
		}
	}
}

func TestNumberWord(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"four", true},
		{"million", true},
		{"dozens", true}, // number-like
		{"twice", true},
		{"fourth", true}, // an ordinal: a number word and "th"
		{"nineteenth", true},
		{"twentieth", true},
		{"twelfth", true}, // an irregular ordinal
		{"first", true},
		{"forth", false},
		{"month", false},
		{"truth", false},
		{"both", false},
		{"one", false}, // a lone "one" is a pronoun more often than a number
	}
	for _, tt := range tests {
		if got := numberWord(tt.w); got != tt.want {
			t.Errorf("numberWord(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

func TestChatSpellings(t *testing.T) {
	tests := []struct {
		q     string
		want  AnswerType
		terms []string
	}{
		{"y did they go with madrid", TypeReason, []string{"go", "madrid"}},
		{"which chips r being probed", TypeNone, []string{"chip", "probe"}},
		{"Y did they go with Madrid", TypeNone, []string{"y", "go", "madrid"}}, // capitals: a letter
	}
	for _, tt := range tests {
		q := Parse(tt.q)
		if q.Type != tt.want || !slices.Equal(q.Terms, tt.terms) {
			t.Errorf("Parse(%q) = type %v, terms %q; want %v, %q", tt.q, q.Type, q.Terms, tt.want, tt.terms)
		}
	}
}

// TestNegatedAuxiliaries checks that a negated auxiliary typed without its
// apostrophe ("shouldnt", "havent") is read as the auxiliary, as it is with
// the apostrophe ("shouldn't"): a stop word, not a content word the corpus
// lacks, which would count against every sentence at the highest idf
// (resolve). "need" is a content word either way.
func TestNegatedAuxiliaries(t *testing.T) {
	rest := []string{"book", "meet"}
	for _, tt := range []struct {
		aux  string
		want []string
	}{
		{"arent", rest}, {"cant", rest}, {"couldnt", rest}, {"didnt", rest}, {"doesnt", rest},
		{"dont", rest}, {"hadnt", rest}, {"hasnt", rest}, {"havent", rest}, {"isnt", rest},
		{"mightnt", rest}, {"mustnt", rest}, {"shant", rest}, {"shouldnt", rest}, {"wasnt", rest},
		{"werent", rest}, {"wont", rest}, {"wouldnt", rest},
		{"neednt", []string{"need", "book", "meet"}},
		{"shouldn't", rest}, {"needn't", []string{"need", "book", "meet"}}, // with the apostrophe
	} {
		q := "why " + tt.aux + " i book meetings"
		if got := Parse(q).Terms; !slices.Equal(got, tt.want) {
			t.Errorf("Parse(%q).Terms = %q, want %q", q, got, tt.want)
		}
	}
}

// TestPluralTypeCue checks that a plural type noun after "what" or
// "which" weighs as a type cue, as its singular does ("what years did the
// dynasty rule": the sentence says "(1644–1912)"), and only there.
func TestPluralTypeCue(t *testing.T) {
	for _, tc := range []struct {
		q, word string
		want    float64
	}{
		{"what years did the dynasty rule", "years", typeCueWeight},
		{"what year did the dynasty rule", "year", typeCueWeight},
		{"he had three years of lessons with whom", "years", 1}, // no "what" before it
	} {
		q := Parse(tc.q)
		i := slices.IndexFunc(q.words, func(w qword) bool { return w.text == tc.word })
		if i < 0 {
			t.Errorf("Parse(%q) lacks %q", tc.q, tc.word)
			continue
		}
		if got := q.words[i].weight; got != tc.want {
			t.Errorf("Parse(%q): weight of %q = %v, want %v", tc.q, tc.word, got, tc.want)
		}
	}
}

// TestAsksNumber checks which questions only a sentence with a number
// answers (asksNumber, answersCount): a count, and a number asked for
// otherwise, but not money ("free"), a length of time ("a week") or a
// frequency ("every Monday").
func TestAsksNumber(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how many people are in the chinese delegation", true},
		{"how big is the american delegation", true},
		{"how old was judy garland in the wizard of oz", true},
		{"what buyback rate did sunwatch assume", true},
		{"how much does the wifi cost", true}, // "how much" counts
		{"what does the wifi cost", false},    // money: "The wifi is free."
		{"how long is the trial", false},      // "a week"
		{"how often are phishing tests", false},
		{"how fast do you reply to emails", false},
		{"who runs the water authority", false},
	} {
		q := Parse(tt.q)
		if got := asksNumber(&q); got != tt.want {
			t.Errorf("asksNumber(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
	for _, tt := range []struct {
		q, sentence string
		want        bool
	}{
		{"how big is the american delegation", "The American delegation is led by the Treasury Secretary.", false},
		{"how big is the american delegation", "The American delegation has twelve members.", true},
		{"how long is the trial", "The trial lasts a week.", true}, // a time unit in words
		{"how long is the trial", "Trials are free for every new workspace.", false},
		{"how often are phishing tests", "Phishing tests are run every quarter.", true},
	} {
		q := Parse(tt.q)
		if got := answersCount(&q, &sentence{text: tt.sentence}); got != tt.want {
			t.Errorf("answersCount(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

// TestAnswersCountMeasures checks that a question that counts things is
// not answered by a sentence whose figures are all amounts of money or
// shares (onlyMeasures), unless it counts money after all
// (countsMeasure), and that a count among them still answers.
func TestAnswersCountMeasures(t *testing.T) {
	checkAnswersCount(t, []answersCountCase{
		{"how many helpline staff are there", "It estimates that the clinics will cost £1.8 million, including staff, venues and the helpline.", false},
		{"how many madrid police on duty for the talks", "US duties on Chinese imports now average 55 percent, a legacy of tariff policy.", false},
		{"how many helpline staff are there", "The helpline has 40 staff and costs £1.8 million a year.", true},
		{"how many millions of dollars did the film gross", "The film grossed $158.8 million at the box office.", true},
		{"how much does the helpline cost", "It estimates that the clinics will cost £1.8 million, including staff, venues and the helpline.", true},
	})
}

// TestAnswersCountDates checks that a question that asks for a number is
// not answered by a sentence whose only figures are in dates or times
// that name a month or a part of the day (datedFiguresOnly), while a
// count beside a date, a number in words, or figures the phrase finder
// may have read as a year still answer.
func TestAnswersCountDates(t *testing.T) {
	checkAnswersCount(t, []answersCountCase{
		{"how many soldiers fought at the battle of hastings", "The Battle of Hastings was fought on 14 October 1066 between the Normans and the English.", false},
		{"how much does tiktok make in the us", "That suspension is due to expire in early November 2025.", false},
		{"how many soldiers fought at the battle of hastings", "About 7,000 soldiers fought on 14 October 1066.", true},
		{"how many soldiers fought at the battle of hastings", "Some twelve thousand soldiers fought on 14 October 1066.", true},
		{"how many farms do we buy from", "We buy from around 400 farms.", true},
		{"when was the battle of hastings", "The Battle of Hastings was fought on 14 October 1066.", true},
	})
}

// TestAnswersCountAge checks that a "how old" question is answered only by
// a sentence that gives an age or a year (asksAge, givesAge), not by one
// that holds another figure.
func TestAnswersCountAge(t *testing.T) {
	checkAnswersCount(t, []answersCountCase{
		{"how old is elizabeth bennet", "It follows Elizabeth Bennet, the second of five daughters of a country gentleman in Hertfordshire.", false},
		{"how old is judge farrow", "The inquiry led by retired judge Rosalind Farrow has received more than 500 written submissions.", false},
		{"How old was Chopin when he left Poland?", "He left Poland at the age of 20.", true},
		{"how old does a puppy have to be to join the club", "A pet joins the club from eight weeks old.", true},
		{"how old is the company", "The company was founded in 1887 by two brothers.", true},
		{"how long is the trial", "The trial lasts 14 days.", true},
		{"how old do u have to be for a current account", "You must be 16 or over to open a current account.", true},
		{"how old for the senior rate", "The senior rate is for people 65 and older.", true},
		{"how old for the senior rate", "The senior rate is for orders of £100 or over.", false},
		{"how old for the senior rate", "The senior rate is 5 or 6 times lower.", false},
	})
}

// TestAgeBoundAt checks that a bound on an age is read at the start of
// a text (ageBoundAt: the figure a "how old" phrase starts with) or at any
// word of it (ageBound), with its figure bare and its bound word last.
func TestAgeBoundAt(t *testing.T) {
	for _, tt := range []struct {
		text    string
		at, any bool
	}{
		{"16 or over to open a current account.", true, true},
		{"65 and older.", true, true},
		{"65  and  older", true, true},
		{"18 or over, and 2 or more years", true, true},
		{"2 bags, for people 65 and older.", false, true}, // another figure's bound
		{"£100 or over", false, false},
		{"1000 or over", false, false},
		{"5 or 6 times lower", false, false},
		{"16 or", false, false},
		{"16", false, false},
		{"", false, false},
	} {
		if got := ageBoundAt(tt.text); got != tt.at {
			t.Errorf("ageBoundAt(%q): got %v, want %v", tt.text, got, tt.at)
		}
		if got := ageBound(tt.text); got != tt.any {
			t.Errorf("ageBound(%q): got %v, want %v", tt.text, got, tt.any)
		}
	}
}

// TestAnswersCountPhone checks that a question that asks for a phone
// number is answered only by a sentence with a run of digits long enough
// for one (asksPhone, givesPhone).
func TestAnswersCountPhone(t *testing.T) {
	checkAnswersCount(t, []answersCountCase{
		{"whats saoirse's mobile number", "Saoirse Flanagan; Art director; freelance illustrators; 2019", false},
		{"what is the lab's phone number", "The front desk answers the phone from 8:30 to 17:00 on weekdays.", false},
		{"dept phone number", "Phone the main office at 902-555-0148, or write to the office.", true},
		{"duty phone number", "The duty phone number is 07700 900412.", true},
		{"who do i call", "Tell Pawel at once, day or night: +34 611 402 877.", true},
	})
}

// TestAnswersCountEmail checks that a question that asks for an email
// address is answered only by a sentence with one in it (asksEmail,
// givesEmail), and that one asking how or whether to email is not held
// to it.
func TestAnswersCountEmail(t *testing.T) {
	checkAnswersCount(t, []answersCountCase{
		{"what is priya ramans email", "The head of Waste Services is Dr Priya Raman.", false},
		{"email for bin questions", "You can also write to waste@fernhill.gov.example, or report a problem in the app.", true},
		{"support e-mail address", "Write to support@example.org with your order number.", true},
		{"whats the helpdesk email", "Email the helpdesk from the portal; replies take a day.", false},
		{"how do i email the helpdesk", "Email the helpdesk from the portal; replies take a day.", true},
		{"can i email my claim form", "Claim forms may be sent by email or by post.", true},
		{"who reads the shared inbox", "Bob reads the shared inbox.", true},
		{"longest delay for one email", "The longest delay was 2 hours and 39 minutes.", true},
		{"when does the quota warning email go out", "It goes out when you reach 80% of the quota.", true},
		{"what share of emails were delayed", "About 3% of messages were delayed.", true},
	})
}

// TestOtherYear checks which sentences give the value of another year
// than the one a question asks about (otherYear): one that names other
// years only, for a question that asks for a date or a number, but not
// one whose neighbour names the year asked about, nor an answer to a
// question that asks for a name.
func TestOtherYear(t *testing.T) {
	body := "The Route 7 electric buses start in May 2026; the timetable does not change.\n\n" +
		"The offsite was in Porto in September 2026. The one after it is not planned yet.\n\n" +
		"Plans for 2030 are under review. The fleet plan was approved in 2025."
	ix := Build([]corpus.Document{{Path: "a.txt", Body: body}})
	find := func(prefix string) int32 {
		for i := range ix.sents {
			if strings.HasPrefix(ix.sents[i].text, prefix) {
				return int32(i)
			}
		}
		t.Fatalf("no sentence %q", prefix)
		return 0
	}
	for _, tt := range []struct {
		q, sentence string
		want        bool
	}{
		{"how many buses will be electric by 2030", "The Route 7", true},
		{"when is the 2027 offsite", "The offsite was", true},
		{"how many buses will be electric by 2030", "The fleet plan", false}, // the sentence before names 2030
		{"which city hosted the 2027 offsite", "The offsite was", false},     // a name: the year sets the scene
		{"how many buses will be electric", "The Route 7", false},            // no year asked
	} {
		q := Parse(tt.q)
		if got := ix.otherYear(&q, find(tt.sentence)); got != tt.want {
			t.Errorf("otherYear(%q, %q...) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

// TestAnswersCountTemperature checks that a question that asks for a
// temperature is answered only by a sentence that gives one
// (asksTemperature, givesTemperature).
func TestAnswersCountTemperature(t *testing.T) {
	checkAnswersCount(t, []answersCountCase{
		{"what temperature did the manual checks find", "The authority ordered daily manual temperature checks at the warehouse.", false},
		{"how cold is it inside a glacier cave", "A glacier cave is a cave formed within the ice of a glacier.", false},
		{"what temperature did the manual checks find", "The manual checks found 14 degrees in the warehouse.", true},
		{"how cold is it inside a glacier cave", "Inside, the air stays near 0 °C all year.", true},
		{"why did the temperature alarm fail", "The alarm failed because its data card had expired.", true},
	})
}

// TestReportsSpeech checks that a question that asks what someone said
// (asksSaid) is answered only by a sentence that reports speech, or has a
// neighbour that does (reportsSpeech): a quotation, a verb of speech, or
// a speaker's label in minutes.
func TestReportsSpeech(t *testing.T) {
	ix := Build([]corpus.Document{
		{Path: "a.txt", Body: "Among the blacklisted are two companies accused of procuring equipment for SMIC."},
		{Path: "b.txt", Body: "Ravi: the crash rate is 0.4% of sessions. Most crashes are on old phones."},
		{Path: "c.txt", Body: "The bureau said the merged chain would hold half of the market."},
	})
	find := func(prefix string) int32 {
		for i := range ix.sents {
			if strings.HasPrefix(ix.sents[i].text, prefix) {
				return int32(i)
			}
		}
		t.Fatalf("no sentence %q", prefix)
		return 0
	}
	for _, tt := range []struct {
		q, sentence string
		want        bool // answers
	}{
		{"what did smic say about the blacklist", "Among the blacklisted", false},
		{"What did Ravi say about crashes on older phones?", "Most crashes", true},
		{"what did the bureau say about the merger", "The bureau said", true},
		{"which companies procured equipment for smic", "Among the blacklisted", true},
	} {
		q := Parse(tt.q)
		if got := !asksSaid(&q) || ix.reportsSpeech(find(tt.sentence)); got != tt.want {
			t.Errorf("%q against %q...: answers %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

// TestSpellsOut checks that a question that asks what an abbreviation
// stands for is answered only by a sentence that spells it out
// (askedAbbreviation, spellsOut).
func TestSpellsOut(t *testing.T) {
	checkAnswersCount(t, []answersCountCase{
		{"what does smic stand for", "Two companies accused of acquiring equipment for Chinese chipmaking giant SMIC are on the list.", false},
		{"What does the abbreviation BIS stand for?", "The U.S. Bureau of Industry and Security added thirty-two entities.", true},
		{"What does the acronym DTP stand for?", "DTP; desktop publishing; layout work in InDesign after translation", true},
		{"What does STAT stand for?", "Mice exposed to subtherapeutic antibiotic treatment (STAT) had altered gut flora.", true},
		{"What does HP stand for?", "Hewlett-Packard (HP) announced that they would sell HP-branded iPods.", true},
	})
}

// answersCountCase is a question, a document of one sentence, and whether
// that sentence may answer the question (answersCount).
type answersCountCase struct {
	q, sentence string
	want        bool
}

// checkAnswersCount builds an index of each case's sentence and checks
// answersCount on it.
func checkAnswersCount(t *testing.T, cases []answersCountCase) {
	t.Helper()
	for _, tt := range cases {
		ix := Build([]corpus.Document{{Path: "a.txt", Body: tt.sentence}})
		if len(ix.sents) != 1 {
			t.Fatalf("%q: %d sentences, want 1", tt.sentence, len(ix.sents))
		}
		q := Parse(tt.q)
		if got := answersCount(&q, &ix.sents[0]); got != tt.want {
			t.Errorf("answersCount(%q, %q) = %v, want %v", tt.q, tt.sentence, got, tt.want)
		}
	}
}

// TestYearsOnly checks that a question that counts things is not answered
// by a sentence whose only figures are years put in time (yearsOnly).
func TestYearsOnly(t *testing.T) {
	for _, tt := range []struct {
		text   string
		want   bool
		allocs float64
	}{
		{"It has been the world's largest furniture retailer since around 2008.", true, 1},
		{"The clinic has been open since 1994.", true, 1},
		{"Prices are frozen until 2027.", true, 1},
		{"The council funded around 2000 farms.", false, 0},
		{"In 2019 it opened 12 new stores.", false, 0},
		{"It opened three stores in 2019.", false, 1},
		{"The 2019 report counted the stores.", false, 0},
		{"The chain has many stores.", false, 0},
	} {
		if got := yearsOnly(tt.text); got != tt.want {
			t.Errorf("yearsOnly(%q) = %v, want %v", tt.text, got, tt.want)
		}
		// It runs on candidates: the text is lowered only for the number
		// words, once every figure has passed (most fail at the first),
		// and the words before a figure are lowered on the stack.
		if got := testing.AllocsPerRun(10, func() { yearsOnly(tt.text) }); got != tt.allocs {
			t.Errorf("yearsOnly(%q): got %v allocations, want %v", tt.text, got, tt.allocs)
		}
	}
	ix := Build([]corpus.Document{{Path: "a.txt", Body: "It has been the world's largest furniture retailer since around 2008."}})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how many ikea stores are there in the world", false},
		{"how old is ikea", true},
		{"since when is ikea the largest furniture retailer", true},
	} {
		q := Parse(tt.q)
		if got := answersCount(&q, &ix.sents[0]); got != tt.want {
			t.Errorf("answersCount(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestOtherCurrency checks that a question that asks for an amount in a
// currency ("in dollars") is not answered by a sentence that gives amounts
// in another currency only (askedCurrency, otherCurrency).
func TestOtherCurrency(t *testing.T) {
	checkAnswersCount(t, []answersCountCase{
		{"how much is the growth plan in dollars", "Growth; €99; 1,200; 20,000; 20; 25; 3 years", false},
		{"brassfield price in euros", "Brassfield costs £45 in the UK.", false},
		{"how much is the growth plan in dollars", "Growth costs $109 a month.", true},
		{"how much is the growth plan in dollars", "Growth costs €99 or $109 a month.", true},
		{"how much did the tour make in dollars", "The tour grossed 119.5 million.", true},
		{"how much is the growth plan", "Growth; €99; 1,200; 20,000; 20; 25; 3 years", true},
		{"can i pay in pounds", "Prices are in euros.", true},
	})
}

// TestAnswersCountBytes checks that a question that asks for an amount of
// data (asksBytes) is answered only by a sentence with a unit of data
// (givesBytes).
func TestAnswersCountBytes(t *testing.T) {
	checkAnswersCount(t, []answersCountCase{
		{"max invoice pdf size", "The invoice PDF lists up to 40 lines.", false},
		{"how much storage does tern have", "Tern has 64 cores for the lab's analysis jobs.", false},
		{"file upload size limit on forms", "Forms accept uploads of up to 10 MB per file.", true},
		{"max upload size in glossa", "Glossa takes files of 2GB at most.", true},
		{"does storage include messages", "Storage counts attachments only.", true},
		{"friday blacklist size", "The list added 23 Chinese firms on Friday.", true},
	})
}

// TestAnswersCountWhen checks that a question that asks for a date is
// answered only by a sentence that can say when (givesWhen): a figure, a
// date, a word that names a time or places one against another.
func TestAnswersCountWhen(t *testing.T) {
	checkAnswersCount(t, []answersCountCase{
		{"when was marie curie born", "Marie Curie was a Polish-born physicist and chemist who became a naturalised French citizen.", false},
		{"when is purim this year", "The book explains the origin of the Jewish festival of Purim, which celebrates this deliverance.", false},
		{"when was marie curie born", "Marie Curie was born in Warsaw on 7 November 1867.", true},
		{"when can i take a sabbatical", "You can take a sabbatical after five years with us.", true},
		{"whats on the wednesday of my first week", "Wed; how we ship: branches, builds, the release train; Eero Salo", true},
		{"which day does leeds reset", "Leeds resets on Tuesdays.", true},
		{"who founded the clinic", "The clinic was founded by two local doctors.", true},
	})
}

// TestTokenizeCapitalsAllocateOnce checks that the capitalised words of a
// sentence cost one allocation together (a chunk of lowered), not one
// each: the names-asked feature tokenizes many candidates an answer.
func TestTokenizeCapitalsAllocateOnce(t *testing.T) {
	text := "Yale president Ezra Stiles met the streaming service Tidal in Paris"
	out := make([]token, 0, 32)
	toks := tokenize(text, out)
	for _, w := range []string{"yale", "ezra", "stiles", "tidal", "paris"} {
		if !slices.ContainsFunc(toks, func(tk token) bool { return tk.text == w }) {
			t.Errorf("tokenize(%q): no token %q in %v", text, w, toks)
		}
	}
	if got := testing.AllocsPerRun(20, func() { tokenize(text, out[:0]) }); got > 1 {
		t.Errorf("tokenize(%q): got %v allocations, want at most 1", text, got)
	}
}

// TestContractsCopula checks which question words are written with a
// contracted "is" the tokenizer read away, and that telling costs no
// allocation: it runs on every word of every question.
func TestContractsCopula(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"Whats the fee", true},
		{"What's the fee", true},
		{"WHO'S the manager", true},
		{"who’s the manager", true},
		{"What is the fee", false},
		{"Who was the manager", false},
		{"Us the fee", false},
	} {
		tok := tokenize(tt.q, nil)[0]
		if got := contractsCopula(tt.q, tok); got != tt.want {
			t.Errorf("contractsCopula(%q, %q) = %v, want %v", tt.q, tok.text, got, tt.want)
		}
		if got := testing.AllocsPerRun(10, func() { contractsCopula(tt.q, tok) }); got != 0 {
			t.Errorf("contractsCopula(%q): got %v allocations, want 0", tt.q, got)
		}
	}
}

// scanWordRef is scanWord as it was before its ASCII fast path for the
// bytes that end a word: every byte that is no ASCII letter or digit
// decoded as a rune and tried as an apostrophe, a stop or a comma. It is
// the reference TestScanWordEnds checks scanWord against.
func scanWordRef(s string, i int) (end int) {
	start := i
	letters := 0
	for i < len(s) && i-start < maxTokenBytes {
		if c := s[i]; c < utf8.RuneSelf && isWordByte(c) {
			i++
			letters++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			i += w
			letters++
			continue
		}
		next, nw := utf8.DecodeRuneInString(s[i+w:])
		switch {
		case isApostrophe(r) && i+w < len(s) && unicode.IsLetter(next):
			i += w
			continue
		case r == '.' && i+w < len(s) && unicode.IsDigit(next) && i > start && isDigitByte(s[i-1]):
			i += w
			continue
		case r == ',' && i > start && isDigitByte(s[i-1]) && threeDigits(s[i+w:]):
			i += w
			continue
		case r == '.' && letters == 1 && i+w < len(s) && unicode.IsLetter(next) && nextIsDot(s[i+w+nw:]):
			i += w
			letters = 0
			continue
		case r == '.' && letters == 1 && i-start > 2 && s[i-2] == '.':
			return i + w
		}
		break
	}
	return i
}

// TestScanWordEnds checks where scanWord ends words: on a table, and
// against scanWordRef at every byte of the embedded corpus, the 48 SQuAD
// articles when they are beside the repository, and strings made of
// letters, digits and the bytes that may or may not end a word.
func TestScanWordEnds(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"don't stop", "don't"}, {"U.S. trade", "U.S."}, {"47.81 percent", "47.81"}, {"1,000 ships", "1,000"},
		{"anti-dumping", "anti"}, {"word; next", "word"}, {"word) next", "word"}, {"word'", "word"},
		{"rock’n’roll band", "rock’n’roll"}, {"end.", "end"}, {"a,b", "a"}, {"café au lait", "café"}, {"x\ty", "x"},
	} {
		if got := c.s[:scanWord(c.s, 0)]; got != c.want {
			t.Errorf("scanWord(%q) = %q, want %q", c.s, got, c.want)
		}
	}
	check := func(s string) {
		for i := range len(s) {
			if got, want := scanWord(s, i), scanWordRef(s, i); got != want {
				t.Fatalf("scanWord(%q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
	for _, d := range embedded(t) {
		check(d.Body)
	}
	for _, d := range squad48Docs(t) {
		check(d.Body)
	}
	alphabet := []string{"a", "B", "7", " ", ".", ",", "'", "’", "-", ";", "é", "\t", "%", "(", "\xff"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		check(b.String())
	}
}

// mergePhrasesPlain is mergePhrases as it was before it read the tokens
// in place: each token copied out and written back.
func mergePhrasesPlain(out []token, first int, v *vocab, tw *tokenWordLists) []token {
	toks := out[first:]
	w := 0
	for r := 0; r < len(toks); {
		t := toks[r]
		multi, small := mergeClass(t.word, t.text, v, tw)
		if r+1 < len(toks) && multi {
			if m, ok := tw.phrases[[2]string{t.text, toks[r+1].text}]; ok {
				t.text, t.end, t.num, t.word = m, toks[r+1].end, false, 0
				toks[w] = t
				w++
				r += 2
				continue
			}
		}
		if small || t.num || t.text == "one" {
			if v, n := parseNumberWords(toks[r:]); n > 0 {
				last := toks[r+n-1]
				t.text = strconv.FormatInt(v, 10)
				t.end, t.num, t.word = last.end, true, 0
				toks[w] = t
				w++
				r += n
				continue
			} else if t.text == "one" && w > 0 && oneAfterNoun(toks[w-1], t, toks[r+1:], tw) {
				t.text, t.num, t.word = "1", true, 0
			}
		}
		toks[w] = t
		w++
		r++
	}
	return out[:first+w]
}

// TestMergePhrasesPlain compares mergePhrases with mergePhrasesPlain on
// the paragraphs of the squad48 corpus (when it is beside the repository)
// and texts of phrases, number words and "one", with a vocab and
// without, and checks that tokenizeWords is the unmerged tokens merged.
func TestMergePhrasesPlain(t *testing.T) {
	texts := []string{
		"thirty-two people in the United States", "two hundred and five", "stage one of one hundred",
		"3 million, one of them", "one", "United", "the one two three", "New York City's one million",
		"per cent", "ninety nine 9 hundred thousand one", "twenty-one United States one",
	}
	for _, d := range squad48Docs(t) {
		texts = append(texts, strings.Split(d.Body, "\n")...)
	}
	tw := tokenWords()
	merged := 0
	for _, withVocab := range []bool{false, true} {
		var v *vocab
		if withVocab {
			v = newVocab(64)
		}
		for _, s := range texts {
			raw, from := scanWords(s, nil, v, tw, new(lowered))
			merge := from >= 0
			lead := []token{{text: "lead"}}
			a := mergePhrases(append(slices.Clone(lead), raw...), 1, v, tw)
			b := mergePhrasesPlain(append(slices.Clone(lead), raw...), 1, v, tw)
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("mergePhrases(%q):\n got %v\nwant %v", s, a, b)
			}
			if len(a) != len(raw)+1 {
				merged++
			}
			if !merge && !reflect.DeepEqual(b[1:], raw) {
				t.Fatalf("scanWords(%q): got merge false, want true: mergePhrases changes\n %v\ninto\n %v", s, raw, b[1:])
			}
			if merge && !reflect.DeepEqual(b[1:1+from], raw[:from]) {
				t.Fatalf("scanWords(%q): got from %d, but mergePhrases changes a token before it:\n %v\ninto\n %v", s, from, raw, b[1:])
			}
			// tokenizeLowered starts mergePhrases at the token before from,
			// after the tokens out already holds (lead).
			if got := tokenizeLowered(s, slices.Clone(lead), v, new(lowered)); !reflect.DeepEqual(got, b) {
				t.Fatalf("tokenizeLowered(%q) after a token:\n got %v\nwant %v", s, got, b)
			}
			if got := tokenizeWords(s, nil, v); !reflect.DeepEqual(got, b[1:]) && !(len(got) == 0 && len(b) == 1) {
				t.Fatalf("tokenizeWords(%q):\n got %v\nwant %v", s, got, b[1:])
			}
		}
	}
	// The texts above merge phrases in 16 of their 22 tokenizings (each
	// with a vocab and without); the squad48 paragraphs, when they are
	// beside the repository, add more.
	if merged < 16 {
		t.Errorf("only %d texts merged anything, want at least 16", merged)
	}
}

// TestIsWordByte checks isWordByte's table against its definition for
// every byte: the ASCII letters and digits, nothing else.
func TestIsWordByte(t *testing.T) {
	n := 0
	for c := range 256 {
		want := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		if got := isWordByte(byte(c)); got != want {
			t.Errorf("isWordByte(%#x): got %v, want %v", c, got, want)
		}
		if want {
			n++
		}
	}
	if n != 62 {
		t.Errorf("got %d word bytes, want 62", n)
	}
}

// TestScanWordPlain compares scanWord, which passes a run of ASCII letters
// and digits in one tight loop, with scanWordRef, its plain version (one
// byte a step), at every byte of every text of up to five pieces of
// letters, digits, marks, accented letters and a long word, and of every
// paragraph of squad48 when the corpus is beside the repository.
func TestScanWordPlain(t *testing.T) {
	check := func(s string) {
		for i := range len(s) {
			if got, want := scanWord(s, i), scanWordRef(s, i); got != want {
				t.Fatalf("scanWord(%q, %d): got %d, want %d", s, i, got, want)
			}
		}
	}
	pieces := []string{"a", "U", "7", ".", ",", "'", "’", "é", " ", "-", "S.", "1,000", strings.Repeat("x", 70)}
	eachJoin(pieces, 5, check)
	if docs := squad48Docs(t); docs != nil {
		for _, d := range docs {
			check(d.Body)
		}
	}
}

// TestTokenizeShortcodes checks that an emoji shortcode (GitHub's
// ":white_check_mark:", ":x:") gives no word, and that colons between
// words or numbers ("10:30:45", "a:b:c", "note:x:") still part words.
func TestTokenizeShortcodes(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"0.0.23; :white_check_mark:", []string{"0023"}},
		{"< 0.0.23; :x:", []string{"0023"}},
		{":warning: breaking change :warning:", []string{"breaking", "change"}},
		{"at 10:30:45 today", []string{"at", "10", "30", "45", "today"}},
		{"a:b:c and note:x: here", []string{"a", "b", "c", "and", "note", "x", "here"}},
		{"Status: :100: ok", []string{"status", "100", "ok"}},
	} {
		if got := texts(tokenize(tt.in, nil)); !slices.Equal(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// scanWordsRef is scanWords as it was before its one-pass path for plain
// words: every word's end found by scanWord and its token made by
// appendWord. It is the reference TestScanWordsPlain and FuzzTokenize
// check scanWords against.
func scanWordsRef(s string, out []token, v *vocab, tw *tokenWordLists, low *lowered) (_ []token, from int) {
	low.merge = false
	from = -1
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			switch {
			case c == '%':
				if from < 0 {
					from = len(out)
				}
				out = append(out, token{text: "percent", start: int32(i), end: int32(i + 1)})
				low.merge = true
				i++
				continue
			case !isWordByte(c):
				if c == ':' {
					i += shortcodeLen(s, i)
				}
				i++
				continue
			}
		} else if r, w := utf8.DecodeRuneInString(s[i:]); !isWordRune(r) {
			i += w
			continue
		}
		end := scanWord(s, i)
		n := len(out)
		out = appendWord(out, s[i:end], i, v, tw, low)
		if from < 0 && low.merge {
			from = n
		}
		i = end
	}
	return out, from
}

// TestScanWordsPlain compares scanWords, which reads a plain word (ASCII
// letters and digits ended by a space or another byte that goes on inside
// no word) in one pass, with scanWordsRef, which finds each word's end
// with scanWord and makes its token with appendWord, with a vocab and
// without: on every text of up to four pieces of capitals, letters,
// digits, the marks that may go on inside a word, accented letters and
// words longer than maxTokenBytes, and on every paragraph of squad48 when
// the corpus is beside the repository.
func TestScanWordsPlain(t *testing.T) {
	tw := tokenWords()
	for _, withVocab := range []bool{false, true} {
		var v *vocab
		if withVocab {
			v = newVocab(64)
		}
		n := 0
		check := func(s string) {
			got, gotFrom := scanWords(s, nil, v, tw, new(lowered))
			want, wantFrom := scanWordsRef(s, nil, v, tw, new(lowered))
			if !reflect.DeepEqual(got, want) || gotFrom != wantFrom {
				t.Fatalf("scanWords(%q) with vocab %v:\n got %v, from %d\nwant %v, from %d", s, withVocab, got, gotFrom, want, wantFrom)
			}
			n += len(got)
		}
		pieces := []string{"ab", "Cd", "7", "USA", ".", ",", "'", "’", "é", " ", "-", "%", "S.", "1,000", strings.Repeat("Xy", 40)}
		eachJoin(pieces, 4, check)
		for _, d := range squad48Docs(t) {
			check(d.Body)
		}
		if n == 0 {
			t.Fatal("no token compared")
		}
	}
}

// TestPlainWordInPlace checks plainWord's lowering through one lowered
// whose scratch it reuses, longer words before shorter ones and back,
// with a vocab and without: each word is its bytes lowered (or their
// spelling), none of an earlier word's bytes left in it; and that a word
// in lower case is returned as raw itself, with no vocab, without a byte
// allocated.
func TestPlainWordInPlace(t *testing.T) {
	words := []string{"ABCDEFGH", "Xy", "abcDEF", "Q", "WHATS", "Tariffs", "zz9", "USA", "aB"}
	for _, v := range []*vocab{nil, newVocab(0)} {
		low := new(lowered)
		for _, seq := range [][]string{words, reversed(words)} {
			for _, raw := range seq {
				want := strings.ToLower(raw)
				if c, ok := tokenWords().spellings[want]; ok {
					want = c
				}
				if got, _, ok := plainWord(raw, v, tokenWords(), low); !ok || got != want {
					t.Errorf("plainWord(%q) after others = %q, %v; want %q, true", raw, got, ok, want)
				}
			}
		}
	}
	raw := "tariffs"
	low := new(lowered)
	var got string
	if a := testing.AllocsPerRun(10, func() { got, _, _ = plainWord(raw, nil, tokenWords(), low) }); a != 0 || unsafe.StringData(got) != unsafe.StringData(raw) {
		t.Errorf("plainWord(%q): got %q at %p with %v allocations, want raw itself at %p and none", raw, got, unsafe.StringData(got), a, unsafe.StringData(raw))
	}
}

// reversed returns a reversed copy of s.
func reversed(s []string) []string {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}

// TestTokenSize checks that a token keeps its offsets as int32: 32 bytes a
// token, the room the tokens the scratch keeps take (tokensOf).
func TestTokenSize(t *testing.T) {
	if got := unsafe.Sizeof(token{}); got != 32 {
		t.Errorf("unsafe.Sizeof(token{}) = %d, want 32", got)
	}
}
