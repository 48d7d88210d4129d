package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

func TestQuoteSpeaker(t *testing.T) {
	for _, tt := range []struct {
		sents []string
		want  string
	}{
		{[]string{`"Groceries are not a luxury.`, `Any merger will get our closest attention," said Raymond Adeyemi, the bureau's commissioner.`}, "Raymond Adeyemi"},
		{[]string{`"These parents lost days of work," Ms Achterberg said.`}, "Ms Achterberg"},
		{[]string{`Petrakis said the city would not wait.`}, "Petrakis"},
		{[]string{`"Nobody likes brown grass," he said.`}, ""},                                                                                        // a pronoun, and no name before it
		{[]string{`Governor Paul Hendricks welcomed the appointment.`, `"Families are paying for this strike," he said.`}, "Governor Paul Hendricks"}, // "he": the paragraph's first name
		{[]string{`The port employs about 5,000 people.`}, ""},
	} {
		if got := quoteSpeaker(tt.sents); got != tt.want {
			t.Errorf("quoteSpeaker(%q) = %q, want %q", tt.sents, got, tt.want)
		}
	}
	for _, tt := range []struct {
		sent string
		want bool
	}{
		{`"Groceries are not a luxury.`, true},
		{`"I just want it done."`, true},
		{`"Nobody likes brown grass," he said.`, false},
		{`Groceries are not a luxury.`, false},
	} {
		if got := allQuote(tt.sent); got != tt.want {
			t.Errorf("allQuote(%q) = %v, want %v", tt.sent, got, tt.want)
		}
	}
	docs := []corpus.Document{
		{Path: "review.txt", Title: "Bureau opens review of grocery merger", Body: "\"Groceries are not a luxury. Any merger that could raise what families pay for food will get our closest attention,\" said Raymond Adeyemi, the bureau's commissioner.\n\nThe bureau said groceries made up a tenth of household spending.\n\nAdeyemi said the review would take months."},
	}
	ix := Build(docs)
	opt := DefaultOptions()
	opt.MinConfidence = 0
	a, err := ix.AnswerWith(context.Background(), Parse("what did adeyemi say about groceries"), opt)
	if err != nil {
		t.Fatal(err)
	}
	if want := "not a luxury"; !strings.Contains(a.Sentence, want) {
		t.Errorf("got %q, want the sentence with %q", a.Sentence, want)
	}
}

// TestMayHoldSpeechVerb checks the filter quoteSpeaker applies before
// tokenizing a sentence: it may say yes where no verb of speech is, never
// no where tokenizing finds one.
func TestMayHoldSpeechVerb(t *testing.T) {
	verbs := splitWords().speechHeads
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{`Petrakis said the city would not wait.`, true},
		{`"Nobody likes brown grass," he SAID.`, true},
		{`The port employs about 5,000 people.`, false},
		{`The saint sat down.`, false},
		{`Asked about it, she declined.`, true},
		{`He was told to leave.`, true},
		{`The café opened.`, true}, // an accent: tokenize
		{`The port – and the town – grew.`, false},
		{`“Told you,” she wrote.`, true},
		{`He’s said so.`, true},
		{`S.a.i.d. is no word.`, true}, // stops between letters: tokenize
	} {
		if got := mayHoldSpeechVerb(tt.s, verbs); got != tt.want {
			t.Errorf("mayHoldSpeechVerb(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	// The filter on a word's first two letters: a verb list of other
	// heads, and one that opens with no two letters, which turns it off.
	for _, tt := range []struct {
		s     string
		verbs []string
		want  bool
	}{
		{`She QUIPPED back.`, []string{"quipped"}, true},
		{`She quietly left.`, []string{"quipped"}, false},
		{`She left, quipping.`, []string{"quipped"}, false},
		{`A cat sat.`, []string{"a"}, true},
		{`The 9a form.`, []string{"9a"}, false}, // words opening with a digit are never read
	} {
		if got := mayHoldSpeechVerb(tt.s, newSpeechHeads(tt.verbs)); got != tt.want {
			t.Errorf("mayHoldSpeechVerb(%q, %q) = %v, want %v", tt.s, tt.verbs, got, tt.want)
		}
	}
	// No spelling or phrase of tokenwords.txt gives a verb of speech.
	sw, tw := splitWords(), tokenWords()
	for from, to := range tw.spellings {
		if sw.speechVerbs[to] {
			t.Errorf("spelling %q -> %q gives a verb of speech: mayHoldSpeechVerb must look for it", from, to)
		}
	}
	for from, to := range tw.phrases {
		if sw.speechVerbs[to] {
			t.Errorf("phrase %q -> %q gives a verb of speech: mayHoldSpeechVerb must look for it", from, to)
		}
	}
	// Never no where tokenizing finds one, over the test corpora.
	docs := slices.Concat(testCorpora(t, false)...)
	n := 0
	for _, d := range docs {
		for _, b := range indexBlocks(d) {
			for _, s := range blockSentences(nil, b, nil) {
				for _, tk := range tokenize(s, nil) {
					if sw.speechVerbs[tk.text] {
						n++
						if !mayHoldSpeechVerb(s, verbs) {
							t.Errorf("mayHoldSpeechVerb(%q) = false, but it holds %q", s, tk.text)
						}
					}
				}
			}
		}
	}
	if n < 10 {
		t.Errorf("got %d verbs of speech in the test corpora, want at least 10", n)
	}
}

// TestQuotedSpeakerPlain checks that quotedSpeaker, which looks for a
// speaker only in a paragraph with a sentence that opens with a quotation
// mark, gives every sentence the same hidden speaker as quoteSpeaker
// would (the speaker of a sentence of quotation, allQuote), over the
// paragraphs of TestQuoteSpeaker and the test corpora, and of squad48
// when the corpus is beside the repository.
func TestQuotedSpeakerPlain(t *testing.T) {
	paras := [][]string{
		{`"Groceries are not a luxury.`, `Any merger will get our closest attention," said Raymond Adeyemi, the bureau's commissioner.`},
		{`Governor Paul Hendricks welcomed the appointment.`, `"Families are paying for this strike," he said.`},
		{`Petrakis said the city would not wait.`, `He left.`, `“It is done.”`},
		{`Petrakis said the city would not wait.`},
	}
	docs := slices.Concat(testCorpora(t, true)...)
	for _, d := range docs {
		for _, b := range indexBlocks(d) {
			paras = append(paras, blockSentences(nil, b, nil))
		}
	}
	quoted := 0
	for _, sents := range paras {
		fast, plain := quotedSpeaker(sents), quoteSpeaker(sents)
		for _, s := range sents {
			got, want := "", ""
			if fast != "" && allQuote(s) {
				got = fast
			}
			if plain != "" && allQuote(s) {
				want = plain
			}
			if got != want {
				t.Fatalf("speaker of %q in %q: got %q, want %q", s, sents, got, want)
			}
			if got != "" {
				quoted++
			}
		}
	}
	if quoted < 3 {
		t.Errorf("got %d sentences of quotation with a speaker, want at least 3", quoted)
	}
}
