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
	for _, b := range indexBlocks(doc) {
		out = blockSentences(out, b.Text)
	}
	return out
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

// blockSentences appends the sentences of one block to out: the pieces
// splitSentences cuts, each longer than maxSentenceBytes cut again at
// spaces (cutLong).
func blockSentences(out []string, block string) []string {
	for _, s := range splitSentences(block) {
		if len(s) <= maxSentenceBytes {
			out = append(out, s)
			continue
		}
		out = append(out, cutLong(s)...)
	}
	return out
}
