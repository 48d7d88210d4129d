package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// BlockKind tells what a block of text was in its source format.
type BlockKind uint8

// The kinds of block.
const (
	KindParagraph BlockKind = iota // a paragraph or a plain line
	KindHeading                    // a Markdown or HTML heading
	KindItem                       // a list item
	KindCode                       // a line of preformatted or fenced code
	KindRow                        // a table row, its cells joined with "; "
	KindCaption                    // an HTML figure caption
)

// block is one paragraph, heading, list item or code line, its white space
// already normalised to single spaces.
type block struct {
	text string
	kind BlockKind
}

// blocks collects blocks, dropping empty ones.
type blocks []block

func (bs *blocks) add(text string, kind BlockKind) {
	if text = normSpace(text); text != "" {
		*bs = append(*bs, block{text: text, kind: kind})
	}
}

// bulletMarker returns the length in bytes of a list marker at the start of
// s ("• ", "- ", "* ", "1. ", "2) "), including the space after it, or 0.
func bulletMarker(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '·', '▪', '‣', '◦', '●', '○', '■', '□', '►', '▸', '-', '*', '+', '–':
		if size < len(s) && (s[size] == ' ' || s[size] == '\t') {
			return size + 1
		}
		return 0
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && (s[i+1] == ' ' || s[i+1] == '\t') {
		return i + 2
	}
	return 0
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]*_ ")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '…', '。', '！', '？':
		return true
	}
	return false
}

// startsLower reports whether s starts with a lowercase letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
