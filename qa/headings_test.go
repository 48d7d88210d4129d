package qa

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

// TestHeadingWordsFindParagraphs checks that a paragraph is found by the
// words of the headings above it, which its sentences lack, and that its
// sentences are then candidates.
func TestHeadingWordsFindParagraphs(t *testing.T) {
	body := "# Student FAQ\n\n## Can I get credit for courses I took at another university?\n\nYes. Send the outlines to the coordinator, who decides within four weeks.\n\n## How do I get into co-op?\n\nApply by October 15 of your second year.\n"
	doc, err := corpus.Parse("faq.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	checkCandidates(t, Build([]corpus.Document{doc}), []candidateCase{
		{"how long for credit from another university", "who decides within four weeks"},
		{"co-op deadline", "Apply by October 15 of your second year."},
	})
}

// candidateCase is a question and a text one of its candidates must hold.
type candidateCase struct {
	q, want string
}

// checkCandidates asks ix each case's question and checks that a
// candidate sentence holds the wanted text.
func checkCandidates(t *testing.T, ix *Index, cases []candidateCase) {
	t.Helper()
	for _, tt := range cases {
		cands, err := ix.Candidates(context.Background(), Parse(tt.q))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cands {
			got = append(got, c.Sentence)
		}
		if !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, tt.want) }) {
			t.Errorf("%q: got candidates %q, want one holding %q", tt.q, got, tt.want)
		}
	}
}

// TestHeadingTerms checks which paragraphs get the words of which
// headings: the title set as the first heading ("# Handbook") heads every
// paragraph but the headings', a subsection gets those of its section's
// heading and its own, a heading none; a title from the front matter
// alone, no heading of the text, heads nothing.
func TestHeadingTerms(t *testing.T) {
	body := "# Handbook\n\nWelcome aboard.\n\n## Leave\n\nAsk your lead.\n\n### Parental leave\n\nSixteen weeks.\n"
	doc, err := corpus.Parse("h.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	front := "---\ntitle: Staff guide\n---\nStart on Monday.\n\n## Pay\n\nPaid monthly.\n"
	doc2, err := corpus.Parse("g.md", []byte(front))
	if err != nil {
		t.Fatal(err)
	}
	ix := Build([]corpus.Document{doc, doc2})
	heads := ix.headingTerms()
	words := func(p int32) string {
		var ws []string
		for _, id := range heads[p] {
			for i, t := range ix.surfaceIDs {
				if w := ix.surface.word(i); t == id && !strings.ContainsAny(w, " ") {
					ws = append(ws, w)
					break
				}
			}
		}
		return strings.Join(ws, " ")
	}
	tests := []struct {
		sentence, want string
	}{
		{"Welcome aboard.", "handbook"},
		{"Leave", ""},
		{"Ask your lead.", "handbook leave"},
		{"Sixteen weeks.", "handbook leave parental"},
		{"Handbook", ""},
		{"Start on Monday.", ""},
		{"Paid monthly.", "pay"},
	}
	for _, tt := range tests {
		i := -1
		for si := range ix.sents {
			if ix.sents[si].text == tt.sentence {
				i = si
			}
		}
		if i < 0 {
			t.Fatalf("no sentence %q", tt.sentence)
		}
		if got := words(ix.sents[i].para); got != tt.want {
			t.Errorf("heading words over %q: got %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestFAQQuestionWordsFindAnswers checks that the question of an HTML FAQ
// entry, a <summary>, a <dt> or an accordion's button, heads its answer
// as a heading does: a question in the question's words only finds the
// answer's sentence.
func TestFAQQuestionWordsFindAnswers(t *testing.T) {
	body := `<html><head><title>Help centre</title></head><body><h1>Help centre</h1>
<p>This page answers the questions our customers ask most often about their accounts.</p>
<h2>Billing</h2>
<details><summary>Do you offer refunds?</summary><p>Unused months are paid back within 30 days of cancelling.</p></details>
<details><summary>Can I pay by invoice?</summary><p>Invoices are available on the business plan.</p></details>
<p>Prices include sales tax in every country we serve.</p>
<h2>Contact</h2>
<dl><dt>Support hours</dt><dd>Our team answers tickets from 8:00 to 18:00 on weekdays.</dd>
<dt>Postal address</dt><dd>Letters go to 12 Quay Street, Leith.</dd></dl>
<p>Tickets sent at the weekend are answered on Monday morning.</p>
<h2>Shipping</h2>
<h3><button aria-expanded="false" aria-controls="ship1">Do you deliver abroad?</button></h3><div id="ship1" hidden><p>Parcels go to 40 countries by air.</p></div>
</body></html>`
	doc, err := corpus.Parse("faq.html", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	checkCandidates(t, Build([]corpus.Document{doc}), []candidateCase{
		{"do you offer refunds", "Unused months are paid back within 30 days of cancelling."},
		{"what are the support hours", "Our team answers tickets from 8:00 to 18:00 on weekdays."},
		{"do you deliver abroad", "Parcels go to 40 countries by air."},
	})
}

// TestOptionTermsAnswer checks that a plain-text manual page's option
// terms head their descriptions, which do not name them: a question
// naming an option is answered by its description.
func TestOptionTermsAnswer(t *testing.T) {
	body := "SYNC TOOL\n\nThe tool copies files between two folders.\n\nOPTIONS\n\n" +
		"  -r, --recursive\n          Copy the folders below the source as well.\n\n" +
		"  -n, --dry-run\n          Print the names of the files that would be copied, and copy nothing.\n\n" +
		"  -d, --delete\n          Remove files from the target that the source no longer holds.\n"
	doc, err := corpus.Parse("sync.txt", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	ix := Build([]corpus.Document{doc})
	for _, tt := range []struct{ q, want string }{
		{"what does --recursive do", "Copy the folders below the source as well."},
		{"what does the --delete option do", "Remove files from the target that the source no longer holds."},
	} {
		a, err := ix.Answer(context.Background(), Parse(tt.q))
		if err != nil {
			t.Fatal(err)
		}
		if a.Sentence != tt.want {
			t.Errorf("%q: got %q, want %q", tt.q, a.Sentence, tt.want)
		}
	}
}

// TestCaptionWordsFindRows checks that a table row is found by the words
// of its table's caption, which the row lacks: two tables of the same
// rows, told apart only by their captions (one written below its table,
// as LaTeX sets it, one above), each answer the question that names it.
func TestCaptionWordsFindRows(t *testing.T) {
	body := "# Offices\n\nThe counts of both offices are below.\n\n| Measure | Count |\n|---|---|\n| Staff | 12 |\n| Desks | 30 |\n\nTable 1: Harbour office\n\n**Station office**\n\n| Measure | Count |\n|---|---|\n| Staff | 7 |\n| Desks | 9 |\n"
	doc, err := corpus.Parse("offices.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	ix := Build([]corpus.Document{doc})
	for _, tt := range []struct{ q, want string }{
		{"how many staff at the station office", "Staff; 7"},
		{"how many staff at the harbour office", "Staff; 12"},
		{"desks at the station office", "Desks; 9"},
		{"desks at the harbour office", "Desks; 30"},
	} {
		a, err := ix.Answer(context.Background(), Parse(tt.q))
		if err != nil {
			t.Fatal(err)
		}
		if a.Sentence != tt.want {
			t.Errorf("%q: got %q, want %q", tt.q, a.Sentence, tt.want)
		}
	}
}

// TestQuestionHeadingNoAnswer checks that no sentence of a heading that
// asks a question is an answer, not even the statement before its
// question mark ("I forgot my driver card."), while a heading's
// statement without a question (the same words under "## Lost cards.")
// and the FAQ's answers stay answers.
func TestQuestionHeadingNoAnswer(t *testing.T) {
	body := "# FAQ\n\n## I forgot my driver card. Can I still drive a truck?\n\nNo. Without your card you cannot drive a vehicle that needs a tachograph.\n\n## Lost cards are reported within seven days.\n\nCall the transport office first.\n"
	doc, err := corpus.Parse("faq.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	ix := Build([]corpus.Document{doc})
	want := map[string]bool{
		"I forgot my driver card.":   false,
		"Can I still drive a truck?": false,
		"No. Without your card you cannot drive a vehicle that needs a tachograph.": true,
		"Lost cards are reported within seven days.":                                true,
		"Call the transport office first.":                                          true,
	}
	checkHeadingNoAnswer(t, ix, want, "forgot my driver card can i still drive", "I forgot my driver card.")
}

// TestTextFAQQuestionNoAnswer checks that a plain-text FAQ's questions,
// read as headings (corpus's faqQuestions), are no answer, the numbered
// ones written as statements ("I found a bug in zlib.") too, while their
// answers are; and that a numbered statement heading in a text that is
// no FAQ stays an answer.
func TestTextFAQQuestionNoAnswer(t *testing.T) {
	faq := "zlib FAQ\n\n 1. Is zlib Y2K-compliant?\n\n    Yes. zlib doesn't handle dates.\n\n 2. I found a bug in zlib.\n\n    Send a small program that shows it to zlib@gzip.org.\n"
	notes := "Minutes of the June meeting\n\nPresent: Ann Lee and Bo Park.\n\n 1. The hall reopens on 4 May.\n\n    The builders finished early.\n"
	var docs []corpus.Document
	for name, body := range map[string]string{"faq.txt": faq, "notes.txt": notes} {
		doc, err := corpus.Parse(name, []byte(body))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	ix := Build(docs)
	want := map[string]bool{
		"Is zlib Y2K-compliant?":                               false,
		"I found a bug in zlib.":                               false,
		"Yes. zlib doesn't handle dates.":                      true,
		"Send a small program that shows it to zlib@gzip.org.": true,
		"The hall reopens on 4 May.":                           true,
		"The builders finished early.":                         true,
	}
	checkHeadingNoAnswer(t, ix, want, "found a bug in zlib", "I found a bug in zlib.")
}

// checkHeadingNoAnswer checks, for each sentence of want, whether ix
// reads it as an answer, and that question, asked in the words of the
// heading sentence heading, is not answered by it.
func checkHeadingNoAnswer(t *testing.T, ix *Index, want map[string]bool, question, heading string) {
	t.Helper()
	seen := 0
	for _, s := range ix.sents {
		w, ok := want[s.text]
		if !ok {
			continue
		}
		seen++
		if s.answer != w {
			t.Errorf("%q: got answer %v, want %v", s.text, s.answer, w)
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d sentences", seen, len(want))
	}
	a, err := ix.Answer(context.Background(), Parse(question))
	if err != nil {
		t.Fatal(err)
	}
	if a.Sentence == heading {
		t.Errorf("got the question heading %q as the answer", a.Sentence)
	}
}

// TestHeadingWordsFirstSentence checks which sentences a heading lends
// its words to: the first sentence of the first block under it, not that
// block's later sentences, not the blocks after, and not a table row,
// which is found by its header's words instead.
func TestHeadingWordsFirstSentence(t *testing.T) {
	body := "# Pavilion help\n\n## Can I bring my dog?\n\nYes, on a lead, outside the café. Inside, only assistance animals.\n\nBowls are kept by the door.\n\n## Vehicles\n\nThe car park opens at 9am. It closes at dusk.\n\n## Prices\n\n| Ticket | Price |\n|---|---|\n| Adult | £5 |\n"
	doc, err := corpus.Parse("help.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	ix := Build([]corpus.Document{doc})
	term := func(w string) int32 {
		id, ok := ix.termOfWord(w)
		if !ok {
			t.Fatalf("termOfWord(%q): no term", w)
		}
		return id
	}
	tests := []struct {
		sentence, word string
		want           bool
	}{
		{"Yes, on a lead, outside the café.", "dog", true},
		{"Inside, only assistance animals.", "dog", false},
		{"Bowls are kept by the door.", "dog", false},
		{"The car park opens at 9am.", "vehicles", true},
		{"It closes at dusk.", "vehicles", false},
		{"Adult; £5", "ticket", true},
		{"Adult; £5", "prices", true},
	}
	for _, tt := range tests {
		i := slices.IndexFunc(ix.sents, func(s sentence) bool { return s.text == tt.sentence })
		if i < 0 {
			t.Fatalf("no sentence %q", tt.sentence)
		}
		st := &ix.sents[i]
		if got := slices.Contains(st.indexed[st.nterms:], term(tt.word)); got != tt.want {
			t.Errorf("%q found by %q, which it does not show: got %v, want %v", tt.sentence, tt.word, got, tt.want)
		}
	}
}

// TestHeadingWordsAnswer checks that the sentence under a heading is
// found by the heading's words though it repeats none of them, over a
// sentence elsewhere that holds one of the question's words.
func TestHeadingWordsAnswer(t *testing.T) {
	body := "# Pavilion help\n\n## Can I bring my dog to the pavilion?\n\nYes, on a lead, outside the café. Inside, only assistance animals are allowed.\n\n## Refunds\n\nWe pay back the whole fee if you cancel 14 days ahead.\n\n## Kiosk\n\nThe kiosk sells treats for dogs and drinks. Card payments are refunded to the card.\n"
	doc, err := corpus.Parse("help.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	ix := Build([]corpus.Document{doc})
	for _, tt := range []struct{ q, want string }{
		{"dogs in the pavilion?", "Yes, on a lead, outside the café."},
		{"refund if i cancel", "We pay back the whole fee if you cancel 14 days ahead."},
	} {
		a, err := ix.AnswerWith(context.Background(), Parse(tt.q), Options{Top: 1})
		if err != nil {
			t.Fatal(err)
		}
		if a.Sentence != tt.want {
			t.Errorf("%q: got %q, want %q", tt.q, a.Sentence, tt.want)
		}
	}
}

// TestHeadingWordsFeature checks the question feature heading-words: the
// weight, / W, of the question's words a candidate lacks and the headings
// above its paragraph hold, on the index Build makes and on the one read
// back from its snapshot (Index.heads is made again in finish). A sentence
// after the first under a heading (the first holds the heading's words as
// its own) gets the heading's words it lacks; a sentence that
// holds the question's words itself, or whose headings hold none of the
// others, gets 0.
func TestHeadingWordsFeature(t *testing.T) {
	body := "# Staff handbook\n\n## Bicycle storage\n\nUse the racks. They stand behind block C.\n\n## Parking\n\nStaff park in the north lot. The lot opens at seven.\n\n## Deliveries\n\nBicycle couriers leave parcels in the storage room by reception.\n"
	doc, err := corpus.Parse("handbook.md", []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	hi := slices.Index(QuestionFeatureNames(), "heading-words")
	tests := []struct {
		q, sentence string
		want        float64
	}{
		// "bicycle" and "storage", the question's only known words, are
		// the heading's alone.
		{"where is the bicycle storage", "They stand behind block C.", 1},
		// The sentence holds "staff" and "park" itself.
		{"where do staff park", "Staff park in the north lot.", 0},
		// "Deliveries" is no word of the question.
		{"where is the bicycle storage", "Bicycle couriers leave parcels in the storage room by reception.", 0},
	}
	for _, ix := range builtAndBack(t, []corpus.Document{doc}) {
		for _, tt := range tests {
			cands, err := ix.Candidates(context.Background(), Parse(tt.q))
			if err != nil {
				t.Fatalf("%q: Candidates: %v", tt.q, err)
			}
			i := slices.IndexFunc(cands, func(c Candidate) bool { return c.Sentence == tt.sentence })
			if i < 0 {
				t.Fatalf("%q: no candidate %q", tt.q, tt.sentence)
			}
			if got := cands[i].Question[hi]; math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("%q on %q: got heading-words %.3f, want %v", tt.q, tt.sentence, got, tt.want)
			}
		}
	}
}

// TestHeadingOnlyMatchesYield checks that the paragraphs holding a
// question word only through the title above them do not crowd out of
// stage 1 the one whose own sentence holds it: under "# Legacy notes",
// one sentence with "legacy" and thirty short list items (or one-line
// code blocks), more than the paragraphs that go on to stage 2, the
// sentence is still a candidate for "legacy".
func TestHeadingOnlyMatchesYield(t *testing.T) {
	for _, item := range []string{"- item %d\n", "```\nrun %d\n```\n\n"} {
		var b strings.Builder
		b.WriteString("# Legacy notes\n\nThe legacy mode keeps old scripts working after the upgrade.\n\n")
		for i := range 30 {
			fmt.Fprintf(&b, item, i)
		}
		doc, err := corpus.Parse("legacy.md", []byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		checkCandidates(t, Build([]corpus.Document{doc}), []candidateCase{
			{"legacy", "The legacy mode keeps old scripts working"},
			{"does legacy mode work after the upgrade", "The legacy mode keeps old scripts working"},
		})
	}
}

// TestHeadOnly checks that an index knows whether any paragraph holds a
// word through its headings alone (Index.headOnly), which stage 1 reads
// to skip the heading shares of an index without one.
func TestHeadOnly(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"legacy.md", "# Legacy notes\n\nThe legacy mode keeps old scripts working.\n\nA second paragraph about upgrades.\n", true},
		{"plain.txt", "The legacy mode keeps old scripts working.\n\nA second paragraph about upgrades.\n", false},
	} {
		doc, err := corpus.Parse(c.name, []byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := Build([]corpus.Document{doc}).headOnly; got != c.want {
			t.Errorf("%s: headOnly = %v, want %v", c.name, got, c.want)
		}
	}
}
