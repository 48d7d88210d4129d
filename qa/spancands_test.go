package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
	"github.com/qabot/qabot/qa/english"
)

// candidatesOf returns the span candidates of the first sentence of text
// for question, by text, with their kinds.
func candidatesOf(t *testing.T, text, question string) map[string]spanKind {
	t.Helper()
	ix := Build([]corpus.Document{{Path: "a.md", Body: text}})
	l, err := ix.SpanCandidates(context.Background(), Parse(question), 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]spanKind{}
	for _, c := range l.Candidates {
		out[c.Text] = c.kind
	}
	return out
}

func TestSpanCandidatesHoldPhrases(t *testing.T) {
	for _, tt := range []struct {
		sentence, question string
		want               []string // candidates that must be there
		not                []string // and that must not
	}{
		{"Immediately behind the basilica is the Grotto, a Marian place of prayer and reflection.", "what is the grotto",
			[]string{"a Marian place of prayer and reflection", "the Grotto", "prayer and reflection"},
			[]string{"Grotto, a Marian place", "basilica is the Grotto"}},
		{"United States Treasury Secretary Scott Bessent is slated to meet Chinese Vice Premier He Lifeng on Sunday.", "who is he lifeng",
			[]string{"He Lifeng", "United States Treasury Secretary", "Chinese Vice Premier He Lifeng"},
			[]string{"Bessent is slated", "Scott Bessent is"}},
		{"More than 93% of students identify as Christian, with over 80% of the total being Catholic.", "what share are catholic",
			[]string{"over 80%", "More than 93%", "93%"}, []string{"with over 80%"}},
		{"In 2003, Destiny's Child released their debut song \"Killing Time\" on the soundtrack.", "which song",
			[]string{"Killing Time"}, nil},
		{"Around 21–24% of students are children of alumni.", "what share", []string{"21–24%"}, nil},
		{"China launched anti-dumping probes into short-term imports.", "what did china launch",
			[]string{"anti-dumping probes", "short-term imports"}, []string{"anti", "dumping probes", "short", "term imports"}},
		// A clock time's hours and minutes are one word.
		{"The daily login reward resets at 04:00 UTC instead of midnight.", "when does the daily login reward reset",
			[]string{"04:00"}, []string{"resets at 04", "at 04", "04", "00"}},
		{"Drop-in hours are Wednesdays from 1:00 to 3:00 p.m. during term.", "advising drop in hours",
			[]string{"1:00 to 3:00 p.m.", "Wednesdays"}, []string{"Wednesdays from 1", "1", "00 to 3", "3"}},
		// So are a clock time's hour and its "a.m." or "p.m.".
		{"Open Tuesday to Saturday 9 a.m. to 5 p.m. in Bristol.", "is the bristol centre open on monday",
			[]string{"9 a.m. to 5 p.m.", "Tuesday to Saturday"}, []string{"Saturday 9", "Tuesday to Saturday 9", "9"}},
		// So are the parts of a web or email address.
		{"Your link looks like slotwise.io/your-name/intro-call.", "what does my booking link look like",
			[]string{"slotwise.io/your-name/intro-call"}, []string{"slotwise.io", "io/your-name", "slotwise", "intro-call"}},
		{"Send it to handbook@marrowby.co.uk at any time.", "where do i send it",
			[]string{"handbook@marrowby.co.uk"}, []string{"marrowby.co.uk", "handbook", "co.uk"}},
		// A name the question names by its end keeps no first name cut
		// off ("Presidents Donald"); a title word still ends a title.
		{"Analysts want direct talks between Presidents Donald Trump and Xi Jinping later this year.", "who would trump have to talk to",
			[]string{"Xi Jinping", "Presidents Donald Trump"}, []string{"Presidents Donald"}},
		{"United States Treasury Secretary Scott Bessent is slated to meet Chinese Vice Premier He Lifeng on Sunday.", "what is bessent's job",
			[]string{"United States Treasury Secretary"}, []string{"United States Treasury Secretary Scott"}},
		// "until" joins the ends of a range of whole numbers, as "to"
		// does; not an amount of money and a clock time.
		{"Kyoto was the capital from 794 until 1869, when the court moved.", "how long was kyoto the capital",
			[]string{"794 until 1869"}, nil},
		{"Late check-out costs £20 until 13:00 on weekdays.", "how much is late check-out",
			[]string{"£20"}, []string{"£20 until 13:00", "£20 until 13"}},
		// A "#" number in brackets is a reference to a change, no answer;
		// a rank written "#1" outside brackets still is one.
		{"all: return ErrClosed on Add() when the watcher is closed (#516)", "add on a closed watcher returns what",
			[]string{"ErrClosed"}, []string{"516", "#516"}},
		{"Fixed a crash in the parser (#512, #518) on Windows.", "what was fixed",
			[]string{"a crash"}, []string{"512", "518"}},
		{"The album went to #1 in twelve countries.", "what position did the album reach",
			[]string{"1"}, nil},
		// A CVE id that closes the sentence is one candidate for the
		// question that asks which CVE, and none for another; so is a
		// reference in running text whose name the question asks for.
		{"Fixed Stack buffer overflow in CMS AuthEnvelopedData parsing. (CVE-2025-15467)", "which cve was the cms stack overflow",
			[]string{"CVE-2025-15467"}, []string{"15467", "CVE", "2025", "buffer overflow"}},
		{"Fixed Stack buffer overflow in CMS AuthEnvelopedData parsing. (CVE-2025-15467)", "what was fixed in cms parsing",
			[]string{"Stack buffer overflow"}, []string{"CVE-2025-15467", "15467", "CVE"}},
		{"Fix Out-of-bounds read & write in RFC 3211 KEK Unwrap. (CVE-2025-9230)", "kek unwrap bug which rfc",
			[]string{"RFC 3211"}, []string{"3211 KEK Unwrap", "CVE-2025-9230", "KEK Unwrap"}},
		// A named reference inside the sentence is no aside: it names the
		// thing before it.
		{"In 2015, China started the third generation BeiDou system (BDS-3) in the global coverage constellation.", "what is the third generation system called",
			[]string{"BDS-3"}, nil},
		// The parts of a name in code joined by underscores, and an
		// option and its value joined by "=", are one word.
		{"Document MAN_DISABLE_SECCOMP and PIPELINE_DEBUG environment variables in man(1).", "what environment vars got documented",
			[]string{"MAN_DISABLE_SECCOMP and PIPELINE_DEBUG", "MAN_DISABLE_SECCOMP", "PIPELINE_DEBUG"},
			[]string{"SECCOMP and PIPELINE", "DISABLE_SECCOMP", "MAN_DISABLE", "PIPELINE"}},
		{"With GCC 3.4 and later, that variable has changed name to GLIBCXX_FORCE_NEW.", "env var to force new",
			[]string{"GLIBCXX_FORCE_NEW"}, []string{"GLIBCXX", "FORCE_NEW", "NEW"}},
		{"The default value is httpcookiemaxnum=3000 for every client.", "httpcookiemaxnum default",
			[]string{"httpcookiemaxnum=3000"}, []string{"httpcookiemaxnum", "default value is httpcookiemaxnum"}},
	} {
		got := candidatesOf(t, tt.sentence, tt.question)
		for _, w := range tt.want {
			if _, ok := got[w]; !ok {
				t.Errorf("%q: no candidate %q among %d", tt.sentence, w, len(got))
			}
		}
		for _, w := range tt.not {
			if _, ok := got[w]; ok {
				t.Errorf("%q: got candidate %q, want none (it crosses a mark or a verb of being, or cuts a word joined by a hyphen)", tt.sentence, w)
			}
		}
	}
}

func TestSpanCandidateKinds(t *testing.T) {
	for _, tt := range []struct {
		sentence, question, cand string
		want                     spanKind
	}{
		{"The Team plan costs $15 per seat per month.", "how much is it", "$15 per seat per month", kindMoney},
		{"The Team plan costs $15 per seat per month.", "how much is it", "$15", kindMoney},
		{"Shipping costs 40 euros for Spain.", "how much is it", "40 euros", kindMoney},
		{"Prices plunged by 52% in two years.", "how much", "52%", kindPercent},
		{"The truce runs for 90 days from now.", "how long", "90 days", kindDuration},
		{"Every hotfix gets a patch version, such as 4.6.1 last week.", "which version", "4.6.1", kindVersion},
		{"Lumen Notes 3.0 is out for everyone.", "what is new", "3.0", kindVersion},
		{"Integrations should move to version 2 soon.", "what is new", "2", kindVersion},
		{"Notre Dame ranks 8th among research universities.", "what rank", "8th", kindOrdinal},
		{"The deadline is September 17 for the sale.", "when", "September 17", kindDate},
		{"The band formed in 1990 in Houston.", "when", "1990", kindYear},
		{"The army had 821 soldiers at the fort.", "how many", "821", kindCount},
		{"The talks start at 7:30 pm in Madrid.", "what time", "7:30 pm", kindTime},
		{"Dicehall Expo runs 29–31 May in Birmingham.", "dicehall dates", "29–31 May", kindDate},
		{"Dicehall Expo; Birmingham; 29–31 May; stand H22", "dicehall dates", "29–31 May", kindDate},
		{"They played \"At Last\" at the ball.", "which song", "At Last", kindQuoted},
		{"They meet between Sunday and Wednesday in Madrid.", "when", "Sunday and Wednesday", kindDate},
		{"Officials are holding talks in Madrid this week.", "where", "Madrid", kindPlace},
		{"In Madrid the talks went on.", "where", "Madrid", kindPlace},
		// A capitalised preposition inside the sentence is part of a name.
		{"China investigated Texas Instruments and ON Semiconductor.", "where", "Semiconductor", kindName},
	} {
		got, ok := candidatesOf(t, tt.sentence, tt.question)[tt.cand]
		if !ok {
			t.Errorf("%q: no candidate %q", tt.sentence, tt.cand)
			continue
		}
		if got != tt.want {
			t.Errorf("%q: candidate %q is a %s, want a %s", tt.sentence, tt.cand, spanKindNames[got], spanKindNames[tt.want])
		}
	}
}

// TestUnknownWordsCells checks the span feature unknown-words on the cells
// of a directory row: for a question that asks for a person, the share of
// a cell's words that WordNet does not know, which is high for a person's
// name and 0 for a role or a city; 0 for a question that asks for no
// person, and for the words the question gives itself.
func TestUnknownWordsCells(t *testing.T) {
	header := []string{"Name", "Role", "Approves", "Based in"}
	row := []string{"Martin Achterberg", "Finance Director", "Expenses over £500", "Leeds"}
	docs := []corpus.Document{{Path: "contacts.md", Body: "x", Blocks: []corpus.Block{
		{Text: strings.Join(header, "; "), Kind: corpus.KindRow, Cells: header, Header: header},
		{Text: strings.Join(row, "; "), Kind: corpus.KindRow, Cells: row, Header: header},
	}}}
	ix := Build(docs)
	s := slices.IndexFunc(ix.sents, func(st sentence) bool { return st.text == strings.Join(row, "; ") })
	if s < 0 {
		t.Fatal("no row sentence")
	}
	at := spanDenseAt()["unknown-words"]
	for _, tt := range []struct {
		question string
		want     map[string]float64
	}{
		{"who approves expenses", map[string]float64{"Martin Achterberg": 0.5, "Finance Director": 0, "Leeds": 0}},
		{"who is martin achterberg", map[string]float64{"Martin Achterberg": 0}},
		{"where is the finance director based", map[string]float64{"Martin Achterberg": 0, "Leeds": 0}},
	} {
		l, err := ix.SpanCandidates(context.Background(), Parse(tt.question), s)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]float64{}
		for _, c := range l.Candidates {
			got[c.Text] = c.Dense[at]
		}
		for cell, want := range tt.want {
			if g, ok := got[cell]; !ok || g != want {
				t.Errorf("%q: unknown-words of %q: got %v (found %v), want %v", tt.question, cell, g, ok, want)
			}
		}
	}
}

func TestTableCellCandidates(t *testing.T) {
	docs := []corpus.Document{{Path: "pricing.md", Body: "x", Blocks: []corpus.Block{
		{Text: "Plan; Price; Storage; Support", Kind: corpus.KindRow, Cells: []string{"Plan", "Price", "Storage", "Support"}, Header: []string{"Plan", "Price", "Storage", "Support"}},
		{Text: "Team; $15 per seat per month; 100 GB; email", Kind: corpus.KindRow, Cells: []string{"Team", "$15 per seat per month", "100 GB", "email"}, Header: []string{"Plan", "Price", "Storage", "Support"}},
	}}}
	ix := Build(docs)
	s := slices.IndexFunc(ix.sents, func(st sentence) bool { return st.text == "Team; $15 per seat per month; 100 GB; email" })
	if s < 0 {
		t.Fatal("no row sentence")
	}
	// Two headers hold a question word, so that no cell answers alone
	// (headerCellOf) and every cell is a candidate.
	l, err := ix.SpanCandidates(context.Background(), Parse("team plan storage and support"), s)
	if err != nil {
		t.Fatal(err)
	}
	header, cell, left := spanDenseAt()["header"], spanDenseAt()["cell"], spanDenseAt()["left-3"]
	got := map[string]float64{}
	for _, c := range l.Candidates {
		if c.Dense[cell] != 1 {
			t.Errorf("row candidate %q is no cell, want only the row's cells", c.Text)
		}
		if c.Dense[left] != 0 {
			t.Errorf("cell %q: left-3 is %v, want 0 (where a cell stands says nothing)", c.Text, c.Dense[left])
		}
		got[c.Text] = c.Dense[header]
	}
	if len(got) != 4 {
		t.Fatalf("cells: got %v, want the 4 cells of the row", got)
	}
	if got["100 GB"] <= 0 || got["$15 per seat per month"] != 0 {
		t.Errorf("header weights: got %v, want some for 100 GB (Storage) and none for the price", got)
	}
	repeats := spanDenseAt()["cell-repeats"]
	for _, c := range l.Candidates {
		want := 0.0
		if c.Text == "Team" {
			want = 1 // the cell holds the question word "team"
		}
		if c.Dense[repeats] != want {
			t.Errorf("cell %q: cell-repeats is %v, want %v", c.Text, c.Dense[repeats], want)
		}
	}
	for _, c := range l.Candidates {
		if c.Text == "$15 per seat per month" && c.kind != kindMoney {
			t.Errorf("the price cell is a %s, want money", spanKindNames[c.kind])
		}
	}
}

// TestTableCellTakesCurrencySign checks that a cell that opens with a
// price keeps its currency sign when the cell is more than the price.
// (A cell whose price ends at a comma is the price: amountBeforeComma,
// tested in testdata/spans.jsonl.)
func TestTableCellTakesCurrencySign(t *testing.T) {
	row := "Psychology session; $230 with a rebate of $98.95"
	docs := []corpus.Document{{Path: "fees.md", Body: "x", Blocks: []corpus.Block{
		{Text: "Service; Fee", Kind: corpus.KindRow, Cells: []string{"Service", "Fee"}, Header: []string{"Service", "Fee"}},
		{Text: row, Kind: corpus.KindRow, Cells: []string{"Psychology session", "$230 with a rebate of $98.95"}, Header: []string{"Service", "Fee"}},
	}}}
	ix := Build(docs)
	s := slices.IndexFunc(ix.sents, func(st sentence) bool { return st.text == row })
	if s < 0 {
		t.Fatal("no row sentence")
	}
	l, err := ix.SpanCandidates(context.Background(), Parse("psychology session fee"), s)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range l.Candidates {
		got = append(got, c.Text)
	}
	if want := "$230 with a rebate of $98.95"; !slices.Contains(got, want) {
		t.Errorf("cells: got %q, want %q among them", got, want)
	}
}

func TestGapClass(t *testing.T) {
	for _, tt := range []struct {
		gap  string
		want uint8
	}{
		{" ", gapNone}, {"-", gapNone}, {"–", gapNone}, {" – ", gapDash}, {" — ", gapDash}, {"—", gapDash},
		{", ", gapComma}, {"\", ", gapComma}, {" (", gapOpen}, {") ", gapClose}, {": ", gapColon}, {"; ", gapColon},
		{" \"", gapQuote}, {" “", gapQuote}, {" / ", gapNone}, {" * ", gapOther},
		{"_", gapNone}, {"__", gapNone}, {"=", gapNone}, {" __", gapOther}, {" = ", gapOther},
	} {
		if got := gapClass(tt.gap); got != tt.want {
			t.Errorf("gapClass(%q) = %d, want %d", tt.gap, got, tt.want)
		}
	}
}

func TestQuestionClass(t *testing.T) {
	for _, tt := range []struct{ question, want string }{
		{"who is scott bessent", "who-is"},
		{"who is the vice premier", "who-the"},
		{"who's the chinese vice premeir at the talks", "who-the"},
		{"who chairs the alliance", "who"},
		{"what is tiktok", "define"},
		{"what is the grotto at notre dame", "define"},
		{"what is the name of the grotto", "what"},
		{"what did the ministry announce on sunday in madrid", "what"},
		{"what year did the band form", "what-date"},
		{"which city hosts the talks", "what-place"},
		{"how much is the team plan", "how-much"},
		{"how many investigations did china open", "how-many"},
		{"how long is the truce", "how-long"},
		{"how old is he", "how-number"},
		{"how do i reset my password", "how"},
		{"why did prices fall", "why"},
		{"when is the code freeze", "when"},
		{"where are the talks", "where"},
		{"extra storage cost", "key-number"},
		{"code freeze date", "key-date"},
		{"tiktok deadline", "key-date"},
		{"dual track analog", "key"},
		// A yes/no question of key words: the polar class of its
		// key-word class; one with a question word keeps its class.
		{"do they pay for safety boots", "polar-number"},
		{"is there a joining fee", "polar-number"},
		{"can i claim a home rowing machine on the gym allowance", "polar"},
		{"do you treat snakes", "polar"},
		{"is the fee what they charge per visit", "what"},
	} {
		if got := QuestionClass(Parse(tt.question)); got != tt.want {
			t.Errorf("QuestionClass(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

// TestQuestionClassParent checks the classes split from another: a
// yes/no question's class names its key-word class, the others none, and
// every class it names is a class.
func TestQuestionClassParent(t *testing.T) {
	for _, tt := range []struct{ class, want string }{
		{"polar", "key"},
		{"polar-number", "key-number"},
		{"key-number", ""},
		{"who", ""},
		{"no such class", ""},
	} {
		if got := QuestionClassParent(tt.class); got != tt.want {
			t.Errorf("QuestionClassParent(%q) = %q, want %q", tt.class, got, tt.want)
		}
	}
	for _, c := range QuestionClassNames() {
		if p := QuestionClassParent(c); p != "" && !slices.Contains(QuestionClassNames(), p) {
			t.Errorf("QuestionClassParent(%q) = %q, not a class", c, p)
		}
	}
}

func TestSpanRulesExclude(t *testing.T) {
	// A version never answers how much; a number that rose never answers
	// how much something fell.
	for _, tt := range []struct {
		sentence, question, cand string
	}{
		{"Lumen Notes 3.0 is out for everyone.", "how much does lumen notes cost", "3.0"},
		{"Imports rose by 37% while prices plunged by 52%.", "how much did prices drop", "37%"},
		{"Imports rose by 37% while prices plunged by 52%.", "how much did imports rise", "52%"},
	} {
		if k, ok := candidatesOf(t, tt.sentence, tt.question)[tt.cand]; ok {
			t.Errorf("%q for %q: got candidate %q (%s), want it left out", tt.sentence, tt.question, tt.cand, spanKindNames[k])
		}
	}
	if _, ok := candidatesOf(t, "Lumen Notes 3.0 is out for everyone.", "what is new")["3.0"]; !ok {
		t.Errorf("a version for what is new: left out, want it kept")
	}
}

// TestCoordinatorClass checks that the span word lists mark exactly the
// [coordinators] words with swCoordinator, which spanTokens reads to cut
// conjuncts, and that the conjuncts are cut at them.
func TestCoordinatorClass(t *testing.T) {
	words := spanWords()
	if len(words.coordinators) == 0 {
		t.Fatal("no coordinators")
	}
	for w := range words.coordinators {
		if words.infoOf(w).class&swCoordinator == 0 {
			t.Errorf("infoOf(%q) lacks swCoordinator", w)
		}
	}
	for w := range words.info {
		if got := words.infoOf(w).class&swCoordinator != 0; got != words.coordinators[w] {
			t.Errorf("infoOf(%q) coordinator %v, want %v", w, got, words.coordinators[w])
		}
	}
	for _, w := range []string{"adults", "children", "pay", "12", "the"} {
		if words.infoOf(w).class&swCoordinator != 0 {
			t.Errorf("infoOf(%q) has swCoordinator", w)
		}
	}
	ix := Build([]corpus.Document{{Path: "a.txt", Title: "Tickets", Body: "Adults get in for $12 and children pay $6."}})
	q := Parse("how much do children pay")
	var s int32 = -1
	for i := range ix.sents {
		if strings.HasPrefix(ix.sents[i].text, "Adults") {
			s = int32(i)
		}
	}
	if s < 0 {
		t.Fatal("sentence not indexed")
	}
	sc := ix.scratch.Get()
	ix.resolve(&q, sc)
	w := &sc.span
	w.reset()
	w.facts = newSpanFacts(ix, &q, sc, w, 1)
	lo := ix.spanTokens(&w.facts, w, s)
	toks := w.toks[lo:]
	// "Adults get in for $12 | and | children pay $6": the conjunct after
	// "and" starts past it, the one before ends at it.
	for i, tk := range toks {
		wantStart, wantEnd := int32(0), int32(0)
		and := slices.IndexFunc(toks, func(t spanTok) bool { return t.word == "and" })
		if i <= and {
			wantEnd = int32(and)
		} else {
			wantStart, wantEnd = int32(and)+1, int32(len(toks))
		}
		if tk.conjunctStart != wantStart || tk.conjunctEnd != wantEnd {
			t.Errorf("token %d %q: conjunct %d-%d, want %d-%d", i, tk.word, tk.conjunctStart, tk.conjunctEnd, wantStart, wantEnd)
		}
	}
}

// TestSpanRateAmounts checks that a question that names a unit of time
// after "per" or "a" ("parking per week", typed as asking when) may take
// an amount, which says how much a week, while a when question without
// it may not.
func TestSpanRateAmounts(t *testing.T) {
	const sentence = "Long-stay parking opens on 3 May and costs €35 a week."
	for _, tt := range []struct {
		question string
		want     bool
	}{
		{"long stay parking per week", true},
		{"long stay parking a week", true},
		{"when does long stay parking open", false},
	} {
		_, got := candidatesOf(t, sentence, tt.question)["€35"]
		if got != tt.want {
			t.Errorf("%q: candidate €35 there %v, want %v", tt.question, got, tt.want)
		}
	}
	// Nor does money say what time or how long.
	got := candidatesOf(t, "The launch costs €260 for a charter of at least 2 hours.", "min hours to charter the launch")
	if _, ok := got["€260"]; ok {
		t.Errorf("min hours to charter the launch: got candidate €260, want none")
	}
	if _, ok := got["2 hours"]; !ok {
		t.Errorf("min hours to charter the launch: no candidate 2 hours")
	}
}

// TestSpanWhoTakesNoAmount checks that a question that asks for a person
// takes no date, time or amount for its span.
func TestSpanWhoTakesNoAmount(t *testing.T) {
	got := candidatesOf(t, "Émilie Arsenault won the prize, worth $1,500, on 3 May.", "who won the prize")
	for _, w := range []string{"$1,500", "3 May"} {
		if _, ok := got[w]; ok {
			t.Errorf("who won the prize: got candidate %q, want none", w)
		}
	}
	if _, ok := got["Émilie Arsenault"]; !ok {
		t.Errorf("who won the prize: no candidate Émilie Arsenault")
	}
}

// TestCurrencyCodeKind checks that a number typed at Build with the
// currency code before it ("EUR 620,000", currencyCode) is money to the
// span model (typedKind), as "€620,000" is.
func TestCurrencyCodeKind(t *testing.T) {
	ix := Build([]corpus.Document{{Path: "a.md", Body: "The lab got EUR 620,000 and €5,000 from 3 funds."}})
	q := Parse("how much did the lab get")
	sc := ix.scratch.Get()
	defer func() {
		sc.reset(ix)
		ix.scratch.Put(sc)
	}()
	total, _ := ix.resolve(&q, sc)
	ix.spanSentences(&q, sc, 0, total)
	for _, want := range []string{"EUR 620,000", "€5,000"} {
		found := false
		for _, c := range sc.span.cands {
			if ix.sents[c.sent].text[c.start:c.end] == want {
				found = true
				if c.kind != kindMoney {
					t.Errorf("kind of %q: got %d, want kindMoney (%d)", want, c.kind, kindMoney)
				}
			}
		}
		if !found {
			t.Errorf("no candidate %q", want)
		}
	}
}

// rowSpan returns the short answer to question of the row of cells under
// header, the one table of a document of that path.
func rowSpan(t *testing.T, path string, header, cells []string, question string) string {
	t.Helper()
	row := strings.Join(cells, "; ")
	docs := []corpus.Document{{Path: path, Body: "x", Blocks: []corpus.Block{
		{Text: strings.Join(header, "; "), Kind: corpus.KindRow, Cells: header, Header: header},
		{Text: row, Kind: corpus.KindRow, Cells: cells, Header: header},
	}}}
	ix := Build(docs)
	s := slices.IndexFunc(ix.sents, func(st sentence) bool { return st.text == row })
	if s < 0 {
		t.Fatalf("no row sentence %q", row)
	}
	return ix.spanIn(Parse(question), s).text
}

// TestModifierCell checks that of two headers of a row the question says,
// the one it says right before the other names the cell that answers, in
// either order of the columns (modifierCellOf), and that the question
// that says only the second takes its own cell.
func TestModifierCell(t *testing.T) {
	for _, c := range []struct {
		header   []string
		question string
		want     string
	}{
		{[]string{"Week starting", "Duty manager", "Backup"}, "backup duty manager 2 march", "Leah Brannigan"},
		{[]string{"Week starting", "Backup", "Duty manager"}, "backup duty manager 2 march", "Leah Brannigan"},
		{[]string{"Week starting", "Duty manager", "Backup"}, "who is duty manager on 2 march", "Dev Anand"},
	} {
		cells := []string{"2 March", "Dev Anand", "Leah Brannigan"}
		if c.header[1] == "Backup" {
			cells[1], cells[2] = cells[2], cells[1]
		}
		if got := rowSpan(t, "rota.md", c.header, cells, c.question); got != c.want {
			t.Errorf("%q of %q under %q: got span %q, want %q", c.question, cells, c.header, got, c.want)
		}
	}
}

// TestLatestYearMoney checks that of the money columns of a row headed by
// years, a number question that names no year takes the latest year's
// amount (latestYearMoney), one that names a year takes no later one, and
// headerYear's reading of the headers.
func TestLatestYearMoney(t *testing.T) {
	for _, c := range []struct {
		header   []string
		question string
		want     string
	}{
		{[]string{"Plot size", "2025/26", "2026/27"}, "yearly fee for a full plot", "£96.00"},
		{[]string{"Plot size", "2026/27", "2025/26"}, "yearly fee for a full plot", "£96.00"},
		{[]string{"Plot size", "2025/26", "2026/27"}, "yearly fee for a full plot in 2025", "£88.00"},
		{[]string{"Plot size", "Fee", "Deposit"}, "yearly fee for a full plot", "£88.00"},
	} {
		cells := []string{"Full plot", "£88.00", "£96.00"}
		if c.header[1] == "2026/27" {
			cells[1], cells[2] = cells[2], cells[1]
		}
		if got := rowSpan(t, "fees.md", c.header, cells, c.question); got != c.want {
			t.Errorf("%q of %q under %q: got span %q, want %q", c.question, cells, c.header, got, c.want)
		}
	}
	for h, want := range map[string]int{"2026": 2026, "2025–26": 2025, "2025-2026": 2025, "2025/26": 2025, " 2024 ": 2024,
		"2025–6": -1, "Fee": -1, "2025 rate": -1, "3025": -1, "": -1} {
		if got := headerYear(h); got != want {
			t.Errorf("headerYear(%q): got %d, want %d", h, got, want)
		}
	}
}

// TestPossessiveGap checks that the apostrophe of a plural possessive
// keeps its phrase whole ("the porters' lodge", also as a list's last
// item), and that an apostrophe that may close a quotation opened before
// it, or stands before a number, still ends the phrase; and that
// possessionAt reads both marks, the "'s" inside the last word and the
// plural's after it.
func TestPossessiveGap(t *testing.T) {
	checkSpans(t, []sentenceSpan{
		{"The spare keys are kept in the porters' lodge.", "where are the spare keys kept", "the porters' lodge"},
		{"There are eyewash stations in B2.14, B2.16 and the porters' lodge.", "where are the eyewash stations", "B2.14, B2.16 and the porters' lodge"},
		{"The spare keys are kept in the porter's lodge.", "where are the spare keys kept", "the porter's lodge"},
		{"The pills fail in the liver enzymes' causing breakdown.", "where do the pills fail", "the liver enzymes"},
		{"He defeated the Normans' enemies in the north.", "which enemies did he defeat", "Normans"},
		{"The forms are left at the porters' 24 desk.", "where are the forms left", "the porters"},                // a number owned by none
		{"Parcels are kept in the porters' waiting room.", "where are parcels kept", "the porters' waiting room"}, // attributiveIng
	})
	for _, c := range []struct {
		before, answer, after string
		ok, plural            bool
		owner, owned          string // the text before each
	}{
		{"in ", "the porters", "' lodge", true, true, "in the porters", "in the porters' "},
		{"in ", "the porters", "’ lodge", true, true, "in the porters", "in the porters’ "},
		{"they call it 'the ", "fixers", "' shop", false, false, "", ""}, // a quotation opened before
		{"in ", "the porter", "' lodge", false, false, "", ""},
		{"in ", "the porters", "', lodge", false, false, "", ""},
		{"in ", "the porters", "'", false, false, "", ""},
		{"by ", "Taylor Swift's", " video", true, false, "by Taylor Swift", "by Taylor Swift's"},
		{"by ", "Lady Gaga’s", " video", true, false, "by Lady Gaga", "by Lady Gaga’s"},
		{"it is ", "'s", " a mark", false, false, "", ""}, // no owner
	} {
		text := c.before + c.answer + c.after
		p, ok := possessionAt(text, len(c.before), len(c.before)+len(c.answer))
		if ok != c.ok || ok && (p.plural != c.plural || text[:p.owner] != c.owner || text[:p.owned] != c.owned) {
			t.Errorf("possessionAt(%q, %q): got %+v %v, want ok %v, plural %v, owner %q, owned %q", text, c.answer, p, ok, c.ok, c.plural, c.owner, c.owned)
		}
	}
}

// TestKindOfAskedLooksUpOnRead: a token's kindOfAsked, looked up when it
// is first read (spanFacts.kindOfAsked), is what spanTokens set for every
// token before the look-up was put off: true for a content word, not a
// number, that WordNet knows as a noun and as the thing the question asks
// for or a kind of it; and after the span model has scored a sentence,
// some of its nouns, which end no candidate it scored, are still unread.
func TestKindOfAskedLooksUpOnRead(t *testing.T) {
	kinds, unread := 0, 0
	eachSpanFacts(t, func(question string, f *spanFacts) {
		for i := range f.w.toks {
			tk := &f.w.toks[i]
			if tk.kindPending {
				unread++
			}
			want := f.kinds != nil && tk.content && !tk.num && spanPOS(tk.word).Has(english.Noun) &&
				kindsShare(nounKindsOf(tk.word), f.kinds)
			if got := f.kindOfAsked(tk); got != want {
				t.Errorf("%q, %q: kindOfAsked %v, want %v", question, tk.word, got, want)
			}
			if want {
				kinds++
			}
		}
	})
	if kinds == 0 || unread == 0 {
		t.Fatalf("%d kinds of the thing asked, %d nouns unread after scoring: want some of each", kinds, unread)
	}
}

// TestSpanCandidatesShown checks that a candidate carries the text the
// answer would show for it (pickText's edits made), beside its own words,
// for the span trainer's labels.
func TestSpanCandidatesShown(t *testing.T) {
	for _, tt := range []struct {
		sentence, question, text, want string
	}{
		{"The GRE is not required.", "is the gre required", "required", "not required"},
		{"Discounts do not stack.", "can i combine the discounts", "stack", "do not stack"},
		{"Refunds take 5 working days.", "how long do refunds take", "5", "5 working days"},
		{"The GRE is required.", "is the gre required", "required", "required"},
		// A candidate that ends inside a contraction, whose two parts
		// overlap in the text: no panic (slice bounds out of range in
		// rangeEnds's joinDash, a question of a chat training set).
		{"Exit 12 can't create home directory.", "useradd failed with 12", "12", "12"},
	} {
		ix := Build([]corpus.Document{{Path: "a.md", Body: tt.sentence}})
		l, err := ix.SpanCandidates(context.Background(), Parse(tt.question), 0)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(l.Candidates, func(c SpanCandidate) bool { return c.Text == tt.text })
		if i < 0 {
			t.Errorf("%q of %q: no candidate %q", tt.question, tt.sentence, tt.text)
			continue
		}
		if got := l.Candidates[i].Shown; got != tt.want {
			t.Errorf("%q of %q: candidate %q shown as %q, want %q", tt.question, tt.sentence, tt.text, got, tt.want)
		}
	}
}

// TestSpanListCandidates checks the lists spanCandidates finds, whose
// walk stops at a sentence's last comma (a list's first item ends at
// one, listAt): a list whose first item is the word right before the
// last comma is found, and no token at or after the last comma opens a
// list in any sentence of the embedded corpus.
func TestSpanListCandidates(t *testing.T) {
	for _, tc := range []struct{ sentence, list string }{
		{"We visited Ohio, Michigan and Indiana last year.", "Ohio, Michigan and Indiana"},
		{"The seasons are Spring, Summer, and Fall.", "Spring, Summer, and Fall"},
	} {
		cands := candidatesOf(t, tc.sentence, "what")
		if got, ok := cands[tc.list]; !ok || got != kindList {
			t.Errorf("%q: candidate %q got kind %v (found %v), want %v", tc.sentence, tc.list, spanKindNames[got], ok, spanKindNames[kindList])
		}
	}
	for text, k := range candidatesOf(t, "Bring boots and a hat or gloves and a scarf for the walk.", "what") {
		if k == kindList {
			t.Errorf("a sentence with no comma: got list %q, want none", text)
		}
	}
	ix := Build(embedded(t))
	sc := ix.scratch.Get()
	defer ix.scratch.Put(sc)
	lists := 0
	for s := range ix.sents {
		toks, _ := ix.sentenceSpanTokens(sc, int32(s), nil)
		last := -1
		for i, tk := range toks {
			if tk.gap == gapComma {
				last = i
			}
		}
		for a := range toks {
			end, _ := listAt(toks, int32(a))
			if end > 0 && a >= last {
				t.Errorf("%q: a list opens at token %d, at or after the last comma (%d)", ix.sents[s].text, a, last)
			}
			if end > 0 {
				lists++
			}
		}
	}
	if lists == 0 {
		t.Errorf("lists in the embedded corpus: got 0, want some")
	}
}

// TestSpanClauseCandidates compares the clauses spanCandidates adds, each
// ending where the first break after its first token comes (found once
// for the tokens before it), with the plain walk from each first token,
// on every sentence of the embedded corpus: every clause of the walk is
// a candidate, and every candidate of kindClause is a clause of the walk.
func TestSpanClauseCandidates(t *testing.T) {
	ix := Build(embedded(t))
	q := Parse("what did they say")
	clauses := 0
	for s := range ix.sents {
		sc := ix.scratch.Get()
		total, _ := ix.resolve(&q, sc)
		w := &sc.span
		w.reset()
		w.facts = newSpanFacts(ix, &q, sc, w, total)
		lo := ix.spanTokens(&w.facts, w, int32(s))
		ix.spanCandidates(&w.facts, w, int32(s), lo, false)
		toks := w.toks[lo:]
		n := int32(len(toks))
		plain := map[[2]int32]bool{}
		for a := int32(1); a < n; a++ {
			if !toks[a].opens || toks[a-1].content && !breaks(toks[a].gap) {
				continue
			}
			b := a + 1
			for b < n && !breaks(toks[b].gap) && b-a < maxClauseTokens {
				b++
			}
			if b-a > maxSpanTokens && toks[b-1].ends {
				plain[[2]int32{a, b}] = true
			}
		}
		got := map[[2]int32]bool{}
		for _, c := range w.cands {
			got[[2]int32{c.a, c.b}] = true
			if c.kind != kindClause || plain[[2]int32{c.a, c.b}] {
				continue
			}
			t.Errorf("%q: candidate %q (%s) is no clause of the plain walk", ix.sents[s].text, ix.sents[s].text[c.start:c.end], spanKindNames[c.kind])
		}
		for ab := range plain {
			if !got[ab] {
				t.Errorf("%q: clause %q of the plain walk is no candidate", ix.sents[s].text, ix.sents[s].text[toks[ab[0]].start:toks[ab[1]-1].end])
			}
			clauses++
		}
		sc.reset(ix)
		ix.scratch.Put(sc)
	}
	if clauses < 100 {
		t.Errorf("clauses of the embedded corpus: got %d, want at least 100", clauses)
	}
}
