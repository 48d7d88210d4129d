package qa

import (
	"strings"
	"unicode"

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

// BlockSentences returns the sentences of each of doc's blocks as the
// index sees them, block by block, with the document's code words and
// the commands its title names (codeSet): Sentences less the title it
// may put first. A block with no text gives none. `qabot docs --show`
// prints them under each block's section.
func BlockSentences(doc corpus.Document) [][]string {
	code := codeSet(doc)
	out := make([][]string, len(doc.Blocks))
	for i, b := range doc.Blocks {
		if b.Text = blockText(b.Text, doc.Format, b.Kind); b.Text != "" {
			out[i] = blockSentences(nil, b, code)
		}
	}
	return out
}

// codeSet returns doc's CodeWords and the commands its title names
// (corpus.ManualNames) as a set, nil when it has none. A command keeps
// its case at a sentence's start ("… not as a replacement. gzip is
// designed …", "… on standard output. zcat will uncompress …") as a word
// of code does (splitCode).
func codeSet(doc corpus.Document) map[string]bool {
	names := corpus.ManualNames(doc.Title)
	if len(doc.CodeWords) == 0 && len(names) == 0 {
		return nil
	}
	set := make(map[string]bool, len(doc.CodeWords)+len(names))
	for _, w := range doc.CodeWords {
		set[w] = true
	}
	for _, w := range names {
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
// spaces (cutLong); code is the document's code words (codeSet), which
// open sentences in prose, not in a line of code. A table row is one sentence whatever its cells hold:
// a cell such as "ext. 2200" or "Dr. Rao" ends no sentence, and a
// heading's number goes with its title (joinLabel).
func blockSentences(out []string, b corpus.Block, code map[string]bool) []string {
	var row [1]string
	pieces := row[:0]
	switch {
	case b.Kind == corpus.KindHeading:
		pieces = joinLabel(b.Text, splitCode(b.Text, code))
	case b.Kind == corpus.KindCode:
		pieces = splitSentences(b.Text) // no prose: no word of code opens a sentence in it
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

// joinLabel returns pieces, the sentences splitSentences cut a heading
// into, with a first piece that is only a label's number (labelNumber:
// "Chapter 1.", "9.") joined to the title after it, as the substring of
// text from one to the other: "Chapter 1. Introduction" is one heading,
// not the sentence "Chapter 1." and the sentence "Introduction". Only a
// heading is joined so: in a paragraph, a short sentence ending in a
// number ("ISO 27001.") may be a statement of its own.
func joinLabel(text string, pieces []string) []string {
	if len(pieces) < 2 || !labelNumber(pieces[0]) {
		return pieces
	}
	start := strings.Index(text, pieces[0])
	if start < 0 {
		return pieces
	}
	i := start + len(pieces[0])
	k := strings.Index(text[i:], pieces[1])
	if k < 0 {
		return pieces
	}
	pieces[1] = text[start : i+k+len(pieces[1])]
	return pieces[1:]
}

// labelNumber reports whether s, a sentence, is only a number, or one
// word of letters and a number, with a full stop after it: the label a
// heading puts before its title ("Chapter 1.", "9." of "9. Massif: a
// heap profiler" where the list marker was not cut off).
func labelNumber(s string) bool {
	s, ok := strings.CutSuffix(strings.TrimSpace(s), ".")
	if !ok || len(s) > 24 {
		return false
	}
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		word := s[:k]
		if word == "" || strings.IndexFunc(word, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
		s = s[k+1:]
	}
	return s != "" && strings.Trim(s, "0123456789") == ""
}
