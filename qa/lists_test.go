package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

func TestAsksList(t *testing.T) {
	tests := []struct {
		question string
		want     bool
	}{
		{"What browsers does Slotwise support?", true},
		{"payment methods", true},
		{"what are our products", true},
		{"which kinds of shops are hurting most", true},
		{"What instruments did Chopin's father play?", true},
		{"which plan comes with an account director", false}, // "comes" is the verb
		{"what browser does slotwise recommend", false},
		{"how many crops were hit", false},      // a count, not a list
		{"do they pay for safety boots", false}, // yes or no
		{"payment method", false},
		{"latest news", false},
	}
	for _, tt := range tests {
		if got := Parse(tt.question).list; got != tt.want {
			t.Errorf("Parse(%q).list: got %v, want %v", tt.question, got, tt.want)
		}
	}
}

func TestEnumerates(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Slotwise works in Chrome, Firefox, Safari and Edge.", true},
		{"Support is given in English, German and Spanish.", true},
		{"We accept Visa, Mastercard, or American Express cards.", true},
		{"Release 3.3.1 fixes retries, rounding and double payments.", true},
		{"We accept Visa and Mastercard.", false},
		{"Prices rose, and wages fell.", false},
		{"In 2020, after a long review of the whole programme and its costs, the board agreed.", false},
		{"Internet Explorer is not supported.", false},
		// No comma, no list, however many "and"s (read without a word read).
		{"Chrome and Firefox or Safari and Edge", false},
		// Words end at a tab, a newline or a bracket, and are any bytes.
		{"red,\ngreen,\nblue and white", true},
		{"Tea\tcoffee, juice (fresh), and milk", false},
		{"é, ü, ö and ß", true},
		{"a,b,c or d", true},
		{",,, and", false},
		// A stop inside a word ("3.11") does not end the item.
		{"Python 3.11, Go 1.26 and Rust 1.80", true},
		{"x.y, z.w, and v", true},
	}
	for _, tt := range tests {
		if got := enumerates(tt.text); got != tt.want {
			t.Errorf("enumerates(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestListIntro checks which sentences lend their words to the items of
// the list they open (listIntro): a short one ending with a colon, not a
// sentence that answers by itself, nor one that opens no list.
func TestListIntro(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		opens    bool
	}{
		{"Tenants can pay in any of these ways:", true},
		{"Solicitor Yvonne Achterberg, who leads the case, said the families had four demands:", false},
		{"Rent is due weekly in advance, every Monday.", false},
	} {
		if got := listIntro(tt.sentence) != ""; got != tt.opens {
			t.Errorf("listIntro(%q) opens a list: got %v, want %v", tt.sentence, got, tt.opens)
		}
	}
}

// TestListItemsFoundByIntro checks that a list item that is no sentence
// of its own is found by the words of the sentence that opens its list:
// "through the tenant app with a debit card" answers "ways a tenant can
// pay rent" under "Tenants can pay in any of these ways:", which is no
// answer (too short a line without a full stop), and an item that is a
// sentence of its own is not; and that the short item may be an answer,
// as a table row may, though answerLine would not take a line of its
// length without a full stop. cases.jsonl asks office15's tenant handbook.
func TestListItemsFoundByIntro(t *testing.T) {
	para := func(s string) corpus.Block { return corpus.Block{Text: s, Kind: corpus.KindParagraph} }
	item := func(s string) corpus.Block { return corpus.Block{Text: s, Kind: corpus.KindItem} }
	ix := Build([]corpus.Document{{Path: "handbook.md", Title: "Tenant handbook", Blocks: []corpus.Block{
		para("Rent is due weekly in advance, every Monday. Tenants can pay in any of these ways:"),
		item("by direct debit on the 1st of the month"),
		item("through the tenant app with a debit card"),
		item("Cash is not taken at the office."),
		para("Tenants who are struggling to pay should talk to the money advice team."),
	}}})
	for _, tt := range []struct {
		item  string
		found bool
	}{
		{"through the tenant app with a debit card", true},
		{"Cash is not taken at the office.", false},
		{"Tenants who are struggling to pay should talk to the money advice team.", false},
	} {
		// Every one of them may be an answer: the short item as an item
		// of its list, the others as sentences.
		s := sentenceNamed(t, ix, tt.item)
		if !s.answer {
			t.Errorf("%q: got no answer, want an answer", tt.item)
		}
		way, ok := ix.termOfWord("ways")
		if !ok {
			t.Fatal("no term of \"ways\"")
		}
		if got := slices.Contains(s.indexed, way); got != tt.found {
			t.Errorf("%q found by the intro's \"ways\": got %v, want %v", tt.item, got, tt.found)
		}
	}
}

// TestLabelledItem checks which list items pair a label with its value
// (labelledItem), as a two-cell row does.
func TestLabelledItem(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Complaints: complaints@example.org", true},
		{"Repairs line, day and night: 0300 555 0182", true},
		{"Opening hours: 9:30 to 16:00", true},
		{"Note: we are closed on bank holidays.", false},
		{"Every tenant who has lived in the flat for a year may ask: a swap", false},
		{"through the tenant app with a debit card", false},
		{"Complaints:", false},
	} {
		if got := labelledItem(tt.text); got != tt.want {
			t.Errorf("labelledItem(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestLabelledItemsFoundBySection checks that a list item pairing a label
// with its value is an answer however short, found by its section's words
// as a row is by its header's: "Complaints: complaints@example.org" under
// the heading "Email" answers "complaints email"; an item with no label
// is neither.
func TestLabelledItemsFoundBySection(t *testing.T) {
	heading := func(s string) corpus.Block {
		return corpus.Block{Text: s, Kind: corpus.KindHeading, Section: "Email"}
	}
	item := func(s string) corpus.Block { return corpus.Block{Text: s, Kind: corpus.KindItem, Section: "Email"} }
	ix := Build([]corpus.Document{{Path: "contact.html", Title: "Contact us", Blocks: []corpus.Block{
		{Text: "Call us on weekdays from 8 am to 6 pm.", Kind: corpus.KindParagraph},
		heading("Email"),
		item("Complaints: complaints@example.org"),
		item("rent and service charges"),
		{Text: "We answer emails within three working days.", Kind: corpus.KindParagraph, Section: "Email"},
	}}})
	email, ok := ix.termOfWord("email")
	if !ok {
		t.Fatal("no term of \"email\"")
	}
	for _, tt := range []struct {
		item          string
		answer, found bool
	}{
		{"Complaints: complaints@example.org", true, true},
		{"rent and service charges", false, false},
	} {
		s := sentenceNamed(t, ix, tt.item)
		if got := s.answer; got != tt.answer {
			t.Errorf("%q is an answer: got %v, want %v", tt.item, got, tt.answer)
		}
		if got := slices.Contains(s.indexed, email); got != tt.found {
			t.Errorf("%q found by its section's \"email\": got %v, want %v", tt.item, got, tt.found)
		}
	}
}

// TestNestedItemsFoundByParent checks that a nested list item is found by
// its parent item's words (corpus.Block.Parent), as a row is by its
// header's, and may be an answer however short: "Supports RRF and RSF"
// under "Hybrid search: exact + semantic" answers "hybrid search fusion";
// the item of the outer list is not found so.
func TestNestedItemsFoundByParent(t *testing.T) {
	item := func(s, parent string) corpus.Block {
		return corpus.Block{Text: s, Kind: corpus.KindItem, Parent: parent}
	}
	ix := Build([]corpus.Document{{Path: "README.md", Title: "bleve", Blocks: []corpus.Block{
		{Text: "Bleve is a modern indexing and search library for Go programs.", Kind: corpus.KindParagraph},
		item("Hybrid search: exact + semantic", ""),
		item("Supports RRF and RSF", "Hybrid search: exact + semantic"),
		item("Query time boosting", ""),
	}}})
	hybrid, ok := ix.termOfWord("hybrid")
	if !ok {
		t.Fatal("no term of \"hybrid\"")
	}
	for _, tt := range []struct {
		item          string
		answer, found bool
	}{
		{"Supports RRF and RSF", true, true},
		{"Query time boosting", false, false},
	} {
		s := sentenceNamed(t, ix, tt.item)
		if got := s.answer; got != tt.answer {
			t.Errorf("%q is an answer: got %v, want %v", tt.item, got, tt.answer)
		}
		if got := slices.Contains(s.indexed, hybrid); got != tt.found {
			t.Errorf("%q found by its parent's \"hybrid\": got %v, want %v", tt.item, got, tt.found)
		}
	}
}

// TestCodeLinesNoAnswer checks that a line of a code block is found by
// its words but is no answer, however much it reads as prose (a comment),
// while the sentence over the block is: "// You can wrap it if needed, or
// return it as-is" of a hook's code answered "how should I wrap errors in
// hooks".
func TestCodeLinesNoAnswer(t *testing.T) {
	code := func(s string) corpus.Block { return corpus.Block{Text: s, Kind: corpus.KindCode} }
	ix := Build([]corpus.Document{{Path: "README.md", Title: "go-redis", Blocks: []corpus.Block{
		{Text: "A hook can wrap the errors that a command returns.", Kind: corpus.KindParagraph},
		code("if err != nil {"),
		code("// You can wrap it if needed, or return it as-is."),
		code("go install github.com/redis/go-redis/v9@latest"),
	}}})
	wrap, ok := ix.termOfWord("wrap")
	if !ok {
		t.Fatal("no term of \"wrap\"")
	}
	for _, tt := range []struct {
		text          string
		answer, found bool
	}{
		{"A hook can wrap the errors that a command returns.", true, true},
		{"// You can wrap it if needed, or return it as-is.", false, true},
		{"go install github.com/redis/go-redis/v9@latest", false, false},
	} {
		s := sentenceNamed(t, ix, tt.text)
		if got := s.answer; got != tt.answer {
			t.Errorf("%q is an answer: got %v, want %v", tt.text, got, tt.answer)
		}
		if got := slices.Contains(s.indexed, wrap); got != tt.found {
			t.Errorf("%q found by \"wrap\": got %v, want %v", tt.text, got, tt.found)
		}
	}
}

// TestCodeFindsItsIntro checks that the sentence ending in a colon over a
// code block is found by the code's words (codeUnder), as the code's own
// lines are no answer; a sentence that does not introduce the block (no
// colon) is not, nor is a sentence with no code under it.
func TestCodeFindsItsIntro(t *testing.T) {
	checkFoundByCode(t, []corpus.Block{
		paraBlock("The tool reads its settings from one file. Point it at another one from your shell:"),
		codeBlock("export FERRY_SETTINGS=/etc/ferry/harbour.yaml"),
		paraBlock("The file is read again on every start."),
		codeBlock("ferryctl restart --harbour"),
		paraBlock("Settings left out take their defaults."),
	}, map[string]bool{
		"Point it at another one from your shell:":   true,
		"The tool reads its settings from one file.": false,
		"The file is read again on every start.":     false,
		"Settings left out take their defaults.":     false,
	})
}

// TestCodeFindsIntroPastLabel checks that a bare label over a code block
// ("e.g.:", "For example:"), too short to be an answer, hands the code's
// words to the sentence before it (codeLabel), and that a longer line
// over the code, which is a sentence of its own, does not.
func TestCodeFindsIntroPastLabel(t *testing.T) {
	checkFoundByCode(t, []corpus.Block{
		paraBlock("Compressed logs now need a blank import."),
		paraBlock("e.g.:"),
		codeBlock("import _ \"ferry/harbour/zstd\""),
		paraBlock("Plain logs need nothing more."),
		paraBlock("Here is what a compressed setup looks like:"),
		codeBlock("ferryctl logs --harbour"),
	}, map[string]bool{
		"Compressed logs now need a blank import.":    true,
		"Plain logs need nothing more.":               false,
		"Here is what a compressed setup looks like:": true,
	})
}

// paraBlock and codeBlock make a paragraph and a code block of text.
func paraBlock(s string) corpus.Block { return corpus.Block{Text: s, Kind: corpus.KindParagraph} }
func codeBlock(s string) corpus.Block { return corpus.Block{Text: s, Kind: corpus.KindCode} }

// checkFoundByCode builds one document of blocks, whose code says
// "harbour", and checks for each sentence of want whether the code's
// "harbour" finds it.
func checkFoundByCode(t *testing.T, blocks []corpus.Block, want map[string]bool) {
	t.Helper()
	ix := Build([]corpus.Document{{Path: "README.md", Title: "ferryctl", Blocks: blocks}})
	harbour, ok := ix.termOfWord("harbour")
	if !ok {
		t.Fatal("no term of \"harbour\"")
	}
	for text, found := range want {
		s := sentenceNamed(t, ix, text)
		if got := slices.Contains(s.indexed, harbour); got != found {
			t.Errorf("%q found by the code's \"harbour\": got %v, want %v", text, got, found)
		}
	}
}

// TestNamesDocument checks which lines name a file the loader reads
// (namesDocument): such a row or item of a table of pages points to its
// answer and is none.
func TestNamesDocument(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"repairs/repairs.md; reporting repairs and how fast we come", true},
		{"Pay, shares and holidays: the member handbook (policies/member-handbook.docx)", true},
		{"bulky-waste.md; collecting furniture and large items", true},
		{"Rent is due on Monday.", false},
		{"The U.S. talks ended.", false},
		{"Settings live in config.yaml", false},
		{"Bring a .pdf copy", false},
		{"Pay online at example.org/pay/index.html", false},
		{"Read https://example.org/handbook.pdf", false},
	} {
		if got := namesDocument(tt.text); got != tt.want {
			t.Errorf("namesDocument(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestPageTableRowNoAnswer checks that a row of a table of pages, naming
// a document, is no answer, while a row of facts is one.
func TestPageTableRowNoAnswer(t *testing.T) {
	row := func(cells ...string) corpus.Block {
		return corpus.Block{Text: strings.Join(cells, "; "), Kind: corpus.KindRow, Cells: cells, Header: []string{"Page", "What it covers"}}
	}
	ix := Build([]corpus.Document{{Path: "README.md", Title: "Tenant handbook", Blocks: []corpus.Block{
		{Text: "Page; What it covers", Kind: corpus.KindRow, Cells: []string{"Page", "What it covers"}, Header: []string{"Page", "What it covers"}},
		row("repairs/repairs.md", "reporting repairs and how fast we come"),
		row("Emergency repairs", "within 4 hours"),
	}}})
	for _, tt := range []struct {
		text   string
		answer bool
	}{
		{"repairs/repairs.md; reporting repairs and how fast we come", false},
		{"Emergency repairs; within 4 hours", true},
	} {
		s := sentenceNamed(t, ix, tt.text)
		if got := s.answer; got != tt.answer {
			t.Errorf("%q is an answer: got %v, want %v", tt.text, got, tt.answer)
		}
	}
}

// TestListOpenerNoAnswer checks that a paragraph's last sentence ending in
// a colon, with its list or table right under it, is no answer
// (partSentence.opens): "You can pay your rent in any of these ways:" says
// no way to pay, its items do, and they stay answers. A line ending in a
// colon over a paragraph, and a sentence before the opener, still answer.
// (A short item under an opener long enough to answer stays no answer:
// made one, it answered unanswerable questions, train halves 3,777 ->
// 3,776.)
// cases.jsonl asks housing22's "ways to pay rent" of the whole corpus.
func TestListOpenerNoAnswer(t *testing.T) {
	para := func(s string) corpus.Block { return corpus.Block{Text: s, Kind: corpus.KindParagraph} }
	item := func(s string) corpus.Block { return corpus.Block{Text: s, Kind: corpus.KindItem} }
	row := func(s string) corpus.Block {
		return corpus.Block{Text: s, Kind: corpus.KindRow, Header: []string{"Uptime", "Credit"}}
	}
	ix := Build([]corpus.Document{{Path: "rent.md", Title: "Paying your rent", Blocks: []corpus.Block{
		para("Rent is due every Monday. You can pay your rent in any of these ways:"),
		item("by Direct Debit, weekly, fortnightly or monthly, on a date you choose;"),
		item("through the tenant app with a debit card;"),
		para("We do not take cash or cheques at our offices, and we say so plainly:"),
		para("Please use one of the ways above to pay your rent on time every week."),
		para("If we miss the uptime commitment, the customer receives a service credit:"),
		{Text: "Uptime | Credit", Kind: corpus.KindRow, Header: []string{"Uptime", "Credit"}},
		row("below 99.0% | 25% of the monthly fee"),
	}}})
	for _, tt := range []struct {
		text   string
		answer bool
	}{
		{"You can pay your rent in any of these ways:", false},
		{"Rent is due every Monday.", true},
		{"by Direct Debit, weekly, fortnightly or monthly, on a date you choose;", true},
		{"We do not take cash or cheques at our offices, and we say so plainly:", true},
		{"If we miss the uptime commitment, the customer receives a service credit:", false},
		{"below 99.0% | 25% of the monthly fee", true},
	} {
		s := sentenceNamed(t, ix, tt.text)
		if got := s.answer; got != tt.answer {
			t.Errorf("%q is an answer: got %v, want %v", tt.text, got, tt.answer)
		}
	}
}

// sentenceNamed returns the sentence of ix whose text is text, failing
// the test when there is none.
func sentenceNamed(t *testing.T, ix *Index, text string) *sentence {
	t.Helper()
	i := slices.IndexFunc(ix.sents, func(s sentence) bool { return s.text == text })
	if i < 0 {
		t.Fatalf("no sentence %q", text)
	}
	return &ix.sents[i]
}
