package qa

import (
	"slices"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestContractionInClause: "don't" gives two tokens over the same bytes;
// scanning a clause or a name across them must not slice text backwards.
func TestContractionInClause(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.md", Body: "Prices fell because they don't know why."}})
	if len(ix.sents) != 1 {
		t.Fatalf("got %d sentences, want 1", len(ix.sents))
	}
	s := ix.sents[0]
	found := false
	for _, ph := range s.phrases {
		if ph.kind == TypeReason {
			found = true
			if got, want := s.text[ph.start:ph.end], "because they don't know why"; got != want {
				t.Errorf("reason phrase: got %q, want %q", got, want)
			}
		}
	}
	if !found {
		t.Errorf("no reason phrase in %q", s.text)
	}
	// Parse scans "excluding" clauses the same way.
	if q := Parse("apart from china why don't they act"); len(q.Terms) == 0 {
		t.Errorf("Parse: got no terms, want some")
	}
}

// TestTypedPhrases checks the phrases Build types: dates (with ranges of
// years), addresses as places (a street: a house number, capitalised words
// and a street word; a chat channel; an email address), and clock times
// (with the ranges opening hours are given as).
func TestTypedPhrases(t *testing.T) {
	tests := []struct {
		kind     AnswerType
		sentence string
		want     []string // the phrases of that kind, in order
	}{
		{TypeDate, "The deadline is September 17.", []string{"September 17"}},
		{TypeDate, "They met on Sunday in Madrid.", []string{"Sunday"}},
		{TypeDate, "Our brew days are Tuesdays and Thursdays.", []string{"Tuesdays", "Thursdays"}}, // plural weekdays: a date
		{TypePerson, "Our brew days are Tuesdays and Thursdays.", nil},
		{TypeDate, "The treaty was signed in 821 between Tang and Tibet.", []string{"821"}},
		{TypeDate, "The city was founded around 500 BC by traders.", []string{"500 BC"}},
		{TypeDate, "The army had 821 soldiers.", nil},
		{TypeDate, "It began in 27 BC, when the Senate met.", []string{"27 BC"}}, // a year of two digits before a capitalised era
		{TypeDate, "They ran 27 ad campaigns in 9 days.", nil},                   // an era's word in lower case: no year
		{TypeDate, "Each student gets up to $1,000 in 2026.", []string{"2026"}},  // a thousands comma or a currency sign makes no year
		{TypeDate, "The prize is $2000 for the winner.", nil},
		{TypeNumber, "Each student gets up to $1,000 in 2026.", []string{"$1,000"}},
		{TypeDate, "In 2014 the band toured.", []string{"2014"}},
		{TypeDate, "She was regent from 1241–1246 in the empire.", []string{"1241–1246"}},
		{TypeDate, "The Song dynasty (960–1279) ruled China.", []string{"960–1279"}},
		{TypeDate, "Imports grew in 2022-2024 by a third.", []string{"2022-2024"}},
		{TypeDate, "He served 1952–87 as mayor.", []string{"1952–87"}},
		{TypeDate, "Scores fell from 2014–12 in the tables.", []string{"2014"}},
		{TypeDate, "In 2014 - 2016 the band toured.", []string{"2014", "2016"}},
		{TypeDate, "Released on 2026-03-12 to all.", []string{"2026-03-12"}},
		{TypeDate, "Due 12/03/2026 at the latest.", []string{"12/03/2026"}},
		{TypeDate, "Version 2026-3 is out.", []string{"2026"}},
		{TypeDate, "Scores 3/4 2026 were low.", []string{"2026"}},
		{TypePlace, "The centre is at 14 Wattle Street, opposite the post office.", []string{"14 Wattle Street"}},
		{TypePlace, "Our office is on the 3rd floor of 815 SE Alder St.", []string{"815 SE Alder St"}},
		{TypePlace, "The depot moved to 2 Station Road in May.", []string{"2 Station Road"}},
		{TypePlace, "There are 3 Main streets in town.", nil}, // a lower-case street word
		{TypePlace, "Turn left after 200 metres at the lights.", nil},
		{TypePlace, "Post it in #incidents at once.", []string{"#incidents"}},
		{TypePlace, "Ask (#help-it) first.", []string{"#help-it"}},
		{TypePlace, "Forward anything suspicious to phish@southlight.co.nz and delete it.", []string{"phish@southlight.co.nz"}},
		{TypePlace, "Item #3 and C# are not channels.", nil},
		{TypePlace, "Write to bob@home for now.", nil}, // no domain ending
		{TypePlace, "phish@southlight.co.nz takes reports.", []string{"phish@southlight.co.nz"}},
		{TypePlace, "Or email the maintainer at mattn.jp@gmail.com.", []string{"mattn.jp@gmail.com"}}, // the whole local part
		{TypePlace, "Mail first_last+qa@example.org for access.", []string{"first_last+qa@example.org"}},
		{TypePlace, "A checkout dive in the North Pier basin.", []string{"North Pier"}}, // a place preposition, then "the"
		{TypePerson, "A checkout dive in the North Pier basin.", nil},
		{TypePlace, "They met in Madrid with Pedro Sanchez.", []string{"Madrid"}},
		{TypePerson, "They met in Madrid with Pedro Sanchez.", []string{"Pedro Sanchez"}},
		{TypePerson, "On Sunday the Ministry of Commerce met the press.", []string{"Ministry of Commerce"}}, // no place preposition before "the"
		{TypeTime, "The desk opens at 9:30 every day.", []string{"9:30"}},
		{TypeTime, "Tickets are answered from 8:00 to 18:00 on weekdays.", []string{"8:00 to 18:00"}},
		{TypeTime, "The shop is open 9 am until 5 pm.", []string{"9 am until 5 pm"}},
		{TypeTime, "Monday to Saturday 8:30–18:30, closed on Sunday.", []string{"8:30–18:30"}},
		{TypeTime, "Core hours are 10:00 - 16:00 for everyone.", []string{"10:00 - 16:00"}},
		{TypeTime, "The bus leaves at 7:15 to reach town by eight.", []string{"7:15"}},
		{TypeTime, "Lunch is at noon.", []string{"noon"}},
		{TypeNumber, "It costs $4k a month.", []string{"$4k"}},
		{TypeNumber, "About 2.5 million users joined, 40 percent of them in May.", []string{"2.5 million", "40 percent"}},
		{TypeNumber, "The deal is worth £1.2m in total.", []string{"£1.2m"}},
		{TypeNumber, "Sales reached 2bn on the 9X route.", []string{"2bn"}},
		{TypeNumber, "The km mark and the 2mb file are no amounts.", nil},
		{TypeNumber, "The grant is EUR 620,000 and USD 5 a day.", []string{"EUR 620,000", "USD 5"}}, // a currency code in capitals
		{TypeNumber, "Fans paid eur 30 at Euro 2024.", []string{"30"}},                              // a code in lower case, and a year, take no code
		{TypeTime, "Open 9am-5pm daily, 9:30pm on Fridays.", []string{"9am-5pm", "9:30pm"}},
		{TypeTime, "Paid for every hour between 22:00 and 06:00 at night.", []string{"22:00 and 06:00"}},
		{TypeTime, "Doors at 19:00 and 21:00 on show days.", []string{"19:00", "21:00"}},
		{TypeTime, "The 2pmx code and 123am are no times.", nil},
	}
	for _, tt := range tests {
		if got := typedPhrases(tt.sentence, tt.kind); !slices.Equal(got, tt.want) {
			t.Errorf("%v phrases of %q: got %q, want %q", tt.kind, tt.sentence, got, tt.want)
		}
	}
}

// typedPhrases returns the text of the phrases of the given kind that Build
// types in sentence, in order.
func typedPhrases(sentence string, kind AnswerType) []string {
	ix := Build([]corpus.Document{{Path: "a.txt", Body: sentence}})
	var got []string
	for _, ph := range ix.sents[0].phrases {
		if ph.kind == kind {
			got = append(got, ix.sents[0].text[ph.start:ph.end])
		}
	}
	return got
}

// TestNumberGlued checks the numbers read before a glued suffix, and that
// a word that does not open with a digit holds none.
func TestNumberGlued(t *testing.T) {
	for _, tt := range []struct {
		w, want string
		ok      bool
	}{
		{"5pm", "5", true},
		{"1.2m", "1.2", true},
		{"40bn", "40", true},
		{"pm", "", false},
		{"m", "", false},
		{"storm", "", false},
		{"5", "", false},
		{"", "", false},
	} {
		if got, ok := numberGlued(tt.w, "am", "pm", "k", "m", "bn"); got != tt.want || ok != tt.ok {
			t.Errorf("numberGlued(%q) = %q, %v; want %q, %v", tt.w, got, ok, tt.want, tt.ok)
		}
	}
}

// TestMayOpenPlain checks the tests detectPhrases makes before it calls
// dateAt, clockAt, contactEnd and scaledNumber at a token against the
// calls themselves: at no token that mayOpenDate, mayOpenClock,
// mayOpenContact or opensWithDigit rules out does the call find a phrase. The texts are TestTypedPhrases' sentences,
// every run of up to three of words that open or close dates, times,
// channels and addresses, and every sentence of squad48 when the corpus is
// beside the repository; each kind must be found somewhere.
func TestMayOpenPlain(t *testing.T) {
	words := []string{
		"September", "may", "May", "17", "Monday", "1990", "1990s", "476", "AD", "in", "the", "19th", "century",
		"this", "next", "last", "coming", "later", "week", "year", "today", "5", "pm", "5pm", "9:30", "noon",
		"#help", "a@b.co", "x", "North", "4k", "1.2m", "25p",
	}
	texts := []string{
		"The deadline is September 17.", "They met on Sunday in Madrid.", "The city was founded around 500 BC by traders.",
		"Later this year the 19th century hall reopens, as it did last Monday and on 3 May 2024.",
		"The desk opens at 9:30 every day, 5 pm on Fridays.", "Post it in #incidents or write to phish@southlight.co.nz now.",
	}
	texts = appendWordRuns(texts, words)
	texts = withSquad48(t, texts)
	var found [4]int
	for _, text := range texts {
		toks := tokenize(text, nil)
		cls := make([]wordClass, len(toks))
		for i, tk := range toks {
			cls[i] = classOf(tk.text)
		}
		for i := range toks {
			if _, _, ok := dateAt(toks, cls, i); ok {
				found[0]++
				if !mayOpenDate(&toks[i], cls[i]) {
					t.Fatalf("dateAt(%q, %d): got a date where mayOpenDate rules one out", text, i)
				}
			}
			if clockAt(text, toks, i) > 0 {
				found[1]++
				if !mayOpenClock(&toks[i]) {
					t.Fatalf("clockAt(%q, %d): got a time where mayOpenClock rules one out", text, i)
				}
			}
			if scaledNumber(toks[i].text) || pence(toks[i].text) {
				found[3]++
				if !opensWithDigit(toks[i].text) {
					t.Fatalf("scaledNumber or pence(%q): got a number where opensWithDigit rules one out", toks[i].text)
				}
			}
			if b, _ := contactEnd(text, toks, i); b > 0 {
				found[2]++
				if !mayOpenContact(text, &toks[i]) {
					t.Fatalf("contactEnd(%q, %d): got an address where mayOpenContact rules one out", text, i)
				}
			}
		}
	}
	for k, n := range found {
		if n == 0 {
			t.Errorf("kind %d: got no phrase, want some", k)
		}
	}
}

// TestDetectPhrasesPlain checks detectPhrases, which skips a loop over
// the tokens when none of them can pass its tests, against itself with
// every loop run (everyPhraseLoop): the phrases of every sentence must be
// the same, in order. The texts are sentences of every
// kind of phrase, every run of up to three words that open, close or
// hold one, and every sentence of squad48 when the corpus is beside the
// repository.
func TestDetectPhrasesPlain(t *testing.T) {
	words := []string{
		"September", "17", "Monday", "1990", "this", "last", "19th", "5pm", "9:30", "noon", "Midnight",
		"o'clock", "#help", "a@b.co", "14", "Wattle", "Street", "percent", "million", "4k", "one", "dozen",
		"because", "since", "Paris", "of", "the", "in", "x",
	}
	texts := []string{
		"The deadline is September 17.", "The city was founded around 500 BC by traders.",
		"The desk opens at 9:30 every day, 5 pm on Fridays, and at noon on Sundays.", "We meet at 10 o'clock.",
		"Post it in #incidents or write to phish@southlight.co.nz now.", "Send it to 14 Wattle Street by Friday.",
		"Sales rose 12 percent to 2.5 million units.", "Two dozen people came, because the Bank of England paid.",
		"She was regent from 1241–1246 in the empire, since her son was young.", "It fell at midnight.",
	}
	texts = appendWordRuns(texts, words)
	if docs := squad48Docs(t); docs != nil {
		for _, st := range Build(docs).sents {
			texts = append(texts, st.text)
		}
	}
	lowerSeen := func(w string) bool { return len(w)%3 == 0 }
	kinds := map[AnswerType]int{}
	for _, text := range texts {
		toks := tokenize(text, nil)
		cls := make([]wordClass, len(toks))
		cpos := make([]int, len(toks))
		for i, tk := range toks {
			cls[i] = classOf(tk.text)
			cpos[i] = i
			if i%5 == 4 {
				cpos[i] = -1
			}
		}
		got := detectPhrases(nil, text, toks, cpos, cls, lowerSeen)
		everyPhraseLoop = true
		want := detectPhrases(nil, text, toks, cpos, cls, lowerSeen)
		everyPhraseLoop = false
		if !slices.Equal(got, want) {
			t.Fatalf("detectPhrases(%q): got %v, want %v", text, got, want)
		}
		for _, ph := range got {
			kinds[ph.kind]++
		}
	}
	for _, k := range []AnswerType{TypeDate, TypeTime, TypePlace, TypeNumber, TypePerson, TypeReason} {
		if kinds[k] == 0 {
			t.Errorf("no phrase of kind %v found: got 0, want some", k)
		}
	}
}

// appendWordRuns appends to texts every run of one to three of words,
// joined by spaces: the texts that open, close or hold a phrase that a
// fast path of detectPhrases is compared on.
func appendWordRuns(texts, words []string) []string {
	for _, a := range words {
		texts = append(texts, a)
		for _, b := range words {
			texts = append(texts, a+" "+b)
			for _, c := range words {
				texts = append(texts, a+" "+b+" "+c)
			}
		}
	}
	return texts
}

// TestRangeJoiners checks the readings of what joins two values as a
// range over the gaps their callers met before they shared dash and
// anyDash: dash takes a hyphen or an en dash alone, anyDash an em dash
// too; spanJoin trims and lowers the gap and takes the words of [rangeto],
// "and", "or", a comma and "&" besides; rangeJoin takes "to" or a dash
// after a percent sign or a unit word and before a currency sign.
func TestRangeJoiners(t *testing.T) {
	for _, tt := range []struct {
		gap                          string
		dash, anyDash, spanJ, rangeJ bool
	}{
		{"-", true, true, true, true},
		{"\u2013", true, true, true, true},
		{"\u2014", false, true, true, true},
		{" - ", false, false, true, true},
		{" \u2014 ", false, false, true, true},
		{"--", false, false, false, false},
		{"\u2212", false, false, false, false},
		{"", false, false, false, false},
		{"/", false, false, false, false},
		{"to", false, false, true, true},
		{" To ", false, false, true, false},
		{" until ", false, false, true, false},
		{" through ", false, false, true, false},
		{" and ", false, false, true, false},
		{",", false, false, true, false},
		{" & ", false, false, true, false},
		{"% \u2013 ", false, false, false, true},
		{" min - ", false, false, false, true},
		{" to £", false, false, false, true},
		{" to around ", false, false, false, false},
	} {
		if got := dash(tt.gap); got != tt.dash {
			t.Errorf("dash(%q) = %v, want %v", tt.gap, got, tt.dash)
		}
		if got := anyDash(tt.gap); got != tt.anyDash {
			t.Errorf("anyDash(%q) = %v, want %v", tt.gap, got, tt.anyDash)
		}
		if got := spanJoin(tt.gap); got != tt.spanJ {
			t.Errorf("spanJoin(%q) = %v, want %v", tt.gap, got, tt.spanJ)
		}
		if got := rangeJoin(tt.gap); got != tt.rangeJ {
			t.Errorf("rangeJoin(%q) = %v, want %v", tt.gap, got, tt.rangeJ)
		}
	}
}

// TestTimeRange checks that a clock time holding any dash of rangeDashes
// or a word of [rangeto], in any case, is read as a range, and one
// holding neither is not.
func TestTimeRange(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"9am-5pm", true},
		{"8:30\u201318:30", true},
		{"9am\u20145pm", true},
		{"9 am to 5 pm", true},
		{"9 am Until 5 pm", true},
		{"9 am through 5 pm", true},
		{"9 am", false},
		{"9:00/17:00", false},
		{"9 am and 5 pm", false},
	} {
		if got := timeRange(tt.text); got != tt.want {
			t.Errorf("timeRange(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
