package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/qabot/qabot/corpus"
)

func TestSentences(t *testing.T) {
	long := strings.Repeat("word ", 400) + "end."
	tests := []struct {
		name string
		doc  corpus.Document
		want []string
	}{
		{
			name: "the title first when the body does not open with it; list markers go",
			doc:  corpus.Document{Title: "Travel rules", Body: "Book early. The desk confirms it.\n- Keep receipts for Mr. Smith."},
			want: []string{"Travel rules", "Book early.", "The desk confirms it.", "Keep receipts for Mr. Smith."},
		},
		{
			name: "blocks as the reader gave them, the title not repeated",
			doc:  corpus.Document{Title: "Pricing", Blocks: []corpus.Block{{Text: "Pricing", Kind: corpus.KindHeading}, {Text: "Plans cost 8 EUR. Teams pay 15 EUR.", Section: "Plans"}}},
			want: []string{"Pricing", "Plans cost 8 EUR.", "Teams pay 15 EUR."},
		},
		{
			name: "a table row is one sentence, an abbreviation in a cell ending none",
			doc: corpus.Document{Blocks: []corpus.Block{
				{Text: "Desk; Phone", Kind: corpus.KindRow, Cells: []string{"Desk", "Phone"}},
				{Text: "IT helpdesk; ext. 2200", Kind: corpus.KindRow, Cells: []string{"IT helpdesk", "ext. 2200"}, Header: []string{"Desk", "Phone"}},
			}},
			want: []string{"Desk; Phone", "IT helpdesk; ext. 2200"},
		},
		{
			name: "run-on text is cut",
			doc:  corpus.Document{Body: long},
			want: cutLong(long),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sentences(tt.doc); !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	// The index holds the same sentences.
	docs := []corpus.Document{tests[0].doc, tests[1].doc}
	ix := Build(docs)
	if got, want := ix.Stats().Sentences, len(Sentences(docs[0]))+len(Sentences(docs[1])); got != want {
		t.Errorf("index: got %d sentences, want %d, as Sentences gives", got, want)
	}
}
