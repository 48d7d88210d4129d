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

func TestBlockSentencesHeadingLabel(t *testing.T) {
	tests := []struct {
		name string
		b    corpus.Block
		want []string
	}{
		{"a chapter's number goes with its title", corpus.Block{Text: "Chapter 1. Introduction", Kind: corpus.KindHeading}, []string{"Chapter 1. Introduction"}},
		{"a bare number goes with its title", corpus.Block{Text: "9.  Massif: a heap profiler", Kind: corpus.KindHeading}, []string{"9.  Massif: a heap profiler"}},
		{"a question heading keeps its two sentences", corpus.Block{Text: "I lost my key. What now?", Kind: corpus.KindHeading}, []string{"I lost my key.", "What now?"}},
		{"a heading of more words before the number", corpus.Block{Text: "We moved in 2019. Then more came", Kind: corpus.KindHeading}, []string{"We moved in 2019.", "Then more came"}},
		{"a paragraph's short label sentence stands", corpus.Block{Text: "ISO 27001. Ardent Labs is certified."}, []string{"ISO 27001.", "Ardent Labs is certified."}},
	}
	for _, tc := range tests {
		if got := blockSentences(nil, tc.b, nil); !slices.Equal(got, tc.want) {
			t.Errorf("%s: blockSentences(%q) = %q, want %q", tc.name, tc.b.Text, got, tc.want)
		}
	}
}

func TestManualNames(t *testing.T) {
	tests := []struct {
		title string
		want  []string
	}{
		{"gzip, gunzip, zcat - compress or expand files", []string{"gzip", "gunzip", "zcat"}},
		{"ls - list directory contents", []string{"ls"}},
		{"Trade talks - Reuters", nil},
		{"the make utility - GNU", nil},
		{"gzip", nil},
		{"", nil},
	}
	for _, tc := range tests {
		if got := corpus.ManualNames(tc.title); !slices.Equal(got, tc.want) {
			t.Errorf("corpus.ManualNames(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
	// A command the title names opens a sentence in lower case.
	doc := corpus.Document{Path: "gzip.pdf", Title: "gzip, gunzip, zcat - compress or expand files",
		Body: "gzip, gunzip, zcat - compress or expand files\nGNU tar calls gzip. gzip is no replacement for tar. It seats approx. five."}
	want := []string{"gzip, gunzip, zcat - compress or expand files", "GNU tar calls gzip.", "gzip is no replacement for tar.", "It seats approx. five."}
	if got := Sentences(doc); !slices.Equal(got, want) {
		t.Errorf("Sentences(%q) = %q, want %q", doc.Body, got, want)
	}
}

// TestBlockSentencesCodeWords checks that the document's words of code
// open sentences in prose but not in a line of code: "# 1. ps: Feed …",
// a comment of a shell sample, is one line whatever names the text
// writes as code.
func TestBlockSentencesCodeWords(t *testing.T) {
	code := map[string]bool{"ps": true}
	tests := []struct {
		name string
		b    corpus.Block
		want []string
	}{
		{"prose", corpus.Block{Text: "First list them. ps feeds the list."}, []string{"First list them.", "ps feeds the list."}},
		{"a line of code", corpus.Block{Text: "# 1. ps: Feed the list of processes", Kind: corpus.KindCode}, []string{"# 1. ps: Feed the list of processes"}},
	}
	for _, tc := range tests {
		if got := blockSentences(nil, tc.b, code); !slices.Equal(got, tc.want) {
			t.Errorf("%s: blockSentences(%q) = %q, want %q", tc.name, tc.b.Text, got, tc.want)
		}
	}
}
