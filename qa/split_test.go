package qa

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/qabot/qabot/corpus"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"plain", "One sentence here. Another one follows.", []string{"One sentence here.", "Another one follows."}},
		{"a list numbered inline", "It runs in three steps: 1. Training and education, 2. Analysis, 3. Confirmation of the processes. Scores were 4, 2. Then it ends.", []string{"It runs in three steps: 1. Training and education, 2. Analysis, 3. Confirmation of the processes.", "Scores were 4, 2.", "Then it ends."}},
		{"us abbreviation before a name", "Officials from the U.S. Treasury met. They talked.", []string{"Officials from the U.S. Treasury met.", "They talked."}},
		{"us abbreviation ends sentence", "Imports rose in the U.S. The ministry objected.", []string{"Imports rose in the U.S.", "The ministry objected."}},
		{"a road's kind closes an address's name", "Write to the Division, 1600 Clifton Rd. NE, Atlanta, GA 30329. Take Hwy. 101 north. The office is on Clifton Rd. The desk opens at nine.", []string{"Write to the Division, 1600 Clifton Rd. NE, Atlanta, GA 30329.", "Take Hwy. 101 north.", "The office is on Clifton Rd.", "The desk opens at nine."}},
		{"title", "Mr. Bessent met Dr. Smith, due by Sept. 17 for ByteDance.", []string{"Mr. Bessent met Dr. Smith, due by Sept. 17 for ByteDance."}},
		{"company", "Shares of Texas Instruments Inc. Rose. The company said so. Apple Inc. The end.", []string{"Shares of Texas Instruments Inc. Rose.", "The company said so.", "Apple Inc.", "The end."}},
		{"no as a word", "He said no. The talks ended.", []string{"He said no.", "The talks ended."}},
		{"page", "See p. 5 for more. Then stop.", []string{"See p. 5 for more.", "Then stop."}},
		{"a limit before a number", "Please include a project title (max. 12 words); it is used for all mail. Stays are min. 3 nights. Turn it to max. 12 people came. It runs 50 min. The bus waits.", []string{"Please include a project title (max. 12 words); it is used for all mail.", "Stays are min. 3 nights.", "Turn it to max. 12 people came.", "It runs 50 min.", "The bus waits."}},
		{"a number abbreviation inside a bracket", "The pump (see Fig. A) is small. He said no. (The answer was no.) Then it stopped.", []string{"The pump (see Fig. A) is small.", "He said no.", "(The answer was no.)", "Then it stopped."}},
		{"decimal and percent", "Chips accounted for 47.81% of imports. Prices fell by 52%.", []string{"Chips accounted for 47.81% of imports.", "Prices fell by 52%."}},
		{"initials", "The book by J. K. Rowling sold well. It was long.", []string{"The book by J. K. Rowling sold well.", "It was long."}},
		{"unit after a number", "The temperature rises to approximately 37C. This check is quick. Vitamin B. Smith wrote it.", []string{"The temperature rises to approximately 37C.", "This check is quick.", "Vitamin B. Smith wrote it."}},
		{"curly quotes", "He called it “containment.” Beijing agreed.", []string{"He called it “containment.”", "Beijing agreed."}},
		{"an aside left open at the block's end", "Draw 1 mL from the vial. (See Figure 2.", []string{"Draw 1 mL from the vial. (See Figure 2."}},
		{"an aside closed or followed by a sentence stands alone", "He said no. (The answer was no.) Then it stopped. It ends. (See below. The rest follows.", []string{"He said no.", "(The answer was no.)", "Then it stopped.", "It ends.", "(See below.", "The rest follows."}},
		{"questions set apart by semicolons", "How might we start?; How might we end?; Why?; she asked. Done!; Next one.", []string{"How might we start?", "How might we end?", "Why?; she asked.", "Done!", "Next one."}},
		{"question and exclamation", "Why now? Because of the deadline! Talks go on.", []string{"Why now?", "Because of the deadline!", "Talks go on."}},
		{"lower case after stop", "It cost 5 p.m. prices. Then more.", []string{"It cost 5 p.m. prices.", "Then more."}},
		{"opus and number", "He dedicated the Op. 10 Études to Liszt. The Piano Concerto No. 2 came first.", []string{"He dedicated the Op. 10 Études to Liszt.", "The Piano Concerto No. 2 came first."}},
		{"an initial before a function word ends a sentence", "Its companion is Sirius B. In ancient Egypt it marked the flood. World War I. The end.", []string{"Its companion is Sirius B.", "In ancient Egypt it marked the flood.", "World War I.", "The end."}},
		{"a lettered item's label is no initial", "K. For any section, keep its title. N. Do not retitle it.", []string{"K. For any section, keep its title.", "N. Do not retitle it."}},
		{"an initial before another initial or a name goes on", "It was J. A. Smith. Then Harry S. Truman spoke.", []string{"It was J. A. Smith.", "Then Harry S. Truman spoke."}},
		{"initials of letters that abbreviate", "Daniel D. Polsby and Don B. Kates wrote it. John P. Smith agreed.", []string{"Daniel D. Polsby and Don B. Kates wrote it.", "John P. Smith agreed."}},
		{"versus", "In Prosecutor v. Akayesu, the court ruled. It was 1998.", []string{"In Prosecutor v. Akayesu, the court ruled.", "It was 1998."}},
		{"reigned and born", "He ruled as the Hongwu Emperor (r. 1368–1398) from Nanjing. Chopin (b. 1810) left Warsaw.", []string{"He ruled as the Hongwu Emperor (r. 1368–1398) from Nanjing.", "Chopin (b. 1810) left Warsaw."}},
		{"a letter ends a sentence", "The grade was a b. Then it rose.", []string{"The grade was a b.", "Then it rose."}},
		{"identifier opens a sentence", "It enforces the quotas. ledger-api keeps the ledger. iOS 17 adds it. config.yaml holds the rest.", []string{"It enforces the quotas.", "ledger-api keeps the ledger.", "iOS 17 adds it.", "config.yaml holds the rest."}},
		{"underscore name opens a sentence", `It only understood "get." __kubectl_custom_func() will see it. So it calls __parse pod. _init runs first, e.g. _init.`, []string{`It only understood "get."`, "__kubectl_custom_func() will see it.", "So it calls __parse pod.", "_init runs first, e.g. _init."}},
		{"plain lower-case word does not", "It seats approx. five people, e.g. ledger-api staff.", []string{"It seats approx. five people, e.g. ledger-api staff."}},
		{"file name ends a sentence", "It writes /etc/wrenlog/wrenlog.yaml. Start it with systemctl. See example.com. Then stop.", []string{"It writes /etc/wrenlog/wrenlog.yaml.", "Start it with systemctl.", "See example.com.", "Then stop."}},
		{"dotted abbreviations do not", "She has a Ph.D. Degree holders agree, e.g. Ravi.", []string{"She has a Ph.D. Degree holders agree, e.g. Ravi."}},
		{"spaced e. g. and i. e.", "Some file systems (e. g. NFS and CIFS) lock. It waits, i. e. Flock blocks. Plan b. Then stop.", []string{"Some file systems (e. g. NFS and CIFS) lock.", "It waits, i. e. Flock blocks.", "Plan b.", "Then stop."}},
		{"undotted e.g. and i.e.", "It runs slower (eg. 20 to 30 times) than normal. Say it with a short i -- ie. \"grinned\". Then stop.", []string{"It runs slower (eg. 20 to 30 times) than normal.", "Say it with a short i -- ie. \"grinned\".", "Then stop."}},
		{"ex. for example or former", "Builds differ by release (ex. Darwin 14 vs Darwin 15). The statue (ex. JNA barrack) stands. Then stop.", []string{"Builds differ by release (ex. Darwin 14 vs Darwin 15).", "The statue (ex. JNA barrack) stands.", "Then stop."}},
		{"respectively", "The default value for UID_MIN (resp. UID_MAX) is 1000 (resp. 60000). Then stop.", []string{"The default value for UID_MIN (resp. UID_MAX) is 1000 (resp. 60000).", "Then stop."}},
		{"heading", "Semiconductor Disputes Intensify", []string{"Semiconductor Disputes Intensify"}},
		{"section number with a stop", "1.1. Visitors", []string{"1.1. Visitors"}},
		{"section number then a sentence", "2.3.1. Fees The fee is 5 euros. It is paid in June.", []string{"2.3.1. Fees The fee is 5 euros.", "It is paid in June."}},
		{"a decimal ends a sentence", "It rose by 2.5. Then it fell.", []string{"It rose by 2.5.", "Then it fell."}},
		{"a reference in brackets after the stop stays with its sentence", "Fixed a heap overflow in BIO_f_linebuffer. ([CVE-2025-68160])", []string{"Fixed a heap overflow in BIO_f_linebuffer. ([CVE-2025-68160])"}},
		{"several references", "illumos: add FEN backend. (#550, #572)", []string{"illumos: add FEN backend. (#550, #572)"}},
		{"two bracketed references joined by and", "Fixed two buffer overflows. (CVE-2022-3786) and (CVE-2022-3602)", []string{"Fixed two buffer overflows. (CVE-2022-3786) and (CVE-2022-3602)"}},
		{"a bracket of words is a sentence", "Fix building on MinGW. (I haven't been able to test this.)", []string{"Fix building on MinGW.", "(I haven't been able to test this.)"}},
		{"a list number left opening a block stays with its sentence", "1. The year was long. 2. It ended. Then 3. Go.", []string{"1. The year was long.", "2.", "It ended.", "Then 3.", "Go."}},
		{"an answer word opening a block stays with what follows", "No. The program is conformant. It is. Yes. It is.", []string{"No. The program is conformant.", "It is.", "Yes.", "It is."}},
		{"a numbered point after a bracket is a sentence", "It ended. (2) The second point follows.", []string{"It ended.", "(2) The second point follows."}},
		{"a bracket closing the block stays with its sentence", "Who owns research data? (15 min)", []string{"Who owns research data? (15 min)"}},
		{"a bracket closing the block after a stop", "Read the story. Then list the restrictions. (15 min) ", []string{"Read the story.", "Then list the restrictions. (15 min)"}},
		{"a closing bracket that holds a sentence stands alone", "It ended. (See below.)", []string{"It ended.", "(See below.)"}},
		{"an aside in brackets after the stop stays with its sentence", "sy: Time spent running kernel code. (system time) id: Time spent idle. (-a option) This format may change. (see go.dev/issue/76349)", []string{"sy: Time spent running kernel code. (system time) id: Time spent idle. (-a option) This format may change. (see go.dev/issue/76349)"}},
		{"a sign named in brackets after it", "Conversely, the pattern . (period) might not match a null byte. Then stop.", []string{"Conversely, the pattern . (period) might not match a null byte.", "Then stop."}},
		{"a lettered point after a bracket is a sentence", "You may cancel if: (a) you are ill. (b) your home is flooded. (iv) you are made redundant.", []string{"You may cancel if: (a) you are ill.", "(b) your home is flooded.", "(iv) you are made redundant."}},
		{"an option's letter ends a sentence", "The zcat command is identical to gunzip -c. (On some systems, zcat is gzcat.) Print it with -V. Then stop. It was built c. 1900 in York.", []string{"The zcat command is identical to gunzip -c.", "(On some systems, zcat is gzcat.)", "Print it with -V.", "Then stop.", "It was built c. 1900 in York."}},
		{"a letter after a hyphen in a word is no option", "Crowds joined the anti-U.S. Protests in March.", []string{"Crowds joined the anti-U.S. Protests in March."}},
		{"a stop after the bracket closing an abbreviation", "It may hold no whitespace (space, tab, etc.). Note that a slash may break it. A list (a, b, etc.) Note here.", []string{"It may hold no whitespace (space, tab, etc.).", "Note that a slash may break it.", "A list (a, b, etc.) Note here."}},
		{"a list's etc. ends a sentence before any word that opens one", "It shows the speed, time left, etc. See all the options. Acme Inc. Chief Ravi Shah agreed, as did Acme Corp. The end (a, b, etc.) Note here.", []string{"It shows the speed, time left, etc.", "See all the options.", "Acme Inc. Chief Ravi Shah agreed, as did Acme Corp.", "The end (a, b, etc.) Note here."}},
		{"a bracket of code opens a sentence", "It is not set. (ledger-api reads it later.)", []string{"It is not set.", "(ledger-api reads it later.)"}},
		{"an ellipsis after a slash is part of a path", "It controls whether most crypto/... APIs ignore it. Then stop.", []string{"It controls whether most crypto/... APIs ignore it.", "Then stop."}},
		{"an ellipsis after a word ends a sentence", "He waited... Then he left.", []string{"He waited...", "Then he left."}},
		{"empty", "   ", nil},
	}
	for _, tc := range tests {
		got := splitSentences(tc.in)
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: splitSentences(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

// TestSplitSentencesClauseAfterAbbreviation checks clauseAfterPhrase: the
// stop of a dotted or closing abbreviation before a capitalised word that
// is no function word ends a sentence when a clause ends at it (a phrase a
// preposition opened, after a finite verb) and another opens after it (a
// capitalised word, then lower-case words with a finite verb), and a
// name goes on otherwise.
func TestSplitSentencesClauseAfterAbbreviation(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a clause after a place", "One of the most sensitive issues remains TikTok’s future in the U.S. American law requires its parent to sell.",
			[]string{"One of the most sensitive issues remains TikTok’s future in the U.S.", "American law requires its parent to sell."}},
		{"a clause after a time", "The show is at the hall from 2 p.m. Entries must be staged by 11 a.m. on the day.",
			[]string{"The show is at the hall from 2 p.m.", "Entries must be staged by 11 a.m. on the day."}},
		{"a clause after a company", "The brand was sold to Acme Inc. Analysts expected the sale.",
			[]string{"The brand was sold to Acme Inc.", "Analysts expected the sale."}},
		{"a title goes on a name", "U.S. President Donald Trump said so. He spoke with U.S. Trade Representative Jamieson Greer on Sunday.",
			[]string{"U.S. President Donald Trump said so.", "He spoke with U.S. Trade Representative Jamieson Greer on Sunday."}},
		{"a name of capitalised words goes on", "The talks went on until the U.S. Supreme Court provides clarification. Washington, D.C. Mayor Muriel Bowser spoke.",
			[]string{"The talks went on until the U.S. Supreme Court provides clarification.", "Washington, D.C. Mayor Muriel Bowser spoke."}},
		{"a phrase of a subject with no verb yet", "Bell's report to the U.S. Navy permitted him to build it.",
			[]string{"Bell's report to the U.S. Navy permitted him to build it."}},
		{"a clause opened before the phrase", "It was set up when the U.S. Congress directed the island to act.",
			[]string{"It was set up when the U.S. Congress directed the island to act."}},
		{"no finite verb after", "Deadlines end at 11:59 p.m. Atlantic time on the day shown. Iran fired at U.S. Navy ships in the Gulf.",
			[]string{"Deadlines end at 11:59 p.m. Atlantic time on the day shown.", "Iran fired at U.S. Navy ships in the Gulf."}},
		{"a phrase after the name before the verb", "It was flown by J.A.D. McCurdy from the frozen lake.",
			[]string{"It was flown by J.A.D. McCurdy from the frozen lake."}},
		{"a plural noun is no verb", "Reports of attacks on U.S. Navy ships surfaced.",
			[]string{"Reports of attacks on U.S. Navy ships surfaced."}},
	}
	for _, tc := range tests {
		if got := splitSentences(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: splitSentences(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestDocBlocks(t *testing.T) {
	body := "Heading\n\n- TikTok decision: an extension is certain.\n• Bullet two.\n3. Numbered item.\n   \nPlain paragraph."
	var got []string
	for _, b := range docBlocks(corpus.Document{Body: body}) {
		got = append(got, b.Text)
	}
	want := []string{"Heading", "TikTok decision: an extension is certain.", "Bullet two.", "Numbered item.", "Plain paragraph."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("docBlocks(body) = %q, want %q", got, want)
	}
	// A reader's blocks keep their sections. A Markdown block keeps a
	// leading "* " or "- ", and one other than a heading a list number
	// or "> ", which the reader left as text (an escaped "\\*", "1\\.");
	// other markers and other readers' blocks lose theirs.
	for _, tc := range []struct {
		name   string
		format corpus.Format
		in     corpus.Block
		want   string
	}{
		{"markdown escaped star", corpus.FormatMarkdown, corpus.Block{Text: "* Support for the 1.7 branch ended.", Kind: corpus.KindParagraph}, "* Support for the 1.7 branch ended."},
		{"markdown dash", corpus.FormatMarkdown, corpus.Block{Text: " - 30 degrees at noon. ", Kind: corpus.KindParagraph}, "- 30 degrees at noon."},
		{"markdown item", corpus.FormatMarkdown, corpus.Block{Text: "Solo costs $4 a month.", Kind: corpus.KindItem}, "Solo costs $4 a month."},
		{"markdown escaped number", corpus.FormatMarkdown, corpus.Block{Text: "1. The year was long.", Kind: corpus.KindParagraph}, "1. The year was long."},
		{"markdown escaped quote mark", corpus.FormatMarkdown, corpus.Block{Text: "> is the prompt.", Kind: corpus.KindParagraph}, "> is the prompt."},
		{"markdown code prompt", corpus.FormatMarkdown, corpus.Block{Text: "> console.count()", Kind: corpus.KindCode}, "console.count()"},
		{"markdown numbered heading", corpus.FormatMarkdown, corpus.Block{Text: "1. Water rates", Kind: corpus.KindHeading}, "Water rates"},
		{"word typed bullet", corpus.FormatDOCX, corpus.Block{Text: "• The value of top margin", Kind: corpus.KindParagraph}, "The value of top margin"},
		{"html number", corpus.FormatHTML, corpus.Block{Text: "1. Solo costs $4 a month.", Kind: corpus.KindParagraph}, "Solo costs $4 a month."},
		{"html star", corpus.FormatHTML, corpus.Block{Text: "* Solo costs $4 a month.", Kind: corpus.KindParagraph}, "Solo costs $4 a month."},
	} {
		tc.in.Section = "Pricing"
		blocks := docBlocks(corpus.Document{Format: tc.format, Blocks: []corpus.Block{tc.in, {Text: "  "}}})
		if len(blocks) != 1 || blocks[0].Text != tc.want || blocks[0].Section != "Pricing" {
			t.Errorf("%s: docBlocks(%q) = %+v, want one block %q in section Pricing", tc.name, tc.in.Text, blocks, tc.want)
		}
	}
}

func TestIsAnswerLine(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Washington has demanded that ByteDance divest its US operations by September 17.", true},
		{"Semiconductor Disputes Intensify", false},
		{"Why Is TikTok Central to These Talks?", false},
		{"logo", false},
		{"Top", false},
		{"Gulan Media September 14, 2025 News", false},
		{"ALSO READ | France’s Parliamentary Committee Seeks Criminal Charges Against TikTok", false},
		{"Monday, 02 February 2026", false},
		{"Comments (0)", false},
		// Shouting: more than half the bytes are capitals.
		{"THE TALKS IN MADRID ENDED WITH A DEAL ON THE APP.", false},
		{"THE TALKS IN MADRID ENDED with a deal on the app today.", true},
		{"ÉTATS-UNIS ET CHINE SIGNENT UN ACCORD SUR LE COMMERCE.", false},
		// A short sentence counts its figures as words; a line without
		// a full stop, or with fewer than three words, does not.
		{"The repairs cost £3,870.", true},
		{"Released on 9 March 2026.", true},
		{"Released on 9 March 2026", false},
		{"Nobody was hurt.", false},
		{"Page 3 of 10.", false},
	}
	for _, tc := range tests {
		if got := isAnswerLine(tc.in, tokenize(tc.in, nil)); got != tc.want {
			t.Errorf("isAnswerLine(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestShoutingPlain compares shouting, which reads eight bytes of ASCII at
// a time and stops counting once the answer is sure, with its definition
// (more than half of the bytes capital letters, counted one by one) on
// every text of up to seven pieces of capitals, small letters, spaces,
// digits, accented capitals and small letters and a stray byte, on 20,000
// random texts of up to 120 bytes, and on every sentence of squad48 when
// the corpus is beside the repository.
func TestShoutingPlain(t *testing.T) {
	plain := func(text string) bool {
		upper := 0
		for _, r := range text {
			if unicode.IsUpper(r) {
				upper++
			}
		}
		return upper*2 > len(text)
	}
	check := func(text string) {
		if got, want := shouting(text), plain(text); got != want {
			t.Fatalf("shouting(%q): got %v, want %v", text, got, want)
		}
	}
	pieces := []string{"A", "b", " ", "7", "É", "é", "\x80", "ABCDEFGH", "abcdefgh"}
	eachJoin(pieces, 7, check)
	rng := rand.New(rand.NewPCG(1, 2))
	shouts := 0
	for range 20000 {
		n, caps := rng.IntN(121), rng.Float64()
		b := make([]byte, 0, n+1)
		for len(b) < n {
			switch r := rng.Float64(); {
			case r < caps:
				b = append(b, byte('A'+rng.IntN(26)))
			case r < caps+0.02:
				b = append(b, "ÉÖé"[2*rng.IntN(3):][:2]...)
			default:
				b = append(b, " a.zZ[@`{"[rng.IntN(9)])
			}
		}
		check(string(b))
		if shouting(string(b)) {
			shouts++
		}
	}
	if shouts == 0 {
		t.Error("no random text shouts")
	}
	for _, text := range withSquad48(t, nil) {
		check(text)
	}
}

// TestMayEndIn8Plain compares mayEndIn8, which splitSentences skips eight
// bytes by, with its definition (a byte beyond ASCII, a full stop, an
// exclamation or a question mark among the eight, tested one by one): for
// every byte value at every place of eight bytes of six fillers, for every
// pair of places holding two of twelve bytes near the three, and for
// 200,000 random words of ASCII bytes.
func TestMayEndIn8Plain(t *testing.T) {
	plain := func(x uint64) bool {
		for k := 0; k < 8; k++ {
			if c := byte(x >> (8 * k)); c >= 0x80 || c == '.' || c == '!' || c == '?' {
				return true
			}
		}
		return false
	}
	check := func(x uint64) {
		if got, want := mayEndIn8(x), plain(x); got != want {
			t.Fatalf("mayEndIn8(%#016x): got %v, want %v", x, got, want)
		}
	}
	const ones = 0x0101010101010101
	for _, fill := range []uint64{'a', 0, 1, '.' - 1, '.' + 1, 0x7f} {
		for k := 0; k < 8; k++ {
			for c := range uint64(256) {
				check(fill*ones&^(0xff<<(8*k)) | c<<(8*k))
			}
		}
	}
	near := []uint64{0, 1, ' ', '!', '"', '-', '.', '/', '>', '?', '@', 0x80}
	for k := 0; k < 8; k++ {
		for l := 0; l < 8; l++ {
			for _, a := range near {
				for _, b := range near {
					x := 'a'*ones&^(0xff<<(8*k))&^(0xff<<(8*l)) | a<<(8*k)
					check(x&^(0xff<<(8*l)) | b<<(8*l))
				}
			}
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 200000 {
		check(rng.Uint64() &^ highBits)
	}
}

// TestRefersBack: a sentence refers to the one before when it opens with a
// referring word or holds a clause-referring word in lower case in its first
// clause.
func TestRefersBack(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"It sold 541,000 copies in its first week.", true},
		{"Facebook bought it in 2014 for about US$19 billion.", true},
		{"American law requires its parent company to sell.", true},
		{"In 2010 the firm moved its headquarters to Austin.", true},
		{"Archaeologists believe it was built around 3000 BC.", true},
		{"Frogs lay eggs in water, and their tadpoles breathe with gills.", false},
		{"Vice Premier He Lifeng leads the talks.", false},
		{"Facebook bought WhatsApp in 2014 (its largest deal).", false},
		{"Bits of the wall fell.", false},
		{"Facebook bought WhatsApp in 2014.", false},
	}
	for _, tt := range tests {
		if got := refersBack(tt.text); got != tt.want {
			t.Errorf("refersBack(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestRefersBackPlain compares opensReferring, which lowers a sentence's first
// word in a buffer, with its definition by strings.ToLower on texts that
// open with every referring word in three cases, with other words, and on
// every sentence of squad48 when the corpus is beside the repository.
func TestRefersBackPlain(t *testing.T) {
	plain := func(text string) bool {
		end := 0
		for end < len(text) && end < 12 && (text[end] >= 'a' && text[end] <= 'z' || text[end] >= 'A' && text[end] <= 'Z') {
			end++
		}
		if end == 0 || end == 12 {
			return false
		}
		return splitWords().referringWords[strings.ToLower(text[:end])]
	}
	var texts []string
	for w := range splitWords().referringWords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			texts = append(texts, v+" rose.", v, v+"s went", v+"'s", "x"+v, v+"@")
		}
	}
	texts = append(texts, "", "The end.", "[He] said", "Abcdefghijkl is long.", "HE@")
	checkPlain(t, "opensReferring", withSquad48(t, texts), opensReferring, plain)
}

func TestSplitCodeWords(t *testing.T) {
	tests := []struct {
		name, in string
		code     map[string]bool
		want     []string
	}{
		{"a word of code opens a sentence", "Creates a new Console. stdout is a stream. stderr is used for errors.", map[string]bool{"stdout": true, "stderr": true, "Console": true},
			[]string{"Creates a new Console.", "stdout is a stream.", "stderr is used for errors."}},
		{"a command after a stop", "some of which include a slash. man no longer emits errors.", map[string]bool{"man": true},
			[]string{"some of which include a slash.", "man no longer emits errors."}},
		{"without code words it does not", "some of which include a slash. man no longer emits errors.", nil,
			[]string{"some of which include a slash. man no longer emits errors."}},
		{"a word not written as code does not", "It seats approx. five people.", map[string]bool{"man": true},
			[]string{"It seats approx. five people."}},
		{"an option written as code opens a sentence", "It opens fullscreen. --height is an option. -v prints more.", map[string]bool{"--height": true, "-v": true},
			[]string{"It opens fullscreen.", "--height is an option.", "-v prints more."}},
		{"an option not written as code does not", "It opens fullscreen. --height is an option.", map[string]bool{"--tmux": true},
			[]string{"It opens fullscreen. --height is an option."}},
		{"an option that ends the text does not", "Set it so: $OPTS.' --inline-info'", map[string]bool{"--inline-info": true},
			[]string{"Set it so: $OPTS.' --inline-info'"}},
	}
	for _, tc := range tests {
		if got := splitCode(tc.in, tc.code); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: splitCode(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}

func TestReferenceAt(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"#516)", 4},
		{"CVE-2025-15467)", 14},
		{"GH-12, GH-14", 5},
		{"PR 12 fixed it", 5},
		{"PR #12", 6},
		{"RFC 3211 KEK Unwrap", 8},
		{"RFC 3211.", 8},
		{"#", 0},
		{"#1a", 0},
		{"A 2019 study", 0},      // a single capital is a word
		{"COVID-19 cases", 0},    // a longer name is no reference's
		{"GH-12a", 0},            // the number must end the word
		{"RFC 3211.5 says", 0},   // a decimal is no reference's number
		{"CVE-2025-x", 0},        // every part after a hyphen in figures
		{"Kb 12", 0},             // the name in capitals only
		{"RFC is a standard", 0}, // a name needs its number
	} {
		if got := referenceAt(tt.in); got != tt.want {
			t.Errorf("referenceAt(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestReferenceBracket(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int
	}{
		{"(#516)", 6},
		{"(#512, #518) on Windows", 12},
		{"([CVE-2025-68160]) and more", 18},
		{"(PR 12; GH-4)", 13},
		{"(2) The second point", 0},
		{"(1810–1849) lived", 0},
		{"(RFC)", 0},
		{"(See #12.)", 0},
		{"()", 0},
		{"(#516", 0},
	} {
		if got := referenceBracket(tt.in); got != tt.want {
			t.Errorf("referenceBracket(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
