package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// textBlocks splits plain text into blocks: each non-blank line is a block,
// except that a line starting with a lowercase letter continues the
// paragraph above when that one does not end a sentence (text wrapped at a
// fixed width). List markers ("•", "-", "1.") are removed and the line
// becomes a list item. A short line in capitals after a blank line, below
// the first line, is marked as the label of a section ("SUMMARY", "WHAT
// HAPPENED"; see capsHeading), which is no byline.
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
	open := false  // whether the last block may take a continuation line
	blank := false // whether a blank line came since the last block
	for line := range strings.Lines(text) {
		line = normSpace(strings.TrimRight(line, "\n"))
		if line == "" {
			open, blank = false, true
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
		caps := kind == KindParagraph && blank && len(out) > 0 && capsHeading(line)
		out = append(out, block{text: line, kind: kind, capsLabel: caps})
		last, open, blank = line, true, false
	}
	join()
	return out
}

// maxCapsHeading is the most words a line in capitals may have to be
// read as a heading: a section's name, not a shouted sentence.
const maxCapsHeading = 8

// capsHeading reports whether line reads as the heading of a plain-text
// file's section: at most maxCapsHeading words, letters and no lowercase
// one, two capitals at least, and no sentence or label punctuation at
// its end ("SUMMARY", "WHAT HAPPENED", "CUSTOMER DATA"; not "NOTE:" or
// "DO NOT ENTER.").
func capsHeading(line string) bool {
	if len(strings.Fields(line)) > maxCapsHeading || endsSentence(line) {
		return false
	}
	switch line[len(line)-1] {
	case ':', ';', ',':
		return false
	}
	return inCapitals(line)
}

// inCapitals reports whether s is written in capitals: no lowercase
// letter, and two capitals at least (a label, a shouted heading).
func inCapitals(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
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
