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
	var out blocks
	open := false // whether the last block may take a continuation line
	for line := range strings.Lines(text) {
		line = normSpace(strings.TrimRight(line, "\n"))
		if line == "" {
			open = false
			continue
		}
		kind := kindPara
		if n := bulletMarker(line); n > 0 {
			line = strings.TrimSpace(line[n:])
			kind = kindItem
			if line == "" {
				continue
			}
		}
		if open && kind == kindPara && continues(out[len(out)-1].text, line) {
			out[len(out)-1].text += " " + line
			continue
		}
		out = append(out, block{text: line, kind: kind})
		open = true
	}
	return out
}

// continues reports whether next looks like the wrapped rest of prev: prev
// is a long line that does not end a sentence and next starts in lowercase.
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
