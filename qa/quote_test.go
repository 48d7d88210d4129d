package qa

import (
	"context"
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
