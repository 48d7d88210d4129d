package qa

import (
	"strings"

	"github.com/qabot/qabot/corpus"
)

// Sentences returns the sentences of doc as the index sees them, in
// order: the title first when the body does not open with it, then the
// sentences of each block, run-on text cut at maxSentenceBytes. Build
// indexes exactly these; `qabot docs --show` prints them.
func Sentences(doc corpus.Document) []string {
	var out []string
	code := codeSet(doc)
	for _, b := range indexBlocks(doc) {
		out = blockSentences(out, b, code)
	}
	return out
}

// codeSet returns doc's CodeWords as a set, nil when it has none.
func codeSet(doc corpus.Document) map[string]bool {
	if len(doc.CodeWords) == 0 {
		return nil
	}
	set := make(map[string]bool, len(doc.CodeWords))
	for _, w := range doc.CodeWords {
		set[w] = true
	}
	return set
}

// indexBlocks returns the blocks of d that Build indexes: its blocks
// (docBlocks), with the title as a heading before them when the first
// block is not the title.
func indexBlocks(d corpus.Document) []corpus.Block {
	blocks := docBlocks(d)
	if t := strings.TrimSpace(d.Title); t != "" && (len(blocks) == 0 || blocks[0].Text != t) {
		blocks = append([]corpus.Block{{Text: t, Kind: corpus.KindHeading}}, blocks...)
	}
	return blocks
}

// blockSentences appends the sentences of block b to out: the pieces
// splitSentences cuts, each longer than maxSentenceBytes cut again at
// spaces (cutLong); code is the document's code words (codeSet). A table row is one sentence whatever its cells hold:
// a cell such as "ext. 2200" or "Dr. Rao" ends no sentence.
func blockSentences(out []string, b corpus.Block, code map[string]bool) []string {
	var row [1]string
	pieces := row[:0]
	switch {
	case b.Kind != corpus.KindRow:
		pieces = splitCode(b.Text, code)
	case strings.TrimSpace(b.Text) != "":
		pieces = append(pieces, b.Text)
	}
	for _, s := range pieces {
		if len(s) <= maxSentenceBytes {
			out = append(out, s)
			continue
		}
		out = append(out, cutLong(s)...)
	}
	return out
}
