package corpus

import (
	"strings"
	"unicode/utf8"
)

// textBlocks splits plain text into blocks: each non-blank line is a block,
// except that a line starting with a lowercase letter continues the
// paragraph above when that one does not end a sentence (text wrapped at a
// fixed width). List markers ("•", "-", "1.") are removed and the line
// becomes a list item.
func textBlocks(text string) blocks {
	var (
		out  blocks
		cont []string // lines continuing the last block
		last string   // the last line read into that block
	)
	join := func() {
		if len(cont) > 0 {
			b := &out[len(out)-1]
			b.text += " " + strings.Join(cont, " ")
			cont = cont[:0]
		}
	}
	open := false // whether the last block may take a continuation line
	for line := range strings.Lines(text) {
		line = normSpace(strings.TrimRight(line, "\n"))
		if line == "" {
			open = false
			continue
		}
		kind := KindParagraph
		if n := bulletMarker(line); n > 0 {
			line = strings.TrimSpace(line[n:])
			kind = KindItem
			if line == "" {
				continue
			}
		}
		if open && kind == KindParagraph && continues(last, line) {
			cont = append(cont, line)
			last = line
			continue
		}
		join()
		out = append(out, block{text: line, kind: kind})
		last, open = line, true
	}
	join()
	return out
}

// continues reports whether next looks like the wrapped rest of prev, the
// line above it: prev is long and does not end a sentence, and next starts
// in lowercase.
func continues(prev, next string) bool {
	if utf8.RuneCountInString(prev) < 30 || endsSentence(prev) {
		return false
	}
	switch prev[len(prev)-1] {
	case ':', ';':
		return false
	}
	return startsLower(next)
}
